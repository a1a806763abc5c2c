"""Round 10 (FOUND): classes of phrasing the checker never found (docs/claims.md, "Round 10:
claims never found"), each swept over seats of the general elections 2010-2019 with invented
sentences. Every figure comes from the raw PSEPH files through ``tests/claims_corpus/_raw.py``
(``constituencies.csv`` column 17 is the majority; never psephos code).

For each class: a true sentence is found (a claim covers its figure), is never
``contradicted``, and is ``supported`` (a tenth may be left uncertain); the same sentence with one digit of
the figure changed is caught (a tenth may be left uncertain); a sentence out of
the data (an invented seat, an election not held) is found but ``uncertain``, never judged.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from tests.claims_corpus._raw import Seat, general
from tests.test_claims_sweep import PARTY

SEED = 20261202
PAIRS = ((2010, 2015), (2015, 2017), (2017, 2019))
PER_PAIR = 8


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _n(x: int) -> str:
    return f"{x:,}"


def _false(x: int) -> int:
    """``x`` with one digit changed (the hundreds, or the tens under 1,000), as a wrong
    figure in coverage usually is; the checker calls far-off figures uncertain on purpose
    (they may be another quantity), so a changed digit is the false twin that must be caught."""
    step = 100 if x >= 1000 else 10
    return x + (step if (x // step) % 10 != 9 else -step)


def _same_winner(before: int, after: int) -> list[tuple[Seat, Seat]]:
    """Seats (same name, same boundaries) won by the same person at both elections, whose
    party the sweep can name; sorted by name, then a fixed sample."""
    a, b = general(before), general(after)
    out = []
    for name in sorted(set(a) & set(b)):
        s0, s1 = a[name], b[name]
        w0, w1 = s0.ranked()[0], s1.ranked()[0]
        if w0.name == w1.name and w1.party in PARTY and s0.majority != s1.majority:
            out.append((s0, s1))
    random.Random(f"{SEED}-{before}-{after}").shuffle(out)
    return out[:PER_PAIR]


def _gains(before: int, after: int) -> list[tuple[Seat, Seat]]:
    """Seats that changed hands between the two elections (same name, same boundaries)."""
    a, b = general(before), general(after)
    out = [
        (a[n], b[n])
        for n in sorted(set(a) & set(b))
        if a[n].ranked()[0].party != b[n].ranked()[0].party and b[n].ranked()[0].party in PARTY
    ]
    random.Random(f"{SEED}-gain-{before}-{after}").shuffle(out)
    return out[:PER_PAIR]


def _verdicts_at(text: str, figure: str) -> list[str]:
    """The verdicts of the checker's claims whose span covers ``figure`` (its last
    occurrence in ``text``)."""
    from psephos.claims.check import check_text

    at = text.rfind(figure)
    assert at >= 0, (figure, text)
    claims = check_text(text).to_dict()["claims"]
    return sorted(
        {c["verdict"] for c in claims if c["start"] <= at and c["end"] >= at + len(figure)}
    )


Case = tuple[str, str, str]  # (kind: true | false | out, sentence, the figure tested)


def _judge(cases: list[Case], at: Callable[[str, str], list[str]] | None = None) -> None:
    """``at``: the verdicts at the figure (default: claims covering a number)."""
    wrong, missed, uncaught, judged, unsure = [], [], [], [], []
    false_n = sum(1 for k, _, _ in cases if k == "false")
    true_n = sum(1 for k, _, _ in cases if k == "true")
    for kind, sentence, figure in cases:
        v = (at or _verdicts_at)(sentence, figure)
        if not v:
            missed.append((sentence, figure))
        elif kind == "true" and "contradicted" in v:
            wrong.append((sentence, v))
        elif kind == "true" and v != ["supported"]:
            unsure.append((sentence, v))
        elif kind == "false" and "contradicted" not in v:
            uncaught.append((sentence, v))
        elif kind == "out" and v != ["uncertain"]:
            judged.append((sentence, v))
    assert not missed, missed
    assert not wrong, wrong
    assert not judged, judged
    assert len(uncaught) <= false_n // 10, uncaught
    # a true sentence left uncertain (a seat name the tagger splits at its comma) is allowed
    # for a tenth at most
    assert len(unsure) <= true_n // 10, unsure


# --- majority moved: verbs and holders the majority rules lacked ------------------------------

_UP = ("soared to", "edged up from {n0} to", "rocketed from {n0} to", "climbed from {n0} to")
_DOWN = ("slipped to", "plunged from {n0} to", "was cut from {n0} to", "narrowed from {n0} to")


def _moved_cases() -> list[Case]:
    cases: list[Case] = []
    for before, after in PAIRS:
        for i, (s0, s1) in enumerate(_same_winner(before, after)):
            w = s1.ranked()[0]
            verbs = _UP if s1.majority > s0.majority else _DOWN
            verb = verbs[i % len(verbs)].replace("{n0}", _n(s0.majority))
            say = f"At the {after} general election {_poss(w.name)} majority in {s1.name} {verb} "
            cases.append(("true", say + _n(s1.majority) + ".", _n(s1.majority)))
            cases.append(("false", say + _n(_false(s1.majority)) + ".", _n(_false(s1.majority))))
            # the holder named after the verb ("cut Labour's majority in S to N")
            adj = PARTY[w.party][0]
            v2 = "increased" if s1.majority > s0.majority else "cut"
            say2 = (
                f"At the {after} general election the result {v2} {_poss(adj)} majority in "
                f"{s1.name} from {_n(s0.majority)} to "
            )
            cases.append(("true", say2 + _n(s1.majority) + ".", _n(s1.majority)))
            cases.append(("true", say2 + _n(s1.majority) + ".", _n(s0.majority)))
            cases.append(("false", say2 + _n(_false(s1.majority)) + ".", _n(_false(s1.majority))))
    return cases


def test_majority_moved_verbs_and_holders(store_path: Any) -> None:
    """ "W's majority in S soared to N", "edged up (rocketed, plunged) from M to N", "cut P's
    majority in S from M to N": the new majority (and the old, at the election before)."""
    _judge(_moved_cases())


