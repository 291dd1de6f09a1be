"""Render extractions as one self-contained, auditable HTML page.

Every record is shown next to the characters it came from: the article text is
highlighted at each record's span, and every listed record links to its
highlight. The page loads nothing from anywhere (strict CSP, inline CSS, no
script), and every string that comes from an article or its metadata reaches
the page escaped: Jinja2 autoescapes the template, and the highlighted text is
assembled here from segments passed through ``markupsafe.escape`` and only then
wrapped in our own tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Generic, TypeVar

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from sitrep.records import (
    Citation,
    Document,
    Entity,
    Event,
    Extraction,
    Mention,
    Place,
    Quote,
    Role,
    TimeExpr,
)

__all__ = ["render_report", "write_report"]

_TEMPLATE_DIR = Path(__file__).parent
_TEMPLATE_NAME = "template.html"
HASH_PREFIX_LEN = 12
# Ids of the page's own controls; reserved so no document id can take them.
_LAYER_KEYS = ("entity", "place", "time", "quote", "citation", "trigger")
_FIXED_IDS = tuple(f"layer-{key}" for key in _LAYER_KEYS) + ("top", "documents")

# Modalities under which the event did not (or not yet) take place. Anything
# outside these sets and "asserted" is shown as unclassified, never as fact.
_NOT_HAPPENED = frozenset({
    "hypothetical", "negated", "denied", "future", "planned", "conditional",
    "counterfactual", "threatened", "intended", "proposed", "demanded", "requested",
})
_UNVERIFIED = frozenset({
    "reported", "alleged", "claimed", "attributed", "uncertain", "possible",
    "probable", "likely", "unconfirmed", "speculative",
})

# A blank line (possibly holding only whitespace) separates paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\\x00-\x1f\x7f]+", re.IGNORECASE)
_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")

R = TypeVar("R")


# ----------------------------------------------------------------- view model


@dataclass(frozen=True, slots=True)
class Ref:
    """Where a record points in the article text, and whether that holds up."""

    start: int
    end: int
    anchor: str | None  # id of the highlight; None when the span can't be placed
    evidence: str  # the characters at [start, end), "" when out of range
    problem: str | None = None  # why the span is suspect, shown to the analyst


@dataclass(frozen=True, slots=True)
class Located(Generic[R]):
    record: R
    ref: Ref


@dataclass(frozen=True, slots=True)
class EntityView:
    entity: Entity
    mentions: list[Located[Mention]]
    roles: list[Located[Role]]


@dataclass(frozen=True, slots=True)
class QuoteView:
    quote: Quote
    ref: Ref
    speaker_ref: Ref | None
    cue_ref: Ref | None


@dataclass(frozen=True, slots=True)
class Modality:
    value: str
    tier: str  # "asserted" | "unverified" | "not-happened" | "unclassified"
    label: str

    @property
    def happened(self) -> bool:
        return self.tier != "not-happened"


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    sentence: Ref
    trigger: Ref
    modality: Modality
    details: list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class Count:
    key: str
    label: str
    value: int
    singular: str

    @property
    def phrase(self) -> str:
        """"1 time", "3 times": for running text such as the contents."""
        return f"{self.value} {self.singular if self.value == 1 else self.label.lower()}"


@dataclass(frozen=True, slots=True)
class DocView:
    anchor: str
    document: Document
    heading: str
    meta: list[tuple[str, str]]
    safe_url: str | None
    lang: str | None
    body: Markup
    counts: list[Count]
    entities: list[EntityView]
    places: list[Located[Place]]
    times: list[Located[TimeExpr]]
    quotes: list[QuoteView]
    citations: list[Located[Citation]]
    events: list[EventView]
    problems: list[str]

    @property
    def empty_kinds(self) -> list[str]:
        return [c.label.lower() for c in self.counts if c.value == 0]


# -------------------------------------------------------------------- spans


@dataclass(frozen=True, slots=True)
class Span:
    """One highlight in the article text."""

    start: int
    end: int
    classes: tuple[str, ...]
    title: str
    anchor: str
    rank: int  # lower ranks get the element id when several spans start together


class _Ids:
    """Hands out page-unique HTML ids, suffixing repeats deterministically."""

    def __init__(self, reserved: Iterable[str]) -> None:
        self._used: set[str] = set(reserved)

    def claim(self, wanted: str) -> str:
        base = re.sub(r"\s+", "_", wanted) or "x"
        candidate, n = base, 1
        while candidate in self._used:
            n += 1
            candidate = f"{base}-{n}"
        self._used.add(candidate)
        return candidate


@dataclass(slots=True)
class _DocSpans:
    """Collects the spans of one document and the refs that point at them."""

    text: str
    doc_anchor: str
    ids: _Ids
    spans: list[Span] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def locate(self, start: int | None, end: int | None, *, what: str,
               expected: str | None = None) -> Ref | None:
        """A ref for a span that is only checked, not highlighted (speaker, cue)."""
        if start is None or end is None:
            return None
        return self._check(start, end, None, what=what, expected=expected)

    def add(self, start: int, end: int, *, code: str, classes: tuple[str, ...], title: str,
            rank: int, what: str, expected: str | None = None) -> Ref:
        """Register a highlight and return the ref that links to it."""
        anchor: str | None = None
        if _in_text(start, end, self.text):
            anchor = self.ids.claim(f"{self.doc_anchor}-{code}{start}")
            self.spans.append(Span(start, end, classes, title, anchor, rank))
        return self._check(start, end, anchor, what=what, expected=expected)

    def _check(self, start: int, end: int, anchor: str | None, *, what: str,
               expected: str | None) -> Ref:
        evidence = self.text[start:end] if _in_text(start, end, self.text) else ""
        problem = _span_problem(start, end, self.text, evidence, expected)
        if problem:
            self.problems.append(f"{what}: {problem}")
        return Ref(start, end, anchor, evidence, problem)


def _span_problem(start: int, end: int, text: str, evidence: str,
                  expected: str | None) -> str | None:
    if not _in_text(start, end, text):
        return f"span {start}–{end} lies outside the text ({len(text)} characters)"
    if expected is not None and expected != evidence:
        return f"recorded as {expected!r} but the text at {start}–{end} is {evidence!r}"
    return None


def _in_text(start: int, end: int, text: str) -> bool:
    return 0 <= start < end <= len(text)


# ---------------------------------------------------------- highlighted text


def highlight(text: str, spans: Sequence[Span]) -> Markup:
    """The article as paragraphs, each character wrapped in the classes of every
    span covering it.

    Spans may nest or cross, so the text is cut at every span boundary and each
    piece becomes one flat element: the markup is well formed whatever the spans.
    """
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
        ends.setdefault(span.end, []).append(span)
    paragraphs = _paragraph_ranges(text)
    cuts = set(starts) | set(ends) | {i for i, ch in enumerate(text) if ch == "\n"}
    cuts |= {i + 1 for i, ch in enumerate(text) if ch == "\n"}
    for p_start, p_end in paragraphs:
        cuts |= {p_start, p_end}
    points = sorted(c for c in cuts if 0 <= c <= len(text))

    active: dict[int, Span] = {}  # keyed by id() so equal spans stay distinct
    placed: set[str] = set()
    out: list[Markup] = []
    paragraph_iter = iter(paragraphs)
    current = next(paragraph_iter, None)
    for a, b in pairwise(points):
        for span in ends.get(a, ()):
            active.pop(id(span), None)
        for span in starts.get(a, ()):
            active[id(span)] = span
        while current is not None and a >= current[1]:
            out.append(Markup("</p>\n"))
            current = next(paragraph_iter, None)
        if current is None or a < current[0]:
            continue  # paragraph separator: rendered as the gap between <p>s
        if a == current[0]:
            out.append(Markup("<p>"))
        piece = text[a:b]
        if piece == "\n":
            out.append(Markup("<br>\n"))
        else:
            out.append(_segment(piece, list(active.values()), placed))
    if current is not None:
        out.append(Markup("</p>\n"))
    return Markup("").join(out)


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        ranges.append((position, match.start()))
        position = match.end()
    ranges.append((position, len(text)))
    return [_strip_range(text, s, e) for s, e in ranges if text[s:e].strip()]


def _strip_range(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow a paragraph to its non-blank extent, so no stray <br> opens or ends it."""
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())


