"""The longitudinal picture: post timelines, protocol order, changes, co-appearance.

`refresh(conn)` recomputes the `tenures` and `changes` tables from the per-report facts and the identities
that `podium.resolve` made, and the summaries the queries read (`coappearances`, `person_months`,
`protocol_ranks`). Each detector (explicit, post_usage, appearance, protocol) is a pure function of
the facts that returns `Change`s with a span; the sentences are cut here, once, so no change is ever stored
without the words of its report.
"""
from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select

from podium.analysis.appearance import absences, first_appearances
from podium.analysis.change import Change
from podium.analysis.dating import date_facts
from podium.analysis.evidence import Documents, quote
from podium.analysis.explicit import explicit_changes
from podium.analysis.facts import Facts, load_facts
from podium.analysis.post_usage import post_changes
from podium.analysis.protocol import rank_changes
from podium.analysis.tenures import compute_tenures
from podium.analysis.summaries import coappearance_rows, month_rows, rank_rows
from podium.store.schema import changes, coappearances, deaths, history, person_months, persons, posts, \
    protocol_ranks, reports, statement_times, tenures


def _detect(conn: Connection, facts: Facts, docs: Documents) -> tuple[list[dict], list[Change]]:
    """Tenure rows and every detected change."""
    names = dict(conn.execute(select(persons.c.id, persons.c.name)).all())
    explicit = explicit_changes(facts, docs)
    tenure_rows = compute_tenures(facts, explicit)
    found = (explicit + post_changes(facts, tenure_rows)
             + first_appearances(facts) + absences(facts) + rank_changes(facts, names))
    return tenure_rows, found


def _change_rows(found: list[Change], docs: Documents, body_of: dict[str, str | None]) -> list[dict]:
    docs.load(change.report_id for change in found)
    rows = {}
    for change in sorted(found, key=lambda c: (c.date, c.report_id, c.kind, c.person_id, c.post_id or "")):
        evidence = quote(docs[change.report_id], *change.span)
        if change.id in rows or not evidence.strip():
            continue
        rows[change.id] = {"id": change.id, "date": change.date, "kind": change.kind,
                           "person_id": change.person_id, "post_id": change.post_id,
                           "body_id": body_of.get(change.post_id), "report_id": change.report_id,
                           "evidence": evidence, "detail": change.detail}
    return list(rows.values())


def refresh(conn: Connection) -> None:
    """Recompute tenures, changes and the summaries from the store (whole corpus, a few seconds)."""
    facts = load_facts(conn)
    docs = Documents(conn)
    dated = date_facts(facts, docs, dict(conn.execute(select(reports.c.id, reports.c.date)).all()))
    tenure_rows, found = _detect(conn, facts, docs)
    body_of = dict(conn.execute(select(posts.c.id, posts.c.body_id)).all())
    tables = {statement_times: dated.statements, history: dated.history, deaths: dated.deaths,
              tenures: tenure_rows, changes: _change_rows(found, docs, body_of),
              coappearances: coappearance_rows(facts), person_months: month_rows(facts),
              protocol_ranks: rank_rows(facts)}
    for table, rows in tables.items():
        conn.execute(delete(table))
        if rows:
            conn.execute(insert(table), rows)
