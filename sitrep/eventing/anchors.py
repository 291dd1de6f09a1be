"""The date and the place that govern an event.

Date: the time expression of the times stage (``doc._.times``) in the
event's sentence that the trigger's clause governs, else the nearest one in
the sentence; else the narrative's reference time (the last specific date
before the sentence in the same or the previous paragraph); else the
publication date with the coarse precision "week" (the event was reported in
the week up to publication). Never the run date.

Place: the place of the places stage (``doc._.places``) in the sentence that
the trigger governs ("shelled Kharkiv", "clashes near Bakhmut", "in the
direction of Siversk"), else the finest place of the sentence; metonyms
("Moscow said") are never locations.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

_MONTHS = {m.lower(): k for k, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): k for k, m in enumerate(calendar.month_abbr) if m})
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# Used only when the times stage is not in the pipeline: absolute day dates.
_FALLBACK = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_FEATURE_RANK = {"landmark": 0, "facility": 0, "building": 0, "neighbourhood": 1, "neighborhood": 1,
                 "village": 1, "town": 1, "city": 1, "settlement": 1, "district": 2, "water": 3,
                 "region": 3, "admin1": 3, "admin2": 2, "province": 3, "state": 3, "country": 4,
                 "continent": 5}
_NEAR = frozenset({"near", "outside", "around", "outskirts", "direction", "vicinity", "area", "towards",
                   "toward", "approaches", "environs", "district", "hromada", "community"})


@dataclass(slots=True)
class DateAnchor:
    start: str
    end: str | None
    precision: str
    source: str  # "text", "narrative", "publication"
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class SimpleTime:
    """A time expression as the events stage needs it (from doc._.times or the fallback)."""
    start: int
    end: int
    value: str
    interval_start: str | None = None
    interval_end: str | None = None


def times_of(doc: object) -> list[SimpleTime]:
    from spacy.tokens import Doc

    if Doc.has_extension("times") and doc._.times is not None:  # type: ignore[attr-defined]
        out = []
        for t in doc._.times:  # type: ignore[attr-defined]
            if getattr(t, "type", "DATE") not in {"DATE", "TIME"}:
                continue
            out.append(SimpleTime(t.start, t.end, str(t.value), getattr(t, "interval_start", None),
                                  getattr(t, "interval_end", None)))
        return out
    if Doc.has_extension("times"):
        return []
    out = []
    for m in _FALLBACK.finditer(doc.text):  # type: ignore[attr-defined]
        d, mon, y = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("d1") else (m.group("d2"), m.group("m2"), m.group("y2"))
        try:
            value = date(int(y), _MONTHS[mon.lower()], int(d)).isoformat()
        except ValueError:
            continue
        out.append(SimpleTime(m.start(), m.end(), value))
    return out


def parse_value(t: SimpleTime) -> tuple[str, str | None, str] | None:
    """(start, end, precision) of a TIMEX3 value; None for values that are no date."""
    if t.interval_start and t.interval_end and t.interval_start != t.interval_end:
        return t.interval_start[:10], t.interval_end[:10], "range"
    v = t.value.strip().upper()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", v):
        return v[:10], None, "day"
    if re.fullmatch(r"\d{4}-W\d{2}(-WE)?", v):
        y, w = int(v[:4]), int(v[6:8])
        try:
            monday = date.fromisocalendar(y, w, 1)
        except ValueError:
            return None
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week"
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = int(v[:4]), int(v[5:7])
        if not 1 <= m <= 12:
            return None
        return v, None, "month"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|AU|WI)", v):
        return v, None, "season"
    if re.fullmatch(r"\d{4}", v):
        return v, None, "year"
    return None


def _governs(trigger: Token, span_tokens: list[Token]) -> bool:
    ancestors = set()
    for tok in span_tokens:
        t = tok
        for _ in range(8):
            ancestors.add(t.i)
            if t.head is t:
                break
            t = t.head
    return trigger.i in ancestors or trigger.head.i in ancestors and trigger.dep_ in {"dobj", "nsubj", "pobj", "nsubjpass"}


def event_date(trigger: Token, sent: Span, times: list[SimpleTime], publication: str | None,
               paragraph_start: int) -> DateAnchor:
    doc = sent.doc
    in_sent = [t for t in times if sent.start_char <= t.start < sent.end_char and parse_value(t)]
    if in_sent:
        def score(t: SimpleTime) -> tuple[int, int]:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            governs = bool(span is not None and _governs(trigger, list(span)))
            return (0 if governs else 1, abs(t.start - trigger.idx))
        best = min(in_sent, key=score)
        start, end, precision = parse_value(best)  # type: ignore[misc]
        return DateAnchor(start, end, precision, "text", (best.start, best.end))
    earlier = [t for t in times if t.end <= sent.start_char and t.start >= paragraph_start and parse_value(t)]
    earlier = [t for t in earlier if parse_value(t)[2] in {"day", "week", "range"}]  # type: ignore[index]
    if earlier:
        best = earlier[-1]
        start, end, precision = parse_value(best)  # type: ignore[misc]
        return DateAnchor(start, end, precision, "narrative", (best.start, best.end))
    if publication:
        return DateAnchor(publication[:10], None, "week", "publication")
    return DateAnchor("", None, "", "none")


def _adjectival(doc: object, p: object) -> bool:
    """ "Russian forces": a demonym or adjective names no place where the event happened."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    last = span[-1]
    return last.pos_ == "ADJ" or last.ent_type_ == "NORP" or (last.dep_ in {"amod", "poss"} and (getattr(p, "feature", "") or "") == "country")


@dataclass(slots=True)
class PlaceAnchor:
    place: object
    near: bool


def event_place(trigger: Token, sent: Span, places: list[object],
                not_places: frozenset[tuple[str, ...]] = frozenset()) -> PlaceAnchor | None:
    """``not_places``: lower-cased word tuples that name weapons or actors here ("Grad", "Azov")."""
    doc = sent.doc
    places = [p for p in places if tuple(doc.text[p.start:p.end].lower().split()) not in not_places]  # type: ignore[attr-defined]
    cands = [p for p in places if sent.start_char <= p.start < sent.end_char  # type: ignore[attr-defined]
             and not getattr(p, "metonym", False) and not _adjectival(doc, p)]
    if not cands:
        return None
    text = doc.text

    def info(p: object) -> tuple[int, int, int, int]:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
        governs = bool(span is not None and _governs(trigger, list(span)))
        has_coords = getattr(p, "lat", None) is not None
        feature = (getattr(p, "feature", None) or "").lower()
        rank = _FEATURE_RANK.get(feature, 2)
        coded = "coded to" in text[max(sent.start_char, p.start - 12):p.start]  # type: ignore[attr-defined]
        return (0 if coded else 1, 0 if has_coords else 1, 0 if governs else 1, rank)

    best = min(cands, key=lambda p: (*info(p), p.start))  # type: ignore[attr-defined]
    before = text[max(sent.start_char, best.start - 40):best.start].lower()  # type: ignore[attr-defined]
    after = text[best.end:min(sent.end_char, best.end + 20)].lower()  # type: ignore[attr-defined]
    near = any(w in before.split()[-4:] for w in _NEAR) or any(w in after.split()[:2] for w in {"district", "hromada", "community", "area", "outskirts"})
    return PlaceAnchor(best, near)
