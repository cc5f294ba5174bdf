"""Posts that depend on their holder, on invented reports in a real SQLite file: a bare office names a DPRK body
only for a DPRK official, a bare rank is the KPA's only for a KPA officer; the analysis reads them."""
from sqlalchemy import select

from podium.analysis.facts import load_facts
from podium.resolve import refresh
from podium.store.schema import post_holder_forms, posts
from resolve_store import add_report, make_store


def _refresh(engine):
    with engine.begin() as conn:
        refresh(conn)
        facts = load_facts(conn)
        holder = {(r, n, form): post for r, n, form, post in conn.execute(select(post_holder_forms)).all()}
        post_ids = set(conn.execute(select(posts.c.id)).scalars())
    return facts, holder, post_ids


def _posts_of(facts, person_id):
    return {fact.post_id for fact in facts.posts[person_id]}


def test_bare_premier_is_the_cabinets_only_for_a_dprk_official(tmp_path):
    engine = make_store(tmp_path / "h.db")
    add_report(engine, "d1", "2012-01-05", [("Choe Kwang Rim", ["premier of the Cabinet of the DPRK"])])
    add_report(engine, "d2", "2012-02-05", [("Choe Kwang Rim", ["premier"])])
    add_report(engine, "f1", "2012-03-05", [("Zhao Mingde", ["premier"])])
    add_report(engine, "f2", "2012-03-06", [("Zhao Mingde", ["minister of Water Conservancy"])])
    facts, holder, post_ids = _refresh(engine)
    assert _posts_of(facts, "choe-kwang-rim") == {"premier@cabinet"}
    assert not {key for key in holder if key[0].startswith("d")}  # a DPRK premier keeps the form's post
    assert _posts_of(facts, "zhao-mingde") == {"premier", "minister-of-water-conservancy"}
    assert {"premier", "minister-of-water-conservancy"} <= post_ids  # the posts exist for the foreign keys


def test_bare_general_is_the_kpas_only_for_a_kpa_officer(tmp_path):
    engine = make_store(tmp_path / "h.db")
    add_report(engine, "k1", "2012-01-05", [("Ri Song Chol", ["colonel general of the Korean People's Army"])])
    add_report(engine, "k2", "2012-04-05", [("Ri Song Chol", ["general"])])
    add_report(engine, "u1", "2012-04-06", [("Mark Dalton", ["general"])])
    facts, holder, _ = _refresh(engine)
    assert holder[("k2", 0, "general")] == "general@kpa"
    assert "general@kpa" in _posts_of(facts, "ri-song-chol")
    assert _posts_of(facts, "mark-dalton") == {"general"}


def test_a_state_title_written_bare_stays_bare_for_a_kpa_officer(tmp_path):
    engine = make_store(tmp_path / "h.db")
    add_report(engine, "k1", "2012-01-05", [("Ri Song Chol", ["vice marshal of the Korean People's Army"])])
    add_report(engine, "k2", "2012-07-18", [("Ri Song Chol", ["marshal"])])
    facts, holder, _ = _refresh(engine)
    assert ("k2", 0, "marshal") not in holder and "marshal" in _posts_of(facts, "ri-song-chol")