def test_majority_moved_out_of_data(store_path: Any) -> None:
    """No seat to read (none named, nor one the story is on), or an election not held:
    found, and left uncertain. (A seat name the data lacks is not typed as a seat, so
    "majority in Atlantis Vale" is not read as a seat's majority at all.)"""
    cases: list[Case] = [
        ("out", "At the 2017 general election Labour's majority soared to 9,100.", "9,100"),
        ("out", "At the 2017 general election the vote cut Labour's majority from 9,100 to 4,200.", "4,200"),
        ("out", "At the 2029 general election Labour's majority in Leeds Central edged up from 9,100 to 9,800.", "9,800"),
    ]  # fmt: skip
    _judge(cases)


# --- majority said: "there", "in S", "last time", "K years earlier", "overturning W's N" ----


def _said_cases() -> list[Case]:
    cases: list[Case] = []
    for before, after in PAIRS:
        gap = {1: "one", 2: "two", 5: "five", 4: "four"}[after - before]
        for s0, s1 in _same_winner(before, after):
            p = PARTY[s1.ranked()[0].party][0]
            lead = f"At the {after} general election {p} held {s1.name}. "
            for tail, n in (
                (f"{_poss(p)} majority there was {{}}.", s1.majority),
                (f"{_poss(p)} majority last time had been {{}}.", s0.majority),
                (f"{_poss(p)} majority had been {{}} {gap} years earlier.", s0.majority),
            ):
                cases.append(("true", lead + _cap(tail.format(_n(n))), _n(n)))
                cases.append(("false", lead + _cap(tail.format(_n(_false(n)))), _n(_false(n))))
        for s0, s1 in _gains(before, after):
            w, loser = s1.ranked()[0], s0.ranked()[0]
            say = f"At the {after} general election {w.name} took {s1.name}, overturning {_poss(loser.name)} "
            cases.append(("true", say + _n(s0.majority) + ".", _n(s0.majority)))
            cases.append(("false", say + _n(_false(s0.majority)) + ".", _n(_false(s0.majority))))
    return cases


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def test_majority_said_there_before_and_overturned(store_path: Any) -> None:
    """ "P's majority there was N"; "... last time had been M"; "... had been M two years
    earlier" (the election that many years before); "overturning W's M"."""
    _judge(_said_cases())


def test_majority_said_out_of_data(store_path: Any) -> None:
    cases: list[Case] = [
        ("out", "At the 2017 general election Labour held Atlantis Vale. Labour's majority there was 9,100.", "9,100"),
        ("out", "At the 2017 general election Labour's majority last time had been 4,321.", "4,321"),
        ("out", "At the 2029 general election Labour held Leeds Central. Its majority there was 4,321.", "4,321"),
    ]  # fmt: skip
    _judge(cases)


def test_majority_said_is_not_a_share_or_a_count_of_years(store_path: Any) -> None:
    """ "had been 40 per cent", "had been 12 years": not a majority in votes."""
    from psephos.claims.check import check_text

    for s in (
        "At the 2017 general election Labour held Leeds Central. Labour's majority there was 40 per cent.",
        "At the 2017 general election Labour held Leeds Central. Its majority there had been 12 years old.",
    ):
        kinds = {c["kind"] for c in check_text(s).to_dict()["claims"]}
        assert "majority" not in kinds, (s, kinds)


