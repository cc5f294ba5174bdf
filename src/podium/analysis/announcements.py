"""Personnel announcements read from the sentences themselves, beside the extractor's roles.

KCNA announces personnel changes in a few fixed shapes that name several people and posts in one sentence:
"Deputy A was recalled from member of the NDC due to the transfer to other post and Deputy B was elected to
fill the vacancy", "Deputies A and B were named as vice-premiers of the Cabinet", "the title of Vice Marshal of
the KPA was awarded to A and B", "decided to award the title of Generalissimo of the DPRK to leader X". For each
person named in such a sentence, the words after their name (past the other names of a list) give the verb of
`vocab/changes.yaml` (`announcement_verbs`) and the post, up to the words that end it (`post_ends`); a name
elected "to fill the vacancy" takes the post recalled before it; a title awarded before the names goes to
each of them. A title is a post only when it is a rank or a state title (`title_heads`), and the words are a
post only when some report names that post as one. The kind is the verb's, as for the extractor's roles; a
statement recalled from an earlier time makes no change.
"""
from __future__ import annotations

import re
from functools import cache

from podium.analysis.change import Change
from podium.analysis.evidence import Documents, sentence_of
from podium.analysis.facts import Facts
from podium.analysis.lives import posthumous
from podium.analysis.times import statement_time
from podium.resolve import post_id_of
from podium.resolve.text import key
from podium.vocab import load_vocab

_GROUPS = ("conferred", "ended")
_BETWEEN_NAMES = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$")
_TITLE_WORDS = re.compile(r"^(?:,?\s*(?:and\s+)?(?:Deputy|Deputies|Comrade|leader|General|Marshal)?\s*)$")


@cache
def _patterns() -> dict:
    vocab = load_vocab("changes")
    verbs = "|".join(sorted(map(re.escape, vocab["announcement_verbs"]), key=len, reverse=True))
    ends = "|".join(map(re.escape, vocab["post_ends"]))
    post = rf"(?P<post>[^,.;]+?)(?=\s+(?:{ends})\b|\s*[,.;]|$)"
    heads = load_vocab("posts")["heads"]
    return {
        "after": re.compile(rf"(?:,[^.;]{{0,160}}?,)?\s+(?:was|were|has been|have been)\s+(?P<verb>{verbs})"
                            r"(?:\s+(?P<vacancy>" + "|".join(map(re.escape, vocab["vacancy_words"]))
                            + rf")|(?:\s+(?:as|to))?(?:\s+the\s+(?:post|title|rank)\s+of)?\s+{post})", re.I),
        "title_before": re.compile(r"(?:award(?:ed)?|confer(?:red)?)\s+the\s+title\s+of\s+(?P<title>[^,.;]+?)\s+"
                                   r"(?:on|to|upon)\s+(?:(?:leader|Comrade|General)\s+)?$|the\s+title\s+of\s+"
                                   r"(?P<title2>[^,.;]+?)\s+(?:was|were|has been)\s+(?:awarded|conferred)\s+"
                                   r"(?:on|to|upon)\s+(?:(?:leader|Comrade|General)\s+)?$", re.I),
        "cue": re.compile(rf"\b(?:{verbs}|title of)\b", re.I),
        "cue_words": tuple(verb.lower() for verb in vocab["announcement_verbs"]) + ("title of",),
        "plural": {plural.lower(): singular for singular, plural in heads.items()},
        "titles": {key(t) for t in vocab["title_heads"]},
    }


def _singular(post: str) -> str:
    """"vice-premiers of the Cabinet" -> "vice-premier of the Cabinet" (the vocabulary's plural heads)."""
    office, sep, rest = post.partition(" of ")
    words = office.split()
    for size in (2, 1):
        head = " ".join(words[-size:]).lower()
        singular = _patterns()["plural"].get(head) or _patterns()["plural"].get(head.replace("-", " "))
        if singular and len(words) >= size:
            prefix = " ".join(words[:-size])
            return f"{prefix} {singular}".strip() + sep + rest
    return post


