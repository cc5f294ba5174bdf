"""Meetings under the guideline's v3 rulings, one class at a time, on reports invented for the test (in the style
of KCNA and Rodong Sinmun, not copied from them): numbered Political Bureau and Central Military Commission
meetings, consultative and Secretariat meetings, one meeting named twice, several meetings in one sentence,
sittings, announced dates, and what is not a meeting. Each event also says which rules made it."""
from podium.extract.events import find_events

WPK = "Workers' Party of Korea"
POLITBURO = f"Meeting of the Political Bureau of the 9th Central Committee of the {WPK}"


def events(text: str, date: str = "2033-06-14") -> list[tuple]:
    return [(e.name, e.kind, e.ordinal, e.sitting, e.date) for e in find_events(text, date)]


def test_numbered_political_bureau_meeting_named_in_headline_and_text_is_one_event():
    text = ("7th Political Bureau Meeting of 9th C.C., WPK Held\n\n"
            "The 7th Political Bureau Meeting of the 9th Central Committee of the Workers' Party of Korea (WPK) took "
            "place at the office building of the Party Central Committee on June 12.")
    assert events(text) == [(POLITBURO, "politburo meeting", 7, None, "2033-06-12")]


def test_the_number_before_the_bureau_is_the_meeting_s_and_enlarged_is_left_out():
    text = ("Report on Enlarged Meeting of 4th Political Bureau of 9th C.C., WPK\n\n"
            "The Political Bureau of the Party Central Committee convened an enlarged meeting at the office building "
            "of the Party Central Committee on June 11 to discuss the work of officials.")
    assert events(text) == [(POLITBURO, "politburo meeting", 4, None, "2033-06-11")]


def test_numbered_meeting_of_a_military_commission_keeps_the_commission_s_number():
    text = ("Fourth Enlarged Meeting of Ninth Central Military Commission of WPK Opens\n\n"
            "The Fourth Enlarged Meeting of the Ninth Central Military Commission of the Workers' Party of Korea (WPK) "
            "opened on June 13.")
    assert events(text) == [(f"Meeting of the 9th Central Military Commission of the {WPK}",
                             "military commission meeting", 4, None, "2033-06-13")]


def test_consultative_meeting_of_the_political_bureau_convened_by_it():
    text = ("Politburo Consultative Meeting of WPK Central Committee Held\n\n"
            "The Political Bureau of the Central Committee of the Workers' Party of Korea (WPK) convened a "
            "consultative meeting at the office building on Tuesday to discuss measures against floods.\n"
            "The consultative meeting of the Political Bureau adopted a decision.")
    assert events(text) == [(f"Consultative Meeting of the Political Bureau of the Central Committee of the {WPK}",
                             "politburo meeting", None, None, "2033-06-14")]


def test_meeting_of_the_presidium_of_the_politburo_is_a_politburo_meeting():
    text = ("Meeting of Presidium of Politburo of WPK Central Committee Held\n\n"
            "A meeting of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea "
            "was held on Monday.")
    assert events(text) == [(f"Meeting of the Presidium of the Political Bureau of the Central Committee of the {WPK}",
                             "politburo meeting", None, None, "2033-06-13")]


def test_secretariat_meeting_is_another_meeting_dated_before_its_verb():
    text = ("Meeting of Secretariat of WPK Central Committee Held\n\n"
            "The Secretariat of the Central Committee of the Workers' Party of Korea (WPK) Sunday held a meeting at "
            "the office building to discuss the work of the Party.")
    assert events(text, "2033-06-13") == [(f"Meeting of the Secretariat of the Central Committee of the {WPK}",
                                           "other meeting", None, None, "2033-06-12")]


def test_several_bodies_in_one_sentence_are_several_meetings():
    text = ("Meetings of the Kaesong and Haeju City Committees of the WPK were held to elect delegates to the 9th "
            "Congress of the WPK.")
    assert {(e[0], e[1]) for e in events(text)} == {
        (f"Meeting of the Kaesong City Committee of the {WPK}", "other meeting"),
        (f"Meeting of the Haeju City Committee of the {WPK}", "other meeting"),
        (f"Congress of the {WPK}", "congress")}
    places = events("Meetings of Ruby, North Opal and Jade provinces and Amber City were held to elect delegates.")
    assert [e[0] for e in places] == ["Meeting of Ruby Province", "Meeting of North Opal Province",
                                      "Meeting of Jade Province", "Meeting of Amber City"]


