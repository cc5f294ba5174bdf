"""The one place where failures become what a user sees: one line on stderr and exit status 1 or 2.

2 is a bad request (a wrong argument, a --db that is not a usable store), 1 a failure while doing the work
(a file that cannot be opened, a full disk, a read-only or locked store, a report the extractor failed on).
`podium --debug …` lets the exception through with its traceback.
"""
from __future__ import annotations

import errno

import typer
from sqlalchemy.exc import DBAPIError

from podium.analysis.lookup import NotFound
from podium.query import BadQuery
from podium.ingest import ExtractionError
from podium.store import ReadOnlyStore, StoreError

BAD_REQUEST, FAILED = 2, 1
_STORE_ERRORS = (  # (what SQLite says, what the user reads)
    ("database or disk is full", "the disk is full: the batch being written was not stored (everything before "
                                 "it was); free some space and run the same command again"),
    ("readonly database", "the store is read-only: it cannot be written (check the file and its folder)"),
    ("database is locked", "the store is locked by another process: try again when it has finished"),
    ("unable to open database file", "cannot open the store file (check that its folder is writable)"),
    ("disk i/o error", "the disk failed while writing the store: what was written before is intact"),
)


def _first_line(text: object) -> str:
    lines = str(text).strip().splitlines()
    return lines[0] if lines else ""


def _database_error(error: DBAPIError) -> str:
    """What went wrong in the database, without the statement or its parameters (report text, in bulk)."""
    said = _first_line(error.orig)
    for fragment, message in _STORE_ERRORS:
        if fragment in said.lower():
            return message
    return f"database error: {said}"


def _os_error(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return f"the disk is full: cannot write {error.filename or 'the output'}"
    reason = error.strerror or _first_line(error) or type(error).__name__
    return f"cannot open {error.filename}: {reason}" if error.filename else reason


def describe(error: BaseException) -> tuple[str, int]:
    """(the one line a user reads, the exit status) for any exception that ends a command."""
    if isinstance(error, typer.TyperException):  # a usage error (bad argument or option): Typer's message
        ctx = getattr(error, "ctx", None)
        command = f"podium {ctx.info_name}" if ctx is not None and ctx.parent is not None else "podium"
        return f"{command}: {_first_line(error.format_message())}", error.exit_code
    message, status = _what_failed(error)
    return f"podium: {message}", status


def _what_failed(error: BaseException) -> tuple[str, int]:
    if isinstance(error, typer.Abort):
        return "aborted", FAILED
    if isinstance(error, ReadOnlyStore):
        return str(error), FAILED
    if isinstance(error, StoreError | BadQuery):
        return str(error), BAD_REQUEST
    if isinstance(error, NotFound | ExtractionError):
        return _first_line(error), FAILED
    if isinstance(error, DBAPIError):
        return _database_error(error), FAILED
    if isinstance(error, OSError):
        return _os_error(error), FAILED
    if isinstance(error, MemoryError):
        return "out of memory", FAILED
    return (f"internal error: {type(error).__name__}: {_first_line(error)} (`podium --debug …` shows where)",
            FAILED)
