"""The time a statement is about: the report's date for what the report presents as current, an earlier date or
era for what it recalls.

KCNA retells history constantly: an anniversary article recalls that "the Sixth Congress elected Kim Il Sung
general secretary", a report of 2012 says who was elected "last year", a biography lists every post of a life.
Taken at the report's date these become false news. A post or a role is *recalled* when its sentence dates
something well before the report (more than `recent_days` of `vocab/times.yaml`): a year before the report's, a
month or day long past, "last year", a past congress by its ordinal, or when the report tells a life (a
biography or an obituary headline) and the sentence does not say "now" or "since". The dated phrase nearest to
the fact wins. A biography's "since April 2012" keeps the post current and gives the date it was conferred.
Every verdict names the rule and the words that made it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from podium.analysis.evidence import sentence_of
from podium.extract.dates import DATE_RE, MONTHS, resolve
from podium.extract.text import WEEKDAYS
from podium.vocab import load_vocab

_MONTH_NAMES = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_BARE_YEAR = re.compile(r"(?<![\d,.])\b(1[89]\d\d|20\d\d)\b(?![\d])(?!\s*(?:tons|metres|meters|km|people|persons))")
_LAST_MONTH = re.compile(r"\blast\s+(?P<month>" + _MONTH_NAMES + r")\b")
_ANNIVERSARY = re.compile(r"\b(?P<years>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+|his\s+|her\s+)?"
                          r"(?:death|demise|passing|election|appointment|elevation|assumption)\b", re.I)
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth".split())
_NUMBERED = {f"{n}{suffix}": word for n, word in enumerate(_ORDINALS, 1)
             for suffix in ("st", "nd", "rd", "th")}


@dataclass(frozen=True)
class When:
    """When a statement is about: `about` is an ISO date, or its year-month or year; `since` the date a
    biography says a current post was held since."""
    about: str
    recalled: bool
    rule: str
    since: str | None = None


def _end_of(about: str) -> date:
    """The last day of the period `about` names (a year, a month or a day)."""
    parts = [int(p) for p in about.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return date(parts[0], 12, 31)


@cache
def _vocab() -> dict:
    vocab = load_vocab("times")
    meeting_words = "|".join(_ORDINALS + list(_NUMBERED))
    kinds = "|".join(vocab["meetings"])
    vocab["_meeting"] = re.compile(rf"\b(?P<nth>{meeting_words})\s+(?:Party\s+)?(?P<kind>{kinds})\b", re.I)
    things = "|".join(map(re.escape, vocab["thing_dating_words"]))
    vocab["_thing"] = re.compile(rf"\b(?:{things})\s+(?:(?:in|on|the|year|of)\s+)*$", re.I)
    vocab["_relative"] = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab["relative"])) + r")\b", re.I)
    vocab["_biography"] = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab["biography_headlines"])) + r")\b",
                                     re.I)
    vocab["_present"] = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab["present_words"])) + r")\b", re.I)
    vocab["_since"] = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab["since_words"])) + r")\s+(?P<rest>.{0,40})",
                                 re.I)
    return vocab


_WORD = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


@cache
def _dating_words() -> frozenset[str]:
    """Words without one of which (or a digit) no phrase of `_dated_phrases` can match: month and weekday
    names, "today", "year", the last word of each relative phrase, the ordinals of meetings."""
    vocab = _vocab()
    return frozenset([*MONTHS, *WEEKDAYS, "today", "yesterday", "year", *_ORDINALS]
                     + [phrase.split()[-1].lower() for phrase in vocab["relative"]])


@lru_cache(maxsize=4096)
def _may_date(sentence: str) -> bool:
    """The cheap test before the costly one: most sentences that state a post date nothing."""
    return bool(_DIGIT.search(sentence)) or not _dating_words().isdisjoint(_WORD.findall(sentence.lower()))


@lru_cache(maxsize=4096)
def _dated_phrases(sentence: str, report_date: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, about, words) of every phrase in `sentence` that dates something."""
    if not _may_date(sentence):
        return ()
    vocab, found = _vocab(), []
    for match in DATE_RE.finditer(sentence):
        about = resolve(match, report_date)
        if about:
            found.append((match.start(), about, match.group().strip()))
    today = date.fromisoformat(report_date)
    for match in _BARE_YEAR.finditer(sentence):
        found.append((match.start(), match.group(1), match.group()))
    for match in _LAST_MONTH.finditer(sentence) if "last" in sentence else ():
        month = MONTHS[match["month"].lower()]
        found.append((match.start(), f"{today.year - (month >= today.month)}-{month:02d}", match.group()))
    lower = sentence.lower()  # each case-insensitive expression runs only where its words are (far cheaper)
    for match in (vocab["_relative"].finditer(sentence) if any(p in lower for p in vocab["relative"]) else ()):
        back = vocab["relative"][match.group().lower()]
        found.append((match.start(), str(today.year - back.get("years", 0)), match.group()))
    for match in _ANNIVERSARY.finditer(sentence) if "anniversary" in lower else ():
        found.append((match.start(), str(today.year - int(match["years"])), match.group()))
    for match in vocab["_meeting"].finditer(sentence) if any(k in lower for k in vocab["meetings"]) else ():
        nth = _NUMBERED.get(match["nth"].lower(), match["nth"].lower())
        held = vocab["meetings"][match["kind"].lower()].get(nth)
        if held:
            found.append((match.start(), held, match.group()))
    return tuple((offset, about, words) for offset, about, words in found
                 if not vocab["_thing"].search(sentence[max(0, offset - 30):offset]))


