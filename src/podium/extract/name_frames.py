"""Fallback frames for foreign names: where a run of capitalised words is a person whatever its language.

The rules of `names.py` find a foreign name around a post head (a title before it, a post after it). Unseen
reports name people in other frames too, each given by the grammar around the run, not by the words of the name:

- `frame:honorific`: a courtesy title of a person before it ("Dr. Buyantogtokh Choijilsuren", "Sheikh Sabah ...");
- `frame:long-title`: a title whose body is written out before it ("Mexican Secretary of Foreign Affairs Patricia
  Espinosa Cantellano", "President of the Supreme Council of the Party Boris Gryzlov"): the name is what follows
  the body's last word;
- `frame:kin`: a kin noun's complement ("the family of Ya. T. Nobichenko", "the widow of ...");
- `frame:speaker`: the subject of a speech predicate opening a sentence ("Boris Gryzlov made a report");
- `frame:single-word`: one capitalised word opening a sentence, in apposition to a post ("Yazov, former defense
  minister of ...").

The frames' words (honorifics, kin nouns, speech predicates) live in `vocab/names.yaml` (`person_frames`) and
`vocab/roles.yaml`; the candidate runs go through the same checks as every foreign name (`names.py`).
"""
from __future__ import annotations

import re
from functools import cache

import ahocorasick

from podium.vocab import load_vocab

_BODY_WORD = r"(?:[A-Z](?:[\w'’-]|\.(?=\w))*|of|the|and|for|on|in)"  # a word of a capitalised body ("of the Party")
_LONG_TITLE_WORDS = 12  # words of a title's body and the name after it
_SENTENCE_OPEN = r"(?:^|(?<=[.\n])\s*)"  # where a sentence starts (the headline's end, a full stop, a line)
_WORD_BEFORE = re.compile(r"[\w'’.-]")
_SPEAKER_REACH = 80  # characters before a speech predicate in which its subject and the sentence start stand
_HONORIFIC, _KIN, _SPEECH = "frame:honorific", "frame:kin", "frame:speaker"


@cache
def _cues() -> ahocorasick.Automaton:
    """Every frame's cue as a literal, each with its frame: one automaton reads a report once for all of them
    (a pattern led by a name, or by dozens of words, would be tried at every character of every report)."""
    frames = load_vocab("names")["person_frames"]
    cues = ahocorasick.Automaton()
    for honorific in frames["honorifics"]:
        cues.add_word(honorific + " ", (_HONORIFIC, len(honorific) + 1))
    for kin in [*load_vocab("names")["kin_words"], *frames["kin_nouns"]]:
        cues.add_word(kin + " of ", (_KIN, len(kin) + 4))
    for predicate in frames["speech_predicates"]:
        cues.add_word(" " + predicate, (_SPEECH, len(predicate) + 1))
    cues.make_automaton()
    return cues


@cache
def _frames(run: str) -> dict[str, re.Pattern]:
    """The name next to each frame's cue, for the name pattern `run` of `names.py`: after a courtesy title, after
    a kin noun's "of" ("the family of [the late] A B"), before a speech predicate opening a sentence."""
    return {_HONORIFIC: re.compile(rf"\s*({run})(?![\w'’-])"),
            _KIN: re.compile(rf"(?:the\s+late\s+)?({run})(?=[,.;:]|\s+[a-z(]|\s*$)"),
            _SPEECH: re.compile(rf"{_SENTENCE_OPEN}({run})$")}


def frame_runs(text: str, start: int, run: str) -> list[str]:
    """The candidate runs of every frame in text[start:] (the body after the headline): frame:honorific ("Dr.
    A B"), frame:kin ("the family of A B"), frame:speaker ("A B made a report")."""
    names = _frames(run)
    found = []
    for end, (frame, length) in _cues().iter(text, start):
        cue = end + 1 - length
        if frame == _SPEECH:
            if end + 1 < len(text) and text[end + 1].isalnum():
                continue  # " made a reporter": no predicate
            named = names[_SPEECH].search(text, max(start, cue - _SPEAKER_REACH), cue)
        elif cue and _WORD_BEFORE.match(text, cue - 1):
            continue  # inside a word ("son of" in "Johnson of")
        else:
            named = names[frame].match(text, end + 1)
        if named:
            found.append(named.group(1))
    return found


@cache
def long_title() -> re.Pattern:
    """After a capitalised title head: " of [the] Body Words Name Name", the whole capitalised run (with its small
    words) up to the next lower-case word or punctuation."""
    return re.compile(rf"\s+of\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+{_BODY_WORD}){{1,{_LONG_TITLE_WORDS}}})"
                      r"(?=[,.;:]|\s+[a-z(]|\s*$)")


@cache
def single_word() -> re.Pattern:
    """One capitalised word, maybe after an initial ("Ch. Surenjav"), opening a sentence, a clause ("On Tuesday,
    Yazov, ...") or a list ("were Vishwanath"), right before the appositive's comma."""
    return re.compile(rf"(?:{_SENTENCE_OPEN}|\bwere\s+|,\s)((?:[A-Z][a-z]?\.\s)?(?:[A-Z][a-z]{{3,}}(?:[A-Z][a-z]+)?|[A-Z][a-z]+[A-Z][a-z]{{3,}}))$")


_ARTICLE = re.compile(r",\s+(?:a|an|the)\s")
_COMPLEMENT = re.compile(r"\s+(?:of|to|in|at|for|from)\s")


def bare_singular_post(appositive: str, text: str, end: int, plural_heads: tuple) -> bool:
    """Whether an appositive after a one-word name reads as one person's post: no article (", the premier" after
    "Earlier" opens a clause), a singular head ("Villagers, members of ..." is a group) and a complement after it
    ("Yazov, former defense minister of the Soviet Union")."""
    return not _ARTICLE.match(appositive) and not appositive.rstrip().endswith(plural_heads) and \
        _COMPLEMENT.match(text, end) is not None
