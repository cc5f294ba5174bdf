"""Shared test fixtures: where ../shared is, and a skip with a clear reason when it is absent."""
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
if not SHARED.is_dir():  # a worktree one level deeper than the main clone
    SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "kcna-2011-2012.jsonl.gz"
SEED = SHARED / "seed"


def need_shared(path: Path) -> Path:
    """`path` under ../shared, or skip: the real corpus and seed are never copied into the repository."""
    if not path.exists():
        pytest.skip(f"{path} is absent: tests on the real corpus and seed need ../shared beside the repository")
    return path
