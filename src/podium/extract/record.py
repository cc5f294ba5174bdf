"""The record that extraction produces for one report: the contract between `extract/` and everything after it.

A record is plain data (dataclasses of strings, ints and spans) so it serialises to the gold JSON format of
`../shared/gold/GUIDELINES.md` (plus evidence spans, which the scorer ignores) and back without loss. Every
item keeps the character spans of its evidence in `Record.text`, the exact string the extractor read, so any
fact downstream can be shown in its sentence.
"""
from __future__ import annotations

from dataclasses import dataclass, field

ROLES = ("present", "guided", "presided", "spoke", "elected", "relieved", "received", "sent", "mentioned")

Span = tuple[int, int]


@dataclass
class Post:
    """One post written out in full (`text`), with the span of the words in the report that state it and the id
    of the rule that read it there (`rule`, see `podium extract --explain`)."""
    text: str
    span: Span
    rule: str = ""


@dataclass
class Role:
    """One role from `ROLES`, with the span of the words (usually the verb phrase) that show it and the id of the
    rule that gave it (`rule`: the pass and the cue, e.g. "subject:spoke:made a report")."""
    role: str
    span: Span
    rule: str = ""


@dataclass
class Person:
    """One distinct individual named in the report, with every mention of them.

    `list_no`/`list_pos` give the person's place in a list of officials (protocol order): the n-th list of
    names in the report and the 1-based position in it; None when the person is not named in such a list.
    """
    name: str
    mentions: list[Span] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    list_no: int | None = None
    list_pos: int | None = None

    def post_texts(self) -> list[str]:
        seen: dict[str, None] = {}
        for post in self.posts:
            seen.setdefault(post.text, None)
        return list(seen)

    def role_names(self) -> list[str]:
        names = {role.role for role in self.roles}
        return [r for r in ROLES if r in names]


@dataclass
class Event:
    """A formal meeting the report reports or refers to (see the guideline's `events`)."""
    name: str
    kind: str
    ordinal: int | None
    sitting: int | None
    date: str | None
    span: Span
    rule: str = ""  # the ids of the rules that named, classed and dated it (vocab/events.yaml `kinds` rows too)


@dataclass
class Record:
    """What one report says: its people and events, with spans into `text`."""
    id: str | None
    date: str | None
    text: str
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_json(self, *, evidence: bool = True) -> dict:
        """The gold format of GUIDELINES.md; with `evidence`, each item also carries its spans."""
        people = []
        for person in self.people:
            item = {"name": person.name, "posts": person.post_texts(), "roles": person.role_names()}
            if evidence:
                item["mentions"] = [list(s) for s in person.mentions]
                item["post_spans"] = [[p.text, *p.span, p.rule] for p in person.posts]
                item["role_spans"] = [[r.role, *r.span, r.rule] for r in person.roles]
                item["list_no"], item["list_pos"] = person.list_no, person.list_pos
            people.append(item)
        events = []
        for event in self.events:
            item = {"name": event.name, "kind": event.kind, "ordinal": event.ordinal,
                    "sitting": event.sitting, "date": event.date}
            if evidence:
                item["span"] = list(event.span)
                item["rule"] = event.rule
            events.append(item)
        return {"id": self.id, "date": self.date, "people": people, "events": events}
