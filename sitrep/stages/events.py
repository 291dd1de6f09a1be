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
import copy

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.eventing import actors as actors_mod
from sitrep.eventing import anchors, classify, modality, quantities, triggers
from sitrep.eventing.lexicon import Lexicon, load
from sitrep.records import Event, Quantity
from sitrep.stages.context import caption_spans, line_starts, publication_date

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# Families whose casualty verbs are consequences of another event in the sentence
_VIOLENT = frozenset({"remote", "fire", "launch", "attack", "clash", "capture", "recapture", "fall",
                      "explosive", "disrupt", "sabotage", "kill", "abduct", "sexual", "loot", "protest", "riot", "mob"})
_CONSEQUENCE = frozenset({"kill"})
_FORCES = frozenset({"enemy", "force", "troop", "army", "military", "unit", "occupier", "invader"})
_VIOLENT_ACLED = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_TERRITORY = frozenset({"capture", "recapture", "fall", "withdraw", "handover"})
# ACLED priority when one sentence holds several violent events: the event ACLED
# would code for the whole report (a ground clash outranks the shelling that came with it).
_ACLED_RANK = {"Battles": 0.12, "Violence against civilians": 0.1, "Explosions/Remote violence": 0.08,
               "Riots": 0.06, "Protests": 0.06, "Strategic developments": 0.04}
# "repelled / repulsed / fended off an attack": the attack's owner attacked
_REPELLING = frozenset({"repel", "repulse", "thwart", "fend", "rebuff", "foil", "stop", "halt", "beat", "hold"})
_ASSAULT_NOUNS = frozenset({"attack", "assault", "offensive", "advance", "attempt", "counterattack", "counteroffensive",
                            "incursion", "raid", "push", "storming"})
_BACKGROUND = frozenset({"following", "after", "amid", "during", "despite", "before"})
_MODALITY_BONUS = {"asserted": 0.1, "reported": 0.08, "alleged": 0.02, "planned": -0.1,
                   "threatened": -0.15, "hypothetical": -0.3, "negated": -0.35}


_DISASTER_PRONE = frozenset({"kill", "explosive", "remote", "displace", "fire", "destroy", "capture", "disrupt", "clash", "loot",
                             "mobilize"})  # troops mobilized for relief


def _names_disaster(lem: list[str], lex: Lexicon, low: list[str] | None = None) -> bool:
    """The words (lemmas, and optionally lower-case forms) name a disaster, an accident
    or a disease ("the flood-affected areas", "a gas leak")."""
    disaster = lex.classes.get("disaster", set())
    return (any((w,) in disaster for w in (*lem, *(low or ())))
            or any(p in disaster for p in zip(lem, lem[1:])))


def _disaster_without_conflict(doc: Doc, lex: Lexicon) -> bool:
    """The text is about a disaster, an accident or a disease and names no armed actor or weapon."""
    # read from the token array: making a Token object per word costs more than the check
    strings = doc.vocab.strings
    codes = doc.to_array(["LEMMA", "LOWER"]).tolist()
    lem = [strings[a].lower() for a, _b in codes]
    low = [strings[b] for _a, b in codes]
    if not _names_disaster(lem, lex, low):
        return False
    # soldiers and the army often do relief work, police attend accidents; an armed
    # actor or a weapon marks a conflict. Verbs ("forced to evacuate") and "fire-fighters"
    # name no armed actor.
    conflict = lex.classes.get("conflict", set()) - {("troop",), ("soldier",), ("army",), ("military",),
                                                     ("drone",), ("police",)}
    for i, t in enumerate(doc):
        if (lem[i],) in conflict and (t.pos_ != "VERB" or lem[i] == "occupy") and not (
                low[i].startswith("fighter") and "fire" in low[max(0, i - 2):i]):
            return False
    # a drone of a named side is a weapon, not a camera: "a Ukrainian drone hit the plant"
    return not any(lem[i] == "drone" and any(c.dep_ in {"amod", "compound", "poss"} and c.ent_type_ in {"NORP", "GPE"}
                                             for c in t.children) for i, t in enumerate(doc))


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
    # direct quotes only: indirect speech is read from the reporting verb over the trigger,
    # and the quotes stage may take an act's object for reported content ("ordered a mobilization")
    return [(q.start, q.end, getattr(q, "speaker", None)) for q in doc._.quotes if getattr(q, "direct", True)]


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


def _place_countries(doc: Doc, places: list[object], lex: Lexicon) -> dict[int, str]:
    """Token index -> ISO3 country of the place mention covering it."""
    out: dict[int, str] = {}
    if not places:
        return out
    starts = [t.idx for t in doc]
    for p in places:
        iso = _iso3(lex, getattr(p, "country", None))
        if not iso:
            continue
        i = bisect.bisect_right(starts, p.start) - 1  # type: ignore[attr-defined]
        while 0 <= i < len(doc) and doc[i].idx < p.end:  # type: ignore[attr-defined]
            out[i] = iso
            i += 1
    return out


def _protested(sent: Span, a1: actors_mod.Actor | None, loc_iso3: str | None, lex: Lexicon,
               entity_at: dict[int, object]) -> tuple[actors_mod.Actor | None, str | None]:
    """Whom a protest addresses when no object names it: the state whose embassy it is
    held at ("outside the British embassy"); else only the country, the place's (whose
    authorities a protest faces; ACLED names no actor 2 for it)."""
    for tok in sent:
        if tok.lower_ in {"embassy", "consulate"}:
            iso = actors_mod.country_of_phrase(tok, lex, entity_at)
            if iso:
                return actors_mod.role_actor("government", iso, lex, tok), None
    return None, loc_iso3 or (a1.country if a1 is not None else None)


