"""Throughput, memory and cold start of sitrep, printed as figures.

    .venv/bin/python benchmarks/throughput.py [--words 60000] [--repeat 3] [--processes 2]

For the same texts in the same run: words/s of the bare spaCy model through
nlp.pipe, words/s of the full sitrep pipeline, their ratio, peak RSS, and the
cold-start seconds of `sitrep extract` on one short article, and words/s with
worker processes (`--processes`, start-up included). Texts are the
bundled examples plus ../shared/samples when present.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitrep.documents import read_inputs  # noqa: E402
from sitrep.pipeline import build_pipeline, extract_documents  # noqa: E402
from sitrep.records import Document  # noqa: E402
from sitrep.settings import Settings  # noqa: E402


def corpus(min_words: int) -> list[Document]:
    paths = [ROOT / "examples"]
    shared = ROOT.parent / "shared" / "samples"
    if shared.is_dir():
        paths.append(shared)
    docs = [d for d in read_inputs(paths) if isinstance(d, Document)]
    out: list[Document] = []
    while sum(len(d.text.split()) for d in out) < min_words:
        out.extend(docs)
    return out


def best_rates(fns, words: int, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    """Words/s of each function, best of ``repeat``. Runs are interleaved so a
    busy moment on the machine hurts every contender alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for i, fn in enumerate(fns):
            t0 = time.perf_counter()
            fn()
            best[i] = min(best[i], time.perf_counter() - t0)
    return [words / t for t in best]


def stage_seconds(nlp, docs: list[Document]) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Seconds spent in each pipeline component, one document at a time."""
    from sitrep.stages.context import document_of  # noqa: F401  (registers doc._.document)

    spent = {name: 0.0 for name in nlp.pipe_names}
    for document in docs:
        doc = nlp.make_doc(document.text)
        doc._.document = document
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t0
    return spent


def cold_start(sample: Document) -> float:
    exe = Path(sys.executable).with_name("sitrep")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text(json.dumps({"id": "x", "text": sample.text, "publication_date": None,
                                   "title": None}) + "\n", encoding="utf-8")
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            subprocess.run([str(exe), "extract", str(src), "-o", str(dst)], check=True,
                           capture_output=True)
            runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def workers_rate(docs: list[Document], words: int, processes: int) -> float:
    """Words/s of `extract_items` with worker processes, start-up included (each worker
    loads the model)."""
    from sitrep.run import extract_items

    settings = Settings(n_process=processes)
    t0 = time.perf_counter()
    n = sum(1 for _ in extract_items(docs, settings, lambda line: None))
    assert n == len(docs)
    return words / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--words", type=int, default=60000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--processes", type=int, default=2, help="worker processes for the parallel figure")
    args = ap.parse_args()

    docs = corpus(args.words)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    settings = Settings()
    bare = spacy.load(settings.model)
    bare.max_length = max(bare.max_length, settings.max_bytes + 1)
    full = build_pipeline(settings)

    # Warm both once so neither pays first-call costs inside the timing.
    list(bare.pipe(texts[:2]))
    list(extract_documents(full, docs[:2], settings))
    bare_rate, full_rate = best_rates(
        [lambda: list(bare.pipe(texts, batch_size=settings.batch_size)),
         lambda: list(extract_documents(full, docs, settings))], words, args.repeat)
    spent = stage_seconds(full, docs)
    model_s = sum(v for k, v in spent.items() if not k.startswith("sitrep_"))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    short = min((d for d in docs), key=lambda d: len(d.text))
    print(f"date                 {time.strftime('%Y-%m-%d')}")
    print(f"documents            {len(docs)} ({words} words)")
    print(f"bare nlp.pipe        {bare_rate:,.0f} words/s")
    print(f"sitrep pipeline      {full_rate:,.0f} words/s")
    print(f"ratio                {full_rate / bare_rate:.2f}")
    print(f"peak RSS             {rss_mb:,.0f} MB")
    print(f"model components     {model_s:.2f} s (one doc at a time)")
    for name, sec in spent.items():
        if name.startswith("sitrep_"):
            print(f"  {name:<18} {sec:6.2f} s  = {100 * sec / model_s:5.1f}% of the model's time")
    print(f"cold start extract   {cold_start(short):.2f} s ({len(short.text.split())} words)")
    if args.processes > 1:
        print(f"{args.processes} worker processes   {workers_rate(docs, words, args.processes):,.0f} words/s "
              f"(start-up included)")


if __name__ == "__main__":
    main()
