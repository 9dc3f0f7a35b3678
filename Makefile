# Two commands set everything up on a fresh Debian machine with Node 20 and npm:
#   make html   installs what is missing, renders every notebook on the bundled data to build/html/
#   make test   type-checks, runs the unit tests, executes every notebook and checks the pages in Chromium
# Run on another file without editing anything:  make html DATA=/path/to/cohort.csv

DATA ?= data/lm-cohort.csv
# Counts below MIN_CELL are shown as "<MIN_CELL" in every table and risk table (0: no suppression).
MIN_CELL ?= 0
PY := /usr/bin/python3
NOTEBOOKS := $(sort $(wildcard notebooks/*.ipynb))
KERNELS := $(CURDIR)/.jupyter/share/jupyter
JUPYTER_ENV := JUPYTER_PATH=$(KERNELS) LM_DATA=$(abspath $(DATA)) LM_MIN_CELL=$(MIN_CELL)
TSX := node_modules/.bin/tsx
LIB_SOURCES := $(shell find lib types -name '*.ts')

.PHONY: build-lib html test typecheck unit notebooks browser notebook fixtures validate dictionary data bench bench-load figures deps kernel clean

html: notebooks
	$(TSX) tools/buildIndex.ts build/html $(DATA)

test: typecheck unit html browser

# --- setup ---------------------------------------------------------------------------------
# npm packages, installed again whenever the lockfile changes. danfojs-node needs the npm
# `overrides` in package.json (pure-JS TensorFlow, registry xlsx): see README.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

deps: node_modules/.installed

# Debian's Jupyter (PyPI is unreachable) and the tslab kernelspec inside the project, never global.
kernel: deps
	@tools/ensure-system.sh jupyter
	@grep -qs '$(CURDIR)/tools/tslab' $(KERNELS)/kernels/tslab/kernel.json || \
	  node_modules/.bin/tslab install --python=$(PY) --prefix=$(CURDIR)/.jupyter --binary=$(CURDIR)/tools/tslab

# The notebooks import the library compiled to CommonJS with declarations (dist/): tslab type-checks
# every imported TypeScript source on import, which costs about 20 s per notebook for lib/ as source
# and about 1 s for dist/. Rebuilt whenever a file under lib/ changes.
dist/index.js: $(LIB_SOURCES) tsconfig.json tsconfig.build.json node_modules/.installed
	@rm -rf dist
	node_modules/.bin/tsc -p tsconfig.build.json

build-lib: dist/index.js

# --- checks --------------------------------------------------------------------------------
typecheck: deps
	node_modules/.bin/tsc --noEmit -p tsconfig.json

unit: deps kernel
	node_modules/.bin/vitest run

notebooks: kernel dist/index.js
	@rm -rf build/html
	$(JUPYTER_ENV) $(PY) tools/render.py --out build/html $(NOTEBOOKS)

browser: deps
	@tools/ensure-system.sh chromium
	$(TSX) tools/checkHtml.ts build/html

# --- interactive ---------------------------------------------------------------------------
notebook: kernel dist/index.js
	@tools/ensure-system.sh notebook
	$(JUPYTER_ENV) $(PY) -m notebook --notebook-dir=$(CURDIR)/notebooks

# --- maintenance ---------------------------------------------------------------------------
# Regenerates the R reference fixtures (needs R with survival, cmprsk and jsonlite).
fixtures:
	@tools/ensure-system.sh r
	@for f in tests/fixtures/*.R tests/figures/*.R; do [ "$$f" = tests/fixtures/common.R ] || Rscript "$$f" || exit 1; done

# The data manager's check: every problem by row, column and rule; non-zero exit when the file cannot be analysed.
validate: deps
	$(TSX) tools/validate.ts $(DATA)

# The data dictionary is generated from the schema, never edited by hand.
dictionary: deps
	$(TSX) tools/genDictionary.ts

# Regenerates the bundled synthetic cohort (seeded: the same bytes every time).
data: deps
	$(TSX) tools/generateCohort.ts

# Library vs R timings on generated registry-sized data (results in build/bench/).
bench: deps
	$(TSX) tools/bench/run.ts

# Time loadCohort on a generated 10,000-row file.
bench-load: deps
	$(TSX) tools/benchLoad.ts

# Every figure of the rendered notebooks as SVG and PNG (headless Chromium, offline).
figures: deps
	@test -f build/html/index.html || $(MAKE) html
	@tools/ensure-system.sh chromium
	$(TSX) tools/exportFigures.ts build/html build/figures

clean:
	rm -rf build dist .jupyter