if __name__ == "__main__":  # pragma: no cover - a look at the cases
    for k, s, f in _moved_cases()[:6] + _said_cases()[:6]:
        print(k, f, "|", s)


# --- placings in words: "runner-up", "with the PADJ C second" --------------------------------

YEARS = (2010, 2015, 2017, 2019, 2024)


def _sample_seats(year: int, k: int = PER_PAIR) -> list[Seat]:
    """Seats whose first three candidates have distinct vote counts and parties."""
    out = [
        s
        for s in general(year).values()
        if len(s.cands) >= 3
        and len({c.votes for c in s.ranked()[:3]}) == 3
        and len({c.party for c in s.ranked()[:3]}) == 3
    ]
    out.sort(key=lambda s: s.name)
    random.Random(f"{SEED}-place-{year}").shuffle(out)
    return out[:k]


def _placing_cases() -> list[Case]:
    cases: list[Case] = []
    for year in YEARS:
        for s in _sample_seats(year):
            first, second, third = s.ranked()[:3]
            lead = f"At the {year} general election "
            for who, kind in ((second, "true"), (third, "false")):
                cases.append(
                    (kind, f"{lead}{who.name} was runner-up to {first.name} in {s.name}.", who.name)
                )
                if who.party in PARTY:
                    p = PARTY[who.party][0]
                    cases.append((kind, f"{lead}{p} were runners-up in {s.name}.", p))
                    adj = PARTY[who.party][1]
                    cases.append(
                        (
                            kind,
                            f"{lead}{first.name} won {s.name}, with the {adj} {who.name} second.",
                            "second",
                        )
                    )
    return cases


def _figure_claim_verdicts(text: str, figure: str) -> list[str]:
    """The verdicts of claims whose span overlaps ``figure`` (a name or word, not a number)."""
    from psephos.claims.check import check_text

    at = text.rfind(figure)
    claims = check_text(text).to_dict()["claims"]
    return sorted({c["verdict"] for c in claims if c["start"] < at + len(figure) and c["end"] > at})


def test_placings_in_words(store_path: Any) -> None:
    """ "W was runner-up to X in S", "P were runners-up in S", "X won S, with the PADJ W
    second": W's (P's) place in S is 2nd; the third-placed named instead is caught."""
    _judge(_placing_cases(), _figure_claim_verdicts)


def test_placings_in_words_out_of_data(store_path: Any) -> None:
    """No seat to read, or an election not held: found and uncertain; a count of seats
    ("runner-up in five seats") is not read as one seat's placing."""
    from psephos.claims.check import check_text

    _judge(
        [
            (
                "out",
                "At the 2017 general election the Conservatives were runners-up.",
                "runners-up",
            ),
            (
                "out",
                "At the 2029 general election Labour were runners-up in Leeds Central.",
                "runners-up",
            ),
        ],
        _figure_claim_verdicts,
    )
    for s in (
        "At the 2019 general election Plaid Cymru was runner-up in five more seats.",
        "At the 2015 general election UKIP were runners-up in 120 seats.",
    ):
        kinds = {c["kind"] for c in check_text(s).to_dict()["claims"]}
        assert "placing" not in kinds, (s, kinds)


# --- margins: a long object before "by N"; "S was a P gain from Q by N" ----------------------


def _margin_cases() -> list[Case]:
    cases: list[Case] = []
    for before, after in PAIRS:
        for s0, s1 in _gains(before, after):
            w, loser = s1.ranked()[0], s0.ranked()[0]
            p, q = PARTY[w.party], PARTY.get(loser.party)
            if q is None:
                continue
            # a long object: the loser's party and name, a title, the seat
            long = (
                f"At the {after} general election {w.name} defeated the sitting member, "
                f"the {q[1]} candidate {loser.name}, in {s1.name} by "
            )
            gain = f"At the {after} general election {s1.name} was a {p[1]} gain from {q[0]} by "
            for say in (long, gain):
                cases.append(("true", say + _n(s1.majority) + ".", _n(s1.majority)))
                cases.append(
                    ("false", say + _n(_false(s1.majority)) + ".", _n(_false(s1.majority)))
                )
    return cases


def test_margins_far_from_the_verb_and_gains_by(store_path: Any) -> None:
    """ "W defeated the sitting member, the QADJ candidate L, in S by N" (the verb over 60
    characters before "by N"); "S was a P gain from Q by N": the seat's majority."""
    _judge(_margin_cases())


