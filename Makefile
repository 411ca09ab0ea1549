# Debatradar developer commands. `make help` lists them.
# Everything bootstraps itself on a fresh machine with only python3.11 and standard tools:
# a project venv in .venv, uv inside a tools venv in .tools, packages from the hashed lock.

SHELL := /bin/bash
PYTHON ?= python3.11
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: requirements.lock pyproject.toml | $(UV)
	@test -x $(PY) || $(UV) venv --quiet --python $(PYTHON) $(VENV)
	$(UV) pip sync --quiet --python $(PY) --require-hashes requirements.lock
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	@touch $@

.PHONY: install
install: $(VENV)/.synced ## Create .venv from the hashed lock (idempotent)

.PHONY: demo
demo: install ## Run the demo: simulated Danish debate served locally, crawled, analysed, indexed
	$(VENV)/bin/debatradar demo $(ARGS)

# Two pytest workers: the machine has two cores and the suite is mostly waiting on subprocesses.
TEST_WORKERS ?= 2

.PHONY: test
test: install system-deps ## Run the whole test suite (starts Elasticsearch, Chromium, SMTP itself)
	$(PY) -m pytest -n $(TEST_WORKERS) --junitxml=test-artifacts/junit.xml $(ARGS)

.PHONY: system-deps
system-deps: ## Install the system packages the tests drive (Chromium, Pango, Temurin check)
	@.ci/system-deps

.PHONY: lint
lint: install ## ruff + mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

.PHONY: lock
lock: | $(UV) ## Re-resolve pyproject.toml into uv.lock and the committed hashed requirements.lock
	$(UV) lock
	$(UV) export --quiet --format requirements-txt --all-groups --no-emit-project --no-header -o requirements.lock
	@! grep -E '^[^#]*://' requirements.lock || (echo "requirements.lock names an address" && exit 1)

.PHONY: bench
bench: install ## Run all benchmarks (slow); figures go to docs/benchmarks.md by hand
	for b in bench/bench_*.py; do $(PY) $$b || exit 1; done

.PHONY: clean
clean: ## Remove the demo data directory (keeps the venvs)
	rm -rf data
