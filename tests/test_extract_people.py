"""People, posts and roles on invented KCNA-style sentences, one class of difficulty per test.

All names and texts here are made up for the tests; what is asserted is what GUIDELINES.md prescribes.
"""
from podium.extract.people import find_people

CC = "the Central Committee of the Workers' Party of Korea"


def people(text):
    return {p.name: p for p in find_people(text)}


def posts(person):
    return person.post_texts()


def test_coordinated_posts_each_get_the_full_body():
    text = ("The meeting was guided by Ryo Chang Sik, member of the Presidium of the Political Bureau and "
            "Organizational Secretary of the Central Committee of the Workers' Party of Korea.")
    found = people(text)
    assert posts(found["Ryo Chang Sik"]) == [f"member of the Presidium of the Political Bureau of {CC}",
                                             f"organizational secretary of {CC}"]
    assert found["Ryo Chang Sik"].role_names() == ["guided"]


def test_commas_inside_a_body_do_not_split_the_list():
    text = ("Present there were Pang Myong Chol, secretary of the C.C., the WPK, Tak Yong Il, department director "
            "of the C.C., the WPK, and officials concerned.")
    found = people(text)
    assert posts(found["Pang Myong Chol"]) == [f"secretary of {CC}"]
    assert posts(found["Tak Yong Il"]) == [f"department director of {CC}"]
    assert {p.role_names()[0] for p in found.values()} == {"present"}


def test_plural_post_after_a_list_goes_to_every_name():
    text = ("Accompanying him were Kim Chol Ho, Ri Song Gun and Pak Un Jong, members of the Political Bureau of "
            "the C.C., the WPK.")
    found = people(text)
    assert set(found) == {"Kim Chol Ho", "Ri Song Gun", "Pak Un Jong"}
    for person in found.values():
        assert posts(person) == [f"member of the Political Bureau of {CC}"]
        assert person.role_names() == ["present"]
    assert [(p.list_no, p.list_pos) for p in found.values()] == [(1, 1), (1, 2), (1, 3)]


def test_singular_post_after_the_last_name_is_only_his():
    text = "Present there were Kim Chol Ho, Ri Song Gun and Pak Un Jong, chairman of the Central Committee of the Union."
    found = people(text)
    assert posts(found["Pak Un Jong"]) == ["chairman of the Central Committee of the Union"]
    assert posts(found["Kim Chol Ho"]) == []


def test_titles_before_names_single_and_plural():
    text = ("Present on invitation were Vice-Premier Jon Hak Su, KPA General Kim Tae Sop and "
            "Members of the Central Military Commission of the WPK O Yong Nam and Han Chol Gu.")
    found = people(text)
    assert posts(found["Jon Hak Su"]) == ["vice-premier"]
    assert posts(found["Kim Tae Sop"]) == ["general of the Korean People's Army"]
    for name in ("O Yong Nam", "Han Chol Gu"):
        assert posts(found[name]) == ["member of the Central Military Commission of the Workers' Party of Korea"]


def test_places_and_institutions_named_after_people_are_not_people():
    text = ("Workers of the Ryongsong Kim Tae Ho Machine Works and students of Ri Chol Su University met at "
            "Kim Il Sung Square. Kim Kwang Chol, a worker of the Kim Tae Ho Machine Works, spoke.")
    found = people(text)
    assert set(found) == {"Kim Kwang Chol"}
    assert posts(found["Kim Kwang Chol"]) == ["worker of the Kim Tae Ho Machine Works"]


def test_foreign_names_are_people_by_their_context():
    text = ("Bolivian Ambassador to the DPRK Mateo Quispe Rojas hosted a reception. Present there was Anneli "
            "Virtanen, chairwoman of the Finnish Committee for Friendship with Korea.")
    found = people(text)
    assert posts(found["Mateo Quispe Rojas"]) == ["ambassador of Bolivia to the Democratic People's Republic of Korea"]
    assert found["Mateo Quispe Rojas"].role_names() == ["presided"]
    assert posts(found["Anneli Virtanen"]) == ["chairwoman of the Finnish Committee for Friendship with Korea"]


def test_election_predicates_and_gapping():
    text = ("Choe Yong Su was elected member of the Presidium of the Political Bureau of the Party Central Committee, "
            "Jang Il Bom and Ri Kwang Ho alternate members of the Political Bureau of the Party Central Committee. "
            "Ko Myong Sik was relieved of his post as chairman of the State Planning Commission.")
    found = people(text)
    assert posts(found["Choe Yong Su"]) == [f"member of the Presidium of the Political Bureau of {CC}"]
    for name in ("Jang Il Bom", "Ri Kwang Ho"):
        assert posts(found[name]) == [f"alternate member of the Political Bureau of {CC}"]
        assert found[name].role_names() == ["elected"]
    assert found["Ko Myong Sik"].role_names() == ["relieved"]


