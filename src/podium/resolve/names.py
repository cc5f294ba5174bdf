"""Which written names may be one person: the same words (case, hyphens, apostrophes aside), the same sound
in another romanisation (`vocab/romanisation.yaml`), or a rare near-miss of a frequent name (a misprint).

Romanisation variants are rules, not similarity: Korean given names differ from each other by one syllable
("Kim Yong Il", "Kim Yong Nam"), so string similarity alone would merge different people. rapidfuzz is used only
for the last case, and only between a rare spelling and a far more frequent one with the same surname and the
same number of words, where a misprint is the likely story; for a Korean name, only when the differing syllable
is no syllable other names use ("Choe Ryog Hae", not "Kim Yong Hui" for "Kim Kyong Hui"). The posts still decide
(`persons.py`).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from podium.resolve.text import key
from podium.vocab import load_vocab

_POSSESSIVE = re.compile(r"['’]s$")


@cache
def _adjective_suffix() -> re.Pattern:
    """ "Kim Jong Il-style outlook", "the Lee Myung Bak-led group": a name made an adjective by a hyphened word
    (`compound_suffixes` in `vocab/names.yaml`, which the extractor cuts off too) still names that person, in a
    store extracted before the extractor did."""
    return re.compile(rf"-(?:{'|'.join(map(re.escape, load_vocab('names')['compound_suffixes']))})$",
                      re.IGNORECASE)

MISPRINT_SIMILARITY = 92  # rapidfuzz ratio of the two keys
MISPRINT_MAX_REPORTS = 2  # the misprint is this rare...
MISPRINT_RATIO = 10  # ...and the name it misspells is this many times more frequent
KNOWN_SYLLABLE = 3  # a syllable in this many names is a real one: changing it makes another name


@dataclass(frozen=True)
class NameMatch:
    """How a name key joins a group: to `target` key, with a score and a reason."""
    target: str
    score: float
    reason: str


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The comparison key of a written name; a possessive "'s" or an adjective's "-style" is not part of the name."""
    return key(_adjective_suffix().sub("", _POSSESSIVE.sub("", name.strip())))


def sound_key(written_key: str) -> str:
    """The key with romanisation differences folded: "lee myung bak" and "lee myong pak" give the same."""
    vocab = load_vocab("romanisation")
    words = written_key.split()
    if not words:
        return written_key
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
    for member in sorted(reports_per_key):
        by_sound.setdefault(sound_key(member), []).append(member)
    matches: dict[str, NameMatch] = {}
    members: dict[str, list[str]] = {}
    for keys in by_sound.values():
        head = max(keys, key=lambda k: (reports_per_key[k], -len(k), _reverse(k)))
        members[head] = keys
        for member in keys:
            matches[member] = NameMatch(head, 1.0, "same name") if member == head else \
                NameMatch(head, 0.9, f"romanisation variant of {head!r}")
    _join_misprints(members, reports_per_key, matches)
    return matches


@cache
def _korean_surnames() -> frozenset[str]:
    return frozenset(name.lower() for name in load_vocab("names")["korean_surnames"].split())


def looks_korean(written_key: str) -> bool:
    """A DPRK-style name: a Korean surname and one or two short syllables ("kim chol", "ri yong ho").
    Only such names are common enough to be shared by different people; a foreign name that the posts seem to
    split is far more often a mistake of the posts (see persons.py)."""
    words = written_key.split()
    return 2 <= len(words) <= 3 and words[0] in _korean_surnames() and all(len(w) <= 6 for w in words[1:])


def _join_misprints(members: dict[str, list[str]], counts: Mapping[str, int],
                    matches: dict[str, NameMatch]) -> None:
    """Points each rare group at a far more frequent group it is a near-miss of (same surname, same length),
    or that it starts with when the rest is no Korean syllable ("Kim Jong Il Inspects" from a headline; not
    "Kim Chol Ho", another name)."""
    frequent: dict[tuple[str, int], list[str]] = {}
    for head in members:
        if counts[head] >= MISPRINT_RATIO:
            words = head.split()
            frequent.setdefault((words[0], len(words)), []).append(head)
    frequent_keys = {h for heads in frequent.values() for h in heads}
    syllables = Counter(word for written in counts for word in set(written.split()[1:]))
    for head in members:
        if counts[head] > MISPRINT_MAX_REPORTS:
            continue
        words = head.split()
        scored = [(fuzz.ratio(head, other), counts[other], other)
                  for other in frequent.get((words[0], len(words)), [])
                  if counts[other] >= MISPRINT_RATIO * counts[head]
                  and not (looks_korean(other) and _another_name(words, other.split(), syllables))]
        scored = [s for s in scored if s[0] >= MISPRINT_SIMILARITY]
        prefix = next((" ".join(words[:n]) for n in range(len(words) - 1, 1, -1)
                       if " ".join(words[:n]) in frequent_keys), None)
        if scored:
            similarity, _, target = max(scored)
            score, reason = similarity / 100, f"probable misprint of {target!r} (similarity {similarity:.0f})"
        elif prefix and counts[prefix] >= MISPRINT_RATIO * counts[head] and not looks_korean(head):
            target, score, reason = prefix, 0.8, f"{prefix!r} followed by other words"
        else:
            continue
        for member in members[head]:
            matches[member] = NameMatch(target, round(score * matches[member].score, 3), reason)


def _another_name(words: list[str], other: list[str], syllables: Counter) -> bool:
    """A Korean given name that differs from `other` by a syllable that other names use too is another name,
    not a misprint ("Kim Yong Hui" is not "Kim Kyong Hui"; "Choe Ryog Hae" is "Choe Ryong Hae")."""
    return any(syllables[word] >= KNOWN_SYLLABLE for word, theirs in zip(words, other) if word != theirs)


def _reverse(text: str) -> tuple[int, ...]:
    """Sort key that puts "a" after "b", so max() breaks ties by the alphabetically first key."""
    return tuple(-ord(ch) for ch in text)
