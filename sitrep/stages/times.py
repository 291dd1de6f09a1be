"""Time expressions, normalized against the publication date and the narrative.

Writes ``doc._.times``: a list of ``TimeExpr`` (span, TIMEX3 type and value,
interval and precision). The rules live in ``sitrep.timex``; this stage gives
them what only the parsed Doc knows: sentence boundaries, part-of-speech tags
(is "May" a verb?) and the tense of the clause around an expression (is
"Friday" last Friday or next?).
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.stages.context import publication_date
from sitrep.timex import Context, paragraph_starts, parse_date, tag

if not Doc.has_extension("times"):
    Doc.set_extension("times", default=None)

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}


def _tense_of(token: Token) -> str:
    """past | future | present, from the verb that governs ``token``."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "present"
    words = [verb] + [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    lowers = {t.lower_ for t in words}
    if lowers & _FUTURE_AUX or ("going" in lowers and any(t.lower_ == "to" for t in verb.children)):
        return "future"
    if any(t.tag_ == "VBD" for t in words):
        return "past"
    if verb.tag_ == "VBN" or any(t.tag_ == "VBN" for t in words):
        if any(t.lower_ in ("has", "have", "had", "'ve") for t in words):
            return "past"  # the present perfect reports the past
    before = verb.doc[max(0, token.i - 1)]
    if before.lower_ in ("until", "till") or token.lower_ in ("until", "till"):
        return "future"
    if verb.tag_ == "VBN" and not any(t.lower_ in ("has", "have", "is", "are", "be") for t in words):
        return "past"
    if verb.lower_ in ("expects", "expect", "plans", "plan", "intends", "scheduled", "due"):
        return "future"
    return "present"


@Language.factory("sitrep_times", requires=["token.tag", "token.dep"], assigns=["doc._.times"])
def make_times(nlp: Language, name: str) -> "TimesStage":
    return TimesStage()


class TimesStage:
    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        starts = [t.idx for t in doc]

        def token_at(offset: int) -> Token | None:
            i = bisect.bisect_right(starts, offset) - 1
            if i < 0:
                return None
            tok = doc[i]
            return tok if offset < tok.idx + len(tok.text) else None

        def tag_at(offset: int) -> str:
            tok = token_at(offset)
            return tok.tag_ if tok is not None else ""

        def tense_at(offset: int) -> str:
            tok = token_at(offset)
            return _tense_of(tok) if tok is not None else "present"

        sents = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        ctx = Context(dct=parse_date(publication_date(doc)), tense_at=tense_at, tag_at=tag_at,
                      sentence_starts=sents, paragraph_starts=paragraph_starts(text))
        doc._.times = tag(text, ctx)
        return doc
