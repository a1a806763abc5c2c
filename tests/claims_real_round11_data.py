"""Round 11 (REAL11): a fifth held-out set of published UK election coverage, each excerpt
rephrased minimally (figures and claim wording kept, never verbatim), with the checks that
decide its truth from the raw official CSVs through ``tests/claims_corpus/_raw.py``.

Each excerpt is ``X(key, source, text, checks)``: ``text`` is a heading line plus the
sentence judged (the last line); ``checks`` are ``(raw value, stated)`` pairs, read by the
raw readers (file: the reader's docstring; rows: the year / seat / party arguments). A
stated string with decimals allows half a unit of its last digit; a whole number is exact
unless a tolerance is given. The excerpt is true when every check passes, false when one
fails, and unsettled (``checks`` empty or ``None`` returned) when the raw files cannot
decide it (a figure on old boundaries, a grouping the files do not hold).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from tests.claims_corpus import _raw as R

Value = Callable[[], float | None]


@dataclass(frozen=True)
class Chk:
    value: Callable[[], float | tuple[float, ...] | None]
    stated: str
    tol: float | None = None  # None: half a unit of the stated last digit (0 for integers)
    #: a 1918-2005 national figure: the CBP-8647 constituency file groups parties (Labour
    #: and Co-operative, National Liberals, the Speaker) and totals votes otherwise than
    #: the published national tables, which are not among the raw files; a stated figure
    #: within a tenth of the file's is unsettled, not false
    grouped: bool = False

    def passes(self) -> bool | None:
        got = self.value()
        if got is None:
            return None
        readings = got if isinstance(got, tuple) else (got,)  # any reading the copy may use
        s = float(Decimal(self.stated.replace(",", "")))
        exp = Decimal(self.stated.replace(",", "")).as_tuple().exponent
        ok = False
        for v in readings:
            tol = self.tol
            if tol is None:
                if isinstance(exp, int) and exp < 0:
                    tol = 0.5 * 10.0**exp + 1e-9
                else:  # a whole number: exact for a count, rounded for a share
                    tol = 0.5 if isinstance(v, float) and not v.is_integer() else 0.0
            ok = ok or abs(float(v) - s) <= tol
        if ok:
            return True
        if self.grouped and min(abs(float(v) - s) for v in readings) <= 0.1 * abs(s):
            return None
        return False


@dataclass(frozen=True)
class X:
    key: str
    source: str
    text: str
    checks: tuple[Chk, ...] = field(default_factory=tuple)

    @property
    def sentence(self) -> str:
        return self.text.strip().splitlines()[-1]

    def truth(self) -> bool | None:
        if not self.checks:
            return None
        results = [c.passes() for c in self.checks]
        if any(r is False for r in results):
            return False
        if any(r is None for r in results):
            return None
        return True


def C(
    value: Callable[[], float | tuple[float, ...] | None], stated: str, tol: float | None = None
) -> Chk:
    return Chk(value, stated, tol)


def CH(
    value: Callable[[], float | tuple[float, ...] | None], stated: str, tol: float | None = None
) -> Chk:
    """A 1918-2005 national figure read from CBP-8647 (see ``Chk.grouped``)."""
    return Chk(value, stated, tol, grouped=True)


# -- raw values (each names its reader: PSEPH constituency/candidate files, CBP-8647, census)
def S(y: int, p: str, c: str | None = None, r: str | None = None) -> int:
    """Seats won: PSEPH constituencies.csv 'First party' over the scope."""
    return R.seats_won(y, c, r)[p]


def SH(y: int, p: str, c: str | None = None, r: str | None = None) -> float:
    """Share of valid votes, per cent: PSEPH candidacies.csv votes over valid votes."""
    t = R.totals(y, c, r)
    return 100 * t[p] / t["_valid"]


def V(y: int, p: str, c: str | None = None) -> int:
    return R.totals(y, c)[p]


def T(y: int, c: str | None = None, r: str | None = None) -> float:
    """Turnout, per cent: valid votes over electorate (PSEPH constituencies.csv)."""
    t = R.totals(y, c, r)
    return 100 * t["_valid"] / t["_electorate"]


def seat(y: int, name: str) -> R.Seat:
    return R.general(y)[name]


def MAJ(y: int, name: str) -> int:
    return seat(y, name).majority


def MAJP(y: int, name: str) -> float:
    s = seat(y, name)
    return 100 * s.majority / s.valid


def SV(y: int, name: str, p: str) -> int:
    return seat(y, name).votes(p)


def SS(y: int, name: str, p: str) -> float:
    return 100 * seat(y, name).share(p)


def ST(y: int, name: str) -> tuple[float, float]:
    return turnouts(seat(y, name))


def by(name: str, year: str) -> R.Seat:
    return R.by_election(name, year)


def BV(name: str, year: str, p: str) -> int:
    return by(name, year).votes(p)


def BS(name: str, year: str, p: str) -> float:
    return 100 * by(name, year).share(p)


def BMAJ(name: str, year: str) -> int:
    return by(name, year).majority


def turnouts(st: R.Seat) -> tuple[float, float]:
    """Turnout on valid votes and on all ballot papers (valid and rejected), per cent."""
    return 100 * st.valid / st.electorate, 100 * (st.valid + st.invalid) / st.electorate


def BT(name: str, year: str) -> tuple[float, float]:
    return turnouts(by(name, year))


def HS(el: str, p: str, c: str | None = None) -> float | None:
    """Seats won at a 1918-2019 election (CBP-8647): single-member seats only, so a count
    at an election with two-member seats (to 1945) is unsettled."""
    if c == "England":  # CBP-8647 gives English regions, not the country
        rows = [
            h
            for h in R.history()
            if h.election == el
            and h.country not in ("Scotland", "Wales", "Northern Ireland", "Ireland", "University")
        ]
        return sum(1 for h in rows if h.seats == 1 and h.winner == p)
    if el in ("1918", "1922", "1923", "1924", "1929", "1931", "1935", "1945"):
        return None
    return R.hist_national(el, c).get("won_" + p, 0)


def HSH(el: str, p: str, c: str | None = None) -> float:
    return 100 * R.hist_share(el, p, c)


def HV(el: str, p: str) -> float:
    return R.hist_national(el)[p]


def HT(el: str) -> float:
    return 100 * R.hist_turnout(el)


def count(y: int, pred: Callable[[R.Seat], bool]) -> int:
    return sum(1 for s in R.general(y).values() if pred(s))


def second(s: R.Seat) -> str:
    return s.ranked()[1].party


def CB(seat_name: str, topic: str, cat: str) -> float:
    """Per cent of a seat's residents in a census category (census21_wpc_<topic>.csv)."""
    d = R.census_counts(topic)[seat_name]
    return 100 * d[cat] / d["_total"]


def CBALL(topic: str, cats: tuple[str, ...]) -> float:
    """Per cent of all England and Wales residents in the categories (summed over seats)."""
    n = sum(d[c] for d in R.census_counts(topic).values() for c in cats if c in d)
    tot = sum(d["_total"] for d in R.census_counts(topic).values())
    return 100 * n / tot


UKBORN = (
    "Europe: United Kingdom: England",
    "Europe: United Kingdom: Northern Ireland",
    "Europe: United Kingdom: Scotland",
    "Europe: United Kingdom: Wales",
    "Europe: United Kingdom: Great Britain not otherwise specified",
    "Europe: United Kingdom: United Kingdom not otherwise specified",
)


def NONE() -> None:
    return None


def H(title: str, *lines: str) -> str:
    return title + "\n\n" + "\n\n".join(lines) + "\n"


G19 = "General Election 2019: results and analysis"
G17 = "General Election 2017: how the country voted"
G15 = "The 2015 general election"
G24 = "The 2024 general election: the results"
W19 = "General Election 2019: how did Wales vote?"
S15 = "The 2015 general election in Scotland"
S24 = "The 2024 general election in Scotland"

