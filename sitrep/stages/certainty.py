"""Certainty: hedges and doubt markers ("reportedly", "allegedly", "if
genuine", "could not be independently verified", "impossible to confirm",
"without evidence") and the claim or quote each one qualifies.

Writes ``doc._.hedges`` (list of ``attribution.Hedge``) and sets
``Quote.certainty`` on the records in ``doc._.quotes`` (the strongest doubt
that applies). A marker qualifies the quote whose content or cue contains it,
else the quote in its sentence, else - when the marker's sentence points back
("these reports", "If genuine, they ...") - the nearest quote or sentence
before it, else its own sentence. A quote whose cue is "claimed" or
"alleged" is "alleged"; one whose cue is "denied" is "disputed".
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.attribution import read_tsv
from sitrep.records import Hedge

if not Doc.has_extension("hedges"):
    Doc.set_extension("hedges", default=None)

# strongest doubt first
RANK = {"unsupported": 6, "unverified": 5, "alleged": 4, "disputed": 3, "reported": 2, "uncertain": 1}
CUE_CERTAINTY = {"claim": "alleged", "allege": "alleged", "purport": "alleged", "deny": "disputed",
                 "dispute": "disputed", "rumour": "alleged", "rumor": "alleged"}
BACK_POINTERS = re.compile(r"\b(these|those|this|such|the)\s+(reports?|claims?|accounts?|allegations?|figures?|"
                           r"numbers?|videos?|images?|recordings?|footage|statements?)\b|^\W*(if|it)\b", re.I)


@lru_cache(maxsize=1)
def hedge_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds: dict[str, str] = {}
    parts: list[str] = []
    for phrase, certainty in read_tsv("hedges.tsv", 2):
        key = phrase.lower()
        kinds[key] = certainty
        body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(body + (r"\w*" if phrase.endswith("*") else r"\b"))
    parts.sort(key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.I), kinds


def _kind(match: str, kinds: dict[str, str]) -> str:
    low = re.sub(r"\s+", " ", match.lower())
    if low in kinds:
        return kinds[low]
    for key, kind in kinds.items():
        if key.endswith("*") and low.startswith(key[:-1]):
            return kind
    return "uncertain"


def mark_certainty(doc: Doc) -> list[Hedge]:
    text = doc.text
    pattern, kinds = hedge_pattern()
    quotes = list(doc._.quotes or []) if Doc.has_extension("quotes") else []
    hedges: list[Hedge] = []
    sents = list(doc.sents)
    sent_starts = [s.start_char for s in sents]

    def sent_index(pos: int) -> int:
        lo, hi = 0, len(sent_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if sent_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    for m in pattern.finditer(text):
        s, e = m.start(), m.end()
        certainty = _kind(m.group(0), kinds)
        si = sent_index(s)
        sent = sents[si]
        target: tuple[int, int] = (sent.start_char, sent.end_char)
        qi = None
        for k, q in enumerate(quotes):
            inside = q.start <= s < q.end or (q.cue_start is not None and q.cue_start <= s < q.cue_end)
            if inside:
                qi = k
                break
        if qi is None:
            for k, q in enumerate(quotes):
                if q.start < sent.end_char and sent.start_char < q.end:
                    qi = k
                    break
        if qi is None and BACK_POINTERS.search(sent.text) and si > 0:
            prev = sents[si - 1]
            before = [k for k, q in enumerate(quotes) if q.end <= sent.start_char
                      and q.end > prev.start_char - 2000]
            if before:
                qi = before[-1]
            else:
                target = (prev.start_char, prev.end_char)
        if qi is not None:
            q = quotes[qi]
            target = (q.start, q.end)
            if q.certainty is None or RANK.get(certainty, 0) > RANK.get(q.certainty, 0):
                q.certainty = certainty
        hedges.append(Hedge(s, e, text[s:e], certainty, target[0], target[1], qi))

    for q in quotes:  # the cue itself may carry doubt ("claimed", "denied")
        if q.cue:
            lemma = q.cue.lower().split()[0].rstrip("sd")
            for stem, certainty in CUE_CERTAINTY.items():
                if q.cue.lower().startswith(stem[:5]) or lemma == stem:
                    if q.certainty is None or RANK[certainty] > RANK.get(q.certainty, 0):
                        q.certainty = certainty
    return hedges


class CertaintyStage:
    def __call__(self, doc: Doc) -> Doc:
        hedge_pattern()
        doc._.hedges = mark_certainty(doc)
        return doc


@Language.factory("sitrep_certainty", assigns=["doc._.hedges"], requires=["doc._.quotes"])
def make_certainty_stage(nlp: Language, name: str) -> CertaintyStage:
    return CertaintyStage()
