"""Persons across reports: the people of every report (`report_people`) grouped into real individuals.

Names first (`names.group_names`): spellings of one name form a group. Then posts split a group into people:
mentions are taken in date order and each joins the person of its group it fits best; a mention that cannot be
the same person as any of them starts a new one. Two mentions cannot be one person when
- they are two people of the same report with different posts (the extractor already merged each report's
  mentions of one person; two of one name there without a distinguishing post are more often its mistake);
- their posts fall in career tracks that one person cannot hold together (`careers.py`, `vocab/careers.yaml`):
  a foreign and a DPRK post; a central post or rank and a grassroots one; the KPA and the foreign service; a
  sports coach and the party's central organs... each within the window the vocabulary gives, and at any
  distance in time when the person is named nowhere within `era_years` of it (a football official of 2012 is
  not the WPK department official of 2022 of his name: a career changes within an era, not across a silence).
Only DPRK-style names (`names.looks_korean`) are split by posts: a foreign name shared by two people is rare,
and a foreign leader seemingly given a DPRK post is an extraction mistake, not a second person. Only posts that
name a DPRK body in words count as DPRK evidence ("premier" made the Cabinet's by the vocabulary is not evidence
against a Chinese premier); any central post or rank, written out or not, is evidence against a grassroots one.
Mentions without posts are placed by their report's other people and domain (`_place_without_post`).

Ids are stable across re-ingestion: the slug of the group's usual spelling ("kim-jong-un"), and for a second,
third... person of that name "-2", "-3" in order of first appearance (date, then report id), so that newer
reports never renumber the people already known.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date

from podium.resolve.careers import careers
from podium.resolve.names import NameMatch, group_names, looks_korean, name_key
from podium.resolve.posts import ParsedPost
from podium.resolve.text import slug

CENTRAL_TRACK = "central"  # officials of central bodies: few enough that one name across a decade is one person


@dataclass
class Mention:
    """One person of one report, with what their posts say about them and what the report is about."""
    report_id: str
    person_no: int
    name: str
    date: str
    posts: list[ParsedPost]
    topics: frozenset[str] = frozenset()  # the career tracks the report's title and lead speak of

    @property
    def day(self) -> int:
        return Date.fromisoformat(self.date).toordinal()


@dataclass
class Link:
    mention: Mention
    score: float
    reason: str


@dataclass
class Cluster:
    """One person being built: their mentions, the dates of each career track of their posts (for the conflict
    checks), the tracks they are known in and the people seen with them (to place mentions without posts)."""
    links: list[Link] = field(default_factory=list)
    reports: dict[str, set[str]] = field(default_factory=dict)  # report id -> the posts it gives
    posts: Counter = field(default_factory=Counter)
    days: dict[str, list[int]] = field(default_factory=dict)
    example: dict[str, str] = field(default_factory=dict)  # a post of each track, to explain a conflict
    tracks: set[str] = field(default_factory=set)
    company: set[str] = field(default_factory=set)  # name groups named in this person's reports
    mention_days: list[int] = field(default_factory=list)  # sorted days of every mention

    def add(self, link: Link, others: frozenset[str] = frozenset()) -> None:
        mention = link.mention
        self.links.append(link)
        bisect.insort(self.mention_days, mention.day)
        self.reports.setdefault(mention.report_id, set()).update(p.post_id for p in mention.posts)
        self.company |= others
        trusted = trusted_tracks(mention)
        for post in mention.posts:
            self.posts[post.post_id] += 1
            for track in careers().tracks_of(post):
                if track not in trusted:
                    continue
                bisect.insort(self.days.setdefault(track, []), mention.day)
                self.example.setdefault(track, post.post_id)
                self.tracks.add(track)

    def conflict(self, mention: Mention, by_posts: bool) -> str | None:
        """Why `mention` cannot be this person, or None; `by_posts` False checks only the report."""
        same_report = self.reports.get(mention.report_id)
        if same_report and not same_report & {p.post_id for p in mention.posts}:
            return f"another person of this name, with other posts, in report {mention.report_id}"
        trusted = trusted_tracks(mention) if by_posts else set()
        across_eras = not self.near(mention.day)  # a career may change within an era, not across a silent decade
        for post in mention.posts:
            for track in sorted(trusted.intersection(careers().tracks_of(post))):  # one reason, whatever the
                for other, window in careers().incompatible[track]:  # process's string hashing
                    days = self.days.get(other, [])
                    if _within(days, mention.day, window) or days and across_eras:
                        return f"{post.post_id} ({track}) vs {self.example[other]} ({other})"
        return None

    def near(self, day: int) -> bool:
        """Whether this person is named within the era window (`era_years`) of `day`: two mentions of a common
        name a decade apart, with no post or company in common, are not evidence of one person."""
        return _within(self.mention_days, day, careers().era_days)

    def first(self) -> tuple[str, str, int]:
        return min((link.mention.date, link.mention.report_id, link.mention.person_no) for link in self.links)


def trusted_tracks(mention: Mention) -> set[str]:
    """The career tracks of a mention's posts, less those that clash with each other: one report cannot show one
    person in two incompatible tracks, so such posts are the extractor's misattribution (a general leading a
    delegation given the ambassador's post) and say nothing either way."""
    tracks = {t for post in mention.posts for t in careers().tracks_of(post)}
    return tracks - {t for a in tracks for b, _ in careers().incompatible[a] if b in tracks for t in (a, b)}


