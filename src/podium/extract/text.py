"""The text layer: one headline rule, one abbreviation list, one sentence splitter and one tokenizer, shared by
extraction and by the evidence cutter of `podium.analysis`, so a "sentence" is the same thing everywhere.

- `title_end(text)`: where the headline ends (`document()` writes it, then a blank line);
- `is_abbreviation(text, dot)`: the full stop at `dot` closes an abbreviation ("Lieut.", "C.C.", an initial);
- `paragraphs(text)`: paragraph spans, a list cut by the harvest's ", ," joined again;
- `sentence_spans(text, start, end)`: the sentences of one paragraph; `paragraph_sentences(text)` and
  `sentence_starts(text)` for a whole text, split once;
- `tokens(text, start, end)`: words, dotted abbreviations, bracketed acronyms and punctuation with their spans;
- `search_word_start(pattern, text, start, end)`: a search whose word branches start at a word boundary;
- `MONTHS`, `WEEKDAYS`, `DATE_WORDS`: the calendar (`vocab/text.yaml`).

Every window is a named constant here or in the module that uses it.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from podium.vocab import load_vocab

HEADLINE_MAX = 400  # characters: a headline is never longer; "\n\n" after that is not a headline's end
HEADLINE_BREAK = "\n\n"  # what `document()` puts between the headline and the text
ABBREVIATION_MAX = 12  # characters looked back from a full stop for the word it may close
_SPLIT_ONCE = 256  # reports whose sentences stay cached: the one being extracted, and recent evidence
LIST_COMMAS = 2  # commas in an unfinished paragraph's last sentence that make it a list cut by the harvest
_PARAGRAPH_ENDS = tuple(".!?:;\"”’)'")  # a paragraph ending otherwise was cut inside its sentence
# A sentence's end: ".", "!" or "?" (one pattern for each, as `re` finds a pattern led by one character several
# times faster than one led by a set of three), then ".," ". ," (harvest artifacts) and spaces before a capital.
_END_MARKS = ".!?"
_END_AFTER = r"[\"”’)]?(?:\s*,)?\s+(?=[\"“(]?[A-Z0-9])"
_ENDS = {mark: re.compile(re.escape(mark) + _END_AFTER) for mark in _END_MARKS}
_PARA = re.compile(r"[^\n]+")
_WORD_BEFORE_DOT = re.compile(r"[A-Za-z.]*$")

_calendar = load_vocab("text")
MONTHS = {name: number for number, (month, short) in enumerate(_calendar["months"].items(), 1)
          for name in (month, *short)}
WEEKDAYS = tuple(_calendar["weekdays"])
DATE_WORDS = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))  # as written in prose: "Sept", "Monday"
ABBREVIATIONS = frozenset(a.rstrip(".").lower() for a in _calendar["abbreviations"])


def title_end(text: str) -> int:
    """Where the headline ends (0 when the text has none): `document()` puts a blank line after it."""
    first = text.find("\n", 0, HEADLINE_MAX)
    return first if first != -1 and text.startswith(HEADLINE_BREAK, first) else 0


def is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial rather than a sentence."""
    word = _WORD_BEFORE_DOT.search(text, max(0, dot - ABBREVIATION_MAX), dot).group(0)
    return "." in word or (len(word) == 1 and word.isalpha()) or word.lower() in ABBREVIATIONS


def _cut_list(paragraph: str) -> bool:
    """A paragraph that stops inside a list: no sentence end at its end, and its last sentence a list (at least
    `LIST_COMMAS` commas): "Present there were A, premier, B, minister of the" (a cut sentence without a list,
    such as a headline's second line, stays a paragraph of its own)."""
    paragraph = paragraph.rstrip()
    if paragraph.endswith(_PARAGRAPH_ENDS):
        return False
    last = max(paragraph.rfind(". "), paragraph.rfind("? "), paragraph.rfind("! "))
    return paragraph.count(",", last + 1) >= LIST_COMMAS


def paragraphs(text: str):
    """(start, end) of each paragraph; a paragraph that stops inside a list ("... Ri Pyong Chol, premier, Jo
    Yong Won" and on the next line "Kim Tok Hun, ...": the harvest's ", ," cut it) runs on into the next one,
    except the headline and the line after it (a headline too long for one line goes on there)."""
    has_title = title_end(text) > 0
    start = end = None
    for number, para in enumerate(_PARA.finditer(text)):
        if start is None:
            start = para.start()
        end = para.end()
        # most paragraphs end in a full stop: known without copying the paragraph for `_cut_list`
        if number <= has_title or text[end - 1] in _PARAGRAPH_ENDS or not _cut_list(text[start:end]):
            yield start, end
            start = None
    if start is not None:
        yield start, end


