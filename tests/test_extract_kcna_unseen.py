"""Issue 7, round three (the roles2 room): the classes of error left in the KCNA era on the fresh sealed set,
each fixed by a general rule (vocabulary rows or a grammar) and shown here on an invented report (no corpus
text), with the rule that made it."""
from test_extract_classes import people, rules

from podium.extract import extract


def test_a_foreign_name_with_a_regnal_number_or_after_a_counterpart_is_a_person():
    text = ("Ri Pyo Sun sent a message of greeting to Mpolo IV, king of Tarvania. The foreign minister of Osmia "
            "praised the talks with his Tarvanian counterpart K. R. Dlamuni.")
    found = people(text, "2012-03-01")
    assert found["Mpolo IV"].post_texts() == ["king of Tarvania"]
    assert found["Mpolo IV"].role_names() == ["received"]
    assert "K. R. Dlamuni" in found


def test_a_foreign_party_delegation_head_holds_posts_of_that_party():
    text = ("A delegation of the Revolutionary Workers Party of Tarvania (Leninist) headed by Joao Mbeki Tolo, "
            "member of the Political Bureau of the Party Central Committee and chairman of its Northern Regional "
            "Committee, arrived here. Kang Chol Ha, secretary of the Party Central Committee, met it.")
    found = people(text, "2012-03-01")
    party = "the Revolutionary Workers Party of Tarvania (Leninist)"
    assert found["Joao Mbeki Tolo"].post_texts() == [
        f"member of the Political Bureau of the Central Committee of {party}",
        f"chairman of the Northern Regional Committee of {party}"]
    assert found["Kang Chol Ha"].post_texts() == ["secretary of the Central Committee of the Workers' Party of Korea"]


def test_visitors_named_among_a_group_lay_bouquets_and_speak_in_unison_as_they():
    text = ("Twenty personages of Osmia visited the DPRK embassy on Monday. Among them were Carlo Benetti, general "
            "secretary of the Movement for Peace, and Luca Ferrani, chairman of the Juche Society. They laid "
            "bouquets before the portrait and observed a moment's silence. They said in unison that the loss is "
            "great.")
    found = people(text, "2011-12-20")
    for name in ("Carlo Benetti", "Luca Ferrani"):
        assert sorted(found[name].role_names()) == ["present", "sent", "spoke"], name
        assert {"group-members:present:among them were", "pronoun:sent:laid bouquets",
                "pronoun:spoke:said"} <= rules(found[name])


def test_a_wreath_laid_in_another_name_is_the_others_and_a_new_subject_ends_they():
    text = ("Kang Chol Ha and Mun Yun Ho arrived. Ri Pyo Sun laid a wreath before the statue on the hill in the "
            "name of Han Song Gu. They said the hill is beautiful.")
    found = people(text, "2012-04-20")
    assert found["Ri Pyo Sun"].role_names() == ["present"]
    assert found["Han Song Gu"].role_names() == ["sent"]
    assert "spoke" not in found["Kang Chol Ha"].role_names()


def test_members_of_a_group_of_awardees_are_elected():
    text = ("Delegates to the Fifth National Meeting of Farmers were commended. Many other awardees expressed "
            "their resolve. Among them are Pak Kum Sil, a delegate from Jagang Province, and Ri Hye Ok, a delegate "
            "from Kangwon Province.")
    found = people(text, "2012-11-14")
    for name in ("Pak Kum Sil", "Ri Hye Ok"):
        assert found[name].role_names() == ["elected"], name
        assert "group-members:elected:awardees" in rules(found[name])


def test_they_is_never_a_list_only_named():
    text = ("Deputies visited the village. They placed flowers before the graves of his parents Kim Hyong Chol and "
            "Kang Pan Sil. Then they visited the museum.")
    found = people(text, "2012-04-12")
    assert found["Kim Hyong Chol"].role_names() == ["mentioned"]
    assert found["Kang Pan Sil"].role_names() == ["mentioned"]


