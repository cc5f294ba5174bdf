"""Posts whose body depends on who holds them. A form is filed once for everyone (`post_forms`), but a bare
office only names a DPRK body by the vocabulary's assumption: "premier" is the Cabinet's for Choe Yong Rim, not
for Zhou Enlai; a bare "minister of Defence" is no DPRK ministry for a foreign minister. And a bare rank is the
KPA's only for a KPA officer ("promoted to general"). `holder_posts` gives, per (report, person, form), the post
where it differs from the form's: the analysis reads these first (`post_holder_forms`). Ranks that are also
state titles ("Marshal of the DPRK") stay bare.
"""
from __future__ import annotations

import re

from sqlalchemy import Connection, select

from podium.resolve.names import looks_korean, name_key
from podium.resolve.persons import Person
from podium.resolve.posts import ParsedPost, PostParser
from podium.resolve.text import key, slug
from podium.sources import document
from podium.store.schema import report_posts, reports
from podium.vocab import load_vocab

DPRK_ROOTS = ("dprk", "kpa")
BATCH = 500  # reports read per query
CONTEXT_CHARS = 25  # the words this close to a post say whose it is ("the south Korean | premier")
DPRK_BODY_ROOTS = ("dprk", "kpa", "wpk")
FOREIGN_TRACK = "foreign"  # the career track (vocab/careers.yaml) whose topics make a report about foreign politics
KPA = "Korean People's Army"


def foreign_context(conn: Connection, parser: PostParser) -> set[tuple[str, int, str]]:
    """(report, person, form) of the posts that the vocabulary would make DPRK ones but whose words around say
    they are another country's ("puppet minister of Unification of south Korea", "the south Korean premier")."""
    vocab = load_vocab("bodies")
    cue = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab["foreign_context_words"])) + r")\b", re.I)
    wanted: dict[str, list[tuple[int, str, int, int]]] = {}
    for report_id, person_no, form, start, end in conn.execute(
            select(report_posts.c.report_id, report_posts.c.person_no, report_posts.c.post, report_posts.c.start,
                   report_posts.c.end)):
        if _implied_dprk(parser.parse(form)):
            wanted.setdefault(report_id, []).append((person_no, form, start, end))
    found = set()
    ids = sorted(wanted)
    for i in range(0, len(ids), BATCH):
        for report_id, title, text in conn.execute(select(reports.c.id, reports.c.title, reports.c.text)
                                                   .where(reports.c.id.in_(ids[i:i + BATCH]))):
            doc = document(title, text)
            for person_no, form, start, end in wanted[report_id]:
                if cue.search(doc[max(0, start - CONTEXT_CHARS):start]) or cue.search(doc[end:end + CONTEXT_CHARS]):
                    found.add((report_id, person_no, form))
    return found


def holder_posts(persons: list[Person], forms_of: dict[tuple[str, int], list[str]], parser: PostParser,
                 abroad: set[tuple[str, int, str]], known_posts: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """(rows of post_holder_forms, rows of posts they need that `known_posts` (id -> title) lacks)."""
    holder_rows, new_posts = [], {}
    titles = set(known_posts.values())
    state_ranks = {key(rank) for rank in load_vocab("bodies")["state_ranks"]}
    for person in persons:
        parsed = [post for link in person.links for post in link.mention.posts]
        named_dprk = any(post.named_dprk for post in parsed)
        foreign_name = not korean_name(name_key(person.name))
        foreign = foreign_name or not named_dprk and any(post.foreign for post in parsed)
        kpa_officer = any(post.named_dprk and "kpa" in post.body_chain for post in parsed)
        implied = [(link.mention.report_id, link.mention.person_no, form) for link in person.links
                   for form, post in zip(forms_of.get((link.mention.report_id, link.mention.person_no), []),
                                         link.mention.posts) if _implied_dprk(post)]
        # a south Korean minister named "puppet" in most reports is one in all of them
        foreign = foreign or not named_dprk and len(implied) > 0 and sum(i in abroad for i in implied) * 2 >= len(implied)
        own_bodies = _foreign_bodies(parsed) if foreign else {}
        for link in person.links:
            mention = link.mention
            for form, post in zip(forms_of.get((mention.report_id, mention.person_no), []), mention.posts):
                abroad_context = (FOREIGN_TRACK in mention.topics and not post.named_dprk  # south Korean politics
                                  or (mention.report_id, mention.person_no, form) in abroad)
                if (foreign or abroad_context) and _implied_dprk(post) or foreign_name and _dprk_body(post):
                    row = _foreign_post(parser, form, post, own_bodies)
                elif kpa_officer and post.rank and post.body_id is None and post.office not in state_ranks:
                    kpa_post = parser.parse(f"{form} of the {KPA}")
                    row = {"id": kpa_post.post_id, "office": kpa_post.office, "body_id": kpa_post.body_id,
                           "title": parser.title(kpa_post, kpa_post.office_text, kpa_post.connector)}
                else:
                    continue
                holder_rows.append({"report_id": mention.report_id, "person_no": mention.person_no, "post": form,
                                    "post_id": row["id"]})
                if row["id"] not in known_posts and row["id"] not in new_posts:
                    if row["title"] in titles:
                        row["title"] = f"{row['title']} [{row['id']}]"
                    titles.add(row["title"])
                    new_posts[row["id"]] = row
    return holder_rows, [new_posts[i] for i in sorted(new_posts)]


def korean_name(written_key: str) -> bool:
    """A DPRK-style name, possibly behind a title the extractor kept ("staff ri yong ho", "excellency kim ...")."""
    words = written_key.split()
    return any(looks_korean(" ".join(words[i:])) for i in range(len(words) - 1))


def _dprk_body(post: ParsedPost) -> bool:
    """A post in a body of the DPRK, its party or its army (not a bilateral or honorary one)."""
    return any(root in post.body_chain for root in DPRK_BODY_ROOTS) and not post.foreign


def _foreign_bodies(posts: list[ParsedPost]) -> dict[str, str]:
    """office -> the foreign body a foreign person holds that office in most often (their own party, state)."""
    counts: dict[str, dict[str, int]] = {}
    for post in posts:
        if post.foreign and post.body_id:
            counts.setdefault(post.office, {}).setdefault(post.body_id, 0)
            counts[post.office][post.body_id] += 1
    return {office: max(sorted(bodies), key=bodies.get) for office, bodies in counts.items()}


def _foreign_post(parser: PostParser, form: str, post: ParsedPost, own_bodies: dict[str, str]) -> dict:
    """The post a DPRK-sounding form means for a foreign person: the same office in their own party or state
    when they hold it there elsewhere, else the bare office ("general secretary", "premier")."""
    body_id = own_bodies.get(post.office)
    if body_id:
        title = f"{post.office_text} of {parser.tree.title_of(body_id)}"
        return {"id": f"{slug(post.office)}@{body_id}", "office": post.office, "body_id": body_id, "title": title}
    office = post.office if post.named_dprk else key(form)
    text = post.office_text if post.named_dprk else " ".join(form.split())
    return {"id": slug(office), "office": office, "body_id": None, "title": text}


def _implied_dprk(post: ParsedPost) -> bool:
    """A DPRK body that the form's words do not name: the vocabulary's guess for a bare office."""
    return not post.named_dprk and not post.foreign and any(root in post.body_chain for root in DPRK_ROOTS)
