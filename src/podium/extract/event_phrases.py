"""One mention of a meeting: the noun phrase around a head word ("conference", "meeting"...), read into parts.

KCNA names a meeting in a handful of shapes: "The Fourth Conference of the Workers' Party of Korea", "the
Second Plenary Meeting of the 8th Party Central Committee", "a recent OSCE meeting", "the Sixth Conference of WPK
Cell Secretaries", "A national meeting to mark the 51st anniversary of ...". This module reads the words left
of the head (ordinal, modifiers, a body written first) and the "of ..." chain right of it (participants and the
holding body), over tokens that keep their offsets, so the caller can build the series name and a span.
Deciding whether the phrase is a formal meeting, and of which kind, is left to `events`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from podium.extract.dates import MONTHS, WEEKDAYS
from podium.extract.text import token_matches
from podium.vocab import load_vocab

QUOTES = {'"', "“", "”"}
PURPOSE_WORDS = 30  # a purpose clause kept in a name is never longer ("to mark the 50th anniversary of ...")
PARTICIPANT_WORDS = 6  # lower-case words naming who meets ("branch social security stations")
OPENER_WORDS = 4  # words looked at for an opener of a purpose or a link ("on the occasion of", "in the field of")
TABLES = {"kinds"}  # lists of rows, not of words
NUMBERED_RE = re.compile(r"(\d+)(?:st|nd|rd|th)")  # "3rd"
PURPOSE_WORD_RE = re.compile(r"[A-Za-z0-9'’]")  # a purpose runs on over words, not marks
YEAR_RE = re.compile(r"\d{4}")  # a year joined to a name ("...-2012")
POSSESSIVE_RE = re.compile(r"['’]s?$")  # "women's", "workers'": the word without its possessive ending
BRACKET_REACH = 8  # tokens within which a bracket opened before a meeting's name (or a class's aside) closes
def _link_words() -> dict[str, list[str]]:
    """A name's grammar words (`link_words` in vocab/events.yaml), read once at import: they shape every name."""
    found = load_vocab("events")["link_words"]
    odd = {key: [w for w in words if not isinstance(w, str)] for key, words in found.items()}
    if any(odd.values()):  # YAML reads a bare on/off/yes/no as a boolean
        raise ValueError(f"vocab/events.yaml, link_words: {odd!r} are not words; quote them")
    return found


LINK_WORDS = _link_words()
SMALL_WORDS = frozenset(LINK_WORDS["small"])
# Words after which "the" goes on with a body's name ("of the", "and the", "under the", "the C.C., the WPK"): after
# a gerund too ("Committee for Commemorating the Centenary of ..."); after any other word a "the" starts the next
# phrase ("At the meeting of the Political Bureau the members of ... were appointed").
BODY_LINKS = frozenset(LINK_WORDS["body_links"])
JOINERS = frozenset(LINK_WORDS["joiners"])
NAME_TAIL = frozenset(LINK_WORDS["tail"])
INDEFINITE = frozenset(LINK_WORDS["indefinite"])
GERUND_ENDING = tuple(LINK_WORDS["gerund_endings"])
PARTICIPLE_ENDING = tuple(LINK_WORDS["participle_endings"])
PAIR_LINKS = frozenset(LINK_WORDS["pair_links"])
COORDINATORS = frozenset(LINK_WORDS["coordinators"])  # who meets may be several kinds of people
POSSESSIVES = frozenset(LINK_WORDS["possessives"])  # "a meeting of its Presidium": whose organ is said before


class Token:
    """A word or mark of the text, with its offsets; `low` and `capital` are computed once (they are read often)."""
    __slots__ = ("text", "start", "end", "low", "capital")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.low = text.lower()
        self.capital = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The text layer's tokens of text[start:end] (`podium.extract.text.tokens`), a bracketed word ("(WPK)")
    read as its brackets and the word: a meeting's name skips what a bracket holds."""
    found = []
    for match in token_matches(text, start, len(text) if end is None else end):
        word = match.group()
        if word[0] == "(" and len(word) > 2:  # the tokenizer's only multi-character token opening with "("
            first, last = match.span()
            found += [Token("(", first, first + 1), Token(word[1:-1], first + 1, last - 1), Token(")", last - 1, last)]
        else:
            found.append(Token(word, *match.span()))
    return found


