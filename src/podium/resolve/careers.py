"""Career tracks (`vocab/careers.yaml`): which posts one real person can hold at the same time, and which domain
a report is about.

Two people of one Korean name are told apart by what they do: a vice foreign minister heading delegations to
the Six-Party Talks is not the KPA chief of the General Staff, a women's football coach is not a Politburo
member. Posts fall into tracks (military, party central organs, foreign service, economic ministries, sports,
grassroots, Koreans abroad, foreigners); the vocabulary lists the tracks no one holds together. A report's title
and lead say its domain (a football match, a foreign ministry delegation), which places a mention that has no
post of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from podium.resolve.posts import ParsedPost
from podium.resolve.text import key
from podium.vocab import load_vocab

SOURCE = "vocab/careers.yaml"
FLAGS = {"foreign", "named_dprk", "central", "grassroots", "abroad", "home", "rank"}
LEAD_CHARS = 600  # the title and this much of the text say what a KCNA report is about


@dataclass(frozen=True)
class Track:
    name: str
    flags: tuple[tuple[str, ...], ...]  # any of these sets of flags, each wholly present
    offices: frozenset[str]
    bodies: frozenset[str]
    excluded: frozenset[str]
    topics: tuple[str, ...]  # its topic words as `_words` writes them, padded for whole-word search
    need_body: bool = False  # a bare office (no body named) is not evidence of this track
    body_words: tuple[str, ...] = ()  # words of a body's id that put it in this track ("football": an association)

    def holds(self, post: ParsedPost) -> bool:
        if self.excluded.intersection(post.body_chain) or (self.need_body and post.body_id is None):
            return False
        return any(all(getattr(post, f) for f in flags) for flags in self.flags) or post.office in self.offices \
            or not self.bodies.isdisjoint(post.body_chain) \
            or any(word in body for body in post.body_chain for word in self.body_words)


class Careers:
    """The tracks and their incompatibilities, read once from the vocabulary."""

    def __init__(self, vocab: dict):
        self.tracks = [_track(name, entry or {}) for name, entry in vocab["tracks"].items()]
        names = {t.name for t in self.tracks}
        self.incompatible: dict[str, list[tuple[str, int | None]]] = {name: [] for name in names}
        for number, entry in enumerate(vocab["incompatible"], 1):
            if not (isinstance(entry, list) and len(entry) == 3 and {entry[0], entry[1]} <= names):
                raise ValueError(f"{SOURCE}: incompatible entry {number} must be [track, track, days or null] "
                                 f"with known tracks: {entry!r}")
            first, second, days = entry
            self.incompatible[first].append((second, days))
            self.incompatible[second].append((first, days))
        self.known: dict[ParsedPost, list[str]] = {}
        self.context_split_max_reports: int = vocab["context_split_max_reports"]
        self.era_days: int = round(vocab["era_years"] * 365.25)
        self.leaders_not_company: frozenset[str] = frozenset(vocab["leaders_not_company"])

    def tracks_of(self, post: ParsedPost) -> list[str]:
        if post not in self.known:  # few distinct posts, met again and again
            self.known[post] = [t.name for t in self.tracks if t.holds(post)]
        return self.known[post]

    def clash(self, ours: set[str], theirs: set[str]) -> tuple[str, str] | None:
        """A pair of incompatible tracks, one from each side (for domains of reports: no window)."""
        return next(((a, b) for a in sorted(ours) for b, _ in self.incompatible[a] if b in theirs), None)

    def topics(self, title: str, text: str) -> frozenset[str]:
        """The tracks whose topic words the report's title or lead contains."""
        lead = f" {_words(title)} {_words(text[:LEAD_CHARS])} "
        return frozenset(t.name for t in self.tracks if any(word in lead for word in t.topics))


def _track(name: str, entry: dict) -> Track:
    flags = tuple(tuple(f) if isinstance(f, list) else (f,) for f in entry.get("flags", []))
    unknown = {f for each in flags for f in each} - FLAGS
    if unknown:
        raise ValueError(f"{SOURCE}: track {name!r} names unknown flags {sorted(unknown)}; known: {sorted(FLAGS)}")
    return Track(name, flags, frozenset(key(o) for o in entry.get("offices", [])),
                 frozenset(entry.get("bodies", [])), frozenset(entry.get("except", [])),
                 tuple(f" {_words(w)} " for w in entry.get("topics", [])), entry.get("need_body", False),
                 tuple(entry.get("body_words", [])))


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> str:
    """Lower-case words joined by single spaces: a plain substring test is then a whole-word search, and
    "six-party talks" = "Six Party Talks" (much faster than a regular expression per word on every report)."""
    return " ".join(_WORD.findall(text.lower()))


@cache
def careers() -> Careers:
    return Careers(load_vocab("careers"))
