"""Roles of the people of one report, sentence by sentence: an ordered list of named passes over one engine.

A role cue is a row of `vocab/roles.yaml` (its phrase, the side of it where the persons stand, its scope, what
must follow it or stand before the names, what blocks it, the role it gives); `find_cues` finds them all in one
pass and `_scope` / `_predicate` interpret every one of them the same way. Each sentence then goes through
`PASSES` in order (quotation, earlier occasion, presence opener, members of a group, cue before names, things
sent, subject and predicates, office, words of a thing sent, pronoun, reporting tag; each method's docstring has
its example);
each reads the sentence's lists of names and the cues in reach and gives roles, and the first two can end the
sentence. Every role carries the id of the pass and the cue that gave it (`"<pass>:<role>:<phrase>"`), which
`podium extract --explain` prints beside the evidence.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from podium.extract import posts as post_parser
from podium.extract import roles as role_rules
from podium.extract.names import lexicon
from podium.extract.occurrence import LIST_GAP, Occurrence
from podium.extract.record import Role
from podium.extract.roles import AFTER, BEFORE, LIST, POST, SENTENCE, THING, Condition, Cue
from podium.extract.sentences import Sentence
from podium.extract.text import alternation, search_word_start
from podium.vocab import load_vocab

# The lookahead of first characters lets `re` skip the other positions quickly (three times faster).
_ADJACENT = re.compile(r"[\s,]*(?:(?:was|were|has|have|had|been|also|then|later|and|is|are|will|jointly|\w+ly)\s+)*")
_PRONOUN_SUBJECT = re.compile(  # "He ...", "Underscoring the need ..., he ...", "On the same day he ..."
    r"(?:(?:(?P<participle>[A-Z][a-z]+ing)|At|In|On|During|After|Before|Then|Later|There|While|Upon|Next)\b"
    r"[^.;:\"“]{0,200}?(?:,\s+|\s(?=s?he\b|they\b)))?(?:He|She|he|she|(?P<plural>They|they))\b"
    r"(?!\s+[A-Z][a-z])")  # not the surname He of "He Zhiping, chief secretary of ..., handed"

_UNNAMED_SUBJECT = re.compile(r"The ((?:[\w-]+ ){1,3}?)of (?:the )?[A-Z]")  # "The chairman of the X Committee"
_INVERTED_REACH = 20  # characters before a name in which "said" makes it the inverted subject ("..., said A")
_OBJECT_GAP = 40  # characters from "met" to the person met, for that person to be the visitor
_CHAINED_REACH = 40  # "elected the dear respected A", "a floral basket from A": the name follows the cue
_CUE_REACH = 120  # characters from a cue to the first name it governs ("Present there were senior officials including")
_OPENER_REACH = 80  # characters from a presence opener ("Attending") to its "were"
_DELEGATION_REACH = 100  # characters before "headed by" in which "delegation" makes it a presence
_NEXT_SENDER_REACH = 150  # characters of a sender's posts before the next sender of a thing
_WITH_REACH = 25  # characters before a list in which "with" makes it the subject's company
_MOURNING_REACH = 400  # characters after "visited" in which a homage word makes the visit a homage
_RELATIVE = re.compile(r"\bwho\b[^,]*,")
_RELATIVE_VERB = re.compile(r"\b(?:who|which)\s+(?:\w+ly\s+|also\s+)?$")  # "met B who paid a call on him": B's verb
_PASSIVE = ("was ", "were ")  # "was sent", "were presented with": a received cue whose names after it are no objects
_NAME_JOINERS = "'’.-"  # characters that join a word to a longer name ("Kim's", "Jong-il", "A.Kim")
_RELATIVE_REACH = 30  # characters before a cue searched for its relative pronoun
_AND_OTHERS = re.compile(r"and (?:\d+ |many |several )?(?:others|other \w+)\s+")
_LEAD = re.compile(r"\s*,?\s*")
_AGENT = re.compile(r"\bby\s+(?:[A-Z][\w.'’-]*\s+)*$")  # "seen off by [Secretaries] A and B": a passive's agents
_AGENT_REACH = 40  # characters before a list in which its "by" stands
_POSSESSIVE = re.compile(r"['’]s\b")
# "met young people", "met and congratulated exemplary officials": a group met (not "met in", "met death")
_GROUP_MET = re.compile(r"\s+(?!(?:in|at|on|by|of|with|as|up|deaths?|again|here|there)\b)[a-z]")
# Two lists of one cue: the gap (the tail of a post: "A, secretary of the C.C., WPK, B") ends with a separator
# and the titles of the next name
_POST_LIST_GAP = re.compile(r"[^:]*?(?:[,;]\s*(?:and\s+)?|\band\s+)(?:[A-Z][\w.'’-]*\s+)*")  # titles: "KPA Lieut. Gen."
_MEMBERS_FOLLOW = re.compile(r"[\s,]*(?:also\s+)?")  # "Among them are [also] A and B": the names come next
_VERB_LEAD = re.compile(r"[\s,]*(?:\w+ly\s+)?")  # between a subject (and its posts) and its verb: "A also donated"
_WHEN = "when"  # the one clause cut ("that", ":", a tag, "when") a participle of the subject may follow
_DIRECTIVE_REACH = 80  # characters from "called upon" to the "to" of what is asked
_PARTICIPLE_REACH = 200  # characters of a participle clause before its subject ("Addressing the meeting, Nam said")
_UNNAMED_SUBJECT_WORDS = 6  # words at most of a subject that names no one ("The reporter and speakers")
_COMMON_WORD = re.compile(r"[a-z][a-z-]*")  # a lower-case word: no name, no number, no mark
_PLURAL_NOUN = re.compile(r"[A-Za-z][a-z-]{2,}[^s']s")
_ADVERB_ENDING = "ly"
_PLURAL_ENDING = "s"  # "speakers", "participants" (not "was", "this", "class")
_PRONOUN_RELATIVE = re.compile(r",\s+who\s+is\s+(?:also\s+)?")  # "He, who is also ...": his posts follow
_OFFICE_TAG = re.compile(r",\s+the\s+((?:[\w-]+\s+)?[\w-]+)\s")  # "..., the prime minister said": his office's head
_PRONOUN_TAG = re.compile(r",\s+(?:he|she)\s+\w+")  # "..., he said": the last subject
def _grammar(roles: dict, epithets: list[str]) -> dict[str, re.Pattern]:
    """The patterns of reported speech and of a sentence's subject, built from the verbs of `roles.yaml` and the
    epithets of `names.yaml`."""
    verbs = alternation(roles["reporting_verbs"])
    epithet = alternation({w for e in epithets for w in e.lower().split()})
    lower_epithet = alternation({w for e in epithets for w in e.split() if w.islower()})  # not "General"
    tag = rf",\s+(?:he|she|it|they|the (?:\w+ )?\w+)\s+(?:{verbs})\b"  # "..., he said", "..., the speaker added"
    return {
        "tag": re.compile(tag),
        # where a predicate ends: a tag, "that", ":", ";", "thus", "when"; every branch leads with a literal
        # character, so `re` skips to the positions holding one, and `search_word_start` checks the word boundary
        # before "that", "thus" and "when" (a leading `\b` would make `re` try every position)
        "cut": re.compile(tag + r"|that\b|:|;|thus\b|when\b"),
        # "A said he received ...", "A noted they were ...": reported words without "that", up to the verb's end
        "words_subject": re.compile(rf"\b(?:{verbs})(?=\s+(?:he|she|they|we|I)\s)"),
        # "A said that ...", "A told reporters that ...", "A expressed the hope that ...": reported words follow
        "speech_clause": re.compile(rf"\b(?:(?:{verbs})(?:\s+(?!that\b)\w+){{0,2}}|expressed (?:the )?"
                               rf"(?:{alternation(roles['belief_nouns'])}))(?: in (?:his|her|a) \w+)? that\b"),
        # "A called upon the youth to ...", "A urged them to ...": what is asked for follows
        "directive": re.compile(rf"\b(?:{alternation(roles['directive_verbs'])})\s+[^.;:]{{0,{_DIRECTIVE_REACH}}}?\bto\b"),
        # "..., said the chairman of ...": only verbs that KCNA puts before their subject
        # "When A was visiting China, B welcomed him": A is the subject of the clause only, up to its comma
        "subordinate": re.compile(r"(?:When|While|As|Although|Though|If|Since|Because|Until|Once)\b"),
        # "The president ...", "The Korean ambassador ...", "The respected General Secretary ...": the office's
        # first word (after the epithets of `names.yaml`)
        "definite": re.compile(rf"The (?:(?:{lower_epithet})\s+)*(?:[A-Z]\w+ (?=[a-z]))?([A-Za-z]+(?:-[a-z]+)?)\b"),
        "inverted": re.compile(rf",\s+(?:{alternation(roles['inverting_verbs'])})\s+(?:the|a|an)\s"),
        "subject_lead": re.compile(  # what may stand before a sentence's subject (not a subordinate clause's)
            r"(?:(?:Then|Next|Later|Afterwards|Also|Meanwhile|And),\s+)?"  # "Then, A, B and C made speeches"
            r"(?:[A-Z][a-z]+ing\b[^.;:\"“]{0,300}?,\s+)?"  # "Expressing great satisfaction over ..., A ..."
            r"(?:(?:At|In|On|During|After|Before|Prior to)\s+(?:the|a|an|his|her|its)\s+"
            r"(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,?\s+)?"  # "At the end of the meeting A ..."
            r"(?:An?\s+(?:[a-z][\w-]*\s+){1,3})?"  # "A merited artist Kim Mi Ran, head of ..., told"
            rf"(?:(?:[A-Z][\w'’.\-]*|the|{epithet})\s+)*"),
    }


# The sentence openers of `roles.yaml`: (the role, the key of its words, the id of the rule that gives it)
_OPENER_KINDS = (("present", "presence_openers", "presence-opener"), ("spoke", "speech_openers", "speech-opener"))


def _opener(words: list[str], verbs: list[str]) -> re.Pattern:
    """A sentence that opens with one of `words` and names its people after one of `verbs` ("were", "included")."""
    return re.compile(rf"\s*(?:Also\s+)?((?i:{alternation(words)}))\b[^.;:\"“]{{0,{_OPENER_REACH}}}?\b"
                      rf"(?:{alternation(verbs)})\s+")


_OWN_CONFERRAL_REACH = 60  # characters from "I was" to "awarded" ("I was invited to the meeting and even awarded")


def _own_conferral(words: dict) -> re.Pattern:
    """ "I was ... awarded", "conferred on me": a speaker's own words that an award or election came to them."""
    return re.compile(rf"\b(?:(?:{alternation(words['subjects'])})\b[^.;:]{{0,{_OWN_CONFERRAL_REACH}}}?\b"
                      rf"(?:{alternation(words['verbs'])})|(?:{alternation(words['objects'])}))\b", re.IGNORECASE)


