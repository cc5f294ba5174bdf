"""Faithful titles: a composed post title must say what its written forms say, or the forms themselves are shown.

The resolver composes a title from the office and the body tree ("vice-minister of the Ministry of Culture of
the Cabinet"). Where the parse went wrong the composition garbles the name ("president of the Korea Friendship
Association of France" for "the France-Korea Friendship Association"). The test is on word pairs: words are
compared by their keys with "of" and "the" left out, so that a pair bridges them ("Democratic of Congo" gives
"democratic congo"); a title is faithful when each of its pairs occurs in one of its forms, once the expansions
the resolver makes on purpose are set aside (the full name of the fixed DPRK body the title ends with, "Ministry
of", the forms as the parser rewrites them: acronyms and "foreign minister" written out).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from podium.resolve.text import tokens

SKIPPED_WORDS = frozenset({"of", "the", ","})  # words a pair bridges: articles and "of" move freely in titles


def words(text: str) -> list[str]:
    """The comparison keys of `text`'s words, without "of", "the" and commas."""
    return [t.key for t in tokens(text) if t.key not in SKIPPED_WORDS]


def _pairs(keys: list[str]) -> set[tuple[str, str]]:
    return set(zip(keys, keys[1:]))


def word_pairs(text: str) -> set[tuple[str, str]]:
    """Adjacent word pairs of `text`, "of" and "the" bridged over."""
    return _pairs(words(text))


def unwritten_pairs(title: str, forms: Iterable[str], expansions: Iterable[str] = ()) -> set[tuple[str, str]]:
    """The pairs of `title` that none of `forms` has, the words of `expansions` (keys) that no form writes left
    out of the title. Each form is cut into words once."""
    written_words = [words(form) for form in forms]
    written = set().union(*map(_pairs, written_words))
    left_out = set(expansions).difference(*written_words)
    return _pairs([w for w in words(title) if w not in left_out]) - written


def most_written(form_counts: Counter) -> str:
    """The form written most often (ties: the shortest, then the first alphabetically), spaces normalised."""
    form = min(form_counts, key=lambda f: (-form_counts[f], len(f), f))
    return " ".join(form.split())
