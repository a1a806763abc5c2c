# psephos: the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
MIRROR ?= $(abspath ../shared/data)
export PSEPHOS_MIRROR := $(if $(wildcard $(MIRROR)),$(MIRROR),)

.PHONY: run test install lint bench clean

$(BIN)/psephos: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/psephos

HOST ?= 127.0.0.1
PORT ?= 8000
SERVE ?= yes

## make run: install, build the store from the mirror, then run the main job: print the
## Ilford North profile and serve the web app on http://$(HOST):$(PORT)/ until Ctrl+C
## (`make run SERVE=no` stops after the profile).
run: install
	$(BIN)/psephos build
	$(BIN)/psephos seat "Ilford North"
ifeq ($(SERVE),yes)
	$(BIN)/psephos serve --host $(HOST) --port $(PORT)
endif

## make test: install and run the whole test suite (lint and types first)
test: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest -q -n 2

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

bench: install
	$(BIN)/python benchmarks/build.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
