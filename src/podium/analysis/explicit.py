"""Changes the reports state in so many words: elections, appointments, promotions, awards of rank, dismissals.

A person with the role "elected" or "relieved" in a report (the extractor's judgement that the reported event
conferred or took something away) gets one change per post of theirs that the report states in the same sentence as
the role's words, or in a sentence holding one of the verbs of `vocab/changes.yaml` (the role keeps one span per
report, while a conference report elects one person to several posts in several sentences). A post in apposition to
the name ("Kim Yong Nam, president of the Presidium, ... congratulated X on his election"; "Premier Choe Yong Rim")
is the post the person holds while acting, not the one conferred, and gives no change, except in a relief "of his
post" naming no other: there the title is the post lost ("former First Secretary X was relieved of his post"). A
person relieved with no post in reach still gets one change, with no post, when the sentence speaks of posts
("relieved of his post"); a relief of "all his posts" also gets that change besides those of the posts it names,
since it ends every post (`tenures`). The kind (elected, appointed, promoted, awarded; relieved, dismissed) is the
verb's, from the same file. KCNA repeats big news for days: the same change for the same person and post within
`REPEAT_DAYS` is reported once, at its first report, with the count of repeats; a rank is the same post with or
without its body ("promoted to General", "General of the KPA": `ranks.py`).
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import cache

from podium.analysis.change import Change
from podium.analysis.evidence import Documents, sentence_of
from podium.analysis.facts import Facts, PostFact, RoleFact
from podium.analysis.ranks import conferral_key
from podium.vocab import load_vocab

REPEAT_DAYS = 60
_ROLE_GROUP = {"elected": "conferred", "relieved": "ended"}
_DEFAULT_KIND = {"elected": "elected", "relieved": "relieved"}
# What may stand between a name and a post in apposition, once the other people's names are taken out:
_TITLE_GAP = re.compile(r"(?:\s|,|\band\b)*")  # "Premier| |Choe Yong Rim", "Deputies| [X] and |Ri Chol Man"
_NAME_GAP = re.compile(r"(?:\s|,|\band\b)*,\s*")  # "Kim Yong Nam|, |president of", "X| and [Y], |teachers of"
_CHAIN_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")  # "member of X| and |secretary of Y"
_MAX_GAP = 120  # characters: a few names in a row
_ANNOUNCING_HEADLINE = re.compile(r"\b(?:Elected|Appointed|Awarded|Conferred|Promoted|Relieved|Dismissed|Recalled)\b")
Span = tuple[int, int]


def _words(words: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE)


@cache
def _verb_patterns(group: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(kind, regex) in the vocabulary's order, each matching any of the kind's words at a word start."""
    return tuple((kind, _words(words)) for kind, words in load_vocab("changes")[group].items())


@cache
def _speaks_of(entry: str) -> re.Pattern:
    """Any of the vocabulary's words under `entry` (all_posts, every_post), as whole words."""
    return re.compile(_words(load_vocab("changes")[entry]).pattern + r"\b", re.IGNORECASE)


def _kind_in(text: str, group: str) -> str | None:
    for kind, pattern in _verb_patterns(group):
        if pattern.search(text):
            return kind
    return None


def _without(doc: str, start: int, end: int, names: list[Span]) -> str | None:
    """doc[start:end] with the names inside it taken out (None when the gap is too long to be an apposition)."""
    if not 0 <= end - start <= _MAX_GAP:
        return None
    gap = doc[start:end]
    for name_start, name_end in names:
        if start <= name_start and name_end <= end:
            gap = gap.replace(doc[name_start:name_end], " ")
    return gap


def _fits(pattern: re.Pattern, gap: str | None) -> bool:
    return gap is not None and pattern.fullmatch(gap) is not None


def _appositive_posts(doc: str, posts: list[PostFact], mentions: list[Span], names: list[Span]) -> set[Span]:
    """The spans of posts that stand next to the name as its title or apposition ("Premier Choe Yong Rim",
    "Kim Yong Nam, president of ...", "X and Y, teachers of ..."), chains of posts included. A post right
    after a list of names with no comma ("... Kim Won Hong and Ri Myong Su members of the Political Bureau")
    is what they were elected to, not an apposition."""
    appositive: set[Span] = set()
    for post in sorted(posts, key=lambda p: p.start):
        before_name = any(_fits(_TITLE_GAP, _without(doc, post.end, start, names)) for start, _ in mentions)
        after_name = any(_fits(_NAME_GAP, _without(doc, end, post.start, names)) for _, end in mentions)
        after_post = any(_fits(_CHAIN_GAP, _without(doc, end, post.start, [])) for _, end in appositive)
        if before_name or after_name or after_post:
            appositive.add((post.start, post.end))
    return appositive


