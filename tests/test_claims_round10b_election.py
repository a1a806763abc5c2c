"""Round 10b (ELECTION): which election a story is about when it quotes earlier results.

A story about election E, dated only by its dateline ("Leeds, Friday"), names earlier
results as comparisons: "won by N in 2010", "N votes last time", "her majority of N grew",
"overturning a majority of N". Those figures match the earlier election; read as evidence
for the story's own, they split it (or won outright) and every claim went ``uncertain``.
Now a figure dated by its own time is no evidence for the story's election, and a starting
point counts for the election after the one it matches (``psephos.claims.baselines``).

Every figure comes from the raw PSEPH files through ``tests/claims_corpus/_raw.py`` (never
psephos code); the stories are invented. Each class has a true case (the inference must
pick E), a mis-stated one (a baseline matching no election: no evidence either way) and an
out-of-data one (a 2024 figure as a starting point: there is no election after it); and a
story whose evidence is really split (two elections' own figures, a chronicle dated
paragraph by paragraph) must stay unsettled, never a wrong election.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from psephos.claims.baselines import figure_role, next_election
from tests.claims_corpus._raw import Seat, general

#: (the story's election, the general election before it)
PAIRS = ((2015, 2010), (2017, 2015), (2019, 2017), (2024, 2019))
YEARS = (2010, 2015, 2017, 2019, 2024)


def _report(text: str, db: Any) -> dict[str, Any]:
    from psephos.claims import check_text

    return check_text(text, db=db).to_dict()  # type: ignore[no-any-return]


def _unique(name: str, year: int) -> bool:
    """The seat's majority at ``year`` is its majority at no other general election under
    that name (so the figure matches one election only)."""
    mine = general(year)[name].majority
    return all(general(y)[name].majority != mine for y in YEARS if y != year and name in general(y))


def _pairs(year: int, before: int, held: bool) -> list[tuple[Seat, Seat]]:
    """(seat at ``year``, the seat of the same name at ``before``), both majorities unique
    to their election; ``held``: same winning party both times (else changed hands). In
    name order (deterministic); skips the Speaker's seats (no party fought them)."""
    old = general(before)
    out = []
    for s in sorted(general(year).values(), key=lambda s: s.name):
        o = old.get(s.name)
        if o is None or s.first == "Spk" or o.first == "Spk" or (o.first == s.first) != held:
            continue
        if s.majority > 0 and o.majority > 0 and _unique(s.name, year) and _unique(s.name, before):
            out.append((s, o))
    return out


def _story(*sentences: str) -> str:
    return "How the region voted\n\nLeeds, Friday\n\n" + " ".join(sentences) + "\n"


def _not_contradicted(rep: dict[str, Any]) -> None:
    bad = [c["text"] for c in rep["claims"] if c["verdict"] == "contradicted"]
    assert not bad, bad


def _baseline_story(year: int, before: int, k: int) -> str:
    """Story ``k`` about ``year``: one figure of its own, four of ``before`` as comparisons
    (dated by the year, by "last time", a starting point that grew or fell, a majority
    overturned)."""
    held = _pairs(year, before, True)[5 * k : 5 * k + 4]
    lost = _pairs(year, before, False)[k]
    (s1, _), (s2, o2), (s3, o3), (s4, o4) = held
    s5, o5 = lost
    verb = "grew" if s4.majority > o4.majority else "fell"
    return _story(
        f"{s1.winner_name} won {s1.name} by {s1.majority:,} votes.",
        f"In {s2.name}, won by {o2.majority:,} votes in {before}, the count ran late.",
        f"{s3.name} was held by {o3.majority:,} votes last time.",
        f"In {s4.name}, {s4.winner_name}'s majority of {o4.majority:,} {verb}.",
        f"{s5.winner_name} took {s5.name}, overturning a majority of {o5.majority:,}.",
    )


def test_baselines_leave_the_story_its_election(store_path: Any) -> None:
    """Four comparisons with the election before and one figure of E's own: the story is
    about E (before: the earlier election scored 21 against 5 and won, or split)."""
    for year, before in PAIRS:
        for k in range(3):
            rep = _report(_baseline_story(year, before, k), store_path)
            inf = rep["inference"]
            assert inf["election"] == f"ge{year}", (year, k, inf)
            _not_contradicted(rep)


