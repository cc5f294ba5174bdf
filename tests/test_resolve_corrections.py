"""Analyst corrections move one report's person to the person the analyst says, at every refresh."""
import pytest

from podium.resolve.bodies import BodyTree
from podium.resolve.corrections import apply_corrections, check_corrections, load_corrections
from podium.resolve.persons import Mention, resolve_persons
from podium.resolve.posts import PostParser


def mentions() -> list[Mention]:
    parser = PostParser(BodyTree.from_vocab())
    chairman = [parser.parse("chairman of the Central Committee of the Korean Social Democratic Party")]
    return [Mention("r1", 0, "Kim Yong Dae", "2011-01-08", chairman),
            Mention("r2", 0, "Kim Yong Dae", "2011-05-12", chairman),
            Mention("r3", 0, "Kim Yong Thae", "2012-04-20", [])]


def test_a_correction_parts_a_person_the_names_joined():
    before = {link.mention.report_id: p.id for p in resolve_persons(mentions()) for link in p.links}
    assert before["r3"] == before["r1"]  # romanisation variant, no post to say otherwise
    corrected = apply_corrections(resolve_persons(mentions()), check_corrections([
        {"report": "r3", "name": "kim yong-thae", "person": "kim-yong-thae", "why": "a south Korean assemblyman"}]))
    after = {link.mention.report_id: (p.id, link.score, link.reason) for p in corrected for link in p.links}
    assert after["r3"] == ("kim-yong-thae", 1.0, "analyst correction: a south Korean assemblyman")
    assert after["r1"][0] == after["r2"][0] == before["r1"]
    assert {p.id: p.n_reports for p in corrected} == {before["r1"]: 2, "kim-yong-thae": 1}


def test_a_correction_for_a_report_not_yet_ingested_waits():
    persons = resolve_persons(mentions())
    corrected = apply_corrections(resolve_persons(mentions()), [
        {"report": "r9", "name": "Kim Yong Dae", "person": "someone-else", "why": "later"}])
    assert [(p.id, p.n_reports) for p in corrected] == [(p.id, p.n_reports) for p in persons]


@pytest.mark.parametrize("entry", [{"report": "r1", "name": "Kim"}, "r1 Kim kim", {"report": "r1", "name": "Kim",
                                   "person": "kim", "why": " "}])
def test_a_malformed_correction_names_its_entry(entry):
    with pytest.raises(ValueError, match="identity_corrections.yaml: entry 1"):
        check_corrections([entry])


def test_the_shipped_corrections_are_well_formed():
    """Loading checks every entry (a malformed one raises, naming it)."""
    assert all(set(entry) == {"report", "name", "person", "why"} for entry in load_corrections())