@cache
def vocab() -> dict:
    """The events vocabulary with its lists turned into sets and its ordinals into a lookup table."""
    raw = load_vocab("events")
    for key, value in raw.items():
        odd = [x for x in value if not isinstance(x, (str, list))] \
            if isinstance(value, list) and key not in TABLES else []
        if odd:  # YAML reads a bare on/off/yes/no as a boolean: such a word must be quoted
            raise ValueError(f"vocab/events.yaml, list {key!r}: {odd!r} are not words; quote them")
    data = {k: set(v) if isinstance(v, list) and all(isinstance(x, str) for x in v) else v
            for k, v in raw.items()}
    ordinals = {word: n for n, word in enumerate(raw["ordinals"], 1)}
    ordinals.update(raw["tens_ordinals"])
    for tens_word, tens in raw["tens"].items():
        for unit_word, unit in zip(raw["ordinals"][:9], range(1, 10)):
            ordinals[f"{tens_word}-{unit_word}"] = tens + unit
    data["ordinal_words"] = ordinals
    data["plural_endings"] = tuple(raw["plural_endings"])  # for str.endswith, once rather than per word
    data["purpose_participles"] = {(w[:-1] if w.endswith("e") else w) + "ing": w for w in raw["purpose_verbs"]}
    data["bare_participant_links"] = [tuple(o.split()) for o in raw["bare_participant_links"]]
    data["participant_links"] = [tuple(o.split()) for o in raw["participant_links"]] + data["bare_participant_links"]
    data["participant_link_starts"] = {link[0] for link in data["participant_links"]}
    data["circumstantial_openers"] = [tuple(o.split()) for o in raw["circumstantial_openers"]]
    data["purpose_openers"] = [tuple(o.split()) for o in raw["purpose_openers"]]
    data["purpose_titles"] = [tuple(t.split()) for t in raw["purpose_titles"]]
    data["name_stops"] = data["name_stops"] | set(WEEKDAYS)
    data["head_keys"] = {word: name.lower() for word, name in raw["heads"].items()}
    data["kinds"] = [_kind_row(row) for row in raw["kinds"]]
    data["plenary_kinds"] = {row["kind"] for row in data["kinds"] if row["plenary"]}
    return data


def _kind_row(row: dict) -> dict:
    """One row of `kinds`, its lists turned into tuples (bodies are matched by their start) and sets."""
    return {"kind": row["kind"], "plenary": row.get("plenary"), "heads": set(row.get("heads", ())),
            "bodies": tuple(row.get("bodies", ())), "first_words": set(row.get("first_words", ())),
            "except_modifiers": set(row.get("except_modifiers", ()))}


def ordinal(token: Token) -> int | None:
    """3 for "third", "Third" or "3rd"; None for anything else (a bare "3" is a count, not an ordinal)."""
    match = NUMBERED_RE.fullmatch(token.low)
    if match:
        return int(match.group(1))
    return vocab()["ordinal_words"].get(token.low)


@dataclass
class Phrase:
    """The parts of one mention. `body` and `purpose` are token lists from the text, not yet written out."""
    head: Token
    plural: bool
    start: int
    end: int
    ordinal: int | None = None
    plenary: bool = False
    modifiers: list[str] = field(default_factory=list)
    prefix: list[Token] = field(default_factory=list)
    body: list[Token] = field(default_factory=list)
    purpose: list[Token] = field(default_factory=list)
    referring: bool = False
    blocked: bool = False
    possessive: bool = False
    held: bool = False  # "The league held its congress", "The Bureau convened an enlarged meeting"
    definite: bool = False  # "the enlarged meeting": one named before
    owned_body: bool = False  # "a meeting of its Presidium": the body is an organ of one named before
    core_end: int = 0  # where the name ends before a purpose read further on ("... took place on Friday to mark")
    year: str | None = None  # a year joined to the name ("meeting of representatives of branches ...-2012")

    paired: bool = False  # the body stands between two parties ("the joint committee between A and B")
    joint: bool = False  # several bodies hold it together ("a joint conference of A, B and C"): one meeting

    def read_joint(self) -> None:
        """Sets `joint` from the modifiers, once they are read (not once per word of the name that asks)."""
        self.joint = any(m.lower() in vocab()["joint_modifiers"] for m in self.modifiers)

    @property
    def late_purpose(self) -> bool:
        """Whether the purpose stands apart from the name, words such as where and when between."""
        return bool(self.purpose) and self.purpose[0].start > self.core_end + 1


