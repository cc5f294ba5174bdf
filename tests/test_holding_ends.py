"""Where a holding ends when no report says so, on invented reports (no corpus text) in a real SQLite store: a
post in a body of one occasion ends with its last evidence, an envoy's farewell ends the posting (only the
envoy's own), and a new head of a foreign mission in Pyongyang ends the previous one's tenure."""
from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from analysis_world import World
from podium.analysis import refresh
from podium.analysis.holders import holders_on
from podium.store.schema import bodies, post_forms, posts, tenures

FUNERAL = "member@state-funeral-committee"
LUMA = "ambassador-to-the-dprk@state-luma"
VELD = "ambassador-to-the-dprk@state-veld"
EXTRA_POSTS = {FUNERAL: ("member of the State Funeral Committee", "member", "state-funeral-committee"),
               LUMA: ("ambassador of Luma to the DPRK", "ambassador to the dprk", "state-luma"),
               VELD: ("ambassador of Veld to the DPRK", "ambassador to the dprk", "state-veld")}


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    world = World(tmp_path_factory.mktemp("ends") / "podium.db")
    with world.engine.begin() as conn:
        conn.execute(insert(bodies), [
            {"id": "state-funeral-committee", "name": "State Funeral Committee", "parent_id": None, "kind": "state"},
            {"id": "state-luma", "name": "Luma", "parent_id": None, "kind": "foreign"},
            {"id": "state-veld", "name": "Veld", "parent_id": None, "kind": "foreign"}])
        for post_id, (title, office, body) in EXTRA_POSTS.items():
            conn.execute(insert(posts).values(id=post_id, title=title, office=office, body_id=body))
            conn.execute(insert(post_forms).values(form=title, post_id=post_id))
    for person_id, name in {"song": "Song Hyo Rim", "lind": "Arno Lind", "vos": "Petra Vos", "kaar": "Ivo Kaar",
                            "ri": "Ri Tong Sop"}.items():
        world.person(person_id, name)
    world.report("r-funeral", "2012-01-02", "The State Funeral Committee is made up of the following persons: "
                 "Song Hyo Rim, member of the State Funeral Committee.",
                 [{"id": "song", "posts": ["member of the State Funeral Committee"]}])
    luma, veld = "ambassador of Luma to the DPRK", "ambassador of Veld to the DPRK"
    world.report("r-credentials", "2012-02-01", f"Arno Lind, {luma}, presented his credentials. Petra Vos, "
                 f"{veld}, attended a reception.", [{"id": "lind", "posts": [luma]}, {"id": "vos", "posts": [veld]}])
    world.report("r-calls", "2012-05-10", f"Ri Tong Sop met Arno Lind, {luma}, who paid a courtesy call on him, "
                 f"and Petra Vos, {veld}, who paid a farewell call on him.",
                 [{"id": "ri"}, {"id": "lind", "posts": [luma]}, {"id": "vos", "posts": [veld]}])
    world.report("r-new", "2012-09-01", f"Ivo Kaar, {veld}, presented his credentials to Ri Tong Sop.",
                 [{"id": "kaar", "posts": [veld]}, {"id": "ri"}])
    world.report("r-new-2", "2012-10-01", f"Ivo Kaar, {veld}, and Arno Lind, {luma}, visited a farm.",
                 [{"id": "kaar", "posts": [veld]}, {"id": "lind", "posts": [luma]}])
    world.count_reports()
    with world.engine.begin() as conn:
        refresh(conn)
    return world


def _held(world: World, post_id: str, day: str) -> list[str]:
    with world.engine.connect() as conn:
        return [holder.person_id for holder in holders_on(conn, post_id, day)]


def _tenure(world: World, person_id: str, post_id: str) -> dict:
    with world.engine.connect() as conn:
        return dict(conn.execute(select(tenures).where(tenures.c.person_id == person_id,
                                                       tenures.c.post_id == post_id)).mappings().one())


def test_a_post_in_a_body_of_one_occasion_ends_with_its_last_evidence(world):
    assert _held(world, FUNERAL, "2012-01-02") == ["song"]
    assert _held(world, FUNERAL, "2012-01-03") == []


def test_an_envoys_farewell_ends_the_posting_the_day_after(world):
    tenure = _tenure(world, "vos", VELD)
    assert (tenure["ended_date"], tenure["ended_report"], tenure["end_rule"]) == ("2012-05-11", "r-calls",
                                                                                   "farewell")
    assert _held(world, VELD, "2012-05-10") == ["vos"]
    assert _held(world, VELD, "2012-06-01") == []
    assert _held(world, VELD, "2012-10-01") == ["kaar"]


def test_a_farewell_in_another_envoys_clause_ends_nothing(world):
    assert _tenure(world, "lind", LUMA)["ended_date"] is None
    assert _held(world, LUMA, "2012-10-01") == ["lind"]
