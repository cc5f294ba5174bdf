"""Issue 7, session three (the kcna3 room): classes of error found by reviewing 60 unannotated KCNA reports
(`bench/RESULTS.md`, "Issue 7, session 3"), each fixed by a general rule and shown here on an invented report (no
corpus text), with the rule that made the fact."""
from test_extract_classes import people, rules


def test_names_coordinated_before_a_plural_post_are_people_with_that_post():
    text = ("Present there were Tomas Verlin, president of the Osmian Judo Union, Wen Hai Loke and Pavel "
            "Drugov, vice-presidents of the Osmian Judo Union, and officials concerned.")
    found = people(text, "2011-09-07")
    for name in ("Wen Hai Loke", "Pavel Drugov"):
        assert found[name].post_texts() == ["vice-president of the Osmian Judo Union"], name
        assert found[name].role_names() == ["present"], name


def test_a_korean_name_after_a_word_before_a_plural_post_stays_korean():
    text = "Heroes Kang Chol Ha and Mun Yun Ho, lecturers at the museum, told stories about the war."
    assert {"Kang Chol Ha", "Mun Yun Ho"} <= set(people(text, "2012-10-30"))


def test_a_new_ambassador_named_by_nationality_is_a_person_with_the_countrys_post():
    text = ("Ri Pyo Sun met and had a talk with Obiang Mba Essone, new Gabonese ambassador to the DPRK who paid a "
            "courtesy call on him on Thursday.")
    found = people(text, "2011-08-24")
    assert found["Obiang Mba Essone"].post_texts() == [
        "ambassador of Gabon to the Democratic People's Republic of Korea"]
    assert found["Obiang Mba Essone"].role_names() == ["present"]


def test_the_verb_of_a_relative_clause_is_its_antecedents_not_the_subjects():
    text = ("Ri Pyo Sun, vice-president of the Presidium of the Supreme People's Assembly, met and had a talk "
            "with Obiang Mba Essone, new Gabonese ambassador to the DPRK who paid a courtesy call on him.")
    found = people(text, "2011-08-24")
    assert found["Ri Pyo Sun"].role_names() == ["received"]
    assert "subject:present:paid a courtesy call" not in rules(found["Ri Pyo Sun"])


def test_a_body_stops_before_another_person_and_title():
    text = ("Ri Pyo Sun met Obiang Mba Essone, new Gabonese ambassador to the DPRK and Hassan Rami Saadi, "
            "charge d' affaires ad interim of the Tarvanian embassy here, who paid courtesy calls on him.")
    found = people(text, "2011-09-21")
    assert found["Obiang Mba Essone"].post_texts() == [
        "ambassador of Gabon to the Democratic People's Republic of Korea"]
    assert found["Hassan Rami Saadi"].post_texts() == ["charge d'affaires"]


def test_a_body_with_and_before_a_title_stays_whole():
    text = ("They were greeted by Ana Tembo Lusi, minister of Land and Water, the commander of the Army, and Ko "
            "Yong Su, DPRK ambassador to Tarvania.")
    found = people(text, "2011-12-09")
    assert found["Ana Tembo Lusi"].post_texts()[0] == "minister of Land and Water"


def test_an_acronym_the_report_defines_is_written_out_in_posts():
    text = ("The 12th plenary meeting of the Central Committee of the Osmian Federation of Chess Clubs (OFCC) was "
            "held here. Kang Chol Ha, chairman of the Central Committee of the OFCC, made a report. Present "
            "there was Tomas Verlin, president of the OFCC.")
    found = people(text, "2011-08-02")
    assert found["Kang Chol Ha"].post_texts() == [
        "chairman of the Central Committee of the Osmian Federation of Chess Clubs"]
    assert found["Tomas Verlin"].post_texts() == ["president of the Osmian Federation of Chess Clubs"]


def test_a_gift_presented_by_someone_is_received_and_sent():
    text = ("The dear respected Kim Jong Un was presented with a gift by Tomas Verlin, chairman of the Osmian "
            "Society for Friendship, on Monday.")
    found = people(text, "2012-05-29")
    assert found["Kim Jong Un"].role_names() == ["received"]
    assert "subject:received:was presented with" in rules(found["Kim Jong Un"])
    assert found["Tomas Verlin"].role_names() == ["sent"]


def test_arrivals_and_a_suite_that_included_people_are_present():
    text = ("Ri Pyo Sun arrived in Tarvania on Monday. His suite members included Foreign Minister Kang Chol Ha. "
            "Arrivals on the same day included Tomas Verlin, secretary general of the Osmian Juche Society.")
    found = people(text, "2011-09-17")
    assert found["Kang Chol Ha"].role_names() == ["present"]
    assert "presence-opener:present:his suite" in rules(found["Kang Chol Ha"])
    assert found["Tomas Verlin"].role_names() == ["present"]


def test_the_leader_in_the_reviewing_stand_is_present():
    text = "Kim Jong Un, first secretary of the Workers' Party of Korea, appeared in the reviewing stand."
    assert people(text, "2012-04-15")["Kim Jong Un"].role_names() == ["present"]


