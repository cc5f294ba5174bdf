"""Issue 7, session five (the names5 room): foreign people found by the grammar around their names, whatever the
language of the name (`extract/name_frames.py`, the run pattern of `extract/names.py`), each on an invented
report (no corpus text); and what the frames must not take for a person."""
from test_extract_classes import people

from podium.extract.names import find_mentions


def names(text: str) -> set[str]:
    return {m.name for m in find_mentions(text)}


def test_a_courtesy_title_before_a_run_makes_it_a_person_and_is_no_part_of_the_name():
    text = ("Dr. Oyunbileg Tsagaandorj of the Steppe University of Tarvania made a speech. Sheikh Nasir Al-Hamad "
            "Al-Sabir Al-Tarvani, emir of Osmia, sent a message.")
    assert {"Oyunbileg Tsagaandorj", "Nasir Al-Hamad Al-Sabir Al-Tarvani"} <= names(text)


def test_particles_inside_a_name_and_two_letter_initials_keep_the_name_whole():
    text = ("Kim Yong Nam received a message from Sergio Paulo De Almeida Rocha, national president of the Free "
            "Party of Tarvania. A basket was sent by the family of Yu. K. Tomarenko, a veteran.")
    found = names(text)
    assert "Sergio Paulo De Almeida Rocha" in found  # "De" is not counted among the name's words
    assert "Yu. K. Tomarenko" in found  # frame:kin, "the family of ..."


def test_a_name_after_a_title_whose_body_is_written_out_ends_at_the_bodys_head_noun():
    text = ("Pak Ui Chun sent a message to Tarvanian Secretary of Foreign Affairs Lucia Moreno Vidal. Present were "
            "President of the Supreme Council of the Party Ivan Torvalov and others.")
    assert {"Lucia Moreno Vidal", "Ivan Torvalov"} <= names(text)


def test_a_one_word_name_in_apposition_to_a_bare_post_is_a_person_but_an_adverb_is_not():
    text = ("On Monday, Ostrakov, former defense minister of Osmia, visited the embassy. Earlier, the chairman of "
            "the committee spoke. Villagers, members of civic groups, protested.")
    found = names(text)
    assert "Ostrakov" in found
    assert not {"Earlier", "Villagers"} & found


def test_the_subject_of_a_speech_predicate_is_a_person_but_a_newspaper_saying_something_is_not():
    text = "Ivo Kalberg made a report on the work of the party. Osmia Shimbun said the talks had failed."
    found = names(text)
    assert "Ivo Kalberg" in found
    assert "Osmia Shimbun" not in found


def test_a_vietnamese_name_that_starts_like_a_korean_one_is_a_person_and_its_museum_is_not():
    text = ("The friendship provided by President Ho Chi Lanh and President Kim Il Sung grew. The curator of the "
            "Ho Chi Lanh Museum spoke.")
    found = find_mentions(text)
    assert [m.name for m in found if m.name == "Ho Chi Lanh"] == ["Ho Chi Lanh"]  # once: the museum is no mention


def test_a_shorter_later_form_of_a_full_foreign_name_is_the_same_person():
    text = ("Head and Chief Conductor Ivan Petrovich Sorokin visited the embassy. Ivan Sorokin made a speech. "
            "Kim Il and Kim Jong Il were mentioned.")
    found = people(text, "2011-12-22")
    assert "Ivan Petrovich Sorokin" in found and "Ivan Sorokin" not in found
    assert "Conductor Ivan Petrovich Sorokin" not in found  # an occupation before the name is a title
    assert "Kim Il" in found  # a Korean name is never merged into a longer one


def test_a_bare_head_coordinated_before_a_post_shares_its_body_but_not_a_portfolio_or_an_organ():
    text = ("Kim Yong Nam met Naguib Toros, chairman and CEO of the Orascom Holding of Osmia, on Monday. Present "
            "were Ri Chol Su, vice-premier and chairman of the State Fishery Commission, and Pak Myong Ho, "
            "vice-chairwoman and member of the Secretariat of the Women's Union.")
    found = people(text, "2012-01-01")
    assert found["Naguib Toros"].post_texts() == ["chairman of the Orascom Holding of Osmia",
                                                  "chief executive officer of the Orascom Holding of Osmia"]
    assert "vice-premier of the State Fishery Commission" not in found["Ri Chol Su"].post_texts()
    assert "vice-chairwoman of the Secretariat of the Women's Union" not in found["Pak Myong Ho"].post_texts()


def test_a_bare_title_before_a_name_takes_the_body_of_the_group_after_and():
    text = ("Chief Jo Chol Man and members of the Pyongyang mission of the Tarvanian Liberation Front laid a basket. "
            "Director Ri Chol Ho and staff of the Kosan Institute of the Academy of Sciences visited the site.")
    found = people(text, "2012-01-01")
    assert found["Jo Chol Man"].post_texts() == ["chief of the Pyongyang mission of the Tarvanian Liberation Front"]
    assert [p.rule for p in found["Jo Chol Man"].posts] == ["post:title-body-after"]
    assert found["Ri Chol Ho"].post_texts() == ["director of the Kosan Institute of the Academy of Sciences"]
