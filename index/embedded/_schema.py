"""Tables of the embedded store and its setup (safe to rerun)."""

from __future__ import annotations

import sqlite3

from schema.errors import StoreError

#: Version of the table layout; a file with a higher one was made by a newer Debatradar.
FORMAT_VERSION = 1

#: Token every row of documents_fts holds: "ALL NOT x" expresses a pure negation in FTS5.
ALL_TOKEN = "0alle0"  # noqa: S105 (a token, not a secret)
#: Token that stands for a stop word in the stemmed text (keeps positions for phrases).
STOP_TOKEN = "0stopord0"  # noqa: S105 (a token, not a secret)

_TOKENIZER = "unicode61 remove_diacritics 0"

DDL = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS documents (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    published_ms INTEGER NOT NULL,
    local_day TEXT NOT NULL,
    platform TEXT NOT NULL,
    source_id TEXT NOT NULL,
    municipality_code TEXT,
    issue_id TEXT,
    lang TEXT NOT NULL,
    schema_version INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published ON documents (published_ms, id);
CREATE INDEX IF NOT EXISTS documents_municipality ON documents (municipality_code, published_ms, id);
CREATE INDEX IF NOT EXISTS documents_issue ON documents (issue_id, published_ms, id);
CREATE INDEX IF NOT EXISTS documents_source ON documents (source_id, published_ms, id);
CREATE INDEX IF NOT EXISTS documents_platform ON documents (platform, published_ms, id);

-- the large columns live apart, so that scans and joins over documents stay in few pages
CREATE TABLE IF NOT EXISTS document_bodies (rid INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS document_lemmas (rid INTEGER PRIMARY KEY, lemmas TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS document_values (
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    doc INTEGER NOT NULL,
    PRIMARY KEY (field, value, doc)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_values_doc ON document_values (doc);

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5 (
    title, text, everything, tokenize = "{_TOKENIZER}"
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_lemmas USING fts5 (
    lemmas, content = '', detail = none, tokenize = "{_TOKENIZER} tokenchars '-'"
);
CREATE VIRTUAL TABLE IF NOT EXISTS documents_lemma_vocab USING fts5vocab (documents_lemmas, row);

CREATE TABLE IF NOT EXISTS issues (
    issue_id TEXT PRIMARY KEY,
    municipality_code TEXT,
    status TEXT NOT NULL,
    last_seen_ms INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
    alert_id TEXT PRIMARY KEY,
    issue_id TEXT NOT NULL,
    municipality_code TEXT,
    state TEXT NOT NULL,
    level_rank INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS briefings (
    briefing_id TEXT PRIMARY KEY,
    week TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS source_health (
    source_id TEXT NOT NULL,
    run_id TEXT NOT NULL,
    finished_ms INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (source_id, run_id)
);
CREATE INDEX IF NOT EXISTS source_health_finished ON source_health (source_id, finished_ms);
CREATE TABLE IF NOT EXISTS audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms INTEGER NOT NULL,
    schema_version INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_at ON audit (at_ms);
CREATE TABLE IF NOT EXISTS notifications (key TEXT PRIMARY KEY, at_ms INTEGER NOT NULL);
"""


def create(conn: sqlite3.Connection) -> None:
    """Create missing tables and record the format version; refuse a newer format."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"
        )
        row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if row is not None and int(row[0]) > FORMAT_VERSION:
            raise StoreError(
                f"The embedded index has table format {row[0]}, made by a newer Debatradar; "
                f"this one reads format {FORMAT_VERSION}. Upgrade Debatradar or use another data_dir."
            )
        for statement in DDL.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('format', ?)", (str(FORMAT_VERSION),))
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
