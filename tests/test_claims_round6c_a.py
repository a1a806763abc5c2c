"""Round 6c (WAVE-A): classes of TRUE claims called false because a frame was read wrong
(anaphora and set wording), each tested as a class over elections, areas and parties. Every
value comes from the raw official CSVs through ``tests/claims_corpus/_raw.py`` (never psephos
code); the sentences are invented.

- a pronoun after a sentence that names two parties ("... where the Conservatives polled more
  votes than Labour. In the South West they held 22 of the 43 seats") may mean either: a
  tight figure true of one of them is ``supported``, never ``contradicted``; after a sentence
  that names one party a false figure is still caught;
- "it" after a sentence about turnout that names no party ("The striking figure was turnout.
  It fell by 12 points to 59.4 per cent") is the turnout, not the party named before;
- a ratio's own object names its metric ("doubled their Welsh contingent": seats; "trebled
  the Liberal share": share), before any other word of the sentence;
- "N of the M seats ... stayed with the same party" is a count of seats of which that is
  said, never a party's total; "N of the M seats went to PARTY" is that party's total.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims_corpus._raw import ELECTIONS, hist_national, hist_turnout, seats_won
from tests.test_claims_sweep_wide import AREA

NAMES = {"Con": "the Conservatives", "Lab": "Labour", "LD": "the Liberal Democrats"}
REGIONS = [r for r in AREA if r not in ("Northern Ireland", "England", "UK")]


def _leaves(text: str, sentence: str, db: Any) -> list[Any]:
    from psephos.claims import check_text

    a = text.index(sentence)
    b = a + len(sentence)
    return [c for c in check_text(text, db=db).leaves() if c.claim.start < b and c.claim.end > a]


def _said(leaves: list[Any]) -> list[tuple[str, str, str]]:
    return [(c.verdict, c.claim.text, c.explanation[:200]) for c in leaves]


# --- a pronoun after a sentence naming two parties -----------------------------------------


def _two_party_cases() -> list[tuple[int, str, str, str, int, str]]:
    out = []
    for year in (2015, 2017, 2019, 2024):
        for region in REGIONS:
            won = seats_won(year, region=region)  # PSEPH winners from the raw CSVs
            top = [p for p, _ in won.most_common() if p in NAMES][:2]
            if len(top) < 2 or won[top[0]] == won[top[1]]:
                continue
            a, b = top  # a: the first party of the sentence before; b: the other
            out.append((year, region, a, b, won[b], "supported"))  # the other party's count
            out.append((year, region, a, b, won[a], "supported"))  # the first party's count
            out.append((year, region, a, b, max(won[a], won[b]) + 3, "uncertain"))  # neither's
    return out


def _two_party_story(year: int, region: str, a: str, b: str, body: str) -> str:
    other = "London" if region != "London" else "the South East"
    return (
        f"{NAMES[a][0].upper()}{NAMES[a][1:]} did well at the {year} general election.\n\n"
        f"{NAMES[a][0].upper()}{NAMES[a][1:]} lost ground in {other}, and {other} was where "
        f"{NAMES[b]} polled more votes than {NAMES[a]}. {body}"
    )


@pytest.mark.parametrize(("year", "region", "a", "b", "k", "want"), _two_party_cases())
def test_a_pronoun_after_two_parties_may_mean_either(
    store_path: object, year: int, region: str, a: str, b: str, k: int, want: str
) -> None:
    m = sum(seats_won(year, region=region).values())
    body = f"In {AREA[region]} they held {k} of the {m} seats."
    leaves = _leaves(_two_party_story(year, region, a, b, body), body, store_path)
    seats = [c for c in leaves if c.claim.kind == "seats"]
    assert seats, _said(leaves)
    assert {c.verdict for c in seats} == {want}, _said(seats)


@pytest.mark.parametrize("year", [2015, 2017, 2019, 2024])
def test_a_pronoun_after_one_party_still_catches_a_false_count(
    store_path: object, year: int
) -> None:
    caught = 0
    for region in REGIONS:
        won = seats_won(year, region=region)
        top = [p for p, _ in won.most_common() if p in NAMES][:2]
        if len(top) < 2 or won[top[0]] == won[top[1]]:
            continue
        a = top[0]
        m, k = sum(won.values()), won[top[0]] + 2  # no party's count (checked below)
        if k in won.values() or k > m:
            continue
        body = f"In {AREA[region]} they held {k} of the {m} seats."
        text = (
            f"{NAMES[a][0].upper()}{NAMES[a][1:]} did well at the {year} general election.\n\n"
            f"{NAMES[a][0].upper()}{NAMES[a][1:]} lost ground in some places. {body}"
        )
        seats = [c for c in _leaves(text, body, store_path) if c.claim.kind == "seats"]
        assert seats and "supported" not in {c.verdict for c in seats}, _said(seats)
        caught += {c.verdict for c in seats} == {"contradicted"}
    assert caught >= 3


# --- "it" = turnout, named in the sentence before -----------------------------------------


def _turnout_cases() -> list[tuple[str, float, float, bool]]:
    out = []
    plain = [e for e in ELECTIONS if e.isdigit() and int(e) >= 1922]
    for e in plain:
        i = ELECTIONS.index(e)
        now, before = 100 * hist_turnout(e), 100 * hist_turnout(ELECTIONS[i - 1])  # CBP-8647
        if abs(now - before) < 1:
            continue
        out.append((e, now, now - before, True))
        out.append((e, now + 4.0, now - before, False))  # the level four points off
    return out


@pytest.mark.parametrize(("year", "level", "change", "true"), _turnout_cases())
def test_it_after_a_sentence_about_turnout_is_the_turnout(
    store_path: object, year: str, level: float, change: float, true: bool
) -> None:
    """Read as the turnout: the same verdicts as the sentence that names turnout itself
    (whose own checks are other tests'), and a level four points off is never supported."""
    verb = "fell" if change < 0 else "rose"
    said = f"{verb} by {abs(change):.1f} points to {level:.1f} per cent."
    lead = (
        f"Labour and the Conservatives fought hard at the {year} general election. The Liberal "
        f"Democrats were squeezed.\n\nThe striking figure was turnout. "
    )
    leaves = _leaves(lead + "It " + said, "It " + said, store_path)
    named = _leaves(lead + "Turnout " + said, "Turnout " + said, store_path)
    assert leaves and all(c.claim.frame.subject.kind != "party" for c in leaves), _said(leaves)
    assert sorted(c.verdict for c in leaves) == sorted(c.verdict for c in named), (
        _said(leaves),
        _said(named),
    )
    level_claims = [c for c in leaves if c.claim.frame.measure == "turnout"]
    assert level_claims, _said(leaves)
    if not true:
        assert "supported" not in {c.verdict for c in level_claims}, _said(leaves)


def _record_cases() -> list[tuple[str, str]]:
    out = []
    for i, e in enumerate(ELECTIONS):
        if not e.isdigit() or i < 2:
            continue
        now = hist_turnout(e)
        lower = [f for f in ELECTIONS[:i] if hist_turnout(f) <= now]
        if lower and lower[-1].isdigit() and lower[-1] != ELECTIONS[i - 1]:
            out.append((e, lower[-1]))  # the last election with a turnout as low or lower
    return out


@pytest.mark.parametrize(("year", "since"), _record_cases())
def test_its_record_after_a_sentence_about_turnout_is_the_turnouts(
    store_path: object, year: str, since: str
) -> None:
    body = f"It was the lowest since {since}."
    text = (
        f"Labour fought hard at the {year} general election.\n\n"
        f"The striking figure was turnout. {body}"
    )
    leaves = _leaves(text, body, store_path)
    named = _leaves(text.replace(body, body.replace("It", "Turnout")), body[2:], store_path)
    assert leaves and all(c.claim.frame.metric == "turnout" for c in leaves), _said(leaves)
    assert [c.verdict for c in leaves] == [c.verdict for c in named], (_said(leaves), _said(named))
    assert "contradicted" not in {c.verdict for c in leaves}, _said(leaves)


# --- a ratio's object names its metric ------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "metric"),
    [
        ("won three seats and doubled its share of the vote", "share"),
        ("won 40 seats and nearly trebled the Liberal share of four years before", "share"),
        ("doubled their Welsh contingent to four", "seats"),
        ("doubled its tally of MPs", "seats"),
        ("doubled its haul of seats", "seats"),
        ("more than doubled its number of MPs", "seats"),
        ("won ten seats and doubled its vote share", "share"),
        ("trebled its parliamentary representation", "seats"),
    ],
)
def test_a_ratio_reads_the_metric_its_object_names(
    store_path: object, phrase: str, metric: str
) -> None:
    text = f"At the 2017 general election the Liberal Democrats {phrase}."
    ratios = [c for c in _leaves(text, text, store_path) if c.claim.frame.measure == "ratio"]
    assert ratios and {c.claim.frame.metric for c in ratios} == {metric}, [
        (c.claim.text, c.claim.frame.metric) for c in ratios
    ]


