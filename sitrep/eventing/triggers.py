"""Trigger detection: the words of a sentence that report an occurrence.

A trigger is a lexicon entry (``events_triggers.tsv``) matched on lower-cased
lemmas. Noun entries match contiguous tokens ("air strike"); verb entries match
the verb and then their other words within the next few tokens, so "took full
control of" and "shot the drone down" match "take control" and "shoot down".
The longest match at a token wins; a token belongs to one trigger at most.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitrep.eventing.lexicon import Lexicon, TriggerRow

_VERB_POS = frozenset({"VERB"})
_NOUN_POS = frozenset({"NOUN"})
# tokens a verb phrase may skip between its words ("took full control", "set the house on fire")
_SKIPPABLE = frozenset({"DET", "ADJ", "ADV", "PRON", "NUM", "PART", "ADP", "PROPN", "NOUN", "PUNCT"})
_GAP = 4


@dataclass(slots=True)
class Trigger:
    row: TriggerRow
    head: Token  # the token that carries the event (the verb, or the phrase's head noun)
    tokens: list[Token]
    # other rows of the same words ("shut down" a pipeline or a newspaper): read when this
    # row's rule finds no event
    alternatives: tuple[TriggerRow, ...] = ()

    def as_row(self, row: TriggerRow) -> "Trigger":
        return Trigger(row, self.head, self.tokens)

    @property
    def start(self) -> int:
        return min(t.idx for t in self.tokens)

    @property
    def end(self) -> int:
        return max(t.idx + len(t.text) for t in self.tokens)


# the model's lemmatizer strips the wrong suffix from a few verbs ("staged" -> "stag",
# "raped" -> "rap") or none from irregular ones ("retook", "slew"); and its tagger reads
# "torched" as an adjective, lemma and all
_FORM_FIXES = {"staged": "stage", "staging": "stage", "raped": "rape", "raping": "rape", "torched": "torch",
               "retook": "retake", "slew": "slay", "sunk": "sink", "fined": "fine", "fining": "fine"}


def lemma(token: Token) -> str:
    fixed = _FORM_FIXES.get(token.lower_)
    if fixed is not None:
        return fixed
    text = token.lemma_.lower()
    return text if text and text != "-pron-" else token.lower_


def _keys(token: Token) -> tuple[str, ...]:
    a, b = lemma(token), token.lower_
    return (a,) if a == b else (a, b)


def _match_contiguous(sent: Span, i: int, row: TriggerRow) -> list[Token] | None:
    tokens = []
    for k, word in enumerate(row.lemmas):
        j = i + k
        if j >= sent.end or word not in _keys(sent.doc[j]):
            return None
        tokens.append(sent.doc[j])
    return tokens


def _match_gapped(sent: Span, i: int, row: TriggerRow) -> list[Token] | None:
    doc = sent.doc
    tokens = [doc[i]]
    j = i + 1
    for word in row.lemmas[1:]:
        found = None
        for k in range(j, min(j + _GAP + 1, sent.end)):
            if word in _keys(doc[k]) and not (len(row.lemmas) == 2 and doc[k].pos_ in {"ADP", "PART"} and k > i + 1
                                              and doc[k].head.i != i):
                # (a phrasal verb's particle past the object must be the verb's own: "called on
                # Moscow to ...", not "called the strike on the port ...")
                found = k
                break
            if doc[k].pos_ not in _SKIPPABLE or doc[k].text in {".", ";", ":"}:
                break
        if found is None:
            return None
        tokens.append(doc[found])
        j = found + 1
    return tokens


def _pos_ok(row: TriggerRow, head: Token) -> bool:
    if row.pos == "V":
        return head.pos_ in _VERB_POS or (head.pos_ == "AUX" and head.dep_ != "aux") or (
            head.lower_ in _FORM_FIXES and head.dep_ not in {"amod", "compound"})  # "and torched vehicles"
    if row.pos == "N":
        return head.pos_ in _NOUN_POS or head.tag_ == "VBG" and head.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass"}
    return head.pos_ in _VERB_POS or head.pos_ in _NOUN_POS


def find(sent: Span, lex: Lexicon) -> list[Trigger]:
    """The triggers in the sentence, in text order, non-overlapping."""
    found: list[Trigger] = []
    used: set[int] = set()
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if i in used:
            continue
        token = doc[i]
        if token.ent_type_ in {"DATE", "TIME"} or token.pos_ == "PROPN" and token.is_title and i > sent.start:
            continue  # "March", "Strike Group"
        rows: list[TriggerRow] = []
        for key in _keys(token):
            rows.extend(lex.triggers.get(key, ()))
        if not rows:
            continue
        rows.sort(key=lambda r: -len(r.lemmas))
        for row in rows:
            if len(row.lemmas) == 1:
                tokens = [token]
            elif row.pos == "V":
                tokens = _match_gapped(sent, i, row)
            else:
                tokens = _match_contiguous(sent, i, row) if row.pos != "V" else None
                if tokens is None and row.pos == "A":
                    tokens = _match_gapped(sent, i, row)
            if not tokens or any(t.i in used for t in tokens):
                continue
            head = tokens[0] if row.pos == "V" or tokens[0].pos_ == "VERB" else tokens[-1]
            if row.pos == "V" and head.pos_ != "VERB":
                head = next((t for t in tokens if t.pos_ == "VERB"), head)  # "forcefully transferred"
            if row.pos == "N" and len(tokens) > 1:
                head = tokens[-1]
            if not _pos_ok(row, head):
                continue
            alternatives = tuple(r for r in rows if r is not row and r.lemmas == row.lemmas and r.pos == row.pos
                                 and r.family != row.family)
            found.append(Trigger(row, head, tokens, alternatives))
            used.update(t.i for t in tokens)
            break
    return found
