"""Persons across reports, on invented reports in a real SQLite file."""
import pytest
from sqlalchemy import insert, select

from podium.resolve import refresh
from podium.store import open_store
from podium.store.schema import changes, person_links, persons
from resolve_store import add_report, make_store

GENERAL = "general of the Korean People's Army"
FARM_WORKER = "worker of the Ryongsong Cooperative Farm"


def links(engine) -> dict[tuple[str, int], tuple[str, float, str]]:
    with engine.begin() as conn:
        refresh(conn)
        rows = conn.execute(select(person_links.c.report_id, person_links.c.person_no, person_links.c.person_id,
                                   person_links.c.score, person_links.c.reason)).all()
    return {(r, n): (p, s, why) for r, n, p, s, why in rows}


def test_spelling_variants_are_one_person(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-01-02", [("Kim Jong Un", ["first secretary of the WPK"])])
    add_report(engine, "r2", "2012-01-03", [("Kim Jong-un", [])])
    add_report(engine, "r3", "2012-01-04", [("kim jong un", [])])
    linked = links(engine)
    assert {p for p, _, _ in linked.values()} == {"kim-jong-un"}


def test_romanisation_variant_joins_the_usual_spelling(tmp_path):
    engine = make_store(tmp_path / "p.db")
    for n in range(3):
        add_report(engine, f"r{n}", f"2012-02-0{n + 1}", [("Lee Myung Bak", ["president of South Korea"])])
    add_report(engine, "r9", "2012-03-01", [("Lee Myong Bak", [])])
    linked = links(engine)
    person, score, reason = linked[("r9", 0)]
    assert person == "lee-myung-bak" and score < 1 and "romanisation" in reason


def test_no_merge_of_incompatible_posts_at_the_same_time(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "a1", "2012-04-01", [("Kim Chol", [GENERAL])])
    add_report(engine, "b1", "2012-04-05", [("Kim Chol", [FARM_WORKER])])
    add_report(engine, "a2", "2012-05-01", [("Kim Chol", [GENERAL])])
    linked = links(engine)
    assert linked[("a1", 0)][0] == linked[("a2", 0)][0] == "kim-chol"
    assert linked[("b1", 0)][0] == "kim-chol-2"
    assert "post conflict with kim-chol" in linked[("b1", 0)][2]


@pytest.mark.parametrize("name, earlier, later, same", [
    # a foreign visitor and a DPRK official
    ("Pak Song Il", "vice-chairman of the Workers' Party of Japan", "secretary of the Central Committee of the WPK",
     False),
    # a foreign leader given a DPRK post by an extraction slip is still one person
    ("Jose Fuentes", "president of Peru", "general secretary of the Workers' Party of Korea", True),
    # honorary titles from foreign bodies say nothing of their holder's side
    ("Ko Song Il", "secretary of the C.C., WPK", "honorary member of the Writers Union of Peru", True),
    # Chongryon leaders sit in the SPA...
    ("Ho Jong Man", "deputy to the Supreme People's Assembly", "chairman of the Association of Koreans in Japan",
     True),
    # ...but a Korean abroad is not a central official at home
    ("Ho Jong Man", "secretary of the Central Committee of the WPK", "chairman of the Association of Koreans in Japan",
     False),
])
def test_two_reports_one_name(tmp_path, name, earlier, later, same):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2011-03-01", [(name, [earlier])])
    add_report(engine, "r2", "2011-05-01", [(name, [later])])
    linked = links(engine)
    assert (linked[("r1", 0)][0] == linked[("r2", 0)][0]) is same


def test_two_people_of_one_name_and_other_posts_in_one_report_stay_apart(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-01-02", [("Ri Chol", [GENERAL]), ("Ri Chol", ["vice-premier of the Cabinet"])])
    linked = links(engine)
    assert linked[("r1", 0)][0] != linked[("r1", 1)][0]


def test_a_second_mention_without_posts_in_one_report_is_not_a_second_person(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-01-02", [("Ri Chol", [GENERAL]), ("Ri Chol", [])])
    linked = links(engine)
    assert linked[("r1", 0)][0] == linked[("r1", 1)][0] == "ri-chol"


def test_ids_are_stable_when_newer_reports_come_in(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "a1", "2012-04-01", [("Kim Chol", [GENERAL])])
    add_report(engine, "b1", "2012-04-05", [("Kim Chol", [FARM_WORKER])])
    before = links(engine)
    add_report(engine, "c1", "2012-09-01", [("Kim Chol", ["worker of the Pyongyang Textile Mill"])])
    add_report(engine, "c2", "2012-09-02", [("Kim Chol", [GENERAL])])
    after = links(engine)
    assert {k: v[0] for k, v in before.items()} == {k: after[k][0] for k in before}


def test_persons_table_summarises_each_person(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-01-02", [("Choe Ryong Hae", [GENERAL])])
    add_report(engine, "r2", "2012-04-11", [("Choe Ryong Hae", ["vice marshal of the KPA"])])
    links(engine)
    with engine.begin() as conn:
        row = conn.execute(select(persons).where(persons.c.id == "choe-ryong-hae")).one()
    assert (row.name, row.first_date, row.last_date, row.n_reports) == ("Choe Ryong Hae", "2012-01-02",
                                                                         "2012-04-11", 2)


def test_refresh_keeps_later_stages_rows_valid_in_a_store_with_foreign_keys(tmp_path):
    """The real store enforces foreign keys: recomputing persons under a `changes` row that points at one of
    them works, because the ids come back the same."""
    engine = open_store(tmp_path / "p.db")
    add_report(engine, "a1", "2012-04-01", [("Kim Chol", [GENERAL])])
    with engine.begin() as conn:
        refresh(conn)
        conn.execute(insert(changes), {"id": "c1", "date": "2012-04-01", "kind": "first appearance",
                                       "person_id": "kim-chol", "report_id": "a1", "evidence": "invented"})
    with engine.begin() as conn:
        refresh(conn)
        assert conn.execute(select(persons.c.id)).scalars().all() == ["kim-chol"]


def test_ids_never_collide_even_for_names_ending_in_a_number(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "a1", "2012-04-01", [("Kim Chol", [GENERAL])])
    add_report(engine, "b1", "2012-04-05", [("Kim Chol", [FARM_WORKER])])
    add_report(engine, "c1", "2012-04-06", [("Kim Chol 2", [])])
    linked = links(engine)
    assert len({person for person, _, _ in linked.values()}) == 3
