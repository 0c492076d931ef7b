# Rasad — two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DATA   ?= examples
DB     ?= sqlite:///./rasad.db
HOST   ?= 127.0.0.1
PORT   ?= 8000
STAMP  := $(VENV)/.installed

.PHONY: install install-dev run test lint typecheck pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

install: $(STAMP)  ## just the virtual environment with Rasad installed

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,postgres,dask,train]'
	touch $(STAMP) $@

install-dev: $(VENV)/.installed-dev

run: install  ## analyse DATA (default: the bundled example), store it in DB, serve the UI on HOST:PORT
	$(BIN)/rasad ingest $(DATA) --db $(DB) --pretty 3
	$(BIN)/rasad serve --db $(DB) --host $(HOST) --port $(PORT)

lint: install-dev
	$(BIN)/ruff check src tests bench

typecheck: install-dev
	$(BIN)/mypy

pytest: install-dev
	$(BIN)/python -m pytest -p no:cacheprovider

test: install-dev  ## ruff, mypy and the whole pytest suite (starting the services the tests need)
	bash scripts/test.sh

bench: install-dev
	$(BIN)/python bench/throughput.py --n 2000

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
