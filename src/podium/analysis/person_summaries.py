"""The per-person aggregates the person and companions questions read, written once per refresh: the spellings
each person is named by, the meetings of the reports naming them, their history summed up by post, and every pair
of people named in one report with both their roles and the report's date. Kim Jong Il is named in 6,000 reports; asked at request time, these
joins visited each of his appearances (30-50 ms of CPU per request), read here they are a range scan of his rows.

Each table is filled by one INSERT ... SELECT inside SQLite: the rows never pass through Python (215,000 pairs
on both corpora, under a second)."""
from __future__ import annotations

from sqlalchemy import Connection, delete, func, insert, select
from sqlalchemy.orm import aliased

from podium.store.schema import companion_reports, history, person_history, person_links, person_meetings, \
    person_spellings, report_events, report_people, reports


def _appearance(link):
    """The join of a person link to its appearance in the report (name, roles, place in a list)."""
    return (report_people.c.report_id == link.c.report_id) & (report_people.c.person_no == link.c.person_no)


def _spellings():
    return (select(person_links.c.person_id, report_people.c.name, func.count())
            .join(report_people, _appearance(person_links))
            .group_by(person_links.c.person_id, report_people.c.name))


def _meetings():
    return (select(person_links.c.person_id, reports.c.date, report_events.c.report_id, report_events.c.event_no,
                   person_links.c.person_no, report_events.c.name, report_events.c.kind, report_events.c.ordinal,
                   report_events.c.sitting, report_events.c.date, report_people.c.roles, report_people.c.list_pos)
            .join(person_links, person_links.c.report_id == report_events.c.report_id)
            .join(report_people, _appearance(person_links))
            .join(reports, reports.c.id == report_events.c.report_id))


def _history():
    """Per person and post: how many history rows, the earliest and latest time recalled, and the rule and report
    of the earliest (by time, then report)."""
    by_post = (history.c.person_id, history.c.post_id)
    numbered = select(*by_post, func.count().over(partition_by=by_post).label("n_reports"),
                      history.c.about.label("about_first"),
                      func.max(history.c.about).over(partition_by=by_post).label("about_last"),
                      history.c.rule, history.c.report_id,
                      func.row_number().over(partition_by=by_post,
                                             order_by=(history.c.about, history.c.report_id)).label("place")
                      ).subquery()
    return select(*(numbered.c[column.name] for column in person_history.columns)).where(numbered.c.place == 1)


def _pairs():
    """Both directions of each pair of appearances of two different people in one report."""
    other = aliased(person_links)
    their = aliased(report_people)
    return (select(person_links.c.person_id, reports.c.date, person_links.c.report_id, person_links.c.person_no,
                   other.c.person_no, other.c.person_id, report_people.c.roles, their.c.roles)
            .join(other, (other.c.report_id == person_links.c.report_id)
                  & (other.c.person_id != person_links.c.person_id))
            .join(report_people, _appearance(person_links))
            .join(their, (their.c.report_id == other.c.report_id) & (their.c.person_no == other.c.person_no))
            .join(reports, reports.c.id == person_links.c.report_id))


def refresh_person_summaries(conn: Connection) -> None:
    """Rewrite the four tables from the store's links, appearances and history (after identities are resolved
    and `history` is written)."""
    for table, rows in ((person_spellings, _spellings()), (person_meetings, _meetings()),
                        (person_history, _history()), (companion_reports, _pairs())):
        conn.execute(delete(table))
        conn.execute(insert(table).from_select([column.name for column in table.columns], rows))
