"""third-term-on-a-third-electoral-reform-analysis: the 2005 election, which only CBP-8647
covers (party columns con/lab/lib/natSW/oth; 'oth' lumps every other party, and the Speaker's
seat, Glasgow North East, is in 'oth'), as an analysis that never prints its year."""

from __future__ import annotations

from .._key import Key, pct, story
from .._raw import ELECTIONS, hist_national, history
from .._raw import hist_share as _share

NAME = "third-term-on-a-third-electoral-reform-analysis"
E = "2005"


def _won(e: str, p: str, country: str | None = None) -> int:
    return int(hist_national(e, country).get("won_" + p, 0))


def _rows(e: str, country: str | None = None) -> list:  # type: ignore[type-arg]
    return [r for r in history() if r.election == e and (not country or r.country == country)]


@story(NAME)
def key(k: Key) -> None:
    h = hist_national(E)
    n = len(_rows(E))
    largest = {e: max(("con", "lab", "lib"), key=lambda p: _won(e, p)) for e in ELECTIONS}
    lab_first = [e for e in ELECTIONS if e <= E and largest[e] == "lab"]
    runs, run = [], 0
    for e in ELECTIONS[: ELECTIONS.index(E) + 1]:
        run = run + 1 if largest[e] == "lab" else 0
        runs.append(run)
    k.claim(
        "his third successive victory, something no Labour leader had managed before",
        runs[-1] == 3 and max(runs[:-1]) < 3,
        "CBP-8647, party with most seats: Labour first in "
        + ", ".join(lab_first)
        + "; three in a row only in 1997, 2001, 2005.",
    )
    k.claim(
        "Labour won 355 seats on 35.2 per cent of the vote",
        _won(E, "lab") == 355 and round(100 * _share(E, "lab"), 1) == 35.2,
        f"CBP-8647 {E}: lab first in {_won(E, 'lab')} of {n} rows; {h['lab']:,.0f} / "
        f"{h['_total']:,.0f} = {pct(_share(E, 'lab'))}.",
    )
    lab = _won(E, "lab")
    k.claim(
        "a majority of 66",
        "depends",
        f"CBP-8647 {E}: {lab} Labour seats of {n}; majority over all others {lab} - "
        f"{n - lab} = {2 * lab - n}, or {2 * lab - n + 1} with the Speaker (Glasgow North East, "
        f"in 'oth') left out of the House; 66 only if the Speaker, a former Labour MP, is "
        f"counted with Labour ({lab + 1} - {n - lab - 1}).",
    )
    maj = {e: _share(e, largest[e]) for e in ELECTIONS if e < E
           and _won(e, largest[e]) > len(_rows(e)) / 2}  # fmt: skip
    k.claim(
        "the lowest share on which any party had won a Commons majority since 1918",
        all(v > _share(E, "lab") for v in maj.values()),
        "CBP-8647, winning share where one party won more than half the rows, 1918-2001: "
        + ", ".join(f"{e} {pct(v)}" for e, v in maj.items())
        + f"; {E} Labour {pct(_share(E, 'lab'))} is lower than all (2024, later, was lower still).",
    )
    d = _share(E, "lab") - _share("2001", "lab")
    k.claim(
        "Labour's share fell by 5.5 points from four years ago",
        round(-100 * d, 1) == 5.5,
        f"CBP-8647 lab 2001 {pct(_share('2001', 'lab'))} -> {E} {pct(_share(E, 'lab'))}: "
        f"{100 * d:+.2f}.",
    )
    el = sum(r.electorate for r in _rows(E))
    k.claim(
        "Only 21.6 per cent of the electorate voted Labour",
        round(100 * h["lab"] / el, 1) == 21.6,
        f"CBP-8647 {E}: lab {h['lab']:,.0f} / electorate {el:,} = {pct(h['lab'] / el)}.",
    )
    post = {e: hist_national(e)["lab"] for e in ELECTIONS if "1945" <= e <= E}
    lower = [e for e, v in post.items() if v < post[E]]
    k.claim(
        "the party's 9.6 million votes were its lowest in any post-war election except 1983",
        round(post[E] / 1e6, 1) == 9.6 and lower == ["1983"],
        "CBP-8647 lab votes 1945-2005: "
        + ", ".join(f"{e} {v:,.0f}" for e, v in post.items())
        + ".",
    )
    k.claim(
        "The Conservatives won 198 seats on 32.4 per cent",
        _won(E, "con") == 198 and round(100 * _share(E, "con"), 1) == 32.4,
        f"CBP-8647 {E}: con first in {_won(E, 'con')} rows; {pct(_share(E, 'con'))}.",
    )
    higher = [e for e in ELECTIONS if e < E and _share(e, "con") > _share(E, "con")]
    k.claim(
        "their best share since 1992",
        higher[-1] == "1992",
        "CBP-8647 con share: "
        + ", ".join(f"{e} {pct(_share(e, 'con'))}" for e in ("1992", "1997", "2001", E))
        + ".",
    )
    eng = [r for r in _rows(E) if r.country not in ("Scotland", "Wales", "Northern Ireland")]
    ec, elab = sum(r.votes["con"] for r in eng), sum(r.votes["lab"] for r in eng)
    k.claim(
        "in England they actually polled more votes than Labour",
        ec > elab,
        f"CBP-8647 {E}, the {len(eng)} rows in English regions: con {ec:,}, lab {elab:,}.",
    )
    higher = [e for e in ELECTIONS if e < E and _share(e, "lib") > _share(E, "lib")]
    k.claim(
        "The Liberal Democrats took 22 per cent, their best share since 1983",
        round(100 * _share(E, "lib")) == 22 and higher[-1] == "1983",
        "CBP-8647 lib share: "
        + ", ".join(f"{e} {pct(_share(e, 'lib'))}" for e in ELECTIONS[18:24])
        + f"; the last higher was {higher[-1]}.",
    )
    third = [e for e in ELECTIONS if e < E and _won(e, "lib") > _won(E, "lib")]
    k.claim(
        "62 seats, the most won by a third party since 1923",
        _won(E, "lib") == 62 and third[-1] == "1923",
        "CBP-8647 lib seats: "
        + ", ".join(f"{e} {_won(e, 'lib')}" for e in ELECTIONS if e <= E)
        + ".",
    )
    sc = "Scotland"
    k.claim(
        "In Scotland Labour won 40 of the 59 seats and the SNP six",
        _won(E, "lab", sc) == 40 and len(_rows(E, sc)) == 59 and _won(E, "natSW", sc) == 6,
        f"CBP-8647 {E}, {len(_rows(E, sc))} Scottish rows: lab first in {_won(E, 'lab', sc)}, "
        f"natSW (SNP) {_won(E, 'natSW', sc)}.",
    )
    k.claim(
        "the Conservatives won three",
        _won(E, "con", sc) == 3,
        f"CBP-8647 {E} Scotland: con first in {_won(E, 'con', sc)} row.",
    )
    wa = "Wales"
    k.claim(
        "In Wales Labour took 30 of the 40 seats",
        _won(E, "lab", wa) == 30 and len(_rows(E, wa)) == 40,
        f"CBP-8647 {E}, {len(_rows(E, wa))} Welsh rows: lab first in {_won(E, 'lab', wa)}.",
    )
    k.claim(
        "its share there fell below 40 per cent",
        _share(E, "lab", wa) < 0.4,
        f"CBP-8647 {E} Wales: lab {pct(_share(E, 'lab', wa))}.",
    )
    k.claim(
        "Plaid Cymru won three",
        _won(E, "natSW", wa) == 3,
        f"CBP-8647 {E} Wales: natSW (Plaid Cymru) first in {_won(E, 'natSW', wa)} rows.",
    )
    to = h["_total_contested"] / h["_electorate_contested"]
    h01 = hist_national("2001")
    t01 = h01["_total_contested"] / h01["_electorate_contested"]
    k.claim(
        "Turnout rose by two points to 61.5 per cent",
        round(100 * to, 1) == 61.5 and round(100 * (to - t01)) == 2,
        f"CBP-8647 contested seats: 2001 {pct(t01)}, {E} {pct(to)}.",
    )
    tos = {}
    for e in ELECTIONS[: ELECTIONS.index(E)]:
        x = hist_national(e)
        tos[e] = x["_total_contested"] / x["_electorate_contested"]
    lower = [e for e, v in tos.items() if v < to]
    k.claim(
        "remained the lowest since 1918 apart from four years ago",
        lower == ["1918", "2001"],
        "CBP-8647 turnout below "
        + pct(to)
        + " before "
        + E
        + ": "
        + ", ".join(f"{e} {pct(tos[e])}" for e in lower)
        + ".",
    )
    bg = next(r for r in _rows(E) if r.name == "Blaenau Gwent")
    k.claim(
        "once Labour's safest seat in Wales, an independent took the seat from the party's "
        "official candidate",
        None,
        f"CBP-8647 {E} Blaenau Gwent: lab {bg.votes['lab']:,}, oth {bg.votes['oth']:,}; 'oth' "
        "lumps every other candidate, so the files cannot say one independent won (nor rank "
        "Labour's safest seats before).",
    )
    k.claim(
        "The Electoral Reform Society called it the worst election ever",
        None,
        "a quotation; not in the results files",
    )