def meeting_held(kind: str, name: str, ordinal: int | None, held: str | None) -> str | None:
    """When a report's meeting was held: its stated date, else the date of the WPK's congress or conference of
    that ordinal (`meetings` of `vocab/times.yaml`)."""
    vocab = _vocab()
    if held or not ordinal or not 0 < ordinal <= len(_ORDINALS) or kind not in vocab["meetings"]:
        return held
    if not any(party.lower() in name.lower() for party in vocab["meetings_of"]):
        return None
    return vocab["meetings"][kind].get(_ORDINALS[ordinal - 1])


def _since(sentence: str, report_date: str) -> str | None:
    """The date after "since" in `sentence` ("since April 2012"), if it names one."""
    for match in _vocab()["_since"].finditer(sentence):
        dated = DATE_RE.search("in " + match["rest"])
        about = resolve(dated, report_date) if dated and dated.start() == 0 else None
        if about:
            return about
    return None


def statement_time(doc: str, report_date: str, start: int, end: int) -> When:
    """When the statement at doc[start:end] (a post, a role) is about."""
    begin, finish = sentence_of(doc, start, end)
    sentence = doc[begin:finish]
    vocab = _vocab()
    since = _since(sentence, report_date) if _may_date(sentence) else None  # a "since" names a date
    if since:
        return When(report_date, False, f"since {since}", since)
    today = date.fromisoformat(report_date)
    recent = timedelta(days=vocab["recent_days"])
    phrases = sorted((abs(begin + offset - start), about, words)
                     for offset, about, words in _dated_phrases(sentence, report_date) if _end_of(about) <= today)
    past = [phrase for phrase in phrases if _end_of(phrase[1]) < today - recent]
    if past:
        _, about, words = past[0]
        return When(about, True, f"dated phrase: {words!r}")
    if phrases:  # a recent date: the event the report brings as news ("on Dec. 17")
        _, about, words = phrases[0]
        return When(about, False, f"dated phrase: {words!r}")
    headline = doc.split("\n", 1)[0]
    if vocab["_biography"].search(headline) and not vocab["_present"].search(sentence):
        return When(report_date, True, "a life story: " + headline[:60])
    return When(report_date, False, "report date")
