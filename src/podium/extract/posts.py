"""Posts: parse "member of the Political Bureau and secretary of the C.C., the WPK" into whole posts.

A post is a head from `vocab/posts.yaml` ("secretary", "first vice department director", "vice marshal"),
optionally a body after "of"/"to" (capitalised words, with "of", "the", "for", "and" ... between them, and
"C.C., the WPK" read as one body). Posts chain with "," and "and"; an "and" followed by another head starts a
new post instead of continuing the body. A post whose body is an organ that needs its parent ("the Political
Bureau") takes the parent from a later post of the same chain, or the guideline's default.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from podium.extract.names import words
from podium.extract.record import Post
from podium.extract.text import DATE_WORDS, alternation, first_token, tokens
from podium.vocab import load_vocab

_FIRST_WINDOW = 160  # most chains end well within this; a chain reaching its last third is read again whole
_MAX_CHAIN = 400  # characters: the longest chains of posts in KCNA prose are about 300
_FUNCTION = frozenset("of the for with and on in to de del la al".split())  # "at" starts a place or an occasion
_ARTICLES = frozenset("a an the".split())
_NAME_WORDS = 2  # a person named after "and" in a body has at least a given name and a surname
_ACRONYM = re.compile(r"\s\((?:[A-Z][A-Za-z.]{1,12})\)")
_FOREIGN_PARTY = re.compile(r"\bthe (?!Workers' Party of Korea)(?:[A-Z][\w'’-]* )+Party(?: of(?: the)? [A-Z][\w'’-]*"
                            r"(?: [A-Z][\w'’-]*)*)?(?: \([A-Z][a-z]+\))?")  # "the Communist Party of Vietnam",
# "the Lao People's ...", "the Unified Communist Party of Nepal (Maoist)" (a qualifier in brackets is its name)
_PARTY_OWNER = re.compile(r"(?:^|\bthe\s+)Party\s+((?:[A-Z][\w'’]*\s?)+)$")  # "[the Political Bureau of] the Party
# Central Committee": a party's organ named without its party
_ITS = "its "  # "chairman of its Western Regional Committee": the organ of the party the chain is about
# "the C.C., the WPK", "the C. C., the WPK", with or without the second full stop: the abbreviations of the Central
# Committee (`abbreviations` of posts.yaml), after which a comma stands for "of"
_CC_TOKENS = tuple(k for k, v in load_vocab("posts")["abbreviations"].items() if v == "Central Committee")
_CONT_AFTER_CC = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class ParsedPost:
    head: str              # singular, lower case ("vice-chairman")
    body: str | None       # as written ("the C.C., the WPK")
    prep: str              # "of" or "to"
    plural: bool
    start: int
    end: int
    country: str | None = None   # "Chinese Ambassador", "DPRK ambassador": the body the adjective names
    past: bool = False           # "former Foreign Minister": parsed, but not a post the person holds


@dataclass(frozen=True)
class _Vocab:
    heads: dict            # word tuple -> (singular head, plural?)
    max_len: int
    modifiers: frozenset
    dropped: frozenset
    past: frozenset
    needs_body: frozenset
    not_post_bodies: frozenset
    delegation_nouns: frozenset
    lower_case_body_nouns: frozenset
    inner_body_nouns: frozenset
    group_nouns: frozenset
    unshared_heads: frozenset  # "minister": its body is a portfolio ("of Finance"), no other post's body
    government_heads: frozenset  # "vice-premier": shares only a country ("deputy prime minister and FM of X")
    countries: frozenset  # "Laos", "the Czech Republic": the countries of `nationalities`
    sub_organs: dict
    abbreviations: list
    owners: dict
    owner_before: re.Pattern  # "the WPK Central Committee", "LPRP Central Committee": the owner written first
    nationalities: dict
    title_bodies: dict
    ranks: frozenset
    rank_starts: frozenset  # the first word of each rank, in lower case
    head_starts: frozenset  # the first word of each key of `heads`: most words start none
    national_bodies: frozenset  # "the Iranian embassy": lower-case nouns of a body named by a nationality
    first_words: frozenset  # lower case: every word a post can start with (article, marker, modifier, head)
    last_head_words: frozenset  # the last word of every singular head ("secretary", "premier", "marshal")
    not_posts: frozenset  # epithets, honours, degrees, statuses: never a post ("supreme leader", "professor")
    surnames: frozenset  # Korean surnames: one starting a line starts a name, not more of a body


@cache
def vocab() -> _Vocab:
    v = load_vocab("posts")
    heads: dict[tuple, tuple[str, bool]] = {}
    for singular, plural in v["heads"].items():
        heads[tuple(singular.split())] = (singular, False)
        heads[tuple(plural.split())] = (singular, True)
    for spelling, canonical in v["spellings"].items():
        heads.setdefault(tuple(spelling.split()), (canonical, False))
    abbreviations = [(re.compile(rf"\b{re.escape(k)}(?!\w)" if k[-1] != "." else re.escape(k)), val)
                     for k, val in v["abbreviations"].items()]
    first_words = frozenset(w.lower() for w in [*(key[0] for key in heads), *v["modifiers"], *_ARTICLES,
                                                *(epithet.split()[0] for epithet in v["not_posts"]),
                                                *v["past_markers"], *v["dead_markers"],
                                                *(m.split()[0] for m in v["dropped_modifiers"]),
                                                *v["nationalities"]])
    last_head_words = frozenset(key[-1] for key, (_, plural) in heads.items() if not plural)
    return _Vocab(not_posts=frozenset(p.lower() for p in v["not_posts"]), surnames=frozenset(words(load_vocab("names")["korean_surnames"])), first_words=first_words, last_head_words=last_head_words, heads=heads, max_len=max(len(k) for k in heads), modifiers=frozenset(v["modifiers"]),
                  dropped=frozenset(w for m in v["dropped_modifiers"] for w in m.split()),
                  past=frozenset(v["past_markers"] + v["dead_markers"]),
                  needs_body=frozenset(v["needs_body"]), not_post_bodies=frozenset(v["not_post_bodies"]),
                  delegation_nouns=frozenset(v["delegation_nouns"]),
                  lower_case_body_nouns=frozenset(v["lower_case_body_nouns"]), inner_body_nouns=frozenset(v["inner_body_nouns"]),
                  group_nouns=frozenset(v["group_nouns"]), unshared_heads=frozenset(v["unshared_heads"]),
                  government_heads=frozenset(v["government_heads"]),
                  countries=frozenset(c for n in v["nationalities"].values() for c in (n, n.removeprefix("the "))),
                  sub_organs=v["sub_organs"], abbreviations=abbreviations, owners=v["owners"],
                  owner_before=re.compile(rf"\b(?:the\s+)?({'|'.join(map(re.escape, v['owners']))})\s+"
                                          r"((?:[A-Z][\w'’.]*\s?)+?)(?=\s+of\b|,|$)"),
                  nationalities=v["nationalities"], title_bodies=v["title_bodies"], ranks=frozenset(v["ranks"]),
                  rank_starts=frozenset(r.split()[0] for r in v["ranks"]),
                  head_starts=frozenset(key[0] for key in heads),
                  national_bodies=frozenset(v["national_bodies"]))


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word.startswith("(")


def _head_at(toks, j, voc: _Vocab, mods: tuple = ()):
    """(head, plural, index after head, modifiers) for a head at token j, with modifiers first; the longest."""
    if j >= len(toks):
        return None
    best = None
    word = toks[j][0].lower()
    starts = voc.head_starts
    vice = word.startswith("vice-") and len(word) > 5
    # most words start no head: no key is built for them, and each token is lowered once
    lows = [word, *(t[0].lower() for t in toks[j + 1:j + voc.max_len])] \
        if word in starts or (vice and word[5:] in starts) else []
    for n in range(len(lows), 0, -1) if word in starts else ():
        key = tuple(lows[:n])
        if key in voc.heads:
            singular, plural = voc.heads[key]
            best = (singular, plural, j + n, list(mods))
            break
    longer = None
    if vice:  # "vice-premier", "vice-department directors"
        for n in range(len(lows), 0, -1):
            key = (word[5:], *lows[1:n])
            if key in voc.heads:
                singular, plural = voc.heads[key]
                longer = (singular, plural, j + n, list(mods) + ["vice-"])
                break
    elif word in voc.modifiers:
        longer = _head_at(toks, j + 1, voc, mods + (word,))
    if longer and (not best or longer[2] > best[2]):
        return longer
    return best


def head_at(toks, j):
    """The post head at token j (with its modifiers and an article before), or None."""
    while j < len(toks) and toks[j][0].lower() in _ARTICLES:
        j += 1
    return _head_at(toks, j, vocab())


def _body(text, toks, i, voc: _Vocab):
    """Index after a capitalised body starting at token i (i points after "of"/"to"), or i if none."""
    j = i
    if j < len(toks) and toks[j][0].lower() in ("the", _ITS.strip()):
        j += 1
    if j >= len(toks) or not _is_cap(toks[j][0]):
        return i
    last = j + 1
    j += 1
    while j < len(toks):
        word = toks[j][0]
        if word.rstrip(".") in DATE_WORDS and not _named_after_date(toks, j):
            break  # "president of Angola Tuesday": the day is not part of the body
        if _is_cap(word):
            if word in voc.surnames and text.find("\n", toks[j - 1][2], toks[j][1]) != -1:
                break  # "... the C.C., the WPK" and on the next line "Jo Yong Won": a list cut by the harvest
            if _rank_ends_title(toks, j, voc):
                break  # "Supreme Commander of the KPA Marshal [Kim Jong Un]": the rank is a post of its own
            last = j = j + 1
            continue
        if word == "," and toks[last - 1][0] in _CC_TOKENS:
            m = _CONT_AFTER_CC.match(text, toks[j][1])
            if m:
                while j < len(toks) and toks[j][1] < m.end():
                    j += 1
                continue
        if word in voc.inner_body_nouns and j + 2 < len(toks) and toks[j + 1][0] == "of" and \
                (_is_cap(toks[j + 2][0]) or toks[j + 2][0] == "the"):
            j += 1  # "the Pyongyang mission of the AINDF": the body goes on
            continue
        if word.lower() in _FUNCTION:
            k = j
            while k < len(toks) and toks[k][0].lower() in _FUNCTION:
                k += 1
            if k < len(toks) and _is_cap(toks[k][0]) and toks[k][0] not in (",",):
                if word.lower() == "and" and (_head_at(toks, k, voc) or toks[k][0][0].isdigit()):
                    break  # "... of the KPA and the 93rd Division": another body, not more of this one
                if word.lower() == "and" and _named_with_post(toks, k, voc):
                    break  # "... to the DPRK and Haissam Saad, charge d'affaires ...": another person
                if word.lower() in ("and", "with") and toks[k][0] in voc.nationalities and \
                        _head_at(toks, k + 1, voc):
                    break  # "... Foreign Ministry with the Cuban ambassador": another person's title
                if toks[k - 1][0].lower() in ("of", "to") and k - 1 == j and _head_at(toks, k, voc):
                    break
                j = k
                continue
        break
    return last


_DAY = re.compile(r"\d{1,2}")


def _named_after_date(toks, j: int) -> bool:
    """A month, a day and a capitalised word at token j: a name ("the June 15 Joint Declaration", "the February 8
    Vinalon Complex"), not the date of the report."""
    return j + 2 < len(toks) and toks[j][0] in DATE_WORDS and _DAY.fullmatch(toks[j + 1][0]) is not None and \
        toks[j + 2][0][:1].isupper() and toks[j + 2][0].rstrip(".") not in DATE_WORDS


def _named_with_post(toks, k: int, voc: _Vocab) -> bool:
    """Two or more capitalised words from token k, none a noun of a body, then a comma and a post: a person and
    their title, not more of a body ("... of Constitution and Justice, the commander ..." stays one body)."""
    j = k
    while j < len(toks) and _is_cap(toks[j][0]) and toks[j][0] != "," and toks[j][0].lower() not in _ORG_NOUNS:
        j += 1
    return j - k >= _NAME_WORDS and j + 1 < len(toks) and toks[j][0] == "," and head_at(toks, j + 1) is not None


def _national_body(toks, i: int, after: int, voc: _Vocab) -> tuple[str, int] | None:
    """ "the Iranian embassy": a body of a nationality and a lower-case noun of `national_bodies`, written
    "the embassy of Iran" (the body, the index after it), or None."""
    words = [t[0] for t in toks[i:after]]
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) != 1 or words[0] not in voc.nationalities or after >= len(toks) or \
            toks[after][0] not in voc.national_bodies:
        return None
    return f"the {toks[after][0]} of {voc.nationalities[words[0]]}", after + 1


