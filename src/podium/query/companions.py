"""Companions by role: who appears with a person in the reports where the person has a role ("accompanied Kim
Jong Un": Kim Jong Un guided, they were present), within dates; one list paged, or every role's at once for the
person page. Read from the refresh's per-person summaries (`podium.analysis.person_summaries`): plain co-mention
from `coappearances`, indexed most shared first, anything filtered from `companion_reports`, one row per pair of
appearances keyed by person and date, so each answer is a range scan of the person's rows."""
from __future__ import annotations

from collections import defaultdict
from functools import cache

from sqlalchemy import Connection, Select, func, select

from podium.analysis.lookup import find_persons
from podium.analysis.questions import ANY_ROLE, MENTIONED, companion_rows, companions_query
from podium.query.errors import BadQuery
from podium.query.paging import as_dicts, iso_day, page, page_of
from podium.store.schema import coappearances, companion_reports, persons
from podium.vocab import load_vocab

COMPANIONS_PER_ROLE = 8  # people per role on the person page; the API and the CLI page through them all


@cache
def roles() -> tuple[str, ...]:
    """The roles the extractor gives a person in a report (the roles vocabulary's), "mentioned" last."""
    vocab = load_vocab("roles")
    named = {*vocab["before_names"], *vocab["after_name"], *vocab["object_roles"].values()} - {MENTIONED}
    return (*sorted(named), MENTIONED)


def _role(value: str | None, name: str, known: tuple[str, ...]) -> str | None:
    """`value` when it is one of `known` (or empty), else BadQuery naming the parameter."""
    value = (value or "").strip().lower() or None
    if value is not None and value not in known:
        raise BadQuery(f"{name}: {value!r} is not a role; known: {', '.join(known)}")
    return value


def _asked(conn: Connection, text: str, role: str | None, since: str | None, until: str | None) -> dict:
    """The filters, checked, and the person `text` names: the head of every companions answer."""
    asked = {"role": _role(role, "role", (ANY_ROLE, *roles())), "since": iso_day(since, "since"),
             "until": iso_day(until, "until")}
    person_id = find_persons(conn, text)[0]
    name = conn.execute(select(persons.c.name).where(persons.c.id == person_id)).scalar_one()
    return {"person_id": person_id, "name": name, **asked}


def companions(conn: Connection, text: str, *, role: str | None = None, their_role: str | None = None,
               since: str | None = None, until: str | None = None, limit: int, offset: int = 0) -> dict:
    """Who appears with the person `text` names, most shared reports first: in the reports (dated `since` to
    `until`) where the person has `role` ("any": any role but being named in passing), the others with
    `their_role`, counted per report; without roles, plain co-mention."""
    their_role = _role(their_role, "their_role", roles())
    head = _asked(conn, text, role, since, until)
    person_id = head["person_id"]
    ranked = companions_query(person_id, role=head["role"], their_role=their_role, since=head["since"],
                              until=head["until"])
    if not (head["role"] or their_role or head["since"] or head["until"]):
        count = select(func.count()).where(coappearances.c.person_id == person_id)
        return {**head, "their_role": their_role, **page(conn, ranked, limit, offset, count=count)}
    everyone = as_dicts(conn.execute(ranked))  # one run: counting first ran it twice
    return {**head, "their_role": their_role, **page_of(everyone, limit, offset)}


def companions_grouped(conn: Connection, text: str, *, role: str | None = ANY_ROLE, since: str | None = None,
                       until: str | None = None, top: int = COMPANIONS_PER_ROLE) -> dict:
    """`companions` for every role the others have at once, the roles with most people first: {"groups":
    [{"their_role", "total", "items"}]} (the person page's section), counted from one read of the person's
    pairs with a role. By default in the reports where the person had a role: Kim Jong Il is named in 6,000
    reports, most of them citing him, and the officials of a meeting that quotes him did not accompany him."""
    head = _asked(conn, text, role, since, until)
    rows = companion_rows(head["person_id"], role=head["role"], since=head["since"], until=head["until"]).where(
        companion_reports.c.other_roles != MENTIONED)
    named = _names(conn, rows)
    shared: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for other, report_id, their_roles in conn.execute(rows):
        for their_role in filter(None, their_roles.split(",")):
            shared[their_role][other].add(report_id)
    groups = []
    for their_role, people in sorted(shared.items(), key=lambda item: (-len(item[1]), item[0])):
        ranked = sorted(people.items(), key=lambda item: (-len(item[1]), named[item[0]], item[0]))
        groups.append({"their_role": their_role, "total": len(ranked), "items": [
            {"person_id": other, "name": named[other], "reports": len(found)} for other, found in ranked[:top]]})
    return {**head, "groups": groups}


def _names(conn: Connection, rows: Select) -> dict[str, str]:
    """The usual names of the others in `rows`."""
    others = rows.with_only_columns(companion_reports.c.other_id).distinct().subquery()
    return dict(conn.execute(select(persons.c.id, persons.c.name).join(others, others.c.other_id == persons.c.id)).all())
