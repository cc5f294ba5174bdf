"""From a read mention (`Phrase`) to the guideline's event: is it a formal meeting, of which kind, under which
series name.

The series name is written the way an analyst files it: no number ("Fourth"), the holding body written out in
full and after the head ("WPK Conference" -> "Conference of the Workers' Party of Korea"; "the 8th Party Central
Committee" -> "the 8th Central Committee of the Workers' Party of Korea"), abbreviations expanded (the
vocabulary's and those the report defines itself, "Organization for Security and Cooperation in Europe (OSCE)"),
anniversary numbers and titles left out of a national meeting's purpose. A name that only makes sense in its
report ("the youth league", "conferences of cell chairpersons", "the provincial delegates") is completed from
the rest of the report.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, cached_property

from podium.extract.event_phrases import (BRACKET_REACH, COORDINATORS, LINK_WORDS, PARTICIPLE_ENDING, POSSESSIVE_RE,
                                          SMALL_WORDS, Phrase, Token, dated_name_day, in_place, ordinal, plural,
                                          read_purpose, vocab)
from podium.extract.text import alternation

ABBREVIATION_RE = re.compile(r"\s\(([A-Z][A-Za-z.]{1,9})\)")
DEFINITION_RE = re.compile(r"((?:[A-Z][\w'’-]* +(?:(?:of|for|and|the|in|on) +)*){1,8}[A-Z][\w'’-]*)$")


ANNIVERSARY_REACH = 5  # tokens after a number within which "anniversary", "birthday" make it an anniversary's
SUBJECT_REACH = 16  # words after a mention within which its verb stands ("... (JCCO) in Seoul on Monday held")
ATTENDEE_REACH = 3  # words before a mention in which "participants (in the)" stand
PURPOSE_REACH = 15  # tokens after a national meeting's head within which its purpose may start
SHORT_NAME_REACH = 30  # characters before "(Full Name)" in which the short name it defines stands
DEFINITION_REACH = 150  # characters before "(ABBR)" in which the full name it abbreviates stands

# Rule ids: how a mention's series name was found (printed by `podium extract --explain`).
RULE_BODY_AFTER = "event.body-after-head"  # "the Fourth Conference of the WPK"
RULE_BODY_BEFORE = "event.body-before-head"  # "the 9th WPK Congress"
RULE_ORGAN_BEFORE = "event.organ-before-head"  # "5th Political Bureau Meeting of 8th C.C., WPK"
RULE_ORGAN_NUMBER = "event.number-on-organ"  # "Enlarged Meeting of 2nd Political Bureau of 8th C.C."
RULE_HOLDER = "event.holder-of-meeting"  # "The Political Bureau ... convened a meeting", "held its 7th Congress"
RULE_OWN_ORGAN = "event.organ-of-holder"  # "The KCTU at the meeting of its Central Executive Committee"
RULE_SELF_STANDING = "event.self-standing"  # "a national meeting to celebrate ..."
RULE_NAMED_SERIES = "event.named-series"  # "the Songun Meeting of Youth for General Mobilization"
RULE_PURPOSE = "event.named-by-purpose"  # "a meeting of reviewing the state's disaster prevention work"
RULE_INHERITED = "event.numbered-in-series"  # "the 24th Congress" after "the 25th Congress of X"
RULE_PARTICIPANTS = "event.participants"  # "a meeting of activists", "Conference of Cell Secretaries"
RULE_SEVERAL = "event.several-bodies"  # "Meetings of the X and Y Provincial Committees"
RULE_CLASSES = "event.classes-of-bodies"  # "Meetings of the party committees of the KPA, all the provinces and ..."
RULE_PEOPLE = "event.meeting-of-people"  # "A meeting of Koreans in China was held ...": the report's own meeting only
RULE_PAIR = "event.pair-of-parties"  # "the joint committee between the governments of A and B" (`pair_end`)
KIND_RULE = "kinds"  # the row of `kinds` in vocab/events.yaml that gave the kind


@dataclass
class Naming:
    """One meeting a mention names: its series name, kind, ordinal, the body that owns it, and the rules used."""
    name: str
    kind: str
    ordinal: int | None
    owner: str | None
    participants_only: bool
    rules: tuple[str, ...]
    on_report: bool = False  # a meeting of people, no body: an event only when the report is about it


# A short name that is no initialism, then its full name: "Chongryon (General Association of Korean Residents in
# Japan)".
FULL_NAME_RE = re.compile(r"\(((?:[A-Z][\w'’-]* +(?:(?:of|for|and|the|in|on) +)*){2,8}[A-Z][\w'’-]*)\)")
SHORT_NAME_RE = re.compile(r"\b([A-Z][a-z]{3,})\s+$")
ATTRIBUTE_NEXT_RE = re.compile(r" [A-Z]")  # a capitalised word right after "... Party" makes it an attribute
JOIN_SPACE_RE = re.compile(r"\s+(?=['’]s?\b|['’]$|[),])|(?<=\()\s+")  # no space before "'s", ")" or ","
DOUBLE_ARTICLE_RE = re.compile(r"\bthe the\b")
NUMBERED_BODY_RE = re.compile(r"\bof (\d+(?:st|nd|rd|th)\b)")
@cache
def _party_re() -> re.Pattern:
    """A party named in full: "Lao People's Revolutionary Party", "Communist Party of China"."""
    return re.compile(r"\b((?:[A-Z][\w'’-]* ){1,5}" + re.escape(vocab()["party_word"]) +
                      r"(?: of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)?)")


@cache
def _own_state_res() -> tuple[re.Pattern, re.Pattern]:
    """A national body with its own state after it ("... of the DPRK") or before it ("DPRK Supreme People's
    Assembly"), the state's names from `own_state`: compiled once, not once per body and name written."""
    v = vocab()
    bodies, state = alternation(v["national_bodies"]), alternation(v["own_state"])
    return (re.compile(rf"(?i)({bodies}) of (the )?({state})$"), re.compile(rf"(?i)^(the )?({state}) ({bodies})$"))


def _join(words: list[str]) -> str:
    text = " ".join(words)
    return JOIN_SPACE_RE.sub("", text)


LOWER_IN_NAMES = SMALL_WORDS | set(LINK_WORDS["lower_in_names"])  # words a series name keeps in lower case
_CLASS_WORDS = frozenset(LINK_WORDS["class_words"])  # "all the provinces": a class of bodies, each of them
_HOLDER_CONNECTORS = frozenset(LINK_WORDS["holder_connectors"])  # "the C.C. of the CPC" is one holder's name
INFINITIVE_MARKERS = frozenset(LINK_WORDS["infinitive_markers"])
OWNED_RUN_STOPS = frozenset(LINK_WORDS["owned_run_stops"])  # end what a party owns ("WPK Cell Secretaries of ...")


def _title(word: str) -> str:
    return word if word in LOWER_IN_NAMES or word[:1].isupper() else word[:1].upper() + word[1:]


def _split_named(body: list[Token]) -> list[list[Token]]:
    """ "the Youth League, the Trade Unions of Korea and the Women's Union": each body named in full after its own
    "the" (a comma or "and" before it); one part when there is no such list."""
    parts, start = [], 0
    for i in range(1, len(body) - 1):
        if body[i].low == "the" and body[i - 1].text in (",", "and"):
            end = i - 1 - (i > 1 and body[i - 2].text == ",")  # ", and the"
            parts.append(body[start:end])
            start = i
    parts.append(body[start:])
    return [p for p in parts if p]


def _people(body: list[Token]) -> bool:
    """Whether a body is a group of people and nothing else: "Koreans in China", "Cambodian crewmen", "active
    sportspersons of Songun" (the words before a place or what they are "of" end in a plural, none of them a vague
    word for people)."""
    v = vocab()
    place = next((i for i, t in enumerate(body) if t.low in ("in", "of")), len(body))
    group = [t for t in body[:place] if t.low not in SMALL_WORDS]
    return bool(group) and plural(group[-1].text) and group[-1].low not in v["topical_people"] and \
        not any(t.low in v["vague_people"] for t in group) and \
        all(POSSESSIVE_RE.sub("", t.text).replace("-", "").isalpha() for t in group)


def _singular(word: str) -> str:
    """ "Committees" -> "Committee", "cities" -> "city": one body of a plural that several bodies share."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _numbered(number: int) -> str:
    """8 -> "8th": a body's number as the guideline writes it ("the Eighth Central Committee" -> "8th")."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _without_brackets(tokens: list[Token]) -> list[Token]:
    """The tokens without short bracketed asides ("the Workers' Party of Korea (WPK) convened ..."), which would
    otherwise stand between a body and its verb."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        close = next((j for j in range(i + 1, min(i + BRACKET_REACH, len(tokens))) if tokens[j].text == ")"), None) \
            if tokens[i].text == "(" else None
        if close is None:
            out.append(tokens[i])
            i += 1
        else:
            i = close + 1
    return out


def _anniversary_number(tokens: list[Token], i: int) -> bool:
    """Whether the number at `i` counts an anniversary ("the 100th birth anniversary of ...", "the 64th birthday"),
    so no name keeps it, in a body's name or a purpose alike."""
    return any(t.low in vocab()["anniversary_words"] for t in tokens[i + 1:i + 1 + ANNIVERSARY_REACH])


def _holds_meeting(tokens: list[Token], after: int) -> bool:
    """Whether the words after a mention make it the subject that holds something, so a body, not a meeting (the
    `event.holder-is-body` fallback: "The Joint Conference of Civic Organizations in south Korea held a meeting",
    "The Meeting of Victims of the Law held a rally"): a holding verb and its determiner within `SUBJECT_REACH`
    words of the same clause, no other verb before them."""
    v = vocab()
    for k in range(after, min(after + SUBJECT_REACH, len(tokens) - 1)):
        tok = tokens[k]
        if tok.low in v["heads"] or (tok.text in ",;:" and k > after) or tok.low in INFINITIVE_MARKERS or \
                (tok.text.islower() and tok.low.endswith(PARTICIPLE_ENDING) and tok.low not in v["holding_verbs"]):
            return False  # another meeting, the clause ends, or another verb comes first ("adopted a decision to hold")
        if tokens[k].low in v["holding_verbs"] and tokens[k + 1].low in v["holding_determiners"]:
            return True
    return False


def cache_method(method):
    """Per-instance memo for a method of one argument (a NameWriter lives for one report)."""
    def cached(self, arg):
        memo = self.__dict__.setdefault(f"_memo_{method.__name__}", {})
        if arg not in memo:
            memo[arg] = method(self, arg)
        return memo[arg]
    return cached


class NameWriter:
    """Writes event names for one report, using what the report itself defines (abbreviations, full names)."""

    def __init__(self, text: str):
        self.text = text

    @cached_property
    def defined(self) -> dict[str, str]:
        """Abbreviations the report defines: "Korean People's Revolutionary Army (KPRA)" -> {"kpra": ...}."""
        found = {}
        for abbreviation in ABBREVIATION_RE.finditer(self.text):
            match = DEFINITION_RE.search(self.text, max(0, abbreviation.start() - DEFINITION_REACH), abbreviation.start())
            if match is None:
                continue
            full, short = match.group(1), abbreviation.group(1)
            words = full.split()
            initials = [w for w in words if w[:1].isupper()]
            # The definition starts at the word whose initial starts the abbreviation.
            start = next((i for i, w in enumerate(words) if w[0] == short[0]
                          and len([x for x in words[i:] if x[:1].isupper()]) <= len(short.replace(".", "")) + 1),
                         None)
            if sum(c.isupper() for c in short) < 2:
                # Not an initialism ("General Association of Korean Residents in Japan (Chongryon)"): the name is
                # what follows the last "the" ("the 25th Congress of the General Association ...").
                cut = max((i + 1 for i, w in enumerate(words) if w.lower() == "the"), default=0)
                found[short.lower()] = " ".join(words[cut:])
            elif start is not None and initials:
                found[short.lower()] = " ".join(words[start:])
        for full in FULL_NAME_RE.finditer(self.text):  # "Chongryon (General Association of ...)"
            short = SHORT_NAME_RE.search(self.text, max(0, full.start() - SHORT_NAME_REACH), full.start())
            if short:
                found.setdefault(short.group(1).lower(), full.group(1))
        return found

    def _expansion(self, low: str) -> str | None:
        return vocab()["abbreviations"].get(low) or self.defined.get(low) or self._by_initials(low)

    @cache_method
    def _by_initials(self, low: str) -> str | None:
        """An abbreviation the report spells out without defining it: "UAWK" where the text names the "Union of
        Agricultural Workers of Korea" (capitalised words whose initials spell it, small words skipped)."""
        if not (2 < len(low) <= 8 and low.isalpha()):
            return None
        small = r"(?:(?:of|the|and|for|in|on)\s+)*"
        pattern = r"\b" + (r"[\w'’-]*\s+" + small).join(re.escape(c.upper()) for c in low) + r"[\w'’-]*"
        match = re.search(pattern, self.text)
        return match.group() if match and match.group().count(" ") >= len(low) - 1 else None

    def _names_org(self, tokens: list[Token]) -> bool:
        return any(self._is_org(t, tokens[i - 1] if i else None) for i, t in enumerate(tokens))

    def _is_org(self, tok: Token, prev: Token | None) -> bool:
        """Whether the word makes its name an organisation's. A lower-case noun counts only with a word before
        it ("the youth league", "the joint committee"), never alone ("the organization" points back)."""
        v = vocab()
        if tok.low in v["organisation_nouns"]:
            if tok.capital:
                return True
            return prev is not None and prev.text.isalpha() and prev.low not in SMALL_WORDS and \
                tok.low not in v["vague_organisation_nouns"]
        if tok.text.isalpha() and tok.text.isupper() and len(tok.text) > 1 and not self._expansion(tok.low):
            return True  # an abbreviation the report does not define: "the 18th National Congress of the CPC"
        expansion = self._expansion(tok.low) if tok.text.isupper() or "." in tok.text else self.defined.get(tok.low)
        return bool(expansion) and any(w.lower() in v["organisation_nouns"] for w in expansion.split())

    def _own_party(self, tokens: list[Token], i: int) -> bool:
        """ "Party" (`party_word`) standing for the ruling party: capitalised, not the last word of another party's name."""
        tok = tokens[i]
        if tok.text != vocab()["party_word"]:
            return False
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return (prev is None or not prev.capital or ordinal(prev) is not None) and (nxt is None or nxt.low != "of")

    def _party_before(self, pos: int) -> str:
        """Which party "the Party" is: the last one the report names in full before `pos` (a report on the Lao
        party's congress says "the 9th Congress of the Party"), else the ruling party of the DPRK."""
        i = bisect.bisect_left(self.parties, (pos, "")) - 1
        return self.parties[i][1] if i >= 0 else vocab()["own_party"]

    @cached_property
    def parties(self) -> list[tuple[int, str]]:
        """Every party the report names in full, with where the name ends."""
        openers = vocab()["sentence_openers"]
        return [(m.end(), m.group(1)) for m in _party_re().finditer(self.text)
                if m.group(1).split()[0].lower() not in openers
                and not any(ordinal(Token(w, 0, 0)) is not None for w in m.group(1).split())
                and not ATTRIBUTE_NEXT_RE.match(self.text, m.end())]  # "the Central Party School": no party

    def _resolve_generic(self, tokens: list[Token]) -> list[Token]:
        """ "the youth league" -> the league's full name as the report gives it elsewhere."""
        lows = [t.low for t in tokens if t.low != "the"]
        v = vocab()
        if not lows or any(t.capital for t in tokens) or lows[-1] not in v["organisation_nouns"]:
            return tokens
        tail = r"\s+".join(re.escape(w.capitalize()) for w in lows)
        best = None
        for match in re.finditer(r"((?:[A-Z][\w'’-]*\s+){1,6})" + tail + r"\b", self.text):
            if best is None or len(match.group(0)) > len(best):
                best = match.group(0)
        if best is None:
            return tokens
        first = tokens[0]
        return [Token("the", first.start, first.start)] + [Token(w, first.start, tokens[-1].end)
                                                            for w in best.split()]

    def _owner_before(self, tokens: list[Token], phrase: Phrase, whole: bool = False) -> list[Token]:
        """The body a meeting belongs to when the phrase names none: the one that holds it ("The Political Bureau
        of the C.C. convened an enlarged meeting"), or the party whose "its" it is ("re-elected general secretary
        of the LPRP Central Committee at its 9th Congress"): the last body named before the phrase; `whole`, as
        named, the body it belongs to too (the owner of "its Political Bureau" is "the C.C. of the CPC")."""
        connectors = _HOLDER_CONNECTORS
        runs, run = [], []
        before = _without_brackets([t for t in tokens if t.end <= phrase.start])
        for i, tok in enumerate(before):
            if tok.text == "," and run and run[-1].low in vocab()["comma_for_of"]:
                run += [Token("of", tok.start, tok.start), Token("the", tok.start, tok.start)]  # "the C.C., WPK"
                continue
            if (tok.capital and tok.low not in vocab()["sentence_openers"] and tok.low not in vocab()["name_stops"]) \
                    or (run and (tok.low in connectors or dated_name_day(before, i))) or \
                    (run and tok.low == "in" and in_place(run[-1], before[i + 1] if i + 1 < len(before) else None)):
                run.append(tok)
                continue
            runs.append(run)
            run = []
        runs.append(run)
        for run in runs:
            while run and run[-1].low in connectors:
                run.pop()
        if phrase.held:
            # The holder is the verb's subject: its name ends at most one word ("Sunday") before the verb.
            verb = before[-2] if len(before) > 1 else None
            runs = [r for r in runs if r and verb is not None and 0 < verb.start - r[-1].end
                    and len([t for t in before if r[-1].end <= t.start < verb.start]) <= 1]
        for run in reversed(runs):
            if any(t.low in vocab()["heads"] for t in run):
                return []  # "... the Sixth Congress ... its congress": the series, not a body, came last
            if self._names_org(run):
                return run if phrase.held or whole else self._outermost(run)
        return []

    def _outermost(self, run: list[Token]) -> list[Token]:
        """The body that owns the others: "the Central Committee of the LPRP" -> "the LPRP";
        "the WPK Central Military Commission" -> "WPK" (a congress is the party's, not its committee's)."""
        cut = max((i for i, t in enumerate(run) if t.low == "of"), default=-1)
        tail = run[cut + 1:]
        if cut >= 0 and self._names_org(tail):
            run = tail
        lead = [t for t in run if t.low != "the"]
        if len(lead) > 1 and (self._own_party(lead, 0) or (lead[0].text.isupper() and len(lead[0].text) > 1)) \
                and vocab()["owned_organs"] & {t.low for t in lead[1:]}:
            return lead[:1]
        return run

    def render(self, tokens: list[Token], before_head: bool = False) -> str:
        """The body written out: owner after organ, abbreviations expanded, "of the DPRK" after state bodies;
        `before_head`: the body stands before the head ("the 8th Party Congress")."""
        v = vocab()
        words: list[str] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            owner = self._expansion(tok.low) if tok.text.isupper() or "." in tok.text else \
                v["spellings"].get(tok.low) or self.defined.get(tok.low)
            if self._own_party(tokens, i):
                # "the 9th Congress of the Party": the party named before; "the 8th Party Congress", "the Party
                # Central Committee": the report's own idiom for the ruling party.
                last = i == len(tokens) - 1 and not before_head
                owner = self._party_before(tok.start) if last else v["own_party"]
            run = i + 1
            while run < len(tokens) and tokens[run].low not in OWNED_RUN_STOPS:
                run += 1
            if owner and v["party_word"] in owner.split() and run > i + 1:
                # "WPK Cell Secretaries", "the 8th Party Central Committee": the party goes after what it owns.
                words += [_title(t.text) for t in tokens[i + 1:run]] + ["of", "the", owner]
                i = run
                continue
            number = ordinal(tok) if owner is None else None
            if number is not None and _anniversary_number(tokens, i):
                i += 1  # "for celebrating the 100th birth anniversary of ...": an anniversary's number is no name's
                continue
            words.append(owner or (_numbered(number) if number is not None else
                                   _title(tok.text) if tok.low not in LOWER_IN_NAMES else tok.low))
            i += 1
        text = NUMBERED_BODY_RE.sub(r"of the \1", _join(words))  # a headline's "of 9th C.C." is "of the 9th ..."
        # "the SPA of the DPRK", "the DPRK Supreme People's Assembly": the state adds nothing to its assembly
        state_after, state_before = _own_state_res()
        text = state_before.sub(r"\1\3", state_after.sub(r"\1", text))
        return DOUBLE_ARTICLE_RE.sub("the", text)

    def render_purpose(self, tokens: list[Token]) -> str:
        v = vocab()
        words: list[str] = []
        skip = 0
        for i, tok in enumerate(tokens):
            if skip:
                skip -= 1
                continue
            if ordinal(tok) is not None and _anniversary_number(tokens, i):
                continue
            title = next((t for t in v["purpose_titles"]
                          if [x.low for x in tokens[i:i + len(t)]] == list(t)
                          and i + len(t) < len(tokens) and tokens[i + len(t)].capital), None)
            if title:
                skip = len(title) - 1
                if words and words[-1] == "the":
                    words.pop()  # "the dear respected Kim Jong Un's election" -> "Kim Jong Un's Election"
                continue
            if i == 0 and tok.low in v["purpose_participles"]:
                # "celebrating the anniversary" is the series "to Celebrate the Anniversary", however worded
                words += ["to", _title(v["purpose_participles"][tok.low])]
                continue
            expansion = self._expansion(tok.low) if tok.text.isupper() else None
            words.append(expansion or _title(tok.text))
        return _join(words)

    @staticmethod
    def _split_coordinated(body: list[Token]) -> list[list[Token]]:
        """ "Meetings of the X and Y Provincial Committees", "Meetings of Jagang, South Hwanghae and Kangwon
        provinces and Rason City": one body per coordinated name, each with the noun that closes its group (a
        plural noun closes the names before it too, in the singular); [] when the body is no such list."""
        v = vocab()
        named = _split_named(body)
        if len(named) > 1:
            return named
        nouns = v["levels"] | v["organisation_nouns"] | v["place_nouns"]
        lead = body[:1] if body and body[0].low == "the" else []
        names = body[len(lead):]
        of = next((i for i, t in enumerate(names) if t.low == "of"), len(names))
        names, tail = names[:of], names[of:]
        groups, group = [], []
        for tok in names:
            if tok.text == "," or tok.low in COORDINATORS:
                groups.append(group)
                group = []
            else:
                group.append(tok)
        groups.append(group)
        if len(groups) < 2 or not all(g and g[0].capital for g in groups):
            return []
        carry: list[Token] = []
        out = []
        for group in reversed(groups):
            noun_start = len(group)
            while noun_start > 1 and (group[noun_start - 1].low in nouns or _singular(group[noun_start - 1].low) in nouns):
                noun_start -= 1
            if noun_start == len(group):
                if not carry:
                    return []
                group = group + carry
            elif group[-1].low.endswith("s") and group[-1].low not in v["levels"]:
                last = group[-1]
                carry = group[noun_start:-1] + [Token(_singular(last.text), last.start, last.end)]
                group = group[:noun_start] + carry
            else:
                carry = []
            out.append(lead + group + tail)
        return out[::-1]

    @staticmethod
    def _split_classes(body: list[Token]) -> list[list[Token]]:
        """ "Meetings of the party committees of the KPA, all the provinces (political bureau), cities (district)
        and counties": one meeting per body, and one per class of bodies (guideline v3: several meetings in one
        sentence are several events) -- "the party committee of the KPA", "the provincial (political bureau) party
        committees", ...; [] when the body is no such list."""
        v = vocab()
        lead = 1 if body and body[0].low == "the" else 0
        of = next((i for i, t in enumerate(body) if t.low == "of"), None)
        if of is None or of == lead or any(t.capital for t in body[lead:of]) or not body[of - 1].low.endswith("s"):
            return []
        noun = body[lead:of]  # "party committees"
        items, item, depth = [], [], 0
        for tok in body[of + 1:]:
            depth += (tok.text == "(") - (tok.text == ")")
            if depth == 0 and (tok.text == "," or tok.low in COORDINATORS):
                items.append(item)
                item = []
            else:
                item.append(tok)
        items.append(item)
        if len(items) < 2 or not all(items):
            return []
        out = []
        for part in items:
            words = [t for t in part if t.low not in _CLASS_WORDS]
            if words and words[0].low in v["adjectival"]:
                adjective = Token(v["adjectival"][words[0].low], words[0].start, words[0].end)
                aside = [Token(t.text if t.text in "()" else t.text.capitalize(), t.start, t.end) for t in words[1:]]
                owner = [Token(w, part[-1].end, part[-1].end) for w in f"of the {v['own_party']}".split()] \
                    if any(t.low == v["party_word"].lower() for t in noun) else []
                article = Token("the", words[0].start, words[0].start)
                out.append([article, adjective, *aside, *noun, *owner])  # "Provincial (Political Bureau) party committees
                # of the WPK": the ruling party's committees of a class
            elif part[0].low == "the" and len(part) > 1 and part[1].capital:
                singular = [*noun[:-1], Token(_singular(noun[-1].text), noun[-1].start, noun[-1].end)]
                out.append([*body[:lead], *singular, body[of], *part])  # "the party committee of the KPA"
            else:
                return []
        return out if len(out) > sum(part[0].low == "the" for part in items) else []

    def _split_distributive(self, body: list[Token]) -> list[list[Token]]:
        """ "meetings of delegates of the party organisations of the KPA and party organizations of provinces
        and political bureaus" is three meetings: one per coordinated organisation."""
        cuts = [i for i, t in enumerate(body)
                if t.low in COORDINATORS and i + 1 < len(body) and not body[i + 1].capital]
        if not cuts or not any(t.low == "of" for t in body[:cuts[0]]):
            return [body]
        parts, last = [], 0
        for cut in cuts + [len(body)]:
            parts.append(body[last:cut])
            last = cut + 1
        first = parts[0]
        result = [first]
        for part in parts[1:]:
            lead = part[0].low
            anchor = next((i for i, t in enumerate(first) if t.low == lead), None)
            if anchor is not None:
                result.append(first[:anchor] + part)
            elif not any(t.low == "of" for t in part) and any(t.low == "of" for t in result[-1]):
                previous = result[-1]
                cut = max(i for i, t in enumerate(previous) if t.low == "of")
                result.append(previous[:cut + 1] + part)
            else:
                return [body]
        return [self._distribute(part) for part in result if part]

    @staticmethod
    def _distribute(part: list[Token]) -> list[Token]:
        """One organisation of a distributive plural: "organisations of the KPA" is one organisation;
        "party organizations of provinces" are the provincial party organizations."""
        v = vocab()
        out = list(part)
        for i in range(len(out) - 2):
            if out[i + 1].low == "of" and out[i].low in v["participants"] and out[i].low.endswith("s"):
                rest = out[i + 2:]
                rest = rest[1:] if rest and rest[0].low == "the" else rest
                if rest and rest[0].capital:
                    out[i] = Token(out[i].text[:-1], out[i].start, out[i].end)
                elif len(rest) == 1 and rest[0].low in v["adjectival"]:
                    start = max(j for j in range(i + 1) if j == 0 or out[j - 1].low == "of")
                    start += out[start].low == "the"
                    adjective = Token(v["adjectival"][rest[0].low], rest[0].start, rest[0].end)
                    return out[:start] + [adjective] + out[start:i + 1]
        return out

    @staticmethod
    def _kind(phrase: Phrase, body: str) -> tuple[str, str]:
        """The first row of the vocabulary's `kinds` that the mention and its body satisfy, and the row's id."""
        v = vocab()
        head = v["head_keys"][phrase.head.low]
        words = [w for w in body.lower().split() if w != "the"]
        if words and ordinal(Token(words[0], 0, 0)) is not None:
            words = words[1:]  # the body's own number ("8th Central Military Commission") says nothing of its kind
        low = " ".join(words)
        first = set(low.split(" of ")[0].split())
        modifiers = {m.lower() for m in phrase.modifiers}
        for number, row in enumerate(v["kinds"]):
            if (row["plenary"] is None or row["plenary"] == phrase.plenary) and \
                    (not row["heads"] or head in row["heads"]) and \
                    (not row["bodies"] or low.startswith(row["bodies"])) and \
                    (not row["first_words"] or row["first_words"] & first) and \
                    not row["except_modifiers"] & modifiers:
                return row["kind"], f"{KIND_RULE}[{number}]"
        return v["default_kind"], KIND_RULE

    @staticmethod
    def _head_words(phrase: Phrase) -> str:
        """The head as a name writes it: modifiers the guideline keeps ("National", "Consultative"), "Plenary"."""
        v = vocab()
        head = v["heads"][phrase.head.low]
        if phrase.plenary:
            head = v["plenary_names"].get(v["head_keys"][phrase.head.low], f"Plenary {head}")
        kept = [m for m in phrase.modifiers if m.lower() not in v["unnamed_modifiers"]]
        return " ".join(kept + [head])

    @staticmethod
    def _inherit(phrase: Phrase, previous: list):
        """A body-less numbered mention ("the 5th conference") continues the series last named with that head:
        the earlier mention, or None."""
        v = vocab()
        head = v["head_keys"][phrase.head.low]
        # "the 6th plenary meeting" after "a meeting of its Political Bureau" is no meeting of the Bureau
        return next((m for m in reversed(previous)
                     if m.head == head and m.owner and (m.kind in v["plenary_kinds"]) == phrase.plenary), None)

    def events(self, phrase: Phrase, tokens: list[Token], after: int, previous: list) -> list[Naming]:
        """Each meeting the phrase names, written out; nothing when it names none."""
        v = vocab()
        nxt = tokens[after] if after < len(tokens) else None
        # "a meeting with the delegation" is talks; "the 4th Plenary Meeting of the 8th C.C. of the WPK with members
        # of ..." is not, nor is a person's "meeting of Chairman Kim Jong Il with ...".
        if phrase.blocked or (nxt is not None and nxt.low in v["not_event_after"] and not self._org_body(phrase)) \
                or (_holds_meeting(tokens, after) and not self._attended(phrase, tokens)):
            return []
        rule = RULE_BODY_AFTER if phrase.body else RULE_BODY_BEFORE
        prefix = phrase.prefix[-4:]
        if prefix and phrase.body and self._is_organ(prefix):
            # "5th Political Bureau Meeting of 8th C.C.", "Politburo Consultative Meeting of WPK Central Committee":
            # the organ before the head belongs to the body after it.
            phrase.body = prefix + [Token("of", prefix[-1].end, prefix[-1].end)] + phrase.body
            phrase.prefix, prefix, rule = [], [], RULE_ORGAN_BEFORE
        if prefix and not (self._names_org(prefix)
                           or any(self._own_party(prefix, i) for i in range(len(prefix)))):
            named = bool(phrase.body) and v["head_keys"][phrase.head.low] in v["self_standing_heads"] and \
                all(t.capital for t in phrase.body if t.low not in SMALL_WORDS)
            if not ({m.lower() for m in phrase.modifiers} & v["levels"] or named):
                return []  # "African National Congress", "Chinese People's Political Consultative Conference": a body
            # "the Pyongyang City Conference of the WPK": the place belongs to the series name, and so does the
            # first word of a series named in full ("the Songun Meeting of Youth for General Mobilization").
            phrase.modifiers[:0] = [t.text for t in prefix]
            phrase.read_joint()
            phrase.prefix, prefix = [], []
            rule = RULE_NAMED_SERIES if named else rule
        number = phrase.ordinal
        if number is None and phrase.body:
            number = self._organ_number(phrase)
            rule = RULE_ORGAN_NUMBER if number is not None else rule
        owner_before = self._owner_before(tokens, phrase) \
            if (phrase.possessive or phrase.held) and not (phrase.body or prefix) else []
        if owner_before:
            rule = RULE_HOLDER
        if phrase.owned_body:
            # "The Alliance convened a meeting of its Presidium": the Presidium of the body named before
            owner = self._owner_before(tokens, phrase, whole=True)
            if not owner:
                return []
            link = [Token(word, owner[0].start, owner[0].start) for word in ("of", "the")]
            phrase.body = phrase.body + link + (owner[1:] if owner[0].low == "the" else owner)
            rule = RULE_OWN_ORGAN
        body = phrase.body or prefix or owner_before
        body = self._resolve_generic(body)
        modifiers = {m.lower() for m in phrase.modifiers}
        head = v["head_keys"][phrase.head.low]
        self_standing = bool(modifiers & v["self_standing"]) and head in v["self_standing_heads"]
        if after + 1 < len(tokens) and head in v["self_standing_heads"] and \
                (tokens[after].low == "of" or tokens[after + 1].low in v["pledge_verbs"]) and \
                read_purpose(tokens, after, phrase):
            # "a meeting of reviewing the disaster prevention work", "a meeting to vow loyalty" (a pledge meeting)
            self_standing, rule = True, RULE_PURPOSE
        elif head in v["self_standing_heads"] and (modifiers & v["purposeful"] or self._bare(phrase, body) or
                                                    self._of_people(phrase, body)):
            # "A national meeting was held at ... on Saturday to celebrate ...": the purpose may come later; so may
            # the purpose of a meeting of people ("A meeting of Koreans in Japan took place ... to commemorate ...").
            end = phrase.end
            for k in range(after, min(after + PURPOSE_REACH, len(tokens))):
                place_comma = tokens[k].text == "," and k + 1 < len(tokens) and tokens[k + 1].capital
                if (tokens[k].text in ",;" and not place_comma) or read_purpose(tokens, k, phrase):
                    break  # a clause ends the search; "in Sukchon County, South Phyongan Province" does not
            opening = tuple(t.low for t in phrase.purpose[:4])
            if body and any(opening[:len(o)] == o for o in v["circumstantial_openers"]):
                # "a joint national meeting of the KCU organizations ... on the occasion of ...": no purpose
                phrase.purpose, phrase.end = [], end
            if not modifiers & v["purposeful"]:
                # "A meeting took place in Pyongyang on Friday to mark the 12th anniversary of ...": a meeting
                # held for a stated purpose is named by it; an occasion alone ("on the occasion of") names none.
                if phrase.purpose and not self._verb_purpose(phrase.purpose):
                    phrase.purpose, phrase.end = [], end  # what it names ("delegates to the 5th Congress") is read
                if not body:
                    self_standing, rule = bool(phrase.purpose), RULE_PURPOSE
        if not body:
            # Not "events like national meetings", nor "the enlarged meeting" that points back to one named before.
            if self_standing and (phrase.purpose or not (phrase.plural or phrase.definite)):
                kind, kind_rule = self._kind(phrase, "")
                naming_rule = rule if rule == RULE_PURPOSE else RULE_SELF_STANDING
                return [Naming(self._name(phrase, ""), kind, number, None, False, (naming_rule, kind_rule))]
            if phrase.ordinal is not None:
                inherited = self._inherit(phrase, previous)
                return [Naming(inherited.name, inherited.kind, number, "inherited", False,
                               (RULE_INHERITED, *inherited.rules[1:]))] if inherited else []
            return []
        bodies = self._split_coordinated(body) if phrase.plural else []
        classes = self._split_classes(body) if phrase.plural and len(bodies) < 2 else []
        if classes:
            bodies, rule = classes, RULE_CLASSES
        elif len(bodies) > 1:
            rule = RULE_SEVERAL
        else:
            # A list that is not one of bodies ends the name at its first comma; a joint meeting's list is its name.
            comma = len(body) if phrase.joint else next((i for i, t in enumerate(body) if t.text == ","), len(body))
            body = body[:comma]
            bodies = self._split_distributive(body) if phrase.plural else [body]
            rule = RULE_SEVERAL if len(bodies) > 1 else rule
        results = []
        for part in bodies:
            has_org = bool(owner_before) or self._names_org(part) or any(
                self._own_party(part, i) for i in range(len(part))) or \
                (rule in (RULE_SEVERAL, RULE_CLASSES) and any(t.low in v["place_nouns"] for t in part))
            content = [t for t in part if t.low not in SMALL_WORDS]
            # "activists", "service persons and war veteran delegates": people named in lower case, no body.
            participants_only = not has_org and bool(content) and \
                all(t.low in v["participants"] or t.text.islower() for t in content)
            formal = participants_only and any(t.low in v["formal_participants"] for t in content)
            # "the Seventh National Conference of War Veterans": a numbered series of named participants.
            series = number is not None and bool(content) and all(t.capital for t in content)
            formal = formal or bool(modifiers & v["formal_with_body"])
            people = not (has_org or self_standing or formal or series or rule == RULE_NAMED_SERIES) and \
                head in v["people_heads"] and self._of_people(phrase, part)
            if not (has_org or self_standing or formal or series or people or rule == RULE_NAMED_SERIES):
                continue
            rendered = self.render(part, before_head=rule == RULE_BODY_BEFORE)
            if any(words in rendered.lower() for words in v["summit_bodies"]):
                continue  # "the 19th ordinary session of the assembly of heads of state and government": a summit
            if participants_only and head in v["participant_series_heads"]:
                owner = next((m.owner for m in reversed(previous) if m.owner and m.owner != "inherited"
                              and m.head in v["participant_series_heads"]), None)
                if owner:
                    rendered = f"{rendered} of the {owner}"
            owner = rendered.split(" of ")[-1].removeprefix("the ") if has_org else None
            kind, kind_rule = self._kind(phrase, rendered)
            part_rule = RULE_PEOPLE if people else RULE_PARTICIPANTS if participants_only else rule
            rules = (part_rule, kind_rule) + ((RULE_PAIR,) if phrase.paired else ())
            results.append(Naming(self._name(phrase, rendered, has_org and not participants_only), kind, number, owner,
                                  participants_only, rules, on_report=people))
        return results

    @staticmethod
    def _attended(phrase: Phrase, tokens: list[Token]) -> bool:
        """Whether the mention names whom people attended ("the participants in the meeting of ... held a meeting
        with war veterans"): then the verb after it is theirs, not the meeting's."""
        before = [t.low for t in tokens if t.end <= phrase.start][-ATTENDEE_REACH:]
        return bool(vocab()["attendee_nouns"] & set(before))

    @staticmethod
    def _bare(phrase: Phrase, body: list[Token]) -> bool:
        """ "A meeting took place ...": one meeting named by nothing but its head (no body, number or modifier but
        one of what it marks, "a remembrance meeting")."""
        occasional = {m.lower() for m in phrase.modifiers} <= vocab()["occasion_modifiers"]
        return not (body or not occasional or phrase.plural or phrase.definite or phrase.referring) and \
            phrase.ordinal is None

    def _of_people(self, phrase: Phrase, body: list[Token]) -> bool:
        """ "A meeting of Koreans in China": one meeting of a group of people, no organisation."""
        return bool(body) and not phrase.plural and not self._names_org(body) and _people(body)

    @staticmethod
    def _verb_purpose(purpose: list[Token]) -> bool:
        """Whether a purpose says what the meeting was held to do ("to mark", "celebrating"), not its occasion."""
        v = vocab()
        first = purpose[0].low
        verb = v["purpose_participles"].get(first) or (purpose[1].low if first == "to" and len(purpose) > 1 else "")
        return verb in v["purpose_verbs"] | v["pledge_verbs"] and verb not in v["reception_verbs"]

    def _org_body(self, phrase: Phrase) -> bool:
        """Whether the phrase's body names an organisation, not a person ("Chairman of the NDC Kim Jong Il")."""
        lead = next((t.low for t in phrase.body if t.low != "the"), None)
        return self._names_org(phrase.body) and (lead,) not in vocab()["purpose_titles"]

    def _is_organ(self, tokens: list[Token]) -> bool:
        """Whether the words name an organ that meets under its parent body (`organs` in the vocabulary)."""
        words = " ".join(self._spelt(t) for t in tokens if t.low != "the").lower()
        return words in vocab()["organs"]

    def _spelt(self, tok: Token) -> str:
        return vocab()["spellings"].get(tok.low, tok.text)

    def _organ_number(self, phrase: Phrase) -> int | None:
        """ "Enlarged Meeting of 2nd Political Bureau of 8th C.C.": an organ that meets under its parent's number
        carries the meeting's number. The number is moved from the body to the meeting."""
        body = phrase.body
        lead = 1 if body and body[0].low == "the" else 0
        if len(body) < lead + 3 or ordinal(body[lead]) is None:
            return None
        of = next((i for i in range(lead + 1, len(body)) if body[i].low == "of"), None)
        if of is None or not self._is_organ(body[lead + 1:of]):
            return None
        number = ordinal(body[lead])
        phrase.body = body[:lead] + body[lead + 1:]
        return number

    def _name(self, phrase: Phrase, body: str, organisation: bool = False) -> str:
        """The series name; `organisation`: the body is an organisation's, and when it opens with the organ itself
        it takes "the", which a headline drops ("Meeting of Secretariat of WPK Central Committee")."""
        name = self._head_words(phrase)
        if body:
            lead = body.split(" of ")[0].split(" and ")[0].split()
            organ = organisation and lead[-1].lower() in vocab()["organisation_nouns"] and not lead[-1].endswith("s")
            article = body.startswith("the ") or (phrase.body and not organ)
            name += " of " + (body if article else "the " + body)
        if phrase.purpose:
            name += " " + self.render_purpose(phrase.purpose)
        return name

    def complete_delegate_meetings(self, mentions: list) -> None:
        """ "the consultative meeting of the provincial delegates": delegates to the meeting the report is about."""
        v = vocab()
        main = next((m for m in mentions if m.reported and m.kind in v["delegated_kinds"]),
                    None)
        if main is None:
            return
        for mention in mentions:
            if mention.participants_only and mention.kind == v["default_kind"] and \
                    mention.name.split()[-1].lower() in v["delegates"]:
                mention.name = f"{mention.name} to the {main.name}"
