"""Small server-side SVG charts (no JavaScript, no network): the seat history chart.

The seat history chart shows, for each general election, the winning party and its
majority as a share of valid votes: 2010–2019 for the predecessor seat that contributed
most of the new seat's population, then the seat itself (notional 2019, 2024). The numbers
are those of the seat profile; the chart only draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


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
