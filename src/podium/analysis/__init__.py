"""The longitudinal picture: post timelines, protocol order, changes, co-appearance.

`refresh(conn)` recomputes the `tenures` and `changes` tables from the per-report facts and the identities
that `podium.resolve` made, and the summaries the queries read (`coappearances`, `person_months`,
`protocol_ranks`). Each detector (explicit, post_usage, appearance, protocol) is a pure function of
the facts that returns `Change`s with a span; the sentences are cut here, once, so no change is ever stored
without the words of its report.
"""
from __future__ import annotations

from sqlalchemy import Connection, Table, delete, insert, select

from podium.analysis.appearance import absences, first_appearances
from collections import Counter

from podium.analysis.announcements import announced_changes
from podium.analysis.change import Change
from podium.analysis.dating import Dated, date_facts
from podium.analysis.demotion import demotions
from podium.analysis.eternal import death_changes, eternal_titles
from podium.analysis.signal import Leadership, significance
from podium.analysis.evidence import Documents, quote
from podium.analysis.explicit import explicit_changes, since_changes
from podium.analysis.facts import Facts, PostFact, load_facts
from podium.analysis.hearsay import Hearsay
from podium.analysis.person_summaries import refresh_person_summaries
from podium.analysis.post_usage import post_changes
from podium.analysis.protocol import rank_changes
from podium.analysis.retold import split_retold
from podium.analysis.tenures import compute_tenures
from podium.analysis.farewells import apply_farewells
from podium.analysis.summaries import coappearance_rows, month_rows, rank_rows
from podium.resolve import name_key
from podium.resolve.holders import korean_name
from podium.store.schema import bodies, changes, coappearances, deaths, history, person_months, persons, posts, \
    protocol_ranks, reports, statement_times, tenures


def _detect(conn: Connection, facts: Facts, docs: Documents, dated: Dated) -> tuple[list[dict], list[Change]]:
    """Tenure rows and every detected change; conferrals retold as news go to the history of `dated`."""
    names = dict(conn.execute(select(persons.c.id, persons.c.name)).all())
    explicit = stated_changes(conn, facts, docs, dated)
    tenure_rows = compute_tenures(facts, explicit, Hearsay(docs))
    apply_farewells(tenure_rows, facts, docs)
    found = (explicit + death_changes(dated.found, facts.corpus_start) + post_changes(facts, tenure_rows)
             + first_appearances(facts) + absences(facts) + rank_changes(facts, names, _conferred(explicit))
             + demotions(facts))
    return tenure_rows, found


def stated_changes(conn: Connection, facts: Facts, docs: Documents, dated: Dated) -> list[Change]:
    """The changes the reports state (and eternal titles, added to `facts`), retold ones moved to the history of
    `dated`: what the tenures are cut by (`bench/tenure_diff.py` reads them too)."""
    eternal, _ = eternal_titles(facts, docs)
    for fact in eternal:
        facts.posts[fact.person_id].append(fact)
    explicit = explicit_changes(facts, docs, announced_changes(facts, docs, _post_ids(conn))) + _conferred_eternal(eternal, facts) \
        + since_changes(facts, dated)
    explicit, retold = split_retold(explicit, facts)
    still_news = {(change.report_id, change.person_id) for change in explicit if change.confers}
    dated.add_retold(retold, {(role.report_id, role.person_id): role.person_no for role in facts.roles
                              if (role.report_id, role.person_id) not in still_news})
    return explicit


def _conferred(explicit: list[Change]) -> dict[str, list[str]]:
    """person -> the dates of their stated conferrals (what raises a person in the lists)."""
    dates: dict[str, list[str]] = {}
    for change in explicit:
        if change.confers:
            dates.setdefault(change.person_id, []).append(change.date)
    return dates


def _post_ids(conn: Connection) -> set[str]:
    return set(conn.execute(select(posts.c.id)).scalars())


def _conferred_eternal(eternal: list[PostFact], facts: Facts) -> list[Change]:
    """The first report of each eternal title of a person who died within the record is its conferral."""
    first: dict[tuple[str, str], PostFact] = {}
    for fact in sorted(eternal, key=lambda f: (f.date, f.report_id)):
        if facts.corpus_start and facts.deaths[fact.person_id] >= facts.corpus_start:
            first.setdefault((fact.person_id, fact.post_id), fact)
    return [Change("awarded", f.date, f.person_id, f.report_id, (f.start, f.end), f.post_id, "eternal title")
            for f in first.values()]