def test_margins_out_of_data(store_path: Any) -> None:
    """No seat named before the gain, or an election not held: found and uncertain."""
    _judge(
        [
            (
                "out",
                "At the 2017 general election it was a Labour gain from the Conservatives by 831.",
                "831",
            ),
            (
                "out",
                "At the 2029 general election Ipswich was a Labour gain from the Conservatives by 831.",
                "831",
            ),
        ]
    )


# --- a party named through its leader: "Neil Kinnock's party won N seats" --------------------

#: who led each party at each general election 2010-2024 (common knowledge), written the
#: three ways the lexicon reads: full name, title and surname, and a bare distinctive surname
LED = {
    2010: {"Con": ("David Cameron", "Mr Cameron"), "Lab": ("Gordon Brown", "Mr Brown"),
           "LD": ("Nick Clegg", "Clegg"), "SNP": ("Alex Salmond", "Salmond")},
    2015: {"Con": ("David Cameron", "Cameron"), "Lab": ("Ed Miliband", "Miliband"),
           "LD": ("Nick Clegg", "Mr Clegg"), "SNP": ("Nicola Sturgeon", "Sturgeon")},
    2017: {"Con": ("Theresa May", "Mrs May"), "LD": ("Tim Farron", "Farron"),
           "SNP": ("Nicola Sturgeon", "Ms Sturgeon")},
    2019: {"Con": ("Boris Johnson", "Mr Johnson"), "LD": ("Jo Swinson", "Swinson"),
           "SNP": ("Nicola Sturgeon", "Sturgeon")},
    2024: {"Lab": ("Keir Starmer", "Sir Keir Starmer"), "Con": ("Rishi Sunak", "Sunak"),
           "LD": ("Ed Davey", "Sir Ed Davey"), "SNP": ("John Swinney", "Mr Swinney")},
}  # fmt: skip


def _leader_cases() -> list[Case]:
    from tests.claims_corpus._raw import seats_won

    cases: list[Case] = []
    for year, parties in LED.items():
        won = seats_won(year)
        for code, names in parties.items():
            n = won[code]
            for name in names:
                say = f"At the {year} general election {_poss(name)} party won "
                cases.append(("true", f"{say}{n} seats.", f"{n} seats"))
                cases.append(("false", f"{say}{n + 3} seats.", f"{n + 3} seats"))
    return cases


def test_party_named_through_its_leader(store_path: Any) -> None:
    """ "LEADER's party won N seats" (LEADER's full name, title and surname, or a bare
    distinctive surname): the party's seats; N + 3 is caught."""
    _judge(_leader_cases())


def test_party_named_through_its_leader_left_unread(store_path: Any) -> None:
    """A leader of two parties (Farage), one whose party changed (Corbyn), a surname that is
    also a word ("May's party"), an unknown name, or an election not held: never judged."""
    cases = [
        "At the 2024 general election Nigel Farage's party won 5 seats.",
        "At the 2019 general election Jeremy Corbyn's party won 202 seats.",
        "At the 2017 general election May's party won 317 seats.",
        "At the 2017 general election Jane Nobody's party won 317 seats.",
        "At the 2029 general election Keir Starmer's party won 317 seats.",
    ]
    for s in cases:
        v = _verdicts_at(s, s.split(" won ")[1].rstrip("."))
        assert not set(v) & {"supported", "contradicted"}, (s, v)


# --- two parties compared in an area ---------------------------------------------------------

_REGIONS = (
    "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
    "East of England", "London", "South East", "South West",
)  # fmt: skip
_NATIONS = ("Scotland", "Wales")
_PAIRS = (("Con", "Lab"), ("Lab", "LD"), ("Con", "LD"))


def _versus_cases() -> list[Case]:
    from tests.claims_corpus._raw import seats_won, totals
    from tests.test_claims_sweep_wide import AREA

    cases: list[Case] = []
    for year in YEARS:
        for area in _REGIONS + _NATIONS:
            kw = {"country": area} if area in _NATIONS else {"region": area}
            votes, seats = totals(year, **kw), seats_won(year, **kw)
            for p, q in _PAIRS:
                where = AREA[area]
                lead = f"At the {year} general election "
                hi, lo = (p, q) if votes[p] > votes[q] else (q, p)
                if abs(votes[p] - votes[q]) > 0.01 * max(votes[p], votes[q]):
                    for a, b, kind in ((hi, lo, "true"), (lo, hi, "false")):
                        x, y = PARTY[a][0], PARTY[b][0]
                        cases.append((kind, f"{lead}{x} polled more votes than {y} in {where}.", x))
                        cases.append((kind, f"{lead}in {where} {x} outpolled {y}.", x))
                        cases.append(
                            (
                                kind,
                                f"{lead}{x} won a bigger share of the vote than {y} in {where}.",
                                x,
                            )
                        )
                if abs(seats[p] - seats[q]) >= 2:
                    hi, lo = (p, q) if seats[p] > seats[q] else (q, p)
                    for a, b, kind in ((hi, lo, "true"), (lo, hi, "false")):
                        x, y = PARTY[a][0], PARTY[b][0]
                        cases.append((kind, f"{lead}in {where} {x} won more seats than {y}.", x))
                        cases.append((kind, f"{lead}in {where} {y} won fewer seats than {x}.", y))
    return cases


