"""A small invented world for the analysis tests: reports in KCNA style written here (no corpus text), stored
with the spans an extractor and a resolver would have produced, in a real SQLite file.

`World.report(...)` takes the report's text and, per person, the words that name them, their posts and their
roles; the spans are found in the document (title + blank line + text) the way the extractor would report
them, searching from the person's name onwards.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import insert, select, update

from podium.sources import document
from podium.store import open_store
from podium.store.schema import (bodies, person_links, persons, post_forms, posts, report_mentions,
                                 report_people, report_posts, report_roles, reports)

BODIES = [
    ("wpk", "Workers' Party of Korea", None, "party"),
    ("wpk-cc", "Central Committee of the Workers' Party of Korea", "wpk", "party"),
    ("wpk-cc-politburo", "Political Bureau of the Central Committee of the Workers' Party of Korea", "wpk-cc",
     "party"),
    ("wpk-cc-politburo-presidium", "Presidium of the Political Bureau of the Central Committee of the Workers' "
     "Party of Korea", "wpk-cc-politburo", "party"),
    ("kpa", "Korean People's Army", None, "military"),
    ("cabinet", "Cabinet", None, "state"),
]
POSTS = {  # id: (title, office, body, other forms)
    "member@wpk-cc-politburo": ("member of the Political Bureau of the Central Committee of the Workers' Party "
                                "of Korea", "member", "wpk-cc-politburo",
                                ["member of the Political Bureau", "members of the Political Bureau"]),
    "member@wpk-cc-politburo-presidium": ("member of the Presidium of the Political Bureau of the Central "
                                          "Committee of the Workers' Party of Korea", "member",
                                          "wpk-cc-politburo-presidium", ["member of the Presidium"]),
    "vice-marshal@kpa": ("vice marshal of the Korean People's Army", "vice marshal", "kpa",
                         ["vice marshal of the KPA"]),
    "chief@kpa-general-staff": ("chief of the General Staff of the Korean People's Army", "chief", "kpa",
                                ["chief of the General Staff"]),
    "minister of farming@cabinet": ("minister of Farming", "minister of farming", "cabinet", []),
    "vice-minister of farming@cabinet": ("vice-minister of Farming", "vice-minister of farming", "cabinet", []),
    "premier": ("premier", "premier", None, []),
    "vice-premier@cabinet": ("vice-premier of the Cabinet", "vice-premier", "cabinet", ["vice-premiers of the Cabinet"]),
    "deputy@spa": ("deputy to the Supreme People's Assembly", "deputy", None, ["Deputies"]),
}


def _find(doc: str, words: str, after: int) -> int:
    """Where the words stand, the first time after the person's name if they are there (any case)."""
    lower, wanted = doc.lower(), words.lower()
    return lower.index(wanted, after) if wanted in lower[after:] else lower.index(wanted)


class World:
    def __init__(self, path: Path):
        self.engine = open_store(path)  # a real store, made by the migrations, as the commands expect
        self.names: dict[str, str] = {}
        with self.engine.begin() as conn:
            conn.execute(insert(bodies), [dict(zip(("id", "name", "parent_id", "kind"), row)) for row in BODIES])
            for post_id, (title, office, body, forms) in POSTS.items():
                conn.execute(insert(posts).values(id=post_id, title=title, office=office, body_id=body))
                conn.execute(insert(post_forms), [{"form": form, "post_id": post_id} for form in [title, *forms]])

    def person(self, person_id: str, name: str) -> None:
        self.names[person_id] = name
        with self.engine.begin() as conn:
            conn.execute(insert(persons).values(id=person_id, name=name, n_reports=0))

    def report(self, report_id: str, day: str, text: str, people: list[dict], title: str = "") -> str:
        """Store a report; each person dict has `id`, optional `name` (the spelling used), `posts` (forms
        written in the text), `roles` ({role: words}), `list` ((list_no, list_pos)) and `score` (the resolver's
        confidence in the link, 1 by default)."""
        doc = document(title, text)
        with self.engine.begin() as conn:
            conn.execute(insert(reports).values(id=report_id, date=day, title=title, raw_text=text, text=text,
                                                text_hash=report_id, origin="test", ingested_at="now"))
            for no, who in enumerate(people):
                name = who.get("name", self.names[who["id"]])
                at = doc.index(name)
                list_no, list_pos = who.get("list", (None, None))
                conn.execute(insert(report_people).values(
                    report_id=report_id, person_no=no, name=name, roles=",".join(who.get("roles", {})),
                    list_no=list_no, list_pos=list_pos))
                conn.execute(insert(report_mentions).values(report_id=report_id, person_no=no, start=at,
                                                            end=at + len(name)))
                conn.execute(insert(person_links).values(report_id=report_id, person_no=no, person_id=who["id"],
                                                         score=who.get("score", 1.0), reason="exact name"))
                for form in who.get("posts", []):
                    start = _find(doc, form, at)
                    conn.execute(insert(report_posts).values(report_id=report_id, person_no=no, post=form,
                                                             start=start, end=start + len(form)))
                for role, words in who.get("roles", {}).items():
                    start = _find(doc, words, at)
                    conn.execute(insert(report_roles).values(report_id=report_id, person_no=no, role=role,
                                                             start=start, end=start + len(words)))
        return doc

    def count_reports(self) -> None:
        """What the resolver does for `persons`: reports, first and last date per person."""
        with self.engine.begin() as conn:
            dates = defaultdict(list)
            for person_id, day in conn.execute(select(person_links.c.person_id, reports.c.date)
                                               .join(reports, reports.c.id == person_links.c.report_id)):
                dates[person_id].append(day)
            for person_id, days in dates.items():
                conn.execute(update(persons).where(persons.c.id == person_id).values(
                    n_reports=len(days), first_date=min(days), last_date=max(days)))
