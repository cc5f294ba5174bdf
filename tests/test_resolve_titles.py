"""Post titles say what their forms say: a composition that reorders or garbles the written name falls back to the
form written most often; the expansions made on purpose (the Cabinet, "Ministry of", the DPRK's full name) stay.
All forms are invented."""
from collections import Counter

import pytest
from sqlalchemy import select

from podium.resolve import refresh
from podium.resolve.bodies import BodyTree
from podium.resolve.posts import PostParser
from podium.resolve.titles import most_written, unwritten_pairs, word_pairs
from podium.store.schema import posts
from resolve_store import add_report, make_store


@pytest.fixture(scope="module")
def parser() -> PostParser:
    return PostParser(BodyTree.from_vocab())


def title_of(parser: PostParser, *forms: str) -> str:
    """The title `refresh` gives a post written as `forms` (each once, the first the office text's source)."""
    post = parser.parse(forms[0])
    return parser.faithful_title(post, post.office_text, post.connector, Counter(forms))


def test_pairs_bridge_of_and_the():
    assert word_pairs("president of the Grand Duchy of the Moon") == {("president", "grand"), ("grand", "duchy"),
                                                                      ("duchy", "moon")}
    assert unwritten_pairs("chair of the Kite Society of Norway", ["chair of the Norway Kite Society"]) == \
        {("chair", "kite"), ("society", "norway")}
    assert unwritten_pairs("minister of the Ministry of Kites", ["minister of Kites"], ["ministry"]) == set()


def test_the_most_written_form_wins_then_the_shortest_then_the_first():
    assert most_written(Counter({"chair of  B": 1, "chair of A": 1, "chair of the A Club": 2})) == "chair of the A Club"
    assert most_written(Counter({"chair of the B": 1, "chair of the A": 1, "chair of the Ab": 1})) == "chair of the A"


def test_a_country_prefix_is_not_moved_to_the_end(parser):
    form = "chairman of the Norway-Korea Kite Society"
    assert parser.parse(form).body_id.startswith("state-norway")  # the body stays the country's
    assert title_of(parser, form) == form


def test_an_adjective_or_a_city_is_kept_as_written(parser):
    for form in ("president of the Norwegian Kite Society", "secretary of the Moscow Kite Circle of Russia"):
        assert title_of(parser, form) == form


def test_a_bare_of_korea_is_the_organisations_own_name(parser):
    form = "vice-chairman of the Central Committee of the Kite Flyers Union of Korea"
    assert parser.parse(form).body_id.startswith("dprk")
    assert title_of(parser, form) == form
    assert title_of(parser, "vice-chairman of the Kite Flyers Union of the DPRK") == \
        "vice-chairman of the Kite Flyers Union of the Democratic People's Republic of Korea"


def test_deliberate_expansions_stay(parser):
    assert title_of(parser, "vice-minister of Kite Industry") == \
        "vice-minister of the Ministry of Kite Industry of the Cabinet"
    assert title_of(parser, "member of the Presidium of the Political Bureau of the C.C., WPK") == \
        "member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea"
    assert title_of(parser, "foreign minister of Norway") == "minister of the Ministry of Foreign Affairs of Norway"


def test_democratic_congo_is_its_own_state(parser):
    democratic = parser.parse("president of the Democratic Congo")
    assert democratic.body_id == "state-democratic-republic-of-the-congo"
    assert parser.parse("president of the Republic of Congo").body_id == "state-congo"
    assert title_of(parser, "general secretary of the Kite Party of Democratic Congo") == \
        "general secretary of the Kite Party of Democratic Congo"


def test_refresh_shows_the_written_form_and_keeps_the_id(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-04-11", [("Ola Nordmann", ["chairman of the Norway-Korea Kite Society"])])
    add_report(engine, "r2", "2012-04-12", [("Ola Nordmann", ["chairman of the Norway-Korea Kite Society"]),
                                            ("Kim Chol", ["vice-minister of Kite Industry"])])
    with engine.begin() as conn:
        refresh(conn)
        titles = dict(conn.execute(select(posts.c.id, posts.c.title)).all())
    assert titles == {"chairman@state-norway-korea-kite-society": "chairman of the Norway-Korea Kite Society",
                      "vice-minister@cabinet-ministry-of-kite-industry":
                          "vice-minister of the Ministry of Kite Industry of the Cabinet"}
