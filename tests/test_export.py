"""`podium export` on the real corpora (the session's `corpus_store`), each format checked by its own tooling:
followthemoney validates and aggregates the entities, jsonschema validates the Popolo document against the
schema written from the specification (tests/data/popolo.schema.json), pandas, pyarrow and DuckDB read the
tables back with their types; and the tenures read back from CSV answer `podium holders`' question as
`holders_on` (the function the command calls) does."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import duckdb
import jsonschema
import pandas as pd
import pyarrow.parquet as pq
import pytest
from followthemoney import model
from sqlalchemy import create_engine

from podium.analysis.holders import holders_on
from podium.export import export
from podium.export.scope import Scope
from podium.export.tables import COLUMNS, DAY, WHOLE

POPOLO_SCHEMA = Path(__file__).parent / "data" / "popolo.schema.json"
FTM_CLI = Path(sys.executable).parent / "ftm"
APRIL_2012 = Scope("2012-04-01", "2012-04-30")  # the 4th Party Conference and the 5th SPA session
HOLDER_DATES = ("2011-06-01", "2011-12-31", "2012-04-12", "2012-07-16", "2012-07-17", "2012-11-30", "2021-07-01",
                "2022-10-17")


@pytest.fixture(scope="module")
def db(corpus_store):
    return corpus_store[0]


@pytest.fixture(scope="module")
def exported(db, tmp_path_factory):
    """Each format written once: {format: path}."""
    out = tmp_path_factory.mktemp("export")
    paths = {"ftm": out / "podium.ftm.jsonl", "popolo": out / "podium.popolo.json", "csv": out / "csv",
             "parquet": out / "parquet"}
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        for fmt, path in paths.items():
            export(conn, fmt, path)
    engine.dispose()
    return paths


def _entities(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def test_every_ftm_entity_validates(exported):
    entities = _entities(exported["ftm"])
    ids = {entity["id"] for entity in entities}
    assert len(ids) == len(entities), "one line per entity"
    problems = []
    for data in entities:
        proxy = model.get_proxy(data, cleaned=False)
        assert not proxy.schema.abstract, data
        problems += [f"{proxy.id}: no {name}" for name in proxy.schema.required if not proxy.get(name)]
        for prop, value in proxy.itervalues():
            if not prop.type.validate(value) or prop.type.clean(value) != value:
                problems.append(f"{proxy.id}: {prop.name}={value!r} is not a clean {prop.type.name}")
            if prop.type.name == "entity" and value not in ids:
                problems.append(f"{proxy.id}: {prop.name} points at {value}, which is not exported")
    assert not problems, problems[:10]
    schemas = {entity["schema"] for entity in entities}
    assert {"Person", "Position", "Occupancy", "Event", "PublicBody", "Organization", "Membership"} <= schemas


def test_every_ftm_entity_cites_its_source(exported):
    missing = [entity["id"] for entity in _entities(exported["ftm"])
               if not all(entity["properties"].get(name) for name in ("sourceUrl", "publisher"))
               or not (entity["properties"].get("description") or entity["schema"] == "Article")]
    assert not missing, missing[:10]
    tenure = next(e for e in _entities(exported["ftm"]) if e["schema"] == "Occupancy")
    report_id, sentence = tenure["properties"]["description"][0].split(": ", 1)
    assert tenure["properties"]["proof"] == [f"podium-report-{report_id}"] and len(sentence) > 20


def test_the_ftm_cli_accepts_every_entity_as_it_is(exported, tmp_path):
    out = tmp_path / "validated.jsonl"
    subprocess.run([str(FTM_CLI), "validate", "-i", str(exported["ftm"]), "-o", str(out)], check=True)
    before = {e["id"]: e["properties"] for e in _entities(exported["ftm"])}
    after = {e["id"]: e["properties"] for e in _entities(out)}
    assert after == before


def test_ftm_aggregation_merges_a_later_export_into_an_earlier_one(db, exported, tmp_path):
    april = tmp_path / "april.ftm.jsonl"
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        export(conn, "ftm", april, APRIL_2012)
    engine.dispose()
    whole = {e["id"]: e for e in _entities(exported["ftm"])}
    part = _entities(april)
    assert part and all(e["id"] in whole for e in part), "stable ids: the April export is part of the whole"
    for data in part:
        merged = model.get_proxy(whole[data["id"]]).merge(model.get_proxy(data))
        assert merged.id == data["id"] and merged.schema.name == data["schema"]
    both = tmp_path / "both.jsonl"
    both.write_text(exported["ftm"].read_text(encoding="utf-8") + april.read_text(encoding="utf-8"),
                    encoding="utf-8")
    aggregated = tmp_path / "aggregated.jsonl"
    subprocess.run([str(FTM_CLI), "aggregate", "-i", str(both), "-o", str(aggregated)], check=True)
    assert sorted(e["id"] for e in _entities(aggregated)) == sorted(whole)


def test_ftm_events_have_their_participants_and_roles(exported):
    entities = _entities(exported["ftm"])
    conference = [e for e in entities if e["schema"] == "Event"
                  and e["properties"]["name"] == ["4th Conference of the Workers' Party of Korea"]]
    assert len(conference) == 1 and len(conference[0]["properties"].get("involved", [])) >= 20
    roles = [e for e in entities if e["schema"] == "UnknownLink"
             and e["properties"]["object"] == [conference[0]["id"]]]
    assert roles and all(e["properties"]["role"] and e["properties"]["summary"] for e in roles)


def test_popolo_document_validates_against_the_schemas(db, exported):
    document = json.loads(exported["popolo"].read_text(encoding="utf-8"))
    schema = json.loads(POPOLO_SCHEMA.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    assert not errors, [error.message for error in errors[:5]]
    ids = {kind: {item["id"] for item in items} for kind, items in document.items()}
    assert all(o["parent_id"] in ids["organizations"] for o in document["organizations"] if o["parent_id"])
    assert all(m["person_id"] in ids["persons"] and m["post_id"] in ids["posts"]
               and (m["organization_id"] is None or m["organization_id"] in ids["organizations"])
               for m in document["memberships"])
    sittings = [e for e in document["events"] if e["parent_id"]]
    assert all(e["parent_id"] in ids["events"] and e["podium"]["sitting"] for e in sittings)
    with sqlite3.connect(db) as conn:  # sittings are reported in the Rodong Sinmun corpus only
        stated = conn.execute("SELECT count(*) FROM report_events WHERE sitting IS NOT NULL").fetchone()[0]
    assert bool(sittings) == bool(stated)
    assert any(m["end_date"] and m["podium"]["end_reason"] == "succeeded" for m in document["memberships"])
    assert any(e["podium"]["attendance"] for e in document["events"])


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_tables_read_back_with_their_types(exported, table):
    arrow = pq.read_table(exported["parquet"] / f"{table}.parquet")
    assert [(field.name, field.type) for field in arrow.schema] == COLUMNS[table]
    assert arrow.num_rows > 0
    frame = pd.read_parquet(exported["parquet"] / f"{table}.parquet", dtype_backend="pyarrow")
    for name, kind in COLUMNS[table]:
        expected = {DAY: "date32[day][pyarrow]", WHOLE: "int32[pyarrow]"}.get(kind, "string[pyarrow]")
        assert str(frame[name].dtype) == expected, name
    days = [name for name, kind in COLUMNS[table] if kind == DAY]
    whole = {name: "Int32" for name, kind in COLUMNS[table] if kind == WHOLE}
    csv = pd.read_csv(exported["csv"] / f"{table}.csv", dtype={**whole}, parse_dates=days, keep_default_na=False,
                      na_values=[""])
    assert len(csv) == arrow.num_rows
    for name in days:
        assert str(csv[name].dtype).startswith("datetime64"), name
        assert (csv[name].dt.date.fillna(0).tolist() == arrow.column(name).to_pandas().fillna(0).tolist())


def test_tenures_read_back_from_csv_answer_as_podium_holders_does(db, exported):
    tenures = pd.read_csv(exported["csv"] / "tenures.csv", dtype=str, keep_default_na=False)
    by_post = defaultdict(list)
    for row in tenures.itertuples():
        by_post[row.post_id].append(row)
    busiest = sorted(by_post, key=lambda post: (-len(by_post[post]), post))[:60]
    superseded = sorted({row.post_id for row in tenures.itertuples() if row.end_reason == "succeeded"})
    engine = create_engine(f"sqlite:///{db}")
    compared = 0
    with engine.connect() as conn:
        for post in busiest + superseded:
            for day in HOLDER_DATES + tuple(row.end_date for row in by_post[post] if row.end_date):
                from_csv = {row.person_id for row in by_post[post]
                            if row.start_date <= day and (not row.end_date or day < row.end_date)}
                assert from_csv == {holder.person_id for holder in holders_on(conn, post, day)}, (post, day)
                compared += 1
    engine.dispose()
    assert superseded and compared > 500


def test_duckdb_queries_the_parquet_tables(exported):
    """The README's example: who held the posts of the Presidium on a day, with the sentence that shows it."""
    tables = exported["parquet"]
    rows = duckdb.sql(f"""
        SELECT person, post, start_date, end_date FROM '{tables}/tenures.parquet'
        WHERE post_id LIKE '%@wpk-cc-politburo-presidium' AND start_date <= DATE '2012-05-01'
          AND (end_date IS NULL OR end_date > DATE '2012-05-01') ORDER BY n_reports DESC""").fetchall()
    assert rows and {"Choe Yong Rim", "Kim Yong Nam"} <= {person for person, *_ in rows}
