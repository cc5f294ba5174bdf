"""Career tracks (vocab/careers.yaml) and the report's context, on invented reports in a real SQLite file: two
people of one name in incompatible tracks stay apart, and a mention without a post goes where its report's
people and domain point, with an honest score."""
import pytest

from podium.resolve.careers import Careers, careers
from podium.resolve.posts import PostParser
from podium.resolve.bodies import BodyTree
from resolve_store import add_report, make_store
from test_resolve_persons import links

CHIEF_OF_STAFF = "chief of the General Staff of the Korean People's Army"
PRESIDIUM = "member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea"
POLITBURO = "member of the Political Bureau of the Central Committee of the Workers' Party of Korea"
VICE_FM = "vice-minister of Foreign Affairs"
FOOTBALL_TITLE = "Women's Football Team Wins National Championship"
FOOTBALL_TEXT = "The women's football team of the Ryomyong Sports Group won the championship, its coach said."
TALKS_TITLE = "DPRK Delegation Leaves for Six-Party Talks"


@pytest.fixture(scope="module")
def parser():
    return PostParser(BodyTree.from_vocab())


def test_tracks_of_posts(parser):
    tracks = {form: set(careers().tracks_of(parser.parse(form)))
              for form in (CHIEF_OF_STAFF, POLITBURO, VICE_FM, "vice marshal of the Korean People's Army",
                           "minister of Chemical Industry", "ambassador")}
    assert "military" in tracks[CHIEF_OF_STAFF] and "military" in tracks["vice marshal of the Korean People's Army"]
    assert "party_central" in tracks[POLITBURO]
    assert "foreign_service" in tracks[VICE_FM] and "economy" not in tracks[VICE_FM]
    assert "economy" in tracks["minister of Chemical Industry"]
    assert "foreign_service" not in tracks["ambassador"]  # bare: as often a foreign visitor's post


def test_topics_of_a_report():
    assert "sports" in careers().topics(FOOTBALL_TITLE, FOOTBALL_TEXT)
    assert "foreign_service" in careers().topics(TALKS_TITLE, "The delegation left for the six party talks.")
    assert not careers().topics("Farmers Harvest Early Crops", "Farmers in South Hwanghae gathered wheat.")


def test_bad_incompatible_entry_is_named():
    vocab = {"tracks": {"military": {"flags": ["rank"]}}, "incompatible": [["military", "navy", 30]],
             "context_split_max_reports": 10}
    with pytest.raises(ValueError, match="careers.yaml: incompatible entry 1"):
        Careers(vocab)


def test_chief_of_staff_and_vice_foreign_minister_of_one_name_are_two_people(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "m1", "2011-02-01", [("Ri Chol Nam", [CHIEF_OF_STAFF, PRESIDIUM])])
    add_report(engine, "d1", "2011-07-20", [("Ri Chol Nam", [VICE_FM])])
    add_report(engine, "m2", "2011-10-01", [("Ri Chol Nam", ["vice marshal of the Korean People's Army"])])
    add_report(engine, "d2", "2011-11-03", [("Ri Chol Nam", [VICE_FM])])
    add_report(engine, "d3", "2011-08-05", [("Ri Chol Nam", []), ("Sim Kwang Ok", [])], title=TALKS_TITLE,
               text="Ri Chol Nam and Sim Kwang Ok, heads of the delegations to the six-party talks, met.")
    linked = links(engine)
    assert linked[("m1", 0)][0] == linked[("m2", 0)][0] == "ri-chol-nam"
    assert linked[("d1", 0)][0] == linked[("d2", 0)][0] == linked[("d3", 0)][0] == "ri-chol-nam-2"
    assert "foreign_service" in linked[("d1", 0)][2] and "military" in linked[("d1", 0)][2]
    assert "the report is about foreign_service" in linked[("d3", 0)][2]


def test_football_coach_is_not_the_politburo_member_of_her_name(tmp_path):
    engine = make_store(tmp_path / "p.db")
    for n in range(3):
        add_report(engine, f"p{n}", f"2011-0{n + 1}-10", [("Han Sun Ok", [POLITBURO]), ("Kim Jong Un", [])])
    add_report(engine, "f1", "2011-06-14", [("Han Sun Ok", []), ("Jon Myong Hwa", [])], title=FOOTBALL_TITLE,
               text=FOOTBALL_TEXT)
    add_report(engine, "f2", "2011-09-02", [("Han Sun Ok", []), ("Ra Un Sim", [])], title=FOOTBALL_TITLE,
               text=FOOTBALL_TEXT)
    add_report(engine, "k1", "2011-06-20", [("Han Sun Ok", []), ("Kim Jong Un", [])], title=FOOTBALL_TITLE,
               text=FOOTBALL_TEXT)
    linked = links(engine)
    politburo = linked[("p0", 0)][0]
    coach, score, reason = linked[("f1", 0)]
    assert coach != politburo and score < 1 and "sports vs party_central" in reason
    assert linked[("f2", 0)][0] == coach  # the next football report fits the coach
    # the Politburo member watching a match with the people usually seen with her stays herself
    assert linked[("k1", 0)][0] == politburo and "people seen with them" in linked[("k1", 0)][2]


