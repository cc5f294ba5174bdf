"""People, their posts and their roles, from one cleaned report.

Per sentence: find the mentions (`names`), the title written before each ("Premier", "Members of the CMC of the
WPK"), the posts after it ("Name, member of ... and secretary of ..."), group mentions into lists ("A, B and C"),
then give each list the posts and roles its context states:
- a plural post after a tight list, a plural title before one, or a predicate after it ("were elected
  members of ...", gapped "A and B alternate members of ...") goes to every name of the list;
- roles come from the passes of `role_passes.py` (cues before the names, "Present there were ...", or in the
  predicate after them, "... made a report"; "He ..." for the last subject; nothing inside a quotation);
  `mentioned` is given only when nothing else is. Every post and role says which rule made it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from podium.extract import posts as post_parser
from podium.extract import roles as role_rules
from podium.extract.names import CAPITALISED_RUN, Mention, find_mentions, lexicon
from podium.extract.occurrence import LIST_GAP, Occurrence
from podium.extract.record import Person, Post, Role
from podium.extract.role_passes import RoleAssigner, SentenceView
from podium.extract.roles import find_cues
from podium.extract.sentences import Sentence, split
from podium.extract.text import DATE_WORDS, alternation, title_end, tokens
from podium.vocab import load_vocab

_AND_GAP = re.compile(r"\band\s")
_TITLE_WORD_REACH = 40  # characters before a name in which a capitalised word may be its title
_TITLE_REACH = 160  # characters before a name that a title ("Members of the Presidium of ...") may take
_LOWER_TITLE_REACH = 50  # characters of a title in lower case ("general secretary A")
_GAP_HEAD_REACH = 60  # characters after a comma between two names in which a post head shows an appositive
_DELEGATION_REACH = 200  # characters before a name in which "a delegation of X led by [title]" stands
_FOREIGN_PARTY_REACH = 400  # characters before a foreign name in which the party owning its organs is named
_DELEGATION_TITLE_REACH = 60  # characters before a name in which "by" of "led by [title]" stands
_INCLUDING_REACH = 60  # characters before a name in which "cell secretaries including" stands
_VACANCY_REACH = 40  # characters after a conferral in which "to fill the vacancy" may stand


@cache
def _predicates() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(a sentence speaks of an election, the predicate between a list and the post conferred on it or taken
    from it, a removal verb in that predicate, "to fill the vacancy" after a conferral), built from the verbs of
    `roles.yaml`: "were by-elected as members of ...", "was recalled from the
    membership of ...", "'s election as ...", "of all his posts including ...", "awarded the title of ..."."""
    roles = load_vocab("roles")
    conferral = alternation(roles["conferral_verbs"])
    removal = alternation(roles["removal_verbs"])
    nouns = alternation(roles["conferral_nouns"])
    aux = r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    election = re.compile(rf"\b(?:{alternation(roles['election_words'])})\b")  # in lower-cased text
    predicate = re.compile(
        rf"(?:(?:['’]s|\s+(?:up)?on\s+(?:his|her))\s+(?:re-?)?(?:{nouns})\s+(?:as|to)\s+"  # "upon his election as"
        r"|\s+of\s+(?:all\s+)?(?:his|her|their)\s+posts?\s+(?:including\s+|as\s+)?"
        rf"|\s+{aux}(?:{removal})\s+(?:from|of)\s+(?:(?:the|his|her|their)\s+posts?\s+(?:of|as)\s+|the\s+)?"
        r"|\s+from\s+(?:(?:the|his|her|their)\s+posts?\s+(?:of|as)\s+|(?:the\s+)?(?=membership\b))"
        # "A, B and C, who are members of ..." ("who were": past); named, as it describes the last names only
        r"|(?P<relative>,?\s+who\s+(?:is|are)\s+(?:also\s+)?)"
        rf"|\s*,?\s+(?:and\s+\d+\s+others\s+)?(?:{aux})?"
        rf"(?:(?:{conferral})\s+)?(?:(?:in\s+high\s+esteem\s+(?:forever\s+|for\s+all\s+ages\s+)?)?as|to)\s+"
        r"(?:its\s+|his\s+|her\s+|the\s+(?:military\s+)?(?:title|rank)\s+of\s+)?"
        rf"|\s*,?\s+(?:and\s+\d+\s+others\s+)?(?:{aux})?"
        rf"(?:(?:{conferral})\s+"
        r"|(?:awarded|conferred)\s+(?:with\s+|on\s+)?the\s+(?:military\s+)?(?:title|rank)\s+of\s+)"
        r"|\s+(?=[a-z]))")
    return (election, predicate, re.compile(rf"\b(?:{removal})\b"),
            re.compile(rf"(?:{alternation(roles['vacancy_phrases'])})\b"))



