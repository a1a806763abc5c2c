// psephos: small progressive enhancements; every page works without this script.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  // Narrow screens: the main navigation collapses behind the Menu button.
  var menu = document.querySelector("button.menu");
  var nav = document.getElementById("nav");
  if (menu && nav) {
    menu.hidden = false;
    nav.classList.add("collapsed");
    menu.addEventListener("click", function () {
      var open = nav.classList.toggle("collapsed") === false;
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }
  // Hex map tooltip: seat and value on hover or keyboard focus.
  document.querySelectorAll("figure.map").forEach(function (fig) {
    var tip = fig.querySelector(".tooltip");
    if (!tip) return;
    function show(a, x, y) {
      tip.textContent = a.getAttribute("data-label");
      tip.hidden = false;
      var box = fig.getBoundingClientRect();
      tip.style.left = Math.max(0, Math.min(x - box.left + 12, box.width - 260)) + "px";
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
  // Map controls submit with their Show button, never on change: arrow keys move through
  // a select's options one by one, and reloading on each would trap keyboard users.
})();
