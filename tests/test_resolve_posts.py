"""Post forms -> posts and bodies, on invented forms and a real SQLite file."""
import pytest
from sqlalchemy import select

from podium.resolve import post_id_of, refresh
from podium.resolve.bodies import BodyTree
from podium.resolve.posts import PostParser
from podium.store.schema import bodies, post_forms, posts
from resolve_store import add_report, make_store

PRESIDIUM_FORMS = [
    "member of the Presidium of the Political Bureau of the C.C., WPK",
    "member of the Presidium of the Political Bureau of the WPK Central Committee",
    "member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea",
    "Member of the Presidium of the Political Bureau of the Party Central Committee",
]


@pytest.fixture(scope="module")
def parser() -> PostParser:
    return PostParser(BodyTree.from_vocab())


def test_variants_of_one_post_are_one_post(parser):
    assert {parser.parse(form).post_id for form in PRESIDIUM_FORMS} == {"member@wpk-cc-politburo-presidium"}


@pytest.mark.parametrize("form, post_id", [
    ("premier", "premier@cabinet"),  # the vocabulary says the premier is the Cabinet's
    ("Supreme Commander", "supreme-commander@kpa"),
    ("marshal", "marshal"),  # a bare rank: no body is certain
    ("vice marshal of the Korean People's Army", "vice-marshal@kpa"),
    ("general of the KPA", "general@kpa"),
    ("member of the Presidium of the SPA", "member@spa-presidium"),
    ("member of the Presidium", "member-of-the-presidium"),  # which Presidium? left unresolved
    ("director of the Propaganda and Agitation Department of the C.C., WPK",
     "director@wpk-cc-propaganda-and-agitation-department"),
    ("minister of Public Health", "minister@cabinet-ministry-of-public-health"),
    ("minister of the Ministry of Public Health of the DPRK", "minister@cabinet-ministry-of-public-health"),
    # the security and defence ministries are not the Cabinet's: a ministry's name that is a fixed body's is it
    ("minister of State Security", "minister@mss"),
    ("minister of People's Security", "minister@mps"),
    ("vice-minister of the Ministry of People's Security", "vice-minister@mps"),
    ("minister of People's Security of the National Defence Commission", "minister@mps"),
    ("minister of Social Security", "minister@msos"),
    ("minister of the Ministry of National Defence of the DPRK", "minister@mnd"),
    ("minister of National Defence", "minister@mnd"),
    ("first vice-minister of National Defence of the DPRK", "first-vice-minister@mnd"),
    ("minister of Public Security of Vietnam", "minister@state-vietnam-ministry-of-public-security"),
    ("minister of State Security of China", "minister@state-china-ministry-of-state-security"),
    # a committee "of the DPRK" is not the Assembly's: only "of the SPA" makes one of its committees
    ("chairman of the Budget Committee of the Supreme People's Assembly", "chairman@spa-budget-committee"),
    ("chairman of the Rose Committee of the DPRK", "chairman@dprk-rose-committee"),
    ("chief secretary of the North Phyongan Provincial Committee of the WPK",
     "chief-secretary@wpk-north-phyongan-provincial-committee"),
    ("vice-chairman of the Communist Party of Peru", "vice-chairman@state-peru-communist-party"),
    ("ambassador of Laos to the DPRK", "ambassador-to-the-dprk@state-laos"),
    ("premier of the DPRK", "premier@cabinet"),  # the DPRK's premier is its Cabinet's
    ("premier of Laos", "premier@state-laos"),
    ("foreign minister of the DPRK", "minister@cabinet-ministry-of-foreign-affairs"),
    ("foreign minister", "foreign-minister"),  # any country's: no body is certain
    ("general secretary of the Central Committee of the Lao People's Revolutionary Party",
     "general-secretary@state-laos-peoples-revolutionary-party-central-committee"),
    ("chairman of the Korean Committee for Solidarity with World People",
     "chairman@korean-committee-for-solidarity-with-world-people"),
    ("chairwoman of the Association of Koreans in China", "chairwoman@state-china-association-of-koreans"),
    ("chairman of the Standing Committee of the Chinese National People's Congress",
     "chairman@state-china-national-peoples-congress-standing-committee"),
])
def test_forms_become_office_at_body(parser, form, post_id):
    assert parser.parse(form).post_id == post_id


