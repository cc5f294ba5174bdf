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
from functools import cache, cached_property

from podium.extract import dates
from podium.extract.event_phrases import LINK_WORDS, POSSESSIVES, Phrase, Token, ordinal, read_phrase, tokenize, vocab
from podium.extract.event_names import RULE_CLASSES, RULE_SEVERAL, NameWriter
from podium.extract.record import Event
from podium.extract.text import HEADLINE_BREAK, alternation, sentence_starts, title_end

@dataclass(frozen=True)
class _Patterns:
    """The regular expressions built from `vocab/events.yaml` (once per process): the head words, sittings,
    "It was held ..." and the heads that cut a date window."""
    stems: tuple[str, ...]
    head: re.Pattern
    sitting: re.Pattern
    anaphora: re.Pattern
    cut: re.Pattern


@cache
def patterns() -> _Patterns:
    v = vocab()
    heads = sorted(v["heads"])
    # Cheap substring checks first: most reports name no meeting, and `in` on a str is far faster than a regex.
    stems = {h[1:] for h in heads} | {h[1:].upper() for h in heads}
    stems = tuple(sorted(s for s in stems if not any(o != s and o in s for o in stems)))  # "eeting", not "eetings"
    head = re.compile(r"\b(?:" + "|".join(f"[{h[0].upper()}{h[0]}]{re.escape(h[1:])}|{re.escape(h.upper())}"
                                         for h in heads) + r")\b")
    sitting = re.compile(r"\b([A-Za-z]+|\d+(?:st|nd|rd|th))(?:[- ](?:" + alternation(v["sitting_units"]) +
                         r"))? (?:" + alternation(v["sitting_words"]) + r")\b", re.I)
    singular = {name.lower() for name in v["heads"].values()}
    plenary = {name.lower() for name in v["plenary_names"].values()}
    subjects = alternation(v["anaphora_pronouns"] | {f"the {h}" for h in singular | plenary})
    # Matched at sentence starts only (`_date_from_anaphora`): no scan of the whole text.
    anaphora = re.compile(r"(?i:" + subjects + r")\s+(?:(?:was|were)\s+(?:" + alternation(v["anaphora_verbs"]) +
                          r")|" + alternation(v["anaphora_phrases"]) + r")\b")
    head_words = alternation(singular)
    cut = re.compile(r"\b(?:(?P<delegated>(?:" + alternation(v["delegates"]) + r")\s+to\s+(?:the\s+)?"
                     r"(?:[\w'’-]+\s+){0,6}?)(?:" + head_words + r")s?\b|\bthat\b|;|\b(?:" + head_words + r")s?\b)",
                     re.I)
    return _Patterns(stems, head, sitting, anaphora, cut)


# Rule ids of dates (printed by `podium extract --explain` beside the naming rules of `event_names`).
DATE_STATED = "date.stated-after"  # "... was held on June 16", "... continued on the 7th"
DATE_OPENING = "date.opening-sentence"  # "On May 10, the 7th Congress ... opened"
DATE_ANAPHORA = "date.next-sentence"  # "... the fifth meeting of X. It was held in Lima from May 20 to 23."
DATE_BEFORE_VERB = "date.before-holding-verb"  # "The Secretariat ... Sunday held a meeting"
DATE_IN_NAME = "date.year-in-name"  # "the meeting of representatives of branches under ...-2012"
DATE_REPORT = "date.report"  # the meeting the report is about, with no other date given
RULE_DATED_PAST = "event.dated-in-past"  # a meeting of people, not the report's, that its sentence dates years back
DATE_WINDOW = 160  # characters after a mention in which its date may stand
HOLDER_DATE_REACH = 30  # characters before "held a meeting" in which the holder's date may stand
DELEGATE_REACH = 3  # tokens before a meeting's name in which "delegates (to the)" or "participants (in the)" stand
PAST_YEARS = 1  # an unnumbered mention dated more years than this before the report is an earlier meeting
SITTING_OF_REACH = 10  # characters after "second-day sitting" in which "of the" ties it to its meeting
ARTICLES = frozenset(LINK_WORDS["articles"])
LOCATIVES = frozenset(LINK_WORDS["locatives"])  # "spoke at the meeting on Monday": the meeting's action, and its date
SITTING_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?")
ARTICLE_RE = re.compile(r"\bthe\s+")
LEFT_REACH, RIGHT_REACH = 220, 300  # a meeting's name, holder and purpose lie this close to its head


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
    rules: tuple[str, ...] = ()
    in_title: bool = False
    date_rule: str | None = None
    undated: bool = False  # its sentence says the report does not date it ("was held ... recently")