def test_mention_without_post_in_another_domain_gets_a_low_score(tmp_path):
    engine = make_store(tmp_path / "p.db")
    for n in range(3):
        add_report(engine, f"e{n}", f"2012-0{n + 1}-05", [("Jo Myong Sik", ["minister of Chemical Industry"]),
                                                        ("Pak Pong Ju", [])])
    add_report(engine, "with", "2012-05-01", [("Jo Myong Sik", []), ("Pak Pong Ju", [])])
    add_report(engine, "away", "2012-05-02", [("Jo Myong Sik", []), ("Sin Yong Chol", [])],
               title="KPA Servicepersons Hold Firing Drill", text="Servicepersons of the KPA held a firing drill.")
    add_report(engine, "plain", "2012-05-03", [("Jo Myong Sik", [])])
    linked = links(engine)
    assert {linked[(r, 0)][0] for r in ("e0", "with", "away", "plain")} == {"jo-myong-sik"}
    assert linked[("with", 0)][1] >= 0.9
    assert linked[("away", 0)][1] <= 0.5 and "not their" in linked[("away", 0)][2]
    assert linked[("plain", 0)][1] == 1.0  # nothing says otherwise: the only person of the name


def test_posts_that_contradict_each_other_in_one_report_split_no_one(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "g1", "2011-03-01", [("Pak Jae Sok", ["vice-minister of the Ministry of People's Armed "
                                                             "Forces"])])
    add_report(engine, "g2", "2011-03-29", [("Pak Jae Sok", ["vice-minister of the Ministry of People's Armed "
                                                             "Forces", "ambassador of the DPRK to Cambodia"])])
    add_report(engine, "g3", "2011-04-09", [("Pak Jae Sok", ["colonel general of the Korean People's Army"])])
    linked = links(engine)
    assert {linked[(r, 0)][0] for r in ("g1", "g2", "g3")} == {"pak-jae-sok"}


def test_a_football_official_and_a_party_official_a_decade_later_are_two_people(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "s1", "2012-03-17", [("Jang Myong Sik", ["deputy secretary general of the Football "
                                                               "Association of the DPRK"])])
    add_report(engine, "w1", "2022-01-28", [("Jang Myong Sik", ["vice department director of the Central "
                                                               "Committee of the Workers' Party of Korea"])])
    add_report(engine, "w2", "2012-09-01", [("Ri Chang Ho", ["deputy secretary general of the Football "
                                                           "Association of the DPRK"])])
    add_report(engine, "w3", "2014-09-01", [("Ri Chang Ho", ["vice department director of the Central "
                                                           "Committee of the Workers' Party of Korea"])])
    linked = links(engine)
    assert linked[("s1", 0)][0] != linked[("w1", 0)][0]
    assert "sports" in linked[("w1", 0)][2] and "party_central" in linked[("w1", 0)][2]
    assert linked[("w2", 0)][0] == linked[("w3", 0)][0]  # two years on, within an era: a new career


def test_a_city_official_and_a_steel_worker_of_one_name_are_two_people(tmp_path):
    engine = make_store(tmp_path / "p.db")
    add_report(engine, "c1", "2011-03-29", [("Hwang Chol Ung", ["vice-chairman of the Rason City People's "
                                                               "Committee"])])
    add_report(engine, "c2", "2011-12-20", [("Hwang Chol Ung", ["worker of the Chongjin Steel Works"])])
    linked = links(engine)
    assert linked[("c1", 0)][0] != linked[("c2", 0)][0] and "local_officials" in linked[("c2", 0)][2]


def test_a_performer_and_a_namesake_a_decade_later_are_not_joined_by_the_leader_alone(tmp_path):
    engine = make_store(tmp_path / "p.db")
    leader = "Ryo Chang Gil"  # named in more reports than `context_split_max_reports`: every domain names him
    for n in range(careers().context_split_max_reports + 1):
        add_report(engine, f"l{n}", f"{2012 + n % 11}-0{1 + n % 9}-1{n % 10}", [(leader, [])])
    add_report(engine, "concert", "2012-01-14", [("So Kwang Nam", []), (leader, [])],
               title="Music and Dance Performance Given", text="A music and dance performance took place.")
    add_report(engine, "gift", "2022-10-11", [("So Kwang Nam", []), (leader, [])], title="Gift to the People")
    add_report(engine, "press", "2012-02-02", [("Ma Tong Hui", []), (leader, [])], title="Press Conference Held")
    add_report(engine, "visit", "2022-07-29", [("Ma Tong Hui", []), (leader, [])], title="Leader Visits Tower")
    linked = links(engine)
    assert linked[("concert", 0)][0] != linked[("gift", 0)][0]
    assert "none of their company" in linked[("gift", 0)][2]
    assert linked[("press", 0)][0] == linked[("visit", 0)][0]  # an official seen with the leader in both eras
