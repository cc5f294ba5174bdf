"""Who appears with whom: the number of reports that name both people, for one person (the person view) and
for everyone (a GraphML file for Gephi, Cytoscape or networkx)."""
from __future__ import annotations

import networkx as nx
from sqlalchemy import Connection, func, select

from podium.store.schema import person_links, persons


def coappearing(conn: Connection, person_id: str, limit: int = 10) -> list[tuple[str, str, int]]:
    """(person id, name, shared reports) of the people most often named with `person_id`."""
    me, other = person_links.alias("me"), person_links.alias("other")
    shared = func.count(func.distinct(other.c.report_id)).label("shared")
    return [tuple(row) for row in conn.execute(
        select(other.c.person_id, persons.c.name, shared)
        .join(other, other.c.report_id == me.c.report_id)
        .join(persons, persons.c.id == other.c.person_id)
        .where(me.c.person_id == person_id, other.c.person_id != person_id)
        .group_by(other.c.person_id, persons.c.name)
        .order_by(shared.desc(), persons.c.name).limit(limit))]


def coappearance_graph(conn: Connection, min_shared: int = 2) -> nx.Graph:
    """Persons as nodes (name, reports, first and last date), an edge weighted by shared reports wherever two
    people share at least `min_shared` reports."""
    graph = nx.Graph()
    for id_, name, n_reports, first, last in conn.execute(
            select(persons.c.id, persons.c.name, persons.c.n_reports, persons.c.first_date, persons.c.last_date)):
        graph.add_node(id_, name=name, reports=n_reports or 0, first_date=first or "", last_date=last or "")
    a, b = person_links.alias("a"), person_links.alias("b")
    shared = func.count(func.distinct(a.c.report_id))
    for left, right, weight in conn.execute(
            select(a.c.person_id, b.c.person_id, shared)
            .join(b, (b.c.report_id == a.c.report_id) & (a.c.person_id < b.c.person_id))
            .group_by(a.c.person_id, b.c.person_id).having(shared >= min_shared)):
        graph.add_edge(left, right, weight=weight)
    return graph