def test_what_a_post_says_about_its_holder(parser):
    rank = parser.parse("colonel general of the Korean People's Army")
    worker = parser.parse("worker of the Sunchon Cement Complex")
    cell = parser.parse("secretary of the Party cell of the Sunchon Cement Complex")
    visitor = parser.parse("member of the Central Committee of the Communist Party of Peru")
    assert (rank.rank, rank.central, rank.grassroots, rank.foreign) == (True, True, False, False)
    assert (worker.grassroots, worker.central) == (True, False)
    assert cell.grassroots
    assert visitor.foreign and not visitor.central
    for bilateral in ("chairman of the DPRK-Peru Friendship Association", "chairman of the Peru-Korea Friendship "
                      "Association"):
        post = parser.parse(bilateral)
        assert not post.foreign and not post.named_dprk, bilateral


def test_refresh_writes_the_tree_posts_and_forms(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-04-11", [("Choe Ryong Hae", PRESIDIUM_FORMS[:2])])
    add_report(engine, "r2", "2012-04-12", [("Choe Ryong Hae", PRESIDIUM_FORMS[2:] + ["vice marshal of the KPA"])])
    with engine.begin() as conn:
        refresh(conn)
        forms = dict(conn.execute(select(post_forms.c.form, post_forms.c.post_id)).all())
        post = conn.execute(select(posts).where(posts.c.id == "member@wpk-cc-politburo-presidium")).one()
        tree = {row.id: row.parent_id for row in conn.execute(select(bodies))}
    assert set(forms) == set(PRESIDIUM_FORMS) | {"vice marshal of the KPA"}
    assert post.title == ("member of the Presidium of the Political Bureau of the Central Committee of the "
                          "Workers' Party of Korea")
    assert (post.office, post.body_id) == ("member", "wpk-cc-politburo-presidium")
    chain, body = [], "wpk-cc-politburo-presidium"
    while body:
        chain.append(body)
        body = tree[body]
    assert chain == ["wpk-cc-politburo-presidium", "wpk-cc-politburo", "wpk-cc", "wpk"]


def test_titles_keep_the_connector_the_reports_use(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-04-11", [("Choe Ryong Hae", ["deputy to the SPA"])])
    add_report(engine, "r2", "2012-04-12", [("Choe Ryong Hae", ["deputy to the Supreme People's Assembly"])])
    with engine.begin() as conn:
        refresh(conn)
        titles = conn.execute(select(posts.c.id, posts.c.title)).all()
    assert titles == [("deputy@spa", "deputy to the Supreme People's Assembly")]


def test_refresh_twice_gives_the_same_tables(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-04-11", [("Choe Ryong Hae", PRESIDIUM_FORMS), ("Kim Chol", ["premier"])])

    def snapshot():
        with engine.begin() as conn:
            refresh(conn)
            return [sorted(conn.execute(select(t)).all()) for t in (bodies, posts, post_forms)]
    assert snapshot() == snapshot()


def test_a_query_finds_the_post_refresh_filed(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "r1", "2012-04-11", [("Choe Ryong Hae", [PRESIDIUM_FORMS[0]])])
    with engine.begin() as conn:
        refresh(conn)
        filed = conn.execute(select(post_forms.c.post_id)).scalar_one()
    assert post_id_of(PRESIDIUM_FORMS[2]) == filed


@pytest.mark.parametrize("form, not_this", [
    ("minister of the Democratic People's Republic of Korea of Fisheries", "minister@dprk"),
    ("chairman of the Committee of the Kim Il Sung Socialist Youth League in the Korean People's Army",
     "chairman@kisyl-committee"),
    ("deputy director of the Foreign Affairs Office of the Ministry of National Defense",
     "deputy-director@mnd-foreign-affairs-office"),
])
def test_a_fixed_body_name_does_not_swallow_its_context(parser, form, not_this):
    """A body's full name names that fixed body only where it can stand: garbled words around the state's name
    keep their own body, the youth league in the KPA stays in the KPA, and China's "Ministry of National
    Defense" is not the DPRK's."""
    assert parser.parse(form).post_id != not_this


@pytest.mark.parametrize("form, post_id", [
    ("minister of the Democratic People's Republic of Korea of Fisheries",
     "minister@fisheries-democratic-peoples-republic-of-korea"),
    ("chairman of the Committee of the Kim Il Sung Socialist Youth League in the Korean People's Army",
     "chairman@kpa-kim-il-sung-socialist-youth-league-committee"),
])
def test_the_context_a_fixed_body_name_keeps_is_the_posts_own_body(parser, form, post_id):
    """What the forms above are instead: the garbled minister keeps his own (unnamed) ministry, the youth league's
    committee in the army stays under the army."""
    assert parser.parse(form).post_id == post_id
