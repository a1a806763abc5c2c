"""Hex map geometry and colour scales, checked by hand calculations."""

from __future__ import annotations

import math
import re
from pathlib import Path

from psephos.web.colour import PUOR, VIRIDIS, diverging, interpolate, sequential
from psephos.web.hexmap import SQRT3, Hex, build_map, load_hexes
from psephos.web.mapdata import MapMetric


def _centres(svg: str) -> dict[str, tuple[float, float]]:
    out = {}
    for code, x, y in re.findall(r'data-code="(\w+)".*?d="M([\d.]+),([\d.]+)m', svg):
        out[code] = (float(x), float(y))
    return out


def test_odd_r_centres_by_hand() -> None:
    # size 10: w = √3·10 ≈ 17.32. Rows r = 0 (even) and r = -1 (odd, shifted right by w/2).
    hexes = [Hex("A", "a", 0, 0), Hex("B", "b", 1, 0), Hex("C", "c", 0, -1)]
    metric = MapMetric("x", "x", "sequential", "", {"A": 1.0, "B": 2.0, "C": 3.0}, "3", [])
    centres = _centres(build_map(metric, hexes).svg(size=10))
    w = SQRT3 * 10
    assert math.isclose(centres["A"][0], w / 2, abs_tol=0.01)  # q − qmin = 0, plus half a hex
    assert math.isclose(centres["B"][0] - centres["A"][0], w, abs_tol=0.01)
    assert math.isclose(centres["C"][0], w, abs_tol=0.01)  # odd row: w/2 + w/2
    assert math.isclose(centres["A"][1], 10, abs_tol=0.01)  # r_max row at the top
    assert math.isclose(centres["C"][1] - centres["A"][1], 15, abs_tol=0.01)  # 1.5·size below


def test_real_layout_has_650_hexes_that_never_overlap(db) -> None:  # noqa: ANN001
    hexes = load_hexes(db)
    assert len(hexes) == 650
    metric = MapMetric("x", "x", "party", "", {}, "650", [])
    centres = list(_centres(build_map(metric, hexes).svg(size=10)).values())
    assert len(centres) == 650
    w = SQRT3 * 10
    # Centres of distinct hexes are at least one hex width apart (sorted sweep on y).
    centres.sort(key=lambda c: (c[1], c[0]))
    for i, (x1, y1) in enumerate(centres):
        for x2, y2 in centres[i + 1 : i + 60]:
            if y2 - y1 > 16:
                break
            assert math.hypot(x2 - x1, y2 - y1) >= w - 0.02


def test_interpolate_endpoints_and_midpoint() -> None:
    assert interpolate(VIRIDIS, 0) == VIRIDIS[0]
    assert interpolate(VIRIDIS, 1) == VIRIDIS[-1]
    # halfway between #000000 and #ffffff is (127.5 → 128): #808080
    assert interpolate(("#000000", "#ffffff"), 0.5) == "#808080"


def test_sequential_classes_cover_the_values_with_round_edges() -> None:
    scale = sequential([0.3, 59.9], unit="%")
    assert scale.edges[0] <= 0.3 and scale.edges[-1] > 59.9
    assert scale.edges[0] == 0 and scale.edges[1] == 10  # span 59.6 / 8 → step 10
    assert len(scale.colours) == len(scale.edges) - 1
    assert scale.colour(0.3) == scale.colours[0]
    assert scale.colour(59.9) == scale.colours[-1]
    assert scale.colour(None) != scale.colours[0]


def test_diverging_is_symmetric_about_zero() -> None:
    # max |v| = 7.5 over 5 classes a side: 1.5 → round step 2, so 4 classes a side, ±8.
    scale = diverging([-3.0, 7.5], unit="pts")
    assert scale.edges == (-8, -6, -4, -2, 0, 2, 4, 6, 8)
    assert scale.colour(-0.1) == interpolate(PUOR, 3.5 / 8)  # last orange-side class
    assert scale.colour(0.1) == interpolate(PUOR, 4.5 / 8)  # first purple-side class
    assert scale.colour(-0.1) != scale.colour(0.1)


def test_legend_counts_every_value() -> None:
    values = [1.0, 2.0, 2.5, 9.0]
    scale = sequential(values)
    assert sum(item.count for item in scale.legend(values)) == 4


def test_templates_and_static_files_are_package_data() -> None:
    import tomllib

    root = Path(__file__).resolve().parents[1]
    data = tomllib.loads((root / "pyproject.toml").read_text())
    globs = data["tool"]["setuptools"]["package-data"]["psephos"]
    web = root / "src" / "psephos" / "web"
    for sub in ("templates", "static"):
        for f in (web / sub).iterdir():
            rel = f.relative_to(root / "src" / "psephos").as_posix()
            assert any(Path(rel).match(g) for g in globs), rel
