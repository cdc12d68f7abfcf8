# One-word targets. `make run` and `make test` are the two commands a newcomer needs.
PYTHON ?= $(shell command -v python3.13 2>/dev/null || echo python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000

.PHONY: run test messages mo lint format check-deploy vendor css screenshots bench fuzz loadtest backup restore clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 13), "Python 3.13 is required (see .python-version)"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

## run: the portal with demo content on SQLite at http://127.0.0.1:$(PORT), with a task worker and the scheduler
run: $(VENV)/.runtime mo
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py rebuild_search_index
	$(BIN)/python manage.py dev_accounts
	@# The worker sends the mail (printed here, in this terminal); the scheduler enqueues alerts and other periodic jobs.
	export SITE_URL=http://127.0.0.1:$(PORT); \
	$(BIN)/python manage.py db_worker & worker=$$!; \
	$(BIN)/python manage.py run_scheduler & scheduler=$$!; \
	trap 'kill $$worker $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

## test: the whole suite on both cores, in random order (on PostgreSQL when DATABASE_URL points there)
TEST_WORKERS ?= 2
test: $(VENV)/.dev mo
	@start=$$(date +%s); status=0; \
	$(BIN)/pytest -n $(TEST_WORKERS) --durations=10 $(TEST_ARGS) || status=$$?; \
	echo "make test: $$(( $$(date +%s) - start )) s on $(TEST_WORKERS) workers"; exit $$status

## messages: add new interface strings to the French and Spanish catalogues (locale/), then compile them
messages: $(VENV)/.dev
	$(BIN)/python manage.py translations extract
	$(BIN)/python manage.py translations compile

## mo: compile the catalogues (locale/*/LC_MESSAGES/django.mo; built, never committed)
mo: $(VENV)/.runtime
	$(BIN)/python manage.py translations compile

## fuzz: the long fuzz run: FUZZ_EXAMPLES requests over every public URL pattern, and schemathesis over the API
FUZZ_EXAMPLES ?= 10000
FUZZ_API_EXAMPLES ?= 200
fuzz: $(VENV)/.dev
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) FUZZ_API_EXAMPLES=$(FUZZ_API_EXAMPLES) $(BIN)/pytest -p no:randomly -s -q \
		tests/test_fuzz.py tests/catalog/test_browse_fuzz.py "tests/asmportal/test_api.py::test_schemathesis_finds_no_server_error_and_no_schema_violation"

## backup: database and uploaded files into a new folder under backups/ (BACKUP_DIR to change)
BACKUP_DIR ?= backups
backup: $(VENV)/.runtime
	$(BIN)/python manage.py backup --output $(BACKUP_DIR)

## restore: BACKUP=backups/asmportal-... replaces the database and files, then checks every table's rows
restore: $(VENV)/.runtime
	@test -n "$(BACKUP)" || (echo "Name the backup folder: make restore BACKUP=backups/asmportal-YYYYMMDD-HHMMSS" && exit 2)
	$(BIN)/python manage.py restore $(BACKUP) $(RESTORE_FLAGS)

lint: $(VENV)/.dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.dev
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## check-deploy: Django's deployment checklist under production-like variables
check-deploy: $(VENV)/.runtime
	DEBUG=0 SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(50))') \
	ALLOWED_HOSTS=portal.example.org SECURITY_CONTACTS=mailto:security@portal.example.org \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

## vendor: refresh static/vendor from the pinned npm packages, then build the stylesheet (needs node and npm)
vendor:
	bash scripts/vendor.sh

## css: rebuild static/css/portal.css from static/scss (after `npm ci`)
css:
	bash scripts/build_css.sh

## bench: the benchmark table at SCALE records per type on BACKENDS (sqlite, postgresql or both), beside the
## floor and Datasette; BENCH_PORT (gunicorn; Datasette on it + 20) and BENCH_DB (the PostgreSQL database)
## let it run beside other work
SCALE ?= 100000
BACKENDS ?= both
BENCH_PORT ?= 8700
$(VENV)/.bench: requirements-bench.txt | $(VENV)/.dev
	$(BIN)/pip install --quiet -r requirements-bench.txt
	touch $@

bench: $(VENV)/.dev $(VENV)/.bench
	$(BIN)/python scripts/bench.py --scale $(SCALE) --backends $(BACKENDS) --base-port $(BENCH_PORT) \
		$(if $(BENCH_DB),--pg-database $(BENCH_DB))

## loadtest: gunicorn + PostgreSQL under 50 users for 60 s from a second process, then a database outage drill
loadtest: $(VENV)/.dev $(VENV)/.bench
	$(BIN)/python scripts/loadtest.py --users $(or $(USERS),50) --seconds $(or $(SECONDS),60)

## screenshots: every README and docs/design.md picture, from a portal running the demo on $(PORT)
## (SCREENSHOT_USER and SCREENSHOT_PASSWORD of an Editor add the staff pages)
screenshots: $(VENV)/.dev
	PYTHONPATH=scripts $(BIN)/python scripts/readme_screenshots.py http://127.0.0.1:$(PORT) docs/screenshots

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache
