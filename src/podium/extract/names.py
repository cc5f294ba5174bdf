"""Where people are named in a report: Korean names by their shape, foreign names by their context.

A Korean name is a surname from `vocab/names.yaml` followed by one or two romanised syllables ("Kim Jong Un",
"Ri Chol", "Kim Tong I"). The same words followed by another capitalised word name a place or an institution
("Kim Il Sung Square", "Kim Jong Thae Electric Locomotive Complex") and are not a person; in a Title Case
headline only the words in `institution_words` do that. Foreign names have no such shape, so they are taken
only where the context says "person": a title before them ("Chinese Ambassador to the DPRK Liu Hongcai",
"President U Thein Sein"), a post after them ("Guy Dupre, chairman of ..."), or "X and Y from <institution>".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from podium.vocab import load_vocab

# One romanised Korean syllable (KCNA spelling): onset, optional glide, vowel, optional coda.
_SYLLABLE = re.compile(r"(?:kk|tt|pp|ss|jj|kh|th|ph|ch|[gkndtrmbpsjhl])?[yw]?(?:ae|oe|ui|a|e|i|o|u)(?:ng|[knlmp])?")
_WORD = r"[A-Z][a-z]{0,5}"
_CAP_TOKEN = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[-'][A-Za-zà-ÿ]+)?"
WEEKDAYS_MONTHS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
May June July August September October November December Jan Feb Mar Apr Aug Sept Oct Nov Dec""".split())


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    name: str


@dataclass(frozen=True)
class _Lexicon:
    korean: re.Pattern
    institution_words: frozenset
    not_name_words: frozenset
    not_people: frozenset
    honorifics: re.Pattern
    title_run: re.Pattern
    appositive_run: re.Pattern
    from_run: re.Pattern


def words(value) -> list[str]:
    """A vocabulary list written as one space-separated string (YAML would read "No" or "On" as booleans)."""
    return value.split() if isinstance(value, str) else list(value)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def lexicon() -> _Lexicon:
    names, posts = load_vocab("names"), load_vocab("posts")
    surnames = _alternation(words(names["korean_surnames"]))
    run = rf"{_CAP_TOKEN}(?:\s{_CAP_TOKEN}){{1,3}}"
    heads = [h for h in posts["heads"]] + list(posts["heads"].values())
    modifiers = _alternation(posts["modifiers"] + posts["dropped_modifiers"])
    head_alt = _alternation(heads + list(posts["spellings"]))
    nationalities = _alternation(posts["nationalities"])
    honorifics = _alternation(names["honorifics"])
    title = (rf"(?:(?:{nationalities})\s+)?(?i:(?:(?:{modifiers})[\s-]+)*(?:{head_alt}))"
             rf"(?:\s+(?i:(?:{modifiers})[\s-]+)*(?i:{head_alt}))*")
    return _Lexicon(
        korean=re.compile(rf"\b(?:{surnames})(?:\s{_WORD}){{1,3}}\b"),
        institution_words=frozenset(words(names["institution_words"])),
        not_name_words=frozenset(words(names["not_name_words"])),
        not_people=frozenset(names["not_people"]),
        honorifics=re.compile(rf"^(?:(?:{honorifics})\s+)+"),
        title_run=re.compile(rf"\b{title}(?:\s+to\s+the\s+(?:DPRK|[A-Z]\w+))?\s+((?:(?:{honorifics})\s+)?{run})"),
        appositive_run=re.compile(rf"(?<![\w'’.-])({run}),\s+(?:a\s+|an\s+|the\s+)?(?:(?:{modifiers})[\s-]+)*"
                                  rf"(?i:{head_alt})\b"),
        from_run=re.compile(rf"(?:^|(?<=[.\n]\s)|(?<=\n))({run}(?:(?:,\s|\sand\s){run})*)\sfrom\s[A-Z]"),
    )


def _korean_given(tokens: list[str]) -> int:
    """How many of `tokens` (up to two) are Korean syllables, from the left."""
    n = 0
    for tok in tokens[:2]:
        if not _SYLLABLE.fullmatch(tok.lower()):
            break
        n += 1
    return n


def _korean(text: str, title_end: int, lex: _Lexicon) -> list[Mention]:
    found = []
    for m in lex.korean.finditer(text):
        words = m.group(0).split()
        n = _korean_given(words[1:])
        if not n:
            continue
        name = " ".join(words[: n + 1])
        end = m.start() + len(name)
        rest = text[end:end + 40]
        follow = re.match(r"(?:['’]s)?\s([A-Z][\w.-]*|\d+)", rest)
        if follow:
            word = follow.group(1)
            in_title = m.start() < title_end
            if word[0].isdigit() or word in lex.institution_words:
                continue
            if not in_title and word.rstrip(".") not in WEEKDAYS_MONTHS and word not in ("I",):
                continue
        if re.match(r"-[A-Z]", rest):
            continue
        found.append(Mention(m.start(), end, name))
    return found


def _plausible_foreign(run: str, lex: _Lexicon) -> bool:
    tokens = run.split()
    return (len(tokens) >= 2 and run not in lex.not_people
            and not any(t in lex.not_name_words or t.rstrip("'’s") in lex.not_name_words for t in tokens))


def _foreign_names(text: str, title_end: int, lex: _Lexicon) -> set[str]:
    """Foreign names from the body (a Title Case headline makes every word look like a name)."""
    names: set[str] = set()
    for m in lex.title_run.finditer(text, title_end):
        run = lex.honorifics.sub("", m.group(1))
        tokens = run.split()
        while tokens and tokens[-1] in lex.not_name_words:
            tokens.pop()
        run = " ".join(tokens)
        if _plausible_foreign(run, lex):
            names.add(run)
    for m in lex.appositive_run.finditer(text, title_end):
        if _plausible_foreign(m.group(1), lex):
            names.add(m.group(1))
    for m in lex.from_run.finditer(text, title_end):
        for run in re.split(r",\s|\sand\s", m.group(1)):
            if _plausible_foreign(run, lex):
                names.add(run)
    return names


def _occurrences(text: str, name: str):
    pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    for m in pattern.finditer(text):
        yield Mention(m.start(), m.end(), name)


def find_mentions(text: str, title_end: int = 0) -> list[Mention]:
    """Every mention of a person in `text`, in order, not overlapping; `title_end` ends the headline."""
    lex = lexicon()
    mentions = _korean(text, title_end, lex)
    taken = [(m.start, m.end) for m in mentions]
    for name in _foreign_names(text, title_end, lex):
        for mention in _occurrences(text, name):
            if not any(s < mention.end and mention.start < e for s, e in taken):
                mentions.append(mention)
                taken.append((mention.start, mention.end))
    mentions.sort(key=lambda m: m.start)
    return mentions
