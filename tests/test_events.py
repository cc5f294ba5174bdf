"""Events, one class of KCNA phrasing at a time, on sentences invented for the test (KCNA style, not copied)."""
import pytest
from hypothesis import given, settings, strategies as st

from podium.extract import dates
from podium.extract.events import find_events
from podium.vocab import load_vocab

WPK = "Workers' Party of Korea"


def one(text: str, date: str | None = "2013-06-14") -> dict:
    events = find_events(text, date)
    assert len(events) == 1, events
    event = events[0]
    assert 0 <= event.span[0] < event.span[1] <= len(text)
    return {"name": event.name, "kind": event.kind, "ordinal": event.ordinal, "sitting": event.sitting,
            "date": event.date}


def test_ordinal_in_words_and_body_written_out():
    event = one("The Seventh Conference of the WPK opened in Pyongyang on Friday.")
    assert event == {"name": f"Conference of the {WPK}", "kind": "conference", "ordinal": 7, "sitting": None,
                     "date": "2013-06-14"}


def test_ordinal_in_digits_and_body_written_first():
    event = one("Delegates to the 9th WPK Congress were received.")
    assert (event["name"], event["kind"], event["ordinal"]) == (f"Congress of the {WPK}", "congress", 9)


def test_plenary_meeting_keeps_the_committee_number():
    event = one("The Third Plenary Meeting of the 9th Party Central Committee was convened on the 10th.")
    assert event == {"name": f"Plenary Meeting of the 9th Central Committee of the {WPK}",
                     "kind": "plenary meeting", "ordinal": 3, "sitting": None, "date": "2013-06-10"}


def test_assembly_session_drops_the_state_after_the_assembly():
    event = one("The Second Session of the 14th SPA of the DPRK was held at the Mansudae Assembly Hall.")
    assert (event["name"], event["kind"], event["ordinal"]) == \
        ("Session of the 14th Supreme People's Assembly", "assembly session", 2)


def test_a_session_of_an_assembly_organ_is_another_meeting():
    assert one("A session of the Presidium of the SPA was held.")["kind"] == "other meeting"


def test_politburo_meeting_from_the_abbreviated_central_committee():
    event = one("An enlarged meeting of the Political Bureau of the C.C., the WPK took place on Tuesday.")
    assert event["kind"] == "politburo meeting"
    assert event["name"] == f"Meeting of the Political Bureau of the Central Committee of the {WPK}"
    assert event["date"] == "2013-06-11"


def test_abbreviated_committee_in_a_headline_does_not_end_the_sentence():
    events = find_events("Report on Meeting of Political Bureau of C.C., WPK\n\nIt was held.", "2013-06-14")
    assert [e.name for e in events] == [f"Meeting of the Political Bureau of Central Committee of the {WPK}"]


def test_military_commission_meeting():
    assert one("A meeting of the Central Military Commission of the WPK was held.")["kind"] == \
        "military commission meeting"


def test_series_of_cell_secretaries_differs_from_the_party_conference():
    events = find_events("The Second Conference of WPK Cell Secretaries discussed the lessons of the Fourth "
                         "Conference of the WPK.", "2013-06-14")
    assert {(e.name, e.ordinal) for e in events} == {(f"Conference of Cell Secretaries of the {WPK}", 2),
                                                      (f"Conference of the {WPK}", 4)}


def test_sitting_and_nth_day_of_the_month():
    text = ("Third-day Sitting of Second Conference of WPK Primary Committee Secretaries Held\n\n"
            "The Second Conference of Primary Committee Secretaries of the Workers' Party of Korea continued "
            "on the 3rd.\nSpeeches were made at the third-day sitting.")
    events = find_events(text, "2013-06-04")
    assert [(e.ordinal, e.sitting, e.date) for e in events] == [(2, 3, "2013-06-03")]


def test_sitting_of_a_named_session():
    event = one("The second-day sitting of the Third Session of the 14th SPA took place on Thursday.")
    assert (event["kind"], event["ordinal"], event["sitting"], event["date"]) == \
        ("assembly session", 3, 2, "2013-06-13")