_GROUP = {"con": "the Conservatives", "lab": "Labour"}


def _ratio_cases() -> list[tuple[str, str, str, int, int]]:
    out = []
    for region in ("Scotland", "Wales", "South West", "London", "North West"):
        for i in range(1, len(ELECTIONS)):
            e, prev = ELECTIONS[i], ELECTIONS[i - 1]
            if not (e.isdigit() and prev.isdigit()):
                continue
            now, before = hist_national(e, region), hist_national(prev, region)  # CBP-8647
            for g in ("con", "lab", "lib"):
                if g == "lib" and int(e) < 1992:
                    continue
                n, p = int(now.get("won_" + g, 0)), int(before.get("won_" + g, 0))
                # true, or a ratio of 1.1 to 1.34 (well under the guard's factor of two)
                if p >= 1 and n == 2 * p or p >= 3 and 1.1 <= n / p <= 1.34:
                    out.append((e, region, g, p, n))
    return out


@pytest.mark.parametrize(("year", "region", "group", "before", "now"), _ratio_cases())
def test_doubled_a_contingent_is_a_seat_ratio(
    store_path: object, year: str, region: str, group: str, before: int, now: int
) -> None:
    party = _GROUP.get(group, "the Liberal Democrats")
    body = f"In {AREA.get(region, region)}, {party} doubled their contingent to {now}."
    text = f"The {year} general election was fought across Britain.\n\n{body}"
    ratios = [c for c in _leaves(text, body, store_path) if c.claim.frame.measure == "ratio"]
    assert ratios and all(c.claim.frame.metric == "seats" for c in ratios), _said(ratios)
    want = "supported" if now == 2 * before else "contradicted"
    assert {c.verdict for c in ratios} == {want}, _said(ratios)


