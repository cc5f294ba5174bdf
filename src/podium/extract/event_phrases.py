"""One mention of a meeting: the noun phrase around a head word ("conference", "meeting"...), read into parts.

KCNA names a meeting in a handful of shapes: "The Fourth Conference of the Workers' Party of Korea", "the
Second Plenary Meeting of the 8th Party Central Committee", "a recent OSCE meeting", "the Sixth Conference of WPK
Cell Secretaries", "A national meeting to mark the 51st anniversary of ...". This module reads the words left
of the head (ordinal, modifiers, a body written first) and the "of ..." chain right of it (participants and the
holding body), over tokens that keep their offsets, so the caller can build the series name and a span.
Deciding whether the phrase is a formal meeting, and of which kind, is left to `events`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from podium.vocab import load_vocab

TOKEN_RE = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z]+(?:[-'’][A-Za-z]+)*(?:['’](?![A-Za-z]))?|\d+(?:st|nd|rd|th)?|\S")
SMALL_WORDS = {"of", "the", "and", "for", "to", "in", "on", "a", "an", "at", "'s", "’s"}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in TOKEN_RE.finditer(text)]


@cache
def vocab() -> dict:
    """The events vocabulary with its lists turned into sets and its ordinals into a lookup table."""
    raw = load_vocab("events")
    data = {k: set(v) if isinstance(v, list) and all(isinstance(x, str) for x in v) else v
            for k, v in raw.items()}
    ordinals = {word: n for n, word in enumerate(raw["ordinals"], 1)}
    ordinals.update(raw["tens_ordinals"])
    for tens_word, tens in raw["tens"].items():
        for unit_word, unit in zip(raw["ordinals"][:9], range(1, 10)):
            ordinals[f"{tens_word}-{unit_word}"] = tens + unit
    data["ordinal_words"] = ordinals
    data["purpose_titles"] = [tuple(t.split()) for t in raw["purpose_titles"]]
    return data


def ordinal(token: Token) -> int | None:
    """3 for "third", "Third" or "3rd"; None for anything else (a bare "3" is a count, not an ordinal)."""
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", token.low)
    if match:
        return int(match.group(1))
    return vocab()["ordinal_words"].get(token.low)


@dataclass
class Phrase:
    """The parts of one mention. `body` and `purpose` are token lists from the text, not yet written out."""
    head: Token
    plural: bool
    start: int
    end: int
    ordinal: int | None = None
    plenary: bool = False
    modifiers: list[str] = field(default_factory=list)
    prefix: list[Token] = field(default_factory=list)
    body: list[Token] = field(default_factory=list)
    purpose: list[Token] = field(default_factory=list)
    referring: bool = False
    blocked: bool = False
    possessive: bool = False


def _read_left(tokens: list[Token], i: int, phrase: Phrase) -> None:
    v = vocab()
    j = i - 1
    while j >= 0:
        tok = tokens[j]
        low = tok.low
        if low in v["name_stops"]:
            break
        if low in v["not_events"]:
            phrase.blocked = True
            return
        if low in v["plenary"] and not phrase.modifiers and not phrase.prefix:
            phrase.plenary = True
        elif low in v["modifier_spellings"]:
            phrase.modifiers.insert(0, v["modifier_spellings"][low])
        elif low in v["modifiers"] and not (tok.capital and phrase.prefix):
            phrase.modifiers.insert(0, low.capitalize())
        elif low == ")" and j >= 2 and tokens[j - 2].text == "(" and tokens[j - 1].low in v["modifiers"]:
            phrase.modifiers.insert(0, f"({tokens[j - 1].low.capitalize()})")
            j -= 2
        elif low in v["referring"]:
            phrase.referring = True
        elif low in v["descriptive"]:
            pass
        elif ordinal(tok) is not None and phrase.ordinal is None:
            phrase.ordinal = ordinal(tok)
        elif tok.capital and low not in SMALL_WORDS and phrase.ordinal is None and re.match(r"[A-Za-z]", low):
            phrase.prefix.insert(0, tok)
        else:
            phrase.possessive = low in ("its", "their")
            break
        phrase.start = tok.start
        j -= 1


def _is_name_word(tokens: list[Token], m: int) -> bool:
    """Whether `tokens[m]` can go on a body's name: capitalised, "12th" before a name, "'s", a participant."""
    if m >= len(tokens):
        return False
    tok = tokens[m]
    v = vocab()
    if tok.low in v["name_stops"] or tok.low in v["not_event_after"]:
        return False
    if tok.capital or tok.low in ("'", "’", "'s", "’s"):
        return True
    if ordinal(tok) is not None:
        return _is_name_word(tokens, m + 1)
    return tok.low in v["participants"] or tok.low in v["adjectival"]


def _read_right(tokens: list[Token], i: int, phrase: Phrase) -> int:
    """Reads the "of ..." chain after the head into `phrase.body`; returns the index after the phrase."""
    n = len(tokens)
    k = i + 1
    if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")":
        k += 3  # "(WPK)" right after the head
    if k >= n or tokens[k].low != "of":
        return k
    body: list[Token] = []
    m = k + 1
    while m < n:
        tok, nxt = tokens[m], tokens[m + 1] if m + 1 < n else None
        if tok.low == "the" and _is_name_word(tokens, m + 1):
            body.append(tok)
        elif tok.low in ("c.c.", "cc") and nxt is not None and nxt.text == ",":
            # "the C.C., the WPK": the comma stands for "of the".
            body += [tok, Token("of", tok.end, tok.end), Token("the", tok.end, tok.end)]
            m += 2 if not (m + 2 < n and tokens[m + 2].low == "the") else 3
            continue
        elif tok.text == "(":
            close = next((x for x in range(m + 1, min(m + 8, n)) if tokens[x].text == ")"), None)
            if close is None:
                break
            m = close + 1
            continue
        elif tok.low in ("and", "for", "of") and body and nxt is not None and (
                _is_name_word(tokens, m + 1) or (tok.low == "of" and nxt.low == "the")):
            body.append(tok)
        elif _is_name_word(tokens, m):
            body.append(tok)
        else:
            break
        m += 1
    while body and body[-1].low in ("and", "for", "of", "the", "'", "’"):
        body.pop()
    if body:
        phrase.body = body
        phrase.end = body[-1].end
    return m


def read_purpose(tokens: list[Token], k: int, phrase: Phrase) -> None:
    """ "to celebrate the 64th birthday of the DPRK": kept on the name of a national meeting."""
    v = vocab()
    if not (k + 1 < len(tokens) and tokens[k].low == "to" and tokens[k + 1].low in v["purpose_verbs"]):
        return
    m = k
    while m < len(tokens) and m - k < 25:
        tok = tokens[m]
        if m > k + 1 and (tok.low in v["name_stops"] or not re.match(r"[A-Za-z0-9'’]", tok.text)):
            break
        m += 1
    phrase.purpose = tokens[k:m]
    phrase.end = max(phrase.end, tokens[m - 1].end)


def read_phrase(tokens: list[Token], i: int) -> tuple[Phrase, int]:
    """The mention whose head is `tokens[i]`, and the index of the first token after it."""
    head = tokens[i]
    phrase = Phrase(head=head, plural=head.low.endswith("s") and head.low != "congress", start=head.start,
                    end=head.end)
    _read_left(tokens, i, phrase)
    k = _read_right(tokens, i, phrase)
    read_purpose(tokens, k, phrase)
    return phrase, k
