"""Colour scales for the hex map, chosen to stay readable with colour-vision deficiency.

Sequential values use *viridis* (perceptually uniform, distinguishable under the common
forms of colour blindness and in greyscale); signed values (changes, swings) use the
ColorBrewer *PuOr* diverging scheme, which is colour-blind safe. Parties keep their own
colours (the convention readers expect), always with a text legend and a title per hex.

References
----------
.. [1] van der Walt, S. and Smith, N. (2015). "A better default colormap for Matplotlib"
   (viridis). SciPy 2015.
.. [2] Brewer, C. A. ColorBrewer 2.0, scheme PuOr, https://colorbrewer2.org/
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: viridis at nine evenly spaced stops (0, 1/8, ..., 1).
VIRIDIS: tuple[str, ...] = (
    "#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c",
    "#28ae80", "#5ec962", "#addc30", "#fde725",
)  # fmt: skip
#: ColorBrewer PuOr, 10 classes, orange (negative) to purple (positive).
PUOR: tuple[str, ...] = (
    "#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6",
    "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b",
)  # fmt: skip
MISSING = "#e6e6e6"
OTHER_PARTY = "#aaaaaa"


@dataclass(frozen=True)
class LegendItem:
    """One key of a legend: a colour and what it stands for."""

    colour: str
    label: str
    count: int = 0

    def to_dict(self) -> dict[str, object]:
        return {"colour": self.colour, "label": self.label, "count": self.count}


def _hex_to_rgb(colour: str) -> tuple[int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16)


def luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour ``#rrggbb``."""

    def lin(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = _hex_to_rgb(colour)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2.1 contrast ratio of two colours, from 1 (none) to 21 (black on white).

    Graphics need 3:1 against what is next to them (WCAG 2.1 success criterion 1.4.11);
    a paler party colour gets an outline on the map and in the seat bar."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def interpolate(stops: Sequence[str], t: float) -> str:
    """The colour at ``t`` in [0, 1] along ``stops`` (linear in sRGB between stops)."""
    t = min(1.0, max(0.0, t))
    pos = t * (len(stops) - 1)
    i = min(int(pos), len(stops) - 2)
    frac = pos - i
    a, b = _hex_to_rgb(stops[i]), _hex_to_rgb(stops[i + 1])
    rgb = (round(x + (y - x) * frac) for x, y in zip(a, b, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*rgb)


def _nice_step(span: float, classes: int) -> float:
    raw = span / classes if span > 0 else 1.0
    mag = 10 ** math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        if raw <= mult * mag:
            return mult * mag
    return 10 * mag  # pragma: no cover - the loop always returns


def fmt_number(value: float, unit: str = "") -> str:
    """A short human label: thousands separators, up to one decimal, then the unit."""
    if unit == "%":
        return f"{value:.1f}%"
    if unit == "pts":
        return f"{value:+.1f} pts"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}"


@dataclass(frozen=True)
class Binned:
    """A classed (stepped) scale: ``edges`` has one more entry than ``colours``."""

    edges: tuple[float, ...]
    colours: tuple[str, ...]
    unit: str = ""

    def colour(self, value: float | None) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return MISSING
        for i, hi in enumerate(self.edges[1:]):
            if value < hi or i == len(self.colours) - 1:
                return self.colours[i]
        return self.colours[-1]  # pragma: no cover

    def legend(self, values: Sequence[float]) -> list[LegendItem]:
        counts = [0] * len(self.colours)
        for v in values:
            counts[self.colours.index(self.colour(v))] += 1
        return [
            LegendItem(c, f"{fmt_number(lo, self.unit)} to {fmt_number(hi, self.unit)}", n)
            for c, lo, hi, n in zip(
                self.colours, self.edges[:-1], self.edges[1:], counts, strict=True
            )
        ]


def sequential(values: Sequence[float], *, unit: str = "", classes: int = 8) -> Binned:
    """Equal-interval classes with round edges covering ``values``, coloured by viridis."""
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    step = _nice_step(hi - lo, classes)
    start = math.floor(lo / step) * step
    n = max(1, math.ceil((hi - start) / step + 1e-12))
    if start + n * step <= hi:
        n += 1
    edges = tuple(start + i * step for i in range(n + 1))
    colours = tuple(interpolate(VIRIDIS, i / max(1, n - 1)) for i in range(n))
    return Binned(edges, colours, unit)


def diverging(values: Sequence[float], *, unit: str = "", classes: int = 10) -> Binned:
    """Classes symmetric about zero, coloured by PuOr (negative orange, positive purple).

    The step is a round number near ``max|v| / (classes / 2)``; only as many classes as the
    values need are kept on each side, sampled from PuOr at their centres.
    """
    top = max((abs(v) for v in values), default=1.0) or 1.0
    step = _nice_step(top, max(1, classes // 2))
    side = max(1, math.ceil(top / step - 1e-12))
    edges = tuple(step * i for i in range(-side, side + 1))
    colours = tuple(interpolate(PUOR, (i + 0.5) / (2 * side)) for i in range(2 * side))
    return Binned(edges, colours, unit)
