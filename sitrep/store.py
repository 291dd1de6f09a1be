"""DuckDB storage: one table per record kind, every row keyed by document id and
carrying its character span.

Each document is written in one transaction, so a crash never leaves half a
document, and a document already stored is skipped, so re-running a batch after
a crash finishes the rest without duplicates. Columns are derived from the
record dataclasses, so a field added to a record appears in its table.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from sitrep.records import (
    Citation,
    Document,
    Entity,
    Event,
    Extraction,
    Hedge,
    Mention,
    Place,
    Quantity,
    Quote,
    Role,
    ScareQuote,
    TimeExpr,
)

SCHEMA_VERSION = 1

# Span records stored one row each: table name → record class.
SPAN_TABLES: dict[str, type] = {
    "places": Place,
    "times": TimeExpr,
    "quotes": Quote,
    "citations": Citation,
    "events": Event,
    "hedges": Hedge,
    "scare_quotes": ScareQuote,
}

# Fields holding nested values, stored as JSON text: how to rebuild them.
_NESTED: dict[str, Any] = {
    "quantities": lambda items: [Quantity(**q) for q in items],
    "fragments": lambda items: [tuple(pair) for pair in items],
}

_SQL_TYPES = {
    "str": "VARCHAR",
    "str | None": "VARCHAR",
    "int": "INTEGER",
    "int | None": "INTEGER",
    "float": "DOUBLE",
    "float | None": "DOUBLE",
    "bool": "BOOLEAN",
    "list[str]": "VARCHAR[]",
}


def _sql_type(annotation: str) -> str:
    if annotation.startswith("Literal"):
        return "VARCHAR"
    # Nested records (an event's quantities) are kept as JSON text.
    return _SQL_TYPES.get(annotation, "JSON")


def _columns(cls: type) -> list[tuple[str, str]]:
    return [(f.name, _sql_type(str(f.type))) for f in dataclasses.fields(cls)]


def _create_statements() -> list[str]:
    stmts = [
        """CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS documents (
            id VARCHAR PRIMARY KEY, external_id VARCHAR, title VARCHAR, authors VARCHAR[],
            publication_date VARCHAR, outlet VARCHAR, url VARCHAR, source_path VARCHAR,
            language VARCHAR, content_hash VARCHAR, text VARCHAR, n_chars INTEGER,
            supersedes VARCHAR, ingested_at TIMESTAMP)""",
        """CREATE TABLE IF NOT EXISTS entities (
            doc_id VARCHAR, entity_id VARCHAR, kind VARCHAR, name VARCHAR, country VARCHAR,
            start INTEGER, "end" INTEGER, n_mentions INTEGER, PRIMARY KEY (doc_id, entity_id))""",
        """CREATE TABLE IF NOT EXISTS mentions (
            doc_id VARCHAR, entity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
            form VARCHAR)""",
        """CREATE TABLE IF NOT EXISTS roles (
            doc_id VARCHAR, entity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR)""",
    ]
    for table, cls in SPAN_TABLES.items():
        cols = ", ".join(f'"{name}" {sql}' for name, sql in _columns(cls))
        stmts.append(f"CREATE TABLE IF NOT EXISTS {table} (doc_id VARCHAR, seq INTEGER, {cols})")
        # a database written by an older sitrep gains the fields records have gained since
        # (empty for what it stored); its rows stay as they are
        stmts.extend(f'ALTER TABLE {table} ADD COLUMN IF NOT EXISTS "{name}" {sql}' for name, sql in _columns(cls))
    return stmts


RECORD_TABLES = ("entities", "mentions", "roles", *SPAN_TABLES)


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (and create if needed) a sitrep database."""
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"{path}: no such database")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        for stmt in _create_statements():
            con.execute(stmt)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    return con


def stored_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {row[0] for row in con.execute("SELECT id FROM documents").fetchall()}


def has_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> bool:
    return con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone() is not None


def save(con: duckdb.DuckDBPyConnection, extraction: Extraction) -> bool:
    """Store one document and its records atomically. False if it was already stored."""
    doc = extraction.document
    con.execute("BEGIN TRANSACTION")
    try:
        if has_document(con, doc.id):
            con.execute("ROLLBACK")
            return False
        _insert_records(con, extraction)
        # The document row goes in last: its presence marks a complete write.
        con.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc.id, doc.external_id, doc.title, doc.authors, doc.publication_date, doc.outlet,
             doc.url, doc.source_path, doc.language, doc.content_hash, doc.text, len(doc.text),
             _previous_version(con, doc), datetime.now(timezone.utc).replace(tzinfo=None)],
        )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return True


def _previous_version(con: duckdb.DuckDBPyConnection, doc: Document) -> str | None:
    """The latest stored document read from the same source, if its text differed."""
    if not doc.source_path:
        return None
    row = con.execute(
        "SELECT id FROM documents WHERE source_path = ? AND id <> ? ORDER BY ingested_at DESC LIMIT 1",
        [doc.source_path, doc.id]).fetchone()
    return row[0] if row else None