# --- "N of the M seats" as the subject of its own clause ------------------------------------


def _set_cases() -> list[tuple[int, str, str, str, int, int]]:
    out = []
    for year in (2015, 2017, 2019):
        for region in REGIONS:
            won = seats_won(year, region=region)
            top = [p for p, _ in won.most_common() if p in NAMES][:2]
            if len(top) < 2:
                continue
            out.append((year, region, top[0], top[1], won[top[1]], sum(won.values())))
    return out


@pytest.mark.parametrize(("year", "region", "a", "b", "kb", "m"), _set_cases())
def test_n_of_the_seats_that_stayed_is_not_a_party_total(
    store_path: object, year: int, region: str, a: str, b: str, kb: int, m: int
) -> None:
    won = set(seats_won(year, region=region).values())  # no party's count is a false one
    lead = f"At the {year} general election {NAMES[a]} won seats everywhere.\n\n"
    for k in (m - 1, m - 3, kb + 1):
        body = (
            f"{NAMES[a][0].upper()}{NAMES[a][1:]} made gains, and {k} of the {m} seats in "
            f"{AREA[region]} stayed with the same party as before."
        )
        leaves = _leaves(lead + body, body, store_path)
        assert "contradicted" not in {c.verdict for c in leaves}, _said(leaves)
        assert "supported" not in {c.verdict for c in leaves}, _said(leaves)
    # a false count within the guard's factor of two is caught
    for k, want in (
        (kb, "supported"),
        (kb + 2, "contradicted") if kb >= 2 and kb + 2 not in won else (kb, ""),
    ):
        if not want:
            continue
        body = (
            f"{NAMES[a][0].upper()}{NAMES[a][1:]} made gains, and {k} of the {m} seats in "
            f"{AREA[region]} went to {NAMES[b]}."
        )
        seats = [c for c in _leaves(lead + body, body, store_path) if c.claim.kind == "seats"]
        assert seats and {c.verdict for c in seats} == {want}, _said(seats)


# --- a story on one nation keeps it past an adjective of the nation -------------------------

ADJ = {"Scotland": "Scottish", "Wales": "Welsh"}


def _nation_cases() -> list[tuple[int, str, str, str, int, int]]:
    out = []
    for year in (2015, 2017, 2019):
        for nation in ADJ:
            here, uk = seats_won(year, region=nation), seats_won(year)  # PSEPH winners
            parties = [p for p, n in here.most_common() if p in NAMES and n != uk[p]]
            if len(parties) < 2:
                continue
            a, b = parties[0], parties[1]
            out.append((year, nation, a, b, here[b], uk[b]))
    return out


@pytest.mark.parametrize(("year", "nation", "a", "b", "here", "uk"), _nation_cases())
def test_a_nation_adjective_does_not_end_the_story_on_that_nation(
    store_path: object, year: int, nation: str, a: str, b: str, here: int, uk: int
) -> None:
    m = sum(seats_won(year, region=nation).values())
    lead = (
        f"The {year} general election in {nation}\n\nThe {year} general election is "
        f"remembered in {nation} as a turning point.\n\n{NAMES[a][0].upper()}{NAMES[a][1:]} "
        f"won most of the {m} {ADJ[nation]} seats.\n\n"
    )
    for n, want in ((here, "supported"), (uk, "")):
        body = f"The other story was {NAMES[b]}. It won {n} seats."
        seats = [c for c in _leaves(lead + body, body, store_path) if c.claim.kind == "seats"]
        assert seats, _said(seats)
        if want:
            assert {c.verdict for c in seats} == {want}, _said(seats)
            assert all(c.claim.frame.scope.name == nation for c in seats), _said(seats)
        else:  # the UK total is not the nation's
            assert "supported" not in {c.verdict for c in seats}, _said(seats)
