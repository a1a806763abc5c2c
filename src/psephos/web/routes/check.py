"""The claim checker: ``/check`` (paste text, see verdicts) and ``POST /check.json``.

Calls :func:`psephos.claims.check_text`; the JSON twin is the ``psephos check --json``
shape. The HTML form posts ``application/x-www-form-urlencoded`` (parsed here, so no
multipart dependency); text is limited to :data:`MAX_TEXT` characters.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Annotated
from urllib.parse import parse_qs

from fastapi import APIRouter, Body, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from psephos.errors import InputError
from psephos.web.app import get_store
from psephos.web.encoded import Encoded
from psephos.web.respond import json_bytes, json_response, page
from psephos.web.store import WebStore

router = APIRouter()
MAX_TEXT = 50_000
MAX_FIELDS = 4
ELECTION = re.compile(r"[A-Za-z0-9_-]{1,40}")


class CheckRequest(BaseModel):
    """The story to check."""

    text: str = Field(min_length=1, max_length=MAX_TEXT, description="The story, as published")
    election: str | None = Field(default=None, max_length=40, pattern=r"^[A-Za-z0-9_-]+$")


def check_json_bytes(db: str, text: str, election: str | None) -> bytes:
    """``psephos check --json`` bytes for ``text``: a heavy job (:class:`Jobs`),
    module-level so that it can run in a worker process."""
    from psephos.claims import check_text

    return json_bytes(check_text(text, election=election, db=db).to_dict())


async def check_job(store: WebStore, text: str, election: str | None) -> Encoded:
    """The check's JSON: cached per build by the text's hash, computed as a heavy job
    (off the event loop, bounded, one run per text however many ask)."""
    if len(text) > MAX_TEXT:
        raise InputError(
            f"The text is {len(text):,} characters long; the limit is {MAX_TEXT:,}.",
            hint="Check the story in parts.",
        )
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return await store.heavy(
        ("check", digest, election), check_json_bytes, store.path, text, election
    )


@router.post(
    "/check.json", tags=["claims"], summary="Check the claims in a story: `psephos check --json`"
)
async def check_json(request: Request, body: Annotated[CheckRequest, Body()]) -> Response:
    return json_response(await check_job(get_store(request), body.text, body.election))


@router.get("/check", include_in_schema=False)
def check_form(request: Request) -> Response:
    return page(request, "check.html", title="Claim checker", report=None, text="")


def read_form(raw: bytes) -> dict[str, str]:
    """The check form's fields (``text``, ``election``) from an urlencoded body.

    Raises
    ------
    InputError
        on more than :data:`MAX_FIELDS` fields, a field other than those two, a
        repeated field, or text that is not UTF-8.
    """
    try:
        decoded = raw.decode("utf-8")
        form = parse_qs(decoded, max_num_fields=MAX_FIELDS, errors="strict")
    except ValueError as exc:  # includes UnicodeDecodeError and "too many fields"
        reason = "is not UTF-8" if isinstance(exc, UnicodeDecodeError) else "is malformed"
        if "Max number of fields" in str(exc):
            reason = f"has more than {MAX_FIELDS} fields"
        raise InputError(
            f"The form {reason}.",
            hint="Send the fields text and election (application/x-www-form-urlencoded, UTF-8).",
        ) from None
    unknown = sorted(set(form) - {"text", "election"})
    if unknown:
        raise InputError(
            f"Unknown form field '{unknown[0][:40]}': expected text and election.",
            hint="Send only the fields text and election.",
        )
    repeated = sorted(k for k, v in form.items() if len(v) > 1)
    if repeated:
        raise InputError(f"The form field '{repeated[0]}' is sent more than once.")
    return {k: v[0] for k, v in form.items()}


@router.post("/check", include_in_schema=False)
async def check_page(request: Request) -> Response:
    form = read_form(await request.body())
    text = form.get("text", "")
    election = form.get("election") or None  # none: an undated story's election is assumed
    if election is not None and not ELECTION.fullmatch(election):
        raise InputError(
            f"Unknown election '{election[:40]}'.", hint="Use an id such as ge2024 or ge2019."
        )
    if not text.strip():
        raise InputError("The story text is empty.", hint="Paste the story into the box.")
    report = json.loads((await check_job(get_store(request), text, election)).body)
    return await run_in_threadpool(
        page, request, "check.html", title="Claim checker: results", report=report, text=text
    )
