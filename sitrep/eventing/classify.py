"""From a trigger and its context to types: PLOVER type and mode, ACLED event
type and sub-event type, or ``None`` when the words do not report an event here
("sanctions hit the economy", "fired his minister", "the threat of war").

Each trigger family (``events_triggers.tsv``) has one rule below. Rules read
the dependency parse around the trigger and the word classes of
``events_words.tsv``; they never look at whole sentences as strings.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitrep.eventing.actors import gerund_verb
from sitrep.eventing.lexicon import Lexicon
from sitrep.eventing.modality import listed_gerund
from sitrep.eventing.triggers import Trigger, lemma

REMOTE_SUB = {
    "drone": ("drone", "Explosions/Remote violence", "Air/drone strike"),
    "aerial": ("aerial", "Explosions/Remote violence", "Air/drone strike"),
    "missile": ("missile", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "artillery": ("artillery", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "explosive": ("explosives", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "grenade": ("grenade", "Explosions/Remote violence", "Grenade"),
    "chemical": ("CBRN", "Explosions/Remote violence", "Chemical weapon"),
    "small_arms": ("small arms", "Battles", "Armed clash"),
}
_OBJ_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
_PREP_TARGET = frozenset({"at", "on", "upon", "against", "into", "toward", "towards"})
_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# verbs that make a noun trigger a concrete occurrence ("launched an offensive")
_HAPPENING = frozenset({
    "launch", "carry", "conduct", "stage", "mount", "begin", "start", "continue", "resume", "repel", "address",
    "tell", "brief", "convene", "chair",
    "repulse", "reach", "sign", "conclude", "hold", "kill", "destroy", "damage", "hit", "target",
    "leave", "take", "occur", "happen", "erupt", "break", "report", "record", "intensify", "escalate",
    "declare", "order", "impose", "introduce", "suffer", "survive", "injure", "wound", "strike",
    "agree", "broker", "seal", "announce", "approve", "extend", "renew", "collapse", "expire",
    "end", "halt", "suspend", "violate", "accept", "reject", "propose", "offer", "submit", "host",
    "attend", "organize", "organise", "disperse", "ban", "face", "follow", "trigger", "cause",
    "spark", "prompt", "see", "witness", "kick", "wage", "complete", "finish", "pound",
    "amplify", "repeat", "renew", "issue", "make", "voice", "reiterate", "participate", "unleash",
    "put", "place", "offer", "express", "extend", "deepen", "expand", "step", "ramp", "tighten",
    "file", "submit", "lodge", "deliver", "pass", "adopt", "enact", "fast-track", "expedite",
    "open", "give", "go", "pay", "maintain", "tighten", "keep", "enforce", "observe",
})
# verbs that stage a stoppage ("staged a strike", "held a one-day strike")
_STAGED = frozenset({"stage", "hold", "call", "organize", "organise"})
# stoppages that are "called" (and so staged)
_CALLED = frozenset({"strike", "general strike", "boycott", "walkout", "shutdown", "stoppage"})
# nouns that count occurrences of the noun they govern: "a new round of talks"
_ROUNDS = frozenset({"round", "act", "incident", "series", "session", "wave", "spate", "set", "string", "day", "week", "hour"})
# nouns that make an event generic: "the prospect of negotiations", "tactics of missile
# strikes", "the will to fight", "the authority to veto", "able to threaten"
_GENERIC_GOVERNORS = frozenset({
    "prospect", "possibility", "discussion", "idea", "tactic", "threat", "risk", "fear", "hope",
    "chance", "will", "willingness", "readiness", "ability", "capacity", "capability", "authority",
    "right", "power", "able", "capable", "unable", "need", "danger", "notion", "concept", "kind",
    "type", "form", "language", "rhetoric", "prevention", "talk", "history", "lesson", "moment",
    "time", "way", "means", "method", "strategy", "doctrine", "scenario", "case", "event",
    "prospects", "plenty", "instead", "rather", "end", "freedom", "opportunity", "cost", "price",
    "struggle", "effort", "attempt", "call", "demand", "desire", "intention",
})
# families whose noun triggers report an occurrence only with a verb that makes them happen
# or a date of their own ("signed an agreement", "the meeting on 16 September")
_NEEDS_HAPPENING = frozenset({"agree", "consult", "request", "offer", "threaten", "accuse", "reject",
                              "sanction", "support", "election", "law", "aid", "join", "exchange",
                              "concede", "cooperate", "endorse", "intend"})
_ABSTRACT_CAUSES = frozenset({"self", "determination", "independence", "freedom", "right", "rights",
                              "democracy", "survival", "future", "existence", "justice", "peace",
                              "something", "everything", "nothing", "cause", "truth", "liberty",
                              "sovereignty", "statehood", "dignity", "values", "life", "lives"})
_COMBAT_NOUNS = frozenset({"fighting", "combat", "battle", "clash", "hostility", "hostilities", "firefight",
                           "gunfight", "skirmish", "fight", "exchange", "shootout", "attack", "assault",
                           "offensive", "counteroffensive", "operation", "raid", "ambush", "war", "warfare",
                           "gunbattle", "shooting", "confrontation", "counterattack", "counter"})
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "oneself", "itself", "myself", "yourself"})
_ABILITY = frozenset({"able", "capable", "unable", "ready", "willing", "free", "likely", "unlikely", "eager"})
_SIGNS = frozenset({"billboard", "banner", "placard", "poster", "sign", "slogan", "graffiti", "t-shirt", "inscription"})
_INFRASTRUCTURE = frozenset({"infrastructure", "grid", "substation", "power", "energy", "electricity",
                             "heating", "utility", "utilities"})
# ground that is taken: "took the town", "took the heights"
_TAKEN_GROUND = frozenset({"city", "town", "village", "settlement", "territory", "area", "region", "capital",
                           "position", "positions", "height", "heights", "hill", "bridgehead", "airport", "base",
                           "district", "suburb", "outskirts", "stronghold", "port", "island", "site", "headquarters",
                           "airfield", "checkpoint"})
# what a strike is said to have hit when no weapon is named ("struck energy facilities")
_STRUCK_ASSETS = _INFRASTRUCTURE | frozenset({"facility", "facilities", "plant", "station", "depot", "base", "target",
                                              "position", "airfield", "port", "bridge", "refinery", "camp",
                                              "headquarters", "barracks", "convoy", "column"})
_ENTITY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_ROLE_WORDS = frozenset({
    "president", "minister", "government", "official", "spokesman", "spokeswoman", "spokesperson",
    "ministry", "leader", "chief", "commander", "general", "parliament", "kremlin", "authority",
    "prime", "chancellor", "secretary", "ambassador", "army", "military", "force", "troop",
    "country", "state", "administration", "council", "union", "alliance", "court", "prosecutor",
    "investigator",
    "he", "she", "they", "we", "i", "it", "who", "mayor", "governor", "diplomat", "delegation",
    "envoy", "party", "opposition", "nation", "ally", "partner", "member", "head", "regime",
    # groups that act as parties in their own name ("the rebels promised", "police shared")
    "rebel", "militant", "insurgent", "guerrilla", "kidnapper", "police", "group", "faction",
    "movement", "coalition", "bloc", "junta", "cabinet", "senate", "congress", "assembly",
    "committee", "commission", "agency", "organization", "organisation", "protester",
    "demonstrator", "worker", "student", "militia", "separatist", "authorities", "navy", "hacker",
    "negotiator", "mediator", "representative", "ruler", "senator", "lawmaker", "politician", "envoy",
})


@dataclass(slots=True)
class Types:
    plover: str
    mode: str
    acled_type: str | None
    acled_sub: str | None
    family: str
    weight: float = 0.35


def tup(tokens: list[Token]) -> tuple[str, ...]:
    return tuple(lemma(t) for t in tokens)


def has_class(lex: Lexicon, cls: str, token: Token) -> bool:
    """The token's lemma, or its lemma with the compound/amod words before it, is in the class."""
    if lex.in_class(cls, (lemma(token),)) or lex.in_class(cls, (token.lower_,)):
        return True
    doc = token.doc
    for n in (2, 3):
        first = token.i - n + 1
        if first >= 0 and lex.in_class(cls, tup(list(doc[first:token.i + 1]))):
            return True
    return False


def subtree_has(lex: Lexicon, cls: str, token: Token, limit: int = 12) -> bool:
    for k, t in enumerate(token.subtree):
        if k > limit:
            break
        if has_class(lex, cls, t):
            return True
    return False


def civilian(lex: Lexicon, token: Token) -> bool:
    """A civilian person or a place where civilians are ("villagers", "a mosque", "a
    school bus"); not a word inside a name ("the Donetsk People's Militia")."""
    if token.pos_ == "PROPN" or token.ent_type_ in {"ORG", "NORP"}:
        return False
    return has_class(lex, "civilian", token) or has_class(lex, "soft_site", token)


def crowd_in(lex: Lexicon, tokens: list[Token]) -> bool:
    return any(has_class(lex, "crowd", x) for t in tokens for x in t.subtree)


def objects(head: Token) -> list[Token]:
    """Direct objects, passive subjects and the objects of target prepositions."""
    out = []
    for child in head.children:
        if child.dep_ in _OBJ_DEPS or child.dep_ == "nsubjpass":
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in _PREP_TARGET | {"of", "to", "for", "from"}:
            out.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "prt":
            out.extend(c for c in child.children if c.dep_ == "pobj")
    # conjoined objects ("shelled houses and a school")
    more = []
    for o in out:
        more.extend(c for c in o.children if c.dep_ == "conj")
    return out + more


# families whose act a passive "by X" names the doer of
_VERBAL_BY = frozenset({"accuse", "endorse", "reject", "request", "consult", "threaten", "sanction", "concede",
                        "cooperate", "intend", "offer"})


def _by_agent(head: Token) -> Token | None:
    for child in head.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def subject(head: Token) -> Token | None:
    t = head
    for _ in range(4):
        for child in t.children:
            if child.dep_ in {"nsubj", "csubj"}:
                return child
        if t.dep_ == "pcomp" and t.tag_ == "VBG":
            verb = gerund_verb(t)  # "cited them as the basis for requesting membership"
            if verb is not None:
                t = verb
                continue
        if (t.dep_ in {"conj", "xcomp", "advcl"} or (t.dep_ == "acomp" and t.head.pos_ == "AUX")) and t.head != t:
            t = t.head  # "the ministers are due to meet"
        else:
            break
    if head.dep_ in {"acl", "relcl"}:
        return head.head
    return None


def is_entityish(token: Token | None) -> bool:
    if token is None:
        return False
    if token.ent_type_ in _ENTITY_ENTS or token.pos_ == "PROPN":
        return True
    if lemma(token) in _ROLE_WORDS or token.lower_ in _ROLE_WORDS:
        return True
    return any(c.ent_type_ in _ENTITY_ENTS for c in token.children if c.dep_ in {"compound", "amod", "poss"})


_STATE_WORDS = frozenset({"government", "ministry", "minister", "president", "embassy", "administration",
                          "foreign ministry", "prime minister", "cabinet", "kremlin", "state department"})


def _state_party(token: Token) -> bool:
    """A state speaking as one: a country's name or its government ("Israel", "the
    foreign ministry"), not its people."""
    return (token.ent_type_ == "GPE" and token.pos_ == "PROPN") or lemma(token) in _STATE_WORDS


def _a_found_place(token: Token) -> bool:
    """The places stage read the token as a place (the model calls many towns people)."""
    places = token.doc._.places if token.doc.has_extension("places") else None
    return any(getattr(p, "start", -1) <= token.idx < getattr(p, "end", -1) and getattr(p, "lat", None) is not None
               and getattr(p, "feature", "") not in {"country"} for p in places or ())


def is_placeish(lex: Lexicon, token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "FAC"} or has_class(lex, "territory", token)


_WEAPONS_SEEN: dict[tuple[int, int, int], list[tuple[int, str]]] = {}
_WEAPONS_DOC: list[object] = []


