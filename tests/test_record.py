"""A record an analyst can trust, on invented reports (no corpus text): statements dated to the time they are
about, deaths and what they end, eternal titles, succession on single-holder posts, demotions, biographies."""
from __future__ import annotations

import pytest
from sqlalchemy import insert, select

from analysis_world import World
from podium.analysis import refresh
from podium.analysis.holders import holders_on
from podium.analysis.times import statement_time
from podium.store.schema import bodies, changes, deaths, history, post_forms, posts, report_events, report_posts, \
    statement_times, tenures

EXTRA_POSTS = {"premier@cabinet": ("premier of the Cabinet", "premier", "cabinet"),
               "member@ndc": ("member of the National Defence Commission", "member", "ndc"),
               "general@kpa": ("general of the Korean People's Army", "general", "kpa"),
               "alternate-member@wpk-cc-politburo": ("alternate member of the Political Bureau", "alternate member",
                                                     "wpk-cc-politburo")}


def _build(world: World) -> None:
    with world.engine.begin() as conn:
        conn.execute(insert(bodies).values(id="ndc", name="National Defence Commission", parent_id=None,
                                           kind="state"))
        for post_id, (title, office, body) in EXTRA_POSTS.items():
            conn.execute(insert(posts).values(id=post_id, title=title, office=office, body_id=body))
            conn.execute(insert(post_forms).values(form=title, post_id=post_id))
        conn.execute(insert(post_forms).values(form="General", post_id="general@kpa"))
    for person_id, name in {"kang": "Kang Il Bok", "rim": "Rim Sok Chol", "jang": "Jang Chol Min",
                            "yun": "Yun Kwang Ho", "paek": "Paek Nam Sun", "ho": "Ho Tae Ryong",
                            "son": "Son Kyong Nam", "tae": "Kim Tae Song", "man": "Ri Man Gon",
                            "chang": "Pak Chang Ho", "hyon": "Ko Hyon Bin", "ok": "Ok Chang Su",
                            "yong": "Yong Su Gil", "mok": "Mok Hyon Ju", "tak": "Tak Ho Gun",
                            "ju": "Ju Mi Ran"}.items():
        world.person(person_id, name)
    politburo = "member of the Political Bureau"
    world.report("r-0601", "2012-06-01", "At the Sixth Congress in 1980 Kang Il Bok was elected member of the "
                 "Political Bureau.", [{"id": "kang", "posts": [politburo], "roles": {"elected": "elected"}}])
    world.report("r-0602", "2012-06-02", "Kang Il Bok was elected member of the Political Bureau last year.",
                 [{"id": "kang", "posts": [politburo], "roles": {"elected": "elected"}}])
    for n, day in enumerate(("2012-01-10", "2012-02-10", "2012-03-10")):
        world.report(f"r-rim{n}", day, f"Rim Sok Chol, member of the Political Bureau, spoke on day {n}.",
                     [{"id": "rim", "posts": [politburo]}])
    world.report("r-0505", "2012-05-05", "Rim Sok Chol, member of the Political Bureau, passed away on May 3.",
                 [{"id": "rim", "posts": [politburo]}])
    world.report("r-0610", "2012-06-10", "Rim Sok Chol, member of the Political Bureau, was a loyal man.",
                 [{"id": "rim", "posts": [politburo]}])
    world.report("r-0620", "2012-06-20", "The people revere the eternal General Secretary of the Workers' Party "
                 "of Korea Rim Sok Chol.", [{"id": "rim"}])
    world.report("r-bio", "2012-05-20", "Jang Chol Min has been premier of the Cabinet since March 2012.",
                 [{"id": "jang", "posts": ["premier of the Cabinet"]}], title="Brief Biography of Jang Chol Min")
    premier = "premier of the Cabinet"
    _inspections(world, "yun", "Premier of the Cabinet", ("2012-01-05", "2012-01-25", "2012-02-15"), premier)
    _inspections(world, "jang", "Premier of the Cabinet", ("2012-06-05", "2012-07-05", "2012-08-05"), premier)
    _inspections(world, "paek", "Vice marshal of the KPA", ("2012-01-03", "2012-02-03", "2012-03-03"),
                 "vice marshal of the KPA")
    _inspections(world, "paek", "General", ("2012-08-03", "2012-09-03", "2012-10-03"), "General")
    world.report("r-title", "2012-09-10", "The title of Vice Marshal of the Korean People's Army was awarded to "
                 "Ho Tae Ryong and Son Kyong Nam.", [{"id": "ho"}, {"id": "son"}])
    world.report("r-ndc", "2012-09-20", "Deputy Ho Tae Ryong was recalled from member of the National Defence "
                 "Commission due to the transfer to other post and Deputy Son Kyong Nam was elected to fill the "
                 "vacancy.", [{"id": "ho"}, {"id": "son"}])
    _retellings(world)
    _promotions(world)
    world.report("r-0625", "2012-06-25", "The people hold Ko Hyon Bin in high esteem as the eternal President of "
                 "the DPRK and Rim Sok Chol as the eternal General Secretary of the Workers' Party of Korea. Rim Sok "
                 "Chol made sure that the President was held in high esteem as the eternal President of the DPRK.",
                 [{"id": "hyon"}, {"id": "rim"}])
    world.count_reports()


