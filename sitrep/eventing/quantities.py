"""Counts with units in a sentence: killed, injured, casualties, detained,
abducted, deported, displaced, mobilized, surrendered, captured, missing,
areas in km² or square miles, prison terms in years.

A number (digits, "11 000", "1.5 million", a number word or a vague amount
such as "dozens") counts what its noun or verb says: "12 civilians were killed",
"killing one civilian", "12 wounded", "three deaths", "the death toll rose to
25", "about 80 Russian soldiers were killed", "sentenced to nine years",
"liberated 500 square kilometres". Vague amounts and explicit "no casualties"
follow the ACLED conventions in ``events_quantities.tsv``.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.eventing.lexicon import Lexicon
from sitrep.eventing.triggers import lemma
from sitrep.records import Quantity

_DIGITS = re.compile(r"^\d{1,3}(?:[,\u00a0 ]\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_AREA = (("square", "kilometre"), ("square", "kilometer"), ("square", "mile"), ("sq", "km"), ("km2",), ("km²",))


def _number_at(sent: Span, i: int, lex: Lexicon) -> tuple[float, int] | None:
    """(value, index after the number) for a number starting at token i."""
    doc = sent.doc
    tok = doc[i]
    text = tok.text.replace(",", "").replace("\u00a0", "")
    j = i + 1
    value: float | None = None
    if _DIGITS.match(tok.text) or text.replace(".", "", 1).isdigit():
        try:
            value = float(text)
        except ValueError:
            return None
        # "11 000": a group of three digits right after
        while j < sent.end and len(doc[j].text) == 3 and doc[j].text.isdigit() and doc[j - 1].whitespace_:
            value = value * 1000 + float(doc[j].text)
            j += 1
    else:
        if tok.lower_ not in lex.number_starts:
            return None
        for n in (3, 2, 1):
            key = tuple(lemma(t) if k else t.lower_ for k, t in enumerate(doc[i:i + n])) if i + n <= sent.end else None
            key2 = tuple(t.lower_ for t in doc[i:i + n]) if i + n <= sent.end else None
            for k in (key2, key):
                if k and k in lex.numbers:
                    value = lex.numbers[k]
                    j = i + n
                    break
            if value is not None:
                break
        if value is None:
            return None
        if tok.lower_ in {"a", "an", "one"} and j < sent.end and doc[j].lower_ in {"dozen", "hundred", "thousand"}:
            value = lex.numbers[(doc[j].lower_,)]
            j += 1
        if tok.lower_ in {"number"}:
            return None  # only as part of "unspecified number" etc.
    if j < sent.end and doc[j].lower_ in _SCALE and value is not None and value < 1000:
        value *= _SCALE[doc[j].lower_]
        j += 1
    return value, j


def _unit_word(lex: Lexicon, token: Token) -> str | None:
    return lex.units.get((lemma(token),)) or lex.units.get((token.lower_,))


def _unit_for(number_tokens: list[Token], lex: Lexicon) -> tuple[str, Token] | None:
    """What the number counts, from its noun and the verb or adjective that governs it."""
    last = number_tokens[-1]
    first = number_tokens[0]
    doc = last.doc
    # area: "500 square kilometres"
    for pattern in _AREA:
        n = len(pattern)
        after = doc[last.i + 1:last.i + 1 + n]
        if tuple(lemma(t) for t in after) == pattern or tuple(t.lower_ for t in after) == pattern:
            return ("km2" if "mile" not in pattern else "sq mi"), after[-1]
    noun = last
    # the counted noun: the number's head ("12 civilians"), or "dozens of civilians"
    if last.dep_ in {"nummod", "quantmod", "amod", "det"} and last.head.pos_ in {"NOUN", "PROPN", "ADJ"}:
        noun = last.head
    elif last.pos_ == "NOUN" or last.lower_ in {"dozens", "hundreds", "thousands", "scores", "millions"}:
        pobj = next((c for p in last.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            noun = pobj
    if noun != last:
        unit = _unit_word(lex, noun)
        if unit and unit != "prison_years":
            return unit, noun
        # "wounded soldiers", "dead civilians"
        for child in noun.children:
            if child.dep_ == "amod":
                unit = _unit_word(lex, child)
                if unit and unit != "prison_years":
                    return unit, child
        if lemma(noun) == "year":
            if any(lemma(t) in {"sentence", "prison", "jail", "imprisonment", "colony", "term"} for t in noun.sent):
                return "prison_years", noun
            return None
    # the governing verb: "12 civilians were killed", "killing 6", "12 wounded"
    t = noun
    for _ in range(3):
        head = t.head
        if head == t:
            break
        if t.dep_ in {"nsubj", "nsubjpass", "dobj", "obj", "attr", "appos", "conj", "npadvmod"} or head.pos_ in {"VERB", "ADJ"}:
            unit = _unit_word(lex, head)
            if unit and unit not in {"prison_years", "km2", "sq mi"}:
                if unit == "displaced" and lemma(head) == "leave" and not any(c.lower_ in {"homes", "home", "country", "city"} for c in head.subtree):
                    return None
                return unit, head
        if t.dep_ == "pobj" and head.lower_ == "to" and any(lemma(c) == "toll" for c in head.head.subtree):
            return "killed", head.head  # "the death toll rose to 25"
        if t.dep_ in {"conj", "prep", "pobj", "appos"}:
            t = head
            continue
        break
    # the number itself governs ("12 wounded" parsed with the number as head)
    for child in last.children:
        unit = _unit_word(lex, child)
        if unit and child.pos_ in {"VERB", "ADJ"}:
            return unit, child
    if first.i + 1 < len(doc):
        nxt = doc[last.i + 1]
        unit = _unit_word(lex, nxt)
        if unit and nxt.pos_ in {"VERB", "ADJ"} and unit not in {"prison_years"}:
            return unit, nxt
    return None


def find(sent: Span, lex: Lexicon) -> list[Quantity]:
    doc = sent.doc
    out: list[Quantity] = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if not (tok.like_num or tok.lower_ in lex.number_starts):
            i += 1  # most tokens: no number can start here
            continue
        got = _number_at(sent, i, lex)
        if got is None or tok.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"} and not tok.lower_.isalpha():
            i += 1
            continue
        value, j = got
        number_tokens = list(doc[i:j])
        if tok.lower_ in {"a", "an"} and not (j < sent.end and _unit_word(lex, doc[j]) == "killed"):
            # "a civilian was killed": only with a person noun under a casualty verb
            head = tok.head
            unit = _unit_for([tok], lex)
            if unit is None or head.pos_ != "NOUN" or not lex.in_class("person", (lemma(head),)):
                i += 1
                continue
        # vague "number" words need their adjective: "an unspecified number", "a significant number"
        unit_word = _unit_for(number_tokens, lex)
        if unit_word is None:
            # "a significant number of soldiers were killed": adjective + "number"
            i = j
            continue
        unit, word = unit_word
        first = min(number_tokens[0].i, word.i)
        last = max(number_tokens[-1].i, word.i)
        if last - first > 8:
            last = number_tokens[-1].i
        span = doc[first:last + 1]
        out.append(Quantity(value=value if value != int(value) else int(value), unit=unit, text=span.text,
                            start=span.start_char, end=span.end_char))
        i = j
    # "a significant/unspecified/large number of X were killed"
    for tok in sent:
        if tok.lower_ == "number" and any(c.dep_ == "amod" and (c.lower_, "number") in lex.numbers for c in tok.children):
            adj = next(c for c in tok.children if c.dep_ == "amod" and (c.lower_, "number") in lex.numbers)
            value = lex.numbers[(adj.lower_, "number")]
            got = _unit_for([tok], lex)
            if got is None:
                # the number is the subject of "was killed"
                head = tok.head
                unit = _unit_word(lex, head)
                got = (unit, head) if unit else None
            if got is not None and not any(q.start <= tok.idx < q.end for q in out):
                unit, word = got
                first, last = min(adj.i, word.i), max(tok.i, word.i)
                span = doc[first:last + 1]
                out.append(Quantity(value=int(value), unit=unit, text=span.text, start=span.start_char, end=span.end_char))
    # "fatalities coded as 10": the source states the coded count
    lemmas = [lemma(t) for t in sent]
    if "code" in lemmas and ("fatality" in lemmas or "casualty" in lemmas):
        for tok in sent:
            if tok.like_num and tok.head.lower_ == "as":
                try:
                    value = float(tok.text.replace(",", ""))
                except ValueError:
                    continue
                out = [q for q in out if q.unit != "killed"]
                out.append(Quantity(value=int(value), unit="killed", text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)))
    return out


def none_stated(sent: Span, lex: Lexicon) -> set[str]:
    """Units the sentence says were zero ("No casualties", "no one was killed")."""
    low = tuple(t.lower_ for t in sent)
    found = set()
    for phrase, unit in lex.nones:
        n = len(phrase)
        for i in range(len(low) - n + 1):
            if low[i:i + n] == phrase:
                found.add(unit)
                break
    return found
