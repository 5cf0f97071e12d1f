# citegraph — every target creates the virtual environment it needs.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DATA    := data
STORE   ?= .citegraph/store
SHARED  ?= ../shared
WORKERS ?= 2

.PHONY: install demo test lint bench system browser clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The Debian packages the tests use (needs root or sudo): Chromium for the browser tests, and poppler's
# pdftotext, whose text of the corpus PDFs the reader is tested on. Only the missing ones are installed.
system:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="chromium chromium-driver"; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

browser: system

demo: $(STAMP)
	$(BIN)/citegraph demo $(DATA) --store $(STORE) -o out/graph.html

test: $(STAMP) system
	$(BIN)/pytest -n $(WORKERS) -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP) system
	$(BIN)/python -m citegraph.bench --shared $(SHARED) --out BENCHMARKS.md

clean:
	rm -rf $(VENV) .citegraph out .pytest_cache
