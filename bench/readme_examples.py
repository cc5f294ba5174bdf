"""The README's command examples, from real runs: every block between `<!-- example -->` and `<!-- /example -->`
starts with a command line (`    $ podium ...`, optionally `| head -n N`); this script runs each command against
a store and writes what it prints under it. `tests/test_readme_examples.py` fails when the README drifts from
what the commands print (as sqlite-utils does with cog).

    .venv/bin/python bench/readme_examples.py --db podium.db          # rewrite README.md
    .venv/bin/python bench/readme_examples.py --db podium.db --check  # exit 1 if it would change

The store is the one `make demo` makes: the 2011-2012 corpus.
"""
from __future__ import annotations

import argparse
import re
import shlex
import sys
from pathlib import Path

from typer.testing import CliRunner

from podium.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"(<!-- example -->\n)(.*?)(<!-- /example -->)", re.DOTALL)
INDENT = "    "
HEAD = re.compile(r"\|\s*head -n (\d+)\s*$")


def run(command: str, db: str) -> list[str]:
    """What `command` (a `podium ...` line, maybe piped into `head -n N`) prints on stdout, as lines."""
    keep = HEAD.search(command)
    words = shlex.split(HEAD.sub("", command))
    if words[0] != "podium":
        raise ValueError(f"an example must run podium: {command!r}")
    result = CliRunner().invoke(app, [*words[1:], "--db", db], env={"COLUMNS": "200"})
    if result.exit_code != 0:
        raise RuntimeError(f"{command!r} failed ({result.exit_code}): {result.stderr or result.output}")
    lines = result.stdout.rstrip("\n").splitlines()
    return lines[:int(keep.group(1))] if keep else lines


def render(readme: str, db: str) -> str:
    """The README with every example block's output regenerated from `db`."""
    def block(match: re.Match) -> str:
        command = match.group(2).splitlines()[0].removeprefix(INDENT + "$ ")
        output = [f"{INDENT}$ {command}"] + [(INDENT + line).rstrip() for line in run(command, db)]
        return match.group(1) + "\n".join(output) + "\n" + match.group(3)

    return BLOCK.sub(block, readme)


def main() -> int:
    parser = argparse.ArgumentParser(description="Regenerate the README's examples from real runs.")
    parser.add_argument("--db", default="podium.db")
    parser.add_argument("--check", action="store_true", help="Only say whether the README is up to date.")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    fresh = render(current, args.db)
    if args.check:
        print("README examples are up to date" if fresh == current else "README examples have drifted")
        return int(fresh != current)
    README.write_text(fresh, encoding="utf-8")
    print(f"{len(BLOCK.findall(current))} examples written to {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
