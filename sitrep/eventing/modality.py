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
_HYPO_MODALS = frozenset({"would", "could", "might", "may", "should", "'d", "must", "ought"})
# a demand or obligation ("Russia must withdraw") is not something that happened
_DEONTIC = frozenset({"must", "should", "ought"})
# verbs whose nominal object is the event itself: "ordered a mobilization",
# "announced the conscription", "declared martial law" report the act, not a plan
_ACT_VERBS = frozenset({"order", "announce", "declare", "decree", "approve", "sign", "impose",
                        "introduce", "launch", "complete", "conduct", "carry", "begin", "start"})
# reporting verbs that turn "would" into a future in the past ("announced Russia would annex")
_FUTURE_IN_PAST = frozenset({"announce", "say", "declare", "state", "tell", "confirm", "vow", "promise",
                             "pledge", "decide", "write", "report", "add", "insist"})
_HYPO_ADJ = frozenset({"possible", "potential", "hypothetical", "eventual", "likely", "future"})
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
_THREAT = frozenset({"threaten", "vow", "warn", "threat", "ultimatum"})
_PLAN = frozenset({"plan", "intend", "prepare", "aim", "seek", "want", "decide", "order", "schedule",
                   "expect", "propose", "hope", "consider", "intention", "plan",
                   "preparation", "readiness", "ready", "set", "agree", "pledge", "call", "urge",
                   "demand", "ask", "need", "must", "wish", "mull", "weigh", "discuss",
                   "application", "bid", "request", "promise"})
_SETTING_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "because"})
_FAIL = frozenset({"fail", "refuse", "deny", "avoid", "prevent", "stop", "halt", "thwart", "foil"})
_ALLEGE = frozenset({"allege", "claim", "accuse", "suspect", "allegation", "accusation", "claim",
                     "deny", "blame", "charge", "purport"})
_REPORT = frozenset({"say", "report", "tell", "state", "announce", "confirm", "write", "add", "note",
                     "inform", "post", "declare", "indicate", "assert", "insist", "explain", "acknowledge",
                     "admit", "reveal", "show", "publish", "according", "cite", "quote", "estimate",
                     "believe", "think", "know", "see", "learn", "disclose"})
_REPORT_ADV = frozenset({"reportedly", "apparently", "purportedly"})


def _asks_for(prev: Token) -> bool:
    """"asked them to leave", "asked for a ceasefire" request an act; "asked about
    the vote" and a quoted question ("asked, 'When ... there was a vote'") do not."""
    if prev.dep_ == "xcomp":
        return True
    return prev.dep_ == "prep" and prev.lower_ == "for" or (
        prev.dep_ == "pobj" and prev.head.lower_ == "for")


@dataclass(slots=True)
class Modality:
    value: str = "asserted"
    cue_start: int | None = None
    cue_end: int | None = None
    attributed_to: list[str] = field(default_factory=list)
    speaker_token: Token | None = None


def _chain(trigger: Token, sent: Span | None = None) -> list[Token]:
    """The trigger, then the tokens that govern it up to the root (of its sentence segment:
    a caption's parse may hang from the sentence before it)."""
    chain = [trigger]
    t = trigger
    while t.head != t and len(chain) < 12 and (sent is None or sent.start <= t.head.i < sent.end):
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


def _is_whether_or_not(mark: Token) -> bool:
    """ "whether or not X was aware": a concessive, not a condition on X."""
    doc = mark.doc
    return mark.lower_ == "whether" and mark.i + 2 < len(doc) and doc[mark.i + 1].lower_ == "or" and doc[mark.i + 2].lower_ == "not"


