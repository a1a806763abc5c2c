"""Round 10 (WRONG12): classes of true claims the twelfth held-out batch saw called false.

Read right (docs/claims.md, "Round 10: the twelfth batch's wrong contradictions"):

- *a share of the seats*: "won more than half the seats", "took two-thirds of Scotland's
  seats", "a third of the region's 30 MPs" is the party's seats over the seats in scope
  (:func:`seats_follow`, :func:`seat_share`), not its share of the vote;
- *the party overtaken*: "Plaid overtook the Conservatives to come second, with 21.3 per
  cent" - the figure is the subject's; a party named as the object of a verb of passing
  ("overtook", "beat", "pushed ... into third") is never the one it is read for
  (:func:`passed_object`).
"""

from __future__ import annotations

import re
from typing import Any

#: after a fraction or percentage: the seats it is a share of ("half the seats", "two-thirds
#: of Scotland's 59 seats", "40 per cent of the region's MPs", "half the Welsh seats")
_SEATS_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?:the|its|their|all)\s+)?(?:[\w-]+(?:'s?|\u2019s?)\s+)?"
    r"(?:(?!(?:votes?|ballots?|poll|electorate|in|across|of|at|for|and|or)\b)[\w-]+\s+){0,2}"
    r"(?:seats|mps|constituencies)\b"
)

SEAT_SHARE_NOTE = "a share of the seats in scope, not of the vote"


def seats_follow(folded: str, pos: int) -> int | None:
    """Where the seats end when the figure ending at ``pos`` is a share of seats ("more
    than half the seats", "two-thirds of Wales's seats"), read from the words right after
    it; ``None`` otherwise."""
    m = _SEATS_AFTER.match(folded, pos)
    return None if m is None else m.end()


def seat_share(ctx: Any, prow: Any, totals: Any, area: str, cmd: str) -> Any:
    """A party's seats over the seats in its area, judged against a stated fraction or
    percentage of the seats. At a 1918-2005 election the series' seat totals can be off by
    a seat or the seats in doubt (:func:`evaluate_results.series_guard`'s count slack):
    a miss within that many seats is not called false."""
    from psephos.claims.evaluate import Unanswerable, fmt_count, result
    from psephos.claims.evaluate_results import (
        SEAT_LEVEL,
        SERIES_SLACK,
        _series_seats_certain,
        _series_seats_in_doubt,
        election_sources,
    )

    party = ctx.frame.subject.party
    won = 0.0 if prow is None else float(prow["seats"])
    total = float(totals["seats"])
    if total <= 0:
        raise Unanswerable(f"no seats counted in {area}")
    out = result(
        ctx,
        won / total,
        kind="share",
        what=f"{party}'s share of the {fmt_count(total)} seats in {area} ({fmt_count(won)} seats)",
        reading=f"{ctx.election}, {area} ({fmt_count(total)} seats)",
        sources=election_sources(ctx),
        query="psephos.analysis.summary.summary",
        command=cmd,
    )
    f = ctx.frame
    if out.verdict != "contradicted" or ctx.election in SEAT_LEVEL or f.stated is None:
        return out
    slack = 0.0 if _series_seats_certain(ctx) else SERIES_SLACK["count"]
    slack = max(slack, _series_seats_in_doubt(ctx))
    low = f.stated.low if f.stated.low is not None else 0.0
    high = f.stated.high if f.stated.high is not None else 100.0
    scale = total / 100.0  # the stated bounds are per cent
    miss = max(low * scale - won, won - high * scale, 0.0)
    if slack and miss <= slack + 1e-9:
        out.verdict = "uncertain"
        for e in out.evidence:
            e.verdict = "uncertain"
        out.explanation += (
            " The 1918-2005 party series can differ from the official seat totals by "
            f"{fmt_count(slack)} seat(s), so this near miss is not called false."
        )
    return out


# --- the party overtaken ----------------------------------------------------------------------

#: a verb of passing right before a party: that party is its object, not the subject
_PASSING_VERB = re.compile(
    r"\b(?:overt(?:ook|ake|akes|aking|aken)|overhaul(?:ed|ing|s)?|leapfrog(?:ged|ging|s)?|"
    r"outpoll(?:ed|ing|s)?|outvot(?:ed|ing)|beat(?:ing|s|en)?|edg(?:ed|ing)\s+out|"
    r"push(?:ed|ing)|pipp(?:ed|ing)|ousted|unseat(?:ed|ing)|defeat(?:ed|ing)|"
    r"displac(?:ed|ing)|finish(?:ed|ing)\s+ahead\s+of|ahead\s+of)\s+(?:the\s+)?$"
)


def passed_object(folded: str, start: int, floor: int) -> bool:
    """Whether the name at ``start`` is the object of a verb of passing ("overtook the
    SNP", "pushed Labour into third", "ahead of the Greens")."""
    return _PASSING_VERB.search(folded, max(floor, start - 30), start) is not None


#: "Charles Kennedy's party", "the Prime Minister's party": a party named through a person
_PERSONS_PARTY = re.compile(r"(?:'s?|\u2019s?)\s+party\b")
#: the object named and then given its own figure in a relative clause ("beat the Greens,
#: who took 11 per cent"): the figure is the object's
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|who|whose)\b")


