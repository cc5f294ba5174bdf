"""People, their posts and their roles, from one cleaned report.

Per sentence: find the mentions (`names`), the title written before each ("Premier", "Members of the CMC of the
WPK"), the posts after it ("Name, member of ... and secretary of ..."), group mentions into lists ("A, B and C"),
then give each list the posts and roles its context states:
- a plural post after a tight list, a plural title before one, or a predicate after it ("were elected
  members of ...", gapped "A and B alternate members of ...") goes to every name of the list;
- roles come from cues before the names ("Present there were ...") or in the predicate after them ("... made a
  report"); "He ..." sentences give their roles to the last person who was the subject of a sentence;
- inside a quotation only `mentioned` applies, and `mentioned` is given only when nothing else is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from podium.extract import posts as post_parser
from podium.extract.names import Mention, find_mentions
from podium.extract.record import Person, Post, Role
from podium.extract.roles import AFTER, BEFORE, Cue, find_cues
from podium.extract.sentences import Sentence, split
from podium.vocab import load_vocab

_RUN_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’.\-]*|of|the|to|for|with|and|on|in)\s+)+$")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")
_ELECTION = re.compile(r"\b(?:elect|elected|electing|election|appoint|appointed|appointment|named|promoted|"
                       r"relieve|relieved|recalled|dismissed|esteem|made up of)\b", re.IGNORECASE)
_PREDICATE = re.compile(
    r"(?:['’]s\s+(?:election|appointment|promotion)\s+(?:as|to)\s+"
    r"|\s+of\s+(?:all\s+)?(?:his|her|their)\s+posts?\s+(?:including\s+|as\s+)?"
    r"|\s+(?:was|were|has\s+been|have\s+been)\s+(?:recalled|relieved|dismissed|removed|released)\s+(?:from|of)\s+"
    r"(?:the|his|her|their)\s+posts?\s+(?:of|as)\s+"
    r"|\s*,?\s+(?:and\s+\d+\s+others\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:re-?elected|elected|appointed|named|promoted|made)\s+)?(?:(?:in\s+high\s+esteem\s+)?as|to)\s+"
    r"(?:its\s+|his\s+|her\s+)?"
    r"|\s*,?\s+(?:and\s+\d+\s+others\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    r"(?:re-?elected|elected|appointed|named|promoted)\s+"
    r"|\s+(?=[a-z]))")
_CUT = re.compile(r"\bthat\b|:|;|\bwho\b|\bwhich\b|\bthus\b")
_PRONOUN_SUBJECT = re.compile(r"^(?:He|She)\b")
_OBJECT_GAP = 40


@dataclass
class _Occurrence:
    mention: Mention
    pre_start: int
    ext_end: int
    posts: list[Post] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    has_appositive: bool = False
    plural_appositive: list[Post] = field(default_factory=list)


@cache
def _settings():
    names, roles = load_vocab("names"), load_vocab("roles")
    honorifics = tuple(h for h in names["honorifics"])
    return frozenset(names["leaders"]), honorifics, roles["object_roles"]


def _title_before(text: str, sentence_start: int, mention: Mention, honorifics) -> tuple[int, list[Post], bool]:
    """(start of the title, its posts, plural?) for the title written right before a mention."""
    run = _RUN_BEFORE.search(text, max(sentence_start, mention.start - 160), mention.start)
    if not run:
        return mention.start, [], False
    segment = run.group(0).rstrip()
    base = run.start()
    while True:
        words = segment.split()
        if words and words[-1] in honorifics:
            segment = segment[: segment.rfind(words[-1])].rstrip()
            continue
        break
    toks = post_parser.tokens(segment, 0, len(segment))
    for k in range(len(toks)):
        candidate = segment[toks[k][1]:]
        chain = post_parser.parse_chain(candidate, 0, len(candidate))
        if chain and chain[-1].end == len(candidate):
            start = base + toks[k][1]
            if k and toks[k - 1][0] in post_parser.vocab().nationalities:
                candidate = segment[toks[k - 1][1]:]
                start = base + toks[k - 1][1]
            texts = post_parser.title_posts(candidate)
            span = (start, base + len(segment))
            return start, [Post(t, span) for t in texts], chain[0].plural
    return mention.start, [], False


def _chain_posts(text: str, start: int, limit: int) -> tuple[list[Post], int, bool]:
    chain = post_parser.parse_chain(text, start, limit)
    if not chain:
        return [], start, False
    texts = post_parser.complete(chain)
    return [Post(t, (p.start, p.end)) for t, p in zip(texts, chain)], chain[-1].end, chain[0].plural


def _occurrences(text: str, sentence: Sentence, mentions: list[Mention], honorifics) -> list[_Occurrence]:
    occurrences = []
    for m in mentions:
        pre_start, title, plural = _title_before(text, sentence.start, m, honorifics)
        occ = _Occurrence(m, pre_start, m.end, posts=list(title))
        occ.plural_title = plural  # type: ignore[attr-defined]
        occurrences.append(occ)
    for n, occ in enumerate(occurrences):
        limit = occurrences[n + 1].pre_start if n + 1 < len(occurrences) else sentence.end
        after = occ.mention.end
        comma = re.match(r",\s+", text[after:limit])
        if comma:
            found, end, plural = _chain_posts(text, after + comma.end(), limit)
            if found and not (n + 1 < len(occurrences) and text[end:limit].strip() == ""):
                occ.posts.extend(found)
                occ.ext_end = end
                occ.has_appositive = True
                if plural:
                    occ.plural_appositive = found
    return occurrences


def _lists(text: str, occurrences: list[_Occurrence]) -> list[list[_Occurrence]]:
    groups: list[list[_Occurrence]] = []
    for occ in occurrences:
        if groups and _LIST_GAP.fullmatch(text[groups[-1][-1].ext_end:occ.pre_start]) is not None:
            groups[-1].append(occ)
        else:
            groups.append([occ])
    return groups


def _share_posts(text: str, sentence: Sentence, group: list[_Occurrence], next_start: int) -> int:
    """Posts that a list shares (plural title or appendix, predicate); returns where the list's text ends."""
    first, last = group[0], group[-1]
    if getattr(first, "plural_title", False):
        for occ in group[1:]:
            occ.posts.extend(p for p in first.posts)
    tight = not any(o.has_appositive for o in group[:-1])
    if last.plural_appositive and tight:
        for occ in group[:-1]:
            occ.posts.extend(last.plural_appositive)
    end = last.ext_end
    m = _PREDICATE.match(text, end, next_start)
    if m:
        gapped = m.group(0).strip() == ""
        if not gapped or _ELECTION.search(text, sentence.start, sentence.end):
            found, post_end, _ = _chain_posts(text, m.end(), next_start)
            if found:
                for occ in group:
                    occ.posts.extend(found)
                end = post_end
    return end


