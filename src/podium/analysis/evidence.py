"""The sentence that proves a fact: every change and tenure is shown with the words of its report.

Spans in the store point into `podium.sources.document(title, text)`; this module cuts the sentence around a
span from that string, with the sentences of the extractor's own text layer (`podium.extract.text`: one
abbreviation list, one splitter), so the evidence shown is the sentence the fact was read from.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from sqlalchemy import Connection, select

from podium.extract.text import sentence_starts
from podium.sources import document
from podium.store.schema import reports

_STRAY_COMMA = re.compile(r"(?<=[.!?\"'\u201d)\]]),$")  # "Japan.," ends "Japan."
_MAX_EVIDENCE = 600  # characters: a list of 200 names is one "sentence"; show the part around the fact
# Documents whose sentence starts are kept: refresh visits every report of the corpus in several passes (dating,
# deaths, titles, announcements), each in its own order; a cache the size of the corpus cuts each text once.
_DOCUMENTS_CUT_ONCE = 32768
_sentence_starts = lru_cache(maxsize=_DOCUMENTS_CUT_ONCE)(sentence_starts)


def sentence_of(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """The (start, end) of the sentence(s) covering text[start:end], without surrounding white space."""
    end = start if end is None else end
    starts = _sentence_starts(text)
    before = bisect_right(starts, start)
    begin = starts[before - 1] if before else 0
    after = bisect_left(starts, max(end, start + 1))
    finish = starts[after] if after < len(starts) else len(text)
    sentence = text[begin:finish]
    stripped = _STRAY_COMMA.sub("", sentence.strip())
    begin += len(sentence) - len(sentence.lstrip())
    return begin, begin + len(stripped)


def same_sentence(text: str, span_a: tuple[int, int], span_b: tuple[int, int]) -> bool:
    """Whether two spans fall in one sentence: the test for "the post in the same sentence as the verb"."""
    return sentence_of(text, *span_a) == sentence_of(text, *span_b)


def quote(text: str, start: int, end: int | None = None, limit: int = _MAX_EVIDENCE) -> str:
    """The evidence to show for text[start:end]: its sentence, cut around the span when it is over `limit`."""
    end = start if end is None else end
    begin, finish = sentence_of(text, start, end)
    if finish - begin <= limit:
        return text[begin:finish]
    margin = max(0, (limit - (end - start)) // 2)
    cut_begin, cut_end = max(begin, start - margin), min(finish, end + margin)
    return ("…" if cut_begin > begin else "") + text[cut_begin:cut_end] + ("…" if cut_end < finish else "")


class Documents:
    """The documents (title + text, as the extractor read them) of the reports that evidence is cut from,
    read once each on demand: refresh quotes a few thousand reports, not the whole corpus."""

    def __init__(self, conn: Connection):
        self._conn = conn
        self._cache: dict[str, str] = {}
        self._lowered: dict[str, str] = {}
        self._says: dict[tuple[str, tuple[str, ...]], bool] = {}

    def load(self, report_ids: Iterable[str]) -> None:
        """Read many documents in a few queries rather than one query per report."""
        wanted = sorted(set(report_ids) - self._cache.keys())
        for i in range(0, len(wanted), 500):
            rows = self._conn.execute(select(reports.c.id, reports.c.title, reports.c.text)
                                      .where(reports.c.id.in_(wanted[i:i + 500])))
            for report_id, title, text in rows:
                self._cache[report_id] = document(title, text)

    def lowered(self, report_id: str) -> str:
        """The document in lower case, cut once: the cheap test of whether a report says a word at all."""
        if report_id not in self._lowered:
            self._lowered[report_id] = self[report_id].lower()
        return self._lowered[report_id]

    def says_any(self, report_id: str, words: tuple[str, ...]) -> bool:
        """Whether the report contains any of `words` (lower case), anywhere: a substring test, far cheaper than
        a case-insensitive regular expression over every report, to skip the reports a detector has no use for;
        remembered, as a report is asked again for each person it names."""
        if (report_id, words) not in self._says:
            lowered = self.lowered(report_id)
            self._says[report_id, words] = any(word in lowered for word in words)
        return self._says[report_id, words]

    def __getitem__(self, report_id: str) -> str:
        if report_id not in self._cache:
            self.load([report_id])
        return self._cache[report_id]
