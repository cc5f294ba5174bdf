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
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, lru_cache

from podium.extract import posts as post_parser
from podium.extract.names import CAPITALISED_RUN, Mention, find_mentions
from podium.extract.record import Person, Post, Role
from podium.extract import roles as role_rules
from podium.extract.roles import AFTER, BEFORE, THING, Cue, find_cues
from podium.extract.sentences import Sentence, split, title_end
from podium.vocab import load_vocab

_AND_GAP = re.compile(r"\band\s")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")
_ELECTION = re.compile(r"\b(?:elect|elected|electing|election|appoint|appointed|appointment|named|promoted|"
                       r"relieve|relieved|recalled|dismissed|esteem|made up of)\b")  # in lower-cased text
_PREDICATE = re.compile(
    r"(?:['’]s\s+(?:election|appointment|promotion)\s+(?:as|to)\s+"
    r"|\s+of\s+(?:all\s+)?(?:his|her|their)\s+posts?\s+(?:including\s+|as\s+)?"
    r"|\s+(?:was|were|has\s+been|have\s+been)\s+(?:recalled|relieved|dismissed|removed|released)\s+(?:from|of)\s+"
    r"(?:the|his|her|their)\s+posts?\s+(?:of|as)\s+"
    r"|\s*,?\s+(?:and\s+\d+\s+others\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+)?"
    r"(?:(?:re-?elected|elected|appointed|named|promoted|made)\s+)?(?:(?:in\s+high\s+esteem\s+(?:forever\s+|for\s+all\s+ages\s+)?)?as|to)\s+"
    r"(?:its\s+|his\s+|her\s+|the\s+(?:military\s+)?(?:title|rank)\s+of\s+)?"
    r"|\s*,?\s+(?:and\s+\d+\s+others\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    r"(?:(?:re-?elected|elected|appointed|named|promoted)\s+"
    r"|(?:awarded|conferred)\s+(?:with\s+|on\s+)?the\s+(?:military\s+)?(?:title|rank)\s+of\s+)"
    r"|\s+(?=[a-z]))")
_TAG = re.compile(r",\s+(?:he|she|it|they|the (?:\w+ )?\w+)\s+(?:said|says|added|noted|stressed|"
                  r"concluded|went on|pointed out|emphasized|underlined)\b")
# The lookahead of first characters lets `re` skip the other positions quickly (three times faster).
_CUT = re.compile(r"(?=[,:;tw])(?:" + _TAG.pattern + r"|\bthat\b|:|;|\bthus\b|\bwhen\b)")
_ADJACENT = re.compile(r"[\s,]*(?:(?:was|were|has|have|had|been|also|then|later|and|is|are|will|jointly|\w+ly)\s+)*")
_REPORTED = re.compile(r"\b(?:said|says|noted|stressed|recalled|added|pointed out|underlined|emphasized|told \w+|"
                       r"reported(?: the news)?|"
                       r"expressed (?:the )?(?:belief|hope|conviction|expectation))(?: in (?:his|her|a) \w+)? that\b")
_PRONOUN_SUBJECT = re.compile(  # "He ...", "Underscoring the need ..., he ...", "On the same day he ..."
    r"(?:(?:(?P<participle>[A-Z][a-z]+ing)|At|In|On|During|After|Before|Then|Later|There|While|Upon|Next)\b"
    r"[^.;:\"“]{0,200}?(?:,\s+|\s(?=s?he\b)))?(?:He|She|he|she)\b")
_DEFINITE_SUBJECT = re.compile(r"The (?:[A-Z]\w+ )?([a-z]+(?:-[a-z]+)?)\b")
_UNNAMED_SUBJECT = re.compile(r"The (?:[\w-]+ ){1,3}?of (?:the )?[A-Z]")  # "The chairman of the X Committee"
_OBJECT_GAP = 40
_CHAINED_REACH = 40  # "elected the dear respected A", "a floral basket from A": the name follows the cue
_CUE_REACH = 120  # characters from a cue to the first name it governs ("Present there were senior officials including")
_COMMA = re.compile(r",\s+")
_VERB_IN_GAP = re.compile(r"\b(?:who|which|said|made|was|were|is|are|has|have)\b")
_LOOSE_GAP = re.compile(r",\s+[^.;:]*,\s*(?:and\s+)?")
_LED_BY = frozenset({"led by", "headed by"})
_DELEGATION = re.compile(r"\b(?:delegations?|troupes?|teams?|groups?|mission)\b")
_DEPICTION = re.compile(r"\b(?:photos?|portraits?|pictures?|images?|statues?|works?|books?|articles?|films?)\s+(?:of|on|about)\b")
_RELATIVE = re.compile(r"\bwho\b[^,]*,")
_AND_OTHERS = re.compile(r"and (?:\d+ |many |several )?(?:others|other \w+)\s+")
_OF = re.compile(r"\s+of\s+")
_LEAD = re.compile(r"\s*,?\s*")
_WITH = re.compile(r"\bwith\b")
_POSSESSIVE = re.compile(r"['’]s\b")
_TRIBUTE = re.compile(r"\b(?:tribute|homage|respects|wreaths?|mausoleum|cemetery|Palace of the Sun)\b")  # a visit to mourn
_NEXT_SENDER = re.compile(r"[^.;:]{0,150}?,\s+(?:and\s+)?")
_INVERTED_TAG = re.compile(r",\s+(?:said|says|noted|stressed|added|pointed out)\s+(?:the|a|an)\s")
_SPEAKER_TAG = re.compile(r",\s+(?:he|she|the reporter|the speaker)\s+\w+")
_SUBJECT_LEAD = re.compile(r"(?:(?:At|In|On|During|After|Before|Prior to)\s+(?:the|a|an|his|her|its)\s+"
                           r"(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,?\s+)?"  # "At the end of the meeting A ..."
                           r"(?:An?\s+(?:[a-z][\w-]*\s+){1,3})?"  # "A merited artist Kim Mi Ran, head of ..., told"
                           r"(?:(?:[A-Z][\w'’.\-]*|the|dear|respected|beloved|great)\s+)*")
_INCLUDING = re.compile(r"([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+including\s+$")
_COMPOSITION = re.compile(
    r"(?:The\s+|A\s+)?((?:[A-Za-z'’\-]+\s+){0,6}?(?:committee|commission|presidium|board|council|secretariat))\s+"
    r"(?:will be|is|was|has been|were|shall be)\s+(?:made up|composed|formed)\s+of\s+(?:the\s+)?following"
    r"(?:\s+persons|\s+members|\s+officials)?\s*:", re.IGNORECASE)


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


_WORD_CHARS = frozenset("_'’.-")


def _capitalised_word_before(text: str, low: int, at: int) -> bool:
    """Whether whitespace, and before it a word with a capital in it, end at `at` (not before `low`): a scan
    backwards, as most names have no title before them and a regular expression anchored at the end would try
    every position of the window."""
    end = at
    while end > low and text[end - 1].isspace():
        end -= 1
    start = end
    while start > low and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS):
        start -= 1
    return end < at and any("A" <= c <= "Z" for c in text[start:end])


