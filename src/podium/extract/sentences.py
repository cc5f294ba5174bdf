"""Paragraphs and sentences of a report, as spans, and which of them quote someone.

KCNA abbreviates ranks, months and bodies with full stops ("Lieut. General", "Sept. 9", "the C.C., the WPK"),
so a full stop ends a sentence only when the word before it is not such an abbreviation. A paragraph that ends
in "... said:" opens a quotation: the people named in the paragraphs that follow are only quoted (role
`mentioned`) until a reporting tag ("..., the reporter concluded") closes it.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from podium.vocab import load_vocab

ABBREVIATIONS = frozenset("""lieut maj gen col lt mt no nos dr prof mr mrs ms st jan feb mar apr aug sept sep oct nov
dec h.e u.s u.n c.c vs etc jr sr inc co corp dept gov sen rep rev fig vol p pp""".split())
_END = re.compile(r"[.!?][\"”’)]?(?:\s*,)?\s+(?=[\"“(]?[A-Z0-9])")  # ".," ". ,": harvest artifacts end a paragraph
_PARA = re.compile(r"[^\n]+")
_LIST_COMMAS = 2
_PARAGRAPH_ENDS = tuple(".!?:;\"”’)'")  # a paragraph ending otherwise was cut inside its sentence


class Sentence(NamedTuple):
    """A tuple, not a frozen dataclass: the corpus has some 200,000 sentences, and tuples are built and hashed
    several times faster."""
    start: int
    end: int
    paragraph: int
    quoted: bool        # inside a quotation opened by an earlier paragraph
    title: bool         # the headline (first paragraph followed by a blank line)


def _cues(key: str) -> re.Pattern:
    """Searched in lower-cased text: an IGNORECASE alternation is several times slower in `re`."""
    words = sorted({w.lower() for w in load_vocab("roles")[key]}, key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


_OPENER = _cues("quote_openers")
_CLOSER = _cues("quote_closers")
_NARRATION = re.compile(r"^(?:The floor|Speeches|Then followed|Present|Attending|Accompanying|The session|"
                        r"The meeting|The conference|A decision|Also present|"
                        r"An? (?:[a-z]+ )?(?:message|letter)|The (?:[a-z]+ )?(?:chairman|president|secretary|director) of)\b")


def _opens_quote(paragraph: str) -> bool:
    return paragraph.endswith(":") and bool(_OPENER.search(paragraph[-40:].lower()))


def _sentence_spans(text: str, start: int, end: int):
    pos = start
    for m in _END.finditer(text, start, end):
        word = text[max(text.rfind(" ", start, m.start()), start - 1) + 1:m.start()].lower()
        if m.group(0)[0] == "." and (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word):
            continue
        yield pos, m.start() + 1
        pos = m.end()
    if pos < end:
        yield pos, end


def title_end(text: str) -> int:
    """Where the headline ends (0 when the text has none): `document()` puts a blank line after it."""
    first = text.find("\n", 0, 400)
    return first if first != -1 and text.startswith("\n\n", first) else 0


def _cut_list(paragraph: str) -> bool:
    """A paragraph that stops inside a list: no sentence end at its end, and its last sentence a list (at least
    `_LIST_COMMAS` commas) — "Present there were A, premier, B, minister of the" (a cut sentence without a list,
    such as a headline's second line, stays a paragraph of its own)."""
    paragraph = paragraph.rstrip()
    if paragraph.endswith(_PARAGRAPH_ENDS):
        return False
    last = max(paragraph.rfind(". "), paragraph.rfind("? "), paragraph.rfind("! "))
    return paragraph.count(",", last + 1) >= _LIST_COMMAS


def _paragraphs(text: str, has_title: bool):
    """(start, end) of each paragraph; a paragraph that stops without a sentence's end ("... Ri Pyong Chol" and
    the next line "Jo Yong Won, ...": a harvest artifact ", ," that cut a list) runs on into the next one, except
    the headline and the line after it (a headline too long for one line goes on there)."""
    start = None
    for number, para in enumerate(_PARA.finditer(text)):
        if start is None:
            start = para.start()
        if number <= has_title or not _cut_list(text[start:para.end()]):
            yield start, para.end()
            start = None
        else:
            end = para.end()
    if start is not None:
        yield start, end


def split(text: str) -> list[Sentence]:
    """The sentences of `text` in order; the headline is its own sentence when the text starts with one."""
    has_title = title_end(text) > 0
    sentences: list[Sentence] = []
    quoting = False
    for number, (p_start, p_end) in enumerate(_paragraphs(text, has_title)):
        body = text[p_start:p_end].strip()
        is_title = has_title and number == 0
        if quoting and (_NARRATION.match(body) or _opens_quote(body)):
            quoting = False  # "A soldier X said:" after a quotation is narration again
        for s, e in _sentence_spans(text, p_start, p_end):
            sentences.append(Sentence(s, e, number, quoting, is_title))
        if quoting and (_CLOSER.search(body.lower()) or body.endswith(("\"", "”"))):
            quoting = False
        elif _opens_quote(body):
            quoting = True
    return sentences
