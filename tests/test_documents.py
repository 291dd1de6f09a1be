from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sitrep.documents import ReadError, read_inputs
from sitrep.records import Document, document_id
from sitrep.settings import Settings

ARTICLE = (
    "Drones hit Odesa port overnight\n\n"
    "By Iryna Tkachuk\n\n"
    "July 19, 2023\n\n"
    "Russian drones struck grain terminals in Odesa for a second night after Moscow "
    "quit the Black Sea grain deal, the regional governor said on Wednesday.\n"
)


def read(*paths: object, settings: Settings | None = None) -> list[Document | ReadError]:
    return list(read_inputs([str(p) for p in paths], settings))


def test_plain_text_file_becomes_document_with_metadata(tmp_path: Path) -> None:
    f = tmp_path / "odesa.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    [doc] = read(f)
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE
    assert doc.title == "Drones hit Odesa port overnight"
    assert doc.authors == ["Iryna Tkachuk"]
    assert doc.publication_date == "2023-07-19"
    assert doc.source_path == str(f)
    assert doc.id == document_id(ARTICLE) and len(doc.content_hash) == 64


def test_id_is_stable_across_line_endings_and_trailing_space(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_bytes(ARTICLE.replace("\n", "  \r\n").encode("utf-8"))
    [da], [db] = read(a), read(b)
    assert da.id == db.id
    changed = ARTICLE.replace("second night", "third night")
    assert document_id(changed) != da.id


def test_folder_is_read_recursively_in_stable_order(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "deeper" / "a.txt").write_text(ARTICLE.replace("Odesa", "Izmail"), encoding="utf-8")
    (tmp_path / "sub" / "notes.docx").write_bytes(b"PK\x03\x04 not read")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text(ARTICLE, encoding="utf-8")
    docs = read(tmp_path)
    assert [Path(d.source_path).name for d in docs] == ["b.txt", "a.txt"]  # type: ignore[union-attr, arg-type]


def test_jsonl_keeps_external_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"id": "k1", "text": ARTICLE, "publication_date": "2023-07-19", "title": "T"}),
        "{not json",
        json.dumps({"id": "k3", "title": "no text"}),
        json.dumps({"id": 4, "text": "Kherson was shelled again on Sunday."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(f)
    assert [type(i).__name__ for i in items] == ["Document", "ReadError", "ReadError", "Document"]
    assert items[0].external_id == "k1" and items[0].publication_date == "2023-07-19"  # type: ignore[union-attr]
    assert items[1].source == f"{f}:2" and "invalid JSON" in items[1].reason  # type: ignore[union-attr]
    assert items[3].external_id == "4"  # type: ignore[union-attr]


def test_stdin_plain_text_and_jsonl() -> None:
    [doc] = list(read_inputs(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert isinstance(doc, Document) and doc.source_path == "<stdin>"
    stream = io.BytesIO((json.dumps({"id": "s1", "text": ARTICLE}) + "\n").encode())
    [doc] = list(read_inputs(["-"], stdin=stream))
    assert isinstance(doc, Document) and doc.external_id == "s1"


def test_html_file_gives_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Kakhovka dam breached</title>"
        '<meta name="author" content="Taras Bondar">'
        '<meta property="article:published_time" content="2023-06-06T08:00:00Z"></head>'
        "<body><nav>Home | World | Sport</nav><article><h1>Kakhovka dam breached</h1>"
        "<p>The Kakhovka dam on the Dnipro river was destroyed early on Tuesday, sending "
        "water towards dozens of villages downstream in the Kherson region.</p>"
        "<p>Officials in Kyiv blamed Russian forces, which had held the dam since 2022; "
        "Moscow denied it and blamed Ukrainian shelling.</p></article>"
        "<footer>Copyright 2023 Example News</footer></body></html>", encoding="utf-8")
    [doc] = read(f)
    assert isinstance(doc, Document)
    assert "Kakhovka dam on the Dnipro river" in doc.text
    assert "Copyright" not in doc.text and "<p>" not in doc.text
    assert doc.publication_date == "2023-06-06"
    assert doc.authors == ["Taras Bondar"]


@pytest.mark.parametrize("content, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    ("Bakhmut fell in May 2023 \u2014 caf\u00e9".encode("cp1252", errors="replace") + b"\xff\xfe\x81", "UTF-8"),
])
def test_bad_files_give_one_line_naming_file_and_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    [err] = read(f)
    assert isinstance(err, ReadError)
    assert str(err).startswith(str(f)) and reason in err.reason
    assert "\n" not in str(err)


def test_oversize_missing_and_unreadable_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Shelling reported near Kupiansk. " * 10, encoding="utf-8")
    [err] = read(big, settings=Settings(max_bytes=100))
    assert isinstance(err, ReadError) and "too large" in err.reason

    [err] = read(tmp_path / "nowhere.txt")
    assert isinstance(err, ReadError) and err.reason == "no such file"

    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    real = Path.read_bytes

    def deny(self: Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    ok = tmp_path / "ok.txt"
    ok.write_text(ARTICLE, encoding="utf-8")
    items = read(locked, ok)
    assert isinstance(items[0], ReadError) and items[0].reason == "permission denied"
    assert isinstance(items[1], Document)  # the batch goes on
