"""The record over both real corpora (`corpus_store`): the team's single-holder posts on dates, the Presidium of
2022, and what must hold everywhere: no change or holding from a retrospective, no ordinary post held or
conferred after a death, no WPK or DPRK post held by a foreign person."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, select

from podium.analysis.change import CONFERRED_KINDS, ENDED_KINDS
from podium.analysis.holders import holders_on
from podium.analysis.lives import posthumous
from podium.analysis.lookup import find_post
from podium.resolve import name_key
from podium.resolve.holders import korean_name
from podium.store.schema import bodies, changes, deaths, history, person_links, persons, posts, statement_times, \
    tenures
from podium.vocab import load_vocab

DATA = yaml.safe_load((Path(__file__).parent / "data" / "single_holders.yaml").read_text(encoding="utf-8"))
DPRK_ROOTS = {"wpk", "dprk", "kpa"}


@pytest.fixture(scope="module")
def conn(corpus_store):
    db, _ = corpus_store
    with create_engine(f"sqlite:///{db}").connect() as connection:
        yield connection


@pytest.mark.parametrize("entry", DATA["holders"], ids=lambda e: f"{e['post']}@{e['date']}")
def test_a_single_holder_post_has_exactly_its_holder(conn, entry):
    on = str(entry["date"])
    assert [holder.name for holder in holders_on(conn, entry["post"], on)] == [entry["holder"]]


def test_the_single_holder_list_covers_both_eras():
    days = [str(entry["date"]) for entry in DATA["holders"]]
    assert len(days) >= 20 and any(d < "2013" for d in days) and any(d > "2021" for d in days)


def test_the_presidium_of_2022_is_who_the_2022_reports_name(conn):
    presidium = DATA["presidium_2022"]
    post_id = find_post(conn, "member of the Presidium of the Political Bureau of the Central Committee of the "
                              "Workers' Party of Korea")
    assert {holder.name for holder in holders_on(conn, post_id, str(presidium["date"]))} == set(presidium["members"])


def test_no_change_and_no_holding_comes_from_a_retrospective(conn):
    explicit = CONFERRED_KINDS + ENDED_KINDS
    recalled_roles = set(conn.execute(
        select(changes.c.id).join(person_links, (person_links.c.report_id == changes.c.report_id)
                                  & (person_links.c.person_id == changes.c.person_id))
        .join(statement_times, (statement_times.c.report_id == changes.c.report_id)
              & (statement_times.c.person_no == person_links.c.person_no) & (statement_times.c.kind == "role"))
        .where(changes.c.kind.in_(explicit), statement_times.c.recalled == 1)
        .group_by(changes.c.id)).scalars())
    current_roles = set(conn.execute(
        select(changes.c.id).join(person_links, (person_links.c.report_id == changes.c.report_id)
                                  & (person_links.c.person_id == changes.c.person_id))
        .join(statement_times, (statement_times.c.report_id == changes.c.report_id)
              & (statement_times.c.person_no == person_links.c.person_no) & (statement_times.c.kind == "role"))
        .where(changes.c.kind.in_(explicit), statement_times.c.recalled == 0)).scalars())
    assert not recalled_roles - current_roles  # a change only where the report states the role as current
    assert conn.execute(select(history.c.person_id).join(
        tenures, (tenures.c.person_id == history.c.person_id) & (tenures.c.post_id == history.c.post_id)
        & (tenures.c.first_report == history.c.report_id))).first() is None
    recalled = conn.execute(select(statement_times).where(statement_times.c.recalled == 1)).all()
    assert len(recalled) > 1000  # the corpus is full of history: it is found


def test_no_ordinary_post_is_held_or_conferred_after_a_death(conn):
    died = dict(conn.execute(select(deaths.c.person_id, deaths.c.died_by)).all())
    assert {"kim-jong-il", "kim-il-sung"} <= died.keys()
    office = dict(conn.execute(select(posts.c.id, posts.c.office)).all())
    for person_id, post_id, ended in conn.execute(select(tenures.c.person_id, tenures.c.post_id,
                                                         tenures.c.ended_date).where(tenures.c.person_id.in_(died))):
        if not posthumous(office[post_id]):
            assert ended is not None and ended <= _month_after(died[person_id]), (person_id, post_id)
            assert person_id not in [h.person_id for h in holders_on(conn, post_id, _month_after(died[person_id]))]
    for person_id, post_id, day in conn.execute(select(changes.c.person_id, changes.c.post_id, changes.c.date)
                                                .where(changes.c.kind.in_(CONFERRED_KINDS),
                                                       changes.c.person_id.in_(died))):
        assert day <= died[person_id] or (post_id and posthumous(office[post_id])), (person_id, post_id, day)


def _month_after(day: str) -> str:
    """A date a month or so after `day` (the report of a death comes within days of it)."""
    return (date.fromisoformat(day) + timedelta(days=load_vocab("times")["death_news_days"])).isoformat()


def test_no_wpk_or_dprk_post_is_held_by_a_foreign_person(conn):
    parent = dict(conn.execute(select(bodies.c.id, bodies.c.parent_id)).all())

    def root(body_id):
        while body_id is not None and parent.get(body_id) is not None:
            body_id = parent[body_id]
        return body_id

    held = conn.execute(select(persons.c.name, posts.c.body_id).join(tenures, tenures.c.person_id == persons.c.id)
                        .join(posts, posts.c.id == tenures.c.post_id)).all()
    foreign = [(name, body) for name, body in held if root(body) in DPRK_ROOTS and not korean_name(name_key(name))]
    assert not foreign


CHANGES = yaml.safe_load((Path(__file__).parent / "data" / "record_changes.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("entry", CHANGES["changes"], ids=lambda e: f"{e['kind']}-{e['person']}-{e['post']}")
def test_an_explicit_change_is_found_on_its_date_in_the_default_feed(conn, entry):
    found = conn.execute(select(changes.c.date, changes.c.signal).join(persons, persons.c.id == changes.c.person_id)
                         .where(changes.c.kind == entry["kind"], persons.c.name == entry["person"],
                                changes.c.post_id.is_(entry["post"]) if entry["post"] is None
                                else changes.c.post_id == entry["post"])).all()
    assert (str(entry["date"]), 1) in [tuple(row) for row in found]


@pytest.mark.parametrize("entry", CHANGES["only_on"], ids=lambda e: f"{e['kind']}-{e['person']}-{e['post']}")
def test_a_conferral_retold_later_is_a_change_only_on_its_own_date(conn, entry):
    found = conn.execute(select(changes.c.date).join(persons, persons.c.id == changes.c.person_id)
                         .where(changes.c.kind == entry["kind"], persons.c.name == entry["person"],
                                changes.c.post_id == entry["post"])).scalars().all()
    assert sorted(found) == [str(day) for day in entry["dates"]]
