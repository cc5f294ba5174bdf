"""Analyst corrections to identities, kept as data (`vocab/identity_corrections.yaml`) and applied after the
resolver at every refresh: because person ids are stable across re-ingestion, a correction written once keeps
applying to the same people. A correction names one person of one report (report id and the name as written)
and the person id it belongs to: an existing id joins it there, a new id makes a person of its own.
"""
from __future__ import annotations

from podium.resolve.names import name_key
from podium.resolve.persons import Link, Person, summarise
from podium.vocab import load_vocab

SOURCE = "vocab/identity_corrections.yaml"
FIELDS = {"report", "name", "person", "why"}


def load_corrections() -> list[dict]:
    return check_corrections(load_vocab("identity_corrections").get("links") or [])


def check_corrections(corrections: list) -> list[dict]:
    """The corrections, checked: each needs report, name, person and why; an error names the entry."""
    for number, entry in enumerate(corrections, 1):
        if not isinstance(entry, dict) or set(entry) != FIELDS or not all(str(v).strip() for v in entry.values()):
            raise ValueError(f"{SOURCE}: entry {number} must have exactly {sorted(FIELDS)}, all filled: {entry!r}")
    return corrections


def apply_corrections(persons: list[Person], corrections: list[dict]) -> list[Person]:
    """`persons` with each corrected link moved to its person (score 1, the analyst's reason); a correction
    whose report is not in the store yet waits for it."""
    links = {id(link): person.id for person in persons for link in person.links}
    by_mention: dict[tuple[str, str], Link] = {}
    for person in persons:
        for link in person.links:
            by_mention.setdefault((link.mention.report_id, name_key(link.mention.name)), link)
    for correction in corrections:
        link = by_mention.get((correction["report"], name_key(correction["name"])))
        if link is not None:
            links[id(link)] = correction["person"]
            link.score, link.reason = 1.0, f"analyst correction: {correction['why']}"
    grouped: dict[str, list[Link]] = {}
    for person in persons:
        for link in person.links:
            grouped.setdefault(links[id(link)], []).append(link)
    return [summarise(person_id, person_links) for person_id, person_links in grouped.items()]
