"""The store's tables, as SQLAlchemy Core metadata: plain tables with clear names, readable in `sqlite3`,
datasette and pandas, and portable to PostgreSQL.

Three layers, each only added to by the stage that owns it:
- what came in: `reports` (raw and cleaned text side by side), `duplicates`, `rejects`;
- what each report says (`extract/`): `report_people`, `report_mentions`, `report_posts`, `report_roles`,
  `report_events`, keyed by (report_id, person_no / event_no) and carrying character spans into the text
  the extractor read (`reports.title` + blank line + `reports.text`, see `podium.sources.document`);
- what the reports say together (`resolve/`, `analysis/`): added by later migrations.

The Alembic migrations in `migrations/versions/` create exactly these tables; `tests/test_schema.py` checks
that they agree.
"""
from sqlalchemy import Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

reports = Table(
    "reports", metadata,
    Column("id", String, primary_key=True),
    Column("source", String),
    Column("date", String(10), nullable=False, index=True),  # ISO YYYY-MM-DD
    Column("title", Text, nullable=False, default=""),
    Column("url", Text),
    Column("raw_text", Text, nullable=False),  # exactly as read: nothing is ever lost
    Column("text", Text, nullable=False),  # cleaned once at ingest
    Column("text_hash", String(40), nullable=False, unique=True),  # of the normalised text: finds duplicates
    Column("origin", Text, nullable=False),  # file (and line) the report was read from
    Column("ingested_at", String, nullable=False),
    Column("extracted_by", String),  # the extractor version that made its record (`podium.ingest.extractor_version`)
)

duplicates = Table(
    "duplicates", metadata,
    Column("id", String, primary_key=True),  # the id the duplicate came under
    Column("duplicate_of", String, ForeignKey("reports.id"), nullable=False, index=True),
    Column("reason", String, nullable=False),  # "same id" or "same text"
    Column("origin", Text, nullable=False),
)

rejects = Table(
    "rejects", metadata,
    Column("rowid", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),  # file
    Column("line", Integer),  # 1-based line (JSONL, CSV) or None for a whole file
    Column("reason", Text, nullable=False),
    Column("excerpt", Text),  # the first characters of the bad input, for a human to find it
    Column("rejected_at", String, nullable=False),
    # the same bad input read again (a re-run, a resumed ingest) is the same reject, not a new row
    Index("ux_rejects_origin_line_reason", "origin", "line", "reason", unique=True),
)

