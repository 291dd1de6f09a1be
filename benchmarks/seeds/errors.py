"""List the seeds errors (missed/spurious events, attribute errors, quotes, citations, places).

Usage: python3 benchmarks/seeds/errors.py [WORKDIR]   (default /tmp/seeds-run, as written by eval/run.py)
Needs ../shared/eval (the scorer) at /work/shared/eval or $SITREP_EVAL.
"""
import json, os, sys
sys.path.insert(0, os.environ.get("SITREP_EVAL", "/work/shared/eval"))
W = sys.argv[1] if len(sys.argv) > 1 else "/tmp/seeds-run"
import score as S

golds = [json.loads(l) for l in open(os.path.join(W, "gold.jsonl"))]
preds = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(W, "pred.jsonl"))}
docs = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.join(W, "docs.jsonl"))}

def pe(p, text):
    trig = text[p["trigger_start"]:p["trigger_end"]] if p.get("trigger_start") is not None else None
    loc = (p.get("location") or {}).get("name")
    return f'{p.get("type")}/{p.get("acled_event_type")} trig={trig!r} date={(p.get("date") or {}).get("start")} loc={loc} mod={p.get("modality")} a1={p.get("actor1")}'

for g in golds:
    did = g["id"]; text = docs[did]["text"]; rec = preds.get(did, {})
    events = rec.get("events", [])
    print(f"\n######## {did}")
    ge = g["events"]
    acc = [S.acceptable_plover_types(e) for e in ge]
    gs = [(e["sentence"]["start"], e["sentence"]["end"]) for e in ge]
    ps = [(p["start"], p["end"]) for p in events]
    def typed(i, j):
        if not S.overlap(gs[i], ps[j]): return None
        if acc[i] is not None and S.normalize_plover_type(events[j].get("type")) not in acc[i]: return None
        return S.overlap(gs[i], ps[j])
    pairs = S.greedy_match(len(gs), len(ps), typed, lambda i, j: S.jaccard(gs[i], ps[j]))
    mg = {i: j for i, j, _ in pairs}; mp = {j for _, j, _ in pairs}
    print("-- (a) missed gold events")
    for i, e in enumerate(ge):
        if i in mg: continue
        same = [pe(events[j], text) + (" [used]" if j in mp else "") for j in range(len(ps)) if S.overlap(gs[i], ps[j])]
        print(f'  {e["id"]} kind={e["kind"]} acc={sorted(acc[i]) if acc[i] else "any"} | {e["sentence"]["text"][:110]!r}')
        for s in same: print("       pred in sentence:", s)
    print("-- (b) unmatched predictions")
    for j, p in enumerate(events):
        if j in mp: continue
        print(f'  {pe(p, text)} | {text[p["start"]:p["end"]][:110]!r}')
    print("-- (c) attribute errors on matched")
    for i, j, _ in pairs:
        checks = S.seeds_event_checks(ge[i], events[j])
        bad = {k: v for k, v in checks.items() if not v}
        if bad:
            e = ge[i]; p = events[j]
            gl = [l["name"] for l in e["locations"]]
            print(f'  {e["id"]} {e["kind"]} | {e["sentence"]["text"][:80]!r}')
            for k in bad:
                if k == "date": print(f'      date: pred {(p.get("date") or {}).get("start")} ({text[p["date"]["start_offset"]:p["date"]["end_offset"]] if p.get("date") and p["date"].get("start_offset") is not None else ""}) gold {e["date"]["start"]}')
                if k == "location_25km": print(f'      location: pred {(p.get("location") or {}).get("name")} {(p.get("location") or {}).get("lat")},{(p.get("location") or {}).get("lon")} gold {gl}')
                if k == "modality": print(f'      modality: pred {p.get("modality")} gold {e["modality"]}')
                if k == "actor1": print(f'      actor1: pred {p.get("actor1")} gold {e["actor1"]}')
    print("-- (d) quotes")
    quotes = rec.get("quotes", [])
    frags = [[(q["span"]["start"], q["span"]["end"])] for q in g["quotes"]]
    qs = [(q["start"], q["end"]) for q in quotes]
    qp = S.match_quotes(frags, qs, 0.3)
    qm = {i: j for i, j, _ in qp}; qmp = {j for _, j, _ in qp}
    for i, q in enumerate(g["quotes"]):
        if i not in qm:
            print(f'  MISSED {q["speaker"]}: {q["span"]["text"][:90]!r}')
        else:
            p = quotes[qm[i]]
            if not S.speaker_name_matches(q, p.get("speaker")):
                print(f'  WRONG SPEAKER pred {p.get("speaker")!r} gold {q["speaker"]!r}/{q["speaker_surface"]!r}: {q["span"]["text"][:70]!r}')
    for j, p in enumerate(quotes):
        if j not in qmp:
            print(f'  SPURIOUS speaker={p.get("speaker")!r}: {text[p["start"]:p["end"]][:90]!r}')
    print("-- (e) citations")
    gn = S.distinct_names(c["outlet"] for c in g["citations"])
    pn = S.distinct_names(c.get("source") for c in rec.get("citations", []))
    print("  missed:", sorted(gn - pn), " spurious:", sorted(pn - gn))
    print("  pred raw:", [(c.get("source"), c.get("text")) for c in rec.get("citations", [])])
    print("-- (f) places")
    pp = S.distinct_predicted_places(rec.get("places", []))
    for gp in g["places"]:
        if not any(S.place_matches(gp, p) for p in pp): print("  MISSED", gp["name"], gp["surfaces"])
    for p in pp:
        if not any(S.place_matches(gp, p) for gp in g["places"]): print("  SPURIOUS", p.get("name"), repr(p.get("text")), p.get("lat"), p.get("lon"))
