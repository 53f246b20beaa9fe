# The two commands of the README:
#   make run    set up (virtualenv + package) and start vimod on the embedded default
#   make test   set up the test tools and run the whole test suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: setup setup-test run test

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

setup: $(BIN)/python
	$(BIN)/pip install --quiet -e .

setup-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

run: setup
	$(BIN)/vimod serve

test: setup-test
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest
