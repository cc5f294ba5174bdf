"""Promotion within a body: a higher grade of membership ends the lower one.

An alternate member of the Political Bureau elected a member of it (or of its Presidium) is no longer an
alternate member, though no report says "relieved". Grades are vocabulary (`membership_grades` in
`vocab/succession.yaml`, lowest first); a grade of a body's sub-body (its child in the body tree) counts as the
top grade of the parent, as the Presidium is elected from the Political Bureau's members. The end is inferred:
`end_rule` "promoted", dated at the higher grade's start (its stated conferral, else its first evidence), and
kept only when no report after that date still gives the lower grade (as for a stated end).
"""
from __future__ import annotations

from collections import defaultdict

from podium.vocab import load_vocab

PROMOTED = "promoted"


def _grades_of(post_id: str, body_parent: dict[str, str | None]) -> list[tuple[str, int]]:
    """(body, rank of the grade) for a membership post: its own body, and for the top grade the parent body
    too (a sub-body's member holds the parent's top grade, which does not end the parent's top grade)."""
    grades = load_vocab("succession")["membership_grades"]
    office, _, body = post_id.partition("@")
    if office not in grades or not body:
        return []
    rank = grades.index(office)
    parent = body_parent.get(body)
    return [(body, rank), (parent, rank)] if rank == len(grades) - 1 and parent else [(body, rank)]


def _start(row: dict) -> str:
    return row["conferred_date"] or row["first_date"]


def apply_promotions(rows: list[dict], body_parent: dict[str, str | None]) -> None:
    """End, in the tenure rows, each open lower-grade membership that a later higher grade of the same body
    (or membership of its sub-body) overtook, when no evidence of the lower grade follows the promotion."""
    graded: dict[tuple[str, str], list[tuple[int, dict]]] = defaultdict(list)
    for row in rows:
        for body, rank in _grades_of(row["post_id"], body_parent):
            graded[row["person_id"], body].append((rank, row))
    for memberships in graded.values():
        for rank, lower in memberships:
            if lower["ended_date"]:
                continue
            overtaking = [higher for higher_rank, higher in memberships
                          if higher_rank > rank and _start(higher) > lower["last_date"]]
            if overtaking:
                promoted_by = min(overtaking, key=_start)
                lower.update(ended_date=_start(promoted_by),
                             ended_report=promoted_by["conferred_report"] or promoted_by["first_report"],
                             end_rule=PROMOTED)
