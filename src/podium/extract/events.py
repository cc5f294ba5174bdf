"""Formal meetings a report reports or refers to: congresses, conferences, plenary meetings, meetings of the
Political Bureau or a military commission, assembly sessions and other meetings of named bodies.

Why this shape: most reports name no meeting, so one compiled regex finds the head words ("congress",
"conference", "session", "meeting") and everything else runs only in the sentences around a hit. Each hit is read
into a `Phrase` (`event_phrases`), accepted only when it names a body, formal participants or is a national,
report or pledge meeting (the guideline's line between meetings and ceremonies, talks and press conferences),
written out as a series name, and given a date from the words after it, a "was held" sentence that follows, or
the report's own date when the report is about it. Mentions of one meeting then merge into one `Event`.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from podium.extract import dates
from podium.extract.event_phrases import Phrase, Token, ordinal, read_phrase, tokenize, vocab
from podium.extract.event_names import NameWriter
from podium.extract.record import Event

# Cheap substring checks first: most reports name no meeting, and `in` on a str is far faster than a regex.
HEAD_STEMS = ("eeting", "onferen", "ongress", "ession", "EETING", "ONFEREN", "ONGRESS", "ESSION")
HEAD_RE = re.compile(r"\b(?:[Cc]ongress(?:es)?|[Cc]onferences?|[Ss]essions?|[Mm]eetings?|CONFERENCE|MEETING)\b")
SITTING_RE = re.compile(r"\b([A-Za-z]+|\d+(?:st|nd|rd|th))(?:-day)? sitting\b", re.I)
# A sentence ends at a line break or at ". " before a capital, unless the dot closes an abbreviation.
BOUNDARY_RE = re.compile(r"\n+|(?<=[.!?])[\"”]?,?\s+(?=[A-Z\"“])")
ABBREVIATION_BEFORE_DOT_RE = re.compile(r"(?:\b[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Dr|No|"
                                        r"St|Lt|Prof|Lieut|Gen|Col|Maj|Mr|Mrs|Ms|Vol|Int'l))\.$")
ANAPHORA_RE = re.compile(r"^(?:It|The (?:meeting|conference|congress|session|plenary meeting))\s+"
                         r"(?:was|were)\s+(?:held|convened|opened)\b|^(?:It|The (?:meeting|conference|congress|"
                         r"session))\s+(?:took place|opened|continued)\b")
DATE_WINDOW = 160  # characters after a mention in which its date may stand


@dataclass
class Mention:
    """One accepted mention: the event it names, where it stands, and what it says about the date."""
    name: str
    kind: str
    ordinal: int | None
    span: tuple[int, int]
    head: str
    date: str | None = None
    reported: bool = False
    owner: str | None = None
    participants_only: bool = False


class _Document:
    """The report being read: its title, sentence boundaries and the abbreviations it defines."""

    def __init__(self, text: str, report_date: str | None):
        self.text = text
        self.report_date = report_date
        first_break = text.find("\n\n")
        self.title_end = first_break if 0 < first_break < 300 else 0
        self.bounds = [0]
        for match in BOUNDARY_RE.finditer(text):
            if match.group().startswith("\n") or \
                    not ABBREVIATION_BEFORE_DOT_RE.search(text[max(0, match.start() - 8):match.start()]):
                self.bounds.append(match.end())
        self.bounds.append(len(text))
        body_start = text.find("\n\n") + 2 if self.title_end else 0
        self.first_sentence = (body_start, self.sentence_of(body_start)[1])
        self._tokens: dict[int, list[Token]] = {}

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.bounds, pos) - 1
        return self.bounds[i], self.bounds[min(i + 1, len(self.bounds) - 1)]

    def tokens(self, start: int, end: int) -> list[Token]:
        """The tokens of `text[start:end]` (cached: several heads often share a sentence)."""
        if start not in self._tokens:
            self._tokens[start] = tokenize(self.text[start:end], start)
        return self._tokens[start]


def _reported(doc: _Document, phrase: Phrase, tokens: list[Token]) -> bool:
    """Whether the report is about this meeting (it gets the report's date when no other is stated)."""
    v = vocab()
    if phrase.referring:
        return False
    before = [t.low for t in tokens if t.end <= phrase.start][-3:]
    if any(word in v["referral_cues"] for word in before):
        return False
    if phrase.start < doc.title_end:
        after = tokenize(doc.text[phrase.end:doc.title_end])
        return any(t.low in v["reporting_verbs"] for t in after)
    if not doc.first_sentence[0] <= phrase.start < doc.first_sentence[1]:
        return False
    lead = [w for w in before if w not in ("the", "a", "an")]
    if not lead or (phrase.possessive and {"held", "convened", "opened"} & set(before)):
        return True  # "The Fourth Conference of the WPK took place ...", "The league held its congress ..."
    # "... were elected at the 4th Conference": the report states what the meeting did (not "a speech delivered at").
    sentence = [t.low for t in tokens if t.end <= phrase.start]
    return "at" in before[-2:] and ("was" in sentence or "were" in sentence)


def _explicit_date(doc: _Document, start: int, end: int) -> str | None:
    window = doc.text[start:min(end, start + DATE_WINDOW)]
    cut = re.search(r"\bthat\b|;|\b(?:congress|conference|meeting|session)s?\b", window, re.I)
    found = dates.first_date(window[:cut.start()] if cut else window, doc.report_date)
    return found[0] if found else None


def _mentions(doc: _Document, writer: NameWriter) -> list[Mention]:
    found: list[Mention] = []
    done_until = -1
    for hit in HEAD_RE.finditer(doc.text):
        if hit.start() < done_until:
            continue
        s_start, s_end = doc.sentence_of(hit.start())
        # Long sentences (lists of officials) are read only near the head: a name never runs that far.
        tokens = doc.tokens(max(s_start, hit.start() - 300), min(s_end, hit.end() + 600))
        index = next((i for i, t in enumerate(tokens) if t.start == hit.start()), None)
        if index is None or tokens[index].low not in vocab()["heads"]:
            continue
        phrase, after = read_phrase(tokens, index)
        done_until = phrase.end
        for name, kind, owner, participants_only in writer.events(phrase, tokens, after, found):
            mention = Mention(name=name, kind=kind, ordinal=phrase.ordinal, span=(phrase.start, phrase.end),
                              head=phrase.head.low.rstrip("s") if phrase.head.low != "congress" else "congress",
                              owner=owner, participants_only=participants_only)
            mention.date = _explicit_date(doc, phrase.end, s_end)
            mention.reported = _reported(doc, phrase, tokens)
            found.append(mention)
    return found


def _date_from_anaphora(doc: _Document, mentions: list[Mention]) -> None:
    """ "It was held in France from June 21 to 24": the date belongs to the meeting named just before."""
    starts = [m.span[0] for m in mentions]
    for start, end in zip(doc.bounds, doc.bounds[1:]):
        sentence = doc.text[start:end].strip()
        if not sentence[:2] in ("It", "Th") or not ANAPHORA_RE.match(sentence):
            continue
        i = bisect.bisect_left(starts, start) - 1
        if i >= 0 and mentions[i].date is None:
            found = dates.first_date(sentence, doc.report_date)
            mentions[i].date = found[0] if found else None


def _sitting(text: str) -> int | None:
    """The one sitting the report is about ("second-day sitting" -> 2); None when none or several."""
    values = set()
    for match in SITTING_RE.finditer(text):
        value = ordinal(Token(match.group(1), 0, 0))
        if value is not None:
            values.add(value)
    return values.pop() if len(values) == 1 else None


def _series_key(name: str) -> str:
    """Names of one series compare equal whatever their articles, apostrophes and capitals."""
    return re.sub(r"\bthe\s+", "", name.lower().replace("’", "'"))


def _merge(mentions: list[Mention], doc: _Document) -> list[Event]:
    """One event per meeting: mentions of one series and number merge; a mention without a number, or with a
    shortened name, folds into the one fuller meeting it can stand for (and says nothing new when there are several)."""
    groups: dict[tuple, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault((mention.kind, _series_key(mention.name), mention.ordinal), []).append(mention)
    for key in sorted(groups, key=lambda k: len(k[1])):
        # "the WPK conference" is one of the numbered conferences; "the meeting of the Political Bureau" and a bare
        # "national meeting" are the one named in full.
        fuller = [k for k in groups if k != key and k[0] == key[0] and key[2] in (None, k[2]) and (
            k[1] == key[1] or k[1].startswith(key[1] + " "))]
        if fuller:
            shorter = groups.pop(key)
            if len(fuller) == 1:
                groups[fuller[0]].extend(shorter)
    sitting = _sitting(doc.text) if "itting" in doc.text else None
    events = []
    main_done = False
    for (kind, _, number), group in sorted(groups.items(), key=lambda kv: min(m.span[0] for m in kv[1])):
        group.sort(key=lambda m: m.span[0])
        explicit = next((m.date for m in group if m.date), None)
        reported = any(m.reported for m in group)
        date = explicit or (doc.report_date if reported else None)
        is_main = reported and not main_done and kind != "other meeting"
        main_done = main_done or is_main
        best = max(group, key=lambda m: (m.ordinal is not None, len(m.name)))
        events.append(Event(name=best.name.replace("’", "'"), kind=kind, ordinal=number,
                            sitting=sitting if is_main else None, date=date, span=best.span))
    return events


def find_events(text: str, date: str | None = None) -> list[Event]:
    """Every formal meeting `text` reports or refers to, one `Event` each, with the span of its best mention.

    `date` (ISO) is the report's date: it resolves "Wednesday", "on the 7th", "today", and dates the meeting a
    report is about when the text itself gives no date.
    """
    if not any(stem in text for stem in HEAD_STEMS) or not HEAD_RE.search(text):
        return []
    doc = _Document(text, date)
    writer = NameWriter(text)
    mentions = _mentions(doc, writer)
    if not mentions:
        return []
    _date_from_anaphora(doc, mentions)
    writer.complete_delegate_meetings(mentions)
    return _merge(mentions, doc)
