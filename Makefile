# psephos: the two set-up commands are `make run` and `make test` (Python 3.11 or newer).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check
HOST   ?= 127.0.0.1
PORT   ?= 8000
SERVE  ?= yes

# The mirror of official files. Left out, $PSEPHOS_MIRROR or else ../shared/data when it
# exists is used (else the cache, else the pinned URLs). Given (`make run MIRROR=DIR`, or
# $PSEPHOS_MIRROR), it must be a folder: a typo is an error, never a silent download.
DEFAULT_MIRROR := $(abspath ../shared/data)
ifeq ($(origin MIRROR),undefined)
  ifneq ($(PSEPHOS_MIRROR),)
    MIRROR_DIR := $(abspath $(PSEPHOS_MIRROR))
    MIRROR_GIVEN := yes
  else
    MIRROR_DIR := $(if $(wildcard $(DEFAULT_MIRROR)/.),$(DEFAULT_MIRROR),)
    MIRROR_GIVEN :=
  endif
else
  MIRROR_DIR := $(abspath $(MIRROR))
  MIRROR_GIVEN := yes
endif
ifneq ($(MIRROR_DIR),)
  export PSEPHOS_MIRROR := $(MIRROR_DIR)
endif
# Error hints from psephos name `make run MIRROR=...` rather than `--mirror` (not for
# `make test`: the tests set what they check).
run fetch: export PSEPHOS_VIA := make

# Stamps are written only when their step succeeds, so a failed install is retried by the
# next `make run` rather than taken as done; .DELETE_ON_ERROR removes a half-made stamp.
VENV_STAMP := $(VENV)/.psephos-venv
RUN_STAMP  := $(VENV)/.psephos-run
TEST_STAMP := $(VENV)/.psephos-test
.DELETE_ON_ERROR:

.PHONY: run test fetch install install-test preflight lint bench lock clean

## make run: check the data can be had, install the runtime into .venv, build the store,
## print the Ilford North profile and serve the web app on http://$(HOST):$(PORT)/ until
## Ctrl+C (`make run SERVE=no` stops after the profile).
run: preflight install
	$(BIN)/psephos build
	$(BIN)/psephos seat "Ilford North"
ifeq ($(SERVE),yes)
	$(BIN)/psephos serve --host $(HOST) --port $(PORT)
endif

## make test: install the runtime and the test tools, then lint, type-check and test.
test: preflight install-test
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest -q -n 2

# Before anything is installed: the Python version, a given MIRROR, and whether the
# official files can be had at all (mirror, cache or network). Standard library only.
preflight:
	@PYTHONPATH=src $(PYTHON) scripts/preflight.py --via make \
		$(if $(MIRROR_GIVEN),--mirror "$(MIRROR_DIR)",)

install: $(RUN_STAMP)
install-test: $(TEST_STAMP)

$(VENV_STAMP):
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }
	touch $@

# Runtime dependencies only: what `psephos` needs to build, answer and serve.
$(RUN_STAMP): pyproject.toml constraints.txt $(VENV_STAMP)
	$(PIP) install --quiet -c constraints.txt -e .
	touch $@

# The test extra: pytest, hypothesis, Playwright (driving Debian's chromium), ruff, mypy.
$(TEST_STAMP): $(RUN_STAMP)
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $@

## make fetch: download every official file from its pinned URL into ~/.cache/psephos,
## checking each sha256 (needs a network; afterwards `make run` needs neither it nor a mirror).
fetch: install
	$(BIN)/psephos fetch

lint: install-test
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/build.py

## make lock: re-resolve every dependency and its test extra into constraints.txt.
lock: $(VENV_STAMP)
	$(BIN)/python scripts/lock.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