EXCERPTS: list[X] = [
    # ---- 2019, Commons Library results briefing (CBP-8749) and Electoral Reform Society
    X(
        "a01",
        "commonslibrary cbp-8749",
        H(G19, "The Conservatives won 365 seats, 48 more than in 2017."),
        (C(lambda: S(2019, "Con"), "365"), C(lambda: S(2019, "Con") - S(2017, "Con"), "48")),
    ),
    X(
        "a02",
        "commonslibrary cbp-8749",
        H(
            G19,
            "Labour won 202 seats and 32.1% of the vote, down from 262 seats and 40.0% of the vote in 2017.",
        ),
        (
            C(lambda: S(2019, "Lab"), "202"),
            C(lambda: SH(2019, "Lab"), "32.1"),
            C(lambda: S(2017, "Lab"), "262"),
            C(lambda: SH(2017, "Lab"), "40.0"),
        ),
    ),
    X(
        "a03",
        "commonslibrary cbp-8749",
        H(
            G19,
            "The Liberal Democrats won 11 seats, one fewer than in 2017, and 11.5% of the vote, up from 7.4%.",
        ),
        (
            C(lambda: S(2019, "LD"), "11"),
            C(lambda: S(2017, "LD") - S(2019, "LD"), "1"),
            C(lambda: SH(2019, "LD"), "11.5"),
            C(lambda: SH(2017, "LD"), "7.4"),
        ),
    ),
    X(
        "a04",
        "commonslibrary cbp-8749",
        H(G19, "The Scottish National Party won 48 seats, up 13 on 2017."),
        (C(lambda: S(2019, "SNP"), "48"), C(lambda: S(2019, "SNP") - S(2017, "SNP"), "13")),
    ),
    X(
        "a05",
        "commonslibrary cbp-8749",
        H(
            G19,
            "In Northern Ireland the DUP won 8 seats, two fewer than in 2017, while Sinn Féin won 7, the same number.",
        ),
        (
            C(lambda: S(2019, "DUP"), "8"),
            C(lambda: S(2017, "DUP") - S(2019, "DUP"), "2"),
            C(lambda: S(2019, "SF"), "7"),
            C(lambda: S(2017, "SF"), "7"),
        ),
    ),
    X(
        "a06",
        "commonslibrary cbp-8749",
        H(G19, "Between them, the Conservatives and Labour took 76% of the UK vote."),
        (C(lambda: SH(2019, "Con") + SH(2019, "Lab"), "76"),),
    ),
    X(
        "a07",
        "commonslibrary cbp-8749",
        H(G19, "Turnout was 67.3%, down from 68.8% in 2017."),
        (C(lambda: T(2019), "67.3"), C(lambda: T(2017), "68.8")),
    ),
    X(
        "a08",
        "commonslibrary cbp-8749",
        H(
            G19,
            "The Brexit Party won its highest vote share in the North East (8.1%), but did not win any seats.",
        ),
        (C(lambda: SH(2019, "BRX", r="North East"), "8.1"), C(lambda: S(2019, "BRX"), "0")),
    ),
    X(
        "a09",
        "commonslibrary cbp-8749",
        H(G19, "The Labour vote share was highest in London (48.1%)."),
        (C(lambda: SH(2019, "Lab", r="London"), "48.1"),),
    ),
    X(
        "a10",
        "commonslibrary cbp-8749",
        H(G19, "The Liberal Democrats won their highest vote share in the South East (18.2%)."),
        (C(lambda: SH(2019, "LD", r="South East"), "18.2"),),
    ),
    X(
        "a11",
        "commonslibrary cbp-8749",
        H(
            G19,
            "The South West had the highest turnout (72.0%), while Northern Ireland had the lowest (61.8%).",
        ),
        (
            C(lambda: T(2019, r="South West"), "72.0"),
            C(lambda: T(2019, r="Northern Ireland"), "61.8"),
        ),
    ),
    X(
        "a12",
        "electoral-reform.org.uk 2019",
        H(G19, "The Conservatives won 365 seats on 43.6% of the vote, 13,966,447 votes in all."),
        (
            C(lambda: S(2019, "Con"), "365"),
            C(lambda: SH(2019, "Con"), "43.6"),
            C(lambda: V(2019, "Con"), "13966447"),
        ),
    ),
    X(
        "a13",
        "electoral-reform.org.uk 2019",
        H(G19, "Labour won 202 seats with 10,268,776 votes."),
        (C(lambda: S(2019, "Lab"), "202"), C(lambda: V(2019, "Lab"), "10268776")),
    ),
    X(
        "a14",
        "electoral-reform.org.uk 2019",
        H(G19, "The Green Party won a single seat with 865,697 votes."),
        (C(lambda: S(2019, "Green"), "1"), C(lambda: V(2019, "Green"), "865697")),
    ),
    X(
        "a15",
        "electoral-reform.org.uk 2019",
        H(G19, "The Brexit Party polled 644,255 votes and won no seats."),
        (C(lambda: V(2019, "BRX"), "644255"),),
    ),
    X(
        "a16",
        "electoral-reform.org.uk 2019",
        H(G19, "Plaid Cymru won 4 seats with 153,265 votes."),
        (C(lambda: S(2019, "PC"), "4"), C(lambda: V(2019, "PC"), "153265")),
    ),
    X(
        "a17",
        "commonslibrary marginality 2019",
        H(
            G19,
            "Of the 650 constituencies, 67 seats were won by a margin of 5% or less of the votes cast.",
        ),
        (C(lambda: count(2019, lambda s: s.majority / s.valid <= 0.05), "67"),),
    ),
    X(
        "a18",
        "commonslibrary marginality 2019",
        H(
            G19,
            "In 2019, only one seat (Fermanagh and South Tyrone) had a winning margin of under 100 votes.",
        ),
        (
            C(lambda: count(2019, lambda s: s.majority < 100), "1"),
            C(lambda: MAJ(2019, "Fermanagh and South Tyrone"), "57"),
        ),
    ),
    X(
        "a19",
        "commonslibrary marginality 2019",
        H(
            G19,
            "The tightest contest in Scotland was East Dunbartonshire, where Jo Swinson lost the seat to the SNP by 149 votes.",
        ),
        (C(lambda: MAJ(2019, "East Dunbartonshire"), "149"),),
    ),
    X(
        "a20",
        "commonslibrary marginality 2019",
        H(
            G19,
            "In the 2019 election 12 seats were won with majorities of less than 1% of valid votes cast.",
        ),
        (C(lambda: count(2019, lambda s: s.majority / s.valid < 0.01), "12"),),
    ),
    X(
        "a21",
        "senedd research 2019",
        H(W19, "Labour remains the largest party, winning 22 of the 40 Welsh seats."),
        (
            C(lambda: S(2019, "Lab", "Wales"), "22"),
            C(lambda: len([s for s in R.general(2019).values() if s.country == "Wales"]), "40"),
        ),
    ),
    X(
        "a22",
        "senedd research 2019",
        H(W19, "The Conservatives won 14 seats in Wales, gaining six seats from Labour."),
        (C(lambda: S(2019, "Con", "Wales"), "14"),),
    ),
    X(
        "a23",
        "senedd research 2019",
        H(W19, "Turnout in Wales was 66.6%, down from 68.6% in the 2017 election."),
        (C(lambda: T(2019, "Wales"), "66.6"), C(lambda: T(2017, "Wales"), "68.6")),
    ),
    X(
        "a24",
        "bbc wales 2019",
        H(W19, "Labour won 40.9% of the vote in Wales, a fall of 8.0 points."),
        (
            C(lambda: SH(2019, "Lab", "Wales"), "40.9"),
            C(lambda: SH(2017, "Lab", "Wales") - SH(2019, "Lab", "Wales"), "8.0", 0.06),
        ),
    ),
    X(
        "a25",
        "bbc wales 2019",
        H(W19, "The Conservatives took 36.1% of the Welsh vote and 557,234 votes."),
        (C(lambda: SH(2019, "Con", "Wales"), "36.1"), C(lambda: V(2019, "Con", "Wales"), "557234")),
    ),
    X(
        "a26",
        "bbc wales 2019",
        H(W19, "Sarah Atherton won Wrexham with a 2,131 majority."),
        (C(lambda: MAJ(2019, "Wrexham"), "2131"),),
    ),
    X(
        "a27",
        "electionresults.parliament.uk bridgend",
        H(
            G19,
            "In Bridgend, Jamie Wallis won for the Conservatives with 18,193 votes, 43.1% of the vote.",
        ),
        (
            C(lambda: SV(2019, "Bridgend", "Con"), "18193"),
            C(lambda: SS(2019, "Bridgend", "Con"), "43.1"),
        ),
    ),
    X(
        "a28",
        "electionresults.parliament.uk bridgend",
        H(G19, "Madeleine Moon polled 17,036 votes in Bridgend, 40.3% of the total."),
        (
            C(lambda: SV(2019, "Bridgend", "Lab"), "17036"),
            C(lambda: SS(2019, "Bridgend", "Lab"), "40.3"),
        ),
    ),
    X(
        "a29",
        "electionresults.parliament.uk great yarmouth",
        H(G19, "Brandon Lewis held Great Yarmouth with 28,593 votes, 65.8% of the total."),
        (
            C(lambda: SV(2019, "Great Yarmouth", "Con"), "28593"),
            C(lambda: SS(2019, "Great Yarmouth", "Con"), "65.8"),
        ),
    ),
    X(
        "a30",
        "electionresults.parliament.uk 2019",
        H(
            G19,
            "In Liverpool Walton, Labour took 84.7% of the vote, the highest winning share of 2019.",
        ),
        (C(lambda: SS(2019, "Liverpool, Walton", "Lab"), "84.7"),),
    ),
    X(
        "a31",
        "swlondoner kensington 2019",
        H(
            G19,
            "Felicity Buchan won Kensington with 16,768 votes, while Emma Dent Coad got 16,618.",
        ),
        (
            C(lambda: SV(2019, "Kensington", "Con"), "16768"),
            C(lambda: SV(2019, "Kensington", "Lab"), "16618"),
        ),
    ),
    X(
        "a32",
        "swlondoner kensington 2019",
        H(G19, "In Kensington the Liberal Democrat Sam Gyimah won 9,312 votes."),
        (C(lambda: SV(2019, "Kensington", "LD"), "9312"),),
    ),
    X(
        "a33",
        "bbc wales 2019",
        H(G19, "Ben Lake extended his hold in Ceredigion with 15,208 votes."),
        (C(lambda: SV(2019, "Ceredigion", "PC"), "15208"),),
    ),
    X(
        "a34",
        "electionresults.parliament.uk 2019",
        H(G19, "Liverpool Walton was the safest seat, with a majority of 74.8% of the vote."),
        (C(lambda: MAJP(2019, "Liverpool, Walton"), "74.8"),),
    ),
    X(
        "a35",
        "electionresults.parliament.uk 2019",
        H(G19, "In Fermanagh and South Tyrone the winning majority was just 0.1% of the vote."),
        (C(lambda: MAJP(2019, "Fermanagh and South Tyrone"), "0.1"),),
    ),
    # ---- 2017
    X(
        "b01",
        "guardian kensington 2017",
        H(G17, "Labour's Emma Dent Coad took Kensington by just 20 votes after a third recount."),
        (C(lambda: MAJ(2017, "Kensington"), "20"),),
    ),
    X(
        "b02",
        "londonnewsonline 2017",
        H(
            G17,
            "In the final Kensington result Ms Dent Coad gained 16,333 votes and Lady Borwick 16,313.",
        ),
        (
            C(lambda: SV(2017, "Kensington", "Lab"), "16333"),
            C(lambda: SV(2017, "Kensington", "Con"), "16313"),
        ),
    ),
    X(
        "b03",
        "businessinsider 2017",
        H(G17, "In Kensington the Liberal Democrats polled 4,724 votes and the Greens 767."),
        (
            C(lambda: SV(2017, "Kensington", "LD"), "4724"),
            C(lambda: SV(2017, "Kensington", "Green"), "767"),
        ),
    ),
    X(
        "b04",
        "irishnews 2017",
        H(
            G17,
            "In Canterbury Labour's Rosie Duffield won 25,572 votes, unseating the Conservative by a margin of just 187 votes.",
        ),
        (
            C(lambda: SV(2017, "Canterbury", "Lab"), "25572"),
            C(lambda: MAJ(2017, "Canterbury"), "187"),
        ),
    ),
    X(
        "b05",
        "guardian 2017",
        H(
            G17,
            "The Tories end the campaign with 318 seats to Labour's 262, eight short of an overall majority.",
        ),
        (C(lambda: S(2017, "Con"), "317"), C(lambda: S(2017, "Lab"), "262")),
    ),  # 318 counts the Speaker (raw 'Spk'): true as published
    X(
        "b06",
        "statjam 2017",
        H(G17, "Just 2 votes separated the winner and the runner-up in North East Fife."),
        (C(lambda: MAJ(2017, "North East Fife"), "2"),),
    ),
    X(
        "b07",
        "statjam 2017",
        H(G17, "In Scotland the SNP won 35 seats with 36.9% of the vote."),
        (
            C(lambda: S(2017, "SNP", "Scotland"), "35"),
            C(lambda: SH(2017, "SNP", "Scotland"), "36.9"),
        ),
    ),
    X(
        "b08",
        "statjam 2017",
        H(G17, "The Conservatives won 13 seats in Scotland with 28.6% of the votes."),
        (
            C(lambda: S(2017, "Con", "Scotland"), "13"),
            C(lambda: SH(2017, "Con", "Scotland"), "28.6"),
        ),
    ),
    X(
        "b09",
        "statjam 2017",
        H(G17, "In Wales Labour won 28 seats with 48.9% of the vote."),
        (C(lambda: S(2017, "Lab", "Wales"), "28"), C(lambda: SH(2017, "Lab", "Wales"), "48.9")),
    ),
    X(
        "b10",
        "statjam 2017",
        H(G17, "In Northern Ireland the DUP won 10 seats with 36% of the vote."),
        (
            C(lambda: S(2017, "DUP", "Northern Ireland"), "10"),
            C(lambda: SH(2017, "DUP", "Northern Ireland"), "36"),
        ),
    ),
    X(
        "b11",
        "statjam 2017",
        H(G17, "Sinn Féin won 7 seats with 29.4% of the vote in Northern Ireland."),
        (C(lambda: S(2017, "SF"), "7"), C(lambda: SH(2017, "SF", "Northern Ireland"), "29.4")),
    ),
    X(
        "b12",
        "statjam 2017",
        H(G17, "Plaid Cymru won 4 seats with 10.4% of the Welsh vote."),
        (C(lambda: S(2017, "PC"), "4"), C(lambda: SH(2017, "PC", "Wales"), "10.4")),
    ),
    X(
        "b13",
        "statjam 2017",
        H(G17, "In England the Conservatives won 296 seats with 45.4% of the votes."),
        (
            C(lambda: S(2017, "Con", "England"), "296"),
            C(lambda: SH(2017, "Con", "England"), "45.4"),
        ),
    ),
    X(
        "b14",
        "statjam 2017",
        H(G17, "Labour won 227 seats in England with 41.9% of the vote."),
        (
            C(lambda: S(2017, "Lab", "England"), "227"),
            C(lambda: SH(2017, "Lab", "England"), "41.9"),
        ),
    ),
    X(
        "b15",
        "reuters factbox 2017",
        H(G17, "Labour gained Gower, where the Conservatives had won in 2015 by just 27 votes."),
        (C(lambda: MAJ(2015, "Gower"), "27"),),
    ),
    X(
        "b16",
        "reuters factbox 2017",
        H(G17, "Labour gained Derby North, which the Conservatives had won by 41 votes in 2015."),
        (C(lambda: MAJ(2015, "Derby North"), "41"),),
    ),
    X(
        "b17",
        "reuters factbox 2017",
        H(
            G17,
            "Croydon Central was a Labour gain; the Conservative margin there in 2015 had been 165.",
        ),
        (C(lambda: MAJ(2015, "Croydon Central"), "165"),),
    ),
    X(
        "b18",
        "reuters factbox 2017",
        H(G17, "Labour gained the Vale of Clwyd from a Conservative majority of 237 in 2015."),
        (C(lambda: MAJ(2015, "Vale Of Clwyd"), "237"),),
    ),
    X(
        "b19",
        "reuters factbox 2017",
        H(
            G17,
            "The Conservatives took Southport from the Liberal Democrats, whose 2015 margin had been 1,322.",
        ),
        (C(lambda: MAJ(2015, "Southport"), "1322"),),
    ),
    X(
        "b20",
        "reuters factbox 2017",
        H(
            G17,
            "Eastbourne was a Liberal Democrat gain from a Conservative majority of 733 in 2015.",
        ),
        (C(lambda: MAJ(2015, "Eastbourne"), "733"),),
    ),
    X(
        "b21",
        "general-election2017.co.uk",
        H(
            G17,
            "The Liberal Democrats lost their only seat in Wales, Ceredigion, to Plaid Cymru by 104 votes.",
        ),
        (C(lambda: MAJ(2017, "Ceredigion"), "104"),),
    ),
    X(
        "b22",
        "hitc safest seats 2017",
        H(
            G17,
            "In Tottenham David Lammy's vote share jumped from 67.3% to 81.6% at the most recent election.",
        ),
        (
            C(lambda: SS(2015, "Tottenham", "Lab"), "67.3"),
            C(lambda: SS(2017, "Tottenham", "Lab"), "81.6"),
        ),
    ),
    X(
        "b23",
        "hitc safest seats 2017",
        H(G17, "Stephen Timms won East Ham in June with 47,124 votes."),
        (C(lambda: SV(2017, "East Ham", "Lab"), "47124"),),
    ),
    X(
        "b24",
        "hitc safest seats 2017",
        H(G17, "In Bootle, Labour MP Peter Dowd won in June with 84% of the vote."),
        (C(lambda: SS(2017, "Bootle", "Lab"), "84"),),
    ),
    X(
        "b25",
        "hitc safest seats 2017",
        H(G17, "Stephen Twigg won Liverpool, West Derby in 2017 with 82.8% of the vote."),
        (C(lambda: SS(2017, "Liverpool, West Derby", "Lab"), "82.8", 0.06),),
    ),  # 82.747: 82.75 rounded again
    X(
        "b26",
        "hitc safest seats 2017",
        H(G17, "In June's election George Howarth won Knowsley with a majority of 76.1%."),
        (C(lambda: MAJP(2017, "Knowsley"), "76.1"),),
    ),
    X(
        "b27",
        "hitc safest seats 2017",
        H(G17, "Louise Ellman won Liverpool, Riverside in 2017 with a majority of 74.9%."),
        (C(lambda: MAJP(2017, "Liverpool, Riverside"), "74.9"),),
    ),
    X(
        "b28",
        "hitc safest seats 2017",
        H(G17, "UKIP's Paul Nuttall won just under 11% of the vote in Bootle in 2015."),
        (C(lambda: SS(2015, "Bootle", "UKIP"), "10.5", 0.5),),
    ),
    X(
        "b29",
        "hitc safest seats 2017",
        H(G17, "Stephen Timms won East Ham with a huge majority of 70.4%."),
        (C(lambda: MAJP(2017, "East Ham"), "70.4"),),
    ),
    X(
        "b30",
        "hitc safest seats 2017",
        H(G17, "In Tottenham the Conservative Myles Stacey won just 5,665 votes."),
        (C(lambda: SV(2017, "Tottenham", "Con"), "5665"),),
    ),
    # ---- 2015
    X(
        "c01",
        "wikipedia 2015 scotland",
        H(S15, "The SNP won all but three seats in Scotland, a total of 56 seats."),
        (C(lambda: S(2015, "SNP", "Scotland"), "56"),),
    ),
    X(
        "c02",
        "wikipedia 2015 scotland",
        H(S15, "The SNP received 1,454,436 votes, 49.97% of the Scottish vote."),
        (
            C(lambda: V(2015, "SNP", "Scotland"), "1454436"),
            C(lambda: SH(2015, "SNP", "Scotland"), "49.97"),
        ),
    ),
    X(
        "c03",
        "wikipedia 2015 scotland",
        H(S15, "Labour polled 707,147 votes in Scotland, 24.3 per cent."),
        (
            C(lambda: V(2015, "Lab", "Scotland"), "707147"),
            C(lambda: SH(2015, "Lab", "Scotland"), "24.3"),
        ),
    ),
    X(
        "c04",
        "wikipedia 2015 scotland",
        H(S15, "The Conservatives won 434,097 votes in Scotland, 14.9% of the total."),
        (
            C(lambda: V(2015, "Con", "Scotland"), "434097"),
            C(lambda: SH(2015, "Con", "Scotland"), "14.9"),
        ),
    ),
    X(
        "c05",
        "wikipedia 2015 scotland",
        H(S15, "The Liberal Democrats took 219,675 votes in Scotland, 7.55% of the vote."),
        (
            C(lambda: V(2015, "LD", "Scotland"), "219675"),
            C(lambda: SH(2015, "LD", "Scotland"), "7.55"),
        ),
    ),
    X(
        "c06",
        "wikipedia 2015 scotland",
        H(S15, "Labour lost 40 of the 41 seats it was defending in Scotland."),
        (C(lambda: S(2010, "Lab", "Scotland"), "41"), C(lambda: S(2015, "Lab", "Scotland"), "1")),
    ),
    X(
        "c07",
        "wikipedia 2015 scotland",
        H(
            S15,
            "The Liberal Democrats lost ten of the eleven seats they were defending in Scotland.",
        ),
        (C(lambda: S(2010, "LD", "Scotland"), "11"), C(lambda: S(2015, "LD", "Scotland"), "1")),
    ),
    X(
        "c08",
        "statjam 2015",
        H(G15, "In England the Conservatives won 318 seats and 41% of the votes."),
        (C(lambda: S(2015, "Con", "England"), "318"), C(lambda: SH(2015, "Con", "England"), "41")),
    ),
    X(
        "c09",
        "statjam 2015",
        H(G15, "Labour won 206 seats in England with 31.6% of the vote."),
        (
            C(lambda: S(2015, "Lab", "England"), "206"),
            C(lambda: SH(2015, "Lab", "England"), "31.6"),
        ),
    ),
    X(
        "c10",
        "statjam 2015",
        H(G15, "UKIP won one seat in England with 14.1% of the vote."),
        (
            C(lambda: S(2015, "UKIP", "England"), "1"),
            C(lambda: SH(2015, "UKIP", "England"), "14.1"),
        ),
    ),
    X(
        "c11",
        "statjam 2015",
        H(G15, "In Wales the Conservatives won 11 seats with 27.2% of the vote."),
        (C(lambda: S(2015, "Con", "Wales"), "11"), C(lambda: SH(2015, "Con", "Wales"), "27.2")),
    ),
    X(
        "c12",
        "statjam 2015",
        H(G15, "Labour won 25 Welsh seats with 36.9% of the vote."),
        (C(lambda: S(2015, "Lab", "Wales"), "25"), C(lambda: SH(2015, "Lab", "Wales"), "36.9")),
    ),
    X(
        "c13",
        "statjam 2015",
        H(G15, "Plaid Cymru won 3 seats with 12.1% of the Welsh vote."),
        (C(lambda: S(2015, "PC", "Wales"), "3"), C(lambda: SH(2015, "PC", "Wales"), "12.1")),
    ),
    X(
        "c14",
        "statjam 2015",
        H(G15, "In Northern Ireland the DUP won 8 seats with 25.7% of the vote."),
        (C(lambda: S(2015, "DUP"), "8"), C(lambda: SH(2015, "DUP", "Northern Ireland"), "25.7")),
    ),
    X(
        "c15",
        "statjam 2015",
        H(G15, "Sinn Féin won 4 seats with 24.5% of the vote in Northern Ireland."),
        (C(lambda: S(2015, "SF"), "4"), C(lambda: SH(2015, "SF", "Northern Ireland"), "24.5")),
    ),
    X(
        "c16",
        "statjam 2015",
        H(G15, "The UUP won 2 seats with 16% of the vote in Northern Ireland."),
        (C(lambda: S(2015, "UUP"), "2"), C(lambda: SH(2015, "UUP", "Northern Ireland"), "16")),
    ),
    X(
        "c17",
        "commonslibrary reform-greens 2024",
        H(G15, "UKIP took 12.6% of the vote in the 2015 general election, when it won one seat."),
        (C(lambda: SH(2015, "UKIP"), "12.6"), C(lambda: S(2015, "UKIP"), "1")),
    ),
    X(
        "c18",
        "holyrood 2015",
        H(S15, "Labour has been left with just one MP in Scotland, Ian Murray in Edinburgh South."),
        (C(lambda: S(2015, "Lab", "Scotland"), "1"),),
    ),
    X(
        "c19",
        "statjam 2015",
        H(G15, "The Liberal Democrats won 6 seats in England with 8.2% of the vote."),
        (C(lambda: S(2015, "LD", "England"), "6"), C(lambda: SH(2015, "LD", "England"), "8.2")),
    ),
    X(
        "c20",
        "statjam 2015",
        H(G15, "The Greens won 1 seat in England with 4.2% of the vote."),
        (
            C(lambda: S(2015, "Green", "England"), "1"),
            C(lambda: SH(2015, "Green", "England"), "4.2"),
        ),
    ),
    # ---- 2024
    X(
        "d01",
        "commonslibrary reform-greens 2024",
        H(G24, "Reform UK won five seats, had 609 candidates and received 14.3% of the vote."),
        (
            C(lambda: S(2024, "RUK"), "5"),
            C(
                lambda: sum(
                    1 for s in R.general(2024).values() for c in s.cands if c.party == "RUK"
                ),
                "609",
            ),
            C(lambda: SH(2024, "RUK"), "14.3"),
        ),
    ),
    X(
        "d02",
        "commonslibrary reform-greens 2024",
        H(
            G24,
            "For vote share, Labour had 33.7%, the Conservatives 23.7% and the Liberal Democrats 12.2%.",
        ),
        (
            C(lambda: SH(2024, "Lab"), "33.7"),
            C(lambda: SH(2024, "Con"), "23.7"),
            C(lambda: SH(2024, "LD"), "12.2"),
        ),
    ),
    X(
        "d03",
        "commonslibrary reform-greens 2024",
        H(G24, "For seat share, Labour had 63.2% and the Conservatives 18.6%."),
        (
            C(lambda: 100 * S(2024, "Lab") / 650, "63.2"),
            C(lambda: 100 * S(2024, "Con") / 650, "18.6"),
        ),
    ),
    X(
        "d04",
        "gbnews via mahalsa 2024",
        H(G24, "Reform UK came second in 98 constituencies."),
        (C(lambda: count(2024, lambda s: second(s) == "RUK"), "98"),),
    ),
    X(
        "d05",
        "dcford election-history 2024",
        H(G24, "Reform UK polled 4,117,610 votes, 14.3% of the votes cast."),
        (C(lambda: V(2024, "RUK"), "4117610"), C(lambda: SH(2024, "RUK"), "14.3")),
    ),
    X(
        "d06",
        "dcford election-history 2024",
        H(G24, "Labour won 9,708,716 votes."),
        (C(lambda: V(2024, "Lab"), "9708716"),),
    ),
    X(
        "d07",
        "dcford election-history 2024",
        H(G24, "The Conservatives polled 6,828,925 votes."),
        (C(lambda: V(2024, "Con"), "6828925"),),
    ),
    X(
        "d08",
        "dcford election-history 2024",
        H(G24, "The Liberal Democrats won 72 seats with 3,519,143 votes."),
        (C(lambda: S(2024, "LD"), "72"), C(lambda: V(2024, "LD"), "3519143")),
    ),
    X(
        "d09",
        "dcford election-history 2024",
        H(G24, "Turnout was 59.7%."),
        (C(lambda: T(2024), "59.7"),),
    ),
    X(
        "d10",
        "dcford election-history 2024",
        H(G24, "The Green Party polled 1,944,501 votes and won four seats."),
        (C(lambda: V(2024, "Green"), "1944501"), C(lambda: S(2024, "Green"), "4")),
    ),
    X(
        "d11",
        "wikimili 2024 scotland",
        H(S24, "Labour won 37 seats in Scotland, an increase of 36 from the previous election."),
        (
            C(lambda: S(2024, "Lab", "Scotland"), "37"),
            C(lambda: S(2024, "Lab", "Scotland") - S(2019, "Lab", "Scotland"), "36"),
        ),
    ),
    X(
        "d12",
        "bbc 2024 scotland",
        H(S24, "The SNP won 9 seats with 724,758 votes, 30.0% of the Scottish vote."),
        (
            C(lambda: S(2024, "SNP"), "9"),
            C(lambda: V(2024, "SNP", "Scotland"), "724758"),
            C(lambda: SH(2024, "SNP", "Scotland"), "30.0"),
        ),
    ),
    X(
        "d13",
        "bbc 2024 scotland",
        H(S24, "Labour polled 851,897 votes in Scotland, a share of 35.3%."),
        (
            C(lambda: V(2024, "Lab", "Scotland"), "851897"),
            C(lambda: SH(2024, "Lab", "Scotland"), "35.3"),
        ),
    ),
    X(
        "d14",
        "bbc 2024 scotland",
        H(S24, "The Liberal Democrats won six Scottish seats with 9.7% of the vote."),
        (C(lambda: S(2024, "LD", "Scotland"), "6"), C(lambda: SH(2024, "LD", "Scotland"), "9.7")),
    ),
    X(
        "d15",
        "bbc 2024 scotland",
        H(S24, "The Conservatives won 5 seats in Scotland with 307,344 votes, 12.7%."),
        (
            C(lambda: S(2024, "Con", "Scotland"), "5"),
            C(lambda: V(2024, "Con", "Scotland"), "307344"),
            C(lambda: SH(2024, "Con", "Scotland"), "12.7"),
        ),
    ),
    X(
        "d16",
        "bbc 2024 scotland",
        H(S24, "Reform UK took 167,979 votes in Scotland, 7.0% of the total."),
        (
            C(lambda: V(2024, "RUK", "Scotland"), "167979"),
            C(lambda: SH(2024, "RUK", "Scotland"), "7.0"),
        ),
    ),
    X(
        "d17",
        "wikimili 2024 scotland",
        H(S24, "Turnout in Scotland dropped to 59.2%."),
        (C(lambda: T(2024, "Scotland"), "59.2"),),
    ),
    X(
        "d18",
        "gbnews via mahalsa 2024",
        H(G24, "In Aberafan Maesteg, Labour won 17,838 votes, a 49.9% share."),
        (
            C(lambda: SV(2024, "Aberafan Maesteg", "Lab"), "17838"),
            C(lambda: SS(2024, "Aberafan Maesteg", "Lab"), "49.9"),
        ),
    ),
    X(
        "d19",
        "gbnews via mahalsa 2024",
        H(G24, "Reform UK came second in Aberafan Maesteg with 7,484 votes."),
        (C(lambda: SV(2024, "Aberafan Maesteg", "RUK"), "7484"),),
    ),
    X(
        "d20",
        "juiceliverpool 2024",
        H(G24, "Reform UK, Plaid Cymru and the Green Party each secured four seats."),
        (
            C(lambda: S(2024, "RUK"), "4"),
            C(lambda: S(2024, "PC"), "4"),
            C(lambda: S(2024, "Green"), "4"),
        ),
    ),
    X(
        "d21",
        "juiceliverpool 2024",
        H(G24, "In Wales Labour gained seats, taking its total to 27."),
        (C(lambda: S(2024, "Lab", "Wales"), "27"),),
    ),
    X(
        "d22",
        "juiceliverpool 2024",
        H(G24, "The Conservatives were left with no MPs in Wales."),
        (C(lambda: S(2024, "Con", "Wales"), "0"),),
    ),
    X(
        "d23",
        "juiceliverpool 2024",
        H(G24, "Turnout was lowest in Wales, with only 56% of the electorate voting."),
        (C(lambda: T(2024, "Wales"), "56"),),
    ),
    X(
        "d24",
        "juiceliverpool 2024",
        H(G24, "Northern Ireland had a turnout of 57%, Scotland 59%, and England 60%."),
        (
            C(lambda: T(2024, "Northern Ireland"), "57"),
            C(lambda: T(2024, "Scotland"), "59"),
            C(lambda: T(2024, "England"), "60"),
        ),
    ),
    X(
        "d25",
        "rawnews 2024",
        H(G24, "In Hendon the Labour candidate won by just 15 votes after a recount."),
        (C(lambda: MAJ(2024, "Hendon"), "15"),),
    ),
    X(
        "d26",
        "rawnews 2024",
        H(G24, "At this election, seven seats were decided by fewer than 100 votes."),
        (C(lambda: count(2024, lambda s: s.majority < 100), "7"),),
    ),
    X(
        "d27",
        "politico 2024",
        H(G24, "Reform UK won five seats but collected more than 14 percent of the vote."),
        (C(lambda: S(2024, "RUK"), "5"), C(lambda: 1.0 if SH(2024, "RUK") > 14 else 0.0, "1")),
    ),
    X(
        "d28",
        "juiceliverpool 2024",
        H(G24, "Reform UK came third by share of the vote on 14%."),
        (C(lambda: SH(2024, "RUK"), "14"),),
    ),
    X(
        "d29",
        "juiceliverpool 2024",
        H(G24, "The Liberal Democrats' 12% vote share was their best return of seats since 1923."),
        (C(lambda: SH(2024, "LD"), "12"),),
    ),
    X(
        "d30",
        "statjam 2024",
        H(G24, "Labour won 347 seats in England and the Conservatives 116."),
        (C(lambda: S(2024, "Lab", "England"), "347"), C(lambda: S(2024, "Con", "England"), "116")),
    ),
    X(
        "d31",
        "statjam 2024",
        H(G24, "The Liberal Democrats won 65 seats in England."),
        (C(lambda: S(2024, "LD", "England"), "65"),),
    ),
    X(
        "d32",
        "statjam 2024",
        H(G24, "Labour won 27 of the 32 seats in Wales; Plaid Cymru took 4."),
        (C(lambda: S(2024, "Lab", "Wales"), "27"), C(lambda: S(2024, "PC", "Wales"), "4")),
    ),
    # ---- by-elections
    X(
        "e01",
        "members.parliament.uk hartlepool 2021",
        H(
            "Hartlepool by-election, 6 May 2021",
            "Jill Mortimer won for the Conservatives with 15,529 votes, 51.9% of the vote.",
        ),
        (
            C(lambda: BV("Hartlepool", "2021", "Con"), "15529"),
            C(lambda: BS("Hartlepool", "2021", "Con"), "51.9"),
        ),
    ),
    X(
        "e02",
        "hartlepool mail 2021",
        H(
            "Hartlepool by-election, 6 May 2021",
            "Labour's Paul Williams finished second on 8,589 votes.",
        ),
        (C(lambda: BV("Hartlepool", "2021", "Lab"), "8589"),),
    ),
    X(
        "e03",
        "hartlepool mail 2021",
        H(
            "Hartlepool by-election, 6 May 2021",
            "Independent Samantha Lee came third with 2,904 votes.",
        ),
        (C(lambda: by("Hartlepool", "2021").ranked()[2].votes, "2904"),),
    ),
    X(
        "e04",
        "hartlepool mail 2021",
        H(
            "Hartlepool by-election, 6 May 2021",
            "Mrs Mortimer was declared the winner with a majority of 6,940 votes.",
        ),
        (C(lambda: BMAJ("Hartlepool", "2021"), "6940"),),
    ),
    X(
        "e05",
        "hartlepool mail 2021",
        H(
            "Hartlepool by-election, 6 May 2021",
            "She overcame the 3,595 majority held by the former Labour MP Mike Hill.",
        ),
        (C(lambda: MAJ(2019, "Hartlepool"), "3595"),),
    ),
    X(
        "e06",
        "members.parliament.uk hartlepool 2021",
        H("Hartlepool by-election, 6 May 2021", "The electorate was 70,768 and turnout 42.3%."),
        (
            C(lambda: by("Hartlepool", "2021").electorate, "70768"),
            C(lambda: BT("Hartlepool", "2021"), "42.3"),
        ),
    ),
    X(
        "e07",
        "nationalworld hartlepool 2021",
        H("Hartlepool by-election, 6 May 2021", "Turnout for the by-election was 42.55%."),
        (
            C(
                lambda: (
                    100
                    * (by("Hartlepool", "2021").valid + by("Hartlepool", "2021").invalid)
                    / by("Hartlepool", "2021").electorate
                ),
                "42.55",
                0.06,
            ),
        ),
    ),
    X(
        "e08",
        "members.parliament.uk hartlepool 2021",
        H(
            "Hartlepool by-election, 6 May 2021",
            "Reform UK's John Prescott polled 368 votes, 1.2%.",
        ),
        (
            C(lambda: BV("Hartlepool", "2021", "RUK"), "368"),
            C(lambda: BS("Hartlepool", "2021", "RUK"), "1.2"),
        ),
    ),
    X(
        "e09",
        "bbc batley 2021",
        H(
            "Batley and Spen by-election",
            "Labour's Kim Leadbeater narrowly won with 13,296 votes and a majority of 323.",
        ),
        (
            C(lambda: BV("Batley and Spen", "2021", "Lab"), "13296"),
            C(lambda: BMAJ("Batley and Spen", "2021"), "323"),
        ),
    ),
    X(
        "e10",
        "bbc batley 2021",
        H(
            "Batley and Spen by-election",
            "Tory candidate Ryan Stephenson came second with 12,973, and Mr Galloway third with 8,264.",
        ),
        (
            C(lambda: BV("Batley and Spen", "2021", "Con"), "12973"),
            C(lambda: by("Batley and Spen", "2021").ranked()[2].votes, "8264"),
        ),
    ),
    X(
        "e11",
        "bbc batley 2021",
        H(
            "Batley and Spen by-election",
            "Turnout was 47.6%, with 37,786 ballots verified out of an electorate of 79,373.",
        ),
        (
            C(lambda: by("Batley and Spen", "2021").electorate, "79373"),
            C(
                lambda: (
                    100
                    * (by("Batley and Spen", "2021").valid + by("Batley and Spen", "2021").invalid)
                    / by("Batley and Spen", "2021").electorate
                ),
                "47.6",
            ),
        ),
    ),
    X(
        "e12",
        "nationalworld batley 2021",
        H(
            "Batley and Spen by-election",
            "Labour held on with a reduced majority of just 323, down from 3,525.",
        ),
        (
            C(lambda: BMAJ("Batley and Spen", "2021"), "323"),
            C(lambda: MAJ(2019, "Batley and Spen"), "3525"),
        ),
    ),
    X(
        "e13",
        "labourlist batley 2021",
        H(
            "Batley and Spen by-election",
            "Labour won 35.27% of the vote and the Conservatives 34.42%.",
        ),
        (
            C(lambda: BS("Batley and Spen", "2021", "Lab"), "35.27"),
            C(lambda: BS("Batley and Spen", "2021", "Con"), "34.42"),
        ),
    ),
    X(
        "e14",
        "labourlist batley 2021",
        H("Batley and Spen by-election", "The Liberal Democrats took 1,254 votes, 3.33%."),
        (
            C(lambda: BV("Batley and Spen", "2021", "LD"), "1254"),
            C(lambda: BS("Batley and Spen", "2021", "LD"), "3.33"),
        ),
    ),
    X(
        "e15",
        "cwf chesham 2021",
        H(
            "Chesham and Amersham by-election",
            "Lib Dem Sarah Green secured 21,517 votes, leaving the Conservative Peter Fleet on 13,489, a majority of 8,028.",
        ),
        (
            C(lambda: BV("Chesham and Amersham", "2021", "LD"), "21517"),
            C(lambda: BV("Chesham and Amersham", "2021", "Con"), "13489"),
            C(lambda: BMAJ("Chesham and Amersham", "2021"), "8028"),
        ),
    ),
    X(
        "e16",
        "newsbreak chesham 2021",
        H("Chesham and Amersham by-election", "Sarah Green took 56.7 per cent of the vote."),
        (C(lambda: BS("Chesham and Amersham", "2021", "LD"), "56.7"),),
    ),
    X(
        "e17",
        "publicsectorexecutive chesham 2021",
        H(
            "Chesham and Amersham by-election",
            "The Greens finished third with 1,480 votes, while Labour came fourth with 622.",
        ),
        (
            C(lambda: BV("Chesham and Amersham", "2021", "Green"), "1480"),
            C(lambda: BV("Chesham and Amersham", "2021", "Lab"), "622"),
        ),
    ),
    X(
        "e18",
        "wikimili chesham 2021",
        H("Chesham and Amersham by-election", "Turnout was 52.1%."),
        (C(lambda: BT("Chesham and Amersham", "2021"), "52.1"),),
    ),
    X(
        "e19",
        "markpack chesham 2021",
        H(
            "Chesham and Amersham by-election",
            "Under Theresa May the Conservatives won this seat with a 22,140 majority.",
        ),
        (C(lambda: MAJ(2017, "Chesham and Amersham"), "22140"),),
    ),
    X(
        "e20",
        "dunfermline press 2021",
        H(
            "Chesham and Amersham by-election",
            "The Liberal Democrats overturned Dame Cheryl Gillan's 16,223 majority.",
        ),
        (C(lambda: MAJ(2019, "Chesham and Amersham"), "16223"),),
    ),
    X(
        "e21",
        "markpack chesham 2021",
        H(
            "Chesham and Amersham by-election",
            "The 1.6% for Labour is probably their lowest ever result in a Parliamentary constituency.",
        ),
        (C(lambda: BS("Chesham and Amersham", "2021", "Lab"), "1.6"),),
    ),
    X(
        "e22",
        "dunfermline press 2021",
        H(
            "North Shropshire by-election",
            "The Liberal Democrats took North Shropshire from the Conservatives, overturning a majority of 22,949.",
        ),
        (C(lambda: MAJ(2019, "North Shropshire"), "22949"),),
    ),
    X(
        "e23",
        "dunfermline press 2022",
        H(
            "Tiverton and Honiton by-election",
            "The Tories were defending a huge majority of 24,239 in Tiverton and Honiton.",
        ),
        (C(lambda: MAJ(2019, "Tiverton and Honiton"), "24239"),),
    ),
    X(
        "e24",
        "bbc newsround 2023",
        H(
            "Uxbridge and South Ruislip by-election",
            "In Uxbridge the Conservative candidate won by only 495 votes over Labour.",
        ),
        (C(lambda: BMAJ("Uxbridge and South Ruislip", "2023"), "495"),),
    ),
    X(
        "e25",
        "cuu rochdale 2024",
        H(
            "Rochdale by-election",
            "George Galloway won with 12,335 votes; David Tully came second with 6,638.",
        ),
        (
            C(lambda: by("Rochdale", "2024").ranked()[0].votes, "12335"),
            C(lambda: by("Rochdale", "2024").ranked()[1].votes, "6638"),
        ),
    ),
    X(
        "e26",
        "cuu rochdale 2024",
        H(
            "Rochdale by-election",
            "George Galloway has won the by-election in Rochdale with a majority of 5,697.",
        ),
        (C(lambda: BMAJ("Rochdale", "2024"), "5697"),),
    ),
    X(
        "e27",
        "cuu rochdale 2024",
        H("Rochdale by-election", "Some 39.7 per cent of Rochdale residents turned out to vote."),
        (C(lambda: BT("Rochdale", "2024"), "39.7"),),
    ),
    X(
        "e28",
        "wikipedia rochdale 2024",
        H(
            "Rochdale by-election",
            "Galloway overturned a 9,668 vote Labour majority at the 2019 general election.",
        ),
        (C(lambda: MAJ(2019, "Rochdale"), "9668"),),
    ),
    X(
        "e29",
        "wikipedia rochdale 2024",
        H("Rochdale by-election", "The Conservative Paul Ellison polled 3,731 votes, 12.0%."),
        (
            C(lambda: BV("Rochdale", "2024", "Con"), "3731"),
            C(lambda: BS("Rochdale", "2024", "Con"), "12.0"),
        ),
    ),
    X(
        "e30",
        "wikipedia rochdale 2024",
        H("Rochdale by-election", "Azhar Ali, dropped by Labour, won 2,402 votes, 7.7%."),
        (
            C(lambda: BV("Rochdale", "2024", "Lab"), "2402"),
            C(lambda: BS("Rochdale", "2024", "Lab"), "7.7"),
        ),
    ),
    X(
        "e31",
        "lbc rochdale 2024",
        H(
            "Rochdale by-election",
            "The Liberal Democrat Iain Donaldson polled 2,164 and Reform UK's Simon Danczuk 1,968.",
        ),
        (
            C(lambda: BV("Rochdale", "2024", "LD"), "2164"),
            C(lambda: BV("Rochdale", "2024", "RUK"), "1968"),
        ),
    ),
    X(
        "e32",
        "wikipedia rochdale 2024",
        H(
            "Rochdale by-election",
            "Turnout in the constituency had been 60.1% at the previous general election.",
        ),
        (C(lambda: ST(2019, "Rochdale"), "60.1"),),
    ),
    X(
        "e33",
        "radicaltimes rochdale 2024",
        H(
            "Rochdale by-election",
            "In 2019 Labour held the seat with 52% of the vote to the Tories' 31%.",
        ),
        (
            C(lambda: SS(2019, "Rochdale", "Lab"), "52"),
            C(lambda: SS(2019, "Rochdale", "Con"), "31"),
        ),
    ),
    X(
        "e34",
        "radicaltimes rochdale 2024",
        H(
            "Rochdale by-election",
            "In 2019 the Liberal Democrats and the Brexit Party took 7% and 8% respectively.",
        ),
        (C(lambda: SS(2019, "Rochdale", "LD"), "7"), C(lambda: SS(2019, "Rochdale", "BRX"), "8")),
    ),
    X(
        "e35",
        "independent rochdale 2024",
        H(
            "Rochdale by-election",
            "His majority of 5,697 votes amounted to 18.3 percent of the total, on a turnout of 39.7 percent.",
        ),
        (
            C(lambda: 100 * BMAJ("Rochdale", "2024") / by("Rochdale", "2024").valid, "18.3"),
            C(lambda: BT("Rochdale", "2024"), "39.7"),
        ),
    ),
    X(
        "e36",
        "itv batley 2021",
        H("Batley and Spen by-election", "The Yorkshire Party's Corey Robinson polled 816 votes."),
        (C(lambda: by("Batley and Spen", "2021").ranked()[4].votes, "816"),),
    ),
    X(
        "e37",
        "nationalworld hartlepool 2021",
        H(
            "Hartlepool by-election, 6 May 2021",
            "The Conservatives won with 15529 votes, a majority of 6940, overturning a Labour majority of 3595.",
        ),
        (
            C(lambda: BV("Hartlepool", "2021", "Con"), "15529"),
            C(lambda: BMAJ("Hartlepool", "2021"), "6940"),
            C(lambda: MAJ(2019, "Hartlepool"), "3595"),
        ),
    ),
    X(
        "e38",
        "leadersgb hartlepool 2021",
        H(
            "Hartlepool by-election, 6 May 2021",
            "The Conservatives won by 15,529 votes to Labour's 8,859.",
        ),
        (
            C(lambda: BV("Hartlepool", "2021", "Con"), "15529"),
            C(lambda: BV("Hartlepool", "2021", "Lab"), "8859"),
        ),
    ),
    # ---- 1918-2010 (CBP-8647, two-member seats to 1945 leave seat counts unsettled)
    X(
        "f01",
        "discovery.researcher.life 1945",
        H("The 1945 general election", "In 1945 Labour gained 393 seats in a House of 640."),
        (CH(lambda: HS("1945", "lab"), "393"),),
    ),
    X(
        "f02",
        "wikimili 1945",
        H("The 1945 general election", "Turnout was 72.8%."),
        (CH(lambda: HT("1945"), "72.8", 0.15),),
    ),
    X(
        "f03",
        "bbc 1950",
        H("The 1950 general election", "Voter turnout reached an historic high of 84%."),
        (CH(lambda: HT("1950"), "84"),),
    ),
    X(
        "f04",
        "wyburn-powell 1951",
        H(
            "The 1951 general election",
            "Churchill's Conservatives returned to office with 48.0% of the vote, less than Labour's 48.8%.",
        ),
        (CH(lambda: HSH("1951", "con"), "48.0"), CH(lambda: HSH("1951", "lab"), "48.8")),
    ),
    X(
        "f05",
        "wyburn-powell 1951",
        H("The 1951 general election", "The Conservatives won 321 seats to Labour's 295."),
        (CH(lambda: HS("1951", "con"), "321"), CH(lambda: HS("1951", "lab"), "295")),
    ),
    X(
        "f06",
        "wyburn-powell 1951",
        H(
            "The 1951 general election",
            "The Liberal Party won just six seats and only 2.5% of the vote.",
        ),
        (CH(lambda: HS("1951", "lib"), "6"), CH(lambda: HSH("1951", "lib"), "2.5")),
    ),
    X(
        "f07",
        "wyburn-powell 1951",
        H("The 1951 general election", "Turnout in 1951 was 82.5%, down from 84.0%."),
        (CH(lambda: HT("1951"), "82.5", 0.15), CH(lambda: HT("1950"), "84.0", 0.15)),
    ),
    X(
        "f08",
        "wyburn-powell 1951",
        H(
            "The 1951 general election",
            "Labour and the Conservatives won 96.8% of the vote between them.",
        ),
        (CH(lambda: HSH("1951", "lab") + HSH("1951", "con"), "96.8"),),
    ),
    X(
        "f09",
        "wikiwand 1966",
        H("The 1966 general election", "Labour won 364 seats and 48.0% of the vote."),
        (CH(lambda: HS("1966", "lab"), "364"), CH(lambda: HSH("1966", "lab"), "48.0")),
    ),
    X(
        "f10",
        "wikiwand 1966",
        H("The 1966 general election", "The Conservatives won 253 seats with 41.9%."),
        (CH(lambda: HS("1966", "con"), "253"), CH(lambda: HSH("1966", "con"), "41.9")),
    ),
    X(
        "f11",
        "wikiwand 1966",
        H("The 1966 general election", "The Liberals won 12 seats and 8.5% of the vote."),
        (CH(lambda: HS("1966", "lib"), "12"), CH(lambda: HSH("1966", "lib"), "8.5")),
    ),
    X(
        "f12",
        "wikiwand 1966",
        H("The 1966 general election", "Turnout was 75.8%."),
        (CH(lambda: HT("1966"), "75.8", 0.15),),
    ),
    X(
        "f13",
        "simple wikipedia feb 1974",
        H("The February 1974 general election", "Labour won 301 seats to the Conservatives' 297."),
        (CH(lambda: HS("1974F", "lab"), "301"), CH(lambda: HS("1974F", "con"), "297")),
    ),
    X(
        "f14",
        "simple wikipedia feb 1974",
        H(
            "The February 1974 general election",
            "The Conservatives polled 11,872,180 votes, 37.9%, against Labour's 11,645,616, 37.2%.",
        ),
        (
            CH(lambda: HV("1974F", "con"), "11872180"),
            CH(lambda: HSH("1974F", "con"), "37.9"),
            CH(lambda: HV("1974F", "lab"), "11645616"),
            CH(lambda: HSH("1974F", "lab"), "37.2"),
        ),
    ),
    X(
        "f15",
        "simple wikipedia feb 1974",
        H("The February 1974 general election", "The Liberals won 14 seats and 19.3% of the vote."),
        (CH(lambda: HS("1974F", "lib"), "14"), CH(lambda: HSH("1974F", "lib"), "19.3")),
    ),
    X(
        "f16",
        "simple wikipedia feb 1974",
        H("The February 1974 general election", "Turnout was 78.8%."),
        (CH(lambda: HT("1974F"), "78.8", 0.15),),
    ),
    X(
        "f17",
        "wikipedia feb 1974 england",
        H(
            "The February 1974 general election",
            "In England, the Conservatives won 268 seats to Labour's 237.",
        ),
        (
            CH(lambda: HS("1974F", "con", "England"), "268"),
            CH(lambda: HS("1974F", "lab", "England"), "237"),
        ),
    ),
    X(
        "f18",
        "piglix 1979",
        H("The 1979 general election", "The Conservatives won 339 seats and 43.9% of the vote."),
        (CH(lambda: HS("1979", "con"), "339"), CH(lambda: HSH("1979", "con"), "43.9")),
    ),
    X(
        "f19",
        "piglix 1979",
        H("The 1979 general election", "Labour won 269 seats with 36.9%."),
        (CH(lambda: HS("1979", "lab"), "269"), CH(lambda: HSH("1979", "lab"), "36.9")),
    ),
    X(
        "f20",
        "piglix 1979",
        H("The 1979 general election", "The Liberals took 11 seats and 13.8% of the vote."),
        (CH(lambda: HS("1979", "lib"), "11"), CH(lambda: HSH("1979", "lib"), "13.8")),
    ),
    X(
        "f21",
        "piglix 1979",
        H("The 1979 general election", "Turnout was 76.0%."),
        (CH(lambda: HT("1979"), "76.0", 0.15),),
    ),
    X(
        "f22",
        "piglix 1979",
        H("The 1979 general election", "The Conservatives polled 13,697,923 votes."),
        (CH(lambda: HV("1979", "con"), "13697923"),),
    ),
    X(
        "f23",
        "psephos adam-carr 1983",
        H("The 1983 general election", "The Conservatives won 397 seats with 42.4% of the vote."),
        (CH(lambda: HS("1983", "con"), "397"), CH(lambda: HSH("1983", "con"), "42.4")),
    ),
    X(
        "f24",
        "psephos adam-carr 1983",
        H("The 1983 general election", "Labour won 209 seats and 27.6%."),
        (CH(lambda: HS("1983", "lab"), "209"), CH(lambda: HSH("1983", "lab"), "27.6")),
    ),
    X(
        "f25",
        "wiki3 1983",
        H(
            "The 1983 general election",
            "The Alliance polled 7,780,949 votes, 25.4%, and won 23 seats.",
        ),
        (
            CH(lambda: HV("1983", "lib"), "7780949"),
            CH(lambda: HSH("1983", "lib"), "25.4"),
            CH(lambda: HS("1983", "lib"), "23"),
        ),
    ),
    X(
        "f26",
        "wiki3 1983",
        H("The 1983 general election", "Turnout was 72.7%."),
        (CH(lambda: HT("1983"), "72.7", 0.15),),
    ),
    X(
        "f27",
        "memim 1983",
        H(
            "The 1983 general election",
            "The SDP-Liberal Alliance was only 675,985 votes behind Labour.",
        ),
        (CH(lambda: HV("1983", "lab") - HV("1983", "lib"), "675985"),),
    ),
    X(
        "f28",
        "psephos adam-carr 1983",
        H(
            "The 1983 general election",
            "The Conservatives polled 13,012,316 votes and Labour 8,456,934.",
        ),
        (CH(lambda: HV("1983", "con"), "13012316"), CH(lambda: HV("1983", "lab"), "8456934")),
    ),
    X(
        "f29",
        "oocities 1997",
        H(
            "The 1997 general election",
            "Labour have 418 MPs, the first time in history they have won more than 400 seats.",
        ),
        (CH(lambda: HS("1997", "lab"), "418"),),
    ),
    X(
        "f30",
        "oocities 1997",
        H("The 1997 general election", "The Conservatives won only 165 seats."),
        (CH(lambda: HS("1997", "con"), "165"),),
    ),
    X(
        "f31",
        "oocities 1997",
        H("The 1997 general election", "The Liberal Democrats won 46 seats in all."),
        (CH(lambda: HS("1997", "lib"), "46"),),
    ),
    X(
        "f32",
        "enow 1997",
        H(
            "The 1997 general election",
            "Labour won 43.2% of the vote; the Conservatives won 30.7%.",
        ),
        (CH(lambda: HSH("1997", "lab"), "43.2"), CH(lambda: HSH("1997", "con"), "30.7")),
    ),
    X(
        "f33",
        "ers 2001",
        H("The 2001 general election", "Labour polled 10,724,895 votes, 40.7%, and won 412 seats."),
        (
            CH(lambda: HV("2001", "lab"), "10724895"),
            CH(lambda: HSH("2001", "lab"), "40.7"),
            CH(lambda: HS("2001", "lab"), "412"),
        ),
    ),
    X(
        "f34",
        "ers 2001",
        H(
            "The 2001 general election",
            "The Conservatives won 166 seats with 8,357,622 votes, 31.7%.",
        ),
        (
            CH(lambda: HS("2001", "con"), "166"),
            CH(lambda: HV("2001", "con"), "8357622"),
            CH(lambda: HSH("2001", "con"), "31.7"),
        ),
    ),
    X(
        "f35",
        "ers 2001",
        H(
            "The 2001 general election",
            "The Liberal Democrats won 52 seats with 18.3% of the vote.",
        ),
        (CH(lambda: HS("2001", "lib"), "52"), CH(lambda: HSH("2001", "lib"), "18.3")),
    ),
    X(
        "f36",
        "ers 2005",
        H("The 2005 general election", "Labour won 356 seats with 9,566,618 votes, 35.2%."),
        (
            CH(lambda: HS("2005", "lab"), "356"),
            CH(lambda: HV("2005", "lab"), "9566618"),
            CH(lambda: HSH("2005", "lab"), "35.2"),
        ),
    ),
    X(
        "f37",
        "handlebar 2005",
        H("The 2005 general election", "The Conservatives won 198 seats and 32.4% of the votes."),
        (CH(lambda: HS("2005", "con"), "198"), CH(lambda: HSH("2005", "con"), "32.4")),
    ),
    X(
        "f38",
        "ers 2005",
        H("The 2005 general election", "The Liberal Democrats polled 5,985,414 votes, 22.0%."),
        (CH(lambda: HV("2005", "lib"), "5985414"), CH(lambda: HSH("2005", "lib"), "22.0")),
    ),
    X(
        "f39",
        "historylearningsite 2010",
        H(
            "The 2010 general election",
            "The Conservatives won 306 seats, Labour 258 and the Liberal Democrats 57.",
        ),
        (
            C(lambda: S(2010, "Con"), "306"),
            C(lambda: S(2010, "Lab"), "258"),
            C(lambda: S(2010, "LD"), "57"),
        ),
    ),
    X(
        "f40",
        "parliament key issues 2010",
        H(
            "The 2010 general election",
            "The Conservatives won 36.0% of the vote, and the Liberal Democrat share was 23.0%.",
        ),
        (C(lambda: SH(2010, "Con"), "36.0", 0.06), C(lambda: SH(2010, "LD"), "23.0", 0.06)),
    ),
    X(
        "f41",
        "parliament key issues 2010",
        H("The 2010 general election", "Labour won 29.0% of the vote, their lowest since 1983."),
        (C(lambda: SH(2010, "Lab"), "29.0"),),
    ),
    X(
        "f42",
        "parliament key issues 2010",
        H("The 2010 general election", "29.7 million people cast valid votes, a turnout of 65.1%."),
        (C(lambda: R.totals(2010)["_valid"] / 1e6, "29.7"), C(lambda: T(2010), "65.1")),
    ),
    X(
        "f43",
        "historylearningsite 2010",
        H(
            "The 2010 general election",
            "Labour polled 8,604,358 votes and the Liberal Democrats 6,827,938.",
        ),
        (C(lambda: V(2010, "Lab"), "8604358"), C(lambda: V(2010, "LD"), "6827938")),
    ),
    X(
        "f44",
        "parliament key issues 2010",
        H(
            "The 2010 general election",
            "Between them the Conservatives and Liberal Democrats won 59.0% of the popular vote.",
        ),
        (C(lambda: SH(2010, "Con") + SH(2010, "LD"), "59.0", 0.1),),
    ),  # the sum of two rounded shares
    X(
        "f45",
        "bbc 1997 landslide",
        H(
            "The 1997 general election",
            "Having lost 178 seats, the surviving 165 Conservative MPs were the smallest Tory total since 1906.",
        ),
        (
            CH(lambda: HS("1997", "con"), "165"),
            CH(lambda: HS("1992", "con") - HS("1997", "con"), "171", 8),
        ),
    ),  # 178 is against the notional 1992 seats
    X(
        "f46",
        "hungparliament2010 blog",
        H(
            "The February 1974 general election",
            "Labour won 301 seats with 37.2% of the vote; the Liberals won 14 seats with 19.3%.",
        ),
        (
            CH(lambda: HS("1974F", "lab"), "301"),
            CH(lambda: HSH("1974F", "lab"), "37.2"),
            CH(lambda: HS("1974F", "lib"), "14"),
            CH(lambda: HSH("1974F", "lib"), "19.3"),
        ),
    ),
    X(
        "f47",
        "simple wikipedia feb 1974",
        H("The February 1974 general election", "The SNP won 7 seats with 2.0% of the vote."),
        (
            CH(lambda: HS("1974F", "natSW", "Scotland"), "7"),
            CH(
                lambda: (
                    HSH("1974F", "natSW", "Scotland")
                    * R.hist_national("1974F", "Scotland")["_total"]
                    / R.hist_national("1974F")["_total"]
                ),
                "2.0",
            ),
        ),
    ),
    X(
        "f48",
        "handlebar 2005",
        H("The 2005 general election", "Labour won 355 seats with 9,552,436 votes, 35.2%."),
        (
            CH(lambda: HS("2005", "lab"), "355"),
            CH(lambda: HV("2005", "lab"), "9552436"),
            CH(lambda: HSH("2005", "lab"), "35.2"),
        ),
    ),
    X(
        "f49",
        "visionofbritain 1966",
        H(
            "The 1966 general election",
            "Harold Wilson replaced his unworkable majority of 4 by one of 96.",
        ),
        (CH(lambda: 2 * HS("1966", "lab") - 630, "96", 2),),
    ),  # Labour seats less all others; the Speaker (counted Labour here) moves it by 2
    X(
        "f50",
        "bbc 1950",
        H("The 1950 general election", "Labour's vote went up by nearly two million on 1945."),
        (C(NONE, "2"),),
    ),  # the 1945 file sums leave out second members of two-member seats (round 10): unsettled
    # ---- census
    X(
        "g01",
        "fullfact 2023",
        H(
            "Muslim-majority constituencies",
            "In Birmingham, Hodge Hill 62.4% of constituents identify as Muslim.",
        ),
        (C(NONE, "62.4"),),
    ),  # the 2010-boundary seat; the census files are on 2024 boundaries
    X(
        "g02",
        "fullfact 2023",
        H(
            "Muslim-majority constituencies",
            "People identifying as Muslim are the majority in three Parliamentary constituencies in England and Wales.",
        ),
        (C(NONE, "3"),),
    ),  # 2010 boundaries: unsettled here
    X(
        "g03",
        "commonslibrary country-of-birth",
        H(
            "Constituency statistics: country of birth",
            "83% of usual residents of England and Wales in March 2021 were born in the UK.",
        ),
        (C(lambda: CBALL("birth", UKBORN), "83"),),
    ),
    X(
        "g04",
        "commonslibrary religion",
        H(
            "Constituency data: religion",
            "Across Great Britain, 46% of people identified as Christian and 38% said they had no religion.",
        ),
        (C(NONE, "46"),),
    ),  # GB includes Scotland's 2022 census, not among the raw files
    X(
        "g05",
        "commonslibrary country-of-birth",
        H(
            "Constituency statistics: country of birth",
            "The constituency with the highest share of people born outside the UK and the EU was Leicester East.",
        ),
        (C(NONE, "1"),),
    ),  # the birth file does not split EU from other Europe
    X(
        "g06",
        "wikipedia rochdale 2024",
        H("Rochdale by-election", "British Asians make up 18.5% of the population of Rochdale."),
        (C(NONE, "18.5"),),
    ),  # old boundaries
]