def _read_left(tokens: list[Token], i: int, phrase: Phrase) -> None:
    v = vocab()
    j = i - 1
    while j >= 0:
        tok = tokens[j]
        low = tok.low
        if low in v["name_stops"]:
            break
        if low in v["not_events"]:
            phrase.blocked = True
            return
        if low in v["plenary"] and not phrase.modifiers and not phrase.prefix:
            phrase.plenary = True
        elif low in v["modifier_spellings"]:
            phrase.modifiers.insert(0, v["modifier_spellings"][low])
        elif low in v["modifiers"] and not (tok.capital and phrase.prefix):
            phrase.modifiers.insert(0, low.capitalize())
        elif low == ")" and j >= 2 and tokens[j - 2].text == "(" and tokens[j - 1].low in v["modifiers"]:
            phrase.modifiers.insert(0, f"({tokens[j - 1].low.capitalize()})")
            j -= 2
        elif low in v["referring"]:
            phrase.referring = True
        elif low in v["descriptive"]:
            pass
        elif ordinal(tok) is not None and phrase.ordinal is None:
            phrase.ordinal = ordinal(tok)
        elif tok.capital and low not in SMALL_WORDS and phrase.ordinal is None and low[:1].isascii() and low[:1].isalpha() and \
                low not in v["sentence_openers"]:  # "Another Party conference": no body called "Another"
            phrase.prefix.insert(0, tok)
        else:
            phrase.possessive = low in POSSESSIVES
            phrase.definite = low == "the"
            phrase.held = low in v["holding_determiners"] and j > 0 and tokens[j - 1].low in v["holding_verbs"]
            break
        phrase.start = tok.start
        j -= 1


def _date_starts(tokens: list[Token], m: int) -> bool:
    """A month before a day ("on May 8") ends a name; "May Day" does not, nor does a date that names a thing
    ("the 11th anniversary of the June 15 joint declaration", "the historic October 4 Declaration")."""
    return tokens[m].low.rstrip(".") in MONTHS and m + 1 < len(tokens) and tokens[m + 1].text[:1].isdigit() and \
        not (m and tokens[m - 1].low == "the") and not (m + 2 < len(tokens) and tokens[m + 2].capital and
                                                      tokens[m + 2].low in vocab()["dated_things"])


def _is_name_word(tokens: list[Token], m: int) -> bool:
    """Whether `tokens[m]` can go on a body's name: capitalised, "12th" before a name, "'s", a participant."""
    if m >= len(tokens):
        return False
    tok = tokens[m]
    v = vocab()
    if tok.low in v["name_stops"] or tok.low in v["not_event_after"] or _date_starts(tokens, m):
        return False
    if tok.capital:
        # A headline's verb is capitalised too: "... of Mothers Congratulated on ...", "... Youth League Held".
        after = m + 1 + (m + 1 < len(tokens) and tokens[m + 1].text in QUOTES)  # "the "Ruritania United" Party"
        following = tokens[after] if after < len(tokens) else None
        return not (tok.low.endswith("ed") and (following is None or not following.capital))
    if tok.low in ("'", "’", "'s", "’s"):
        return True
    if dated_name_day(tokens, m):
        return _is_name_word(tokens, m + 1)
    if ordinal(tok) is not None:
        return _is_name_word(tokens, m + 1)
    return tok.low in v["participants"] or tok.low in v["adjectival"]


