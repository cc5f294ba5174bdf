"""The sentences of a report (from the text layer, `podium.extract.text`) and which of them quote someone.

A paragraph that ends in "... said:" opens a quotation: the people named in the paragraphs that follow are only
quoted (role `mentioned`) until a reporting tag ("..., the reporter concluded") closes it, or a paragraph of
narration ("Present there were ...", `narration_openers` in roles.yaml) follows.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from podium.extract.names import lexicon
from podium.extract.text import alternation, paragraph_sentences, title_end
from podium.vocab import load_vocab

QUOTE_OPENER_WINDOW = 40  # characters at a paragraph's end in which "said:" opens a quotation


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
    return re.compile(rf"\b(?:{alternation(w.lower() for w in load_vocab('roles')[key])})\b")


_OPENER = _cues("quote_openers")
_CLOSER = _cues("quote_closers")
_NARRATION = re.compile(r"^(?:" + "|".join(load_vocab("roles")["narration_openers"]) + r")\b", re.IGNORECASE)


# "Alhassan Mamman Muhammad said that ...", "Nam Ho Chol, an officer of the KPA, said ...": a paragraph opening
# with a name (and its appositive) and a reporting verb is narration.
_APPOSITIVE_REACH = 80  # characters of ", an officer of the KPA," between a name and its verb
_NAMED_SPEAKER = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*(?:,[^,.;:\"“]{{1,{_APPOSITIVE_REACH}}},)?\s+"
                            rf"(?:{alternation(load_vocab('roles')['reporting_verbs'])})\b")


# "Ri Won Chol, vice-president of X University, and other speakers called ...": a paragraph opening with a name
# and its post ("<name>, <office> of <Body>") introduces someone, as narration does; a quotation goes on in the
# words of its speaker, who does not name people so. Not a leader ("Kim Jong Il, general secretary of the WPK,
# devoted ..." is often what a speaker says), nor a run with a word that is never a name's (`not_name_words`:
# "The KPA, the vanguard of ...", "Though A, minister of ...").
_NAME_WITH_POST = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*),\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}"
                             r"of\s+(?:the\s+)?[A-Z]")


def _introduces_someone(paragraph: str) -> bool:
    found = _NAME_WITH_POST.match(paragraph)
    if not found:
        return False
    return found.group(1) not in load_vocab("names")["leaders"] and \
        lexicon().not_name_words.isdisjoint(found.group(1).split())


def _may_open_quote(last: str) -> bool:
    """Whether a paragraph ending in `last` may open a quotation: its colon, or a space after one (most paragraphs
    end in a full stop, and are then not copied to be looked at)."""
    return last == ":" or last.isspace()


def _opens_quote(paragraph: str) -> bool:
    return paragraph.endswith(":") and bool(_OPENER.search(paragraph[-QUOTE_OPENER_WINDOW:].lower()))


def _tail(text: str, start: int, end: int) -> str:
    """The end of a paragraph without its trailing spaces, long enough for `_opens_quote` (a whole paragraph is
    copied only while a quotation is open)."""
    return text[max(start, end - 2 * QUOTE_OPENER_WINDOW):end].rstrip()


def split(text: str) -> list[Sentence]:
    """The sentences of `text` in order; the headline is its own sentence when the text starts with one."""
    has_title = title_end(text) > 0
    sentences: list[Sentence] = []
    quoting = False
    make = Sentence._make  # a tuple straight from its fields: the corpus has some 200,000 sentences
    for number, (p_start, p_end, spans) in enumerate(paragraph_sentences(text)):
        body = text[p_start:p_end].strip() if quoting else None
        is_title = has_title and number == 0
        if body is not None and (_NARRATION.match(body) or _opens_quote(body) or _NAMED_SPEAKER.match(body)
                                 or _introduces_someone(body)):
            quoting = False  # "A soldier X said:" after a quotation is narration again
        sentences += [make((s, e, number, quoting, is_title)) for s, e in spans]
        if quoting and (_CLOSER.search(body.lower()) or body.endswith(("\"", "”"))):
            quoting = False
        elif _may_open_quote(text[p_end - 1]) and _opens_quote(_tail(text, p_start, p_end)):
            quoting = True
    return sentences