def _title_before(text: str, sentence_start: int, mention: Mention, honorifics) -> tuple[int, list[Post], bool]:
    """(start of the title, its posts, plural?) for the title written right before a mention."""
    if not _capitalised_word_before(text, max(sentence_start, mention.start - 40), mention.start):
        return _lower_case_title(text, sentence_start, mention)  # most mentions end here, with no title
    run = CAPITALISED_RUN.search(text, max(sentence_start, mention.start - 160), mention.start)
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
    title = _parse_title(segment)
    if not title:
        return mention.start, [], False
    offset, texts, plural = title
    span = (base + offset, base + len(segment))
    return base + offset, [Post(t, span) for t in texts], plural


_LOWER_TITLE = re.compile(r"(?<![\w'’-])((?:[A-Za-z][a-z-]*\s+){1,3})$")  # "General secretary", "Lao president"


def _lower_case_title(text: str, sentence_start: int, mention: Mention) -> tuple[int, list[Post], bool]:
    """A title in lower case right before a name ("the birthday of general secretary A", "General secretary A"):
    the longest tail of up to three words that is one singular post, taken only when its last word, in lower
    case, ends a post head."""
    nothing = mention.start, [], False
    end = mention.start - 1
    if end <= sentence_start or not text[end].isspace():
        return nothing
    last = text.rfind(" ", sentence_start, end) + 1
    if text[last:end].lower().removeprefix("vice-") not in post_parser.vocab().last_head_words:
        return nothing
    m = _LOWER_TITLE.search(text, max(sentence_start, mention.start - 50), mention.start)
    if not m:
        return nothing
    words = m.group(1).split()
    for n in range(len(words)):
        candidate = " ".join(words[n:])
        chain = post_parser.parse_chain(candidate, 0, len(candidate))
        if len(chain) == 1 and chain[0].end == len(candidate) and not chain[0].plural and not chain[0].past:
            start = m.start(1) + m.group(1).find(words[n])
            span = (start, start + len(candidate))
            return start, [Post(t, span) for t in post_parser.title_posts(candidate)], False
    return nothing