def _segment(piece: str, covering: list[Span], placed: set[str]) -> Markup:
    if not covering:
        return escape(piece)
    covering.sort(key=lambda s: (s.rank, s.start, -s.end))
    # Each span's id goes on the first piece of it; extra ids become empty anchors.
    pending = [s.anchor for s in covering if s.anchor not in placed]
    placed.update(pending)
    classes = " ".join(dict.fromkeys(c for s in covering for c in s.classes))
    title = "\n".join(dict.fromkeys(s.title for s in covering))
    extra = Markup("").join(
        Markup('<span class="anchor" id="{}"></span>').format(anchor) for anchor in pending[1:]
    )
    # data-spans names every span this piece belongs to, so tools can rebuild
    # each span from its pieces.
    members = " ".join(s.anchor for s in covering)
    if pending:
        element = Markup('<span class="hl {}" id="{}" data-spans="{}" title="{}">{}</span>').format(
            classes, pending[0], members, title, piece)
    else:
        element = Markup('<span class="hl {}" data-spans="{}" title="{}">{}</span>').format(
            classes, members, title, piece)
    return extra + element


# --------------------------------------------------------- building the page


def _document_view(extraction: Extraction, ids: _Ids) -> DocView:
    doc = extraction.document
    anchor = ids.claim(doc.id or "doc")
    spans = _DocSpans(doc.text, anchor, ids)
    entities = [_entity_view(e, spans) for e in extraction.entities]
    places = [_place(p, spans) for p in extraction.places]
    times = [_time(t, spans) for t in extraction.times]
    quotes = [_quote(q, spans) for q in extraction.quotes]
    citations = [_citation(c, spans) for c in extraction.citations]
    events = [_event(e, i, spans) for i, e in enumerate(extraction.events)]
    return DocView(
        anchor=anchor,
        document=doc,
        heading=doc.title or doc.id or "(untitled document)",
        meta=_metadata(doc),
        safe_url=safe_url(doc.url),
        lang=doc.language if doc.language and _LANG_TAG.fullmatch(doc.language) else None,
        body=highlight(doc.text, spans.spans),
        counts=_counts_of([extraction], with_documents=False),
        entities=entities,
        places=places,
        times=times,
        quotes=quotes,
        citations=citations,
        events=events,
        problems=spans.problems,
    )


