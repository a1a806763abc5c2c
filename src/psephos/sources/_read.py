"""Reading official CSV files into string DataFrames, with errors that say where.

pandas does the parsing; this module adds what the official files need around it: a
decode step that reports the line of a bad byte, repair of double-encoded UTF-8 names,
checks of the column count or header names, a ``source_row`` column (the line number in
the file) for traceability, and number conversion that names the first bad cell.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from psephos.errors import SchemaError

_MOJIBAKE = re.compile("[\u00c2\u00c3][\u0080-\u00bf]")


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 read as Latin-1 ("Ãine" -> "Áine", "LÃ©onie" -> "Léonie").

    Only strings with the telltale pairs are touched, and only when the round trip is
    clean; anything else is returned unchanged.
    """
    if not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def decode(raw: bytes, *, encoding: str, name: str) -> str:
    """Decode file bytes; a bad byte is reported with its line number and a hint."""
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        other = "Windows-1252" if encoding.startswith("utf") else "UTF-8"
        raise SchemaError(
            f"byte 0x{raw[exc.start]:02x} at offset {exc.start} is not valid {encoding}.",
            file=name,
            row=line,
            hint=f"The file may be saved as {other}; re-save it as {encoding} or restore "
            "the official copy.",
        ) from None


def read_csv(
    path: Path,
    *,
    name: str,
    columns: Sequence[str],
    header: bool,
    encoding: str = "utf-8-sig",
    skiprows: int = 0,
    min_columns: int | None = None,
    header_aliases: dict[str, str] | None = None,
    ordered: bool = True,
) -> pd.DataFrame:
    """Read ``path`` as strings with the given column names, checking its shape.

    With ``header=True`` the file's header must start with ``columns`` (after stripping
    spaces, a BOM and any ``header_aliases``); without a header each row must have at
    least ``min_columns`` fields (default ``len(columns)``). Extra columns are kept under
    their own names (or ``extra_N``). A ``source_row`` column holds the 1-based line
    number in the file.
    """
    text = decode(path.read_bytes(), encoding=encoding, name=name)
    if not text.strip():
        raise SchemaError("the file is empty.", file=name, hint="Restore the official copy.")
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            header=0 if header else None,
            skiprows=skiprows,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skipinitialspace=False,
            on_bad_lines="error",
            engine="c",
        )
    except pd.errors.ParserError as exc:
        raise SchemaError(
            f"CSV could not be parsed: {exc}",
            file=name,
            hint="Check for unbalanced quotes or a row with extra commas.",
        ) from None
    first_line = skiprows + (2 if header else 1)
    want = list(columns)
    if header:
        got = [str(c).strip().lstrip("\ufeff") for c in frame.columns]
        aliases = header_aliases or {}
        got = [aliases.get(c, c) for c in got]
        for i, col in enumerate(want):
            if col not in got:
                raise SchemaError(
                    f"expected a column '{col}' but the header has none "
                    f"({len(got)} columns: {', '.join(got[:6])}, ...).",
                    file=name,
                    row=skiprows + 1,
                    column=col,
                    hint="A column may have been deleted or renamed; restore the official copy.",
                )
            if ordered and got.index(col) != i:
                raise SchemaError(
                    f"column '{col}' is at position {got.index(col) + 1}, expected {i + 1}.",
                    file=name,
                    row=skiprows + 1,
                    column=col,
                )
        frame.columns = pd.Index(got)
    else:
        need = min_columns if min_columns is not None else len(want)
        if frame.shape[1] < need:
            raise SchemaError(
                f"expected at least {need} columns (starting {', '.join(want[:3])}, ...), "
                f"found {frame.shape[1]}.",
                file=name,
                row=first_line,
                hint="A column may have been deleted; restore the official copy.",
            )
        names = want + [f"extra_{i}" for i in range(len(want), frame.shape[1])]
        frame.columns = pd.Index(names[: frame.shape[1]])
    if frame.empty:
        raise SchemaError(
            "the file has a header but no data rows.",
            file=name,
            hint="The file may be truncated; restore the official copy.",
        )
    for col in frame.columns:
        frame[col] = frame[col].str.strip()
    frame["source_row"] = np.arange(first_line, first_line + len(frame), dtype=np.int64)
    return frame


def to_number(
    frame: pd.DataFrame,
    column: str,
    *,
    name: str,
    kind: str = "int",
    required: bool = True,
    missing: Sequence[str] = ("", "[x]", "NA"),
) -> pd.Series:
    """Convert a string column to numbers; the first bad cell is named in the error."""
    raw = frame[column].str.replace(",", "", regex=False)
    blank = raw.isin(list(missing))
    values = pd.to_numeric(raw.where(~blank), errors="coerce")
    bad = values.isna() & ~blank
    if required:
        bad |= blank
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        cell = frame[column].iloc[i]
        raise SchemaError(
            f"expected {'a whole number' if kind == 'int' else 'a number'}, found {cell!r}.",
            file=name,
            row=int(frame["source_row"].iloc[i]),
            column=column,
            hint="The row may be truncated or its columns shifted; restore the official copy.",
        )
    if kind == "int":
        if (values.dropna() % 1 != 0).any():
            i = int(np.flatnonzero((values % 1 != 0).fillna(False).to_numpy())[0])
            raise SchemaError(
                f"expected a whole number, found {frame[column].iloc[i]!r}.",
                file=name,
                row=int(frame["source_row"].iloc[i]),
                column=column,
            )
        return values.astype("Int64")
    return values.astype("Float64")