_COMMA = re.compile(r",\s+")
_EX = "ex-"  # "ex-President", "Ex-Chinese Ambassador": a title stated as past
_INITIAL_SPACE = re.compile(r"(?<=\b[A-Z])\.\s+(?=[A-Z]\.)")
_OPEN_ENDS = frozenset("of the for and to in on with a an".split())  # a clause cut before a name ends in one
_LOOSE_GAP = re.compile(r",\s+[^.;:]*,\s*(?:and\s+)?")
_OF = re.compile(r"\s+of\s+")
_INCLUDING = re.compile(r"([a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+including\s+$")
_COMPOSITION = re.compile(
    r"(?:The\s+|A\s+)?((?:[A-Za-z'’\-]+\s+){0,6}?(?:committee|commission|presidium|board|council|secretariat))\s+"
    r"(?:will be|is|was|has been|were|shall be)\s+(?:made up|composed|formed)\s+of\s+(?:the\s+)?following"
    r"(?:\s+persons|\s+members|\s+officials)?\s*:", re.IGNORECASE)


@cache
def _relative_cue() -> re.Pattern:
    """ ", who is also", " who doubles as" (`relative_cues` of posts.yaml): a relative clause that gives posts."""
    cues = (r"\s+".join(cue.split()) for cue in load_vocab("posts")["relative_cues"])
    return re.compile(rf",?\s+(?:{'|'.join(sorted(cues, key=len, reverse=True))})\s+")


@cache
def _honorifics() -> tuple[str, ...]:
    return tuple(load_vocab("names")["honorifics"])


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


def _korean_named(mention: Mention) -> bool:
    """A mention that opens with a Korean surname: the names whose bare titles take their DPRK body."""
    return mention.name.split()[0] in lexicon().surnames


def _title_before(text: str, sentence_start: int, mention: Mention, honorifics) -> tuple[int, list[Post], bool]:
    """(start of the title, its posts, plural?) for the title written right before a mention."""
    if not _capitalised_word_before(text, max(sentence_start, mention.start - _TITLE_WORD_REACH), mention.start):
        return _lower_case_title(text, sentence_start, mention)  # most mentions end here, with no title
    run = CAPITALISED_RUN.search(text, max(sentence_start, mention.start - _TITLE_REACH), mention.start)
    if not run:
        return mention.start, [], False
    if text[max(0, run.start() - len(_EX)):run.start()].lower() == _EX:
        return run.start(), [], False  # "ex-President A": a past post, not one A holds
    segment = run.group(0).rstrip()
    base = run.start()
    while True:
        words = segment.split()
        if words and words[-1] in honorifics:
            segment = segment[: segment.rfind(words[-1])].rstrip()
            continue
        break
    korean = _korean_named(mention)
    title = _parse_title(segment, korean)
    if not title and segment == run.group(0).rstrip() and korean:
        # a Korean name right after the run (no "Comrade" between: "... for Remembering Comrade A" is a body)
        return _lower_case_head_of(text, sentence_start, base, segment, mention.start) or (mention.start, [], False)
    if not title:
        return mention.start, [], False
    offset, texts, plural = title
    if _past_title().search(text, max(sentence_start, base + offset - _PAST_TITLE_REACH), base + offset):
        return base + offset, [], False  # "former U.S. President A", "the then Japanese Prime Minister A"
    span = (base + offset, base + len(segment))
    return base + offset, [Post(t, span, "post:title") for t in texts], plural


_BODY_START = re.compile(r"(?:of|to)\s")


def _lower_case_head_of(text: str, sentence_start: int, base: int, segment: str, name_start: int):
    """A title in lower case whose body is capitalised, right before a name ("including chief secretary of the
    South Hamgyong Provincial Committee of the WPK Ri Jong Nam", "An employee of Yanggakdo International Hotel
    Han Sun Sim"): (start, posts, False) when the lower-case words before the run and the run make one post, on
    one line (a line break is the harvest's cut of a list: "minister of the\nPeople's Armed Forces\nA, ...")."""
    if not _BODY_START.match(segment) or "\n" in text[max(sentence_start, base - _LOWER_TITLE_REACH):name_start]:
        return None
    m = _LOWER_TITLE.search(text, max(sentence_start, base - _LOWER_TITLE_REACH), base)
    found = _lower_case_post(m, " " + segment, True, base + len(segment)) if m else None
    return (*found, False) if found else None  # "ministers of X A and B" is another construction


