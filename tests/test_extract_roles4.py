"""Roles of other people on invented KCNA-style reports (issue 7, fourth session): joint messages, the words of a
thing sent, speakers whose words are reported, the host of a message. One construction per test.

All names and texts are made up; what is asserted is what GUIDELINES.md (`roles`) prescribes.
"""
from test_extract_roles import roles  # each person's roles, sorted, on an invented report


def test_the_sender_of_a_message_received_is_not_received_as_a_visitor():
    found = roles("Pak Song Il received a letter of greeting sent by Oskar Lindqvist, chairman of the Kanzia "
                  "Labour Party, on Monday.")
    assert found == {"Pak Song Il": ["received"], "Oskar Lindqvist": ["sent"]}


def test_a_joint_message_is_received_and_sent_by_each_and_its_words_are_each_senders():
    text = ("Pak Song Il, chairman of the State Commission, together with Ri Chol Man, premier of the Cabinet, and "
            "Jo Myong Ho, president of the Presidium, received a message sent by Oskar Lindqvist, president of "
            "Kanzia, together with Lars Berglund, chairman of the Kanzian Parliament, and Erik Dahl, prime minister "
            "of Kanzia.\nThe message said: We send warm congratulations to you.")
    assert roles(text) == {
        "Pak Song Il": ["received"], "Ri Chol Man": ["received"], "Jo Myong Ho": ["received"],
        "Oskar Lindqvist": ["sent", "spoke"], "Lars Berglund": ["sent", "spoke"], "Erik Dahl": ["sent", "spoke"]}


def test_companions_of_a_visit_received_do_not_receive_it():
    text = ("Pak Song Il, together with Ri Chol Man, premier of the Cabinet, received the delegation of the "
            "Kanzia Labour Party headed by Oskar Lindqvist.")
    assert "received" not in roles(text)["Ri Chol Man"]


def test_a_message_that_only_expresses_condolences_reports_no_words():
    text = ("Pak Song Il received a message of condolences from Oskar Lindqvist, chairman of the Kanzia Labour "
            "Party, on Monday.\nThe message expressed deep condolences over the disaster.")
    assert roles(text)["Oskar Lindqvist"] == ["sent"]
    text = ("Pak Song Il received a message of sympathy from Oskar Lindqvist, chairman of the Kanzia Labour "
            "Party, on Monday.\nThe message expressed deep sympathy to the victims and hoped that the people "
            "would soon recover.")
    assert roles(text)["Oskar Lindqvist"] == ["sent", "spoke"]


def test_a_list_of_speakers_that_spoke():
    text = ("Pak Song Il, chairman of the Kanzia Friendship Society, and Ri Chol Man, worker of the Sinhung Textile "
            "Mill, spoke at the meeting.")
    assert roles(text) == {"Pak Song Il": ["spoke"], "Ri Chol Man": ["spoke"]}
    assert roles("Oskar Lindqvist, minister of Culture of Kanzia, addressed the ceremony.") == \
        {"Oskar Lindqvist": ["spoke"]}


def test_a_paragraph_introducing_someone_with_his_post_ends_a_quotation():
    text = ("A statement of the Kanzia Friendship Society said, and continued:\n\n"
            "The people will win under the wise leadership.\n\n"
            "Oskar Lindqvist, chairman of the Kanzia Labour Party, in a television appearance praised the people.")
    assert roles(text) == {"Oskar Lindqvist": ["spoke"]}
    text = ("The speaker said:\n\nKim Jong Il, general secretary of the Workers' Party of Korea, devoted his all "
            "to the people.")
    assert roles(text) == {"Kim Jong Il": ["mentioned"]}  # a leader so named is what the speaker says


def test_a_tag_naming_an_office_gives_the_words_to_its_holder():
    text = ("Message from Kanzian Premier\n\nPak Song Il received a message from Oskar Lindqvist, prime minister of "
            "Kanzia.\n\n"
            "We share your sorrow, the prime minister said.\n\nWe wish you success, he said.")
    assert roles(text) == {"Pak Song Il": ["received"], "Oskar Lindqvist": ["sent", "spoke"]}
    text = ("Kanzian Visitor\n\nOskar Lindqvist, general secretary of the Kanzia Labour Party, visited the museum.\n\n"
            "The exhibits are fine, the director general said.")
    assert "spoke" not in roles(text)["Oskar Lindqvist"]  # another office: someone not named