def _weapons(sent: Span, lex: Lexicon) -> list[tuple[int, str]]:
    """(token index, weapon kind) of the weapon names in a sentence, longest match
    first, read once per sentence (several triggers of a sentence ask)."""
    doc = sent.doc
    if not _WEAPONS_DOC or _WEAPONS_DOC[0] is not doc:
        _WEAPONS_DOC[:] = [doc]  # one document at a time: the cache never outlives it
        _WEAPONS_SEEN.clear()
    key = (id(lex), sent.start, sent.end)
    found = _WEAPONS_SEEN.get(key)
    if found is None:
        found = []
        for i in range(sent.start, sent.end):
            for n in (3, 2, 1):
                if i + n > sent.end:
                    continue
                toks = list(doc[i:i + n])
                kind = lex.weapon_of.get(tup(toks)) or lex.weapon_of.get(tuple(t.lower_ for t in toks))
                if kind:
                    found.append((i, kind))
                    break
        _WEAPONS_SEEN[key] = found
    return found


def has_weapon(sent: Span, lex: Lexicon, kind: str) -> bool:
    return any(k == kind for _i, k in _weapons(sent, lex))


_WEAPON_ORDER = {"drone": 0, "aerial": 0, "chemical": 0, "grenade": 1, "explosive": 2, "missile": 3, "artillery": 3, "small_arms": 4}


def _own_weapon(doc: object, i: int, anchor: Token) -> bool:
    """The weapon names the trigger's own means: "5 missile strikes", "fired 94 times from
    multiple rocket launchers", "struck with drones"."""
    for tok in anchor.doc[i:min(i + 3, len(anchor.doc))]:
        if tok.head.i == anchor.i and tok.dep_ in {"compound", "amod", "nmod"}:
            return True
        if (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in {"with", "from", "using"}
                and tok.head.head.i == anchor.i):
            return True
    return False


def nearest_weapon(sent: Span, lex: Lexicon, anchor: Token) -> str | None:
    best: tuple[int, str] | None = None
    own = [kind for i, kind in _weapons(sent, lex) if kind != "none" and _own_weapon(sent.doc, i, anchor)]
    if own:
        return min(own, key=lambda k: _WEAPON_ORDER.get(k, 5))
    for i, kind in _weapons(sent, lex):
        if kind != "none":
            dist = abs(i - anchor.i) + 100 * _WEAPON_ORDER.get(kind, 5)
            if best is None or dist < best[0]:
                best = (dist, kind)
    return best[1] if best else None


def noun_anchored(trigger: Trigger, concrete_sentence: bool) -> bool:
    """A noun trigger reports an occurrence when a verb makes it happen, it has an
    argument (on/against/in/near X, "Russian strikes", "Russia's attack"), or the
    sentence has a specific date or a casualty count."""
    head = trigger.head
    if head.pos_ == "VERB":
        return True
    if _happening(head) or _by_party(head) or _stated_act(head):
        return True
    if lemma(head) == "protest" and head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.pos_ == "VERB":
        return True  # "farmers blocked roads in protest at grain imports"
    if head.dep_ == "pobj" and head.head.lower_ in {"against", "over"} and lemma(head.head.head) in _PROTESTING:
        return False  # "protesters gathered against mobilization": what they protest, not an occurrence told
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"on", "against", "in", "near", "at", "by", "between", "over", "across", "around", "outside", "of"}:
            if any(c.dep_ == "pobj" and (c.ent_type_ or c.pos_ == "PROPN") for c in child.children):
                return True
        if child.dep_ in {"poss"} or (child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE"}):
            return True
        if child.dep_ == "nummod":
            return True
    return concrete_sentence


# who or what a state lets in: an international presence
_ADMITTED = frozenset({"inspector", "observer", "monitor", "peacekeeper", "journalist", "aid", "access", "delegation",
                       "mission", "investigator", "team", "convoy", "worker", "force", "plane", "aircraft", "flight",
                       "ship", "vessel"})
# people a state expels who are not diplomats: a coercive act on persons, not a sanction
_EXPELLED_PEOPLE = frozenset({"citizen", "national", "foreigner", "member", "inspector", "monitor", "observer",
                              "staff", "correspondent", "volunteer"})
# trade that a ban turns into an embargo
_TRADE = frozenset({"import", "export", "trade"})
# what one state gives another and may cut off ("halted oil deliveries to Latvia")
_FLOWS = frozenset({"aid", "assistance", "loan", "loans", "credit", "delivery", "supply", "shipment", "export",
                    "import", "trade", "flight", "investment", "cooperation", "tie", "relation", "exchange"})
# talks that are broken off or suspended
_TALKS = frozenset({"talk", "talks", "negotiation", "negotiations", "dialogue", "contact", "contacts"})
# what makes an exercise a military one
_DRILL_MODIFIERS = frozenset({"military", "naval", "joint", "war", "army", "air", "live", "combat", "nuclear",
                              "amphibious", "missile", "large", "large-scale", "massive", "navy"})
# outlets that are closed down
_PRESS = frozenset({"newspaper", "paper", "radio", "station", "television", "broadcaster", "magazine", "weekly",
                    "daily", "outlet", "website", "agency"})
# verbs whose object is a prospect, not something that happened: any act one avoids, and
# the penalties one faces or risks ("faced a missile attack on Monday" did happen)
_AVOIDING = frozenset({"avoid", "escape", "evade", "dodge"})
_FACING = frozenset({"face", "risk", "fear", "dread"})
_PENALTIES = frozenset({"arrest", "detention", "prosecution", "charge", "fine", "sanction", "jail", "prison",
                        "imprisonment", "repression", "persecution", "mobilization", "mobilisation", "conscription",
                        "deportation", "sentence", "trial"})
# what "vowed to ..." threatens with
_HOSTILE = frozenset({"avenge", "retaliate", "revenge", "punish", "crush", "destroy", "annihilate", "attack", "strike",
                      "hit", "kill", "fight", "wipe", "eliminate", "respond", "retaliation", "revenge"})
# what a party promises its enemy after an attack: a threat, not a commitment
_ANSWERS = frozenset({"response", "answer", "reprisal", "reprisals", "retribution", "punishment", "vengeance"})
_WAR_MATERIEL = frozenset({"warship", "ship", "vessel", "submarine", "carrier", "fleet", "frigate", "destroyer",
                           "bomber", "aircraft", "jet", "warplane", "helicopter", "tank", "battery", "system"})
# ships and bombers sent somewhere are a deployment, not aid handed over
_DEPLOYED = frozenset({"warship", "ship", "vessel", "submarine", "carrier", "fleet", "frigate", "destroyer",
                       "bomber", "gunboat", "armada"})
# "air defence sites", "missile systems": computer words only with a web or state owner named
_CYBER_AMBIGUOUS = frozenset({"site", "system", "network"})
_CYBER = frozenset({"website", "site", "server", "network", "database", "account", "email", "system", "computer"})
_ARRIVING = frozenset({"arrive", "travel", "fly", "come", "go", "gather", "meet", "convene", "head", "land"})


def _happening(head: Token) -> bool:
    """A verb makes the noun happen: "launched an offensive", "signed an agreement";
    through coordination too ("called strikes and protests" is not "strikes" happening)."""
    t = head
    while t.dep_ in {"conj", "compound"} and t.head != t:
        t = t.head  # "a military aid package" happens as the package does
    if t.dep_ == "dobj" and lemma(t.head) == "call" and lemma(head) in _CALLED:
        return True  # "called a general strike"
    if t.dep_ not in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"}:
        return False
    gov = t.head
    if t.dep_ == "pobj" and gov.dep_ == "prep":
        if gov.lower_ == "for" and lemma(gov.head) in _ARRIVING:
            return True  # "arrived in Moscow for talks": the talks take place
        if gov.lower_ == "for" and lemma(gov.head) == "be" and any(
                c.dep_ == "prep" and c.lower_ in {"in", "at"} and any(x.ent_type_ in {"GPE", "LOC", "FAC"} for x in c.children)
                for c in gov.head.children):
            return True  # "were in New York for the General Assembly meeting"
        if gov.lower_ == "behind" and lemma(gov.head) == "be":
            return True  # "the agency was behind the refinery strikes": the strikes took place
        if gov.lower_ == "under" and lemma(gov.head) in {"come", "fall"} and gov.head.pos_ == "VERB":
            return True  # "120 settlements came under artillery fire"
        if gov.lower_ not in {"in", "at", "into", "during", "of", "on", "to", "from"}:
            return False  # "through a peace plan", "after a ceasefire"
        if gov.lower_ == "on" and lemma(gov.head) == "be" and lemma(head) in {"visit", "tour", "trip", "mission"}:
            return True  # "the premier is on a four-day visit to Moscow"
        gov = gov.head
        if (gov.like_num or gov.ent_type_ == "MONEY") and gov.head != gov and gov.i < t.i:
            gov = gov.head  # "announced $50 million in development aid"
        if lemma(gov) in _ROUNDS and gov.pos_ == "NOUN" and gov.i < t.i:
            return _happening(gov)  # "opened a new round of negotiations"
    if gov.pos_ in {"VERB", "AUX"} and lemma(gov) == "be" and any(c.dep_ == "expl" for c in gov.children):
        return True  # "there were acts of sabotage on the pipeline"
    if lemma(gov) == "track" and any(c.lower_ == "fast" for c in gov.children):
        return True  # "was fast-tracking its application" (the model splits the verb)
    return gov.pos_ in {"VERB", "AUX"} and lemma(gov) in _HAPPENING


# speech acts that a named possessor made ("Zelensky's request for NATO membership")
_POSSESSED_ACTS = frozenset({"request", "application", "demand", "appeal", "offer", "proposal", "accusation", "warning",
                             "allegation", "threat", "ultimatum", "refusal", "rejection", "recognition", "bid", "call",
                             "decision", "signing"})


def _stated_act(head: Token) -> bool:
    """A speech act the text says was made: its maker is named as possessor ("Zelensky's
    request for NATO membership"), or its content is given ("accusations that Ukraine
    planned a dirty bomb")."""
    word = lemma(head)
    if word in _POSSESSED_ACTS and any(c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in _ENTITY_ENTS)
                                       for c in head.children):
        return True
    return word in {"accusation", "allegation", "claim", "charge"} and any(
        c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in c.children) for c in head.children)


def _by_party(head: Token) -> bool:
    """A nominalised act with its doer named in a "by" phrase happened: "the expulsion of two
    diplomats by Poland", "the recognition of Croatia by Germany"."""
    t = head
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            t = next((x for x in c.children if x.dep_ == "pobj"), head)  # "of two diplomats by Poland"
    for h in {head, t}:
        for c in h.children:
            if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and any(
                    x.dep_ == "pobj" and x.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} for x in c.children):
                return True
    return False


def _own_date(head: Token) -> bool:
    """The noun has a date of its own: "the meeting on 16 September", "elections in March 2024"."""
    for c in head.children:
        if c.dep_ == "prep" and any(x.dep_ == "pobj" and x.ent_type_ == "DATE" for x in c.children):
            return True
        if c.dep_ in {"npadvmod", "compound", "nmod"} and c.ent_type_ == "DATE":
            return True
    verb = head.head
    if head.dep_ in {"nsubj", "pobj", "attr"} and verb.pos_ in {"VERB", "AUX"}:
        for c in verb.children:
            if c.dep_ == "prep" and any(x.ent_type_ == "DATE" for x in c.subtree) and head not in c.subtree:
                return True
            if c.dep_ == "npadvmod" and c.ent_type_ == "DATE":
                return True
    return False


def _generic(head: Token) -> bool:
    """The trigger depends on a word that makes it generic: "tactics of missile strikes",
    "its will to fight", "able to threaten", "the prospect of negotiations"."""
    t = head
    for _ in range(3):
        if t.head == t:
            return False
        gov = t.head
        if t.dep_ in {"pobj"} and gov.dep_ == "prep":
            gov = gov.head
        elif t.dep_ not in {"xcomp", "acl", "pcomp", "compound", "conj"}:
            return False
        if lemma(gov) in _GENERIC_GOVERNORS and gov.pos_ in {"NOUN", "ADJ"}:
            return True
        if gov.pos_ in {"VERB", "AUX"}:
            # "it is able to threaten": the ability, not the act
            return t.dep_ == "xcomp" and any(c.dep_ == "acomp" and lemma(c) in _ABILITY for c in gov.children)
        t = gov
    return False