def _lower_case_post(words_match: re.Match, suffix: str, domestic: bool, end: int | None = None):
    """The one reader of a title in lower case before a name: the longest tail of the lower-case words (with
    `suffix`, a capitalised body after them) that is one singular post; (its start, its posts) or None. A past
    post ends the search ("former lawmaker A"), and so does a plural one when a body follows; "a bereaved family
    member of Hero A" is a family tie (`not_posts`). The posts' span ends at `end`, or with the words."""
    words = words_match.group(1).split()
    for n in range(len(words)):
        candidate = " ".join(words[n:]) + suffix
        chain = post_parser.parse_chain(candidate, 0, len(candidate))
        if len(chain) != 1 or chain[0].end != len(candidate):
            continue
        if chain[0].past or (chain[0].plural and suffix):
            return None
        if chain[0].plural:
            continue
        if " ".join(words[max(0, n - 1):n + 1]).lower() in post_parser.vocab().not_posts:
            return None
        start = words_match.start(1) + words_match.group(1).find(words[n])
        span = (start, end if end is not None else start + len(candidate))
        return start, [Post(t, span, "post:lower-case-title") for t in post_parser.title_posts(candidate, domestic)]
    return None


_PAST_TITLE_REACH = 60  # characters before a title searched for a past marker and the words after it


@cache
def _past_title() -> re.Pattern:
    """A past marker (`past_markers` of posts.yaml, not `dead_markers`) right before a title, maybe with a
    nationality between ("former south Korean", "the then Russian"): the title is a post the person held once."""
    posts = load_vocab("posts")
    gap = alternation(posts["past_title_gap_words"])
    return re.compile(rf"(?<![\w'’-])(?i:{alternation(posts['past_markers'])})\s+"
                      rf"(?:(?:{gap}|[A-Z][\w.'’-]*)\s+){{0,3}}$")


_AND_THEN = re.compile(r"\s+and\s+(?:the\s+|its\s+)?")
_BARE_TITLE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’-]*\s+){1,3})$")  # "Chief ", "Vice-Director "


@cache
def _group_noun() -> re.Pattern:
    """A group noun of posts.yaml ("staff", "officials") right before "of": read as the plural head "members"."""
    return re.compile(rf"(?:{alternation(load_vocab('posts')['group_nouns'])})(?=\s+of\s)")


def _title_body_after(text: str, sentence: Sentence, mention: Mention) -> list[Post]:
    """ "Chief A and members of the X mission", "Director B and staff of the Y Institute": a bare title before
    the name ("Chief", which needs a body) takes the body of the plural post or group after "and": the one
    titled heads those named after him (post:title-body-after)."""
    link = _AND_THEN.match(text, mention.end, sentence.end)
    title = _BARE_TITLE.search(text, max(sentence.start, mention.start - _TITLE_WORD_REACH), mention.start)
    if not link or not title:
        return []
    group = _group_noun().match(text, link.end(), sentence.end)
    after = f"members{text[group.end():sentence.end]}" if group else text[link.end():sentence.end]
    chain = post_parser.parse_chain(after, 0, len(after))
    if not chain or not chain[0].plural or not chain[0].body:
        return []
    words = title.group(1).split()
    for n in range(len(words)):  # the longest tail of the capitalised words that is one singular post
        candidate = f"{' '.join(words[n:])} {chain[0].prep} {chain[0].body}"
        own = post_parser.parse_chain(candidate, 0, len(candidate))
        if len(own) == 1 and own[0].end == len(candidate) and not own[0].plural and not own[0].past:
            start = title.start(1) + title.group(1).find(words[n])
            return [Post(t, (start, title.end(1)), "post:title-body-after")
                    for t in post_parser.title_posts(candidate, False)]
    return []


_OPENING_ARTICLE = re.compile(r"[\"“]?(?:An?|The)\s+(?=[a-z])")  # a sentence opened by "A secretary of ..."