def _sentence_countries(sent: Span, places_at: dict[int, str], entity_at: dict[int, object]) -> set[str]:
    """The countries a sentence names: its places (demonyms included) and country entities."""
    out = {places_at[i] for i in range(sent.start, sent.end) if i in places_at}
    for i in range(sent.start, sent.end):
        ent = entity_at.get(i)
        if ent is not None and getattr(ent, "kind", "") == "country" and getattr(ent, "country", None):
            out.add(ent.country)  # type: ignore[attr-defined]
    return out


def _struck_country(target: Token | None, ev: Event, places_at: dict[int, str], demonyms: set[int],
                    lex: Lexicon) -> str | None:
    """The country of the place an attack struck: its object when that is a place, else
    the event's own place (not one read from a demonym, "near the Iraqi border")."""
    if target is not None and target.i in places_at:
        return places_at[target.i]
    if ev.location_country and ev.location_start not in demonyms:
        return _iso3(lex, ev.location_country)
    return None


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


_DEMONSTRATIVE = frozenset({"the", "this", "that", "these", "those", "such"})
_EVIDENCE_UNITS = frozenset({"killed", "injured", "casualties", "detained", "displaced", "abducted",
                             "mobilized", "surrendered", "km2", "sq mi", "prison_years", "deported"})


def _segments(sent: Span) -> list[Span]:
    """The sentence cut at line breaks: a caption or a heading is not part of the next paragraph."""
    out = []
    first = sent.start
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if doc[i].is_space and "\n" in doc[i].text:
            if i > first:
                out.append(doc[first:i])
            first = i + 1
    if first < sent.end:
        out.append(doc[first:sent.end])
    return out


def _heading(seg: Span) -> bool:
    """A heading or label: no finite verb and no closing punctuation ("Antiwar protests in Russia")."""
    words = [t for t in seg if not t.is_space]
    if not words:
        return True
    if words[-1].text in {".", "!", "?", "\u201d", '"', ")", "'", "\u2019"} or len(words) > 10:
        return False
    return not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in words)