def _retellings(world: World) -> None:
    """Elections retold months or a year later as if they were news, and a re-election at a meeting held now."""
    vice_premier, vice_minister = "vice-premier of the Cabinet", "vice-minister of Farming"
    world.report("r-tae", "2012-04-13", "Kim Tae Song was elected vice-premier of the Cabinet.",
                 [{"id": "tae", "posts": [vice_premier], "roles": {"elected": "elected"}}])
    _inspections(world, "tae", "Vice-premier of the Cabinet", ("2012-05-13", "2012-06-13", "2012-07-13"),
                 vice_premier)
    world.report("r-tae-retold", "2012-10-06", "A solidarity group said the session elected Kim Tae Song "
                 "vice-premier of the Cabinet.", [{"id": "tae", "posts": [vice_premier], "roles": {"elected": "elected"}}])
    world.report("r-man", "2011-09-26", "Ri Man Gon was elected vice-minister of Farming in the conference.",
                 [{"id": "man", "posts": [vice_minister], "roles": {"elected": "elected"}}])
    _inspections(world, "chang", "Vice-minister of Farming", ("2012-01-10", "2012-02-10"), vice_minister)
    world.report("r-chang", "2012-03-20", "Pak Chang Ho was elected vice-minister of Farming at the meeting.",
                 [{"id": "chang", "posts": [vice_minister], "roles": {"elected": "elected"}}])
    with world.engine.begin() as conn:  # the meetings the reports are about, as podium.extract.events finds them
        conn.execute(insert(report_events), [
            {"report_id": "r-man", "event_no": 0, "name": "Conference of the Workers' Party of Korea",
             "kind": "conference", "ordinal": 3, "sitting": None, "date": None, "start": 0, "end": 10},
            {"report_id": "r-chang", "event_no": 0, "name": "Plenary Meeting of the Farming Committee",
             "kind": "plenary meeting", "ordinal": None, "sitting": None, "date": "2012-03-20", "start": 0, "end": 10}])


def _promotions(world: World) -> None:
    """Alternate members of the Political Bureau elected to a higher grade: a member of its Presidium (a sub-body),
    a member of it, and one whom a later report still calls an alternate member."""
    alternate = "alternate member of the Political Bureau"
    for person_id in ("ok", "yong", "mok"):
        _inspections(world, person_id, "Alternate member of the Political Bureau", ("2012-01-07", "2012-02-07"),
                     alternate)
    world.report("r-conf", "2012-04-11", "Ok Chang Su was elected member of the Presidium of the Political Bureau, "
                 "and Yong Su Gil and Mok Hyon Ju members of the Political Bureau.",
                 [{"id": "ok", "posts": ["member of the Presidium"], "roles": {"elected": "elected"}},
                  {"id": "yong", "posts": ["members of the Political Bureau"], "roles": {"elected": "elected"}},
                  {"id": "mok", "posts": ["members of the Political Bureau"], "roles": {"elected": "elected"}}])
    _inspections(world, "mok", "Alternate member of the Political Bureau", ("2012-05-07",), alternate)
    world.report("r-former", "2012-03-22", "At the session former member of the National Defence Commission Tak "
                 "Ho Gun was relieved of his post for his age and Ju Mi Ran was elected to the post.",
                 [{"id": "tak", "posts": ["member of the National Defence Commission"],
                   "roles": {"relieved": "relieved"}}, {"id": "ju", "roles": {"elected": "elected"}}])