def dated_name_day(tokens: list[Token], m: int) -> bool:
    """Whether `tokens[m]` is the day of a date that names a thing inside a name (`event.dated-name`: "the
    Committee for Implementing the June 15 Joint Declaration", "the June 15 and October 4 People's Solidarity"): a
    day number after a capitalised month, a capitalised word or a coordinated date after it."""
    if not (0 < m < len(tokens) - 1 and tokens[m].text.isdigit() and tokens[m - 1].capital
            and tokens[m - 1].low in MONTHS):
        return False
    nxt = tokens[m + 1]
    return nxt.capital or (nxt.low in COORDINATORS and m + 2 < len(tokens) and tokens[m + 2].low in MONTHS
                           and tokens[m + 2].capital)


def _plain_word(tok: Token, *, noun: bool = False) -> bool:
    """A lower-case word that can stand in a body's name, a possessive too ("active women's union members"); with
    `noun`, not a verb form ("for commemorating")."""
    v = vocab()
    return POSSESSIVE_RE.sub("", tok.text).replace("-", "").isalpha() and tok.text.islower() and \
        tok.low not in v["name_stops"] and tok.low not in v["plain_stops"] and tok.low not in SMALL_WORDS and \
        not (noun and tok.low.endswith(("ed", "ing", "ly")) and "-" not in tok.low)  # "non-aligned" is no verb


def _participle(tok: Token) -> bool:
    """A lower-case past participle that qualifies people ("disabled soldiers", "retired officers")."""
    return tok.low.endswith(PARTICIPLE_ENDING) and _plain_word(tok)


def plural(word: str) -> bool:
    """Whether a word names people in the plural: "Koreans", "residents", "crewmen" (`plural_endings`)."""
    low = word.lower()
    return len(low) > 2 and low.endswith(vocab()["plural_endings"]) and not low.endswith("ss")


def _participant_run(tokens: list[Token], m: int) -> int:
    """The end of who meets, right after "of", when the vocabulary does not list them: "a national meeting of
    educationalists", "of quality control workers", "of chiefs of branch social security stations"; `m` when
    there is none."""
    end = m
    while end < len(tokens) and end - m < PARTICIPANT_WORDS and \
            (_plain_word(tokens[end], noun=True) or _participle(tokens[end])
             or (end > m and tokens[end].low in COORDINATORS)):
        end += 1  # "disabled soldiers", "local party and economic officials": it ends in the plural below
    while end > m and not plural(tokens[end - 1].text):
        end -= 1
    if m < end < len(tokens) - 1 and tokens[end].low == "of" and (more := _participant_run(tokens, end + 1)) > end + 1:
        return more  # who they are "of": "chiefs of branch social security stations"
    return end


def _the_name(tokens: list[Token], m: int) -> bool:
    """Whether "the" and a capitalised name start at `m` (the next body of a list of bodies)."""
    return m + 1 < len(tokens) and tokens[m].low == "the" and tokens[m + 1].capital


def _plain(body: list[Token]) -> bool:
    """Whether a body read so far is only who meets in lower case ("active judges"): it may go on with more."""
    return not body or (all(t.text.islower() for t in body) and plural(body[-1].text)
                        and body[-1].low not in vocab()["organisation_nouns"])


def _organisation_ahead(tokens: list[Token], m: int) -> bool:
    """Whether an organisation's name starts at `m`, "the" and capitalised words (small words between) up to an
    organisation noun: what a group of who meets is "under" ("under the General Association of ...")."""
    k = m + (m < len(tokens) and tokens[m].low == "the")
    if k >= len(tokens) or not tokens[k].capital:
        return False
    for tok in tokens[k:k + BRACKET_REACH]:
        if tok.capital and tok.low in vocab()["organisation_nouns"]:
            return True
        if not (tok.capital or tok.low in SMALL_WORDS):
            return False
    return False


