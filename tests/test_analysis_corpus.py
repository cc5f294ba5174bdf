"""The changes, holders and people that the real corpus records (issue 4's done-when), on the corpus ingested
once for the whole session (`corpus_store` in conftest.py). Each expected report is found by what its text
says, not by a remembered id."""
from __future__ import annotations

import pytest
from sqlalchemy import and_, create_engine, func, select

from podium.analysis.change import CONFERRED_KINDS, ENDED_KINDS
from podium.analysis.holders import holders_on
from podium.analysis.lookup import find_persons, find_post
from podium.sources import document
from podium.store.schema import changes, persons, reports

NEW = ("new post",)
PRESIDIUM = "member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea"


@pytest.fixture(scope="module")
def conn(corpus_store):
    db, _ = corpus_store
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        if not conn.execute(select(func.count()).select_from(persons)).scalar():
            pytest.skip("no persons: podium.resolve.refresh has not filled the identities")
        yield conn
    engine.dispose()


def _reports_saying(conn, *phrases: str) -> set[str]:
    """The reports whose title or text holds every phrase."""
    said = [func.lower(reports.c.title + " " + reports.c.text).contains(p.lower()) for p in phrases]
    return set(conn.execute(select(reports.c.id).where(and_(*said))).scalars())


@pytest.mark.parametrize("name, kinds, post, month, phrases", [
    pytest.param("Ri Yong Ho", ENDED_KINDS, PRESIDIUM, "2012-07", ("relieve Ri Yong Ho", "all his posts"),
                 id="Ri Yong Ho relieved of all his posts"),
    pytest.param("Kim Jong Un", CONFERRED_KINDS, "first secretary of the Workers' Party of Korea", "2012-04",
                 ("Kim Jong Un was elected first secretary",), id="Kim Jong Un first secretary of the WPK"),
    pytest.param("Kim Jong Un", CONFERRED_KINDS, "first chairman of the National Defence Commission", "2012-04",
                 ("elected Kim Jong Un", "as first chairman of the National Defence Commission"),
                 id="Kim Jong Un first chairman NDC"),
    pytest.param("Choe Ryong Hae", CONFERRED_KINDS, PRESIDIUM, "2012-04",
                 ("Choe Ryong Hae was elected member of the Presidium",), id="Choe Ryong Hae to the Presidium"),
    pytest.param("Hyon Yong Chol", CONFERRED_KINDS, "vice marshal of the Korean People's Army", "2012-07",
                 ("vice marshal", "awarded to Hyon Yong Chol"), id="Hyon Yong Chol vice marshal"),
    pytest.param("Hong Sok Hyong", ENDED_KINDS, "secretary of the Central Committee of the Workers' Party of Korea",
                 "2011-06", ("relieved Hong Sok Hyong",), id="Hong Sok Hyong relieved as CC secretary"),
    pytest.param("Ri Myong Su", CONFERRED_KINDS, "minister of People's Security of the National Defence Commission",
                 "2011-04",
                 ("Ri Myong Su was appointed",), id="Ri Myong Su minister of People's Security"),
    pytest.param("Choe Hui Jong", ENDED_KINDS, "chairman of the Budget Committee of the Supreme People's Assembly",
                 "2012-09", ("Choe Hui Jong was recalled",), id="Choe Hui Jong recalled from the Budget Committee"),
    pytest.param("Pak To Chun", CONFERRED_KINDS, "general", "2012-02",
                 ("Pak To Chun", "promoted to General"), id="Pak To Chun promoted general"),
    # read from how the reports name people from a date on, with no verb stating it
    pytest.param("Kim Jong Un", NEW, "supreme commander of the Korean People's Army", "2011-12",
                 ("Kim Jong Un", "supreme commander"), id="Kim Jong Un supreme commander (new post)"),
    pytest.param("Choe Ryong Hae", NEW, "director of the General Political Bureau of the Korean People's Army",
                 "2012-04", ("Choe Ryong Hae", "director of the General Political Bureau"),
                 id="Choe Ryong Hae director of the GPB (new post)"),
    pytest.param("Kim Jong Gak", NEW, "minister of the People's Armed Forces", "2012-04",
                 ("Kim Jong Gak", "minister of the People's Armed Forces"),
                 id="Kim Jong Gak minister of the People's Armed Forces (new post)"),
    # a title conferred by decision is announced, so it is no longer also a statistical "new post"; the reports
    # of the next days ("was awarded the title of Marshal", the rank without its body) are its repeats
    pytest.param("Kim Jong Un", CONFERRED_KINDS, "marshal of the Democratic People's Republic of Korea", "2012-07",
                 ("decision was made to award the title of Marshal of the DPRK to Kim Jong Un",),
                 id="Kim Jong Un marshal (awarded)"),
])
def test_recorded_changes_are_found_with_their_date_and_report(conn, name, kinds, post, month, phrases):
    stating = _reports_saying(conn, *phrases)
    assert stating, f"no report says {phrases}"
    rows = conn.execute(select(changes).where(changes.c.person_id.in_(find_persons(conn, name)),
                                              changes.c.kind.in_(kinds))).mappings().all()
    post_id = find_post(conn, post)
    found = [row for row in rows if row["post_id"] in (post_id, None) and row["date"].startswith(month)]
    assert found, f"{name}: {[(r['date'], r['kind'], r['post_id']) for r in rows]}"
    assert any(row["report_id"] in stating and name.split()[0] in row["evidence"] for row in found)


