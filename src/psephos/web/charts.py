"""Small server-side SVG charts (no JavaScript, no network): the seat history chart.

The seat history chart shows, for each general election, the winning party and its
majority as a share of valid votes: 2010–2019 for the predecessor seat that contributed
most of the new seat's population, then the seat itself (notional 2019, 2024). The numbers
are those of the seat profile; the chart only draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from psephos.web.colour import contrast


@dataclass(frozen=True)
class Bar:
    """One election in the history chart."""

    label: str  # "2010"
    sublabel: str  # the seat the result belongs to
    party: str
    colour: str
    value: float  # majority share, 0-1


def history_svg(bars: list[Bar], *, width: int = 560, height: int = 220, title: str = "") -> str:
    """Bars of majority share by election, coloured by winner, each with a ``<title>``."""
    if not bars:
        return ""
    top = max(0.05, max(b.value for b in bars))
    left, bottom, pad = 44, 40, 8
    plot_h = height - bottom - pad
    slot = (width - left - pad) / len(bars)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} '
        f'{height}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
    ]
    for frac in (0.0, 0.5, 1.0):
        y = pad + plot_h * (1 - frac)
        out.append(
            f'<line x1="{left}" x2="{width - pad}" y1="{y:.1f}" y2="{y:.1f}" '
            f'class="grid"/><text x="{left - 4}" y="{y + 4:.1f}" class="tick" '
            f'text-anchor="end">{100 * top * frac:.0f}%</text>'
        )
    for i, b in enumerate(bars):
        h = plot_h * b.value / top
        x = left + i * slot + slot * 0.15
        y = pad + plot_h - h
        tip = escape(f"{b.label} ({b.sublabel}): {b.party}, majority {100 * b.value:.1f}%")
        out.append(
            f'<g><title>{tip}</title><rect x="{x:.1f}" y="{y:.1f}" '
            f'width="{slot * 0.7:.1f}" height="{h:.1f}" fill="{b.colour}" '
            f'stroke="#333" stroke-width="0.5"/>'
            f'<text x="{x + slot * 0.35:.1f}" y="{y - 3:.1f}" class="val" '
            f'text-anchor="middle">{escape(b.party)}</text>'
            f'<text x="{x + slot * 0.35:.1f}" y="{height - bottom + 14}" class="tick" '
            f'text-anchor="middle">{escape(b.label)}</text></g>'
        )
    out.append(
        f'<text x="{left}" y="{height - 6}" class="tick">Majority as a share of valid '
        "votes, coloured by the winning party</text></svg>"
    )
    return "".join(out)


def scatter_svg(
    points: list[tuple[float, float, str]],
    line: tuple[float, float] | None,
    *,
    x_label: str,
    y_label: str,
    x_unit: str = "",
    y_unit: str = "",
    width: int = 640,
    height: int = 420,
) -> str:
    """A scatter of (x, y, seat name) with the fitted line ``y = a + b·x`` drawn over it.

    The fit is the library's (``psephos.analysis.relate``); this only draws it. Values in
    the library's ``share`` unit (fractions) are labelled as percentages and ``points``
    (changes) as signed percentage points.
    """
    if not points:
        return ""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    x1 = x1 if x1 > x0 else x0 + 1
    y1 = y1 if y1 > y0 else y0 + 1
    left, right, top, bottom = 84, 28, 12, 44

    def sx(v: float) -> float:
        return left + (v - x0) / (x1 - x0) * (width - left - right)

    def sy(v: float) -> float:
        return top + (1 - (v - y0) / (y1 - y0)) * (height - top - bottom)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart scatter" viewBox="0 0 {width} '
        f'{height}" role="img" aria-label="{escape(y_label)} against {escape(x_label)}">'
        f"<title>{escape(y_label)} against {escape(x_label)}</title>"
    ]
    for frac in (0.0, 0.5, 1.0):
        xv, yv = x0 + frac * (x1 - x0), y0 + frac * (y1 - y0)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{sy(yv):.1f}" y2="{sy(yv):.1f}" '
            f'class="grid"/><text x="{left - 4}" y="{sy(yv) + 4:.1f}" class="tick" '
            f'text-anchor="end">{tick(yv, y_unit)}</text><text x="{sx(xv):.1f}" '
            f'y="{height - bottom + 14}" class="tick" text-anchor="middle">{tick(xv, x_unit)}'
            "</text>"
        )
    for x, y, name in points:
        out.append(
            f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="2.6" fill="#21918c" '
            f'fill-opacity="0.6"><title>{escape(name)}: {escape(x_label)} '
            f"{tick(x, x_unit)}, {escape(y_label)} {tick(y, y_unit)}</title></circle>"
        )
    if line is not None:
        a, b = line
        out.append(
            f'<line x1="{sx(x0):.1f}" y1="{sy(a + b * x0):.1f}" x2="{sx(x1):.1f}" '
            f'y2="{sy(a + b * x1):.1f}" stroke="#440154" stroke-width="2"/>'
        )
    out.append(
        f'<text x="{(left + width - right) / 2}" y="{height - 6}" class="tick" '
        f'text-anchor="middle">{escape(x_label)}{unit_note(x_unit)}</text>'
        f'<text transform="translate(12 {(top + height - bottom) / 2:.0f}) rotate(-90)" '
        f'class="tick" text-anchor="middle">{escape(y_label)}{unit_note(y_unit)}</text></svg>'
    )
    return "".join(out)


def tick(value: float, unit: str) -> str:
    """An axis value in its unit: shares as "12.5%", changes as "+3.0 pts", else 3 digits."""
    if unit == "share":
        return f"{100 * value:.1f}%"
    if unit == "points":
        return f"{100 * value:+.1f} pts"
    return f"{value:,.3g}"


def unit_note(unit: str) -> str:
    return {"share": " (%)", "points": " (percentage points)"}.get(unit, "")


def seat_bar_svg(
    parties: list[tuple[str, int, str]],
    *,
    total: int = 650,
    title: str = "Seats",
    width: int = 640,
) -> str:
    """A headline bar: each party's seats (``(label, seats, colour)``, largest first) laid
    end to end across the House's ``total`` seats, with the majority line at
    ``total // 2 + 1`` seats. Pale colours get a dark outline (contrast under 3:1)."""
    won = sorted((p for p in parties if p[1] > 0), key=lambda p: -p[1])
    if not won:
        return ""
    majority = total // 2 + 1
    left, bar_y, bar_h = 4, 22, 34
    scale = (width - 2 * left) / total
    desc = ", ".join(f"{label} {seats}" for label, seats, _ in won)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart seatbar" viewBox="0 0 {width} '
        f'{bar_y + bar_h + 48}" role="img" aria-label="{escape(title)}: {escape(desc)}; '
        f'{majority} for a majority"><title>{escape(title)}: {escape(desc)}</title>'
    ]
    x = float(left)
    for label, seats, colour in won:
        w = seats * scale
        stroke = "#333" if contrast(colour, "#ffffff") < 3.0 else "#fff"
        out.append(
            f'<rect x="{x:.1f}" y="{bar_y}" width="{w:.1f}" height="{bar_h}" fill="{colour}" '
            f'stroke="{stroke}" stroke-width="1"><title>{escape(label)}: {seats} seats'
            "</title></rect>"
        )
        if w > 34:
            out.append(
                f'<text x="{x + 4:.1f}" y="{bar_y + bar_h + 16}" class="tick">'
                f"{escape(label)} {seats}</text>"
            )
        x += w
    mx = left + majority * scale
    out.append(
        f'<line x1="{mx:.1f}" x2="{mx:.1f}" y1="{bar_y - 8}" y2="{bar_y + bar_h + 4}" '
        f'stroke="#1b1b1b" stroke-width="2" stroke-dasharray="4 2"/>'
        f'<text x="{mx:.1f}" y="{bar_y - 10}" class="tick" text-anchor="middle">'
        f"Majority: {majority}</text></svg>"
    )
    return "".join(out)
