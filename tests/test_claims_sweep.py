"""The claim checker swept over every seat: a test of claim CLASSES, not of sentences.

For every seat of the 2024 general election, and a fixed-seed sample of seats of 2010, 2015,
2017 and 2019, sentences are generated from a handful of templates per claim family
(majority, votes, share, turnout, placing, gain/hold), several verbs and frames per family,
with the values computed independently from the raw official CSVs
(``tests/claims_corpus/_raw.py``: csv module only, never psephos code). Each election is one
text (headline with the year, then one paragraph per seat), checked once with
:func:`psephos.claims.check_text`. Each paragraph holds three true sentences and one
*perturbed* sentence whose figure or outcome is well outside any tolerance (majority and votes
x2 + 1,000; share and turnout +-15 points; the second and third places swapped; a hold stated
as a gain and a gain as a hold).

Asserted, per election and family:

- a true sentence is never ``contradicted`` (the hard bar; nothing else in the text either);
- a perturbed sentence is never ``supported``;
- the share of true sentences found (any verdict but ``not_checkable``), of true sentences
  ``supported`` and of perturbed sentences ``contradicted`` stays above floors measured on
  this checker (``FLOORS``; ``python -m tests.test_claims_sweep`` prints the rates).

Families x elections that still fail a hard bar are strict xfails with the class of failure
(``OPEN``): when the checker is fixed the mark must go. A sentence answers to the checker
claims whose character span overlaps it (the rule of ``shared/tools/score_claims.py``).
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.claims_corpus._raw import Seat, general

ELECTIONS = (2010, 2015, 2017, 2019, 2024)
EVERY_SEAT = 2024  # every seat of this election; a sample of the others
SAMPLE = 80  # seats per sampled election
SEED = 20261130
FAMILIES = ("majority", "votes", "share", "turnout", "placing", "outcome")

#: How journalists name the parties (a party absent here is named through its candidate).
PARTY = {
    "Con": ("the Conservatives", "Conservative"),
    "Lab": ("Labour", "Labour"),
    "LD": ("the Liberal Democrats", "Liberal Democrat"),
    "SNP": ("the SNP", "SNP"),
    "PC": ("Plaid Cymru", "Plaid Cymru"),
    "Green": ("the Greens", "Green"),
    "RUK": ("Reform UK", "Reform UK"),
    "UKIP": ("UKIP", "UKIP"),
    "BRX": ("the Brexit Party", "Brexit Party"),
    "DUP": ("the DUP", "DUP"),
    "SF": ("Sinn Féin", "Sinn Féin"),
    "SDLP": ("the SDLP", "SDLP"),
    "UUP": ("the Ulster Unionists", "UUP"),
    "APNI": ("Alliance", "Alliance"),
}
ORDINAL = {2: "second", 3: "third", 4: "fourth"}


@dataclass(frozen=True)
class Sentence:
    """One generated sentence: its family, whether it is true, and where it sits."""

    family: str
    true: bool
    text: str
    seat: str
    start: int = 0
    end: int = 0


def _party(p: str, adj: bool = False) -> str | None:
    names = PARTY.get(p)
    return None if names is None else names[1 if adj else 0]


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _majority(s: Seat, v: int, true: bool) -> str:
    r = s.ranked()
    m = r[0].votes - r[1].votes
    m = m if true else 2 * m + 1000
    w, p, p2 = r[0], _party(r[0].party), _party(r[1].party)
    forms = [
        f"{w.name} won {s.name} with a majority of {m:,}.",
        f"In {s.name}, {w.name} was elected by {m:,} votes.",
        f"{w.name} beat {r[1].name} in {s.name} by a margin of {m:,} votes.",
        f"{w.name} defeated {r[1].name} in {s.name} with a majority of {m:,}.",
        f"{r[1].name} lost {s.name} to {w.name} by {m:,} votes.",
    ]
    if p:
        forms.append(f"{p[0].upper() + p[1:]} won {s.name} by {m:,} votes.")
        if p2:
            forms.append(f"In {s.name}, {p} finished {m:,} votes ahead of {p2}.")
    return forms[v % len(forms)]


def _votes(s: Seat, v: int, true: bool) -> str:
    c = s.ranked()[v % min(3, len(s.cands))]
    n = c.votes if true else 2 * c.votes + 1000
    forms = [
        f"{c.name} polled {n:,} votes in {s.name}.",
        f"In {s.name}, {c.name} received {n:,} votes.",
        f"{c.name} won the backing of {n:,} voters in {s.name}.",
    ]
    return forms[v % len(forms)]


def _share(s: Seat, v: int, true: bool) -> str:
    c = s.ranked()[v % min(2, len(s.cands))]
    x = c.votes / s.valid
    x = x if true else (x + 0.15 if x < 0.8 else x - 0.15)
    p = _party(c.party)
    forms = [
        f"{c.name} took {_pct(x)} per cent of the vote in {s.name}.",
        f"In {s.name}, {c.name} won {_pct(x)}% of the votes cast.",
    ]
    if p:
        forms.append(f"{p[0].upper() + p[1:]} won {_pct(x)} per cent of the vote in {s.name}.")
        forms.append(f"The {_party(c.party, adj=True)} share in {s.name} was {_pct(x)} per cent.")
    return forms[v % len(forms)]


def _turnout(s: Seat, v: int, true: bool) -> str:
    t = s.valid / s.electorate
    t = t if true else (t + 0.15 if t < 0.75 else t - 0.15)
    forms = [
        f"Turnout in {s.name} was {_pct(t)} per cent.",
        f"{s.name} had a turnout of {_pct(t)}%.",
        f"In {s.name}, {_pct(t)} per cent of the electorate voted.",
    ]
    return forms[v % len(forms)]


def _placing(s: Seat, v: int, true: bool) -> str | None:
    r = s.ranked()
    if len(r) < 3 or len({c.votes for c in r[:4]}) < min(4, len(r)):
        return None  # no placing claim where places 1-4 are tied
    place = 2 + v % 2
    c = r[place - 1]
    said = place if true else 5 - place  # 2nd said 3rd, 3rd said 2nd
    p = _party(c.party)
    forms = [
        f"{c.name} came {ORDINAL[said]} in {s.name}.",
        f"In {s.name}, {c.name} finished {ORDINAL[said]}.",
    ]
    if p:
        forms.append(f"{p[0].upper() + p[1:]} were {ORDINAL[said]} in {s.name}.")
    return forms[v % len(forms)]


def _outcome(s: Seat, v: int, true: bool) -> str | None:
    win, _, lost = s.result.partition(" gain from ")
    winner = win.removesuffix(" hold").split()[0]
    loser = lost.split()[0] if lost else ""
    w, p = s.ranked()[0], _party(winner)
    if winner == "Spk" or loser == "Spk" or p is None or (loser and _party(loser) is None):
        return None
    gained = bool(loser) if true else not loser
    if gained:
        frm = loser or s.ranked()[1].party
        if _party(frm) is None or frm == winner:
            return None
        forms = [
            f"{p[0].upper() + p[1:]} gained {s.name} from {_party(frm)}.",
            f"{w.name} took {s.name} from {_party(frm)}.",
            f"{s.name} was a {_party(winner, adj=True)} gain from {_party(frm)}.",
        ]
    else:
        forms = [
            f"{p[0].upper() + p[1:]} held {s.name}.",
            f"{w.name} held {s.name} for {p}.",
            f"{s.name} was a {_party(winner, adj=True)} hold.",
        ]
    return forms[v % len(forms)]


MAKERS = {
    "majority": _majority,
    "votes": _votes,
    "share": _share,
    "turnout": _turnout,
    "placing": _placing,
    "outcome": _outcome,
}


def seats_for(year: int) -> list[Seat]:
    """Every contested seat of EVERY_SEAT; a fixed-seed sample of the others."""
    seats = sorted(
        (s for s in general(year).values() if len(s.cands) >= 2 and s.valid and s.electorate),
        key=lambda s: s.name,
    )
    if year == EVERY_SEAT:
        return seats
    return sorted(random.Random(f"{SEED}-{year}").sample(seats, SAMPLE), key=lambda s: s.name)


@cache
def story(year: int) -> tuple[str, tuple[Sentence, ...]]:
    """The text for one election and its sentences with their spans."""
    head = (
        f"The {year} general election, seat by seat\n\n"
        f"Here is how every constituency in our sample voted at the {year} general election.\n"
    )
    text, out = head, []
    for i, s in enumerate(seats_for(year)):
        plan = [(FAMILIES[(i + k) % 6], True) for k in range(3)] + [(FAMILIES[(i + 3) % 6], False)]
        parts = []
        for family, true in plan:
            made = MAKERS[family](s, i // 6, true)
            if made is not None:
                parts.append((family, true, made))
        text += "\n"
        for j, (family, true, made) in enumerate(parts):
            start = len(text)
            text += made + (" " if j < len(parts) - 1 else "\n")
            out.append(Sentence(family, true, made, s.name, start, start + len(made)))
    return text, tuple(out)


def verdicts(claims: list[dict[str, Any]], sents: tuple[Sentence, ...]) -> list[set[str]]:
    """For each sentence, the verdicts of the checker claims that overlap it."""
    starts = sorted((c["start"], c["end"], c["verdict"]) for c in claims)
    out: list[set[str]] = []
    for s in sents:
        out.append({v for a, b, v in starts if a < s.end and b > s.start})
    return out


def new_stats() -> defaultdict[str, dict[str, Any]]:
    """Per family: sentence counts and the failing examples (see :func:`tally`)."""
    return defaultdict(
        lambda: {
            "true": 0,
            "found": 0,
            "right": 0,
            "false": 0,
            "caught": 0,
            "wrong": [],
            "passed": [],
        }  # fmt: skip
    )


def tally(
    stats: dict[str, dict[str, Any]],
    sents: tuple[Sentence, ...],
    claims: list[dict[str, Any]],
    label: str = "",
) -> list[str]:
    """Add one checked text's sentences to ``stats`` (true called false under ``wrong``,
    perturbed called true under ``passed``, each prefixed with ``label``); return the
    contradictions outside every sentence."""
    for s, vs in zip(sents, verdicts(claims, sents), strict=True):
        st = stats[s.family]
        if s.true:
            st["true"] += 1
            st["found"] += any(v != "not_checkable" for v in vs)
            st["right"] += vs == {"supported"}
            if "contradicted" in vs:
                st["wrong"].append(label + s.text)
        else:
            st["false"] += 1
            st["caught"] += "contradicted" in vs
            if "supported" in vs:
                st["passed"].append(label + s.text)
    covered = [(s.start, s.end) for s in sents]
    return [
        label + c["text"]
        for c in claims
        if c["verdict"] == "contradicted"
        and not any(c["start"] < b and c["end"] > a for a, b in covered)
    ]


def measure(year: int, db: Path | None = None) -> dict[str, dict[str, Any]]:
    """Check one election's text; per family: counts, rates and failing examples."""
    from psephos.claims import check_text

    text, sents = story(year)
    claims = check_text(text, db=db).to_dict()["claims"]
    stats = new_stats()
    stats["_stray"] = {"wrong": tally(stats, sents, claims)}
    return dict(stats)