report_people = Table(
    "report_people", metadata,
    Column("report_id", String, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("person_no", Integer, primary_key=True),  # order of first mention in the report, from 0
    Column("name", String, nullable=False, index=True),
    Column("roles", String, nullable=False),  # the roles, comma-separated, for reading; spans in report_roles
    Column("list_no", Integer),  # protocol order: which list of officials in the report
    Column("list_pos", Integer),  # and the 1-based position in it
)

report_mentions = Table(
    "report_mentions", metadata,
    Column("report_id", String, primary_key=True),
    Column("person_no", Integer, primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
)

report_posts = Table(
    "report_posts", metadata,
    Column("report_id", String, primary_key=True),
    Column("person_no", Integer, primary_key=True),
    Column("post", Text, primary_key=True),  # written out in full, as the guideline says
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_report_posts_post", "post"),
)

report_roles = Table(
    "report_roles", metadata,
    Column("report_id", String, primary_key=True),
    Column("person_no", Integer, primary_key=True),
    Column("role", String, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

report_events = Table(
    "report_events", metadata,
    Column("report_id", String, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("event_no", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("ordinal", Integer),
    Column("sitting", Integer),
    Column("date", String),  # ISO date, or YYYY-MM / YYYY when that is all the report says
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

# --- what the reports say together: identities (`podium.resolve`) ---

persons = Table(
    "persons", metadata,
    Column("id", String, primary_key=True),  # stable across re-ingestion: "kim-jong-un", "kim-chol-2"
    Column("name", String, nullable=False, index=True),  # the usual spelling
    Column("first_date", String(10)),
    Column("last_date", String(10)),
    Column("n_reports", Integer, nullable=False, default=0),
)

person_links = Table(
    "person_links", metadata,
    Column("report_id", String, primary_key=True),
    Column("person_no", Integer, primary_key=True),
    Column("person_id", String, ForeignKey("persons.id"), nullable=False, index=True),
    Column("score", Float, nullable=False),  # the resolver's confidence in this link, 0..1
    Column("reason", Text, nullable=False),  # why: "exact name", "spelling variant of …", "post conflict with …"
)

bodies = Table(
    "bodies", metadata,
    Column("id", String, primary_key=True),  # "wpk", "wpk-cc", "wpk-cc-politburo", "wpk-cc-politburo-presidium"
    Column("name", Text, nullable=False),  # "Political Bureau of the Central Committee of the Workers' Party of Korea"
    Column("parent_id", String, ForeignKey("bodies.id"), index=True),  # the tree is walked down, parent to children
    Column("kind", String, nullable=False),  # party, state, military, mass organisation, foreign, other
)

posts = Table(
    "posts", metadata,
    Column("id", String, primary_key=True),  # stable: "member@wpk-cc-politburo-presidium"
    Column("title", Text, nullable=False, unique=True),  # canonical full text
    Column("office", String, nullable=False),  # "member", "secretary", "vice marshal"
    Column("body_id", String, ForeignKey("bodies.id"), index=True),  # None for a bare office ("premier")
)

post_forms = Table(
    "post_forms", metadata,
    Column("form", Text, primary_key=True),  # a post as extracted (report_posts.post)
    Column("post_id", String, ForeignKey("posts.id"), nullable=False, index=True),
)

post_holder_forms = Table(
    "post_holder_forms", metadata,
    # where the post a written form names depends on who holds it: a bare "premier" of a foreign person is not
    # the DPRK Cabinet's, a bare "general" of a KPA officer is the KPA's; every other form is post_forms'
    Column("report_id", String, primary_key=True),
    Column("person_no", Integer, primary_key=True),
    Column("post", Text, primary_key=True),  # report_posts.post
    Column("post_id", String, ForeignKey("posts.id"), nullable=False),
)

# --- what the reports say together: timelines and changes (`podium.analysis`) ---

tenures = Table(
    "tenures", metadata,
    Column("person_id", String, primary_key=True),
    Column("post_id", String, primary_key=True, index=True),
    Column("first_date", String(10), primary_key=True),  # a person may hold a post in several periods
    Column("last_date", String(10), nullable=False),
    Column("first_report", String, nullable=False),
    Column("last_report", String, nullable=False),
    Column("n_reports", Integer, nullable=False),
    Column("conferred_date", String(10)),  # the record says it was conferred (elected, appointed, awarded)
    Column("conferred_report", String),
    Column("ended_date", String(10)),  # the record says it ended (relieved, dismissed), or it ended by inference
    Column("ended_report", String),
    Column("end_rule", String),  # how it ended: "stated", "death", "farewell", "succeeded" or "promoted" (inferred)
    Column("successor_id", String),  # for "succeeded": who took the post
)

changes = Table(
    "changes", metadata,
    Column("id", String, primary_key=True),  # stable: a hash of (kind, person, post, report)
    Column("date", String(10), nullable=False, index=True),
    Column("kind", String, nullable=False),  # elected, relieved, new post, post dropped, first appearance, ...
    Column("person_id", String, ForeignKey("persons.id"), index=True),
    Column("post_id", String),
    Column("body_id", String),
    Column("report_id", String, nullable=False),  # the evidence: every change has a report
    Column("evidence", Text, nullable=False),  # and the sentence in it
    Column("detail", Text),
    Column("significance", Float, nullable=False, default=1.0),  # 0..1: how much an analyst should care
    Column("signal", Integer, nullable=False, default=1),  # 1: in the default feed; 0: shown with --all only
)

# --- when each statement is about, deaths, and the history that recalled statements make (`podium.analysis`) ---

statement_times = Table(
    "statement_times", metadata,
    # every post and every elected / relieved role of report_posts / report_roles, with the time it is about
    Column("report_id", String, primary_key=True),
    Column("person_no", Integer, primary_key=True),
    Column("kind", String, primary_key=True),  # "post" or "role"
    Column("what", Text, primary_key=True),  # report_posts.post or report_roles.role
    Column("about", String(10), nullable=False),  # ISO date, or YYYY-MM, or YYYY
    Column("recalled", Integer, nullable=False),  # 1: the report recalls it (history); 0: current
    Column("rule", Text, nullable=False),  # why: "report date", "dated phrase: 'in 1980'", "after death ..."
)

deaths = Table(
    "deaths", metadata,
    Column("person_id", String, primary_key=True),
    Column("died_by", String(10), nullable=False),  # ISO date: dead on and after it
    Column("about", String(10), nullable=False),  # as stated: a year, a month or a day
    Column("report_id", String, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("rule", Text, nullable=False),
)

history = Table(
    "history", metadata,
    # posts a report gives a person for an earlier time (recalled, or after their death): their history, never
    # a current holding or a change
    Column("person_id", String, primary_key=True),
    Column("post_id", String, primary_key=True),
    Column("report_id", String, primary_key=True),
    Column("about", String(10), nullable=False),
    Column("rule", Text, nullable=False),
)

# --- what the person view and the graph read, precomputed by `podium.analysis.refresh` (each query < 100 ms) ---

coappearances = Table(
    "coappearances", metadata,
    Column("person_id", String, primary_key=True),  # both directions are stored: one range scan per person
    Column("other_id", String, primary_key=True),
    Column("n_reports", Integer, nullable=False),  # reports that name both
    # most shared first, read in that order: a person's top ten without sorting their 2,000 companions
    Index("ix_coappearances_ranked", "person_id", "n_reports"),
)

person_months = Table(
    "person_months", metadata,
    Column("person_id", String, primary_key=True),
    Column("month", String(7), primary_key=True),  # YYYY-MM
    Column("n_reports", Integer, nullable=False),
)

protocol_ranks = Table(
    "protocol_ranks", metadata,
    Column("person_id", String, primary_key=True),
    Column("report_id", String, primary_key=True),
    Column("list_no", Integer, primary_key=True),
    Column("date", String(10), nullable=False),
    Column("list_pos", Integer, nullable=False),  # the person's place in the list (protocol rank)
    Column("list_size", Integer, nullable=False),  # how many people the list names
)

# --- per-person aggregates the person and companions questions read (`podium.analysis.person_summaries`): each
# answer is a range scan of one person's rows, whatever the number of reports that name them ---

person_spellings = Table(
    "person_spellings", metadata,
    Column("person_id", String, primary_key=True),
    Column("name", String, primary_key=True),  # a spelling a report uses for the person
    Column("n_reports", Integer, nullable=False),  # appearances under that spelling
    sqlite_with_rowid=False,
)

person_meetings = Table(
    "person_meetings", metadata,  # a meeting named by a report that names the person, with their part in it
    Column("person_id", String, primary_key=True),
    Column("report_date", String(10), primary_key=True),
    Column("report_id", String, primary_key=True),
    Column("event_no", Integer, primary_key=True),
    Column("person_no", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # the meeting, as report_events has it
    Column("kind", String, nullable=False),
    Column("ordinal", Integer),
    Column("sitting", Integer),
    Column("date", String),
    Column("roles", String, nullable=False),  # the person's roles in the report
    Column("list_pos", Integer),
    sqlite_with_rowid=False,
)

person_history = Table(
    "person_history", metadata,  # the `history` rows of one person and post, summed up: its first row says why
    Column("person_id", String, primary_key=True),
    Column("post_id", String, primary_key=True),
    Column("n_reports", Integer, nullable=False),
    Column("about_first", String(10), nullable=False),  # the earliest time the reports recall for it
    Column("about_last", String(10), nullable=False),
    Column("rule", Text, nullable=False),  # the rule and report of the earliest
    Column("report_id", String, nullable=False),
    sqlite_with_rowid=False,
)

companion_reports = Table(
    "companion_reports", metadata,  # two people named in one report: one row per pair of their appearances
    Column("person_id", String, primary_key=True),
    Column("date", String(10), primary_key=True),  # the report's: a date range is a range of this key
    Column("report_id", String, primary_key=True),
    Column("person_no", Integer, primary_key=True),
    Column("other_no", Integer, primary_key=True),
    Column("other_id", String, nullable=False),
    Column("roles", String, nullable=False),  # the person's roles there
    Column("other_roles", String, nullable=False),  # the other's
    sqlite_with_rowid=False,
)
