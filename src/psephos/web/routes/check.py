"""The claim checker: ``/check`` (paste text, see verdicts) and ``POST /check.json``.

Calls :func:`psephos.claims.check_text`; the JSON twin is the ``psephos check --json``
shape. The HTML form posts ``application/x-www-form-urlencoded`` (parsed here, so no
multipart dependency); text is limited to :data:`MAX_TEXT` characters.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from psephos.errors import InputError
from psephos.web.app import get_store
from psephos.web.respond import json_response, page
from psephos.web.store import WebStore

router = APIRouter()
MAX_TEXT = 50_000


class CheckRequest(BaseModel):
    """The story to check."""

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The story, as published")
    election: str = Field(default="ge2024", max_length=40, pattern=r"^[A-Za-z0-9_-]+$")


def check(store: WebStore, text: str, election: str) -> dict[str, Any]:
    from psephos.claims import check_text
    from psephos.jsonable import to_jsonable

    if len(text) > MAX_TEXT:
        raise InputError(
            f"The text is {len(text)} characters long; the limit is {MAX_TEXT}.",
            hint="Check the story in parts.",
        )
    key = ("check", text, election)
    return store.cached(
        key, lambda: to_jsonable(store.call(check_text, text, election=election).to_dict())
    )


@router.post(
    "/check.json", tags=["claims"], summary="Check the claims in a story: `psephos check --json`"
)
async def check_json(request: Request, body: Annotated[CheckRequest, Body()]) -> Response:
    result = await run_in_threadpool(check, get_store(request), body.text, body.election)
    return json_response(result)


@router.get("/check", include_in_schema=False)
def check_form(request: Request) -> Response:
    return page(request, "check.html", title="Claim checker", report=None, text="")


@router.post("/check", include_in_schema=False)
async def check_page(request: Request) -> Response:
    raw = (await request.body()).decode("utf-8", errors="replace")
    form = parse_qs(raw, max_num_fields=5)
    text = (form.get("text") or [""])[0]
    election = (form.get("election") or ["ge2024"])[0][:40]
    report = await run_in_threadpool(check, get_store(request), text, election)
    return page(request, "check.html", title="Claim checker: results", report=report, text=text)