#: the figure right after the object: "ahead of Mr Robinson on 32.8 per cent" is the
#: object's own ("on", "at"); "overtook the Tories with 25 per cent" may be either's
_OWN_FIGURE = re.compile(r"(?:on|at)\b")
_EITHER_FIGURE = re.compile(r"(?:with|polling|taking|winning)\b")
_NEXT_TO = re.compile(r"\s*,?\s*$")


def not_passed(ctx: Any, subj: Any, at: int) -> tuple[Any, str | None]:
    """The subject of a figure whose nearest party is the object of a verb of passing
    ("Plaid overtook the Conservatives to come second, with 21.3 per cent"): the party or
    person before the verb, when one is named there; else the subject as read and the
    reason it is unresolved (the verb's subject is "Charles Kennedy's party", or none).
    ``at`` is where the figure's words start: a figure right after the object ("ahead of
    Mr Robinson on 32.8 per cent") is the object's; "overtook the Tories with 25 per
    cent" may be either's, and is left unresolved.
    A subject that is not such an object comes back as it is, with no reason."""
    import dataclasses

    folded = ctx.doc.folded
    floor = ctx.sent.start
    if subj is None or subj.start < floor or not passed_object(folded, subj.start, floor):
        return subj, None
    next_to = _NEXT_TO.match(folded[subj.end : at]) is not None
    if _RELATIVE_AFTER.match(folded, subj.end) or (next_to and _OWN_FIGURE.match(folded, at)):
        return subj, None
    verb = _PASSING_VERB.search(folded, max(floor, subj.start - 30), subj.start)
    if verb is None:
        return subj, None
    word = re.sub(r"\s+(?:the\s+)?$", "", verb.group())
    alt = ctx.subject_before(verb.start(), "person", "party")
    why = f"subject: '{subj.text}' is the party passed ('{word}'), not the one the figure is for"
    if alt is None or alt.start < floor or alt.start >= subj.start:
        return subj, why
    if next_to and _EITHER_FIGURE.match(folded, at):
        return subj, f"the figure right after '{subj.text}' may be its own or '{alt.text}''s"
    if passed_object(folded, alt.start, floor) or _PERSONS_PARTY.match(folded, alt.end):
        return subj, why
    return dataclasses.replace(alt, how=f"the subject of '{word}'"), None


# --- a seat won back from its defecting MP ----------------------------------------------------


def defector_reading(ctx: Any, p: Any, party: str, won: bool) -> tuple[str, str] | None:
    """(reading, source id) of a gain from the seat's own sitting MP: the party won the seat
    it had won at the previous election, on the same boundaries, from the MP elected for
    it then, who stood this time for another party ("The Conservatives took Totnes back
    from Sarah Wollaston", "Labour won the seat back from its former MP"). Officially a
    hold; read against the MP who sat for the seat at dissolution, a gain - so a gain
    claim ``depends``. ``None`` when the seat had no such MP."""
    from psephos.analysis.seat import seat_profile
    from psephos.errors import PsephosError

    comp = p.comparison
    if not won or comp is None or comp.get("winner_party") != party:
        return None
    sitting = [
        c for c in p.candidates if c.get("sitting_mp") and c.get("party_code") not in (party,)
    ]
    if len(sitting) != 1:
        return None
    mp = sitting[0]
    try:
        before = seat_profile(p.seat["ons_code"], election=comp["election_id"], db=ctx.db)
    except PsephosError:  # another boundary set: the sitting MP may be another seat's
        return None
    first = next((c for c in before.candidates if int(c["rank"]) == 1), None)
    if first is None or first.get("name") != mp.get("name") or first.get("party_code") != party:
        return None
    return (
        f"against the seat's sitting MP at dissolution: {mp['name']}, elected for {party} at "
        f"{comp['title']}, stood for {mp['party_code']}",
        str(mp.get("source_id") or comp.get("source_id")),
    )