def _including(text: str, sentence: Sentence, group: list[_Occurrence]) -> None:
    """ "10 cell secretaries including A of the X Mill": A is a cell secretary of the X Mill."""
    m = re.search(r"([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+including\s+$", text[sentence.start:group[0].pre_start])
    if not m:
        return
    head = post_parser.parse_chain(m.group(1), 0, len(m.group(1)))
    if not head or not head[-1].plural:
        return
    for occ in group:
        body = re.match(r"\s+of\s+", text[occ.ext_end:])
        if body:
            synthetic = f"{head[-1].head} of " + text[occ.ext_end + body.end():sentence.end]
            chain = post_parser.parse_chain(synthetic, 0, len(synthetic))
            if chain:
                span_end = occ.ext_end + body.end() + chain[0].end - len(head[-1].head) - 4
                occ.posts.append(Post(post_parser.complete(chain[:1])[0], (occ.ext_end, span_end)))


def _window(text: str, start: int, end: int, subject: bool) -> tuple[int, int]:
    cut = _CUT.search(text, start, end)
    if cut:
        end = cut.start()
    if not subject:
        segment = text[start:end]
        lead = re.match(r"\s*,?\s*", segment)
        body_start = start + lead.end()
        if text.startswith("and ", body_start):
            return start, start
        comma = text.find(",", body_start, end)
        if comma != -1:
            end = comma
        conj = text.find(" and ", body_start, end)
        if conj != -1:
            end = conj
    return start, end


class _RoleAssigner:
    """Roles of one report, sentence by sentence, remembering who "he" is."""

    def __init__(self, text: str, cues: list[Cue]):
        self.text, self.cues = text, cues
        self.leaders, _, self.object_roles = _settings()
        self.focus: _Occurrence | None = None

    def _cues_in(self, start: int, end: int, kind: str):
        return [c for c in self.cues if c.kind == kind and start <= c.start and c.end <= end]

    def _give(self, occ: _Occurrence, cue: Cue) -> None:
        role = cue.role
        if cue.phrase == "visited":
            role = "guided" if occ.mention.name in self.leaders else "present"
            if cue.role != role:
                return
        occ.roles.append(Role(role, (cue.start, cue.end)))

    def _predicate(self, occ_group, start, end, subject, sentence_occ):
        w_start, w_end = _window(self.text, start, end, subject)
        for cue in self._cues_in(w_start, w_end, AFTER):
            if cue.role == "received":
                if not self._receiving(cue, sentence_occ, end):
                    continue
            for occ in occ_group:
                self._give(occ, cue)

    def _receiving(self, cue: Cue, sentence_occ, sentence_end) -> bool:
        """ "met" is `received` only with a visitor: a person right after it, or a delegation or a call."""
        following = [o for o in sentence_occ if o.pre_start >= cue.end]
        if following and following[0].pre_start - cue.end <= _OBJECT_GAP and \
                "including" not in self.text[cue.end:following[0].pre_start]:
            for occ in following:
                occ.roles.append(Role(self.object_roles.get("received", "present"), (cue.start, cue.end)))
            return True
        return bool(re.search(r"delegation|courtesy|ambassador|envoy|visitor|guest",
                              self.text[cue.end:sentence_end]))

    def sentence(self, sentence: Sentence, occurrences: list[_Occurrence], groups, ends) -> None:
        text = self.text
        if sentence.quoted:
            if any(c.phrase in ("said", "added", "concluded", "noted", "stressed") for c in
                   self._cues_in(sentence.start, sentence.end, AFTER)) and self.focus and \
                    re.search(r",\s+(?:he|she|the reporter|the speaker)\s+\w+", text[sentence.start:sentence.end]):
                self.focus.roles.append(Role("spoke", (sentence.start, sentence.end)))
            return
        for cue in self._cues_in(sentence.start, sentence.end, BEFORE):
            for occ in occurrences:
                if occ.pre_start >= cue.end:
                    self._give(occ, cue)
        subject = None
        if groups and re.fullmatch(r"(?:(?:[A-Z][\w'’.\-]*|the|dear|respected|beloved|great)\s+)*",
                                   text[sentence.start:groups[0][0].pre_start]):
            subject = groups[0]
        for n, group in enumerate(groups):
            next_start = groups[n + 1][0].pre_start if n + 1 < len(groups) else sentence.end
            is_subject = group is subject
            end = sentence.end if is_subject else next_start
            self._predicate(group, ends[n], end, is_subject, occurrences)
        if _PRONOUN_SUBJECT.match(text, sentence.start) and self.focus:
            first = groups[0][0].pre_start if groups else sentence.end
            self._predicate([self.focus], sentence.start + 2, sentence.end if not groups else first, True,
                            occurrences)
        elif self.focus and re.search(r",\s+(?:he|she)\s+(?:said|added|noted|stressed|went on)\b",
                                      text[sentence.start:sentence.end]):
            self.focus.roles.append(Role("spoke", (sentence.start, sentence.end)))
        if subject:
            self.focus = subject[0]


