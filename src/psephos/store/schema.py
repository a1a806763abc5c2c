"""The store's schema version and convenience views.

Tables are created from the assembled frames (see :mod:`psephos.store.assemble`); their
columns are documented in ``docs/store.md``. Bump :data:`SCHEMA_VERSION` whenever a table
or view changes shape, so that an old store is rebuilt rather than misread.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

VIEWS = (
    # Every candidacy with its contest and constituency: the table most questions start from.
    """CREATE VIEW results AS
       SELECT k.election_id, e.kind, e.date, k.ons_code, c.name AS constituency, c.country,
              c.region, k.given_name, k.family_name,
              trim(coalesce(k.given_name, '') || ' ' || coalesce(k.family_name, '')) AS candidate,
              k.party_code, k.party_name, k.votes, k.share, k.rank, k.elected, k.sitting_mp,
              k.member_id, t.valid_votes, t.electorate, t.turnout, t.majority, k.source_id
       FROM candidacies k
       JOIN elections e USING (election_id)
       JOIN contests t USING (election_id, ons_code)
       JOIN constituencies c ON c.ons_code = k.ons_code AND c.boundary_set = e.boundary_set""",
    "CREATE VIEW census_wide AS SELECT * FROM census_summary",
)
