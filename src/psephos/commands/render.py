"""Rendering library results for the terminal with rich (no logic of its own)."""

from __future__ import annotations

from typing import Any


def pct(x: float | None, digits: int = 1, signed: bool = False) -> str:
    if x is None:
        return "–"
    return f"{x * 100:+.{digits}f}" if signed else f"{x * 100:.{digits}f}%"


def render_seat(p: dict[str, Any], out: Any) -> None:
    from rich.table import Table

    seat, res, e = p["seat"], p["result"], p["election"]
    out.print(
        f"[bold]{seat['name']}[/bold] ({seat['ons_code']}), {seat['region']}, "
        f"{seat['country']}. {e['title']}: [bold]{res['text']}[/bold]"
    )
    t = Table(show_edge=False)
    for col, just in (
        ("candidate", "left"),
        ("party", "left"),
        ("votes", "right"),
        ("share", "right"),
        ("change", "right"),
    ):
        t.add_column(col, justify=just)  # type: ignore[arg-type]
    for c in p["candidates"]:
        t.add_row(
            c["name"] or c["party_name"],
            c["party_code"],
            f"{c['votes']:,}",
            pct(c["share"]),
            pct(c["change"], signed=True),
        )
    out.print(t)
    cmp_title = p["comparison"]["title"] if p["comparison"] else None
    if cmp_title:
        out.print(f"Change in percentage points vs the {cmp_title[0].lower() + cmp_title[1:]}.")
    maj = res["majority"]
    if maj is not None:
        out.print(
            f"Majority {maj:,} ({pct(res['majority_share'])}); turnout "
            f"{pct(res['turnout'])} of {res['electorate']:,}; valid votes "
            f"{res['valid_votes']:,}."
        )
    if p["comparison"] and p["comparison"].get("majority") is not None:
        c = p["comparison"]
        out.print(f"{c['title'].capitalize()}: {c['winner_party']} majority {c['majority']:,}.")
    for note in res.get("notes", []):
        out.print(f"Note on the official file: {note}.")
    if p["swing"] and p["swing"]["butler"] is None:
        out.print("No swing: " + "; ".join(p["swing"]["notes"]) + ".")
    elif p["swing"]:
        s = p["swing"]
        out.print(
            f"Butler swing {s['from']} → {s['to']}: {s['butler'] * 100:.1f} points"
            + (f" ({'; '.join(s['notes'])})" if s["notes"] else "")
            + "."
        )
    if p["member"]:
        m = p["member"]
        label = "Elected at this general election" if p.get("by_elections") else "Member"
        out.print(
            f"{label}: {m['name']} ({m['party_code']}), held since {m['label']}: {m['basis']}."
        )
    for b in p.get("by_elections") or []:
        out.print(
            f"By-election {b['date']:%d %B %Y}: {b['text']}, {b['name']} "
            f"(majority {b['majority']:,})."
        )
    now = p.get("current_member")
    if now:
        out.print(
            f"[bold]Current member[/bold]: {now['name']} ({now['party_code']}), held since "
            f"{now['label']}: {now['basis']}."
        )
    before = res.get("by_election_before")
    if before:
        out.print(f"Note: {before['note']}")
    if p["predecessors"]:
        out.print("Predecessor seats (share of this seat's population):")
        for pr in (x for x in p["predecessors"] if x["pop_share_of_new"] >= 0.005):
            wins = ", ".join(
                f"{r['election_id'][2:]} {r['winner_party']} {r['majority']:,}"
                for r in pr["results"]
            )
            out.print(f"  {pr['name']} ({pr['ons_code']}) {pct(pr['pop_share_of_new'])}: {wins}")
    notable = [f for f in p["census"] if f["notable"]] or p["census"][:3]
    if notable:
        out.print("Census 2021 (notable):")
        for f in notable:
            out.print(f"  {f['label']}: {pct(f['value'])}, {f['rank_text']}")
    out.print("Sources: " + ", ".join(sorted(p["sources"])))


def fmt_value(value: Any, unit: str) -> str:
    import math

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if unit == "share":
        return f"{value * 100:.1f}%"
    if unit == "points":
        return f"{value * 100:+.1f}"
    if unit in ("votes", "count"):
        return f"{value:,.0f}"
    return f"{value:.4g}"


def table(
    title: str, columns: list[str], rows: list[list[Any]], caption: str = "", *, left: int = 2
) -> Any:
    """A rich table whose first ``left`` columns are left-aligned (labels), the rest right."""
    from rich.table import Table

    table = Table(title=title, caption=caption or None, caption_justify="left")
    for i, col in enumerate(columns):
        table.add_column(col, justify="left" if i < left else "right")
    for row in rows:
        table.add_row(*(str(v) for v in row))
    return table


def cell(value: Any) -> str:
    if isinstance(value, float) and value != value:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if abs(value) < 10 else f"{value:,.0f}"
    return "–" if value is None else str(value)