def _rank_ends_title(toks, j: int, voc: _Vocab) -> bool:
    """A rank at token j that ends the tokens or stands before a surname: the end of a title written before a
    name ("... of the KPA Marshal", "chief of Staff Admiral"), not a body word ("the General Staff")."""
    if toks[j][0].lower() not in voc.rank_starts:
        return False  # most capitalised words: no rank starts with them
    head = _head_at(toks, j, voc)
    if not head or head[0] not in voc.ranks:
        return False
    after = head[2]
    return after == len(toks) or toks[after][0] in voc.surnames


def parse_post(text: str, toks, i: int, voc: _Vocab | None = None):
    """One post starting at token i: (ParsedPost, index after it) or None."""
    voc = voc or vocab()
    j = i
    past = False
    while j < len(toks):
        word = toks[j][0].lower()
        if word.startswith("ex-"):  # "ex-chairman": read the head without its prefix
            past = True
            toks = [*toks[:j], (toks[j][0][3:], toks[j][1] + 3, toks[j][2]), *toks[j + 1:]]
            break
        if word in voc.past:
            past = True
        elif word not in _ARTICLES and word not in voc.dropped:
            break
        j += 1
    country = None
    if j + 1 < len(toks) and toks[j][0] in voc.nationalities and _head_at(toks, j + 1, voc):
        country = voc.nationalities[toks[j][0]]
        j += 1
    head = _head_at(toks, j, voc)
    if not head:
        return None
    singular, plural, k, mods = head
    words = [m for m in mods]
    head_text = " ".join(words).replace("vice- ", "vice-") + (" " if words and words[-1] != "vice-" else "") + singular
    body, prep, end = None, "of", k
    if k < len(toks) and toks[k][0].lower() in ("of", "to"):
        after = _body(text, toks, k + 1, voc)
        if after > k + 1:
            body = text[toks[k + 1][1]:toks[after - 1][2]]
            prep = toks[k][0].lower()
            end = after
            national = _national_body(toks, k + 1, after, voc)
            if national:  # "attache of the Iranian embassy" -> "attache of the embassy of Iran"
                body, end = national
            link = [t[0].lower() for t in toks[end:end + 2]]
            if link == ["of", "the"] or (link == [",", "the"] and body.endswith(_CC_TOKENS)):
                definite = _definite(text, toks, end + 2, as_written=link[0] == ",")  # "... of the league",
                if definite:  # "the C.C., the youth league" (as written when the report never names it in full)
                    written = definite[0][len("the "):][:1].islower()  # "the youth league": "of" joins it
                    body = f"{body}{' of' if link[0] == 'of' or written else ','} {definite[0]}"
                    end = definite[1]
            if end < len(toks) and toks[end][0].lower() == "to" and singular in ("ambassador", "envoy"):
                after2 = _body(text, toks, end + 1, voc)
                if after2 > end + 1:
                    body = text[toks[k + 1][1]:toks[after2 - 1][2]]
                    end = after2
    if body is None and k + 2 < len(toks) and toks[k][0].lower() == "of" and toks[k + 1][0].lower() == "the":
        definite = _definite(text, toks, k + 2)
        owned = _owned_definite(text, toks, k + 2, definite) if definite else None
        if owned:
            body, end = owned
    if body is None and not plural and end + 1 < len(toks) and toks[end][0].lower() == "and" and \
            toks[end + 1][0].lower() not in voc.dropped:  # "vice-chairman and concurrently director of": two
        shared = parse_post(text, toks, end + 1, voc)  # "chairman and CEO of X": the body is both posts'
        if shared and shared[0].body and not shared[0].past and not shared[0].plural and \
                shared[0].head not in voc.unshared_heads and \
                (head_text.strip() not in voc.government_heads or shared[0].body in voc.countries):
            body, prep = shared[0].body, shared[0].prep  # not "vice-premier and chairman of the X Commission"
    if body is None and singular in voc.needs_body:
        return None
    if body and body.lower().replace("the ", "") in voc.not_post_bodies:
        return None
    if body and end < len(toks) and toks[end][0] in voc.group_nouns:
        return None  # "members of the WPK Central Committee guidance body": a group, not an office
    if body and end < len(toks) and toks[end][0] in voc.delegation_nouns:
        return None  # "member of the Mongolian delegation": joining a delegation is no post (guideline)
    return ParsedPost(head_text.strip(), body, prep, plural, toks[i][1], toks[end - 1][2], country, past), end