def _verb_classes(classes: dict) -> dict:
    """The verb families of `roles.yaml` (`verb_classes`): a pattern of the main verbs, one of the participles
    after "when", "while", "after" ... (each introduced by one of `participle_leads`), and each verb's role."""
    roles = {verb.lower(): role for role, verbs in classes["main"].items() for verb in verbs}
    participles = {verb.lower(): role for role, verbs in classes["participle"].items() for verb in verbs}
    return {"main": re.compile(rf"(?P<verb>{alternation(roles)})\b"),
            "participle": re.compile(rf",?\s+(?:{alternation(classes['participle_leads'])})\s+"
                                     rf"(?P<verb>{alternation(participles)})\b"),
            "roles": roles | participles}


@cache
def _settings():
    roles = load_vocab("roles")
    homage = alternation(roles["homage_words"])
    return _Settings(leaders=frozenset(load_vocab("names")["leaders"]), object_roles=roles["object_roles"],
                     group_meeting={verb: tuple(met) for verb, met in roles["group_meeting"].items()},
                     homage=re.compile(rf"\b(?:{homage})\b", re.IGNORECASE),
                     led_by=frozenset(roles["delegation_cues"]),
                     delegation=re.compile(rf"\b(?:{alternation(roles['delegation_words'])})\b"),
                     quoted_speech=frozenset(roles["quote_speech_verbs"]),
                     leader_dependent=frozenset(roles["leader_visits"]),
                     visiting_rules=tuple(f":present:{phrase}" for phrase in roles["leader_visits"]),
                     tours=frozenset(roles["tour_verbs"]),
                     guiding_posts=tuple(roles["guiding_posts"]),
                     needs_thing=frozenset(roles["sending_verbs"]),
                     chained_roles=frozenset(roles["chained_roles"]),
                     openers=tuple((role, _opener(roles[key], roles["opener_verbs"]), name) for role, key, name in _OPENER_KINDS),
                     things_block=Condition(SENTENCE, blocked_by=tuple(roles[THING])),
                     grammar=_grammar(roles, load_vocab("names")["epithets"]),
                     own_conferral=_own_conferral(roles["first_person_conferral"]),
                     member_opener=re.compile(rf"[\s,]*({alternation(roles['member_openers'])})\b", re.IGNORECASE),
                     group_nouns=roles["group_nouns"],
                     inverting=re.compile(rf"\b(?:{alternation(roles['inverting_verbs'])})\s+(?:[A-Z][\w.-]*\s+)*$"),
                     members_when_present=frozenset(roles["members_when_present"]),
                     # one capitalised word and a verb or "in his ...": "Gryzlov said", "Ho in his report said"
                     lone_surname=re.compile(rf"\s*(?:(?P<participle>[A-Z][a-z]+ing)\b[^.;:\"“]{{0,{_PARTICIPLE_REACH}}}?,\s+)?"
                                             rf"(?P<surname>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?=\s+(?:in\s+(?:his|her)\s|[a-z]+ed\b"
                                             rf"|(?:{alternation(roles['reporting_verbs'])})\b))"),
                     homage_place=re.compile(rf"\b(?:before|at|to)\s+the\s+(?:{alternation(roles['homage_places'])})\b"),
                     group_noun=re.compile(rf"\b(?:{alternation(roles['group_nouns'])})\b", re.IGNORECASE),
                     adverbs=frozenset(roles["subject_adverbs"]),
                     depiction=re.compile(rf"\b(?:{alternation(roles['depiction_nouns'])})\s+(?:of|on|about)\b"),
                     company=re.compile(rf"\b(?:{alternation(roles['company_words'])})\b"),
                     jointly=re.compile(rf"\b(?:{alternation(roles['joint_words'])})\b"),
                     # "gifts from A, chairman of X, and B", "a message sent by A, ..., together with B, ..., and C"
                     next_sender=re.compile(rf"[^.;:]{{0,{_NEXT_SENDER_REACH}}}?(?:,\s+(?:and\s+|"
                                            rf"(?:{alternation(roles['joint_words'])})\s+)?|\s+and\s+)"),
                     verb_classes=_verb_classes(roles["verb_classes"]),
                     in_person=re.compile(rf"\b(?:{alternation(roles['presented_in_person'])})\b"),
                     speaker_nouns={noun: frozenset(words) for noun, words in roles["speaker_nouns"].items()},
                     speaker_tag=re.compile(rf",\s+(?:(?:he|she)|the\s+({alternation(roles['speaker_nouns'])}))\s+\w+"))


