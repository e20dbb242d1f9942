# make run: extract, check and reconcile the bundled sample; make test: the test suite.
# Both create .venv/ and install the locked dependencies on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: setup run test bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/perfprog run raw_pdfs/ --out extracted --reports reports

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf extracted/*/ reports/*/ .pytest_cache

# speed and memory on the reference PDF (median of 5 runs): writes reports/bench.json
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --runs 5
