"""The faster scans of extraction must find exactly what the plain scans they replace find (issue 7, speed):
sentence ends by one pattern per mark, names before an appositive searched only over the window's last words,
names before " from " tried only at a full stop or line break, conferral verbs found by `str.find` of their lead
word. Hypothesis writes texts over small alphabets of the characters these patterns care about, where names,
marks and spaces meet often."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from podium.extract import names, role_passes, text as text_layer

# capitals (name starts, initials), small letters, the marks and spaces that end sentences and separate words
SENTENCE_ALPHABET = "Ab.!?,\"’) \n"
SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:\s*,)?\s+(?=[\"“(]?[A-Z0-9])")  # the one pattern, as it was


def windows(subject: str):
    """Every (start, end) window of a short text, the whole text first."""
    yield 0, len(subject)
    for start in range(len(subject) + 1):
        for end in range(start, len(subject) + 1, 3):
            yield start, end


@settings(max_examples=300, deadline=None)
@given(st.text(SENTENCE_ALPHABET, max_size=30))
def test_sentence_ends_are_those_of_one_pattern_led_by_any_mark(subject):
    marks = "".join(mark for mark in ".!?" if mark in subject)
    for start, end in windows(subject):
        expected = [m.span() for m in SENTENCE_END.finditer(subject, start, end)]
        assert [m.span() for m in text_layer._end_matches(subject, start, end, marks)] == expected


def span(match):
    return match.span() if match else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Kim", "Ri", "Jean-Paul", "al-Bashir", "O'Neil", "V.", "III", "of", "Ah"]),
                max_size=9), st.lists(st.sampled_from([" ", "  ", "\n", ", ", " and ", "."]), max_size=9))
def test_a_name_before_a_post_is_found_where_the_whole_window_finds_it(words, gaps):
    subject = "".join(w + g for w, g in zip(words, gaps + [" "] * len(words)))
    lex = names.lexicon()
    for start, end in windows(subject):
        assert span(names._name_before(subject, start, end, lex)) == \
            span(lex.before_appositive.search(subject, start, end))
        assert span(names._after_stop(lex.before_from, subject, start, end)) == \
            span(lex.before_from.search(subject, start, end))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" was elected", " was", " has been appointed", " as chairman", " as", " Ri",
                                 " has been", " was was elected", ".", " as the vice-president"]), max_size=8))
def test_conferral_verbs_found_by_their_lead_word_are_those_of_a_scan(parts):
    subject = "".join(parts)
    for lead, pattern in names.lexicon().conferred_verbs:
        for start in range(len(subject) + 1):
            expected = [m.span() for m in pattern.finditer(subject, start)]
            assert [m.span() for m in names._led_by(lead, pattern, subject, start)] == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([" that", "that", "what", " thus", "thusly", " when", "whence", ":", ";", ", he said",
                                 ", the chairman added", ",he said", "a", " ", "_", "é", "\n"]), max_size=10))
def test_a_predicate_cut_by_its_first_characters_is_the_boundary_pattern_s(parts):
    subject = "".join(parts)
    grammar = role_passes._settings().grammar
    boundary_led = re.compile(r"(?=[,:;tw])(?:" + grammar["tag"].pattern + r"|\bthat\b|:|;|\bthus\b|\bwhen\b)")
    for start, end in windows(subject):
        assert span(text_layer.search_word_start(grammar["cut"], subject, start, end)) == \
            span(boundary_led.search(subject, start, end))


@settings(max_examples=300, deadline=None)
@given(st.text("CLSUt. Gen.Maj-2(W)', \n", max_size=30))
def test_tokens_are_those_of_the_plain_alternation_of_abbreviations(subject):
    post_tokens = text_layer._calendar["post_tokens"]
    plain = re.compile("|".join(re.escape(t) for t in sorted(post_tokens, key=len, reverse=True))
                       + text_layer._TOKEN.pattern[len(text_layer._post_tokens()):])
    for start, end in windows(subject):
        assert [m.span() for m in text_layer._TOKEN.finditer(subject, start, end)] == \
            [m.span() for m in plain.finditer(subject, start, end)]


@settings(max_examples=500, deadline=None)
@given(st.text("Ab.!?,\"” \nK1", max_size=40))
def test_a_text_split_by_one_scan_is_split_as_paragraph_by_paragraph(subject):
    marks = "".join(mark for mark in ".!?" if mark in subject)
    by_paragraph = tuple((start, end, tuple(text_layer.sentence_spans(subject, start, end, marks)))
                         for start, end in text_layer.paragraphs(subject))
    assert text_layer.paragraph_sentences.__wrapped__(subject) == by_paragraph
