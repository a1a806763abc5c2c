"""Make throw-away mirrors: the real mirror's files linked, one of them replaced."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

from psephos.sources import REGISTRY, Source, sha256_file


def broken_mirror(
    real: Path, tmp: Path, source_id: str, mutate: Callable[[bytes], bytes]
) -> tuple[Path, list[Source]]:
    """A mirror in ``tmp`` where ``source_id``'s file is ``mutate(original bytes)``, and a
    registry whose sha256 for that file matches the broken copy (so the parser, not the
    checksum, meets the damage)."""
    root = tmp / "mirror"
    for dirpath, _, files in os.walk(real):
        for f in files:
            src = Path(dirpath) / f
            dst = root / src.relative_to(real)
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.symlink_to(src)
    entry = next(s for s in REGISTRY if s.source_id == source_id)
    target = root / entry.mirror_path
    data = mutate((real / entry.mirror_path).read_bytes())
    target.unlink()
    target.write_bytes(data)
    sources = [dataclasses.replace(s, sha256=sha256_file(target)) if s is entry else s
               for s in REGISTRY]
    return root, sources
