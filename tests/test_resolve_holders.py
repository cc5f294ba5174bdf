"""Posts that depend on their holder, on invented reports in a real SQLite file: a bare office names a DPRK body
only for a DPRK official, a bare rank is the KPA's only for a KPA officer; the analysis reads them."""
from sqlalchemy import select

from podium.analysis.facts import load_facts
from podium.resolve import refresh
from podium.store.schema import post_holder_forms, posts
from resolve_store import add_report, make_store


def _refresh(engine):
    with engine.begin() as conn:
        refresh(conn)
        facts = load_facts(conn)
        holder = {(r, n, form): post for r, n, form, post in conn.execute(select(post_holder_forms)).all()}
        post_ids = set(conn.execute(select(posts.c.id)).scalars())
    return facts, holder, post_ids


def _posts_of(facts, person_id):
    return {fact.post_id for fact in facts.posts[person_id]}


def test_bare_premier_is_the_cabinets_only_for_a_dprk_official(tmp_path):
    engine = make_store(tmp_path / "h.db")
    add_report(engine, "d1", "2012-01-05", [("Choe Kwang Rim", ["premier of the Cabinet of the DPRK"])])
    add_report(engine, "d2", "2012-02-05", [("Choe Kwang Rim", ["premier"])])
    add_report(engine, "f1", "2012-03-05", [("Zhao Mingde", ["premier"])])
    add_report(engine, "f2", "2012-03-06", [("Zhao Mingde", ["minister of Water Conservancy"])])
    facts, holder, post_ids = _refresh(engine)
    assert _posts_of(facts, "choe-kwang-rim") == {"premier@cabinet"}
    assert not {key for key in holder if key[0].startswith("d")}  # a DPRK premier keeps the form's post
    assert _posts_of(facts, "zhao-mingde") == {"premier", "minister-of-water-conservancy"}
    assert {"premier", "minister-of-water-conservancy"} <= post_ids  # the posts exist for the foreign keys


def test_bare_general_is_the_kpas_only_for_a_kpa_officer(tmp_path):
    engine = make_store(tmp_path / "h.db")
    add_report(engine, "k1", "2012-01-05", [("Ri Song Chol", ["colonel general of the Korean People's Army"])])
    add_report(engine, "k2", "2012-04-05", [("Ri Song Chol", ["general"])])
    add_report(engine, "u1", "2012-04-06", [("Mark Dalton", ["general"])])
    facts, holder, _ = _refresh(engine)
    assert holder[("k2", 0, "general")] == "general@kpa"
    assert "general@kpa" in _posts_of(facts, "ri-song-chol")
    assert _posts_of(facts, "mark-dalton") == {"general"}


def test_a_state_title_written_bare_stays_bare_for_a_kpa_officer(tmp_path):
    engine = make_store(tmp_path / "h.db")
    add_report(engine, "k1", "2012-01-05", [("Ri Song Chol", ["vice marshal of the Korean People's Army"])])
    add_report(engine, "k2", "2012-07-18", [("Ri Song Chol", ["marshal"])])
    facts, holder, _ = _refresh(engine)
    assert ("k2", 0, "marshal") not in holder and "marshal" in _posts_of(facts, "ri-song-chol")


def test_a_foreign_leader_never_holds_a_wpk_post(tmp_path):
    """The extractor gives a Chinese leader the WPK's general secretaryship: he holds his own party's office."""
    engine = make_store(tmp_path / "h.db")
    add_report(engine, "c1", "2012-01-05", [("Wang Dongming", ["general secretary of the CPC Central Committee"])])
    add_report(engine, "c2", "2012-02-05", [("Wang Dongming", ["general secretary of the Central Committee of "
                                                               "the Workers' Party of Korea"])])
    add_report(engine, "c3", "2012-03-05", [("Luis Ferrando", ["general secretary of the Workers' Party of Korea"])])
    facts, _, _ = _refresh(engine)
    assert _posts_of(facts, "wang-dongming") == {"general-secretary@state-china-communist-party-central-committee"}
    assert _posts_of(facts, "luis-ferrando") == {"general-secretary"}


def test_a_puppet_minister_is_south_koreas_not_the_cabinets(tmp_path):
    engine = make_store(tmp_path / "h.db")
    text = "Kang Tae Sik, puppet minister of Unification, said so."
    for n in range(3):
        add_report(engine, f"s{n}", f"2012-0{n + 1}-05", [("Kang Tae Sik", ["minister of Unification"])],
                   text=text)
    with engine.begin() as conn:  # the span of the post in the document (title, blank line, text)
        conn.exec_driver_sql("UPDATE report_posts SET start = 2 + 21, end = 2 + 44")
    facts, _, _ = _refresh(engine)
    assert _posts_of(facts, "kang-tae-sik") == {"minister-of-unification"}


def test_acronyms_of_foreign_parties_name_their_party():
    from podium.resolve import post_id_of
    assert post_id_of("general secretary of the LPRP Central Committee").endswith(
        "@state-laos-peoples-revolutionary-party-central-committee")
    assert post_id_of("prime minister of south Korea") == "prime-minister@state-south-korea"


def test_a_rare_one_letter_misspelling_holding_the_known_persons_post_is_that_person(tmp_path):
    engine = make_store(tmp_path / "h.db")
    for n in range(10):
        add_report(engine, f"p{n}", f"2012-0{n % 9 + 1}-1{n % 9}", [("Choe Yong Rim", ["premier of the Cabinet"])])
    add_report(engine, "typo", "2012-03-25", [("Chon Yong Rim", ["premier of the Cabinet"])])
    add_report(engine, "other", "2012-04-25", [("Chon Yong Bom", ["manager of the Sinpo Fishery Station"])])
    facts, _, _ = _refresh(engine)
    assert "typo" in {app.report_id for app in facts.appearances["choe-yong-rim"]}
    assert "chon-yong-rim" not in facts.appearances and "chon-yong-bom" in facts.appearances


def test_a_rare_misspelling_with_a_shared_post_and_a_new_one_that_agrees_is_that_person(tmp_path):
    engine = make_store(tmp_path / "h.db")
    for n in range(10):
        add_report(engine, f"g{n}", f"2012-0{n % 9 + 1}-1{n % 9}",
                   [("Kim Won Hong", ["general of the Korean People's Army", "member of the Central Military "
                                      "Commission of the Workers' Party of Korea"])])
    add_report(engine, "typo", "2012-10-06", [("Kim Won Hung", ["general of the Korean People's Army",
                                                                 "minister of State Security"])])
    add_report(engine, "clash", "2012-10-08", [("Kim Won Hang", ["general of the Korean People's Army",
                                                                  "vice-minister of Foreign Affairs"])])
    facts, _, _ = _refresh(engine)
    assert "typo" in {app.report_id for app in facts.appearances["kim-won-hong"]}
    assert "kim-won-hung" not in facts.appearances and "kim-won-hang" in facts.appearances
