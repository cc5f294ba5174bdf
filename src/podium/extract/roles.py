"""Role cues: the verbs and phrases of `vocab/roles.yaml`, found in one pass with an Aho-Corasick automaton.

A cue is `before_names` ("Present there were A, B and C": every name after it in the sentence) or `after_name`
("A made a report": in the predicate that follows a name or a list of names). Matching runs once over the
lower-cased report; cues are kept only at word boundaries.

Things sent (`sendables`: a message, a letter, a floral basket...) give roles by their preposition rather than by
a verb: "a message to A" (A received), "a message from A", "a basket in the name of A" (A sent), "handed to A
by B" (B sent it; his presence is not said). A leader who had died by the report's date only gets `elected`
(a posthumous title); anything else he "does" in the text is history, so he is mentioned.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

import re
from bisect import bisect_left

import ahocorasick

from podium.extract.text import alternation
from podium.vocab import load_vocab

BEFORE, AFTER, THING = "before_names", "after_name", "sendables"  # THING: a thing sent ("message")


# How far a cue before names reaches (a cue row's `scope`): every later name of the sentence, one list (and the
# lists chained to it), or every later name up to the next post ("accompanied by A and B, secretaries of the
# C.C., inspected the unit of C": the list ends with its posts, C is not in it).
SENTENCE, LIST, POST = "sentence", "list", "post"
NEXT_SENTENCE = "next sentence"  # a row's `unless_reach`: its sentence and the one after it


KIN_REACH = 60  # characters before a name in which "daughter of [revolutionary martyr]" stands
_FROM_REACH = 200  # characters from a thing sent to the "from" of its sender
_THING_REACH = 320  # characters before a name in which the thing sent to or by him is written
_SENT_OBJECT_REACH = 60  # characters after "sent" in which the thing sent stands
_PAST_REACH = 60  # characters before a year in which "in", "since" ... mark an earlier occasion
_ONCE_REACH = 12  # "once", "often" right before a speech verb
_UNLESS_REACH = 30  # characters after a cue in which a row's `unless` word cancels it ("expressed deep condolences")
_AS_REACH = 30  # "As ... said," before a name
_KIN_DESCRIPTION_WORDS = 6  # words, none a verb in "-ed", between "son of" and the name ("the late", "revolutionary
# fighter in China")
@dataclass(frozen=True, slots=True)
class Condition:
    """What a cue row of `roles.yaml` (`cue_rows`) adds to a phrase: how far it reaches, the words that must
    follow it ("recalled A and B *from* ..."; right after the cue for a cue after the names, after the list
    for one before them), and words between it and the names that cancel it."""
    scope: str | None = None
    then: tuple[str, ...] = ()
    blocked_by: tuple[str, ...] = ()
    between: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()  # words that must not come in the next few words ("expressed *condolences*")
    unless_reach: str | None = None  # `sentence`: `unless` looks up to the sentence's full stop, not a few words;
    # `next sentence`: up to the next one's
    blocked_marks: tuple[str, ...] = ()  # the marks of a row's `blocked_by` (",", "\""), found by `in`; words stay
    # in `blocked_by` (`_rows` splits them once, not every `blocked` call)

    def followed(self, text: str, at: int) -> bool:
        """Whether one of `then` follows `at` (after spaces and a comma), or there is no such condition; and
        none of `unless` comes within `_UNLESS_REACH` characters (or, with `unless_reach: sentence`, before the
        sentence's full stop: "laid a wreath before the statue ... *in the name of* B")."""
        if self.unless:
            stop = text.find(".", at) if self.unless_reach in (SENTENCE, NEXT_SENTENCE) else -1
            if stop != -1 and self.unless_reach == NEXT_SENTENCE:
                stop = text.find(".", stop + 1)  # "A laid a wreath. A wreath in the name of the embassy was placed"
            end = stop if stop != -1 else at + _UNLESS_REACH  # no full stop: the few words
            if _words_pattern(self.unless).search(text[at:end].lower()):
                return False
        if not self.then:
            return True
        rest = text[at:at + 80].lstrip(" ,").lower()
        return any(rest.startswith(word) and not rest[len(word):len(word) + 1].isalnum() for word in self.then)

    def blocked(self, text: str, start: int, end: int) -> bool:
        """Whether text[start:end] (between the phrase and the names) cancels the cue: a `blocked_by` word (or
        mark: "According to the order, A was promoted") in it, or none of the `between` words."""
        between = text[start:end].lower()
        if any(mark in between for mark in self.blocked_marks):
            return True
        if self.blocked_by and _words_pattern(self.blocked_by).search(between):
            return True
        return bool(self.between) and _words_pattern(self.between).search(between) is None


_PLAIN = Condition()


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(words)})\b")


