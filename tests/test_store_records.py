"""`save_record` writes a Record into the report_* tables with its spans, and replaces it as a whole."""
from sqlalchemy import select

from podium.extract.record import Event, Person, Post, Record, Role
from podium.store import open_store, save_record
from podium.store.schema import report_events, report_mentions, report_people, report_posts, report_roles, reports

TEXT = "Plenary Meeting Held\n\nRi Chol Min, secretary of the Provincial Committee, presided over the meeting."


def _record() -> Record:
    start = TEXT.index("Ri Chol Min")
    post_start = TEXT.index("secretary")
    verb = TEXT.index("presided")
    chair = Person(name="Ri Chol Min", mentions=[(start, start + 11), (start, start + 11)],
                   posts=[Post("secretary of the Provincial Committee", (post_start, post_start + 37))] * 2,
                   roles=[Role("presided", (verb, verb + 8))], list_no=1, list_pos=1)
    meeting = Event(name="Plenary Meeting of the Provincial Committee", kind="plenary meeting", ordinal=None,
                    sitting=None, date="2012-03-02", span=(0, 15))
    return Record(id="r1", date="2012-03-02", text=TEXT, people=[chair], events=[meeting])


def _store_report(conn):
    conn.execute(reports.insert(), {"id": "r1", "date": "2012-03-02", "title": "Plenary Meeting Held",
                                    "raw_text": TEXT, "text": TEXT, "text_hash": "h1", "origin": "test",
                                    "ingested_at": "now"})


def test_save_record_keeps_every_span(tmp_path):
    engine = open_store(tmp_path / "podium.db")
    with engine.begin() as conn:
        _store_report(conn)
        save_record(conn, "r1", _record())
    with engine.connect() as conn:
        person = conn.execute(select(report_people)).mappings().one()
        assert (person["name"], person["roles"], person["list_no"], person["list_pos"]) == (
            "Ri Chol Min", "presided", 1, 1)
        mention = conn.execute(select(report_mentions.c.start, report_mentions.c.end)).one()
        assert TEXT[mention.start:mention.end] == "Ri Chol Min"
        post = conn.execute(select(report_posts)).mappings().one()  # stated twice, stored once
        assert TEXT[post["start"]:post["end"]] == post["post"]
        role = conn.execute(select(report_roles)).mappings().one()
        assert TEXT[role["start"]:role["end"]] == "presided"
        event = conn.execute(select(report_events)).mappings().one()
        assert (event["kind"], event["date"]) == ("plenary meeting", "2012-03-02")


def test_saving_again_replaces_the_old_record(tmp_path):
    engine = open_store(tmp_path / "podium.db")
    with engine.begin() as conn:
        _store_report(conn)
        save_record(conn, "r1", _record())
        save_record(conn, "r1", Record(id="r1", date="2012-03-02", text=TEXT))
    with engine.connect() as conn:
        for table in (report_people, report_mentions, report_posts, report_roles, report_events):
            assert conn.execute(select(table)).all() == []