def test_a_leader_who_met_with_people_at_an_occasion_received_them():
    text = ("A performance was given at the theatre. Ri Pyo Sun met with the performers and praised them. "
            "Kang Chol Ha met with Mun Yun Ho, a visitor. Han Song Gu gave field guidance to the farm. He met with "
            "the farmers there.")
    found = people(text, "2012-05-01")
    assert "subject:received:met with" in rules(found["Kang Chol Ha"])
    assert sorted(found["Ri Pyo Sun"].role_names()) == ["received", "spoke"]
    assert "subject:received:met a group" in rules(found["Ri Pyo Sun"])
    assert found["Mun Yun Ho"].role_names() == ["present"]
    assert found["Han Song Gu"].role_names() == ["guided"]


def test_posts_in_a_who_is_clause_are_the_persons():
    text = ("Kang Chol Ha, chairman of the Osmia-Korea Friendship Association, arrived here. He, who is also "
            "secretary of the Osmian Socialist Party, was greeted by officials. Luca Benetti, who is chairman of "
            "the Juche Society of Osmia, made a speech.")
    found = people(text, "2012-05-01")
    assert found["Kang Chol Ha"].post_texts() == ["chairman of the Osmia-Korea Friendship Association",
                                                  "secretary of the Osmian Socialist Party"]
    assert "post:pronoun-relative" in rules(found["Kang Chol Ha"])
    assert found["Luca Benetti"].post_texts() == ["chairman of the Juche Society of Osmia"]
    assert found["Luca Benetti"].role_names() == ["spoke"]


def test_meetings_over_classes_of_bodies_are_one_event_per_body():
    text = ("Meetings of the party committees of the Osmian Army, all the provinces (political bureau), cities "
            "(district) and counties were held to elect delegates.")
    events = extract(text, "2012-04-02").events
    wpk = "of the Workers' Party of Korea"
    assert sorted(e.name for e in events) == sorted([
        "Meeting of the Party Committee of the Osmian Army",
        f"Meeting of the Provincial (Political Bureau) Party Committees {wpk}",
        f"Meeting of the City (District) Party Committees {wpk}",
        f"Meeting of the County Party Committees {wpk}"])
    assert all(e.kind == "other meeting" and e.rule.startswith("event.classes-of-bodies") and e.date is None for e in events)


def test_a_lawmaker_and_a_name_after_a_long_title_with_a_who_is_clause():
    text = ("Former Deputy President of the National Assembly of Osmia Ibrahim Tolu, who is member of the Credit "
            "Committee of the People's Party, said the people are great. Choe Thae Bok met Kent Harbo, lawmaker "
            "from the Social Party of Osmia, and his party who paid a courtesy call on him.")
    found = people(text, "2012-05-23")
    assert found["Ibrahim Tolu"].post_texts() == ["member of the Credit Committee of the People's Party"]
    assert found["Kent Harbo"].role_names() == ["present"]
    assert "received" in found["Choe Thae Bok"].role_names()


def test_a_speaker_whose_own_words_say_they_were_awarded_is_elected():
    text = ('Delegates to the Meeting of Farmers were commended.\n'
            'Ju Pok Nam, a delegate from Jagang Province, told KCNA:\n'
            '"The title of Labor Hero was conferred on me for my work.\n'
            'I will work harder."\n'
            'Ri Pyong Ok, a delegate from Kangwon Province, said:\n'
            '"I was invited to the meeting and even awarded the title. Kang Chol Ha was elected chairman."')
    found = people(text, "2012-11-14")
    for name in ("Ju Pok Nam", "Ri Pyong Ok"):
        assert sorted(found[name].role_names()) == ["elected", "spoke"], name
        assert "quotation:elected:own award" in rules(found[name])
    assert found["Kang Chol Ha"].role_names() == ["mentioned"]


def test_a_named_speaker_with_an_appositive_ends_a_quotation():
    text = ('Ju Pok Nam, a delegate from Jagang Province, told KCNA:\n'
            '"I will work harder for the country.\n'
            'Nam Ho Sol, an officer of the army, said that the election gives great pleasure.')
    found = people(text, "2012-04-13")
    assert found["Nam Ho Sol"].role_names() == ["spoke"]