def _org_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of organisation names and cited outlets: places inside them are no locations."""
    out: list[tuple[int, int]] = []
    if Doc.has_extension("entities") and doc._.entities:
        for ent in doc._.entities:
            if getattr(ent, "kind", "") == "organisation":
                out.extend((m.start, m.end) for m in ent.mentions)
    if Doc.has_extension("citations") and doc._.citations:
        out.extend((c.start, c.end) for c in doc._.citations)
    return out


def _certainty_at(doc: Doc, start: int, end: int) -> str | None:
    """The certainty the certainty stage gave the quote or claim holding the event, if any."""
    best = None
    if Doc.has_extension("quotes") and doc._.quotes:
        for q in doc._.quotes:
            if q.start <= start < q.end and getattr(q, "certainty", None):
                best = q.certainty
    if Doc.has_extension("hedges") and doc._.hedges:
        for h in doc._.hedges:
            target = (getattr(h, "target_start", None), getattr(h, "target_end", None))
            if target[0] is not None and target[0] <= start < (target[1] or 0):
                best = best or getattr(h, "certainty", None)
    return best


def _governed_by_trigger(trig: triggers.Trigger, heads: set[int]) -> bool:
    """ "its application to join NATO": the second trigger completes the first one."""
    h = trig.head
    if h.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who", "whom"}
                                 for c in h.children):
        return False  # "poisonings, which he has blamed on the security services": an act of its own
    return h.dep_ in {"acl", "xcomp", "relcl", "pcomp"} and h.head.i in heads and h.head.pos_ == "NOUN"


def _back_reference(trig: triggers.Trigger, types: classify.Types, events: list[Event]) -> bool:
    """ "the blast", "that offensive": a noun that points back to an event already coded."""
    head = trig.head
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEMONSTRATIVE for c in head.children):
        return False
    return any(e.type == types.plover and (e.mode or None) == (types.mode or None) for e in events)


def extract_events(doc: Doc, lex: Lexicon | None = None) -> list[Event]:
    lex = lex or load()
    times = anchors.dated_from_report(anchors.times_of(doc), publication_date(doc))
    places = _places(doc)
    demonyms = {p.start for p in places if getattr(p, "precision", None) == "demonym"}  # type: ignore[attr-defined]
    entity_at = _entity_index(doc)
    quotes = _quote_spans(doc)
    org_spans = _org_spans(doc)
    publication = publication_date(doc)
    full_text = doc.text  # Doc.text joins every token: read it once
    paragraphs = line_starts(full_text)
    captions = caption_spans(full_text)
    disaster_doc = _disaster_without_conflict(doc, lex)
    places_at = _place_countries(doc, places, lex)
    demonym_tokens = {i for i in places_at if doc[i].idx in demonyms}
    events: list[Event] = []
    previous_violent: Event | None = None
    previous_sent_end = -1
    segments = [seg for sent in doc.sents for seg in _segments(sent)]
    for k_seg, sent in enumerate(segments):
        if _heading(sent):
            continue
        qty = quantities.find(sent, lex)
        zero = quantities.none_stated(sent, lex)
        concrete = _concrete(sent, times, qty)
        nxt = segments[k_seg + 1] if k_seg + 1 < len(segments) else None
        found = []
        for trig in triggers.find(sent, lex):
            types = classify.classify(trig, sent, lex, concrete, nxt)
            for row in trig.alternatives:
                if types is not None:
                    break
                alt = trig.as_row(row)  # "shut down five newspapers": not an energy cut, a closure
                types = classify.classify(alt, sent, lex, concrete, nxt)
                trig = alt if types is not None else trig
            if types is not None:
                found.append((trig, types))
        # a label before a colon ("Interception: ... shot down two drones") names the event
        # the clause reports: the clause's own trigger, with its arguments, stands for it
        if any(not _label(trig.head) for trig, _t in found):
            found = [(trig, t) for trig, t in found if not _label(trig.head)]
        families = {t.family for _trig, t in found}
        violent_others = families & (_VIOLENT - _CONSEQUENCE)
        kept = []
        for trig, types in found:
            if disaster_doc and types.family in _DISASTER_PRONE:
                continue  # "the earthquake killed eight people", "a boiler exploded"
            if types.family == "displace" and types.acled_type and not violent_others and _names_disaster([t.lemma_.lower() for t in sent], lex):
                # "troops evacuated residents of the flooded areas": relief, not an event ACLED codes
                types = classify.Types(types.plover, types.mode, None, None, types.family, types.weight)
            if types.family in _CONSEQUENCE and violent_others and types.mode not in {"execution", "torture", "massacre", "assassination"}:
                continue
            if types.mode == "explosion" and len(violent_others - {"explosive"}) > 0:
                continue  # "explosions were heard" after a strike reported in the same sentence
            if trig.row.lemmas == ("disperse",) and "protest" in families:
                continue  # the protest's intervention, not an event of its own
            if types.family == "arrest" and _at_protest(trig.head, found):
                # arrests at a protest: ACLED codes them as the protest's intervention, but they
                # are the police's act against the protesters, and their count is news
                types = classify.Types(types.plover, types.mode, None, None, types.family, types.weight)
            kept.append((trig, types))
        heads = {trig.head.i for trig, _t in kept}
        kept = [(trig, t) for trig, t in kept if not _governed_by_trigger(trig, heads)
                and not any(o is not trig and o.start <= trig.start and trig.end <= o.end for o, _o in kept)]
        # (a word inside a verb phrase's gap is its argument: "declared all rallies illegal")
        # a sentence of casualty figures without an agent belongs to the event before it
        if (previous_violent is not None and kept and all(t.family in _CONSEQUENCE for _x, t in kept)
                and previous_violent.acled_event_type in _VIOLENT_ACLED):
            def no_agent(trig: triggers.Trigger, fam: str) -> bool:
                agent = actors_mod.arguments(trig.head, fam)[0]
                return (agent is None or agent.like_num or trig.head.lemma_ in {"die"}
                        or actors_mod.resolve(agent, lex, entity_at, fam, True) is None)
            passive_only = all(no_agent(trig, t.family) for trig, t in kept)
            if passive_only and sent.start_char - previous_sent_end < 400 and not _elsewhere(sent, places, previous_violent):
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
        merged: dict[tuple[str | None, ...], Event] = {}
        merged_day: dict[tuple[str | None, ...], str | None] = {}
        paragraph_start = paragraphs[bisect.bisect_right(paragraphs, sent.start_char) - 1]
        first_event_sentence = not events
        sentence_events: list[Event] = []
        pending: dict[int, tuple[str | None, ...]] = {}  # events kept only beside a concrete one
        event_heads: dict[int, tuple[Token, frozenset[int]]] = {}
        heads = {trig.head.i for trig, _t in kept}
        alone = len(kept) == 1
        for trig, types in kept:
            mod = modality.read(trig.head, sent, quotes)
            if mod.value == "negated" and types.plover in {"AGREE", "CONCEDE"} and types.acled_type is None:
                # "would not allow U-2 flights", "refused ... / did not accept": a refusal is a
                # rejection that happened
                types = classify.Types("REJECT", "refusal", None, None, "reject", types.weight)
                mod = modality.Modality("asserted", mod.cue_start, mod.cue_end, mod.attributed_to, mod.speaker_token)
            if (mod.value == "reported" and types.family == "accuse"
                    and classify.lemma(trig.head) in classify.STATED_REACTIONS):
                # "the ministry said it was appalled", "Zelensky said Russia was trying to destroy
                # us": the saying is the speaker's own act, which the article asserts
                mod = modality.Modality("asserted", mod.cue_start, mod.cue_end, mod.attributed_to, mod.speaker_token)
            if types.plover == "THREATEN" and mod.value in {"asserted", "reported", "hypothetical", "planned"}:
                # a threat made ("promised a response", "warned Moscow would respond harshly if
                # ...") is coded as what it announces: an act threatened, which has not happened
                mod = modality.Modality("threatened", mod.cue_start, mod.cue_end, mod.attributed_to, mod.speaker_token)
            # one event per type in a sentence ("shelled and struck the town"), but distinct
            # political acts stay apart ("froze one treaty and revoked another")
            key = (types.plover, types.acled_sub or trig.head.lemma_.lower(), mod.value)
            others = frozenset(heads - {trig.head.i})
            # a threat made is dated and placed where and when it was made
            happened = mod.value in modality.HAPPENED or types.plover == "THREATEN"
            d = anchors.event_date(trig.head, sent, times, publication, paragraph_start, others, happened, captions,
                                    full_text)
            own_day = d.start if d.source == "text" and d.governed else None
            if key in merged:
                # the same type twice is one event, unless each has a date of its own and they
                # differ ("fired missiles on Monday in retaliation for Saturday's explosion")
                if not (own_day and merged_day.get(key) and own_day != merged_day[key]):
                    continue
                key = (*key, own_day)
                if key in merged:
                    continue
            ev = Event(start=sent.start_char, end=sent.end_char, trigger_start=trig.start,
                       trigger_end=trig.end, type=types.plover, mode=types.mode or None,
                       acled_event_type=types.acled_type, acled_sub_event_type=types.acled_sub,
                       modality=mod.value, attributed_to=_attribution(mod, entity_at),
                       trigger_text=full_text[trig.start:trig.end],
                       modality_cue_start=mod.cue_start, modality_cue_end=mod.cue_end)
            # place and date
            place = anchors.event_place(trig.head, sent, places, _not_places(lex), others, False,
                                        org_spans, 1 if happened else 2, full_text)
            loc_iso3 = None
            if place is not None:
                _set_place(ev, place)
                loc_iso3 = _iso3(lex, ev.location_country)
            if d.start:
                ev.date_start, ev.date_end, ev.date_precision = d.start, d.end, d.precision
                ev.date_source = d.source
                if d.span:
                    ev.date_evidence_start, ev.date_evidence_end = d.span
            # actors
            agent_tok, target_tok = actors_mod.arguments(trig.head, types.family)
            # the parser may join a headline or a paragraph to the next one: arguments
            # come from the event's own line
            agent_tok = agent_tok if agent_tok is not None and sent.start <= agent_tok.i < sent.end else None
            target_tok = target_tok if target_tok is not None and sent.start <= target_tok.i < sent.end else None
            a1 = actors_mod.resolve(agent_tok, lex, entity_at, types.family, True, loc_iso3, places_at)
            a2 = actors_mod.resolve(target_tok, lex, entity_at, types.family, False, loc_iso3, places_at)
            if a2 is None and agent_tok is not None and types.family in actors_mod.MUTUAL_FAMILIES:
                # "Israel and Syria agreed", "Indian and Pakistani troops exchanged fire":
                # in a mutual act each party is the other's counterpart
                other = actors_mod.co_party(agent_tok)
                if other is not None:
                    a2 = actors_mod.resolve(other, lex, entity_at, types.family, False, loc_iso3, places_at)
                    if (a2 is None or a2.country is None) and a1 is not None and a1.country:
                        # "the Sudanese government and southern rebels agreed"
                        a2 = actors_mod.compatriot(other, a1.country, lex) or a2
            if a1 is None and a2 is not None and types.family in {"clash"} and target_tok is not None and agent_tok is None:
                a1, a2 = a2, None
            if trig.head.lemma_.lower() in _REPELLING and target_tok is not None and target_tok.lemma_.lower() in _ASSAULT_NOUNS:
                # "Ukrainian forces repelled a Russian attack": the attacker began the battle
                # (actor1, as ACLED codes it) and the defenders are the other side
                by = next((x for p in target_tok.children if p.dep_ == "prep" and p.lower_ == "by"
                           for x in p.children if x.dep_ == "pobj"), None)  # "an assault by Wagner fighters"
                attacker = actors_mod.resolve(by, lex, entity_at, types.family, True, loc_iso3, places_at) if by else None
                if attacker is None:
                    country = actors_mod.country_of_phrase(target_tok, lex, entity_at)  # "a Russian attack"
                    attacker = actors_mod.role_actor("military", country, lex, target_tok) if country else None
                if attacker is not None and attacker.country and (a1 is None or attacker.country != a1.country):
                    a1, a2 = attacker, a1
            if types.plover not in {"ASSAULT", "MOBILIZE"}:
                # "the rebels offered a ceasefire to the Congolese government", "Kenya's
                # opposition accused the ruling party": a domestic party named without its
                # country shares the other party's
                if (a2 is None or a2.country is None) and a1 is not None and a1.country:
                    fellow = actors_mod.compatriot(target_tok, a1.country, lex)
                    if fellow is not None:
                        a2 = fellow
                    elif a2 is not None and a2.role == "entity" and types.plover == "COERCE" and target_tok is not None \
                            and target_tok.ent_type_ == "PERSON":
                        a2.country = a1.country  # "police detained the former deputy prime minister"
                if (a1 is None or a1.country is None) and a2 is not None and a2.country:
                    a1 = actors_mod.compatriot(agent_tok, a2.country, lex) or a1
            protested = None
            if types.plover == "PROTEST" and a2 is None:
                a2, protested = _protested(sent, a1, loc_iso3, lex, entity_at)
            if (a1 is None or a1.country is None) and agent_tok is not None:
                # "NATO and the United States warned Belgrade": the party of a known country
                other = actors_mod.co_party(agent_tok)
                b1 = actors_mod.resolve(other, lex, entity_at, types.family, True, loc_iso3, places_at) if other is not None else None
                if b1 is not None and b1.country:
                    a1 = b1
            if a2 is not None and a1 is not None and a2.name == a1.name:
                a2 = None
            a1, a2 = _not_the_place(a1, ev), _not_the_place(a2, ev)
            named_countries = _sentence_countries(sent, places_at, entity_at)
            if a1 is None and agent_tok is not None and types.plover not in {"ASSAULT", "MOBILIZE"} \
                    and len(named_countries) == 1:
                # "the president declared a state of emergency in Nepal": an office the sentence
                # gives one country is that country's
                a1 = actors_mod.compatriot(agent_tok, next(iter(named_countries)), lex)
            # generic analysis has no actor and no anchor; but an act listed beside a concrete
            # one ("annexing X, threatening to use nuclear arms, calling up reservists") shares
            # the list's anchors: it waits for the sentence's other events
            concrete_here = _concrete_event(trig, types, d, place, a1, a2, qty, happened, alone, sent, others)
            if _back_reference(trig, types, events + sentence_events) and not (d.source == "text" and d.level == 2) and not qty:
                continue
            if concrete_here:
                merged[key] = ev
                merged_day[key] = own_day
            else:
                pending[id(ev)] = key
            _set_actor(ev, 1, a1)
            _set_actor(ev, 2, a2)
            if a2 is None and types.plover == "ASSAULT" and happened and types.family != "recapture":
                # a place attacked ("bombed Grozny", "struck targets in Belgrade"): the
                # target's country is the place's; no actor is named (a place retaken
                # was held by the other side)
                ev.actor2_country = _struck_country(target_tok, ev, places_at, demonyms, lex)
            if a2 is None and protested:
                ev.actor2_country = protested
            if a2 is None and types.plover == "RETREAT" and types.family == "withdraw" and happened:
                # "withdrew from the enclave of Srebrenica": the country of the place left
                ev.actor2_country = next((places_at[x.i] for p in trig.head.subtree if p.dep_ == "prep" and p.lower_ in {"from", "of"}
                                          for x in p.subtree if x.i in places_at and x.i not in demonym_tokens), None)
            if types.plover == "COERCE" and ev.actor2_country is None and target_tok is not None:
                # "demolished the homes of three Palestinian militants"
                ev.actor2_country = actors_mod.country_of_phrase(target_tok, lex, entity_at) or next(
                    (places_at[x.i] for x in target_tok.subtree if x.i in places_at and x.i not in demonym_tokens), None)
            if (types.plover == "COERCE" and ev.actor2_country is None and a1 is not None and a1.country
                    and a1.role in {"government", "police", "military"} and happened):
                # a state's coercion names whom it coerces without a country ("seized the assets
                # of the Yukos company", "declared a state of emergency"): its own people
                ev.actor2_country = a1.country
            if (ev.actor2_country is None and target_tok is not None and a1 is not None and a1.country
                    and types.plover not in _FOREIGN_TYPES
                    and getattr(entity_at.get(target_tok.i), "kind", "") not in {"organisation", "group"}
                    and named_countries <= {a1.country}):
                # "prosecutors filed charges against the former president", "a court found the
                # colonel guilty": a party the sentence gives no other country is a compatriot
                # (a person or an office; a named organisation may be international)
                ev.actor2_country = a1.country
            if types.family in _TERRITORY and ev.acled_event_type:
                _territory(ev, sent, lex, loc_iso3, a1)
            # quantities of this sentence
            _add_quantities(ev, qty, zero)
            ev.certainty = _certainty_at(doc, trig.start, trig.end)
            ev.confidence = _confidence(ev, types, d, place is not None, first_event_sentence,
                                        _is_background(trig.head) or _describes_victims(trig.head, types))
            sentence_events.append(ev)
            event_heads[id(ev)] = (trig.head, others)
            mirror = None if id(ev) in pending else _mutual_mirror(ev, types, agent_tok, target_tok, a1, lex,
                                                                   entity_at, loc_iso3, places_at)
            if mirror is not None:
                # "Ukraine and Russia blamed each other": each party's accusation is its own act
                sentence_events.append(mirror)
                event_heads[id(mirror)] = (trig.head, others)
        if pending:
            sentence_events = _listed_with_concrete(sentence_events, pending, merged, event_heads)
        _share_places(sentence_events, doc, demonyms)
        _rank_embedded(sentence_events, event_heads)
        _rank_below_protest(sentence_events)
        # a sentence of several triggers whose place none of them governs ("repelled an
        # attack near X", "shelled and destroyed a depot in X"): the sentence's finest place
        claimed = {e.location_start for e in sentence_events if e.location_start is not None}
        for ev in sentence_events:
            if ev.lat is not None or ev.modality not in modality.HAPPENED:
                continue
            if ev.acled_event_type is None and len(sentence_events) > 1:
                continue  # a political act beside others takes no place it does not govern
            head, others = event_heads[id(ev)]
            # only the sentence's places and those an anaphor may reach back to
            low = sent.start_char - anchors.ANTECEDENT_WINDOW
            free = [p for p in places if low <= p.start < sent.end_char and p.start not in claimed
                    and not _in_other_event(doc, p, head, heads, lex)]
            place = anchors.event_place(head, sent, free, _not_places(lex), others, True, org_spans, 1, full_text)
            if place is not None and place.region is not None:
                # "fired at a car evacuating from Izium, Kharkiv": the other event claimed the
                # village; the region only qualifies it, so this event shares the village
                shared = anchors.event_place(head, sent, places, _not_places(lex), others, True, org_spans, 1,
                                             full_text)
                if (shared is not None and shared.region is None and getattr(shared.place, "lat", None) is not None
                        and getattr(shared.place, "admin1", None) == place.region[1]):
                    place = shared
            if place is not None and getattr(place.place, "lat", None) is not None:
                _set_place(ev, place)
        events.extend(sentence_events)
        violent = [e for e in sentence_events if e.acled_event_type and e.modality in modality.HAPPENED]
        if violent:
            previous_violent = max(violent, key=lambda e: e.confidence)
        previous_sent_end = sent.end_char
    for ev in events:
        _finish_fatalities(ev)
    return events


def _elsewhere(sent: Span, places: list[object], previous: Event) -> bool:
    """A casualty sentence that names a town or village of its own, far from the event
    before it ("said shelling wounded four civilians in Vovchansk" after strikes in the
    Sumy region): another attack, not the same one's toll. A region or country does not
    count: it may hold the place before."""
    if previous.lat is None or previous.lon is None:
        return False
    own = [p for p in places if sent.start_char <= getattr(p, "start", -1) < sent.end_char
           and getattr(p, "lat", None) is not None and not getattr(p, "metonym", False)
           and getattr(p, "precision", None) != "demonym"
           and (getattr(p, "feature", None) or "").lower() not in _COARSE_FEATURES]
    if not own:
        return False
    return all(anchors.km(p.lat, p.lon, previous.lat, previous.lon) > 25.0 for p in own)  # type: ignore[attr-defined]


def _label(tok: Token) -> bool:
    """The first word(s) of a line or sentence followed by a colon: "Looting: ..."."""
    doc = tok.doc
    j = tok.i + 1
    while j < len(doc) and j <= tok.i + 2 and doc[j].text != ":":
        j += 1
    return j < len(doc) and doc[j].text == ":" and (tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].is_sent_start)
                                                    or (tok.i > 0 and "\n" in doc[tok.i - 1].text))


def _in_other_event(doc: Doc, p: object, head: Token, heads: set[int], lex: Lexicon) -> bool:
    """The place belongs to an event noun of the sentence that reports no event of its own
    ("raise the costs of its liberation of the Kharkiv district" is no place of a
    mobilization); the nouns of the sentence's events share their places ("repelled an
    attack near X")."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    for k, a in enumerate(span.root.ancestors):
        if k >= 6 or a.i == head.i or a.pos_ in {"VERB", "AUX"}:
            return False
        word = a.lemma_.lower()
        if a.pos_ == "NOUN" and a.i not in heads and word in lex.triggers and (word,) not in lex.weapon_of:
            return True  # a weapon noun ("mortars ... in X") is no event of its own
    return False


