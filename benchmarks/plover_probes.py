"""PLOVER probe sentences through `sitrep extract`, scored the way the shared
PLOVER scorer scores its hidden gold (top event = highest confidence).

    python benchmarks/plover_probes.py [--batch dev|dev2|...|dev10|heldout|all] [--failures] [--ids a01,b02]

Reads benchmarks/plover_probes.tsv (our own sentences, labelled by hand): id,
batch, PLOVER type, source ISO3s, target ISO3s, text. Prints type accuracy,
any-type recall, source/target country accuracy and no-event share, then the
failures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load(batch: str) -> list[dict]:
    rows = []
    for line in (ROOT / "benchmarks" / "plover_probes.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        pid, b, typ, src, tgt, text = line.split("\t")
        if batch != "all" and b != batch:
            continue
        rows.append({"id": pid, "type": typ, "src": {c for c in src.split(",") if c},
                     "tgt": {c for c in tgt.split(",") if c}, "text": text})
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise SystemExit(f"duplicate probe ids: {sorted({i for i in ids if ids.count(i) > 1})}")
    return rows


def run(rows: list[dict]) -> dict[str, list[dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        with inp.open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({"id": r["id"], "text": r["text"], "publication_date": "2000-01-01"}) + "\n")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-m", "sitrep.cli", "extract", str(inp), "-o", str(out)],
                       check=True, env=env, stderr=subprocess.DEVNULL)
        preds = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            preds[rec["id"]] = rec.get("events") or []
    return preds


def top(events: list[dict]) -> dict | None:
    best = None
    for e in events:
        if best is None or (e.get("confidence") or 0) > (best.get("confidence") or 0):
            best = e
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", default="dev")
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--ids", default="")
    args = ap.parse_args()
    rows = load(args.batch)
    if args.ids:
        wanted = set(args.ids.split(","))
        rows = [r for r in rows if r["id"] in wanted]
    preds = run(rows)
    c = Counter()
    fails = []
    per_type = Counter()
    per_type_ok = Counter()
    for r in rows:
        evs = preds.get(r["id"], [])
        b = top(evs)
        c["n"] += 1
        per_type[r["type"]] += 1
        c["none"] += b is None
        ok_type = bool(b and b["type"] == r["type"])
        per_type_ok[r["type"]] += ok_type
        c["type"] += ok_type
        c["any"] += any(e["type"] == r["type"] for e in evs)
        ok_src = ok_tgt = True
        if r["src"]:
            c["src_n"] += 1
            ok_src = bool(b and b.get("actor1_country") in r["src"])
            c["src"] += ok_src
        if r["tgt"]:
            c["tgt_n"] += 1
            ok_tgt = bool(b and b.get("actor2_country") in r["tgt"])
            c["tgt"] += ok_tgt
        if not (ok_type and ok_src and ok_tgt):
            fails.append((r, b, evs, ok_type, ok_src, ok_tgt))
    res = {"n": c["n"], "type_accuracy": round(c["type"] / c["n"], 4),
           "any_type_recall": round(c["any"] / c["n"], 4),
           "source_country_accuracy": round(c["src"] / max(1, c["src_n"]), 4),
           "target_country_accuracy": round(c["tgt"] / max(1, c["tgt_n"]), 4),
           "no_event_share": round(c["none"] / c["n"], 4)}
    if args.failures:
        for r, b, evs, ok_type, ok_src, ok_tgt in fails:
            flags = "".join(("T" if not ok_type else "", "S" if not ok_src else "", "G" if not ok_tgt else ""))
            got = (f"{b['type']} {b.get('actor1_country')}->{b.get('actor2_country')} "
                   f"[{r['text'][b['trigger_start']:b['trigger_end']]}] {b.get('modality')} {b.get('confidence')}"
                   if b else "NO EVENT")
            others = "; ".join(f"{e['type']}[{r['text'][e['trigger_start']:e['trigger_end']]}]{e.get('confidence')}"
                               for e in evs if e is not b)
            print(f"{r['id']} {flags:3} want {r['type']} {','.join(sorted(r['src']))}->{','.join(sorted(r['tgt']))}"
                  f" | got {got} | {others}\n    {r['text']}")
    print(" ".join(f"{t}:{per_type_ok[t]}/{per_type[t]}" for t in sorted(per_type)))
    print(json.dumps(res))


if __name__ == "__main__":
    main()