class Cue(NamedTuple):
    """A tuple, not a frozen dataclass: built for every cue the automaton finds, and tuples are built faster."""
    start: int
    end: int
    role: str
    kind: str           # BEFORE or AFTER
    phrase: str
    condition: Condition = _PLAIN


def _rows(roles: dict):
    """Every cue of `roles.yaml` as (phrase, role, kind, condition): the plain lists, then `cue_rows`."""
    for kind in (BEFORE, AFTER):
        for role, phrases in roles[kind].items():
            for phrase in phrases:
                yield phrase, role, kind, _PLAIN
    for row in roles.get("cue_rows") or ():  # a row's `phrase` may be a list: one condition for each phrase
        blocked_by = _words(row, "blocked_by")
        condition = Condition(row.get("scope"), _words(row, "then"), tuple(w for w in blocked_by if w[:1].isalnum()),
                              _words(row, "between"), _words(row, "unless"), row.get("unless_reach"),
                              tuple(w for w in blocked_by if not w[:1].isalnum()))
        for phrase in _words(row, "phrase"):
            yield phrase, row["role"], row["side"], condition


def _words(row: dict, key: str) -> tuple[str, ...]:
    """A cue row's word list (one word may be written without brackets), in lower case."""
    value = row.get(key) or ()
    return tuple(w.lower() for w in ([value] if isinstance(value, str) else value))


@cache
def automaton() -> ahocorasick.Automaton:
    roles = load_vocab("roles")
    entries: dict[str, list[tuple]] = {}
    for phrase, role, kind, condition in _rows(roles):
        entries.setdefault(phrase.lower(), []).append((role, kind, condition))
    for phrase in [*roles[THING], *roles["handing_verbs"], *roles["presented_in_person"]]:  # for `sending_roles`
        entries.setdefault(phrase.lower(), []).append(("thing", THING, _PLAIN))
    auto = ahocorasick.Automaton()
    for phrase, uses in entries.items():
        auto.add_word(phrase, (phrase, tuple(uses)))
    auto.make_automaton()
    return auto


def find_cues(lower_text: str) -> list[Cue]:
    """Every cue in the (lower-cased) text, by start; where cues overlap, each is kept."""
    cues = []
    after_last = len(lower_text) - 1
    for end, (phrase, uses) in automaton().iter(lower_text):
        start = end - len(phrase) + 1
        # at word boundaries only: no letter, digit or hyphen right before or right after the phrase
        if (start and (lower_text[start - 1].isalnum() or lower_text[start - 1] == "-")) or \
                (end < after_last and (lower_text[end + 1].isalnum() or lower_text[end + 1] == "-")):
            continue
        for role, kind, condition in uses:
            cues.append(Cue(start, end + 1, role, kind, phrase, condition))
    cues.sort(key=lambda c: (c.start, -c.end))
    kept: list[Cue] = []
    reach = {BEFORE: -1, AFTER: -1, THING: -1}
    for cue in cues:  # "was recalled" (relieved) hides the "recalled" (spoke) inside it
        same_phrase = kept and (kept[-1].start, kept[-1].end, kept[-1].kind) == (cue.start, cue.end, cue.kind)
        if cue.end <= reach[cue.kind] and not same_phrase:  # "visited" is both `present` and `guided`
            continue
        kept.append(cue)
        reach[cue.kind] = cue.end
    return kept


@cache
def _lead() -> str:
    """Words between the preposition and where a name (or its title) starts: "his counterpart" (`title_nouns`),
    epithets and honorifics (`names.yaml`), and up to two capitalised words the name finder left out ("to Desire
    Delano Bouterse", "by Mongolian Charge d'Affaires")."""
    names = load_vocab("names")
    words = {w.lower() for e in names["epithets"] for w in e.split()} | {"comrade"}
    honorifics = "|".join(re.escape(h.lower()).replace(r"\.", r"\.\s?") for h in names["honorifics"] if "." in h)
    counterpart = rf"(?:his|her|their)\s+(?-i:[A-Z][\w-]*\s+)?(?:{alternation(names['title_nouns'])})\s+"  # "to his
    # Egyptian counterpart A"
    return rf"(?:{counterpart})?(?:(?:{alternation(words)}|{honorifics})\s+)*(?-i:(?:[A-Z][\w.'’-]*\s+){{0,2}})"



