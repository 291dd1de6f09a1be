"""Extraction in worker processes: each worker builds the pipeline once and turns
batches of Documents into Extractions, which come back pickled (records are plain
dataclasses). Batches are handed out in order and their results yielded in input
order, with a bounded number in flight so memory stays flat on long inputs.

This is the unit a cluster scales out to: a worker needs only Settings and a list
of Documents, and returns Extractions and one-line errors.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from sitrep.records import Document, Extraction
from sitrep.settings import Settings

_SETTINGS: Settings | None = None


def _init(settings: Settings) -> None:
    global _SETTINGS
    _SETTINGS = settings
    from sitrep.pipeline import build_pipeline

    build_pipeline(settings)  # load the model once per worker, before the first batch


def extract_batch(batch: list[Document], settings: Settings) -> tuple[list[Extraction], list[str]]:
    """Extractions of one batch and one error line per document the pipeline fails on
    (the batch is retried one document at a time to find it)."""
    from sitrep.pipeline import build_pipeline, extract_documents

    nlp = build_pipeline(settings)
    try:
        return list(extract_documents(nlp, batch, settings)), []
    except Exception:  # noqa: BLE001 - find the culprit; the rest still goes through
        done: list[Extraction] = []
        errors: list[str] = []
        for document in batch:
            try:
                done.extend(extract_documents(nlp, [document], settings))
            except Exception as exc:  # noqa: BLE001 - any stage failure is reported, not fatal
                errors.append(f"{_where(document)}: extraction failed ({type(exc).__name__}: {exc})")
        return done, errors


def _work(batch: list[Document]) -> tuple[list[Extraction], list[str]]:
    assert _SETTINGS is not None
    return extract_batch(batch, _SETTINGS)


def _where(document: Document) -> str:
    return document.source_path or document.external_id or document.id


def extract_parallel(documents: Iterable[Document], settings: Settings,
                     on_error: Callable[[str], None]) -> Iterator[Extraction]:
    """Extractions of ``documents`` from ``settings.n_process`` worker processes, in
    input order. A worker that dies (out of memory, a crash in native code) fails only
    its batch, whose documents are reported; a fresh pool takes the rest."""
    docs = iter(documents)
    # "spawn": workers start clean, whatever the parent holds open (a DuckDB connection).
    context = multiprocessing.get_context("spawn")
    in_flight_max = 2 * settings.n_process
    while True:
        pool = ProcessPoolExecutor(settings.n_process, mp_context=context, initializer=_init,
                                   initargs=(settings,))
        pending: deque[tuple[list[Document], Future[tuple[list[Extraction], list[str]]]]] = deque()
        broken = False
        try:
            while True:
                while len(pending) < in_flight_max and (batch := list(islice(docs, settings.batch_size))):
                    pending.append((batch, pool.submit(_work, batch)))
                if not pending:
                    return
                batch, future = pending.popleft()
                try:
                    extractions, errors = future.result()
                except BrokenProcessPool as exc:
                    for document in batch:
                        on_error(f"{_where(document)}: extraction failed (worker process died: {exc})")
                    broken = True
                    break
                for line in errors:
                    on_error(line)
                yield from extractions
        finally:
            if broken:
                # the batches still in flight go back to the front of the queue
                requeued = [d for b, _f in pending for d in b]
                docs = _chain(requeued, docs)
            pool.shutdown(wait=not broken, cancel_futures=True)
        if not broken:
            return


def _chain(first: list[Document], rest: Iterator[Document]) -> Iterator[Document]:
    yield from first
    yield from rest