def test_misstated_baselines_are_no_evidence(store_path: Any) -> None:
    """A starting point or dated figure that matches no election (each one off by 7 from the
    seat's majority before) adds nothing; the story's own figure settles it."""
    for year, before in PAIRS:
        (s1, _), (s2, o2), (s4, o4) = _pairs(year, before, True)[:3]
        wrong2, wrong4 = o2.majority + 7, o4.majority + 7
        rep = _report(
            _story(
                f"{s1.winner_name} won {s1.name} by {s1.majority:,} votes.",
                f"In {s2.name}, won by {wrong2:,} votes in {before}, the count ran late.",
                f"In {s4.name}, {s4.winner_name}'s majority of {wrong4:,} changed.",
            ),
            store_path,
        )
        inf = rep["inference"]
        assert inf["election"] == f"ge{year}", (year, inf)
        assert set(inf["scores"]) <= {f"ge{year}", f"ge{before}"}, inf


def test_a_2024_starting_point_has_no_election_after_it(store_path: Any) -> None:
    """Out of data: a majority overturned that matches 2024 points at an election after
    2024, which the store does not hold: no evidence at all (the default, said so)."""
    for s, _ in _pairs(2024, 2019, True)[:4]:
        rep = _report(
            _story(f"Someone overturned a majority of {s.majority:,} in {s.name}."), store_path
        )
        inf = rep["inference"]
        assert inf["scores"] == {}, inf
        assert inf["how"].startswith("no evidence"), inf


def test_two_elections_own_figures_stay_split(store_path: Any) -> None:
    """Really split: a figure of E's own and one of the election before, neither a
    comparison by its wording: no election is guessed."""
    for year, before in PAIRS:
        (s1, _), (_, o2) = _pairs(year, before, True)[:2]
        rep = _report(
            _story(
                f"{s1.winner_name} won {s1.name} by {s1.majority:,} votes.",
                f"{o2.winner_name} won {o2.name} by {o2.majority:,} votes.",
            ),
            store_path,
        )
        assert rep["inference"]["election"] is None, (year, rep["inference"])
        _not_contradicted(rep)


def test_a_chronicle_dated_paragraph_by_paragraph_stays_split(store_path: Any) -> None:
    """A chronicle opens each paragraph with its year ("In 2017 X won A by N."): the
    year dates that figure but is not a comparison; with one figure per election the
    evidence stays split (a year at the head of the sentence is not read as a baseline)."""
    for year, before in PAIRS:
        (s1, o1), (s2, o2) = _pairs(year, before, True)[:2]
        rep = _report(
            _story(
                f"In {before} {o1.winner_name} won {o1.name} by {o1.majority:,} votes.",
                f"In {year} {s2.winner_name} won {s2.name} by {s2.majority:,} votes.",
            ),
            store_path,
        )
        assert rep["inference"]["election"] is None, (year, rep["inference"])
        _not_contradicted(rep)


def test_this_time_keeps_the_figure(store_path: Any) -> None:
    """ "Last time ... this time X won by N": the figure after "this time" is the story's own
    and settles it."""
    for year, before in PAIRS:
        (s1, _), (_, o2) = _pairs(year, before, True)[2:4]
        rep = _report(
            _story(
                f"{o2.name} was held by {o2.majority:,} votes last time.",
                f"Last time it was close, but this time {s1.winner_name} won {s1.name} "
                f"by {s1.majority:,} votes.",
            ),
            store_path,
        )
        assert rep["inference"]["election"] == f"ge{year}", (year, rep["inference"])


# --- the figure's role, without the store ---------------------------------------------------


def _role(sentence: str, figure: str) -> str | None:
    folded = sentence.lower()
    at = folded.index(figure)
    return figure_role(folded, 0, len(folded), [at])


_NUM = st.integers(min_value=10, max_value=40_000).map(lambda n: f"{n:,}")
_YEAR = st.sampled_from([str(y) for y in YEARS + (1997, 2005)])


@settings(max_examples=60, deadline=None)
@given(_NUM, _YEAR, st.sampled_from(["held on by", "won by", "had a majority of"]))
def test_a_figure_with_its_own_year_after_it_is_dated(n: str, y: str, verb: str) -> None:
    assert _role(f"where she {verb} {n} in {y}, the vote fell", n) == "dated"
    assert _role(f"she {verb} {n} at the last election", n) == "dated"
    assert _role(f"she {verb} {n} five years ago", n) == "dated"


@settings(max_examples=60, deadline=None)
@given(
    _NUM,
    st.sampled_from(["grew", "fell", "was cut", "more than doubled", "has shrunk", "rose"]),
    st.sampled_from(["overturning", "overturned", "defending", "wiping out", "overcame"]),
)
def test_a_starting_point_is_a_baseline(n: str, change: str, undo: str) -> None:
    assert _role(f"her majority of {n} {change} on thursday", n) == "baseline"
    assert _role(f"he won, {undo} a majority of {n}", n) == "baseline"
    assert _role(f"held on by 900, up from {n}", n) == "baseline"


