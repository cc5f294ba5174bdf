"""Opening the store for a query command.

A missing, foreign or older store (`podium.store.StoreError`), an unknown name or id (`NotFound`, exit 1) and a
malformed parameter (`BadQuery`, exit 2) end in one line on stderr, written by the top-level error handler
(`podium.cli.errors`)."""
from __future__ import annotations

from podium.store import reading

__all__ = ["reading"]
