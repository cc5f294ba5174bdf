"""The README's command examples are what the commands print on the 2011-2012 corpus (the `make demo` store):
regenerated here with bench/readme_examples.py on the session's corpus store, they must not change."""
from __future__ import annotations

import difflib
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _generator():
    spec = importlib.util.spec_from_file_location("readme_examples", ROOT / "bench" / "readme_examples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_examples_are_real_runs(corpus_store):
    generator = _generator()
    current = generator.README.read_text(encoding="utf-8")
    assert len(generator.BLOCK.findall(current)) >= 8
    fresh = generator.render(current, str(corpus_store[0]))
    drift = "".join(difflib.unified_diff(current.splitlines(True), fresh.splitlines(True), "README.md",
                                         "what the commands print"))
    assert not drift, ("the README's examples drifted; run `.venv/bin/python bench/readme_examples.py "
                       "--db podium.db` on the `make demo` store\n" + drift)
