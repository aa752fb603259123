# Two commands do everything: `make serve` and `make test`. Each sets itself up first.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
PIP_QUIET := 2>&1 | { grep -v "^WARNING: Location" || true; }
LOCKED := $(shell grep -c '==' requirements.lock)
# pip's output cut to one short line per package, "[ 57/132] name==version", rewritten in place
# on a terminal and one line each in a log; then one line while the wheels are unpacked. Every
# other line (errors, warnings) passes through; download and index lines and the
# "WARNING: Location" noise (as PIP_QUIET) do not.
PIP_PROGRESS := 2>&1 | awk -v total=$(LOCKED) ' \
  BEGIN { tty = system("[ -t 1 ]") == 0 } \
  function show(s) { printf(tty ? "\r\033[K%s" : "%s\n", s); open = tty; fflush() } \
  function say(s) { if (open) printf("\n"); open = 0; print s; fflush() } \
  function package(file, parts) { if ($$1 != "Processing") return $$($$1 == "Collecting" ? 2 : 4); \
    file = $$2; sub(/.*\//, "", file); split(file, parts, "-"); return parts[1] "==" parts[2] } \
  /^(Collecting|Processing|Requirement already satisfied:) / { n++; show(sprintf("    [%3d/%d] %s", n, total, package())); next } \
  /^Installing collected packages/ { say("    unpacking and installing (about a minute)"); next } \
  /^Successfully installed/ { say("    installed " (NF - 2) " packages"); next } \
  /^ *(Downloading|Using cached|Looking in|Found existing|Uninstalling|Successfully uninstalled|Attempting uninstall)|^WARNING: Location/ { next } \
  { say($$0) } END { if (open) printf("\n") }'
# Python 3.11 or later; the pins were checked for 3.11 to 3.13 (wheels for manylinux x86_64).
define CHECK_PYTHON
import sys
version = sys.version.split()[0]
if sys.version_info < (3, 11): sys.exit(f"Python 3.11 or later is required, found {version}: run make PYTHON=python3.12 ...")
if sys.version_info >= (3, 14): print(f"==> Python {version}: the pins were checked for 3.11 to 3.13 only")
endef
export CHECK_PYTHON
.DEFAULT_GOAL := help

# The newest Python 3.11 or later found (the pins have wheels for 3.11, 3.12 and 3.13); a name is
# taken only if it runs, since pyenv puts shims on PATH for versions it has not installed.
# Choose another with `make PYTHON=python3.11 serve`.
ifeq ($(origin PYTHON),undefined)
PYTHON := $(shell for p in python3.13 python3.12 python3.11 python3; do \
  $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { command -v $$p; break; }; done)
endif
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8866
HOST   ?= 127.0.0.1
N      ?= 2
CHROMIUM ?= /usr/bin/chromium
export JUPYTER_PATH := $(CURDIR)/share/jupyter
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: help setup serve serve-replicas proxy test test-fast test-js validate lint format js lab lock check-lock browser clean dictionary screenshots static bench lighthouse handout messages

help: ## List the commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@if [ -z "$(PYTHON)" ]; then echo "==> No Python 3.11 or later found: install python3.12 (or 3.11, 3.13) with its venv module, or run 'make PYTHON=/path/to/python3.X ...'"; exit 1; fi
	@$(PYTHON) -c "$$CHECK_PYTHON"
	@if [ -x $(BIN)/python ]; then echo "==> [1/3] Reusing the virtualenv in $(VENV) ($$($(BIN)/python -V))"; \
	else echo "==> [1/3] Creating the virtualenv in $(VENV) with $(PYTHON) ($$($(PYTHON) -V))" && $(PYTHON) -m venv $(VENV); fi
	@echo "==> [2/3] Installing the $(LOCKED) pinned packages of requirements.lock (first time: a few minutes)"
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip==26.3 setuptools==84.2.1 $(PIP_QUIET)
	@$(BIN)/python -m pip install --progress-bar=off --disable-pip-version-check -r requirements.lock $(PIP_PROGRESS)
	@echo "==> [3/3] Installing the explainer package (editable)"
	@PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . $(PIP_QUIET)
	@touch $(STAMP)
	@echo "==> Set-up done"

setup: $(STAMP) ## Create .venv and install the pinned packages (run by every command)

NODE_STAMP := node_modules/.package-lock.json
$(NODE_STAMP): package-lock.json
	@command -v npm >/dev/null || { echo "==> Node 20 and npm are needed to build the views' JavaScript: install them (e.g. sudo apt-get install nodejs npm)"; exit 1; }
	@echo "==> Installing the pinned npm packages from package-lock.json (npm ci: esbuild, Biome, the plotly.js build)"
	@npm ci --no-audit --no-fund --loglevel=error

# Every file the views and generated pages are built from (explainer/paths.py view_inputs()).
VIEW_INPUTS := $(if $(PYTHON),$(shell $(PYTHON) explainer/paths.py))

# The views' JavaScript: ES modules in js/src, built by esbuild into the widget's module and the
# pages' classic script (explainer/delivery/static/built/, gitignored; js/build.mjs makes both),
# again whenever one of the view inputs under js/ changes.
VIEWS_JS := explainer/delivery/static/built/explainer-views.js
$(VIEWS_JS): $(NODE_STAMP) $(filter js/%,$(VIEW_INPUTS))
	@echo "==> Building the views' JavaScript from js/src (esbuild)"
	@node js/build.mjs

js: $(VIEWS_JS) ## Build the views' JavaScript (js/src) with esbuild

ASSETS := share/jupyter/voila/templates/explainer/generated/landing.html
$(ASSETS): $(STAMP) $(NODE_STAMP) $(VIEWS_JS) $(VIEW_INPUTS)
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

serve-replicas: $(ASSETS) proxy ## Serve N copies (N=2) behind nginx on http://$(HOST):$(PORT)/ (docs/deploy.md)
	@echo "==> Starting $(N) replicas behind nginx on http://$(HOST):$(PORT)/ (build/nginx/); a line says when it is ready"
	@$(BIN)/python -m explainer serve-replicas --replicas=$(N) --host=$(HOST) --port=$(PORT)

# nginx as the project runs it: Debian's package, never its system service (deploy/install-nginx.sh).
proxy: ## Install Debian's nginx if missing (root only), for make serve-replicas and its test
	@if command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; then echo "==> nginx: $$(command -v nginx || echo /usr/sbin/nginx)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "==> Installing Debian's nginx (make serve-replicas runs it as you, in build/nginx/)"; \
	  deploy/install-nginx.sh; \
	else echo "==> nginx not found: run 'sudo apt-get install nginx' (the replicas test will be skipped)"; fi

validate: $(STAMP) ## Check the data package (data/) and list every problem
	@$(BIN)/python -m explainer validate data

# The interface catalog: pybabel reads babel.cfg (Python, Jinja templates, js/src), writes the
# template explainer/locale/messages.pot, merges new strings into the Spanish .po (translate
# them there: `make test` fails while one is missing), then compiles it to check it.
MESSAGE_KEYWORDS := -k _ -k N_ -k t -k ngettext:1,2 -k tn:1,2
messages: $(STAMP) ## Extract the interface strings, update the Spanish catalog (explainer/locale/es) and compile it
	@$(BIN)/pybabel extract -F babel.cfg $(MESSAGE_KEYWORDS) --add-location=file --sort-by-file \
	  --project=explainer --copyright-holder="the explainer's authors" -o explainer/locale/messages.pot . >/dev/null
	@$(BIN)/pybabel update -i explainer/locale/messages.pot -d explainer/locale -D messages \
	  --no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date --init-missing -l es
	@$(BIN)/pybabel compile --statistics -d explainer/locale -D messages -l es

dictionary: $(STAMP) ## Rewrite docs/data-dictionary.md from data/datapackage.json
	@$(BIN)/python -m explainer dictionary --write