@cache
def _sending_patterns() -> tuple[re.Pattern, tuple[tuple[re.Pattern, tuple[str, ...]], ...]]:
    thing = rf"\b(?:{alternation(load_vocab('roles')[THING])})\b"
    handing = alternation(load_vocab("roles")["handing_verbs"])
    in_person = alternation(load_vocab("roles")["presented_in_person"])
    addressing = alternation(load_vocab("roles")["addressing_verbs"])
    before_name = (  # a pattern that ends right where the name (or its title) starts
        (rf"\b(?:{in_person})\b[^.;:]{{0,40}}?\bfrom\s+{_lead()}$", ("present",)),
        (rf"(?:{thing}|\b(?:it|they)\s+(?:was|were))[^.;:]{{0,80}}?\b(?:{handing})\b"
         rf"[^.;:]{{0,200}}?\bby\s+{_lead()}$",
         ("sent",)),
        (rf"\bin\s+(?:a|his|her|the|its)\s+(?:[\w-]+\s+){{0,2}}?{thing}[^.;:]{{0,40}}?\b(?:{addressing})\s+"
         rf"(?:warmly\s+|heartily\s+|sincerely\s+)?{_lead()}$", ("received",)),  # "in a message congratulated A"
        (rf"(?:{thing}|\b(?:it|they)\s+(?:was|were)\s+(?:{handing}))[^.;:]{{0,80}}?\bto\s+{_lead()}$",
         ("received",)),  # "a message to A", "They were handed over to A"
        (rf"\bpresented\s+with\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{thing}[^.;:]{{0,40}}?\bby\s+{_lead()}$",
         ("sent",)),  # "A was presented with a gift by B"
        (rf"{thing}[^.;:]{{0,80}}?\b(?:in\s+the\s+(?:joint\s+)?names?\s+of|on\s+behalf\s+of"
         rf"|\bsent\b[^.;:]{{0,200}}?\bby)\s+{_lead()}$",
         ("sent",)),
        # "a message from A", "A message came to B, first chairman of ..., from A": the addressee's posts between
        (rf"{thing}[^.;:]{{0,{_FROM_REACH}}}?\bfrom\s+{_lead()}$", ("sent",)),
    )
    return (re.compile(rf"[^.;:,]{{0,40}}?{thing}", re.IGNORECASE),
            tuple((re.compile(p, re.IGNORECASE), roles) for p, roles in before_name))


def named_as_kin(text: str, name_start: int, low: int = 0) -> bool:
    """Whether a kin phrase ("widow of", "daughter of revolutionary martyr") ends right before the name at
    `name_start` (searched back to `low`, at most `KIN_REACH` characters): the name only describes another person
    ("Han Chun Hui, widow of Choe Hong Hui"). The one kin test of every path: lists (`people.py`) and roles
    (`role_passes.py`)."""
    start = max(low, name_start - KIN_REACH)
    if text.find("of", start, name_start) == -1:
        return False  # every "widow of" has an "of": most names have none in reach, and no scan is needed
    return kin_before().search(text, start, name_start) is not None


@cache
def kin_before() -> re.Pattern:
    """ "widow of [the late] ", "daughter of [revolutionary martyr] " right before a name (`kin_words` of
    names.yaml): the name only describes another person; not "a grandson of A handed the gift to B" (a clause
    between "of" and B)."""
    kin = alternation(load_vocab("names")["kin_words"])
    return re.compile(rf"\b(?:{kin})\s+of\s+(?:(?![a-z]+ed\s)[^,;.:\s]+\s+){{0,{_KIN_DESCRIPTION_WORDS}}}"
                      rf"[^,;.:\s]*$")  # the name's title may start inside a word: "widow of ex-[President A]"


@cache
def _visit_words() -> re.Pattern:
    vocab = load_vocab("roles")
    return re.compile(alternation([*vocab["visitors"], *vocab[THING]]))