def test_referred_meetings_count_without_a_date():
    events = find_events("Speakers called for carrying out the decisions of the 9th Congress of the WPK and the "
                         "Fourth Plenary Meeting of the 9th Party Central Committee.", "2013-06-14")
    assert {(e.kind, e.ordinal, e.date) for e in events} == {("congress", 9, None), ("plenary meeting", 4, None)}


def test_the_reported_meeting_takes_the_report_date_but_one_only_spoken_at_does_not():
    elected = one("Members of the Political Bureau were elected at the 5th Conference of the WPK.")
    spoken = one("Rodong Sinmun carried the speech he delivered at the 5th Conference of the WPK.")
    assert (elected["date"], spoken["date"]) == ("2013-06-14", None)


def test_no_date_for_a_meeting_ahead_or_a_date_of_something_else():
    assert one("The 5th National Meeting of Grandmothers will be held with splendor.")["date"] is None
    assert one("Delegates to the 5th National Meeting of Grandmothers arrived here Tuesday.")["date"] is None
    assert one("Participants in the 5th National Meeting of Grandmothers Monday toured the zoo.")["date"] is None
    assert one("The 9th Congress of the Ruritanian Youth League was held recently.")["date"] is None


def test_a_headline_verb_does_not_join_the_name():
    events = find_events("Delegates to 5th National Meeting of Grandmothers Welcomed\n\nThey came.", "2013-06-14")
    assert [e.name for e in events] == ["National Meeting of Grandmothers"]


def test_meetings_of_the_past_with_month_and_year():
    events = find_events("It recalled that the second congress of the WPK took place in March of 1948 and the "
                         "fifth congress of the WPK was held in November, 1970.", "2013-06-14")
    assert {(e.ordinal, e.date) for e in events} == {(2, "1948-03"), (5, "1970-11")}


def test_national_meeting_keeps_its_purpose_but_not_the_anniversary_number():
    event = one("A national meeting was held at the People's Palace of Culture on Saturday to celebrate the "
                "65th founding anniversary of the KPA.", "2013-02-09")
    assert event["name"] == "National Meeting to Celebrate the Founding Anniversary of the Korean People's Army"
    assert (event["ordinal"], event["date"]) == (None, "2013-02-09")


def test_national_meeting_purpose_in_other_words():
    event = one("A national meeting took place in Kusong on Friday on the occasion of the 40th anniversary of the "
                "Kusong Machine Tool Plant.")
    assert event["name"] == "National Meeting on the Occasion of the Anniversary of the Kusong Machine Tool Plant"
    assert one("A report meeting marking the 70th birthday of the Korean Children's Union was held.")["name"] == \
        "Report Meeting to Mark the Birthday of the Korean Children's Union"


def test_a_month_ends_a_name_only_before_a_day():
    assert one("A national meeting took place on Tuesday to mark the 123rd May Day.")["name"] == \
        "National Meeting to Mark the May Day"
    assert one("A national meeting was held to mark the anniversary on May 8.")["name"] == \
        "National Meeting to Mark the Anniversary"


def test_every_vocabulary_entry_is_a_word():
    """YAML reads a bare on/no/yes as a boolean; every list entry must still be a string."""
    raw = load_vocab("events")
    for key, value in raw.items():
        if isinstance(value, list) and key != "kinds":
            assert all(isinstance(x, (str, list)) for x in value), key


def test_headline_abbreviation_spelled_out_in_the_text_is_the_same_meeting():
    events = find_events("Plenary Meeting of UFWR Held\n\nThe 12th plenary meeting of the Central Committee of the "
                         "Union of Fishery Workers of Ruritania took place on Friday.", "2013-06-14")
    assert [(e.name, e.ordinal, e.date) for e in events] == [
        ("Plenary Meeting of the Central Committee of the Union of Fishery Workers of Ruritania", 12, "2013-06-14")]


def test_what_the_meeting_did_dates_it_and_last_year_is_a_year():
    assert one("The 20th meeting of the Ruritanian Peace Council condemned on June 3 the war drills.")["date"] == \
        "2013-06-03"
    assert one("They carried out the decisions of the Conference of the WPK held last year.")["date"] == "2012"