_ORG_NOUNS = frozenset("""league union committee commission association ministry federation council army front
institute university farm mill factory complex mine bureau department assembly cabinet""".split())


def _definite(text: str, toks, k: int, as_written: bool = False):
    """ "of the youth league" after "the Kim Il Sung Socialist Youth League": (the full name, index after); with
    `as_written`, the words as written when the report names no such body in full ("the C.C., the youth league":
    the league's committee, not a bare Central Committee that would read as the WPK's)."""
    words = []
    j = k
    lower_case_bodies = vocab().lower_case_body_nouns
    while j < len(toks) and len(words) < 3 and toks[j][0].isalpha() and toks[j][0].islower():
        words.append(toks[j][0])
        j += 1
        if words[-1] in _ORG_NOUNS or words[-1] in lower_case_bodies:
            break
    if words and words[-1] in lower_case_bodies:
        return "the " + " ".join(words), j  # "the diplomatic corps": a body only ever named in lower case
    if not words or words[-1] not in _ORG_NOUNS:
        return None
    caps = r"\s+".join(w.capitalize() for w in words)
    pattern = re.compile(rf"(?:[A-Z][\w'’-]*[^\S\n]+)*{caps}(?:\s+of\s+the\s+[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’-]*)*)?")
    found = None
    for m in pattern.finditer(text, max(0, toks[k][1] - 3000), toks[k][1]):
        found = m.group(0)
    if not found:
        return ("the " + " ".join(words), j) if as_written else None
    return "the " + found.removeprefix("The "), j


