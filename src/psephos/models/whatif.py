"""What would it have taken? One seat: votes to flip, turnout scenarios, model scenarios.

Definitions (votes of the declared result; :math:`w` the winner's votes, :math:`v_c` a
challenger's, majority :math:`m = w - v_2`):

* **extra votes** a challenger needed (from people who did not vote for anyone else):
  :math:`w - v_c + 1`;
* **switchers** needed (winner's voters voting for the challenger instead; each closes the
  gap by two): :math:`\\lfloor (w - v_c)/2 \\rfloor + 1`;
* **winner's voters staying at home**: :math:`w - v_c + 1` of them, a fraction
  :math:`(w - v_c + 1)/w` of the winner's vote; turnout (valid votes / electorate) then
  falls by :math:`(w - v_c + 1)/E`. A fall in turnout spread evenly over every candidate's
  voters scales all votes by the same factor and cannot change the order.
* **differential turnout by group** (a census group, share :math:`g` of the population,
  assumed to be the same share of voters): if the group's turnout changes by a relative
  :math:`\\Delta` and a fraction :math:`\\pi_c` of the group voted for candidate *c*, then
  :math:`v_c' = v_c + \\Delta\\, g\\, V \\pi_c` (:math:`V` valid votes). The seat flips once
  :math:`-\\Delta > (m+1) / (g V (\\pi_1 - \\pi_2))` when :math:`\\pi_1 > \\pi_2`. The split
  :math:`\\pi` is an assumption the caller supplies: no official source gives votes by group.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from psephos.display import Display
from psephos.errors import InputError, NotFoundError
from psephos.store.connect import connect


@dataclass(repr=False)  # Display gives a short repr and _repr_html_
class WhatIf(Display):
    """The result of :func:`whatif`; ``to_dict()`` is the ``psephos whatif --json`` shape."""

    seat: dict[str, Any]
    election: str
    electorate: int
    valid_votes: int
    turnout: float
    candidates: list[dict[str, Any]]
    majority: int
    challengers: list[dict[str, Any]]
    turnout_scenarios: dict[str, Any]
    group: dict[str, Any] | None = None
    scenario: dict[str, Any] | None = None
    notes: list[str] = field(default_factory=list)
    source_id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "seat": self.seat,
            "election": self.election,
            "electorate": self.electorate,
            "valid_votes": self.valid_votes,
            "turnout": self.turnout,
            "candidates": self.candidates,
            "winner": self.candidates[0],
            "runner_up": self.candidates[1] if len(self.candidates) > 1 else None,
            "majority": self.majority,
            "challengers": self.challengers,
            "turnout_scenarios": self.turnout_scenarios,
            "group": self.group,
            "scenario": self.scenario,
            "notes": self.notes,
            "source_id": self.source_id,
        }


def _label(c: Mapping[str, Any]) -> str:
    return f"{c['name']} ({c['party']})" if c["name"] else str(c["party"])


def whatif(
    seat: str,
    *,
    election: str = "ge2024",
    group: str | None = None,
    group_change: float | None = None,
    group_split: Mapping[str, float] | None = None,
    targets: Mapping[str, Mapping[str, float]] | Mapping[str, float] | None = None,
    model: str = "uns",
    tactical: Sequence[str] = (),
    sims: int = 0,
    seed: int | None = None,
    db: str | os.PathLike[str] | None = None,
) -> WhatIf:
    """Votes and turnout changes that would have flipped ``seat``, and model scenarios.

    Parameters
    ----------
    seat : str
        Name or ONS code (typo-tolerant: :func:`psephos.analysis.names.find_seat`).
    election : str
        A general election 2010–2024 (``ge2024``, ``2010``) or a notional result
        (``notional2019``), as :func:`psephos.analysis.frame.resolve_election` reads it;
        the seat is looked up on that election's boundaries.
    group, group_change, group_split
        Differential turnout: a census category (``Muslim``, ``Aged 65 to 69 years``...),
        its relative turnout change (``-0.2`` = a fifth of the group's voters stay home) and
        the assumed split of the group's vote by party code (``{"Ind": 0.6, "Lab": 0.3}``).
    targets, model, tactical, sims, seed
        Re-run the seat under a projection scenario (:func:`psephos.models.project`).

    Examples
    --------
    >>> w = whatif("Ilford North")          # doctest: +SKIP
    >>> w.majority                           # doctest: +SKIP
    528
    """
    from psephos.analysis.frame import resolve_election
    from psephos.analysis.names import find_seat

    _check_scenario_options(targets, tactical, sims)
    el = resolve_election(election, db=db)
    election = el.election_id
    ref = find_seat(seat, boundary_set=el.boundary_set, db=db)
    cur = connect(db).cursor()
    row = cur.execute(
        """SELECT c.electorate, c.valid_votes, c.source_id, k.country, k.region
           FROM contests c JOIN constituencies k ON k.ons_code = c.ons_code
            AND k.boundary_set = ?
           WHERE c.election_id = ? AND c.ons_code = ?""",
        [el.boundary_set, election, ref.ons_code],
    ).fetchone()
    if row is None:
        raise NotFoundError(
            f"No result for {ref.name} at {el.title}.",
            hint="Check the seat existed on the boundaries of that election.",
        )
    electorate, valid, source_id, country, region = row
    cands = [
        {"party": p, "name": n or None, "votes": int(v), "share": float(v) / valid}
        for p, n, v in cur.execute(
            """SELECT party_code, trim(coalesce(given_name,'') || ' ' || coalesce(family_name,'')),
                      votes FROM candidacies WHERE election_id = ? AND ons_code = ?
               ORDER BY votes DESC""",
            [election, ref.ons_code],
        ).fetchall()
    ]
    if len(cands) < 2:
        raise InputError(f"{ref.name} had a single candidate at {election}: nothing to flip.")
    w = cands[0]["votes"]
    majority = w - cands[1]["votes"]
    challengers = []
    for c in cands[1:]:
        behind = w - c["votes"]
        challengers.append(
            {
                "party": c["party"],
                "name": c["name"],
                "votes": c["votes"],
                "behind": behind,
                "extra_votes_to_win": behind + 1,
                "switchers_to_win": behind // 2 + 1,
                "winner_voters_staying_home": behind + 1,
                "winner_turnout_fall": (behind + 1) / w,
                "turnout_after": (valid - behind - 1) / electorate,
                "turnout_change_points": -(behind + 1) / electorate * 100,
            }
        )
    turnout = valid / electorate
    r = challengers[0]
    scen = {
        "uniform_fall": "A fall in turnout spread evenly over every candidate's voters scales "
        "all votes alike and cannot change who wins.",
        "winner_voters_staying_home": r["winner_voters_staying_home"],
        "winner_turnout_fall": r["winner_turnout_fall"],
        "turnout_before": turnout,
        "turnout_after": r["turnout_after"],
        "turnout_change_points": r["turnout_change_points"],
        "text": (
            f"{_label(cands[0])} won by {majority:,} votes ({w:,} to {cands[1]['votes']:,}). "
            f"Had {r['winner_voters_staying_home']:,} of {_label(cands[0])}'s voters "
            f"({r['winner_turnout_fall']:.1%} of them) stayed at home, {_label(cands[1])} "
            f"would have won: turnout {turnout:.1%} → {r['turnout_after']:.1%} "
            f"({r['turnout_change_points']:+.2f} points)."
        ),
    }
    out = WhatIf(
        seat={"ons_code": ref.ons_code, "name": ref.name, "country": country, "region": region},
        election=election,
        electorate=int(electorate),
        valid_votes=int(valid),
        turnout=turnout,
        candidates=cands,
        majority=majority,
        challengers=challengers,
        turnout_scenarios=scen,
        source_id=source_id,
    )
    if group is not None:
        if el.boundary_set != "2024":
            raise InputError(
                f"Census groups are given for the 2024 boundaries, not {el.title}'s.",
                hint="Use --election ge2024 (or notional2019) with --group.",
            )
        out.group = _group(
            cur, ref.ons_code, cands, valid, electorate, majority, group, group_change, group_split
        )
    if targets is not None:
        out.scenario = _scenario(
            ref.ons_code, election, targets, model, tactical, sims, seed, valid, db, cands
        )
    return out


def _check_scenario_options(targets: Any, tactical: Sequence[str], sims: int) -> None:
    """Refuse scenario options that cannot apply: a negative draw count, a tactical rule
    that does not parse, or either one without target shares to make a scenario of."""
    if isinstance(sims, bool) or not isinstance(sims, int) or sims < 0:
        raise InputError(
            f"--sims must be a whole number of draws, 0 or more (got {sims!r}).",
            hint="For example --sims 2000.",
        )
    if tactical:
        from psephos.models.project import parse_tactical  # loads numpy: only when needed

        for t in tactical:
            if isinstance(t, str):
                parse_tactical(t)
    if targets is None and (tactical or sims):
        what = " and ".join(
            x for x, on in (("--tactical", bool(tactical)), ("--sims", bool(sims))) if on
        )
        raise InputError(
            f"{what} apply to a model scenario: give target shares with --shares too.",
            hint='For example --shares "Lab=30,Con=28,RUK=18" --sims 2000.',
        )


def _group(
    cur: Any,
    ons: str,
    cands: list[dict[str, Any]],
    valid: int,
    electorate: int,
    majority: int,
    group: str,
    change: float | None,
    split: Mapping[str, float] | None,
) -> dict[str, Any]:
    row = cur.execute(
        """SELECT topic, category, share, source_id FROM census
           WHERE ons_code = ? AND lower(category) = lower(?)
           ORDER BY topic = 'summary', topic LIMIT 1""",
        [ons, group.strip()],
    ).fetchone()
    if row is None:
        cats = [
            r[0]
            for r in cur.execute(
                "SELECT DISTINCT category FROM census WHERE ons_code = ?", [ons]
            ).fetchall()
        ]
        from psephos._suggest import suggest

        sugg = suggest(group, cats)
        raise NotFoundError(
            f"No census group '{group}' for this seat (census data cover "
            "Great Britain; Northern Ireland has none).",
            suggestions=sugg,
        )
    if change is not None and not (math.isfinite(change) and change >= -1):
        raise InputError(
            f"--group-change {change} is not a possible turnout change: a relative change "
            "must be a number of at least -1 (-1: every member of the group stays at home).",
            hint="For example --group-change -0.1 (a tenth stay home) or 0.2 (a fifth more vote).",
        )
    max_rise = electorate / valid - 1 if valid else 0.0
    if change is not None and change > max_rise + 1e-12:
        raise InputError(
            f"--group-change {change:+.0%} would take the group's turnout past 100 %: at "
            f"{valid / electorate:.1%} turnout its voters can rise by at most {max_rise:.0%}.",
            hint=f"Use a change between -1 and {max_rise:.2f}.",
        )
    topic, category, share, source_id = row
    g_votes = float(share) * valid
    res: dict[str, Any] = {
        "topic": topic,
        "category": category,
        "population_share": float(share),
        "voters": g_votes,
        "source_id": source_id,
        "assumption": "the group's share of voters equals its share of the population, and "
        "its vote split is the one supplied (no official source gives it)",
        "split": dict(split or {}),
        "turnout_change": change,
    }
    if not split:
        res["text"] = (
            "No vote split given for the group: a group voting like the seat as a "
            "whole changes nothing. Give --group-split, e.g. Ind=0.6,Lab=0.3."
        )
        return res
    if not all(math.isfinite(v) for v in split.values()):
        raise InputError(f"The group split {dict(split)} has a value that is not a number.")
    if sum(split.values()) > 1 + 1e-9 or min(split.values()) < 0:
        raise InputError(f"The group split {dict(split)} must be fractions adding to at most 1.")
    parties = {c["party"] for c in cands}
    for p in split:
        if p not in parties:
            raise InputError(f"No {p} candidate stood here; candidates: {', '.join(parties)}.")
    pi = [split.get(c["party"], 0.0) if c is _first(cands, c["party"]) else 0.0 for c in cands]
    gap = pi[0] - pi[1]
    res["flip_turnout_change"] = -(majority + 1) / (g_votes * gap) if gap else None
    if change is not None:
        new = [
            {"party": c["party"], "name": c["name"], "votes": c["votes"] + change * g_votes * p}
            for c, p in zip(cands, pi, strict=True)
        ]
        new.sort(key=lambda c: -c["votes"])
        res["result"] = new
        res["winner"] = new[0]
        res["majority"] = new[0]["votes"] - new[1]["votes"]
    flip = res["flip_turnout_change"]
    if flip is None:
        how = "the group splits evenly between the top two, so its turnout cannot flip the seat."
    elif flip < -1:
        how = "even if none of the group voted, the seat would not flip."
    elif flip > max_rise:
        how = (
            f"even if every member of the group voted (a rise of {max_rise:.0%}, turnout "
            "100 %), the seat would not flip."
        )
    else:
        how = (
            f"the seat flips if the group's turnout {'falls' if flip < 0 else 'rises'} by "
            f"more than {abs(flip):.1%} (relative)."
        )
    res["text"] = (
        f"{category} is {float(share):.1%} of the population (about "
        f"{g_votes:,.0f} voters). With the split given, {how}"
    )
    return res


def _first(cands: list[dict[str, Any]], party: str) -> dict[str, Any]:
    return next(c for c in cands if c["party"] == party)


def _scenario(
    ons: str,
    election: str,
    targets: Any,
    model: str,
    tactical: Sequence[str],
    sims: int,
    seed: int | None,
    valid: int,
    db: Any,
    base_cands: list[dict[str, Any]],
) -> dict[str, Any]:
    from psephos.models.base import BASES
    from psephos.models.project import project

    if election not in BASES:
        raise InputError(f"Model scenarios start from {', '.join(BASES)}, not {election}.")
    proj = project(
        targets, model=model, base=election, tactical=tactical, sims=sims, seed=seed, db=db
    )
    seats = proj.seats()
    r = seats[seats["ons_code"] == ons].iloc[0]
    names = {c["party"]: c["name"] for c in base_cands if c["party"] != "Ind"}
    cands = [
        {**c, "name": c["name"] or names.get(c["party"]), "votes": round(c["share"] * valid)}
        for c in r["candidates"]
    ]
    return {
        "model": model,
        "targets": proj.targets,
        "notes": proj.notes,
        "winner": r["winner"],
        "winner_name": cands[0]["name"],
        "gain": bool(r["gain"]),
        "majority_share": float(r["majority"]),
        "majority_votes": cands[0]["votes"] - cands[1]["votes"] if len(cands) > 1 else None,
        "candidates": cands,
        "win_probability": r["win_probability"],
    }
