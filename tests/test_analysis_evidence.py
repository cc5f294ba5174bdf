"""Cutting the evidence sentence, and the statistics behind "unusual absence"."""
from hypothesis import given
from hypothesis import strategies as st

from podium.analysis.appearance import ABSENCE_MIN_DAYS, absence_threshold
from podium.analysis.evidence import quote, sentence_of

TEXT = ("Meeting held\n\nThe C.C., WPK met on Monday. Mr. J. Smith, a U.S. guest, was present. Kim Ok Sun "
        "was elected vice-chairman!\nA new paragraph starts here")


def _sentence(words: str) -> str:
    at = TEXT.index(words)
    return TEXT[slice(*sentence_of(TEXT, at, at + len(words)))]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    assert _sentence("Monday") == "The C.C., WPK met on Monday."
    assert _sentence("Smith") == "Mr. J. Smith, a U.S. guest, was present."
    assert _sentence("vice-chairman") == "Kim Ok Sun was elected vice-chairman!"


def test_titles_and_paragraphs_are_sentences():
    assert _sentence("Meeting") == "Meeting held"
    assert _sentence("new paragraph") == "A new paragraph starts here"


def test_long_sentences_are_cut_around_the_fact():
    names = ", ".join(f"Person{i} Kim" for i in range(300))
    text = f"Present were {names}."
    at = text.index("Person150 Kim")
    shown = quote(text, at, at + len("Person150 Kim"))
    assert "Person150 Kim" in shown and shown.startswith("…") and len(shown) < 700


@given(st.text(alphabet="Ab .,\n!", min_size=1, max_size=200), st.data())
def test_the_sentence_covers_the_span(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start, len(text)))
    begin, finish = sentence_of(text, start, end)
    assert text[begin:finish].strip() == text[begin:finish]
    assert begin <= max(start, finish) and finish >= min(end, begin)


@given(st.lists(st.integers(1, 60), min_size=9, max_size=80))
def test_absence_threshold_is_an_outlier_bound(gaps):
    threshold = absence_threshold(gaps)
    assert threshold >= ABSENCE_MIN_DAYS
    assert threshold >= sorted(gaps)[int(len(gaps) * 0.75) - 1]  # never below the upper quartile
