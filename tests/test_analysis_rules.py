"""The statistical rules on facts built in memory (the detectors are pure functions of `Facts`)."""
from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from podium.analysis.appearance import absences, first_appearances
from podium.analysis.facts import Appearance, Facts
from podium.analysis.protocol import rank_changes

START = date(2012, 1, 1)


def _facts(appearances: list[Appearance], end: date) -> Facts:
    facts = Facts(corpus_start=START.isoformat(), corpus_end=end.isoformat())
    for app in sorted(appearances, key=lambda a: (a.date, a.report_id)):
        facts.appearances[app.person_id].append(app)
    return facts


def _lists(orders: list[list[str]]) -> Facts:
    """One report per list of officials, one list every three days, in the given protocol orders."""
    apps = []
    for n, order in enumerate(orders):
        day = (START + timedelta(days=3 * n)).isoformat()
        apps += [Appearance(person, f"r{n:04d}", no, day, 1, no + 1) for no, person in enumerate(order)]
    return _facts(apps, START + timedelta(days=3 * len(orders)))


RANKING = [f"p{i:02d}" for i in range(12)]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.lists(st.sampled_from(RANKING), min_size=2, max_size=8, unique=True), min_size=1, max_size=30))
def test_lists_that_keep_one_order_show_no_rank_change(subsets):
    orders = [sorted(subset, key=RANKING.index) for subset in subsets]
    assert rank_changes(_lists(orders), {}) == []


def test_overtaking_three_established_seniors_is_a_rise_for_the_riser_only():
    before = [["a", "b", "c", "d", "e"]] * 4
    after = [["d", "a", "b", "c", "e"]] * 2
    found = rank_changes(_lists(before + after), {"d": "D"})
    assert [(c.kind, c.person_id, c.report_id) for c in found] == [("rank rise", "d", "r0004")]


def test_falling_below_three_established_juniors_is_a_drop_for_the_faller_only():
    before = [["a", "b", "c", "d", "e"]] * 4
    after = [["b", "c", "d", "a", "e"]] * 2
    found = rank_changes(_lists(before + after), {})
    assert [(c.kind, c.person_id, c.report_id) for c in found] == [("rank drop", "a", "r0004")]


def test_a_one_off_inversion_is_not_a_change():
    orders = [["a", "b", "c", "d"]] * 4 + [["d", "a", "b", "c"]] + [["a", "b", "c", "d"]] * 3
    assert rank_changes(_lists(orders), {}) == []


@given(st.integers(1, 20), st.integers(10, 60))
def test_regular_appearances_are_never_an_absence(step, count):
    apps = [Appearance("x", f"r{n}", 0, (START + timedelta(days=step * n)).isoformat(), None, None)
            for n in range(count)]
    assert absences(_facts(apps, START + timedelta(days=step * (count - 1)))) == []


def test_a_long_silence_of_a_regular_is_an_absence_then_a_return():
    days = [START + timedelta(days=4 * n) for n in range(15)] + [START + timedelta(days=200 + 4 * n)
                                                                  for n in range(5)]
    apps = [Appearance("x", f"r{n}", 0, d.isoformat(), None, None) for n, d in enumerate(days)]
    found = absences(_facts(apps, days[-1]))
    assert [c.kind for c in found] == ["absence", "reappearance"]
    assert found[0].report_id == "r14" and found[1].date == days[15].isoformat()


def test_first_appearance_needs_an_unlikely_silence_before():
    often = [Appearance("often", f"o{n}", 0, (START + timedelta(days=100 + 2 * n)).isoformat(), None, None)
             for n in range(10)]
    rare = [Appearance("rare", f"r{n}", 0, (START + timedelta(days=100 + 90 * n)).isoformat(), None, None)
            for n in range(5)]
    found = first_appearances(_facts(often + rare, START + timedelta(days=600)))
    assert [(c.person_id, c.date) for c in found] == [("often", (START + timedelta(days=100)).isoformat())]
