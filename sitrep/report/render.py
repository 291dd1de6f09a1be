"""Render extractions as one self-contained, auditable HTML page.

Every record is shown next to the characters it came from: the article text is
highlighted at each record's span, and every listed record links to its
highlight. The page loads nothing from anywhere (strict CSP, inline CSS, no
script), and every string that comes from an article or its metadata reaches
the page escaped: Jinja2 autoescapes the template, and the highlighted text is
assembled here from segments passed through ``markupsafe.escape`` and only then
wrapped in our own tags.

Records whose evidence is several spans (an event's trigger, actors, date and
place; a quote's fragments, speaker and cue; a hedge and the claim it
qualifies) share a *group*: a class ``g<n>`` on every highlight piece and on the
record's card. A short generated style rule lights up every piece of a group
when any of them, or the card, is the URL target (clicking a link) or the card
is hovered. The group classes are page counters, never article text, so the
generated rules hold nothing from an article.
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
    Hedge,
    Mention,
    Place,
    Quote,
    Role,
    ScareQuote,
    TimeExpr,
)
from sitrep.report.dates import DateSpan, describe, parse_span

__all__ = ["render_report", "write_report"]

_TEMPLATE_DIR = Path(__file__).parent
_TEMPLATE_NAME = "template.html"
HASH_PREFIX_LEN = 12
# Ids of the page's own controls and sections; reserved so no document id can take them.
_LAYER_KEYS = ("entity", "place", "time", "quote", "citation", "trigger", "hedge", "scare")
_FIXED_IDS = tuple(f"layer-{key}" for key in _LAYER_KEYS) + (
    "top", "documents", "timeline", "timeline-undated", "sources")

# The modalities events carry (sitrep.eventing.modality.MODALITIES) are
# asserted, reported, alleged, hypothetical, threatened, planned and negated.
# Under these the event did not (or not yet) take place. Anything outside these
# sets and "asserted" is shown as unclassified, never as fact.
_NOT_HAPPENED = frozenset({
    "hypothetical", "negated", "denied", "future", "planned", "conditional",
    "counterfactual", "threatened", "intended", "proposed", "demanded", "requested",
})
_UNVERIFIED = frozenset({
    "reported", "alleged", "claimed", "attributed", "uncertain", "possible",
    "probable", "likely", "unconfirmed", "speculative",
})
# The timeline holds only what the text says happened.
_TIMELINE_MODALITIES = frozenset({"asserted", "reported", "alleged"})

# Certainty values of hedges and quotes with a badge style of their own; any
# other value is shown with the neutral style (its text is still shown).
_CERTAINTY_STYLES = frozenset({
    "asserted", "certain", "reported", "alleged", "unverified", "unsupported", "disputed",
    "uncertain", "denied",
})
_CITATION_ROLES = {"text_source": "text source", "photo_credit": "photo credit",
                   "map_credit": "map credit", "video_credit": "video credit",
                   "graphic_credit": "graphic credit", "data_source": "data source"}
_DATE_SOURCES = {"text": "from the text", "narrative": "from narrative",
                 "publication": "from publication date"}
_GEO_PRECISION = {1: "exact place", 2: "near or part of a place", 3: "region"}
# ACLED's interaction codes.
_INTER = {1: "state forces", 2: "rebel group", 3: "political militia", 4: "identity militia",
          5: "rioters", 6: "protesters", 7: "civilians", 8: "external/other forces"}
_SNIPPET_CHARS = 110  # characters of context kept on each side of a trigger

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
    anchor: str  # id of the entity's table row
    mentions: list[Located[Mention]]
    roles: list[Located[Role]]


@dataclass(frozen=True, slots=True)
class HedgeLink:
    """A hedge as shown next to the quote or claim it qualifies."""

    number: int
    anchor: str  # the hedge's table row
    ref: Ref  # the marker in the text
    certainty: str
    style: str


@dataclass(slots=True)
class QuoteView:
    quote: Quote
    number: int
    anchor: str  # id of the quote's table row
    group: str
    ref: Ref
    fragments: list[Ref]
    speaker_ref: Ref | None
    cue_ref: Ref | None
    speaker_anchor: str | None  # the speaker entity's row
    chain: list[str]  # relays outermost first, then the speaker
    certainty_style: str
    hedges: list[HedgeLink] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class HedgeView:
    hedge: Hedge
    number: int
    anchor: str
    group: str
    ref: Ref
    target: Ref | None
    quote_number: int | None
    quote_anchor: str | None
    certainty_style: str


@dataclass(frozen=True, slots=True)
class CitationView:
    record: Citation
    ref: Ref
    role: str
    is_credit: bool
    entity_anchor: str | None


@dataclass(frozen=True, slots=True)
class Modality:
    value: str
    tier: str  # "asserted" | "unverified" | "not-happened" | "unclassified"
    label: str

    @property
    def happened(self) -> bool:
        return self.tier != "not-happened"


@dataclass(frozen=True, slots=True)
class Field:
    """One field of an event: its value, a note on where it came from, and
    the span of text it rests on."""

    label: str
    value: str | None
    note: str | None = None
    evidence: Ref | None = None
    style: str | None = None  # a badge style, for certainty


@dataclass(frozen=True, slots=True)
class EventView:
    event: Event
    number: int
    anchor: str  # id of the event card
    group: str
    sentence: Ref
    trigger: Ref
    modality: Modality
    modality_cue: Ref | None
    fields: list[Field]
    date_text: str | None
    date_note: str | None
    date_span: DateSpan | None
    place_text: str | None
    actors_text: str | None
    plover_text: str  # "ASSAULT (artillery)"
    acled_text: str | None  # the ACLED sub-event type, else its event type


@dataclass(frozen=True, slots=True)
class Count:
    key: str
    label: str
    value: int
    singular: str
    plural: str = ""

    @property
    def phrase(self) -> str:
        """"1 time", "3 times": for running text such as the contents."""
        many = self.plural or self.label.lower()
        return f"{self.value} {self.singular if self.value == 1 else many}"


@dataclass(frozen=True, slots=True)
class DocView:
    number: int
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
    hedges: list[HedgeView]
    scare_quotes: list[Located[ScareQuote]]
    citations: list[CitationView]
    events: list[EventView]
    problems: list[str]

    @property
    def empty_kinds(self) -> list[str]:
        return [c.plural or c.label.lower() for c in self.counts if c.value == 0]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    doc: DocView
    view: EventView
    snippet: tuple[str, str, str]  # text before the trigger, the trigger, text after

    @property
    def unverified(self) -> bool:
        return self.view.modality.tier == "unverified"


@dataclass(slots=True)
class SourceRow:
    """One source across the corpus and what rests on it."""

    name: str
    spoken: int = 0  # quotes with it as speaker
    relayed: int = 0  # quotes it passed on
    attributed: int = 0  # events attributed to it
    citations: int = 0  # cited as a source of text
    credits: int = 0  # photo, map and other credits
    documents: list[DocView] = field(default_factory=list)

    @property
    def claims(self) -> int:
        return self.spoken + self.relayed + self.attributed

    @property
    def total(self) -> int:
        return self.claims + self.citations + self.credits


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
    group: str | None = None  # class shared by every span of one record
    href: str | None = None  # where clicking the highlighted text leads


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


class _Groups:
    """Page-wide group classes ("g1", "g2", …) and the style rule lighting each up."""

    def __init__(self) -> None:
        self.count = 0

    def new(self) -> str:
        self.count += 1
        return f"g{self.count}"

    def css(self) -> Markup:
        """Only counters go into this rule: no article text can reach it."""
        if not self.count:
            return Markup("")
        selectors = []
        for n in range(1, self.count + 1):
            g = f"g{n}"
            selectors.append(f"body:has(.{g}:target) .hl.{g}")
            selectors.append(f".doc:has(.card.{g}:hover) .hl.{g}")
        return Markup(",\n".join(selectors) + " {\n  background-color: var(--lit);\n"
                      "  box-shadow: 0 0 0 1px var(--lit-edge);\n}\n")


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
        """A ref for a span that is only checked, not highlighted."""
        if start is None or end is None:
            return None
        return self._check(start, end, None, what=what, expected=expected)

    def add(self, start: int, end: int, *, code: str, classes: tuple[str, ...], title: str,
            rank: int, what: str, expected: str | None = None, name: str | None = None,
            group: str | None = None, href: str | None = None) -> Ref:
        """Register a highlight and return the ref that links to it. The
        highlight's id is ``<doc>-<code><start>`` unless a ``name`` is given."""
        anchor: str | None = None
        if _in_text(start, end, self.text):
            anchor = self.ids.claim(name or f"{self.doc_anchor}-{code}{start}")
            self.spans.append(Span(start, end, classes, title, anchor, rank, group, href))
        return self._check(start, end, anchor, what=what, expected=expected)

    def add_optional(self, start: int | None, end: int | None, **kwargs: object) -> Ref | None:
        if start is None or end is None:
            return None
        return self.add(start, end, **kwargs)  # type: ignore[arg-type]

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
    # Each span's id goes on the first piece of it; extra ids become empty
    # anchors (carrying their span's group, so targeting them lights it up).
    pending = [s for s in covering if s.anchor not in placed]
    placed.update(s.anchor for s in pending)
    classes = " ".join(dict.fromkeys(
        [c for s in covering for c in s.classes] + [s.group for s in covering if s.group]))
    title = "\n".join(dict.fromkeys(s.title for s in covering))
    extra = Markup("").join(
        Markup('<span class="{}" id="{}"></span>').format(
            " ".join(["anchor"] + ([s.group] if s.group else [])), s.anchor)
        for s in pending[1:]
    )
    # data-spans names every span this piece belongs to, so tools can rebuild
    # each span from its pieces.
    members = " ".join(s.anchor for s in covering)
    href = next((s.href for s in covering if s.href), None)
    content = (Markup('<a class="hl-link" href="#{}">{}</a>').format(href, piece) if href
               else escape(piece))
    if pending:
        element = Markup('<span class="hl {}" id="{}" data-spans="{}" title="{}">{}</span>').format(
            classes, pending[0].anchor, members, title, content)
    else:
        element = Markup('<span class="hl {}" data-spans="{}" title="{}">{}</span>').format(
            classes, members, title, content)
    return extra + element