# Rates measured on main's checker at the merge of issue 9 (python -m tests.test_claims_sweep,
# 30 Nov 2026; lowest of the five elections, less about five points). Perturbed votes are never
# caught: a count more than twice off is read as another quantity and left uncertain (OPEN).
FLOORS: dict[str, dict[str, float]] = {
    "majority": {"found": 0.90, "right": 0.90, "caught": 0.0},  # 100 / 100 / 0 (see caught, above)
    "votes": {"found": 0.60, "right": 0.60, "caught": 0.0},  # 67-71 / 67-71 / 0
    # caught: the safeguard (round 7) leaves a share 15 points off on a reading that took a
    # slot from outside the sentence uncertain (docs/claims.md, "Safeguard"): measured
    # 38-54 (2010-2019), 17 (2024)
    "share": {"found": 0.70, "right": 0.70, "caught": 0.15},  # 75-80 / 75-80 / 17-54
    "turnout": {"found": 0.60, "right": 0.60, "caught": 0.60},  # 67-70 / 66-70 / 67-71
    "placing": {"found": 0.95, "right": 0.95, "caught": 0.95},  # 100 / 99.7-100 / 99-100
    "outcome": {"found": 0.60, "right": 0.55, "caught": 0.55},  # 67-69 / 59-69 / 63-75
}