def _entity_view(entity: Entity, spans: _DocSpans) -> EntityView:
    title = f"{entity.kind}: {entity.name}" + (f" [{entity.country}]" if entity.country else "")
    title += f" · {entity.id}"
    mentions = [
        Located(m, spans.add(m.start, m.end, code="m", classes=("ent", f"ent-{entity.kind}"),
                             title=title, rank=0, what=f"mention of {entity.name}",
                             expected=m.text))
        for m in sorted(entity.mentions, key=lambda m: (m.start, m.end))
    ]
    roles = [
        Located(r, spans.locate(r.start, r.end, what=f"role of {entity.name}", expected=r.text)
                or Ref(r.start, r.end, None, ""))
        for r in entity.roles
    ]
    return EntityView(entity, mentions, roles)


def _place(place: Place, spans: _DocSpans) -> Located[Place]:
    title = f"place: {place.name}"
    if place.country:
        title += f", {place.country}"
    coords = coordinates(place.lat, place.lon)
    if coords:
        title += f" ({coords})"
    if place.metonym:
        title += " · metonym"
    ref = spans.add(place.start, place.end, code="p", classes=("place",), title=title, rank=1,
                    what=f"place {place.name}", expected=place.text)
    return Located(place, ref)


def _time(time: TimeExpr, spans: _DocSpans) -> Located[TimeExpr]:
    title = f"time {time.type}: {time.value}"
    ref = spans.add(time.start, time.end, code="t", classes=("time",), title=title, rank=2,
                    what=f"time {time.text}", expected=time.text)
    return Located(time, ref)


def _quote(quote: Quote, spans: _DocSpans) -> QuoteView:
    kind = "direct quote" if quote.direct else "indirect quote"
    title = f"{kind} · speaker: {quote.speaker or 'unknown'}"
    ref = spans.add(quote.start, quote.end, code="q", classes=("quote",), title=title, rank=4,
                    what=kind, expected=quote.text)
    speaker = spans.locate(quote.speaker_start, quote.speaker_end, what="quote speaker")
    cue = spans.locate(quote.cue_start, quote.cue_end, what="quote cue", expected=quote.cue)
    return QuoteView(quote, ref, speaker, cue)


def _citation(citation: Citation, spans: _DocSpans) -> Located[Citation]:
    title = f"citation: {citation.source} ({citation.role})"
    ref = spans.add(citation.start, citation.end, code="c", classes=("cite",), title=title,
                    rank=3, what=f"citation of {citation.source}", expected=citation.text)
    return Located(citation, ref)


def _event(event: Event, index: int, spans: _DocSpans) -> EventView:
    modality = classify_modality(event.modality)
    classes = ("trig",) if modality.happened else ("trig", "trig-unreal")
    title = f"event {event.type} · {modality.label}"
    trigger = spans.add(event.trigger_start, event.trigger_end, code="e", classes=classes,
                        title=title, rank=5, what=f"trigger of event {index + 1}")
    sentence = spans.locate(event.start, event.end, what=f"sentence of event {index + 1}")
    return EventView(event, sentence or Ref(event.start, event.end, None, ""), trigger,
                     modality, _event_details(event))


def classify_modality(value: str | None) -> Modality:
    raw = (value or "").strip()
    key = raw.lower()
    if key == "asserted":
        return Modality(raw, "asserted", "asserted")
    if key in _NOT_HAPPENED:
        return Modality(raw, "not-happened", f"not happened · {key}")
    if key in _UNVERIFIED:
        return Modality(raw, "unverified", key)
    return Modality(raw, "unclassified", key or "no modality")