@dataclass(frozen=True)
class _Settings:
    """The words of `roles.yaml` that steer the passes (not cues themselves)."""
    leaders: frozenset          # visiting a site is "guided" for them
    object_roles: dict          # "A met B": the role of B
    group_meeting: dict         # "A met young people": the roles of A, by verb
    homage: re.Pattern          # "the mausoleum", "paid tribute": a homage visit, never guidance
    led_by: frozenset           # "headed by": a cue only after a delegation word
    delegation: re.Pattern
    quoted_speech: frozenset    # verbs that, with "he" after a quotation, close it as the speaker's
    leader_dependent: frozenset  # "visited": guided for a leader, present for others
    visiting_rules: tuple       # the ends of the rule ids of `present` given by a `leader_dependent` cue
    tours: frozenset            # "looked round": guided, unless the one touring is already a visitor
    guiding_posts: tuple        # words of the posts of those whose visits inspect ("premier")
    needs_thing: frozenset      # "sent": only with a thing sent as its object
    chained_roles: frozenset    # roles whose cue before names reaches one list (and those chained to it)
    openers: tuple              # (role, pattern, pass name): "Attending the meeting were ...", "Taking the floor were"
    things_block: Condition     # "Standing there was a wreath sent by A": a thing sent between the cue and A
    grammar: dict               # patterns of reported speech and of the subject (`_grammar`)
    own_conferral: re.Pattern   # "The title was conferred on me": a quoted speaker's own award
    member_opener: re.Pattern   # "Among them were": the members of the group named just before
    group_nouns: dict           # "awardees": the role of the members of a group so named
    inverting: re.Pattern       # "..., said [titles]" right before a name: the name is the inverted subject
    members_when_present: frozenset  # "They included": members only of a group the sentence before has there
    homage_place: re.Pattern    # "... expressed condolences before the bier": the group was there
    lone_surname: re.Pattern    # a sentence opened by a surname alone and its verb ("Gryzlov said ...", "Addressing
    # the meeting, Nam said ...")
    group_noun: re.Pattern
    verb_classes: dict          # "donated": sent, "when receiving": received (the fallback `verb_class`)
    in_person: re.Pattern       # "credentials": a visitor presents them in person
    depiction: re.Pattern       # "accompanied by a photo of A": A is not present
    company: re.Pattern         # "A, together with B, ...", "A, accompanied by B, ...": B is A's company
    jointly: re.Pattern         # "A, together with B, received a message": B did it too
    next_sender: re.Pattern     # the gap to the next sender of a thing sent ("..., and B", "..., together with B")
    adverbs: frozenset          # "Speakers also said": words between a subject and its verb
    speaker_nouns: dict         # "the reporter": the word of the rule that made the one so named speak ("report")
    speaker_tag: re.Pattern     # "..., he said", "..., the reporter said": a tag naming the speaker



def _window(text: str, start: int, end: int, subject: bool, grammar: dict) -> tuple[int, int]:
    """The predicate of a list: from its end up to the next clause ("that", ":", a reporting tag, the subject of
    reported words: "said he received ..."); after a list that is not the subject, only the verb phrase right after
    it ("..., B and C made speeches")."""
    cut = search_word_start(grammar["cut"], text, start, end)
    if cut:
        end = cut.start()
    reported = grammar["words_subject"].search(text, start, end)
    if reported:
        end = reported.end()  # "A said he received a message": what he received is in A's words
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


def _visitor(occ: Occurrence, settings) -> bool:
    """Whether the report has made this person's visit a visitor's: `present` from a leader-dependent cue
    ("visited"), never `guided`, and no post of those who inspect (`guiding_posts`: "premier")."""
    return any(r.rule.endswith(settings.visiting_rules) for r in occ.roles) and \
        not any(r.role == "guided" for r in occ.roles) \
        and not any(word in post.text for post in occ.posts for word in settings.guiding_posts)


def _named_alone(text: str, start: int, end: int, name: str) -> bool:
    """Whether a word of `name` stands alone in text[start:end] ("... on Yang and had a talk with him"), not as
    part of a longer name ("the Kim Il Sung University"); or the whole name ("He in the message wished A ...")."""
    if text.find(name, start, end) != -1:
        return True
    for word in {w for w in name.split() if len(w) > 2}:
        at = text.find(word, start, end)
        while at != -1:
            after = at + len(word)
            alone = not (text[at - 1].isalnum() or text[at - 1] in _NAME_JOINERS) and \
                (after >= len(text) or not (text[after].isalnum() or text[after] in _NAME_JOINERS)) and \
                not (text.startswith(" ", after) and text[after + 1:after + 2].isupper())
            if alone and not text[start:at].rstrip().rsplit(" ", 1)[-1][:1].isupper():
                return True
            at = text.find(word, after, end)
    return False


def _surname(name: str) -> str:
    """The name a report uses alone for a person: a Korean or Chinese surname first ("Ho" of "Ho Jong Man"), else
    the last word ("Gryzlov" of "Boris Gryzlov")."""
    words = name.split()
    lex = lexicon()
    return words[0] if words[0] in lex.surnames or words[0] in lex.chinese_surnames else words[-1]


def rule_id(pass_name: str, role: str, phrase: str = "") -> str:
    """ "subject:spoke:made a report": the pass that gave a role, the role and the cue's phrase."""
    return f"{pass_name}:{role}:{phrase}" if phrase else f"{pass_name}:{role}"


