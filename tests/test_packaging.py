"""Packaging and set-up: the licence, the lock file, the Makefile's split installs, the README's
set-up section, and no deprecation warnings on import."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

from psephos.sources import REGISTRY

REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def _pins() -> dict[str, str]:
    pins = {}
    for line in (REPO / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: '{line}' is not NAME==VERSION"
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_license_file_is_the_mit_licence_pyproject_names() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert "LICENSE" in PYPROJECT["project"]["license-files"]
    text = (REPO / "LICENSE").read_text()
    assert text.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in text


def test_every_dependency_is_pinned_in_constraints() -> None:
    """A dependency added to pyproject.toml without `make lock` fails here."""
    project = PYPROJECT["project"]
    wanted = [*project["dependencies"], *project["optional-dependencies"]["test"]]
    pins = _pins()
    missing = sorted({_name(r) for r in wanted} - set(pins))
    assert not missing, f"not in constraints.txt: {missing}; run `make lock`"


def test_make_run_installs_runtime_only_and_make_test_adds_the_test_extra() -> None:
    plan = subprocess.run(
        ["make", "-n", "-B", "-C", str(REPO), "run", "SERVE=no", "VENV=/nonexistent-venv"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    installs = [line for line in plan.splitlines() if " install " in line]
    assert installs and all("-c constraints.txt" in line for line in installs)
    assert not any("[test]" in line for line in installs), installs
    test_plan = subprocess.run(
        ["make", "-n", "-B", "-C", str(REPO), "test", "VENV=/nonexistent-venv"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert any("-e '.[test]'" in line for line in test_plan.splitlines())
    # stamps are written last, after the step they mark has succeeded
    for target in (plan, test_plan):
        lines = target.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("touch /nonexistent-venv/.psephos-"):
                assert i > 0 and ("install" in lines[i - 1] or "venv" in lines[i - 1])


def test_readme_names_two_setup_commands_the_python_version_and_every_pinned_repository() -> None:
    readme = (REPO / "README.md").read_text()
    setup = readme[readme.index("## Set up") : readme.index("## Getting the data")]
    block = setup[setup.index("```sh") + 5 : setup.index("```", setup.index("```sh") + 5)]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make run", "make test"]
    required = PYPROJECT["project"]["requires-python"].removeprefix(">=")
    assert f"Python {required} or newer" in setup
    for src in REGISTRY:
        assert f"| {src.repo} | {src.commit} |" in readme, src.source_id
    assert "psephos fetch" in readme and "MIRROR=" in readme


def test_import_and_the_public_api_raise_no_deprecation_warnings() -> None:
    code = (
        "import warnings; warnings.simplefilter('error', DeprecationWarning); "
        "warnings.simplefilter('error', PendingDeprecationWarning); "
        "import psephos; [getattr(psephos, n) for n in psephos.__all__]; "
        "import psephos.cli, psephos.web, psephos.commands.core, psephos.sources.fetch"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env=dict(os.environ))