def _qualifier(body: list[Token]) -> bool:
    """Whether a body read so far is only a capitalised word that qualifies who meets ("Cambodian" before "seamen",
    "Korean" before "residents"): no organisation, no plural."""
    content = _content(body)
    return len(content) == 1 and content[0].capital and not content[0].text.isupper() and \
        not plural(content[0].text) and \
        content[0].low not in vocab()["organisation_nouns"]


def _content(body: list[Token]) -> list[Token]:
    """The words of a body read so far without its small words: "active judges and" goes on as "active judges"."""
    return [t for t in body if t.low not in SMALL_WORDS]


def _participant_link(tokens: list[Token], m: int) -> int:
    """How many words at `m` tie who meets to their sector, the sector included ("in the field of fruit
    farming", "in the coal industry": a bare link's run ends in one of `sector_nouns`); 0 when none does."""
    v = vocab()
    words = [t.low for t in tokens[m:m + OPENER_WORDS]]
    link = next((len(link) for link in v["participant_links"] if words[:len(link)] == list(link)), 0)
    end = m + link
    if link and end + 1 < len(tokens) and tokens[end].low == "the" and _plain_word(tokens[end + 1]):
        end += 1  # "in the field of the coal industry": the sector may take its article
    while link and end < len(tokens) and end - m - link < PARTICIPANT_WORDS and _plain_word(tokens[end]):
        end += 1
    if tuple(words[:link]) in v["bare_participant_links"] and tokens[end - 1].low not in v["sector_nouns"]:
        return 0  # "workers in the city": a place, not a sector
    return end - m if end > m + link else 0


def _lowercase_body(tokens: list[Token], m: int, qualified: bool = False) -> int:
    """The end of a body KCNA writes in lower case ("the general mobilization movement for land management",
    "the north-south joint committee"), or `m` when none starts here. Two words at least: "the committee" alone
    points back to a body already named; after a capitalised word (`qualified`), one is enough ("the Peruvian
    preparatory committee")."""
    v = vocab()
    if m >= len(tokens) or (m and tokens[m - 1].low in INDEFINITE):
        return m
    end, last_org = m, m
    while end < len(tokens) and end - m < 6 and _plain_word(tokens[end]):
        end += 1
        if tokens[end - 1].low in v["organisation_nouns"]:
            last_org = end
    # Two words name a body only with its owner after them ("the executive committee of the ..."): alone,
    # "the joint committee" points back to one already named.
    owned = last_org + 1 < len(tokens) and (tokens[last_org].low == "of" or tokens[last_org].low in PAIR_LINKS) and \
        (tokens[last_org + 1].capital or tokens[last_org + 1].low == "the")
    organ = owned and last_org - m == 1 and tokens[m].low in v["organs"]  # "the presidium of the ...": an organ
    if last_org - m < (1 if qualified or organ else 2 if owned else 3):
        return m
    if (tail := gerund_tail(tokens, last_org)) > last_org:
        return tail  # "the international preparatory committee for commemorating the centenary of ..."
    if last_org < len(tokens) - 1 and tokens[last_org].low == "for":
        tail = last_org + 1
        while tail < len(tokens) and tail - last_org <= 3 and _plain_word(tokens[tail], noun=True):
            tail += 1
        if tail > last_org + 1:
            return tail
    return last_org


def _capital_run(tokens: list[Token], m: int) -> int:
    """The end of a name at `m`: an optional "the", then capitalised words, none a headline's verb; `m` when none."""
    k = m + (m < len(tokens) and tokens[m].low == "the")
    end = k
    while end < len(tokens) and tokens[end].capital and tokens[end].low not in vocab()["name_stops"]:
        end += 1
    return end if end > k else m


def pair_end(tokens: list[Token], m: int) -> int:
    """The end of the two parties a body stands between, at `m` right after "between" (`event.pair-of-parties`:
    "between the governments of the DPRK and Nigeria", "between the A and B"): who they are ("the governments of"),
    then a name, a coordinator and a name; `m` when the words are no such pair ("between the two leaders")."""
    k = m
    if m + 2 < len(tokens) and tokens[m].low == "the" and _plain_word(tokens[m + 1]) and plural(tokens[m + 1].text) \
            and tokens[m + 2].low == "of":
        k = m + 3
    first = _capital_run(tokens, k)
    if first == k or first >= len(tokens) or tokens[first].low not in COORDINATORS:
        return m
    second = _capital_run(tokens, first + 1)
    return second if second > first + 1 else m