@settings(max_examples=60, deadline=None)
@given(_NUM, _YEAR)
def test_the_storys_own_figure_has_no_role(n: str, y: str) -> None:
    """The current figure: after the change ("grew to N"), with a comparison after it
    ("N, down from ..."), after a year that opens the sentence, after "this time"."""
    assert _role(f"her majority grew to {n}", n) is None
    assert _role(f"she won by {n}, down from 900", n) is None
    assert _role(f"in {y} she won by {n} votes", n) is None
    assert _role(f"last time she lost, but this time she won by {n}", n) is None


def test_next_election() -> None:
    import datetime as dt

    dates = {f"ge{y}": dt.date(y, 5, 1) for y in YEARS}
    assert next_election("ge2010", dates) == "ge2015"
    assert next_election("ge2019", dates) == "ge2024"
    assert next_election("ge2024", dates) is None
    assert next_election("ge1997", dates) is None


# --- the starting point's own claim: the majority at the election before ---------------------


def _start_cases(year: int, before: int, n: int) -> list[tuple[bool, str, str]]:
    """(true?, story, sentence): a story about ``year`` settled by two figures of its own,
    with "In SEAT, A's majority of N grew/fell." where N is the seat's majority at
    ``before`` (true; the member who won it both times) or 100 more, one digit changed as mis-stated figures are (false; a figure
    far from every reading is left uncertain by the guard: "another quantity")."""
    held = _pairs(year, before, True)
    (a, _), (b, _) = held[:2]
    own = (
        f"{a.winner_name} won {a.name} by {a.majority:,} votes. "
        f"{b.winner_name} won {b.name} by {b.majority:,} votes."
    )
    out = []
    # the same member both times: "A's majority" of a member who did not stand before is
    # rightly left uncertain
    same = [(s, o) for s, o in held[2:] if s.winner_name == o.winner_name]
    for s, o in same[:n]:
        verb = "grew" if s.majority > o.majority else "fell"
        for true, figure in ((True, o.majority), (False, o.majority + 100)):
            sentence = f"In {s.name}, {s.winner_name}'s majority of {figure:,} {verb}."
            out.append((true, _story(own, sentence), sentence))
    return out


def _verdicts(story: str, sentence: str, db: Any) -> set[str]:
    a = story.index(sentence)
    b = a + len(sentence)
    rep = _report(story, db)
    return {c["verdict"] for c in rep["claims"] if c["start"] < b and c["end"] > a}


def test_a_starting_point_is_checked_at_the_election_before(store_path: Any) -> None:
    """ "A's majority of N grew" in a story about E: N is the seat's majority at the
    election before (same boundaries). True: supported (before: uncertain, read at E);
    100 too many: called false (a twentieth may be left uncertain)."""
    wrong, missed, unsure = [], [], []
    cases = [c for year, before in PAIRS[:3] for c in _start_cases(year, before, 4)]
    for true, story, sentence in cases:
        v = _verdicts(story, sentence, store_path)
        if true and "contradicted" in v:
            wrong.append((sentence, v))
        if true and "supported" not in v:
            unsure.append((sentence, v))
        if not true and "contradicted" not in v:
            missed.append((sentence, v))
    assert not wrong, wrong
    assert len(unsure) <= len(cases) // 20, unsure
    assert len(missed) <= len(cases) // 20, missed


def test_a_2019_starting_point_in_a_2024_story_is_not_called_false(store_path: Any) -> None:
    """Out of data for a verdict: in a 2024 story the starting point is 2019's, on the old
    seat or the notional one; neither reading is refuted."""
    for true, story, sentence in _start_cases(2024, 2019, 4):
        assert "contradicted" not in _verdicts(story, sentence, store_path), (true, sentence)


@settings(max_examples=60, deadline=None)
@given(_NUM, st.sampled_from(["fell short", "grew", "was cut"]))
def test_a_change_in_the_next_clause_is_not_the_figures(n: str, change: str) -> None:
    """ "lost North Down by 7,305, and Long fell short ...": the comma after the figure ends
    it; the change in the next clause is another's (first try read the comma as part of the
    number and called the 2024 story's own figure a starting point)."""
    assert _role(f"farry lost the seat by {n}, and long {change} again", n) is None