def _post_opening_sentence(text: str, sentence_start: int, mention: Mention) -> list[Post]:
    """The post of an appositive that opens the sentence before the name ("A secretary of the Party Committee
    of the Ministry of X, Kim Chol, said ..."): a chain of posts, after the sentence's first word, an article,
    that fills the words up to the comma before the name; the name closed by a comma."""
    comma = mention.start - 2
    if comma <= sentence_start or text[comma:mention.start] != ", " or not text.startswith(",", mention.end):
        return []
    article = _OPENING_ARTICLE.match(text, sentence_start, comma)
    if not article:
        return []
    found, end, plural = post_parser.chain_posts(text, article.start(), comma, "post:opening-appositive")
    return found if found and end == comma and not plural else []


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
    m = _LOWER_TITLE.search(text, max(sentence_start, mention.start - _LOWER_TITLE_REACH), mention.start)
    found = _lower_case_post(m, "", _korean_named(mention)) if m else None
    return (*found, False) if found else nothing


@lru_cache(maxsize=8192)
def _parse_title(segment: str, domestic: bool) -> tuple[int, tuple[str, ...], bool] | None:
    """(where the title starts in `segment`, its posts, plural?): the longest tail of `segment` that is a
    chain of posts, bare titles completed only before a `domestic` name (`title_posts`). Cached: the same titles
    ("President", "Premier") come back in every report."""
    toks = tokens(segment, 0, len(segment))
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
            return offset, tuple(post_parser.title_posts(segment[offset:], domestic)), chain[0].plural
    return None


@cache
def _delegation_head() -> re.Pattern:
    """ "a delegation of the X led by [its] Deputy Director A": the title and the body of a delegation's head,
    ending where the name starts (the words of `roles.yaml`: `delegation_words`, `delegation_cues`)."""
    roles, honorifics = load_vocab("roles"), alternation(load_vocab("names")["honorifics"])
    return re.compile(rf"\b(?:{alternation(roles['delegation_words'])})\s+of\s+(?P<body>(?:the\s+)?[A-Z][^,;:]*?)\s+"
                      rf"(?:{alternation(roles['delegation_cues'])})\s+(?:its\s+)?"
                      rf"(?P<title>(?:[a-z][\w'’-]*\s+){{0,2}}?[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}?)\s+"
                      rf"(?:(?:{honorifics})\s+)*$")  # "its acting Mayor A", "its chairman A": the chain checks it


@cache
def _delegation_of() -> re.Pattern:
    """ "a delegation of the X headed by [Title] A": the body whose delegation the person heads."""
    roles = load_vocab("roles")
    return re.compile(rf"\b(?:{alternation(roles['delegation_words'])})\s+of\s+(?P<body>(?:the\s+)?[A-Z][^;:]*?)\s+"
                      rf"(?:{alternation(roles['delegation_cues'])})\s+(?:[A-Z][\w'’.-]*\s+){{0,3}}$")


def _delegation_party(text: str, sentence_start: int, mention: Mention) -> str | None:
    """The foreign party whose delegation the person heads: the jurisdiction of the posts after the name
    ("... of the Nepalese party headed by A, member of the Political Bureau of the Party Central Committee")."""
    if text.find(" by ", max(sentence_start, mention.start - _DELEGATION_TITLE_REACH), mention.start) == -1:
        return None
    m = _delegation_of().search(text, max(sentence_start, mention.start - _DELEGATION_REACH), mention.start)
    return post_parser.foreign_party(m.group("body")) if m else None


def _jurisdiction(text: str, sentence_start: int, mention: Mention, domestic: bool) -> str | None:
    """The foreign party that owns the organs a person's posts name without their party: the party whose
    delegation the person heads, or for a foreign name the party last named shortly before ("the delegation of
    the Socialist Party of Romania. A, chairman of the Party Supreme Council who is leading the delegation")."""
    party = _delegation_party(text, sentence_start, mention)
    if party or domestic:
        return party
    return post_parser.foreign_party(text[max(0, mention.start - _FOREIGN_PARTY_REACH):mention.start])


