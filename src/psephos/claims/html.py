"""A standalone HTML report: the text with each claim highlighted by verdict, and numbered
annotations giving the computed value, the tolerance, the sources and the query.

No external assets (CSS inline, no scripts), so the file can be mailed or archived as is.
"""

from __future__ import annotations

from html import escape

from psephos.claims.model import CheckReport

COLOURS = {
    "supported": "#c8f0c8",
    "contradicted": "#f6c3c3",
    "depends": "#f9e3a6",
    "uncertain": "#dde3f0",
    "not_checkable": "#e6e6e6",
}
_CSS = """body{font:16px/1.55 Georgia,serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font:600 1.4rem system-ui,sans-serif}h2{font:600 1.1rem system-ui,sans-serif;margin-top:2rem}
mark{padding:0 .1em;border-radius:3px}sup a{text-decoration:none;font:600 .7rem system-ui}
.legend span,.verdict{font:600 .75rem system-ui;padding:.1em .4em;border-radius:3px}
ol.claims li{margin-bottom:1rem}.small{font:.8rem system-ui;color:#555}
details pre{white-space:pre-wrap;font-size:.75rem;background:#f6f6f6;padding:.5rem}
"""


def render_html(report: CheckReport, *, title: str = "psephos claim check") -> str:
    """The report as one standalone HTML page."""
    text = report.text
    parts: list[str] = []
    cursor = 0
    for cc in sorted(report.claims, key=lambda c: c.claim.start):
        c = cc.claim
        sup = f'<sup><a href="#c{c.id}" id="r{c.id}">[{c.id}]</a></sup>'
        if c.start < cursor:  # overlaps the previous highlight: just add its number
            parts.append(sup)
            continue
        parts.append(escape(text[cursor : c.start]))
        parts.append(
            f'<mark style="background:{COLOURS[cc.verdict]}" '
            f'title="{escape(cc.verdict)}: {escape(cc.explanation)}">'
            f"{escape(text[c.start : c.end])}</mark>{sup}"
        )
        cursor = c.end
    parts.append(escape(text[cursor:]))
    body = "".join(parts).replace("\n\n", "</p><p>").replace("\n", "<br>")
    legend = " ".join(
        f'<span style="background:{col}">{v.replace("_", " ")} ({report.counts[v]})</span>'
        for v, col in COLOURS.items()
    )
    items = []
    for cc in report.claims:
        c = cc.claim
        ev = "".join(
            f"<li>{escape(e.reading)}: <b>{escape(e.display)}</b> → {escape(e.verdict)}"
            f"{' (estimate)' if e.estimate else ''}<br><span class=small>sources: "
            f"{escape(', '.join(e.source_ids))}"
            f"{'; method: ' + escape(e.method) if e.method else ''}</span>"
            f"<details><summary class=small>query</summary><pre>{escape(e.query)}</pre></details></li>"
            for e in cc.evidence
        )
        items.append(
            f'<li id="c{c.id}"><span class=verdict style="background:{COLOURS[cc.verdict]}">'
            f'{escape(cc.verdict.replace("_", " "))}</span> <a href="#r{c.id}">“{escape(c.text)}”</a>'
            f" <span class=small>({escape(c.kind)})</span><br>{escape(cc.explanation)}"
            f"{'<br><span class=small>tolerance: ' + escape(cc.tolerance) + '</span>' if cc.tolerance else ''}"
            f"{'<ul>' + ev + '</ul>' if ev else ''}</li>"
        )
    unresolved = "".join(
        f"<li>“{escape(m.text)}” ({escape(m.kind)}): {escape(m.how)}</li>"
        for m in report.unresolved
    )
    assumptions = "".join(f"<li>{escape(a)}</li>" for a in report.assumptions)
    return (
        f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
        f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>"
        f'<p class="legend">{legend}</p><article><p>{body}</p></article>'
        f'<h2>Claims</h2><ol class="claims">{"".join(items)}</ol>'
        f"<h2>Mentions not resolved</h2><ul>{unresolved or '<li>none</li>'}</ul>"
        f"<h2>Assumptions</h2><ul>{assumptions}</ul>"
        f"<p class=small>Checked by psephos against the official results and Census 2021 "
        f"(election {escape(report.election)}).</p></body></html>\n"
    )
