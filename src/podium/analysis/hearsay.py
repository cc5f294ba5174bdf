"""Titles in someone else's words: a post a report gives only inside a quotation or reported speech.

KCNA quotes foreign media and foreign speakers, who style the leader as they please ("General Secretary Kim Jong
Un" in a Turkish paper of January 2012, three months before the narration named him first secretary). Such a
title is what someone said, not what the report states; alone it does not open a tenure when the narration of
the same time names the person with another post of the same body (`tenures.py`). Two grammatical frames:
- a quotation: the sentence is inside a quotation opened by "... said:" (`podium.extract.sentences`, the
  extractor's own rule);
- reported speech: a verb of saying or wishing (`reported_speech_verbs` in `vocab/tenures.yaml`) and its "that"
  stand before the title in its sentence ("The president hoped that ... under the leadership of General
  Secretary A"); a title before the verb is the narration's ("A, premier, said that ...").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from podium.analysis.evidence import Documents
from podium.analysis.facts import PostFact
from podium.extract.sentences import Sentence, split
from podium.extract.text import alternation
from podium.vocab import load_vocab


@cache
def _reported_speech() -> re.Pattern:
    vocab = load_vocab("tenures")
    reach = int(vocab["reported_speech_reach"])
    return re.compile(rf"\b(?:{alternation(vocab['reported_speech_verbs'])})\s+(?:[\w,'-]+\s+){{0,{reach}}}?that\b",
                      re.IGNORECASE)


class Hearsay:
    """Which post facts are hearsay; each document is split into sentences once, when first asked."""

    def __init__(self, docs: Documents):
        self._docs = docs
        self._sentences: dict[str, tuple[list[int], list[Sentence]]] = {}

    def _sentence(self, report_id: str, at: int) -> Sentence | None:
        if report_id not in self._sentences:
            sentences = split(self._docs[report_id])
            self._sentences[report_id] = ([s.start for s in sentences], sentences)
        starts, sentences = self._sentences[report_id]
        i = bisect_right(starts, at) - 1
        return sentences[i] if i >= 0 else None

    def __call__(self, fact: PostFact) -> bool:
        """Whether the report gives the post only in someone's words (quoted, or after "said that")."""
        sentence = self._sentence(fact.report_id, fact.start)
        if sentence is None:
            return False
        if sentence.quoted:
            return True
        return bool(_reported_speech().search(self._docs[fact.report_id], sentence.start, fact.start))