def _delegation_title(text: str, sentence_start: int, mention: Mention) -> tuple[int, list[Post]] | None:
    """(start of the title, its post) for the head of a delegation named with a bare title: "a delegation of the
    Federal Emigration Bureau of Russia headed by Deputy Director A" -> "deputy director of the Federal
    Emigration Bureau of Russia" (the title's body is the delegation's)."""
    if text.find(" by ", max(sentence_start, mention.start - _DELEGATION_TITLE_REACH), mention.start) == -1:
        return None
    m = _delegation_head().search(text, max(sentence_start, mention.start - _DELEGATION_REACH), mention.start)
    if not m:
        return None
    title, body = m.group("title").lower(), m.group("body")
    implied = next((b for head, b in load_vocab("posts")["implied_bodies"].items() if title.endswith(head)), None)
    written_out = implied.removeprefix("the ") if implied else None  # "the DPRK Ministry of Railways" too
    if written_out and written_out in body:
        before, _, body = body.partition(written_out)  # "the Vietnamese Ministry of X": "minister of X of Vietnam"
        country = post_parser.vocab().nationalities.get(before.removeprefix("the ").strip())
        body = f"{body} of {country}" if country else body
    synthetic = f"{title} of {body}"
    chain = post_parser.parse_chain(synthetic, 0, len(synthetic))
    if len(chain) != 1 or chain[0].end != len(synthetic) or chain[0].plural:
        return None
    written = post_parser.complete(chain)[0]
    return (m.start("title"), [Post(written, (m.start("body"), m.end("title")), "post:delegation-head")]) \
        if written else None


def _occurrences(text: str, sentence: Sentence, mentions: list[Mention], honorifics) -> list[Occurrence]:
    occurrences = []
    for m in mentions:
        pre_start, title, plural = _title_before(text, sentence.start, m, honorifics)
        headed = _delegation_title(text, sentence.start, m)
        if headed:
            pre_start, title, plural = headed[0], headed[1], False
        if not title:
            title = _post_opening_sentence(text, sentence.start, m) or _title_body_after(text, sentence, m)
        epithets = load_vocab("names")["epithet_titles"].get(m.name)
        if epithets:  # "General Kim Jong Il": an epithet, not the post "general"
            title = [post for post in title if post.text not in epithets]
        occurrences.append(Occurrence(m, pre_start, m.end, posts=list(title), plural_title=plural))
    for n, occ in enumerate(occurrences):
        limit = occurrences[n + 1].pre_start if n + 1 < len(occurrences) else sentence.end
        after = occ.mention.end
        relative = _relative_cue().match(text, after, limit)
        if relative and text.startswith(",", after):  # "A, who is also chairman of X, ...": A's posts
            found, occ.ext_end = _relative_posts(text, relative.end(), limit)
            occ.posts.extend(found)
            occ.has_appositive = bool(found)
        comma = _COMMA.match(text, after, limit) if not relative else None
        if comma:
            domestic = _korean_named(occ.mention)
            found, end, plural = post_parser.chain_posts(text, comma.end(), limit, "post:appositive",
                                                         _jurisdiction(text, sentence.start, occ.mention, domestic),
                                                         domestic)
            if found and text.startswith("the ", comma.end()) and _inverted_tag().match(text, end, limit):
                continue  # "... rallied around A, the chairman added": the chairman speaks, A holds nothing
            if found and not (n + 1 < len(occurrences) and not text[end:limit].strip()
                              and "\n" not in text[end:limit]):
                relative = _relative_cue().match(text, end, limit)  # "A, director of X who is commander of Y"
                more = _relative_posts(text, relative.end(), limit) if relative else ([], end)
                occ.posts.extend(found + more[0])
                occ.ext_end = more[1]
                occ.has_appositive = True
                if plural:
                    occ.plural_appositive = found
    return occurrences


@cache
def _inverted_tag() -> re.Pattern:
    """A reporting verb right after a post (`inverting_verbs` of roles.yaml): ", the chairman added"."""
    return re.compile(rf"\s+(?:{alternation(load_vocab('roles')['inverting_verbs'])})\b")


_OTHERS_AFTER = re.compile(r"\s+and\s+(?=[a-z])|\.?\s*$")  # a clause's end: other people, or its full stop


