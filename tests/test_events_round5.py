"""Meetings of this session's general fallbacks (issue 7, session 5), on reports invented for the test (report date a
Tuesday, 2033-06-14): a meeting's name runs over its complements while they stay part of a name (a sector with its
article, "between A and B"), and a meeting only referred to is an event when its sentence dates it."""
from podium.extract.dates import first_date
from podium.extract.events import find_events
from test_events_round3 import events


def test_who_meets_keeps_a_sector_written_with_its_article():
    text = ("Apiary Story\n\nHe made sure that the national meeting of the officials in the field of the honey "
            "industry was held.")
    assert [e[0] for e in events(text)] == ["National Meeting of the Officials in the Field of the Honey Industry"]


def test_the_last_year_of_a_life_is_no_date():
    assert first_date("It was held in the last year of his life.", "2033-06-14") is None
    assert first_date("It was held last year.", "2033-06-14")[0] == "2032"


def test_a_past_meeting_of_people_that_its_sentence_dates_is_an_event_referred_to():
    text = ("Athletes Meet\n\nA meeting of active apiarists was held on Monday. Its participants heard the speech "
            "made by the President at the National Conference of Beekeepers on November 4, 1969.")
    found = events(text)
    assert ("National Conference of Beekeepers", "conference", None, None, "1969-11-04",
            "event.meeting-of-people") in found
    assert "event.dated-in-past" in next(e.rule for e in find_events(text, "2033-06-14") if "Beekeepers" in e.name)


def test_a_meeting_of_people_the_report_only_names_this_year_is_none():
    text = ("Apiary Story\n\nA meeting of officials of the Ruritanian Labour Party was held on Monday. The "
            "delegates met the participants in the meeting of forerunners on June 2.")
    assert [e[0] for e in events(text)] == ["Meeting of Officials of the Ruritanian Labour Party"]


def test_a_body_named_like_a_meeting_that_holds_a_meeting_is_no_meeting():
    text = ("Apiary Story\n\nThe Joint Conference of Civic Organizations in Oceania held a meeting in Port Vale on "
            "Monday to call for peace.")
    assert not any(e[0].startswith("Joint Conference") for e in events(text))
    # what the meeting itself does after a decision is no holding: "adopted a decision to hold a conference"
    text = ("The 13th Enlarged Meeting of the Executive Committee of the Ruritanian Apiary Institute adopted a "
            "decision to hold a world conference in Port Vale.")
    assert [e[0] for e in events(text)] == ["Meeting of the Executive Committee of the Ruritanian Apiary Institute"]


def test_a_body_between_two_parties_keeps_them_in_its_name():
    text = ("Joint Committee Meets\n\nThe 3rd meeting of the joint committee between the governments of Ruritania and "
            "Oceania was held in Port Vale between June 9 and 11.")
    found = find_events(text, "2033-06-14")
    assert [(e.name, e.ordinal, e.date) for e in found] == [
        ("Meeting of the Joint Committee between the Governments of Ruritania and Oceania", 3, "2033-06-09")]
    assert "event.pair-of-parties" in found[0].rule.split()
    # a meeting between two people is talks, not a meeting of a body
    assert events("The meeting between the two leaders was held in Port Vale on Monday.") == []


def test_a_date_that_names_a_thing_stays_in_a_body_s_name_before_or_after_the_head():
    text = "A general meeting of the Committee for Implementing the May 9 Apiary Declaration was held on Monday."
    assert [e[0] for e in events(text)] == ["General Meeting of the Committee for Implementing the May 9 Apiary "
                                           "Declaration"]
    text = ("Apiary Story\n\nThe Committee for Implementing May 9 Apiary Declaration and the May 9 and June 2 "
            "Beekeepers' Solidarity held a meeting in Port Vale on June 10 to mark the anniversary of the declaration.")
    assert [e[0] for e in events(text)] == ["Meeting of the Committee for Implementing May 9 Apiary Declaration and "
                                           "the May 9 and June 2 Beekeepers' Solidarity"]
    # a month and a day before a verb are a date, not a name's
    text = "The conference of the Ruritanian Apiary Union opened on June 9 in Port Vale."
    assert events(text)[0][:5] == ("Conference of the Ruritanian Apiary Union", "conference", None, None, "2033-06-09")


def test_who_meets_may_be_two_coordinated_groups_of_two_words_each():
    text = ("In June 1948 the President convened a conference of leaders of political parties and social organizations "
            "in Port Vale.")
    assert [e[0] for e in events(text)] == ["Conference of Leaders of Political Parties and Social Organizations"]


def test_an_organ_written_in_lower_case_with_its_owner_is_a_body():
    text = "He spoke at the meeting of the presidium of the \"Apiary Assembly\" on Monday."
    assert [e[0] for e in events(text)] == ["Meeting of the Presidium of the Apiary Assembly"]
    assert events("He spoke at the meeting of the presidium on Monday.") == []


def test_a_body_named_like_a_meeting_that_holds_a_rally_is_no_meeting():
    text = "Apiary Story\n\nThe Meeting of Victims of the Apiary Law in Oceania held a rally in Port Vale on June 9."
    assert events(text) == []