def _set_place(ev: Event, place: anchors.PlaceAnchor) -> None:
    p = place.place
    ev.location_name = getattr(p, "name", None) or getattr(p, "text", None)
    ev.lat, ev.lon = getattr(p, "lat", None), getattr(p, "lon", None)
    ev.location_country = getattr(p, "country", None)
    ev.location_start, ev.location_end = p.start, p.end  # type: ignore[attr-defined]
    ev.admin1 = getattr(p, "admin1", None)
    ev.geo_precision = _geo_precision(p, place)
    if (place.region is None and getattr(p, "precision", None) == "admin1" and getattr(p, "feature", None) != "admin1"
            and ev.admin1):
        # a village the gazetteer lacks, placed only in its region ("Lvove, Kherson"): the text
        # supports the region alone, so like a region-only report it is coded at the region's
        # capital (on the Ukraine development data nearer the village than the region's centre)
        capital = anchors.region_capital(ev.admin1, ev.location_country)
        if capital is not None:
            ev.lat, ev.lon, ev.geo_precision = capital[1], capital[2], 3
    if place.region is not None:
        # only the region: ACLED's convention, the region's capital (geo_precision 3)
        country, admin1 = place.region
        capital = anchors.region_capital(admin1, country or None)
        ev.location_name, ev.admin1, ev.geo_precision = admin1, admin1, 3
        if country:
            ev.location_country = country
        if capital is not None:
            ev.lat, ev.lon = capital[1], capital[2]


