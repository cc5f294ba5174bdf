"""From what an analyst types to the store's ids: a post in any of its written forms, a person by any of the
spellings the reports use, a body by id or name (with everything under it).

An exact match (id, canonical text or a form seen in a report, ignoring case) wins; a post written in a form
no report used ("... of the C.C., WPK") is parsed into its post by the resolver's own parser, so the answer
is the same post the reports were resolved to; otherwise the closest strings by rapidfuzz are offered, so a
typo gets an answer or a suggestion, never a silent empty result.
"""
from __future__ import annotations

from sqlalchemy import Connection, func, or_, select
from rapidfuzz import fuzz, process

from podium.resolve import post_id_of
from podium.resolve.text import key
from podium.vocab import load_vocab
from podium.store.schema import bodies, person_links, persons, post_forms, posts, report_people

_CLOSE_ENOUGH = 85  # rapidfuzz ratio (edit distance over the whole string: a partial match is no answer)


class NotFound(LookupError):
    """Nothing matches; `suggestions` are the closest strings the store knows."""

    def __init__(self, what: str, text: str, suggestions: list[str]):
        hint = f"; closest: {'; '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no {what} matches {text!r}{hint}")
        self.suggestions = suggestions


def _closest(text: str, choices: list[str]) -> list[tuple[str, float]]:
    return [(choice, score) for choice, score, _ in
            process.extract(text, choices, scorer=fuzz.ratio, processor=str.lower, limit=3)]


def alias_posts(conn: Connection, text: str) -> list[str]:
    """The posts a loose name means (`vocab/post_aliases.yaml`: "defence minister", "GPB director"), those the
    store knows, in the vocabulary's order."""
    aliases = {key(name): post_ids for name, post_ids in load_vocab("post_aliases")["aliases"].items()}
    wanted = aliases.get(key(text), [])
    known = set(conn.execute(select(posts.c.id).where(posts.c.id.in_(wanted))).scalars())
    return [post_id for post_id in wanted if post_id in known]


def find_post(conn: Connection, text: str, on: str | None = None) -> str:
    """The post id for `text`: a loose name of the alias vocabulary (of its posts, the one with holders on `on`),
    a post id, a canonical title or any extracted form of it."""
    aliased = alias_posts(conn, text)
    if aliased:
        from podium.analysis.holders import holders_on
        return next((post_id for post_id in aliased if on and holders_on(conn, post_id, on)), aliased[0])
    wanted = text.strip().lower()
    found = conn.execute(
        select(posts.c.id).where(or_(func.lower(posts.c.id) == wanted, func.lower(posts.c.title) == wanted))
        .union(select(post_forms.c.post_id).where(func.lower(post_forms.c.form) == wanted))).scalars().all()
    if found:
        return found[0]
    parsed = post_id_of(text.strip())
    if conn.execute(select(posts.c.id).where(posts.c.id == parsed)).first():
        return parsed
    forms = dict(conn.execute(select(post_forms.c.form, post_forms.c.post_id)).all())
    closest = _closest(text, list(forms))
    if closest and closest[0][1] >= _CLOSE_ENOUGH:
        return forms[closest[0][0]]
    raise NotFound("post", text, [form for form, _ in closest])


def find_persons(conn: Connection, text: str) -> list[str]:
    """The ids of the persons called `text` (a person id, their usual name or a spelling the reports use),
    most reported first: two people with one name are both returned."""
    wanted = text.strip()
    if conn.execute(select(persons.c.id).where(persons.c.id == wanted)).first():  # an id, by its index
        return [wanted]
    by_person = select(persons.c.id).where(or_(func.lower(persons.c.id) == wanted.lower(),
                                               func.lower(persons.c.name) == wanted.lower()))
    by_spelling = (select(person_links.c.person_id).distinct()  # exact case: report_people.name is indexed
                   .join(report_people, (report_people.c.report_id == person_links.c.report_id)
                         & (report_people.c.person_no == person_links.c.person_no))
                   .where(report_people.c.name == wanted))
    for query in (by_person, by_spelling):
        found = conn.execute(select(persons.c.id).where(persons.c.id.in_(query))
                             .order_by(persons.c.n_reports.desc(), persons.c.id)).scalars().all()
        if found:
            return list(found)
    names = dict(conn.execute(select(persons.c.name, persons.c.id).order_by(persons.c.n_reports)).all())
    closest = _closest(text, list(names))
    if closest and closest[0][1] >= _CLOSE_ENOUGH:
        return [names[closest[0][0]]]
    raise NotFound("person", text, [name for name, _ in closest])


def body_and_below(conn: Connection, text: str) -> list[str]:
    """The id of the body `text` (id or name) and of every body under it in the tree. Asked of the store in a
    few indexed queries (a recursive one for the subtree): there are 12,000 bodies, and every changes filter
    and body page asks this."""
    root = _body_root(conn, text)
    below = select(bodies.c.id).where(bodies.c.id == root).cte("below", recursive=True)
    below = below.union(select(bodies.c.id).join(below, bodies.c.parent_id == below.c.id))
    return [root, *(id_ for id_ in conn.execute(select(below.c.id)).scalars() if id_ != root)]


def _body_root(conn: Connection, text: str) -> str:
    """The body `text` names: its id or name (ignoring case), a name the resolver reads as a body ("Political
    Bureau", "the GPB of the KPA"), a name the store writes longer if only one body has it ("General Political
    Bureau" of the KPA), or the closest name by rapidfuzz."""
    if conn.execute(select(bodies.c.id).where(bodies.c.id == text.strip())).first():  # an id, by its index
        return text.strip()
    wanted = text.strip().lower()
    exact = conn.execute(select(bodies.c.id).where(or_(func.lower(bodies.c.id) == wanted,
                                                       func.lower(bodies.c.name) == wanted))
                         .order_by(bodies.c.id).limit(1)).scalar()
    if exact:
        return exact
    parsed = post_id_of(f"member of the {text.strip()}").partition("@")[2]
    if parsed and conn.execute(select(bodies.c.id).where(bodies.c.id == parsed)).first():
        return parsed
    longer = conn.execute(select(bodies.c.id).where(func.lower(bodies.c.name).contains(wanted, autoescape=True))
                          .limit(2)).scalars().all()
    if len(longer) == 1:
        return longer[0]
    names = dict(conn.execute(select(bodies.c.name, bodies.c.id).order_by(bodies.c.id.desc())).all())
    closest = _closest(text, list(names))
    if closest and closest[0][1] >= _CLOSE_ENOUGH:
        return names[closest[0][0]]
    raise NotFound("body", text, [name for name, _ in closest])