@lru_cache(maxsize=8192)
def _parse_title(segment: str) -> tuple[int, tuple[str, ...], bool] | None:
    """(where the title starts in `segment`, its posts, plural?): the longest tail of `segment` that is a
    chain of posts. Cached: the same titles ("President", "Premier") come back in every report."""
    toks = post_parser.tokens(segment, 0, len(segment))
    ands = [k for k, tok in enumerate(toks) if tok[0] == "and"]
    first = ands[-1] + 1 if ands else 0  # "the President and General Secretary A": two people, A is the second
    for k in [*range(first, len(toks)), *range(first)]:  # a body with "and" ("of Trade and Industry") after
        if not toks[k][0][:1].isupper():
            continue  # a title starts with a capital ("Members of the CMC", "Vice-Premier")
        candidate = segment[toks[k][1]:]
        chain = post_parser.parse_chain(candidate, 0, len(candidate))
        if chain and chain[-1].end == len(candidate):
            offset = toks[k][1]
            if k and toks[k - 1][0] in post_parser.vocab().nationalities:
                offset = toks[k - 1][1]
            return offset, tuple(post_parser.title_posts(segment[offset:])), chain[0].plural
    return None


def _chain_posts(text: str, start: int, limit: int) -> tuple[list[Post], int, bool]:
    chain = post_parser.parse_chain(text, start, limit)
    if not chain:
        return [], start, False
    texts = post_parser.complete(chain)
    return [Post(t, (p.start, p.end)) for t, p in zip(texts, chain) if not p.past], chain[-1].end, chain[0].plural


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
        comma = _COMMA.match(text, after, limit)
        if comma:
            found, end, plural = _chain_posts(text, comma.end(), limit)
            if found and not (n + 1 < len(occurrences) and text[end:limit].strip() == ""):
                occ.posts.extend(found)
                occ.ext_end = end
                occ.has_appositive = True
                if plural:
                    occ.plural_appositive = found
    return occurrences


def _loose_appositive(text: str, start: int, end: int) -> bool:
    """A gap like ', director of the "Embracing ...", ' between two names: a post the parser could not read
    whole still separates two members of one list."""
    if end - start > 200 or not _LOOSE_GAP.fullmatch(text, start, end):
        return False
    toks = post_parser.tokens(text, start + 1, min(end, start + 60))
    if toks and post_parser.head_at(toks, 0) is not None:
        return True
    return bool(toks) and toks[0][0].islower() and text.find(" of ", start, end) != -1 and \
        not _VERB_IN_GAP.search(text, start, end)


def _lists(text: str, occurrences: list[_Occurrence]) -> list[list[_Occurrence]]:
    groups: list[list[_Occurrence]] = []
    for occ in occurrences:
        plural_title = getattr(occ, "plural_title", False)  # "..., Members of the CMC A, B and C": a new list
        gap_start = groups[-1][-1].ext_end if groups else 0
        if groups and not plural_title and (_LIST_GAP.fullmatch(text, gap_start, occ.pre_start)
                                            or _loose_appositive(text, gap_start, occ.pre_start)):
            groups[-1].append(occ)
        else:
            groups.append([occ])
    return groups


def _share_plural_appositives(group: list[_Occurrence], titled: list[_Occurrence]) -> None:
    """ "A, premier of ..., B and C, members of X and secretaries of Y, D, director of ...": a plural post
    after a name goes back to the names before it that have no post of their own after them (B), up to the
    last one that has (A) or the last one a plural title covers ("Vice-Premiers E and F, B and C, members")."""
    bare: list[_Occurrence] = []
    for occ in group:
        if occ.has_appositive:
            for other in bare if occ.plural_appositive else ():
                other.posts.extend(occ.plural_appositive)
            bare = []
        elif titled and occ is titled[0]:
            bare = [occ]  # a plural title starts a sub-list of its own
        elif bare and any(bare[-1] is t for t in titled) and not any(occ is t for t in titled):
            bare = [occ]  # and the names after the title's list start another
        else:
            bare.append(occ)