def _lowercase_organisation(body: list[Token]) -> bool:
    """Whether the body read so far is one organisation written in lower case ("preparatory committee of ..."; not
    "the KCU organizations", who meet)."""
    return any(t.low in vocab()["organisation_nouns"] and not t.capital and not plural(t.text) for t in body)


def gerund_tail(tokens: list[Token], m: int) -> int:
    """The end of "for" and a gerund's clause at `m` that names what a body is for ("for commemorating the
    centenary of birth of President Kim Il Sung"), up to a verb, a stop word or a mark; `m` when none starts."""
    if not (m + 1 < len(tokens) and tokens[m].low == "for" and tokens[m + 1].low.endswith(GERUND_ENDING)
            and _plain_word(tokens[m + 1])):
        return m
    end = m + 2
    while end < len(tokens) and end - m < PURPOSE_WORDS and PURPOSE_WORD_RE.match(tokens[end].text) and \
            tokens[end].low not in vocab()["name_stops"] and tokens[end].low not in vocab()["plain_stops"] and \
            not _date_starts(tokens, end) and \
            not (tokens[end].text.islower() and tokens[end].low.endswith(PARTICIPLE_ENDING)):
        end += 1
    while tokens[end - 1].low in SMALL_WORDS:
        end -= 1
    return end


def in_place(before: Token, after: Token | None, qualified: bool = False) -> bool:
    """Whether "in" joins a name here: after people named in the plural, before a capitalised place ("Korean
    Residents in Japan", "Koreans in Russia"; `qualified`: lower-case people after a capitalised word, "Korean
    residents in Japan"), not after a body ("the Political Bureau in Pyongyang")."""
    return after is not None and after.capital and (before.capital or qualified) and plural(before.text) and \
        before.low not in vocab()["organisation_nouns"] and after.low.rstrip(".") not in MONTHS and \
        after.low not in vocab()["name_stops"]


def _class_item(tokens: list[Token], m: int) -> int:
    """The index after one class of bodies at m ("all the provinces (political bureau)", "counties"), or m."""
    n = len(tokens)
    k = m + (m + 1 < n and tokens[m].low == "all" and tokens[m + 1].low == "the") * 2
    if k >= n or tokens[k].low not in vocab()["adjectival"]:
        return m
    k += 1
    if k < n and tokens[k].text == "(":
        close = next((x for x in range(k + 1, min(k + BRACKET_REACH, n)) if tokens[x].text == ")"), None)
        k = close + 1 if close is not None else k
    return k


def _class_list(tokens: list[Token], m: int) -> int:
    """The index after a list of classes of bodies ("all the provinces, cities (district) and counties"), or m."""
    end = _class_item(tokens, m)
    while end > m and end + 1 < len(tokens) and tokens[end].text == "," or \
            (end > m and end + 1 < len(tokens) and tokens[end].low in COORDINATORS):
        after = _class_item(tokens, end + 1)
        if after == end + 1:
            break
        end = after
    return end


def _links_on(body: list[Token]) -> bool:
    """Whether a "the" can go on with the body read so far: at its start, or after a link word or a gerund."""
    return not body or body[-1].low in BODY_LINKS or body[-1].low.endswith(GERUND_ENDING)