def _within(days: list[int], day: int, window: int | None) -> bool:
    if not days:
        return False
    if window is None:
        return True
    i = bisect.bisect_left(days, day - window)
    return i < len(days) and days[i] <= day + window


@dataclass
class Person:
    id: str
    name: str
    first_date: str
    last_date: str
    n_reports: int
    links: list[Link]


def resolve_persons(mentions: list[Mention]) -> list[Person]:
    """Every mention linked to exactly one person; deterministic for the same mentions in any order."""
    mentions = sorted(mentions, key=lambda m: (m.date, m.report_id, m.person_no))
    keys = {id(m): name_key(m.name) for m in mentions}
    reports_per_key = Counter()
    for written, report_ids in _reports_by_key(mentions, keys).items():
        reports_per_key[written] = len(report_ids)
    groups = group_names(reports_per_key)
    by_group: dict[str, list[Mention]] = {}
    named_in: dict[str, set[str]] = {}  # report id -> the name groups it names
    for mention in mentions:
        target = groups[keys[id(mention)]].target
        by_group.setdefault(target, []).append(mention)
        named_in.setdefault(mention.report_id, set()).add(target)
    persons: list[Person] = []
    used: set[str] = set()
    everywhere = {head for head, group in by_group.items()
                  if len({m.report_id for m in group}) > careers().context_split_max_reports}
    for head, group in sorted(by_group.items()):
        others = {id(m): frozenset(named_in[m.report_id] - {head}) for m in group}
        clusters = _split(group, {id(m): groups[keys[id(m)]] for m in group}, others, looks_korean(head),
                          frozenset(everywhere))
        base = slug(head) or "unnamed"
        while base in used or f"{base}-2" in used:  # a name that itself ends in a number ("... 2")
            base += "-x"
        persons.extend(_persons(base, clusters))
        used.update(p.id for p in persons[-len(clusters):])
    return persons


