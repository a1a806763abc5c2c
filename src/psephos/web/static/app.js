// psephos: small progressive enhancements; every page works without this script.
(function () {
  "use strict";
  // Hex map tooltip: seat and value on hover or keyboard focus.
  document.querySelectorAll("figure.map").forEach(function (fig) {
    var tip = fig.querySelector(".tooltip");
    if (!tip) return;
    function show(a, x, y) {
      tip.textContent = a.getAttribute("data-label");
      tip.hidden = false;
      var box = fig.getBoundingClientRect();
      tip.style.left = Math.min(x - box.left + 12, box.width - 160) + "px";
      tip.style.top = (y - box.top + 12) + "px";
    }
    fig.querySelectorAll("a[data-code]").forEach(function (a) {
      a.addEventListener("mousemove", function (e) { show(a, e.clientX, e.clientY); });
      a.addEventListener("focus", function () {
        var r = a.getBoundingClientRect(); show(a, r.right, r.bottom);
      });
      a.addEventListener("mouseleave", function () { tip.hidden = true; });
      a.addEventListener("blur", function () { tip.hidden = true; });
    });
  });
  // Sortable tables: click (or Enter on) a header to sort by that column.
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      th.setAttribute("aria-sort", "none");
      th.tabIndex = 0;
      function sort() {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        function key(r) {
          var cell = r.cells[col]; if (!cell) return "";
          var v = cell.getAttribute("data-value") || cell.textContent.trim();
          var n = parseFloat(v.replace(/[,%+]/g, ""));
          return isNaN(n) ? v.toLowerCase() : n;
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
    });
  });
  // Map controls submit on change.
  document.querySelectorAll(".map-controls select").forEach(function (s) {
    s.addEventListener("change", function () { s.form.submit(); });
  });
})();
