"""Changes the reports state in so many words: elections, appointments, promotions, awards of rank, dismissals.

A person with the role "elected" or "relieved" in a report (the extractor's judgement that the reported event
conferred or took something away) gets one change per post of theirs that the report states in the same
sentence as the role's words, or in a sentence holding one of the verbs of `vocab/changes.yaml`: the
role keeps one span per report, while a conference report elects one person to several posts in several
sentences. A person relieved with no post in reach ("relieved of all his posts") still gets one change, with
no post. The kind (elected, appointed, promoted, awarded; relieved, dismissed) is the verb's, from the same file.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from podium.analysis.change import Change
from podium.analysis.evidence import Documents, sentence_of
from podium.analysis.facts import Facts, PostFact, RoleFact
from podium.vocab import load_vocab

_ROLE_GROUP = {"elected": "conferred", "relieved": "ended"}
_DEFAULT_KIND = {"elected": "elected", "relieved": "relieved"}


@cache
def _verb_patterns(group: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, regex) in the vocabulary's order, each matching any of the kind's words at a word start."""
    kinds = load_vocab("changes")[group]
    return tuple((kind, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE))
                 for kind, words in kinds.items())


def _kind_in(text: str, group: str) -> str | None:
    for kind, pattern in _verb_patterns(group):
        if pattern.search(text):
            return kind
    return None


def _changes_of_role(role: RoleFact, posts: list[PostFact], doc: str) -> list[Change]:
    group = _ROLE_GROUP[role.role]
    role_sentence = sentence_of(doc, role.start, role.end)
    role_kind = _kind_in(doc[role.start:role.end], group)
    changes, seen_posts = [], set()
    for post in posts:
        sentence = sentence_of(doc, post.start, post.end)
        sentence_kind = _kind_in(doc[slice(*sentence)], group)
        if post.post_id in seen_posts or (sentence != role_sentence and sentence_kind is None):
            continue
        seen_posts.add(post.post_id)
        kind = role_kind if sentence == role_sentence and role_kind else sentence_kind or _DEFAULT_KIND[role.role]
        changes.append(Change(kind, role.date, role.person_id, role.report_id, (post.start, post.end),
                              post.post_id))
    if not changes and role.role == "relieved":
        changes.append(Change(role_kind or _DEFAULT_KIND[role.role], role.date, role.person_id, role.report_id,
                              (role.start, role.end), None, "no post named: all posts"))
    return changes


def explicit_changes(facts: Facts, docs: Documents) -> list[Change]:
    """Every stated conferral and ending, in date order."""
    posts_of = defaultdict(list)
    for person_posts in facts.posts.values():
        for post in person_posts:
            posts_of[post.report_id, post.person_no].append(post)
    docs.load(role.report_id for role in facts.roles)
    changes = []
    for role in facts.roles:
        changes.extend(_changes_of_role(role, posts_of[role.report_id, role.person_no], docs[role.report_id]))
    return changes
