# citegraph — every target creates the virtual environment it needs.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DATA    := data
STORE   ?= .citegraph/store
SHARED  ?= ../shared
WORKERS ?= 2

.PHONY: install demo test lint bench browser clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# Chromium for the browser tests (Debian package; needs root or sudo).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

demo: $(STAMP)
	$(BIN)/citegraph demo $(DATA) --store $(STORE) -o out/graph.html

test: $(STAMP) browser
	$(BIN)/pytest -n $(WORKERS) -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP) browser
	$(BIN)/python -m citegraph.bench --shared $(SHARED) --out BENCHMARKS.md

clean:
	rm -rf $(VENV) .citegraph out .pytest_cache
