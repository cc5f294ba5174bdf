"""Which written names may be one person: the same words (case, hyphens, apostrophes aside), the same sound
in another romanisation (`vocab/romanisation.yaml`), or a rare near-miss of a frequent name (a misprint).

Romanisation variants are rules, not similarity: Korean given names differ from each other by one syllable
("Kim Yong Il", "Kim Yong Nam"), so string similarity alone would merge different people. rapidfuzz is used only
for the last case, and only between a rare spelling and a far more frequent one with the same surname and the
same number of words, where a misprint is the likely story; the posts still decide (`persons.py`).
"""
from __future__ import annotations

import re
from functools import cache
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from podium.vocab import load_vocab

MISPRINT_SIMILARITY = 92  # rapidfuzz ratio of the two keys
MISPRINT_MAX_REPORTS = 2  # the misprint is this rare...
MISPRINT_RATIO = 10  # ...and the name it misspells is this many times more frequent


@dataclass(frozen=True)
class NameMatch:
    """How a name key joins a group: to `target` key, with a score and a reason."""
    target: str
    score: float
    reason: str


def sound_key(name_key: str) -> str:
    """The key with romanisation differences folded: "lee myung bak" and "lee myong pak" give the same."""
    vocab = load_vocab("romanisation")
    words = name_key.split()
    if not words:
        return name_key
    folded = [vocab["surnames"].get(words[0], words[0])]
    for word in words[1:]:
        for pattern, replacement in _syllable_rules():
            word = pattern.sub(replacement, word)
        folded.append(word)
    return " ".join(folded)


@cache
def _syllable_rules() -> list[tuple[re.Pattern, str]]:
    return [(re.compile(p), r) for p, r in load_vocab("romanisation")["syllables"]]


def group_names(reports_per_key: Mapping[str, int]) -> dict[str, NameMatch]:
    """For every name key, the key of its group (the most frequent spelling) and how it got there."""
    by_sound: dict[str, list[str]] = {}
    for name_key in sorted(reports_per_key):
        by_sound.setdefault(sound_key(name_key), []).append(name_key)
    matches: dict[str, NameMatch] = {}
    members: dict[str, list[str]] = {}
    for keys in by_sound.values():
        head = max(keys, key=lambda k: (reports_per_key[k], -len(k), _reverse(k)))
        members[head] = keys
        for name_key in keys:
            matches[name_key] = NameMatch(head, 1.0, "same name") if name_key == head else \
                NameMatch(head, 0.9, f"romanisation variant of {head!r}")
    _join_misprints(members, reports_per_key, matches)
    return matches


def _join_misprints(members: dict[str, list[str]], counts: Mapping[str, int],
                    matches: dict[str, NameMatch]) -> None:
    """Points each rare group at a far more frequent group it is a near-miss of (same surname, same length)."""
    frequent: dict[tuple[str, int], list[str]] = {}
    for head in members:
        if counts[head] >= MISPRINT_RATIO:
            words = head.split()
            frequent.setdefault((words[0], len(words)), []).append(head)
    for head in members:
        if counts[head] > MISPRINT_MAX_REPORTS:
            continue
        words = head.split()
        scored = [(fuzz.ratio(head, other), counts[other], other)
                  for other in frequent.get((words[0], len(words)), [])
                  if counts[other] >= MISPRINT_RATIO * counts[head]]
        scored = [s for s in scored if s[0] >= MISPRINT_SIMILARITY]
        if not scored:
            continue
        similarity, _, target = max(scored)
        for name_key in members[head]:
            matches[name_key] = NameMatch(target, round(similarity / 100 * matches[name_key].score, 3),
                                          f"probable misprint of {target!r} (similarity {similarity:.0f})")


def _reverse(text: str) -> tuple[int, ...]:
    """Sort key that puts "a" after "b", so max() breaks ties by the alphabetically first key."""
    return tuple(-ord(ch) for ch in text)
