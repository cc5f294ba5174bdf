"""Writing a benchmark's figures into its own section of bench/RESULTS.md, newest entry first."""
from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def commit() -> str:
    """The commit measured (short hash, with "+dirty" when the work tree has changes)."""
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                          cwd=RESULTS.parent).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", ".",
                            f":!{RESULTS.name}"],  # the figures written by an earlier benchmark are no change
                           capture_output=True, text=True, cwd=RESULTS.parent).stdout.strip()
    return head + ("+dirty" if dirty else "")


def stamp() -> str:
    return f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, commit {commit()}"


def add_entry(heading: str, entry: str) -> None:
    """Put `entry` right under the `## heading` line (the section is created at the end if missing)."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    marker = f"## {heading}"
    block = entry.rstrip() + "\n\n"
    if marker in text:
        at = text.index(marker) + len(marker)
        at = text.index("\n", at) + 1 if "\n" in text[at:] else len(text)
        text = text[:at] + "\n" + block + text[at:].lstrip("\n")
    else:
        text = text.rstrip() + f"\n\n{marker}\n\n{block}"
    RESULTS.write_text(text, encoding="utf-8")
