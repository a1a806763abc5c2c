"""The safeguard (claims/safeguard.py, docs/claims.md "Safeguard (round 7)"): a last, general
check before a claim is called false.

- on a reading that took its subject, area or election from outside the claim's sentence, a
  stated value that is no plausible copy error of any figure read (not near it, not doubled
  or halved, not its digits transposed or one changed) is not called false: the words most
  likely mean another quantity; a near figure, a transposed one or one digit off is still
  caught, and so is any figure of a claim whose slots are all in its own sentence;
- a time phrase after the claim in its clause that the reading did not use ("had a majority of
  N there two years ago") leaves it uncertain;
- an area named in the clause of a claim whose reading took no area ("the narrowest result in
  the East") leaves it uncertain;
- a person read in a seat they did not stand in is not called false;
- only ``contradicted`` verdicts change, and a compound is judged on its parts.

Seat values come from the raw official CSVs through ``tests/claims_corpus/_raw.py`` (never
psephos code); the sentences are invented.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psephos.claims import safeguard as sg
from psephos.claims.model import CheckedClaim, Claim
from tests.claims_corpus._raw import general

# --- copy errors: what wrong figures in copy look like ---------------------------------------


@given(st.integers(min_value=10, max_value=10**7), st.data())
def test_transposed_digits_are_a_copy_error(n: int, data: st.DataObject) -> None:
    digits = list(str(n))
    i = data.draw(st.integers(min_value=0, max_value=len(digits) - 2))
    digits[i], digits[i + 1] = digits[i + 1], digits[i]
    swapped = int("".join(digits))
    if len(str(swapped)) == len(str(n)):  # no leading zero
        assert sg.copy_error(swapped, n)


@given(st.integers(min_value=100, max_value=10**7), st.data())
def test_one_digit_changed_is_a_copy_error(n: int, data: st.DataObject) -> None:
    digits = list(str(n))
    i = data.draw(st.integers(min_value=1, max_value=len(digits) - 1))
    digits[i] = data.draw(st.sampled_from([d for d in "0123456789" if d != digits[i]]))
    assert sg.copy_error(int("".join(digits)), n)


@given(st.floats(min_value=0.5, max_value=10**6), st.floats(min_value=0.8, max_value=1.25))
def test_a_near_figure_is_a_copy_error(true: float, factor: float) -> None:
    assert sg.copy_error(true * factor, true)


@given(st.integers(min_value=1, max_value=10**6), st.sampled_from([2.0, 0.5]))
def test_a_doubled_or_halved_figure_is_a_copy_error(true: int, factor: float) -> None:
    assert sg.copy_error(true * factor, true)


@given(
    st.integers(min_value=40, max_value=10**6),
    st.floats(min_value=1.4, max_value=1.85) | st.floats(min_value=2.2, max_value=20),
)
def test_a_far_figure_is_not(true: int, factor: float) -> None:
    """Neither near, nor doubled, nor the same digits: not a copy error."""
    stated = round(true * factor)
    if sorted(str(stated)) != sorted(str(true)) and len(str(stated)) != len(str(true)):
        assert not sg.copy_error(stated, true)


# --- only contradicted verdicts change ---------------------------------------------------


def _claim(
    verdict: str, *, kind: str = "majority", parts: list[CheckedClaim] | None = None
) -> CheckedClaim:
    c = Claim(1, kind, "won by 1,234", 0, 12, 0, {"numbers": ["1,234"]}, None, None)
    return CheckedClaim(c, verdict, "why", parts=parts or [])  # type: ignore[arg-type]


@pytest.mark.parametrize("verdict", ["supported", "uncertain", "depends", "not_checkable"])
def test_other_verdicts_are_untouched(monkeypatch: pytest.MonkeyPatch, verdict: str) -> None:
    monkeypatch.setattr(sg, "reason", lambda *a, **k: "a doubt")
    c = _claim(verdict)
    assert sg.safeguard("won by 1,234", c) is c


def test_a_compound_is_judged_on_its_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sg, "reason", lambda *a, **k: "a doubt")
    parts = [_claim("contradicted"), _claim("supported")]
    out = sg.safeguard("won by 1,234", _claim("contradicted", kind="compound", parts=parts))
    assert out.verdict == "uncertain"
    assert [p.verdict for p in out.parts] == ["uncertain", "supported"]
    assert "a doubt" in out.explanation


# --- the checker calls it where the verdict is final ---------------------------------------


def _check(text: str, db: Any) -> list[Any]:
    from psephos.claims import check_text

    return check_text(text, db=db).leaves()


def _seats(year: int, n: int) -> list[Any]:
    """``n`` seats of a general election, spread over the file (not one region's)."""
    seats = sorted(general(year).values(), key=lambda s: s.code)
    step = max(1, len(seats) // n)
    return [s for s in seats[::step] if s.majority >= 1000 and s.ranked()][:n]


def _transposed(n: int) -> int:
    """``n`` with its two middle digits swapped (a different number of the same length)."""
    d = list(str(n))
    for i in range(len(d) - 2, 0, -1):
        if d[i] != d[i + 1]:
            d[i], d[i + 1] = d[i + 1], d[i]
            return int("".join(d))
    return n + 1


def test_the_check_is_applied_before_a_verdict_is_final(
    store_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    seat = _seats(2019, 1)[0]
    w = seat.ranked()[0]
    text = (
        f"At the 2019 general election {w.first} {w.surname} held {seat.name} "
        f"with a majority of {_transposed(seat.majority):,}."
    )
    assert "contradicted" in {c.verdict for c in _check(text, store_path)}
    monkeypatch.setattr(sg, "CHOSEN", {"always": lambda *a: "a test doubt"})
    got = [c for c in _check(text, store_path) if c.claim.kind == "majority"]
    assert got and {c.verdict for c in got} == {"uncertain"}
    assert all("Not called false: a test doubt" in c.explanation for c in got)


# --- plainly false claims, everything resolved, stay false --------------------------------

FALSE_CASES = [
    (year, seat.name, seat.majority)
    for year in (2010, 2015, 2017, 2019, 2024)
    for seat in _seats(year, 4)
]


@pytest.mark.parametrize(("year", "name", "majority"), FALSE_CASES)
def test_a_wrong_figure_in_the_copy_is_still_caught(
    store_path: object, year: int, name: str, majority: int
) -> None:
    """A majority with two digits transposed, and one off by a tenth, each of a seat the
    sentence names at the election it names: still contradicted."""
    seat = general(year)[name]
    w = seat.ranked()[0]
    for wrong in (_transposed(majority), round(majority * 1.1)):
        text = (
            f"At the {year} general election {w.first} {w.surname} held {seat.name} "
            f"with a majority of {wrong:,}."
        )
        got = [c for c in _check(text, store_path) if c.claim.kind == "majority"]
        assert got and {c.verdict for c in got} == {"contradicted"}, (
            text,
            [(c.verdict, c.explanation) for c in got],
        )


# --- a time phrase the reading did not use ------------------------------------------------


def _time_cases() -> list[tuple[int, int, str]]:
    out = []
    for year, before in ((2017, 2015), (2019, 2017)):
        then = general(before)
        for seat in _seats(year, 40):
            old = then.get(seat.name)
            if old is None or old.code != seat.code or not old.ranked():
                continue
            if old.ranked()[0].surname != seat.ranked()[0].surname:
                continue
            a, b = seat.majority, old.majority
            if max(a, b) > 1.6 * min(a, b):  # far apart: no copy error of each other
                out.append((year, before, seat.name))
    return out[:12]


@pytest.mark.parametrize(("year", "before", "name"), _time_cases())
def test_a_figure_dated_after_the_claim_is_never_called_false(
    store_path: object, year: int, before: int, name: str
) -> None:
    """ "X had a majority of N there two years ago": N is the earlier election's (true); the
    claim is never called false, whether or not the phrase is read."""
    seat, old = general(year)[name], general(before)[name]
    w = seat.ranked()[0]
    gap = year - before
    words = {2: "two", 3: "three", 4: "four", 5: "five"}[gap]
    text = (
        f"At the {year} general election {w.first} {w.surname} held {seat.name} "
        f"with a majority of {seat.majority:,}; {w.surname} had a majority of "
        f"{old.majority:,} there {words} years ago."
    )
    got = _check(text, store_path)
    said = [(c.verdict, c.claim.text, c.explanation[:160]) for c in got]
    assert all(c.verdict != "contradicted" for c in got), said


# --- the checks themselves, on claims as the report gives them -----------------------------


def _report_claim(**kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "kind": "share",
        "text": "",
        "start": 0,
        "end": 0,
        "params": {"numbers": [], "election": {"how": "the story's election (ge2024)"}},
        "stated": None,
        "frame": {"comparator": "eq", "scope": {}, "subject": {}},
        "evidence": [],
        "explanation": "",
    }
    base.update(kw)
    return base


@pytest.mark.parametrize(
    ("area", "sentence"),
    [
        (a, s)
        for a, s in itertools.product(
            ["the East", "Wales", "the region", "Scotland", "the North West"],
            [
                "{seat} was won by 20 votes, the narrowest result in {area}.",
                "{seat} had the lowest turnout in {area}, under half.",
            ],
        )
    ],
)
def test_an_area_the_reading_did_not_use(area: str, sentence: str) -> None:
    text = sentence.format(seat="Anytown North", area=area)
    start = text.index("the ", len("Anytown North"))
    c = _report_claim(
        kind="superlative",
        text=text[start:],
        start=start,
        end=len(text) - 1,
        frame={"comparator": "least", "scope": {"level": "uk", "how": "no area named: every seat"}},
    )
    assert sg.area_elsewhere(c, text, []) is not None
    # read in the area the words name, nothing is left unused
    c["frame"]["scope"] = {"level": "region", "how": "'the region' in the claim"}
    assert sg.area_elsewhere(c, text, []) is None


def test_an_area_inside_a_party_name_is_not_an_area() -> None:
    text = "Clacton, where Reform UK won, is the fifth oldest."
    start = text.index("the fifth")
    c = _report_claim(
        kind="rank",
        text=text[start:-1],
        start=start,
        end=len(text) - 1,
        frame={
            "comparator": "nth_most",
            "scope": {"level": "uk", "how": "no area named: every seat"},
        },
    )
    mention = {"kind": "party", "start": text.index("Reform UK"), "end": text.index(" won")}
    assert sg.area_elsewhere(c, text, [mention]) is None


@pytest.mark.parametrize(
    "phrase", ["two years ago", "at the previous election", "in 2017", "four years earlier"]
)
def test_a_time_phrase_after_a_level(phrase: str) -> None:
    text = f"Jane Doe had a majority of 2,523 there {phrase}."
    end = text.index(" there")
    c = _report_claim(kind="majority", text=text[:end], start=0, end=end)
    assert sg.time_after(c, text, []) is not None
    # a change or record takes its own second time; a later figure takes the phrase
    assert sg.time_after({**c, "kind": "change"}, text, []) is None
    text2 = f"Jane Doe had a majority of 2,523, up from 1,100 {phrase}."
    assert sg.time_after(c, text2, []) is None


def test_a_comparison_year_is_not_a_time_phrase() -> None:
    text = "Turnout was 58.5 per cent, a shade higher than in 2010."
    c = _report_claim(kind="turnout", text=text[:24], start=0, end=24)
    assert sg.time_after(c, text, []) is None


@pytest.mark.parametrize(
    ("stated", "true", "far"),
    [
        (2523, 3690, True),
        (15, 22, True),
        (5977, 5797, False),
        (96, 69, False),
        (43, 45, False),
        (8, 6, False),
    ],
)
@pytest.mark.parametrize(
    "outside",
    [
        {"subject": {"how": "'they' refers to the party the story is on (Labour)"}},
        {"scope": {"how": "the sentence names no seat: the last seat named (Anytown)"}},
        {"scope": {"how": "the paragraph is on Wales (named earlier in it)"}},
    ],
)
def test_far_figure(stated: float, true: float, far: bool, outside: dict[str, Any]) -> None:
    """On a reading that took a slot from outside the sentence, a far figure is left
    uncertain and a copy error is not."""
    frame = {"comparator": "eq", "unit": "seats", "scope": {}, "subject": {}, **outside}
    c = _report_claim(
        kind="seats",
        stated={"text": f"{stated}", "value": stated},
        frame=frame,
        evidence=[{"value": true, "verdict": "contradicted"}],
    )
    assert (sg.far_figure(c, "", []) is not None) is far
    # a bound ("more than N") is not judged by its distance
    c["frame"]["comparator"] = "gt"
    assert sg.far_figure(c, "", []) is None


@pytest.mark.parametrize(("stated", "true"), [(2523, 3690), (15, 22), (36, 21)])
def test_a_far_figure_with_every_slot_in_the_sentence_stays_false(
    stated: float, true: float
) -> None:
    c = _report_claim(
        kind="majority",
        stated={"text": f"{stated}", "value": stated},
        frame={
            "comparator": "eq",
            "unit": "votes",
            "scope": {"how": "named in the claim"},
            "subject": {"how": "named before the claim in the sentence; exact name"},
        },
        evidence=[{"value": true, "verdict": "contradicted"}],
    )
    assert sg.far_figure(c, "", []) is None


def test_a_share_held_as_a_fraction_is_compared_on_the_stated_scale() -> None:
    c = _report_claim(
        stated={"text": "31.4", "value": 31.4},
        frame={
            "comparator": "eq",
            "unit": "percent",
            "scope": {"how": "the paragraph is about Anytown"},
            "subject": {},
        },
        evidence=[{"value": 0.302, "verdict": "contradicted"}],
    )
    assert sg.far_figure(c, "", []) is None  # 30.2 per cent: near
    c["evidence"] = [{"value": 0.202, "verdict": "contradicted"}]
    assert sg.far_figure(c, "", []) is not None  # 20.2 per cent: far


def test_a_person_read_in_another_seat() -> None:
    c = _report_claim(
        kind="majority",
        frame={
            "comparator": "eq",
            "scope": {"seat": {"name": "Seat A", "ons_code": "E1", "codes": {"2024": "E1"}}},
            "subject": {"kind": "candidate", "candidate": {"name": "Jane Doe", "ons_code": "E2"}},
        },
    )
    assert sg.seat_mismatch(c, "", []) is not None
    c["frame"]["subject"]["candidate"]["ons_code"] = "E1"
    assert sg.seat_mismatch(c, "", []) is None


# --- a place the checker does not know ------------------------------------------------------


def _ampersand_cases() -> list[tuple[int, str]]:
    """Seats whose official name has " and ", as copy often writes them with "&", a few per
    general election 2010-2024."""
    out = []
    for year in (2010, 2015, 2017, 2019, 2024):
        names = sorted(n for n in general(year) if " and " in n)
        out += [(year, n) for n in names[:: max(1, len(names) // 3)][:3]]
    return out


@pytest.mark.parametrize(("year", "name"), _ampersand_cases())
def test_a_seat_spelt_another_way_is_never_judged_for_the_uk(
    store_path: object, year: int, name: str
) -> None:
    """'turnout in A & B was T per cent', T the seat's true turnout (valid votes over the
    electorate, from the raw file): read for the UK (the reading found no seat) it would be
    called false; the clause names a place, so it is never contradicted."""
    seat = general(year)[name]
    turnout = 100 * seat.valid / seat.electorate
    text = (
        f"At the {year} general election turnout in {name.replace(' and ', ' & ')} "
        f"was {turnout:.1f} per cent."
    )
    got = _check(text, store_path)
    assert "contradicted" not in {c.verdict for c in got}, [(c.verdict, c.explanation) for c in got]


@pytest.mark.parametrize("place", ["Anytown Central", "Glasgow Foo", "Port Madeup-upon-Sea"])
def test_an_unknown_place_after_in_is_a_doubt(place: str) -> None:
    text = f"At the 2001 general election turnout in {place} was 48.5 per cent."
    start = text.index("turnout")
    c = _report_claim(
        kind="turnout",
        text=text[start:],
        start=start,
        end=len(text) - 1,
        frame={
            "comparator": "eq",
            "scope": {"level": "uk", "how": "no seat or area named: the UK"},
        },
    )
    assert sg.place_unread(c, text, []) is not None
    # a place the reading knows (a mention covers it) leaves nothing unread
    at = text.index(place)
    assert sg.place_unread(c, text, [{"start": at, "end": at + len(place)}]) is None
    # nor does a month, or an institution
    for words in ("in May", "in Parliament", "at Westminster"):
        other = f"Turnout {words} was 48.5 per cent."
        o = dict(c, text=other, start=0, end=len(other) - 1)
        assert sg.place_unread(o, other, []) is None, words


# --- round 8: a gap the reading took for a level; a superlative's seat ----------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("{p} finished second in {s}, {n} votes behind the winner.", "{n} votes"),
        ("{p} came second in {s}, just {n} votes short.", "{n} votes"),
        ("{p} lost {s} by {n} votes.", "{n} votes"),
        ("{p} won 15 seats, far more than anyone else in {s}.", "15 seats"),
    ],
)
@pytest.mark.parametrize(
    ("party", "seat", "n"), [("Labour", "Anytown", "2,812"), ("Reform UK", "Seat B", "187")]
)
def test_a_gap_read_as_a_level(sentence: str, figure: str, party: str, seat: str, n: str) -> None:
    text = sentence.format(p=party, s=seat, n=n)
    said = figure.format(n=n)
    start = text.index(said)
    kind = "seats" if "seats" in said else "votes"
    c = _report_claim(
        kind=kind,
        text=said,
        start=start,
        end=start + len(said),
        stated={"text": said.split()[0], "value": float(said.split()[0].replace(",", ""))},
    )
    assert sg.gap_word(c, text, []) is not None
    # the same figure as a level ("won 2,812 votes in Anytown") leaves nothing unused
    plain = f"{party} won {said} in {seat}."
    at = plain.index(said)
    assert sg.gap_word(dict(c, start=at, end=at + len(said)), plain, []) is None
    # a gap is a majority's own words: a majority is not a level
    assert sg.gap_word(dict(c, kind="majority"), text, []) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Anytown had the highest turnout in the country, above {f} per cent.",
        "Turnout was lowest in Seat B, at {f} per cent.",
        "Its best result was in Seat C, with almost {f} per cent.",
    ],
)
def test_a_figure_after_a_superlative_of_a_place(sentence: str) -> None:
    text = sentence.format(f="58.2")
    start = text.index("58.2")
    c = _report_claim(
        kind="turnout",
        text=text[start:-1],
        start=start,
        end=len(text) - 1,
        stated={"text": "58.2", "value": 58.2},
        frame={"comparator": "eq", "scope": {"level": "uk", "how": "no area named"}, "subject": {}},
    )
    assert sg.superlative_left(c, text, []) is not None
    # read for the seat itself, nothing is left: the figure is the seat's
    c["frame"]["scope"] = {"level": "seat", "seat": {"name": "Anytown"}}
    assert sg.superlative_left(c, text, []) is None


def test_a_superlative_of_a_time_is_the_subjects_own() -> None:
    text = "Labour won its highest share since 1997, 43.2 per cent."
    start = text.index("43.2")
    c = _report_claim(
        kind="share",
        text=text[start:-1],
        start=start,
        end=len(text) - 1,
        stated={"text": "43.2", "value": 43.2},
        frame={"comparator": "eq", "scope": {"level": "uk", "how": "no area named"}, "subject": {}},
    )
    assert sg.superlative_left(c, text, []) is None


@pytest.mark.parametrize(
    ("year", "name"), [(y, s.name) for y in (2015, 2019, 2024) for s in _seats(y, 3)]
)
def test_a_runner_up_behind_by_the_majority_is_never_called_false(
    store_path: object, year: int, name: str
) -> None:
    """'R finished second in S, N votes behind W', N the seat's true majority (raw file): a
    true gap; read as R's votes it would be called false, so it never is."""
    seat = general(year)[name]
    w, r = seat.ranked()[0], seat.ranked()[1]
    text = (
        f"At the {year} general election {r.first} {r.surname} finished second in {seat.name}, "
        f"{seat.majority:,} votes behind {w.first} {w.surname}."
    )
    got = _check(text, store_path)
    assert "contradicted" not in {c.verdict for c in got}, [(c.verdict, c.explanation) for c in got]


# --- the speed paths give what the scans gave ---------------------------------------------

_PIECES = st.sampled_from(
    [
        "Labour",
        " won ",
        ". ",
        ".\n",
        "\n",
        "! ",
        "? ",
        '." ',
        "\u201d ",
        "A",
        "9",
        " ",
        "in the East",
        ", ",
        "; ",
        " - ",
        "(",
        ")",
        "x",
        "'",
        "Wales",
    ]
)


@given(st.lists(_PIECES, max_size=80), st.data())
def test_sentence_span_is_the_scan(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    assert sg.sentence_span(text, start, end) == sg._sentence_span_scan(text, start, end)


@given(st.lists(_PIECES, max_size=80), st.data())
def test_the_mention_index_gives_the_same_reasons(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    n = len(text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, 30)), max_size=12))
    mentions = [{"start": s, "end": min(n, s + k), "kind": "party"} for s, k in spans]
    start = data.draw(st.integers(min_value=0, max_value=n))
    end = data.draw(st.integers(min_value=start, max_value=n))
    c = _report_claim(
        kind="turnout",
        text=text[start:end],
        start=start,
        end=end,
        frame={"comparator": "eq", "scope": {"level": "uk", "how": "no area named"}, "subject": {}},
    )
    index = sg.MentionIndex(mentions)
    for check in (sg.area_elsewhere, sg.place_unread):
        assert check(c, text, mentions) == check(c, text, index)
