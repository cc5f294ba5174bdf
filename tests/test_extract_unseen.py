"""Issue 7, round two (the roles room): classes of error on reports nobody tuned to, each fixed by a general rule
(a cue row or a grammar), each shown here on an invented report (no corpus text), with the rule that made it."""
from test_extract_classes import people, rules


def test_the_platform_and_the_tribune_of_a_parade_are_presence():
    text = ("A parade was held at the square. Marshal Ri Pyo Sun, first secretary of the Workers' Party of "
            "Korea, appeared at the tribune of honor. The tribune of honor was taken by Kang Chol Ha, Han Song Gu "
            "and other officials. Taking the platform also were Mun Yun Ho and Song Tae Sung. The columns of the "
            "guards were led by Ju Ung Bae.")
    found = people(text)
    assert found["Ri Pyo Sun"].role_names() == ["present"]
    for name in ("Kang Chol Ha", "Han Song Gu", "Mun Yun Ho", "Song Tae Sung", "Ju Ung Bae"):
        assert found[name].role_names() == ["present"], name
    assert "cue-before:present:tribune of honor was taken by" in rules(found["Han Song Gu"])
    assert any(r.startswith("presence-opener:present") for r in rules(found["Mun Yun Ho"]))


def test_a_leader_who_meets_a_group_received_them_and_was_present():
    text = ("Ri Pyo Sun, general secretary of the Workers' Party of Korea, met young volunteers who went to "
            "the coal mines and praised their deeds. Kang Chol Ha met and congratulated exemplary doctors.")
    found = people(text, "2021-08-31")
    assert sorted(found["Ri Pyo Sun"].role_names()) == ["present", "received", "spoke"]
    assert "subject:received:met a group" in rules(found["Ri Pyo Sun"])
    assert sorted(found["Kang Chol Ha"].role_names()) == ["present", "received", "spoke"]


def test_people_met_on_field_guidance_are_part_of_the_guidance():
    text = ("Ri Pyo Sun gave field guidance to the Ponghwa Machine Plant. He met technicians of the plant and "
            "said the plant is modern.")
    assert sorted(people(text)["Ri Pyo Sun"].role_names()) == ["guided", "spoke"]


def test_meeting_a_named_visitor_or_meeting_death_is_no_group_met():
    text = "Kang Chol Ha met Han Song Gu, a visitor. Mun Yun Ho met death in the war."
    found = people(text)
    assert found["Kang Chol Ha"].role_names() == ["received"]
    assert found["Han Song Gu"].role_names() == ["present"]
    assert found["Mun Yun Ho"].role_names() == ["mentioned"]


def test_visits_and_tributes_paid_and_photos_posed_for_are_presence():
    text = ("Han Song Gu, director of the Office, paid a condolatory visit to the mission. He paid a silent "
            "tribute before the portrait. Ri Pyo Sun posed for a picture with the children.")
    found = people(text, "2011-12-26")
    assert found["Han Song Gu"].role_names() == ["present"]
    assert found["Ri Pyo Sun"].role_names() == ["present"]


def test_a_participle_clause_before_the_subject_leaves_him_the_subject():
    text = ("Ri Pyo Sun, general secretary of the Workers' Party of Korea, guided the test-fire. Expressing great "
            "satisfaction over the result, Ri Pyo Sun had a photo session with the scientists. Stressing that the "
            "test was a success, Ri Pyo Sun added that work must go on.")
    person = people(text, "2022-10-13")["Ri Pyo Sun"]
    assert sorted(person.role_names()) == ["guided", "present", "spoke"]
    assert "subject:present:had a photo session" in rules(person)


def test_an_office_in_title_case_opening_a_sentence_is_the_last_holder_seen():
    text = ("Ri Pyo Sun, general secretary of the Workers' Party of Korea, met war veterans. The General Secretary "
            "had a photo session with them, expressing the belief that they would stay young. "
            "The respected General Secretary said the veterans are the pride of the country.")
    person = people(text, "2021-07-30")["Ri Pyo Sun"]
    assert {"office:spoke:expressing", "office:present:had a photo session", "office:spoke:said"} <= rules(person)


def test_a_cue_scoped_up_to_the_next_post_stops_where_its_list_ends():
    text = ("Ri Pyo Sun, accompanied by Kang Chol Ha and Han Song Gu, secretaries of the Central Committee, "
            "inspected the company commanded by Mun Yun Ho and praised Song Tae Sung.")
    found = people(text)
    assert found["Ri Pyo Sun"].role_names() == ["guided"]  # the subject inspected; his company came along
    for name in ("Kang Chol Ha", "Han Song Gu"):
        assert found[name].role_names() == ["present"]
        assert "cue-before:present:accompanied by" in rules(found[name])
    for name in ("Mun Yun Ho", "Song Tae Sung"):  # after the list and its post: out of the cue's scope
        assert found[name].role_names() == ["mentioned"]


def test_the_post_scope_runs_over_a_list_whose_members_each_have_a_post():
    text = ("He was accompanied by Kang Chol Ha, secretary of the C.C., WPK; Han Song Gu, department director of "
            "the C.C., WPK, and KPA Lieut. Gen. Mun Yun Ho.")
    found = people("Ri Pyo Sun inspected a unit. " + text)
    for name in ("Kang Chol Ha", "Han Song Gu", "Mun Yun Ho"):
        assert found[name].role_names() == ["present"], name


