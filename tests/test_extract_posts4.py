"""Issue 7, session four (the posts4 room): classes of post and name errors on unseen KCNA reports
(`bench/RESULTS.md`, "Issue 7, session 4: posts"), each fixed by a general rule and shown here on an invented
report (no corpus text), with the rule that made the fact."""
from test_extract_classes import people, rules


def test_a_post_after_who_doubles_as_is_a_second_post_of_the_same_person():
    text = ("Present there were Kang Chol Ha, minister of Land and Water who doubles as chairman of the Osmian "
            "Chess Association, Mun Yun Ho, president of the Osmian Judo Union who is concurrently director of "
            "the Tarvanian Sports Institute, and officials concerned.")
    found = people(text, "2011-09-07")
    assert found["Kang Chol Ha"].post_texts() == ["minister of Land and Water",
                                                  "chairman of the Osmian Chess Association"]
    assert found["Mun Yun Ho"].post_texts() == ["president of the Osmian Judo Union",
                                                "director of the Tarvanian Sports Institute"]
    assert "post:relative" in rules(found["Kang Chol Ha"])


def test_a_relative_clause_ending_with_the_day_gives_the_post_without_the_day():
    text = ("Pak Yong Su met Tomas Verlin, member of the Osmian Party who doubles as minister of Education and "
            "Sports Monday.")
    assert people(text, "2012-04-16")["Tomas Verlin"].post_texts() == ["member of the Osmian Party",
                                                                        "minister of Education and Sports"]


def test_a_title_after_former_or_then_is_no_post_but_one_before_a_dead_leader_is():
    text = ("The report recalled the talks between Kim Il Sung and the then Tarvanian President Tomas Verlin, and "
            "a message from former south Osmian Premier Pak Yong Su. Former lawmaker Mun Yun Ho spoke of the late "
            "General Secretary Kim Jong Il.")
    found = people(text, "2012-07-10")
    for name in ("Tomas Verlin", "Pak Yong Su", "Mun Yun Ho"):
        assert found[name].post_texts() == [], name
    assert found["Kim Jong Il"].post_texts() == ["general secretary of the Workers' Party of Korea"]


def test_the_central_committee_abbreviated_with_a_space_is_written_out():
    text = ("Kang Chol Ha and Mun Yun Ho, members of the Political Bureau and secretaries of the C. C., the WPK, "
            "and Tomas Verlin, general secretary of the C. C., the Osmian Labour Party, were present.")
    found = people(text, "2012-02-18")
    assert found["Mun Yun Ho"].post_texts() == [
        "member of the Political Bureau of the Central Committee of the Workers' Party of Korea",
        "secretary of the Central Committee of the Workers' Party of Korea"]
    assert found["Tomas Verlin"].post_texts() == [
        "general secretary of the Central Committee of the Osmian Labour Party"]


def test_an_employee_of_a_workplace_is_a_post():
    text = "Kang Chol Ha, an employee of the Osmian Glass Factory, said he was pleased."
    assert people(text, "2012-01-11")["Kang Chol Ha"].post_texts() == ["employee of the Osmian Glass Factory"]


def test_a_post_opening_the_sentence_before_the_name_is_the_names():
    text = ("The news was welcomed. A department director of the Ministry of Glass Industry, Kang Chol Ha, told "
            "reporters he was pleased. The manager of the Osmian Glass Factory, Mun Yun Ho, said so too.")
    found = people(text, "2012-03-16")
    assert found["Kang Chol Ha"].post_texts() == ["department director of the Ministry of Glass Industry"]
    assert found["Mun Yun Ho"].post_texts() == ["manager of the Osmian Glass Factory"]
    assert "post:opening-appositive" in rules(found["Mun Yun Ho"])


def test_a_post_before_a_comma_that_does_not_open_the_sentence_is_not_given_to_the_next_name():
    text = ("They included Li Wei, assistant to the foreign minister, Wu Tang, special envoy for the peninsula, "
            "and officials.")
    assert "foreign minister" not in people(text, "2011-12-25")["Wu Tang"].post_texts()


def test_a_chinese_name_with_a_less_common_surname_is_a_person():
    text = ("The family of Chai Yuanfeng and Ma Lianjie, Chinese related to the struggle, laid a floral basket. "
            "He Zhiwen, chief secretary of the Osmian Energy Fund, was present.")
    assert {"Chai Yuanfeng", "Ma Lianjie", "He Zhiwen"} <= set(people(text, "2012-04-24"))


def test_membership_of_a_delegation_named_by_nationality_is_no_post():
    text = "Tomas Verlin, a member of the Osmian delegation, said he was moved."
    assert people(text, "2012-03-05")["Tomas Verlin"].post_texts() == []


def test_a_mission_of_a_body_is_part_of_the_body():
    text = "Kang Chol Ha, chief of the Pyongyang mission of the Osmian Democratic Front, laid a basket."
    assert people(text, "2012-06-15")["Kang Chol Ha"].post_texts() == [
        "chief of the Pyongyang mission of the Osmian Democratic Front"]


