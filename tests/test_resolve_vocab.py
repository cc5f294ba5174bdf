"""The vocabulary of bodies is a well-formed tree with the bodies analysts ask about, and name keys ignore
what does not make two spellings different."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from podium.resolve.bodies import BodyTree
from podium.resolve.names import group_names, name_key, sound_key
from podium.resolve.text import slug


@pytest.fixture(scope="module")
def tree() -> BodyTree:
    return BodyTree.from_vocab()


@pytest.mark.parametrize("body_id, chain", [
    ("wpk-cc-politburo-presidium", ["wpk-cc-politburo", "wpk-cc", "wpk"]),
    ("wpk-cc-secretariat", ["wpk-cc", "wpk"]),
    ("wpk-cc-departments", ["wpk-cc", "wpk"]),
    ("wpk-cmc", ["wpk"]),
    ("wpk-cac", ["wpk"]),
    ("wpk-provincial-committees", ["wpk"]),
    ("wpk-city-committees", ["wpk"]),
    ("wpk-county-committees", ["wpk"]),
    ("wpk-primary-organisations", ["wpk"]),
    ("wpk-cells", ["wpk"]),
    ("spa-presidium", ["spa", "dprk"]),
    ("ndc", ["dprk"]),
    ("cabinet-ministries", ["cabinet", "dprk"]),
    ("supreme-court", ["dprk"]),
    ("supreme-prosecutors-office", ["dprk"]),
    ("kpa-gpb", ["kpa"]),
    ("kpa-general-staff", ["kpa"]),
    ("mpaf", ["kpa"]),
    ("mnd", ["kpa"]),
    ("mss", ["dprk"]),
    ("mps", ["ndc", "dprk"]),
    ("kisyl-cc", ["kisyl"]),
    ("gftuk", []),
    ("uawk", []),
    ("dwuk", []),
    ("state-china", ["foreign"]),
    ("foreign-parties", ["foreign"]),
])
def test_the_tree_holds_the_bodies_analysts_ask_about(tree, body_id, chain):
    assert tree.ancestors(body_id) == [body_id, *chain]


def test_every_kind_is_one_of_the_schema_kinds(tree):
    assert {body.kind for body in tree.bodies.values()} <= {"party", "state", "military", "mass organisation",
                                                           "foreign", "other"}


NAME_WORDS = st.lists(st.sampled_from(["Kim", "Ri", "Jong", "Un", "Il", "Sung", "Choe", "Ryong", "Hae", "Pak"]),
                      min_size=2, max_size=3)


@given(NAME_WORDS, st.sampled_from([" ", "-", "  ", " - "]), st.booleans())
def test_case_hyphens_and_spacing_never_make_two_names(words, joiner, upper):
    written = joiner.join(words)
    assert name_key(written.upper() if upper else written) == name_key(" ".join(words))
    assert slug(written) == "-".join(w.lower() for w in words)


@pytest.mark.parametrize("one, other", [("Kim Jong Gak", "Kim Jong Kak"), ("Hwang Pyong So", "Hwang Phyong So"),
                                        ("Lee Myung Bak", "Lee Myong Pak"), ("Park Geun Hye", "Pak Gun Hye")])
def test_romanisation_variants_sound_alike(one, other):
    assert sound_key(name_key(one)) == sound_key(name_key(other))


@pytest.mark.parametrize("one, other", [("Kim Yong Il", "Kim Yong Nam"), ("Kim Jong Il", "Kim Jong Un"),
                                        ("Ri Yong Ho", "Ri Yong Ha")])
def test_different_names_do_not(one, other):
    assert sound_key(name_key(one)) != sound_key(name_key(other))


def test_a_rare_korean_name_one_real_syllable_away_is_another_name():
    counts = {"kim kyong hui": 200, "kim yong hui": 2, "choe ryong hae": 300, "choe ryog hae": 1,
              **{f"{surname} yong {other}": 5 for surname in ("ri", "pak", "jon") for other in ("ho", "nam")}}
    groups = group_names(counts)
    assert groups["kim yong hui"].target == "kim yong hui"
    assert groups["choe ryog hae"].target == "choe ryong hae"
