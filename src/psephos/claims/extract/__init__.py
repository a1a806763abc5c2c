"""From text to frames: type the text, then match frame patterns over the typed text.

1. **Typing** (:func:`tag`): every entity and number becomes a typed token — seats of both
   boundary sets and seat anaphora ("the seat", "there"), people (full names, titles,
   surnames after a full mention), parties and nicknames, areas (nations, regions, GB, UK),
   census groups, and numbers (:func:`psephos.claims.numbers.find_quantities`: counts,
   percentages, fractions and "one in N", years, ordinals; ages, money and dates are typed
   so they are never read as results).
2. **The typed text** (:class:`Doc.typed`) is the folded text with each token's first
   character replaced by a type mark and the rest by a filler, so it has *exactly* the
   length of the original: a pattern's match offsets are the claim's offsets in the story.
3. **Frame patterns** (:data:`RULES`): regular patterns over the typed text, written with
   type macros (``{P}`` a party, ``{S}`` a seat, ``{N}`` a count, ``{PCT}`` a percentage,
   ``{WIN}`` any winning verb of :mod:`psephos.claims.lexicon` ...). Each gives a
   :class:`~psephos.claims.frame.Frame`; the subject, scope and election slots are filled
   from the tokens around the match by the rules in :class:`Ctx`, and each slot records how.

Quoted speech is never read as a claim. A number no frame uses is reported as unexamined
(:func:`unexamined`) with the reason.
"""

# the rule families register their patterns on import, in this order: rules of equal
# priority are tried in registration order, so the order is part of the behaviour
# isort: off
from psephos.claims.extract import margins  # noqa: F401
from psephos.claims.extract import counts  # noqa: F401
from psephos.claims.extract import changes  # noqa: F401
from psephos.claims.extract import outcomes  # noqa: F401
from psephos.claims.extract import history  # noqa: F401
from psephos.claims.extract import ranks  # noqa: F401
from psephos.claims.extract import sets  # noqa: F401
from psephos.claims.extract import moves  # noqa: F401
from psephos.claims.extract import phrasings  # noqa: F401
from psephos.claims.extract import continued  # noqa: F401
from psephos.claims.extract import tallies  # noqa: F401
from psephos.claims.extract import pairs  # noqa: F401
from psephos.claims.extract import runs  # noqa: F401
from psephos.claims.extract import placings  # noqa: F401
from psephos.claims.extract import held_since  # noqa: F401
from psephos.claims.extract import electorates  # noqa: F401
from psephos.claims.extract import totals  # noqa: F401
from psephos.claims.extract import census_phrasings  # noqa: F401
from psephos.claims.extract import thresholds  # noqa: F401
from psephos.claims.extract import round9_extract  # noqa: F401
from psephos.claims.extract import round9_xfigure  # noqa: F401  (round 9c)
from psephos.claims.extract import round10_found  # noqa: F401  (round 10)
from psephos.claims.extract import round10b_counts  # noqa: F401  (round 10b: COUNTS)
from psephos.claims.extract import round11_real11  # noqa: F401  (round 11: REAL11)
from psephos.claims.extract import round11_found11  # noqa: F401  (round 11: FOUND11)
from psephos.claims.extract import round11_history  # noqa: F401  (round 11: HISTORY11)
from psephos.claims import round9_caught11  # noqa: F401  (round 9b: gapped superlatives)
from psephos.claims import round10_caught  # noqa: F401  (round 10: its rules register on import)
from psephos.claims.extract import round11_caught11  # noqa: F401  (round 11: CAUGHT11)

# isort: on
from psephos.claims.extract.driver import find_frames
from psephos.claims.extract.patterns import (
    MACROS,
    RULES,
    Ctx,
    Draft,
    closed_clauses,
    rule,
    seat_scope_of,
    subject_of,
)
from psephos.claims.extract.tagging import FILL, MARK, Doc, Tag, tag

__all__ = [
    "FILL",
    "MACROS",
    "MARK",
    "RULES",
    "Ctx",
    "Doc",
    "Draft",
    "Tag",
    "closed_clauses",
    "find_frames",
    "rule",
    "seat_scope_of",
    "subject_of",
    "tag",
]