def _read_right(tokens: list[Token], i: int, phrase: Phrase) -> int:
    """Reads the "of ..." chain after the head into `phrase.body`; returns the index after the phrase."""
    n = len(tokens)
    k = i + 1
    if k + 2 < n and tokens[k].text == "(" and tokens[k + 2].text == ")":
        k += 3  # "(WPK)" right after the head
    if k >= n or tokens[k].low != "of" or (k + 1 < n and tokens[k + 1].low in vocab()["purpose_gerunds"]):
        return k  # "a meeting of reviewing the anti-epidemic work": a purpose (`read_purpose`), not a body
    body: list[Token] = []
    m = k + 1
    if m + 1 < n and tokens[m].low in POSSESSIVES and \
            (tokens[m + 1].capital or _lowercase_body(tokens, m + 1, qualified=True) > m + 1
             or _participant_run(tokens, m + 1) > m + 1):
        # "the meeting of its Presidium", "of its executive chairmen": the organ or members of a body named
        # before; read as "of the ...", the owner is added when the meeting is named (`NameWriter.events`)
        phrase.owned_body = True
        body.append(Token("the", tokens[m].start, tokens[m].start))
        m += 1
    while m < n:
        tok, nxt = tokens[m], tokens[m + 1] if m + 1 < n else None
        quoted = nxt is not None and nxt.text in QUOTES
        if tok.low == "the" and _links_on(body) and (_is_name_word(tokens, m + 1 + quoted) or _lowercase_body(tokens, m + 1) > m + 1
                                 or (not body and _participant_run(tokens, m + 1) > m + 1)):
            body.append(tok)
        elif tok.low in vocab()["comma_for_of"] and nxt is not None and nxt.text == ",":
            # "the C.C., the WPK": the comma stands for "of the".
            body += [tok, Token("of", tok.end, tok.end), Token("the", tok.end, tok.end)]
            m += 2 if not (m + 2 < n and tokens[m + 2].low == "the") else 3
            continue
        elif tok.text in QUOTES and (body or _is_name_word(tokens, m + 1)):
            m += 1  # "the 12th Congress of the "United Russia" Party": quotes inside a name
            continue
        elif tok.text == "(":
            close = next((x for x in range(m + 1, min(m + 8, n)) if tokens[x].text == ")"), None)
            if close is None:
                break
            m = close + 1
            continue
        elif tok.text == "," and (phrase.plural or phrase.joint) and body and \
                (_is_name_word(tokens, m + 1) or _the_name(tokens, m + 1)):
            body.append(tok)  # "Meetings of Jagang, South Hwanghae and Kangwon provinces": one meeting each
        elif tok.text == "," and phrase.plural and body and (end := _class_list(tokens, m + 1)) > m + 1:
            body += tokens[m:end]  # "Meetings of the party committees of the KPA, all the provinces, cities and
            m = end                # counties": the classes of bodies that meet too, one meeting each
            continue
        elif tok.low in COORDINATORS and phrase.plural and body and _the_name(tokens, m + 1):
            body.append(tok)  # "Conferences of the Youth League, the Trade Unions and the Women's Union"
        elif tok.low == "for" and _lowercase_organisation(body) and (end := gerund_tail(tokens, m)) > m:
            # "the preparatory committee of the Democratic Congo for commemorating the centenary of ...": a body
            # KCNA writes in lower case is named with what it is for (a capitalised one's "for ..." is the meeting's)
            body += tokens[m:end]
            m = end
            continue
        elif tok.low in PAIR_LINKS and body and body[-1].low in vocab()["organisation_nouns"] and \
                (end := pair_end(tokens, m + 1)) > m + 1:
            body += tokens[m:end]  # "the joint committee between the governments of the DPRK and Nigeria"
            phrase.paired = True
            m = end
            continue
        elif tok.low == "under" and body and _organisation_ahead(tokens, m + 1):
            body.append(tok)  # "representatives of branches under the General Association of Korean Residents in ..."
        elif tok.low == "in" and body and in_place(body[-1], nxt, qualified=_qualifier(body[:-1])):
            body.append(tok)  # "the General Association of Korean Residents in Japan", "Korean residents in Japan"
        elif tok.low in JOINERS and body and nxt is not None and (
                _is_name_word(tokens, m + 1) or (tok.low == "of" and nxt.low == "the")
                or (tok.low == "for" and body[-1].capital and _the_name(tokens, m + 1))
                or (_plain(body) and _participant_run(tokens, m + 1) > m + 1)):
            body.append(tok)  # "of active judges and prosecutors"
        elif tok.low in vocab()["participant_link_starts"] and body and _plain(body) and \
                (link := _participant_link(tokens, m)):
            body += tokens[m:m + link]  # "activists in the field of fruit farming"
            m += link
            continue
        elif tok.text.islower() and _plain(_content(body)) and (end := _participant_run(tokens, m)) > m + 1:
            body += tokens[m:end]  # "service persons (and war veteran delegates)": who meets, in lower case
            m = end
            continue
        elif _qualifier(body) and _plain_word(tok, noun=True) and plural(tok.text):
            body.append(tok)  # "Cambodian seamen", "Korean residents"
        elif _is_name_word(tokens, m):
            body.append(tok)
        elif _plain(_content(body)) and (end := _participant_run(tokens, m)) > m:
            body += tokens[m:end]
            m = end
            continue
        elif (end := _lowercase_body(tokens, m, qualified=_qualifier(body))) > m:
            body += tokens[m:end]
            m = end
            continue
        elif len(body) > 1 and body[-2].low == "for" and body[-1].capital and _plain_word(tok, noun=True):
            body.append(tok)  # "members for Songun culture": the noun a capitalised word qualifies
        else:
            break
        m += 1
    while body and body[-1].low in NAME_TAIL:
        body.pop()
    if body:
        phrase.body = body
        phrase.end = body[-1].end
        joined = m + 1 < n and tokens[m].text == "-" and tokens[m].start == body[-1].end
        if joined and YEAR_RE.fullmatch(tokens[m + 1].text):
            phrase.year = tokens[m + 1].text  # "... Korean Residents in Japan-2012": the year of this meeting
    return m


