"""Checks that need more than one contest: tenure, who beat whom, a candidate's party,
census shares and ranks (on both boundary sets), national statements about groups of
seats, and the claims these data cannot check (ages, offices, survey figures)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from psephos.analysis.frame import PREVIOUS
from psephos.claims import data, demography
from psephos.claims.checks import (
    HEAVY,
    _candidacy,
    _no_seat,
    _party_code,
    _unresolved,
    checker,
    combine,
    seat_code,
)
from psephos.claims.model import CheckedClaim, Claim, Evidence, Verdict

if TYPE_CHECKING:
    import duckdb


@checker("tenure")
def _tenure(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    p = claim.params
    seat = p.get("seat")
    member = p.get("member")
    if seat is None:
        return _unresolved(claim, "the seat is not named")
    code, bset = seat_code(con, seat, election)
    if code is None:
        return _no_seat(claim, seat, bset, election)
    rows = data.contest(con, election, code)
    how = ""
    mid = member.get("member_id") if member and member.get("resolved", True) else None
    if mid is None and p.get("sitting_mp"):
        sitting = [r for r in rows.rows if r["sitting_mp"]]
        if len(sitting) != 1:
            return _unresolved(claim, f"no single sitting MP stood in {seat['name']}")
        mid = sitting[0]["member_id"]
        how = f"'the sitting MP' is {sitting[0]['candidate']} (sitting MP in {seat['name']}, {election}). "
    if mid is None:
        return _unresolved(claim, "the member holding the seat is not resolved")
    held = data.held_since(con, int(mid), code, election)
    year = claim.params["year"]
    since = held["since"]
    pred = held["predecessor"]
    trail = (
        f" via the predecessor seat {pred['old_name']} ({pred['pop_share_of_new']:.0%} of the "
        "2024 seat's population)"
        if pred
        else ""
    )
    if since is None:
        verdict: Verdict = "contradicted"
        why = f"{how}The member did not win {seat['name']} at {election}."
    elif held["open_ended"] and year <= since:
        verdict = "uncertain"
        why = (
            f"{how}Held since 2010 or earlier{trail}; candidate-level results start in 2010, "
            f"so {year} cannot be confirmed from them ({held['basis']})."
        )
    elif not held["exact"]:
        verdict = "supported" if since == year else "uncertain"
        why = f"{how}Held since {since} on the best evidence{trail}: {held['basis']}."
    else:
        verdict = "supported" if since == year else "contradicted"
        why = f"{how}Held by the same member without a break since {since}{trail}."
    ev = Evidence(
        f"{seat['name']}{' and predecessor' if pred else ''}, as of {election}",
        since,
        f"since {since}",
        verdict,
        held["source_ids"],
        " ; ".join(held["queries"]),
        method="DESIGN.md 'held since' (psephos.analysis.tenure): unbroken run of wins "
        "by member id in this seat or its main predecessor",
    )
    return CheckedClaim(
        claim, verdict, why, "the first year of the run must equal the year stated", [ev]
    )


@checker("outcome_beaten")
def _beaten(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    p = claim.params
    win = _candidacy(p.get("winner"), election)
    loser = _party_code(p["loser_party_word"])
    if win is None or loser is None:
        return _unresolved(claim, f"the winner is not a resolved candidate in {election}")
    rows = data.contest(con, election, win["ons_code"])
    winner = next(r for r in rows.rows if r["candidate"] == win["name"])
    lrow = next((r for r in rows.rows if r["party_code"] == loser), None)
    region = data.run(
        con, "SELECT region FROM constituencies WHERE ons_code = ?", [win["ons_code"]]
    ).rows[0]["region"]
    ok = winner["rank"] == 1 and lrow is not None and lrow["rank"] > 1
    where = p.get("where")
    place_ok = where is None or "london" not in where or region == "London"
    verdict: Verdict = "supported" if ok and place_ok else "contradicted"
    lose_txt = (
        f"{loser} ({lrow['candidate']}) {lrow['votes']:,}, placed {lrow['rank']}"
        if lrow
        else f"no {loser} candidate"
    )
    why = (
        f"{winner['candidate']} ({winner['party_code']}) won {winner['constituency']} "
        f"({region}) with {winner['votes']:,} votes; {lose_txt}."
        if winner["rank"] == 1
        else f"{winner['candidate']} came {winner['rank']}."
    )
    ev = Evidence(
        f"{winner['constituency']} {election}",
        winner["rank"],
        why,
        verdict,
        [winner["source_id"]],
        rows.query,
    )
    return CheckedClaim(claim, verdict, why, "outcome: exact", [ev])


@checker("candidate_party")
def _party(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    c = _candidacy(claim.params.get("candidate"), election)
    code = _party_code(claim.params["party_word"])
    if c is None or code is None:
        return _unresolved(claim, f"the candidate is not resolved in {election}")
    rows = data.contest(con, election, c["ons_code"])
    row = next(r for r in rows.rows if r["candidate"] == c["name"])
    verdict: Verdict = "supported" if row["party_code"] == code else "contradicted"
    why = f"{row['candidate']} stood for {row['party_code']} in {row['constituency']} ({election})."
    ev = Evidence(
        f"{row['constituency']} {election}",
        row["party_code"],
        row["party_code"],
        verdict,
        [row["source_id"]],
        rows.query,
    )
    return CheckedClaim(claim, verdict, why, "party code: exact", [ev])


def _census_readings(
    con: duckdb.DuckDBPyConnection, claim: Claim, judge_new: object, judge_old: object
) -> list[Evidence] | None:
    seat = claim.params.get("seat")
    if seat is None:
        return None
    group = claim.params["group"]
    out: list[Evidence] = []
    new_code, old_code = seat["codes"].get("2024"), seat["codes"].get("2010")
    if new_code and (new := demography.new_seat(con, new_code, group)):
        v, disp = judge_new(new)  # type: ignore[operator]
        out.append(
            Evidence("2024 boundaries (published)", new, disp, v, new["source_ids"], new["query"])
        )
    if old_code and (old := demography.old_seat(con, old_code, group)):
        v, disp = judge_old(old)  # type: ignore[operator]
        out.append(
            Evidence(
                "2010-2019 boundaries (estimate)",
                old,
                disp,
                v,
                old["source_ids"],
                old["query"],
                estimate=True,
                method=old["method"],
            )
        )
    return out


def _no_census(claim: Claim) -> str:
    seat = claim.params.get("seat")
    if seat is None:
        return "no seat is named or referred to"
    return (
        f"the store has no census figures for {seat['name']} (Census 2021 covers Great "
        "Britain only)"
    )


@checker("demographic_share")
def _demo_share(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    st = claim.stated
    assert st is not None

    def new(r: dict) -> tuple[Verdict, str]:
        return ("supported" if st.contains(r["share"]) else "contradicted", f"{r['share']:.1f}%")

    def old(r: dict) -> tuple[Verdict, str]:
        if st.contains(r["share"]):
            return "supported", f"{r['share']:.1f}% (estimate)"
        inside = st.high >= r["low"] and st.low <= r["high"]
        return (
            "uncertain" if inside else "contradicted",
            f"{r['share']:.1f}% (estimate; hard bounds {r['low']:.1f}-{r['high']:.1f}%)",
        )

    evs = _census_readings(con, claim, new, old)
    if not evs:
        return _unresolved(claim, _no_census(claim))
    verdict = combine(evs)
    seat = claim.params["seat"]
    why = (
        f"{claim.params['group'].title()} share in {seat['name']}: "
        + "; ".join(f"{e.reading}: {e.display} → {e.verdict}" for e in evs)
        + "."
    )
    return CheckedClaim(claim, verdict, why, st.rule, evs)


@checker("demographic_rank")
def _demo_rank(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    n, pos = claim.params["n"], claim.params["position"]
    if pos == "just outside":
        lo, hi, tol = n + 1, n + 5, f"'just outside the top {n}': rank {n + 1} to {n + 5}"
    elif pos == "outside":
        lo, hi, tol = n + 1, 10_000, f"'outside the top {n}': rank above {n}"
    else:
        lo, hi, tol = 1, n, f"'in the top {n}': rank 1 to {n}"

    def judge(r: dict) -> tuple[Verdict, str]:
        v: Verdict = "supported" if lo <= r["rank"] <= hi else "contradicted"
        return v, f"rank {r['rank']} of {r['universe_text']} ({r['share']:.1f}%)"

    evs = _census_readings(con, claim, judge, judge)
    if not evs:
        return _unresolved(claim, _no_census(claim))
    verdict = combine(evs)
    why = (
        "; ".join(f"{e.reading}: {e.display} → {e.verdict}" for e in evs)
        + ". Ranked by share of residents; Northern Ireland has no census figures in the store."
    )
    return CheckedClaim(claim, verdict, why, tol, evs)


@checker("group_change")
def _group_change(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    p = claim.params
    if p["party"] in data.NOT_A_PARTY:
        return CheckedClaim(
            claim,
            "not_checkable",
            "Independents are not a party: each stands on their own, so a change in "
            "'independent support' is not compared across elections.",
        )
    base = PREVIOUS.get(election)
    if base is None:
        return _unresolved(claim, f"no previous election to compare {election} with")
    if data.boundary_set(con, election) != "2024":
        return _unresolved(
            claim,
            f"census group figures are for the 2024 seats; a change at {election} (fought on "
            "the 2010-2019 boundaries) is not computed",
        )
    res = demography.change_by_group(
        con, p["group"], p["party"], election=election, base=base, threshold=HEAVY
    )
    inside, outside = res["in"], res["out"]
    if not inside:
        return _unresolved(claim, f"no seat is at least {HEAVY:g}% {p['group']}")
    mean_in, mean_out = 100 * inside["mean_change"], 100 * (outside or {}).get("mean_change", 0)
    down = p["direction"] == "down"
    ok = mean_in < 0 if down else mean_in > 0
    verdict: Verdict = "supported" if ok else "contradicted"
    why = (
        f"{p['party']} share change {election} vs {base}: mean {mean_in:+.1f} points in the "
        f"{inside['seats']} seats at least {HEAVY:g}% {p['group']} (fell in "
        f"{inside['seats_lost_share']}), against {mean_out:+.1f} in the other "
        f"{(outside or {}).get('seats', 0)} GB seats."
    )
    ev = Evidence(
        f"GB seats {election} vs {base}",
        round(mean_in, 2),
        f"{mean_in:+.1f} points",
        verdict,
        ["census-summary-2024", "ge2024-candidates", "notional2019"],
        res["query"],
        method=f"'heavily' read as at least {HEAVY:g}% of residents",
    )
    return CheckedClaim(
        claim, verdict, why, f"direction of the mean change; 'heavily' = at least {HEAVY:g}%", [ev]
    )


_NOT_CHECKABLE = {
    "group_vote": "How a group of voters voted comes from surveys and polls; official results "
    "are counted by seat, not by religion or ethnicity.",
    "age": "Ages are not in the election data.",
    "office": "Ministerial offices are not in the election data.",
}


def _not_checkable(con: duckdb.DuckDBPyConnection, claim: Claim, election: str) -> CheckedClaim:
    return CheckedClaim(claim, "not_checkable", _NOT_CHECKABLE[claim.kind])


for _kind in _NOT_CHECKABLE:
    checker(_kind)(_not_checkable)