def _coordination_root(doc: Doc, ev: Event) -> int:
    span = doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand")
    if span is None:
        return -1
    t = anchors.clause_verb(span.root)
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    return t.i


def _list_root(tok: Token) -> Token:
    """The first item of the coordination a trigger is in ("annexing X, threatening Y and
    calling up Z": "annexing"). A noun stands for the verb that governs it ("launching
    strikes"); the parser chains listed gerunds as adverbial clauses as often as conjuncts."""
    if tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "nsubjpass", "pobj"}:
        tok = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    while tok.head != tok and (tok.dep_ == "conj" or modality.listed_gerund(tok)):
        tok = tok.head
    return tok


def _listed_with_concrete(evs: list[Event], pending: dict[int, tuple[str | None, ...]],
                          merged: dict[tuple[str | None, ...], Event],
                          heads: dict[int, tuple[Token, frozenset[int]]]) -> list[Event]:
    """Keep a pending event only when it is coordinated with a concrete event of the
    sentence, and is not of a type and modality that event already has."""
    concrete_lists = {_list_root(heads[id(e)][0]).i for e in evs if id(e) not in pending}
    out = []
    for ev in evs:
        key = pending.get(id(ev))
        if key is not None:
            if key in merged or _list_root(heads[id(ev)][0]).i not in concrete_lists:
                continue
            merged[key] = ev
        out.append(ev)
    return out


