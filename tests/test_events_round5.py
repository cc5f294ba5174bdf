"""Meetings of this session's general fallbacks (issue 7, session 5), on reports invented for the test (report date a
Tuesday, 2033-06-14): a meeting's name runs over its complements while they stay part of a name (a sector with its
article, "between A and B"), and a meeting only referred to is an event when its sentence dates it."""
from podium.extract.dates import first_date
from test_events_round3 import events


def test_who_meets_keeps_a_sector_written_with_its_article():
    text = ("Apiary Story\n\nHe made sure that the national meeting of the officials in the field of the honey "
            "industry was held.")
    assert [e[0] for e in events(text)] == ["National Meeting of the Officials in the Field of the Honey Industry"]


def test_the_last_year_of_a_life_is_no_date():
    assert first_date("It was held in the last year of his life.", "2033-06-14") is None
    assert first_date("It was held last year.", "2033-06-14")[0] == "2032"