# --------------------------------------------------------- building the page


def _document_view(extraction: Extraction, number: int, ids: _Ids, groups: _Groups) -> DocView:
    doc = extraction.document
    anchor = ids.claim(doc.id or "doc")
    spans = _DocSpans(doc.text, anchor, ids)
    entities = [_entity_view(e, spans) for e in extraction.entities]
    entity_rows = {}
    for ev in entities:
        entity_rows.setdefault(ev.entity.id, ev.anchor)
    places = [_place(p, spans) for p in extraction.places]
    times = [_time(t, spans) for t in extraction.times]
    quotes = [_quote(q, i, spans, groups, entity_rows) for i, q in enumerate(extraction.quotes)]
    hedges = [_hedge(h, i, spans, groups, quotes) for i, h in enumerate(extraction.hedges)]
    scare = [_scare(s, spans) for s in extraction.scare_quotes]
    citations = [_citation(c, spans, entity_rows) for c in extraction.citations]
    in_text_order = sorted(extraction.events, key=lambda e: (e.trigger_start, e.start, e.end))
    events = [_event(e, i, spans, groups) for i, e in enumerate(in_text_order)]
    return DocView(
        number=number,
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
        hedges=hedges,
        scare_quotes=scare,
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
    row = spans.ids.claim(f"{spans.doc_anchor}-entity-{entity.id}")
    return EntityView(entity, row, mentions, roles)


def _place(place: Place, spans: _DocSpans) -> Located[Place]:
    title = f"place: {place.name}"
    if place.country:
        title += f", {place.country}"
    coords = coordinates(place.lat, place.lon)
    if coords:
        title += f" ({coords})"
    if place.precision == "approximate":
        title += " · approximate point (its hromada's centre)"
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


def _certainty_style(value: str | None) -> str:
    key = (value or "").strip().lower()
    return key if key in _CERTAINTY_STYLES else "other"


def _quote(quote: Quote, index: int, spans: _DocSpans, groups: _Groups,
           entity_rows: dict[str, str]) -> QuoteView:
    number = index + 1
    kind = "direct quote" if quote.direct else "indirect quote"
    group = groups.new()
    title = f"{kind} {number} · speaker: {quote.speaker or 'unknown'}"
    if quote.relayed_by:
        title += f" · via {' → '.join(quote.relayed_by)}"
    row = spans.ids.claim(f"{spans.doc_anchor}-quote{number}")
    # With fragments ("…," she said, "…") only the quoted pieces are quote; the
    # whole span is still checked against the recorded text.
    pieces = sorted(f for f in quote.fragments if f[0] < f[1]) or [(quote.start, quote.end)]
    fragments = []
    for n, (start, end) in enumerate(pieces):
        fragments.append(spans.add(
            start, end, code="q", classes=("quote",), title=title, rank=4, group=group,
            what=f"{kind} {number}" + (f" fragment {n + 1}" if len(pieces) > 1 else "")))
    whole = spans.locate(quote.start, quote.end, what=f"{kind} {number}", expected=quote.text)
    first = next((f.anchor for f in fragments if f.anchor), None)
    ref = Ref(quote.start, quote.end, first, whole.evidence if whole else "",
              whole.problem if whole else None)
    speaker = spans.add_optional(quote.speaker_start, quote.speaker_end, code="qs",
                                 classes=("evd",), title=f"speaker of quote {number}",
                                 rank=7, group=group, what=f"speaker of quote {number}")
    cue = spans.add_optional(quote.cue_start, quote.cue_end, code="qc", classes=("evd",),
                             title=f"cue of quote {number}", rank=7, group=group,
                             what=f"cue of quote {number}", expected=quote.cue)
    speaker_anchor = None
    if quote.speaker_entity_id:
        speaker_anchor = entity_rows.get(quote.speaker_entity_id)
        if speaker_anchor is None:
            spans.problems.append(f"quote {number}: speaker entity {quote.speaker_entity_id!r} "
                                  "is not among the document's entities")
    chain = [*quote.relayed_by, quote.speaker or "unknown speaker"]
    return QuoteView(quote, number, row, group, ref, fragments, speaker, cue, speaker_anchor,
                     chain, _certainty_style(quote.certainty))


def _hedge(hedge: Hedge, index: int, spans: _DocSpans, groups: _Groups,
           quotes: list[QuoteView]) -> HedgeView:
    number = index + 1
    group = groups.new()
    row = spans.ids.claim(f"{spans.doc_anchor}-hedge{number}")
    quote: QuoteView | None = None
    if hedge.quote_index is not None:
        if 0 <= hedge.quote_index < len(quotes):
            quote = quotes[hedge.quote_index]
        else:
            spans.problems.append(f"hedge {number} ({hedge.text!r}) qualifies quote "
                                  f"{hedge.quote_index + 1}, which does not exist")
    target = spans.add_optional(hedge.target_start, hedge.target_end, code="hc",
                                classes=("claim",), title=f"claim qualified by hedge {number}",
                                rank=8, group=group, what=f"claim of hedge {number}")
    qualifies = f"quote {quote.number}" if quote else "the claim"
    title = f"hedge {number}: {hedge.certainty} · qualifies {qualifies}"
    # Clicking the marker in the text leads to what it qualifies: the quote's
    # row, or the claim's span.
    href = quote.anchor if quote else (target.anchor if target else None)
    ref = spans.add(hedge.start, hedge.end, code="h", classes=("hedge",), title=title, rank=6,
                    group=group, href=href, what=f"hedge {number}", expected=hedge.text)
    style = _certainty_style(hedge.certainty)
    if quote:
        quote.hedges.append(HedgeLink(number, row, ref, hedge.certainty, style))
    return HedgeView(hedge, number, row, group, ref, target, quote.number if quote else None,
                     quote.anchor if quote else None, style)


def _scare(scare: ScareQuote, spans: _DocSpans) -> Located[ScareQuote]:
    kind = "title" if scare.kind == "title" else "scare"
    title = "title of a work" if kind == "title" else "scare quote (nobody is said to say it)"
    ref = spans.add(scare.start, scare.end, code="s", classes=("scare", f"scare-{kind}"),
                    title=title, rank=9, what=f"{title} {scare.text!r}", expected=scare.text)
    return Located(scare, ref)


def _citation(citation: Citation, spans: _DocSpans,
              entity_rows: dict[str, str]) -> CitationView:
    role = _CITATION_ROLES.get(citation.role, citation.role.replace("_", " "))
    title = f"citation: {citation.source} ({role})"
    ref = spans.add(citation.start, citation.end, code="c", classes=("cite",), title=title,
                    rank=3, what=f"citation of {citation.source}", expected=citation.text)
    entity = entity_rows.get(citation.entity_id) if citation.entity_id else None
    return CitationView(citation, ref, role, _is_credit(citation.role), entity)


def _is_credit(role: str) -> bool:
    return role.endswith("_credit") or role == "credit"


def _event(event: Event, index: int, spans: _DocSpans, groups: _Groups) -> EventView:
    number = index + 1
    group = groups.new()
    base = f"{spans.doc_anchor}-ev{number}"
    modality = classify_modality(event.modality)
    if event.type == "THREATEN" and modality.tier == "not-happened":
        # the threat was made; what it threatens has not happened
        modality = Modality(modality.value, modality.tier, "threat made · the act has not happened")
    classes = ("trig",) if modality.happened else ("trig", "trig-unreal")
    title = f"event {number}: {event.type} · {modality.label}"
    trigger = spans.add(event.trigger_start, event.trigger_end, code="e", classes=classes,
                        title=title, rank=5, group=group, what=f"trigger of event {number}",
                        expected=event.trigger_text or None)
    sentence = spans.locate(event.start, event.end, what=f"sentence of event {number}")

    def evidence(start: int | None, end: int | None, what: str) -> Ref | None:
        return spans.add_optional(start, end, code="", name=f"{base}-{what.replace(' ', '-')}",
                                  classes=("evd",), title=f"event {number}: {what}", rank=7,
                                  group=group, what=f"{what} of event {number}")

    cue = evidence(event.modality_cue_start, event.modality_cue_end, "modality cue")
    actor1 = evidence(event.actor1_start, event.actor1_end, "actor 1")
    actor2 = evidence(event.actor2_start, event.actor2_end, "actor 2")
    date_ref = evidence(event.date_evidence_start, event.date_evidence_end, "date")
    place_ref = evidence(event.location_start, event.location_end, "place")
    quantities = [
        Field("quantity", f"{q.value:g} {q.unit}",
              evidence=evidence(q.start, q.end, f"quantity {n + 1}"))
        for n, q in enumerate(event.quantities)
    ]
    date_text, date_note, date_span = _event_date(event)
    place_text, place_note = _location(event)
    # Laid out three to a row: what and who, when, where and on whose word,
    # how many, and how sure.
    fields = [
        Field("ACLED", " / ".join(x for x in (event.acled_event_type,
                                              event.acled_sub_event_type) if x) or None),
        Field("actor 1", _with_country(event.actor1, event.actor1_country),
              _acled_actor(event.actor1_acled, event.inter1), actor1),
        Field("actor 2", _with_country(event.actor2, event.actor2_country),
              _acled_actor(event.actor2_acled, event.inter2), actor2),
        Field("date", date_text, date_note, date_ref),
        Field("place", place_text, place_note, place_ref),
        Field("attributed to", ", ".join(event.attributed_to) or None),
        Field("fatalities", None if event.fatalities is None else str(event.fatalities)),
        Field("injured", None if event.injured is None else str(event.injured)),
        Field("certainty", event.certainty, style=_certainty_style(event.certainty)
              if event.certainty else None),
        Field("modality", modality.value or None, "cue" if cue else None, cue),
        Field("confidence", f"{event.confidence:.2f}"),
        *quantities,
    ]
    plover = event.type + (f" ({event.mode})" if event.mode else "")
    acled = event.acled_sub_event_type or event.acled_event_type or None
    actors = " → ".join(x for x in (_with_country(event.actor1, event.actor1_country),
                                    _with_country(event.actor2, event.actor2_country)) if x)
    return EventView(
        event=event, number=number, anchor=spans.ids.claim(f"{base}"), group=group,
        sentence=sentence or Ref(event.start, event.end, None, ""), trigger=trigger,
        modality=modality, modality_cue=cue, fields=fields, date_text=date_text,
        date_note=date_note, date_span=date_span, place_text=place_text,
        actors_text=actors or None, plover_text=plover, acled_text=acled)


def classify_modality(value: str | None) -> Modality:
    raw = (value or "").strip()
    key = raw.lower()
    if key == "asserted":
        return Modality(raw, "asserted", "asserted")
    if key in _NOT_HAPPENED:
        return Modality(raw, "not-happened", f"not happened · {key}")
    if key in _UNVERIFIED:
        return Modality(raw, "unverified", f"unverified · {key}")
    return Modality(raw, "unclassified", key or "no modality")


def _event_date(event: Event) -> tuple[str | None, str | None, DateSpan | None]:
    """The date as precise as it is, a note on its precision and source, and
    the days it covers."""
    text = describe(event.date_start, event.date_end, event.date_precision)
    if text is None:
        return None, None, None
    span = parse_span(event.date_start, event.date_end, event.date_precision)
    source = (event.date_source or "").strip().lower()
    if source == "publication" and span is not None and span.is_day:
        # The publication day says only when the event was reported.
        text = f"on or before {text}"
    notes = []
    if event.date_precision:
        notes.append(f"precision: {event.date_precision}")
    if source:
        notes.append(_DATE_SOURCES.get(source, f"from {source}"))
    return text, " · ".join(notes) or None, span


def _acled_actor(name: str | None, inter: int | None) -> str | None:
    parts = []
    if name:
        parts.append(f"ACLED: {name}")
    if inter is not None:
        parts.append(f"inter {inter}" + (f" ({_INTER[inter]})" if inter in _INTER else ""))
    return " · ".join(parts) or None


def _with_country(name: str | None, country: str | None) -> str | None:
    if not name:
        return country
    return f"{name} [{country}]" if country else name


def _location(event: Event) -> tuple[str | None, str | None]:
    parts = [event.location_name, event.admin1, event.location_country]
    present = list(dict.fromkeys(p for p in parts if p))
    notes = []
    coords = coordinates(event.lat, event.lon)
    if coords:
        notes.append(coords)
    if event.geo_precision is not None:
        label = _GEO_PRECISION.get(event.geo_precision)
        notes.append(f"geo precision {event.geo_precision}" + (f" ({label})" if label else ""))
    return (", ".join(present) if present else None), (" · ".join(notes) or None)


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
        Count("hedges", "Hedges", sum(len(x.hedges) for x in extractions), "hedge"),
        Count("scare_quotes", "Scare quotes & titles",
              sum(len(x.scare_quotes) for x in extractions), "scare quote or title",
              "scare quotes or titles"),
        Count("citations", "Citations", sum(len(x.citations) for x in extractions), "citation"),
        Count("events", "Events", sum(len(x.events) for x in extractions), "event"),
    ]
    if with_documents:
        counts.insert(0, Count("documents", "Documents", len(extractions), "document"))
    return counts


# ------------------------------------------------------- across the corpus


def _timeline(documents: Sequence[DocView]) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """Events the text says happened: dated ones by first possible day, then
    the ones without a date, each in document and text order."""
    dated: list[tuple[tuple[object, ...], TimelineEntry]] = []
    undated: list[TimelineEntry] = []
    for doc in documents:
        for view in doc.events:
            if (view.event.modality or "").strip().lower() not in _TIMELINE_MODALITIES:
                continue
            entry = TimelineEntry(doc, view, _snippet(doc.document.text, view.event))
            if view.date_span is None:
                undated.append(entry)
            else:
                key = (view.date_span.first, view.date_span.last, doc.number, view.number)
                dated.append((key, entry))
    dated.sort(key=lambda pair: pair[0])
    return [entry for _, entry in dated], undated


def _snippet(text: str, event: Event) -> tuple[str, str, str]:
    """The event's sentence around its trigger, cut to a readable length."""
    t0, t1 = event.trigger_start, event.trigger_end
    if not _in_text(t0, t1, text):
        sentence = text[max(event.start, 0):max(min(event.end, len(text)), 0)]
        return _shorten_right(sentence, 2 * _SNIPPET_CHARS), "", ""
    s0 = event.start if 0 <= event.start <= t0 else t0
    s1 = event.end if t1 <= event.end <= len(text) else t1
    before, trigger, after = text[s0:t0], text[t0:t1], text[t1:s1]
    before = " ".join(before.split()) + (" " if before[-1:].isspace() else "")
    after = (" " if after[:1].isspace() else "") + " ".join(after.split())
    if len(before) > _SNIPPET_CHARS:
        cut = before[-_SNIPPET_CHARS:]
        before = "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
    return before, " ".join(trigger.split()), _shorten_right(after, _SNIPPET_CHARS)