def _purpose_opening(tokens: list[Token], k: int) -> int:
    """How many words open a purpose at `k` ("to mark", "marking", "on the occasion of", "on the 50th
    anniversary of" opens with "on the"); 0 when no purpose starts there."""
    v = vocab()
    words = [t.low for t in tokens[k:k + OPENER_WORDS]]
    if len(words) > 1 and words[0] == "to" and (words[1] in v["purpose_verbs"] or words[1] in v["pledge_verbs"]):
        return 2
    if words and words[0] in v["purpose_participles"]:
        return 1
    if len(words) > 1 and words[0] == "of" and words[1] in v["purpose_gerunds"]:
        return 2
    for opener in v["purpose_openers"]:
        if words[:len(opener)] == list(opener):
            return len(opener)
    if words[:2] == ["on", "the"] and any(w in v["anniversary_words"] for w in words[2:4]):
        return 2
    return 0


def read_purpose(tokens: list[Token], k: int, phrase: Phrase) -> bool:
    """ "to celebrate the 64th birthday of the DPRK", "on the occasion of ...": kept on the name of a national
    meeting. Returns whether a purpose starts at `k`."""
    v = vocab()
    opening = _purpose_opening(tokens, k)
    if not opening:
        return False
    m = k + opening
    while m < len(tokens) and m - k < PURPOSE_WORDS:
        tok = tokens[m]
        # A date right after the verb is what is marked ("a meeting celebrating August 15"), not when.
        dated = _date_starts(tokens, m) and m != k + opening
        if tok.low in v["name_stops"] or dated or not PURPOSE_WORD_RE.match(tok.text):
            break
        m += 1
    while m > k + opening and tokens[m - 1].low in SMALL_WORDS:
        m -= 1  # "... joint declaration to be held": the purpose ends at its last content word
    phrase.purpose = tokens[k:m]
    phrase.end = max(phrase.end, tokens[m - 1].end)
    return True


def read_phrase(tokens: list[Token], i: int) -> tuple[Phrase, int]:
    """The mention whose head is `tokens[i]`, and the index of the first token after it."""
    head = tokens[i]
    phrase = Phrase(head=head, plural=vocab()["head_keys"][head.low] != head.low, start=head.start,
                    end=head.end)
    _read_left(tokens, i, phrase)
    phrase.read_joint()
    after = _read_right(tokens, i, phrase)
    phrase.core_end = phrase.end
    return phrase, after
