"""Roles from grammar where no cue speaks (issue 7, fifth session): the class of the subject's verb, a tag that
names the speaker by what he did, speakers named only as "speakers", an act told in someone's words. One
construction per test, each with the case that must not change.

All names and texts are made up; what is asserted is what GUIDELINES.md (`roles`) prescribes.
"""
from test_extract_roles import roles  # each person's roles, sorted, on an invented report

from podium.extract import extract


def rules(text: str, name: str) -> list[str]:
    """The rule ids of one person's roles on an invented report."""
    person = next(p for p in extract(text, "2012-05-04", "t").to_json(evidence=True)["people"] if p["name"] == name)
    return [span[3] for span in person["role_spans"]]


def test_the_reporter_of_a_tag_is_the_one_who_made_the_report_not_the_last_subject():
    text = ("A meeting of miners took place on Friday.\nVice-Premier Ri Chol Man in a report referred to the "
            "exploits of the miners.\nPak Song Il has always paid deep attention to the coal mines.\n"
            "The output grew year after year, the reporter said.\nHe called on the miners to raise production.")
    found = roles(text)
    assert found["Ri Chol Man"] == ["spoke"]
    assert found["Pak Song Il"] == ["mentioned"]
    assert "reporting-tag:spoke:reporter" in rules(text, "Ri Chol Man")


def test_a_tag_naming_the_speaker_falls_back_to_the_subject_when_no_one_is_said_to_speak():
    text = ("A ceremony took place on Friday.\nPak Song Il, chairman of the Kanzia Committee, made a funeral "
            "address there.\nThe deceased devoted his life to the country, the speaker noted.")
    assert roles(text)["Pak Song Il"] == ["spoke"]
    assert "subject:spoke:made a funeral address" in rules(text, "Pak Song Il")


def test_speakers_not_named_are_not_the_list_present_before_them():
    text = ("A meeting took place on Friday.\nPresent there were Pak Song Il and Ri Chol Man, officials of the "
            "Kanzia Committee.\nThe reporter and speakers said the harvest was a great success.\n"
            "They called for raising the yield again next year.")
    found = roles(text)
    assert found["Pak Song Il"] == ["present"] and found["Ri Chol Man"] == ["present"]
    named = ("A meeting took place on Friday.\nPresent there were Pak Song Il and Ri Chol Man, officials of the "
             "Kanzia Committee.\nThe senior officials praised the harvest.\nThey called for raising the yield.")
    assert roles(named)["Pak Song Il"] == ["present", "spoke"]  # "the senior officials" may be the list


def test_an_act_told_by_a_speaker_and_closed_by_his_tag_is_not_the_act_now():
    text = ("A meeting took place on Friday.\nRi Chol Man, chairman of the Youth League, made a speech.\n"
            "Pak Song Il sent a congratulatory message to the young people last "
            "month, he noted.")
    found = roles(text)
    assert found["Pak Song Il"] == ["mentioned"]
    assert found["Ri Chol Man"] == ["spoke"]
    assert "retold:spoke" in rules(text, "Ri Chol Man")


def test_a_lone_surname_after_a_participle_clause_is_the_person_named_before():
    text = ("A meeting took place on Friday.\nIt was attended by Nam Chol Su, chairman of the Kanzia Committee, "
            "and other officials.\nAddressing the meeting, Nam said that the hall would be rebuilt soon.")
    assert roles(text)["Nam Chol Su"] == ["present", "spoke"]


def test_a_giving_verb_gives_sent_whatever_the_thing_given():
    text = ("Oskar Lindqvist, chairman of the Kanzia Labour Party, visited the Kanzia Farm on Friday.\n"
            "Oskar Lindqvist donated materials to the farm.")
    assert roles(text)["Oskar Lindqvist"] == ["present", "sent"]
    assert "verb-class:sent:donated" in rules(text, "Oskar Lindqvist")
    thanks = ("Oskar Lindqvist, chairman of the Kanzia Labour Party, visited the Kanzia Farm on Friday.\n"
              "Oskar Lindqvist sent thanks to the farmers.")
    assert roles(thanks)["Oskar Lindqvist"] == ["present"]  # `sent` still needs a thing sent


def test_a_participle_clause_of_the_subject_gives_its_verb_class():
    text = ("Kanzia will always support the Korean people.\nOskar Lindqvist, president of Kanzia, said this on "
            "Monday when receiving a delegation of the Kanzia Friendship Association.")
    assert roles(text)["Oskar Lindqvist"] == ["received", "spoke"]
    assert "verb-class:received:receiving" in rules(text, "Oskar Lindqvist")
    report = ("Kanzia will grow.\nOskar Lindqvist, president of Kanzia, said this on Monday when receiving a report "
              "from the Ministry of Finance.")
    assert roles(report)["Oskar Lindqvist"] == ["spoke"]  # a report is no visitor
    back = "Oskar Lindqvist, chairman of the Kanzia Labour Party, flew back home on Saturday after visiting the DPRK."
    assert roles(back)["Oskar Lindqvist"] == ["present"]


def test_an_inspection_while_visiting_stays_guidance():
    text = ("Premier Pak Song Il acquainted himself with the production of vegetables while visiting the Kanzia "
            "Vegetable Farm.")
    assert roles(text)["Pak Song Il"] == ["guided"]


def test_an_act_inside_reported_words_gives_no_role():
    text = ("A seminar took place on Friday.\nRi Chol Man, chairman of the Kanzia Committee, said that the title "
            "awarded to Pak Song Il is an expression of trust.")
    assert roles(text)["Pak Song Il"] == ["mentioned"]
    done = "A ceremony took place on Friday.\nThe title was awarded to Pak Song Il at the ceremony."
    assert roles(done)["Pak Song Il"] == ["elected"]


def test_a_clause_between_a_kin_word_and_a_name_leaves_the_name_its_role():
    text = ("A grandson of Zhou Weiming handed over the gift to Pak Song Il, DPRK ambassador to Kanzia, on "
            "Friday.")
    assert roles(text)["Pak Song Il"] == ["received"]
    widow = "Ri Chol Man met and had a talk with Jang Ok Sun, widow of the late Kang Il Su, on Friday."
    assert roles(widow)["Kang Il Su"] == ["mentioned"]


def test_words_said_at_an_earlier_time_are_no_speech_now():
    text = ("The war broke out in the summer.\nJohn Harwell, commander of the Kanzia forces, said at that time "
            "that the war would end soon.")
    assert roles(text)["John Harwell"] == ["mentioned"]
    now = ("A seminar took place on Friday.\nJohn Harwell, chairman of the Kanzia Committee, said that the war "
           "would end soon.")
    assert roles(now)["John Harwell"] == ["spoke"]


def test_what_a_speaker_calls_for_tells_an_act_it_does_not_report_one():
    text = ("A meeting took place on Friday.\nRi Chol Man, chairman of the Youth League, made a speech.\nHe called "
            "upon the youth to carry out the tasks set forth in the message sent by Pak Song Il.")
    assert roles(text)["Pak Song Il"] == ["mentioned"]
    asked = ("Oskar Lindqvist, chairman of the Kanzia Labour Party, visited the embassy on Friday.\nHe asked the "
             "ambassador to convey a message of greetings to Pak Song Il.")
    assert roles(asked)["Pak Song Il"] == ["received"]  # asked to convey: the message goes to him