def _insert_records(con: duckdb.DuckDBPyConnection, ex: Extraction) -> None:
    doc_id = ex.document.id
    if ex.entities:
        con.executemany("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
            [doc_id, e.id, e.kind, e.name, e.country, e.start, e.end, len(e.mentions)]
            for e in ex.entities])
        mentions = [[doc_id, e.id, m.start, m.end, m.text, m.form]
                    for e in ex.entities for m in e.mentions]
        con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", mentions)
        roles = [[doc_id, e.id, r.start, r.end, r.text] for e in ex.entities for r in e.roles]
        if roles:
            con.executemany("INSERT INTO roles VALUES (?, ?, ?, ?, ?)", roles)
    for table, cls in SPAN_TABLES.items():
        items = getattr(ex, table)
        if not items:
            continue
        names = [f.name for f in dataclasses.fields(cls)]
        marks = ", ".join("?" for _ in range(len(names) + 2))
        cols = ", ".join(["doc_id", "seq", *(f'"{n}"' for n in names)])
        con.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", [
            [doc_id, seq, *(_to_sql(n, getattr(item, n)) for n in names)]
            for seq, item in enumerate(items)])


def _to_sql(name: str, value: Any) -> Any:
    if name in _NESTED:
        return json.dumps([dataclasses.asdict(v) if dataclasses.is_dataclass(v) else v
                           for v in value])
    return value


# --- reading -----------------------------------------------------------------

def document_ids(con: duckdb.DuckDBPyConnection) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT id FROM documents ORDER BY ingested_at, source_path, id").fetchall()]


def resolve_id(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    """A stored document id from its id, a unique id prefix or its external id."""
    rows = con.execute(
        "SELECT id FROM documents WHERE id = ? OR external_id = ? OR starts_with(id, ?)",
        [key, key, key]).fetchall()
    ids = {r[0] for r in rows}
    if key in ids:
        return key
    return ids.pop() if len(ids) == 1 else None


def load(con: duckdb.DuckDBPyConnection, doc_id: str) -> Extraction | None:
    row = con.execute(
        "SELECT id, text, title, authors, publication_date, outlet, url, source_path, "
        "language, content_hash, external_id FROM documents WHERE id = ?", [doc_id]).fetchone()
    if row is None:
        return None
    document = Document(id=row[0], text=row[1], title=row[2], authors=list(row[3] or []),
                        publication_date=row[4], outlet=row[5], url=row[6], source_path=row[7],
                        language=row[8], content_hash=row[9], external_id=row[10])
    ex = Extraction(document=document, entities=_load_entities(con, doc_id))
    for table, cls in SPAN_TABLES.items():
        setattr(ex, table, _load_span_records(con, table, cls, doc_id))
    return ex


def load_all(con: duckdb.DuckDBPyConnection) -> Iterator[Extraction]:
    for doc_id in document_ids(con):
        ex = load(con, doc_id)
        if ex is not None:
            yield ex


def _load_entities(con: duckdb.DuckDBPyConnection, doc_id: str) -> list[Entity]:
    entities = {
        r[0]: Entity(id=r[0], kind=r[1], name=r[2], country=r[3])
        for r in con.execute(
            "SELECT entity_id, kind, name, country FROM entities WHERE doc_id = ? ORDER BY start",
            [doc_id]).fetchall()
    }
    for eid, start, end, text, form in con.execute(
            'SELECT entity_id, start, "end", text, form FROM mentions WHERE doc_id = ? '
            "ORDER BY start", [doc_id]).fetchall():
        entities[eid].mentions.append(Mention(start=start, end=end, text=text, form=form))
    for eid, start, end, text in con.execute(
            'SELECT entity_id, start, "end", text FROM roles WHERE doc_id = ? ORDER BY start',
            [doc_id]).fetchall():
        entities[eid].roles.append(Role(text=text, start=start, end=end))
    return list(entities.values())


def _load_span_records(con: duckdb.DuckDBPyConnection, table: str, cls: type,
                       doc_id: str) -> list[Any]:
    fields = dataclasses.fields(cls)
    cols = ", ".join(f'"{f.name}"' for f in fields)
    out = []
    for row in con.execute(f"SELECT {cols} FROM {table} WHERE doc_id = ? ORDER BY seq",
                           [doc_id]).fetchall():
        values = dict(zip((f.name for f in fields), row))
        for f in fields:
            if f.name in _NESTED:
                values[f.name] = _NESTED[f.name](json.loads(values[f.name] or "[]"))
            elif str(f.type) == "list[str]":
                values[f.name] = list(values[f.name] or [])
        out.append(cls(**values))
    return out


def table_rows(con: duckdb.DuckDBPyConnection, table: str) -> tuple[list[str], list[tuple]]:  # type: ignore[type-arg]
    """Column names and rows of one table, for exports."""
    if table not in ("documents", *RECORD_TABLES):
        raise ValueError(f"unknown table {table!r}")
    cur = con.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cur.description]
    return names, cur.fetchall()
