# make run: extract, check and reconcile the bundled sample; make test: the test suite.
# Both create .venv/ and install what they need on first use: `run` the runtime set only
# (requirements.lock), `test` the runtime and the test set (requirements-test.lock).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-stamp
TESTING := $(VENV)/.test-stamp

.PHONY: setup run test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUNTIME): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(RUNTIME)

$(TESTING): $(RUNTIME) requirements-test.lock
	$(BIN)/python -m pip install -q -r requirements-test.lock
	touch $(TESTING)

setup: $(RUNTIME)

run: $(RUNTIME)
	$(BIN)/perfprog run raw_pdfs/ --out extracted --reports reports

test: $(TESTING)
	$(BIN)/python -m pytest -q

clean:
	rm -rf extracted/*/ reports/*/ .pytest_cache

# speed and memory on the reference PDF (median of 5 runs): writes reports/bench.json
bench: $(TESTING)
	$(BIN)/python benchmarks/bench.py --runs 5