def _reports_by_key(mentions: list[Mention], keys: dict[int, str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for mention in mentions:
        found.setdefault(keys[id(mention)], set()).add(mention.report_id)
    return found


def _split(group: list[Mention], matches: dict[int, NameMatch], others: dict[int, frozenset[str]],
           by_posts: bool, everywhere: frozenset[str] = frozenset()) -> list[Cluster]:
    """The people in one name group: mentions with posts first (they can tell people apart), then the rest,
    placed by the people and the domain of their report (`_place_without_post`)."""
    clusters: list[Cluster] = []
    with_posts = [m for m in group if m.posts]
    without = [m for m in group if not m.posts]
    for mention in with_posts:
        name = matches[id(mention)]
        conflicts = [(c, c.conflict(mention, by_posts)) for c in clusters]
        fitting = [c for c, why in conflicts if why is None]
        if by_posts:  # across eras, only a shared post or the central elite makes one person of a common name
            central = CENTRAL_TRACK in trusted_tracks(mention)
            fitting = [c for c in fitting if c.near(mention.day) or any(c.posts[p.post_id] for p in mention.posts)
                       or central and CENTRAL_TRACK in c.tracks
                       or len(c.reports) > careers().context_split_max_reports]
        if fitting:
            best = max(fitting, key=lambda c: (sum(c.posts[p.post_id] > 0 for p in mention.posts), len(c.reports),
                                               -clusters.index(c)))
            shared = [p.post_id for p in mention.posts if best.posts[p.post_id]]
            post_part = (1.0, f"shares post {shared[0]}") if shared else \
                (0.8, "posts compatible") if len(clusters) == 1 else (0.6, f"posts compatible; {len(clusters)} "
                                                                          "people of this name")
            best.add(Link(mention, min(name.score, post_part[0]), f"{name.reason}; {post_part[1]}"),
                     others[id(mention)])
        else:
            cluster = Cluster()
            clashes = [(c, why) for c, why in conflicts if why is not None]
            why = f"; post conflict with person #{1 + clusters.index(clashes[0][0])}: {clashes[0][1]}" if clashes \
                else f"; another person: no post in common and {careers().era_days // 365}+ years apart" \
                if conflicts else ""
            cluster.add(Link(mention, name.score * (0.9 if conflicts else 1.0), f"{name.reason}{why}"),
                        others[id(mention)])
            clusters.append(cluster)
    for mention in without:
        _place_without_post(clusters, mention, matches[id(mention)], others[id(mention)], by_posts, everywhere)
    return clusters


def _place_without_post(clusters: list[Cluster], mention: Mention, name: NameMatch, others: frozenset[str],
                        by_context: bool, everywhere: frozenset[str] = frozenset()) -> None:
    """A mention without a post joins the person of its name whom its report fits best: one seen before with
    the report's other people, or known in the domain the report is about (football, foreign ministry talks),
    else the most frequent. When its report is about a domain that person cannot be in (a football report for
    a Politburo member) and names none of the people seen with them, it is another person of that name; for
    DPRK-style names only (`by_context`), as for posts. The score says how much the report supports the link."""
    if not clusters:
        cluster = Cluster(tracks=set(mention.topics))
        cluster.add(Link(mention, name.score, f"{name.reason}; no post"), others)
        clusters.append(cluster)
        return
    topics = set(mention.topics)
    if by_context:  # across eras, only company makes one person of a common name
        in_reach = [c for c in clusters if c.near(mention.day) or _company_across_eras(c, others, everywhere)
                    or len(c.reports) > careers().context_split_max_reports]
        if not in_reach:
            cluster = Cluster(tracks=topics)
            cluster.add(Link(mention, round(name.score * 0.7, 3), f"{name.reason}; no post; another person: "
                             f"named {careers().era_days // 365}+ years from every other mention of this name, "
                             "with none of their company"), others)
            clusters.append(cluster)
            return
    pool = in_reach if by_context else clusters
    evidence = {id(c): (len(others & c.company), topics & c.tracks,
                        careers().clash(topics, c.tracks) if topics and not topics & c.tracks else None)
                for c in pool}
    best = max(pool, key=lambda c: (not evidence[id(c)][2] or evidence[id(c)][0] > 0, evidence[id(c)][0],
                                        bool(evidence[id(c)][1]), len(c.reports), -clusters.index(c)))
    company, fit, clash = evidence[id(best)]
    if clash and not company and by_context and len(best.reports) <= careers().context_split_max_reports:
        cluster = Cluster(tracks=topics)
        cluster.add(Link(mention, round(name.score * 0.7, 3),
                         f"{name.reason}; no post; another person: the report is about {_words(topics)}, which "
                         f"person #{1 + clusters.index(best)}: ({_words(best.tracks)}) cannot be "
                         f"({clash[0]} vs {clash[1]}), and names none of the people seen with them"), others)
        clusters.append(cluster)
        return
    share = len(best.reports) / sum(len(c.reports) for c in pool)
    many = f", {len(clusters)} people of this name" if len(clusters) > 1 else ""
    if company or fit:
        support = (1.0 if company and fit else 0.9, "; ".join(
            ([f"{company} of the people seen with them here"] if company else []) +
            ([f"the report is about {_words(fit)}, as they are"] if fit else [])))
    elif topics:
        support = (min(share, 0.5), f"none of the people seen with them here, and the report is about "
                                    f"{_words(topics)}, not their {_words(best.tracks) or 'domain'}")
    else:
        support = (share, "took the most frequent" if many else "nothing else to go by")
    best.add(Link(mention, round(name.score * support[0], 3), f"{name.reason}; no post{many}; {support[1]}"),
             others)


def _company_across_eras(cluster: Cluster, others: frozenset[str], everywhere: frozenset[str]) -> bool:
    """Whether the report's people make the mention this person across a silence of eras. The leaders every
    report names (`everywhere`: more than `context_split_max_reports` reports) do not count for a person given
    no post and known from a report on a domain of `leaders_not_company` (a concert): a performer of 2012 is no
    evidence for a man of the name whom Kim Jong Un met in 2022, while an official of 2012 seen with the leader
    likely is the one seen with him in 2022."""
    shared = others & cluster.company
    performer = not cluster.posts and cluster.tracks & careers().leaders_not_company
    return bool(shared - everywhere if performer else shared)


def _words(tracks: set[str]) -> str:
    return "/".join(sorted(tracks))


def _persons(base: str, clusters: list[Cluster]) -> list[Person]:
    """Ids by order of first appearance; the name most often written; reasons point at ids, not numbers."""
    ordered = sorted(clusters, key=Cluster.first)
    ids = [base + (f"-{n + 1}" if n else "") for n in range(len(ordered))]
    number_to_id = {f"person #{1 + clusters.index(c)}": ids[i] for i, c in enumerate(ordered)}
    persons = []
    for person_id, cluster in zip(ids, ordered):
        for link in cluster.links:
            for number, other_id in number_to_id.items():
                link.reason = link.reason.replace(number + ":", other_id + ":")
        persons.append(summarise(person_id, cluster.links))
    return persons


def summarise(person_id: str, links: list[Link]) -> Person:
    """The person of these links: the name most often written, first and last dates, number of reports."""
    names = Counter(link.mention.name for link in links)
    dates = [link.mention.date for link in links]
    return Person(id=person_id, name=min(names, key=lambda n: (-names[n], n)), first_date=min(dates),
                  last_date=max(dates), n_reports=len({link.mention.report_id for link in links}), links=links)
