"""How much each change matters, and which ones the default feed shows.

Every change gets a significance in 0..1 and a flag `signal` (1: in the default view, 0: only with `--all`):
- explicit changes (a report states them) weigh 1 on a DPRK post, `foreign_weight` on a foreign one (a foreign
  association electing its chairman); a stated death weighs 1 for a DPRK official. They are signal unless
  foreign.
- statistical changes are signal only for DPRK officials of leadership rank (`vocab/signal.yaml`: a current
  post in a leadership body or of a leadership office), and only from `min_significance`. A place in
  `leadership_min_lists` lists of officials is not enough for those: a friendship group's chairman is listed
  at every reception, and his silences and first titles are not news; it is for a stated death or a relief of
  all posts. Their significance is judged against the person's own rhythm:
  an absence by how far the gap passes the person's usual longest gap, a new or dropped post by how unlikely
  the silence was by chance (its probability, on a log scale), a rank move by the number of people passed,
  a demotion always 1.
"""
from __future__ import annotations

from functools import cache

from podium.analysis.change import Change
from podium.vocab import load_vocab

FOREIGN_ROOT = "foreign"
LESSER_WEIGHT = 0.5  # an explicit change outside the leadership's posts: true, but not what the feed is for
FIRST_APPEARANCE_WEIGHT = 0.5  # a first appearance is news only about someone who then matters


@cache
def _vocab() -> dict:
    return load_vocab("signal")


class Leadership:
    """Who is a DPRK official of leadership rank (`leaders`, from their posts) or at least prominent (`prominent`:
    also from their places in lists)."""

    def __init__(self, body_chain: dict[str, tuple[str, ...]], office_of: dict[str, str],
                 posts_of: dict[str, set[str]], lists_of: dict[str, int], foreign: set[str],
                 title_of: dict[str, str] | None = None):
        vocab = _vocab()
        self.body_chain, self.office_of = body_chain, office_of
        ad_hoc = tuple(word.lower() for word in vocab["ad_hoc_words"])
        self.ad_hoc = {post_id for post_id, title in (title_of or {}).items()
                       if any(word in title.lower() for word in ad_hoc)}
        self.ranks = {office.replace("-", " ") for office in load_vocab("bodies")["ranks"]} | set(
            vocab["leadership_offices"])
        bodies, offices = set(vocab["leadership_bodies"]), set(vocab["leadership_offices"])
        dprk = {person_id for person_id, posts in posts_of.items()
                if person_id not in foreign and any(self.dprk_post(post) for post in posts)}
        self.leaders = {person_id for person_id in dprk if any(
            bodies.intersection(body_chain.get(post, ())) or office_of.get(post) in offices
            for post in posts_of[person_id])}
        # leaders, and the officials listed often: whose stated death or relief from all posts is news
        self.prominent = self.leaders | {person_id for person_id, n in lists_of.items()
                                         if n >= vocab["leadership_min_lists"] and person_id in dprk}

    def foreign_post(self, post_id: str | None) -> bool:
        return post_id is not None and FOREIGN_ROOT in self.body_chain.get(post_id, ())

    def dprk_post(self, post_id: str | None) -> bool:
        """A post of the DPRK's state, party, army or mass organisations, or a rank; not an ad-hoc committee."""
        if post_id is None or post_id in self.ad_hoc:
            return False
        return bool(set(_vocab()["dprk_roots"]).intersection(self.body_chain.get(post_id, ()))) or \
            self.office_of.get(post_id) in self.ranks


def ad_hoc(form: str) -> bool:
    """Whether a written post is of a body made for one occasion (a funeral committee)."""
    return any(word in form.lower() for word in _vocab()["ad_hoc_words"])


def _statistical(change: Change) -> float:
    if change.kind == "demotion":
        return 1.0
    if change.weight is not None:
        return change.weight
    return FIRST_APPEARANCE_WEIGHT if change.kind == "first appearance" else 0.0


def significance(change: Change, leadership: Leadership) -> tuple[float, int]:
    """(significance, signal) of one change."""
    vocab = _vocab()
    if change.kind == "died":
        return (1.0, 1) if change.person_id in leadership.prominent else (LESSER_WEIGHT, 0)
    if change.kind in vocab["explicit_kinds"]:
        if leadership.foreign_post(change.post_id):
            return vocab["foreign_weight"], 0
        if change.post_id is None:  # "relieved of all his posts": news when the person is a leader
            return (1.0, 1) if change.person_id in leadership.prominent else (LESSER_WEIGHT, 0)
        return (1.0, 1) if leadership.dprk_post(change.post_id) else (LESSER_WEIGHT, 0)
    score = round(_statistical(change), 3)
    least = vocab["min_significance_of"].get(change.kind, vocab["min_significance"])
    return score, int(change.person_id in leadership.leaders and score >= least
                      and (change.post_id is None or leadership.dprk_post(change.post_id)))
