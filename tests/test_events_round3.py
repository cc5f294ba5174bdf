"""Meetings of round 3's review (60 unannotated KCNA reports), one class at a time, on reports invented for the
test: meetings of groups of people with no organisation (the report's own meeting only, named with what it is
held to do), remembrance meetings, who meets written with a possessive, a capitalised word qualifying a noun,
and a date that names a thing inside a purpose."""
from podium.extract.events import find_events

REPORT_DATE = "2033-06-14"  # a Tuesday


def events(text: str, date: str = REPORT_DATE) -> list[tuple]:
    return [(e.name, e.kind, e.ordinal, e.sitting, e.date, e.rule.split()[0]) for e in find_events(text, date)]


def test_a_meeting_of_people_the_report_is_about_is_an_event_named_by_its_purpose():
    text = ("Meeting of Ruritanians in Oceania Held\n\n"
            "A meeting of Ruritanians in Oceania took place at the Friendship Hall in Port Vale on Monday to "
            "celebrate the 40th founding anniversary of the Republic.\n"
            "Speakers praised the achievements of the country.")
    assert events(text) == [("Meeting of Ruritanians in Oceania to Celebrate the Founding Anniversary of the "
                             "Republic", "other meeting", None, None, "2033-06-13", "event.meeting-of-people")]


def test_a_meeting_of_people_held_on_an_occasion_is_named_without_it():
    text = ("A meeting of Ruritanian seamen was held at Port Vale on June 9 on the occasion of the 40th founding "
            "anniversary of the Republic.")
    assert events(text) == [("Meeting of Ruritanian Seamen", "other meeting", None, None, "2033-06-09",
                             "event.meeting-of-people")]


def test_a_meeting_of_people_only_referred_to_is_no_event():
    text = ("Delegation Leaves\n\n"
            "A delegation of the Ruritanian Apiarists' Union left here on Monday.\n"
            "The participants in the meeting of forerunners laid flowers before the monument.")
    assert events(text) == []


def test_a_meeting_of_people_in_general_or_of_a_topical_group_is_no_event():
    assert events("An emergency meeting of people in Port Vale took place on Monday to oppose the plan.") == []
    assert events("A meeting of inventors took place in Port Vale between June 4 and 6 to exchange experience.") == []


def test_remembrance_meeting_of_people_is_an_event_and_one_with_a_body_too():
    text = ("Remembrance Meeting of Foreign Beekeepers Held\n\n"
            "A remembrance meeting of foreign beekeepers took place at the apiary on Saturday.")
    assert events(text) == [("Remembrance Meeting of Foreign Beekeepers", "other meeting", None, None, "2033-06-11",
                             "event.meeting-of-people")]
    held = "The Ruritanian Apiarists' Union held a remembrance meeting in Port Vale on June 8."
    assert events(held) == [("Remembrance Meeting of the Ruritanian Apiarists' Union", "other meeting", None, None,
                             "2033-06-08", "event.holder-of-meeting")]


def test_a_remembrance_meeting_with_no_body_is_named_by_what_it_marks():
    text = "A remembrance meeting took place in Port Vale on June 10 to mark the anniversary of the Accord."
    assert events(text) == [("Remembrance Meeting to Mark the Anniversary of the Accord", "other meeting", None, None,
                             "2033-06-10", "event.named-by-purpose")]


def test_who_meets_written_with_a_possessive_and_a_qualified_noun_is_read_whole():
    text = "A national meeting of active beekeepers' union members for Apiarian culture was held here on Tuesday."
    assert events(text) == [("National Meeting of Active Beekeepers' Union Members for Apiarian Culture",
                             "other meeting", None, None, REPORT_DATE, "event.body-after-head")]


def test_a_date_that_names_a_declaration_stays_in_the_purpose():
    text = ("A meeting of overseas Ruritanians took place in Port Vale on June 3 to mark the anniversary of the "
            "historic March 4 Declaration.")
    assert events(text) == [("Meeting of Overseas Ruritanians to Mark the Anniversary of the Historic March 4 "
                             "Declaration", "other meeting", None, None, "2033-06-03", "event.meeting-of-people")]


def test_who_meets_under_an_organisation_is_named_with_it_and_a_year_joined_to_the_name_dates_it():
    text = ("Greetings to Meeting of Apiarists' Branches\n\n"
            "The Presidium sent a message of greeting to the participants in the \"meeting of representatives of "
            "branches under the Ruritanian Apiarists' Union-2033\".")
    assert events(text) == [("Meeting of Representatives of Branches under the Ruritanian Apiarists' Union",
                             "other meeting", None, None, "2033", "event.body-after-head")]


def test_who_meets_tied_to_a_sector_by_in_the_keeps_it_and_not_a_place():
    text = "The meeting of workers in the honey industry took place at the Apiary Hall on Sunday."
    assert events(text) == [("Meeting of Workers in the Honey Industry", "other meeting", None, None, "2033-06-12",
                             "event.meeting-of-people")]


def test_a_congress_of_people_and_people_of_a_cause_are_meetings_of_people():
    text = ("Congress of Apiary Workers Held\n\n"
            "The congress of apiary workers of Ruritania took place at the People's Hall on June 11 and 12.")
    assert events(text) == [("Congress of Apiary Workers of Ruritania", "congress", None, None, "2033-06-11",
                             "event.meeting-of-people")]
    assert events("A meeting of active beekeepers of Apiaria was held in Port Vale on Tuesday.") == [
        ("Meeting of Active Beekeepers of Apiaria", "other meeting", None, None, REPORT_DATE, "event.meeting-of-people")]


def test_international_bodies_are_written_out_and_a_session_of_heads_of_state_is_a_summit():
    text = "The DPRK delegation took part in the 70th meeting of the Southeast Asian Region of the WHO."
    assert events(text) == [("Meeting of the Southeast Asian Region of the World Health Organization",
                             "other meeting", 70, None, None, "event.body-after-head")]
    summit = ("The 30th ordinary session of the assembly of heads of state and government of the AU was held in "
              "Addis Ababa on June 10.")
    assert events(summit) == []


def test_a_headline_s_held_does_not_date_a_meeting_the_text_says_was_held_recently():
    text = ("5th Congress of Ruritanian Youth League Held\n\n"
            "The 5th Congress of the Ruritanian Youth League was held in Port Vale recently.")
    assert events(text) == [("Congress of the Ruritanian Youth League", "congress", 5, None, None,
                             "event.body-after-head")]
