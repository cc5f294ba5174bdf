"""Meetings of this session's classes (issue 7, session 4), on reports invented for the test: a name that stops
where the next phrase starts without a link word, ..."""
from podium.extract.events import find_events

REPORT_DATE = "2033-06-14"  # a Tuesday


def events(text: str, date: str = REPORT_DATE) -> list[tuple]:
    return [(e.name, e.kind, e.ordinal, e.sitting, e.date, e.rule.split()[0]) for e in find_events(text, date)]


def test_a_name_stops_where_a_the_follows_it_without_a_link_word():
    text = ("An enlarged meeting of the Political Bureau of the Central Committee of the Ruritanian Labour Party "
            "took place on Monday. At the meeting of the Political Bureau the members of the State Apiary "
            "Commission were appointed.")
    assert [e[0] for e in events(text)] == [
        "Meeting of the Political Bureau of the Central Committee of the Ruritanian Labour Party"]


def test_a_gerund_in_a_body_name_takes_its_object():
    text = "A meeting of the Preparatory Committee for Celebrating the Jubilee of the Republic took place on Monday."
    assert [e[0] for e in events(text)] == [
        "Meeting of the Preparatory Committee for Celebrating the Jubilee of the Republic"]
