"""Identities across reports: which mentions are one person, and which post strings are one post.

`refresh(conn)` recomputes `bodies`, `posts`, `post_forms`, `persons`, `person_links` and `post_holder_forms`
(posts that depend on their holder, `holders.py`) from the report_*
tables, from scratch and deterministically: the same reports always give the same ids, so it can run at the end
of every ingest. Posts first (persons are told apart by their posts), then persons.
"""
from collections import Counter, defaultdict
from functools import cache

from sqlalchemy import Connection, delete, func, insert, select

from podium.resolve.bodies import BodyTree
from podium.resolve.careers import LEAD_CHARS, careers
from podium.resolve.corrections import apply_corrections, load_corrections
from podium.resolve.holders import foreign_context, holder_posts
from podium.resolve.names import name_key
from podium.resolve.persons import Mention, Person, resolve_persons
from podium.resolve.posts import ParsedPost, PostParser
from podium.resolve.variants import join_misspellings
from podium.store.schema import bodies, person_links, persons, post_forms, post_holder_forms, posts, \
    report_people, report_posts, reports

__all__ = ["refresh", "post_id_of", "name_key"]


def refresh(conn: Connection) -> None:
    """Recompute persons, person_links, bodies, posts and post_forms from the report_* tables."""
    tree = BodyTree.from_vocab()
    parser = PostParser(tree)
    posts_of: dict[tuple[str, int], list[str]] = defaultdict(list)
    for report_id, person_no, form in conn.execute(
            select(report_posts.c.report_id, report_posts.c.person_no, report_posts.c.post)
            .order_by(report_posts.c.report_id, report_posts.c.person_no, report_posts.c.post)):
        posts_of[(report_id, person_no)].append(form)
    topics = _report_topics(conn)
    mentions = [Mention(report_id, person_no, name, date, [parser.parse(f) for f in posts_of[(report_id, person_no)]],
                        topics[report_id])
                for report_id, person_no, name, date in conn.execute(
                    select(report_people.c.report_id, report_people.c.person_no, report_people.c.name, reports.c.date)
                    .join(reports, reports.c.id == report_people.c.report_id))]
    form_counts = Counter(form for forms in posts_of.values() for form in forms)
    if conn.dialect.name == "sqlite":  # later stages' rows point at persons: they are recomputed before commit
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for table in (post_holder_forms, person_links, persons, post_forms, posts, bodies):
        conn.execute(delete(table))
    _write_posts(conn, parser, form_counts)
    resolved = apply_corrections(join_misspellings(resolve_persons(mentions)), load_corrections())
    _write_persons(conn, resolved)
    abroad = foreign_context(conn, parser)
    holder_rows, new_posts = holder_posts(resolved, posts_of, parser, abroad,
                                          dict(conn.execute(select(posts.c.id, posts.c.title)).all()))
    if new_posts:
        conn.execute(insert(posts), new_posts)
    if holder_rows:
        conn.execute(insert(post_holder_forms), holder_rows)


def _report_topics(conn: Connection) -> dict[str, frozenset[str]]:
    """The career tracks each report's title and lead speak of (only the lead is read: it is what KCNA reports
    are about, and reading it keeps refresh fast)."""
    lead = func.substr(reports.c.text, 1, LEAD_CHARS)
    return {report_id: careers().topics(title or "", text or "")
            for report_id, title, text in conn.execute(select(reports.c.id, reports.c.title, lead)
                                                      .where(reports.c.id.in_(select(report_people.c.report_id))))}


def post_id_of(text: str) -> str:
    """The id of the post that `text` names, as `refresh` would file it: for queries that take a post as written
    ("member of the Presidium of the Political Bureau of the C.C., WPK" -> "member@wpk-cc-politburo-presidium")."""
    return _query_parser().parse(text).post_id


@cache
def _query_parser() -> PostParser:
    return PostParser(BodyTree.from_vocab())


def _write_posts(conn: Connection, parser: PostParser, form_counts: Counter) -> None:
    """Bodies (parents before children), posts with the title most often written (or, where the composed title
    says what no form says, the form most often written), and every form's post."""
    parsed = {form: parser.parse(form) for form in sorted(form_counts)}
    office_texts: dict[str, Counter] = defaultdict(Counter)
    forms_of: dict[str, Counter] = defaultdict(Counter)
    first: dict[str, ParsedPost] = {}
    for form, post in parsed.items():
        office_texts[post.post_id][(post.office_text, post.connector)] += form_counts[form]
        forms_of[post.post_id][form] = form_counts[form]
        first.setdefault(post.post_id, post)
    tree = parser.tree
    used = {b for post in first.values() if post.body_id for b in tree.ancestors(post.body_id)} | \
        {b.id for b in tree.bodies.values() if b.fixed and b.kind != "foreign"}
    used |= {b for body_id in list(used) for b in tree.ancestors(body_id)}
    rows = [{"id": b.id, "name": b.name, "parent_id": b.parent_id, "kind": b.kind}
            for b in sorted((tree.bodies[i] for i in used), key=lambda b: (len(tree.ancestors(b.id)), b.id))]
    if rows:
        conn.execute(insert(bodies), rows)
    titles: dict[str, str] = {}
    post_rows = []
    for post_id in sorted(first):
        texts = office_texts[post_id]
        title = parser.faithful_title(first[post_id], *min(texts, key=lambda t: (-texts[t], t)), forms_of[post_id])
        if title in titles:  # two posts may read alike only by accident of case: keep titles unique
            title = f"{title} [{post_id}]"
        titles[title] = post_id
        post_rows.append({"id": post_id, "title": title, "office": first[post_id].office,
                          "body_id": first[post_id].body_id})
    if post_rows:
        conn.execute(insert(posts), post_rows)
        conn.execute(insert(post_forms), [{"form": f, "post_id": p.post_id} for f, p in parsed.items()])


def _write_persons(conn: Connection, resolved: list[Person]) -> None:
    if not resolved:
        return
    conn.execute(insert(persons), [{"id": p.id, "name": p.name, "first_date": p.first_date,
                                    "last_date": p.last_date, "n_reports": p.n_reports} for p in resolved])
    conn.execute(insert(person_links), [
        {"report_id": link.mention.report_id, "person_no": link.mention.person_no, "person_id": p.id,
         "score": link.score, "reason": link.reason} for p in resolved for link in p.links])
