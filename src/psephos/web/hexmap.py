"""The 2024 hex map (Open Innovations' layout, ``hexes`` table) drawn as SVG on the server.

The layout uses *odd-r* offset coordinates for pointy-topped hexes, with ``r`` growing
northwards: a hex of radius ``s`` at column ``q`` and row ``r`` has its centre at
``x = √3·s·(q − q_min + ½·(r mod 2))`` and ``y = 1.5·s·(r_max − r)`` (rows flipped so
north is up). Every hex is a link to its seat page with a ``<title>`` naming the seat and
its value, so the map works with a keyboard, a screen reader and no JavaScript.

References
----------
.. [1] Open Innovations, "UK constituencies 2024 hexmap" (HexJSON, layout ``odd-r``),
   https://constituencies.open-innovations.org/
.. [2] Patel, A. (2013). "Hexagonal Grids", Red Blob Games,
   https://www.redblobgames.com/grids/hexagons/ (offset coordinates).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import Any

from psephos.web.colour import (
    MISSING,
    OTHER_PARTY,
    Binned,
    LegendItem,
    contrast,
    diverging,
    fmt_number,
    sequential,
)
from psephos.web.mapdata import MapMetric

SQRT3 = math.sqrt(3.0)


@dataclass(frozen=True)
class Hex:
    """One seat's place in the layout."""

    ons_code: str
    name: str
    q: int
    r: int


@dataclass(frozen=True)
class HexCell:
    """A hex with its value, the value's label and its fill colour."""

    ons_code: str
    name: str
    q: int
    r: int
    value: Any
    label: str
    colour: str
    detail: str = ""  # the seat's result in words: "Labour, majority 528 over Independent"

    @property
    def text(self) -> str:
        """What the hex's title and tooltip say."""
        if self.detail.startswith(self.label):  # the winner map: say the party once
            return f"{self.name}: {self.detail}"
        return f"{self.name}: {self.label}" + (f". {self.detail}" if self.detail else "")

    @property
    def outline(self) -> bool:
        """True when the fill is too pale to see against the white page (contrast < 3:1)."""
        return contrast(self.colour, "#ffffff") < 3.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "ons_code": self.ons_code,
            "name": self.name,
            "q": self.q,
            "r": self.r,
            "value": self.value,
            "label": self.label,
            "colour": self.colour,
            "detail": self.detail,
        }


@dataclass
class HexMap:
    """A coloured hex map: the cells, the legend and where the numbers come from."""

    metric: str
    title: str
    kind: str
    unit: str
    universe: str
    cells: list[HexCell]
    legend: list[LegendItem]
    source_ids: list[str]
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "title": self.title,
            "kind": self.kind,
            "unit": self.unit,
            "universe": self.universe,
            "note": self.note,
            "legend": [item.to_dict() for item in self.legend],
            "seats": [c.to_dict() for c in self.cells],
            "source_ids": self.source_ids,
        }

    def svg(self, *, size: float = 9.0, href: str = "/seat/{code}") -> str:
        """The map as an accessible SVG document fragment (one ``<a>`` per hex)."""
        if not self.cells:
            return '<svg xmlns="http://www.w3.org/2000/svg" role="img"></svg>'
        qmin = min(c.q for c in self.cells)
        qmax = max(c.q for c in self.cells)
        rmin = min(c.r for c in self.cells)
        rmax = max(c.r for c in self.cells)
        w = SQRT3 * size
        width = w * (qmax - qmin + 1.5)
        height = 1.5 * size * (rmax - rmin) + 2 * size
        shape = (
            f"m0,{-size:.2f}l{w / 2:.2f},{size / 2:.2f}l0,{size:.2f}"
            f"l{-w / 2:.2f},{size / 2:.2f}l{-w / 2:.2f},{-size / 2:.2f}l0,{-size:.2f}z"
        )
        parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" class="hexmap" role="group" '
            f'viewBox="0 0 {width:.1f} {height:.1f}" aria-label="{escape(self.title)}">'
        ]
        for c in self.cells:
            x = w * (c.q - qmin + 0.5 * (c.r & 1)) + w / 2
            y = 1.5 * size * (rmax - c.r) + size
            text = escape(c.text)
            pale = ' class="hex pale"' if c.outline else ' class="hex"'
            parts.append(
                f'<a href="{href.format(code=c.ons_code)}" data-code="{c.ons_code}" '
                f'data-label="{text}"><title>{text}</title>'
                f'<path{pale} d="M{x:.2f},{y:.2f}{shape}" fill="{c.colour}"/></a>'
            )
        parts.append("</svg>")
        return "".join(parts)


def build_map(metric: MapMetric, hexes: list[Hex], details: dict[str, str] | None = None) -> HexMap:
    """Colour ``hexes`` by ``metric``: party colours, viridis classes or PuOr classes.

    ``details`` (seat code -> the result in words) is added to each hex's title."""
    values = metric.values
    details = details or {}
    cells: list[HexCell] = []
    legend: list[LegendItem]
    if metric.kind == "party":
        counts: dict[str, int] = {}
        for h in hexes:
            party = values.get(h.ons_code)
            colour = metric.colours.get(party, OTHER_PARTY) if party else MISSING
            name = metric.labels.get(party, party) if party else "no result"
            if party:
                counts[party] = counts.get(party, 0) + 1
            cells.append(
                HexCell(
                    h.ons_code, h.name, h.q, h.r, party, name, colour, details.get(h.ons_code, "")
                )
            )
        legend = [
            LegendItem(metric.colours.get(p, OTHER_PARTY), metric.labels.get(p, p), n)
            for p, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ]
    else:
        nums = [float(v) for v in values.values() if v is not None]
        scale: Binned = (
            diverging(nums, unit=metric.unit)
            if metric.kind == "diverging"
            else sequential(nums, unit=metric.unit)
        )
        for h in hexes:
            v = values.get(h.ons_code)
            num = None if v is None else float(v)
            label = "no data" if num is None else fmt_number(num, metric.unit)
            cells.append(
                HexCell(
                    h.ons_code,
                    h.name,
                    h.q,
                    h.r,
                    num,
                    label,
                    scale.colour(num),
                    details.get(h.ons_code, ""),
                )
            )
        legend = scale.legend(nums)
        missing = sum(1 for c in cells if c.value is None)
        if missing:
            legend.append(LegendItem(MISSING, "no data", missing))
    return HexMap(
        metric.key,
        metric.title,
        metric.kind,
        metric.unit,
        metric.universe,
        cells,
        legend,
        list(metric.source_ids) + ["hexmap-2024"],
        metric.note,
    )


def load_hexes(con: Any) -> list[Hex]:
    """The 650 hexes of the 2024 layout, in a stable order."""
    rows = con.execute("SELECT ons_code, name, q, r FROM hexes ORDER BY r DESC, q").fetchall()
    return [Hex(str(a), str(b), int(q), int(r)) for a, b, q, r in rows]