def test_the_full_text_of_a_letter_is_its_senders_words():
    text = ("Letter to Congress\n\nPak Song Il sent a letter to those attending the congress of the Kanzia union on "
            "Monday.\n\nFollowing is its full text:\n\nThe congress is meaningful.")
    assert roles(text) == {"Pak Song Il": ["sent", "spoke"]}


def test_a_visit_to_a_statue_is_a_homage_not_guidance():
    text = "Marshal Kim Jong Un visited the statue of President Kim Il Sung standing at the Kanggye University."
    assert roles(text)["Kim Jong Un"] == ["present"]


def test_what_a_speaker_says_he_did_is_in_his_words():
    text = "Pak Song Il, a war veteran, said he received a congratulatory message and took part in the celebrations."
    assert roles(text) == {"Pak Song Il": ["spoke"]}


def test_the_one_who_hands_a_thing_over_sends_it():
    text = ("Pak Song Il received a gift from the Kanzia Labour Party.\nOskar Lindqvist, director of its "
            "International Department, handed the gift over to Ri Chol Man, secretary of the Central Committee, "
            "on Monday.")
    found = roles(text)
    assert found["Oskar Lindqvist"] == ["sent"] and found["Ri Chol Man"] == ["received"]


def test_he_of_a_chinese_name_is_no_pronoun():
    text = ("Pak Song Il received a gift from the Kanzia Fund.\nHe Zhiping, chief secretary of the fund, handed the "
            "gift over to an official concerned.")
    assert "sent" not in roles(text)["Pak Song Il"]


def test_company_and_talks_in_other_words():
    text = "Pak Song Il inspected the Sinhung Farm. He was accompanied with Ri Chol Man and Jo Myong Ho."
    assert roles(text)["Jo Myong Ho"] == ["present"]
    text = ("Pak Song Il, premier of the Cabinet, had a friendly talk with Oskar Lindqvist, governor of the Kanzia "
            "Region, and his party at the Mansudae Assembly Hall.")
    assert roles(text) == {"Pak Song Il": ["received"], "Oskar Lindqvist": ["present"]}
    text = "Papers carried write-ups accompanied with photographs of Pak Song Il."
    assert roles(text) == {"Pak Song Il": ["mentioned"]}


def test_those_who_see_a_visitor_off_are_there_but_are_not_they():
    text = ("The Kanzian delegation left here on Friday.\nThey were seen off at the airport by Pak Song Il, "
            "vice-minister of Foreign Affairs, and Ri Chol Man, vice-minister of Trade.\nThey laid a floral basket "
            "before the statue.")
    assert roles(text) == {"Pak Song Il": ["present"], "Ri Chol Man": ["present"]}


def test_a_message_to_his_counterpart():
    text = "Foreign Minister Pak Song Il sent a message to his Kanzian counterpart Oskar Lindqvist on Monday."
    assert roles(text) == {"Pak Song Il": ["sent"], "Oskar Lindqvist": ["received"]}


def test_a_message_came_to_one_with_his_posts_from_another():
    text = ("A message of greeting came to Pak Song Il, first chairman of the National Defence Commission of the "
            "Democratic People's Republic of Korea, from Oskar Lindqvist, president of Kanzia, on Monday.")
    assert roles(text) == {"Pak Song Il": ["received"], "Oskar Lindqvist": ["sent"]}


def test_according_to_a_person_reports_his_words_not_a_document_or_his_idea():
    assert roles("According to Pak Song Il, chief engineer of the rink, 10,000 people visited it.") == \
        {"Pak Song Il": ["spoke"]}
    assert roles("According to the order, Pak Song Il was promoted to General.") == {"Pak Song Il": ["elected"]}
    assert roles("The drive is under way according to Pak Song Il's strategic idea.") == \
        {"Pak Song Il": ["mentioned"]}