def names_a_visit(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a visitor or a thing sent: "met" there is a visit received."""
    return _visit_words().search(text, start, end) is not None


@cache
def _thing_words() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(load_vocab('roles')[THING])})\b", re.IGNORECASE)


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a thing sent: "received a message sent by B" receives the message, not B
    (B sent it and is not said to be there)."""
    return _thing_words().search(text, start, end) is not None


def sends_something(text: str, cue_end: int) -> bool:
    """ "A sent a message", "sent warm congratulations": the verb `sent` has a thing sent as its object
    ("sent thanks to the builders" sends nothing)."""
    return _sending_patterns()[0].match(text, cue_end, cue_end + _SENT_OBJECT_REACH) is not None


@cache
def _speech_conditions() -> dict[str, Condition]:
    """The speech verbs written after a name, each with its cue row's condition ("expressed", unless condolences
    follow), and "extended" ("The message extended thanks")."""
    verbs = {"extended": _PLAIN}
    for phrase, role, kind, condition in _rows(load_vocab("roles")):
        if role == "spoke" and kind == AFTER:
            verbs[phrase.lower()] = condition
    return verbs


@cache
def _words_of_things() -> tuple[re.Pattern, re.Pattern]:
    things = alternation(load_vocab("roles")[THING])
    speech = alternation(_speech_conditions())
    reported = (rf"(?:the|this|his|her|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{things})\s+(?:\w+ly\s+)?(?P<verb>{speech})\b"
                rf"|,\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:{things})\s+(?P<tag>{speech})\b")
    inside = rf"\bin\s+(?:the|his|her|its|a|this)\s+(?:[\w-]+\s+){{0,2}}?(?:{things})\b"
    return re.compile(reported, re.IGNORECASE), re.compile(inside, re.IGNORECASE)


def words_of_thing_sent(text: str, start: int, end: int) -> bool:
    """ "The message said ...", "..., the letter noted": the words of a thing sent, which are its sender's
    (guideline: a sender whose words are reported also `spoke`); "The messages expressed condolences" reports
    none (guideline v3)."""
    pattern = _words_of_things()[0]
    found = pattern.match(text, start, end)
    if found is None and text.find(",", start, end) != -1:
        found = pattern.search(text, start, end)
    if found is None:
        return False
    verb = found.group("verb") or found.group("tag")
    if _speech_conditions()[verb.lower()].followed(text, found.end()):
        return True
    stop = text.find(".", found.end(), end)  # "expressed deep sympathy ... and hoped that ...": words after all
    return _speech_verb().search(text, found.end(), stop if stop != -1 else end) is not None


@cache
def _speech_verb() -> re.Pattern:
    """A speech verb whose cue row has no condition ("hoped", "wished", "noting")."""
    return re.compile(rf"\b(?:{alternation([v for v, c in _speech_conditions().items() if c is _PLAIN])})\b")


@cache
def _full_text() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(load_vocab('roles')['full_text_words'])})\b[^.]*:\s*$", re.IGNORECASE)


def introduces_full_text(text: str, start: int, end: int) -> bool:
    """ "Following is its full text:": the sentence introduces the whole text of the thing sent just before."""
    return _full_text().search(text, start, end) is not None


def speaks_in_thing_sent(text: str, start: int, end: int) -> int | None:
    """Where "in the message" is written in this sentence ("He said in the message ...", "Kim in the message
    wished ..."): the one who speaks there is the sender of the message."""
    inside = _words_of_things()[1].search(text, start, end)
    return inside.start() if inside else None


def sending_roles(text: str, sentence_start: int, name_start: int) -> tuple[str, ...]:
    """The roles a name gets from the thing sent written before it in its sentence: "a message to A" gives
    `received`, "a floral basket from A" `sent`, "the gift was handed to B by A" `sent` and `present`."""
    start = max(sentence_start, name_start - _THING_REACH)
    for pattern, roles in _sending_patterns()[1]:
        if pattern.search(text, start, name_start):
            return roles
    return ()


# What may mark the past: a year (four digits led by 10, 19, 20 or 29, with an "s" of a decade) or one of the
# phrases; found with `str.find`, several times faster than one regular expression scanning every character.
_YEAR_LEADS = ("10", "19", "20", "29")
_YEAR_DIGITS = 4
_PAST_PHRASES = ("last year", "years ago")
_PAST = re.compile(  # the whole mark, ending where its candidate ends
    r"(?:\b(?i:in|on|since|of|from)\s+(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},\s+)?(?:Juche\s+\d+\s+\()?((?:19|20)\d\d)"
    r"|\b(?:in\s+(?:[A-Z][a-z]+\s+)?|(?:conference|congress|session|visit)\s+)last year"
    r"|\b(?:19|20)\d0s|\byears ago)$")

