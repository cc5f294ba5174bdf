"""Whatever a JSON Lines file holds, the ingest does not raise, and every valid report in it is stored."""
import json
import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from podium.ingest import ingest
from podium.store import open_store

from conftest import invented_report

HOSTILE = ["\udc80", "\ud800x", "[/x]", "[bold red]x[/]", "x[/nope]", "\x00", "\x1b[31m", "\u200d", "e\u0301",
           "\ufeff", "\u2028", " ", "2012-01-03garbage", "2012-W01-1", "Premier Pak Pong Ju"]
text = st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE),
                 st.lists(st.sampled_from(HOSTILE), max_size=4).map("".join))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), text)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                       st.dictionaries(text, inner, max_size=3)), max_leaves=6)
fields = st.sampled_from(["id", "date", "title", "text", "url", "source", "extra"])
# a line of anything: a JSON object of arbitrary fields, another JSON value, or text that is not JSON
lines = st.one_of(
    st.dictionaries(fields, values, max_size=7).map(json.dumps),
    values.map(json.dumps),
    text,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(junk=st.lists(lines, max_size=12), valid_at=st.lists(st.integers(0, 12), min_size=1, max_size=4))
def test_ingest_never_raises_and_stores_every_valid_report(tmp_path_factory, junk, valid_at):
    folder = tmp_path_factory.mktemp("hostile")
    valid = [invented_report(n, id=f"valid-{n:05d}") for n in range(len(valid_at))]
    content = list(junk)
    for report, place in zip(valid, valid_at):
        content.insert(min(place, len(content)), json.dumps(report))
    path = folder / "r.jsonl"
    path.write_text("".join(line.replace("\n", " ") + "\n" for line in content), encoding="utf-8",
                    errors="surrogatepass")
    engine = open_store(folder / "podium.db")
    summary = ingest(engine, [path])
    engine.dispose()
    stored = {id for (id,) in sqlite3.connect(folder / "podium.db").execute("SELECT id FROM reports")}
    assert {r["id"] for r in valid} <= stored
    assert summary.new == len(stored)
