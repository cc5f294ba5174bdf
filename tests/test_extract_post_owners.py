"""Whose post it is, found by the record's precision samples (invented reports, no corpus text):
- a foreign official's party organs belong to that official's party, never to the WPK: the DPRK parents of
  `sub_organs` ("the Political Bureau" of the WPK's Central Committee) complete only a Korean holder's organs, and
  a foreign holder's "its Central Committee" or "the Party Supreme Council" takes the foreign party named shortly
  before, even in an earlier sentence;
- a list described as a whole ("members of X, members of Y and officials of Z") gives no one its offices;
- an owner written before an organ and again at its end ("the WPK History Institute of the C.C., the WPK") is
  named once;
- "A, <post>, and the DPRK ambassador to X": the post after "and the" is an unnamed person's, not A's;
- "the provincial committee of the youth league" is the league's, not the party's provincial committee named
  before;
- "A, B and C and D, department directors": a second "and" starts a new coordination, which the plural post
  describes alone;
- "A, <posts>, B and C who are secretaries": the relative clause describes B and C, not A;
- "the C.C., the youth league" keeps its owner as written when the report never names the league in full (a bare
  Central Committee reads as the WPK's)."""
from test_extract_classes import people, rules

WPK = "Workers' Party of Korea"


def test_a_foreign_delegation_heads_political_bureau_is_in_their_own_party():
    text = ("The delegation of the Osmian Labour Party headed by Tomas Verlin, member of the Political Bureau of its "
            "Central Committee, arrived here.")
    found = people(text, "2012-09-20")
    assert found["Tomas Verlin"].post_texts() == [
        "member of the Political Bureau of the Central Committee of the Osmian Labour Party"]
    assert "post:appositive" in rules(found["Tomas Verlin"])


def test_the_party_named_in_an_earlier_sentence_owns_the_party_organ():
    text = ("Kim Yong Nam received a gift from the visiting delegation of the Tarvanian Socialist Party. Anna "
            "Petrescu, chairman of the Party Supreme Council who is leading the delegation, handed it over.")
    assert people(text, "2011-05-02")["Anna Petrescu"].post_texts() == [
        "chairman of the Supreme Council of the Tarvanian Socialist Party"]


def test_a_foreign_bare_organ_stays_as_written_when_no_party_is_known_and_a_korean_one_is_completed():
    text = ("The delegation headed by Lin Mei, vice-chairwoman and member of the Secretariat, visited the city. "
            "Pak Yong Su, member of the Political Bureau, met it.")
    found = people(text, "2012-06-06")
    assert found["Lin Mei"].post_texts() == ["vice-chairwoman", "member of the Secretariat"]
    assert found["Pak Yong Su"].post_texts() == [
        f"member of the Political Bureau of the Central Committee of the {WPK}"]


def test_a_foreign_city_party_committee_stays_as_written_a_korean_one_is_the_wpks():
    text = ("He was greeted by Lin Mei, secretary of the Tarvan City Party Committee, and Pak Yong Su, secretary of "
            "the Osmi City Party Committee.")
    found = people(text, "2011-08-27")
    assert found["Lin Mei"].post_texts() == ["secretary of the Tarvan City Party Committee"]
    assert found["Pak Yong Su"].post_texts() == [f"secretary of the Osmi City Committee of the {WPK}"]


def test_one_plural_office_repeated_with_two_bodies_describes_the_list_not_each_person():
    text = ("Present there were Pak Yong Su, Mun Yun Ho and Kang Chol Ha, members of the Political Bureau of the "
            "Central Committee of the WPK, members of the Central Military Commission of the WPK and officials of "
            "the ministries. Ri Chol Su and Jo Myong Il, members of the Political Bureau and secretaries of the "
            "C.C., the WPK, spoke.")
    found = people(text, "2011-08-28")
    assert [found[name].post_texts() for name in ("Pak Yong Su", "Mun Yun Ho", "Kang Chol Ha")] == [[], [], []]
    assert found["Jo Myong Il"].post_texts() == [
        f"member of the Political Bureau of the Central Committee of the {WPK}",
        f"secretary of the Central Committee of the {WPK}"]