def _event_details(event: Event) -> list[tuple[str, str]]:
    """The event's fields that are set, as label/value pairs for display."""
    rows: list[tuple[str, str | None]] = [
        ("ACLED", " / ".join(x for x in (event.acled_event_type, event.acled_sub_event_type) if x)),
        ("actor 1", _with_country(event.actor1, event.actor1_country)),
        ("actor 2", _with_country(event.actor2, event.actor2_country)),
        ("date", _date_range(event)),
        ("location", _location(event)),
        ("fatalities", None if event.fatalities is None else str(event.fatalities)),
        ("injured", None if event.injured is None else str(event.injured)),
        ("quantities", "; ".join(f"{q.value:g} {q.unit} (“{q.text}”, {q.start}–{q.end})"
                                 for q in event.quantities)),
        ("attributed to", ", ".join(event.attributed_to)),
        ("confidence", f"{event.confidence:.2f}"),
    ]
    return [(label, value) for label, value in rows if value]


def _with_country(name: str | None, country: str | None) -> str | None:
    if not name:
        return country
    return f"{name} [{country}]" if country else name


def _date_range(event: Event) -> str | None:
    if not event.date_start and not event.date_end:
        return None
    text = event.date_start or "?"
    if event.date_end and event.date_end != event.date_start:
        text += f" – {event.date_end}"
    return text + (f" ({event.date_precision})" if event.date_precision else "")


def _location(event: Event) -> str | None:
    parts = [event.location_name, event.location_country, coordinates(event.lat, event.lon)]
    present = [p for p in parts if p]
    return ", ".join(present) if present else None


def coordinates(lat: float | None, lon: float | None) -> str | None:
    if lat is None or lon is None:
        return None
    return f"{lat:.4f}, {lon:.4f}"


def safe_url(url: str | None) -> str | None:
    """The URL if it may be a live link: plain http(s) with nothing odd in it."""
    if url is None:
        return None
    candidate = url.strip()
    return candidate if _SAFE_URL.fullmatch(candidate) else None


def _metadata(doc: Document) -> list[tuple[str, str]]:
    rows: list[tuple[str, str | None]] = [
        ("title", doc.title),
        ("authors", ", ".join(doc.authors)),
        ("outlet", doc.outlet),
        ("published", doc.publication_date),
        ("url", doc.url),
        ("source", doc.source_path),
        ("language", doc.language),
        ("id", doc.id),
        ("external id", doc.external_id),
        ("content hash", doc.content_hash[:HASH_PREFIX_LEN] if doc.content_hash else None),
        ("length", f"{len(doc.text)} characters"),
    ]
    return [(label, value) for label, value in rows if value]


def _counts_of(extractions: Sequence[Extraction], *, with_documents: bool) -> list[Count]:
    counts = [
        Count("entities", "Entities", sum(len(x.entities) for x in extractions), "entity"),
        Count("places", "Places", sum(len(x.places) for x in extractions), "place"),
        Count("times", "Times", sum(len(x.times) for x in extractions), "time"),
        Count("quotes", "Quotes", sum(len(x.quotes) for x in extractions), "quote"),
        Count("citations", "Citations", sum(len(x.citations) for x in extractions), "citation"),
        Count("events", "Events", sum(len(x.events) for x in extractions), "event"),
    ]
    if with_documents:
        counts.insert(0, Count("documents", "Documents", len(extractions), "document"))
    return counts


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # autoescape=True for every template, whatever its extension: nothing from
    # an article is ever trusted as markup.
    return Environment(
        loader=FileSystemLoader(_TEMPLATE_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_report(extractions: list[Extraction], *, title: str = "sitrep report",
                  generated: str | None = None) -> str:
    """One self-contained HTML page. ``generated`` is printed as given (nothing
    reads the clock), so the same input always renders the same bytes."""
    ids = _Ids(_FIXED_IDS)
    documents = [_document_view(x, ids) for x in extractions]
    template = _environment().get_template(_TEMPLATE_NAME)
    return template.render(
        title=title,
        generated=generated,
        counts=_counts_of(extractions, with_documents=True),
        documents=documents,
        problem_count=sum(len(d.problems) for d in documents),
    )


def write_report(extractions: list[Extraction], path: Path, *, title: str = "sitrep report",
                 generated: str | None = None) -> Path:
    """Render the report to ``path`` (parents created) and return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    html = render_report(extractions, title=title, generated=generated)
    path.write_text(html, encoding="utf-8", newline="\n")
    return path
