"""JSON Lines (plain or gzip): one report object per line, read line by line in bounded memory.

Lines are read as bytes and decoded one at a time, so a line that is not UTF-8, is not JSON, or is absurdly long
is rejected alone, with its line number, and the rest of the file goes on.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from podium.sources.checks import excerpt, make_report
from podium.sources.model import RawReport, Rejected

MAX_LINE_BYTES = 8 * 1024 * 1024  # the longest real report is ~40 kB; anything near this is not a report
_CHUNK = 1024 * 1024


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def read_jsonl(stream: BinaryIO, origin: str, defaults: dict) -> Iterator[RawReport | Rejected]:
    """Reports from a JSON Lines byte stream; `defaults` fills fields a record lacks (e.g. a --date)."""
    line_no = 0
    while True:
        data = stream.readline(MAX_LINE_BYTES + 1)
        if not data:
            return
        line_no += 1
        if len(data) > MAX_LINE_BYTES and not data.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield Rejected(origin, line_no, f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB: not read",
                           excerpt(data[:1000].decode("utf-8", "replace")))
            continue
        try:
            line = data.decode("utf-8-sig" if line_no == 1 else "utf-8")
        except UnicodeDecodeError as error:
            yield Rejected(origin, line_no, f"not UTF-8: byte {error.start} of the line is not valid UTF-8",
                           excerpt(data.decode("utf-8", "replace")))
            continue
        if not line.strip():
            continue
        try:
            fields = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejected(origin, line_no, f"malformed JSON: {error.msg} at column {error.colno}", excerpt(line))
            continue
        except RecursionError:  # lists or objects nested thousands deep: the decoder recurses per level
            yield Rejected(origin, line_no, "malformed JSON: nested too deep", excerpt(line))
            continue
        if not isinstance(fields, dict):
            yield Rejected(origin, line_no, f"not a report: a JSON {type(fields).__name__}, not an object",
                           excerpt(line))
            continue
        yield make_report({**defaults, **{k: v for k, v in fields.items() if v is not None}},
                          origin=origin, line=line_no, source_line=line)