@dataclass
class SentenceView:
    """What the passes read of one sentence: its names, grouped in lists, and where each list's text ends."""
    sentence: Sentence
    occurrences: list[Occurrence]
    groups: list[list[Occurrence]]
    ends: list[int]
    subject: list[Occurrence] | None = None


class RoleAssigner:
    """Roles of one report, sentence by sentence, remembering who "he" is and who last sent something."""

    def __init__(self, text: str, cues: list[Cue], date: str | None):
        self.text = text
        self.by_kind: dict[str, tuple[list[Cue], list[int]]] = {kind: ([], []) for kind in (BEFORE, AFTER, THING)}
        for cue in cues:  # the cues of each kind and their starts, in order, in one pass
            of_kind = self.by_kind.get(cue.kind)
            if of_kind:
                of_kind[0].append(cue)
                of_kind[1].append(cue.start)
        self.past = role_rules.past_marks(text, date)
        self.settings = _settings()
        self.seen_anyone = False
        self.focus: Occurrence | None = None
        self.sender: Occurrence | None = None  # the last person who sent something ("He said in the message ...")
        self.senders: list[Occurrence] = []  # everyone who sent it in that sentence ("The message said ...": their
        # joint words, "a message sent by A, together with B and C")
        self.senders_at = -1  # the start of the sentence that named `senders`
        self.sentence_start = 0  # the start of the sentence being read
        self.by_head: dict[str, Occurrence] = {}  # the last person seen with each office ("president")
        self.by_office: dict[str, tuple] = {}  # the last person seen with each office's noun, and its head's words
        self.previous_start = 0  # where the sentence before the current one starts
        self.group: list[Occurrence] = []  # the last list of several people, "they" ("Among them were A and B.")
        self.by_surname: dict[str, list[Occurrence]] = {}  # "Gryzlov said ...": the people seen, by the name said alone
        self.seen: list[Occurrence] = []  # every person named so far, in order ("the reporter said": who reported)
        self._pronoun_read, self._pronoun = -1, None  # `_PRONOUN_SUBJECT` at the start of the sentence last read
        self._words_read, self._words = -1, 0  # `_reported_words` of the sentence last read

    def _pronoun_subject(self, start: int) -> re.Match | None:
        """ "He ...", "They ..." opening the sentence at `start`: read once per sentence, as the pronoun pass and
        `_remember` both ask (the pattern may read 200 characters ahead)."""
        if self._pronoun_read != start:
            self._pronoun_read, self._pronoun = start, _PRONOUN_SUBJECT.match(self.text, start)
        return self._pronoun

    # -- the engine: cues in reach, giving a cue's role ------------------------------------------------------

    def _cues_in(self, start: int, end: int, kind: str):
        cues, starts = self.by_kind[kind]
        found = []
        for n in range(bisect_left(starts, start), bisect_left(starts, end)):  # no slice: linear in the report
            if cues[n].end <= end:
                found.append(cues[n])
        return found

    def _kin(self, occ: Occurrence) -> bool:
        """ "Han Chun Hui, widow of Choe Hong Hui": Choe is named in Han's description, and takes no role there."""
        return role_rules.named_as_kin(self.text, occ.pre_start)

    def _add(self, occ: Occurrence, role: Role) -> bool:
        """Give `occ` a role, on every path the passes take: never to a name that only describes another person
        ("Han Chun Hui, widow of Choe Hong Hui": Choe takes no role there). Whether it was given: the one kin
        test of the passes, so a caller asks this instead of testing `_kin` first."""
        if self._kin(occ):
            return False
        occ.roles.append(role)
        return True

    def _give(self, occ: Occurrence, cue: Cue, pass_name: str) -> None:
        role = cue.role
        if cue.phrase in self.settings.leader_dependent:
            guiding = occ.mention.name in self.settings.leaders or any(r.role == "guided" for r in occ.roles)
            role = "guided" if guiding else "present"  # "On the same day he visited ...": still inspecting
            if cue.role != role:
                return
        if role == "guided" and pass_name != "cue-before" and self._homage(cue):
            role = "present"  # "looked round the cemetery", "visited the mausoleum": a homage is no guidance
        elif role == "guided" and cue.phrase in self.settings.tours and _visitor(occ, self.settings):
            role = "present"  # "A visited Kaesong area ... He looked round the pavilion": a visitor tours
        if self._add(occ, Role(role, (cue.start, cue.end), rule_id(pass_name, role, cue.phrase))) and role == "sent":
            self._sends(occ)

    def _sends(self, occ: Occurrence) -> None:
        """Remember `occ` as a sender of the thing sent in this sentence: the words of the thing that the next
        sentences report ("The message said ...") are each sender's."""
        if self.senders_at != self.sentence_start:
            self.senders, self.senders_at = [], self.sentence_start
        if occ not in self.senders:
            self.senders.append(occ)
        self.sender = occ

    def _homage(self, cue: Cue) -> bool:
        """ "visited the mausoleum and paid tribute": a homage visit, where no one guides (guideline v3)."""
        stop = self.text.find(".", cue.end, cue.end + _MOURNING_REACH)
        end = stop if stop != -1 else cue.end + _MOURNING_REACH
        return self.settings.homage.search(self.text, cue.end, end) is not None

    def _scope(self, cue: Cue, view: SentenceView):
        """The names a cue before them governs: all the rest of the sentence for "Present there were ...";
        for a conferral ("elected", "relieve") only the lists chained to the first one after it; for a row with
        `scope: post` ("accompanied by") the lists up to the end of the first one that carries posts (lists after it
        only where a comma, semicolon or "and" joins them)."""
        groups, ends, condition = view.groups, view.ends, cue.condition
        scope = condition.scope or (LIST if cue.role in self.settings.chained_roles or
                                    cue.phrase in self.settings.led_by else SENTENCE)
        chained = scope == LIST
        previous_end, posted = None, False
        governed: list[Occurrence] = []
        for n, group in enumerate(groups):
            if group[0].pre_start < cue.end:
                continue
            inside_predicate = n and groups[n - 1][-1].ext_end <= cue.start < ends[n - 1]
            if inside_predicate:  # "A was elected member of ..., B and C members of ...": the gapped lists
                previous_end = ends[n - 1]
            if chained and previous_end is None and _POSSESSIVE.match(self.text, group[0].mention.end):
                break  # "according to A's idea": A only describes the list's noun
            if previous_end is None and (group[0].pre_start - cue.end > (_CHAINED_REACH if chained else _CUE_REACH)
                                         or self.settings.depiction.search(self.text, cue.end, group[0].pre_start)
                                         or condition.blocked(self.text, cue.end, group[0].pre_start)):
                break  # "accompanied by a photo of A": A is not present
            if chained and previous_end is not None and \
                    LIST_GAP.fullmatch(self.text[previous_end:group[0].pre_start]) is None:
                break
            if scope == POST and posted and _POST_LIST_GAP.fullmatch(self.text, previous_end, group[0].pre_start) is None:
                break  # after a list with its posts, the clause goes on: "..., inspected the unit of C"
            governed.extend(group)
            previous_end = ends[n]
            posted = posted or any(occ.posts or occ.has_appositive for occ in group)
        if governed and condition.followed(self.text, governed[-1].ext_end):
            yield from governed  # "The session recalled A and B from ...": the row's `then` follows the lists

    def _predicate(self, occ_group, start, end, subject, view: SentenceView, pass_name: str) -> None:
        w_start, w_end = _window(self.text, start, end, subject, self.settings.grammar)
        relative = _RELATIVE.search(self.text, w_start, w_end) if subject else None
        for cue in self._cues_in(w_start, w_end, AFTER):
            if relative and relative.start() <= cue.start < relative.end():
                continue  # "A, who took part in ..., made a report": only the main verb is A's role here
            if subject and _RELATIVE_VERB.search(self.text, max(w_start, cue.start - _RELATIVE_REACH), cue.start):
                continue  # "A met B who paid a courtesy call on him": the call is B's
            if not subject and _ADJACENT.fullmatch(self.text, w_start, cue.start) is None:
                continue
            if not subject and self._subjects_participle(occ_group, start, w_start, cue):
                continue  # "... asked an official to convey the gift to A, saying: ...": the subject says it
            if not cue.condition.followed(self.text, cue.end) or cue.condition.blocked(self.text, w_start, cue.start):
                continue  # a cue row's condition: "A led *the meeting*"
            if cue.role == "received" and not self._receiving(cue, view.occurrences, end):
                if cue.phrase in self.settings.group_meeting and _GROUP_MET.match(self.text, cue.end):
                    for occ in occ_group:  # "A met young people who ...": received and present (a group met)
                        if any(r.role == "guided" for r in occ.roles):
                            continue  # people met on field guidance: the guidance (guided, not present)
                        for role in self.settings.group_meeting[cue.phrase]:
                            self._add(occ, Role(role, (cue.start, cue.end), rule_id(pass_name, role, "met a group")))
                continue
            if cue.phrase in self.settings.needs_thing and not role_rules.sends_something(self.text, cue.end):
                continue
            if cue.role == "spoke" and role_rules.earlier_words(self.text, occ_group[0].pre_start, cue.start, cue.end):
                continue  # "As A said, ...", "A once said ..."
            for occ in occ_group:
                self._give(occ, cue, pass_name)

    def _subjects_participle(self, occ_group, start: int, w_start: int, cue: Cue) -> bool:
        """ "They praised the feats of A, saying ...": a participle after a comma that follows a list which is not the
        subject is the subject's; but "..., said A, expressing the hope ...": A, the inverted subject, speaks."""
        if not cue.phrase.split()[0].endswith("ing") or self.text.find(",", start, w_start) == -1:
            return False
        return self.settings.inverting.search(self.text, max(0, occ_group[0].pre_start - _INVERTED_REACH),
                                              occ_group[0].pre_start) is None

    def _co_senders(self, subject: list[Occurrence], companions: list[Occurrence], sentence_start: int) -> None:
        """ "A together with B and C sent a message to D": a message sent jointly is sent by each; "A, together with
        B and C, received a message": received by each (not "A, together with B, inspected the unit": B came along;
        nor "A, together with B, received the delegation": the host is A)."""
        jointly = self.settings.jointly.search(self.text, companions[0].pre_start - _WITH_REACH, companions[0].pre_start)
        shared = [r for occ in subject for r in occ.roles if r.span[0] >= sentence_start and (r.role == "sent" or (
            jointly and r.role == "received" and role_rules.sends_something(self.text, r.span[1])))]
        first: dict[str, Role] = {}
        for r in shared:
            first.setdefault(r.role, r)  # the first span of each role (a later "sent" is the same act)
        for role in first.values():
            for occ in companions:
                self._add(occ, Role(role.role, role.span, rule_id("companion", role.role, "together with")))
                if role.role == "sent":
                    self._sends(occ)

    def _receiving(self, cue: Cue, sentence_occ, sentence_end) -> bool:
        """ "met" is `received` only with a visitor: a person right after it, or a delegation or a call;
        the people met are `present`."""
        following = [o for o in sentence_occ if o.pre_start >= cue.end]
        role = self.settings.object_roles.get("received", "present")
        # "A was presented with a gift by B": no one after a passive verb is its object
        for occ in () if cue.phrase.startswith(_PASSIVE) else following:
            if " from " not in self.text[cue.end:occ.pre_start] and \
                    not role_rules.names_a_thing(self.text, cue.end, occ.pre_start):  # "a gift from X", "a message
                # sent by X": X sent it, and is not the one received
                self._add(occ, Role(role, (cue.start, cue.end), rule_id("object", role, cue.phrase)))
        if following and following[0].pre_start - cue.end <= _OBJECT_GAP and \
                "including" not in self.text[cue.end:following[0].pre_start]:
            return True
        return role_rules.names_a_visit(self.text, cue.end, sentence_end)

    def _unnamed_plural_subject(self, view: SentenceView) -> bool:
        """Whether the sentence opens with speakers that it does not name, right before their verb ("The reporter
        and speakers said ...", "Speakers noted ..."; `speaker_nouns`): the next "they" is they, not a list named
        before (those listed as present did not say it). Not "The senior officials congratulated ...": that may
        be the list named before."""
        s = view.sentence
        verbs = self._cues_in(s.start, s.end, AFTER)
        if not verbs or self._pronoun_subject(s.start) or \
                (view.groups and view.groups[0][0].pre_start < verbs[0].start):
            return False
        words = self.text[s.start:verbs[0].start].split()
        if words and (words[-1] in self.settings.adverbs or words[-1].endswith(_ADVERB_ENDING)):
            words.pop()  # "Speakers also called for ...", "Participants unanimously adopted ..."
        return 0 < len(words) <= _UNNAMED_SUBJECT_WORDS and words[0].isalpha() and words[0][0].isupper() and \
            all(_COMMON_WORD.fullmatch(w) for w in words[1:]) and _PLURAL_NOUN.fullmatch(words[-1]) is not None \
            and words[-1].lower().removesuffix(_PLURAL_ENDING) in self.settings.speaker_nouns

    def _remember(self, view: SentenceView) -> None:
        occurrences = view.occurrences
        self.seen_anyone = self.seen_anyone or bool(occurrences)
        # a list that does something here ("Among them were A and B"), not one only named ("his parents A and B")
        # not "widow of A"'s A; a list of one name is never several, with or without its kin
        acting = [[occ for occ in group if not self._kin(occ)] for group in view.groups if len(group) > 1]
        they = self._pronoun_subject(view.sentence.start)
        several = [group for group in acting if len(group) > 1 and all(occ.roles for occ in group) and not (
            they and they.group("plural") and
            _AGENT.search(self.text, max(0, group[0].pre_start - _AGENT_REACH), group[0].pre_start))]
        if several:  # not "They were seen off by A and B": "they" go on being the ones before, not the agents
            self.group = several[-1]
        elif view.subject or self._unnamed_plural_subject(view):
            self.group = []  # "A said ...", "The reporter and speakers said ...": a new subject; "they" is no
            # longer the earlier list
        for occ in occurrences:
            for post in occ.posts:
                heads = post.text.split(" of ")[0].split()
                for head in heads:
                    self.by_head[head] = occ
                if heads:
                    self.by_office[heads[-1].lower()] = (occ, heads)
            self.by_surname.setdefault(_surname(occ.mention.name), []).append(occ)
        self.seen.extend(occurrences)

    # -- the passes, in order -----------------------------------------------------------------------------

    def quotation(self, view: SentenceView) -> bool:
        """Inside a quotation opened by "... said:" only `mentioned` applies; "..., he concluded" closing it
        gives the speaker `spoke`; "The title was conferred on me" gives the speaker `elected`."""
        if not view.sentence.quoted:
            return False
        s = view.sentence
        speech = any(c.phrase in self.settings.quoted_speech for c in self._cues_in(s.start, s.end, AFTER))
        tag = self.settings.speaker_tag.search(self.text, s.start, s.end) if speech else None
        speaker = self._speaker(tag, view) if tag else None
        if speaker:
            self._add(speaker, Role("spoke", (s.start, s.end), rule_id("quotation", "spoke")))
        own = self.settings.own_conferral.search(self.text, s.start, s.end) if self.focus else None
        if own:  # "The title of Labor Hero was conferred on me": the speaker's own award
            self._add(self.focus, Role("elected", own.span(), rule_id("quotation", "elected", "own award")))
        return True

    def earlier_occasion(self, view: SentenceView) -> bool:
        """ "In February 1974 A advanced the idea ...": what people do on an earlier occasion gives no role."""
        if not role_rules.historical(self.text, view.sentence.start, view.sentence.end, self.past):
            return False
        self._remember(view)
        return True

    def retold(self, view: SentenceView) -> bool:
        """ "A sent a message to the youth ..., he noted.": a sentence with its own named subject that ends in a
        pronoun's reporting tag is the words of the one "he" is (who cannot be A: A would be "A noted"); those
        named in it are only mentioned, and "he" spoke."""
        text, s, groups = self.text, view.sentence, view.groups
        if not groups or not self.settings.grammar["subject_lead"].fullmatch(text, s.start, groups[0][0].pre_start):
            return False
        tag = self.settings.grammar["tag"].search(text, groups[0][-1].ext_end, s.end)
        if not tag or not _PRONOUN_TAG.match(text, tag.start()) or text[tag.end():s.end].strip(" .") or \
                self._pronoun_subject(s.start):
            return False  # "A said that ..., adding ...": not a tag closing the sentence
        if self.focus and self.focus.mention.name in {occ.mention.name for occ in groups[0]}:
            return False  # "A visited ... . A said ..., he added": the same speaker
        if self.focus:
            self._add(self.focus, Role("spoke", tag.span(), rule_id("retold", "spoke")))
        self._remember(view)
        return True

    def presence_opener(self, view: SentenceView) -> bool:
        """ "Attending the meeting were A, B and C", "Also in attendance were ...", "Taking the floor at the rally
        were ...": a sentence that opens with a presence (or speech) word and names the people after "were"."""
        if not view.groups:
            return False
        for role, pattern, pass_name in self.settings.openers:
            opener = pattern.match(self.text, view.sentence.start, view.sentence.end)
            if not opener or any(c.role == role for c in self._cues_in(opener.start(1), opener.end(), BEFORE)):
                continue  # "Present there were" is a cue of its own (cue_before_names)
            # a cue before names, reaching as far as one, unless a thing sent comes first
            cue = Cue(opener.start(1), opener.end(), role, BEFORE, opener.group(1).lower(), self.settings.things_block)
            for occ in self._scope(cue, view):
                self._give(occ, cue, pass_name)
        return False

    def members_of_group(self, view: SentenceView) -> bool:
        """ "Many other awardees evinced their resolve. Among them are A and B": the people named take the role
        of the group that the sentence before named (`group_nouns`: awardees are `elected`), else `present`."""
        opener = self.settings.member_opener.match(self.text, view.sentence.start, view.sentence.end)
        if not opener or not view.groups or not _MEMBERS_FOLLOW.fullmatch(self.text, opener.end(),
                                                                        view.groups[0][0].pre_start):
            return False
        noun = self.settings.group_noun.search(self.text, self.previous_start, view.sentence.start)
        if not noun and opener.group(1).lower() in self.settings.members_when_present and not any(
                c.role == "present" for c in self._cues_in(self.previous_start, view.sentence.start, AFTER)) \
                and not self.settings.homage_place.search(self.text, self.previous_start, view.sentence.start):
            return False  # "Parties published a statement. They included A": the group was not there
        role = self.settings.group_nouns[noun.group(0).lower()] if noun else "present"
        phrase = noun.group(0).lower() if noun else opener.group(1).lower()
        cue = Cue(opener.start(1), opener.end(1), role, BEFORE, phrase, Condition(SENTENCE))
        for occ in self._scope(cue, view):
            self._give(occ, cue, "group-members")
        return False

    def cue_before_names(self, view: SentenceView) -> bool:
        """ "Present there were A, B and C", "Accompanying him were ...", "The session by-elected A as ...": a
        cue governing the names after it (all of the sentence's, or the chained lists for a conferral)."""
        s = view.sentence
        for cue in self._cues_in(s.start, s.end, BEFORE) if view.groups else ():
            if cue.start > self._reported_words(view):
                break  # "The speaker recalled that the message sent by A ...": told, not done now
            if cue.phrase in self.settings.led_by and \
                    not self.settings.delegation.search(self.text, max(s.start, cue.start - _DELEGATION_REACH),
                                                        cue.start):
                continue  # "the WPK headed by A" is not A's presence; "a delegation headed by A" is
            for occ in self._scope(cue, view):
                self._give(occ, cue, "cue-before")
        return False

    def _reported_words(self, view: SentenceView) -> int:
        """Where the words someone reports in this sentence begin ("A said that ...", "A recalled that ...", "A said he
        ..."), or the sentence's end: a cue inside them tells an act, it does not report one (guard `reported-words`).
        Read once per sentence, and only when a cue or a thing sent asks (`cue_before_names` and `things_sent`)."""
        s = view.sentence
        if self._words_read != s.start:
            self._words_read, self._words = s.start, self._read_reported_words(s)
        return self._words

    def _read_reported_words(self, s: Sentence) -> int:
        grammar = self.settings.grammar
        found = grammar["speech_clause"].search(self.text, s.start, s.end) \
            if self.text.find(" that", s.start, s.end) != -1 else None
        subject = grammar["words_subject"].search(self.text, s.start, found.start() if found else s.end)
        directive = grammar["directive"].search(self.text, s.start, s.end)  # "He called upon them to carry out the
        # tasks set forth in the message sent by A": what he asks for, not A's act now
        return min(subject.end() if subject else found.end() if found else s.end,
                   directive.end() if directive else s.end)

    def things_sent(self, view: SentenceView) -> bool:
        """ "a message to A" (received), "a floral basket from A", "in the name of A" (sent), "handed to B by A"
        (sent)."""
        s = view.sentence
        things = self._cues_in(s.start, s.end, THING) if view.groups else ()
        if not things or things[0].start > self._reported_words(view):
            return False  # "A noted that the gift from B ...": the sending is told in A's words
        chained, previous_end = (), None
        for n, group in enumerate(view.groups):
            if group[0].pre_start < things[0].end:
                continue
            found = role_rules.sending_roles(self.text, s.start, group[0].pre_start)
            if not found and chained and self.settings.next_sender.fullmatch(self.text, previous_end, group[0].pre_start):
                found = chained  # "gifts from A, chairman of X who is ..., and B, president of Y"
            chained, previous_end = (found if found == ("sent",) else ()), view.ends[n]
            for role in found:
                for occ in group:
                    self._add(occ, Role(role, (group[0].pre_start, group[0].mention.end),
                                          rule_id("things-sent", role, things[0].phrase)))
                    if role == "sent":
                        self._sends(occ)
        return False

    def subject(self, view: SentenceView) -> bool:
        """ "A, B and C made speeches", "A, together with B, inspected ...": each list gets the cues of the
        predicate after it; the first list, when it opens the sentence, is its subject (the next "he")."""
        text, s, groups = self.text, view.sentence, view.groups
        if not groups:
            return False
        grammar = self.settings.grammar
        if groups and grammar["subject_lead"].fullmatch(text, s.start, groups[0][0].pre_start) and \
                not _POSSESSIVE.match(text, groups[0][0].mention.end):
            view.subject = groups[0]
        reported = grammar["speech_clause"].search(text, s.start, s.end) \
            if text.find(" that", s.start, s.end) != -1 else None
        inverted = grammar["inverted"].search(text, s.start, s.end)
        for n, group in enumerate(groups):
            if reported and group[0].pre_start > reported.start():
                break  # the content of what someone said: those named in it are only mentioned
            own_tag = group is view.subject and group[-1].has_appositive and \
                not text[group[-1].ext_end:inverted.start() if inverted else 0].strip()
            if inverted and group[0].pre_start < inverted.start() and not own_tag:
                continue  # "A did this, said the chairman of ...": A is named in the chairman's words (but in
                # "A, secretary of X, said the talks ..." the tag follows A's own post: A is the speaker)
            next_start = groups[n + 1][0].pre_start if n + 1 < len(groups) else s.end
            is_subject = group is view.subject
            end = next_start
            if is_subject and grammar["subordinate"].match(text, s.start):
                comma = text.find(",", group[-1].ext_end, end)
                end = comma if comma != -1 else end
            if is_subject and n + 1 < len(groups) and self.settings.company.search(text, next_start - _WITH_REACH, next_start):
                end = groups[n + 2][0].pre_start if n + 2 < len(groups) else s.end
            if n and groups[n - 1] is view.subject and \
                    self.settings.company.search(text, group[0].pre_start - _WITH_REACH, group[0].pre_start):
                self._co_senders(view.subject, group, s.start)
                continue  # "A, together with B, inspected ...": B came along (present), A inspected
            self._predicate(group, group[-1].ext_end, end, is_subject, view,
                            "subject" if is_subject else "predicate")
        return False

    def verb_class(self, view: SentenceView) -> bool:
        """The fallback where no cue spoke for the sentence's subject: the role follows from the class of its verb
        (`verb_classes`), read where the grammar puts the subject's verb: right after the name and its posts ("A
        donated materials to the farm": sent, whatever the thing), or in a participle clause after the
        predicate ("A said this when receiving a delegation": received)."""
        subject, s = view.subject, view.sentence
        if not subject:
            return False
        text, classes = self.text, self.settings.verb_classes
        verb = None
        if not any(r.span[0] >= s.start for occ in subject for r in occ.roles):  # no cue gave it a role here
            verb = classes["main"].match(text, _VERB_LEAD.match(text, subject[-1].ext_end).end())
        if verb is None:  # a second predicate: "A said this on Thursday when receiving a delegation"
            verb = classes["participle"].search(text, subject[-1].ext_end, s.end)
            clause = search_word_start(self.settings.grammar["cut"], text, subject[-1].ext_end, verb.start()) \
                if verb else None  # the cut's word branches need the word-start check (`_window` alike)
            if verb is None or (clause and not text.startswith(_WHEN, clause.start())):
                return False  # "A said that B, when receiving ...": B's clause, not A's
        phrase = verb.group("verb").lower()
        role = classes["roles"][phrase]
        if role == "received" and not self._receiving_whom(verb.end(), view):
            return False  # "when receiving a report", "receiving the sad news": no visitor, nothing sent
        done = {r.role for occ in subject for r in occ.roles if r.span[0] >= s.start}
        if role in done or (role == "present" and "guided" in done):
            return False  # "A acquainted himself with ... while visiting the farm": the guidance says it
        for occ in subject:
            if self._add(occ, Role(role, verb.span("verb"), rule_id("verb-class", role, phrase))) and role == "sent":
                self._sends(occ)
        return False

    def _receiving_whom(self, at: int, view: SentenceView) -> bool:
        """Whether a receiving verb ending at `at` has a visitor as its object: a name right after it ("when meeting
        A"), or a visitor's word, a thing sent or credentials before the sentence's end ("a delegation")."""
        if any(0 <= group[0].pre_start - at <= _OBJECT_GAP for group in view.groups):
            return True
        return role_rules.names_a_visit(self.text, at, min(view.sentence.end, at + _OBJECT_GAP)) or \
            self.settings.in_person.search(self.text, at, min(view.sentence.end, at + _OBJECT_GAP)) is not None

    def office(self, view: SentenceView) -> bool:
        """ "The president in his message ...": a sentence opened by an office names the last person seen with
        it; "The chairman of the X Committee said ..." is someone not named."""
        text, s = self.text, view.sentence
        definite = self.settings.grammar["definite"].match(text, s.start)
        if not definite or view.subject:
            return False
        unnamed = _UNNAMED_SUBJECT.match(text, s.start)
        if unnamed and unnamed.group(1).split()[-1].lower() not in post_parser.vocab().last_head_words:
            unnamed = None  # "The Presidium of the Political Bureau discussed ...": a body, not someone's office
        named = None if unnamed else self.by_head.get(definite.group(1).lower())  # "the president" seen before
        if named:
            self.focus = named
            first = view.groups[0][0].pre_start if view.groups else s.end
            self._predicate([named], definite.end(), first, True, view, "office")
        elif unnamed:
            self.focus = None  # his "he" is nobody named
        return False

    def words_of_thing_sent(self, view: SentenceView) -> bool:
        """ "The message said ...", "He said in the message ...", "Kim in the message wished ...", "Following is its
        full text:": the words of a thing sent are its sender's (`spoke`)."""
        if not self.sender:
            return False
        text, s = self.text, view.sentence
        if role_rules.words_of_thing_sent(text, s.start, s.end) or role_rules.introduces_full_text(text, s.start, s.end):
            for sender in self.senders:  # a joint message speaks for each of its senders
                self._add(sender, Role("spoke", (s.start, s.end), rule_id("thing-words", "spoke")))
        inside = role_rules.speaks_in_thing_sent(text, s.start, s.end)
        if inside is not None and not (view.groups and view.groups[0][0].pre_start < inside) and any(
                c.role == "spoke" for c in self._cues_in(inside, s.end, AFTER)):
            self._add(self.sender, Role("spoke", (inside, s.end), rule_id("thing-words", "spoke", "in the")))
        return False

    def pronoun(self, view: SentenceView) -> bool:
        """ "He ...", "Underscoring the need ..., he ...": the predicate is that of the last subject (or, "He
        said in the message", of the sender); "They said in unison ...": of each of the last list of several."""
        text, s = self.text, view.sentence
        inside = role_rules.speaks_in_thing_sent(text, s.start, s.end) if self.sender else None
        referent = [self.sender] if inside is not None else [self.focus] if self.focus else []
        pronoun = self._pronoun_subject(s.start)
        if pronoun and pronoun.group("plural"):
            referent = self.group  # "They laid bouquets ...": each of the last list
        first = view.groups[0][0].pre_start if view.groups else s.end
        relative = _PRONOUN_RELATIVE.match(text, pronoun.end(), first) if pronoun and len(referent) == 1 else None
        if relative:  # "He, who is also secretary of X, ...": the posts of the one "he" is
            referent[0].posts.extend(post_parser.chain_posts(text, relative.end(), first, "post:pronoun-relative")[0])
        if pronoun and len(referent) == 1 and _named_alone(text, pronoun.end(), s.end, referent[0].mention.name):
            referent = []  # "She paid a courtesy call on Yang": "she" is not the one her clause names
        if not pronoun:
            pronoun, referent = self._lone_surname(view)
        if pronoun and referent and pronoun.end() <= first:
            lead_start = s.start if pronoun.groupdict().get("participle") else pronoun.end()
            self._predicate(referent, lead_start, first, True, view, "pronoun")
        return False

    def _lone_surname(self, view: SentenceView):
        """ "Gryzlov said in his report ...", "Ho in his report said ...": a sentence opened by the surname alone of
        the one person of that surname named before acts as that person (like "he")."""
        lone = self.settings.lone_surname.match(self.text, view.sentence.start)
        if not lone or (view.groups and view.groups[0][0].pre_start < lone.end()):
            return None, []
        seen = {occ.mention.name for occ in self.by_surname.get(lone.group("surname"), ())}
        if len(seen) != 1:
            return None, []  # "Kim said" after two Kims: no one in particular
        return lone, [self.by_surname[lone.group("surname")][-1]]

    def reporting_tag(self, view: SentenceView) -> bool:
        """ "..., he said.": the last subject spoke; a subject inside reported words does not become "he"."""
        text, s = self.text, view.sentence
        tag = self.settings.grammar["tag"].search(text, s.start, s.end)
        office = _OFFICE_TAG.match(text, tag.start()) if tag else None
        holder = self._holder(office.group(1)) if office else None
        if holder:  # "..., the prime minister said.": the one last seen in that office (and the next "he")
            self._add(holder, Role("spoke", tag.span(), rule_id("reporting-tag", "spoke", office.group(1))))
            self.focus = holder
        elif tag and (speaker_tag := self.settings.speaker_tag.match(text, tag.start())):
            speaker = self._speaker(speaker_tag, view)
            if speaker:
                self._add(speaker, Role("spoke", tag.span(), rule_id("reporting-tag", "spoke", speaker_tag.group(1))))
            if speaker_tag.group(1):
                self.focus = speaker  # "..., the reporter said. He called on ...": the reporter (or no one named)
        if view.subject and not tag:
            self.focus = view.subject[0]
        return False

    def _speaker(self, tag: re.Match, view: SentenceView) -> Occurrence | None:
        """The one a reporting tag names: "he" is the last subject; "the reporter" is the last person whom a
        report made speak (`speaker_nouns`: a word of the cue's phrase; none listed: any speech), whoever the
        subject was since ("A in a report referred to ... B. ..., the reporter said": A, not B); else the last
        who spoke at all; with no one said to speak, the last subject."""
        noun = tag.group(1)
        if noun is None:
            return self.focus
        words = self.settings.speaker_nouns[noun.lower()]
        speakers = [occ for occ in [*self.seen, *view.occurrences] if any(r.role == "spoke" for r in occ.roles)]
        for occ in reversed(speakers):
            if not words or any(r.role == "spoke" and not words.isdisjoint(r.rule.split(":", 2)[-1].split())
                                for r in occ.roles):
                return occ
        return speakers[-1] if speakers else self.focus  # "A made an address. ..., the reporter said"

    def _holder(self, office: str) -> Occurrence | None:
        """The person last seen with the office a tag names: "the prime minister" (the head of his post), "the
        Namibian president" (a nationality before it); not "the director general" for a general secretary, nor a
        leader."""
        words = office.split()
        seen = self.by_office.get(words[-1].lower())
        if seen is None or (len(words) > 1 and not words[0][0].isupper() and words[0].lower() not in seen[1]) \
                or seen[0].mention.name in self.settings.leaders:
            return None  # a leader is named, not tagged by his office: "the chairman" is someone not named
        return seen[0]

    PASSES = (quotation, earlier_occasion, retold, presence_opener, members_of_group, cue_before_names, things_sent,
              subject, verb_class, office, words_of_thing_sent, pronoun, reporting_tag)
    # the passes that read only the sentence's lists of names: on a sentence that names no one they return False
    # and change nothing, so such a sentence ("He said ...", a third of all) is read by the others only
    _NAMES_ONLY = (retold, presence_opener, members_of_group, cue_before_names, things_sent, subject, verb_class)
    _WITHOUT_NAMES = tuple(sorted(set(PASSES) - set(_NAMES_ONLY), key=PASSES.index))  # the others, in order

    def sentence(self, view: SentenceView) -> None:
        """Run the passes over one sentence, in order, until one stops it."""
        self.sentence_start = view.sentence.start
        # before the first name nothing is anyone's: no list, no "he", no office named before
        if view.occurrences or self.focus is not None or self.seen_anyone:
            for run in self.PASSES if view.groups else self._WITHOUT_NAMES:
                if run(self, view):
                    break
            else:
                self._remember(view)
        self.previous_start = view.sentence.start