def test_an_owner_written_before_an_organ_and_again_at_the_end_is_named_once():
    text = "Pak Yong Su, director of the WPK History Institute of the C.C., the WPK, spoke."
    assert people(text, "2011-06-29")["Pak Yong Su"].post_texts() == [
        f"director of the History Institute of the Central Committee of the {WPK}"]


def test_a_post_after_and_the_in_an_appositive_is_someone_else_not_named():
    text = ("Present there were the members of the delegation led by Pak Yong Su, vice-minister of the People's "
            "Armed Forces, and the DPRK ambassador to Osmia. Kim Yong Il, alternate member of the Political Bureau "
            "and secretary of the C.C., the WPK, spoke.")
    found = people(text, "2011-03-29")
    assert found["Pak Yong Su"].post_texts() == ["vice-minister of the People's Armed Forces"]
    assert len(found["Kim Yong Il"].post_texts()) == 2


def test_a_lower_case_body_with_a_lower_case_owner_is_the_owners_not_the_body_named_before():
    text = ("The Kim Il Sung Socialist Youth League met. The Osmi Provincial Committee of the WPK held a conference. "
            "Mun Yun Ho, first secretary of the provincial committee of the youth league, spoke. Ri Chol Su, "
            "secretary of the provincial committee, spoke.")
    found = people(text, "2012-03-28")
    assert found["Mun Yun Ho"].post_texts() == [
        "first secretary of the provincial committee of the Kim Il Sung Socialist Youth League"]
    assert found["Ri Chol Su"].post_texts() == [f"secretary of the Osmi Provincial Committee of the {WPK}"]


def test_a_plural_post_after_a_second_and_describes_only_the_last_coordination():
    text = ("Among the audience were Pak Yong Su, Mun Yun Ho, Kang Chol Ha and Ri Chol Su and Jo Myong Il, department "
            "directors of the NDC, and officials. Present were Kim Su Il, Han Tae Ho and O Kwang Chol, Paek Nam "
            "Sun and Yun Song Ho, members of the Central Military Commission of the WPK.")
    found = people(text, "2011-03-26")
    assert [n for n, p in found.items() if p.post_texts()] == ["Ri Chol Su", "Jo Myong Il", "Paek Nam Sun",
                                                               "Yun Song Ho"]
    assert found["Paek Nam Sun"].post_texts() == [f"member of the Central Military Commission of the {WPK}"]


def test_a_relative_clause_after_a_list_describes_the_names_since_the_last_with_posts_of_its_own():
    text = ("Present were Pak Yong Su, alternate member of the Political Bureau of the C.C., WPK, Mun Yun Ho and "
            "Kang Chol Ha who are secretaries of the C.C., WPK. Ri Chol Su, minister of Culture, and Jo Myong Il "
            "were elected members of the Political Bureau of the C.C., WPK.")
    found = people(text, "2011-01-01")
    assert f"secretary of the Central Committee of the {WPK}" not in found["Pak Yong Su"].post_texts()
    assert found["Kang Chol Ha"].post_texts() == [f"secretary of the Central Committee of the {WPK}"]
    assert f"member of the Political Bureau of the Central Committee of the {WPK}" in found["Ri Chol Su"].post_texts()


def test_the_cc_of_an_owner_written_in_lower_case_keeps_the_owner_when_the_report_never_names_it_in_full():
    text = ("Present there were Mun Yun Ho, vice-chairman of the C.C., the youth league, and officials. Kang Chol Ha, "
            "secretary of the C.C., the WPK, spoke.")
    found = people(text, "2012-08-01")
    assert found["Mun Yun Ho"].post_texts() == ["vice-chairman of the Central Committee of the youth league"]
    assert found["Kang Chol Ha"].post_texts() == [f"secretary of the Central Committee of the {WPK}"]
