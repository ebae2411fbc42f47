# caselearn: two commands on a fresh machine.
#   make run   set up, load the sample corpus, serve on http://127.0.0.1:8000
#   make test  set up (including Debian packages the tests need) and run every test

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= sqlite:///caselearn.db
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Debian packages: the browser for end-to-end tests, OCR and a reference PDF text extractor.
DEBIAN_PACKAGES := chromium tesseract-ocr tesseract-ocr-eng poppler-utils fonts-dejavu-core

.PHONY: run test venv system-deps lint format clean

$(BIN)/.installed: requirements.lock pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -r requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	@touch $@

venv: $(BIN)/.installed

system-deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

run: venv system-deps
	CASELEARN_DB=$(DB) $(BIN)/caselearn init --demo-users
	@if [ -d samples/corpus ]; then CASELEARN_DB=$(DB) $(BIN)/caselearn ingest --quiet samples/corpus; fi
	@CASELEARN_DB=$(DB) $(BIN)/caselearn code --all --uncoded > /dev/null
	@CASELEARN_DB=$(DB) $(BIN)/caselearn import-workflow --skip-stored samples/workflow/notifications.csv
	CASELEARN_DB=$(DB) $(BIN)/caselearn serve --host 127.0.0.1 --port 8000

test: venv system-deps
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: venv
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

clean:
	rm -rf $(VENV) caselearn.db caselearn.db-wal caselearn.db-shm .pytest_cache
