"""The change feed's noise classes, on invented stores (real SQLite, no corpus text): what an appearance is, a rank
with and without its body, a first-named rank, a posthumous title, others' rise read as a drop, and whose naming
gaps are news."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import insert, select

from analysis_world import World
from podium.analysis import refresh
from podium.analysis.change import Change
from podium.analysis.facts import Appearance, Facts
from podium.analysis.protocol import rank_changes
from podium.analysis.signal import Leadership, significance
from podium.store.schema import changes, person_months, post_forms, posts

START = date(2012, 1, 2)
RANKS = {"general@kpa": ("general of the Korean People's Army", "general", "kpa"),
         "general": ("general", "general", None),
         "lieutenant-general@kpa": ("lieutenant general of the Korean People's Army", "lieutenant general", "kpa"),
         "generalissimo@dprk": ("Generalissimo of the DPRK", "generalissimo", None),
         "marshal@kpa": ("marshal of the Korean People's Army", "marshal", "kpa")}


def _day(n: int) -> str:
    return (START + timedelta(days=n)).isoformat()


def _store(tmp_path) -> World:
    world = World(tmp_path / "podium.db")
    with world.engine.begin() as conn:
        for post_id, (title, office, body) in RANKS.items():
            conn.execute(insert(posts).values(id=post_id, title=title, office=office, body_id=body))
            conn.execute(insert(post_forms).values(form=title, post_id=post_id))
    world.person("news", "Ri Tae Gun")  # named every other day, so that the record covers every silence
    for n in range(0, 340, 2):
        world.report(f"r-news-{n}", _day(n), f"Ri Tae Gun visited farm {n}.", [{"id": "news"}])
    return world


def _feed(world: World, person_id: str, everything: bool = True) -> list[tuple[str, str, str | None]]:
    with world.engine.begin() as conn:
        refresh(conn)
        query = select(changes.c.kind, changes.c.date, changes.c.post_id).where(changes.c.person_id == person_id)
        return sorted(conn.execute(query if everything else query.where(changes.c.signal == 1)).all())


def _regular(world: World, person_id: str, days: range, post: str = "member of the Political Bureau") -> None:
    for n in days:
        world.report(f"r-{person_id}-{n}", _day(n), f"{post} {world.names[person_id]} inspected unit {n}.",
                     [{"id": person_id, "posts": [post]}])


def test_a_decree_that_names_the_person_ends_an_absence_and_counts_on_the_person_page(tmp_path):
    world = _store(tmp_path)
    world.person("hyon", "Hyon Sok Bong")
    _regular(world, "hyon", range(0, 120, 4))
    world.report("r-decree", _day(300), "The title of General of the Korean People's Army was awarded to Hyon Sok "
                 "Bong.", [{"id": "hyon", "posts": ["general of the Korean People's Army"], "score": 0.8}])
    _regular(world, "hyon", range(302, 330, 4))
    found = _feed(world, "hyon")
    assert ("reappearance", _day(300), None) in found and ("reappearance", _day(302), None) not in found
    with world.engine.connect() as conn:
        months = dict(conn.execute(select(person_months.c.month, person_months.c.n_reports)
                                   .where(person_months.c.person_id == "hyon")).all())
    assert months[_day(300)[:7]] == 2  # the decree and the regular report of two days later


def test_a_doubtful_link_is_no_appearance_for_the_feed_or_the_person_page(tmp_path):
    world = _store(tmp_path)
    world.person("ok", "Ok Chol Su")
    _regular(world, "ok", range(0, 120, 4))
    world.report("r-namesake", _day(200), "Ok Chol Su scored twice in the football match.",
                 [{"id": "ok", "score": 0.5}])
    _regular(world, "ok", range(302, 330, 4))
    assert [day for kind, day, _ in _feed(world, "ok") if kind == "reappearance"] == [_day(302)]
    with world.engine.connect() as conn:
        assert conn.execute(select(person_months.c.month).where(person_months.c.person_id == "ok")
                            .where(person_months.c.month == _day(200)[:7])).first() is None


def test_a_rank_with_and_without_its_body_is_one_promotion(tmp_path):
    world = _store(tmp_path)
    world.person("pak", "Pak Kum Son")
    world.report("r-order", _day(40), "Pak Kum Son was promoted to general of the Korean People's Army.",
                 [{"id": "pak", "posts": ["general of the Korean People's Army"], "roles": {"elected": "promoted"}}])
    world.report("r-again", _day(42), "Pak Kum Son, who was promoted to general, spoke.",
                 [{"id": "pak", "posts": ["general"], "roles": {"elected": "promoted"}}])
    assert [(kind, day) for kind, day, _ in _feed(world, "pak") if kind == "promoted"] == [("promoted", _day(40))]


def test_a_rank_first_named_is_new_only_above_a_rank_named_before(tmp_path):
    world = _store(tmp_path)
    world.person("yun", "Yun Tok Man")
    world.person("jo", "Jo Tong Il")
    general = "general of the Korean People's Army"
    _regular(world, "yun", range(0, 60, 5), "vice-minister of Farming")
    _regular(world, "yun", range(60, 100, 5), general)
    _regular(world, "jo", range(0, 60, 5), "lieutenant general of the Korean People's Army")
    _regular(world, "jo", range(60, 100, 5), general)
    assert not [row for row in _feed(world, "yun") if row[0] == "new post"]
    assert ("new post", _day(60), "general@kpa") in _feed(world, "jo")


def test_a_rank_held_by_few_is_new_when_first_named(tmp_path):
    world = _store(tmp_path)  # `ranks_news_when_first_named` in vocab/signal.yaml
    world.person("choe", "Choe Ryong Hae")
    _regular(world, "choe", range(0, 60, 5), "vice-minister of Farming")
    _regular(world, "choe", range(60, 100, 5), "marshal of the Korean People's Army")
    assert ("new post", _day(60), "marshal@kpa") in _feed(world, "choe")


ETERNAL = "Eternal General Secretary of the WPK"


# A first-named rank (the Generalissimo) is no new post in any case (`post_usage._rank_news`); an eternal title, no
# rank and held after death (`lives.posthumous`), is the case only the death itself keeps out.
@pytest.mark.parametrize("title", ["Generalissimo of the DPRK", ETERNAL])
def test_a_title_first_named_after_death_is_no_new_post(tmp_path, title):
    world = _store(tmp_path)
    with world.engine.begin() as conn:
        conn.execute(insert(posts).values(id="eternal-general-secretary@wpk", title=ETERNAL,
                                          office="eternal general secretary", body_id="wpk"))
        conn.execute(insert(post_forms).values(form=ETERNAL, post_id="eternal-general-secretary@wpk"))
    world.person("so", "So Il Nam")
    _regular(world, "so", range(0, 60, 5))
    world.report("r-died", _day(62), "So Il Nam, member of the Political Bureau, passed away on a sad day.",
                 [{"id": "so", "posts": ["member of the Political Bureau"]}])
    _regular(world, "so", range(70, 120, 5), title)
    assert not [row for row in _feed(world, "so") if row[0] == "new post"]


def test_people_rising_together_are_their_rise_not_a_drop_of_those_they_pass():
    before, after = ["a", "b", "c", "d", "e", "f", "g"], ["e", "f", "g", "a", "b", "c", "d"]
    facts = Facts(corpus_start=START.isoformat(), corpus_end=_day(40))
    for n, order in enumerate([before] * 4 + [after] * 2):
        for pos, person in enumerate(order):
            facts.appearances[person].append(Appearance(person, f"r{n}", pos, _day(3 * n), 1, pos + 1))
    found = {(c.kind, c.person_id) for c in rank_changes(facts, {})}
    assert found == {("rank rise", "e"), ("rank rise", "f"), ("rank rise", "g")}


@pytest.mark.parametrize("kind, signal", [("absence", 0), ("reappearance", 0), ("died", 1)])
def test_a_list_regular_without_a_leadership_post_has_news_only_in_words(kind, signal):
    leadership = Leadership({"chairman@friendship": ("friendship", "dprk")}, {"chairman@friendship": "chairman"},
                            {"mun": {"chairman@friendship"}}, {"mun": 20}, set())
    change = Change(kind, _day(0), "mun", "r1", (0, 0), None, None, 1.0)
    assert significance(change, leadership)[1] == signal


def test_coming_back_below_people_elected_meanwhile_is_not_a_drop():
    facts = Facts(corpus_start=START.isoformat(), corpus_end=_day(40))
    for n, order in enumerate([["a", "b", "c", "d", "e"]] * 4 + [["b", "c", "d", "a", "e"]] * 2):
        for pos, person in enumerate(order):
            facts.appearances[person].append(Appearance(person, f"r{n}", pos, _day(3 * n), 1, pos + 1))
    assert [(c.kind, c.person_id) for c in rank_changes(facts, {})] == [("rank drop", "a")]
    elected = {person: [_day(10)] for person in ("b", "c", "d")}  # after the last old-order list (day 9)
    assert rank_changes(facts, {}, elected) == []
    assert [c.kind for c in rank_changes(facts, {}, {p: [_day(8)] for p in elected})] == ["rank drop"]
