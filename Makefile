# make run: extract, check and reconcile the bundled sample; make test: the test suite.
# Both create .venv/ and install what they need on first use: `run` the runtime set only
# (requirements.lock), `test` the runtime and the test set (requirements-test.lock).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUNTIME := $(VENV)/.runtime-stamp
TESTING := $(VENV)/.test-stamp

.PHONY: setup bytecode run test bench clean messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUNTIME): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/python -m pip install -q -r requirements.lock
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/python -m pip install -q --no-deps -e .  # setuptools' reminder, 9 lines
	touch $(RUNTIME)

$(TESTING): $(RUNTIME) requirements-test.lock
	$(BIN)/python -m pip install -q -r requirements-test.lock
	touch $(TESTING)

setup: $(RUNTIME)

# the package's bytecode, as pip writes it for a regular install: where PYTHONDONTWRITEBYTECODE is
# set, every run and page worker would compile the modules again (compileall redoes changed ones only)
bytecode: $(RUNTIME)
	$(BIN)/python -m compileall -q pipeline

run: bytecode
	$(BIN)/perfprog run raw_pdfs/ --out extracted --reports reports

test: $(TESTING) bytecode
	$(BIN)/python -m pytest -q

clean:
	rm -rf extracted/*/ reports/*/ .pytest_cache

# speed and memory on the reference PDF (median of 5 runs): writes reports/bench.json
bench: $(TESTING) bytecode
	$(BIN)/python benchmarks/bench.py --runs 5

# the message catalog: extract every msgid (babel.cfg) and merge them into each language's .po;
# then translate the new entries (tests/test_i18n.py fails while one is untranslated or fuzzy)
messages: $(RUNTIME)
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output --omit-header -o pipeline/locale/perfprog.pot .
	$(BIN)/pybabel update -i pipeline/locale/perfprog.pot -d pipeline/locale -D perfprog --no-fuzzy-matching --ignore-obsolete
	rm pipeline/locale/perfprog.pot
