"""The resolver against person pairs whose answer is known (`tests/data/identity_pairs.yaml`): precision and
recall of "same person", for the benchmark and the corpus test.

A pair is two (report id, name as written) sides and whether they are one real person. The resolver says "same"
when the two reports' people of those names are linked to one person id. A side the extractor did not find
cannot be scored: it is counted apart (`missing`), as the extractor's miss, not the resolver's error.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlalchemy import Connection, distinct, func, select

from podium.resolve.names import group_names, name_key
from podium.store.schema import person_links, report_people


@dataclass
class PairScore:
    tp: int = 0  # one person, linked as one
    fp: int = 0  # two people, merged
    fn: int = 0  # one person, kept apart
    tn: int = 0  # two people, kept apart
    missing: list[dict] = field(default_factory=list)
    wrong: list[tuple[dict, str, str]] = field(default_factory=list)  # (pair, person id of a, of b)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def scored(self) -> int:
        return self.tp + self.fp + self.fn + self.tn


def load_pairs(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]


def person_of(conn: Connection, report_id: str, name: str) -> str | None:
    """The person id the resolver gave the person of `report_id` written `name` (spelling-insensitive)."""
    rows = conn.execute(select(report_people.c.name, person_links.c.person_id)
                        .join(person_links, (person_links.c.report_id == report_people.c.report_id)
                              & (person_links.c.person_no == report_people.c.person_no))
                        .where(report_people.c.report_id == report_id)).all()
    return next((person for written, person in rows if name_key(written) == name_key(name)), None)


def score_pairs(conn: Connection, pairs: list[dict]) -> PairScore:
    score = PairScore()
    for pair in pairs:
        a, b = (person_of(conn, side["report"], side["name"]) for side in (pair["a"], pair["b"]))
        if a is None or b is None:
            score.missing.append(pair)
            continue
        predicted = a == b
        outcome = {(True, True): "tp", (False, True): "fp", (True, False): "fn", (False, False): "tn"}
        setattr(score, outcome[(pair["same"], predicted)], getattr(score, outcome[(pair["same"], predicted)]) + 1)
        if predicted != pair["same"]:
            score.wrong.append((pair, a, b))
    return score


def names_alone(conn: Connection, pairs: list[dict]) -> tuple[int, int, int, int]:
    """The name rules alone on every pair, found by the extractor or not: (spelling pairs joined, spelling pairs,
    different pairs kept apart, different pairs). Names alone cannot part two people of one name."""
    by_key: Counter = Counter()
    for written, n in conn.execute(select(report_people.c.name, func.count(distinct(report_people.c.report_id)))
                                   .group_by(report_people.c.name)):
        by_key[name_key(written)] += n
    for pair in pairs:
        for side in (pair["a"], pair["b"]):
            by_key[name_key(side["name"])] = by_key[name_key(side["name"])] or 1
    groups = group_names(by_key)
    joined = [groups[name_key(p["a"]["name"])].target == groups[name_key(p["b"]["name"])].target for p in pairs]
    same = [j for j, p in zip(joined, pairs) if p["same"]]
    different = [not j for j, p in zip(joined, pairs) if not p["same"]]
    return sum(same), len(same), sum(different), len(different)
