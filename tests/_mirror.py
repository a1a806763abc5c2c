"""Make throw-away mirrors: the real mirror's files linked, one of them replaced."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

from psephos.sources import REGISTRY, Source, sha256_file

Mutation = Callable[[bytes], bytes]


def broken_mirror(
    real: Path, tmp: Path, source_id: str, mutate: Mutation, **more: Mutation
) -> tuple[Path, list[Source]]:
    """A mirror in ``tmp`` where ``source_id``'s file is ``mutate(original bytes)`` (and
    each further ``source_id=mutate`` likewise, ids with '_' for '-'), and a registry whose
    sha256 for those files matches the broken copies (so the parser, not the checksum,
    meets the damage)."""
    root = tmp / "mirror"
    for dirpath, _, files in os.walk(real):
        for f in files:
            src = Path(dirpath) / f
            dst = root / src.relative_to(real)
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.symlink_to(src)
    changes = {source_id: mutate, **{k.replace("_", "-"): v for k, v in more.items()}}
    hashes = {}
    for sid, change in changes.items():
        entry = next(s for s in REGISTRY if s.source_id == sid)
        target = root / entry.mirror_path
        data = change((real / entry.mirror_path).read_bytes())
        target.unlink()
        target.write_bytes(data)
        hashes[sid] = sha256_file(target)
    sources = [
        dataclasses.replace(s, sha256=hashes[s.source_id]) if s.source_id in hashes else s
        for s in REGISTRY
    ]
    return root, sources
