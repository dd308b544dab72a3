# Two entry points: `make demo` (the main job on the bundled gazette) and `make test` (the whole suite).
# Both create the virtual environment in .venv on first use; nothing else is needed but Python 3.11.
# `make demo` installs only what policykg needs to run; `make test` adds the test tools.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
OUT := out
EXAMPLE := examples/jiaxing-gazette-2024-03.txt
CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test browser lint bench accuracy clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@echo "installing policykg and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install -q --upgrade pip > $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	@$(BIN)/python -m pip install -q -e . >> $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	@echo "installing the test tools into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install -q -e '.[test]' >> $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	touch $(TEST_STAMP)

demo: $(STAMP)
	$(BIN)/policykg extract $(EXAMPLE) -o $(OUT)/jiaxing.jsonl
	$(BIN)/policykg build $(EXAMPLE) --store $(OUT)/store
	$(BIN)/policykg report agencies --store $(OUT)/store
	$(BIN)/policykg viz --store $(OUT)/store -o $(OUT)/explorer.html
	@echo "open $(OUT)/explorer.html in a browser; run more commands with $(BIN)/policykg (or: . $(BIN)/activate)"

# Headless Chromium and a CJK font from Debian, for the explorer's browser tests. When they
# cannot be installed (not root, no apt-get, no network) the suite goes on without them.
browser:
	@if [ -x $(CHROMIUM) ] && fc-list 2>/dev/null | grep -qi 'noto.*cjk\|wqy'; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null 2>&1 \
	  || echo "note: could not install chromium and fonts-noto-cjk with apt-get: browser tests will be skipped"; \
	else echo "note: $(CHROMIUM) or fonts-noto-cjk missing and not root: browser tests will be skipped"; fi

test: $(TEST_STAMP) browser
	$(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check core extract graph viz ontology tests bench

bench: $(TEST_STAMP)
	$(BIN)/python -m bench.run

# Scores on the shared development set and gazette (reads ../shared/eval) into docs/accuracy.md.
accuracy: $(STAMP)
	$(BIN)/python -m bench.accuracy

clean:
	rm -rf $(OUT) policykg-store .pytest_cache
