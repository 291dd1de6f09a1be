"""Time expressions, normalized against the publication date and the narrative.

Writes ``doc._.times``: a list of ``TimeExpr`` (span, TIMEX3 type and value,
interval and precision). The rules live in ``sitrep.timex``; this stage gives
them what only the parsed Doc knows: sentence boundaries, part-of-speech tags
(is "May" a verb?) and the tense of the clause around an expression (is
"Friday" last Friday or next?).
"""

from __future__ import annotations

import bisect

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.stages.context import publication_date
from sitrep.timex import Context, paragraph_starts, parse_date, tag

if not Doc.has_extension("times"):
    Doc.set_extension("times", default=None)

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
# Verbs whose infinitive complement points ahead: "expected to join in April",
# "is scheduled to close Monday", "plans to visit on Friday", "is to resume Tuesday".
_FORWARD_HEADS = {"expect", "schedule", "plan", "due", "set", "intend", "hope", "aim", "go", "want",
                  "agree", "decide", "vow", "promise", "threaten", "prepare", "propose", "seek", "need",
                  "likely", "poise", "slate", "be", "wish", "pledge", "offer", "ask", "urge", "call"}


def _tense_of(token: Token) -> str:
    """past | future | present, from the verb that governs ``token``."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in ("until", "till", "by", "effective"):
        return _deadline_tense(token, before.lower_ == "by")
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "present"
    words = [verb] + [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    lowers = {t.lower_ for t in words}
    if _plans_ahead(verb, token, lowers):
        return "future"
    if (verb.tag_ == "VB" and "to" in lowers and verb.head is not verb
            and verb.head.lemma_.lower() in _FORWARD_HEADS):
        # ... unless the plan itself is in the past perfect: "had been due to expire Friday".
        return "past" if _past_perfect(verb.head) else "future"
    if lowers & _FUTURE_AUX and not any(t.lower_ == "have" for t in words):
        return "future"
    if lowers & _FUTURE_AUX or ("going" in lowers and any(t.lower_ == "to" for t in verb.children)):
        return "future"
    if any(t.tag_ == "VBD" for t in words):
        return "past"
    if verb.tag_ == "VBN" or any(t.tag_ == "VBN" for t in words):
        if any(t.lower_ in ("has", "have", "had", "'ve") for t in words):
            return "past"  # the present perfect reports the past
    if verb.tag_ == "VBN" and not any(t.lower_ in ("has", "have", "is", "are", "be") for t in words):
        return "past"
    if verb.lower_ in ("expects", "expect", "plans", "plan", "intends", "scheduled", "due", "set", "slated"):
        return "future"
    return "present"


# Verbs that put their object ahead of the time they are said: "planned a
# rally on Saturday", "has scheduled a news conference Thursday".
_PLAN_VERBS = {"plan", "schedule", "slate", "reschedule"}


def _past_perfect(head: Token) -> bool:
    """"had been scheduled", "had been due": a "had" on the head or the copula it hangs on."""
    for t in (head, head.head):
        if any(c.lower_ in ("had", "'d") and c.dep_ in ("aux", "auxpass") for c in t.children):
            return True
        if t.head is t:
            break
    return False


def _plans_ahead(verb: Token, token: Token, lowers: set[str]) -> bool:
    """A planning verb whose plan is still ahead: not "had planned" nor "as
    previously planned" (the plan carried out). The time comes after the verb
    ("On Friday, the government planned ..." dates the planning), and the verb
    heads its clause (in "a service planned for Saturday was canceled" the
    main verb decides)."""
    if verb.lemma_.lower() not in _PLAN_VERBS or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return False
    if token.i < verb.i or verb.dep_ in ("acl", "relcl", "amod"):
        return False
    if lowers & {"had", "'d"}:
        return False
    return not any(t.lower_ in ("previously", "originally", "earlier", "as", "already") for t in verb.children)


def _deadline_tense(token: Token, by: bool) -> str:
    """"until Tuesday", "by Friday": a deadline ahead ("extended its deadline
    until Tuesday") unless the clause is in the past perfect ("until Thursday,
    they had not called him a suspect") or, for "by", in the past ("had left by
    Friday", "by Friday troops withdrew")."""
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    words = [verb] + [t for t in verb.children if t.dep_ in ("aux", "auxpass")]
    if any(t.lower_ in ("had", "'d") for t in words) or (by and any(t.tag_ == "VBD" for t in words)):
        return "past"
    return "future"


@Language.factory("sitrep_times", requires=["token.tag", "token.dep"], assigns=["doc._.times"])
def make_times(nlp: Language, name: str) -> "TimesStage":
    return TimesStage()


class TimesStage:
    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        starts = doc.to_array(IDX).tolist()  # token start offsets, without making Token objects

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