class _Document:
    """The report being read: where its title ends, its sentences, and tokens near each head."""

    def __init__(self, text: str, report_date: str | None):
        self.text = text
        self.report_date = report_date
        self.title_end = title_end(text)
        body_start = self.title_end + len(HEADLINE_BREAK) if self.title_end else 0
        self.first_sentence = (body_start, self.sentence_of(body_start)[1])
        self._tokens: dict[int, tuple[list[Token], list[int]]] = {}
        self._window_ends: dict[int, int] = {}
        self._window_starts: list[int] = []  # sorted: heads are read in order, and so are their windows

    @cached_property
    def bounds(self) -> list[int]:
        """Where sentences start (the text layer's splitter, run only for reports that name a meeting)."""
        return [0, *sentence_starts(self.text), len(self.text)]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`: its start and the start of the next one."""
        i = bisect.bisect_right(self.bounds, pos) - 1
        return self.bounds[i], self.bounds[min(i + 1, len(self.bounds) - 1)]

    def tokens(self, start: int, end: int) -> tuple[list[Token], list[int]]:
        """The tokens of `text[start:end]` and their start offsets (cached: heads often share a sentence)."""
        if start not in self._tokens:
            tokens = tokenize(self.text, start, end)
            self._tokens[start], self._window_ends[start] = (tokens, [t.start for t in tokens]), end
            bisect.insort(self._window_starts, start)
        return self._tokens[start]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """The tokens of `text[start:end]`, taken from a window already read around a head when one holds the span
        (the words between a meeting and its date lie there), else read now. The window is found by bisection, not
        by a scan of every window: a later window ends no earlier (windows move on with the heads), so the last one
        starting at or before `start` holds the span if any does."""
        at = bisect.bisect_right(self._window_starts, start) - 1
        if at >= 0 and end <= self._window_ends[window := self._window_starts[at]]:
            tokens, starts = self._tokens[window]
            return tokens[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        return tokenize(self.text, start, end)


def _undated(doc: _Document, phrase: Phrase) -> bool:
    """Whether the rest of the mention's sentence says the report does not date it ("will be held", "was held in
    Santiago recently")."""
    sentence_after = [t.low for t in doc.tokens_in(phrase.end, doc.sentence_of(phrase.start)[1])]
    return bool(vocab()["future_cues"] & set(sentence_after))


def _reported(doc: _Document, phrase: Phrase, tokens: list[Token], subject: bool, undated: bool) -> bool:
    """Whether the report is about this meeting (it gets the report's date when no other is stated); `subject`:
    the mention opens its sentence; `undated`: the text's sentence says the report does not date it (`_undated`,
    worked out once by the caller)."""
    v = vocab()
    if phrase.referring:
        return False
    before = [t.low for t in tokens if t.end <= phrase.start][-3:]
    if any(word in v["referral_cues"] for word in before):
        return False
    if phrase.start < doc.title_end:
        after = [t.low for t in tokenize(doc.text, phrase.end, doc.title_end)]
        return any(w in v["reporting_verbs"] for w in after) and not v["future_cues"] & set(after)
    if undated:
        return False  # "will be held", "was held ... recently": the report does not date it
    if not doc.first_sentence[0] <= phrase.start < doc.first_sentence[1]:
        return False
    if v["sitting_words"] & set(before):
        return True  # "The first-day sitting of the Seventh Session ... took place": the session is the subject
    if subject or phrase.held:
        return True  # "The Fourth Conference of the WPK took place ...", "The league held its congress ..."
    # "... were elected at the 4th Conference": the report states what the meeting did (not "a speech delivered at").
    sentence = [t.low for t in tokens if t.end <= phrase.start]
    return "at" in before[-2:] and ("was" in sentence or "were" in sentence)


def _explicit_date(doc: _Document, start: int, end: int, subject: bool, attended: bool,
                   located: bool = False) -> str | None:
    """The date stated after a mention, when nothing but the meeting's own verb ("was held", "took place") or a
    place stands between: in "delegates to the meeting arrived here Tuesday" the date is the arrival's. When the
    meeting is the sentence's subject, what it did dates it ("The 17th meeting of the Council criticized on
    June 3 ..."). When the mention only says whom someone met (`attended`: "a photo session with the
    participants in the Conference ... on July 29"), the date is the meeting's only after its own verb. What is
    done at the meeting (`located`: "X at the meeting on Dec. 30 stressed ...") is done on its day."""
    window = doc.text[start:min(end, start + DATE_WINDOW)]
    # Another meeting named on the way takes what follows, unless it is the one delegates are elected to.
    cut = next((m for m in patterns().cut.finditer(window) if m.group("delegated") is None), None)
    found = dates.first_date(window[:cut.start()] if cut else window, doc.report_date)
    if not found:
        return None
    if subject:
        return found[0]
    between = _lower_words(doc.tokens_in(start, start + found[1][0]))
    if attended and not vocab()["meeting_verbs"] & set(between):
        return None
    following = [] if located else _lower_words(doc.tokens_in(start + found[1][1], start + len(window))[:1])
    if any(map(_other_action, between + following)):
        return None  # "Deputies to the session Monday laid a floral basket": the date is the laying's
    return found[0]


def _located(before: list[Token]) -> bool:
    """Whether the words before a mention put what is said at the meeting: "at the", "at a", "at its"."""
    words = [t.low for t in before]
    return len(words) > 1 and words[-2] in LOCATIVES and (words[-1] in ARTICLES or words[-1] in POSSESSIVES)


def _lower_words(tokens: list[Token]) -> list[str]:
    """The lower-case words among tokens: the verbs and small words between a mention and its date (or the one
    right after the date, not one past a comma); a capitalised name ("United Nations") is none of them."""
    return [t.text for t in tokens if t.text.isalpha() and t.text.islower()]


def _other_action(word: str) -> bool:
    """A verb form that is not a meeting being held ("arrived", "laid", "adopted")."""
    v = vocab()
    return word in v["other_verbs"] or (word.endswith("ed") and word not in v["meeting_verbs"])


def _opening_date(doc: _Document, start: int, end: int) -> str | None:
    """ "On May 10, the 7th Congress of ... opened": a date that opens the sentence is the meeting's."""
    opening = doc.text[start:end].lstrip()
    if not opening.startswith(("On ", "In ")):
        return None
    found = dates.first_date(opening, doc.report_date)
    return found[0] if found and found[1][0] <= 3 else None


def _holder_date(doc: _Document, start: int, end: int) -> str | None:
    """ "The Secretariat of the C.C. Sunday held a meeting": a date right before the holding verb is the meeting's."""
    before = doc.text[max(start, end - HOLDER_DATE_REACH):end]
    found = dates.first_date(before, doc.report_date)
    return found[0] if found else None


def head_hits(text: str) -> list[re.Match]:
    """The head words of `text` in order: `str.find` of each stem ("eeting", "ONGRESS"), then the head pattern
    matched where one starts; ten times faster than scanning the whole text with the pattern."""
    found = patterns()
    starts = set()
    for stem in found.stems:
        at = text.find(stem, 1)
        while at != -1:
            starts.add(at - 1)
            at = text.find(stem, at + 1)
    return [hit for hit in map(lambda start: found.head.match(text, start), sorted(starts)) if hit]


def _mentions(doc: _Document, writer: NameWriter, hits: list[re.Match]) -> list[Mention]:
    found: list[Mention] = []
    done_until = -1
    for hit in hits:
        if hit.start() < done_until:
            continue
        s_start, s_end = doc.sentence_of(hit.start())
        # Long sentences (lists of officials) are read only near the head: a name never runs that far.
        tokens, starts = doc.tokens(max(s_start, hit.start() - LEFT_REACH), min(s_end, hit.end() + RIGHT_REACH))
        index = bisect.bisect_left(starts, hit.start())
        if index == len(tokens) or starts[index] != hit.start() or tokens[index].low not in vocab()["heads"]:
            continue
        phrase, after = read_phrase(tokens, index)
        for naming in writer.events(phrase, tokens, after, found):
            mention = Mention(name=naming.name, kind=naming.kind, ordinal=naming.ordinal,
                              span=(phrase.start, phrase.end), head=vocab()["head_keys"][phrase.head.low],
                              owner=naming.owner, participants_only=naming.participants_only,
                              rules=naming.rules, in_title=phrase.start < doc.title_end)
            subject = hit.start() - LEFT_REACH <= s_start and \
                all(t.low in ARTICLES for t in tokens if t.end <= phrase.start)
            # "The City Conference to elect delegates to the WPK Conference was held ...": not the WPK Conference.
            first = bisect.bisect_left(starts, phrase.start)
            near = tokens[max(0, first - DELEGATE_REACH):first]
            before = {t.low for t in near}
            # "a photo session with the participants in ...": they are met; as the subject ("The participants in
            # the meeting on June 12 stood in silence"), what they did is the meeting.
            attendee = next((k for k in range(max(0, first - DELEGATE_REACH), first)
                             if tokens[k].low in vocab()["attendee_nouns"]), None)
            attended = attendee is not None and not (
                hit.start() - LEFT_REACH <= s_start and all(t.low in ARTICLES for t in tokens[:attendee]))
            # "Hu Jintao at the meeting of its Political Bureau on Dec. 30 stressed ...": what is done at the
            # meeting is done on its day, as what the meeting itself does is.
            located = _located(near)
            if not before & vocab()["delegates"]:
                # "A meeting took place in Pyongyang on Friday to mark ...": the date before a late purpose first.
                stated = _explicit_date(doc, phrase.core_end, phrase.purpose[0].start, subject, attended,
                                        located) if phrase.late_purpose else None
                mention.date = stated or _explicit_date(doc, phrase.end, s_end, subject, attended, located)
                mention.date_rule = DATE_STATED
                if mention.date is None and not attended:
                    mention.date, mention.date_rule = _opening_date(doc, s_start, phrase.start), DATE_OPENING
                if mention.date is None and phrase.held:
                    mention.date, mention.date_rule = _holder_date(doc, s_start, phrase.start), DATE_BEFORE_VERB
            # meetings of every province's and county's committee are held over days and places: the report's
            # date dates none of them
            # the text's "was held ... recently" keeps the report's date from the meeting its headline says "Held"
            mention.undated = phrase.start >= doc.title_end and _undated(doc, phrase)
            mention.reported = RULE_CLASSES not in naming.rules and _reported(doc, phrase, tokens, subject,
                                                                            mention.undated)
            if naming.on_report and not mention.reported:
                if not (mention.date_rule == DATE_STATED and _long_before([mention], doc.report_date)):
                    continue  # "the participants in the meeting of forerunners": people met, no meeting of a body
                # a past meeting of people the sentence dates is one referred to ("a speech made at the National
                # Conference of Athletes on November 4, 1969")
                mention.rules += (RULE_DATED_PAST,)
            if mention.date is None and phrase.year and not mention.reported:
                # a year joined to the name; a meeting the report is about takes the report's day instead
                mention.date, mention.date_rule = phrase.year, DATE_IN_NAME
            if phrase.plural and phrase.ordinal is None and not {RULE_SEVERAL, RULE_CLASSES} & set(naming.rules) and \
                    not (mention.reported or mention.date or vocab()["levels"] & {m.lower() for m in phrase.modifiers}):
                # "the decisions of plenary meetings of the Party": meetings in general, not one; but "provincial
                # conferences of the league" are one meeting per province
                continue
            found.append(mention)
        done_until = phrase.end  # a purpose read on the way may name other meetings: they are part of this name
    return found


def _date_from_anaphora(doc: _Document, mentions: list[Mention]) -> None:
    """ "It was held in France from June 21 to 24": the date belongs to the meeting named just before."""
    starts = [m.span[0] for m in mentions]
    anaphora = patterns().anaphora
    bounds = doc.bounds[bisect.bisect_right(doc.bounds, starts[0]):-1]  # sentences after the first mention
    for match in filter(None, (anaphora.match(doc.text, bound) for bound in bounds)):
        i = bisect.bisect_left(starts, match.start()) - 1
        if i >= 0 and mentions[i].date is None:
            found = dates.first_date(doc.text[match.start():doc.sentence_of(match.start())[1]], doc.report_date)
            mentions[i].date, mentions[i].date_rule = (found[0], DATE_ANAPHORA) if found else (None, None)


def _sitting(doc: _Document) -> tuple[int | None, list[int]]:
    """The one sitting the report is about ("second-day sitting" -> 2) and where the meetings it is said of start
    ("the first-day sitting of the Seventh Session ..."); (None, []) when none or several. The sitting the
    headline or the first sentence names is the report's, whatever earlier sittings the text recalls ("the
    concluding speech made in the first-day sitting")."""
    text = doc.text
    found: dict[int, list[int]] = {}
    lead = None
    for match in patterns().sitting.finditer(text):
        value = ordinal(Token(match.group(1), 0, 0))
        if value is None:
            continue
        targets = found.setdefault(value, [])
        following = SITTING_OF_RE.match(text, match.end(), match.end() + SITTING_OF_REACH)
        if following:
            targets.append(following.end())
        if lead is None and match.start() < doc.first_sentence[1]:
            lead = value
    if lead is None and len(found) == 1:
        lead = next(iter(found))
    return (lead, found[lead]) if lead is not None else (None, [])


def _series_key(name: str) -> str:
    """Names of one series compare equal whatever their articles, apostrophes and capitals."""
    return ARTICLE_RE.sub("", name.lower().replace("’", "'"))


NUMBER_RE = re.compile(r"\s\d+(?:st|nd|rd|th)\b")


def _stands_for(short: tuple, full: tuple, headline: bool) -> bool:
    """Whether a mention keyed `short` can be the meeting keyed `full`: same kind, no other number, and a name
    that is the full one or its beginning, once the full one's committee or assembly number is set aside
    ("the SPA session" -> "Session of the 12th Supreme People's Assembly"). A headline drops words anywhere
    ("Plenary Meeting of UAWK Held"): there, every word of its name in the full name is enough."""
    if short == full or short[0] != full[0] or short[2] not in (None, full[2]):
        return False
    names = {full[1], NUMBER_RE.sub("", full[1])} if not NUMBER_RE.search(short[1]) else {full[1]}
    if any(name == short[1] or name.startswith(short[1] + " ") for name in names):
        return True
    # A headline drops words anywhere; one number in one series is one meeting whatever the order of its name's
    # parts or the words it drops ("the 13th Meeting of the Executive Committee of the Institute Board of
    # Directors" is the 13th of "the Executive Committee of the Board of Directors of the Institute").
    return (headline or short[2] is not None) and set(short[1].split()) <= set(full[1].split())


def _long_before(group: list[Mention], report_date: str | None) -> bool:
    """Whether every mention is dated years before the report (a past meeting of a series, not the current one)."""
    if not report_date or not report_date[:4].isdigit():
        return False
    return all(m.date and m.date[:4].isdigit() and int(m.date[:4]) < int(report_date[:4]) - PAST_YEARS
               for m in group)


def _fold_headline(groups: dict[tuple, list[Mention]], doc: _Document) -> None:
    """A meeting only the headline names, when the text names exactly one meeting of its kind (and number), is that
    meeting: headlines drop words and run into their verb ("Plenary Meeting of UNGA Mourns Demise ...")."""
    in_title = {key for key, group in groups.items() if all(m.span[0] < doc.title_end for m in group)}
    for key in in_title:
        same = [k for k in groups if k not in in_title and k[0] == key[0] and key[2] in (None, k[2])]
        if len(same) == 1:
            groups[same[0]].extend(groups.pop(key))


def _merge(mentions: list[Mention], doc: _Document) -> list[Event]:
    """One event per meeting: mentions of one series and number merge; a mention without a number, or with a
    shortened name, folds into the one fuller meeting it can stand for (and says nothing new when there are several)."""
    groups: dict[tuple, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault((mention.kind, _series_key(mention.name), mention.ordinal), []).append(mention)
    for key in sorted(groups, key=lambda k: len(k[1])):
        # "the WPK conference" is one of the numbered conferences; "the meeting of the Political Bureau" and a bare
        # "national meeting" are the one named in full; but "a national meeting of mothers in November 1961" in a
        # report on the 4th is an earlier meeting of the series.
        if key[2] is None and _long_before(groups[key], doc.report_date):
            continue
        headline = all(m.span[0] < doc.title_end for m in groups[key])
        fuller = [k for k in groups if _stands_for(key, k, headline)]
        if fuller:
            shorter = groups.pop(key)
            if len(fuller) == 1:
                groups[fuller[0]].extend(shorter)
    _fold_headline(groups, doc)
    sitting, targets = _sitting(doc) if any(w in doc.text for w in vocab()["sitting_words"]) else (None, [])
    events = []
    main_done = False
    for (kind, _, number), group in sorted(groups.items(), key=lambda kv: min(m.span[0] for m in kv[1])):
        group.sort(key=lambda m: m.span[0])
        dated = next((m for m in group if m.date), None)
        reported = any(m.reported for m in group) and not any(m.undated for m in group)
        date, date_rule = (dated.date, dated.date_rule) if dated else \
            (doc.report_date, DATE_REPORT) if reported and doc.report_date else (None, None)
        named = any(m.span[0] <= t < m.span[1] for m in group for t in targets)
        is_main = named or (reported and not main_done and kind != vocab()["default_kind"] and not targets)
        main_done = main_done or is_main
        # One meeting named in the headline and the text is named as the text names it.
        best = max(group, key=lambda m: (m.ordinal is not None, not m.in_title, len(m.name)))
        rules = best.rules + ((date_rule,) if date_rule else ())
        events.append(Event(name=best.name.replace("’", "'"), kind=kind, ordinal=number,
                            sitting=sitting if is_main else None, date=date, span=best.span, rule=" ".join(rules)))
    return events


def find_events(text: str, date: str | None = None) -> list[Event]:
    """Every formal meeting `text` reports or refers to, one `Event` each, with the span of its best mention.

    `date` (ISO) is the report's date: it resolves "Wednesday", "on the 7th", "today", and dates the meeting a
    report is about when the text itself gives no date.
    """
    hits = head_hits(text)
    if not hits:
        return []
    doc = _Document(text, date)
    writer = NameWriter(text)
    mentions = _mentions(doc, writer, hits)
    if not mentions:
        return []
    _date_from_anaphora(doc, mentions)
    writer.complete_delegate_meetings(mentions)
    return _merge(mentions, doc)
