"""Identities and posts over the real corpus, on the store the ingest tests build once (`corpus_store`)."""
from pathlib import Path

from sqlalchemy import func, select

from podium.resolve.pairs import load_pairs, score_pairs
from podium.store import open_store
from podium.store.schema import person_links, post_forms, posts, report_people, report_posts

PAIRS = Path(__file__).resolve().parent / "data" / "identity_pairs.yaml"


def test_every_person_and_post_of_the_reports_is_resolved(corpus_store):
    db, _ = corpus_store
    with open_store(db).connect() as conn:
        n_people = conn.execute(select(func.count()).select_from(report_people)).scalar()
        n_links = conn.execute(select(func.count()).select_from(person_links)).scalar()
        unlinked_forms = conn.execute(
            select(func.count(report_posts.c.post.distinct()))
            .where(report_posts.c.post.not_in(select(post_forms.c.form)))).scalar()
        n_posts = conn.execute(select(func.count()).select_from(posts)).scalar()
        n_forms = conn.execute(select(func.count()).select_from(post_forms)).scalar()
    assert n_people > 10_000 and n_links == n_people
    assert unlinked_forms == 0
    assert n_posts < n_forms  # variants of one post share it


def test_the_identity_pairs_are_mostly_right(corpus_store):
    """Precision and recall of "same person" on the corpus pairs the extractor finds (bench/identity.py prints
    them): spelling variants join and people with incompatible posts stay apart."""
    db, _ = corpus_store
    with open_store(db).connect() as conn:
        score = score_pairs(conn, load_pairs(PAIRS))
    assert score.scored >= 20
    assert score.precision >= 0.9 and score.recall >= 0.9, score.wrong
    assert score.tn >= 5  # people of one name told apart by their posts
