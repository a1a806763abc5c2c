"""Every page works: every seat page of every election in the store, every link reachable
from the home page, and fuzzed query parameters on every HTML page: never a 5xx.

The elections and seats come from the store itself (the ``contests`` table), so a new
election or by-election is swept without editing this file. The Speaker's seat (Chorley,
where the main parties do not stand, so there is no swing) is among them.
"""

from __future__ import annotations

from collections import deque
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote, urldefrag, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def _elections(store_path: Any) -> list[str]:
    from psephos.store.connect import connect

    rows = connect(store_path).execute("SELECT DISTINCT election_id FROM contests").fetchall()
    return sorted(r[0] for r in rows)


#: One test per general or notional election and one for all by-elections (split so that
#: pytest-xdist can share them out); the test checks this covers every election in the store.
GROUPS = [
    "notional2005",
    "ge2010",
    "ge2015",
    "ge2017",
    "ge2019",
    "notional2019",
    "ge2024",
    "by-elections",
]


@pytest.mark.parametrize("group", GROUPS)
def test_every_seat_page_of_every_election(client: Any, store_path: Any, group: str) -> None:
    from psephos.store.connect import connect

    con = connect(store_path)
    known = _elections(store_path)
    if group == "by-elections":
        ids = [e for e in known if e.startswith("by-")]
    else:
        assert group in known, f"{group} is not in the store: update GROUPS"
        ids = [group]
    rows = con.execute(
        "SELECT election_id, ons_code FROM contests WHERE list_contains(?, election_id) "
        "ORDER BY election_id, ons_code",
        [ids],
    ).fetchall()
    assert rows
    failures = []
    for election, code in rows:
        r = client.get(f"/seat/{code}?election={election}")
        if r.status_code != 200 or "Traceback" in r.text:
            failures.append((election, code, r.status_code))
    assert not failures, failures[:20]
    # every election in the store is swept by some group
    assert {e for e in known if not e.startswith("by-")} <= set(GROUPS)


def test_speakers_seat_has_no_swing_and_works(client: Any) -> None:
    """Chorley, the Speaker's seat: the profile has no swing to multiply."""
    body = client.get("/seat/Chorley.json").json()
    assert body["result"]["winner_party"] == "Spk"
    assert body["swing"] is None or body["swing"]["butler"] is None
    r = client.get(f"/seat/{body['seat']['ons_code']}")
    assert r.status_code == 200
    assert "Swing" in r.text and "not computed" in r.text


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src", "action") and value and tag != "form":
                self.links.append(value)


def test_every_link_reachable_from_home(client: Any) -> None:
    """Breadth-first from /, following every same-site link (pages, twins, CSV, assets)."""
    seen = {"/"}
    queue = deque(["/"])
    bad = []
    while queue:
        url = queue.popleft()
        r = client.get(url, follow_redirects=True)
        if r.status_code >= 400 or "Traceback" in r.text:
            bad.append((url, r.status_code))
        if not r.headers.get("content-type", "").startswith("text/html"):
            continue
        parser = _Links()
        parser.feed(r.text)
        for link in parser.links:
            link = urldefrag(link).url
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or not link.startswith("/"):
                continue
            if link not in seen:
                seen.add(link)
                queue.append(link)
    assert not bad, bad[:20]
    assert len(seen) > 650  # the map links every seat


ANY_TEXT = st.text(max_size=120) | st.sampled_from(
    ["", " ", "%", "'; drop table x", "share:", "change:Lab", "census:", "ge2024", "-1", "1e9"]
)
PAGES: dict[str, list[str]] = {
    "/": ["metric"],
    "/map": ["metric", "election"],
    "/search": ["q"],
    "/rank": ["metric", "where", "election", "top", "order"],
    "/relate": ["y", "x", "where", "election"],
    "/scenario": ["shares", "model", "base", "tactical", "sims", "seed"],
    "/check": [],
    "/sources": [],
}


@pytest.mark.parametrize("path", sorted(PAGES) + ["/seat/{seat}"])
def test_html_pages_never_answer_5xx(client: Any, path: str) -> None:
    names = PAGES.get(path, ["election"])

    @given(
        params=st.dictionaries(st.sampled_from(names + ["junk"]), ANY_TEXT, max_size=4),
        seat=ANY_TEXT,
    )
    @settings(
        max_examples=30,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def run(params: dict[str, str], seat: str) -> None:
        url = path.replace("{seat}", quote(seat, safe="") or "x")
        r = client.get(url, params=params, headers={"accept": "text/html"})
        assert r.status_code < 500, (url, params, r.status_code, r.text[:300])
        assert "Traceback" not in r.text

    run()


@given(fields=st.lists(st.tuples(st.sampled_from(["text", "election", "x"]), ANY_TEXT), max_size=6))
@settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_check_form_never_answers_5xx(client: Any, fields: list[tuple[str, str]]) -> None:
    from urllib.parse import urlencode

    r = client.post(
        "/check",
        content=urlencode(fields).encode(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code < 500, (fields, r.text[:300])
    assert r.status_code in (200, 404, 413, 422)  # 404: an election not in the store


def test_seat_pages_show_by_elections_and_the_current_member(client: Any, store_path: Any) -> None:
    """For every seat that has had a by-election, under every general election: the HTML
    page lists each by-election of its JSON twin (the ``psephos seat --json`` shape) with
    a working link, and names the current member exactly when the twin has one."""
    from html import escape

    from psephos.store.connect import connect

    con = connect(store_path)
    rows = con.execute(
        "SELECT DISTINCT c.ons_code, g.election_id FROM contests c "
        "JOIN elections b ON b.election_id = c.election_id AND b.kind = 'by-election' "
        "JOIN contests g ON g.ons_code = c.ons_code "
        "JOIN elections ge ON ge.election_id = g.election_id AND ge.kind = 'general' "
        "ORDER BY 1, 2"
    ).fetchall()
    assert rows
    listed = current = 0
    for code, election in rows:
        twin = client.get(f"/seat/{code}.json?election={election}").json()
        html = client.get(f"/seat/{code}?election={election}").text
        for b in twin["by_elections"]:
            link = f'href="/seat/{b["ons_code"]}?election={b["election_id"]}"'
            assert link in html and escape(b["name"]) in html, (code, election, b)
            assert client.get(f"/seat/{b['ons_code']}?election={b['election_id']}").is_success
            listed += 1
        now = twin["current_member"]
        assert ('id="current-member"' in html) == (now is not None), (code, election)
        if now is not None:
            section = html[html.index('id="current-member"') :]
            assert escape(now["name"]) in section[: section.index("</div>")]
            current += 1
    assert listed and current  # the store has by-elections in the current parliament


def test_runcorn_by_election_on_the_seat_page(client: Any) -> None:
    """Runcorn and Helsby, 1 May 2025: Sarah Pochin (Reform UK) gained the seat from
    Labour by 6 votes (12,645 to 12,639; the returning officer's declaration, Halton
    Borough Council, 2 May 2025); she is the current member, Mike Amesbury the member
    elected in 2024."""
    html = client.get("/seat/Runcorn and Helsby", follow_redirects=True).text
    assert "Elected at this general election" in html and "Mike Amesbury" in html
    assert "By-election 01 May 2025" in html and "(majority 6)" in html
    section = html[html.index('id="current-member"') :]
    assert "Sarah Joanne Pochin" in section[: section.index("</div>")]