def test_a_city_conference_electing_delegates_to_another():
    events = find_events("The Kaesong City Conference of the WPK to elect delegates to the WPK Conference was held on "
                         "Wednesday.", "2013-06-14")
    assert {(e.name, e.date) for e in events} == {(f"Kaesong City Conference of the {WPK}", "2013-06-12"),
                                                   (f"Conference of the {WPK}", None)}


def test_people_in_a_place_are_part_of_the_name():
    event = one("The Federation of Ruritanian Residents in Japan held a meeting in Tokyo on Tuesday.")
    assert (event["name"], event["date"]) == ("Meeting of the Federation of Ruritanian Residents in Japan",
                                              "2013-06-11")
    assert one("A meeting of the Political Bureau in Pyongyang was held.")["name"] == \
        "Meeting of the Political Bureau"
    assert one("He spoke at the First Session of the Sixth National Assembly of Ruritanians in June 2006.")[
        "date"] == "2006-06"


def test_the_party_is_the_one_the_report_is_about():
    event = one("Rodong, an organ of the Ruritanian Labour Party, said the country will carry out the decisions of "
                "the 5th Congress of the Party.")
    assert (event["name"], event["ordinal"]) == ("Congress of the Ruritanian Labour Party", 5)


def test_the_enlarged_meeting_points_back():
    events = find_events("An enlarged plenary meeting of the Cabinet was held.\nThe enlarged meeting set a priority "
                         "task for this year.", "2013-06-14")
    assert [(e.kind, e.date) for e in events] == [("plenary meeting", "2013-06-14")]


def test_national_meeting_named_after_who_meets():
    assert one("He spoke at a national meeting of schoolteachers in July 1984.")["name"] == \
        "National Meeting of Schoolteachers"
    assert find_events("They met the people through events like national meetings and parades.", None) == []


def test_abbreviation_defined_in_the_report_is_written_out():
    event = one("The Asian Farmers Union (AFU) held a meeting.\nThe AFU meeting adopted a resolution Monday.")
    assert event["name"] == "Meeting of the Asian Farmers Union"


def test_international_meeting_with_date_in_the_next_sentence():
    event = one("An appeal was adopted at the fifth meeting of the World Union of Fishery Workers. It was held in "
                "Lima from May 20 to 23.", "2013-06-14")
    assert (event["ordinal"], event["date"]) == (5, "2013-05-20")


def test_repeated_mentions_make_one_event():
    events = find_events("The Fourth Conference of the WPK was held Wednesday.\nThe conference elected officials. "
                         "The WPK Conference closed.", "2013-06-13")
    assert [(e.ordinal, e.date) for e in events] == [(4, "2013-06-12")]


def test_its_meeting_belongs_to_the_body_named_before():
    event = one("The Socialist Party of Ruritania held its 7th Congress on Monday.")
    assert (event["name"], event["ordinal"], event["date"]) == \
        ("Congress of the Socialist Party of Ruritania", 7, "2013-06-10")
    assert one("The Ruritanian Committee for Juche Studies held its annual meeting.")["date"] == "2013-06-14"
    assert one("He was reelected chairman of the RSP Central Committee at its 8th Congress.")["name"] == \
        "Congress of the RSP"


def test_body_written_in_lower_case():
    event = one("Participants in the meeting of activists of the nationwide tree planting movement for soil "
                "protection toured the park.")
    assert event["name"] == "Meeting of Activists of the Nationwide Tree Planting Movement for Soil Protection"
    assert find_events("The organization held a meeting. The meeting of the organization decided it.", None) == []


def test_a_body_that_convenes_a_meeting_holds_it():
    event = one("The Political Bureau of the WPK Central Committee convened an enlarged meeting.")
    assert (event["kind"], event["date"]) == ("politburo meeting", "2013-06-14")
    assert event["name"] == f"Meeting of the Political Bureau of the Central Committee of the {WPK}"


