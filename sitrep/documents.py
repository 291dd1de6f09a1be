"""Readers: paths, folders, JSONL and stdin in; Documents (or one-line errors) out.

A reader never raises on bad input. Each unreadable item becomes a ``ReadError``
naming the file and the reason, and the batch goes on with the next one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sitrep.records import Document
from sitrep.settings import Settings

# A NUL byte or a high share of control characters means the file is not text.
_SNIFF_BYTES = 8192
_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


@dataclass(frozen=True, slots=True)
class ReadError:
    source: str  # file path, "path:line" for a JSONL line, or "<stdin>"
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


Item = Document | ReadError


def read_inputs(paths: Iterable[str | Path], settings: Settings | None = None,
                stdin: IO[bytes] | None = None) -> Iterator[Item]:
    """Every document under the given paths, in a stable order.

    ``-`` reads stdin: a JSONL stream of documents when each line is a JSON
    object, else one article (HTML or plain text)."""
    settings = settings or Settings()
    for raw in paths:
        if str(raw) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(stream.read(settings.max_bytes + 1), "<stdin>", settings)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path, settings):
                yield from read_file(child, settings)
        else:
            yield from read_file(path, settings)


def _walk(folder: Path, settings: Settings) -> Iterator[Path]:
    suffixes = set(settings.text_suffixes + settings.html_suffixes + settings.jsonl_suffixes)
    for path in sorted(folder.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.is_file() and path.suffix.lower() in suffixes:
            yield path


def read_file(path: Path, settings: Settings | None = None) -> Iterator[Item]:
    settings = settings or Settings()
    name = str(path)
    try:
        size = path.stat().st_size
        if size > settings.max_bytes:
            yield ReadError(name, f"too large ({size / 1e6:.1f} MB; the limit is "
                                  f"{settings.max_bytes / 1e6:.0f} MB)")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield ReadError(name, "no such file")
        return
    except IsADirectoryError:
        yield ReadError(name, "is a directory")
        return
    except PermissionError:
        yield ReadError(name, "permission denied")
        return
    except OSError as exc:
        yield ReadError(name, f"cannot read ({exc.strerror or exc})")
        return
    kind = _kind_of(path, settings)
    yield from _read_bytes(data, name, kind, settings)


def _kind_of(path: Path, settings: Settings) -> str:
    suffix = path.suffix.lower()
    if suffix in settings.jsonl_suffixes:
        return "jsonl"
    if suffix in settings.html_suffixes:
        return "html"
    if suffix in settings.text_suffixes:
        return "text"
    return "sniff"


def _read_stream(data: bytes, name: str, settings: Settings) -> Iterator[Item]:
    if len(data) > settings.max_bytes:
        yield ReadError(name, f"too large (over {settings.max_bytes / 1e6:.0f} MB)")
        return
    yield from _read_bytes(data, name, "sniff", settings)


def _read_bytes(data: bytes, name: str, kind: str, settings: Settings) -> Iterator[Item]:
    text_or_error = decode(data)
    if isinstance(text_or_error, str) and not text_or_error.strip():
        yield ReadError(name, "empty file")
        return
    if not isinstance(text_or_error, str):
        yield ReadError(name, text_or_error[0])
        return
    text = text_or_error
    if kind == "sniff":
        kind = _sniff(text)
    if kind == "jsonl":
        yield from parse_jsonl(text, name)
    elif kind == "html":
        yield _from_html(text, name)
    else:
        yield _from_plain_text(text, name)


def decode(data: bytes) -> str | tuple[str]:
    """The text of a file, or a one-element tuple holding why it is not text."""
    if not data.strip():
        return ""
    head = data[:_SNIFF_BYTES]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError:
            return ("not valid UTF-16 text",)
    if b"\x00" in head or sum(b in _CONTROL for b in head) > len(head) * 0.05:
        return ("binary file, not text",)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return (f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sniff(text: str) -> str:
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text):
        return "html"
    first = head.split("\n", 1)[0]
    if first.startswith("{"):
        try:
            if isinstance(json.loads(text.lstrip().split("\n", 1)[0]), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    return "text"


def jsonl_objects(text: str, name: str) -> Iterator[tuple[str, dict[str, object] | ReadError]]:
    """(where, object) for each non-blank line of a JSONL stream; a line that is
    not a JSON object gives a ReadError instead. ``where`` is "name:line"."""
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield where, ReadError(where, f"invalid JSON ({exc.msg})")
            continue
        yield where, obj if isinstance(obj, dict) else ReadError(where, "not a JSON object")


def parse_jsonl(text: str, name: str) -> Iterator[Item]:
    """Documents from a JSONL stream: one object a line with at least "text"."""
    for where, obj in jsonl_objects(text, name):
        yield obj if isinstance(obj, ReadError) else document_from_record(obj, where)


def document_from_record(obj: dict[str, object], where: str) -> Item:
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadError(where, 'no "text" string')
    if not text.strip():
        return ReadError(where, "empty text")
    authors = obj.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    ext_id = obj.get("id")
    return Document.from_text(
        text,
        title=_str_or_none(obj.get("title")),
        authors=[str(a) for a in authors] if isinstance(authors, list) else [],
        publication_date=_str_or_none(obj.get("publication_date")),
        outlet=_str_or_none(obj.get("outlet")),
        url=_str_or_none(obj.get("url")),
        source_path=where,
        language=_str_or_none(obj.get("language")),
        external_id=None if ext_id is None else str(ext_id),
    )


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _from_plain_text(text: str, name: str) -> Document:
    from sitrep.metadata import detect_language, detect_text_metadata

    meta = detect_text_metadata(text)
    return Document.from_text(
        text, title=meta.title, authors=meta.authors, publication_date=meta.publication_date,
        outlet=meta.outlet, url=meta.url, source_path=name,
        language=meta.language or detect_language(text),
    )


def _from_html(html: str, name: str) -> Item:
    from sitrep.metadata import detect_language, extract_html

    text, meta = extract_html(html)
    if not text.strip():
        return ReadError(name, "HTML page has no article text")
    return Document.from_text(
        text, title=meta.title, authors=meta.authors, publication_date=meta.publication_date,
        outlet=meta.outlet, url=meta.url, source_path=name,
        language=meta.language or detect_language(text),
    )
