"""A seat renamed is not a new post: the youth league's "first secretary" of March is its "chairman" of July.

Reports change a title's wording as the body renames its head (or as a writer prefers): the same person then
appears to leave one post and take up another the week after. Grounded in the seat, not in words: two head
offices of one body (`head_offices` in `vocab/tenures.yaml`: each a body's one head seat), held by one person one
after the other, the new one first given within `renamed_within_days` of the old one's last evidence and never
beside it, are one seat renamed. Neither the new wording ("new post") nor the old one ("post dropped") is a change.
A vice-chairman who becomes chairman is no such pair: a vice-chairmanship is no head seat.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from podium.vocab import load_vocab


def renamed_seats(tenures: list[dict]) -> set[tuple[str, str, str]]:
    """(person, old post, new post) for each head seat of a body given a new title with no gap."""
    vocab = load_vocab("tenures")
    heads, within = set(vocab["head_offices"]), int(vocab["renamed_within_days"])
    by_seat: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for tenure in tenures:
        office, _, body = tenure["post_id"].partition("@")
        if body and office in heads:
            by_seat[tenure["person_id"], body].append(tenure)
    found = set()
    for (person_id, _), held in by_seat.items():
        for old in held:
            for new in held:
                if old["post_id"] != new["post_id"] and old["last_date"] < new["first_date"] and (
                        date.fromisoformat(new["first_date"]) - date.fromisoformat(old["last_date"])).days <= within:
                    found.add((person_id, old["post_id"], new["post_id"]))
    return found