def test_a_title_or_rank_awarded_is_the_post_conferred():
    text = ("Ryu Kang Sop was awarded the title of vice marshal of the KPA. "
            "Ko Chol Ho and Sim Pyong Dok were promoted to the rank of colonel general of the Korean People's Army.")
    found = people(text)
    assert posts(found["Ryu Kang Sop"]) == ["vice marshal of the Korean People's Army"]
    for name in ("Ko Chol Ho", "Sim Pyong Dok"):
        assert posts(found[name]) == ["colonel general of the Korean People's Army"]
        assert found[name].role_names() == ["elected"]


def test_pronoun_subject_and_quotation():
    text = ("Jong Yong Chol, chairman of the Central Committee of the General Federation of Trade Unions, made a "
            "report.\nHe said:\nThe successes are associated with the leadership of Kim Song Jin.\n"
            "We will redouble our efforts, the reporter concluded.")
    found = people(text)
    assert found["Jong Yong Chol"].role_names() == ["spoke"]
    assert found["Kim Song Jin"].role_names() == ["mentioned"]


def test_epithets_and_honours_are_not_posts():
    text = ("The dear respected Marshal Pak Tong Il, supreme leader of the party and people, visited the farm. "
            "He met Labour Hero Ri Sun Hui.")
    found = people(text)
    assert posts(found["Pak Tong Il"]) == ["marshal"]
    assert posts(found["Ri Sun Hui"]) == []


def test_every_span_points_at_what_it_names():
    text = ("Present there were Kim Chol Ho, member of the Political Bureau of the C.C., the WPK, and Guy Lemaire, "
            "chairman of the Belgian Group for the Study of the Juche Idea.")
    for person in find_people(text):
        for start, end in person.mentions:
            assert text[start:end] == person.name
        for post in person.posts:
            assert 0 <= post.span[0] < post.span[1] <= len(text)
        for role in person.roles:
            assert 0 <= role.span[0] <= role.span[1] <= len(text)


def test_past_posts_are_not_posts():
    text = ("Present there were Ju Tong Il, former minister of Light Industry, and Han Myong Suk, minister of "
            "Light Industry. Former Chilean Foreign Minister Pablo Serrano Vidal was elected chairman of the forum.")
    found = people(text)
    assert posts(found["Ju Tong Il"]) == []
    assert posts(found["Han Myong Suk"]) == ["minister of Light Industry"]
    assert "foreign minister of Chile" not in posts(found["Pablo Serrano Vidal"])
    assert found["Pablo Serrano Vidal"].role_names() == ["elected"]


def test_honours_pictures_and_relative_clauses():
    text = ("The Order of Kim Tae Sok was awarded to the Sinpo Fishery Station. A bulletin was accompanied by a photo "
            "of Pak Tong Il. At the end of the meeting Ri Sun Ok, chairwoman of the Union of Weavers who took part in "
            "the festival, made a report.")
    found = people(text)
    assert "Kim Tae Sok" not in found
    assert found["Pak Tong Il"].role_names() == ["mentioned"]
    assert found["Ri Sun Ok"].role_names() == ["spoke"]


def test_foreign_name_ending_like_a_korean_one_is_one_person():
    found = people("They included Tep Nam Hong, deputy prime minister of Cambodia.")
    assert list(found) == ["Tep Nam Hong"]
    assert posts(found["Tep Nam Hong"]) == ["deputy prime minister of Cambodia"]


def test_south_korean_names_in_their_own_spelling():
    found = people("The puppet group of Choi Sung Hoon and the Lee Jae-woo regime were denounced.")
    assert set(found) == {"Choi Sung Hoon", "Lee Jae-woo"}


def test_plural_post_goes_back_to_the_names_since_the_last_post():
    text = ("He was accompanied by Pak Sung Il, premier of the Cabinet, Ri Chol Ho and Kang Pyong Sok, members of the "
            "Political Bureau and secretaries of the WPK Central Committee, and Ryu Sin Ok, Jon Kwang Bom and So Myong "
            "Hak, vice department directors of the WPK Central Committee.")
    found = people(text)
    assert posts(found["Pak Sung Il"]) == ["premier of the Cabinet"]
    for name in ("Ri Chol Ho", "Kang Pyong Sok"):
        assert posts(found[name]) == [f"member of the Political Bureau of {CC}", f"secretary of {CC}"]
    for name in ("Ryu Sin Ok", "Jon Kwang Bom", "So Myong Hak"):
        assert posts(found[name]) == [f"vice department director of {CC}"]


