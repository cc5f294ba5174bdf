"""Cleaning removes what the harvest and the blog page added, and nothing the report says."""
from hypothesis import given
from hypothesis import strategies as st

from podium.sources import clean, clean_title, document, text_key


def test_kcna_artifacts_become_paragraph_breaks():
    raw = "The delegation left Pyongyang., ,  It was seen off by officials. , ,  , , , , , , , , ,"
    assert clean(raw) == "The delegation left Pyongyang.\nIt was seen off by officials."


def test_a_separator_before_the_first_paragraph_goes():
    assert clean(", Ri Chol Min, deputy minister, ,  Born in 1950.") == "Ri Chol Min, deputy minister\nBorn in 1950."


def test_a_comma_of_the_report_itself_stays():
    assert clean("The letter said:, ,  Dear comrades,, ,  We greet you.") == (
        "The letter said:\nDear comrades,\nWe greet you.")


def test_a_wrap_inside_a_word_or_sentence_is_rejoined():
    assert clean("the chairman of the Vene, ,  zuelan committee") == "the chairman of the Venezuelan committee"
    assert clean("seven workers, including , , two engineers, arrived.") == (
        "seven workers, including two engineers, arrived.")


def test_blog_boilerplate_is_dropped_from_its_first_line_on():
    raw = ("Sports Games Open\n\nThe games opened on the 3rd.\n\nThe games continue.\n\nLeave a Reply\n\n"
           "You are commenting using your Twitter account. Log Out /  Change )\n\n%d bloggers like this:")
    assert clean(raw) == "Sports Games Open\nThe games opened on the 3rd.\nThe games continue."


def test_widget_lines_are_dropped_anywhere():
    assert clean("First paragraph.\nConnecting to %s\nSecond paragraph.") == "First paragraph.\nSecond paragraph."


def test_whitespace_is_folded_and_hard_wrapped_paragraphs_joined():
    raw = "A  report\u00a0with\nhard wrapped\tlines.\n\n\n  Second   paragraph. \n"
    assert clean(raw) == "A report with hard wrapped lines.\nSecond paragraph."
    assert clean_title("  Talks\u00a0 Held \n") == "Talks Held"


def test_document_is_title_blank_line_text():
    assert document("Talks Held", "Talks were held.") == "Talks Held\n\nTalks were held."
    assert document("", "Talks were held.") == "Talks were held."


def test_duplicate_key_ignores_case_spacing_and_punctuation():
    assert text_key("Talks were held, on Monday.") == text_key("talks  were held on monday")
    assert text_key("Talks were held.") != text_key("Talks were not held.")


@given(st.text(alphabet=st.sampled_from("ab ,.\n\t\u00a0%L"), max_size=60))
def test_cleaning_is_idempotent_and_leaves_no_blank_paragraph(raw):
    once = clean(raw)
    assert clean(once) == once
    assert "" not in once.split("\n") or once == ""