lint: $(STAMP) $(NODE_STAMP) ## ruff and Biome (Python and JavaScript), and notebooks must carry no outputs
	@$(BIN)/ruff check explainer tests
	@$(BIN)/ruff format --check --quiet explainer tests
	@node_modules/.bin/biome ci --error-on-warnings --reporter=summary
	@$(BIN)/nbstripout --verify notebooks/*.ipynb

format: $(STAMP) $(NODE_STAMP) ## Format the Python (ruff) and the JavaScript (Biome) in place
	@$(BIN)/ruff format --quiet explainer tests bench
	@node_modules/.bin/biome check --write

test: $(ASSETS) browser proxy ## Everything: lint, data, JavaScript unit, Python unit, notebook (nbval) and browser tests
	@$(MAKE) --no-print-directory lint validate test-js
	@echo "==> pytest (unit, notebooks, browser)"
	@$(BIN)/python -m pytest tests --nbval-lax notebooks -p no:cacheprovider

test-fast: $(STAMP) $(VIEWS_JS) ## Unit tests only
	@$(BIN)/python -m pytest tests -m "not browser" -p no:cacheprovider

test-js: ## The views' JavaScript unit tests (js/tests, Node's test runner)
	@echo "==> node --test (JavaScript unit tests)"
	@node --test js/tests/*.test.js

static: $(STAMP) $(NODE_STAMP) $(VIEWS_JS) browser ## Build the static reader edition into site/, handouts included (no kernel, no CDN)
	@$(BIN)/python -m explainer static site
	@echo "==> Try it: $(BIN)/python -m http.server --directory site 8000"

handout: $(STAMP) browser ## Only the handouts: build/handout/*.html and A4 and Letter PDFs (make static and make serve include them)
	@$(BIN)/python -m explainer handout --pdf

screenshots: $(ASSETS) $(NODE_STAMP) browser ## Full-page PNGs of every page, both editions, 3 sizes (build/screenshots/), and text snapshots
	@$(BIN)/python -m explainer screenshots

bench: $(ASSETS) browser ## Benchmark against plain Voila: start-up, memory, 100 readers on a page, a flood, speed
	@$(BIN)/python bench/bench.py

lighthouse: $(ASSETS) $(NODE_STAMP) browser ## Lighthouse (mobile, median of 2) on every page of both editions: score, CLS, LCP, TBT, bytes, requests
	@CHROMIUM=$(CHROMIUM) $(BIN)/python bench/lighthouse.py

lab: $(STAMP) $(VIEWS_JS) ## Open the notebooks in JupyterLab, to read the code
	@$(BIN)/jupyter lab notebooks/

LOCK_PYTHON ?= python3.11
lock: ## Regenerate requirements.lock from requirements.in (on Python 3.11, the oldest supported), then check-lock
	@rm -rf .lock-venv && $(LOCK_PYTHON) -m venv .lock-venv
	@.lock-venv/bin/pip install --quiet --upgrade pip==26.3 setuptools==84.2.1 && .lock-venv/bin/pip install --quiet -r requirements.in
	@{ echo "# Exact pins for every package, generated by 'make lock' from requirements.in on Python 3.11."; \
	   .lock-venv/bin/pip freeze --exclude-editable; } > requirements.lock
	@$(MAKE) --no-print-directory check-lock LOCK_CHECK_PIP=".lock-venv/bin/python -m pip"
	@rm -rf .lock-venv && echo "==> requirements.lock updated; update environment.yml to match"

# Resolves every pin as pip would on each Python, from the index's metadata (no wheel downloaded):
# a pin with no wheel for that Python and no pure-Python wheel fails. 3.11 means 3.11.0.
LOCK_CHECK_PIP ?= $(BIN)/python -m pip
check-lock: ## Check that every pin in requirements.lock has a wheel for Python 3.11, 3.12 and 3.13 (manylinux x86_64)
	@for version in 3.11 3.12 3.13; do \
	  echo "==> Python $$version: resolving the $(LOCKED) pins as wheels for manylinux x86_64"; \
	  $(LOCK_CHECK_PIP) install --dry-run --quiet --disable-pip-version-check --no-deps \
	    --ignore-installed --only-binary=:all: --python-version $$version --target .lock-check \
	    --platform manylinux2014_x86_64 --platform manylinux_2_17_x86_64 \
	    --platform manylinux_2_28_x86_64 -r requirements.lock $(PIP_QUIET) || exit 1; \
	done; rm -rf .lock-check; echo "==> Every pin has a wheel for 3.11, 3.12 and 3.13"

clean: ## Remove the virtualenv and caches
	rm -rf $(VENV) .pytest_cache .ruff_cache
