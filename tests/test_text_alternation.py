"""`alternation()` writes vocabulary lists as a trie for speed: it must match exactly what the plain alternation of
the words, longest first, matches, at the same places and with the same lengths, whatever follows it in the
pattern and with or without IGNORECASE (Hypothesis over small alphabets, where words share prefixes often)."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from podium.extract.text import alternation

ALPHABET = "aAbB.- "  # case variants, a character `re.escape` changes, a space
word = st.text(ALPHABET, min_size=1, max_size=5)
words = st.lists(word, min_size=1, max_size=12)
text = st.text(ALPHABET, max_size=40)
# what may follow the alternation: nothing, a word boundary, a literal that forces backtracking into it
FOLLOWERS = ("", r"\b", "a", "(?=b)", r"\s")


def plain(vocabulary) -> str:
    """The alternation as it was written before the trie: every word in full, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(vocabulary), key=lambda w: (-len(w), w)))


def spans(pattern: str, subject: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, subject, flags)]


@settings(max_examples=400, deadline=None)
@given(words, text)
def test_the_trie_matches_what_the_plain_alternation_matches(vocabulary, subject):
    for follower in FOLLOWERS:
        for flags in (0, re.IGNORECASE):
            expected = spans(f"(?:{plain(vocabulary)}){follower}", subject, flags)
            assert spans(f"(?:{alternation(vocabulary)}){follower}", subject, flags) == expected
        expected = spans(f"(?:{plain(vocabulary)}){follower}", subject)
        assert spans(f"(?:{alternation(vocabulary, cased=True)}){follower}", subject) == expected


def test_words_sharing_a_start_share_one_branch():
    assert alternation(["vice-premier", "vice-chairman", "vice-chair"]) == r"vice\-(?:chair(?:man|)|premier)"


def test_words_differing_in_case_stay_whole_unless_the_pattern_is_cased():
    vocabulary = ["Vice-Premier", "Vice-premier", "Vice-president"]
    assert alternation(vocabulary) == r"Vice\-(?:president|Premier|premier)"
    assert alternation(vocabulary, cased=True) == r"Vice\-(?:pre(?:sident|mier)|Premier)"
