"""`podium extract`: one JSON record per report, in the gold format of GUIDELINES.md, with evidence spans.

The input is read exactly as `podium ingest` reads it (`podium.sources.read_path`), and the extractor sees the
same string (`document(title, clean(text))`), so the spans printed here are the spans the store keeps.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from podium.cli.app import app
from podium.cli.reports import date_option
from podium.extract import Record, extract as run_extract
from podium.sources import Rejected, clean, document, read_path

errors = Console(stderr=True, highlight=False, soft_wrap=True)
SHOWN_REJECTS = 10
EVIDENCE_CHARS = 70  # of each evidence span shown by --explain


def _evidence(text: str, span) -> str:
    words = " ".join(text[span[0]:span[1]].split())
    return json.dumps(words if len(words) <= EVIDENCE_CHARS else words[:EVIDENCE_CHARS - 1] + "…",
                      ensure_ascii=False)


def explanation(record: Record) -> list[str]:
    """Each fact of a record on its own line: what it is, the rule id that made it and the words it read."""
    lines = [f"{record.id or '(no id)'} {record.date or ''}".rstrip()]
    for person in record.people:
        lines.append(f"  {person.name}")
        for post in person.posts:
            lines.append(f"    post  {post.text}  [{post.rule}]  {_evidence(record.text, post.span)}")
        for role in person.roles:
            lines.append(f"    role  {role.role}  [{role.rule}]  {_evidence(record.text, role.span)}")
    for event in record.events:
        lines.append(f"  event {event.kind}: {event.name} (ordinal {event.ordinal}, date {event.date})  "
                     f"[{event.rule}]  {_evidence(record.text, event.span)}")
    return lines


@app.command("extract")
def extract_command(
    inputs: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False,
                                                 help="Files (.jsonl, .jsonl.gz, .txt, .html, .csv).")],
    date: Annotated[Optional[str], typer.Option(callback=date_option,
                                                help="Publication date (YYYY-MM-DD) for reports without one.")] = None,
    id: Annotated[Optional[str], typer.Option("--id", help="Id of the report in a single text or HTML file.")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write JSON Lines here.")] = None,
    keep_going: Annotated[bool, typer.Option("--keep-going", help="Exit 0 even when some input was "
                                                                  "rejected.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Print each post, role and meeting with the rule "
                                                            "that made it and its evidence, instead of JSON.")] = False,
) -> None:
    """Extract people, posts, roles and meetings from reports; print one JSON record per report."""
    if id and len(inputs) > 1:
        raise typer.BadParameter("--id names one report: give a single file", param_hint="--id")
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    rejected = 0
    try:
        for path in inputs:
            for item in read_path(path, date=date, id=id):
                if isinstance(item, Rejected):
                    rejected += 1
                    if rejected <= SHOWN_REJECTS:
                        where = f"{item.origin}:{item.line}" if item.line else item.origin
                        errors.print(f"rejected {escape(where)}: {escape(item.reason)}")
                    continue
                record = run_extract(document(item.title, clean(item.text)), item.date, item.id)
                if explain:
                    out.write("".join(line + "\n" for line in explanation(record)))
                else:
                    out.write(json.dumps(record.to_json(), ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    if rejected > SHOWN_REJECTS:
        errors.print(f"... and {rejected - SHOWN_REJECTS:,} more rejected ({rejected:,} in all)")
    if rejected and not keep_going:
        raise typer.Exit(1)