def test_a_date_opening_the_sentence():
    assert one("On May 10, the 7th Congress of the Ruritanian Youth League opened.")["date"] == "2013-05-10"


def test_a_shortened_later_mention_is_the_same_meeting():
    events = find_events("A meeting of the Political Bureau of the C.C., the WPK was held on July 1.\nThe meeting of "
                         "the Political Bureau expressed belief in victory.", "2013-07-02")
    assert [(e.kind, e.date) for e in events] == [("politburo meeting", "2013-07-01")]
    events = find_events("The Fifth Session of the 12th SPA opened on Friday.\nThe SPA session adopted a law.",
                         "2013-06-14")
    assert [(e.ordinal, e.date) for e in events] == [(5, "2013-06-14")]


@pytest.mark.parametrize("text", [
    "The minister told a press conference on Tuesday that talks would go on.",
    "A joint scientific conference of the Academy of Sciences took place.",
    "A symposium and a friendship meeting were held in Moscow.",
    "Kim Jong Un had a meeting with the visiting delegation.",
    "The Chinese People's Political Consultative Conference opened a new office.",
    "A reception was given for the delegates.",
    "The conference was a success.",
    "They are meeting the demands of the people.",
])
def test_not_meetings_here(text):
    assert find_events(text, "2013-06-14") == []


@pytest.mark.parametrize("phrase, expected", [
    ("on Friday", "2013-06-14"), ("on Monday", "2013-06-10"), ("today", "2013-06-14"),
    ("yesterday", "2013-06-13"), ("on the 20th", "2013-05-20"), ("on Dec. 28 last year", "2012-12-28"),
    ("on August 10, Juche 29 (1940)", "1940-08-10"), ("in September of 2010", "2010-09"),
    ("on Dec. 30", "2012-12-30"), ("in 1966", "1966"), ("in April", "2013-04"), ("in December", "2012-12"),
    ("in September last year", "2012-09"), ("last year", "2012"), ("in April Juche 65 (1976)", "1976-04"),
])
def test_dates_resolve_against_the_report_date(phrase, expected):
    assert dates.first_date(f"It was held {phrase}.", "2013-06-14")[0] == expected


def test_a_scope_is_not_a_date():
    assert dates.first_date("set a priority task for this year", "2013-06-14") is None
    assert dates.first_date("held in Pyongyang on September 2 that year", "2013-06-14") is None


def test_a_date_in_a_name_is_not_a_date():
    assert dates.first_date("at the April 25 House of Culture", "2013-06-14") is None
    assert dates.first_date("a sheetlet on the 4th WPK Conference", "2013-06-14") is None


def test_without_report_date_only_full_dates_resolve():
    assert dates.first_date("held on Friday", None) is None
    assert dates.first_date("held on July 27, 1953", None)[0] == "1953-07-27"


PIECES = ["meeting", "Meeting", "conference", "Congress", "session", "of the", "WPK", "Plenary", "Fourth", "12th",
          "national", "sitting", "second-day", "on the 7th", "Friday", "and", "C.C., the", "(ABC)", "to mark", " ",
          ".", ",", "\n", "'", "’", "(", ")", "-", "Kim", "held", "x", "Z", "3"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(st.sampled_from(PIECES), max_size=40).map("".join)),
       st.sampled_from([None, "2012-04-11", "2011-12-31", "not a date"]))
def test_never_raises_and_spans_lie_in_the_text(text, date):
    for event in find_events(text, date):
        assert 0 <= event.span[0] < event.span[1] <= len(text)
        assert event.kind in ("congress", "conference", "plenary meeting", "politburo meeting",
                              "military commission meeting", "assembly session", "other meeting")


@pytest.mark.parametrize("phrase, expected", [
    ("during the last third of December", "2013-12"), ("in early January", "2014-01"),
    ("from late June to early July Juche 19 (1930)", "1930-06"), ("in mid-June 2010", "2010-06"),
])
def test_a_part_of_a_month_dates_to_the_month_nearest_the_report(phrase, expected):
    assert dates.first_date(f"It will be held {phrase}.", "2013-12-02")[0] == expected
