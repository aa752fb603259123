# Two commands do everything: `make serve` and `make test`. Each sets itself up first.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PIP_QUIET := 2>&1 | { grep -v "^WARNING: Location" || true; }
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8866
HOST   ?= 127.0.0.1
CHROMIUM ?= /usr/bin/chromium
export JUPYTER_PATH := $(CURDIR)/share/jupyter
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: help setup serve test test-fast validate lint lab lock browser clean readme screenshots static bench handout

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version.split()[0]'
	@echo "==> [1/3] Creating the virtualenv in $(VENV) with $(PYTHON)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "==> [2/3] Installing pinned packages from requirements.lock (first time: a few minutes)"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip==26.3 setuptools==84.2.1 $(PIP_QUIET)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock $(PIP_QUIET)
	@echo "==> [3/3] Installing the explainer package (editable)"
	@PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . $(PIP_QUIET)
	@touch $(STAMP)
	@echo "==> Set-up done"

setup: $(STAMP) ## Create .venv and install the pinned packages (run by every command)

NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package-lock.json
	@echo "==> Installing the pinned plotly.js build from package-lock.json (npm ci)"
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error; \
	else echo "==> npm not found: pages will use the full plotly.js from the plotly wheel"; fi

ASSETS := share/jupyter/voila/templates/explainer/generated/landing.html
VIEW_INPUTS := $(shell $(PYTHON) explainer/paths.py)
$(ASSETS): $(STAMP) $(NODE_STAMP) $(VIEW_INPUTS)
	@echo "==> Writing the dashboard's generated files (landing page, handouts, views' script and styles, vendored plotly.js)"
	@$(BIN)/python -m explainer assets >/dev/null

browser: ## Install Debian's Chromium (and poppler-utils, to read the PDFs in tests) if missing (root only)
	@if [ -x "$(CHROMIUM)" ]; then echo "==> Chromium: $(CHROMIUM)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "==> Installing Debian's chromium"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "==> Chromium not found at $(CHROMIUM): run 'sudo apt-get install chromium' (browser tests will be skipped)"; fi
	@if ! command -v pdftotext >/dev/null && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "==> Installing poppler-utils (pdftotext, for the handout tests)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null; fi

serve: $(ASSETS) ## Serve the dashboard with Voila on http://$(HOST):$(PORT)/ (settings: voila.json)
	@echo "==> Starting Voila on http://$(HOST):$(PORT)/ with voila.json; a line says when it is ready"
	@$(BIN)/python -m explainer serve --host=$(HOST) --port=$(PORT)

validate: $(STAMP) ## Check the data package (data/) and list every problem
	@$(BIN)/python -m explainer validate data

readme: $(STAMP) ## Rewrite the README's data dictionary from data/datapackage.json
	@$(BIN)/python -m explainer dictionary --write README.md

lint: $(STAMP) ## ruff, and notebooks must carry no outputs
	@$(BIN)/ruff check explainer tests
	@$(BIN)/ruff format --check --quiet explainer tests
	@$(BIN)/nbstripout --verify notebooks/*.ipynb

test: $(ASSETS) browser ## Everything: lint, data, unit, notebook (nbval) and browser tests
	@$(MAKE) --no-print-directory lint validate
	@echo "==> pytest (unit, notebooks, browser)"
	@$(BIN)/python -m pytest tests --nbval-lax notebooks -p no:cacheprovider

test-fast: $(STAMP) ## Unit tests only
	@$(BIN)/python -m pytest tests -m "not browser" -p no:cacheprovider

static: $(STAMP) $(NODE_STAMP) browser ## Build the static reader edition into site/, handouts included (no kernel, no CDN)
	@$(BIN)/python -m explainer static site
	@echo "==> Try it: $(BIN)/python -m http.server --directory site 8000"

handout: $(STAMP) browser ## Only the handouts: build/handout/*.html and A4 and Letter PDFs (make static and make serve include them)
	@$(BIN)/python -m explainer handout --pdf

screenshots: $(ASSETS) $(NODE_STAMP) browser ## Full-page PNGs of every page, both editions, 3 sizes (build/screenshots/), and text snapshots
	@$(BIN)/python -m explainer screenshots

bench: $(ASSETS) browser ## Benchmark: time to interactive, latency, a 30-reader burst, memory
	@$(BIN)/python bench/bench.py

lab: $(STAMP) ## Open the notebooks in JupyterLab, to read the code
	@$(BIN)/jupyter lab notebooks/

lock: ## Regenerate requirements.lock from requirements.in in a scratch venv
	@rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	@.lock-venv/bin/pip install --quiet --upgrade pip==26.3 setuptools==84.2.1 && .lock-venv/bin/pip install --quiet -r requirements.in
	@{ echo "# Exact pins for every package, generated by 'make lock' from requirements.in on Python 3.11."; \
	   .lock-venv/bin/pip freeze --exclude-editable; } > requirements.lock
	@rm -rf .lock-venv && echo "==> requirements.lock updated; update environment.yml to match"

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache
