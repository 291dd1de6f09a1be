"""Batches: bad input goes on, re-runs are idempotent, a killed run finishes on rerun."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sitrep import store
from sitrep.run import run_batch
from sitrep.settings import Settings

TOWNS = ["Kupiansk", "Izium", "Lyman", "Balakliia", "Sviatohirsk", "Vovchansk", "Shevchenkove",
         "Kozacha Lopan", "Borova", "Pisky-Radkivski", "Oskil", "Zalyman"]


def write_corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for i, town in enumerate(TOWNS):
        p = folder / f"{i:02d}_{town.lower().replace(' ', '-')}.txt"
        p.write_text(
            f"{town} retaken\n\nBy Oksana Hrytsenko\n\nSeptember {i + 8}, 2022\n\n"
            f"Ukrainian troops entered {town} on Saturday, the General Staff said, as Russian "
            f"units withdrew east toward the Oskil river. Defence Minister Oleksii Reznikov "
            f"thanked the soldiers. Reznikov said {i + 2} villages had been freed.\n",
            encoding="utf-8")
        paths.append(p)
    return paths


def counts(db: Path) -> dict[str, int]:
    con = store.connect(db, read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "entities", "mentions")}
    finally:
        con.close()


def test_batch_with_bad_files_goes_on_and_rerun_adds_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    write_corpus(corpus)
    (corpus / "zz_binary.txt").write_bytes(b"\x00\x01\x02binary")
    (corpus / "zz_empty.txt").write_text("")
    settings = Settings(db_path=tmp_path / "s.duckdb", out_dir=tmp_path / "out")
    result = run_batch([str(corpus), str(tmp_path / "missing.txt")], settings)
    assert result.stored == len(TOWNS)
    assert len(result.failures) == 3 and not result.ok
    assert any("zz_binary.txt: binary" in f for f in result.failures)
    assert any("missing.txt: no such file" in f for f in result.failures)
    assert (tmp_path / "out" / "report.html").exists()
    assert (tmp_path / "out" / "parquet" / "mentions.parquet").exists()
    before = counts(settings.db_path)

    again = run_batch([str(corpus)], settings)
    assert again.stored == 0 and again.already_stored == len(TOWNS)
    assert counts(settings.db_path) == before


CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from sitrep import store
    from sitrep.run import run_batch
    from sitrep.settings import Settings

    real = store._insert_records
    calls = 0
    def insert_then_die(con, ex):
        global calls
        real(con, ex)
        calls += 1
        if calls == 5:  # killed inside the fifth document's transaction
            os.kill(os.getpid(), signal.SIGKILL)
    store._insert_records = insert_then_die
    run_batch([sys.argv[1]], Settings(db_path=Path(sys.argv[2]), batch_size=2), write_outputs=False)
""")


def test_killed_run_leaves_no_half_document_and_rerun_finishes(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    write_corpus(corpus)
    db = tmp_path / "crash.duckdb"
    proc = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(db)], capture_output=True)
    assert proc.returncode == -9, proc.stderr.decode()[-500:]

    after_crash = counts(db)
    assert after_crash["documents"] == 4  # the fifth was mid-transaction
    con = store.connect(db, read_only=True)
    orphans = con.execute("SELECT count(*) FROM mentions WHERE doc_id NOT IN "
                          "(SELECT id FROM documents)").fetchone()[0]
    con.close()
    assert orphans == 0

    result = run_batch([str(corpus)], Settings(db_path=db), write_outputs=False)
    assert result.stored == len(TOWNS) - 4 and result.already_stored == 4
    final = counts(db)
    assert final["documents"] == len(TOWNS)
    con = store.connect(db, read_only=True)
    dupes = con.execute("SELECT count(*) FROM (SELECT doc_id, entity_id FROM entities "
                        "GROUP BY ALL HAVING count(*) > 1)").fetchone()[0]
    con.close()
    assert dupes == 0