@lru_cache(maxsize=64)
def _election_in(text: str, sentence: Sentence) -> bool:
    """Whether the sentence speaks of an election; cached, as every list of the sentence asks."""
    return _ELECTION.search(text[sentence.start:sentence.end].lower()) is not None


def _share_posts(text: str, sentence: Sentence, group: list[_Occurrence], next_start: int) -> int:
    """Posts that a list shares (plural title or appendix, predicate); returns where the list's text ends."""
    first, last = group[0], group[-1]
    titled = []  # the names a plural title before the list covers
    if getattr(first, "plural_title", False):
        titled.append(first)
        for occ in group[1:]:
            if occ.pre_start < occ.mention.start or titled[-1].has_appositive:
                break  # "..., C and Department Director of the NDC D": D has a title of his own
            occ.posts.extend(first.posts)
            titled.append(occ)
            if _AND_GAP.search(text, titled[-2].ext_end, occ.pre_start):
                break  # "Vice-Premiers A and B, C and D, members of ...": the title's list ends at B
    _share_plural_appositives(group, titled)
    end = last.ext_end
    m = _PREDICATE.match(text, end, next_start)
    if m:
        found, post_end, _ = _chain_posts(text, m.end(), next_start)
        gapped = m.group(0).strip() == ""
        if found and (not gapped or _election_in(text, sentence)):
            for occ in group:
                occ.posts.extend(found)
            end = post_end
    return end


def _including(text: str, sentence: Sentence, occurrences: list[_Occurrence]) -> None:
    """ "10 cell secretaries including A of the X Mill and B of the Y Complex": A is a cell secretary of the
    X Mill, B of the Y Complex."""
    if text.find("including", sentence.start, sentence.end) == -1:
        return
    for n, occ in enumerate(occurrences):
        m = _INCLUDING.search(text, max(sentence.start, occ.pre_start - 60), occ.pre_start)
        if m:
            head = post_parser.parse_chain(m.group(1), 0, len(m.group(1)))
            if head and head[-1].plural:
                break
    else:
        return
    previous_end = None
    for k, occ in enumerate(occurrences[n:], n):
        if previous_end is not None and not _LIST_GAP.fullmatch(text[previous_end:occ.pre_start]):
            return
        limit = occurrences[k + 1].pre_start if k + 1 < len(occurrences) else sentence.end
        of = _OF.match(text, occ.ext_end, limit)
        if not of:
            return
        start = of.end()
        prefix = f"{head[-1].head} of "
        synthetic = prefix + text[start:limit]
        chain = post_parser.parse_chain(synthetic, 0, len(synthetic))
        if not chain or not chain[0].body:
            return
        body_end = start + chain[0].end - len(prefix)
        occ.posts.append(Post(post_parser.complete(chain[:1])[0], (occ.ext_end, body_end)))
        previous_end = body_end


def _window(text: str, start: int, end: int, subject: bool) -> tuple[int, int]:
    cut = _CUT.search(text, start, end)
    if cut:
        end = cut.start()
    if end <= start:
        return start, start
    if not subject:
        body_start = _LEAD.match(text, start, end).end()
        others = _AND_OTHERS.match(text, body_start, end)
        if others:
            body_start = others.end()  # "A, B and others made speeches"
        elif text.startswith("and ", body_start):
            return start, start
        comma = text.find(",", body_start, end)
        if comma != -1:
            end = comma
        conj = text.find(" and ", body_start, end)
        if conj != -1:
            end = conj
        return body_start, end
    return start, end