def test_no_change_without_its_evidence(conn):
    docs = {}
    for row in conn.execute(select(changes.c.report_id, changes.c.evidence, changes.c.kind)):
        if row.report_id not in docs:
            title, text = conn.execute(select(reports.c.title, reports.c.text)
                                       .where(reports.c.id == row.report_id)).one()
            docs[row.report_id] = document(title, text)
        assert row.evidence.strip(), row
        for piece in row.evidence.split("…"):
            assert piece in docs[row.report_id], row


def test_presidium_members_on_may_day_2012(conn):
    post_id = find_post(conn, PRESIDIUM)
    may_day = {row.name for row in holders_on(conn, post_id, "2012-05-01")}
    assert {"Kim Jong Un", "Kim Yong Nam", "Choe Yong Rim", "Choe Ryong Hae", "Ri Yong Ho"} <= may_day
    assert "Ri Yong Ho" not in {row.name for row in holders_on(conn, post_id, "2012-08-01")}  # relieved in July


def test_a_whole_protocol_place_is_an_integer(conn):
    """The median place of an even number of lists is a float; when it is whole it is shown as the integer, so a
    table never shows "3.0" beside "3"."""
    places = [row.protocol_place for row in holders_on(conn, find_post(conn, PRESIDIUM), "2012-05-01")]
    assert any(place is not None for place in places)
    assert all(isinstance(place, int) or place % 1 for place in places if place is not None), places


def test_chief_of_the_general_staff_before_and_after_july_2012(conn):
    post_id = find_post(conn, "chief of the General Staff of the Korean People's Army")
    june, august = ({row.name for row in holders_on(conn, post_id, day)} for day in ("2012-06-01", "2012-08-01"))
    assert "Ri Yong Ho" in june and "Hyon Yong Chol" not in june
    assert "Hyon Yong Chol" in august and "Ri Yong Ho" not in august  # "relieved of all his posts" ends it too


def test_most_mentioned_are_the_officials_an_analyst_expects(conn):
    top = set(conn.execute(select(persons.c.name).order_by(persons.c.n_reports.desc()).limit(30)).scalars())
    assert {"Kim Jong Il", "Kim Jong Un", "Kim Yong Nam", "Choe Yong Rim", "Choe Ryong Hae", "Ri Yong Ho",
            "Jang Song Thaek"} <= top
