"""The tree of bodies (`vocab/bodies.yaml`) as lookup structures, and the bodies that posts name beyond it.

Fixed bodies come from the vocabulary. A post may also name a body the vocabulary only knows by kind (the
"Organizational Guidance Department", a provincial committee, a ministry, a factory): `BodyTree.instance`
creates it once, with a stable id built from its parent's id and its own words, so the same words always give
the same body.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from podium.resolve.text import key, slug
from podium.vocab import load_vocab


@dataclass
class Body:
    id: str
    name: str
    parent_id: str | None
    kind: str
    alone: bool = False  # an alias of it, with no other body beside it, names it with certainty
    level: str = "central"  # "regional" (provincial, city, county committees), "local" (cells, primary organisations)
    article: bool = True  # the title writes "of the <name>" (False: "of China")
    head: str | None = None  # for a generic body: the word that names one of its kind
    named: str | None = None  # "before" or "after": where the name stands relative to `head`
    default_head: bool = False  # a head with no body beside it names one of this generic body's kind
    parent_named: bool = False  # a generic body whose kind only the parent's own name makes (not "of the DPRK")
    fixed: bool = True  # from the vocabulary (False: created from a post's words)


@dataclass
class BodyTree:
    """Bodies by id, alias keys -> candidate bodies, head keys -> generic bodies."""
    bodies: dict[str, Body] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    heads: dict[str, list[str]] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)  # a body's full name names it with certainty

    @classmethod
    def from_vocab(cls) -> BodyTree:
        vocab = load_vocab("bodies")
        tree = cls()
        for entry in vocab["bodies"]:
            body = Body(id=entry["id"], name=entry["name"], parent_id=entry.get("parent"), kind=entry["kind"],
                        alone=entry.get("alone", False), level=entry.get("level", "central"),
                        article=entry.get("article", True), head=entry.get("head"), named=entry.get("named"),
                        default_head=entry.get("default_head", False),
                        parent_named=entry.get("parent_named", False))
            tree._add(body, entry.get("aliases", []) if body.head else [body.name, *entry.get("aliases", [])])
            tree.full_names[key(body.name)] = body.id
            if body.head:
                tree.heads.setdefault(key(body.head), []).append(body.id)
        for forms in vocab["countries"]:
            tree._add(Body(id=f"state-{slug(forms[0])}", name=forms[0], parent_id="foreign", kind="foreign",
                           alone=True, article=False), forms)
        return tree

    def _add(self, body: Body, aliases: list[str]) -> None:
        if body.id in self.bodies:
            raise ValueError(f"vocab/bodies.yaml: body id {body.id!r} is used twice")
        if body.parent_id is not None and body.parent_id not in self.bodies:
            raise ValueError(f"vocab/bodies.yaml: body {body.id!r} names unknown parent {body.parent_id!r} "
                             "(list parents before their children)")
        self.bodies[body.id] = body
        for alias in aliases:
            candidates = self.aliases.setdefault(key(alias), [])
            if body.id not in candidates:
                candidates.append(body.id)

    def ancestors(self, body_id: str | None) -> list[str]:
        """`body_id` and its ancestors, nearest first (none for None)."""
        chain = []
        while body_id is not None:
            chain.append(body_id)
            body_id = self.bodies[body_id].parent_id
        return chain

    def choose(self, alias_key: str, context: str | None) -> str | None:
        """The body an alias names inside `context` (the body the post names to its right, or None).

        Within a context: the candidate directly under it, else one anywhere below it, else one above it (the
        context is then already more precise: "WPK" in "WPK Central Committee"). With no context: the one
        candidate marked `alone`, else None (ambiguous: "Presidium" alone may be the SPA's or the Politburo's).
        """
        candidates = self.aliases.get(alias_key, [])
        if context is None:
            if alias_key in self.full_names:
                return self.full_names[alias_key]
            certain = [c for c in candidates if self.bodies[c].alone]
            return certain[0] if len(certain) == 1 else None
        context_chain = self.ancestors(context)
        for test in (lambda c: self.bodies[c].parent_id == context,
                     lambda c: context in self.ancestors(c),
                     lambda c: c in context_chain):
            found = [c for c in candidates if test(c)]
            if found:
                return context if found[0] in context_chain else found[0]
        return None

    def instance(self, words: str, head_key: str | None, context: str | None, joiner: str = "of") -> str:
        """The body named by `words` (as written, head included) within `context`, created on first use; its
        name joins the context's with `joiner` ("of", "in", ",").

        A head with a generic body under (or above) the context files the new body under that generic body
        ("South Hamgyong Provincial Committee" under "provincial committee of the WPK"); otherwise the new body
        hangs directly under its context, or is a root of kind "other" (a factory, a university).
        """
        generic = self._generic(head_key, context)
        below_context = generic and (context is None or context in self.ancestors(self.bodies[generic].parent_id))
        owner = self.bodies[generic].parent_id if below_context else context
        body_id = f"{owner}-{slug(words)}" if owner else slug(words)
        if body_id in self.bodies:
            return body_id
        if generic and self.bodies[generic].parent_id == owner:
            parent = generic
        else:
            parent = owner
        like = generic or owner
        kind = self.bodies[like].kind if like else "other"
        # a cell is a cell wherever it is: the head's own level wins over the context's
        level = next((self.bodies[g].level for g in self.heads.get(head_key, [])), None) if head_key else None
        level = level or (self.bodies[like].level if like else "central")
        name = words if owner is None else f"{words}{' ' if joiner != ',' else ''}{joiner} {self.title_of(owner)}"
        self.bodies[body_id] = Body(id=body_id, name=name, parent_id=parent, kind=kind, level=level, fixed=False)
        return body_id

    def aliases_of(self, body_id: str) -> list[str]:
        return [alias for alias, candidates in self.aliases.items() if body_id in candidates]

    def is_country(self, alias_key: str) -> bool:
        """The alias names a foreign state (and nothing else)."""
        candidates = self.aliases.get(alias_key, [])
        return bool(candidates) and all(self.bodies[c].parent_id == "foreign" for c in candidates)

    def head_of(self, alias_key: str) -> str | None:
        """The head key of the generic body an alias names ("party cell" -> "cell"), if it names one."""
        return next((key(self.bodies[c].head) for c in self.aliases.get(alias_key, []) if self.bodies[c].head),
                    None)

    def _generic(self, head_key: str | None, context: str | None) -> str | None:
        generics = self.heads.get(head_key, []) if head_key else []
        if context is None:
            return next((g for g in generics if self.bodies[g].default_head), None)
        context_chain = self.ancestors(context)
        return next((g for g in generics if self.bodies[g].parent_id in context_chain
                     or (not self.bodies[g].parent_named and context in self.ancestors(self.bodies[g].parent_id))),
                    None)

    def title_of(self, body_id: str) -> str:
        """How a title refers to the body: "the Cabinet", "China"."""
        body = self.bodies[body_id]
        return f"the {body.name}" if body.article else body.name

    def level(self, body_id: str) -> str:
        """The body's own level: "central", "regional" or "local"."""
        return self.bodies[body_id].level

    def is_foreign(self, body_id: str) -> bool:
        return any(self.bodies[b].kind == "foreign" for b in self.ancestors(body_id))

    def is_workplace(self, body_id: str) -> bool:
        """A body outside every fixed body: a factory, a farm, a school (created from a post's own words)."""
        return all(not self.bodies[b].fixed for b in self.ancestors(body_id))
