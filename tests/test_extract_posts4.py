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
