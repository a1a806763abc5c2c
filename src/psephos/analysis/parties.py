"""One party resolver: a code, name or common name to the store's canonical party code.

Every command that takes a party (``rank share:P``, ``swing A-B``, ``--where winner=P``,
``project --shares P=..``, ``history P``) resolves it here, so they all accept the same
spellings:

* a code in any case (``Lab``, ``lab``, ``BRX``, ``spk``);
* a party's name or short name from the store (``Social Democratic and Labour Party``,
  ``Sinn Féin``), ignoring case, accents, punctuation, a leading "The" and a trailing
  "Party";
* the common names in :data:`ALIASES` (``Labour Co-operative`` → ``Lab``, ``Tories`` →
  ``Con``, ``Reform`` → ``RUK``, ``Brexit`` → ``BRX``, ``Alliance`` → ``APNI``,
  ``Speaker`` → ``Spk``).

The code returned is the party as it stood: ``Brexit Party`` is ``BRX``, not ``RUK``. The
lineage Reform UK ← Brexit Party (``parties.predecessor``) is applied by the callers that
compare elections (swing and change link the two and say so; the projection models read
the notional Brexit Party vote as Reform UK's).

An unknown party raises :class:`~psephos.errors.NotFoundError` with close matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from psephos._suggest import suggest
from psephos.errors import InputError, NotFoundError

if TYPE_CHECKING:
    from psephos.analysis.frame import DB

_COMMON: dict[str, tuple[str, ...]] = {
    "Lab": (
        "labour",
        "labour party",
        "labour co-operative",
        "labour and co-operative",
        "labour co-op",
        "lab co-op",
        "labour cooperative",
    ),
    "Con": (
        "conservative",
        "conservatives",
        "conservative party",
        "conservative and unionist",
        "conservative and unionist party",
        "tory",
        "tories",
    ),
    "LD": (
        "liberal democrat",
        "liberal democrats",
        "lib dem",
        "lib dems",
        "libdem",
        "libdems",
    ),
    "RUK": ("reform", "reform uk", "reform uk party"),
    "BRX": ("brexit", "brexit party"),
    "Green": (
        "green",
        "greens",
        "green party",
        "green party of england and wales",
        "scottish green",
        "scottish greens",
    ),
    "SNP": ("scottish national party", "scottish nationalists"),
    "PC": ("plaid", "plaid cymru"),
    "DUP": ("democratic unionist", "democratic unionists", "democratic unionist party"),
    "SF": ("sinn fein",),
    "SDLP": ("social democratic and labour party",),
    "UUP": ("ulster unionist", "ulster unionists", "ulster unionist party"),
    "APNI": ("alliance", "alliance party", "alliance party of northern ireland"),
    "TUV": ("traditional unionist voice",),
    "UKIP": ("uk independence party",),
    "Spk": ("speaker", "the speaker", "mr speaker", "madam speaker"),
    "Ind": ("independent", "independents"),
    "Oth": ("other", "others", "other parties"),
}


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: ``"Sinn Féin"`` → ``"sinn fein"``,
    ``"Labour Co-operative"`` → ``"labour co operative"``."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    plain = plain.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def _variants(folded: str) -> set[str]:
    """``folded`` with and without a leading "the" and a trailing "party"."""
    out = {folded}
    for v in list(out):
        if v.startswith("the "):
            out.add(v[4:])
    for v in list(out):
        if v.endswith(" party") and len(v) > 6:
            out.add(v[:-6])
    return out


#: Common name (folded) → party code.
ALIASES: dict[str, str] = {fold(n): code for code, names in _COMMON.items() for n in names}


def party_code(
    text: str, *, db: DB = None, parties: Mapping[str, tuple[str, ...]] | None = None
) -> str:
    """The canonical party code for ``text`` (a code in any case, a name, a common name).

    Parameters
    ----------
    text : str
        ``"Lab"``, ``"labour"``, ``"Labour Co-operative"``, ``"Sinn Féin"``, ``"brx"``...
    db : path, optional
        The store whose ``parties`` table supplies the codes and names.
    parties : mapping, optional
        ``{code: (name, ...)}`` to resolve against instead of the store (for tests and
        callers without a store).

    Raises
    ------
    InputError
        when ``text`` is empty.
    NotFoundError
        when nothing matches, with close codes and names as suggestions.

    Examples
    --------
    >>> party_code("Sinn Féin", parties={"SF": ("Sinn Fein",)})
    'SF'
    >>> party_code("labour co-operative", parties={"Lab": ("Labour",)})
    'Lab'
    >>> party_code("brexit", parties={"BRX": ("The Brexit Party",)})
    'BRX'
    """
    raw = text.strip()
    if not raw:
        raise InputError("No party given.", hint="Give a party code or name, e.g. Lab or Labour.")
    table = _store_parties(db) if parties is None else _index(parties)
    codes, by_code, by_name = table
    if raw in codes:
        return raw
    folded = fold(raw)
    if folded in ALIASES:
        return ALIASES[folded]
    if folded in by_code:
        return by_code[folded]
    for v in _variants(folded):
        if v in by_name:
            return by_name[v]
    hits = _suggestions(raw, parties, db)
    raise NotFoundError(
        f"No party '{text.strip()}'.",
        suggestions=hits,
        hint=None
        if hits
        else "Party codes: Con, Lab, LD, SNP, Green, RUK, BRX, PC, DUP, SF, SDLP, UUP, APNI, "
        "TUV, Spk, Ind; or a party's name (see docs/store.md).",
    )


_Index = tuple[tuple[str, ...], dict[str, str], dict[str, str]]


def _index(parties: Mapping[str, tuple[str, ...]]) -> _Index:
    codes = tuple(parties)
    by_code: dict[str, str] = {}
    for c in sorted(codes):
        by_code.setdefault(fold(c), c)
    by_name: dict[str, str] = {}
    for c, names in parties.items():
        for n in names:
            if n:
                for v in _variants(fold(n)):
                    by_name.setdefault(v, c)
    return codes, by_code, by_name


def _store_table(db: DB) -> dict[str, tuple[str, ...]]:
    from psephos.store.connect import connect, memo

    con = connect(db)

    def read() -> dict[str, tuple[str, ...]]:
        rows = con.execute(
            "SELECT party_code, name, short_name FROM parties ORDER BY party_code"
        ).fetchall()
        return {code: tuple(n for n in (short, name) if n) for code, name, short in rows}

    return memo(con, "analysis.parties.table", read)


def _store_parties(db: DB) -> _Index:
    from psephos.store.connect import connect, memo

    con = connect(db)
    return memo(con, "analysis.parties.index", lambda: _index(_store_table(db)))


def _suggestions(raw: str, parties: Mapping[str, tuple[str, ...]] | None, db: DB) -> list[str]:
    """Codes of the parties whose code, name or common name is close to ``raw``."""
    table = _store_table(db) if parties is None else parties
    label: dict[str, str] = {}
    for code, names in table.items():
        label.setdefault(code, code)
        for n in names:
            label.setdefault(n, code)
    for alias, code in ALIASES.items():
        label.setdefault(alias, code)
    out: list[str] = []
    for hit in suggest(raw, label, limit=10, cutoff=70, whole=True):
        if label[hit] not in out:
            out.append(label[hit])
    return out[:3]