def _relative_posts(text: str, start: int, limit: int) -> tuple[list[Post], int]:
    """The posts of a relative clause after a post ("..., WPK who is commander of the state emergency
    headquarters, B, ..."): a chain of posts that fills the clause, or else the clause up to its comma when it
    opens with an office (a body in lower case, which the chain parser does not read whole); (posts, where the
    clause ends)."""
    found, end, _ = post_parser.chain_posts(text, start, limit, "post:relative")
    comma = text.find(",", start, limit)
    clause_end = comma if comma != -1 else limit
    # "... of the Championships and officials concerned.": the clause ends there (the pattern's last branch
    # matches at the end, so it always finds where the clause ends)
    clause_end = _OTHERS_AFTER.search(text, start, clause_end).start()
    if found and all(tok[0].rstrip(".") in DATE_WORDS or tok[0] == "on" or not tok[0].isalnum()
                     for tok in tokens(text, end, clause_end)):
        return found, end  # nothing, or only the day ("... minister of Education [on] Monday."), after the chain
    toks = tokens(text, start, clause_end)
    head = post_parser.head_at(toks, 0)
    if head and head[2] < len(toks) and toks[head[2]][0] == "of" and toks[-1][0].lower() not in _OPEN_ENDS:
        clause = " ".join(text[start:clause_end].split())
        bare = re.sub(r"^(?:the|a|an)\s+", "", clause.lower())
        if any(bare.startswith(phrase) for phrase in post_parser.vocab().not_posts):
            return [], start  # "who is the head of the delegation of ...": no post (guideline)
        return [Post(clause[:1].lower() + clause[1:], (start, clause_end), "post:relative")], clause_end
    return [], start


@cache
def _verb_in_gap() -> re.Pattern:
    """A clause between two names ("A, who ...", "A, the chairman said, ..."): the names are not one list."""
    verbs = alternation([*load_vocab("roles")["reporting_verbs"], "made", "was", "were", "is", "are", "has", "have"])
    return re.compile(rf"\b(?:who|which|{verbs})\b")


def _loose_appositive(text: str, start: int, end: int) -> bool:
    """A gap like ', director of the "Embracing ...", ' between two names: a post the parser could not read
    whole still separates two members of one list."""
    if end - start > 200 or not _LOOSE_GAP.fullmatch(text, start, end):
        return False
    toks = tokens(text, start + 1, min(end, start + _GAP_HEAD_REACH))
    if toks and post_parser.head_at(toks, 0) is not None:
        return True
    return bool(toks) and toks[0][0].islower() and text.find(" of ", start, end) != -1 and \
        not _verb_in_gap().search(text, start, end)


def _kin_gap(text: str, start: int, end: int) -> bool:
    """ "A, widow of B, and C": B is named in A's description and stays in A's list (B takes no role of it)."""
    return end - start <= role_rules.KIN_REACH and text.startswith(",", start) and \
        role_rules.named_as_kin(text, end, start)


def _lists(text: str, occurrences: list[Occurrence]) -> list[list[Occurrence]]:
    groups: list[list[Occurrence]] = []
    for occ in occurrences:
        gap_start = groups[-1][-1].ext_end if groups else 0
        # a plural title ("..., Members of the CMC A, B and C") starts a new list
        if groups and not occ.plural_title and (LIST_GAP.fullmatch(text, gap_start, occ.pre_start)
                                                or _loose_appositive(text, gap_start, occ.pre_start)
                                                or _kin_gap(text, gap_start, occ.pre_start)):
            groups[-1].append(occ)
        else:
            groups.append([occ])
    return groups


def _share_plural_appositives(text: str, group: list[Occurrence], titled: list[Occurrence]) -> None:
    """ "A, premier of ..., B and C, members of X and secretaries of Y, D, director of ...": a plural post
    after a name goes back to the names before it that have no post of their own after them (B), up to the
    last one that has (A) or the last one a plural title covers ("Vice-Premiers E and F, B and C, members"),
    and no further back than the list the last "and" closes (`_last_coordination`)."""
    bare: list[Occurrence] = []
    for occ in group:
        if occ.has_appositive:
            for other in _last_coordination(text, bare + [occ])[:-1] if occ.plural_appositive else ():
                other.posts.extend(replace(p, rule="post:plural-appositive") for p in occ.plural_appositive)
            bare = []
        elif titled and occ is titled[0]:
            bare = [occ]  # a plural title starts a sub-list of its own
        elif bare and any(bare[-1] is t for t in titled) and not any(occ is t for t in titled):
            bare = [occ]  # and the names after the title's list start another
        else:
            bare.append(occ)


def _relative_subjects(text: str, group: list[Occurrence]) -> list[Occurrence]:
    """The names a relative clause after a list describes ("A, <posts>, B, C and D who are alternate members of
    ..."): those after the last name with posts of its own, within the last coordination. A verb after the list
    ("A, <post>, and B were elected ...") has the whole list for its subject instead."""
    since = next((n + 1 for n in range(len(group) - 2, -1, -1) if group[n].has_appositive), 0)
    return _last_coordination(text, group[since:])