def test_a_group_described_by_a_body_is_not_given_its_posts():
    text = ("Present there were Ri Chol Ho, Kang Pyong Sok and Pak Sung Il, members of the WPK Central Committee "
            "guidance body in Pyongyang as well as officials of ministries.")
    found = people(text)
    assert set(found) == {"Ri Chol Ho", "Kang Pyong Sok", "Pak Sung Il"}
    assert all(posts(p) == [] for p in found.values())


def test_a_title_glued_to_a_foreign_name_is_a_post_not_part_of_the_name():
    text = ("The delegation of the Hanoi Service Bureau headed by Deputy Director-General Lu Wenhai and Chairwoman "
            "Maria Lopez Garcia left here on Friday. A letter was forwarded to United Nations Secretary-General "
            "Ban Sok-min, the ambassador said.")
    found = people(text)
    assert set(found) == {"Lu Wenhai", "Maria Lopez Garcia", "Ban Sok-min"}
    assert posts(found["Lu Wenhai"]) == ["deputy director-general of the Hanoi Service Bureau"]  # the delegation's
    assert posts(found["Maria Lopez Garcia"]) == ["chairwoman"]


def test_a_post_stops_before_the_occasion_and_drops_a_bracketed_acronym():
    text = ("Ri Chol Ho was elected first chairman of the National Defence Commission (NDC) of the DPRK at the Third "
            "Session of the 13th Supreme People's Assembly Friday.")
    assert posts(people(text)["Ri Chol Ho"]) == [
        "first chairman of the National Defence Commission of the Democratic People's Republic of Korea"]


def test_chinese_names_by_their_pinyin_shape():
    text = ("Wreaths were sent by Zhou Minghui, Chinese Ambassador to the DPRK, and Sun Yanfeng, military, naval and "
            "air attache of the Chinese embassy. The Liu Yang Bridge was lit at Sun Rise.")
    found = people(text)
    assert set(found) == {"Zhou Minghui", "Sun Yanfeng"}
    assert posts(found["Zhou Minghui"]) == ["ambassador of China to the Democratic People's Republic of Korea"]


def test_a_lone_surname_after_a_head_of_state_title_and_initials_without_spaces():
    text = ("In 1950 U.S. President Harding ordered the invasion. Later a message was sent by A.K.Lamichhane, general "
            "secretary of the Workers Party of Nepal. The General Administration and President Kim said so.")
    found = people(text)
    assert set(found) == {"Harding", "A.K.Lamichhane"}
    assert posts(found["A.K.Lamichhane"]) == ["general secretary of the Workers Party of Nepal"]


def test_a_title_in_lower_case_before_a_name():
    text = ("Today marks the birth anniversary of general secretary Kim Chol Ho. It was attended by vice-premier "
            "Pak Sung Il, and by Ri Song Gun.")
    found = people(text)
    assert posts(found["Kim Chol Ho"]) == ["general secretary of the Workers' Party of Korea"]
    assert posts(found["Pak Sung Il"]) == ["vice-premier"]
    assert posts(found["Ri Song Gun"]) == []


def test_a_body_stops_before_another_persons_national_title():
    text = ("Present were Ri Chol Ho, director of the Institute for Peace of the DPRK Foreign Ministry with the "
            "Cuban ambassador, and Pak Sung Il, chairman of the Committee for Cultural Relations with Foreign "
            "Countries.")
    found = people(text)
    assert posts(found["Ri Chol Ho"]) == [
        "director of the Institute for Peace of the Foreign Ministry of the Democratic People's Republic of Korea"]
    assert posts(found["Pak Sung Il"]) == ["chairman of the Committee for Cultural Relations with Foreign Countries"]


def test_a_plural_title_covers_its_own_list_only():
    text = ("Present were Vice-Premiers Kang Sok Man and Ro Tu Sik, Ri Chol Ho and Kang Pyong Sok, members of the "
            "Political Bureau of the C.C., the WPK, KPA Generals Pak Sung Il and O Su Yong, Jon Kwang Bom, "
            "department director of the C.C., the WPK, and Ryu Sin Ok.")
    found = people(text)
    assert posts(found["Kang Sok Man"]) == posts(found["Ro Tu Sik"]) == ["vice-premier"]
    assert posts(found["Ri Chol Ho"]) == posts(found["Kang Pyong Sok"]) == [f"member of the Political Bureau of {CC}"]
    assert posts(found["O Su Yong"]) == ["general of the Korean People's Army"]
    assert posts(found["Jon Kwang Bom"]) == [f"department director of {CC}"]
    assert posts(found["Ryu Sin Ok"]) == []


def test_a_name_used_as_an_adjective_compound_is_the_name_without_its_suffix():
    found = find_people("The Pak Yong Su-led regime was condemned. Officials keep in mind the Kim Jong Il-style "
                     "view of the people. Ri Chung-hee was there.", "2012-05-12")
    assert [p.name for p in found] == ["Pak Yong Su", "Kim Jong Il", "Ri Chung-hee"]
