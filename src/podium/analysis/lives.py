"""Deaths: who died, by when, and what that does to their record.

A death is read from the words around a person's name (`vocab/times.yaml`): "the late X", "the death of leader
X", "the funeral committee for X" before the name, with only titles between (no comma, no "and", no other
name); "X, member of ..., passed away" after it. When the sentence dates the death well before the report
("in 1994"), the person was dead by the end of that period; otherwise by the report's date. A person's death
is the earliest such date among the reports that state it.

After a death a person holds no ordinary post: their posts end at the death, later reports that still give
them an ordinary post speak of their life (history, not a current holding), and no ordinary post is conferred
on them. Eternal and posthumous titles (`posthumous_prefixes`, `posthumous_offices`) are posts of their own,
held and conferred after death.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from podium.analysis.evidence import Documents, sentence_of
from podium.analysis.times import When, _end_of, statement_time
from podium.vocab import load_vocab

_DEATH_WORDS = ("late", "death", "demise", "passing", "passed away", "died", "funeral", "bier", "remains", "mourning",
                "deceased", "breathed", "killed", "fell in")  # a report without one of these states no death
_FILTER = re.compile(r"\b(?:" + "|".join(_DEATH_WORDS) + r")\b", re.I)
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Death:
    person_id: str
    died_by: str  # ISO date: the person was dead on and after it
    about: str  # what the report says of when (a year, a month, a day)
    report_id: str
    span: tuple[int, int]
    rule: str


@cache
def _cues() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    vocab = load_vocab("times")
    words = r"(?:\s+(?!and\b)[A-Za-z][\w'’.-]*){0,%d}\s+$" % vocab["max_title_words"]
    before = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab["death_before"])) + r")" + words, re.I)
    after = re.compile(r"^(?:,[^.;]{0,%d}?,)?\s*(?:" % vocab["max_apposition_chars"]
                       + "|".join(map(re.escape, vocab["death_after"])) + r")\b", re.I)
    hypothetical = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab["death_hypothetical"])) + r")\b", re.I)
    return before, after, hypothetical


@cache
def posthumous(office: str) -> bool:
    """Whether a post with this office may be held after death (an eternal or posthumous title)."""
    vocab = load_vocab("times")
    office = office.lower()
    return office in vocab["posthumous_offices"] or office.startswith(tuple(vocab["posthumous_prefixes"]))


def death_cue(doc: str, start: int, end: int, names: list[tuple[int, int]]) -> str | None:
    """The words that state the death of the person named at doc[start:end], or None; `names` are every
    name's span in the report (no other name may stand between the cue and this one)."""
    before, after, hypothetical = _cues()
    sentence_start, sentence_end = sentence_of(doc, start, end)
    if hypothetical.search(doc[sentence_start:start]):
        return None
    head = doc[max(sentence_start, start - 120):start]
    found = before.search(head)
    if found and not any(start - len(head) + found.start() <= s < start for s, _ in names):
        return found.group().strip()
    tail = doc[end:min(sentence_end, end + 400)]
    found = after.search(tail)
    if found and not any(end <= s < end + found.end() for s, _ in names):
        return found.group().strip()[-40:]
    return None


def find_deaths(mentions: dict[tuple[str, int], list[tuple[int, int]]], person_of: dict[tuple[str, int], str],
                dates: dict[str, str], docs: Documents) -> dict[str, Death]:
    """The death of each person whose death a report states (the earliest), from every mention of them."""
    names_in: dict[str, list[tuple[int, int]]] = {}
    for (report_id, _), spans in mentions.items():
        names_in.setdefault(report_id, []).extend(spans)
    candidates = sorted({report_id for report_id, _ in mentions})
    docs.load(candidates)
    found: dict[str, Death] = {}
    speaks_of_death = {report_id: docs.says_any(report_id, _DEATH_WORDS) and bool(_FILTER.search(docs[report_id]))
                       for report_id in candidates}
    for (report_id, person_no), spans in sorted(mentions.items()):
        person_id = person_of.get((report_id, person_no))
        if person_id is None or not speaks_of_death[report_id]:
            continue
        doc = docs[report_id]
        for start, end in spans:
            cue = death_cue(doc, start, end, names_in[report_id])
            if cue is None:
                continue
            when = statement_time(doc, dates[report_id], start, end)
            if when.recalled and not _DIGIT.search(when.rule):  # "in his lifetime" dates the sentence, not the death
                when = When(dates[report_id], False, "report date")
            died_by = _end_of(when.about).isoformat()
            death = Death(person_id, died_by, when.about, report_id, (start, end),
                          f"{cue!r}" + (f"; {when.rule}" if when.recalled else ""))
            if person_id not in found or (died_by, report_id) < (found[person_id].died_by, found[person_id].report_id):
                found[person_id] = death
            break
    return found