def test_a_title_or_the_end_of_an_office_before_a_name_is_no_part_of_it():
    text = ("Officer Ri Su Gyong of the unit, a hero, spoke. Minister of Public Health Han Chang Sik, a doctor, "
            "attended. Reverend Tomas Pelling, chairman of the Church Council, and Prosecutor Kang Sang Dae, a jurist, were there.")
    names = set(people(text))
    assert {"Ri Su Gyong", "Han Chang Sik", "Tomas Pelling", "Kang Sang Dae"} <= names
    assert not any(name.split()[0] in ("Officer", "Health", "Reverend", "Prosecutor") for name in names)


def test_a_rank_ends_a_title_before_a_name_and_is_a_post_of_its_own():
    text = ("Supreme Commander of the Korean People's Army Marshal Ri Pyo Sun inspected the unit. Chief of the KPA "
            "General Staff Kang Chol Ha was there.")
    found = people(text)
    assert found["Ri Pyo Sun"].post_texts() == ["supreme commander of the Korean People's Army", "marshal"]
    assert found["Kang Chol Ha"].post_texts() == ["chief of the General Staff of the Korean People's Army"]


def test_the_head_of_a_delegation_named_by_a_bare_title_holds_it_in_the_delegation_s_body():
    text = ("Ri Pyo Sun met a delegation of the Ministry of Foreign Affairs of Malaysia led by Secretary-General "
            "Tan Sri Amran Zulkefli Ismail. The delegation of the Federal Emigration Bureau of Russia headed by "
            "Deputy Director Pavel Ostrikov left. A delegation of the Ministry of Fisheries of Laos led by "
            "Vice-Minister Bounmy Khamsone arrived.")
    found = people(text)
    assert found["Amran Zulkefli Ismail"].post_texts() == [
        "secretary-general of the Ministry of Foreign Affairs of Malaysia"]
    assert found["Pavel Ostrikov"].post_texts() == ["deputy director of the Federal Emigration Bureau of Russia"]
    assert found["Bounmy Khamsone"].post_texts() == ["vice-minister of Fisheries of Laos"]
    assert "post:delegation-head" in rules(found["Pavel Ostrikov"])


def test_things_handed_over_to_someone_are_received_and_a_military_attache_of_an_embassy_is_a_post():
    text = ("Ri Pyo Sun received a floral basket from the military attaches corps. They were handed over to Kang "
            "Chol Ha, minister of Defence, by Hassan Reza Farsi, military attache of the Iranian embassy here.")
    found = people(text, "2012-07-20")
    assert found["Kang Chol Ha"].role_names() == ["received"]
    assert found["Hassan Reza Farsi"].post_texts() == ["military attache of the embassy of Iran"]
    assert found["Hassan Reza Farsi"].role_names() == ["sent"]


def test_a_party_committee_named_with_its_place_keeps_the_place_before_it():
    text = ("The column was led by Chief Secretary of the City Party Committee Kang Pong Hun. Ri Chol, chief "
            "secretary of the South Hamgyong Provincial Party Committee, spoke.")
    found = people(text, "2021-09-09")
    assert found["Kang Pong Hun"].post_texts() == ["chief secretary of the City Committee of the Workers' Party of Korea"]
    assert found["Ri Chol"].post_texts() == [
        "chief secretary of the South Hamgyong Provincial Committee of the Workers' Party of Korea"]


def test_the_respected_marshal_with_no_name_is_a_post_of_the_one_living_leader_named():
    text = ("Kim Jong Un, general secretary of the Workers' Party of Korea, met the students. They ran into the arms "
            "of the kind-hearted Marshal. Flowers lay on the bier of Marshal of the Korean People's Army Ri Pyo Sun.")
    found = people(text, "2022-01-02")
    assert "marshal" in found["Kim Jong Un"].post_texts()
    assert "post:leader-title" in rules(found["Kim Jong Un"])
    mourning = "Kim Jong Il died. Kim Jong Un wept. They bid farewell to the Supreme Commander."
    assert people(mourning, "2011-12-28")["Kim Jong Un"].post_texts() == []  # two leaders named: whose title?


def test_arrival_welcome_and_speech_openers_found_over_the_corpus():
    text = ("Ri Pyo Sun arrived at the airport. On hand from the Lao side were Kang Chol Ha and Han Song Gu. "
            "Arriving here on the same day were Mun Yun Ho, chairman of the Association, and his party. Taking the "
            "floor at the rally were Song Tae Sung, manager of the Ponghwa Factory, and Ju Ung Bae.")
    found = people(text)
    for name in ("Kang Chol Ha", "Han Song Gu", "Mun Yun Ho"):
        assert found[name].role_names() == ["present"], name
    for name in ("Song Tae Sung", "Ju Ung Bae"):
        assert found[name].role_names() == ["spoke"], name
        assert "speech-opener:spoke:taking the floor" in rules(found[name])


def test_condolences_expressed_are_no_speech_but_a_belief_expressed_is():
    text = ("Ri Pyo Sun attended the funeral, expressing deep condolences over the death. Kang Chol Ha attended "
            "the meeting, expressing the belief that the work would go well.")
    found = people(text)
    assert found["Ri Pyo Sun"].role_names() == ["present"]
    assert sorted(found["Kang Chol Ha"].role_names()) == ["present", "spoke"]
