"""Succession: for posts with one holder at a time (`vocab/succession.yaml`), a new holder ends the previous
one's tenure.

Reports name an incumbent far more often than they announce a replacement, so most ends are inferred: on a
single-holder post, holder A's tenure ends when a later holder B starts (B's stated conferral, else B's first
evidence) and from then on B is named with the post more often than A. The end is marked `succeeded`, with
B as the successor, so `holders` can say it is inferred. Only holders with real evidence count as successors
(`min_reports` reports or a stated conferral): one misread report does not end a real tenure.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from fnmatch import fnmatchcase
from functools import cache

from podium.analysis.facts import Facts
from podium.vocab import load_vocab

SUCCEEDED = "succeeded"


@cache
def single_holder(post_id: str | None) -> bool:
    """Whether the post has one holder at a time."""
    return post_id is not None and any(fnmatchcase(post_id, p) for p in load_vocab("succession")["single_holder"])


@cache
def of_occasion(post_id: str | None) -> bool:
    """Whether the post is in a body of one occasion (`occasion_body_words`: a funeral committee, a festival's
    organising committee), whose posts end with their last evidence."""
    body = f"-{post_id.split('@', 1)[1]}-" if post_id and "@" in post_id else ""
    return any(f"-{word}-" in body for word in load_vocab("succession")["occasion_body_words"])


def supported(tenure: dict) -> bool:
    """Enough evidence to count as a holder of a single-holder post."""
    return tenure["n_reports"] >= load_vocab("succession")["min_reports"] or tenure["conferred_date"] is not None


def _start(tenure: dict) -> str:
    return min(filter(None, (tenure["conferred_date"], tenure["first_date"])))


def never_shared(rows: list[dict]) -> bool:
    """No two holders' evidence periods overlap: a post the record shows held by one person at a time."""
    reach = ""
    for row in sorted(rows, key=lambda r: r["first_date"]):
        if row["first_date"] <= reach:
            return False
        reach = max(reach, row["last_date"])
    return True


def apply_succession(rows: list[dict], facts: Facts) -> None:
    """Mark, in the tenure rows, each single-holder tenure that a successor ended: on the posts of
    `vocab/succession.yaml`, and on posts whose holders' evidence never overlaps."""
    by_post: dict[str, list[dict]] = defaultdict(list)
    all_of: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        all_of[row["post_id"]].append(row)
    for post_id, tenures in all_of.items():
        if len(tenures) > 1 and (single_holder(post_id) or never_shared(tenures)):
            by_post[post_id] = [row for row in tenures if supported(row)]
    dates: dict[tuple[str, str], list[str]] = defaultdict(list)
    for person_id, posts in facts.posts.items():
        for fact in posts:
            if fact.post_id in by_post:
                dates[person_id, fact.post_id].append(fact.date)
    for post_id, tenures in by_post.items():
        ordered = sorted(tenures, key=lambda t: (_start(t), t["person_id"]))
        for i, held in enumerate(ordered):
            for later in ordered[i + 1:]:
                start = _start(later)
                if start <= _start(held) or (held["ended_date"] and held["ended_date"] <= start):
                    continue
                ours, theirs = dates[held["person_id"], post_id], dates[later["person_id"], post_id]
                if len(ours) - bisect_left(ours, start) < len(theirs) - bisect_left(theirs, start):
                    held.update(ended_date=start, ended_report=later["conferred_report"] or later["first_report"],
                                end_rule=SUCCEEDED, successor_id=later["person_id"])
                    break
