"""Meetings of this session's classes (issue 7, session 4), on reports invented for the test (report date a Tuesday,
2033-06-14): where a name stops and what it keeps (a "the" without a link word, a joint meeting's list of bodies, a
lower-case body's "for commemorating ..." clause, coordinated and qualified participants), the organ of a body named
before ("its Presidium"), and dates stated at a sentence's opening or after what is done at the meeting."""
from test_events_round3 import events


def test_a_name_stops_where_a_the_follows_it_without_a_link_word():
    text = ("An enlarged meeting of the Political Bureau of the Central Committee of the Ruritanian Labour Party "
            "took place on Monday. At the meeting of the Political Bureau the members of the State Apiary "
            "Commission were appointed.")
    assert [e[0] for e in events(text)] == [
        "Meeting of the Political Bureau of the Central Committee of the Ruritanian Labour Party"]


def test_a_gerund_in_a_body_name_takes_its_object():
    text = "A meeting of the Preparatory Committee for Celebrating the Jubilee of the Republic took place on Monday."
    assert [e[0] for e in events(text)] == [
        "Meeting of the Preparatory Committee for Celebrating the Jubilee of the Republic"]


def test_a_joint_meeting_of_several_bodies_is_one_meeting_of_them_all_and_no_body_s_conference():
    text = ("In May 1990 he presided over a joint conference of the Executive Committee of the C.C., the Ruritanian "
            "Labour Party, State Apiary Council and Honey Commission.")
    assert events(text) == [("Joint Conference of the Executive Committee of the Central Committee of the Ruritanian "
                             "Labour Party, State Apiary Council and Honey Commission", "other meeting", None, None,
                             "1990-05", "event.body-after-head")]


def test_a_conference_that_is_not_joint_keeps_its_kind_and_ends_at_a_comma():
    text = "The conference of the Ruritanian Labour Party, the ruling party, opened in Port Vale on Monday."
    assert events(text) == [("Conference of the Ruritanian Labour Party", "conference", None, None, "2033-06-13",
                             "event.body-after-head")]


def test_a_month_and_year_opening_a_sentence_date_the_meeting_it_tells_of():
    text = "Apiary Story\n\nIn March Juche 79 (1990) the President spoke at a conference of the Ruritanian Labour Party."
    assert events(text) == [("Conference of the Ruritanian Labour Party", "conference", None, None, "1990-03",
                             "event.body-after-head")]


def test_a_meeting_of_its_organ_is_the_organ_of_the_body_named_before():
    text = ("Apiary Union Meets\n\nThe Ruritanian Apiarists' Union convened a meeting of its Presidium on Monday "
            "upon hearing the news.")
    assert events(text) == [("Meeting of the Presidium of the Ruritanian Apiarists' Union", "other meeting", None, None,
                             "2033-06-13", "event.organ-of-holder")]
    assert events("Apiary Union Meets\n\nIt convened a meeting of its Presidium on Monday.") == []


def test_a_numbered_plenary_meeting_does_not_continue_a_series_of_other_meetings():
    text = ("Ruritanian Leader Speaks\n\nVan Dam, chairman of the C.C., Ruritanian Labour Party, at the meeting of its "
            "Political Bureau stressed the need to implement the decisions of the 6th plenary meeting.")
    assert [e[0] for e in events(text)] == [
        "Meeting of the Political Bureau of the Central Committee of the Ruritanian Labour Party"]
    # the name alone is the same when the plenary meeting is read as the Bureau's 6th meeting: its number is not
    assert [(e[2], e[5]) for e in events(text)] == [(None, "event.organ-of-holder")]


def test_what_is_done_at_a_meeting_on_a_day_dates_the_meeting():
    text = ("Ruritanian Leader Speaks\n\nVan Dam, chairman of the Ruritanian Labour Party, at the meeting of its "
            "Political Bureau on June 10 stressed the need to raise honey output.")
    assert events(text) == [("Meeting of the Political Bureau of the Ruritanian Labour Party", "politburo meeting", None,
                             None, "2033-06-10", "event.organ-of-holder")]
    past = ("Apiary Story\n\nOn May 3, 1990 he spoke at the 3rd Session of the Ruritanian Assembly and saw its hall "
            "early in June of the next year.")
    assert [e[4] for e in events(past)] == ["1990-05-03"]


def test_who_meets_may_be_qualified_by_a_participle_and_coordinated():
    text = "A national meeting of families of beekeepers and retired apiarists took place in Port Vale on Monday."
    assert [e[0] for e in events(text)] == ["National Meeting of Families of Beekeepers and Retired Apiarists"]
    text = "The delegation attended the 5th international meeting of green and agrarian parties."
    assert [(e[0], e[2]) for e in events(text)] == [("International Meeting of Green and Agrarian Parties", 5)]


def test_a_body_named_for_what_it_does_keeps_its_for_the_tail():
    text = "An annual general meeting of the Ruritanian Committee for the Study of the Apiary Idea was held on June 9."
    assert [e[0] for e in events(text)] == [
        "Annual General Meeting of the Ruritanian Committee for the Study of the Apiary Idea"]


def test_a_body_written_in_lower_case_is_named_with_what_it_is_for():
    text = ("A consultative meeting of the international preparatory committee for commemorating the 50th "
            "anniversary of the Republic was held in Port Vale on Monday.")
    assert [e[0] for e in events(text)] == [
        "Consultative Meeting of the International Preparatory Committee for Commemorating the Anniversary of the "
        "Republic"]


def test_what_a_capitalised_body_meets_for_is_not_its_name():
    text = "An extraordinary session of the Ruritanian Assembly for introducing a honey law opened on Monday."
    assert [e[0] for e in events(text)] == ["Extraordinary Session of the Ruritanian Assembly"]