def _inspections(world: World, person_id: str, post: str, days: tuple[str, ...], form: str) -> None:
    """A report on each day in which the person, with the post written before the name, inspects a unit; `form`
    is the post as the extractor writes it."""
    for n, day in enumerate(days):
        world.report(f"r-{person_id}-{day}", day, f"{post} {world.names[person_id]} inspected unit {n}.",
                     [{"id": person_id, "posts": [form]}])


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    world = World(tmp_path_factory.mktemp("record") / "podium.db")
    _build(world)
    with world.engine.begin() as conn:
        refresh(conn)
    return world


def _rows(world: World, table, **where) -> list[dict]:
    query = select(table)
    for column, value in where.items():
        query = query.where(table.c[column] == value)
    with world.engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def test_every_post_and_role_knows_the_time_it_is_about(world):
    dated = _rows(world, statement_times)
    assert len([row for row in dated if row["kind"] == "post"]) == len(_rows(world, report_posts))
    assert all(row["about"] and row["rule"] for row in dated)


@pytest.mark.parametrize("doc, day, about, recalled", [
    ("T\n\nAt the Sixth Congress Kim Il Sung was elected general secretary.", "2012-04-05", "1980-10", True),
    ("T\n\nKim Il Sung was elected general secretary in 1980.", "2012-04-05", "1980", True),
    ("T\n\nShe was elected chairwoman last year.", "2012-04-05", "2011", True),
    ("T\n\nHe was elected at the conference held in last September.", "2011-01-10", "2010-09", True),
    ("T\n\nKim Jong Un was elected first secretary on April 11.", "2012-04-13", "2012-04-11", False),
    ("T\n\nKim Jong Un, first secretary, visited the plant built in 1973.", "2012-11-10", "2012-11-10", False),
])
def test_a_statement_is_dated_to_what_it_recalls(doc, day, about, recalled):
    at = doc.index("elected") if "elected" in doc else doc.index("first")
    when = statement_time(doc, day, at, at + 7)
    assert (when.about, when.recalled) == (about, recalled)


def test_recalled_elections_make_history_not_changes_or_holdings(world):
    assert not _rows(world, changes, person_id="kang")
    assert not _rows(world, tenures, person_id="kang")
    recalled = _rows(world, history, person_id="kang")
    assert {row["about"] for row in recalled} == {"1980", "2011"}


def test_a_death_ends_every_ordinary_post_and_later_ones_are_history(world):
    death = _rows(world, deaths, person_id="rim")[0]
    assert death["died_by"] == "2012-05-03" and "passed away" in death["rule"]
    tenure = _rows(world, tenures, person_id="rim", post_id="member@wpk-cc-politburo")[0]
    assert (tenure["last_date"], tenure["ended_date"], tenure["end_rule"]) == ("2012-05-05", "2012-05-03", "death")
    assert any(row["report_id"] == "r-0610" and row["rule"].startswith("after death")
               for row in _rows(world, history, person_id="rim"))
    with world.engine.connect() as conn:
        assert "rim" not in [h.person_id for h in holders_on(conn, "member@wpk-cc-politburo", "2012-07-01")]
    assert [row["date"] for row in _rows(world, changes, person_id="rim", kind="died")] == ["2012-05-03"]


def test_an_eternal_title_is_a_post_of_its_own_conferred_after_death(world):
    awarded = _rows(world, changes, person_id="rim", kind="awarded")
    assert [(row["post_id"], row["date"]) for row in awarded] == [("eternal-general-secretary@wpk", "2012-06-20")]
    with world.engine.connect() as conn:
        assert [h.person_id for h in holders_on(conn, "eternal-general-secretary@wpk", "2012-07-01")] == ["rim"]


def test_a_biography_shows_an_appointment_since_a_date(world):
    appointed = _rows(world, changes, person_id="jang", kind="appointed")
    assert [(row["post_id"], row["date"], row["report_id"]) for row in appointed] == [
        ("premier@cabinet", "2012-03", "r-bio")]