def test_a_visitor_who_tours_is_present_but_a_premier_who_tours_guides():
    text = ("Kang Chol Ha, vice-president of the Tarvanian Unification League, visited Kaesong area on Monday. He "
            "looked round the pavilion. The vice-president visited a cosmetics factory.")
    visitor = people(text, "2012-06-07")["Kang Chol Ha"]
    assert visitor.role_names() == ["present"]
    assert "pronoun:present:looked round" in rules(visitor)
    text = "DPRK Premier Ri Pyo Sun visited a machine complex. He looked round different places of the complex."
    assert "guided" in people(text, "2012-11-19")["Ri Pyo Sun"].role_names()


def test_a_message_upon_an_election_names_the_one_elected_with_the_post():
    text = ("DPRK Premier Ri Pyo Sun sent a congratulatory message to Tomas Verlin Mora upon his reelection as "
            "prime minister of Osmia.")
    found = people(text, "2011-12-06")
    assert found["Tomas Verlin Mora"].post_texts() == ["prime minister of Osmia"]
    assert found["Tomas Verlin Mora"].role_names() == ["received"]
    assert "post:predicate" in rules(found["Tomas Verlin Mora"])


def test_a_pronoun_is_not_the_person_its_own_clause_names():
    text = ("Kang Chol Ha, vice-president of the Presidium of the Supreme People's Assembly, met the delegation of "
            "the Osmian Assembly led by Vera Lusic, its vice-chairwoman. She paid a courtesy call on Kang and had "
            "a talk with him.")
    found = people(text, "2012-11-30")
    assert found["Kang Chol Ha"].role_names() == ["received"]


def test_a_person_named_as_anothers_kin_takes_no_role_of_the_list():
    text = ("Present there were Tomas Verlin, president of the Osmian Judo Union, Ri Hye Ok, widow of Pavel "
            "Drugov, former president of the union, and Kang Chol Ha, minister of Physical Culture.")
    found = people(text, "2011-09-07")
    assert found["Pavel Drugov"].role_names() == ["mentioned"]
    assert found["Ri Hye Ok"].role_names() == ["present"]
    assert found["Kang Chol Ha"].role_names() == ["present"]


def test_a_title_stated_as_past_is_no_post():
    text = "Kang Chol Ha met Ri Hye Ok, widow of ex-President Pak Song Gun, on Tuesday."
    assert people(text, "2011-12-27")["Pak Song Gun"].post_texts() == []


def test_a_post_after_a_comma_and_the_is_someone_not_named():
    text = ("They were greeted by Ana Tembo Lusi, minister of Land and Water, the commander of the Army, the "
            "inspector-general of the Police and Ko Yong Su, DPRK ambassador to Tarvania.")
    assert people(text, "2011-12-09")["Ana Tembo Lusi"].post_texts() == ["minister of Land and Water"]


def test_a_participle_after_an_object_is_the_subjects():
    text = ("A senior official of the party asked an official to convey the gift to Kim Jong Il, saying that the "
            "gift shows their desire.")
    assert people(text, "2011-11-25")["Kim Jong Il"].role_names() == ["received"]


def test_a_list_goes_on_past_a_kin_and_came_to_pyongyang_is_an_arrival():
    text = ("Ri Hye Ok, widow of Pak Song Gun, ex-president of the Tarvanian Assembly, and Tomas Verlin, chairman "
            "of the Osmian Group, came to Pyongyang to pay respects.")
    found = people(text, "2011-12-30")
    assert found["Ri Hye Ok"].role_names() == ["present"]
    assert found["Tomas Verlin"].role_names() == ["present"]
    assert found["Pak Song Gun"].role_names() == ["mentioned"]


def test_a_long_name_after_a_message_to_is_whole():
    text = ("Kang Chol Ha sent a message of greeting to Joao Mbeki Tolo, president of Tarvania, on the national "
            "day.")
    found = people(text, "2012-06-30")
    assert "Joao Mbeki Tolo" in found and "Mbeki Tolo" not in found
    assert found["Joao Mbeki Tolo"].role_names() == ["received"]


def test_an_inverted_speaker_tag_is_no_appositive_and_guided_by_an_idea_is_no_guidance():
    text = ("The people are advancing, rallied close around Kim Jong Il, the chairman added. The party guided by "
            "Kim Jong Il is invincible. The meeting was guided by Kang Chol Ha.")
    found = people(text, "2011-06-01")
    assert found["Kim Jong Il"].post_texts() == [] and found["Kim Jong Il"].role_names() == ["mentioned"]
    assert found["Kang Chol Ha"].role_names() == ["guided"]


def test_a_name_with_a_particle_is_whole():
    text = "Sudanese President Omar al-Rashidi in an interview on Tuesday clarified the stand of his government."
    found = people(text, "2011-08-27")
    assert "Omar" not in found
    assert found["Omar al-Rashidi"].post_texts() == ["president of Sudan"]