def _last_coordination(text: str, names: list[Occurrence]) -> list[Occurrence]:
    """The names a plural post after the last of `names` describes. "A, B, C and D and E, department directors":
    a second "and" starts a new coordination, so only D and E; "A, B and C, D, E and F, members of X": C closed
    the list before, so D, E and F. With one "and" or none, every name."""
    ands = [n for n in range(1, len(names))
            if _AND_GAP.search(text, names[n - 1].mention.end, names[n].pre_start)]
    if len(ands) < 2:
        return names
    first = ands[-2]  # the name after the earlier "and" of the last two
    closed = first + 1 < len(names) and not _AND_GAP.search(text, names[first].mention.end,
                                                            names[first + 1].pre_start)
    return names[first + 1:] if closed else names[first:]


@lru_cache(maxsize=64)
def _election_in(text: str, sentence: Sentence) -> bool:
    """Whether the sentence speaks of an election; cached, as every list of the sentence asks."""
    return _predicates()[0].search(text[sentence.start:sentence.end].lower()) is not None


def _share_posts(text: str, sentence: Sentence, group: list[Occurrence], next_start: int,
                 vacated: list[Post]) -> int:
    """Posts that a list shares (plural title or appendix, predicate); returns where the list's text ends.
    `vacated` holds the posts the sentence took from someone so far: "A was recalled from X and B was elected
    to fill the vacancy" gives B the post X."""
    first, last = group[0], group[-1]
    titled = []  # the names a plural title before the list covers
    if first.plural_title:
        titled.append(first)
        for occ in group[1:]:
            if occ.pre_start < occ.mention.start or titled[-1].has_appositive:
                break  # "..., C and Department Director of the NDC D": D has a title of his own
            occ.posts.extend(replace(p, rule="post:plural-title") for p in first.posts)
            titled.append(occ)
            if _AND_GAP.search(text, titled[-2].ext_end, occ.pre_start):
                break  # "Vice-Premiers A and B, C and D, members of ...": the title's list ends at B
    _share_plural_appositives(text, group, titled)
    end = last.ext_end
    m = _predicates()[1].match(text, end, next_start)
    if m:
        found, post_end, _ = post_parser.chain_posts(text, m.end(), next_start, "post:predicate")
        gapped = m.group(0).strip() == ""
        if found and (not gapped or _election_in(text, sentence)):
            for occ in _relative_subjects(text, group) if m.group("relative") else group:
                occ.posts.extend(found)
            end = post_end
            if _predicates()[2].search(m.group(0)):
                vacated[:] = found
        elif vacated and _predicates()[3].search(text, m.start(), min(next_start, m.end() + _VACANCY_REACH)):
            for occ in group:
                occ.posts.extend(replace(p, rule="post:vacancy") for p in vacated)
    return end


def _including(text: str, sentence: Sentence, occurrences: list[Occurrence]) -> None:
    """ "10 cell secretaries including A of the X Mill and B of the Y Complex": A is a cell secretary of the
    X Mill, B of the Y Complex."""
    if text.find("including", sentence.start, sentence.end) == -1:
        return
    for n, occ in enumerate(occurrences):
        m = _INCLUDING.search(text, max(sentence.start, occ.pre_start - _INCLUDING_REACH), occ.pre_start)
        if m:
            head = post_parser.parse_chain(m.group(1), 0, len(m.group(1)))
            if head and head[-1].plural:
                break
    else:
        return
    previous_end = None
    for k, occ in enumerate(occurrences[n:], n):
        if previous_end is not None and not LIST_GAP.fullmatch(text[previous_end:occ.pre_start]):
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
        written = post_parser.complete(chain[:1])[0]
        if written:
            occ.posts.append(Post(written, (occ.ext_end, body_end), "post:including"))
        previous_end = body_end


def _composition(text: str, sentence: Sentence) -> tuple[Post, Role] | None:
    """ "National funeral committee will be made up of following persons:": its members follow."""
    m = _COMPOSITION.match(text, sentence.start, sentence.end)
    if not m:
        return None
    body = " ".join(w if w in ("of", "the", "for", "and") else w[:1].upper() + w[1:] for w in m.group(1).split())
    return (Post(f"member of the {body}", m.span(1), "post:composition"),
            Role("elected", m.span(), "composition:elected"))


