"""Role cues: the verbs and phrases of `vocab/roles.yaml`, found in one pass with an Aho-Corasick automaton.

A cue is `before_names` ("Present there were A, B and C": every name after it in the sentence) or `after_name`
("A made a report": in the predicate that follows a name or a list of names). Matching runs once over the
lower-cased report; cues are kept only at word boundaries.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick

from podium.vocab import load_vocab

BEFORE, AFTER = "before_names", "after_name"


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    role: str
    kind: str           # BEFORE or AFTER
    phrase: str


@cache
def automaton() -> ahocorasick.Automaton:
    roles = load_vocab("roles")
    entries: dict[str, list[tuple[str, str]]] = {}
    for kind in (BEFORE, AFTER):
        for role, phrases in roles[kind].items():
            for phrase in phrases:
                entries.setdefault(phrase.lower(), []).append((role, kind))
    auto = ahocorasick.Automaton()
    for phrase, uses in entries.items():
        auto.add_word(phrase, (phrase, tuple(uses)))
    auto.make_automaton()
    return auto


def _boundary(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] == "-")


def find_cues(lower_text: str) -> list[Cue]:
    """Every cue in the (lower-cased) text, by start; where cues overlap, each is kept."""
    cues = []
    for end, (phrase, uses) in automaton().iter(lower_text):
        start = end - len(phrase) + 1
        if _boundary(lower_text, start - 1) and _boundary(lower_text, end + 1):
            for role, kind in uses:
                cues.append(Cue(start, end + 1, role, kind, phrase))
    cues.sort(key=lambda c: (c.start, -c.end))
    kept: list[Cue] = []
    reach = {BEFORE: -1, AFTER: -1}
    for cue in cues:  # "was recalled" (relieved) hides the "recalled" (spoke) inside it
        if cue.end <= reach[cue.kind]:
            continue
        kept.append(cue)
        reach[cue.kind] = cue.end
    return kept
