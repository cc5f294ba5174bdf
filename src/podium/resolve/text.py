"""Word-level normalisation shared by names and posts: case, hyphens, apostrophes, accents and spacing never
make two spellings different ("Kim Jong-un" = "Kim Jong Un", "Workers' Party" = "Workers Party", "C.C." = "CC"
only where the aliases say so).

Tokens keep their character spans, so the words a key was built from can be shown as the report wrote them.
"""
import re
from functools import lru_cache
import unicodedata
from typing import NamedTuple

_WORD = re.compile(r"[^\W_]+(?:['’‘`][^\W_]*)*|,", re.UNICODE)
_APOSTROPHES = str.maketrans("", "", "'’‘`")


class Token(NamedTuple):
    key: str  # lower case, accents and apostrophes dropped: what comparisons use
    start: int  # span in the text as given
    end: int


def _plain(word: str) -> str:
    if word.isascii():
        return word.translate(_APOSTROPHES).lower()
    decomposed = unicodedata.normalize("NFKD", word.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def tokens(text: str) -> list[Token]:
    """Words and commas of `text`, with their spans; hyphens, periods and other punctuation separate words.
    "C.C." gives ["c", "c"] and "Workers'" gives "workers": aliases go through the same function, so they
    match the same way."""
    return [Token(_plain(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The words of `text`, lower case, joined by one space, commas dropped: the comparison key."""
    return " ".join(t.key for t in tokens(text) if t.key != ",")


def slug(text: str) -> str:
    """A stable identifier from words: "Kim Jong-un" -> "kim-jong-un"."""
    return key(text).replace(" ", "-")
