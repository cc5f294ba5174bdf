"""Post strings -> posts: each written form becomes (office, body) with a canonical title and a stable id.

"member of the Presidium of the Political Bureau of the C.C., WPK", "... of the WPK Central Committee" and the
form written out in full all become "member@wpk-cc-politburo-presidium". The form is split at its first "of"
(or "to") into the office and the words naming the body; those words are matched, longest first, against the
aliases of `vocab/bodies.yaml`, and the bodies they name are read from the right (the widest body, "the WPK")
to the left (the narrowest, "the Presidium"), each chosen within the one to its right. Words the vocabulary
does not know name a new body within their context (a department, a ministry, a factory). Matching is a dict
look-up per word position, so the corpus's distinct forms parse in well under a second; rapidfuzz only
rescues unknown words that are a near-miss of a known alias (a misspelt "Politburo").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from podium.resolve.bodies import BodyTree
from podium.resolve.text import Token, key, slug, tokens
from podium.resolve.titles import most_written, unwritten_pairs, words
from podium.vocab import load_vocab

MAX_PHRASE = 8  # tokens in the longest alias
FUZZY_CUTOFF = 90  # rapidfuzz ratio above which unknown words are taken for a known alias
FUZZY_MIN_CHARS = 8  # shorter unknown words are never guessed at
SEPARATORS = ("of", "in", ",")
STATE_KIND = "state"  # the kind of the state's own root body (vocab/bodies.yaml)
MINISTRY_WORDS = "Ministry of {}"  # the name of a ministry that "minister of <words>" names


@dataclass(frozen=True)
class ParsedPost:
    """One form understood: the post it is and what it says about the person holding it."""
    post_id: str
    office: str  # the office key, lower case ("member", "vice marshal")
    office_text: str  # the office as this form writes it, lower case ("vice-premier")
    body_id: str | None
    suffix: str  # what follows the body, as written ("to the DPRK" of an ambassador)
    foreign: bool  # names a foreign body
    rank: bool  # a military rank of the KPA
    grassroots: bool  # a workplace office or a cell / primary organisation post
    central: bool  # a post in a central DPRK body
    named_dprk: bool  # its words name a DPRK body of the vocabulary (not implied by a bare office)
    abroad: bool  # in a body of Koreans abroad (Chongryon)
    home: bool  # central, and not one that Koreans abroad also hold (SPA deputy)
    connector: str = "of"  # the word between office and body as this form writes it ("deputy to the SPA")
    body_chain: tuple[str, ...] = ()  # the body and its ancestors, nearest first (career tracks match on it)


@dataclass
class _Item:
    """A piece of the body phrase: an alias, a head with its name, or words the vocabulary does not know."""
    kind: str  # "alias", "named", "free"
    key: str  # alias key / head key / words key
    start: int  # character span in the post form
    end: int
    words: str | None = None  # the body's name when the span alone does not say it ("Ministry of" + span)
    joiner: str = "of"  # the word between it and the wider body to its right ("in" China, "of" the WPK)


class PostParser:
    """Parses post forms against one `BodyTree`, creating the bodies the forms name; results are cached."""

    def __init__(self, tree: BodyTree):
        vocab = load_vocab("bodies")
        self.tree = tree
        self.phrases = set(tree.aliases) | set(tree.heads)
        self.named_before = {h for h, gs in tree.heads.items() if tree.bodies[gs[0]].named == "before"}
        self.named_after = {h for h, gs in tree.heads.items() if tree.bodies[gs[0]].named == "after"}
        self.bare_offices = {key(office): body for office, body in vocab["bare_offices"].items()}
        self.ministry_offices = {key(o) for o in vocab["ministry_offices"]}
        self.dprk_aliases = tree.aliases_of("dprk")
        self.office_forms = {key(o): full for o, full in vocab["office_forms"].items()}
        self.ranks = {key(r) for r in vocab["ranks"]}
        self.grassroots_offices = {key(o) for o in vocab["grassroots_offices"]}
        self.neutral_words = {key(w) for w in vocab["neutral_words"]}
        self.abroad_words = {key(w) for w in vocab["abroad_words"]}
        self.abroad_also_in = set(vocab["abroad_also_in"])
        self.own_name_aliases = {key(a) for a in vocab["own_name_aliases"]}
        self.alias_keys = sorted(k for k in tree.aliases if len(k) >= FUZZY_MIN_CHARS)
        self.acronyms = {acronym: (re.compile(rf"\b{re.escape(acronym)}\b(?:\s+(Central Committee|C\.C\.))?"),
                                   lambda m, full=full: f"{m.group(1)} of the {full}" if m.group(1) else full)
                         for acronym, full in vocab.get("acronyms", {}).items()}
        self.cache: dict[str, ParsedPost] = {}
        self.near_alias: dict[str, str | None] = {}
        self.rewrites: dict[str, str] = {}  # form -> `rewritten` (each form is parsed, then titled, with it)

    def parse(self, form: str) -> ParsedPost:
        if form not in self.cache:
            self.cache[form] = self._parse(form)
        return self.cache[form]

    def rewritten(self, form: str) -> str:
        """The form as the parser reads it: acronyms written out, and an office that names its body inside it
        ("foreign minister of X") written as the office of that body ("minister of Foreign Affairs of X")."""
        if form not in self.rewrites:
            self.rewrites[form] = self._rewrite(form)
        return self.rewrites[form]

    def _rewrite(self, form: str) -> str:
        form = self._expand_acronyms(form)
        office_toks, rest = _office_split(tokens(form))
        office = " ".join(t.key for t in office_toks)
        if office in self.office_forms and rest:
            return f"{self.office_forms[office]} of {form[rest[0].start:]}"
        return form

    def _parse(self, form: str) -> ParsedPost:
        form = self.rewritten(form)
        toks = tokens(form)
        office_toks, rest = _office_split(toks)
        cut = len(office_toks)
        office = " ".join(t.key for t in office_toks)
        office_text = _text(form, office_toks).lower()
        body_toks, suffix_toks = _split_suffix(rest)
        suffix = _text(form, suffix_toks)
        body_id, foreign, named_dprk = self.bare_offices.get(office), False, False
        if body_toks:
            items = self._items(body_toks, office)
            body_id, foreign, named_dprk = self._resolve(form, items)
            if self._bilateral(items, body_toks):  # "DPRK-Japan Friendship Association": either side holds it
                foreign = named_dprk = False
            if body_id and body_id in self.tree.ancestors(self.bare_offices.get(office)):
                body_id = self.bare_offices[office]  # "premier of the DPRK" is the premier of its Cabinet
            if body_id is None:  # the words name no body with certainty: keep the whole form as the office
                office, office_text, suffix = key(form), " ".join(form.split()).lower(), ""
        words = {t.key for t in toks}
        if self.neutral_words & words:  # honorary titles say nothing of their holder's side
            foreign = named_dprk = False
        abroad = foreign and bool(self.abroad_words & words)  # Koreans abroad: not foreigners
        foreign = foreign and not abroad
        post = self._post(office, office_text, body_id, suffix, foreign, named_dprk and not foreign, abroad)
        return replace(post, connector=toks[cut].key) if body_toks and body_id else post

    def _expand_acronyms(self, form: str) -> str:
        """Party acronyms written out ("the LPRP Central Committee" -> "the Central Committee of the Lao People's
        Revolutionary Party"), so they are parsed within their country like the full name."""
        for acronym, (pattern, full) in self.acronyms.items():
            if acronym in form:
                form = pattern.sub(full, form)
        return form

    def _post(self, office: str, office_text: str, body_id: str | None, suffix: str, foreign: bool,
              named_dprk: bool, abroad: bool = False) -> ParsedPost:
        post_id = slug(f"{office} {suffix}") + (f"@{body_id}" if body_id else "")
        in_army = body_id is None or "kpa" in self.tree.ancestors(body_id)
        rank = office in self.ranks and in_army
        level = self.tree.level(body_id) if body_id else None
        grassroots = office in self.grassroots_offices or level == "local"
        central = rank or (body_id is not None and level == "central" and not foreign and not abroad
                           and not self.tree.is_workplace(body_id) and not grassroots)
        home = central and not (body_id and self.abroad_also_in & set(self.tree.ancestors(body_id)))
        return ParsedPost(post_id, office, office_text, body_id, suffix, foreign, rank, grassroots, central,
                          named_dprk, abroad, home, body_chain=tuple(self.tree.ancestors(body_id)))

    def _items(self, toks: list[Token], office: str) -> list[_Item]:
        """The body phrase as items, left to right; "the" dropped, "of", "in" and "," separate items."""
        items: list[_Item | str] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.key in SEPARATORS:
                items.append(t.key)
                i += 1
                continue
            if t.key == "the":
                i += 1
                continue
            length = self._longest_phrase(toks, i)
            if length:
                phrase = toks[i:i + length]
                items.append(_Item("alias", " ".join(p.key for p in phrase), phrase[0].start, phrase[-1].end))
                i += length
            else:
                _extend_free(items, t)
                i += 1
        return self._group(items, office)

    def _longest_phrase(self, toks: list[Token], i: int) -> int:
        for length in range(min(MAX_PHRASE, len(toks) - i), 0, -1):
            if " ".join(t.key for t in toks[i:i + length]) in self.phrases:
                return length
        return 0

    def _group(self, items: list, office: str) -> list[_Item]:
        """Joins a name to its head ("Organizational Guidance" + "Department"; "Ministry" + "of Foreign
        Affairs"), and free words across "of" ("Academy of Social Sciences"); drops the separators."""
        if office in self.ministry_offices and items and isinstance(items[0], _Item) and items[0].kind == "free":
            items[0] = _Item("named", "ministry", items[0].start, items[0].end, words=MINISTRY_WORDS)
        grouped: list = []
        for item in items:
            prev = grouped[-1] if grouped else None
            before = grouped[-2] if len(grouped) > 1 else None
            adjacent = isinstance(item, _Item) and isinstance(prev, _Item)
            if adjacent and prev.kind == "free" and item.kind == "alias" and item.key in self.named_before:
                grouped[-1] = _Item("named", item.key, prev.start, item.end)
            elif adjacent and prev.kind == "free" and item.kind == "alias" and not self._country(item):
                # "People's Political Consultative" + "Conference": a name that ends in an alias's words
                grouped[-1] = _Item("free", f"{prev.key} {item.key}", prev.start, item.end)
            elif adjacent and item.kind == "free" and not self._country(prev):
                # "Korean Committee" + "for Cultural Relations with Foreign Countries": one name
                grouped[-1] = _Item("free", f"{prev.key} {item.key}", prev.start, item.end)
            elif isinstance(item, _Item) and item.kind == "free" and prev == "of" and isinstance(before, _Item) \
                    and (before.kind == "free" or (before.kind == "alias" and before.key in self.named_after)):
                kind = "free" if before.kind == "free" else "named"
                grouped[-2:] = [_Item(kind, before.key, before.start, item.end)]
            else:
                grouped.append(item)
        for i in range(1, len(grouped)):  # "Bangladesh People's League": the league of Bangladesh
            if self._country(grouped[i - 1]) and isinstance(grouped[i], _Item):
                grouped[i - 1:i + 1] = [grouped[i], grouped[i - 1]]
        return [replace(item, joiner=following) if isinstance(following, str) else item
                for item, following in zip(grouped, grouped[1:] + [None]) if isinstance(item, _Item)]

    def _bilateral(self, items: list[_Item], toks: list[Token]) -> bool:
        """A body of two sides, the DPRK and a country ("DPRK-Japan Friendship Association"); the country's
        own words do not count as the DPRK side ("south Korea" holds "Korea")."""
        countries = [item for item in items if self._country(item)]
        words = " ".join(t.key for t in toks if not any(c.start <= t.start < c.end for c in countries))
        return bool(countries) and any(f" {alias} " in f" {words} " for alias in self.dprk_aliases)

    def _country(self, item) -> bool:
        return isinstance(item, _Item) and item.kind == "alias" and self.tree.is_country(item.key)

    def _resolve(self, form: str, items: list[_Item]) -> tuple[str | None, bool, bool]:
        """The narrowest body the items name, read from the right; whether any of them is foreign; whether the
        words name a body of the vocabulary."""
        context: str | None = None
        foreign = named = False
        for item in reversed(items):
            words = (item.words or "{}").format(form[item.start:item.end])
            if item.kind == "free" and (guess := self._near_alias(item.key)):
                item = _Item("alias", guess, item.start, item.end)
            if item.kind == "alias":
                chosen = self.tree.choose(item.key, context)
                if chosen is None and context is None:
                    return None, foreign, named
                named = named or (chosen is not None and not self.tree.is_foreign(chosen))
                context = chosen or self._fixed_named(words, context) or self.tree.instance(
                    words, self.tree.head_of(item.key), context, item.joiner)
            else:
                context = self._fixed_named(words, context) or self.tree.instance(
                    words, item.key if item.kind == "named" else None, context, item.joiner)
            foreign = foreign or self.tree.is_foreign(context)
        return context, foreign, named

    def _fixed_named(self, words: str, context: str | None) -> str | None:
        """The fixed body whose full name `words` are, within `context` (none, or one of its ancestors): "minister
        of State Security" names the Ministry of State Security of the vocabulary, not a new ministry of the
        Cabinet that the generic `ministry` head would make. The state itself ("of the DPRK") only says whose it
        is: "the Ministry of National Defence of the DPRK" is the one under the KPA."""
        fixed = self.tree.full_names.get(key(words))
        if not fixed or self.tree.is_foreign(fixed):
            return None
        if context is None or context in self.tree.ancestors(fixed):
            return fixed
        around = self.tree.bodies[context]
        return fixed if around.fixed and around.parent_id is None and around.kind == STATE_KIND else None

    def _near_alias(self, words: str) -> str | None:
        """The alias that unknown words are a near-miss of, if any (cached: the same words recur)."""
        if words not in self.near_alias:
            guess = process.extractOne(words, self.alias_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF) \
                if len(words) >= FUZZY_MIN_CHARS else None
            self.near_alias[words] = guess[0] if guess else None
        return self.near_alias[words]

    def title(self, post: ParsedPost, office_text: str, connector: str = "of") -> str:
        """The canonical title: the office as most often written, "of" (or "to") the body's full name, the
        suffix."""
        body = f" {connector} {self.tree.title_of(post.body_id)}" if post.body_id else ""
        suffix = f" {post.suffix}" if post.suffix else ""
        return f"{office_text}{body}{suffix}"

    def faithful_title(self, post: ParsedPost, office_text: str, connector: str, form_counts: Counter) -> str:
        """`title`, unless it says something none of the post's forms (`form_counts`: form -> times written)
        says: then the form written most often (`resolve/titles.py`)."""
        title = self.title(post, office_text, connector)
        forms = [self.rewritten(form) for form in form_counts]
        body = f" {connector} {self._own_words(post, forms)}" if post.body_id else ""
        composed = f"{office_text}{body} {post.suffix}"
        return title if not unwritten_pairs(composed, forms, words(MINISTRY_WORDS)) else most_written(form_counts)

    def _own_words(self, post: ParsedPost, forms: list[str]) -> str:
        """The title's body part without the fixed DPRK body it ends in, the full name that the vocabulary gives
        on purpose ("of the Cabinet", "of the Democratic People's Republic of Korea"), unless a form writes that
        body as part of an organisation's own name ("of Korea")."""
        if post.body_id is None:
            return ""
        full = self.tree.title_of(post.body_id)
        tail = next((self.tree.title_of(b) for b in post.body_chain if self.tree.bodies[b].fixed
                     and full.endswith(self.tree.title_of(b))), None)
        if tail is None or self.tree.is_foreign(post.body_id) or any(map(self._ends_in_own_name, forms)):
            return full
        return full.removesuffix(tail)

    def _ends_in_own_name(self, form: str) -> bool:
        """The form's body ends in "of Korea" written bare ("the Writers Union of Korea"): the organisation's
        own name, which a title must not spell out as the state's."""
        office_toks, rest = _office_split(tokens(form))
        body_toks, _ = _split_suffix(rest)
        items = self._items(body_toks, " ".join(t.key for t in office_toks)) if body_toks else []
        return len(items) > 1 and items[-1].kind == "alias" and items[-1].key in self.own_name_aliases \
            and items[-2].joiner == "of"


def _office_split(toks: list[Token]) -> tuple[list[Token], list[Token]]:
    """The office's words and the words after the "of" (or "to") that ends it."""
    cut = next((i for i, t in enumerate(toks) if t.key in ("of", "to") and i > 0), len(toks))
    return toks[:cut], toks[cut + 1:]


def _split_suffix(toks: list[Token]) -> tuple[list[Token], list[Token]]:
    """"China to the DPRK" -> body words, "to the DPRK": where a post is held towards is not its body."""
    cut = next((i for i, t in enumerate(toks) if t.key == "to"), len(toks))
    return toks[:cut], toks[cut:]


def _extend_free(items: list, token: Token) -> None:
    last = items[-1] if items else None
    if isinstance(last, _Item) and last.kind == "free":
        items[-1] = _Item("free", f"{last.key} {token.key}", last.start, token.end)
    else:
        items.append(_Item("free", token.key, token.start, token.end))


def _text(form: str, toks: list[Token]) -> str:
    return form[toks[0].start:toks[-1].end] if toks else ""
