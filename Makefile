# Set-up and everyday commands. `make demo` and `make test` each create .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# The real FHIR server and HL7 examples the tests use live outside the repository; the path is
# fixed here because the tests run with HOME pointed at a throw-away folder.
export CASEWORKER_TEST_CACHE ?= $(HOME)/.cache/caseworker-tests

.PHONY: demo test lint bench package system-deps test-servers screenshot translations bank-holidays clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

## Opens the app on the embedded sandbox partner network, already synced.
demo: $(STAMP)
	packaging/dev/run-demo.sh $(BIN)/python main.py --demo

## Two workers, a test file (or the tests sharing the built bundle) to each at a time:
## make test WORKERS= runs in one process.
WORKERS ?= -n 2 --dist loadgroup

## Installs what the tests need (system packages too) and runs the whole suite headless.
test: export CASEWORKER_REQUIRE_TEST_SERVERS = 1
test: lint system-deps test-servers
	CASEWORKER_BLOCK_QT=1 $(BIN)/python -m pytest -q -p no:pytest-qt $(WORKERS) tests/core
	QT_QPA_PLATFORM=offscreen packaging/dev/with-keyring.sh $(BIN)/python -m pytest $(WORKERS) --ignore=tests/core

## Static checks on their own (make test runs them too).
lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check caseworker ui tests main.py benchmarks packaging
	$(BIN)/mypy
	$(BIN)/mypy packaging/build.py packaging/icons.py packaging/smoke.py

system-deps:
	packaging/dev/system-deps.sh

## A real FHIR server for the tests (Medplum's FHIR router from npm) and the HL7 R4 examples,
## installed by name into a cache outside the repository (tests/support/fhir_server).
test-servers: $(STAMP) system-deps
	$(BIN)/python -m tests.support.fhir_server prepare

## Builds the installable Linux bundle and tarball in dist/, then installs it in a scratch
## folder and runs its smoke test there (packaging/README.md).
package: $(STAMP) system-deps
	$(BIN)/python packaging/build.py
	packaging/dev/with-keyring.sh $(BIN)/python packaging/smoke.py

## Measures every performance figure with its target: make bench SCALE=1m [JSON=figures.json]
SCALE ?= 10k
bench: $(STAMP)
	packaging/dev/with-keyring.sh $(BIN)/python -m benchmarks --scale $(SCALE) $(if $(JSON),--json $(JSON))

## Regenerates the screenshots in docs/ (README and docs/screenshots/).
SHOT = QT_QPA_PLATFORM=offscreen CASEWORKER_HOME=$$(mktemp -d) \
	packaging/dev/with-keyring.sh $(BIN)/python main.py demo --screenshot
screenshot: $(STAMP)
	mkdir -p docs/screenshots
	$(SHOT) docs/screenshot.png
	$(SHOT) docs/access-tab.png --tab access
	for tab in home overview chronology people notes access records activity; do \
	  $(SHOT) docs/screenshots/$$tab.png --tab $$tab || exit 1; done
	$(SHOT) docs/screenshots/welsh-overview.png --tab overview --language cy
	$(SHOT) docs/screenshots/welsh-home.png --tab home --language cy
	$(SHOT) docs/screenshots/emerging-needs.png --tab emerging
	$(SHOT) docs/screenshots/data-flow-register.png --tab register
	$(SHOT) docs/screenshots/outcome-figures.png --tab outcomes
	$(SHOT) docs/screenshots/agreements.png --tab agreements
	$(SHOT) docs/screenshots/partner-down.png --partner-down police
	$(SHOT) docs/screenshots/text-200-percent.png --tab overview --text-size 200 --size 1280x720
	$(SHOT) docs/screenshots/high-contrast.png --tab chronology --theme high_contrast
	$(SHOT) docs/screenshots/welsh-subject-access-report.png --tab sar --language cy

## Brings the Welsh translation file up to date with the code and compiles it; lists what
## is left to translate.
translations: $(STAMP)
	$(BIN)/python packaging/dev/translations.py

## Writes out the bank holidays of England and Wales from the holidays library (after
## upgrading it: a test says when the file and the library differ).
bank-holidays: $(STAMP)
	$(BIN)/python packaging/dev/bank_holidays.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist
