"""Whether the text says the event happened: asserted, reported, alleged,
hypothetical, threatened, planned or negated; and who says so.

Read from the dependency path between the trigger and the root of its
sentence: negation on the trigger or the verbs that govern it, a conditional
clause or modal ("if ... would"), a governing verb of threat, plan or
allegation ("threatened to", "plans to", "accused X of"), a reporting verb
("said", "according to") or a quote that contains the trigger. Priority, when
several apply: negated > hypothetical > threatened > planned > alleged >
reported > asserted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from sitrep.eventing.triggers import lemma

MODALITIES = ("asserted", "reported", "alleged", "hypothetical", "threatened", "planned", "negated")
HAPPENED = frozenset({"asserted", "reported", "alleged"})
_PRIORITY = {m: k for k, m in enumerate(("negated", "hypothetical", "threatened", "planned", "alleged", "reported", "asserted"))}

_NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
_HYPO_MARKS = frozenset({"if", "unless", "whether", "lest"})
_HYPO_MODALS = frozenset({"would", "could", "might", "may", "should", "'d"})
_HYPO_ADJ = frozenset({"possible", "potential", "hypothetical", "eventual", "likely", "future"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_THREAT = frozenset({"threaten", "vow", "warn", "threat", "ultimatum", "promise"})
_PLAN = frozenset({"plan", "intend", "prepare", "aim", "seek", "want", "decide", "order", "schedule",
                   "expect", "propose", "hope", "consider", "intention", "plan",
                   "preparation", "readiness", "ready", "set", "agree", "pledge", "call", "urge",
                   "demand", "ask", "need", "must", "wish", "mull", "weigh", "discuss"})
_FAIL = frozenset({"fail", "refuse", "deny", "avoid", "prevent", "stop", "halt", "thwart", "foil"})
_ALLEGE = frozenset({"allege", "claim", "accuse", "suspect", "allegation", "accusation", "claim",
                     "deny", "blame", "charge", "purport"})
_REPORT = frozenset({"say", "report", "tell", "state", "announce", "confirm", "write", "add", "note",
                     "inform", "post", "declare", "indicate", "assert", "insist", "explain", "acknowledge",
                     "admit", "reveal", "show", "publish", "according", "cite", "quote", "estimate",
                     "believe", "think", "know", "see", "learn", "disclose"})
_REPORT_ADV = frozenset({"reportedly", "apparently", "purportedly"})


@dataclass(slots=True)
class Modality:
    value: str = "asserted"
    cue_start: int | None = None
    cue_end: int | None = None
    attributed_to: list[str] = field(default_factory=list)
    speaker_token: Token | None = None


def _chain(trigger: Token) -> list[Token]:
    """The trigger, then the tokens that govern it up to the root."""
    chain = [trigger]
    t = trigger
    while t.head is not t and len(chain) < 12:
        t = t.head
        chain.append(t)
    return chain


def _phrase(token: Token) -> str:
    left = [c for c in token.lefts if c.dep_ in {"compound", "amod", "poss", "det", "nmod"}]
    start = left[0].i if left else token.i
    span = token.doc[start:token.i + 1]
    text = span.text
    for article in ("the ", "The ", "a ", "an "):
        text = text.removeprefix(article)
    return text


def read(trigger: Token, sent: Span, quote_spans: list[tuple[int, int, str | None]]) -> Modality:
    found: list[tuple[int, Token | None, Token | None]] = []  # (priority, cue, speaker)
    chain = _chain(trigger)

    def add(value: str, cue: Token | None, speaker: Token | None = None) -> None:
        found.append((_PRIORITY[value], cue, speaker))
        values.append(value)

    values: list[str] = []
    quote_speakers: list[str] = []
    # the local clause: the trigger and the verbs it is the object/complement/conjunct of
    local = [trigger]
    t = trigger
    while t.head is not t and t.dep_ in {"dobj", "pobj", "prep", "xcomp", "conj", "nsubjpass", "nsubj", "attr", "acomp", "compound", "amod", "appos"} and len(local) < 5:
        t = t.head
        local.append(t)
    crossed_report = False
    for depth, tok in enumerate(chain):
        lem = lemma(tok)
        in_local = tok in local
        for child in tok.children:
            cl = child.lower_
            if child.dep_ == "neg" or (cl in {"never", "no"} and child.dep_ in {"neg", "advmod", "det"}):
                if in_local and not crossed_report:
                    add("negated", child)
            if child.dep_ == "mark" and cl in _HYPO_MARKS:
                add("hypothetical", child)
            if child.dep_ == "aux" and in_local and not crossed_report:
                if cl in _HYPO_MODALS:
                    has_have = any(c.lower_ == "have" for c in tok.children if c.dep_ == "aux")
                    add("hypothetical" if not has_have or cl != "would" else "hypothetical", child)
                elif cl in _FUTURE:
                    add("planned", child)
                elif cl == "going" or (cl == "to" and lemma(tok.head) == "go"):
                    add("planned", child)
            if child.dep_ in {"amod"} and cl in _HYPO_ADJ and tok is trigger:
                add("hypothetical", child)
            if child.dep_ == "advmod" and cl in {"allegedly", "purportedly", "supposedly"}:
                add("alleged", child)
            if child.dep_ == "advmod" and cl in _REPORT_ADV:
                add("reported", child)
        if depth == 0:
            continue
        prev = chain[depth - 1]
        if lem in _FAIL and prev.dep_ in {"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"}:
            add("alleged" if lem == "deny" else "negated", tok)
        elif lem in _THREAT and not crossed_report:
            add("threatened", tok)
        elif lem in _PLAN and prev.dep_ in {"xcomp", "dobj", "pobj", "prep", "ccomp", "acl", "pcomp", "advcl"} and not crossed_report:
            add("planned", tok)
        elif lem in _ALLEGE:
            add("alleged", tok, _speaker(tok))
            crossed_report = True
        elif lem in _REPORT and prev.dep_ in {"ccomp", "parataxis", "xcomp", "advcl", "conj", "dobj"}:
            add("reported", tok, _speaker(tok))
            crossed_report = True
    # "according to X"
    for tok in sent:
        if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
            to = next(c for c in tok.children if c.lower_ == "to")
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            add("reported", tok, pobj)
    for start, end, speaker in quote_spans:
        if start <= trigger.idx < end:
            found.append((_PRIORITY["reported"], None, None))
            values.append("reported")
            if speaker:
                quote_speakers.append(speaker)
    if not found:
        return Modality()
    best = min(found, key=lambda f: f[0])
    value = next(m for m, p in _PRIORITY.items() if p == best[0])
    out = Modality(value)
    if best[1] is not None:
        out.cue_start, out.cue_end = best[1].idx, best[1].idx + len(best[1].text)
    speakers = [s for _p, _c, s in found if s is not None]
    out.speaker_token = speakers[0] if speakers else None
    out.attributed_to = quote_speakers
    return out


def _speaker(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def phrase(token: Token) -> str:
    return _phrase(token)
