"""Plain-text files: one report each. A short first line standing alone above a blank line is the title."""
from __future__ import annotations

import re

_TITLE = re.compile(r"\A[^\S\n]*([^\n]{1,300}?)[^\S\n]*\n[^\S\n]*\n")
_SENTENCE_END = (".", "!", "?", ":", ";", ",")


def split_title(content: str) -> tuple[str, str]:
    """(title, raw text): the first line is a title when a blank line follows it and it is not a sentence."""
    match = _TITLE.match(content)
    if match and not match.group(1).endswith(_SENTENCE_END):
        return match.group(1), content[match.end():]
    return "", content
