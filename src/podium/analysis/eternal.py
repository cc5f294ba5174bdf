"""Eternal titles and other facts of a life's end: the changes a death brings.

- "died": a death stated in the record's own time (not one recalled from before it), dated at the death.
- eternal titles: after a death, a sentence that names the dead person and one of the `eternal_titles` of
  `vocab/times.yaml` ("the eternal General Secretary of the Workers' Party of Korea") gives them that post; the
  first such report is its conferral ("awarded"). The extractor drops the word "eternal" (it is an epithet
  for it), so these are read from the text here.
"""
from __future__ import annotations

import re
from functools import cache

from podium.analysis.change import Change
from podium.analysis.evidence import Documents, sentence_of
from podium.analysis.facts import Facts, PostFact
from podium.analysis.lives import Death
from podium.resolve import post_id_of
from podium.vocab import load_vocab


_TITLE_BEFORE_NAME = re.compile(r"[\s,]*")  # what may stand between a title and the name it is written before
_NEW_CLAUSE = re.compile(r"\bthat\b")
APPOSITION_CHARS = 90  # a title this close to a name is its title ("X, eternal General Secretary of the WPK")


@cache
def _titles() -> list[tuple[re.Pattern, str, str]]:
    """(pattern, post id, title) of each eternal title."""
    return [(re.compile(re.escape(title).replace(r"\ ", r"\s+"), re.I), post_id_of(title), title)
            for title in load_vocab("times")["eternal_titles"]]


def _titles_this_name(doc: str, match: re.Match, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """Whether the title stands beside this name and no other: right before it, or after it in the same clause
    with no name between them and not right before the next name ("Kim Jong Il and eternal President Kim Il
    Sung")."""
    if match.end() <= start:  # only a title right before the name is its own ("eternal President of the DPRK
        # Kim Il Sung"); "A as the eternal President of the DPRK and B as ..." gives it to A, not B
        return _TITLE_BEFORE_NAME.fullmatch(doc, match.end(), start) is not None
    if match.start() >= end:
        if _NEW_CLAUSE.search(doc, end, match.start()):  # "X made sure that the President was held ... as the
            return False  # eternal President": the title is the new clause's subject's
        return not any(end <= other < match.start()
                       or other >= match.end() and _TITLE_BEFORE_NAME.fullmatch(doc, match.end(), other)
                       for other, _ in names)
    return False


def death_changes(deaths: list[Death], corpus_start: str | None) -> list[Change]:
    """A "died" change for each death within the record's time."""
    return [Change("died", death.died_by, death.person_id, death.report_id, death.span, None, death.rule)
            for death in deaths if corpus_start and death.died_by >= corpus_start]


def eternal_titles(facts: Facts, docs: Documents) -> tuple[list[PostFact], dict[str, str]]:
    """Post facts of the eternal titles given to the dead, and the titles of their posts (id -> title)."""
    found: list[PostFact] = []
    titles: dict[str, str] = {}
    names_in: dict[str, list[tuple[int, int]]] = {}
    for (report_id, _), spans in facts.mentions.items():
        names_in.setdefault(report_id, []).extend(spans)
    first_words = tuple({title.split()[0].lower() for _, _, title in _titles()})  # "eternal"
    for person_id, died_by in facts.deaths.items():
        for app in facts.appearances.get(person_id, []):
            if app.date < died_by or not docs.says_any(app.report_id, first_words):
                continue
            doc = docs[app.report_id]
            for start, end in facts.mentions.get((app.report_id, app.person_no), []):
                begin, finish = sentence_of(doc, start, end)
                for pattern, post_id, title in _titles():  # the title in apposition to the name, either side
                    match = pattern.search(doc, max(begin, start - APPOSITION_CHARS), min(finish, end + APPOSITION_CHARS))
                    if match and _titles_this_name(doc, match, start, end, names_in[app.report_id]):
                        found.append(PostFact(person_id, app.report_id, app.person_no, app.date, post_id,
                                              match.start(), match.end(), title, title.split(" of ")[0].lower()))
                        titles[post_id] = title
    return found, titles
