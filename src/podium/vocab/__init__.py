"""The vocabulary of the system Podium reads about (bodies, offices, ranks, event kinds, names) kept as data.

Each YAML file here is loaded once per process; an analyst extends Podium by editing these files, not the code.
To try a changed vocabulary without touching the installed one, point `PODIUM_VOCAB_DIR` at a folder: a
`<name>.yaml` there replaces the packaged file of that name (the others stay as packaged). It is read once per
process, like the packaged files, so set it before Podium starts (the tests run `podium` in a subprocess).
"""
import os
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

OVERRIDE_ENV = "PODIUM_VOCAB_DIR"


@cache
def load_vocab(name: str):
    """The parsed content of `vocab/<name>.yaml`, or of the override folder's file of that name (cached:
    vocabularies are read-only once loaded)."""
    override = os.environ.get(OVERRIDE_ENV)
    local = Path(override) / f"{name}.yaml" if override else None
    if local is not None and local.is_file():
        text = local.read_text(encoding="utf-8")
    else:
        text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
