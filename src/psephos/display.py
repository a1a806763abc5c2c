"""How psephos results show themselves in a REPL or a notebook.

Every result class (``SeatProfile``, ``Summary``, ``Ranking``, ``Projection``, ...) has a
``to_dict()`` giving its documented JSON shape. :class:`Display` derives two views from it,
so what a notebook shows uses the same names as the JSON:

- ``repr(result)``: one line of at most :data:`MAX_REPR` characters, e.g.
  ``<SeatProfile seat='Ilford North' election='General election 2024' result='Lab hold'
  candidates=[6 rows] ...>``;
- ``result._repr_html_()``: the top-level fields as a small table, and each list of records
  or DataFrame as an HTML table of its first :data:`MAX_ROWS` rows.

A dataclass using it must say ``@dataclass(repr=False)``, else the dataclass's own
``__repr__`` (every field, tens of kilobytes) replaces this one.
"""

from __future__ import annotations

import html
from typing import Any

from psephos.jsonable import to_jsonable

MAX_REPR = 240
MAX_ROWS = 10
MAX_CELL = 80
# Inside a nested object, the key that best names it (first found wins).
_NAME_KEYS = ("name", "title", "text", "label", "id", "election_id", "ons_code")


def _short(value: Any, limit: int = 60) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_table(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _headline_parts(data: dict[str, Any]) -> list[str]:
    parts = []
    for raw_key, value in data.items():
        key = raw_key if str(raw_key).isidentifier() else repr(str(raw_key))
        if value is None or value == [] or value == {}:
            continue
        if isinstance(value, str | int | float | bool):
            parts.append(f"{key}={_short(value)}")
        elif isinstance(value, dict):
            name = next((value[k] for k in _NAME_KEYS if isinstance(value.get(k), str)), None)
            parts.append(f"{key}={_short(name)}" if name else f"{key}={{{len(value)} keys}}")
        elif isinstance(value, list):
            noun = "row" if _is_table(value) else "item"
            parts.append(f"{key}=[{len(value)} {noun}{'' if len(value) == 1 else 's'}]")
    return parts


def headline(data: dict[str, Any], limit: int = MAX_REPR) -> str:
    """The top-level fields of a JSON shape as ``key=value`` pairs, cut to fit ``limit``."""
    out = ""
    for part in _headline_parts(data):
        if len(out) + len(part) + 3 > limit:  # room for " …"
            return out + " …"
        out = f"{out} {part}" if out else part
    return out


def _cell(value: Any) -> str:
    if isinstance(value, dict | list):
        value = headline(value, MAX_CELL) if isinstance(value, dict) else f"[{len(value)} items]"
    text = "" if value is None else str(value)
    if isinstance(value, float):
        text = f"{value:.4g}"
    return html.escape(text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…")


def _table(rows: list[dict[str, Any]], caption: str) -> str:
    columns = list(dict.fromkeys(k for row in rows[:MAX_ROWS] for k in row))
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(row.get(c))}</td>" for c in columns) + "</tr>"
        for row in rows[:MAX_ROWS]
    )
    more = len(rows) - MAX_ROWS
    note = f"<p><small>… {more} more rows: see .to_dict()</small></p>" if more > 0 else ""
    return (
        f"<table><caption style='text-align:left'><b>{html.escape(caption)}</b> "
        f"({len(rows)} rows)</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody>"
        f"</table>{note}"
    )


def render_html(title: str, data: dict[str, Any]) -> str:
    """An HTML view of a JSON shape: scalar and nested fields, then up to MAX_ROWS of each
    table (list of records)."""
    fields = {k: v for k, v in data.items() if not _is_table(v)}
    tables = {k: v for k, v in data.items() if _is_table(v)}
    field_rows = "".join(
        f"<tr><th style='text-align:left'>{html.escape(str(k))}</th><td>{_cell(v)}</td></tr>"
        for k, v in fields.items()
        if v not in (None, [], {})
    )
    parts = [f"<div><p><b>{html.escape(title)}</b></p>"]
    if field_rows:
        parts.append(f"<table>{field_rows}</table>")
    parts += [_table(rows, key) for key, rows in tables.items()]
    parts.append("</div>")
    return "".join(parts)


class Display:
    """Mixin for result classes with ``to_dict()``: a short ``repr`` and ``_repr_html_``."""

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def _display_data(self) -> dict[str, Any]:
        data = to_jsonable(self.to_dict())
        return data if isinstance(data, dict) else {"value": data}

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {headline(self._display_data())}>"

    def _repr_html_(self) -> str:
        return render_html(type(self).__name__, self._display_data())
