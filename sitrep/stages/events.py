"""The events stage: who did what to whom, when, where, how many, and whether
it happened at all.

``nlp.add_pipe("sitrep_events")`` (last in the pipeline) writes
``doc._.events``: a list of :class:`~sitrep.records.Event`, in text order.
For each sentence:

1. triggers are found (``eventing/triggers.py``, ``lexicons/events_triggers.tsv``)
   and typed from their context (``eventing/classify.py``): PLOVER type and
   mode, ACLED event and sub-event type; words that report no concrete
   occurrence are dropped;
2. a casualty verb ("killing one civilian", "12 were killed") next to a strike
   or a clash is that event's consequence, not an event of its own; so is an
   arrest at a protest; triggers of one type and modality in a sentence are
   one event ("shelled and fired mortars at");
3. each event gets its modality and attribution (``eventing/modality.py``),
   its actors (``eventing/actors.py``, from the entities stage), its date and
   place (``eventing/anchors.py``, from the times and places stages), its
   quantities (``eventing/quantities.py``; a sentence of casualty figures
   without a trigger of its own belongs to the event before it), and a
   confidence.

Reads, when present: ``doc._.entities``, ``doc._.places``, ``doc._.times``,
``doc._.quotes``, ``doc._.citations``, ``doc._.document``. Works without any
of them (fields stay empty), so it can be developed and tested alone.
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.eventing import actors as actors_mod
from sitrep.eventing import anchors, classify, modality, quantities, triggers
from sitrep.eventing.lexicon import Lexicon, load
from sitrep.records import Event, Quantity
from sitrep.stages.context import publication_date

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# Families whose casualty verbs are consequences of another event in the sentence
_VIOLENT = frozenset({"remote", "fire", "launch", "attack", "clash", "capture", "recapture", "fall",
                      "explosive", "disrupt", "sabotage", "kill", "abduct", "sexual", "loot", "protest", "riot", "mob"})
_CONSEQUENCE = frozenset({"kill"})
_VIOLENT_ACLED = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_TERRITORY = frozenset({"capture", "recapture", "fall", "withdraw", "handover"})
# ACLED priority when one sentence holds several violent events: the event ACLED
# would code for the whole report (a ground clash outranks the shelling that came with it).
_ACLED_RANK = {"Battles": 0.12, "Violence against civilians": 0.1, "Explosions/Remote violence": 0.08,
               "Riots": 0.06, "Protests": 0.06, "Strategic developments": 0.04}
_BACKGROUND = frozenset({"following", "after", "amid", "during", "despite", "before"})
_MODALITY_BONUS = {"asserted": 0.1, "reported": 0.08, "alleged": 0.02, "planned": -0.1,
                   "threatened": -0.15, "hypothetical": -0.3, "negated": -0.35}


_DISASTER_PRONE = frozenset({"kill", "explosive", "remote", "displace", "fire", "destroy", "capture", "disrupt", "clash"})


def _disaster_without_conflict(doc: Doc, lex: Lexicon) -> bool:
    """The text is about a disaster, an accident or a disease and names no armed actor or weapon."""
    lemmas = {(t.lemma_.lower(),) for t in doc} | {(t.lower_,) for t in doc}
    pairs = {(a.lemma_.lower(), b.lemma_.lower()) for a, b in zip(doc, doc[1:])}
    disaster = lex.classes.get("disaster", set())
    if not (lemmas & disaster or pairs & disaster):
        return False
    return not (lemmas & lex.classes.get("conflict", set()))


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    i = text.find("\n\n")
    while i != -1:
        starts.append(i + 2)
        i = text.find("\n\n", i + 2)
    return starts


def _entity_index(doc: Doc) -> dict[int, object]:
    if not Doc.has_extension("entities") or not doc._.entities:
        return {}
    starts = [t.idx for t in doc]
    out: dict[int, object] = {}
    for ent in doc._.entities:
        for m in getattr(ent, "mentions", []):
            i = bisect.bisect_right(starts, m.start) - 1
            while 0 <= i < len(doc) and doc[i].idx < m.end:
                out[i] = ent
                i += 1
    return out


def _quote_spans(doc: Doc) -> list[tuple[int, int, str | None]]:
    if not Doc.has_extension("quotes") or not doc._.quotes:
        return []
    return [(q.start, q.end, getattr(q, "speaker", None)) for q in doc._.quotes]


def _places(doc: Doc) -> list[object]:
    if not Doc.has_extension("places") or not doc._.places:
        return []
    return list(doc._.places)


_NOT_PLACES: dict[int, frozenset[tuple[str, ...]]] = {}


def _not_places(lex: Lexicon) -> frozenset[tuple[str, ...]]:
    """Weapon and actor names that gazetteers also list as towns ("Grad", "Azov", "Tornado")."""
    key = id(lex)
    if key not in _NOT_PLACES:
        names = {w for w in lex.weapon_of} | {n.words for n in lex.named if n.words[0] not in {"moscow", "kyiv", "kiev"}}
        _NOT_PLACES[key] = frozenset(names)
    return _NOT_PLACES[key]


def _iso3(lex: Lexicon, iso2: str | None) -> str | None:
    if not iso2:
        return None
    return lex.iso2_to_iso3.get(iso2.upper(), iso2 if len(iso2) == 3 else None)


class EventsComponent:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc, self.lex)
        return doc


def _concrete(sent: Span, times: list[anchors.SimpleTime], qty: list[Quantity]) -> bool:
    if any(q.unit in {"killed", "injured", "casualties", "detained", "displaced", "abducted"} for q in qty):
        return True
    for t in times:
        if sent.start_char <= t.start < sent.end_char:
            parsed = anchors.parse_value(t)
            if parsed and parsed[2] in {"day", "week", "range", "month"}:
                return True
    return False


def _attribution(mod: modality.Modality, entity_at: dict[int, object]) -> list[str]:
    names = list(mod.attributed_to)
    tok = mod.speaker_token
    if tok is not None:
        ent = entity_at.get(tok.i)
        name = getattr(ent, "name", None) if ent is not None else None
        if name is None and tok.pos_ != "PRON":
            name = modality.phrase(tok)
        if name and name not in names:
            names.append(name)
    return names


def extract_events(doc: Doc, lex: Lexicon | None = None) -> list[Event]:
    lex = lex or load()
    times = anchors.times_of(doc)
    places = _places(doc)
    entity_at = _entity_index(doc)
    quotes = _quote_spans(doc)
    publication = publication_date(doc)
    paragraphs = _paragraph_starts(doc.text)
    disaster_doc = _disaster_without_conflict(doc, lex)
    events: list[Event] = []
    previous_violent: Event | None = None
    previous_sent_end = -1
    for sent in doc.sents:
        qty = quantities.find(sent, lex)
        zero = quantities.none_stated(sent, lex)
        concrete = _concrete(sent, times, qty)
        found = []
        for trig in triggers.find(sent, lex):
            types = classify.classify(trig, sent, lex, concrete)
            if types is not None:
                found.append((trig, types))
        families = {t.family for _trig, t in found}
        violent_others = families & (_VIOLENT - _CONSEQUENCE)
        kept = []
        for trig, types in found:
            if disaster_doc and types.family in _DISASTER_PRONE:
                continue  # "the earthquake killed eight people", "a boiler exploded"
            if types.family in _CONSEQUENCE and violent_others and types.mode not in {"execution", "torture", "massacre", "assassination"}:
                continue
            if types.mode == "explosion" and len(violent_others - {"explosive"}) > 0:
                continue  # "explosions were heard" after a strike reported in the same sentence
            if types.family == "arrest" and "protest" in families:
                continue
            kept.append((trig, types))
        # a sentence of casualty figures without an agent belongs to the event before it
        if previous_violent is not None and kept and all(t.family in _CONSEQUENCE for _x, t in kept):
            def no_agent(trig: triggers.Trigger, fam: str) -> bool:
                agent = actors_mod.arguments(trig.head, fam)[0]
                return (agent is None or agent.like_num or trig.head.lemma_ in {"die"}
                        or actors_mod.resolve(agent, lex, entity_at, fam, True) is None)
            passive_only = all(no_agent(trig, t.family) for trig, t in kept)
            if passive_only and sent.start_char - previous_sent_end < 400:
                _add_quantities(previous_violent, qty, zero)
                previous_sent_end = sent.end_char
                continue
        if not kept:
            casualties = [q for q in qty if q.unit in {"killed", "injured", "casualties"}]
            if (previous_violent is not None and (casualties or zero) and sent.start_char - previous_sent_end < 400
                    and previous_violent.acled_event_type in _VIOLENT_ACLED):
                _add_quantities(previous_violent, casualties, zero)
                previous_sent_end = sent.end_char
            continue
        merged: dict[tuple[str, str | None, str], Event] = {}
        paragraph_start = paragraphs[bisect.bisect_right(paragraphs, sent.start_char) - 1]
        prev_par = paragraphs[max(0, bisect.bisect_right(paragraphs, sent.start_char) - 2)]
        first_event_sentence = not events
        sentence_events: list[Event] = []
        for trig, types in kept:
            mod = modality.read(trig.head, sent, quotes)
            key = (types.plover, types.acled_sub, mod.value)
            if key in merged:
                continue
            ev = Event(start=sent.start_char, end=sent.end_char, trigger_start=trig.start,
                       trigger_end=trig.end, type=types.plover, mode=types.mode or None,
                       acled_event_type=types.acled_type, acled_sub_event_type=types.acled_sub,
                       modality=mod.value, attributed_to=_attribution(mod, entity_at))
            merged[key] = ev
            # place and date
            place = anchors.event_place(trig.head, sent, places, _not_places(lex))
            loc_iso3 = None
            if place is not None:
                p = place.place
                ev.location_name = getattr(p, "name", None) or getattr(p, "text", None)
                ev.lat, ev.lon = getattr(p, "lat", None), getattr(p, "lon", None)
                ev.location_country = getattr(p, "country", None)
                loc_iso3 = _iso3(lex, ev.location_country)
            d = anchors.event_date(trig.head, sent, times, publication, prev_par)
            if d.start:
                ev.date_start, ev.date_end, ev.date_precision = d.start, d.end, d.precision
            # actors
            agent_tok, target_tok = actors_mod.arguments(trig.head, types.family)
            a1 = actors_mod.resolve(agent_tok, lex, entity_at, types.family, True, loc_iso3)
            a2 = actors_mod.resolve(target_tok, lex, entity_at, types.family, False, loc_iso3)
            if a1 is None and a2 is not None and types.family in {"clash"} and target_tok is not None and agent_tok is None:
                a1, a2 = a2, None
            if a1 is not None:
                ev.actor1, ev.actor1_country = a1.name, a1.country
            if a2 is not None and (a1 is None or a2.name != a1.name):
                ev.actor2, ev.actor2_country = a2.name, a2.country
            if types.family in _TERRITORY and ev.acled_event_type:
                _territory(ev, sent, lex, loc_iso3, a1)
            # quantities of this sentence
            _add_quantities(ev, qty, zero)
            ev.confidence = _confidence(ev, types, d, place is not None, first_event_sentence,
                                        _is_background(trig.head))
            sentence_events.append(ev)
        events.extend(sentence_events)
        violent = [e for e in sentence_events if e.acled_event_type and e.modality in modality.HAPPENED]
        if violent:
            previous_violent = max(violent, key=lambda e: e.confidence)
        previous_sent_end = sent.end_char
    for ev in events:
        _finish_fatalities(ev)
    return events


def _territory(ev: Event, sent: Span, lex: Lexicon, loc_iso3: str | None, a1: actors_mod.Actor | None) -> None:
    low = sent.text.lower()
    withdrawal = any(t.lemma_.lower() in {"withdraw", "withdrawal", "retreat", "depart", "leave"} and
                     not (ev.trigger_start <= t.idx < ev.trigger_end) for t in sent)
    if ev.type == "RETREAT" or withdrawal or any(" ".join(p) in low for p in lex.classes.get("nonviolent", ())):
        if ev.acled_event_type:
            ev.acled_event_type, ev.acled_sub_event_type = "Strategic developments", "Non-violent transfer of territory"
        return
    if a1 is None or a1.country is None:
        return
    state = a1.role in {"military", "police", "government"} or a1.inter == 1
    home = loc_iso3 or "UKR" if a1.country == "UKR" else loc_iso3
    if state and home and a1.country == home:
        ev.acled_sub_event_type = "Government regains territory"
    else:
        ev.acled_sub_event_type = "Non-state actor overtakes territory"


def _add_quantities(ev: Event, qty: list[Quantity], zero: set[str]) -> None:
    for q in qty:
        if any(q.start == o.start and q.end == o.end for o in ev.quantities):
            continue
        ev.quantities.append(q)
    for unit in zero:
        if unit == "killed" and ev.fatalities is None:
            ev.fatalities = 0
        if unit == "injured" and ev.injured is None:
            ev.injured = 0


def _finish_fatalities(ev: Event) -> None:
    killed = [q for q in ev.quantities if q.unit == "killed"]
    injured = [q for q in ev.quantities if q.unit == "injured"]
    if killed:
        seen: list[float] = []
        for q in killed:
            seen.append(float(q.value))
        ev.fatalities = int(sum(seen))
    elif ev.fatalities is None and ev.acled_event_type and ev.modality in modality.HAPPENED:
        # ACLED convention: an event with no reported fatalities is coded 0
        ev.fatalities = 0
    if injured:
        ev.injured = int(sum(float(q.value) for q in injured))


def _is_background(head: Token) -> bool:
    """ "following clashes, ...": the event is the setting of another one."""
    t = head
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ in _BACKGROUND:
            return True
        if t.head is t:
            break
        t = t.head
    return False


def _confidence(ev: Event, types: classify.Types, d: anchors.DateAnchor, has_place: bool, first: bool,
                background: bool) -> float:
    c = types.weight
    c -= 0.1 if background else 0.0
    if types.family in _TERRITORY and ev.acled_event_type:
        c += 0.12
    c += 0.1 if d.source == "text" else 0.04 if d.source == "narrative" else 0.0
    c += 0.08 if has_place else 0.0
    c += 0.05 if ev.actor1 else 0.0
    c += 0.06 if first else 0.0
    c += _MODALITY_BONUS.get(ev.modality, 0.0)
    if ev.acled_event_type:
        c += _ACLED_RANK.get(ev.acled_event_type, 0.0)
    return round(max(0.05, min(0.99, c)), 3)


@Language.factory(
    "sitrep_events",
    requires=["doc.sents", "token.dep", "token.head", "token.lemma", "token.pos"],
    assigns=["doc._.events"],
)
def make_events_component(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(load())
