"""The command line, end to end: extract (the contract), run, export, report, show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()

CONTRACT_KEYS = {"id", "places", "times", "quotes", "citations", "events"}
TEXT_A = ("Russian President Vladimir Putin signed a decree on September 21, 2022 ordering a "
          "partial mobilization. Putin said 300,000 reservists would be called up.")
TEXT_B = ("Dmytro Kuleba, Ukraine's foreign minister, said on Monday that NATO must send more air "
          "defence systems to Kyiv.")


def test_every_command_has_help() -> None:
    for cmd in (["--help"], ["run", "--help"], ["extract", "--help"], ["export", "--help"],
                ["report", "--help"], ["show", "--help"], ["list", "--help"]):
        result = runner.invoke(app, cmd)
        assert result.exit_code == 0, cmd
        assert "Usage" in result.output


def test_extract_follows_the_contract(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = [
        {"id": "a", "text": TEXT_A, "publication_date": "2022-09-22", "title": None},
        {"id": "b", "text": TEXT_B, "publication_date": None, "title": "Kuleba"},
        {"id": "empty", "text": "", "publication_date": None, "title": None},
        {"id": "a", "text": TEXT_B, "publication_date": None, "title": None},  # duplicate id
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(dst)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in dst.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "empty"]
    for r in records:
        assert CONTRACT_KEYS <= set(r)
        assert all(isinstance(r[k], list) for k in CONTRACT_KEYS - {"id"})
    texts = {"a": TEXT_A, "b": TEXT_B, "empty": ""}
    for r in records:
        for ent in r["entities"]:
            for m in ent["mentions"]:
                assert texts[r["id"]][m["start"]:m["end"]] == m["text"]
    names = {e["name"] for e in records[0]["entities"]}
    assert "Vladimir Putin" in names and "Putin" not in names
    assert records[2]["entities"] == []


def test_extract_with_worker_processes_writes_the_same(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a", "text": TEXT_A, "publication_date": "2022-09-22"},
            {"id": "b", "text": TEXT_B, "publication_date": None}]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    outs = []
    for extra in ([], ["--processes", "2", "--batch-size", "1"]):
        dst = tmp_path / f"out{len(extra)}.jsonl"
        result = runner.invoke(app, ["extract", str(src), "-o", str(dst), *extra])
        assert result.exit_code == 0, result.output
        outs.append(dst.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and outs[0].count("\n") == 2


def test_extract_reports_bad_lines_and_still_writes_the_good(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "ok", "text": TEXT_B}) + "\n{broken\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(dst)])
    assert result.exit_code == 1
    assert f"{src}:2: invalid JSON" in result.output
    assert [json.loads(x)["id"] for x in dst.read_text().splitlines()] == ["ok"]


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Mobilization ordered\n\nBy Nadia Sokol\n\nSeptember 21, 2022\n\n{TEXT_A}\n")
    (folder / "b.txt").write_text(f"Kuleba asks for air defence\n\n2022-10-10\n\n{TEXT_B}\n")
    (folder / "hostile.txt").write_text(
        'Phishing wave hits officials\n\nThe message read <script>alert("x")</script> and '
        '"><img src=x onerror=alert(1)>, the SBU said.\n')
    (folder / "bad.txt").write_bytes(b"\x00\x00\x00")
    return folder


def test_run_then_export_report_show(corpus: Path, tmp_path: Path) -> None:
    db, out = tmp_path / "t.duckdb", tmp_path / "out"
    result = runner.invoke(app, ["run", str(corpus), "--db", str(db), "--out", str(out)])
    assert result.exit_code == 1  # one file failed
    assert "bad.txt: binary" in result.output
    assert "3 stored" in result.output

    report = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in report and "<img src=x" not in report
    assert "&lt;script&gt;" in report

    for fmt in ("jsonl", "csv", "parquet", "geojson", "acled"):
        res = runner.invoke(app, ["export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / "exp")])
        assert res.exit_code == 0, (fmt, res.output)
    lines = (tmp_path / "exp" / "sitrep.jsonl").read_text().splitlines()
    assert len(lines) == 3
    geo = json.loads((tmp_path / "exp" / "places.geojson").read_text())
    assert geo["type"] == "FeatureCollection"
    assert (tmp_path / "exp" / "csv" / "entities.csv").read_text().startswith("doc_id,entity_id")

    doc_id = json.loads(lines[0])["document"]["id"]
    shown = runner.invoke(app, ["show", doc_id[:8], "--db", str(db)])
    assert shown.exit_code == 0 and doc_id in shown.output and "entities (" in shown.output
    mobilization = next(json.loads(x)["document"]["id"] for x in lines if "mobilization" in x)
    shown = runner.invoke(app, ["show", mobilization[:8], "--db", str(db)])
    assert "actors=Government of Russia [RUS]" in shown.output  # an actor is shown with its country

    missing = runner.invoke(app, ["show", "zzzz", "--db", str(db)])
    assert missing.exit_code == 1 and "no document" in missing.output

    bad_format = runner.invoke(app, ["export", "--db", str(db), "--format", "xml"])
    assert bad_format.exit_code == 2


def test_commands_on_a_missing_database_fail_in_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["report", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "none.duckdb" in result.output and result.output.count("\n") == 1
