"""The record's periods and rhythms, on invented reports (no corpus text): a title only in someone else's words
opens no tenure, a post named again after years is a second tenure, a head seat renamed is not a new post, and a
silence is judged against the person's own long gaps."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import insert, select

from analysis_world import World
from podium.analysis import refresh
from podium.analysis.holders import holders_on
from podium.store.schema import bodies, changes, post_forms, posts, tenures

EXTRA_POSTS = {"general-secretary@wpk": ("general secretary of the Workers' Party of Korea", "general-secretary", "wpk"),
               "first-secretary@wpk": ("first secretary of the Workers' Party of Korea", "first-secretary", "wpk"),
               "first-secretary@league-cc": ("first secretary of the League Central Committee", "first-secretary",
                                             "league-cc"),
               "chairman@league-cc": ("chairman of the League Central Committee", "chairman", "league-cc"),
               "vice-chairman@league-cc": ("vice-chairman of the League Central Committee", "vice-chairman",
                                           "league-cc"),
               "premier@cabinet": ("premier of the Cabinet", "premier", "cabinet"),
               "general": ("general", "general", None), "general@kpa": ("General of the KPA", "general", "kpa")}
PEOPLE = {"ryu": "Ryu Chol Jin", "sol": "Sol Man Ho", "pyo": "Pyo Kwang Il", "ham": "Ham Yong Dok",
          "bong": "Bong Chun Sik", "gil": "Gil Song Ae", "ma": "Ma Tong Hwan", "yo": "Yo Kum Sil", "filler": "No Sang Gu",
          "tae": "Tae Ho Rim", "ung": "Ung Chol Su", "kye": "Kye Sun Hui"}
PRESIDIUM = "member of the Presidium"


def _days(start: str, every: int, n: int) -> list[str]:
    first = date.fromisoformat(start)
    return [(first + timedelta(days=every * i)).isoformat() for i in range(n)]


def _build(world: World) -> None:
    with world.engine.begin() as conn:
        conn.execute(insert(bodies).values(id="league-cc", name="League Central Committee", parent_id=None,
                                           kind="mass"))
        for post_id, (title, office, body) in EXTRA_POSTS.items():
            conn.execute(insert(posts).values(id=post_id, title=title, office=office, body_id=body))
            conn.execute(insert(post_forms).values(form=title, post_id=post_id))
    for person_id, name in PEOPLE.items():
        world.person(person_id, name)
    _hearsay(world)
    _periods(world)
    _renamed(world)
    _rhythms(world)
    _misreading(world)
    _rank_twice(world)
    world.count_reports()


def _say(world: World, person_id: str, day: str, text: str, posts_: list[str] | None = None) -> None:
    world.report(f"r-{person_id}-{day}", day, text, [{"id": person_id, "posts": posts_ or []}])


def _hearsay(world: World) -> None:
    """Ryu is called general secretary by a foreign paper (quoted) and by a foreign president (reported speech),
    while the narration names him first secretary; Sol is general secretary in the narration itself."""
    general, first = EXTRA_POSTS["general-secretary@wpk"][0], EXTRA_POSTS["first-secretary@wpk"][0]
    _say(world, "ryu", "2012-01-20", "Foreign media praised the leader on Jan. 8.\nThe papers said:\nThe TV showed "
         f"{general} Ryu Chol Jin inspecting a unit.", [general])
    _say(world, "ryu", "2012-03-03", "The president of a far country sincerely hoped that everything would go well "
         f"under the leadership of {general} Ryu Chol Jin.", [general])
    for day in ("2012-04-11", "2012-05-11", "2012-06-11"):
        _say(world, "ryu", day, f"Ryu Chol Jin, {first}, inspected a farm.", [first])
    for day in ("2012-02-11", "2012-03-11"):
        _say(world, "sol", day, f"Sol Man Ho, {general}, inspected a mine.", [general])


def _periods(world: World) -> None:
    """Pyo is a Presidium member in 2012 and again in 2021, with nothing in the record between."""
    for day in ("2012-04-11", "2012-07-11", "2012-10-11", "2021-06-15", "2021-09-15", "2022-01-15"):
        _say(world, "pyo", day, f"Pyo Kwang Il, {PRESIDIUM}, spoke.", [PRESIDIUM])


def _renamed(world: World) -> None:
    """Ham heads the league as first secretary, then, a week later, as chairman: one seat renamed. Bong is its
    vice-chairman, then its chairman: a new post."""
    first, chairman, vice = (EXTRA_POSTS[p][0] for p in ("first-secretary@league-cc", "chairman@league-cc",
                                                          "vice-chairman@league-cc"))
    for day in _days("2012-01-05", 14, 5):
        _say(world, "ham", day, f"Ham Yong Dok, {first}, addressed the youth.", [first])
    for day in _days("2012-03-20", 14, 5):
        _say(world, "ham", day, f"Ham Yong Dok, {chairman}, addressed the youth.", [chairman])
    for day in _days("2012-01-06", 14, 5):
        _say(world, "bong", day, f"Bong Chun Sik, {vice}, addressed the students.", [vice])
    for day in _days("2012-03-21", 14, 5):
        _say(world, "bong", day, f"Bong Chun Sik, {chairman}, addressed the students.", [chairman])


def _rhythms(world: World) -> None:
    """Gil is named at signings, in bursts of days a few months apart: her gaps of three to six months are
    ordinary. Ma is named every week, then not for four months: an absence. Yo is named once in a long list and
    then every week from months later: no rhythm before the first gap. A filler is named every three days so
    that the record covers the whole time densely."""
    for day in _days("2011-01-02", 3, 240):
        _say(world, "filler", day, "No Sang Gu spoke at a factory.")
    bursts = ("2011-01-10", "2011-04-05", "2011-09-20", "2011-12-15", "2012-06-10", "2012-09-05")
    for start in bursts:
        for day in _days(start, 1, 3):
            _say(world, "gil", day, "Gil Song Ae signed an agreement.")
    for day in _days("2011-01-04", 7, 15) + _days("2011-08-10", 7, 10):
        _say(world, "ma", day, "Ma Tong Hwan toured a plant.")
    _say(world, "yo", "2011-01-05", "Yo Kum Sil was among the officials.")
    for day in _days("2011-07-01", 7, 15):
        _say(world, "yo", day, "Yo Kum Sil toured a farm.")


def _misreading(world: World) -> None:
    """Tae is the premier, named so in three reports, until his death; one report calls Ung premier meanwhile."""
    premier = EXTRA_POSTS["premier@cabinet"][0]
    for day in ("2013-01-10", "2013-02-10", "2013-03-10"):
        _say(world, "tae", day, f"Tae Ho Rim, {premier}, inspected a dam.", [premier])
    _say(world, "ung", "2013-02-20", f"Ung Chol Su, {premier}, inspected a port.", [premier])
    _say(world, "tae", "2013-04-05", f"Tae Ho Rim, {premier}, passed away on April 3.", [premier])


def _rank_twice(world: World) -> None:
    """Kye is promoted to "General" (the resolver's bare rank) and, two days later, the rank of "General of the
    KPA" is conferred on her: one conferral, as in `explicit.py`'s repeats."""
    world.report("r-kye-1", "2013-05-01", "Kye Sun Hui was promoted to General.",
                 [{"id": "kye", "posts": ["General"], "roles": {"elected": "promoted"}}])
    world.report("r-kye-2", "2013-05-03", "The military title of General of the KPA was awarded to Kye Sun Hui.",
                 [{"id": "kye", "posts": ["General of the KPA"], "roles": {"elected": "awarded"}}])


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    world = World(tmp_path_factory.mktemp("rhythm") / "podium.db")
    _build(world)
    with world.engine.begin() as conn:
        refresh(conn)
    return world


def _holders(world: World, post_id: str, on: str) -> list[str]:
    with world.engine.connect() as conn:
        return [h.person_id for h in holders_on(conn, post_id, on)]


def _changes(world: World, person_id: str) -> list[tuple[str, str | None]]:
    with world.engine.connect() as conn:
        return sorted(conn.execute(select(changes.c.kind, changes.c.post_id)
                                   .where(changes.c.person_id == person_id)).all())


def test_a_title_only_in_quoted_or_reported_words_opens_no_tenure_beside_the_narrations_post(world):
    assert _holders(world, "general-secretary@wpk", "2012-03-20") == ["sol"]  # Sol's, stated by the narration
    assert _holders(world, "general-secretary@wpk", "2012-06-20") == ["sol"]
    assert _holders(world, "first-secretary@wpk", "2012-06-20") == ["ryu"]
    with world.engine.connect() as conn:
        held = set(conn.execute(select(tenures.c.post_id).where(tenures.c.person_id == "ryu")).scalars())
    assert held == {"first-secretary@wpk"}


def test_a_post_named_again_after_years_of_silence_is_a_second_tenure(world):
    with world.engine.connect() as conn:
        periods = conn.execute(select(tenures.c.first_date, tenures.c.last_date, tenures.c.n_reports)
                               .where(tenures.c.person_id == "pyo").order_by(tenures.c.first_date)).all()
    assert [tuple(p) for p in periods] == [("2012-04-11", "2012-10-11", 3), ("2021-06-15", "2022-01-15", 3)]
    presidium = "member@wpk-cc-politburo-presidium"
    assert _holders(world, presidium, "2012-11-01") == ["pyo"]
    assert _holders(world, presidium, "2018-06-01") == []  # lapsed: the record cannot say
    with world.engine.connect() as conn:
        assert [h.first_date for h in holders_on(conn, presidium, "2022-02-01")] == ["2021-06-15"]


def test_a_head_seat_renamed_is_no_new_post_but_a_vice_chairman_made_chairman_is(world):
    post_kinds = {"new post", "post dropped"}
    assert [change for change in _changes(world, "ham") if change[0] in post_kinds] == []
    assert ("new post", "chairman@league-cc") in _changes(world, "bong")


def test_a_silence_is_judged_against_the_persons_own_long_gaps(world):
    assert {kind for kind, _ in _changes(world, "gil")} & {"absence", "reappearance"} == set()  # her rhythm
    assert {kind for kind, _ in _changes(world, "ma")} >= {"absence", "reappearance"}
    assert "absence" not in {kind for kind, _ in _changes(world, "yo")}  # one list before: no rhythm to break


def test_a_holder_named_once_within_anothers_tenure_does_not_surface_when_it_ends(world):
    assert _holders(world, "premier@cabinet", "2013-02-25") == ["tae"]
    assert _holders(world, "premier@cabinet", "2013-06-01") == []  # not Ung, after Tae's death


def test_a_rank_stated_with_and_without_its_body_is_one_conferral(world):
    conferred = [(kind, post) for kind, post in _changes(world, "kye") if kind in ("promoted", "awarded", "elected")]
    assert len(conferred) == 1 and conferred[0][1] in ("general", "general@kpa")
