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
from functools import cache, lru_cache
from typing import NamedTuple

import ahocorasick

from podium.extract import name_frames
from podium.extract.text import DATE_WORDS, alternation
from podium.vocab import load_vocab

# One romanised Korean syllable (KCNA spelling): onset, optional glide, vowel, optional coda.
_SYLLABLE = re.compile(r"(?:kk|tt|pp|ss|jj|kh|th|ph|ch|[gkndtrmbpsjhl])?[yw]?(?:ae|oe|ui|eu|eo|oo|ee|a|e|i|o|u)(?:ng|[knlmp])?")
_WORD = r"[A-Z][a-z]{0,5}"
_COORDINATED_REACH = 160  # characters before a name in which the names coordinated with it stand
_LONGEST_NAME = 5  # words of a foreign name ("Raden Mohammad Marty Muliana Natalegawa"); longer runs take in titles
# One lower-case word before an appositive's head that no list names ("former defense minister", "national
# president"): an adjective or a noun of the office, never a function word that would start a clause, and never
# after an article (", a police spokesman said": a clause about someone unnamed).
_QUALIFIER = r"(?:(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?!(?:with|were|which|that|from|into|after|when|then|than|also)\s)[a-z]{4,}\s+)?"
_FOLLOW_REACH = 40  # characters after a name in which the word that makes it an institution's name stands
_SINGLE_REACH = 40  # characters before an appositive in which a one-word name and its sentence start stand
_MOST_PARTICLES = 2  # particles inside one foreign name ("Sergio Rubens De Araujo Torres", "Ludwig van der X")
_GLUED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z][a-z]")  # "C.P.Mainali": one token, still a full name
# A given name in pinyin: one or two syllables written as one word ("Yanfeng", "Enlai", "Jintao").
_PINYIN_GIVEN = re.compile(r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan"
                           r"|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,2}")
