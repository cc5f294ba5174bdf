"""Posts whose body depends on who holds them. A form is filed once for everyone (`post_forms`), but a bare
office only names a DPRK body by the vocabulary's assumption: "premier" is the Cabinet's for Choe Yong Rim, not
for Zhou Enlai; a bare "minister of Defence" is no DPRK ministry for a foreign minister. And a bare rank is the
KPA's only for a KPA officer ("promoted to general"). `holder_posts` gives, per (report, person, form), the post
where it differs from the form's: the analysis reads these first (`post_holder_forms`). Ranks that are also
state titles ("Marshal of the DPRK") stay bare.
"""
from __future__ import annotations

from podium.resolve.names import looks_korean, name_key
from podium.resolve.persons import Person
from podium.resolve.posts import ParsedPost, PostParser
from podium.resolve.text import key, slug
from podium.vocab import load_vocab

DPRK_ROOTS = ("dprk", "kpa")
KPA = "Korean People's Army"


def holder_posts(persons: list[Person], forms_of: dict[tuple[str, int], list[str]], parser: PostParser,
                 known_posts: dict[str, str]) -> tuple[list[dict], list[dict]]:
    """(rows of post_holder_forms, rows of posts they need that `known_posts` (id -> title) lacks)."""
    holder_rows, new_posts = [], {}
    titles = set(known_posts.values())
    state_ranks = {key(rank) for rank in load_vocab("bodies")["state_ranks"]}
    for person in persons:
        parsed = [post for link in person.links for post in link.mention.posts]
        named_dprk = any(post.named_dprk for post in parsed)
        foreign = not named_dprk and (any(post.foreign for post in parsed) or not looks_korean(name_key(person.name)))
        kpa_officer = any(post.named_dprk and "kpa" in post.body_chain for post in parsed)
        for link in person.links:
            mention = link.mention
            for form, post in zip(forms_of.get((mention.report_id, mention.person_no), []), mention.posts):
                if foreign and _implied_dprk(post):
                    row = {"id": slug(form), "office": key(form), "body_id": None, "title": " ".join(form.split())}
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


def _implied_dprk(post: ParsedPost) -> bool:
    """A DPRK body that the form's words do not name: the vocabulary's guess for a bare office."""
    return not post.named_dprk and not post.foreign and any(root in post.body_chain for root in DPRK_ROOTS)
