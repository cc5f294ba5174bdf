"""The vocabulary of the system Podium reads about (bodies, offices, ranks, event kinds, names) kept as data.

Each YAML file here is loaded once per process; an analyst extends Podium by editing these files, not the code.
"""
from functools import cache
from importlib import resources

import yaml


@cache
def load_vocab(name: str):
    """The parsed content of `vocab/<name>.yaml` (cached: vocabularies are read-only once loaded)."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
