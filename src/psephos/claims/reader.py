"""Reading a story: at most :data:`MAX_BYTES` bytes, UTF-8 only.

Kept apart from the checker (it imports nothing but :mod:`psephos.errors`), so that
``psephos check`` can read and refuse oversize or binary input before it imports the
extraction rules, the gazetteers and pandas: a 6 MB file, an endless pipe or
``/dev/zero`` is refused in milliseconds with bounded memory.
"""

from __future__ import annotations

import codecs
from typing import Any

from psephos.errors import InputError

#: The largest story accepted, in bytes (file or standard input) and in characters.
MAX_BYTES = 5 * 1024 * 1024


def read_bounded(fh: Any, source: str, limit: int = MAX_BYTES) -> bytes:
    """Read at most ``limit`` bytes from ``fh``; raise :class:`InputError` if there is more
    (reads ``limit + 1`` bytes at most, so memory stays bounded for ``/dev/zero`` or an
    endless pipe)."""
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"{source} is larger than {limit // (1024 * 1024)} MB; the checker reads at most "
            f"{limit:,} bytes.",
            hint="Check one story at a time (split a long file into stories).",
        )
    return bytes(data)


def decode(data: bytes, source: str) -> str:
    """``data`` as UTF-8 text (a leading byte-order mark is dropped).

    Raises :class:`~psephos.errors.InputError` naming ``source`` (a path, or "standard
    input"), the first undecodable byte, its offset, line and column, and how to re-save
    the text as UTF-8; also for data with NUL bytes (a binary file, not a story). No other
    encoding is guessed: a Latin-1 or Windows-1252 "é" must not silently become a
    different letter in a name the checker matches.
    """
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"{source} looks like a binary file, not text: it has a NUL byte at offset {nul}.",
            hint="Give the story as a plain UTF-8 text file.",
        )
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + skip  # offset into ``data``
        line = data.count(b"\n", 0, at) + 1
        col = at - (data.rfind(b"\n", 0, at) + 1) + 1
        raise InputError(
            f"{source} is not UTF-8 text: byte 0x{data[at]:02x} at offset {at} "
            f"(line {line}, column {col}) is not valid UTF-8.",
            hint="Re-save the text as UTF-8 (in an editor: 'Save as', encoding UTF-8; or "
            "`iconv -f windows-1252 -t utf-8 story.txt > story-utf8.txt` for a Latin-1 or "
            "Windows file) and check it again.",
        ) from None
    return text
