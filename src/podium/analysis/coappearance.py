"""Who appears with whom: the number of reports that name both people (precomputed in `coappearances`), for
one person (the person view) and for everyone (a GraphML file for Gephi, Cytoscape or networkx)."""
from __future__ import annotations

import networkx as nx
from collections import Counter, defaultdict
from itertools import combinations

from sqlalchemy import Connection, select

from podium.store.schema import coappearances, person_links, persons, reports


def coappearing(conn: Connection, person_id: str, limit: int = 10) -> list[tuple[str, str, int]]:
    """(person id, name, shared reports) of the people most often named with `person_id`."""
    return [tuple(row) for row in conn.execute(
        select(coappearances.c.other_id, persons.c.name, coappearances.c.n_reports)
        .join(persons, persons.c.id == coappearances.c.other_id)
        .where(coappearances.c.person_id == person_id)
        .order_by(coappearances.c.n_reports.desc(), persons.c.name).limit(limit))]


def _pairs_between(conn: Connection, since: str | None, until: str | None) -> Counter:
    """Shared reports of every pair of persons among the reports dated within the range."""
    query = select(person_links.c.report_id, person_links.c.person_id).join(
        reports, reports.c.id == person_links.c.report_id)
    if since:
        query = query.where(reports.c.date >= since)
    if until:
        query = query.where(reports.c.date <= until)
    named_in: dict[str, set[str]] = defaultdict(set)
    for report_id, person_id in conn.execute(query):
        named_in[report_id].add(person_id)
    pairs: Counter = Counter()
    for people in named_in.values():
        pairs.update(combinations(sorted(people), 2))
    return pairs


def coappearance_graph(conn: Connection, min_shared: int = 2, since: str | None = None,
                       until: str | None = None) -> nx.Graph:
    """Persons as nodes (name, reports, first and last date), an edge weighted by shared reports wherever two
    people share at least `min_shared` reports (within `since`..`until` when given: then only the persons named
    in that time are nodes)."""
    graph = nx.Graph()
    if since or until:
        pairs = _pairs_between(conn, since, until)
        for (one, other), weight in pairs.items():
            if weight >= min_shared:
                graph.add_edge(one, other, weight=weight)
        names = dict(conn.execute(select(persons.c.id, persons.c.name)).all())
        for node in graph.nodes:
            graph.nodes[node]["name"] = names.get(node, node)
        return graph
    for id_, name, n_reports, first, last in conn.execute(
            select(persons.c.id, persons.c.name, persons.c.n_reports, persons.c.first_date, persons.c.last_date)):
        graph.add_node(id_, name=name, reports=n_reports or 0, first_date=first or "", last_date=last or "")
    for one, other, weight in conn.execute(
            select(coappearances).where(coappearances.c.person_id < coappearances.c.other_id,
                                        coappearances.c.n_reports >= min_shared)):
        graph.add_edge(one, other, weight=weight)
    return graph
