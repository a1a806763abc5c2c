"""The claims table of ``psephos check`` (without ``--json``), written line by line.

rich lays a table out by measuring and wrapping every cell through its segment machinery:
about 1.5-2 s of CPU per 1,000 claims, so 15-20 s for the report of a 1 MB story. Here the
same text is written directly, for the plain (uncoloured) output rich gives when the
console is not a terminal:

- the column widths, the title, the top edge, the header and the line under it are rich's
  own: a table of the same columns holding only the rows that reach each column's widest
  word and widest line (a column's width depends on nothing else: rich measures a column
  as the largest of its cells' narrowest and widest renderings) is rendered by rich, and
  its lines down to the header's rule are kept;
- each cell is wrapped as rich's line breaker does (``rich._wrap.divide_line``), then
  cropped, ellipsised and padded as ``Text.wrap`` and ``Lines.justify`` do for a left or a
  right-justified column, and framed with the table's box characters.

Only text whose every character takes one cell (and holds no tab or control character)
takes this path; anything else, an empty table or a column narrower than one character
is rendered by rich itself. ``tests/test_claims_report_text.py`` compares the text with
rich's on every story of the corpora at several widths and on generated tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from psephos.claims.model import CheckReport

#: the verdicts' colours in the table
COLOURS = {
    "supported": "green",
    "contradicted": "red",
    "depends": "yellow",
    "uncertain": "blue",
    "not_checkable": "dim",
}

#: characters that rich's ``Text`` drops or that end a line for ``str.splitlines`` and not
#: for ``Text.split`` (measured and wrapped differently): never on the fast path
_NOT_SIMPLE = frozenset("\x85\u2028\u2029")
_TRAILING_SPACE = re.compile(r"\s+$")  # rich.text's, for Text.rstrip_end
#: rich._wrap's word: a run of non-space with the white space around it (the word and its
#: white space before it as group 1, so its width without the trailing space is group 1's)
_WORD = re.compile(r"(\s*\S+)\s*")


def simple(chars: set[str]) -> bool:
    """Whether every character in ``chars`` is a newline or takes exactly one cell in
    rich's measure (no tab, control, zero-width or wide character)."""
    from rich.cells import cell_len

    for ch in chars:
        if ch == "\n":
            continue
        o = ord(ch)
        if o < 32 or 0x7F <= o < 0xA0 or ch in _NOT_SIMPLE or cell_len(ch) != 1:
            return False
    return True


def measure(s: str) -> tuple[int, int]:
    """rich's measure of a one-cell-per-character ``Text``: (its widest word, its widest
    line) (``Text.__rich_measure__``)."""
    lines = s.splitlines()
    widest = max(map(len, lines)) if lines else 0
    words = s.split()
    return (max(map(len, words)) if words else widest), widest


def breaks(line: str, width: int) -> list[int]:
    """Where rich breaks a one-cell-per-character line to fit ``width`` cells, a word wider
    than the line left whole (``rich._wrap.divide_line`` with ``fold=False``, where a
    word's cells are its characters)."""
    out: list[int] = []
    if len(line) <= width:  # every word fits where it is
        return out
    offset = 0
    for m in _WORD.finditer(line):
        start = m.start()
        word = m.end(1) - start  # the word without its trailing white space
        if width - offset >= word:
            offset += m.end() - start
        elif word > width or (offset and start):
            if start:
                out.append(start)
            offset = m.end() - start
    return out


def cell_lines(s: str, width: int, right: bool) -> list[str]:
    """The lines of a one-cell-per-character ``Text`` wrapped in ``width`` cells and
    justified left or right, each exactly ``width`` long, as ``Text.wrap`` gives them with
    overflow "ellipsis" (a word wider than the cell is cut and ends in "…")."""
    out: list[str] = []
    for line in s.split("\n"):
        cuts = breaks(line, width)
        pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        for p in pieces:
            if len(p) > width:  # Text.rstrip_end
                m = _TRAILING_SPACE.search(p)
                if m is not None:
                    p = p[: len(p) - min(len(m.group(0)), len(p) - width)]
            if right:  # Lines.justify "right": rstrip, truncate, pad on the left
                p = p.rstrip()
                if len(p) > width:
                    p = p[: width - 1] + "…"
                p = " " * (width - len(p)) + p
            elif len(p) > width:  # "left": truncate, else pad on the right
                p = p[: width - 1] + "…"
            else:
                p = p + " " * (width - len(p))
            out.append(p)
    return out


