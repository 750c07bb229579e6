# The two commands a newcomer types: `make demo` and `make test`.
# pip reads this machine's find-links for the CPU build of torch; constraints.txt pins it.
# With uv instead: uv pip install --find-links /opt/wheels -c constraints.txt -e ".[test]"
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP_INSTALL := $(BIN)/python -m pip install --disable-pip-version-check -q -c constraints.txt

.PHONY: demo test test-all install benchmarks clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(PIP_INSTALL) -e ".[test,spark]"
	touch $@

install: $(VENV)/.installed

# The demo serves within a couple of minutes and learns from its search log after (demo/learning.py).
# DEMO_ARGS: options of `kaiyu demo`, e.g. make demo DEMO_ARGS="--port 8100"
DEMO_ARGS ?=
demo: install
	$(BIN)/kaiyu demo $(DEMO_ARGS)

test: install
	$(BIN)/python -m pytest

test-all: install
	$(BIN)/python -m pytest -m ""

clean:
	rm -rf $(VENV) kaiyu-data .pytest_cache
