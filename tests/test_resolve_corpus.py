"""Identities and posts over the real corpus, on the store the ingest tests build once (`corpus_store`)."""
from collections import defaultdict
from pathlib import Path

from sqlalchemy import func, select

from podium.resolve.bodies import BodyTree
from podium.resolve.careers import careers
from podium.resolve.names import looks_korean, name_key
from podium.resolve.pairs import load_pairs, score_pairs
from podium.resolve.persons import Mention, trusted_tracks
from podium.resolve.posts import PostParser
from podium.store import open_store
from podium.store.schema import person_links, persons, post_forms, posts, report_people, report_posts, reports

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
    assert score.scored >= 115  # of 128 pairs (issue 8: at least 100, across nationalities and eras)
    assert score.precision >= 0.99 and score.recall >= 0.99, score.wrong  # today: 1.000 and 1.000 (issue 8: .98)
    assert score.tn >= 33  # people of one name told apart by their posts (today 34)


def test_no_person_of_a_korean_name_holds_incompatible_career_tracks_at_once(corpus_store):
    """The issue's rule on the whole corpus: no merge of two people who held incompatible posts at the same time
    (tracks and windows from vocab/careers.yaml)."""
    db, _ = corpus_store
    parser = PostParser(BodyTree.from_vocab())
    with open_store(db).connect() as conn:
        names = dict(conn.execute(select(persons.c.id, persons.c.name)).all())
        posts_of: dict[tuple[str, int], list[str]] = defaultdict(list)
        for report_id, person_no, form in conn.execute(select(report_posts.c.report_id, report_posts.c.person_no,
                                                              report_posts.c.post)):
            posts_of[(report_id, person_no)].append(form)
        days: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for report_id, person_no, person_id, date in conn.execute(
                select(person_links.c.report_id, person_links.c.person_no, person_links.c.person_id, reports.c.date)
                .join(reports, reports.c.id == person_links.c.report_id)):
            forms = posts_of.get((report_id, person_no))
            if forms and looks_korean(name_key(names[person_id])):
                mention = Mention(report_id, person_no, names[person_id], date, [parser.parse(f) for f in forms])
                for track in trusted_tracks(mention):
                    days[person_id][track].append(mention.day)
    clashes = [(person_id, a, b) for person_id, tracks in days.items() for a in tracks
               for b, window in careers().incompatible[a] if b in tracks
               and any(abs(x - y) <= (window if window is not None else 10 ** 6)
                       for x in tracks[a] for y in tracks[b])]
    assert len(days) > 500 and not clashes, clashes[:10]
