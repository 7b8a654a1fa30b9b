# AHP Educator Pathways. `make run` to try it, `make test` to prove it.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PORT ?= 8000
# Tests run in parallel, one worker per core (each with its own test database and browser).
PYTEST_ARGS ?= -n auto
VENV := .venv
BIN := $(VENV)/bin
# Find a Python 3.12 or newer: an explicit PYTHON, then pyenv's choice (.python-version), then
# python3.13, python3.12, python3 on the PATH.
PYTHON ?= $(shell for candidate in "$$(pyenv which python 2>/dev/null)" python3.13 python3.12 python3; do \
	  [ -n "$$candidate" ] || continue; \
	  if command -v "$$candidate" >/dev/null 2>&1 && "$$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then \
	    command -v "$$candidate"; break; fi; done)

.PHONY: help install run test lint format migrate seed lock check-deploy clean bench lighthouse

help:
	@echo "make run     install, migrate, load demo content, serve on http://127.0.0.1:$(PORT)"
	@echo "make test    lint, format check and the whole test suite (browser tests included)"
	@echo "make lint    ruff lint and format check"
	@echo "make format  apply ruff formatting and safe fixes"
	@echo "make bench   every page's requests per second under gunicorn on PostgreSQL (docs/performance.md)"
	@echo "make lighthouse  Lighthouse best-practices, SEO and accessibility scores of the main pages"
	@echo "make lock    re-pin requirements.lock from pyproject.toml"

$(BIN)/python:
	@if [ -z "$(PYTHON)" ]; then \
	  echo "error: Python 3.12 or newer is needed and none was found."; \
	  echo "Install one (for example 'pyenv install 3.12' or your system's python3.12 package), or run 'make PYTHON=/path/to/python3.12 ...'."; \
	  exit 1; fi
	"$(PYTHON)" -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python requirements.lock
	$(BIN)/python -m pip install --quiet -r requirements.lock
	@touch $@

install: $(VENV)/.installed

migrate: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py createcachetable

seed: migrate
	$(BIN)/python manage.py seed_demo

run: seed
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: lint
	$(BIN)/python manage.py makemigrations --check --dry-run --settings=config.settings.test
	$(BIN)/pytest $(PYTEST_ARGS)

check-deploy: install
	DJANGO_SETTINGS_MODULE=config.settings.production DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-check-deploy-only-$$(head -c 32 /dev/urandom | base64 | tr -dc a-zA-Z0-9)} \
	  DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-example.nhs.uk} \
	  $(BIN)/python manage.py check --deploy --fail-level WARNING

lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet . --group dev
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^ahp-educator-pathways' > requirements.lock

clean:
	rm -rf $(VENV) staticfiles db.sqlite3

# Throughput of every page under gunicorn with production settings on PostgreSQL (scripts/bench.py).
bench: install
	@command -v wrk >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && apt-get install -y -qq wrk >/dev/null; } || \
	  { echo "error: wrk is needed (Debian: apt-get install wrk)"; exit 1; }
	$(BIN)/python scripts/bench.py

# Lighthouse best-practices, SEO and accessibility scores of the main pages (scripts/lighthouse.py).
lighthouse: install
	$(BIN)/python scripts/lighthouse.py