_FOLLOW = re.compile(r"(?:['’]s)?\s([A-Z][\w.-]*|\d+)")
_HYPHEN_NAME = re.compile(r"-[A-Z]")
_HYPHENATED_SYLLABLE = re.compile(r"-[a-z]{1,5}\b")
_WORD_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][\w.’'-]*) $")
_WORD_MARKS = "_.’'-"  # with letters and digits, what `_WORD_BEFORE`'s word is made of
# Capitalised words and the small words between them, ending where searched: a title or a body before a name.
CAPITALISED_RUN = re.compile(r"(?:(?:C\.C\.,|[A-Z][\w'’.\-]*|of|the|to|for|with|and|on|in)\s+)+$")
_AFTER_FUNCTION_WORD = re.compile(r"\b(?:of|for|the|to)\s$")
_AFTER_VERB_TO = re.compile(r"\b[a-z]+\s+to\s$")  # "a message to Joseph Kabila Kabange": the whole run is the name
_FUNCTION_BEFORE = re.compile(r"\b(?:of|the|for|and|de|del|la|las|los|el|y|des|du|et)\s$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n\"“]\s*)\S$")
_CAP_TOKEN = r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[-'][A-Za-zà-ÿ]+)?"
# In every "(up)on his/her election as" (`own_conferral`): one report in ten has it, and `str.find` rules out the
# others before a scan that `re` starts at every space (the pattern has no longer literal to lead with).
_OWN_CONFERRAL_MARK = "on h"
_SURNAME, _HEAD = "surname", "head"  # the two kinds of key of the name automaton (`_Lexicon.starts`)


class Mention(NamedTuple):
    """A tuple, not a frozen dataclass: built for every candidate name, and tuples are built faster."""
    start: int
    end: int
    name: str


@dataclass(frozen=True)
class _Lexicon:
    korean: re.Pattern
    # "Kim ", "Wang ", ... (where a Korean or Chinese name may start) and the capitalised post heads (a title
    # before a foreign name): one automaton, so that the text is read once for both (`_starts`)
    starts: ahocorasick.Automaton
    surnames: frozenset
    chinese: re.Pattern               # "Surname Given" for a Chinese surname
    chinese_surnames: frozenset
    not_pinyin_given: frozenset
    institution_words: frozenset
    not_name_words: frozenset
    not_people: frozenset
    compound_suffix: re.Pattern       # "-led" of "the A-led regime": the end of a name used as an adjective
    title_words: frozenset            # capitalised words that may stand right before a name
    honour_before: re.Pattern         # "Order of " right before a name
    honorifics: re.Pattern
    appositive_post: re.Pattern       # ", chairman of", ", a member of": a post after a foreign name
    after_title: re.Pattern           # at the end of a capitalised head: "[to the DPRK] [U] Name Name"
    lone_surname_titles: frozenset
    surname_after_title: re.Pattern   # "[President] Truman" before a verb or punctuation: a lone surname
    before_appositive: re.Pattern     # before a head: "Name Name, [a] [first] " (searched back from the head)
    before_from: re.Pattern           # before " from ": "Name Name and Name Name" starting a sentence
    plural_heads: tuple               # "members", "vice-presidents": a post after several coordinated names
    coordinated_names: re.Pattern     # "Name Name, Name Name and " right before the last of them
    conferred_verbs: tuple            # (lead, pattern): " was elected", " as chairman": a conferral after a name
    before_conferred: re.Pattern      # the name before it, at a sentence start or after "elected"
    own_conferral: re.Pattern         # " upon his election as", " on her reappointment as": after a name
    run: str                          # the pattern of a foreign name, for the fallback frames (`name_frames`)
    countries: frozenset              # "Nigeria", "Vietnam": a body's last words, never a name's first
    body_ends: frozenset              # "Party", "Affairs": the head nouns that end a body (`person_frames`)


def words(value) -> list[str]:
    """A vocabulary list written as one space-separated string (YAML would read "No" or "On" as booleans)."""
    return value.split() if isinstance(value, str) else list(value)



_EVERY_WORD = re.compile(r"(?:^|(?<=[ -]))[a-z]")


def _as_written(phrases) -> set[str]:
    """Each phrase in lower case, with its first word or every word capitalised ("vice-department director",
    "Vice-department director", "Vice-Department Director"): what an IGNORECASE match would find in KCNA prose, at a
    fraction of its cost in `re`."""
    written = set()
    for phrase in phrases:
        written |= {phrase, phrase[:1].upper() + phrase[1:], _EVERY_WORD.sub(lambda m: m.group(0).upper(), phrase)}
    return written


@cache
def lexicon() -> _Lexicon:
    names, posts = load_vocab("names"), load_vocab("posts")
    surnames = alternation(words(names["korean_surnames"]))
    regnal = rf"(?:\s(?:{alternation(names['regnal_numbers'])})\b)?"  # "Letsie III"
    particle = rf"(?:(?:{alternation(names['name_particles'])})-)?"  # "Omar al-Bashir"
    # "Sergio De Araujo", "Ludwig van Beethoven", "Hamad bin Khalifa": particles inside a name, not counted as words
    particles = alternation(names['inner_particles'], cased=True)
    inner = rf"(?:(?:{particles})\s)*"
    last = rf"(?!(?:{particles})(?![\w'’-])){_CAP_TOKEN}"  # a name never ends in a particle ("... Al Sabah")
    run = (rf"(?:(?:[A-Z]\.\s?|[A-Z][a-z]\.\s(?=[A-Z]\.)){{1,3}}{_CAP_TOKEN}"  # "V.V. Zhirinovsky", "Ya. T. Nobichenko"
           rf"|{_CAP_TOKEN}(?:\s(?:[A-Z]\.|{inner}{particle}{_CAP_TOKEN})){{0,{_LONGEST_NAME - 2}}}"
           rf"\s{inner}{particle}{last}"
           rf"|{_CAP_TOKEN}(?=\s(?:{alternation(names['regnal_numbers'])})\b)){regnal}")
    modifiers = alternation(posts["modifiers"] + posts["dropped_modifiers"])
    honorifics = alternation(names["honorifics"])
    past = alternation(posts["past_markers"] + posts["dead_markers"])
    nationalities = alternation(posts["nationalities"])
    countries = alternation({c for c in posts["nationalities"].values()})
    conferral = [v for v in load_vocab("roles")["conferral_verbs"] if v != "made"]  # "was made up of" is none
    conferral_nouns = load_vocab("roles")["conferral_nouns"]
    anchors = [h for h in [*posts["heads"], *posts["heads"].values(), *posts["spellings"]]
               if h.split()[-1] not in posts["not_anchors"]]
    starts = ahocorasick.Automaton()  # a surname's key ends in a space, a head's never: no key is both
    for head in anchors:  # capitalised, as titles before a name are written
        title = " ".join(w if w[1:2] in "'’" else w[:1].upper() + w[1:] for w in head.split())  # "d'Affaires"
        starts.add_word(title, (_HEAD, title))
    for noun in names["title_nouns"]:  # "counterpart", written in lower case before the name
        starts.add_word(noun, (_HEAD, noun))
    chinese = frozenset(words(names["chinese_surnames"]))
    for surname in [*words(names["korean_surnames"]), *words(names["chinese_surnames"])]:
        # "Surname " -> (its length, may it start a Chinese name?)
        starts.add_word(surname + " ", (_SURNAME, (len(surname) + 1, surname in chinese)))
    starts.make_automaton()
    return _Lexicon(
        korean=re.compile(rf"(?:{surnames})(?:\s{_WORD}){{1,3}}\b"),
        starts=starts,
        surnames=frozenset(words(names["korean_surnames"])),
        chinese=re.compile(r"[A-Z][a-z]+\s([A-Z][a-z]{1,8})\b"),
        chinese_surnames=frozenset(words(names["chinese_surnames"])),
        not_pinyin_given=frozenset(words(names["not_pinyin_given"])),
        institution_words=frozenset(words(names["institution_words"])),
        not_name_words=frozenset(words(names["not_name_words"])),
        not_people=frozenset(names["not_people"]),
        compound_suffix=re.compile(rf"-(?:{alternation(names['compound_suffixes'])})$"),
        title_words=frozenset(w.lower() for phrase in [*posts["heads"], *posts["heads"].values(),
                                                              *posts["spellings"], *posts["modifiers"]]
                              for w in phrase.split()) | frozenset(w.lower() for w in words(names["not_name_words"]))
        | frozenset(h.strip().lower() for h in names["honorifics"])
        | frozenset(n.lower() for n in posts["nationalities"]) | frozenset(t.lower() for t in names["foreign_titles"]),
        honorifics=re.compile(rf"^(?:(?:{honorifics})\s+)+"),
        honour_before=re.compile(rf"\b(?:{alternation(names['honour_prefixes'])})\s+$"),
        # ", a former ...", ", new Lao ambassador ...", ", who is also chairman ..."
        appositive_post=re.compile(rf",\s+(?:who\s+is\s+(?:also\s+)?)?(?:a\s+|an\s+|the\s+)?(?:(?:{past})\s+)?"
                                   rf"(?:(?:{modifiers})[\s-]+)*(?:(?:{nationalities})\s+)?(?:(?:{modifiers})[\s-]+)*"
                                   rf"{_QUALIFIER}(?:{alternation(_as_written(anchors), cased=True)})\b"),
        # "... to the DPRK", "... of Bangladesh" (a country), "a.i." (ad interim) between a title and the name
        after_title=re.compile(rf"(?:\s+to\s+the\s+(?:DPRK|[A-Z]\w+)|\s+of\s+(?:{countries}))?(?:\s+a\.\s?i\.)?"
                               rf"\s+((?:(?:{honorifics})\s+)?{run})"),
        lone_surname_titles=frozenset(names["lone_surname_titles"]),
        surname_after_title=re.compile(rf"\s+({_CAP_TOKEN})(?:['’]s)?(?=[,.;:]|\s+[a-z])"),
        before_appositive=re.compile(rf"(?<![\w'’.-])({run})$"),
        plural_heads=tuple(sorted({p for p in posts["heads"].values() if p.endswith("s")})),
        coordinated_names=re.compile(rf"(?<![\w'’.-])({run}(?:,\s{run})*)(?:,\s|,?\s+and\s)$"),
        before_from=re.compile(rf"(?:^|[.\n]\s*)({run}(?:(?:,\s|\sand\s){run})*)$"),
        # patterns each led by a literal word, found with `str.find` (`_led_by`), far faster than `re`'s scan
        conferred_verbs=tuple((lead, re.compile(lead + rest)) for lead, rest in (
            (" was", rf"\s+(?:{alternation(conferral)})\b"),
            (" has been", rf"\s+(?:{alternation(conferral)})\b"),
            (" as", rf"\s+(?:its\s+|the\s+)?(?:(?:{modifiers})[\s-]+)*(?i:{alternation(names['conferral_heads'])})\b"))),
        own_conferral=re.compile(rf" (?:up)?{_OWN_CONFERRAL_MARK}(?:is|er) (?:re-?)?(?:{alternation(conferral_nouns)})"
                                 r" as\b"),
        before_conferred=re.compile(rf"(?:^|[.\n]\s*|(?:{alternation(conferral)})\s)({run})$"),
        run=run,
        body_ends=frozenset(names["person_frames"]["body_ends"]),
        countries=frozenset(w for c in posts["nationalities"].values() for w in c.split() if w[:1].isupper()),
    )


def _korean_given(tokens: list[str]) -> int:
    """How many of `tokens` (up to two) are Korean syllables, from the left."""
    n = 0
    for tok in tokens[:2]:
        if not _korean_syllable(tok):
            break
        n += 1
    return n


@lru_cache(maxsize=16384)
def _korean_syllable(token: str) -> bool:
    return _SYLLABLE.fullmatch(token.lower()) is not None


def _starts(text: str, title_end: int, lex: _Lexicon) -> tuple[list, list]:
    """(the surnames, the post heads after the headline) that the automaton finds, each as (end, value), in the
    order each alone would be found: by end, the longest first."""
    surnames, heads = [], []
    for end, (kind, value) in lex.starts.iter(text):
        if kind == _SURNAME:
            surnames.append((end, value))
        elif end - len(value) + 1 >= title_end:
            heads.append((end, value))
    return surnames, heads


def _candidates(text: str, surnames: list, lex: _Lexicon):
    """Korean- or Chinese-shaped candidates: where the automaton finds "Surname " (`surnames`, from `_starts`)
    and capitalised words follow."""
    last_end = -1
    size = len(text)
    for end, (length, chinese_too) in surnames:
        start = end - length + 1
        if start < last_end or end + 1 >= size or not "A" <= text[end + 1] <= "Z" or \
                (start and (text[start - 1].isalnum() or text[start - 1] in "-'’")):
            continue
        m = lex.korean.match(text, start)
        if chinese_too and (not m or not _korean_given(m.group(0).split()[1:])):
            chinese = lex.chinese.match(text, start)
            if chinese and chinese.group(1) not in lex.not_pinyin_given and \
                    _PINYIN_GIVEN.fullmatch(chinese.group(1).lower()):
                m = chinese  # "Sun Yanfeng", "Wang Jiarui": a Chinese surname and a pinyin given name
        if m:
            last_end = m.end()
            yield m


@lru_cache(maxsize=16384)
def _title_word(word: str) -> bool:
    """A word that may be part of a title ("Vice-premier", "KPA"); cached: the same words come back in every report."""
    title_words = lexicon().title_words
    return word.isupper() or any(part in title_words for part in word.lower().split("-"))


def _part_of_longer_name(text: str, start: int, lex: _Lexicon) -> bool:
    """A capitalised word right before a Korean-shaped name that is neither a title ("Vice-premier", "KPA"),
    nor the end of a body ("... of Foreign Affairs", "del Consejo de Ministros"), nor a sentence start."""
    if start < 2 or text[start - 1] != " " or not (text[start - 2].isalnum() or text[start - 2] in _WORD_MARKS):
        return False  # no word and one space right before ("A, B"): what `_WORD_BEFORE` needs, seen at once
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if not before or before.group(1).endswith(".") or _title_word(before.group(1)):
        return False
    if _SENTENCE_START.search(text, max(0, before.start() - 3), before.start() + 1):
        return False
    if _FUNCTION_BEFORE.search(text, max(0, before.start() - 8), before.start()):
        return False
    run = CAPITALISED_RUN.search(text, max(0, start - 160), start)
    return not (run and any(_title_word(w) for w in run.group(0).split()))


def _korean(text: str, title_end: int, surnames: list, lex: _Lexicon) -> list[Mention]:
    found = []
    for m in _candidates(text, surnames, lex):
        words = m.group(0).split()
        n = 1 if m.re is lex.chinese else _korean_given(words[1:])
        if not n:
            continue
        name = " ".join(words[: n + 1])
        end = m.start() + len(name)
        tail = _HYPHENATED_SYLLABLE.match(text, end)
        if tail:  # "Lee Myung-bak", "Park Chung-hee": the south Korean spelling joins the given name
            end = tail.end()
            name = text[m.start():end]
        follow = _FOLLOW.match(text, end, end + _FOLLOW_REACH)
        if follow:
            word = follow.group(1)
            in_title = m.start() < title_end
            if word[0].isdigit() or word in lex.institution_words:
                continue
            if not in_title and word.rstrip(".") not in DATE_WORDS and word not in ("I",):
                continue
        if _HYPHEN_NAME.match(text, end) or name in lex.not_people:
            continue
        if lex.honour_before.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Order of Kim Jong Il": an order, not the man
        if _part_of_longer_name(text, m.start(), lex):
            continue  # "Hor Nam Hong": the Korean-looking end of a longer foreign name
        found.append(Mention(m.start(), end, name))
    return found


def _plausible_foreign(run: str, lex: _Lexicon) -> bool:
    tokens = run.split()
    return ((len(tokens) >= 2 or _GLUED_INITIALS.match(run) is not None) and run not in lex.not_people
            and not any(t in lex.not_name_words or t.rstrip("'’s") in lex.not_name_words for t in tokens))


def _foreign_names(text: str, title_end: int, heads: list, lex: _Lexicon) -> set[str]:
    """Foreign names from the body (a Title Case headline makes every word look like a name), found around
    the post heads that the automaton finds (`heads`, from `_starts`): a title before the name, or a post after
    "Name,"."""
    runs: list[str] = []
    surnames: set[str] = set()
    for end, head in heads:  # "Chinese Ambassador to the DPRK Liu Hongcai"
        start = end - len(head) + 1
        if (start and text[start - 1].isalpha()) or (end + 1 < len(text) and text[end + 1].isalpha()):
            continue
        m = lex.after_title.match(text, end + 1)
        if m:
            runs.append(" ".join(_trimmed(lex.honorifics.sub("", m.group(1)).split(), lex)))
        elif long := name_frames.long_title().match(text, end + 1):
            runs.append(_name_after_body(long.group(1).split(), lex))  # "Secretary of Foreign Affairs A B"
        if not m and head in lex.lone_surname_titles:
            surname = lex.surname_after_title.match(text, end + 1)
            word = surname.group(1).removesuffix("'s").removesuffix("’s") if surname else ""
            if len(word) > 2 and _plausible_surname(word, lex):
                surnames.add(word)  # "U.S. President Truman ordered ..."
    for post in lex.appositive_post.finditer(text, title_end):  # "Guy Dupre, chairman of ..."
        m = _name_before(text, max(title_end, post.start() - 100), post.start(), lex)
        if not m:
            single = name_frames.single_word().search(text, max(title_end, post.start() - _SINGLE_REACH), post.start())
            word = single.group(1) if single else ""
            if word and _plausible_surname(word, lex) and word not in lex.countries and \
                    name_frames.bare_singular_post(post.group(0), text, post.end(), lex.plural_heads):
                surnames.add(word)  # frame:single-word, "Yazov, former defense minister of ..."
        if m and not _korean_within(m.group(1), lex):
            run = m.group(1)
            if _AFTER_FUNCTION_WORD.search(text, max(0, m.start(1) - 5), m.start(1)) and \
                    not _AFTER_VERB_TO.search(text, max(0, m.start(1) - 30), m.start(1)):
                run = " ".join(run.split()[-2:])  # "minister of Regional Development Viktor Basargin, ..."
            runs.append(run)
            if post.group(0).rstrip().endswith(lex.plural_heads) and _plausible_foreign(run, lex):
                # "A and [B], vice-presidents of ...": B's fellows before B
                runs.extend(_coordinated_before(text, max(title_end, m.start(1) - _COORDINATED_REACH), m.start(1), lex))
    at = text.find(" from ", title_end)
    while at != -1:
        m = _after_stop(lex.before_from, text, max(title_end, at - 100), at)
        if m:
            runs.extend(re.split(r",\s|\sand\s", m.group(1)))
        at = text.find(" from ", at + 6)
    for lead, pattern in lex.conferred_verbs:
        for verb in _led_by(lead, pattern, text, title_end):  # "Cruz Gil Herrera was elected chief ..."
            m = lex.before_conferred.search(text, max(title_end, verb.start() - 80), verb.start())
            if m:
                runs.append(m.group(1))
    conferrals = lex.own_conferral.finditer(text, title_end) if text.find(_OWN_CONFERRAL_MARK, title_end) != -1 else ()
    for noun in conferrals:  # "a message to A B upon his election as ..."
        m = _name_before(text, max(title_end, noun.start() - 80), noun.start(), lex)
        if m:
            runs.append(m.group(1))
    runs.extend(lex.honorifics.sub("", run) for run in name_frames.frame_runs(text, title_end, lex.run))
    runs = [_without_title(run[:-2] if run.endswith(("'s", "’s")) else run, lex) for run in runs]
    return {run for run in runs if _plausible_foreign(run, lex) and not _korean_shaped(run, lex)
            and not _korean_within(run, lex)} | surnames


def _trimmed(tokens: list[str], lex: _Lexicon) -> list[str]:
    """A run without the words that end a body or a sentence after the name ("A B Monday", "A B University")."""
    while tokens and (tokens[-1] in lex.not_name_words or tokens[-1].islower()):
        tokens.pop()  # "General Insigne del Songun": no name ends in a body word or a particle
    return tokens


def _name_after_body(tokens: list[str], lex: _Lexicon) -> str:
    """The name that ends a title's body (frame:long-title, "Secretary of Foreign Affairs Patricia Espinosa
    Cantellano", "President of the Supreme Council of the Party Boris Gryzlov"): the words after the body's last
    word, when that word is a body's head noun or a country (`body_ends`: a body's end is known, so the words
    after it are no part of it); nothing when they are not 2 to 4 words or hold a title word."""
    tokens = _trimmed(tokens, lex)
    last = max((n for n, tok in enumerate(tokens) if tok in lex.body_ends or tok in lex.countries), default=-1)
    name = tokens[last + 1:]
    if last < 0 or not 2 <= len(name) <= _LONGEST_NAME or any(tok.islower() or _title_word(tok) for tok in name):
        return ""
    return " ".join(name)


def _led_by(lead: str, pattern: re.Pattern, text: str, start: int):
    """`pattern.finditer(text, start)` for a pattern that starts with the literal `lead`: `str.find` finds where a
    match may start several times faster than `re` scans for it."""
    at = text.find(lead, start)
    while at != -1:
        m = pattern.match(text, at)
        if m:
            yield m
        at = text.find(lead, m.end() if m else at + 1)


_STOP = re.compile(r"[.\n]")


def _after_stop(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    """`pattern.search(text, start, end)` for a pattern that starts at the text's start (`^`) or at a full stop or
    a line break: tried only there, not at every character of the window."""
    if start == 0 and (m := pattern.match(text, 0, end)):
        return m
    for stop in _STOP.finditer(text, start, end):
        m = pattern.match(text, stop.start(), end)
        if m:
            return m
    return None


def _name_before(text: str, start: int, end: int, lex: _Lexicon) -> re.Match | None:
    """`before_appositive` in text[start:end], searched only over the end that a name can take: one holds at most
    `_LONGEST_NAME` spaces (between its words and before a regnal number), so it starts after the space before
    them; `re` would otherwise try the name's pattern at every character of the window."""
    bound = end
    for _ in range(_LONGEST_NAME + 1 + _MOST_PARTICLES):
        bound = text.rfind(" ", start, bound)
        if bound == -1:
            return lex.before_appositive.search(text, start, end)
    return lex.before_appositive.search(text, bound + 1, end)


def _coordinated_before(text: str, start: int, end: int, lex: _Lexicon) -> list[str]:
    """The names coordinated before the one at `end` ("Leong Wai Meng and [Yuri Kalashinikov], vice-presidents"):
    runs of capitalised words joined by ", " or " and ", back to the first thing that is no name."""
    m = lex.coordinated_names.search(text, start, end)
    runs = re.split(r",\s|\s+and\s", m.group(1)) if m else []
    return [run for run in runs if not _korean_inside(run, lex)]


def _korean_inside(run: str, lex: _Lexicon) -> bool:
    """A Korean name ends the run ("Heroes Kwon Sang Ho"): the Korean rules have found it already."""
    tokens = run.split()
    return any(_korean_shaped(" ".join(tokens[n:]), lex) for n in range(len(tokens)))


def _plausible_surname(word: str, lex: _Lexicon) -> bool:
    """A lone capitalised word after a title names a person ("President Truman") unless it is a known
    non-name, a title word, or a Korean or Chinese surname, whose given name would be missing."""
    return not (word in lex.not_name_words or _title_word(word) or word in lex.surnames
                or word in lex.chinese_surnames or word in lex.not_people)


def _without_title(run: str, lex: _Lexicon) -> str:
    """The name after the last title word of a run: "Nations Secretary-General Ban Ki-moon" -> "Ban Ki-moon",
    "Chairwoman Maria Lopez" -> "Maria Lopez"; the title before a name is a post, never part of the name."""
    tokens = run.split()
    last_title = max((n for n, token in enumerate(tokens) if _title_word(token) and not token.isupper()),
                     default=-1)
    name = tokens[last_title + 1:]
    while name and name[0].islower():
        name.pop(0)  # "Presidente de Corea" -> "Corea", no name: a name starts with a capital
    return " ".join(name)


def _korean_within(run: str, lex: _Lexicon) -> bool:
    """A full Korean name (surname and two syllables) stands in a longer run ("Headquarters Ro Su Hui", "the
    International Kim Il Sung Fund", "Kim Jong Il's Work"): the other words are a title or make a body, and the
    Korean rules decide on the name."""
    tokens = [tok.removesuffix("'s").removesuffix("’s") for tok in run.split()]
    return len(tokens) > 3 and any(tok in lex.surnames and _korean_given(tokens[n + 1:n + 3]) == 2
                                   for n, tok in enumerate(tokens[:-2]))


def _korean_shaped(run: str, lex: _Lexicon) -> bool:
    """A run starting like a Korean name: only the Korean rules decide whether it names a person. Except a run of
    three plain words whose third is no syllable after a one-syllable given name ("President Ho Chi Minh"): the
    Korean rules leave it alone (a capitalised word after a Korean name makes a body), so it is a foreign name."""
    tokens = run.split()
    given = _korean_given(tokens[1:]) if tokens[0] in lex.surnames else 0
    return given > 0 and not (given == 1 and len(tokens) == 3 and tokens[2].isalpha())


def _occurrences(text: str, name: str, lex: _Lexicon):
    """Where a foreign name stands as a word, except before an institution word ("the Ho Chi Minh Museum" names a
    museum, as "Kim Il Sung Square" names a square)."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if (not at or not (text[at - 1].isalnum() or text[at - 1] == "-")) and \
                (end >= len(text) or not (text[end].isalnum() or text[end] == "-")):
            follow = _FOLLOW.match(text, end, end + _FOLLOW_REACH)
            if not (follow and follow.group(1) in lex.institution_words):
                yield Mention(at, end, name)
        at = text.find(name, end)


def find_mentions(text: str, title_end: int = 0) -> list[Mention]:
    """Every mention of a person in `text`, in order, not overlapping; `title_end` ends the headline.

    A foreign name found by its context wins over a Korean-shaped name inside it ("Hor Nam Hong" is one
    Cambodian, not "Nam Hong"); it never cuts into a Korean name that reaches beyond it."""
    lex = lexicon()
    surnames, heads = _starts(text, title_end, lex)
    mentions = _korean(text, title_end, surnames, lex)
    # longest first, then alphabetically: never in set order, which changes with PYTHONHASHSEED
    for name in sorted(_foreign_names(text, title_end, heads, lex), key=lambda run: (-len(run), run)):
        for mention in _occurrences(text, name, lex):
            inside = [m for m in mentions if mention.start <= m.start and m.end <= mention.end]
            if any(m.start < mention.end and mention.start < m.end for m in mentions if m not in inside):
                continue
            mentions = [m for m in mentions if m not in inside] + [mention]
    mentions.sort(key=lambda m: m.start)
    return _fullest_names([_without_compound_suffix(m, lex) for m in mentions], lex)


def _without_compound_suffix(mention: Mention, lex: _Lexicon) -> Mention:
    """ "Lee Myung Bak-led" is "Lee Myung Bak": the name of an adjective compound without its suffix."""
    suffix = lex.compound_suffix.search(mention.name)
    if not suffix:
        return mention
    return Mention(mention.start, mention.end - len(suffix.group(0)), mention.name[:suffix.start()])


def _fullest_names(mentions: list[Mention], lex: _Lexicon) -> list[Mention]:
    """A foreign name written once in full and later shorter ("Pavel Borisovich Ovsyannikov", then "Pavel
    Ovsyannikov") is one person: the shorter mention takes the full name when the full one has the same first and
    last words and holds the shorter one's words in order."""
    fuller = [tokens for tokens in (m.name.split() for m in mentions if m.name.count(" ") >= 2)
              if tokens[0] not in lex.surnames and tokens[0] not in lex.chinese_surnames]  # "Kim Il" is no "Kim Jong Il"
    if not fuller:
        return mentions
    renamed = []
    for m in mentions:
        tokens = m.name.split()
        full = next((f for f in fuller if len(f) > len(tokens) >= 2 and f[0] == tokens[0] and f[-1] == tokens[-1]
                     and _in_order(tokens, f)), None)
        renamed.append(m._replace(name=" ".join(full)) if full else m)
    return renamed


def _in_order(tokens: list[str], longer: list[str]) -> bool:
    """Whether `tokens` stand in `longer` in the same order (a subsequence)."""
    rest = iter(longer)
    return all(tok in rest for tok in tokens)
