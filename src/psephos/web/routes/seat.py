"""Seat pages and search: ``/seat/{seat}``, ``/seat/{seat}.json``, ``/search``, ``/search.json``."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from starlette.responses import Response

from psephos.analysis.seat import seat_profile
from psephos.web.app import get_store, redirect
from psephos.web.charts import Bar, history_svg
from psephos.web.respond import here, json_bytes, json_response, page
from psephos.web.search import MAX_QUERY, search
from psephos.web.store import WebStore

router = APIRouter()
SeatArg = Annotated[
    str,
    Path(
        max_length=MAX_QUERY,
        description=(
            "A 2024 constituency's ONS code (E14001300) or name (Ilford North; typos get suggestions)."
        ),
    ),
]
ElectionArg = Annotated[
    str,
    Query(
        max_length=80,
        description=(
            "ge2024 (default), ge2019, ge2017, ge2015, ge2010, notional2019 or a by-election id"
        ),
    ),
]
QueryArg = Annotated[str, Query(max_length=MAX_QUERY, description="A seat or candidate name")]


def profile_json(store: WebStore, seat: str, election: str) -> bytes:
    """The seat profile as ``psephos seat --json`` bytes (cached per build)."""
    return store.cached(
        ("seat", seat, election),
        lambda: json_bytes(store.call(seat_profile, seat, election=election).to_dict()),
    )


def profile(store: WebStore, seat: str, election: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(profile_json(store, seat, election))
    return result


def party_colours(store: WebStore) -> dict[str, str]:
    return store.fixed(
        ("party_colours",), lambda: dict(store.sql("SELECT party_code, colour FROM parties"))
    )


def history_bars(p: dict[str, Any], colours: dict[str, str]) -> list[Bar]:
    """The profile's own numbers as chart bars: main predecessor 2010-2019, then this seat."""
    bars: list[Bar] = []
    if p["predecessors"]:
        main = p["predecessors"][0]
        for r in main["results"]:
            if r.get("majority_share") is not None:
                bars.append(
                    Bar(
                        r["election_id"][2:],
                        main["name"],
                        r["winner_party"],
                        colours.get(r["winner_party"], "#aaaaaa"),
                        float(r["majority_share"]),
                    )
                )
    comp = p.get("comparison")
    if comp and comp.get("majority") is not None and comp.get("valid_votes"):
        bars.append(
            Bar(
                "2019 notional",
                p["seat"]["name"],
                comp["winner_party"],
                colours.get(comp["winner_party"], "#aaaaaa"),
                comp["majority"] / comp["valid_votes"],
            )
        )
    res = p["result"]
    if res.get("majority_share") is not None:
        bars.append(
            Bar(
                str(p["election"]["date"])[:4],
                p["seat"]["name"],
                res["winner_party"],
                colours.get(res["winner_party"], "#aaaaaa"),
                float(res["majority_share"]),
            )
        )
    return bars


@router.get(
    "/seat/{seat}.json",
    tags=["seats"],
    summary="A seat profile: the shape of `psephos seat --json`",
)
def seat_json(request: Request, seat: SeatArg, election: ElectionArg = "ge2024") -> Response:
    return json_response(profile_json(get_store(request), seat, election))


@router.get("/seat/{seat}", include_in_schema=False)
def seat_page(request: Request, seat: SeatArg, election: ElectionArg = "ge2024") -> Response:
    store = get_store(request)
    p = profile(store, seat, election)
    code = p["seat"]["ons_code"]
    if seat != code:  # one canonical URL per seat; names and typos land there
        return redirect(request, here(request, f"/seat/{code}"), 307)
    bars = history_bars(p, party_colours(store))
    chart = history_svg(bars, title=f"{p['seat']['name']}: winner and majority by election")
    json_url = here(request, f"/seat/{code}.json")
    return page(
        request,
        "seat.html",
        title=p["seat"]["name"],
        p=p,
        chart=chart,
        colours=party_colours(store),
        json_url=json_url,
        sources=p["sources"],
    )


def one_best_seat(result: Any) -> bool:
    """True when one seat matches the search exactly and nothing else equals it: no other
    seat with the same score ("ilford" lists Ilford North and Ilford South) and no
    candidate matching exactly ("Streeting" lists the candidate)."""
    seats = result.seats
    if not seats or seats[0]["score"] < 100:
        return False
    if len(seats) > 1 and seats[1]["score"] >= seats[0]["score"]:
        return False
    return not (result.candidates and result.candidates[0]["score"] >= 100)


@router.get(
    "/search.json", tags=["seats"], summary="Seats and candidates matching a (typo-tolerant) query"
)
def search_json(request: Request, q: QueryArg = "") -> Response:
    return json_response(search(get_store(request), q))


@router.get("/search", include_in_schema=False)
def search_page(request: Request, q: QueryArg = "") -> Response:
    result = search(get_store(request), q)
    if q and one_best_seat(result):
        return redirect(request, f"/seat/{result.seats[0]['ons_code']}", 303)
    return page(
        request,
        "search.html",
        title=f"Search: {q}" if q else "Search",
        r=result,
        json_url=here(request, "/search.json"),
    )