def _changes_of_role(role: RoleFact, posts: list[PostFact], mentions: list[Span], names: list[Span],
                     doc: str) -> list[Change]:
    group = _ROLE_GROUP[role.role]
    role_sentence = sentence_of(doc, role.start, role.end)
    role_kind = _kind_in(doc[role.start:role.end], group)
    appositive = _appositive_posts(doc, posts, mentions, names)
    changes, seen_posts = [], set()
    for post in posts:
        sentence = sentence_of(doc, post.start, post.end)
        sentence_kind = _kind_in(doc[slice(*sentence)], group)
        if (post.post_id in seen_posts or (post.start, post.end) in appositive
                or (sentence != role_sentence and sentence_kind is None)):
            continue
        seen_posts.add(post.post_id)
        kind = role_kind if sentence == role_sentence and role_kind else sentence_kind or _DEFAULT_KIND[role.role]
        changes.append(Change(kind, role.date, role.person_id, role.report_id, (post.start, post.end),
                              post.post_id))
    sentence = doc[slice(*role_sentence)]
    every = _speaks_of("every_post").search(sentence)
    if role.role != "relieved" or not _names_the_subject(mentions, names, role):
        return changes
    if not changes and not every and _speaks_of("all_posts").search(sentence):
        changes = _titles_lost(role, role_kind, [p for p in posts if (p.start, p.end) in appositive
                                                 and sentence_of(doc, p.start, p.end) == role_sentence])
    if every or not changes and _speaks_of("all_posts").search(sentence):
        changes.append(Change(role_kind or _DEFAULT_KIND[role.role], role.date, role.person_id, role.report_id,
                              (role.start, role.end), None, "all posts" if every else "no post named: all posts"))
    return changes


def _titles_lost(role: RoleFact, role_kind: str | None, titles: list[PostFact]) -> list[Change]:
    """A relief "of his post" that names no other post takes the post the sentence gives the person as a title
    ("former First Secretary X was relieved of his post"): what the person held until then is what they lost."""
    kind = role_kind or _DEFAULT_KIND[role.role]
    return [Change(kind, role.date, role.person_id, role.report_id, (post.start, post.end), post.post_id,
                   "the post named with the person") for post in {p.post_id: p for p in titles}.values()]


def _names_the_subject(mentions: list[Span], names: list[Span], role: RoleFact) -> bool:
    """Whether the person is the one whose name comes last before the verb ("A was relieved of his post and B
    was elected to it": the relief is A's, whatever role the extractor gave B)."""
    before = [start for start, _ in names if start < role.start]
    return bool(before) and max(before) in {start for start, _ in mentions}


def _announces(doc: str) -> bool:
    """Whether the report's headline announces a conferral or an ending ("X Elected Y", "Title ... Awarded to
    X"), as the report that breaks the news does, rather than the day's reactions to it."""
    return bool(_ANNOUNCING_HEADLINE.search(doc.split("\n", 1)[0]))


def _first_of_repeats(changes: list[Change], docs: Documents) -> list[Change]:
    """Each change once per `REPEAT_DAYS`, at its first report, saying how often it was repeated; among the
    first day's reports, the one whose headline announces it."""
    kept: list[Change] = []
    repeats: dict[int, int] = defaultdict(int)
    last_of: dict[tuple, int] = {}
    for change in sorted(changes, key=lambda c: (c.date, not _announces(docs[c.report_id]), c.report_id)):
        key = (change.confers, change.person_id, conferral_key(change.post_id))  # a rank with or without its body
        index = last_of.get(key)
        if index is not None and (date.fromisoformat(change.date)
                                  - date.fromisoformat(kept[index].date)).days <= REPEAT_DAYS:
            repeats[index] += 1
            continue
        last_of[key] = len(kept)
        kept.append(change)
    return [Change(c.kind, c.date, c.person_id, c.report_id, c.span, c.post_id,
                   "; ".join(filter(None, (c.detail, f"repeated in {repeats[i]} later reports"
                                           if repeats[i] else None))) or None)
            for i, c in enumerate(kept)]


def explicit_changes(facts: Facts, docs: Documents, announced: list[Change] = ()) -> list[Change]:
    """Every stated conferral and ending, in date order, with the `announced` ones read from the text
    (`announcements.py`): a change both find is kept once."""
    posts_of = defaultdict(list)
    for person_posts in facts.posts.values():
        for post in person_posts:
            posts_of[post.report_id, post.person_no].append(post)
    names_in = defaultdict(list)  # every person's mentions, per report
    for (report_id, _), spans in facts.mentions.items():
        names_in[report_id].extend(spans)
    docs.load(role.report_id for role in facts.roles)
    changes = []
    for role in facts.roles:
        key = (role.report_id, role.person_no)
        changes.extend(_changes_of_role(role, posts_of[key], facts.mentions.get(key, []), names_in[role.report_id],
                                        docs[role.report_id]))
    stated = {(c.kind, c.person_id, conferral_key(c.post_id), c.report_id) for c in changes}
    changes.extend(c for c in announced
                   if (c.kind, c.person_id, conferral_key(c.post_id), c.report_id) not in stated)
    return _first_of_repeats(changes, docs)


def since_changes(facts: Facts, dated) -> list[Change]:
    """Appointments seen only in a biography ("now ... since April 2012"): the post is current, conferred on
    the date after "since"; kept when that date lies within the record."""
    found = []
    for person_id, posts in facts.posts.items():
        for post in posts:
            since = dated.since.get((person_id, post.post_id, post.report_id))
            if since and facts.corpus_start and since >= facts.corpus_start[:len(since)]:
                found.append(Change("appointed", since, person_id, post.report_id, (post.start, post.end),
                                    post.post_id, f"a biography: held since {since}"))
    return found
