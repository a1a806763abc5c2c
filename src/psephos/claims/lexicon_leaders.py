"""Round 10 (FOUND): a party named through its leader ("Neil Kinnock's party won 271 seats",
"Mr Callaghan's party fell to 269", "Churchill's party came out ahead in seats").

The words "LEADER's party" name the party the leader led; they were read as a person (or not
at all), so the claim had no party and no frame took it. Each leader below led one party at
every general election the name is used of (common knowledge, not a figure of any file); a
leader who led two parties, or whose party changed (Ramsay MacDonald, Lloyd George, Nigel
Farage, Jeremy Corbyn), is left out: their "party" is not resolved, so such a claim stays
unread rather than being judged against the wrong party.

A bare surname is enough only for the surnames listed in :data:`BARE` (distinctive ones);
otherwise the first name or a title ("Mr", "Mrs", "Sir") is needed ("Theresa May's party",
"Mrs May's party", never "May's party").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: leader (first name and surname) -> the party's name as the gazetteer keys it
LEADERS: dict[str, str] = {
    # Conservative
    "bonar law": "conservative", "stanley baldwin": "conservative",
    "neville chamberlain": "conservative", "winston churchill": "conservative",
    "anthony eden": "conservative", "harold macmillan": "conservative",
    "alec douglas-home": "conservative", "edward heath": "conservative",
    "ted heath": "conservative", "margaret thatcher": "conservative",
    "john major": "conservative", "william hague": "conservative",
    "iain duncan smith": "conservative", "michael howard": "conservative",
    "david cameron": "conservative", "theresa may": "conservative",
    "boris johnson": "conservative", "rishi sunak": "conservative",
    "kemi badenoch": "conservative",
    # Labour
    "arthur henderson": "labour", "george lansbury": "labour", "clement attlee": "labour",
    "hugh gaitskell": "labour", "harold wilson": "labour", "james callaghan": "labour",
    "jim callaghan": "labour", "michael foot": "labour", "neil kinnock": "labour",
    "john smith": "labour", "tony blair": "labour", "gordon brown": "labour",
    "ed miliband": "labour", "keir starmer": "labour",
    # Liberal (to 1988), then Liberal Democrat
    "h. h. asquith": "liberal", "herbert asquith": "liberal", "herbert samuel": "liberal",
    "archibald sinclair": "liberal", "clement davies": "liberal", "jo grimond": "liberal",
    "jeremy thorpe": "liberal", "david steel": "liberal",
    "paddy ashdown": "liberal democrat", "charles kennedy": "liberal democrat",
    "menzies campbell": "liberal democrat", "ming campbell": "liberal democrat",
    "nick clegg": "liberal democrat", "tim farron": "liberal democrat",
    "vince cable": "liberal democrat", "jo swinson": "liberal democrat",
    "ed davey": "liberal democrat",
    # the nations' parties
    "alex salmond": "snp", "john swinney": "snp", "nicola sturgeon": "snp",
    "humza yousaf": "snp",
    "gwynfor evans": "plaid cymru", "dafydd wigley": "plaid cymru",
    "ieuan wyn jones": "plaid cymru", "leanne wood": "plaid cymru", "adam price": "plaid cymru",
    "rhun ap iorwerth": "plaid cymru",
    "ian paisley": "dup", "arlene foster": "dup", "jeffrey donaldson": "dup",
    "gerry adams": "sinn fein", "mary lou mcdonald": "sinn fein",
    "john hume": "sdlp", "david trimble": "ulster unionist",
}  # fmt: skip

#: surnames that name their leader alone ("Churchill's party"): none is another leader's
#: surname in :data:`LEADERS`, nor an ordinary word
BARE = frozenset({
    "baldwin", "churchill", "attlee", "gaitskell", "macmillan", "douglas-home", "thatcher",
    "callaghan", "kinnock", "blair", "cameron", "sunak", "starmer", "miliband", "badenoch",
    "ashdown", "clegg", "farron", "swinson", "sturgeon", "salmond", "grimond", "thorpe",
    "asquith", "hague", "paisley", "trimble", "lansbury",
})  # fmt: skip

_TITLE = r"(?:mr|mrs|ms|miss|sir|dame|lady|lord)\.?\s+"


def _surname(full: str) -> str:
    return full.split()[-1]


def _build() -> tuple[re.Pattern[str], dict[str, str]]:
    by_key: dict[str, str] = {}
    for full, party in LEADERS.items():
        by_key[full] = party
        by_key[_surname(full)] = party if _surname(full) not in by_key else ""
    # a surname two leaders of different parties share is never read alone
    names = sorted(LEADERS, key=len, reverse=True)
    surnames = sorted(
        {_surname(n) for n in LEADERS if by_key.get(_surname(n))}, key=len, reverse=True
    )
    bare = sorted((s for s in BARE if by_key.get(s)), key=len, reverse=True)

    def alt(xs: list[str]) -> str:
        return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in xs)

    rx = re.compile(
        rf"\b(?:(?:{_TITLE})?(?P<full>{alt(names)})|{_TITLE}(?P<titled>{alt(surnames)})|"
        rf"(?P<bare>{alt(bare)}))(?:'s?|\u2019s?)\s+party\b"
    )
    return rx, by_key


_RX, _BY_KEY = _build()


def leader_party_spans(text: str, folded: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, party name) of each "LEADER's party" in ``folded`` (``text``'s folded
    form, the same length): the name written with a capital in ``text``."""
    if "party" not in folded:
        return
    for m in _RX.finditer(folded):
        key = " ".join((m.group("full") or m.group("titled") or m.group("bare")).split())
        party = _BY_KEY.get(key)
        if not party:
            continue
        name_at = (
            m.start("full")
            if m.group("full")
            else m.start("titled")
            if m.group("titled")
            else m.start("bare")
        )
        if not text[name_at : name_at + 1].isupper():
            continue
        yield m.start(), m.end(), party