def _at_protest(head: Token, found: list[tuple[triggers.Trigger, classify.Types]]) -> bool:
    """The arrest's setting is a protest of the sentence: "detained 40 people at a rally",
    "were detained during unsanctioned protests"; not "detained people who organise
    demonstrations" (the arrest is the event)."""
    protests = {trig.head.i for trig, t in found if t.family == "protest"}
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"at", "during", "in", "after", "amid", "following"}:
            if any(x.i in protests for x in prep.subtree if x.dep_ in {"pobj", "conj", "compound"}):
                return True
    verb = head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep" else head.head if head.dep_ == "dobj" else head
    return any(x.i in protests and x.dep_ == "nsubj" for x in verb.children)  # "the protests led to 1,300 arrests"


def _rank_below_protest(evs: list[Event]) -> None:
    """Arrests at a protest rank below it: ACLED records the protest (with intervention)."""
    protests = [e.confidence for e in evs if e.type == "PROTEST" and e.acled_event_type]
    if not protests:
        return
    for ev in evs:
        if ev.type == "COERCE" and ev.mode == "arrest" and ev.acled_event_type is None:
            ev.confidence = round(min(ev.confidence, max(protests) - 0.02), 3)


def _place_class(ev: Event) -> str | None:
    """Events that may share a place: violence with violence, a political act with a
    political act; a call-up does not happen where the strikes beside it land."""
    if ev.type == "COERCE" and ev.mode == "arrest" and ev.acled_event_type is None:
        return "Protests"  # arrests at a protest happen where it does
    return "violence" if ev.acled_event_type in _VIOLENT_ACLED else ev.acled_event_type


