"""Military ranks as the change feed compares them: one rank whether or not the report names its body.

KCNA writes "General Kim Yong Chol" in one sentence and "General of the KPA Kim Yong Chol" in the next, and a
promotion order says "promoted to General" of a man whose other posts are the army's: the resolver files these as
"general" and "general@kpa", but a rank stated with and without its body is one rank, so one conferral and no new
post. Ranks are ordered in `vocab/bodies.yaml` (`ranks`, highest first).
"""
from __future__ import annotations

from functools import cache

from podium.resolve.text import key
from podium.vocab import load_vocab


def office(post_id: str) -> str:
    """The office of a post id: "generalissimo@dprk" and a bare "generalissimo" are one title conferred."""
    return post_id.partition("@")[0]


@cache
def _ranks() -> frozenset[str]:
    return frozenset(rank.replace(" ", "-") for rank in load_vocab("bodies")["ranks"])


def is_rank(post_id: str) -> bool:
    return office(post_id) in _ranks()


def conferral_key(post_id: str | None) -> str | None:
    """What makes two conferrals one: the rank without its body, any other post as it is."""
    return office(post_id) if post_id is not None and is_rank(post_id) else post_id


@cache
def rank_order() -> dict[str, int]:
    """office key -> place, 0 the highest; spelling variants (vice-marshal) share a place."""
    order: dict[str, int] = {}
    for rank in load_vocab("bodies")["ranks"]:
        order.setdefault(key(rank), len(set(order.values())))
    return order