def test_report_of_one_sitting_names_it_and_dates_the_meeting_to_it():
    text = ("Second-day Sitting of 6th Plenary Meeting of 9th Central Committee of WPK Held\n\n"
            "The second-day sitting of the 6th Plenary Meeting of the 9th Central Committee of the Workers' Party of "
            "Korea was held on June 13.\nIn the second-day sitting panels studied the concluding speech made in "
            "the first-day sitting of the plenary meeting.")
    assert events(text) == [(f"Plenary Meeting of the 9th Central Committee of the {WPK}", "plenary meeting", 6, 2,
                             "2033-06-13")]


def test_a_meeting_announced_for_later_is_dated_as_announced():
    text = ("The Political Bureau adopted a resolution on convening the 7th Plenary Meeting of the 9th Central "
            "Committee of the Party during the last third of December.")
    assert events(text, "2033-12-02") == [(f"Plenary Meeting of the 9th Central Committee of the {WPK}",
                                           "plenary meeting", 7, None, "2033-12")]
    early = events("The 10th Session of the 15th SPA will be convened in early January.", "2033-12-20")
    assert early == [("Session of the 15th Supreme People's Assembly", "assembly session", 10, None, "2034-01")]


def test_panels_inside_a_meeting_summits_and_meetings_in_general_are_not_events():
    assert events("Study and consultative meetings of panels were held in the second-day sitting.") == []
    assert events("The summit meeting between the two leaders took place in May.") == []
    assert events("The decisions of plenary meetings of the Party are carried out.") == []


def test_the_party_idiom_before_a_head_is_the_ruling_party_whatever_party_was_named_before():
    text = ("Seen on the platform was Ri Ok, chairman of the Central Committee of the Ruritanian Democratic Party. "
            "They vowed to carry out the decisions of the Eighth Party Congress and the Third Plenary Meeting of "
            "the Eighth Party Central Committee.")
    assert {(e[0], e[2]) for e in events(text)} == {
        (f"Congress of the {WPK}", 8), (f"Plenary Meeting of the 8th Central Committee of the {WPK}", 3)}


def test_a_meeting_named_by_what_it_does():
    text = ("Meeting of Reviewing State's Flood Prevention Work Held\n\n"
            "A meeting of reviewing the state's flood prevention work was held from July 4 to 5 in Pyongyang.")
    assert events(text, "2033-07-06") == [("Meeting of Reviewing the State's Flood Prevention Work",
                                           "other meeting", None, None, "2033-07-04")]


def test_a_national_meeting_keeps_its_series_through_a_place_and_a_date_that_names_a_thing():
    assert events("A national meeting took place in Ruby County, North Opal Province Saturday to mark the 30th "
                  "anniversary of the new system of fruit farming.", "2033-06-14")[0][0] == \
        "National Meeting to Mark the Anniversary of the New System of Fruit Farming"
    assert events("A national meeting took place on Tuesday to mark the 20th anniversary of the June 15 joint "
                  "declaration.")[0][0] == "National Meeting to Mark the Anniversary of the June 15 Joint Declaration"


def test_who_meets_and_whom_they_belong_to():
    assert events("A national meeting of chiefs of branch fire brigade stations was held on Friday.")[0][0] == \
        "National Meeting of Chiefs of Branch Fire Brigade Stations"
    assert events("The minister left to attend the ministerial meeting of non-aligned countries due in Peru.") == \
        [("Ministerial Meeting of Non-aligned Countries", "other meeting", None, None, None)]


def test_with_after_a_body_is_no_talks_but_after_a_person_it_is():
    assert events("They carried out the tasks set at the 4th Plenary Meeting of the 9th Central Committee of the WPK "
                  "with members of the Political Bureau.")[0][2] == 4
    assert events("He recalled the meeting of Chairman of the NDC Kim Jong Il with the visitors.") == []


