"""Corrections to the 1918–2019 party-level series (CBP-8647), and the Speaker's seats.

The official file is never edited: these tables are written into the store beside it
(``history_corrections`` and ``speakers``) and applied by :mod:`psephos.analysis.series`,
so every changed figure can be traced to a row here with its reason and its source. Each
row names the file's own constituency name, election and boundary set, and the build's
tests check that every row matches exactly one row of the file.

Kinds of correction
-------------------
``recode``
    The file puts a winning candidate's votes in another group's column: all the votes in
    ``from_group`` are moved to ``to_group``. Used only for straight fights (the file's
    ``from_group`` column holds one candidate), where the moved figure is the candidate's
    own vote.
``swap``
    The votes of ``from_group`` and ``to_group`` are exchanged (the file gives the winner's
    votes to the runner-up's party).
``winner``
    The winning candidate belongs to ``to_group`` but the file's group totals cannot show
    it: ``Oth`` sums several candidates (and outpolls the winner), or holds the winner
    together with another party's candidate. The winner is set; the majority is unknown.
``unplaced``
    A whole election's ``from_group`` wins cannot be given a party: no change of hands is
    inferred from or to that group at that election (``constituency_name`` is ``*``).

References
----------
.. [1] Craig, F. W. S. (1983). *British Parliamentary Election Results 1918–1949*, 3rd ed.
       Parliamentary Research Services.
.. [2] Craig, F. W. S. (1983). *British Parliamentary Election Results 1950–1970*, 2nd ed.
       Parliamentary Research Services.
.. [3] UK Parliament, "Speakers of the House of Commons" (list of Speakers since 1258 with
       their constituencies), https://www.parliament.uk/about/mps-and-lords/principal/speaker/
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

CRAIG_1918 = "Craig, British Parliamentary Election Results 1918–1949 (3rd ed., 1983)"
CRAIG_1950 = "Craig, British Parliamentary Election Results 1950–1970 (2nd ed., 1983)"
SPEAKERS_SOURCE = (
    "UK Parliament, 'Speakers of the House of Commons' "
    "(https://www.parliament.uk/about/mps-and-lords/principal/speaker/)"
)
SOURCE_ID = "psephos-corrections"


@dataclass(frozen=True)
class Correction:
    election: str
    constituency_name: str
    boundary_set: str
    kind: str
    from_group: str
    to_group: str
    reason: str
    source: str


def _lab_1951(name: str, member: str) -> Correction:
    return Correction(
        "1951",
        name,
        "1950-1951",
        "recode",
        "Oth",
        "Lab",
        f"{member}, the Labour member, is coded in the 'other' column in a straight fight "
        "with a Conservative (the Labour column is blank), so the seat shows a false change "
        "of hands from Labour in 1950",
        CRAIG_1950,
    )


CORRECTIONS: tuple[Correction, ...] = (
    _lab_1951("Ayrshire And Bute South Ayrshire", "Emrys Hughes"),
    _lab_1951("Birmingham Ladywood", "Victor Yates"),
    _lab_1951("Durham Jarrow", "Ernest Fernyhough"),
    _lab_1951("Glasgow Shettleston", "John McGovern"),
    _lab_1951("Merthyr Tydfil", "S. O. Davies"),
    _lab_1951("Monmouthshire Ebbw Vale", "Aneurin Bevan"),
    _lab_1951("Nelson And Colne", "Sydney Silverman"),
    Correction(
        "1951",
        "Bradford South",
        "1950-1951",
        "winner",
        "Oth",
        "Lab",
        "George Craddock, the Labour member, won; the file's 'other' column holds his votes "
        "together with his Conservative opponent's (the Labour and Conservative columns are "
        "blank), so the group totals cannot show the winner",
        CRAIG_1950,
    ),
    Correction(
        "1951",
        "St Marylebone",
        "1950-1951",
        "swap",
        "Lab",
        "Con",
        "Sir Wavell Wakefield (Conservative) held the seat; the file gives the Conservative's "
        "votes to Labour and Labour's to the Conservative, a false Labour gain",
        CRAIG_1950,
    ),
    Correction(
        "1951",
        "Herefordshire Hereford",
        "1950-1951",
        "swap",
        "Lab",
        "Con",
        "J. P. L. Thomas (Conservative) held the seat; the file gives the Conservative's votes "
        "to Labour and Labour's to the Conservative, a false Labour gain",
        CRAIG_1950,
    ),
    Correction(
        "1950",
        "Gateshead East",
        "1950-1951",
        "winner",
        "Oth",
        "Lab",
        "Arthur Moody (Labour) won; the file's 'other' column outpolls its Labour column, "
        "so the group totals name no Labour win and 1951 shows a false Labour gain",
        CRAIG_1950,
    ),
    Correction(
        "1945",
        "Rhondda East",
        "1945",
        "winner",
        "Oth",
        "Lab",
        "W. H. Mainwaring (Labour) won with 16,733 votes; the file's 'other' column (17,884) "
        "sums the Communist (15,761) and Plaid Cymru (2,123) candidates, so it outpolls him",
        CRAIG_1918,
    ),
    Correction(
        "1918",
        "*",
        "1918-1935",
        "unplaced",
        "Oth",
        "",
        "the Coalition's endorsed ('couponed') Liberal and Conservative candidates, and "
        "others, are coded in the 'other' column in 1918, so an 'other' win in 1918 names no "
        "party and a change of hands to or from it in 1922 cannot be inferred",
        CRAIG_1918,
    ),
)


@dataclass(frozen=True)
class Speaker:
    election: str
    constituency_name: str
    boundary_set: str
    speaker: str


# The Speaker standing for re-election at each general election of the series, 1918–2005
# (from 2010 the candidate files code the Speaker as party "Spk"). Elections at which the
# Speaker stood down (1951, 1959, 1983, 1992) have no row.
SPEAKERS: tuple[Speaker, ...] = (
    Speaker("1918", "Cumberland Penrith And Cockermouth", "1918-1935", "James Lowther"),
    Speaker("1922", "Halifax", "1918-1935", "John Henry Whitley"),
    Speaker("1923", "Halifax", "1918-1935", "John Henry Whitley"),
    Speaker("1924", "Halifax", "1918-1935", "John Henry Whitley"),
    Speaker("1929", "Daventry", "1918-1935", "Edward FitzRoy"),
    Speaker("1931", "Daventry", "1918-1935", "Edward FitzRoy"),
    Speaker("1935", "Daventry", "1918-1935", "Edward FitzRoy"),
    Speaker("1945", "Northumberland Hexham", "1945", "Douglas Clifton Brown"),
    Speaker("1950", "Northumberland Hexham", "1950-1951", "Douglas Clifton Brown"),
    Speaker("1955", "Cirencester And Tewkesbury", "1955-1970", "William Shepherd Morrison"),
    Speaker("1964", "Cities Of London And Westminster", "1955-1970", "Harry Hylton-Foster"),
    Speaker("1966", "Southamptonitchen", "1955-1970", "Horace King"),
    Speaker("1970", "Southamptonitchen", "1955-1970", "Horace King"),
    Speaker("1974F", "Wirral", "1974-1979", "Selwyn Lloyd"),
    Speaker("1974O", "Wirral", "1974-1979", "Selwyn Lloyd"),
    Speaker("1979", "Cardiff West", "1974-1979", "George Thomas"),
    Speaker("1987", "Croydon North East", "1983-1992", "Bernard Weatherill"),
    Speaker("1997", "West Bromwich West", "1997-2001", "Betty Boothroyd"),
    Speaker("2001", "Glasgow Springburn", "1997-2001", "Michael Martin"),
    Speaker("2005", "Glasgow North East", "2005", "Michael Martin"),
)


def correction_rows() -> list[dict[str, str]]:
    """The corrections as rows of the store's ``history_corrections`` table."""
    return [{**asdict(c), "source_id": SOURCE_ID} for c in CORRECTIONS]


def speaker_rows() -> list[dict[str, str]]:
    """The Speaker's seats as rows of the store's ``speakers`` table."""
    return [{**asdict(s), "source": SPEAKERS_SOURCE, "source_id": SOURCE_ID} for s in SPEAKERS]
