"""Where a report states a post: the written form of a post resolved to its post id, with its span."""
from __future__ import annotations

from sqlalchemy import Connection, func, select

from podium.store.schema import person_links, post_forms, post_holder_forms, report_posts

# The post a written form names: the per-holder reading where there is one (a bare "premier" of a foreigner),
# else the form's usual post.
RESOLVED_POST = func.coalesce(post_holder_forms.c.post_id, post_forms.c.post_id).label("post_id")


def stated_posts(report_ids):
    """A query of (report_id, person_no, post form, post_id, start, end) for the posts stated in the reports."""
    return (select(report_posts.c.report_id, report_posts.c.person_no, report_posts.c.post, RESOLVED_POST,
                   report_posts.c.start, report_posts.c.end)
            .outerjoin(post_holder_forms, (post_holder_forms.c.report_id == report_posts.c.report_id)
                       & (post_holder_forms.c.person_no == report_posts.c.person_no)
                       & (post_holder_forms.c.post == report_posts.c.post))
            .outerjoin(post_forms, post_forms.c.form == report_posts.c.post)
            .where(report_posts.c.report_id.in_(report_ids)))


def post_spans(conn: Connection, person_id: str, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], tuple]:
    """For (report_id, post_id) pairs: the span where that report gives `person_id` that post."""
    query = (stated_posts({report for report, _ in wanted})
             .join(person_links, (person_links.c.report_id == report_posts.c.report_id)
                   & (person_links.c.person_no == report_posts.c.person_no))
             .where(person_links.c.person_id == person_id))
    found = {}
    for row in conn.execute(query).mappings():
        key = (row["report_id"], row["post_id"])
        if key in wanted and key not in found:
            found[key] = (row["start"], row["end"])
    return found