def _change_rows(found: list[Change], docs: Documents, body_of: dict[str, str | None],
                 leadership: Leadership) -> list[dict]:
    docs.load(change.report_id for change in found)
    rows = {}
    for change in sorted(found, key=lambda c: (c.date, c.report_id, c.kind, c.person_id, c.post_id or "")):
        evidence = quote(docs[change.report_id], *change.span)
        if change.id in rows or not evidence.strip():
            continue
        weight, signal = significance(change, leadership)
        rows[change.id] = {"id": change.id, "date": change.date, "kind": change.kind,
                           "person_id": change.person_id, "post_id": change.post_id,
                           "body_id": body_of.get(change.post_id), "report_id": change.report_id,
                           "evidence": evidence, "detail": change.detail, "significance": weight,
                           "signal": signal}
    return list(rows.values())


def _leadership(conn: Connection, tenure_rows: list[dict], rank_table: list[dict]) -> Leadership:
    parent = dict(conn.execute(select(bodies.c.id, bodies.c.parent_id)).all())

    def chain(body_id: str | None) -> tuple[str, ...]:
        found = []
        while body_id is not None and body_id not in found:
            found.append(body_id)
            body_id = parent.get(body_id)
        return tuple(found)

    post_rows = conn.execute(select(posts.c.id, posts.c.office, posts.c.body_id, posts.c.title)).all()
    body_chain = {post_id: chain(body_id) for post_id, _, body_id, _ in post_rows}
    posts_of: dict[str, set[str]] = {}
    for row in tenure_rows:
        posts_of.setdefault(row["person_id"], set()).add(row["post_id"])
    names = dict(conn.execute(select(persons.c.id, persons.c.name)).all())
    foreign = {person_id for person_id, name in names.items() if not korean_name(name_key(name))}
    foreign |= {person_id for person_id, held in posts_of.items()
                if any("foreign" in body_chain.get(p, ()) for p in held)
                and not any(set(body_chain.get(p, ())) & {"wpk", "dprk", "kpa"} for p in held)}
    lists = Counter(row["person_id"] for row in rank_table)
    return Leadership(body_chain, {post_id: office for post_id, office, _, _ in post_rows}, posts_of, lists, foreign,
                      {post_id: title for post_id, _, _, title in post_rows})


def refresh(conn: Connection) -> None:
    """Recompute tenures, changes and the summaries from the store (whole corpus, well under a minute)."""
    facts = load_facts(conn)
    docs = Documents(conn)
    dated = date_facts(facts, docs, dict(conn.execute(select(reports.c.id, reports.c.date)).all()))
    tenure_rows, found = _detect(conn, facts, docs, dated)
    _add_missing_posts(conn, facts)
    body_of = dict(conn.execute(select(posts.c.id, posts.c.body_id)).all())
    rank_table = rank_rows(facts)
    leadership = _leadership(conn, tenure_rows, rank_table)
    tables = {statement_times: dated.statements, history: dated.history, deaths: dated.deaths,
              tenures: tenure_rows, changes: _change_rows(found, docs, body_of, leadership),
              coappearances: coappearance_rows(facts), person_months: month_rows(facts),
              protocol_ranks: rank_table}
    for table, rows in tables.items():
        _replace(conn, table, rows)
    refresh_person_summaries(conn)


def _replace(conn: Connection, table: Table, rows: list[dict]) -> None:
    """Replace the table's rows. The rows go to the driver's executemany as tuples: SQLAlchemy's per-row
    parameter building costs more than SQLite's insert for the 100,000 co-appearances."""
    conn.execute(delete(table))
    if rows:
        columns = [column.name for column in table.columns]
        statement = insert(table).compile(dialect=conn.dialect, column_keys=columns)
        conn.exec_driver_sql(str(statement), [tuple(row.get(column) for column in columns) for row in rows])


def _add_missing_posts(conn: Connection, facts: Facts) -> None:
    """Posts that the analysis read from the text (eternal titles) and the resolver did not file."""
    known = set(conn.execute(select(posts.c.id)).scalars())
    titles = set(conn.execute(select(posts.c.title)).scalars())
    known_bodies = set(conn.execute(select(bodies.c.id)).scalars())
    new = {}
    for person_posts in facts.posts.values():
        for fact in person_posts:
            if fact.post_id not in known and fact.post_id not in new:
                body_id = fact.post_id.split("@", 1)[1] if "@" in fact.post_id else None
                title = fact.form if fact.form not in titles else f"{fact.form} [{fact.post_id}]"
                new[fact.post_id] = {"id": fact.post_id, "title": title, "office": fact.office,
                                     "body_id": body_id if body_id in known_bodies else None}
    if new:
        conn.execute(insert(posts), list(new.values()))