def find_people(text: str, date: str | None = None) -> list[Person]:
    """Every person named in `text` with posts, roles and spans; `date` is unused by people (kept for the API)."""
    if not _PREFILTER.search(text):
        return []
    sentences = split(text)
    title_end = sentences[0].end if sentences and sentences[0].title else 0
    mentions = find_mentions(text, title_end)
    if not mentions:
        return []
    _, honorifics, _ = _settings()
    assigner = _RoleAssigner(text, find_cues(text.lower()))
    people: dict[str, Person] = {}
    list_no = 0
    index = 0
    for sentence in sentences:
        in_sentence = []
        while index < len(mentions) and mentions[index].start < sentence.end:
            if mentions[index].start >= sentence.start:
                in_sentence.append(mentions[index])
            index += 1
        if not in_sentence:
            if not sentence.title:
                assigner.sentence(sentence, [], [], [])
            continue
        occurrences = _occurrences(text, sentence, in_sentence, honorifics) if not sentence.title else \
            [_Occurrence(m, m.start, m.end) for m in in_sentence]
        groups = _lists(text, occurrences) if not sentence.title else []
        ends = []
        for n, group in enumerate(groups):
            next_start = groups[n + 1][0].pre_start if n + 1 < len(groups) else sentence.end
            ends.append(_share_posts(text, sentence, group, next_start))
            _including(text, sentence, group)
        if not sentence.title:
            assigner.sentence(sentence, occurrences, groups, ends)
        for group in groups:
            numbered = len(group) >= 3
            if numbered:
                list_no += 1
            for pos, occ in enumerate(group, 1):
                person = people.setdefault(occ.mention.name, Person(occ.mention.name))
                if numbered and person.list_no is None:
                    person.list_no, person.list_pos = list_no, pos
        for occ in occurrences:
            person = people.setdefault(occ.mention.name, Person(occ.mention.name))
            person.mentions.append((occ.mention.start, occ.mention.end))
            person.posts.extend(occ.posts)
            person.roles.extend(occ.roles)
    for person in people.values():
        person.posts = _distinct_posts(person.posts)
        if not person.roles:
            first = person.mentions[0]
            person.roles.append(Role("mentioned", first))
        elif any(r.role != "mentioned" for r in person.roles):
            person.roles = [r for r in person.roles if r.role != "mentioned"]
    return list(people.values())


_STATE = frozenset("democratic people's republic korea workers' the of and party".split())


def _key(post: str) -> frozenset:
    return frozenset(w for w in re.findall(r"[a-z0-9'’-]+", post.lower()) if w not in _STATE)


def _distinct_posts(posts: list[Post]) -> list[Post]:
    """One post per office: a bare or shorter form ("premier") gives way to a fuller one of the same office."""
    keys = [_key(p.text) for p in posts]
    kept = []
    for n, post in enumerate(posts):
        head = post.text.split(" of ")[0].split(" to ")[0]
        if any(keys[n] < keys[k] and posts[k].text.startswith(head + " ") for k in range(len(posts)) if k != n):
            continue
        if any(keys[n] == keys[k] and (len(posts[k].text) > len(post.text) or
                                       (len(posts[k].text) == len(post.text) and k < n))
               for k in range(len(posts)) if k != n):
            continue
        kept.append(post)
    return kept


_PREFILTER = re.compile(r"[A-Z][a-z]+ [A-Z]")
