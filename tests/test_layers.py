"""Data flows one way: sources -> extract -> store -> resolve/analysis -> query -> cli/web. A module never imports a stage
that comes after it, so each can be used and tested without the ones downstream."""
import ast
from pathlib import Path

import pytest

import podium

PACKAGE = Path(podium.__file__).parent
FACES = ("podium.cli", "podium.web", "podium.export")
LATER = {
    "sources": ("podium.extract", "podium.store", "podium.resolve", "podium.analysis", "podium.ingest",
                "podium.query", *FACES),
    "store": ("podium.resolve", "podium.analysis", "podium.ingest", "podium.query", *FACES),
    "analysis": ("podium.query", *FACES),
    "query": FACES,
    "ingest.py": ("podium.query", *FACES),
}


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("part", sorted(LATER))
def test_no_import_from_a_later_stage(part):
    files = [PACKAGE / part] if part.endswith(".py") else sorted((PACKAGE / part).rglob("*.py"))
    for path in files:
        later = {name for name in imported_modules(path) if name.startswith(LATER[part])}
        assert not later, f"{path.relative_to(PACKAGE)} imports {sorted(later)}"