def _share_places(evs: list[Event], doc: Doc, demonyms: set[int]) -> None:
    """Coordinated acts of one subject share their place: "Russian forces clashed with
    Ukrainian forces and shelled near Kreminna". A demonym on a strike's target ("missile
    attacks against Ukrainian cities"; ``demonyms``: their start offsets) places that
    strike only."""
    located = [e for e in evs if e.lat is not None and e.modality in modality.HAPPENED
               and e.location_start not in demonyms]
    if not located:
        return
    for ev in evs:
        if ev.lat is not None or ev.modality not in modality.HAPPENED:
            continue
        root = _coordination_root(doc, ev)
        # only between acts of one kind: violence shares its place with violence, not with
        # "declared its revocation of the treaty and then launched an attack on Avdiivka"
        src = next((e for e in located if _coordination_root(doc, e) == root
                    and _place_class(e) == _place_class(ev)), None)
        if src is None:
            continue
        ev.location_name, ev.lat, ev.lon = src.location_name, src.lat, src.lon
        ev.location_country, ev.location_start, ev.location_end = src.location_country, src.location_start, src.location_end
        ev.admin1, ev.geo_precision = src.admin1, src.geo_precision
        ev.confidence = round(min(0.99, ev.confidence + 0.08), 3)


def _not_the_place(actor: actors_mod.Actor | None, ev: Event) -> actors_mod.Actor | None:
    """ "shelled Lvove, Kherson": a place and its region taken for an organisation's name
    are the event's location, not its target."""
    if (actor is not None and actor.role == "entity" and actor.start is not None and ev.location_start is not None
            and actor.start <= ev.location_start < (actor.end or 0) and "," in (actor.name or "")):
        return None
    # the model's ORG/PERSON tag on the place itself ("shelled Lvove, Kherson" -> ORG "Lvove"),
    # which the entities stage already refused
    if (actor is not None and actor.role == "entity" and actor.start is not None and ev.location_start is not None
            and ev.location_end is not None and ev.location_start <= actor.start and (actor.end or 0) <= ev.location_end):
        return None
    return actor


def _mutual_mirror(ev: Event, types: classify.Types, agent_tok: Token | None, target_tok: Token | None,
                   a1: actors_mod.Actor | None, lex: Lexicon, entity_at: dict[int, object], loc_iso3: str | None,
                   places_at: dict[int, str]) -> Event | None:
    """The second party's act in "X and Y accused / threatened each other"."""
    if types.plover not in {"ACCUSE", "THREATEN"} or agent_tok is None or target_tok is None or a1 is None:
        return None
    if not (target_tok.lower_ == "other" and any(c.lower_ == "each" for c in target_tok.children)
            or target_tok.lower_ == "another" and any(c.lower_ == "one" for c in target_tok.children)):
        return None
    other = actors_mod.co_party(agent_tok)
    b1 = actors_mod.resolve(other, lex, entity_at, types.family, True, loc_iso3, places_at) if other is not None else None
    if b1 is None or b1.name == a1.name:
        return None
    mirror = copy.copy(ev)
    mirror.quantities = list(ev.quantities)
    mirror.attributed_to = list(ev.attributed_to)
    _set_actor(mirror, 1, b1)
    _set_actor(mirror, 2, a1)
    _set_actor(ev, 2, b1)
    return mirror


def _set_actor(ev: Event, side: int, actor: actors_mod.Actor | None) -> None:
    if actor is None:
        return
    if side == 1:
        ev.actor1, ev.actor1_country, ev.actor1_acled, ev.inter1 = actor.name, actor.country, actor.acled, actor.inter
        ev.actor1_start, ev.actor1_end = actor.start, actor.end
    else:
        ev.actor2, ev.actor2_country, ev.actor2_acled, ev.inter2 = actor.name, actor.country, actor.acled, actor.inter
        ev.actor2_start, ev.actor2_end = actor.start, actor.end


_COARSE_FEATURES = frozenset({"country", "region", "admin1", "province", "state", "continent", "water"})


def _geo_precision(p: object, anchor: anchors.PlaceAnchor) -> int:
    """ACLED geo_precision: 1 the town itself, 2 near it or a part of it, 3 a region or country."""
    feature = (getattr(p, "feature", None) or "").lower()
    if anchor.demonym or feature in _COARSE_FEATURES:
        return 3
    # A village known only by its hromada's centre is placed "near" it; a hromada is
    # coded at its centre, as part of the area.
    return 2 if anchor.near or getattr(p, "precision", None) in ("approximate", "hromada") else 1