class _RoleAssigner:
    """Roles of one report, sentence by sentence, remembering who "he" is."""

    def __init__(self, text: str, cues: list[Cue], date: str | None):
        self.text = text
        self.by_kind = {kind: ([c for c in cues if c.kind == kind], [c.start for c in cues if c.kind == kind])
                        for kind in (BEFORE, AFTER, THING)}
        self.past = role_rules.past_marks(text, date)
        self.leaders, _, self.object_roles = _settings()
        self.focus: _Occurrence | None = None
        self.sender: _Occurrence | None = None  # the last person who sent something ("The message said ...")
        self.seen: list[_Occurrence] = []

    def _cues_in(self, start: int, end: int, kind: str):
        cues, starts = self.by_kind[kind]
        found = []
        for cue in cues[bisect_left(starts, start):]:
            if cue.start >= end:
                break
            if cue.end <= end:
                found.append(cue)
        return found

    def _give(self, occ: _Occurrence, cue: Cue) -> None:
        role = cue.role
        if cue.phrase == "visited":
            guiding = (occ.mention.name in self.leaders or any(r.role == "guided" for r in occ.roles)) and \
                not self._mourning(cue)
            role = "guided" if guiding else "present"  # "On the same day he visited ...": still inspecting
            if cue.role != role:
                return
        occ.roles.append(Role(role, (cue.start, cue.end)))
        if role == "sent":
            self.sender = occ

    def _mourning(self, cue: Cue) -> bool:
        """ "visited the mausoleum and paid tribute": a visit to mourn, where no one guides."""
        stop = self.text.find(".", cue.end, cue.end + 400)
        return _TRIBUTE.search(self.text, cue.end, stop if stop != -1 else cue.end + 400) is not None

    def _by_office(self, head: str, before: int) -> _Occurrence | None:
        """The last person before `before` whose post has `head` as its office ("president of Zimbabwe")."""
        for occ in reversed(self.seen):
            if occ.mention.start < before and any(head in p.text.split(" of ")[0].split() for p in occ.posts):
                return occ
        return None

    def _scope(self, cue: Cue, groups, ends):
        """The names a cue before them governs: all the rest of the sentence for "Present there were ...";
        for a conferral ("elected", "relieve") only the lists chained to the first one after it."""
        chained = cue.role in ("elected", "relieved", "sent") or cue.phrase in _LED_BY
        previous_end = None
        for n, group in enumerate(groups):
            if group[0].pre_start < cue.end:
                continue
            inside_predicate = n and groups[n - 1][-1].ext_end <= cue.start < ends[n - 1]
            if inside_predicate:  # "A was elected member of ..., B and C members of ...": the gapped lists
                previous_end = ends[n - 1]
            if previous_end is None and (group[0].pre_start - cue.end > (_CHAINED_REACH if chained else _CUE_REACH)
                                         or _DEPICTION.search(self.text, cue.end, group[0].pre_start)):
                return  # "accompanied by a photo of A": A is not present
            if chained and previous_end is not None and \
                    _LIST_GAP.fullmatch(self.text[previous_end:group[0].pre_start]) is None:
                return
            yield from group
            previous_end = ends[n]

    def _predicate(self, occ_group, start, end, subject, sentence_occ):
        w_start, w_end = _window(self.text, start, end, subject)
        relative = _RELATIVE.search(self.text, w_start, w_end) if subject else None
        for cue in self._cues_in(w_start, w_end, AFTER):
            if relative and relative.start() <= cue.start < relative.end():
                continue  # "A, who took part in ..., made a report": only the main verb is A's role here
            if not subject and _ADJACENT.fullmatch(self.text, w_start, cue.start) is None:
                continue
            if cue.role == "received" and not self._receiving(cue, sentence_occ, end):
                continue
            if cue.phrase in ("sent", "sends") and not role_rules.sends_something(self.text, cue.end):
                continue
            if cue.role == "spoke" and role_rules.earlier_words(self.text, occ_group[0].pre_start, cue.start):
                continue  # "As A said, ...", "A once said ..."
            for occ in occ_group:
                self._give(occ, cue)

    def _receiving(self, cue: Cue, sentence_occ, sentence_end) -> bool:
        """ "met" is `received` only with a visitor: a person right after it, or a delegation or a call;
        the people met are `present`."""
        following = [o for o in sentence_occ if o.pre_start >= cue.end]
        for occ in following:
            if " from " not in self.text[cue.end:occ.pre_start]:  # "received a gift from X": X sent it
                occ.roles.append(Role(self.object_roles.get("received", "present"), (cue.start, cue.end)))
        if following and following[0].pre_start - cue.end <= _OBJECT_GAP and \
                "including" not in self.text[cue.end:following[0].pre_start]:
            return True
        return role_rules.names_a_visit(self.text, cue.end, sentence_end)

    def sentence(self, sentence: Sentence, occurrences: list[_Occurrence], groups, ends) -> None:
        if not occurrences and self.focus is None and not self.seen:
            return  # before the first name nothing is anyone's: no list, no "he", no office named before
        text = self.text
        if sentence.quoted:
            if any(c.phrase in ("said", "added", "concluded", "noted", "stressed") for c in
                   self._cues_in(sentence.start, sentence.end, AFTER)) and self.focus and \
                    _SPEAKER_TAG.search(text, sentence.start, sentence.end):
                self.focus.roles.append(Role("spoke", (sentence.start, sentence.end)))
            return
        if role_rules.historical(text, sentence.start, sentence.end, self.past):
            self.seen.extend(occurrences)
            return  # "In 1974 A advanced ...": an earlier occasion gives no role
        for cue in self._cues_in(sentence.start, sentence.end, BEFORE):
            if cue.phrase in _LED_BY and not _DELEGATION.search(text, max(sentence.start, cue.start - 100), cue.start):
                continue  # "the WPK headed by A" is not A's presence; "a delegation headed by A" is
            for occ in self._scope(cue, groups, ends):
                self._give(occ, cue)
        things = self._cues_in(sentence.start, sentence.end, THING)
        chained, previous_end = (), None
        for n, group in enumerate(groups if things else ()):  # "a message to A", "a floral basket from A"
            if group[0].pre_start < things[0].end:
                continue
            found = role_rules.sending_roles(text, sentence.start, group[0].pre_start)
            if not found and chained and _NEXT_SENDER.fullmatch(text, previous_end, group[0].pre_start):
                found = chained  # "gifts from A, chairman of X who is ..., and B, president of Y"
            chained, previous_end = (found if found == ("sent",) else ()), ends[n]
            for role in found:
                for occ in group:
                    occ.roles.append(Role(role, (group[0].pre_start, group[0].mention.end)))
                    if role == "sent":
                        self.sender = occ
        subject = None
        if groups and _SUBJECT_LEAD.fullmatch(text, sentence.start, groups[0][0].pre_start) and \
                not _POSSESSIVE.match(text, groups[0][0].mention.end):
            subject = groups[0]
        reported = _REPORTED.search(text, sentence.start, sentence.end) \
            if text.find(" that", sentence.start, sentence.end) != -1 else None
        inverted = _INVERTED_TAG.search(text, sentence.start, sentence.end)
        for n, group in enumerate(groups):
            if reported and group[0].pre_start > reported.start():
                break  # the content of what someone said: those named in it are only mentioned
            if inverted and group[0].pre_start < inverted.start():
                continue  # "A did this, said the chairman of ...": A is named in the chairman's words
            next_start = groups[n + 1][0].pre_start if n + 1 < len(groups) else sentence.end
            is_subject = group is subject
            end = next_start
            if is_subject and n + 1 < len(groups) and _WITH.search(text, next_start - 25, next_start):
                end = groups[n + 2][0].pre_start if n + 2 < len(groups) else sentence.end
            if n and groups[n - 1] is subject and _WITH.search(text, group[0].pre_start - 25, group[0].pre_start):
                continue  # "A, together with B, inspected ...": B came along (present), A inspected
            self._predicate(group, group[-1].ext_end, end, is_subject, occurrences)
        definite = _DEFINITE_SUBJECT.match(text, sentence.start)
        if definite and not subject:
            named = None if _UNNAMED_SUBJECT.match(text, sentence.start) else \
                self._by_office(definite.group(1).lower(), sentence.start)
            if named:
                self.focus = named  # "The president in his message ...": the president named before
                first = groups[0][0].pre_start if groups else sentence.end
                self._predicate([named], definite.end(), first, True, occurrences)
            elif _UNNAMED_SUBJECT.match(text, sentence.start):
                self.focus = None  # "The chairman of the X Committee said ...": his "he" is nobody named
        if self.sender and role_rules.words_of_thing_sent(text, sentence.start, sentence.end):
            self.sender.roles.append(Role("spoke", (sentence.start, sentence.end)))
        inside = role_rules.speaks_in_thing_sent(text, sentence.start, sentence.end) if self.sender else None
        referent = self.sender if inside is not None else self.focus  # "He said in the message": the sender
        if inside is not None and not (groups and groups[0][0].pre_start < inside) and any(
                c.role == "spoke" for c in self._cues_in(inside, sentence.end, AFTER)):
            self.sender.roles.append(Role("spoke", (inside, sentence.end)))  # "Kim in the message wished ..."
        pronoun = _PRONOUN_SUBJECT.match(text, sentence.start)
        first = groups[0][0].pre_start if groups else sentence.end
        if pronoun and referent and pronoun.end() <= first:
            lead_start = sentence.start if pronoun.group("participle") else pronoun.end()  # "Saying ..., he"
            self._predicate([referent], lead_start, first, True, occurrences)
        tag = _TAG.search(text, sentence.start, sentence.end)
        if tag and self.focus and _SPEAKER_TAG.match(text, tag.start()):
            self.focus.roles.append(Role("spoke", tag.span()))
        if subject and not tag:  # a subject inside reported words does not become "he"
            self.focus = subject[0]
        self.seen.extend(occurrences)