_COOPERATIVE = frozenset({"consult", "cooperate", "aid", "concede", "exchange", "agree", "retreat", "withdraw"})
_INTENT_WORDS = frozenset({"ready", "willing", "prepared", "willingness", "readiness"})


def _intent(head: Token) -> bool:
    """The act is what a party declares itself ready or willing to do."""
    t = head
    for _ in range(4):
        if t.head == t or t.dep_ not in {"dobj", "xcomp", "acl", "pobj", "prep", "pcomp", "conj"}:
            return False
        t = t.head
        if lemma(t) in _INTENT_WORDS and t.pos_ in {"ADJ", "NOUN"}:
            return True
    return False


def _on_a_sign(head: Token) -> bool:
    for a in head.ancestors:
        if lemma(a) in {"read", "reading", "say"}:
            subj = [c for c in a.children if c.dep_ == "nsubj"] + [c for c in a.head.children if c.dep_ == "nsubj"]
            if any(lemma(x) in _SIGNS for x in subj) or lemma(a.head) in _SIGNS:
                return True
    return False


# verbs that take weapons out of use when their object is weaponry (events_triggers.tsv)
_FINDING = frozenset({"find", "discover", "uncover", "recover", "confiscate", "clear", "dismantle", "seize"})


def riot_types(lex: Lexicon, subj: Token | None) -> Types:
    """Violence in or against a crowd: rioting protesters, or a mob attacking people."""
    if subj is not None and any(has_class(lex, "mob", x) for x in subj.subtree):
        return Types("ASSAULT", "mob violence", "Riots", "Mob violence", "riot")
    return Types("PROTEST", "riot", "Riots", "Violent demonstration", "riot")


def classes_in(scope: list[Token], lex: Lexicon) -> Callable[[str], bool]:
    """Whether a word class has a word (or a two-word phrase) among ``scope``'s lemmas."""
    words = {lemma(x) for x in scope}
    bigrams = {(lemma(a), lemma(b)) for a, b in zip(scope, scope[1:])}

    def any_cls(cls: str) -> bool:
        members = lex.classes.get(cls, ())
        return any((w,) in members for w in words) or any(b in members for b in bigrams)

    return any_cls


def protest_types(sent: Span, lex: Lexicon, next_sent: Span | None) -> Types:
    """A protest and how it was met: violent protesters make a riot; force used on the
    crowd makes a protest with intervention (lethal or brutal force: excessive force)."""
    any_cls = classes_in(list(sent) + (list(next_sent) if next_sent is not None else []), lex)
    if any_cls("violent"):
        return Types("PROTEST", "riot", "Riots", "Violent demonstration", "riot")
    if any_cls("lethal"):
        return Types("PROTEST", "protest", "Protests", "Excessive force against protesters", "protest")
    return Types("PROTEST", "protest", "Protests", "Protest with intervention", "protest")