def test_two_parties_compared_in_an_area(store_path: Any) -> None:
    """ "P polled more votes than Q in AREA", "in AREA P outpolled Q", "P won a bigger share
    of the vote than Q", "in AREA P won more (Q fewer) seats": every English region and
    Scotland and Wales, 2010-2024, from the raw candidacies (a tie within 1 per cent of the
    votes, or two seats, is not swept); the pair turned round is caught."""
    _judge(_versus_cases(), _figure_claim_verdicts)


def test_two_parties_compared_left_unread(store_path: Any) -> None:
    """Another election, a first, a pair, a place not typed as an area, a seat: not read as
    the area's comparison; an election not held: uncertain."""
    for s in (
        "At the 2019 general election the Conservatives polled more votes than Labour managed two years ago.",
        "At the 2024 general election Labour won more seats than the Conservatives for the first time since 2005.",
        "At the 2024 general election Labour won more votes than the Conservatives and Reform UK together.",
        "At the 2024 general election the Conservatives polled more votes than Labour in the Eastern zone.",
        "At the 2024 general election the Conservatives polled more votes than Labour in Hexham.",
    ):
        v = _figure_claim_verdicts(s, " than ")
        assert not set(v) & {"supported", "contradicted"}, (s, v)
    _judge(
        [
            (
                "out",
                "At the 2029 general election Labour won more seats than the Conservatives.",
                "Labour",
            )
        ],
        _figure_claim_verdicts,
    )


# --- members returned unopposed (1918-2005) ----------------------------------------------------


def _unopposed_raw() -> dict[tuple[str, str], int]:
    """Members returned unopposed by (election, country) and (election, "UK"), read from
    CBP-8647 itself (the csv module): a party cell holding -1 or -2 is that many members of
    the party returned without a contest (columns 5, 7, 9, 11, 13; election column 17). A seat
    with a sentinel was not contested, so every member it returned (column 1, ``seats``) was
    returned unopposed: Stockport 1918 holds a single -1 but returned two members, and 1918's
    107 unopposed returns (the figure the Commons Library and Wikipedia give) count both."""
    import csv
    from collections import Counter

    from tests.claims_corpus._raw import HIST_FILE

    out: Counter[tuple[str, str]] = Counter()
    with HIST_FILE.open(encoding="cp1252", newline="") as fh:
        rd = csv.reader(fh)
        next(rd)
        for r in rd:
            unopposed = any(r[i].strip().startswith("-") for i in (5, 7, 9, 11, 13))
            k = int(r[1]) if unopposed else 0
            if k:
                out[(r[17], "UK")] += k
                out[(r[17], r[3])] += k
    return dict(out)


def _unopposed_cases() -> list[Case]:
    cases: list[Case] = []
    for (election, where), k in sorted(_unopposed_raw().items()):
        if not election.isdigit() or where not in ("UK", "Scotland", "Wales", "Northern Ireland"):
            continue
        place = "" if where == "UK" else f" in {where}"
        say = f"At the {election} general election {{}} MPs were returned unopposed{place}."
        cases.append(("true", say.format(k), f"{k} MPs"))
        cases.append(("false", say.format(k + 1), f"{k + 1} MPs"))
    return cases


def test_members_returned_unopposed(store_path: Any) -> None:
    """ "N MPs were returned unopposed (in NATION)" at each 1918-1970 election with any:
    the count from CBP-8647's sentinels (a two-member seat counts two); one more is caught."""
    cases = _unopposed_cases()
    assert len(cases) >= 20
    _judge(cases)


def test_members_returned_unopposed_out_of_data(store_path: Any) -> None:
    """The 2010-2024 files record no unopposed return; an election not held: uncertain."""
    _judge(
        [
            ("out", "At the 2019 general election five MPs were returned unopposed.", "five"),
            ("out", "At the 2029 general election 12 MPs were returned unopposed.", "12"),
        ]
    )