def test_a_short_name_defined_after_its_full_name_is_written_out():
    text = ("The 26th Congress of the Federation of Ruritanians in Japan (Rurifed) opened on May 28.\n"
            "The past four years since the 25th Rurifed Congress were a period of trials.")
    assert {(e[0], e[2]) for e in events(text)} == {("Congress of the Federation of Ruritanians in Japan", 26),
                                                    ("Congress of the Federation of Ruritanians in Japan", 25)}


def test_every_event_says_which_rules_named_classed_and_dated_it():
    found = find_events("The Political Bureau of the WPK Central Committee convened a consultative meeting on "
                        "Tuesday.\nThe 5th Plenary Meeting of the 9th Party Central Committee was recalled.",
                        "2033-06-14")
    rules = {e.kind: e.rule.split() for e in found}
    assert rules["politburo meeting"] == ["event.holder-of-meeting", "kinds[5]", "date.stated-after"]
    assert rules["plenary meeting"] == ["event.body-after-head", "kinds[0]"]


def test_a_series_is_written_one_way_and_an_occasion_does_not_pad_a_body_s_meeting():
    assert events("Kim spoke at the national meeting of the Ruritanian Youth Union organizations for celebrating "
                  "the 50th anniversary of the union.")[0][0] == \
        "National Meeting of the Ruritanian Youth Union Organizations to Celebrate the Anniversary of the Union"
    assert events("A joint national meeting of the Ruritanian Youth Union organizations was held on Friday on the "
                  "occasion of the 90th birth anniversary of Kim Il Sung.")[0][0] == \
        "Joint National Meeting of the Ruritanian Youth Union Organizations"


def test_a_headline_running_into_its_verb_is_the_one_meeting_of_its_kind_the_text_names():
    text = ("Plenary Meeting of RUGA Mourns Demise of Leader\n\n"
            "The participants in the plenary meeting of the 88th Ruritanian General Assembly on June 12 stood in "
            "silence.")
    assert events(text) == [("Plenary Meeting of the 88th Ruritanian General Assembly", "plenary meeting", None,
                             None, "2033-06-12")]


def test_an_earlier_meeting_of_a_series_dated_long_ago_stays_apart():
    text = ("Delegates to the 5th National Meeting of Grandmothers arrived.\nThe founder convened a national meeting "
            "of grandmothers in November 1961.")
    assert sorted(events(text), key=str) == [("National Meeting of Grandmothers", "other meeting", 5, None, None),
                                             ("National Meeting of Grandmothers", "other meeting", None, None,
                                              "1961-11")]


def test_a_meeting_series_named_in_full_keeps_its_first_word_but_a_body_s_name_is_no_meeting():
    assert events("The participants of the Juche Meeting of Youth for General Mobilization had a photo session.")[0][0] \
        == "Juche Meeting of Youth for General Mobilization"
    assert events("He met a delegation of the African National Congress of South Africa.") == []


def test_a_party_word_before_a_noun_names_no_party():
    text = ("He recalled the first graduates of the Central Party School.\nThe plan set forth at the 9th Congress of "
            "the Party is being carried out.")
    assert events(text) == [(f"Congress of the {WPK}", "congress", 9, None, None)]


def test_a_meeting_to_vow_is_a_pledge_meeting():
    assert events("A meeting to vow loyalty took place at the foot of Mt Ruby on Sunday.") == \
        [("Meeting to Vow Loyalty", "other meeting", None, None, "2033-06-12")]


def test_quotes_and_numbered_acronyms_inside_a_name_and_a_determiner_before_it():
    assert events('The 12th Congress of the "Ruritania United" Party was held from May 3 to 4.')[0][:3] == \
        ("Congress of the Ruritania United Party", "congress", 12)
    assert events("He spoke at the Foreign Ministers' meeting of the G-99 on Friday.")[0][0] == \
        "Foreign Ministers' Meeting of the G-99"
    assert events("Another Party conference in October 1966 took measures.") == \
        [(f"Conference of the {WPK}", "conference", None, None, "1966-10")]