def classify(trigger: Trigger, sent: Span, lex: Lexicon, concrete_sentence: bool,
             next_sent: Span | None = None) -> Types | None:
    row, head = trigger.row, trigger.head
    t = Types(row.plover, row.mode, row.acled_type, row.acled_sub, row.family)
    fam = row.family
    objs = objects(head)
    subj = subject(head)
    if subj is None and not head.pos_ == "NOUN" and fam in _VERBAL_BY:
        subj = _by_agent(head)  # "was sharply criticised by Beijing"
    is_noun = head.pos_ in {"NOUN", "PROPN"}
    if is_noun and not noun_anchored(trigger, concrete_sentence):
        return None
    if head.dep_ in {"amod", "compound"} and not is_noun:
        return None  # "occupied territories", "the shelled town"
    if head.dep_ == "compound" and is_noun and len(trigger.tokens) == 1:
        return None  # "attack drones", "protest movement"
    if fam in _COOPERATIVE and _intent(head):
        # "said it was ready to resume talks", "expressed willingness to hold talks": a stated
        # commitment to cooperate (PLOVER AGREE), not the talks themselves
        return Types("AGREE", "intent", None, None, "intend", 0.3)
    if _generic(head):
        return None
    prospect_verb = lemma(head.head if head.dep_ == "dobj" else head.head.head) if head.dep_ in {"dobj", "pobj"} else ""
    if is_noun and (prospect_verb in _AVOIDING or prospect_verb in _FACING and lemma(head) in _PENALTIES):
        return None  # "protesters face arrest", "fled to avoid conscription": a prospect, not an occurrence
    if _on_a_sign(head):
        return None  # a billboard "reading: 40,000 killed"
    if fam == "disrupt" and lemma(head) == "collide":
        # "a Russian Su-27 fighter collided with an American MQ-9 Reaper drone": one military
        # aircraft brought down another; not a road accident
        other = [x for p in head.children if p.dep_ == "prep" and p.lower_ == "with" for x in p.children if x.dep_ == "pobj"]
        def flying(tok: Token | None) -> bool:
            return tok is not None and any(has_class(lex, "airborne", x) or _AIRCRAFT_MODEL.match(x.text) is not None
                                           for x in [tok, *(c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"})])
        if not (flying(subj) and any(flying(o) for o in other)):
            return None
        return t
    if fam == "clash" and row.lemmas == ("attempt",):
        # "made 8 unsuccessful attempts to advance near Ivanivske": attacks that failed; not
        # "an attempt to negotiate"
        if not any(c.dep_ in {"acl", "xcomp"} and lemma(c) in _ASSAULT_AIMS for c in head.children):
            return None
        return t
    if fam == "clash" and row.lemmas in {("cross", "border"), ("break", "through")}:
        # "Ukrainian units crossed the border near Sudzha", "broke through the lines": a force
        # moving in; refugees crossing a border flee, a storm breaks through nothing
        subjects = [c for c in head.children if c.dep_ == "nsubj"] or ([subj] if subj is not None else [])
        if not any(has_class(lex, "troops", x) for s_ in subjects for x in s_.subtree):
            return None
        return t
    if is_noun and row.family in _NEEDS_HAPPENING and not _happening(head) and not _own_date(head) \
            and not _by_party(head) and not _stated_act(head) \
            and not (lemma(head) == "abstention" and any(c.dep_ == "poss" for c in head.children)):
        return None  # "a Chinese peace plan", "discussion of a ceasefire", "U.S. sanctions"

    def weapon_types(default_mode: str | None = None) -> Types | None:
        kind = nearest_weapon(sent, lex, head)
        if kind is None:
            return None
        mode, etype, sub = REMOTE_SUB[kind]
        return Types("ASSAULT", mode, etype, sub, fam)

    if (fam in {"reject", "sanction", "repress"} and not is_noun
            and any(c.dep_ == "aux" and c.lower_ in {"would", "will", "'ll", "'d"} for c in head.children)
            and any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"unless", "if"} for m in c.children)
                    for c in head.children)
            and is_entityish(subject(head))):
        # "Greece would veto Turkey's bid unless Ankara withdrew": a conditional sanction threatens
        # (a conditional strike stays a hypothetical ASSAULT: "Russia would strike them if ...")
        return Types("THREATEN", "conditional threat", None, None, "threaten", 0.3)
    if (fam in {"remote", "attack", "fire", "clash", "kill"} and not is_noun and head.dep_ == "xcomp"
            and lemma(head.head) in {"ready", "prepared", "willing", "determined"} and is_entityish(subject(head))):
        return Types("THREATEN", "threat of force", None, None, "threaten", 0.3)  # "ready to strike militant camps"
    if fam in {"remote", "attack", "fire"} and (lemma(head.head) == "exchange" or "each other" in sent.text or "both sides" in sent.text):
        return Types("ASSAULT", "armed clash", "Battles", "Armed clash", fam)  # "exchanged artillery fire"
    if fam == "remote" and lemma(head) == "drop":
        # "dropped glide bombs on Ukrainian positions"; not "dropped the charges"
        if not any(lemma(x) in _DROPPED for o in objs if o.dep_ in _OBJ_DEPS for x in o.subtree):
            return None
        if has_weapon(sent, lex, "chemical"):
            return Types("ASSAULT", *REMOTE_SUB["chemical"], fam)  # "dropped a chlorine bomb"
    if fam == "remote" and lemma(head) == "land":
        # "another missile landed close to a bridge": a munition's impact; not "the plane landed"
        if subj is None or not (lemma(subj) in _MUNITIONS or (has_class(lex, "airborne", subj) and lemma(subj) not in
                                                                {"aircraft", "jet", "plane", "helicopter", "balloon", "target"})):
            if not (subj is not None and subj.lower_ in {"another", "one"} and has_weapon(sent, lex, "missile")):
                return None
    if (fam == "remote" and is_noun and lemma(head) == "strike" and head.dep_ == "dobj"
            and lemma(head.head) in _STAGED and weapon_types() is None
            and not any(c.dep_ == "prep" and c.lower_ in _PREP_TARGET for h in (head, head.head) for c in h.children)):
        # "truck drivers staged a strike over fuel prices": a stoppage, unless a force struck somewhere
        doer = subject(head.head)
        if doer is None or not any(has_class(lex, "troops", x) or lex.heads.get((lemma(x),)) in {"military", "rebels"}
                                   or x.ent_type_ in {"GPE", "ORG"} for x in doer.subtree):
            return Types("PROTEST", "strike", "Protests", "Peaceful protest", "protest")
    if fam == "remote" and row.lemmas in {("slam", "into"), ("crash", "into")}:
        # "a missile slammed into an apartment block": the impact of a munition; not "the storm
        # slammed into the coast" or "a car crashed into a wall"
        if subj is None or not (lemma(subj) in _MUNITIONS or has_class(lex, "airborne", subj)) \
                or lemma(subj) in {"plane", "aircraft", "jet", "helicopter"}:
            return None
    if fam == "remote" and lemma(head) == "damage":
        # "falling debris damaged port facilities", "homes were damaged by a drone": what a strike
        # did; not "the scandal damaged his reputation" or "the storm damaged roofs"
        doer = _by_agent(head) if any(c.dep_ == "auxpass" for c in head.children) else subj
        if doer is None or not (lemma(doer) in _DEBRIS | _MUNITIONS or any(
                lemma(x) in _DEBRIS | _MUNITIONS for x in doer.children if x.dep_ == "conj")):
            return None
    if fam == "remote":
        w = weapon_types()
        if row.acled_sub == "Air/drone strike":
            if w is not None and w.mode == "drone":
                t.mode = "drone"
            return t
        if w is not None and w.acled_sub != "Armed clash":
            return w
        if lemma(head) in {"hit", "target", "strike", "pound"} and not is_noun:
            if w is None and not any(is_placeish(lex, o) or has_class(lex, "civilian", o) or o.pos_ == "PROPN"
                                     or (o.pos_ == "PRON" and is_entityish(subj))
                                     or lemma(o) in _STRUCK_ASSETS for o in objs):
                if not (subj is not None and any(has_class(lex, "troops", x) for x in subj.subtree)):
                    return None
        return t
    if fam == "fire":
        if any(o.ent_type_ == "PERSON" and o.dep_ in _OBJ_DEPS for o in objs):
            return None  # "fired his minister"
        if any(has_class(lex, "riot_control", x) for o in objs for x in o.subtree):
            # "police fired tear gas at the crowd": a protest met with force, not shelling
            return protest_types(sent, lex, next_sent) if any(has_class(lex, "crowd", x) for x in sent) else None
        preps = {c.lower_ for c in head.children if c.dep_ in {"prep", "advmod", "prt"}}
        w = weapon_types()
        civilian_target = any(civilian(lex, x) for o in objs for x in o.subtree)
        if civilian_target and (w is None or w.mode == "small arms"):
            return Types("ASSAULT", "small arms", "Violence against civilians", "Attack", fam)
        if row.lemmas == ("open", "fire") or has_weapon(sent, lex, "small_arms") or "back" in preps:
            if any(civilian(lex, o) for x in objs for o in x.subtree):
                return Types("ASSAULT", "small arms", "Violence against civilians", "Attack", fam)
            return Types("ASSAULT", "small arms", "Battles", "Armed clash", fam)
        if w is not None:
            return w
        if preps & {"at", "on", "upon"} or objs:
            return t
        return None
    if fam == "launch":
        for o in objs:
            if o.pos_ in {"NOUN", "PROPN"} and any(len(r.lemmas) == 1 for r in lex.triggers.get(lemma(o), ())):
                return None  # "launched an offensive": the noun is the trigger
        w = weapon_types()
        if w is not None and w.acled_sub != "Armed clash":
            return w
        return None
    if fam in {"attack", "clash"} and lemma(head) in {"attack", "assault"}:
        targets = objs + [c for p in head.children if p.dep_ == "prep" for c in p.children]
        targets = targets + [c for o in targets for c in o.children if c.dep_ == "conj"]
        if any(lemma(o) in _INFRASTRUCTURE for o in targets) and not any(x.lower_ in {"ground", "infantry", "assault"} and x.i != head.i for x in sent):
            w = weapon_types()
            if w is not None and w.acled_sub != "Armed clash":
                return w
            return Types("ASSAULT", "missile", "Explosions/Remote violence", "Shelling/artillery/missile attack", fam)
    if fam in {"attack", "remote"} and not is_noun and (
            (subj is not None and lemma(subj) in {"hacker", "hacktivist"})
            or any(lemma(o) in _CYBER and any(lemma(c) in {"government", "official", "ministry", "bank", "state", "news", "web"}
                                               or (c.ent_type_ and lemma(o) not in _CYBER_AMBIGUOUS) for c in o.children)
                   for o in objs if o.dep_ in _OBJ_DEPS)):
        return Types("COERCE", "cyberattack", None, None, "cyber")  # "hackers attacked government websites"
    if fam == "attack" and not is_noun and lemma(head) == "attack" and (
            any(c.dep_ == "advmod" and c.lower_ == "verbally" for c in head.children)
            or (any(p.dep_ == "prep" and p.lower_ in {"for", "over"} and any(x.dep_ == "pobj" and not is_placeish(lex, x) for x in p.children)
                    for p in head.children)
                and not (subj is not None and (has_class(lex, "troops", subj) or subj.lower_ in {"gunmen", "militants", "rebels"}))
                and not nearest_weapon(sent, lex, head))):
        return Types("ACCUSE", "criticism", None, None, "accuse", 0.3)  # "attacked the United States for its report"
    if fam == "attack":
        if any(x.lower_ == "ground" for x in sent):
            return t
        w = weapon_types()
        if w is not None and w.acled_sub != "Armed clash":
            return w
        targets = objs + [c for c in head.children if c.dep_ == "prep" for c in c.children]
        if crowd_in(lex, targets) or crowd_in(lex, [subj] if subj is not None else []):
            return riot_types(lex, subj)
        if any(civilian(lex, o) for o in targets):
            return Types("ASSAULT", "attack on civilians", "Violence against civilians", "Attack", fam)
        return t
    if fam == "clash":
        if lemma(head) in {"fight", "battle", "struggle"}:
            fors = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "for" for c in p.children if c.dep_ == "pobj"]
            if any(lemma(f) in _ABSTRACT_CAUSES or f.lower_ in _ABSTRACT_CAUSES or not (is_placeish(lex, f) or f.pos_ == "PROPN") for f in fors):
                return None  # "fighting for self-determination", "the battle for independence"
            if not is_noun and not objs and not any(c.dep_ in {"prep", "npadvmod"} for c in head.children) and not concrete_sentence:
                return None  # "its will to fight", "a better moment to fight again"
        if lemma(head) == "engage" and not is_noun:
            ins = [c for p in head.children if p.dep_ == "prep" and p.lower_ == "in" for c in p.children if c.dep_ == "pobj"]
            if ins and not any(lemma(x) in _COMBAT_NOUNS for x in ins):
                return None  # "engage in trade union activities"
        if lemma(head) in {"fight", "engage", "battle"} and not is_noun:
            bad = [o for o in objs if o.dep_ in _OBJ_DEPS and not (is_entityish(o) or has_class(lex, "troops", o) or is_placeish(lex, o))]
            if bad:
                return None  # "fight corruption"
            if lemma(head) == "engage" and not objs and not any(c.dep_ == "prep" for c in head.children):
                return None
        if lemma(head) == "invade":
            return Types("ASSAULT", "invasion", "Battles", "Armed clash", fam)
        sides = objs + ([subj] if subj is not None else []) + [c for p in head.children if p.dep_ == "prep"
                                                             for c in p.children if c.dep_ == "pobj"]
        if is_noun and head.dep_ in {"nsubj", "nsubjpass"}:
            # "clashes broke out between police and students": the parties hang on the verb
            sides += [c for p in head.head.children if p.dep_ == "prep" and p.lower_ in {"between", "with"}
                      for c in p.children if c.dep_ == "pobj"]
        sides += [c for x in sides for c in x.children if c.dep_ == "conj"]  # "between police and protesters"
        if crowd_in(lex, sides) or (any(lemma(x) == "police" for o in sides for x in o.subtree)
                                    and any(lex.heads.get((lemma(o),)) == "civilians" for o in sides)):
            return riot_types(lex, subj)  # "protesters clashed with police", "students clashed with riot police"
        if lemma(head) in {"storm", "raid"} and any(civilian(lex, o) for o in objs) \
                and not has_weapon(sent, lex, "artillery") and not any(has_class(lex, "troops", o) for o in objs):
            return Types("ASSAULT", "attack on civilians", "Violence against civilians", "Attack", fam)
        return t
    if fam in {"capture", "recapture", "fall"}:
        if row.lemmas == ("take",):
            # "Russian troops took Avdiivka": a place taken; not "took part", "took office"
            taken = [o for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}]
            if any(lemma(o) in {"place", "part", "office", "note", "care", "step", "action", "effect", "shape", "time",
                                "power", "charge", "responsibility", "hold"} for o in taken):
                return None  # idioms, also when the parser gives "took place in ... cities" a second object
            if not any(o.ent_type_ in {"GPE", "LOC", "FAC"} or lemma(o) in _TAKEN_GROUND or _a_found_place(o)
                       for o in taken):
                return None  # (not "took place", "took part", "took office")
            return t
        if row.lemmas == ("drive", "out"):
            # "drove Russian forces out of Kharkiv": the place left behind is the one taken
            left = [x for x in head.subtree if x.dep_ == "pobj" and x.head.lower_ in {"of", "from"}]
            return t if any(is_placeish(lex, x) or x.pos_ == "PROPN" for x in left) else None
        if fam == "fall":
            if subj is None or not is_placeish(lex, subj):
                return None
            if not any(c.dep_ == "prep" and c.lower_ in {"to", "into"} for c in head.children):
                return None
        if objs and all(has_class(lex, "person", o) and not is_placeish(lex, o) for o in objs):
            if any(has_class(lex, "civilian", o) for o in objs):
                return Types("ASSAULT", "abduction", "Violence against civilians", "Abduction/forced disappearance", "abduct")
            return Types("ASSAULT", "capture of personnel", None, None, fam)
        if any(lemma(a) in {"try", "attempt", "seek", "fail"} for a in head.ancestors if a.i < head.i):
            return Types("ASSAULT", "attempted capture", "Battles", "Armed clash", "clash")
        if objs and any(has_class(lex, "asset", o) for o in objs):
            return Types("COERCE", "seizure", "Strategic developments", "Looting/property destruction", "loot")
        if objs and any(subtree_has(lex, "weaponry", o) for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}):
            return Types("ASSAULT", "weapons seizure", "Strategic developments", "Disrupted weapons use", "disrupt")
        if objs and any(subtree_has(lex, "aid", o) and not is_placeish(lex, o) for o in objs if o.dep_ in _OBJ_DEPS):
            return Types("ASSAULT", "weapons seizure", "Strategic developments", "Disrupted weapons use", "disrupt")
        if objs and not any(is_placeish(lex, x) or x.pos_ == "PROPN" for o in objs for x in o.subtree):
            return None
        return t
    if fam == "withdraw" and lemma(head) == "leave":
        # "Wagner mercenaries left Rostov-on-Don": a force leaves a place; people leaving a city
        # are no withdrawal, nor is anyone who leaves a post
        left = [o for o in objs if o.dep_ in _OBJ_DEPS]
        subjects = [c for c in head.children if c.dep_ == "nsubj"]  # (a dateline may parse as a second one)
        force = any(has_class(lex, "troops", x) for s_ in subjects for x in s_.subtree)
        if not force or not any(is_placeish(lex, x) or _a_found_place(x) for o in left for x in o.subtree):
            return None
    if fam == "withdraw":
        sources = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "out"}]
        # "pulled out of the deal": the parser hangs "of" on "out" (a preposition) or on the verb
        sources += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                    and any(o.dep_ == "prt" and o.lower_ == "out" for o in head.children)]
        sources += [p for s in list(sources) if s.lower_ == "out" for p in s.children if p.dep_ == "prep" and p.lower_ == "of"]
        pobjs = [p for s in sources for p in s.children if p.dep_ == "pobj"]
        if not is_noun and any(has_class(lex, "envoy", o) for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}):
            # "withdrew its ambassador from Israel": a diplomatic recall (PLOVER SANCTION), not a retreat
            return Types("SANCTION", "recall of ambassador", None, None, "sanction")
        if any(has_class(lex, "treaty", p) for p in pobjs + objs) or any(
                lemma(o) in {"ratification", "signature", "membership", "participation"} and subtree_has(lex, "treaty", o)
                for o in objs):
            # "withdrew from the treaty", "withdrawing its ratification of the test-ban treaty"
            return Types("REJECT", "treaty withdrawal", None, None, "reject")
        if lemma(head) == "turn":
            # "turned his columns around", "the convoy turned back": a force that stops its advance;
            # not "turned the economy around"
            movers = [o for o in objs if o.dep_ in _OBJ_DEPS] + ([subj] if subj is not None else [])
            if not any(has_class(lex, "troops", x) or lemma(x) in {"column", "convoy", "tank", "vehicle"}
                       for m in movers for x in m.subtree):
                return None
            return Types("RETREAT", "withdrawal", None, None, fam)
        if lemma(head) == "quit" and not any(is_placeish(lex, o) for o in pobjs + objs):
            return None  # "quit the deal" is above; "quit his job", "quit smoking" are no retreat
        if lemma(head) == "abandon" and not any(is_placeish(lex, o) for o in objs):
            return Types("RETREAT", "equipment abandonment", None, None, fam) if objs else None
        if any(is_placeish(lex, p) or p.pos_ == "PROPN" for p in pobjs + objs):
            return t
        return Types("RETREAT", row.mode, None, None, fam)
    if fam == "handover" and any((has_class(lex, "person", o) or has_class(lex, "troops", o) or o.ent_type_ == "PERSON")
                                 and not is_placeish(lex, o) for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}):
        if any(lemma(o) in {"suspect", "fugitive", "accused", "criminal", "defendant"} or o.ent_type_ == "PERSON"
               for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}):
            # "handed over a genocide suspect to the tribunal": a person delivered to justice
            return Types("COOPERATE", "extradition", None, None, "cooperate", 0.3)
        return Types("RETREAT", "release", None, None, "retreat", 0.3)  # "handed over the soldiers they held"
    if fam == "disrupt":
        if lemma(head) in _FINDING:
            # "a cache of ammunition was found", "police seized rifles": weapons taken out of use;
            # "cleared 17 hectares of explosive devices"
            direct = [o for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}]
            if lemma(head) == "clear" and any(o.dep_ == "nsubjpass" and o.pos_ == "PRON" for o in direct):
                return None  # "until they had been cleared of mines": a condition, no operation reported
            if lemma(head) == "clear":
                direct += [c for o in direct for p in o.children if p.dep_ == "prep" and p.lower_ in {"of", "from"}
                           for c in p.children] + [o for o in objs if o.dep_ == "pobj" and o.head.lower_ in {"of", "from"}]
            if not any(subtree_has(lex, "weaponry", o) for o in direct):
                return None
            return t
        if lemma(head) in {"shoot", "down", "intercept"} and not is_noun:
            if not any(has_class(lex, "airborne", x) or _AIRCRAFT_MODEL.match(x.text) for o in objs for x in o.subtree) \
                    and not (subj and has_class(lex, "airborne", subj)):
                return None
            if lemma(head) in {"shoot", "down"} and any(has_class(lex, "manned_aircraft", x) for o in objs for x in o.subtree):
                # a crewed aircraft shot down is an attack on it (ACLED: shelling/missile attack)
                return Types("ASSAULT", "air defence", "Explosions/Remote violence", "Shelling/artillery/missile attack", fam)
        if lemma(head) == "neutralize" and not any(has_class(lex, "airborne", o) or lex.weapon_of.get((lemma(o),)) == "explosive" for o in objs):
            return None
        return t
    if fam == "kill":
        if any(o.lower_ in _REFLEXIVE for o in objs):
            return None  # "could simply shoot himself"
        if head.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass", "agent"} for c in head.children) and head.dep_ in {"ROOT", "amod", "acl", "appos", "conj", "npadvmod"}:
            return None  # a bare figure ("40,000 killed, 100,000 wounded"), no event of its own
        if head.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in head.children) and any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.like_num for c in head.children):
            return None
        counted = [c for o in objs if lemma(o) in {"dozen", "hundred", "thousand", "score", "scores"}
                   for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
        humans = [o for o in objs + counted if has_class(lex, "person", o) or o.ent_type_ == "PERSON" or o.like_num or o.pos_ == "PRON"
                  or lemma(o) in _ROLE_WORDS or (lemma(o),) in lex.heads]  # "killed dozens of people"
        if lemma(head) in {"kill", "shoot", "beat", "stab"} and not is_noun and not humans:
            return None
        w = weapon_types()
        if w is not None and w.acled_sub not in {"Armed clash"}:
            return w
        if any(has_class(lex, "troops", o) or lex.heads.get((lemma(o),)) in {"military", "rebels"} for o in humans) \
                and not any(has_class(lex, "civilian", o) for o in humans):
            return Types("ASSAULT", "armed clash", "Battles", "Armed clash", fam)
        return t
    if fam == "explosive":
        w = weapon_types()
        if w is not None and w.acled_sub != "Armed clash":
            if row.acled_sub in {"Suicide bomb", "Chemical weapon", "Grenade"}:
                return t
            return w
        if row.acled_sub == "Remote explosive/landmine/IED" and lemma(head) in {"explosion", "blast", "explode"}:
            # an explosion with no device named: most often a strike
            return Types("ASSAULT", "explosion", "Explosions/Remote violence", "Shelling/artillery/missile attack", fam, 0.3)
        return t
    if fam == "destroy" and not is_noun and any(
            lemma(o) in _FLYING_MUNITIONS for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}) and (
            any(c.dep_ == "prep" and c.lower_ == "over" for c in head.children)
            or (subj is not None and any(lemma(x) in {"defence", "defense", "interceptor"} for x in subj.subtree))):
        # "air defence units destroyed 16 drones over the Odesa region": an interception
        return Types("ASSAULT", "interception", "Strategic developments", "Disrupted weapons use", "disrupt")
    if fam == "destroy" and lemma(head) == "sink" and not any(
            lemma(x) in {"ship", "warship", "vessel", "frigate", "submarine", "boat", "cruiser", "corvette", "tug",
                         "tanker", "flagship", "destroyer"} for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}
            for x in [o, *(c for c in o.children if c.dep_ in {"compound", "amod", "appos"})]):
        return None  # "sank a Russian landing ship"; not "prices sank" or "sank into the mud"
    if fam == "destroy" and lemma(head) == "sink":
        w = weapon_types()
        return w if w is not None and w.acled_sub != "Armed clash" else t
    if fam == "destroy":
        if not any(subtree_has(lex, "target", o) for o in objs):
            return None
        w = weapon_types()
        if w is not None and w.acled_sub != "Armed clash":
            return w
        return t
    if fam == "protest" and lemma(head) == "gather":
        # "protesters gathered in Moscow against mobilization"; not "officials gathered in Brussels"
        if subj is None or not (has_class(lex, "crowd", subj) or lemma(subj) in {"activist", "opponent", "supporter"}
                                and any(c.dep_ == "prep" and c.lower_ in {"against", "outside", "to"} for c in head.children)):
            return None
    if fam == "protest":
        if lemma(head) == "demonstrate" and (any(o.dep_ in _OBJ_DEPS or o.dep_ == "nsubjpass" for o in objs)
                                             or any(c.dep_ in {"auxpass", "ccomp"} for c in head.children)):
            return None  # "demonstrated its readiness", "as was demonstrated by Hamas"
        if not is_noun and lemma(head) == "protest" and any(o.dep_ in _OBJ_DEPS for o in objs) and not (
                subj is not None and (crowd_in(lex, [subj]) or lex.heads.get((lemma(subj),)) in {"civilians", "protesters", "opposition"}
                                      or lemma(subj) in {"thousand", "hundred", "dozen", "million"} or subj.like_num)):
            return Types("ACCUSE", "protest", None, None, "accuse")  # "Kyiv protested the decision"; farmers protesting prices protest
        if not is_noun and lemma(head) == "protest" and subj is not None and _state_party(subj) and not crowd_in(lex, [subj]):
            # "Israel protested to the United Nations over ...": a formal complaint, not a street protest
            return Types("ACCUSE", "protest", None, None, "accuse", 0.3)
        if lemma(head) == "march" and not is_noun and not crowd_in(lex, [subj] if subj is not None else []) and not (
                subj is not None and (subj.like_num or lemma(subj) in {"thousand", "hundred", "dozen"})) and not any(
                lemma(x) in {"embassy", "consulate", "parliament", "palace", "office", "headquarters", "ministry"}
                for p in head.children if p.dep_ == "prep" for x in p.children) and any(
                c.lower_ in {"on", "toward", "towards"} and not any(x.ent_type_ in {"DATE", "TIME"} for x in c.children)
                for c in head.children):  # "marched on the capital", not "marched on Friday"
            return Types("MOBILIZE", "march", None, None, "mobilize")
        scope = list(sent)
        if next_sent is not None and not any(lex.triggers.get(lemma(x)) and any(r.family == "protest" for r in lex.triggers[lemma(x)]) for x in next_sent):
            scope += list(next_sent)  # "... Police dispersed the rally."
        any_cls = classes_in(scope, lex)

        if any_cls("excessive"):
            return Types("PROTEST", row.mode, "Protests", "Excessive force against protesters", fam)
        if any_cls("violent") and not any_cls("intervene"):
            return Types("PROTEST", "riot", "Riots", "Violent demonstration", "riot")
        if any_cls("intervene"):
            return Types("PROTEST", row.mode, "Protests", "Protest with intervention", fam)
        return t
    if fam == "loot" and row.lemmas == ("set", "fire") and subj is not None and lemma(subj) in _MUNITIONS:
        # "drones set fire to the refinery": a strike, not arson
        return weapon_types() or Types("ASSAULT", *REMOTE_SUB["missile"], "remote")
    if fam == "loot" and lemma(head) in _FINDING and not is_noun:
        if any(subtree_has(lex, "weaponry", o) for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}):
            return Types("ASSAULT", "weapons seizure", "Strategic developments", "Disrupted weapons use", "disrupt")
    if fam == "arrest" and lemma(head) == "lead":
        # "was led away to a police van", "police led him away": taken into custody; not "led
        # away from the fire"
        if not any(lemma(x) in {"police", "officer", "van", "custody", "policeman", "guard"} for x in head.subtree) \
                and not (subj is not None and lemma(subj) in {"police", "officer", "policeman"}):
            return None
        return t
    if fam == "arrest":
        return t
    if fam == "sentence" and lemma(head) == "fine":
        # "a court fined the journalist 50,000 roubles": a penalty on a person or a body
        if not (subj is not None and (lemma(subj) in {"court", "judge", "tribunal", "police", "regulator", "authority"}
                                      or has_class(lex, "person", subj) is False and subj.ent_type_ == "ORG")
                or any(o.ent_type_ in {"PERSON", "ORG"} or has_class(lex, "person", o) for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"})):
            return None
        return t
    if fam == "sentence":
        if lemma(head) == "charge" and any(c.dep_ == "ccomp" for c in head.children) and is_entityish(subj):
            return Types("ACCUSE", "accusation", None, None, "accuse", 0.3)  # "Pakistan charged that ..."
        if lemma(head) == "charge" and not any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children):
            return None
        return t
    if fam == "repress" and lemma(head) == "disperse":
        # "riot police used tear gas to disperse students": repression of a crowd, coded by
        # ACLED as the protest met with force
        if not crowd_in(lex, objs) and not any(lemma(o) in {"student", "worker", "farmer", "supporter", "people"} for o in objs):
            return None
        p = protest_types(sent, lex, next_sent)
        if p.acled_type == "Riots":
            p = Types("PROTEST", "protest", "Protests", "Protest with intervention", "protest")
        return Types("COERCE", "repression", p.acled_type, p.acled_sub, fam)
    if fam == "repress" and lemma(head) == "blockade" and not is_noun and subj is not None and (
            lex.heads.get((lemma(subj),)) in {"civilians", "protesters"} or crowd_in(lex, [subj])):
        return Types("PROTEST", "obstruction", "Protests", "Peaceful protest", "protest")  # "truck drivers blockaded fuel depots"
    if fam == "repress" and lemma(head) in {"designate", "label", "list", "brand"}:
        # "designated the outlet an undesirable organisation", "labelled the writer a foreign agent":
        # the state's tools against its critics; not "labelled the boxes"
        words = [lemma(x) for x in head.subtree]
        if not ("undesirable" in words or "extremist" in words or ("foreign" in words and "agent" in words)):
            return None
        return t
    if fam == "repress":
        if lemma(head) == "block" and is_entityish(subj) and any(
                lemma(o) in _BLOCKED_DECISIONS or subtree_has(lex, "treaty", o) or lemma(o) == "package" and subtree_has(lex, "aid", o)
                for o in objs if o.dep_ in _OBJ_DEPS):
            # "Hungary blocked the EU aid package", "Turkey blocked Sweden's bid": a veto
            return Types("REJECT", "veto", None, None, "reject")
        if lemma(head) == "block" and not any(has_class(lex, "media", o) for o in objs):
            return None
        if lemma(head) == "closure" and not any(c.dep_ == "prep" and c.lower_ in {"on", "of"} and any(
                is_placeish(lex, x) or lemma(x) in {"border", "crossing", "territory", "area", "town", "city", "region"}
                for x in c.children) for h in (head, head.head) for c in h.children):
            return None  # "imposed a closure on the West Bank"; not "the closure of the plant"
        if lemma(head) in {"close", "shut"} and not any(lemma(o) in _PRESS and o.pos_ == "NOUN" for o in objs if o.dep_ in _OBJ_DEPS):
            return None  # "closed down an independent newspaper", not "closed the ship channel"
        if not is_noun and lemma(head) in {"ban", "outlaw", "censor", "nationalize", "nationalise"} and not objs:
            return None
        if lemma(head) == "ban" and any(lemma(o) in _TRADE for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}):
            # "banned imports of British beef": an embargo on another state's goods (PLOVER SANCTION)
            return Types("SANCTION", "embargo", None, None, "sanction")
        return t
    if fam == "mobilize" and lemma(head) == "order":
        # "ordered 20,000 more troops to the Gulf"; not "ordered an inquiry" or "ordered troops to withdraw"
        direct = [o for o in objs if o.dep_ in _OBJ_DEPS]
        if not any(has_class(lex, "troops", o) or lemma(o) in _DEPLOYED for o in direct):
            return None
        if not any(c.dep_ == "prep" and c.lower_ in {"to", "into", "toward", "towards"} for h in [head] + direct for c in h.children):
            return None
        return t
    if fam == "mobilize" and lemma(head) == "move":
        # "moved tanks and artillery towards the border": forces moved somewhere
        if not any(has_class(lex, "troops", o) or subtree_has(lex, "weaponry", o) or lemma(o) in _WAR_MATERIEL
                   for o in objs if o.dep_ in _OBJ_DEPS):
            return None
        if not any(c.dep_ == "prep" and c.lower_ in {"to", "toward", "towards", "into", "near", "along", "closer"}
                   for h in [head] + [o for o in objs if o.dep_ in _OBJ_DEPS] for c in h.children):
            return None
        return t
    if fam == "mobilize" and lemma(head) in {"exercise", "manoeuvre", "maneuver", "drill", "patrol"} and any(
            c.lower_ == "joint" for c in head.children if c.dep_ in {"amod", "compound"}):
        return Types("COOPERATE", "military cooperation", None, None, "cooperate", 0.3)  # "began joint military exercises"
    if fam == "mobilize" and lemma(head) in {"exercise", "manoeuvre", "maneuver", "war game"}:
        # "naval exercises", "joint military manoeuvres": not a training course or a fiscal year
        if not any(lemma(c) in _DRILL_MODIFIERS for c in head.children if c.dep_ in {"amod", "compound"}) and not any(
                p.dep_ == "prep" and p.lower_ == "with" and any(has_class(lex, "weaponry", x) or lemma(x) in _DRILL_MODIFIERS
                                                                for x in p.subtree) for p in head.children):
            return None  # ("exercises with nuclear weapons": the weapons make them military)
        return t
    if fam == "mobilize":
        if lemma(head) == "alert" and not (head.dep_ == "pobj" and head.head.lower_ == "on"):
            return None  # only "put / placed on (high) alert"
        if lemma(head) == "buildup" and not (_happening(head) or _own_date(head)):
            return None  # "the risk of a buildup"
        if lemma(head) in {"reinforce", "build"} and not (any(has_class(lex, "troops", o) or lemma(o) in {"position", "presence", "defence", "defense", "border", "garrison", "line"}
                                                             for o in objs)):
            return None
        if lemma(head) in {"mobilize", "mobilise"} and not is_noun and any(o.dep_ in _OBJ_DEPS for o in objs) and not any(
                has_class(lex, "troops", o) or has_class(lex, "person", o) or o.like_num or o.pos_ in {"PRON", "PROPN"}
                or lemma(o) in {"member", "supporter", "fighter", "reservist", "man", "men", "force", "militia"} for o in objs):
            return None  # "mobilized efforts to help", "mobilized resources": no force is raised
        if lemma(head) in {"deploy", "mass", "draft", "station"} and not is_noun:
            counted = [c for o in objs for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                       for c in p.children if c.dep_ == "pobj"]  # "massed thousands of troops"
            if not any(has_class(lex, "troops", o) or has_class(lex, "aid", o) or o.like_num or has_class(lex, "person", o)
                       or lemma(o) in _WAR_MATERIEL or has_class(lex, "weaponry", o) for o in objs + counted):
                return None  # ("would station tactical nuclear weapons in Belarus")
        return t
    if fam in {"agree", "law"} and lemma(head) in {"agree", "adopt", "approve"} and not is_noun and any(
            lemma(o) in {"sanction", "sanctions"} or lemma(o) in {"package", "round"}
            and any(lemma(c) in {"sanction", "sanctions"} for c in o.children if c.dep_ in {"compound", "nmod", "amod"})
            for o in objs if o.dep_ in _OBJ_DEPS):
        # "the EU agreed a 14th sanctions package": the sanctions are imposed
        return Types("SANCTION", "sanctions", None, None, "sanction")
    if fam == "agree":
        if lemma(head) == "sign":
            if any(has_class(lex, "law", o) for o in objs):
                return Types("SUPPORT", "law signed", None, None, "law")
            if (head.dep_ == "advcl" and head.tag_ == "VBN" and subj is not None and has_class(lex, "law", subj)
                    and any(p.lower_ == "into" for p in head.children)):
                return Types("SUPPORT", "law signed", None, None, "law")  # "Signed into effect on 24 September, the law ..."
            if not any(has_class(lex, "treaty", o) for o in objs):
                return None
            return t
        if lemma(head) == "agree" and not is_noun:
            if any(c.dep_ == "ccomp" for c in head.children) or not is_entityish(subj):
                return None
        return t
    if fam == "exchange":
        if not is_noun and not any(has_class(lex, "person", o) for o in objs):
            return None
        return t
    if fam == "support":
        if lemma(head) in {"recognize", "recognise"}:
            if any(c.dep_ == "ccomp" for c in head.children) or not objs or not is_entityish(subj):
                return None
        return t
    if fam == "join":
        if not any(o.ent_type_ in {"ORG", "GPE"} or lemma(o) in {"alliance", "union", "nato", "bloc", "organization", "organisation"} for o in objs):
            return None
        return t
    if fam == "law":
        if lemma(head) in {"take", "come", "enter"}:
            # "the law took effect in August": what comes into force is a law
            return t if subj is not None and has_class(lex, "law", subj) else None
        passed = list(objs)
        if head.dep_ == "relcl" and any(c.dep_ in _OBJ_DEPS and c.lower_ in {"that", "which"} for c in head.children):
            passed.append(head.head)  # "laws that the State Duma passed in March 2022"
        if not any(has_class(lex, "law", o) for o in passed):
            return None
        return t
    if fam == "reject" and lemma(head) == "deny":
        # "Kyiv denied any such plan": a denial that is news; "denied attacking the dam" leaves
        # the attack (its modality says so) and "denied that ..." is a statement
        if is_entityish(subj) and any(lemma(o) in _DENIED for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}):
            return Types("REJECT", "denial", None, None, "reject", 0.3)
        return None
    if fam == "reject":
        if lemma(head) == "dismiss" and any(has_class(lex, "person", o) or o.ent_type_ == "PERSON"
                                            or lemma(o) in _ROLE_WORDS for o in objs):
            return None  # "dismissed the defence minister": a personnel change, not a rejection
        if lemma(head) in {"dismiss", "defy", "rebuff", "spurn", "rule"} and not objs:
            return None
        if lemma(head) in {"suspend", "halt"} and any(lemma(o) in _FLOWS or lemma(o) in _TALKS
                                                      for o in objs if o.dep_ in _OBJ_DEPS):
            return Types("SANCTION", "reduced cooperation", None, None, "sanction")  # "suspended aid to Zimbabwe"
        if lemma(head) in {"suspend", "exit", "revoke", "revocation"}:
            # "revoked its ratification of the test-ban treaty"
            if not any(subtree_has(lex, "treaty", o) for o in objs):
                return None
        if not is_noun and not is_entityish(subj):
            return None
        return t
    if fam == "concede" and lemma(head) in {"ease", "lift", "relax"}:
        # what is eased names the concession; its subject may be any authority
        lifted = [o for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}]
        if not any(subtree_has(lex, "restriction", o) for o in lifted):
            return None  # "eased into the lead", "lifted the box"
        if any(lemma(x) in {"siege", "blockade"} for o in lifted for x in o.subtree):
            return Types("RETREAT", "lifting of siege", None, None, "retreat")
        t.weight = 0.3
        return t
    if fam == "threaten" and is_noun and lemma(head) == "warning" and not _stated_act(head):
        return None  # "Moscow's warnings about the deliveries"; not "a flood warning"
    if fam == "concede" and lemma(head) == "return":
        returned = [o for o in objs if o.dep_ in _OBJ_DEPS]
        if any(lemma(o) in {"body", "remains"} for o in returned):
            t.weight = 0.3
            return t  # "returned the bodies of four sailors": remains handed back
        if any(has_class(lex, "person", o) or lemma(o) in {"prisoner", "hostage", "detainee"} for o in returned):
            return Types("RETREAT", "release", None, None, "retreat", 0.3)
        if not any(lemma(o) in {"body", "remains", "property", "land", "territory", "asset", "artifact", "ship", "vessel",
                                "aircraft", "island", "area"} for o in returned):
            return None  # "returned home", "would return to the deal"
        t.weight = 0.3
        return t
    if fam == "request" and lemma(head) == "appeal" and not is_noun and any(
            c.dep_ in _OBJ_DEPS | {"nsubjpass"} and lemma(c) in _RULINGS for c in head.children):
        # "the defence would appeal the verdict": legal action against a ruling (PLOVER ACCUSE,
        # as CAMEO's lawsuits), not an appeal for something
        return Types("ACCUSE", "legal appeal", None, None, "accuse", 0.3)
    if fam == "request" and lemma(head) == "invite" and not is_noun:
        # "invited inspectors", "invited IAEA monitors to the plant": a state asks for a presence
        if not any(lemma(o) in _ADMITTED for o in objs if o.dep_ in _OBJ_DEPS):
            return None
    if fam == "accuse" and lemma(head) in _DISMAY | _REGRET:
        return _stated_dismay(head, lex, t)
    if fam == "accuse" and lemma(head) == "try":
        return _imputed_aim(head, t)
    if fam in {"consult", "request", "offer", "threaten", "accuse", "concede", "cooperate"}:
        if not is_noun and not is_entityish(subj) and not _listed_act(head):
            return None
        admitted = [o for o in objs if o.dep_ in _OBJ_DEPS] + [
            x for c in head.children if c.dep_ in {"ccomp", "xcomp"} for x in c.children if x.dep_ == "nsubj"]
        if lemma(head) == "allow" and not any(lemma(o) in _ADMITTED or any(lemma(x) in _ADMITTED for x in o.children if x.dep_ == "compound")
                                              for o in admitted):
            return None  # "allowed UN inspectors to resume their work", not "allowed him to speak"
        if lemma(head) == "complain" and not any(c.dep_ in {"ccomp", "dobj", "prep"} for c in head.children):
            return None
        if lemma(head) == "object" and not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
            return None  # "objected to the use of the name"
        if lemma(head) == "summon" and not any(subtree_has(lex, "envoy", o) for o in objs if o.dep_ in _OBJ_DEPS):
            return None  # "summoned the ambassador" is a formal complaint; not "summoned the cabinet"
        if lemma(head) == "slam" and not any(o.dep_ in _OBJ_DEPS for o in objs):
            return None  # "slammed into the coast"
        if lemma(head) == "lash" and not any(c.dep_ == "prep" and c.lower_ == "at" for c in head.children):
            return None
        if lemma(head) == "respond" and not (
                any(c.dep_ == "advmod" and c.lower_ in {"militarily", "firmly", "forcefully", "decisively", "harshly", "strongly"}
                    for c in head.children)
                or any(lemma(x) in {"attack", "aggression", "provocation", "strike", "invasion", "incursion"}
                       for p in head.children if p.dep_ == "prep" and p.lower_ == "to" for x in p.children)):
            return None  # "would respond firmly to any attack" threatens; "responded to the letter" does not
        if lemma(head) in {"retaliate", "respond"} and not (any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in head.children)
                                               or head.dep_ == "xcomp"):
            return None  # "retaliated with air strikes" reports the strikes; "would retaliate" threatens
        if fam == "consult" and lemma(head) == "receive":
            if not any(o.dep_ in _OBJ_DEPS and (o.ent_type_ == "PERSON" or lemma(o) in _ROLE_WORDS) for o in objs):
                return None  # "received an envoy", not "received aid"
        if fam == "consult" and lemma(head) == "sit" and not any(c.dep_ == "prep" and c.lower_ in {"with", "for", "at"} for c in head.children):
            return None
        if fam == "consult" and lemma(head) in {"speak", "phone", "telephone"}:
            if not any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children) and not objs:
                return None  # "spoke to reporters" is a statement; "spoke with Modi" a consultation
            if any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children) and not any(
                    c.dep_ == "prep" and c.lower_ in {"with", "by"} for c in head.children):
                return None
        if fam == "consult" and lemma(head) == "discuss" and not objs:
            return None
        if fam == "consult" and lemma(head) in {"negotiate", "broker"} and any(
                lemma(o) in {"deal", "agreement", "ceasefire", "truce", "accord", "settlement", "exchange", "release", "pact",
                             "treaty", "compromise"} for o in objs if o.dep_ in _OBJ_DEPS):
            return Types("AGREE", "agreement", None, None, "agree")  # "negotiated a deal with Prigozhin"
        if fam == "consult" and lemma(head) == "meet" and any(o.dep_ in _OBJ_DEPS and not is_entityish(o) for o in objs):
            return None
        if fam == "consult" and lemma(head) == "meet" and any(
                c.dep_ in {"nsubj", "nsubjpass"} and lemma(c) in _MET_TERMS for c in head.children):
            return None  # "once its demands were met": terms satisfied, not a meeting
        if fam == "request" and lemma(head) in {"ask", "press", "plead", "implore"} and trigger.row.lemmas != ("ask", "for"):
            # "asked India to open talks", "pressed Tehran for access": a request, not a question
            if not any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "for") for c in head.children):
                return None
            if any(c.dep_ == "ccomp" and any(m.lower_ in {"whether", "if", "why", "how", "what"} for m in c.children)
                   for c in head.children):
                return None  # "asked whether the talks would resume"
        if fam == "request" and lemma(head) == "call" and not is_noun and any(c.lower_ == "what" for c in head.children):
            return None  # "in what Putin called retaliation for the explosion": a label, not a call for anything
        if fam == "request" and is_noun and lemma(head) == "call" and head.dep_ == "dobj" \
                and lemma(head.head) in {"hold", "have", "make", "join"} and (
                any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
                or any(lemma(c) in {"video", "phone", "telephone", "conference"} for c in head.children)):
            return Types("CONSULT", "phone call", None, None, "consult", 0.3)  # "hold a video call with Zelensky"
        if fam == "request" and is_noun and lemma(head) == "call" and not any(
                c.dep_ == "prep" and c.lower_ in {"on", "for"} for c in head.children):
            return None  # "its call on Britain to negotiate", not "a close call"
        if fam == "request" and lemma(head) == "seek" and not any(
                lemma(o) in {"help", "aid", "assistance", "support", "asylum", "extradition", "release", "return", "loan",
                             "meeting", "talks", "apology", "compensation", "protection", "clarification", "explanation"}
                for o in objs if o.dep_ in _OBJ_DEPS):
            return None  # "sought Chinese help", not "sought to ..." or "sought shelter"
        if fam == "accuse" and lemma(head) == "probe" and not objs:
            return None
        if fam == "accuse" and lemma(head) == "allege" and not any(c.dep_ in {"ccomp", "dobj"} for c in head.children):
            return None
        if fam == "request" and lemma(head) == "apply":
            if not any(lemma(x) in {"membership", "join", "accession", "nato", "eu"} for x in head.subtree):
                return None
        t.weight = 0.3
        return t
    if fam == "sanction":
        if lemma(head) == "freeze" and any(has_class(lex, "treaty", o) for o in objs):
            return Types("REJECT", "suspension", None, None, "reject")  # "froze the New START treaty"
        if lemma(head) == "freeze" and any(subtree_has(lex, "relations", o) for o in objs):
            return Types("SANCTION", "reduced relations", None, None, fam)  # "froze its relations with Israel"
        if lemma(head) == "freeze" and not any(has_class(lex, "asset", o) for o in objs):
            return None
        if lemma(head) == "recall" and not any(subtree_has(lex, "envoy", o) for o in objs):
            return None  # "recalled the events of 2014"
        if lemma(head) in {"sever", "cut"} and any(_supply_line(o) for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}):
            # "the advance severed the supply lines to Lyman": a military cut-off, not a sanction
            return Types("COERCE", "blockade", None, None, "repress")
        if lemma(head) in {"sever", "cut", "break", "downgrade", "halt"} and not any(
                subtree_has(lex, "relations", o) or lemma(o) in _TALKS
                or (lemma(head) in {"cut", "halt"} and lemma(o) in _FLOWS)
                for o in objs):
            return None  # "cut the power", "broke off the attack"; not "broke off talks", "cut aid"
        if lemma(head) == "boycott" and not is_noun and not is_entityish(subj):
            return None
        if lemma(head) == "boycott" and not is_noun and subj is not None and (
                lex.heads.get((lemma(subj),)) in {"opposition", "civilians", "protesters"} or lemma(subj) == "party"):
            return Types("PROTEST", "boycott", None, None, "protest")  # "opposition parties boycotted the vote"
        if lemma(head) in {"expel", "expulsion"} and not any(lemma(x) in {"diplomat", "ambassador", "envoy", "attache", "official", "embassy", "consulate"}
                                                          for o in objs for x in o.subtree):
            if not is_noun and any(has_class(lex, "person", o) or lemma(o) in _EXPELLED_PEOPLE
                                   for o in objs if o.dep_ in _OBJ_DEPS):
                return Types("COERCE", "expulsion", None, None, "repress")  # "expelled a British journalist"
            return None
        return t
    if fam == "endorse":
        # "France praised / backed / welcomed ...": a stand taken by a named party toward
        # something it names; not "backed by tanks" or "welcome news"
        if is_noun or head.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in head.children):
            return None
        if not is_entityish(subj) or not (objs or any(c.dep_ in {"prep", "ccomp"} for c in head.children)):
            return None
        if lemma(head) in {"back", "support", "defend"} and any(has_class(lex, "troops", x) or has_class(lex, "weaponry", x)
                                                                for x in ([subj] if subj is not None else [])):
            return None  # "artillery supported the assault": fire support, not a political stand
        if lemma(head) == "defend" and (not objs or any(is_placeish(lex, o) or has_class(lex, "troops", o)
                                                         or lemma(o) in {"position", "line", "city", "town", "border"} or o.pos_ == "PRON"
                                                         for o in objs if o.dep_ in _OBJ_DEPS)):
            return None  # "defended the city", "defended itself": combat, not a stand taken
        t.weight = 0.3
        return t
    if fam == "condemn":
        # "called the explosion 'a terrorist act'", "called the breach 'outrageous'": a
        # condemnation by naming; not "called for talks", "called the town Bakhmut"
        named = [c for c in head.children if c.dep_ in {"oprd", "dobj", "xcomp", "ccomp"}]
        if not is_entityish(subj) or any(c.dep_ == "prep" and c.lower_ in {"for", "off"} for c in head.children):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "on" for c in head.children) and any(
                c.dep_ in {"xcomp", "ccomp"} for c in head.children):
            return None  # "called on Moscow to withdraw"
        if any(c.lower_ == "what" for c in head.children) and head.dep_ in {"pobj", "dobj", "ccomp", "relcl", "csubj"}:
            return None  # "condemned what she called Russia's cynical move": the label of another act
        if not any(lemma(x) in _CONDEMNING for c in named for x in c.subtree):
            return None
        return t
    if fam == "intend":
        # "promised to free the hostages", "accepted the ceasefire proposal": a commitment
        if not is_entityish(subj):
            return None
        if lemma(head) == "accept" and not any(subtree_has(lex, "accord", o) for o in objs if o.dep_ in _OBJ_DEPS):
            return None
        if lemma(head) in {"promise", "guarantee", "assure"} and not any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in head.children):
            return None
        if lemma(head) in {"vow", "promise", "pledge", "swear"}:
            # "vowed to avenge the killing" threatens; "vowed to hold elections" promises
            acts = [c for c in head.children if c.dep_ in {"xcomp", "ccomp"}]
            if not acts and not any(c.dep_ == "dobj" for c in head.children):
                return None
            if any(lemma(a) in _HOSTILE or any(lemma(x) in _HOSTILE for x in a.children if x.dep_ == "dobj") for a in acts):
                return Types("THREATEN", "threat", None, None, "threaten", 0.3)
            if any(c.dep_ == "dobj" and lemma(c) in _HOSTILE | _ANSWERS for c in head.children):
                return Types("THREATEN", "threat", None, None, "threaten", 0.3)  # "promised a response", "vowed revenge"
            if lemma(head) == "vow":
                t.weight = 0.2  # a vow to do well is a weak commitment beside what the sentence reports
            else:
                t.weight = 0.3
            return t
        t.weight = 0.3
        return t
    if fam == "displace" and lemma(head) == "ferry":
        # "volunteers ferried elderly residents from flooded houses": people carried to safety;
        # not "ferried supplies"
        carried = [o for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}]
        if not any(has_class(lex, "civilian", o) or has_class(lex, "person", o) for o in carried):
            return None
        return t
    if fam == "aid" and lemma(head) == "receive":
        # "Ukraine received the first F-16 jets": a delivery to the subject, from a giver the
        # sentence may not name
        if not is_entityish(subj) or subj.pos_ == "PRON" or not any(
                subtree_has(lex, "aid", o) for o in objs if o.dep_ in _OBJ_DEPS) or any(
                lemma(o) in {"call", "letter", "message", "visit", "delegation", "award", "prize", "support", "backing"}
                for o in objs if o.dep_ in _OBJ_DEPS):
            return None
        return Types("AID", "delivery", None, None, "aid", 0.3)
    if fam == "aid" and lemma(head) in {"arrive", "reach"}:
        return _arriving_aid(head, subj, lex, t)
    if fam == "aid":
        if lemma(head) == "pledge" and any(c.dep_ == "xcomp" for c in head.children):
            return Types("AGREE", "pledge", None, None, "intend", 0.3)  # "pledged to withdraw"
        sent_off = [o for o in objs if o.dep_ in _OBJ_DEPS | {"nsubjpass"}]
        sent_off += [c for o in sent_off for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj"]  # "dispatched hundreds of troops"
        if lemma(head) in {"send", "dispatch"} and any(has_class(lex, "troops", o) or lemma(o) in _DEPLOYED
                                                       or lemma(o) == "convoy" and subtree_has(lex, "troops", o)
                                                       for o in sent_off):
            return Types("MOBILIZE", "deployment", None, None, "mobilize")  # "sent an aircraft carrier to the Gulf"
        if lemma(head) in {"send", "launch", "fire"} and any(lemma(o) in _MUNITIONS for o in sent_off) and any(
                c.dep_ in {"prep", "advmod"} and c.lower_ in {"into", "over", "deep", "deeper", "across"} for c in head.children):
            return None  # "sent its drones deeper into Russia": the strikes they make are the event, not aid
        if not is_noun and not any(subtree_has(lex, "aid", o) or subtree_has(lex, "relief", o) for o in objs):
            return None
        if is_noun and not (subtree_has(lex, "aid", head) or subtree_has(lex, "relief", head)):
            return None
        t.weight = 0.3
        return t
    if fam == "retreat":
        if lemma(head) in {"disarm", "demobilize", "demobilise"} and not is_entityish(subj) and not objs:
            return None
        if lemma(head) in {"release", "free"} and not any(has_class(lex, "person", o) or o.ent_type_ == "PERSON"
                                                          or (lemma(o),) in lex.heads for o in objs):
            return None
        return t
    if fam == "election":
        if lemma(head) == "vote" and not is_noun and any(c.dep_ == "xcomp" for c in head.children):
            return None  # "voted to maintain sanctions": what was voted is the act
        if lemma(head) == "vote" and not is_noun:
            side = _vote_side(head, lex)
            if side == "for":
                return Types("SUPPORT", "vote for", None, None, fam)
            if side == "against":
                return Types("REJECT", "vote against", None, None, fam)
        if lemma(head) == "abstain" and not is_entityish(subj):
            return None
        return t
    if fam == "flight_sign":
        return t if _flight_sign(head, subj, sent, lex) else None
    if fam == "energy":
        # "halted gas deliveries", "cut off oil supplies to Poland": energy withheld by
        # someone, not "halted the advance" or "the storm cut off electricity"
        if head.dep_ in {"advcl", "conj", "xcomp"} and lemma(head.head) in _STRIKING:
            return None  # "launched strikes ..., hitting a plant, cutting electricity in Kharkiv": damage done
        return t if is_entityish(subj) and any(subtree_has(lex, "energy", o) for o in objs) else None
    if fam == "fortify":
        # "dug trenches", "built a defensive line": not "built a school"
        return t if any(subtree_has(lex, "fortification", o) for o in objs) else None
    return t


# what a party is said to be trying to do when the saying accuses it
_HOSTILE_AIMS = _HOSTILE | frozenset({"repeat", "cause", "terrorize", "terrorise", "intimidate", "frighten", "blackmail",
                                      "starve", "freeze", "break", "undermine", "provoke", "destabilize", "destabilise",
                                      "justify", "distract", "sabotage", "seize", "occupy", "annex", "erase",
                                      "exterminate", "deprive", "plunge", "sow", "escalate", "drag", "divide", "split"})


def _imputed_aim(head: Token, t: Types) -> Types | None:
    """ "Zelensky said Russia was trying to destroy us", "the minister said Russia was trying to
    repeat the campaign": one party saying another aims at harm accuses it. Not a party's own
    aims ("we are trying to ...") nor trying by itself."""
    if head.dep_ != "ccomp" or lemma(head.head) not in _SAYING | {"claim", "charge", "allege", "warn"}:
        return None
    speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON" or not is_entityish(speaker):
        return None
    doer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if doer is None or doer.pos_ == "PRON" or doer.ent_type_ not in {"GPE", "ORG", "NORP"} and not _state_party(doer):
        return None
    aims = [c for c in head.children if c.dep_ == "xcomp"]
    aims += [x for a in aims for x in a.children if x.dep_ == "conj"]
    if not any(lemma(a) in _HOSTILE_AIMS for a in aims):
        return None
    return Types("ACCUSE", "accusation", None, None, "accuse", 0.3)


def _arriving_aid(head: Token, subj: Token | None, lex: Lexicon, t: Types) -> Types | None:
    """ "The first IRIS-T systems would reach Ukraine in the coming days", "the first shells
    ... would arrive in Ukraine": weapons or aid coming to a country are a delivery. A
    munition that reaches a city strikes it, so munitions count only when they are due."""
    if subj is None or not subtree_has(lex, "aid", subj):
        return None
    if not (head.dep_ in {"ROOT", "conj"} or head.dep_ == "ccomp" and lemma(head.head) in _SAYING | {"expect", "confirm", "report"}):
        return None  # "seized humanitarian aid arriving in Melitopol": the arrival qualifies what was done to it
    places = [o for o in head.children if o.dep_ in _OBJ_DEPS] + [
        x for p in head.children if p.dep_ == "prep" and p.lower_ in {"in", "to", "into"} for x in p.children if x.dep_ == "pobj"]
    if not any(x.ent_type_ == "GPE" for x in places):
        return None
    due = any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"} for c in head.children)
    if (lemma(subj) in _MUNITIONS or has_class(lex, "weaponry", subj) and lemma(subj) in {"shell", "missile", "rocket"}) and not due:
        return None
    return Types("AID", "delivery", None, None, "aid", 0.3)


# a party's stated dismay at another's act condemns it ("the State Department said it was
# appalled", "Guterres was deeply shocked by the attacks", "deeply regretted the decision")
_DISMAY = frozenset({"appal", "appall", "appalled", "shock", "shocked", "outrage", "outraged", "horrify", "horrified",
                     "dismay", "dismayed"})
_REGRET = frozenset({"regret"})
# triggers whose ACCUSE is the speaker's own reaction ("said it was appalled", "said Russia was trying to ...")
STATED_REACTIONS = frozenset({"appal", "appall", "appalled", "shock", "shocked", "outrage", "outraged", "horrify",
                              "horrified", "dismay", "dismayed", "regret", "try"})
_REGRETTED = frozenset({"decision", "move", "step", "choice", "withdrawal", "exit", "refusal", "attack", "strike",
                        "sentence", "verdict", "ruling", "annexation", "invasion", "escalation", "suspension",
                        "expulsion", "closure", "ban", "arrest", "detention"})
_SAYING = frozenset({"say", "tell", "state", "add", "declare", "announce", "write", "insist", "stress"})


def _speaking_party(head: Token, subj: Token | None) -> bool:
    """The one who feels it is a named party, or a pronoun standing for the party that
    says so ("the ministry said it was appalled")."""
    if subj is None:
        return False
    if is_entityish(subj) and subj.pos_ != "PRON":
        return True
    if subj.lower_ not in {"he", "she", "it", "they", "we", "i"}:
        return False
    t = head
    for _ in range(3):
        if t.dep_ in {"ccomp", "conj"} and t.head is not t:
            t = t.head
            if lemma(t) in _SAYING:
                speaker = next((c for c in t.children if c.dep_ == "nsubj"), None)
                return is_entityish(speaker) and (speaker is not None and speaker.pos_ != "PRON")
        else:
            break
    return False


def _stated_dismay(head: Token, lex: Lexicon, t: Types) -> Types | None:
    if head.pos_ != "VERB":
        return None
    clause = head.head if head.dep_ == "acomp" else head  # "it was appalled": the copula holds the subject
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None and clause.dep_ == "conj":
        clause = clause.head
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if lemma(head) in _REGRET:
        # "regretted the Russian decision"; not "regretted nothing" or a perpetrator's apology
        regretted = [c for c in head.children if c.dep_ == "dobj"]
        if not any(lemma(o) in _REGRETTED for o in regretted):
            return None
    else:
        # the passive or adjectival use: "was appalled", "said it was shocked"; not "the blast
        # shocked residents" (an object) or "shocked residents" (a modifier)
        if any(c.dep_ == "dobj" for c in head.children) or head.dep_ in {"amod", "compound"}:
            return None
        if not (head.dep_ == "acomp" or any(c.dep_ in {"auxpass", "aux"} and lemma(c) == "be" for c in head.children)
                or head.tag_ == "VBN"):
            return None
        if subj is not None and has_class(lex, "civilian", subj):
            return None  # residents shocked by the blast: a feeling, not a statement
    if not _speaking_party(clause, subj):
        return None
    return Types("ACCUSE", "condemnation" if lemma(head) not in _REGRET else "criticism", None, None, "accuse", 0.3)


def _listed_act(head: Token) -> bool:
    """A gerund listed after another ("annexing X, threatening Y"): one of the acts of a
    series whose doer the sentence names before the list, not a generic verb."""
    return listed_gerund(head, or_conj=True) and not any(c.dep_ == "nsubj" for c in head.children)


# military aircraft named by model: "two Su-34s", "a MiG-29", "Ka-52 helicopters", "an A-50"
_AIRCRAFT_MODEL = re.compile(r"^(?:Su|MiG|Mig|Tu|Il|Ka|Mi|Yak|An|A|F|B|C|AH|UH|MQ|RQ|Be)-\d{1,3}[A-Z]{0,3}s?$")
# what is dropped in an air strike, and what lands when a strike hits
# terms that are met when they are satisfied ("once its demands were met")
# verbs of attack whose participle clauses list what the attack did
_STRIKING = frozenset({"launch", "hit", "strike", "attack", "shell", "pound", "bomb", "fire", "target", "damage",
                       "destroy", "knock"})
# what falls or flies from a strike and does its damage
_DEBRIS = frozenset({"debris", "fragment", "shrapnel", "wreckage", "wave", "blast", "explosion", "strike", "shelling",
                     "attack"})
# what an attempt by a force aims at when the attempt is an attack
_ASSAULT_AIMS = frozenset({"advance", "storm", "break", "push", "assault", "attack", "capture", "seize", "encircle",
                           "breach", "retake", "recapture", "penetrate", "overrun"})
# what a court decides and a party appeals
_RULINGS = frozenset({"verdict", "sentence", "ruling", "decision", "conviction", "judgment", "judgement", "acquittal"})
# decisions a party can block (a veto)
_BLOCKED_DECISIONS = frozenset({"sanction", "sanctions", "bid", "membership", "accession", "resolution", "bill",
                                "decision", "statement", "declaration", "proposal", "loan", "deal", "agreement"})
# what crowds do against something
_PROTESTING = frozenset({"protest", "rally", "demonstrate", "march", "gather", "demonstration", "picket", "strike"})
_MET_TERMS = frozenset({"demand", "condition", "requirement", "target", "goal", "deadline", "need", "expectation",
                        "criterion", "quota", "obligation", "standard"})
_FLYING_MUNITIONS = frozenset({"drone", "uav", "shahed", "missile", "rocket", "projectile", "geran"})
_DROPPED = frozenset({"bomb", "bombs", "munition", "munitions", "explosive", "explosives", "grenade", "grenades",
                      "barrel", "mine", "mines"})
_MUNITIONS = frozenset({"missile", "rocket", "shell", "bomb", "drone", "projectile", "round", "mortar", "munition",
                        "warhead", "shahed"})
# what naming an act condemns it as ("called the strike a war crime")
_CONDEMNING = frozenset({"terrorist", "terrorism", "terror", "crime", "criminal", "treason", "betrayal", "stab",
                         "outrageous", "barbaric", "barbarism", "atrocity", "genocide", "aggression", "provocation",
                         "unacceptable", "illegal", "illegitimate", "sham", "farce", "murder", "ecocide", "abhorrent",
                         "despicable", "heinous", "reprehensible", "unprovoked", "cowardly", "blackmail",
                         "unconscionable", "shameful", "disgraceful", "appalling", "monstrous", "cynical", "unjust",
                         "lawless", "motivated", "absurd", "baseless", "groundless", "egregious", "vile", "inhumane",
                         "savage", "travesty", "outrage", "scandalous", "lawlessness", "revenge", "reprisal"})
# what a party denies when the denial is itself news ("denied any such plan", "denied the charges")
_DENIED = frozenset({"plan", "claim", "accusation", "allegation", "report", "involvement", "responsibility",
                     "charge", "role", "link", "presence", "intention", "rumour", "rumor", "existence"})


_SUPPLY_LINES = frozenset({"line", "route", "road", "link", "corridor", "artery", "railway", "rail"})


def _supply_line(obj: Token) -> bool:
    """ "supply lines", "the main supply routes", "the logistics corridor": a force's supply."""
    return lemma(obj) in _SUPPLY_LINES and any(lemma(c) in {"supply", "logistic", "logistics", "resupply"}
                                               for c in obj.children if c.dep_ in {"compound", "amod", "nmod"})


_FLIGHT_SUBJECTS = frozenset({"flight", "ticket", "seat", "plane", "train", "bus"})
_BORDER_WORDS = frozenset({"border", "crossing", "crossings", "checkpoint", "frontier", "customs"})


def _flight_sign(head: Token, subj: Token | None, sent: Span, lex: Lexicon) -> bool:
    """Signs of people leaving that reporting counts as events: "flights out of
    Moscow sold out", "queues of cars stretched for miles at the border"."""
    if lemma(head) == "sell":
        return subj is not None and lemma(subj) in _FLIGHT_SUBJECTS
    if not any(lemma(x) in _BORDER_WORDS or x.lower_ in _BORDER_WORDS for x in sent):
        return False
    if head.pos_ in {"NOUN", "PROPN"}:
        return True
    who = [subj] if subj is not None else []
    if head.dep_ in {"advcl", "acl", "xcomp", "oprd"}:
        # "images showed traffic at the border backed up for miles"
        gov = head.head
        who += [gov] if gov.pos_ == "NOUN" else [c for c in gov.children if c.dep_ == "dobj"]
    return any(has_class(lex, "queue", x) for w in who for x in (w, *w.children))


def _vote_side(head: Token, lex: Lexicon) -> str | None:
    """Which way a vote on a resolution, bill or motion went: "voted for/in favour of
    the resolution" (for), "voted against the bill" (against); None for an election."""
    for prep in (c for c in head.children if c.dep_ == "prep"):
        word = prep.lower_
        targets = [c for c in prep.children if c.dep_ == "pobj"]
        if word == "in" and any(lemma(t) in {"favour", "favor"} for t in targets):
            word = "for"
            targets = [c for t in targets for p in t.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
        if word not in {"for", "against"}:
            continue
        if any(has_class(lex, "accord", t) or has_class(lex, "law", t)
               or lemma(t) in {"resolution", "motion", "measure", "proposal", "text", "draft", "amendment"} for t in targets):
            return word
    return None