def read(trigger: Token, sent: Span, quote_spans: list[tuple[int, int, str | None]]) -> Modality:
    found: list[tuple[int, Token | None, Token | None]] = []  # (priority, cue, speaker)
    chain = _chain(trigger, sent)

    def add(value: str, cue: Token | None, speaker: Token | None = None) -> None:
        found.append((_PRIORITY[value], cue, speaker))
        values.append(value)

    values: list[str] = []
    quote_speakers: list[str] = []
    # the local clause: the trigger and the verbs it is the object/complement/conjunct of
    local = [trigger]
    negatable = {trigger.i}  # a conjunct's own negation is not the trigger's: "did not give a
    t = trigger              # number, and denied the reports"
    via_conj = False
    # ("would respond by destroying": the means shares the clause's modal)
    while t.head != t and t.dep_ in {"dobj", "pobj", "prep", "pcomp", "xcomp", "conj", "nsubjpass", "nsubj", "attr", "acomp", "compound", "amod", "appos"} and len(local) < 5:
        via_conj = via_conj or t.dep_ == "conj"
        t = t.head
        local.append(t)
        if not via_conj:
            negatable.add(t.i)
    crossed_report = False
    crossed_conj = False
    # a nominal trigger that is the object of an act verb ("ordered a mobilization") takes
    # its modality from that verb's clause, not from the verb itself
    act_verb = None
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "nsubjpass"} and lemma(trigger.head) in _ACT_VERBS:
        act_verb = trigger.head
    # "if" anywhere in the clauses between the trigger and the root
    # (or in an adverbial clause of one of them: "if Russia used it, NATO would respond")
    conditional = any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for tok in chain for c in tok.children) or any(
        m.dep_ == "mark" and m.lower_ in {"if", "unless"} for tok in chain for c in tok.children if c.dep_ == "advcl"
        for m in c.children)
    for depth, tok in enumerate(chain):
        lem = lemma(tok)
        in_local = tok in local
        for child in tok.children:
            cl = child.lower_
            if child.dep_ == "neg" or (cl in {"never", "no"} and child.dep_ in {"neg", "advmod", "det"}):
                if in_local and tok.i in negatable and not crossed_report:
                    add("negated", child)
            if child.dep_ == "mark" and cl in _HYPO_MARKS and not _is_whether_or_not(child):
                if cl != "whether" or in_local:
                    add("hypothetical", child)
            if child.dep_ == "aux" and in_local and not crossed_report:
                if cl in _DEONTIC:
                    add("hypothetical", child)  # a demand or an obligation
                elif cl in _HYPO_MODALS:
                    above = chain[depth + 1:depth + 3]
                    future_in_past = (cl == "would" and not conditional and tok.dep_ == "ccomp"
                                      and any(lemma(a) in _FUTURE_IN_PAST for a in above[:1]))
                    add("planned" if future_in_past else "hypothetical", child)
                elif cl in _FUTURE:
                    add("planned", child)
                elif cl == "going" or (cl == "to" and lemma(tok.head) == "go"):
                    add("planned", child)
            if child.dep_ in {"amod"} and cl in _HYPO_ADJ and tok == trigger:
                add("hypothetical", child)
            if child.dep_ == "advmod" and cl in {"allegedly", "purportedly", "supposedly"}:
                add("alleged", child)
            if child.dep_ == "advmod" and cl in _REPORT_ADV:
                add("reported", child)
        if depth == 0:
            continue
        prev = chain[depth - 1]
        if tok == act_verb:
            continue  # "ordered a mobilization": the order is the act
        if prev.dep_ == "conj" or listed_gerund(prev):
            # a conjunct does not inherit the reporting, planning or threatening verb
            # it is coordinated with ("declared X and then launched an attack"; "annexing X,
            # threatening Y, calling up Z")
            # (a conjunct of another form belongs higher up: "to stop fighting and return to
            # talks" is not "stop ... returning")
            crossed_conj = crossed_conj or (prev.dep_ == "conj" and prev.tag_ != prev.head.tag_)
            continue
        if prev.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SETTING_MARKS for c in prev.children) \
                and lem not in _REPORT and lem not in _ALLEGE:
            # "vowed an inquiry after seven people were murdered": the setting happened;
            # only the act that governs it is vowed or planned
            continue
        if lem in _FAIL and prev.dep_ in {"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep"} and not crossed_conj:
            # ("stop fighting and return to talks": what is stopped is the fighting only)
            add("alleged" if lem == "deny" else "negated", tok)
        elif lem in _THREAT and not crossed_report:
            add("threatened", tok)
        elif lem in _PLAN and prev.dep_ in {"xcomp", "dobj", "pobj", "prep", "ccomp", "acl", "pcomp", "advcl"} and not crossed_report:
            if lem == "order" and prev.dep_ == "dobj" and prev.pos_ in {"NOUN", "PROPN"}:
                continue
            if lem == "ask" and not _asks_for(prev):
                continue  # "was asked about the vote ...": a question, not a request
            if lem == "call" and prev.dep_ in {"dobj", "oprd"}:
                continue  # "called the strike a war crime": named, not called for
            if lem == "call" and any(c.lower_ == "what" for c in tok.children):
                continue  # "in what Putin called retaliation for Saturday's explosion": named too
            add("planned", tok)
        elif lem in _ALLEGE:
            add("alleged", tok, _speaker(tok))
            crossed_report = True
        elif lem in _REPORT and prev.dep_ in {"ccomp", "parataxis", "xcomp", "advcl", "dobj"}:
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
    cue = best[1]
    if cue is None:
        cue = next((c for p, c, _s in found if p == best[0] and c is not None), None)
    if cue is not None:
        out.cue_start, out.cue_end = cue.idx, cue.idx + len(cue.text)
    speakers = [s for _p, _c, s in found if s is not None]
    out.speaker_token = speakers[0] if speakers else None
    out.attributed_to = quote_speakers
    return out


def listed_gerund(tok: Token, or_conj: bool = False) -> bool:
    """A gerund the parser hangs from the gerund listed before it ("threatening X,
    calling up Y"): a list item, not a clause that depends on the other. ``or_conj``:
    also when the parser made it a conjunct."""
    return ((tok.dep_ == "advcl" or (or_conj and tok.dep_ == "conj")) and tok.tag_ == "VBG"
            and tok.head.tag_ == "VBG" and not any(c.dep_ == "mark" for c in tok.children))


def _speaker(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def phrase(token: Token) -> str:
    return _phrase(token)
