"""`read_path`: any supported file becomes `RawReport`s, and whatever cannot be read becomes `Rejected`s.

The format comes from the file name (.jsonl/.ndjson, .jsonl.gz, .txt, .html/.htm, .csv). A file that is binary
or not UTF-8 is rejected as a whole, with its name, before any parser sees it.
"""
from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

from podium.sources.checks import date_in_name, excerpt, make_report
from podium.sources.csvfile import read_csv
from podium.sources.html import nesting_problem, parse_html
from podium.sources.jsonl import MAX_LINE_BYTES, read_jsonl
from podium.sources.model import RawReport, Rejected
from podium.sources.text import split_title

SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".txt": "text", ".text": "text",
            ".html": "html", ".htm": "html", ".csv": "csv"}
_SNIFF_BYTES = 8192
_CHUNK = 1 << 20
MAX_REPORT_FILE_BYTES = MAX_LINE_BYTES  # a text or HTML file is one report: no longer than a JSON line may be
MAX_CSV_BYTES = 256 * 1024 * 1024  # read whole (a quoted text spans lines): bounded so memory stays bounded


def printable_path(path: Path) -> str:
    """The file's name as text that can be stored and shown: a name that is not UTF-8 (Python keeps its bytes
    as lone surrogates) gets U+FFFD in their place."""
    return os.fsencode(path).decode("utf-8", "replace")


def format_of(path: Path) -> str | None:
    """The reader for `path` from its suffix (a trailing .gz is looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return SUFFIXES.get(suffixes[-1]) if suffixes else None


def _open(path: Path):
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")


_TEXT_BYTES = bytes([*b"\t\n\r\f\b", *range(0x20, 0x7F), *range(0x80, 0x100)])
_MOST_CONTROL_BYTES_IN_TEXT = 0.05  # random bytes hold 13 %, an image or archive about as much; text next to none


def _looks_binary(head: bytes) -> bool:
    """Whether the first bytes of a file are not text: a NUL among many control bytes. A stray NUL in a line
    of text (a damaged export) leaves the file text, so that only its line is rejected."""
    return b"\x00" in head and len(head.translate(None, _TEXT_BYTES)) > _MOST_CONTROL_BYTES_IN_TEXT * len(head)


def _size_limit_text(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB"


def _whole_text(path: Path, origin: str, limit: int, advice: str) -> str | Rejected:
    """The file's content as text, or why it is not text (binary, not UTF-8, larger than `limit` bytes)."""
    with _open(path) as stream:
        data = stream.read(limit + 1)  # never more: a 200 MB file costs no more memory than the limit
    if len(data) > limit:
        return Rejected(origin, None, f"file larger than {_size_limit_text(limit)}: {advice}")
    if _looks_binary(data[:_SNIFF_BYTES]):
        return Rejected(origin, None, "binary file: not text", excerpt(data[:200].decode("utf-8", "replace")))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return Rejected(origin, line, f"not UTF-8: byte {error.start} is not valid UTF-8; convert the file to UTF-8",
                        excerpt(data[:200].decode("utf-8", "replace")))


def _read_jsonl(path: Path, origin: str, date: str | None) -> Iterator[RawReport | Rejected]:
    with _open(path) as stream:
        if _looks_binary(stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]):
            yield Rejected(origin, None, "binary file: not JSON Lines text")
            return
        yield from read_jsonl(stream, origin, {"date": date} if date else {})


def _single_report(path: Path, origin: str, kind: str, date: str | None, id: str | None) -> RawReport | Rejected:
    content = _whole_text(path, origin, MAX_REPORT_FILE_BYTES,
                          "one text or HTML file is one report, and no report is that long")
    if isinstance(content, Rejected):
        return content
    if kind == "html":
        problem = nesting_problem(content)
        if problem:
            return Rejected(origin, None, problem, excerpt(content))
        fields = parse_html(content)
    else:
        title, text = split_title(content)
        fields = {"title": title, "text": text}
    fields["date"] = date or fields.get("date") or date_in_name(path.name)
    fields["id"] = id or path.name.split(".")[0]
    return make_report(fields, origin=origin, line=None, source_line=content)


def count_items(path: Path) -> int | None:
    """How many items `read_path` will yield for `path`, cheaply, for a progress bar (None: unknown). Only a
    regular file is counted: counting a named pipe would consume what the ingest is to read."""
    if not Path(path).is_file():
        return None
    kind = format_of(Path(path))
    if kind in ("text", "html"):
        return 1
    if kind != "jsonl":
        return None
    try:
        with _open(Path(path)) as stream:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(_CHUNK), b""))
    except (OSError, EOFError, zlib.error):
        return 1


def read_path(path: Path, *, date: str | None = None, id: str | None = None) -> Iterator[RawReport | Rejected]:
    """Every report in the file at `path`, and a `Rejected` (file, line, reason) for every part that is not one.

    `date` is the publication date for files that carry none (it overrides the date a text or HTML file gives);
    `id` names the report of a one-report file (default: the file name without its suffixes).
    """
    path = Path(path)
    origin = printable_path(path)
    kind = format_of(path)
    if kind is None:
        yield Rejected(origin, None, f"unknown file type {''.join(path.suffixes) or '(no suffix)'}: "
                                     f"expected one of {', '.join(sorted(SUFFIXES))} (optionally .gz)")
        return
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, origin, date)
        elif kind == "csv":
            content = _whole_text(path, origin, MAX_CSV_BYTES, "split the CSV file")
            if isinstance(content, Rejected):
                yield content
            else:
                yield from read_csv(content, origin, {"date": date} if date else {})
        else:
            yield _single_report(path, origin, kind, date, id)
    except (OSError, EOFError, zlib.error) as error:
        yield Rejected(origin, None, f"cannot read the file: {error}")