def _person(people: dict[str, Person], name: str) -> Person:
    """The person of that name; spellings that differ only in the spaces after initials ("C. P. Mainali",
    "C.P. Mainali") are one person, under the first spelling."""
    key = _INITIAL_SPACE.sub(".", name) if "." in name else name  # most names have no initials
    person = people.get(key)
    if person is None:
        person = people[key] = Person(name)
    return person


def find_people(text: str, date: str | None = None) -> list[Person]:
    """Every person named in `text` with posts, roles and spans; `date` is unused by people (kept for the API)."""
    if not _PREFILTER.search(text):
        return []
    mentions = find_mentions(text, title_end(text))
    if not mentions:
        return []
    sentences = split(text)
    honorifics = _honorifics()
    assigner = RoleAssigner(text, find_cues(text.lower()), date)
    people: dict[str, Person] = {}
    list_no = 0
    index = 0
    everyone: list[Occurrence] = []
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
                assigner.sentence(SentenceView(sentence, [], [], []))
            continue
        occurrences = _occurrences(text, sentence, in_sentence, honorifics) if not sentence.title else \
            [Occurrence(m, m.start, m.end) for m in in_sentence]
        groups = _lists(text, occurrences) if not sentence.title else []
        ends, vacated = [], []
        for n, group in enumerate(groups):
            next_start = groups[n + 1][0].pre_start if n + 1 < len(groups) else sentence.end
            ends.append(_share_posts(text, sentence, group, next_start, vacated))
        if groups:
            _including(text, sentence, occurrences)
        if not sentence.title:
            assigner.sentence(SentenceView(sentence, occurrences, groups, ends))
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
    _leader_titles(text, date, people)
    acronyms = post_parser.report_acronyms(text)
    for person in people.values():
        for post in person.posts if acronyms else ():
            post.text = post_parser.expand_report_acronyms(post.text, acronyms)
        person.posts = _distinct_posts(person.posts)
        person.roles = role_rules.after_death(person.name, date, person.roles, text, person.mentions)
        if not person.roles:
            first = person.mentions[0]
            person.roles.append(Role("mentioned", first, "default:mentioned"))
        elif any(r.role != "mentioned" for r in person.roles):
            person.roles = [r for r in person.roles if r.role != "mentioned"]
    return list(people.values())


@cache
def _leader_title_pattern() -> re.Pattern:
    titles = alternation(load_vocab("names")["leader_titles"])
    # "the kind-hearted Marshal" (not "the coffin of Marshal of the KPA A", nor "the respected Marshal A")
    return re.compile(rf"\bthe\s+(?:(?!of\b)[a-z][\w-]*\s+){{0,2}}({titles})\b(?!\s+(?:of\b|[A-Z]))")


def _leader_titles(text: str, date: str | None, people: dict[str, Person]) -> None:
    """ "the respected Marshal", "the respected Supreme Commander" with no name after it: a post of the leader
    when he is the only leader the report names and is living (`leader_titles` in names.yaml)."""
    deceased = load_vocab("roles")["deceased"]
    named = [name for name in load_vocab("names")["leaders"] if name in people]
    if len(named) != 1 or (date and named[0] in deceased and date > str(deceased[named[0]])):
        return  # none, two (whose title is it?), or a leader no longer living
    titles = load_vocab("names")["leader_titles"]
    if not any(title in text for title in titles):
        return  # most reports: a substring test instead of a scan
    for m in _leader_title_pattern().finditer(text):
        people[named[0]].posts.append(Post(titles[m.group(1)], m.span(1), "post:leader-title"))


_STATE = frozenset("democratic people's peoples republic korea workers' workers the of and party to".split())


@lru_cache(maxsize=8192)
def _key(post: str) -> frozenset:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", post.lower().replace("'", "")) if w not in _STATE)


@cache
def _distinct_words() -> frozenset:
    return frozenset(load_vocab("posts")["distinct_words"])


def _distinct_posts(posts: list[Post]) -> list[Post]:
    """One post per office: a shorter form ("premier") gives way to a fuller one of the same office
    ("premier of the Cabinet of the DPRK"); forms that differ in a `distinct_words` word stay apart."""
    distinct = _distinct_words()
    first: dict[str, Post] = {}
    for post in posts:  # a later post of the same text gives way to the first: compare each text once
        first.setdefault(post.text, post)
    posts = list(first.values())
    if len(posts) < 2:
        return posts  # most people: nothing to compare
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
