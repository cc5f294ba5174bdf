"""What a reader yields: a report as read (`RawReport`) or a piece of input that could not be read (`Rejected`)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawReport:
    """One report exactly as it was read; `text` is the raw text (cleaning happens later and keeps it).

    `origin` is the file it came from and `line` its 1-based line (JSONL, CSV) or None (one report per file),
    so every fact stored later can name its source.
    """
    id: str
    date: str | None
    title: str
    text: str
    url: str | None
    source: str | None
    origin: str
    line: int | None


@dataclass(frozen=True)
class Rejected:
    """Input that is not a usable report, with where it is (`origin`, `line`) and why (`reason`).

    `excerpt` holds the first characters of the bad input so a person can find and fix it.
    """
    origin: str
    line: int | None
    reason: str
    excerpt: str = ""