def test_a_new_holder_of_a_single_holder_post_ends_the_previous_tenure(world):
    tenure = _rows(world, tenures, person_id="yun", post_id="premier@cabinet")[0]
    assert (tenure["end_rule"], tenure["successor_id"]) == ("succeeded", "jang")
    with world.engine.connect() as conn:
        assert [h.person_id for h in holders_on(conn, "premier@cabinet", "2012-02-20")] == ["yun"]
        assert [h.person_id for h in holders_on(conn, "premier@cabinet", "2012-07-01")] == ["jang"]


def test_a_higher_grade_of_membership_of_a_body_or_of_its_sub_body_ends_the_lower_grade(world):
    alternate = "alternate-member@wpk-cc-politburo"
    for person_id in ("ok", "yong"):
        tenure = _rows(world, tenures, person_id=person_id, post_id=alternate)[0]
        assert (tenure["ended_date"], tenure["ended_report"], tenure["end_rule"]) == ("2012-04-11", "r-conf",
                                                                                       "promoted")
    assert _rows(world, tenures, person_id="mok", post_id=alternate)[0]["ended_date"] is None
    with world.engine.connect() as conn:
        assert {h.person_id for h in holders_on(conn, alternate, "2012-03-01")} >= {"ok", "yong", "mok"}
        assert {h.person_id for h in holders_on(conn, alternate, "2012-05-01")} & {"ok", "yong"} == set()
        assert "yong" in {h.person_id for h in holders_on(conn, "member@wpk-cc-politburo", "2012-05-01")}


def test_a_relief_of_his_post_takes_the_post_given_as_the_title_not_all_posts(world):
    relieved = _rows(world, changes, person_id="tak", kind="relieved")
    assert [(row["post_id"], row["date"], row["detail"]) for row in relieved] == [
        ("member@ndc", "2012-03-22", "the post named with the person")]


def test_a_rank_that_goes_down_is_a_demotion(world):
    demoted = _rows(world, changes, person_id="paek", kind="demotion")
    assert [(row["date"], row["post_id"], row["signal"]) for row in demoted] == [("2012-08-03", "general@kpa", 1)]


def test_announcements_name_several_people_and_fill_vacancies(world):
    def found(person_id):
        return {(row["kind"], row["post_id"], row["date"]) for row in _rows(world, changes, person_id=person_id)
                if row["kind"] in ("awarded", "relieved", "elected")}
    assert found("ho") == {("awarded", "vice-marshal@kpa", "2012-09-10"), ("relieved", "member@ndc", "2012-09-20")}
    assert found("son") == {("awarded", "vice-marshal@kpa", "2012-09-10"), ("elected", "member@ndc", "2012-09-20")}


def test_an_election_retold_later_is_history_not_a_change(world):
    elected = _rows(world, changes, person_id="tae", kind="elected")
    assert [(row["date"], row["report_id"]) for row in elected] == [("2012-04-13", "r-tae")]
    retold = [row for row in _rows(world, history, person_id="tae") if row["report_id"] == "r-tae-retold"]
    assert [(row["about"], row["rule"]) for row in retold] == [("2012-04-13", "retold: held since 2012-04-13 (r-tae)")]
    role = _rows(world, statement_times, report_id="r-tae-retold", kind="role")
    assert [(row["recalled"], row["about"]) for row in role] == [(1, "2012-04-13")]


def test_an_election_at_a_meeting_held_long_before_the_report_is_history(world):
    assert not _rows(world, changes, person_id="man", kind="elected")
    assert [(row["about"], row["rule"]) for row in _rows(world, history, person_id="man")] == [
        ("2010-09-28", "retold: the report's meeting was held 2010-09-28")]


def test_an_election_at_a_meeting_held_now_is_news_even_of_a_post_already_held(world):
    assert [row["date"] for row in _rows(world, changes, person_id="chang", kind="elected")] == ["2012-03-20"]


def test_an_eternal_title_goes_to_the_name_it_stands_beside(world):
    assert {row["post_id"] for row in _rows(world, changes, person_id="rim", kind="awarded")} == {
        "eternal-general-secretary@wpk"}
    assert not _rows(world, changes, person_id="hyon")  # alive: an eternal title of the living is no title
