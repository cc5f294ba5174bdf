"""Properties of extraction (Hypothesis): it never raises, and every span points at the text it names."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium.extract import extract
from podium.extract.people import find_people

SURNAMES = ["Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "O", "Ryu"]
SYLLABLES = ["Chol", "Su", "Yong", "Hui", "Myong", "Gil", "Son", "Nam", "Ok", "Pyong", "Thae", "Hwa"]
HEADS = ["member", "secretary", "vice-chairman", "department director", "alternate member", "minister"]
BODIES = ["the Political Bureau of the C.C., the WPK", "the WPK Central Committee", "the Cabinet",
          "the Central Committee of the General Federation of Trade Unions", "Culture"]
TEMPLATES = ["Present there were {list}.", "{first} made a report.", "Accompanying him were {list}.",
             "{list} were elected {plural} of {body}.", "The meeting was guided by {first}.",
             "{first} met {second} and had a talk with him."]

korean_name = st.builds(lambda s, g: " ".join([s, *g]), st.sampled_from(SURNAMES),
                        st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=2))
post = st.builds(lambda h, b: f"{h} of {b}", st.sampled_from(HEADS), st.sampled_from(BODIES))


@st.composite
def kcna_paragraph(draw):
    names = draw(st.lists(korean_name, min_size=2, max_size=6, unique=True))
    described = [f"{n}, {draw(post)}" if draw(st.booleans()) else n for n in names]
    listed = ", ".join(described[:-1]) + " and " + described[-1]
    sentence = draw(st.sampled_from(TEMPLATES)).format(
        list=listed, first=described[0], second=described[1], plural="members", body=draw(st.sampled_from(BODIES)))
    return names, sentence


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_extract_never_raises_on_any_text(text):
    record = extract(text, date="2012-04-11")
    for person in record.people:
        for start, end in person.mentions:
            assert 0 <= start < end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Kim Jong Il", "Premier", ", the WPK, ", "Present there were", " and ", ".",
                                 "\n", "member of the Political Bureau", "He said:", "C.C.", "Ri Yong Ho", ","]),
                max_size=40))
def test_extract_never_raises_on_kcna_fragments(parts):
    text = " ".join(parts)
    for person in find_people(text):
        for post in person.posts:
            assert 0 <= post.span[0] < post.span[1] <= len(text)


@settings(max_examples=200, deadline=None)
@given(kcna_paragraph())
def test_names_and_spans_in_invented_reports(case):
    names, text = case
    found = {p.name: p for p in find_people(text)}
    assert set(found) == {n for n in names if n in text}
    for person in found.values():
        surname = person.name.split()[0]
        for start, end in person.mentions:
            assert text[start:end] in (person.name, surname)
        for item in person.posts:
            start, end = item.span
            assert 0 <= start < end <= len(text) and text[start:end].strip()
        assert person.role_names()