def _composition(text: str, sentence: Sentence) -> tuple[Post, Role] | None:
    """ "National funeral committee will be made up of following persons:": its members follow."""
    m = _COMPOSITION.match(text, sentence.start, sentence.end)
    if not m:
        return None
    body = " ".join(w if w in ("of", "the", "for", "and") else w[:1].upper() + w[1:] for w in m.group(1).split())
    return Post(f"member of the {body}", m.span(1)), Role("elected", m.span())


def _person(people: dict[str, Person], name: str) -> Person:
    person = people.get(name)
    if person is None:
        person = people[name] = Person(name)
    return person


def find_people(text: str, date: str | None = None) -> list[Person]:
    """Every person named in `text` with posts, roles and spans; `date` is unused by people (kept for the API)."""
    if not _PREFILTER.search(text):
        return []
    mentions = find_mentions(text, title_end(text))
    if not mentions:
        return []
    sentences = split(text)
    _, honorifics, _ = _settings()
    assigner = _RoleAssigner(text, find_cues(text.lower()), date)
    people: dict[str, Person] = {}
    list_no = 0
    index = 0
    everyone: list[_Occurrence] = []
    heading, heading_paragraph = None, -1
    lists_follow = text.find("ollowing") != -1  # a composition always says "the following (persons):"
    for sentence in sentences:
        composition = _composition(text, sentence) if lists_follow else None
        if composition:
            heading, heading_paragraph = composition, sentence.paragraph
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
        if groups:
            _including(text, sentence, occurrences)
        if not sentence.title:
            assigner.sentence(sentence, occurrences, groups, ends)
        if heading and sentence.paragraph == heading_paragraph + 1:
            for occ in occurrences:
                occ.posts.append(heading[0])
                occ.roles.append(heading[1])
        for group in groups:
            numbered = len(group) >= 3
            if numbered:
                list_no += 1
            for pos, occ in enumerate(group, 1):
                person = _person(people, occ.mention.name)
                if numbered and person.list_no is None:
                    person.list_no, person.list_pos = list_no, pos
        everyone.extend(occurrences)
    for occ in everyone:  # after the last sentence: "he" may give roles to an earlier occurrence
        person = _person(people, occ.mention.name)
        person.mentions.append((occ.mention.start, occ.mention.end))
        person.posts.extend(occ.posts)
        person.roles.extend(occ.roles)
    for person in people.values():
        person.posts = _distinct_posts(person.posts)
        person.roles = role_rules.after_death(person.name, date, person.roles, text, person.mentions)
        if not person.roles:
            first = person.mentions[0]
            person.roles.append(Role("mentioned", first))
        elif any(r.role != "mentioned" for r in person.roles):
            person.roles = [r for r in person.roles if r.role != "mentioned"]
    return list(people.values())


_STATE = frozenset("democratic people's peoples republic korea workers' workers the of and party to".split())


def _key(post: str) -> frozenset:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", post.lower().replace("'", "")) if w not in _STATE)


def _distinct_posts(posts: list[Post]) -> list[Post]:
    """One post per office: a shorter form ("premier") gives way to a fuller one of the same office
    ("premier of the Cabinet of the DPRK"); forms that differ in a `distinct_words` word stay apart."""
    distinct = frozenset(load_vocab("posts")["distinct_words"])
    keys = [_key(p.text) for p in posts]
    kept = []
    for n, post in enumerate(posts):
        def covered_by(k: int) -> bool:
            if k == n or not keys[n] <= keys[k] or (keys[k] - keys[n]) & distinct:
                return False
            return keys[n] < keys[k] or len(posts[k].text) > len(post.text) or \
                (len(posts[k].text) == len(post.text) and k < n)
        if not any(covered_by(k) for k in range(len(posts))):
            kept.append(post)
    return kept


_PREFILTER = re.compile(r"[A-Z][a-z]+ [A-Z]")
