# Two commands are the contract: `make run` (the whole notebook series on the
# bundled corpus) and `make test`. Both create the environment when needed.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Exact versions for byte-identical figures; `make LOCK= test` takes the newest releases instead.
LOCK   ?= requirements.lock

.PHONY: help run test test-fast bench clean-cache clean lab lock

help:  ## List the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet $(if $(LOCK),--constraint $(LOCK)) -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## Run every notebook in order on the bundled corpus; figures to figures/, report to reports/
	$(PY) -m analysis run

test: $(STAMP)  ## Run the test suite (the slow tests included)
	$(PY) -m pytest

test-fast: $(STAMP)  ## Run the tests except the slow ones
	$(PY) -m pytest -m "not slow"

bench: $(STAMP)  ## Run the benchmarks and print their figures
	for b in benchmarks/bench_*.py; do $(PY) $$b || exit 1; done

lab: $(STAMP)  ## Open the notebook series in JupyterLab
	$(VENV)/bin/jupyter lab notebooks/

lock:  ## Rewrite requirements.lock with the newest releases (then `make run` and commit figures/)
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet --upgrade pip
	.lock-venv/bin/python -m pip install --quiet -e '.[dev]'
	{ sed -n '/^#/p' requirements.lock; .lock-venv/bin/python -m pip freeze --exclude-editable; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf .lock-venv

clean-cache:  ## Delete derived caches (never touches data/raw)
	$(PY) -m analysis clear-cache

clean:  ## Delete the environment, caches and reports
	rm -rf $(VENV) .cache reports