def test_several_bodies_each_named_in_full_are_several_meetings_announced_for_later():
    text = ("Conferences of the Ruritanian Youth League, the General Federation of Trade Unions of Ruritania and the "
            "Ruritanian Women's Union are to be held here from late May to early June.")
    assert events(text, "2033-05-04") == [
        ("Conference of the Ruritanian Youth League", "conference", None, None, "2033-05"),
        ("Conference of the General Federation of Trade Unions of Ruritania", "conference", None, None, "2033-05"),
        ("Conference of the Ruritanian Women's Union", "conference", None, None, "2033-05")]


def test_a_meeting_of_delegates_to_a_meeting_does_not_date_it():
    text = ("A meeting for congratulating some delegates to the 5th National Meeting of Grandmothers on their "
            "birthdays was held on Friday.")
    assert events(text) == [("National Meeting of Grandmothers", "other meeting", 5, None, None)]


def test_a_holder_written_with_the_abbreviated_committee_holds_its_meeting():
    assert events("The Presidium of the Political Bureau of the C.C., WPK convened its meeting on Friday.") == [
        (f"Meeting of the Presidium of the Political Bureau of the Central Committee of the {WPK}",
         "politburo meeting", None, None, "2033-06-10")]


def test_a_date_after_the_participants_someone_met_is_the_meeting_with_them_not_the_conference():
    text = ("Leader Has Photo Session with Participants in 3rd Conference of Ruritanian Beekeepers\n\n"
            "The leader had a photo session with the participants in the 3rd Conference of Beekeepers of the "
            "Ruritanian Apiarists' Union on June 12.")
    assert [e[4] for e in events(text)] == [None]


def test_a_date_after_the_meeting_s_own_verb_stays_the_meeting_s_even_after_its_participants():
    text = ("Letter Received\n\n"
            "The leader received a letter from the participants in the 3rd Conference of the Ruritanian Apiarists' "
            "Union held on June 12.")
    assert [e[4] for e in events(text)] == ["2033-06-12"]


def test_a_meeting_held_for_a_stated_purpose_is_named_by_it():
    text = ("Meeting Held to Mark Anniversary of Ruritanian Accord\n\n"
            "A meeting took place in Pyongyang on Friday to mark the 9th anniversary of the publication of the "
            "Ruritanian Accord.")
    assert events(text) == [("Meeting to Mark the Anniversary of the Publication of the Ruritanian Accord",
                             "other meeting", None, None, "2033-06-10")]


def test_a_meeting_to_welcome_someone_is_a_reception_and_a_marked_date_stays_in_the_name():
    assert events("A meeting took place on Friday to welcome the Ruritanian delegation.") == []
    assert [e[0] for e in events("He spoke at a meeting celebrating August 15 in Seoul.")] == \
        ["Meeting to Celebrate August 15"]


def test_one_numbered_meeting_named_with_its_parts_reordered_or_a_word_dropped_is_one_event():
    text = ("The 7th Meeting of the Executive Committee of the Ruritanian Institute Board of Directors took place "
            "on June 12. The 7th meeting of the Executive Committee of the Board of Directors of the Ruritanian "
            "Institute adopted a resolution.")
    assert len(events(text)) == 1


def test_the_text_layer_s_tokens_keep_dotted_names_and_a_committee_whose_last_dot_is_lost():
    assert [e[0] for e in events("The 6th Plenary Meeting of the 9th C.C, the WPK took place on June 3.")] == \
        [f"Plenary Meeting of the 9th Central Committee of the {WPK}"]
    assert [e[0] for e in events("The 88th Session of the U.N. General Assembly opened on June 3.")] == \
        ["Session of the United Nations General Assembly"]


def test_a_meeting_named_after_people_in_lower_case_keeps_all_of_them():
    text = ("A joint meeting of service persons and war veteran delegates took place on Monday to celebrate the "
            "victory. A national meeting of active judges and prosecutors was held on Tuesday.")
    assert [e[0] for e in events(text)] == ["Joint Meeting of Service Persons and War Veteran Delegates",
                                            "National Meeting of Active Judges and Prosecutors"]
