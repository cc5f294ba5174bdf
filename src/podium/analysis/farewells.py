"""Farewells: an envoy who pays a farewell call is leaving the post.

A foreign mission's head in Pyongyang, or the DPRK's abroad, is named in the news mostly on arriving and on
leaving; a report that gives an envoy the post in the clause of a farewell ("X, ambassador of Y to the DPRK,
who paid a farewell call on ...", "a farewell reception for X, ...") says the posting ends. When the last
evidence of a diplomatic post (`farewell_offices` of `vocab/succession.yaml`, shell-style patterns of the office
part of a post id) says so, the tenure ends the day after that report (end rule "farewell"), unless something
ended it by then (a successor found later only infers an end: the farewell dates it). Only the holder's own
clause counts: no other person is named between the post and the farewell word, so the minister who received
the envoy keeps their post.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from fnmatch import fnmatchcase
from functools import cache

from podium.analysis.evidence import Documents, sentence_of
from podium.analysis.facts import Facts
from podium.vocab import load_vocab

FAREWELL = "farewell"


@cache
def _vocab() -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern]:
    vocab = load_vocab("succession")
    words = tuple(word.lower() for word in vocab["farewell_words"])
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
    return tuple(vocab["farewell_offices"]), words, pattern


def diplomatic(post_id: str) -> bool:
    """Whether the post is an envoy's (`farewell_offices`)."""
    offices, _, _ = _vocab()
    return any(fnmatchcase(post_id.split("@", 1)[0], pattern) for pattern in offices)


def _farewell_clause(doc: str, start: int, end: int, others: list[tuple[int, int]]) -> bool:
    """Whether the sentence of the post at doc[start:end] says farewell in the holder's own clause: the farewell
    word after the post (or just before it) with no other person's name between them."""
    pattern = _vocab()[2]
    begin, finish = sentence_of(doc, start, end)
    for match in pattern.finditer(doc, begin, finish):
        low, high = (end, match.start()) if match.start() >= end else (match.end(), start)
        if not any(low <= other < high for other, _ in others):
            return True
    return False


def apply_farewells(rows: list[dict], facts: Facts, docs: Documents) -> None:
    """End, in the tenure rows, each open envoy's tenure whose last evidence is a farewell."""
    _, words, _ = _vocab()
    names_in: dict[str, list[tuple[int, tuple[int, int]]]] = {}
    for (report_id, person_no), spans in facts.mentions.items():
        names_in.setdefault(report_id, []).extend((person_no, span) for span in spans)
    for row in rows:
        farewell_end = (date.fromisoformat(row["last_date"]) + timedelta(days=1)).isoformat()
        if (row["ended_date"] and row["ended_date"] <= farewell_end) or not diplomatic(row["post_id"]) \
                or not docs.says_any(row["last_report"], words):
            continue
        last = next((fact for fact in reversed(facts.posts[row["person_id"]])
                     if fact.post_id == row["post_id"] and fact.report_id == row["last_report"]), None)
        if last is None:
            continue
        others = [span for person_no, span in names_in.get(last.report_id, []) if person_no != last.person_no]
        if _farewell_clause(docs[last.report_id], last.start, last.end, others):
            row.update(ended_date=farewell_end, ended_report=last.report_id, end_rule=FAREWELL, successor_id=None)