def _kind(verb: str) -> str | None:
    vocab = load_vocab("changes")
    for group in _GROUPS:
        for kind, words in vocab[group].items():
            if any(verb.lower().startswith(word.lower()) for word in words):
                return kind
    return None


def announced_changes(facts: Facts, docs: Documents, known_posts: set[str]) -> list[Change]:
    """The changes the announcement sentences state, one per person and post; only posts that some report
    names as a post (`known_posts`): the words after a verb are not always a post."""
    patterns = _patterns()
    by_report: dict[str, list[tuple[int, int, str]]] = {}
    for person_id, apps in facts.appearances.items():
        for app in apps:
            for start, end in facts.mentions.get((app.report_id, app.person_no), []):
                by_report.setdefault(app.report_id, []).append((start, end, person_id))
    found: list[Change] = []
    dates = {app.report_id: app.date for apps in facts.appearances.values() for app in apps}
    for report_id, names in by_report.items():
        if not docs.says_any(report_id, patterns["cue_words"]):
            continue
        doc = docs[report_id]
        if not patterns["cue"].search(doc):
            continue
        names.sort()
        recalled_post: dict[tuple[int, int], str] = {}
        for i, (start, end, person_id) in enumerate(names):
            sentence = sentence_of(doc, start, end)
            if not patterns["cue"].search(doc[sentence[0]:sentence[1]]):
                continue
            change = _after_name(doc, names, i, sentence, recalled_post) or _title_before(doc, names, i, sentence)
            if change is None:
                continue
            kind, post, post_end = change
            if statement_time(doc, dates[report_id], start, post_end).recalled:
                continue
            died_by = facts.deaths.get(person_id)
            post_id = post_id_of(post)
            if post_id not in known_posts:
                continue
            if died_by and dates[report_id] > died_by and not posthumous(post_id.partition("@")[0].replace("-", " ")):
                continue
            found.append(Change(kind, dates[report_id], person_id, report_id, (start, post_end), post_id,
                                "announced"))
    return found


def _skip_names(doc: str, names: list[tuple[int, int, str]], i: int, limit: int) -> int:
    """Where the words after the i-th name continue, past the other names of a list ("A, B and C were ...")."""
    at = names[i][1]
    for start, end, _ in names[i + 1:]:
        if start >= limit or not _BETWEEN_NAMES.match(doc[at:start]) and not _TITLE_WORDS.match(doc[at:start]):
            break
        at = end
    return at


def _after_name(doc: str, names: list, i: int, sentence: tuple[int, int],
                recalled_post: dict) -> tuple[str, str, int] | None:
    at = _skip_names(doc, names, i, sentence[1])
    match = _patterns()["after"].match(doc, at, sentence[1])
    if not match:
        return None
    kind = _kind(match["verb"])
    if kind is None:
        return None
    if match["vacancy"]:
        post = recalled_post.get(sentence)
        return (kind, post, match.end()) if post else None
    post = _singular(match["post"].strip())
    if kind in ("relieved", "dismissed"):
        recalled_post[sentence] = post
    if kind in ("awarded", "promoted") and key(post.partition(" of ")[0]) not in _patterns()["titles"]:
        return None
    return kind, post, match.end()


def _title_before(doc: str, names: list, i: int, sentence: tuple[int, int]) -> tuple[str, str, int] | None:
    """A title awarded before a list of names: each name of the list gets it."""
    first = i
    while first > 0 and names[first - 1][0] >= sentence[0] and (
            _BETWEEN_NAMES.match(doc[names[first - 1][1]:names[first][0]])
            or _TITLE_WORDS.match(doc[names[first - 1][1]:names[first][0]])):
        first -= 1
    match = _patterns()["title_before"].search(doc, sentence[0], names[first][0])
    if not match:
        return None
    title = (match["title"] or match["title2"]).strip()
    if key(title.partition(" of ")[0]) not in _patterns()["titles"]:
        return None
    return "awarded", title, names[i][1]
