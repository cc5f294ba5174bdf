"""Podium: who holds power in North Korea, read from its state media.

The public Python API is `podium.extract(text, date=None) -> Record`; see `podium.extract`.
"""
from podium.extract import extract

__all__ = ["extract"]
