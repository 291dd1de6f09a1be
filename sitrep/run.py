"""One batch: read documents, pipe them through the pipeline, store each in its
own transaction, report progress and failures, then write exports and the report.

Bad input never stops a batch: each failure is one line naming the item and the
reason, and the batch goes on with the next document.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sitrep.documents import ReadError, document_from_record, jsonl_objects, read_inputs
from sitrep.records import Document, Extraction
from sitrep.settings import Settings


@dataclass(slots=True)
class BatchResult:
    stored: int = 0
    already_stored: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0
    exports: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


# Called after each item with (stored, already stored, failed, last failure or None).
ProgressFn = Callable[[int, int, int, str | None], None]


def extract_items(items: Iterable[Document | ReadError], settings: Settings,
                  on_error: Callable[[str], None]) -> Iterator[Extraction]:
    """Extractions of the documents among ``items``, in input order, from this process
    or from ``settings.n_process`` worker processes. Read errors, and documents the
    pipeline fails on, go to ``on_error`` as one line each."""
    from sitrep.workers import extract_batch, extract_parallel

    docs = _documents_only(items, on_error)
    if settings.n_process > 1:
        yield from extract_parallel(docs, settings, on_error)
        return
    while batch := list(islice(docs, settings.batch_size)):
        extractions, errors = extract_batch(batch, settings)
        for line in errors:
            on_error(line)
        yield from extractions


def _documents_only(items: Iterable[Document | ReadError],
                    on_error: Callable[[str], None]) -> Iterator[Document]:
    for item in items:
        if isinstance(item, ReadError):
            on_error(str(item))
        else:
            yield item


def extract_contract(text: str, name: str, settings: Settings,
                     on_error: Callable[[str], None]) -> Iterator[dict[str, object]]:
    """`sitrep extract`: one contract record per distinct input id, in input
    order. A document with empty text, or one the pipeline fails on, still gets
    its (empty) record; lines without an id are reported and skipped."""
    from sitrep.export import contract_record

    order: list[str] = []
    documents: list[Document] = []
    for where, obj in jsonl_objects(text, name):
        if isinstance(obj, ReadError):
            on_error(str(obj))
            continue
        if not isinstance(obj.get("id"), (str, int)):
            on_error(f"{where}: no id")
            continue
        order.append(str(obj["id"]))
        item = document_from_record(obj, where)
        if isinstance(item, Document):
            documents.append(item)
        elif not isinstance(obj.get("text"), str):
            on_error(str(item))  # empty text is no error: its record is empty
    results: dict[str, Extraction] = {}
    for ex in extract_items(documents, settings, on_error):
        results.setdefault(ex.document.external_id or ex.document.id, ex)
    for doc_id in dict.fromkeys(order):  # distinct, in input order
        ex = results.get(doc_id) or Extraction(document=Document(id=doc_id, text="",
                                                                 external_id=doc_id))
        yield contract_record(ex)


def run_batch(paths: list[str], settings: Settings, *, write_outputs: bool = True,
              progress: ProgressFn | None = None) -> BatchResult:
    from sitrep import store

    result = BatchResult()
    started = time.perf_counter()
    con = store.connect(settings.db_path)
    try:
        known = store.stored_ids(con)

        def on_error(line: str) -> None:
            result.failures.append(line)
            if progress:
                progress(result.stored, result.already_stored, len(result.failures), line)

        def new_documents() -> Iterator[Document | ReadError]:
            for item in read_inputs(paths, settings):
                if isinstance(item, Document) and item.id in known:
                    result.already_stored += 1
                    if progress:
                        progress(result.stored, result.already_stored, len(result.failures), None)
                    continue
                if isinstance(item, Document):
                    known.add(item.id)  # the same text twice in one batch is stored once
                yield item

        for ex in extract_items(new_documents(), settings, on_error):
            if store.save(con, ex):
                result.stored += 1
            else:
                result.already_stored += 1
            if progress:
                progress(result.stored, result.already_stored, len(result.failures), None)
        if write_outputs:
            result.exports = write_outputs_for(con, settings.out_dir)
    finally:
        con.close()
    result.seconds = time.perf_counter() - started
    return result


def write_outputs_for(con: object, out_dir: Path) -> list[Path]:
    """All exports and the HTML report for what the database holds."""
    from sitrep import acled, export, store
    from sitrep.report import write_report

    out_dir.mkdir(parents=True, exist_ok=True)
    extractions = list(store.load_all(con))  # type: ignore[arg-type]
    paths = [out_dir / "sitrep.jsonl", out_dir / "places.geojson", out_dir / "events.geojson",
             out_dir / "acled.csv", out_dir / "report.html"]
    export.write_jsonl(extractions, paths[0], with_document=True)
    export.write_geojson(extractions, paths[1])
    acled.write_events_geojson(extractions, paths[2])
    acled.write_acled_csv(extractions, paths[3])
    write_report(extractions, paths[4])
    paths += export.write_tables(con, out_dir / "csv", "csv")
    paths += export.write_tables(con, out_dir / "parquet", "parquet")
    return paths
