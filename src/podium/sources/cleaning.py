"""Cleaning: the text a report says, without the marks its harvest or its web page left on it.

Cleaning runs once, at ingest, and its result is stored beside the raw text (which is never changed), so every
later stage reads the same string and every span points into it. The function is deterministic: re-ingesting a
report gives the same clean text, and so the same duplicate key.
"""
from __future__ import annotations

import hashlib
import re
import string
import unicodedata
from functools import lru_cache

# The KCNA harvest joined paragraphs with ", , " (a separator, an empty paragraph, a separator) and padded the end
# with more of them. A comma is an artifact when whitespace (or the end) follows it; runs of two or more are a
# paragraph break. A comma glued to the next one ("Comrade,, , ") is the report's own and stays.
_ARTIFACT = r",(?:\s+|$)(?:,(?:\s+|$))+"
_ARTIFACT_RUN = re.compile(_ARTIFACT)
# Before a lowercase word the run is not a paragraph break but the harvest's line wrap inside a sentence: the
# exact form ", ,  " glued to a letter fell inside a word ("famil, ,  ies") and is rejoined with nothing; any
# other such run continues the sentence with a space.
_MID_SENTENCE_RUN = re.compile(_ARTIFACT + r"(?=[a-z])")
_MID_WORD_WRAP = ", ,  "
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# Punctuation (ASCII and the General Punctuation block: curly quotes, dashes, ellipsis) is ignored by the
# duplicate key; str.translate does it several times faster than a regular expression.
_PUNCTUATION_TO_SPACE = str.maketrans({c: " " for c in string.punctuation + "".join(map(chr, range(0x2010, 0x2070)))})

# Lines a blog wraps around a reposted report (WordPress comment form, share and like widgets). A line that
# opens the comment or widget area ends the report: everything from it on is dropped.
_TAIL_OPENERS = re.compile(
    r"^(leave a (reply|comment)|%d bloggers like this:?|share this:?|like this:?|related posts?:?)$", re.I)
_BOILERPLATE_LINES = re.compile(
    r"^(fill in your details below or click an icon to log in:.*|you are commenting using your .*account\..*"
    r"|connecting to %s|notify me of (new comments|new posts) via email\.?|post comment|loading\.\.\."
    r"|(twitter|facebook|google) (picture|photo)|log out\s*/\s*change\s*\)?)$", re.I)
_LONGEST_BOILERPLATE = 160

# Characters that show nothing and only split a word for the extractor ("Po\u200dng", "Pyong\u00adyang"): zero-width
# space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen. Combining marks that NFC could not fold
# into a letter ("n\u0308") go too: the extractor reads Latin-script English, in which they only break names. A lone
# surrogate (never in text that was read as UTF-8) becomes U+FFFD, so every clean text can be stored.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff"
                        "\u20d0-\u20ff\ufe20-\ufe2f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # longer paragraphs are report text: skip the patterns (most of the cleaning time)


def _rejoin(match: re.Match) -> str:
    start = match.start()
    glued = start > 0 and match.string[start - 1].isalpha() and match.group() == _MID_WORD_WRAP
    return "" if glued else " "


def normalise(text: str) -> str:
    """`text` in NFC, without invisible characters inside words and without lone surrogates."""
    if text.isascii():  # nearly every report: nothing to do
        return text
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return _INVISIBLE.sub("", unicodedata.normalize("NFC", text))


@lru_cache(maxsize=64)  # a reader checks the clean text is not empty, the ingest then stores it: clean once
def clean(raw_text: str) -> str:
    """The report's text: paragraphs separated by one "\\n", whitespace folded, artifacts and boilerplate gone."""
    text = normalise(raw_text).replace("\r\n", "\n").replace("\r", "\n")
    if _BLANK_LINE.search(text):  # paragraphs between blank lines: the single newlines are a hard wrap
        text = "\n".join(block.replace("\n", " ") for block in _BLANK_LINE.split(text))
    text = _ARTIFACT_RUN.sub("\n", _MID_SENTENCE_RUN.sub(_rejoin, text))
    kept = []
    for paragraph in text.split("\n"):
        # spaces folded (NBSP too); no paragraph opens with a comma: a leading one is the harvest's separator
        paragraph = " ".join(paragraph.split()).lstrip(", ")
        if len(paragraph) < _LONGEST_BOILERPLATE:
            if _TAIL_OPENERS.match(paragraph):
                break
            if not paragraph or _BOILERPLATE_LINES.match(paragraph):
                continue
        kept.append(paragraph)
    return "\n".join(kept)


def clean_title(title: str) -> str:
    """A title on one line with folded whitespace (titles carry no harvest artifacts)."""
    return " ".join(normalise(title).split())


def document(title: str, clean_text: str) -> str:
    """The exact string the extractor reads and every stored span points into: title, blank line, text."""
    return f"{title}\n\n{clean_text}" if title else clean_text


def text_key(clean_text: str) -> str:
    """The duplicate key: a hash of the text with case, punctuation and spacing ignored, so the same report
    harvested twice (or reposted with other quotes or spacing) is recognised under any id."""
    normalised = " ".join(clean_text.casefold().translate(_PUNCTUATION_TO_SPACE).split())
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()
