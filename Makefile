# Two entry points: `make demo` (the main job on the bundled gazette) and `make test` (the whole suite).
# Both create the virtual environment in .venv on first use; nothing else is needed but Python 3.11.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT := out
EXAMPLE := examples/jiaxing-gazette-2024-03.txt

.PHONY: demo test browser lint bench accuracy clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@echo "installing policykg and its dependencies into $(VENV) (log: $(VENV)/install.log)"
	@$(BIN)/python -m pip install -q --upgrade pip > $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	@$(BIN)/python -m pip install -q -e '.[test]' >> $(VENV)/install.log 2>&1 || (cat $(VENV)/install.log; exit 1)
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/policykg extract $(EXAMPLE) -o $(OUT)/jiaxing.jsonl
	$(BIN)/policykg build $(EXAMPLE) --store $(OUT)/store
	$(BIN)/policykg report agencies --store $(OUT)/store
	$(BIN)/policykg viz --store $(OUT)/store -o $(OUT)/explorer.html

# Headless Chromium and a CJK font from Debian, for the explorer's browser tests.
browser:
	@if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'noto.*cjk\|wqy'; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	else echo "note: /usr/bin/chromium or fonts-noto-cjk missing and not root: browser tests will be skipped"; fi

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check core extract graph viz ontology tests bench

bench: $(STAMP)
	$(BIN)/python -m bench.run

# Scores on the shared development set and gazette (reads ../shared/eval) into docs/accuracy.md.
accuracy: $(STAMP)
	$(BIN)/python -m bench.accuracy

clean:
	rm -rf $(OUT) policykg-store .pytest_cache
