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
    assert found["Tomas Verlin"].post_texts() == ["general secretary of the Central Committee of the Osmian Labour Party"]
