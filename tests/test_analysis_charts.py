"""Each chart type renders offline to a PNG of non-trivial size."""

from __future__ import annotations

import struct

import pytest

from psephos.analysis.charts import make_chart, save


def _png_size(path):
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", head[16:24])


@pytest.mark.parametrize(
    ("kind", "args", "where"),
    [
        ("scatter", ["change:Lab", "census:Muslim"], ["country=England,Wales"]),
        ("bars", ["majority"], ["second=Ind"]),
        ("history", [], []),
    ],
)
def test_chart_renders_png(store_path, tmp_path, kind, args, where):
    chart = make_chart(kind, args, where=where, ascending=True, db=store_path)
    out = save(chart, tmp_path / f"{kind}.png", scale=1.0)
    width, height = _png_size(out)
    assert width >= 400 and height >= 150
    assert out.stat().st_size > 10_000


def test_svg(store_path, tmp_path):
    out = save(make_chart("history", [], db=store_path), tmp_path / "h.svg")
    assert out.read_text().lstrip().startswith("<svg")