def render_rows(
    rows: Sequence[Sequence[str]],
    justify_right: Sequence[bool],
    make_table: Callable[[Sequence[int]], Any],
    width: int,
) -> str | None:
    """The table of ``rows`` (one string per cell) as rich prints it, uncoloured, on a
    console ``width`` cells wide, or
    None when it must be left to rich (a character not on the fast path, no rows, a
    column with no room). ``make_table(indices)`` builds the rich table of those rows."""
    if not rows:
        return None
    chars: set[str] = set()
    for row in rows:
        for cell in row:
            chars.update(cell)
    if not simple(chars):
        return None
    ncols = len(justify_right)
    # the rows that reach each column's widest word and widest line give rich's widths
    best: list[tuple[int, int]] = [(-1, -1)] * (2 * ncols)
    for i, row in enumerate(rows):
        for c, cell in enumerate(row):
            lo, hi = measure(cell)
            if lo > best[2 * c][0]:
                best[2 * c] = (lo, i)
            if hi > best[2 * c + 1][0]:
                best[2 * c + 1] = (hi, i)
    keep = sorted({i for _, i in best if i >= 0})
    from io import StringIO

    from rich.console import Console as Plain

    sink = StringIO()
    probe = Plain(
        file=sink,
        width=width,
        color_system=None,
        highlight=False,
        soft_wrap=False,
        legacy_windows=False,
        force_terminal=False,
        force_jupyter=False,
        force_interactive=False,
    )
    probe.print(make_table(keep))
    head = sink.getvalue().split("\n")
    top = next((k for k, line in enumerate(head) if line.startswith("┏")), None)
    under = next((k for k, line in enumerate(head) if line.startswith("┡")), None)
    if top is None or under is None or under < top:
        return None
    widths = [len(part) for part in head[top][1:-1].split("┳")]
    if len(widths) != ncols or any(w < 3 for w in widths):
        return None
    out = head[: under + 1]
    rule = "├" + "┼".join("─" * w for w in widths) + "┤"
    for r, row in enumerate(rows):
        if r:
            out.append(rule)
        cells = [
            cell_lines(cell, w - 2, rt)
            for cell, w, rt in zip(row, widths, justify_right, strict=True)
        ]
        height = max(map(len, cells))
        for k in range(height):
            out.append(
                "│"
                + "│".join(
                    " " + lines[k] + " " if k < len(lines) else " " * w
                    for lines, w in zip(cells, widths, strict=True)
                )
                + "│"
            )
    out.append("└" + "┴".join("─" * w for w in widths) + "┘")
    return "\n".join(out) + "\n"


def claims_table(
    report: CheckReport, election: str | None, rows: Sequence[int] | None = None
) -> Table:
    """The rich table of ``report``'s claims (of the claims at ``rows``; all by default),
    titled with the election used when the text names none."""
    from rich.table import Table
    from rich.text import Text

    table = Table(
        title="Claims checked (election when the text names none: "
        f"{election or 'ge2024, assumed'})",
        show_lines=True,
    )
    table.add_column("#", justify="right")
    table.add_column("claim")
    table.add_column("verdict")
    table.add_column("evidence")
    # the cells are Text, not markup: a story's own "[sic]" or "[/]" is printed as written
    # (as markup it vanished or stopped the report), and rich parses no markup per cell
    for i in range(len(report.claims)) if rows is None else rows:
        cc = report.claims[i]
        evidence = Text(cc.explanation)
        if cc.tolerance:
            evidence.append(f"\ntolerance: {cc.tolerance}", style="dim")
        table.add_row(
            str(cc.claim.id),
            Text(cc.claim.text),
            Text(cc.verdict.replace("_", " "), style=COLOURS[cc.verdict]),
            evidence,
        )
    return table


def print_claims_table(report: CheckReport, election: str | None, out: Console) -> None:
    """Print :func:`claims_table` on ``out``: written line by line when the output is
    plain (no colours) and every character takes one cell, the same text rich prints."""
    text = None
    if out.color_system is None and not out.legacy_windows:
        cells = [
            (
                str(cc.claim.id),
                cc.claim.text,
                cc.verdict.replace("_", " "),
                cc.explanation + (f"\ntolerance: {cc.tolerance}" if cc.tolerance else ""),
            )
            for cc in report.claims
        ]
        text = render_rows(
            cells,
            (True, False, False, False),
            lambda rows: claims_table(report, election, rows),
            out.width,
        )
    if text is None:
        out.print(claims_table(report, election))
    else:
        out.file.write(text)
