"""One-letter misspellings of a well-known official's name, joined when the posts agree.

The name rules (`names.py`) keep "Chon Yong Rim" apart from "Choe Yong Rim": both are real names. But a person
named in one or two reports under such a spelling, with a post of a named body that the well-known person of
the near name holds (the premier's post, a Presidium seat), is that person misspelt: nothing contradicts it,
and everything the posts say agrees. The rare spelling may also bring a post the record does not show the other
holding (General "Kim Won Hung", minister of State Security, is General Kim Won Hong, who is named in the post
by no report): it is joined when it shares a post with the other and none of its posts falls in a career track
that clashes with one of the other's (`careers.py`). `join_misspellings` moves such people into the well-known
one, each link saying why; a rare spelling with no post, or with no post in common, or a clashing one, stays
apart.
"""
from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from podium.resolve.careers import careers
from podium.resolve.names import looks_korean, name_key
from podium.resolve.persons import Link, Person, summarise

MAX_RARE_REPORTS = 2  # a spelling named this rarely may be a misprint
MIN_RATIO = 10  # of a name named this many times more often
MAX_EDITS = 1  # one letter


def _posts(person: Person) -> set[str]:
    return {post.post_id for link in person.links for post in link.mention.posts if post.body_id}


def _tracks(person: Person) -> set[str]:
    return {track for link in person.links for post in link.mention.posts for track in careers().tracks_of(post)}


def _agree(rare: Person, other: Person) -> bool:
    """Whether the rare spelling's posts are the other's, or share one with them and clash with none."""
    ours, theirs = _posts(rare), _posts(other)
    return ours <= theirs or bool(ours & theirs) and careers().clash(_tracks(rare), _tracks(other)) is None


def join_misspellings(persons: list[Person]) -> list[Person]:
    """`persons` with each rare misspelt namesake of a well-known person who holds its posts joined to them."""
    by_words: dict[int, list[tuple[str, Person]]] = {}
    for person in persons:
        key = name_key(person.name)
        if looks_korean(key):
            by_words.setdefault(len(key.split()), []).append((key, person))
    moved: dict[str, Person] = {}
    for candidates in by_words.values():
        known = [(key, p) for key, p in candidates if p.n_reports >= MIN_RATIO]
        for key, rare in candidates:
            if rare.n_reports > MAX_RARE_REPORTS or not _posts(rare):
                continue
            for other_key, other in known:
                if (other.n_reports >= MIN_RATIO * rare.n_reports and
                        Levenshtein.distance(key, other_key) <= MAX_EDITS and _agree(rare, other)):
                    moved[rare.id] = other
                    break
    if not moved:
        return persons
    extra: dict[str, list[Link]] = {}
    for rare_id, other in moved.items():
        rare = next(p for p in persons if p.id == rare_id)
        extra.setdefault(other.id, []).extend(
            Link(link.mention, link.score, f"misspelling of {other.name!r}: named {rare.n_reports} times, "
                                           f"their posts agreeing with {other.name}'s") for link in rare.links)
    return [summarise(p.id, p.links + extra.get(p.id, [])) if p.id in extra else p
            for p in persons if p.id not in moved]
