# azadkar — two commands set everything up on a fresh machine:
#   make demo   creates .venv, installs everything, prints a real assessment
#   make test   creates .venv, installs everything, runs lint, type checks and the tests
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PYTHON ?= python3
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck pytest data model bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup_system.sh
	bash scripts/setup_system.sh
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,embed,spark]'
	touch $(STAMP)

demo: setup
	$(BIN)/azadkar assess --service logo_design:60 --service social_media_management:40 --rate 15 --currency USD
	$(BIN)/azadkar assess "من طراح لوگو هستم و صفحه اینستاگرام کافه‌ها را مدیریت می‌کنم" --lang fa

lint: setup
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks

typecheck: setup
	$(BIN)/mypy

pytest: setup
	$(BIN)/pytest -n 2 --dist loadfile

test: lint typecheck pytest

data: setup
	$(PY) scripts/build_data.py

model: setup
	$(PY) scripts/build_model.py

bench: setup
	for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
