# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PODIUM := $(VENV)/bin/podium
SHARED ?= ../shared
CORPUS ?= $(SHARED)/corpus/kcna-2011-2012.jsonl.gz $(SHARED)/corpus/rodong-2021-2022.jsonl.gz
DB ?= podium.db
JOBS ?= 2

.PHONY: demo test install bench clean

$(VENV)/installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/installed

demo: install
	$(PODIUM) ingest $(CORPUS) --db $(DB) --keep-going --jobs $(JOBS)

test: install
	$(PY) -m pytest

bench: install
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache
