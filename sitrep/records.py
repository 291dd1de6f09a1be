"""Typed records sitrep extracts. Every record that comes from text carries the
character span (``start``, ``end``; 0-based, end exclusive) of the characters it
came from in ``Document.text``, so any field can be traced back to its evidence.

This module depends on nothing else in sitrep.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["person", "organisation", "country", "group"]
MentionForm = Literal["name", "short", "acronym", "possessive", "demonym", "alias"]


def normalize_text(text: str) -> str:
    """The form of an article's text that identifies it: NFC, unified newlines,
    trailing spaces and surplus blank lines dropped. Two copies of an article
    that differ only in such formatting get the same id."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def document_id(text: str) -> str:
    """Stable id of a document: a prefix of the hash of its normalized text."""
    return "d" + content_hash(text)[:16]


@dataclass(slots=True)
class Document:
    id: str
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    publication_date: str | None = None  # ISO "YYYY-MM-DD"
    outlet: str | None = None
    url: str | None = None
    source_path: str | None = None
    language: str | None = None
    content_hash: str = ""
    # The id the document had in its source (a JSONL "id"), kept so outputs can
    # be joined back to the caller's records.
    external_id: str | None = None

    @classmethod
    def from_text(cls, text: str, **meta: object) -> "Document":
        return cls(id=document_id(text), text=text, content_hash=content_hash(text), **meta)  # type: ignore[arg-type]


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    form: MentionForm = "name"


@dataclass(slots=True)
class Role:
    """A title or apposition that says what an entity is ("Russian president")."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    id: str  # unique within the document, e.g. "E3"
    kind: EntityKind
    name: str  # one canonical name per entity within the document
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country: str | None = None  # ISO3: countries, national groups, and public figures people.tsv knows

    @property
    def start(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def end(self) -> int:
        return max(m.end for m in self.mentions)


@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO2
    admin1: str | None = None
    geonames_id: int | None = None
    feature: str | None = None
    precision: str | None = None
    metonym: bool = False


@dataclass(slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    interval_start: str | None = None
    interval_end: str | None = None
    precision: str | None = None
    # What a relative expression was counted from: "publication_date", "narrative",
    # "sentence", "event", or None for absolute or unanchored expressions.
    anchor: str | None = None
    mod: str | None = None  # TimeML modifier: START, MID, END, APPROX, BEFORE, AFTER, ...


@dataclass(slots=True)
class Citation:
    start: int
    end: int
    text: str
    source: str  # canonical outlet or organisation name
    role: str = "text_source"  # text_source | photo_credit | map_credit | ...
    kind: str | None = None  # news | agency | photo | research | government | ...
    entity_id: str | None = None  # the Entity naming the source, when there is one


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    relayed_by: list[str] = field(default_factory=list)
    certainty: str | None = None
    speaker_entity_id: str | None = None
    speaker_role: str | None = None  # "Ukraine's foreign minister"
    # The pieces of the content when a cue interrupts it ("…," she said, "…");
    # start/end span them all.
    fragments: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Hedge:
    """A hedge or doubt marker ("reportedly", "could not be independently
    verified") and the span of the claim or quote it qualifies."""

    start: int
    end: int
    text: str
    certainty: str  # reported | alleged | unverified | unsupported | disputed | uncertain
    target_start: int | None = None
    target_end: int | None = None
    quote_index: int | None = None  # index into the document's quotes, when it qualifies one


@dataclass(slots=True)
class ScareQuote:
    """A word or phrase in quotation marks that nobody is said to say (scare
    quotes, coined terms) or the title of a work."""

    start: int
    end: int
    text: str
    kind: str  # "scare" | "title"


@dataclass(slots=True)
class Quantity:
    value: float
    unit: str
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    start: int  # sentence span
    end: int
    trigger_start: int
    trigger_end: int
    type: str  # PLOVER type, upper case
    mode: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    actor1: str | None = None
    actor2: str | None = None
    actor1_country: str | None = None
    actor2_country: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    location_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    location_country: str | None = None
    fatalities: int | None = None
    injured: int | None = None
    quantities: list[Quantity] = field(default_factory=list)
    modality: str = "asserted"
    attributed_to: list[str] = field(default_factory=list)
    confidence: float = 0.0
    # Evidence: where each field came from, so a reader can check it.
    trigger_text: str = ""
    modality_cue_start: int | None = None  # the "if", "not", "threatened", "said" token
    modality_cue_end: int | None = None
    certainty: str | None = None
    date_source: str | None = None  # "text" | "narrative" | "publication"
    date_evidence_start: int | None = None
    date_evidence_end: int | None = None
    location_start: int | None = None
    location_end: int | None = None
    admin1: str | None = None
    geo_precision: int | None = None  # ACLED's 1 (exact) to 3 (region)
    actor1_start: int | None = None
    actor1_end: int | None = None
    actor2_start: int | None = None
    actor2_end: int | None = None
    actor1_acled: str | None = None  # ACLED's actor name, e.g. "Military Forces of Russia (2000-)"
    actor2_acled: str | None = None
    inter1: int | None = None  # ACLED interaction codes
    inter2: int | None = None


@dataclass(slots=True)
class Extraction:
    """Everything sitrep extracted from one document."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    scare_quotes: list[ScareQuote] = field(default_factory=list)