# (election, family) -> the class of failure still open (claims-notes.md): true claims called
# false (OPEN) and perturbed claims called true (OPEN_PERTURBED, none at present). The
# margin, bracketed-seat and apostrophe classes found by this sweep were fixed in claims
# round 2 (their marks went when they passed).
OPEN_PERTURBED: dict[tuple[int, str], str] = {}
# The 2024 share class ("The Green share in SEAT" read as a candidate surnamed Green, named
# earlier in the whole-election text) was fixed in claims round 3.
OPEN: dict[tuple[int, str], str] = {}


@pytest.fixture(scope="module")
def results(store_path: Path) -> dict[int, dict[str, dict[str, Any]]]:
    return {year: measure(year, store_path) for year in ELECTIONS}


def _cases(open_: dict[tuple[int, str], str]) -> list[Any]:
    return [
        pytest.param(
            y,
            f,
            marks=[pytest.mark.xfail(strict=True, reason=open_[y, f])] if (y, f) in open_ else [],
            id=f"{y}-{f}",
        )
        for y in ELECTIONS
        for f in FAMILIES
    ]


def test_every_seat_of_one_election_is_in_the_sweep() -> None:
    text, sents = story(EVERY_SEAT)
    seats = {s.seat for s in sents}
    assert len(seats) == len(general(EVERY_SEAT)) == 650
    assert {s.family for s in sents} == set(FAMILIES)
    assert all(text[s.start : s.end] == s.text for s in sents)