def sentence_spans(text: str, start: int, end: int, marks: str = _END_MARKS) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text[start:end] (one paragraph): a full stop, "!" or "?" before a
    capital or a digit ends one, unless it closes an abbreviation. `marks`: those of ".!?" that the text holds
    (all, unless the caller knows)."""
    return _cut(text, start, end, _end_matches(text, start, end, marks))


def _cut(text: str, start: int, end: int, ends: list[re.Match]) -> list[tuple[int, int]]:
    """The sentences of text[start:end] cut at `ends` (its sentence ends, in order), a full stop that closes an
    abbreviation passed over."""
    spans = []
    pos = start
    for m in ends:
        if m.group(0)[0] == "." and is_abbreviation(text, m.start()):
            continue
        spans.append((pos, m.start() + 1))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    return spans


def _end_matches(text: str, start: int, end: int, marks: str) -> list[re.Match]:
    """The sentence ends of text[start:end] in order, each of `marks` looked for with its own pattern (what one
    pattern led by "[.!?]" finds: a match holds one mark, so the marks' matches never overlap)."""
    found = [m for mark in marks for m in _ENDS[mark].finditer(text, start, end)]
    return sorted(found, key=lambda m: m.start()) if len(marks) > 1 else found


@lru_cache(maxsize=_SPLIT_ONCE)
def paragraph_sentences(text: str) -> tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...]:
    """(start, end, its sentences' spans) of each paragraph: the whole text split once (cached, as people and
    meetings both read the sentences of the report being extracted).

    The ends are found by one scan of the whole text, not one per paragraph: a paragraph's own scan finds
    exactly the ends of the whole text's that lie inside it (an end is a mark, spaces and the capital after them;
    one that runs on over a line break into the next paragraph lies inside neither, and holds no other mark)."""
    marks = "".join(mark for mark in _END_MARKS if mark in text)  # most reports: only "."
    ends = _end_matches(text, 0, len(text), marks)
    found, n = [], 0
    for start, end in paragraphs(text):
        while n < len(ends) and ends[n].start() < start:
            n += 1  # an end that ran on out of the paragraph before
        first = n
        while n < len(ends) and ends[n].end() <= end:
            n += 1
        found.append((start, end, tuple(_cut(text, start, end, ends[first:n]))))
    return tuple(found)


@lru_cache(maxsize=_SPLIT_ONCE)
def sentence_starts(text: str) -> tuple[int, ...]:
    """Where each sentence after the first starts, over the whole text (cached: one report gives evidence for
    many facts)."""
    starts = [s for _, _, spans in paragraph_sentences(text) for s, _ in spans]
    return tuple(starts[1:])


def token_matches(text: str, start: int, end: int):
    """The tokens of text[start:end] as matches, for a reader that builds its own token objects (meetings)."""
    return _TOKEN.finditer(text, start, end)


def tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The tokens of text[start:end] with their spans: what the post parser reads."""
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def first_token(text: str, start: int, end: int) -> str | None:
    """The first token of text[start:end], or None: a cheap look before tokenizing a whole window."""
    m = _TOKEN.search(text, start, end)
    return m.group(0) if m else None


def _word_char(char: str) -> bool:
    """What `re` counts as a word character (`\\w` of a str pattern)."""
    return char.isalnum() or char == "_"


def search_word_start(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """What `pattern` with `\\b` before each branch that starts with a word character finds in text[start:end]:
    `pattern` is written without those `\\b`, so that every branch leads with a literal character and `re` skips
    straight to the positions holding one (a leading `\\b` makes it try the pattern at every position); a match
    that starts inside a word is passed over here."""
    m = pattern.search(text, start, end)
    while m is not None and m.start() and _word_char(text[m.start()]) and _word_char(text[m.start() - 1]):
        m = pattern.search(text, m.start() + 1, end)
    return m


def alternation(words, *, cased: bool = False) -> str:
    """The words as one regular-expression alternation that tries the longest first (so "was elected" wins over
    "elected"), written as a trie ("vice-(?:premier|chairman)"): `re` tries a plain alternation's branches one by
    one at every position, a trie's only along the text's own path, several times faster for long vocabulary
    lists. It matches what the plain alternation, longest first, matches, trying the words in the same order:
    the words that match at one position lie on one path of the trie, and a branch is tried before the end of a
    shorter word. `cased`: the pattern is matched case-sensitively (no IGNORECASE), so words that differ only in
    case ("Vice-Premier", "vice-premier") share the trie too."""
    return "|".join(_branches(sorted(set(words), key=lambda w: (-len(w), w)), 0, cased))


def _branches(words: list[str], depth: int, cased: bool) -> list[str]:
    """The branches of the alternation of `words` (longest first, sharing their first `depth` characters) after
    those characters; the empty branch, for a word ending there, last. Words whose next characters differ only in
    case ("Vice-", "vice-") may all match under IGNORECASE, and a trie would try one's words before the other's
    longer ones: such words are written out in full, longest first, unless the pattern is `cased`."""
    following: dict[str, list[str]] = {}  # the next character, case folded as IGNORECASE does -> the words
    for word in words:
        if len(word) > depth:
            char = word[depth]
            following.setdefault(char if cased else char.upper().lower(), []).append(word)
    branches = []
    for group in following.values():
        if len({w[depth] for w in group}) > 1:
            branches.extend(re.escape(w[depth:]) for w in group)
            continue
        end = depth + 1  # the characters all words of the group share
        while all(len(w) > end and w[end] == group[0][end] for w in group):
            end += 1
        rest = _branches(group, end, cased)
        tail = "" if rest == [""] else rest[0] if len(rest) == 1 else f"(?:{'|'.join(rest)})"
        branches.append(re.escape(group[0][depth:end]) + tail)
    return branches + [""] if len(words[-1]) == depth else branches


def _post_tokens() -> str:
    """The listed abbreviations ("C.C.", "Lieut.") as one case-sensitive trie, longest first (`alternation`): a
    plain alternation would be tried branch by branch at every character tokenized."""
    return alternation(_calendar["post_tokens"], cased=True)


# One tokenizer for posts and meetings: listed abbreviations, dotted initials ("U.N."), a code name ("G-77"), words
# joined by hyphens ("non-aligned", but "Japan-2012" is a word and a year), "(WPK)" and "(Marxist-Leninist)".
_TOKEN = re.compile(_post_tokens()
                    + r"|(?:[A-Z]\.){2,}|[A-Z]+-\d+\b|[A-Za-z0-9][\w'’]*(?:-(?![0-9])[\w'’]*)*|\([\w'’\-]+\)|,|\S")


@cache
def month_alternation() -> str:
    """The month names and abbreviations, capitalised and longest first, for a regular expression."""
    return alternation(m.capitalize() for m in MONTHS)