@cache
def _speech() -> re.Pattern:
    return re.compile(rf"\b(?:{alternation(load_vocab('roles')['reporting_verbs'])})\b")


def _occurrences_of(text: str, phrase: str):
    at = text.find(phrase)
    while at != -1:
        yield at
        at = text.find(phrase, at + 1)


def _past_candidates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each candidate mark of the past, in order and not overlapping: what `finditer` of
    `[12][09]\\d\\ds?|last year|years ago` gives (`\\d` is `str.isdecimal`)."""
    found = []
    for lead in _YEAR_LEADS:
        for at in _occurrences_of(text, lead):
            end = at + _YEAR_DIGITS
            if end <= len(text) and text[at + 2].isdecimal() and text[at + 3].isdecimal():
                found.append((at, end + 1 if text.startswith("s", end) else end))
    for phrase in _PAST_PHRASES:
        found.extend((at, at + len(phrase)) for at in _occurrences_of(text, phrase))
    found.sort()
    candidates, reach = [], 0
    for start, end in found:
        if start >= reach:  # a match never starts inside the one before it
            candidates.append((start, end))
            reach = end
    return candidates


def past_marks(text: str, date: str | None) -> list[int]:
    """Where the report speaks of an earlier occasion ("in February 1974", "at its conference last year", "in
    the 1990s"; a year counts when two or more before the report's): one scan of the whole report."""
    report_year = int(date[:4]) if date else None
    marks = []
    for start, end in _past_candidates(text):
        if text[end - 1].isdecimal() and (report_year is None or int(text[start:end]) > report_year - 2):
            continue  # a year too recent (or no report's year to compare): whatever leads to it, no mark
        m = _PAST.search(text, max(0, start - _PAST_REACH), end)
        if m and (m.group(1) is None or (report_year and int(m.group(1)) <= report_year - 2)):
            marks.append(m.start())
    return marks


def historical(text: str, start: int, end: int, marks: list[int]) -> bool:
    """A sentence about an earlier occasion: what people do in it is history, so it gives them no role
    (guideline: `mentioned`). `marks` come from `past_marks`."""
    first = bisect_left(marks, start)
    if first == len(marks) or marks[first] >= end:
        return False
    speech = _speech().search(text, start, end)  # "A said that in 1961 ...": the past is in A's words
    return marks[first] < (speech.start() if speech else end)


_ONCE = re.compile(r"\b(?:once|often|had|always)\s+$")
_AS = re.compile(r"(?:\b[Jj]ust\s+[Aa]s|,\s+as|\bAs)\s+(?:[a-z]+\s+){0,3}$")


def earlier_words(text: str, name_start: int, cue_start: int, cue_end: int) -> bool:
    """ "As A said, ...", "A once said ...", "A said at that time that ...": words quoted from an earlier occasion,
    not a speech in the reported event (guideline: `mentioned`)."""
    return _ONCE.search(text, max(name_start, cue_start - _ONCE_REACH), cue_start) is not None or \
        _AS.search(text, max(0, name_start - _AS_REACH), name_start) is not None or \
        _earlier_time().match(text, cue_end) is not None


@cache
def _earlier_time() -> re.Pattern:
    """An adverb of an earlier time right after a speech verb (`earlier_time_phrases`: "said at that time")."""
    return re.compile(rf"\s+(?:{alternation(load_vocab('roles')['earlier_time_phrases'])})\b", re.IGNORECASE)


def after_death(name: str, date: str | None, roles: list, text: str, mentions: list) -> list:
    """A leader dead by the report's date (`deceased` in roles.yaml) keeps only `elected` given to him (a
    posthumous title: "was awarded", "conferred on A"); what the text has him say or do, his own "promoted"
    included, is history, and he is mentioned."""
    died = load_vocab("roles")["deceased"].get(name)
    if not date or not died or date <= str(died):
        return roles
    return [r for r in roles if r.role == "elected" and (
        _PASSIVE.match(text, r.span[0]) or any(0 <= m[0] - r.span[1] < 100 for m in mentions))]


_PASSIVE = re.compile(r"(?:was|were|has been|have been|had been)\b", re.IGNORECASE)