def test_the_head_of_a_delegation_named_with_a_lower_case_modifier_takes_the_delegations_body():
    text = ("Pak Yong Su met the friendship delegation of the People's Government of Osmia City led by its acting "
            "Mayor Wen Hailong. A delegation of the Nepalese Ministry of Glass Industry led by Minister Tomas "
            "Verlin arrived.")
    found = people(text, "2011-09-22")
    assert found["Wen Hailong"].post_texts() == ["acting mayor of the People's Government of Osmia City"]
    assert found["Tomas Verlin"].post_texts() == ["minister of Glass Industry of Nepal"]


def test_posts_after_an_epithet_in_the_chain_are_the_persons_but_not_a_reporting_tag():
    text = ("Kim Jong Un, supreme leader of the Democratic People's Republic of Korea, vice-chairman of the Central "
            "Military Commission of the Workers' Party of Korea, received a message. The future is bright under "
            "Kim Jong Un, the supreme leader, the chairman said.")
    assert people(text, "2012-04-20")["Kim Jong Un"].post_texts() == [
        "vice-chairman of the Central Military Commission of the Workers' Party of Korea"]


def test_a_body_named_after_a_date_keeps_the_date_but_the_day_of_the_report_is_not_part_of_it():
    text = ("Kang Chol Ha, chairman of the North Side Committee for Implementing the June 15 Joint Declaration, "
            "met Tomas Verlin, president of Tarvania Tuesday.")
    found = people(text, "2012-06-15")
    assert found["Kang Chol Ha"].post_texts() == [
        "chairman of the North Side Committee for Implementing the June 15 Joint Declaration"]
    assert found["Tomas Verlin"].post_texts() == ["president of Tarvania"]


def test_a_lower_case_title_with_a_capitalised_body_before_a_korean_name_is_its_post():
    text = ("Present were officials including chief secretary of the North Osmian Provincial Committee of the WPK "
            "Kang Chol Ha. A floral basket came from a bereaved family member of Hero Mun Yun Ho.")
    found = people(text, "2022-10-11")
    assert found["Kang Chol Ha"].post_texts() == [
        "chief secretary of the North Osmian Provincial Committee of the Workers' Party of Korea"]
    assert found["Mun Yun Ho"].post_texts() == []


def test_a_national_adjective_before_an_organ_of_state_becomes_of_country_but_a_partys_name_keeps_it():
    text = ("Pak Yong Su met Wen Hailong, premier of the Chinese State Council, Tomas Verlin, vice-chairman of the "
            "Standing Committee of the Chinese National People's Congress, and Bat Erdene, chairman of the "
            "Mongolian People's Party.")
    found = people(text, "2011-07-10")
    assert found["Wen Hailong"].post_texts() == ["premier of the State Council of China"]
    assert found["Tomas Verlin"].post_texts() == [
        "vice-chairman of the Standing Committee of the National People's Congress of China"]
    assert found["Bat Erdene"].post_texts() == ["chairman of the Mongolian People's Party"]


def test_the_doyen_of_a_corps_named_in_lower_case_is_a_post_as_written():
    text = ("The basket was handed over by Tomas Verlin, ambassador of Tarvania to the DPRK, who is doyen of the "
            "diplomatic corps, on Friday.")
    assert "doyen of the diplomatic corps" in people(text, "2011-10-06")["Tomas Verlin"].post_texts()


def test_his_excellency_is_an_honorific_not_part_of_the_name():
    text = ("The message said: It is with sorrow that I learned of the passing of His Excellency Pak Yong Su, "
            "chairman of the Osmian Chess Association. Respected Your Excellency Mun Yun Ho, please accept it.")
    found = people(text, "2011-12-24")
    assert {"Pak Yong Su", "Mun Yun Ho"} <= set(found)
    assert not [name for name in found if "Excellency" in name]
    assert found["Pak Yong Su"].post_texts() == ["chairman of the Osmian Chess Association"]


def test_an_abbreviated_plural_rank_before_a_list_is_that_rank_never_a_bare_general():
    text = "He was accompanied by KPA Generals Kang Chol Ha and KPA Lieut. Generals Mun Yun Ho and Pak Yong Su."
    found = people(text, "2012-02-07")
    assert found["Kang Chol Ha"].post_texts() == ["general of the Korean People's Army"]
    assert found["Mun Yun Ho"].post_texts() == ["lieutenant general of the Korean People's Army"]
    assert "general" not in found["Pak Yong Su"].post_texts()  # the list's second name: no rank rather than a wrong one


def test_a_bare_title_gets_its_dprk_body_only_before_a_korean_name():
    text = ("General Secretary Kang Chol Ha received a message from General Secretary Tomas Verlin. Deputy Mun Yun "
            "Ho spoke.")
    found = people(text, "2011-10-13")
    assert found["Kang Chol Ha"].post_texts() == ["general secretary of the Workers' Party of Korea"]
    assert found["Tomas Verlin"].post_texts() == ["general secretary"]  # a foreign party's, never the WPK's
    assert found["Mun Yun Ho"].post_texts() == ["deputy to the Supreme People's Assembly"]