def _shorten_right(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return (cut[:cut.rfind(" ")] if " " in cut.strip() else cut) + "…"


def _source_key(name: str) -> str:
    key = " ".join(name.replace("’", "'").split()).casefold()
    return key[4:] if key.startswith("the ") else key


def _sources(extractions: Sequence[Extraction], documents: Sequence[DocView]) -> list[SourceRow]:
    """Every speaker, relay, attributed source and cited source, with what rests on it."""
    rows: dict[str, SourceRow] = {}
    spellings: dict[str, dict[str, int]] = {}

    def row(name: str | None, doc: DocView) -> SourceRow | None:
        if not name or not name.strip():
            return None
        key = _source_key(name)
        spelled = spellings.setdefault(key, {})
        spelled[name.strip()] = spelled.get(name.strip(), 0) + 1
        found = rows.setdefault(key, SourceRow(name.strip()))
        if not found.documents or found.documents[-1] is not doc:
            found.documents.append(doc)
        return found

    for x, doc in zip(extractions, documents, strict=True):
        for q in x.quotes:
            if r := row(q.speaker, doc):
                r.spoken += 1
            for relay in dict.fromkeys(q.relayed_by):
                if r := row(relay, doc):
                    r.relayed += 1
        for e in x.events:
            for name in dict.fromkeys(e.attributed_to):
                if r := row(name, doc):
                    r.attributed += 1
        for c in x.citations:
            if r := row(c.source, doc):
                if _is_credit(c.role):
                    r.credits += 1
                else:
                    r.citations += 1
    for key, r in rows.items():
        # The most used spelling names the row; the first seen breaks ties.
        counts = spellings[key]
        r.name = max(counts, key=lambda s: counts[s])
    return sorted(rows.values(), key=lambda r: (-r.total, -len(r.documents), r.name.casefold(),
                                                r.name))


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
    groups = _Groups()
    documents = [_document_view(x, n + 1, ids, groups) for n, x in enumerate(extractions)]
    timeline, undated = _timeline(documents)
    template = _environment().get_template(_TEMPLATE_NAME)
    return template.render(
        title=title,
        generated=generated,
        counts=_counts_of(extractions, with_documents=True),
        documents=documents,
        timeline=timeline,
        undated=undated,
        sources=_sources(extractions, documents),
        group_css=groups.css(),
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