@pytest.mark.parametrize(("year", "family"), _cases(OPEN))
def test_true_claims_are_never_contradicted(
    results: dict[int, dict[str, dict[str, Any]]], year: int, family: str
) -> None:
    wrong = results[year][family]["wrong"]
    assert not wrong, f"{len(wrong)} true {family} claims contradicted, e.g. {wrong[:3]}"


@pytest.mark.parametrize("year", ELECTIONS)
def test_nothing_outside_the_claims_is_contradicted(
    results: dict[int, dict[str, dict[str, Any]]], year: int
) -> None:
    assert not results[year]["_stray"]["wrong"]


@pytest.mark.parametrize(("year", "family"), _cases(OPEN_PERTURBED))
def test_perturbed_claims_are_never_supported(
    results: dict[int, dict[str, dict[str, Any]]], year: int, family: str
) -> None:
    passed = results[year][family]["passed"]
    assert not passed, f"{len(passed)} false {family} claims supported, e.g. {passed[:3]}"


@pytest.mark.parametrize(("year", "family"), [(y, f) for y in ELECTIONS for f in FAMILIES])
def test_rates_stay_above_the_measured_floors(
    results: dict[int, dict[str, dict[str, Any]]], year: int, family: str
) -> None:
    st = results[year][family]
    assert st["true"] >= 20 and st["false"] >= 5, st  # every family is exercised
    floor = FLOORS.get(family, {})
    assert st["found"] / st["true"] >= floor.get("found", 0.0), st
    assert st["right"] / st["true"] >= floor.get("right", 0.0), st
    assert st["caught"] / st["false"] >= floor.get("caught", 0.0), st


def main(argv: list[str]) -> int:
    """Print the measured rates per election and family, and failing examples."""
    show = "-v" in argv
    for year in ELECTIONS:
        stats = measure(year)
        for family in FAMILIES:
            st = stats[family]
            print(
                f"{year} {family:9} true {st['true']:4} found {st['found'] / st['true']:6.1%} "
                f"right {st['right'] / st['true']:6.1%} wrong {len(st['wrong']):3} | false "
                f"{st['false']:3} caught {st['caught'] / st['false']:6.1%} "
                f"passed {len(st['passed']):3}"
            )
            if show:
                for t in st["wrong"][:4]:
                    print(f"    WRONG  {t}")
                for t in st["passed"][:4]:
                    print(f"    PASSED {t}")
        if stats["_stray"]["wrong"]:
            print(f"{year} stray contradictions: {stats['_stray']['wrong'][:5]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
