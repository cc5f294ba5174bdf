"""A detected change, as the detectors produce it: a kind, a date, a person, maybe a post, and the span of
the report that proves it. The sentence itself is cut later, once for all changes (`podium.analysis.refresh`),
so the detectors stay pure functions of the facts."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

CONFERRED_KINDS = ("elected", "appointed", "promoted", "awarded")
ENDED_KINDS = ("relieved", "dismissed")


@dataclass(frozen=True)
class Change:
    kind: str
    date: str
    person_id: str
    report_id: str
    span: tuple[int, int]  # into the report's document: the evidence
    post_id: str | None = None
    detail: str | None = None
    weight: float | None = None  # for a statistical change: how unlikely it was by chance, 0..1 (signal.py)

    @property
    def id(self) -> str:
        """Stable across refreshes: the same change in the same report keeps its id (links, feeds, GUIDs)."""
        key = "|".join((self.kind, self.person_id, self.post_id or "", self.report_id))
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    @property
    def confers(self) -> bool:
        return self.kind in CONFERRED_KINDS

    @property
    def ends(self) -> bool:
        return self.kind in ENDED_KINDS
