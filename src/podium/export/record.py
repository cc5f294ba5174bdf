"""The record as every export format sees it: plain rows, one list per table, read once through the query layer
(`podium.query.record`: the same events as the API) and the analysis functions (`podium holders`' rule for
tenures, `podium changes`' list); nothing is written back.

Tables and their columns are `podium.export.tables.COLUMNS`. Every row that states a fact carries its
evidence: the report id, the report's URL and publisher, and the sentence (cut by `podium.analysis.evidence`).
What no exchange standard carries is kept in columns of its own: protocol order (`list_no`, `list_pos`,
`list_size`) and roles at events in `appearances`, how each tenure ends (`end_reason`: "stated", "death",
"farewell", or inferred: "succeeded", "promoted", "occasion", "lapsed").
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection

from podium.analysis.evidence import Documents, quote
from podium.analysis.facts import Facts, load_facts
from podium.analysis.feeds import list_changes
from podium.analysis.holders import held_periods, post_holdings
from podium.export.meetings import event_title, parent_id, reported_events, with_parents
from podium.export.progress import Advance
from podium.export.scope import Scope
from podium.query import record as bulk

FULL_DATE_LENGTH = len("YYYY-MM-DD")


@dataclass
class RecordRows:
    """The tables of one export, in a stable order (the same store gives the same files)."""
    people: list[dict] = field(default_factory=list)
    bodies: list[dict] = field(default_factory=list)
    posts: list[dict] = field(default_factory=list)
    tenures: list[dict] = field(default_factory=list)
    appearances: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    sources: dict[str, dict] = field(default_factory=dict)  # every report: title, date, publisher, URL

    def tables(self) -> dict[str, list[dict]]:
        return {"people": self.people, "bodies": self.bodies, "posts": self.posts, "tenures": self.tenures,
                "appearances": self.appearances, "events": self.events, "changes": self.changes}


class _Evidence:
    """Sentences and sources of reports, each document read once."""

    def __init__(self, conn: Connection):
        self.sources = bulk.report_sources(conn)
        self._documents = Documents(conn)

    def load(self, report_ids) -> None:
        self._documents.load(report_ids)

    def cite(self, report_id: str, start: int, end: int) -> dict:
        """The evidence columns of a row: report, sentence, URL and publisher."""
        source = self.sources[report_id]
        return {"report_id": report_id, "evidence": quote(self._documents[report_id], start, end),
                "source_url": source["url"], "publisher": source["publisher"]}

    def cite_all(self, wanted: list[tuple[str, int, int]]) -> list[dict]:
        """`cite` for many (report_id, start, end), in their order; computed report by report, so each report's
        sentence boundaries are found once (they are cached for a few hundred reports only)."""
        self.load(report_id for report_id, _, _ in wanted)
        cited: list[dict] = [{}] * len(wanted)
        for index in sorted(range(len(wanted)), key=lambda i: wanted[i][0]):
            cited[index] = self.cite(*wanted[index])
        return cited


READ_STEPS = 7  # the parts read_record reports as done: the seven tables


def read_record(conn: Connection, scope: Scope = Scope(), advance: Advance = lambda steps: None) -> RecordRows:
    """Every table of the export for `scope`; `advance(1)` as each table is ready (READ_STEPS in all)."""
    facts = load_facts(conn)
    evidence = _Evidence(conn)
    rows = RecordRows(sources=evidence.sources)
    people = bulk.person_rows(conn)
    names = {person_id: person["name"] for person_id, person in people.items()}
    posts = bulk.post_rows(conn)
    rows.tenures = _tenures(conn, scope, facts, names, posts, evidence)
    advance(1)
    mentions = bulk.event_mentions(conn)
    summaries = bulk.event_summaries(mentions)
    by_event = with_parents(summaries, mentions)
    reported = reported_events(summaries, by_event, mentions)
    rows.appearances = _appearances(conn, scope, facts, names, reported, rows.tenures, evidence)
    advance(1)
    rows.changes = _changes(conn, scope, evidence)
    advance(1)
    in_scope = ({row["person_id"] for row in rows.tenures} | {row["person_id"] for row in rows.appearances}
                | {row["person_id"] for row in rows.changes if row["person_id"]})
    rows.people = _people(people, facts, in_scope, evidence)
    advance(1)
    rows.events = _events(summaries, by_event, rows.appearances, scope, evidence)
    advance(1)
    rows.posts = _posts(posts, rows.tenures)
    rows.bodies = _bodies(bulk.body_rows(conn), rows.tenures)
    advance(2)
    return rows


def _post_span(facts: Facts, person_id: str, post_id: str, report_id: str) -> tuple[int, int]:
    for fact in facts.posts.get(person_id, ()):
        if fact.post_id == post_id and fact.report_id == report_id:
            return fact.start, fact.end
    return 0, 0


def _tenures(conn: Connection, scope: Scope, facts: Facts, names: dict, post_rows: dict,
             evidence: _Evidence) -> list[dict]:
    """The tenures held during the window (`podium holders`' rule), with the end of each holding."""
    found = []
    for post_id, every in post_holdings(conn).items():
        holdings = held_periods(post_id, every)
        post = post_rows[post_id]
        if not scope.has_body(post["body_id"]):
            continue
        for holding in holdings:
            held = holding.holder
            if scope.overlaps(holding.start_date, holding.end_date):
                found.append((post, held, holding))
    found.sort(key=lambda f: (f[1].person_id, f[2].start_date, f[0]["id"]))
    citations = evidence.cite_all([(held.first_report, *_post_span(facts, held.person_id, post["id"],
                                                                    held.first_report)) for post, held, _ in found])
    rows = []
    for (post, held, holding), cited in zip(found, citations):
        rows.append({
            "person_id": held.person_id, "person": names[held.person_id], "post_id": post["id"],
            "post": post["title"], "office": post["office"], "body_id": post["body_id"],
            "start_date": holding.start_date, "end_date": holding.end_date, "end_reason": holding.end_reason,
            "first_report": held.first_report, "last_date": held.last_date, "last_report": held.last_report,
            "n_reports": held.n_reports, "conferred_date": held.conferred_date, "ended_date": held.ended_date,
            "evidence": cited["evidence"], "source_url": cited["source_url"], "publisher": cited["publisher"]})
    return rows


def _appearances(conn: Connection, scope: Scope, facts: Facts, names: dict, reported: dict[str, str],
                 tenures: list[dict], evidence: _Evidence) -> list[dict]:
    """Every (person, report) in the window, with the roles, the protocol place, and the event the report tells
    of for a person with a role there, with the sentence of that role (the sentences of the 35,000 other
    appearances would double the export's time; their report id and URL are there). With `--body`, only the
    people who hold a post in it."""
    roles, role_spans = bulk.appearance_roles(conn), bulk.role_spans(conn)
    holders = {row["person_id"] for row in tenures} if scope.body_ids is not None else None
    list_sizes = Counter()
    found = []
    for person_id, seen in facts.appearances.items():
        for appearance in seen:
            if appearance.list_no is not None:
                list_sizes[appearance.report_id, appearance.list_no] += 1
            if scope.covers(appearance.date) and (holders is None or person_id in holders):
                found.append(appearance)
    found.sort(key=lambda a: (a.date, a.report_id, a.person_no))
    rows = []
    for appearance in found:
        role_text = roles.get((appearance.report_id, appearance.person_no)) or ""
        source = evidence.sources[appearance.report_id]
        rows.append({
            "person_id": appearance.person_id, "person": names[appearance.person_id],
            "report_id": appearance.report_id, "date": appearance.date,
            "event_id": None if role_text in bulk.MENTIONED_ONLY else reported.get(appearance.report_id),
            "roles": role_text, "list_no": appearance.list_no, "list_pos": appearance.list_pos,
            "list_size": list_sizes.get((appearance.report_id, appearance.list_no)), "evidence": None,
            "source_url": source["url"], "publisher": source["publisher"]})
    at_events = [(row, appearance) for row, appearance in zip(rows, found) if row["event_id"]]
    citations = evidence.cite_all([(a.report_id, *role_spans.get((a.report_id, a.person_no),
                                                                 (facts.mention_at(a), facts.mention_at(a))))
                                   for _, a in at_events])
    for (row, _), cited in zip(at_events, citations):
        row["evidence"] = cited["evidence"]
    return rows


def _changes(conn: Connection, scope: Scope, evidence: _Evidence) -> list[dict]:
    rows = list_changes(conn, since=scope.since, until=scope.until,
                        body_ids=sorted(scope.body_ids) if scope.body_ids is not None else None)
    return [{"change_id": row["id"], "date": row["date"], "kind": row["kind"], "person_id": row["person_id"],
             "person": row["person"], "post_id": row["post_id"], "post": row["post"], "body_id": row["body_id"],
             "report_id": row["report_id"], "evidence": row["evidence"], "detail": row["detail"],
             "source_url": evidence.sources[row["report_id"]]["url"],
             "publisher": evidence.sources[row["report_id"]]["publisher"]} for row in rows]


_NOT_CITED = {"first_report": None, "evidence": None, "source_url": None, "publisher": None}


def _people(people: dict[str, dict], facts: Facts, wanted: set[str], evidence: _Evidence) -> list[dict]:
    """The people of the export, each with the sentence of their first mention."""
    firsts = {person_id: seen[0] for person_id, seen in facts.appearances.items() if person_id in wanted}
    cited_ids = sorted(firsts)
    citations = dict(zip(cited_ids, evidence.cite_all([
        (firsts[p].report_id, facts.mention_at(firsts[p]), facts.mention_at(firsts[p])) for p in cited_ids])))
    rows = []
    for person_id in sorted(wanted):
        person, cited = people[person_id], citations.get(person_id)
        cited = {**cited, "first_report": cited.pop("report_id")} if cited else _NOT_CITED
        rows.append({"person_id": person_id, "name": person["name"], "first_date": person["first_date"],
                     "last_date": person["last_date"], "n_reports": person["n_reports"], **cited})
    return rows


def _events(summaries: dict[str, dict], by_event: dict[str, list[dict]], appearances: list[dict], scope: Scope,
            evidence: _Evidence) -> list[dict]:
    """Events dated in the window (all of them with `--body`: only those its people were at), and the meeting
    of every sitting exported; each with the sentence of its first report that names it."""
    attended = defaultdict(set)
    for row in appearances:
        if row["event_id"]:
            attended[row["event_id"]].add(row["person_id"])
    wanted = {event_id for event_id, event in summaries.items()
              if event_id in attended or (scope.body_ids is None and scope.covers(event["date"]))}
    wanted |= {parent_id(summaries[event_id]) for event_id in wanted} - {None}
    evidence.load(by_event[event_id][0]["report_id"] for event_id in wanted)
    rows = []
    for event_id in sorted(wanted, key=lambda e: (summaries[e]["date"], e)):
        event, first = summaries[event_id], by_event[event_id][0]
        cited = evidence.cite(first["report_id"], first["start"], first["end"])
        rows.append({"event_id": event_id, "name": event_title(event), "series": event["name"],
                     "kind": event["kind"], "ordinal": event["ordinal"], "sitting": event["sitting"],
                     "parent_id": parent_id(event),
                     "date": event["date"] if len(event["date"]) == FULL_DATE_LENGTH else None,
                     "date_stated": event["date"], "n_reports": event["n_reports"],
                     "n_participants": len(attended.get(event_id, ())), "first_report": first["report_id"],
                     "evidence": cited["evidence"], "source_url": cited["source_url"],
                     "publisher": cited["publisher"]})
    return rows


def _first_cited(tenures: list[dict], key: str) -> dict[str, dict]:
    """The evidence columns of the first tenure (by start date) of each value of `key`."""
    found = {}
    for row in sorted(tenures, key=lambda r: (r["start_date"], r["person_id"])):
        if row[key] is not None:
            found.setdefault(row[key], {"first_report": row["first_report"], "evidence": row["evidence"],
                                        "source_url": row["source_url"], "publisher": row["publisher"]})
    return found


def _posts(post_rows: dict, tenures: list[dict]) -> list[dict]:
    """The posts of the exported tenures, each with the evidence of its first tenure."""
    cited = _first_cited(tenures, "post_id")
    return [{"post_id": id_, "title": post_rows[id_]["title"], "office": post_rows[id_]["office"],
             "body_id": post_rows[id_]["body_id"], **cited[id_]} for id_ in sorted(cited)]


def _bodies(rows: dict[str, dict], tenures: list[dict]) -> list[dict]:
    """The bodies the exported posts name and every body above them (so each parent is in the export), each
    with the evidence of the first tenure of a post in it or under it."""
    cited = _first_cited(tenures, "body_id")
    for body_id, first in sorted(cited.items(), key=lambda item: item[1]["first_report"] or ""):
        parent = rows[body_id]["parent_id"]
        while parent:
            cited.setdefault(parent, first)
            parent = rows[parent]["parent_id"]
    return [{"body_id": id_, "name": rows[id_]["name"], "parent_id": rows[id_]["parent_id"],
             "kind": rows[id_]["kind"], **cited[id_]} for id_ in sorted(cited)]