def _owned_definite(text: str, toks, k: int, definite: tuple[str, int]) -> tuple[str, int] | None:
    """A body written in lower case and completed from its earlier full name, unless an owner in lower case
    follows it: "the provincial committee of the youth league" is the league's committee, not the provincial
    committee the report named before (the party's): then the owner is completed instead, or no body is certain
    (None)."""
    body, end = definite
    if [t[0].lower() for t in toks[end:end + 2]] != ["of", "the"] or end + 2 >= len(toks) \
            or not toks[end + 2][0].islower():
        return body, end
    owner = _definite(text, toks, end + 2)
    if not owner:
        return None
    written = " ".join(t[0] for t in toks[k:end])
    return f"the {written} of {owner[0]}", owner[1]


def parse_chain(text: str, start: int, end: int) -> list[ParsedPost]:
    """The posts written from `start` on ("member of ... and secretary of ..., the WPK"), maybe none."""
    headline_end = text.find("\n\n", start, end)  # a post never runs from the headline into the text
    end = headline_end if headline_end != -1 else end
    first = first_token(text, start, end)
    if not first or not _may_start_post(first.lower()):
        return []  # most commas after a name are followed by no post: skip tokenizing the window
    first_end = min(end, start + _FIRST_WINDOW)
    posts = _parse_chain(text, start, first_end)
    if first_end < end and (not posts or posts[-1].end > first_end - _FIRST_WINDOW // 3):
        posts = _parse_chain(text, start, min(end, start + _MAX_CHAIN))  # a long chain: read further
    return posts


def _may_start_post(word: str) -> bool:
    return word in vocab().first_words or word.startswith(("ex-", "vice-"))


@cache
def _epithet() -> re.Pattern:
    """An epithet, honour or degree of `not_posts` and its words up to the next comma ("supreme leader of the WPK
    and people of the DPRK, "): no post, but the posts after it are the person's ("..., first secretary of ...")."""
    epithets = alternation(load_vocab("posts")["not_posts"])
    return re.compile(rf"(?:(?:the|a|an)\s+)?(?:{epithets})\b[^,;:.()\"“”]*,\s+", re.IGNORECASE)


def _after_epithet(text: str, toks, i: int) -> int | None:
    """The token after an epithet that starts at token i and ends with a comma, or None; None too when an article
    follows (", the chairman noted": a reporting tag, someone else)."""
    m = _epithet().match(text, toks[i][1])
    if not m:
        return None
    after = next((j for j in range(i + 1, len(toks)) if toks[j][1] == m.end()), None)
    return None if after is None or toks[after][0].lower() in _ARTICLES else after  # ", the president said"


def _parse_chain(text: str, start: int, end: int) -> list[ParsedPost]:
    voc = vocab()
    toks = tokens(text, start, end)
    posts: list[ParsedPost] = []
    i = 0
    while i < len(toks):
        parsed = parse_post(text, toks, i, voc)
        if not parsed:
            i = _after_epithet(text, toks, i)  # "A, supreme leader of the DPRK, first secretary of ...": go on
            parsed = parse_post(text, toks, i, voc) if i is not None else None
        if not parsed:
            break
        if posts and toks[i][0].lower() in _ARTICLES and toks[i - 1][0].lower() in (",", "and"):
            break  # "A, minister of X, [and] the commander of the Army, ...": someone not named
        post, i = parsed
        if posts and post.plural and not posts[0].plural:
            break  # "A, member of ..., and secretaries of ...": the plural post is other people's
        posts.append(post)
        if i < len(toks) and toks[i][0] == ",":
            i += 1
        if i < len(toks) and toks[i][0].lower() == "and":
            i += 1
    return posts


_GENERIC_OWNER = "Party"  # the key of `owners` written without a name ("the City Party Committee"): the holder's party


@lru_cache(maxsize=8192)
def _normalise_body(body: str, foreign_holder: bool = False) -> str:
    """The body written out in full; cached, as the same bodies ("the C.C., the WPK") come back in every report.
    "the City Party Committee" is the WPK's for a Korean holder; a `foreign_holder`'s stays as written (which
    party's city committee the article rarely says in the phrase, and a wrong party is worse than none)."""
    voc = vocab()

    def owned(m: re.Match) -> str:
        if foreign_holder and m.group(1) == _GENERIC_OWNER:
            return m.group(0)
        article = "the " if m.group(0).startswith("the") or not m.start() else ""
        rest = m.string[m.end():]
        if m.group(1) in rest or voc.owners[m.group(1)] in rest:  # "the WPK History Institute of the C.C., the
            return f"{article}{m.group(2)}"  # WPK": the owner is named at the end, not twice
        return f"{article}{m.group(2)} of the {voc.owners[m.group(1)]}"

    body = voc.owner_before.sub(owned, body)  # "the WPK Central Committee"; "the City Party Committee"
    body = re.sub(r"C\.\s?C\.?,?\s+(?:the\s+)?(?=[A-Z])", "Central Committee of the ", body)
    body = re.sub(r"\bthe the\b", "the", body)
    body = _ACRONYM.sub("", body.replace("’", "'"))  # "the Workers' Party of Korea (WPK)": the name once
    for pattern, expansion in voc.abbreviations:
        body = pattern.sub(expansion, body)
    body = _national_organ().sub(lambda m: f"the {m.group(2)} of {voc.nationalities[m.group(1)]}", body)
    return body if body.startswith(("the ", "The ")) or not _needs_article(body) else "the " + body


@cache
def _national_organ() -> re.Pattern:
    """ "the Chinese State Council" ending a body: a national adjective and an organ of `state_organs`."""
    v = load_vocab("posts")
    return re.compile(rf"\bthe ({alternation(v['nationalities'], cased=True)}) "
                      rf"((?:{alternation(v['state_organs'], cased=True)})\b[^,]*)$")


# "the International Taekwon-Do Federation (ITF)": a name and the acronym the report gives it in brackets
_BRACKETED = re.compile(r" \(([A-Z]{2,8})\)")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*|of|the|for|and|in|on|with|to|at)(?:\s+(?:[A-Z][\w'’-]*|of|the|"
                          r"for|and|in|on|with|to|at)){1,11})$")
_NAME_REACH = 160  # characters before a bracketed acronym searched for the name it abbreviates
_INITIALS = re.compile(r"(?:^|(?<=[\s-]))([A-Z])")


def report_acronyms(text: str) -> dict[str, str]:
    """The acronyms a report defines ("the General Federation of Trade Unions of Korea (GFTUK)"), each with the
    shortest end of the capitalised run before it whose initials spell it; acronyms of `abbreviations` are left
    to their own expansion."""
    if " (" not in text:
        return {}
    found = {}
    for bracket in _BRACKETED.finditer(text):
        acronym = bracket.group(1)
        if acronym in found or acronym in _known_acronyms():
            continue
        m = _NAME_BEFORE.search(text, max(0, bracket.start() - _NAME_REACH), bracket.start())
        if not m:
            continue
        run = m.group(1).split()
        for n in range(len(run) - 1, -1, -1):
            if run[n][0].isupper() and acronym in _initials(run[n:]):
                found[acronym] = " ".join(run[n:])
                break
    return found


@cache
def _known_acronyms() -> frozenset:
    """The acronyms `abbreviations` expands already (WPK, LPRP, ...)."""
    return frozenset(load_vocab("posts")["abbreviations"])


def _initials(words: list[str]) -> tuple[str, str]:
    """The capitals that start the words, counting the parts of a hyphenated word ("Down-with-Imperialism Union":
    DIU) or not ("International Taekwon-Do Federation": ITF)."""
    return "".join(_INITIALS.findall(" ".join(words))), "".join(w[0] for w in words if w[0].isupper())


def expand_report_acronyms(post: str, acronyms: dict[str, str]) -> str:
    """A post with the report's own acronyms written out ("president of the ITF" -> "... of the International
    Taekwon-Do Federation"), as the guideline expands WPK or KPA."""
    for acronym, name in acronyms.items():
        if acronym in post:
            post = re.sub(rf"\b{acronym}\b", name, post)
    return post


def _needs_article(body: str) -> bool:
    return bool(re.match(r"(?:Central|Political|Presidium|Supreme|National|Korean|Democratic|Workers'|"
                         r"General|Cabinet|Ministry|Committee|Secretariat)\b", body))


def foreign_party(text: str) -> str | None:
    """The last party other than the WPK that `text` names ("a delegation of the Communist Party of Nepal (Maoist)
    headed by"), or None: the jurisdiction of a post of that party's organs written without the party."""
    found = None
    for found in _FOREIGN_PARTY.finditer(text):
        pass
    return found.group(0) if found else None


def complete(chain: list[ParsedPost], jurisdiction: str | None = None, domestic: bool = True) -> list[str]:
    """Each post of one chain written out: expanded abbreviations, organs completed with their parent; "" for
    one that `not_posts` says is no post (kept in place, so the list stays aligned with the chain). A foreign
    party that the chain names, or else the `jurisdiction` the article gives, owns the organs named without
    their party ("the Party Central Committee", "its Western Regional Committee"). The DPRK parents of
    `sub_organs` ("the Political Bureau" of the WPK's Central Committee) are the parents of a `domestic` holder's
    organ; a foreign holder's organ takes its own party's, or stays as written when no party is known."""
    voc = vocab()
    texts = []
    normalised = [_normalise_body(p.body) if p.body else "" for p in chain]
    foreign = next((m.group(0) for b in normalised for m in [_FOREIGN_PARTY.search(b)] if m), jurisdiction)
    for n, post in enumerate(chain):
        body = post.body
        owned = None  # the organ of the foreign party, written out before the party's name is added as written
        if body and body.startswith(_ITS):
            owned, body = (f"the {body.removeprefix(_ITS)}", None) if foreign else (None, None)
        elif body and foreign and (organ := _PARTY_OWNER.search(body)):
            # "..., the Communist Party of Vietnam, and ... of the Party CMC": that party
            owned, body = f"{body[:organ.start()]}the {organ.group(1).strip()}", None
        if owned:
            body = f"{_normalise_body(owned)} of {foreign}"  # "(Maoist)" is part of the party's name: kept
        elif body:
            bare = body.removeprefix("the ")
            if bare in voc.sub_organs:
                parent = next((_parent(p.body) for p in chain[n + 1:] if p.body and _parent(p.body)), None)
                parent = parent or _sub_organ_parent(voc.sub_organs[bare], domestic, foreign)
                body = f"{body} {parent}" if parent else body
            body = _normalise_body(body, not domestic)
        text = f"{post.head} {post.prep} {body}" if body else post.head
        if post.country:
            country = _normalise_body(post.country)
            if post.prep == "to" and body:
                text = f"{post.head} of {country} to {body}"
            else:
                text = f"{post.head} of {country}" + (f" {post.prep} {body}" if body else "")
        texts.append(" ".join(text.split()))  # a post cut by a harvest's line break is one line again
    return [t if t.lower() not in voc.not_posts else "" for t in texts]


def _sub_organ_parent(home_parent: str, domestic: bool, foreign: str | None) -> str | None:
    """The parent of a bare organ: the DPRK one of `sub_organs` for a domestic holder; for a foreign holder the
    same parent in the foreign party when the DPRK one is the WPK's ("member of the Political Bureau of its
    Central Committee" in the delegation of the Communist Party of China), else none (no WPK organ for Hu Jintao)."""
    if domestic:
        return home_parent
    home_party = f"the {vocab().owners['WPK']}"
    return home_parent.replace(home_party, foreign) if foreign and home_party in home_parent else None


def chain_posts(text: str, start: int, limit: int, rule: str,
                jurisdiction: str | None = None, domestic: bool = True) -> tuple[list[Post], int, bool]:
    """The posts of the chain at `start` (before `limit`) written out, each a `Post` with `rule`, past ones
    left out; (posts, where the chain ends, whether its first post is plural)."""
    chain = parse_chain(text, start, limit)
    if not chain:
        return [], start, False
    if _group_description(chain):
        return [], chain[-1].end, True
    texts = complete(chain, jurisdiction, domestic)
    posts = [Post(t, (p.start, p.end), rule) for t, p in zip(texts, chain) if t and not p.past]
    return posts, chain[-1].end, chain[0].plural


def _group_description(chain: list[ParsedPost]) -> bool:
    """ "A, B, ... and Z, members of the Political Bureau of the C.C., the WPK, members of the Central Military
    Commission of the WPK and officials of ...": one plural office repeated with different bodies describes a
    list as a whole (some of its people are members of the one, some of the other), not each person in it."""
    plural = [(post.head, post.body) for post in chain if post.plural]
    heads = [head for head, _ in plural]
    return len(set(plural)) > len(set(heads))


@lru_cache(maxsize=4096)
def _parent(body: str) -> str | None:
    m = re.search(r"\b(?:(?:WPK|Party)\s+)?(?:C\.\s?C\.?|CC\b|Central Committee\b).*$", body)
    if not m:
        return None
    return "of " + ("the " if not m.group(0).startswith("the ") else "") + m.group(0)


def title_posts(title: str, domestic: bool = True) -> list[str]:
    """The posts of a title written before a name ("Chinese Ambassador to the DPRK", "KPA General", "Deputy").
    A bare title is completed with its DPRK body (`title_bodies`) only before a `domestic` (Korean) name: "General
    Secretary Hu Jintao" is no general secretary of the WPK, and stays "general secretary"."""
    voc = vocab()
    chain = parse_chain(title, 0, len(title))
    texts = complete(chain)
    for n, post in enumerate(chain):
        if domestic and not post.body and not post.country and post.head in voc.title_bodies:
            texts[n] = voc.title_bodies[post.head]
    return [text for text, post in zip(texts, chain) if text and not post.past]