def _concrete_event(trig: triggers.Trigger, types: classify.Types, d: anchors.DateAnchor,
                    place: anchors.PlaceAnchor | None, a1: actors_mod.Actor | None,
                    a2: actors_mod.Actor | None, qty: list[Quantity], happened: bool, alone: bool,
                    sent: Span, others: frozenset[int]) -> bool:
    """An occurrence, not a generic statement: a date or a place that belongs to it, a
    count, a specific actor, or a named agent doing it in the past."""
    if d.source == "text" and (d.governed or d.precision == "day" or alone):
        return True
    if place is not None and place.governed:
        return True
    if any(q.unit in _EVIDENCE_UNITS for q in qty):
        return True
    if a1 is not None:
        return True
    head = trig.head
    # a date or a place the gazetteer does not know ("on Tuesday night", "in Al-Mastumah")
    for ent in sent.ents:
        if ent.label_ in {"DATE", "TIME", "GPE", "LOC", "FAC"}:
            if alone or anchors.governance(head, list(ent), others, setting=ent.label_ != "DATE") > 0:
                return True
    # an occurrence said to have been there: "there were acts of sabotage on the pipeline"
    noun = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    if (noun.dep_ in {"attr", "nsubj"} and noun.head.lemma_ == "be" and noun.head.tag_ == "VBD"
            and any(c.dep_ == "expl" for c in noun.head.children)):
        return True
    # a force that keeps on acting: "the enemy keeps attacking", "Russian troops continue to shell Kherson"
    if types.acled_type and head.pos_ == "VERB" and head.dep_ in {"xcomp", "ccomp"} \
            and head.head.lemma_.lower() in {"keep", "continue"}:
        doer = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        if doer is not None and (doer.ent_type_ in {"GPE", "NORP", "ORG"} or doer.lemma_.lower() in _FORCES
                                 or any(c.ent_type_ in {"GPE", "NORP"} for c in doer.children)):
            return True
    # a named or counted agent acting in the past: "Detainees in X prison protested",
    # "All regime forces have withdrawn"
    verb = anchors.clause_verb(head)
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ in {"aux", "auxpass"} for c in verb.children))
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.pos_ in {"NOUN", "PROPN"} and (past or subj.pos_ == "PROPN" or any(c.dep_ == "nummod" for c in subj.children)):
        if not (subj.dep_ == "nsubjpass" and types.family in {"mobilize", "aid"}):
            return True  # but not "soldiers have been sent to ..." with nothing else
    return False


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
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"as", "while", "after", "before", "since"} for c in t.children):
            return True  # "..., as Kenya continues its offensive", "days after X accused Y": the backdrop
        if t.head == t:
            break
        t = t.head
    return False


def _describes_victims(head: Token, types: classify.Types) -> bool:
    """ "fired at a car with people who were evacuating": a relative clause that says who
    the targets were is background to the act against them (unless it is violence itself:
    "herdsmen who attacked their communities")."""
    return (head.dep_ == "relcl" and head.head.pos_ in {"NOUN", "PRON"} and head.head.dep_ in {"pobj", "dobj"}
            and types.family not in _VIOLENT)


_EMBEDDED_PENALTY = 0.1


# acts most often aimed abroad: a target left unnamed is no compatriot
_FOREIGN_TYPES = frozenset({"ASSAULT", "MOBILIZE", "THREATEN", "SANCTION", "AID", "COOPERATE", "RETREAT"})
_SETTING_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "because", "until", "if", "unless"})
_EMBEDDING_DEPS = frozenset({"dobj", "xcomp", "pobj", "prep", "pcomp", "acl", "ccomp", "advcl", "relcl"})


def _rank_embedded(sentence_events: list[Event], event_heads: dict[int, tuple[Token, frozenset[int]]]) -> None:
    """The object of another event's act ("condemned the crackdown", "promised to free the
    hostages", "rejected the proposal", "accused Kyiv of sabotage", "collaborated on an
    operation to destroy caches") is what that act is about: the sentence reports the act
    first, so the embedded event ranks below it."""
    by_head = {event_heads[id(e)][0].i: e for e in sentence_events}
    for ev in sentence_events:
        head = event_heads[id(ev)][0]
        if ev.confidence is None:
            continue
        # an act of violence inside another one ("shelled, assaulted and were repulsed",
        # "repelled an attack"): only its direct object ranks a little lower
        gov = head.head
        if head.dep_ == "pobj" and gov.lower_ in {"for", "of"} and gov.head.i in by_head:
            gov = gov.head  # "blamed Armenia for the shelling", "accused Kyiv of sabotage"
        elif head.dep_ not in {"dobj", "xcomp"}:
            gov = None
        direct = by_head.get(gov.i) if gov is not None and gov.i != head.i else None
        # a statement, demand, agreement or protest about an event: the act is what the
        # sentence reports ("denounced the air strikes", "collaborated on an operation to
        # destroy caches", "marched on the embassy to protest the bombing")
        t, governor = head, None
        for _ in range(3):
            if t.dep_ not in _EMBEDDING_DEPS or t.head == t or any(
                    c.dep_ == "mark" and c.lower_ in _SETTING_MARKS for c in t.children):
                break
            t = t.head
            if t.i in by_head and t.i != head.i:
                governor = by_head[t.i]
                break
        if governor is not None and governor.type != "ASSAULT" and governor.confidence is not None:
            ev.confidence = round(max(0.05, min(ev.confidence - _EMBEDDED_PENALTY, governor.confidence - 0.02)), 3)
        elif direct is not None:
            ev.confidence = round(max(0.05, ev.confidence - _EMBEDDED_PENALTY), 3)
    _rank_given_subject(sentence_events, event_heads)


def _rank_given_subject(sentence_events: list[Event], event_heads: dict[int, tuple[Token, frozenset[int]]]) -> None:
    """Of two acts named by nouns in one clause, the one in the subject is given and the one
    in the predicate is the news: "The signing of the accord followed two days of talks"
    reports the talks."""
    for ev in sentence_events:
        head = event_heads[id(ev)][0]
        if (ev.confidence is None or ev.acled_event_type or head.pos_ != "NOUN"
                or head.dep_ not in {"nsubj", "nsubjpass"}):
            continue
        verb = head.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject_span = {t.i for t in head.subtree}
        for other in sentence_events:
            oh = event_heads[id(other)][0]
            if (other is not ev and other.confidence is not None and not other.acled_event_type and oh.pos_ == "NOUN"
                    and oh.i not in subject_span and verb in oh.ancestors and other.confidence >= ev.confidence):
                ev.confidence = round(max(0.05, min(ev.confidence, other.confidence - 0.02)), 3)
                break


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
    bonus = _MODALITY_BONUS.get(ev.modality, 0.0)
    if types.plover == "THREATEN" and ev.modality in {"planned", "hypothetical", "threatened"}:
        bonus = 0.0  # "would retaliate", "would veto ... unless": the threat is made now
    c += bonus
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
