"""Places: every place an article names, geocoded offline.

Recognition. Candidate spans are runs of capitalised tokens (plus "of", "and",
"de", hyphens inside names), tried longest first against the gazetteer, and
"X region/oblast/province/county" phrases. A span that names some place is kept
when the spaCy NER calls it GPE/LOC/FAC, or when the evidence for a place is
strong enough otherwise: a locative preposition before it ("in", "near"), a
qualifier after it ("Columbus, Ohio"), a well-known place (a country, a state or
province, a large city). Guards reject spans inside a person's or an
organisation's name ("Jordan Peterson", "Georgia Tech"), after a title ("Mr.
Washington"), month names, and lower-case words. Adjectival demonyms
("Russian", "Georgian") are recorded as mentions of the country
(``precision="demonym"``).

Disambiguation. Each candidate place is scored by its population and kind
(countries and first-level divisions are the usual referents of a bare name),
then by the article's context: the countries and states it names (and the ones
its unambiguous places lie in), explicit qualifiers ("Pokrovsk in Donetsk",
"St. Petersburg, Russia", "Donetsk region" -> the oblast), and nearness to the
other places it names. All mentions of one name in an article resolve alike.

Metonymy. A country or capital that is the subject of a verb of saying or
deciding ("Moscow said", "Kyiv responded") is kept and flagged ``metonym``.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.gazetteer.front import front_closeness
from sitrep.gazetteer.index import (ABBREV, DEMONYM, FOLD_COUNTRIES, MAIN, Candidate, Gazetteer, fold, gazetteer,
                                   normalize)
from sitrep.records import Place
from sitrep.stages.context import followed_by_age

if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)

MAX_TOKENS = 6
# Words that may join the capitalised words of one name: "Isle of Man",
# "Bosnia and Herzegovina", "Rostov-on-Don", "Sant Julià de Lòria".
CONNECTORS = {"of", "and", "de", "del", "da", "do", "la", "le", "on", "upon", "-", "al", "el", "am", "an", "der", "du"}
# Words after a name that make it a division: "Donetsk region", "Rapides Parish".
DIVISION_WORDS = {"region", "oblast", "province", "county", "parish", "district", "governorate",
                  "krai", "territory", "state", "prefecture", "municipality", "raion", "borough"}
DIVISION_STRICT = DIVISION_WORDS - {"state", "territory", "district"}
LOCATIVE = {"in", "at", "near", "from", "to", "into", "outside", "toward", "towards", "across", "around",
            "between", "through", "throughout", "via", "across", "of", "within", "off", "inside", "past",
            "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "visit",
            "visited", "visiting", "entered", "captured", "liberated", "retook", "shelled", "struck", "hit",
            # Objects of these verbs in war reporting are places.
            "take", "taking", "took", "taken", "seize", "seized", "seizing", "capture", "capturing",
            "recapture", "recaptured", "recapturing", "liberate", "liberating", "retake", "retaking",
            "shelling", "bombed", "bombing", "attacked", "attacking", "besieged", "encircled",
            "encircling", "defend", "defended", "defending", "evacuated", "evacuating", "fled",
            "reached", "reaching", "surrounded", "surrounding", "hold", "held", "holding", "occupied",
            "annexed", "lost", "losing", "abandoned", "outskirts", "strikes", "struck",
            "left", "leaving", "enter", "entering", "stormed", "storming", "bombarded", "pounded", "pounding"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "president", "gov", "governor", "sen", "senator", "rep",
          "judge", "justice", "coach", "officer", "sgt", "sergeant", "lt", "capt", "captain", "gen",
          "general", "col", "colonel", "prof", "professor", "rev", "father", "pastor", "deputy", "chief",
          "minister", "mayor", "king", "queen", "prince", "princess", "saint", "sir", "lady", "lord",
          "detective", "trooper", "attorney", "commissioner", "councilman", "councilwoman", "secretary",
          "st", "sheriff", "dean", "principal", "superintendent", "director", "chairman", "spokesman",
          "spokeswoman", "actor", "actress", "singer", "player", "quarterback", "by"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
          "saturday", "sunday"}
# Verbs whose subject, when a country or a capital, stands for its government.
AGENT_VERBS = {"say", "announce", "respond", "warn", "claim", "deny", "accuse", "condemn", "demand",
               "insist", "reject", "agree", "sign", "impose", "threaten", "urge", "call", "vow",
               "pledge", "refuse", "decide", "approve", "send", "supply", "sanction", "expel",
               "recognize", "recognise", "support", "state", "declare", "confirm", "promise", "propose",
               "blame", "retaliate", "protest", "order", "ban", "allow", "offer", "seek", "want",
               "plan", "hope", "intend", "expect", "believe", "argue", "insist", "suggest", "tell",
               "ask", "request", "invite", "welcome", "criticize", "criticise", "dismiss", "summon",
               "launch", "invade", "attack", "annex", "mobilize", "mobilise", "negotiate", "veto",
               "vote", "pressure", "push", "press", "fund", "provide", "give", "pay", "promise",
               "gift", "need", "fear", "sought", "respond", "reply", "answer", "comment", "note",
               "take", "make", "escalate", "deploy", "move", "withdraw", "try", "continue", "begin",
               "start", "use", "signal", "host", "build", "strike", "fire", "bomb", "shell", "target",
               "mobilise", "conscript", "recruit", "step", "counter", "refuse", "insist", "admit",
               "acknowledge", "suspend", "halt", "resume", "cut", "block", "join", "leave", "win", "lose"}
FEATURE_PRIOR = {"country": 3.0, "admin1": 1.0, "continent": 3.0, "region": 2.0, "water": 2.0,
                 "river": 1.5, "strait": 2.0, "landmark": 2.0, "crossing": 1.5, "island": 1.0,
                 "peninsula": 1.5, "admin2": -0.3, "city": 0.0}
PRECISION = {"city": "point", "landmark": "point", "crossing": "point", "admin2": "admin2", "hromada": "hromada",
             "admin1": "admin1", "country": "country", "continent": "continent"}
# "A Columbia woman", "Oxford police": a place before these is where someone is from.
RESIDENT_WORDS = {"man", "woman", "men", "women", "boy", "girl", "resident", "residents", "native",
                  "police", "officials", "couple", "teen", "teenager", "family", "native", "area",
                  "county", "city", "township", "mayor", "council", "schools", "school"}
# Capitalised words that name some place in GeoNames but, alone, almost never do in text.
GENERIC_LOWER = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                 "northeast", "northwest", "southeast", "southwest", "middle",
                 "street", "road", "avenue", "park", "valley", "hall", "center", "centre", "ridge", "airport",
                 "court", "police", "market", "council", "town", "village", "creek", "hills", "hill",
                 "island", "gulf", "delta", "metro", "commerce", "union", "day", "god", "city", "county",
                 "station", "lake", "river", "beach", "bay", "harbor", "harbour", "port", "mountain", "field",
                 "fields", "grove", "springs", "spring", "falls", "heights", "square", "bridge", "church",
                 "mission", "garden", "gardens", "forest", "woods", "woodlands", "wilderness", "summit",
                 "state", "capitol", "national", "federal", "royal", "grand", "new", "old", "great", "little",
                 "big", "upper", "lower", "man", "hope", "liberty", "justice", "independence", "victory",
                 "unity", "friendship", "progress", "freedom", "paradise", "eden", "titan", "king", "queen",
                 "president", "governor", "general", "university", "college", "school", "hospital",
                 "office", "department", "district", "region", "province", "territory", "republic",
                 "kingdom", "empire", "world", "earth", "internet", "net", "web", "online", "media",
                 "press", "times", "post", "herald", "tribune", "journal", "news", "white house", "war", "peace",
                 "army", "navy", "church", "temple", "home", "house", "bank", "mall", "plaza"}
GENERIC = {"White House", "Capitol Hill", "Pentagon", "Kremlin", "Downing Street", "Wall Street",
           "Main Street", "Madison Avenue", "Fleet Street", "Whitehall"}
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane",
                "ln", "highway", "hwy", "pike", "parkway", "pkwy", "way", "court", "ct", "circle", "terrace",
                "trail", "turnpike", "plaza", "expressway", "freeway"}
# Capitalised words after a place name that make it part of an outlet's or an
# organisation's name: "the New York Times", "Kyiv Independent", "Jamestown Foundation".
ORG_TAILS = {"Times", "Post", "Journal", "Herald", "Tribune", "Independent", "Gazette", "Chronicle",
             "Observer", "Guardian", "Telegraph", "Examiner", "Inquirer", "Enquirer", "Courier", "Dispatch",
             "Sentinel", "Globe", "Insider", "Review", "Monitor", "Reporter", "Bee", "Star-Ledger", "Mail",
             "Free", "Daily", "Weekly", "Foundation", "Institute", "Cooperation", "School", "Accord",
             "Accords", "Agreement", "Agreements", "Protocol", "Memorandum", "Declaration", "Convention",
             "Charter", "Treaty", "Format", "Group", "Forum", "Dialogue", "Conference", "Summit",
             "Club", "Society", "Broadcasting", "Radio", "TV", "Television", "Stock", "Exchange"}
LOCAL_FEATURES = {"city", "admin2", "landmark", "crossing", "hromada"}
NEIGHBOUR_BONUS = 1.5
NEIGHBOUR_GAP = 4.0
# How much nearness to the front of the Russia-Ukraine war (see gazetteer/front.py)
# weighs among Ukrainian namesakes: a village at the front outranks a namesake 40 km
# behind it by this much. That outweighs a GeoNames population of a few thousand
# against a codifier village whose population is unknown (0), as it should: both are
# villages, and only the front tells them apart.
FRONT_WEIGHT = 8.0
FRONT_FEATURES = {"city", "admin2", "hromada"}
FRONT_TOWN = 10_000  # population from which a settlement is a town the front does not rank
PAIR_BONUS = 1.5
DEMONYM_CONTEXT = True
GEO_SUFFIX = {"peninsula", "sea", "strait", "river", "island", "islands", "gulf", "bay", "lake", "mountains",
              "desert", "steppe", "coast", "basin", "canal", "bridge", "channel", "spit", "lagoon", "reservoir"}
# A plural division word closing a list: "the Odesa, Mykolaiv and Kharkiv regions"
PLURAL_DIVISIONS = {"regions", "oblasts", "provinces", "governorates"}
# Words that may join the places of one list: "east of Terny and near Yampolivka".
LIST_GLUE = {",", "and", "or", "near", "in", "at", "around", "outside", "of", "east", "west", "north", "south",
             "northeast", "northwest", "southeast", "southwest", "the", "village", "villages", "town"}
# Lower-case words that end a landmark's name after a town's: "Kakhovka dam".
SITE_WORDS = {"dam", "plant", "station", "bridge", "port", "airport", "airfield", "base", "refinery", "depot"}
# Words that make "<place> <word>" an organisation or a facility rather than a person's name.
ORG_NOUNS = {"police", "council", "sheriff", "hospital", "commission", "house", "state", "census", "zoo",
             "jail", "department", "court", "school", "schools", "center", "centre", "university", "college",
             "county", "city", "library", "board", "church", "club", "society", "guard", "service",
             "services", "office", "rescue", "football", "basketball", "baseball", "party", "association",
             "partnership", "gallery", "clinic", "practitioners", "fairgrounds", "neighbors", "crimestoppers",
             "depot", "pantry", "olympics", "realtors", "systems", "health", "highway", "district", "forest",
             "development", "management", "transportation", "education", "commerce", "investigation",
             "representatives", "foundation", "institute", "academy", "museum", "airport", "port", "authority",
             "agency", "bank", "group", "company", "corporation", "inc", "co", "ltd", "fund", "trust",
             "chamber", "committee", "government", "administration", "ministry", "parliament", "assembly",
             "senate", "legislature", "army", "navy", "militia", "brigade", "battalion", "regiment", "fleet",
             "command", "front", "forces", "team", "league", "united", "fc", "city", "rovers", "athletic",
             "symphony", "orchestra", "opera", "theatre", "theater", "arena", "stadium", "mall", "market",
             "energy", "power", "water", "gas", "oil", "railway", "railroad", "airlines", "airways", "lines",
             "network", "press", "tech", "a&m", "medical", "memorial", "regional", "community", "public",
             "national", "international", "federal", "general", "central", "municipal", "metropolitan",
             "mart", "edge", "automobile", "wildlife", "justice", "station", "studios", "radio", "tv"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "northern", "southern", "eastern", "western", "central", "north-east", "north-west",
              "south-east", "south-west", "upstate", "downstate", "downtown", "greater", "upper", "lower",
              "mid", "coastal", "rural", "metro", "-"}
# Nouns after which "on X"/"against X" names a target place in war reporting.
ASSAULT_WORDS = {"attack", "assault", "offensive", "strike", "raid", "advance", "push", "march", "operation",
                 "bombardment", "shelling", "barrage", "onslaught", "drive", "counteroffensive",
                 "counterattack", "counter-offensive", "missile", "drone", "fire", "pressure", "closing"}
NAME_LABELS = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}
NON_NAME_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Evidence needed to accept a span as a place mention (see PlaceFinder._evidence).
ACCEPT = 2.0
STRONG_POPULATION = 150_000
STRONG_FEATURES = {"country", "admin1", "continent", "region", "water", "strait", "river", "landmark",
                   "crossing", "peninsula"}

_NOT_A_SURNAME = ORG_NOUNS | GENERIC_LOWER | STREET_WORDS | DIRECTIONS | {
    "township", "lake", "valley", "park", "islands", "harbor", "harbour", "village", "hills", "creek",
    "marina", "crossing", "common", "heights", "bottom", "sandhills", "colony", "lawn", "abbey", "galleria",
    "fire", "policemen", "high", "lottery", "route", "selectman", "magistrate", "immigration", "singers",
    "mpp", "co.", "wilderness", "ranch", "mine", "canyon", "desert", "coast", "shore", "sea", "ocean",
    "strait", "peninsula", "oblast", "raion", "krai", "governorate", "territory", "walmart", "twins",
    "capitals", "times", "post", "tribune", "herald", "journal", "gazette", "independent"}
_CAP = re.compile(r"^[A-Z\u00C0-\u00DE]")
_ABBREV_STATE = re.compile(r"^[A-Z]{2}$")


@dataclass(slots=True)
class _Mention:
    start: int  # token indices [start, end)
    end: int
    start_char: int
    end_char: int
    key: str
    cands: tuple[Candidate, ...]
    division: bool = False  # "X region": only divisions
    demonym: bool = False
    ner: str = ""
    qualifiers: list[tuple[Candidate, ...]] = field(default_factory=list)
    choice: Candidate | None = None
    margin: float = 0.0
    group: int = -1  # index of its name in the article (see PlaceFinder.resolve)
    region_only: bool = False
    as_region: bool = False  # after "X, ": "Beryslav, Kherson" names the oblast  # choice is the qualifier's region: the place itself is unknown
    river: bool = False  # "along the Dnipro": read as the river of that name
    tail: int = -1  # token index after "district"/"territorial community" that follow a town's name


def _is_cap(tok: Token) -> bool:
    return bool(_CAP.match(tok.text))


class _DocView:
    """What the finder reads from a Doc, computed once: its text (``Doc.text`` is
    rebuilt on every access) and, per token, the entity it belongs to."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.ent_of: list[tuple[int, int, str] | None] = [None] * len(doc)
        for e in doc.ents:
            # "Oskil, Kharkiv" tagged as one ORG: a comma splits an entity into the
            # places it lists, each its own entity.
            start = e.start
            for k in range(e.start, e.end + 1):
                if k == e.end or doc[k].text == ",":
                    for t in range(start, k):
                        self.ent_of[t] = (start, k, e.label_)
                    start = k + 1
        self.headline: dict[int, bool] = {}
        # Organisations the entity lexicon names ("Wagner" is the Wagner Group, not the
        # town in South Dakota): their mentions are no places
        self.org_spans: set[tuple[int, int]] = {
            (m.start, m.end) for e in ((doc._.entities if Doc.has_extension("entities") else None) or [])
            if e.kind in ("organisation", "group")
            for m in e.mentions if m.form in ("alias", "acronym")}
        # Words of the multi-word person names in the article ("Marat Akhmetzhanov",
        # "Desmond Bell"): the same word alone later is that person, not a place.
        self.person_words: set[str] = set()
        for e in doc.ents:
            if e.label_ == "PERSON" and len(e) > 1:
                self.person_words.update(t.text for t in e if _is_cap(t))

    def span_text(self, i: int, j: int) -> str:
        doc = self.doc
        return self.text[doc[i].idx: doc[j - 1].idx + len(doc[j - 1])]

    def ent_label(self, i: int, j: int) -> tuple[str, bool]:
        """The NER label over tokens [i, j) and whether the entity is exactly that span
        (give or take a leading "the")."""
        e = self.ent_of[i] or self.ent_of[j - 1]
        if e is None:
            return "", False
        start, end, label = e
        exact = end == j and (start == i or (start + 1 == i and self.doc[start].lower_ == "the"))
        if not exact and i < start and end == j and label in ("GPE", "LOC", "FAC") and self.ent_of[i] is None:
            # "Mala Shestirnia" where the model marked only "Shestirnia": the gazetteer's
            # longer name completes the entity (not a piece of a longer one)
            exact = True
        inside = {self.ent_of[k] for k in range(i, j) if self.ent_of[k] is not None}
        if not exact and all(x[0] >= i and x[1] <= j and x[2] not in ("GPE", "LOC", "FAC") for x in inside):
            outside = [self.doc[k] for k in range(i, j) if self.ent_of[k] is None]
            if any(t.text == "-" for t in self.doc[i:j]) or (
                    all(t.is_lower for t in outside) and self.doc[j - 1].lower_ in SITE_WORDS):
                # the model marked pieces of a hyphenated name ("Rostov-on-Don" as two
                # people, "Seredyna-Buda") or only the town of a landmark ("Zaporizhzhia
                # nuclear power plant"): its labels say nothing about the whole name
                return "", False
        return label, exact

    def org_prefix(self, i: int) -> bool:
        """Whether tokens from i start the entity they are in ("Ohio Department of Health").
        A place name and one more name that is no organisation's word is a person
        ("Marat Akhmetzhanov")."""
        e = self.ent_of[i]
        if e is None:
            return False
        if not (e[0] == i or (e[0] == i - 1 and self.doc[e[0]].lower_ == "the")):
            return False
        last = self.doc[e[1] - 1]
        if e[1] - i == 2 and last.pos_ == "PROPN" and last.lower_ not in _NOT_A_SURNAME and _is_cap(last):
            return False
        return True

    def directional_prefix(self, i: int, j: int) -> bool:
        """Whether tokens [i, j) end their entity and everything before them in it is a
        direction ("Northeast Georgia", "the East Texas")."""
        e = self.ent_of[i]
        if e is None or e[1] != j or e[0] >= i:
            return False
        return all(self.doc[k].lower_ in DIRECTIONS or (k == e[0] and self.doc[k].lower_ == "the")
                   for k in range(e[0], i))

    def is_headline(self, i: int) -> bool:
        sent = self.doc[i].sent
        if sent.start not in self.headline:
            self.headline[sent.start] = _headline(sent)
        return self.headline[sent.start]


def _headline(sent: Span) -> bool:
    """Whether a sentence is a Title Case Line, where capitals say little."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(words) >= 4 and sum(1 for t in words if t.text[0].isupper()) >= 0.8 * len(words)


class PlaceFinder:
    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._cells: dict[tuple[int, int], set[int]] = {}

    # ---- recognition -------------------------------------------------------
    def _lookup(self, text: str) -> tuple[Candidate, ...]:
        key = normalize(text)
        found = self.gaz.lookup(key)
        if text.isupper() and len(text) <= 4:
            found = found + self.gaz.lookup("=" + text)
        if not found and len(key) >= 5 and not text.isupper():
            # Another romanisation of a Ukrainian or Russian name ("Staromayorskoye").
            folded = fold(key)
            if len(folded) >= 4:
                found = self.gaz.lookup("~" + folded)
        return found

    def detect(self, view: _DocView) -> list[_Mention]:
        doc = view.doc
        mentions: list[_Mention] = []
        n = len(doc)
        i = 0
        while i < n:
            tok = doc[i]
            if not _is_cap(tok) or tok.lower_ in MONTHS or (tok.is_stop and tok.lower_ not in ("us",)):
                i += 1
                continue
            found = None
            # Longest match first.
            limit = min(n, i + MAX_TOKENS)
            for j in range(limit, i, -1):
                last = doc[j - 1]
                if j - 1 > i and not (_is_cap(last) or last.text in (".",)):
                    continue
                if any(doc[k].is_space or (doc[k].is_punct and doc[k].text not in "-.'’") for k in range(i, j)):
                    continue
                if any(not _is_cap(doc[k]) and doc[k].lower_ not in CONNECTORS and not doc[k].is_punct
                       for k in range(i + 1, j)):
                    continue
                text = view.span_text(i, j)
                cands = self._lookup(text)
                if cands:
                    found = (j, cands)
                    break
            # "the Korean peninsula", "the Crimean peninsula", "the Dnipro river": a
            # lower-case geographic word that completes a curated name.
            j0 = found[0] if found else i + 1
            if j0 < n and doc[j0].lower_ in GEO_SUFFIX:
                with_word = self._lookup(view.span_text(i, j0 + 1))
                if with_word:
                    found = (j0 + 1, with_word)
            elif found is not None and (k := _site_end(doc, j0)) is not None:
                # "the Kakhovka dam", "the Zaporizhzhia nuclear power plant": a curated
                # landmark written with lower-case words after the town's name
                sites = tuple(c for c in self._lookup(view.span_text(i, k)) if c.feature == "landmark")
                if sites:
                    found = (k, sites)
            if found is None:
                i += 1
                continue
            j, cands = found
            river_named = False
            if i > 0 and doc[i - 1].lower_ == "the" and not any(c.feature == "river" for c in cands) and not (
                    j < n and (doc[j].lower_ in DIVISION_WORDS or doc[j].pos_ in ("NOUN", "PROPN", "ADJ"))):
                # "along the Dnipro", "across the Don": a town is never "the" town; the
                # river of that name is meant (not "the Jordan resident", "the Dnipro region")
                rivers = tuple(c for c in self._lookup(view.span_text(i, j) + " River") if c.feature == "river")
                if rivers:
                    cands, river_named = rivers, True
            key = normalize(view.span_text(i, j) + (" River" if river_named else ""))
            m = _Mention(i, j, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), key, cands, river=river_named)
            # "Donetsk region", "Rapides Parish": the division, span includes the word.
            if j < n and doc[j].lower_ in DIVISION_WORDS and not (doc[j].lower_ == "state" and _is_cap(doc[j])):
                with_word = self._lookup(view.span_text(i, j + 1))
                divs = tuple(c for c in (with_word or cands) if c.feature in ("admin1", "admin2"))
                if divs:
                    m.cands, m.division, m.end = divs, True, j + 1
                    m.end_char = doc[j].idx + len(doc[j].text)
                    m.key = normalize(view.span_text(i, j + 1))
            if not m.division:
                m.tail = _unit_tail(doc, m.end)
            if doc[m.end - 1].lower_ in DIVISION_STRICT and m.end - m.start > 1:
                m.division = any(c.feature in ("admin1", "admin2") for c in m.cands)
            mentions.append(m)
            i = m.end
        self._listed_divisions(view, mentions)
        return self._accept_all(view, mentions)

    def _listed_divisions(self, view: _DocView, mentions: list[_Mention]) -> None:
        """"in the Chernihiv, Sumy and Kharkiv regions": every name of a list closed by a
        plural division word is a division."""
        doc = view.doc
        for k in range(len(mentions) - 1, -1, -1):
            last = mentions[k]
            if not (last.end < len(doc) and doc[last.end].lower_ in PLURAL_DIVISIONS):
                continue
            members = [last]
            for prev in reversed(mentions[:k]):
                between = [t.lower_ for t in doc[prev.end:members[-1].start]]
                if not between or not all(w in (",", "and", "or") for w in between):
                    break
                members.append(prev)
            if len(members) < 2:
                continue
            for m in members:
                divs = tuple(c for c in m.cands if c.feature == "admin1") or tuple(
                    c for c in self._lookup(view.span_text(m.start, m.end) + " region") if c.feature in ("admin1", "admin2"))
                if divs:
                    m.cands, m.division = divs, True

    def _accept_all(self, view: _DocView, mentions: list[_Mention]) -> list[_Mention]:
        """Keep the mentions with enough evidence of being places: first alone, then
        with the article's countries and coordination with accepted places."""
        doc = view.doc
        scored = [(m, self._evidence(view, m)) for m in mentions]
        scored = [(m, e) for m, e in scored if e is not None]
        context: Counter[str] = Counter()
        for m, e in scored:
            if e >= ACCEPT + 1.0 and m.cands:
                best = max(m.cands, key=lambda c: self._prior(c, m))
                if best.country:
                    context[best.country] += 1
        if DEMONYM_CONTEXT:
            for m, e in scored:
                if m.demonym and m.cands and m.cands[0].country:
                    context[m.cands[0].country] += 1  # "Russian forces shelled ..."
        # "Beryslav, Kherson": a place and the region or city it lies in support each other.
        by_start = {m.start: k for k, (m, _e) in enumerate(scored)}
        bonus = [0.0] * len(scored)
        for k, (m, _e) in enumerate(scored):
            j = max(m.end, m.tail)
            if m.demonym or j + 1 >= len(doc) or doc[j].text not in (",", "(") and doc[j].lower_ != "in":
                continue
            q = by_start.get(j + 1)
            if q is None or scored[q][0].demonym or _in_list(doc, m, scored[q][0]):
                continue
            if any(self._within(c, r) for c in m.cands for r in scored[q][0].cands
                   if r.feature in ("admin1", "admin2", "country") or (r.feature == "city" and _names_region(r))):
                bonus[k] += PAIR_BONUS
                bonus[q] += PAIR_BONUS
        boosted = []
        for k, (m, e) in enumerate(scored):
            countries = {c.country for c in m.cands if c.country}
            own = sum(context[c] for c in countries)
            if not m.demonym and own - (1 if e >= ACCEPT + 1.0 else 0) > 0:
                e += 1.5
            boosted.append((m, e + bonus[k]))
        kept: list[_Mention] = []
        for _round in range(2):
            firm = {m.start for m, e in boosted if e >= ACCEPT or m in kept}
            ends = {m.end for m, e in boosted if e >= ACCEPT or m in kept}
            kept = [m for m, e in boosted
                    if m.demonym or e >= ACCEPT or (e >= ACCEPT - 1.5 and self._coordinated(doc, m, firm, ends))]
        return kept

    @staticmethod
    def _coordinated(doc: Doc, m: _Mention, firm: set[int], ends: set[int]) -> bool:
        """"Bakhmut and Avdiivka", "Kharkiv, Izium or Lyman": next to an accepted place."""
        j = m.end
        if j + 1 < len(doc) and doc[j].lower_ in ("and", "or", ",", "&") and (j + 1) in firm:
            return True
        i = m.start
        if i >= 2 and doc[i - 1].lower_ in ("and", "or", ",", "&") and (i - 1) in ends:
            return True
        return False

    def _evidence(self, view: _DocView, m: _Mention) -> float | None:
        """How much the span looks like a place mention; None for a hard no."""
        doc = view.doc
        i, j = m.start, m.end
        label, exact = view.ent_label(i, j)
        m.ner = label
        head = doc[i]
        text = view.text[m.start_char:m.end_char]
        cands = tuple(c for c in m.cands if c.kind != ABBREV)
        if not cands or (text.isupper() and len(text) <= 2 and text not in ("US", "UK")):
            return None
        if m.tail <= j:
            # a hromada's adjectival name ("Bilopilska") names it only before "hromada"/"community"
            cands = tuple(c for c in cands if c.feature != "hromada")
            if not cands:
                return None
        m.cands = cands
        if (m.start_char, m.end_char) in view.org_spans:
            return None  # "attacking Wagner positions": the group
        if followed_by_age(doc, j) and j - i == 1:
            return None  # "Natalia, 66, sat on a bench": a person
        prev = doc[i - 1] if i > 0 else None
        prev_word = prev.lower_.rstrip(".") if prev is not None else ""
        if prev_word in TITLES and not m.division:
            return None
        nxt = doc[j] if j < len(doc) else None
        if nxt is not None and nxt.lower_.rstrip(".") in STREET_WORDS and _is_cap(nxt):
            return None  # "Dublin Road", "Memphis St."
        # Demonyms: only as adjectives/nationality words, never as a place name.
        if text in GENERIC or text.lower() in GENERIC_LOWER:
            return None
        if all(c.kind == DEMONYM for c in cands):
            if label not in ("NORP", "GPE", "") or head.pos_ not in ("ADJ", "PROPN", "NOUN"):
                return None
            m.demonym = True
            return ACCEPT
        m.cands = tuple(c for c in cands if c.kind != DEMONYM)
        if m.division:
            return ACCEPT + 3.0
        if nxt is not None and nxt.text in ORG_TAILS and not m.division:
            return None  # "the New York Times", "Jamestown Foundation", "Shanghai Cooperation Organization"
        if text in view.person_words and label not in ("GPE", "LOC", "FAC"):
            return None  # "Bell" after "Desmond Bell", "Marat" of "Marat Akhmetzhanov"
        e = 0.0
        if label in NAME_LABELS and not exact and not view.org_prefix(i):
            if view.directional_prefix(i, j):
                label, exact = "LOC", True  # "Northeast Georgia", "East Texas": the place is still named
            else:
                return None  # the tail of a longer name: "Main Street", "City Hall", "Bank of America"
        if label in ("GPE", "LOC", "FAC"):
            e += 3.0
        elif label == "PERSON":
            if not exact:
                return None  # "Jordan Peterson", "Washington Irving"
            # The small model calls many towns people ("an attack on Avdiivka"); a lone
            # word that is no part of any full person name in the article is weaker evidence.
            e -= 2.0 if text in view.person_words else 0.7
        elif label == "ORG":
            if not exact and not view.org_prefix(i):
                return None  # "University of Georgia"
            if exact and not any(c.capital and c.kind == MAIN for c in m.cands) and not (
                    prev_word in LOCATIVE and all(c.country in FOLD_COUNTRIES and c.feature in ("city", "hromada")
                                                  for c in m.cands)):
                # a capital called an organisation is its government: a metonym ("against Kyiv");
                # but the small model calls many Ukrainian villages organisations ("near Naberezhne")
                e -= 1.0
        elif label == "NORP":
            e -= 0.5
        elif label in NON_NAME_LABELS:
            return None  # a date, a number ...
        elif label:
            e -= 1.5  # WORK_OF_ART, EVENT, PRODUCT ...: often towns the small model misreads
        if prev_word in ("on", "against", "upon") and i >= 2 and doc[i - 2].lemma_.lower() in ASSAULT_WORDS:
            prev_word = "at"  # "an attack on Avdiivka", "operations against Vuhledar"
        if prev_word in LOCATIVE or (nxt is not None and nxt.lower_ in RESIDENT_WORDS) or m.river:
            e += 1.5
        if any(c.country in FOLD_COUNTRIES and c.feature == "city" for c in m.cands) and _site_end(doc, j) is not None:
            e += 2.5  # "the Saky air base", "the Novoshakhtinsk oil refinery": the site's town
        if m.tail > j and any(c.feature in ("city", "hromada") for c in m.cands):
            e += 2.0  # "Shalyhyne district", "Nikopol territorial community": a town's area
        if j + 1 < len(doc) and doc[j].text == "," and _is_cap(doc[j + 1]):
            e += 1.0
        features = {c.feature for c in m.cands}
        pop = max(c.population for c in m.cands)
        if prev_word == "," and i >= 2 and _is_cap(doc[i - 2]) and "admin1" in features:
            e += 1.0  # "Zolota Nyva, Donetsk": a region named as the qualifier of a place
        if features & STRONG_FEATURES:
            e += 2.0
        elif pop >= STRONG_POPULATION:
            e += 1.5
        elif pop >= 15_000:
            e += 0.7
        if head.pos_ == "PROPN":
            e += 0.5
        elif not label:
            e -= 1.0
        if j - i > 1:
            e += 0.5
        if j - i == 1 and head.is_sent_start and not label and head.pos_ != "PROPN":
            # a capitalised common word opening a sentence ("Hope", "Reading"); but the
            # tagger calls an unknown city opening a sentence a noun ("Kharkiv police said")
            if head.pos_ != "NOUN" or pop < STRONG_POPULATION:
                return None
        if not label or label in ("PERSON", "ORG", "NORP"):
            # Without the NER's word for it, a single capitalised word needs a reason
            # beyond its capital letter: a headline capitalises every word, and many
            # English words name some village ("Man", "Center", "Hope").
            main_strong = any(c.kind == 0 and c.feature in ("country", "admin1", "continent") for c in m.cands)
            if j - i == 1 and not (main_strong or prev_word in LOCATIVE or self._qualified(doc, j)):
                e -= 1.5 if pop < 15_000 else 0.5
            if all(c.feature == "admin2" and c.kind != 0 for c in m.cands):
                return None  # a county's bare name ("Laurel") without "County"
        if view.is_headline(i):
            e -= 1.0
        return e

    @staticmethod
    def _qualified(doc: Doc, j: int) -> bool:
        return j + 1 < len(doc) and doc[j].text == "," and _is_cap(doc[j + 1])

    # ---- context -----------------------------------------------------------
    def qualify(self, doc: Doc, mentions: list[_Mention]) -> None:
        """Attach explicit qualifiers: "Columbus, Ohio", "Columbus, OH", "Pokrovsk in Donetsk
        Oblast", "St. Petersburg, Russia"."""
        by_start = {m.start: m for m in mentions}
        n = len(doc)
        for m in mentions:
            j = max(m.end, m.tail)
            if j + 1 < n and doc[j].text == ",":
                q = by_start.get(j + 1)
                if q is not None and not q.demonym and not _in_list(doc, m, q):
                    m.qualifiers.append(_regional(q.cands))
                    q.as_region = True
                elif _ABBREV_STATE.match(doc[j + 1].text):
                    abbrev = self._lookup(doc[j + 1].text)
                    if abbrev:
                        m.qualifiers.append(abbrev)
            if j + 1 < n and doc[j].lower_ in ("in", "near") and m.cands and \
                    any(c.feature in ("city", "landmark") for c in m.cands):
                # "Pokrovsk in Donetsk Oblast", "Yampolivka in the Donetsk region"
                q = by_start.get(j + 1)
                if doc[j + 1].lower_ == "the":
                    q = by_start.get(j + 2)
                    q = q if q is not None and q.division else None  # not "near the New York border"
                if q is not None and not q.demonym and any(c.feature in ("admin1", "admin2", "country") for c in q.cands):
                    m.qualifiers.append(tuple(c for c in q.cands if c.feature in ("admin1", "admin2", "country")))
        # "near Synkivka and Ivanivka in the Kharkiv region", "east of Terny and near
        # Yampolivka in the Donetsk region": the region qualifies every place of the list
        for k in range(len(mentions) - 2, -1, -1):
            m, nxt = mentions[k], mentions[k + 1]
            if m.qualifiers or not nxt.qualifiers or m.demonym or nxt.start - m.end > 6 or \
                    not any(c.feature in ("city", "landmark") for c in m.cands):
                continue
            between = [t.lower_ for t in doc[m.end:nxt.start]]
            if between and between[0] in (",", "and", "or") and all(w in LIST_GLUE for w in between):
                m.qualifiers.extend(q for q in nxt.qualifiers if all(c.feature in ("admin1", "admin2", "country") for c in q))

    @staticmethod
    def _within(c: Candidate, q: Candidate) -> bool:
        if q.feature == "country":
            return c.country == q.country and c.pid != q.pid
        if q.feature == "admin1":
            return c.country == q.country and c.admin1 == q.admin1 and c.pid != q.pid
        if q.feature == "admin2":
            return c.country == q.country and c.admin1 == q.admin1 and _km(c, q) < 80 and c.pid != q.pid
        if q.feature == "city" and c.country == q.country and c.admin1 == q.admin1 and c.pid != q.pid \
                and _names_region(q):
            return True  # "Pisky, Donetsk": a region named after its capital
        return _km(c, q) < 50

    def _prior(self, c: Candidate, m: _Mention) -> float:
        score = math.log10(c.population + 10) + FEATURE_PRIOR.get(c.feature, 0.0)
        if c.capital:
            score += 2.0
        if c.kind != 0:
            score -= 0.3
            if c.feature == "admin1" and any(o.feature == "city" and o.country == c.country and o.kind == 0
                                             for o in m.cands):
                score -= 3.0  # bare "Donetsk", "Kherson": the city, not the oblast
        elif c.feature == "admin1" and not m.division and any(
                o.feature == "city" and o.country == c.country and o.kind == 0
                and o.population >= 0.2 * c.population for o in m.cands):
            # A division named after its large capital ("Gaza", "Hiroshima", "Donetsk"):
            # the bare name is the city.
            score -= 3.0
        if m.ner == "LOC" and c.feature in ("water", "river", "region", "continent", "strait", "peninsula", "island"):
            score += 1.0
        return score

    def resolve(self, doc: Doc, mentions: list[_Mention]) -> None:
        groups: dict[str, list[_Mention]] = defaultdict(list)
        for m in mentions:
            groups[(m.key, m.division)].append(m)  # type: ignore[index]
        # Where each name's local candidates lie (one-degree cells): two names of an
        # article that both have a candidate within ~50 km are likely those two places
        # ("London" and "St. Thomas" in Ontario).
        cells: dict[tuple[int, int], set[int]] = defaultdict(set)
        for k, ms in enumerate(groups.values()):
            if ms[0].demonym:
                continue
            for c in ms[0].cands[:200]:
                if c.feature in LOCAL_FEATURES:
                    cells[(int(c.lat * 2), int(c.lon * 2))].add(k)
        self._cells = cells
        for k, ms in enumerate(groups.values()):
            ms[0].group = k
        # Pass 1: priors and explicit qualifiers only.
        for ms in groups.values():
            self._choose(ms, Counter(), Counter(), [])
        # Context from pass 1: countries and states, weighted by confidence.
        for _ in range(2):
            countries: Counter[str] = Counter()
            states: Counter[tuple[str, str]] = Counter()
            anchors: list[Candidate] = []
            weights: dict[int, float] = {}
            for ms in groups.values():
                c = ms[0].choice
                if c is None:
                    continue
                w = len(ms) * (1.0 if ms[0].margin > 1.0 or len(ms[0].cands) == 1 else 0.4)
                weights[id(ms[0])] = w
                if c.country:
                    countries[c.country] += w
                if c.feature != "country" and c.admin1 and c.country:
                    states[(c.country, c.admin1)] += w
                if c.feature in ("city", "admin2", "landmark", "crossing") and (ms[0].margin > 1.0 or len(ms[0].cands) == 1):
                    anchors.append(c)
            for ms in groups.values():
                # The article's context without this name's own vote.
                c = ms[0].choice
                w = weights.get(id(ms[0]), 0.0)
                cs, ss = countries.copy(), states.copy()
                if c is not None and w:
                    if c.country:
                        cs[c.country] -= w
                    if c.feature != "country" and c.admin1 and c.country:
                        ss[(c.country, c.admin1)] -= w
                self._choose(ms, +cs, +ss, anchors)

    def _choose(self, ms: list[_Mention], countries: Counter[str], states: Counter[tuple[str, str]],
                anchors: list[Candidate]) -> None:
        m0 = ms[0]
        cands = m0.cands
        if m0.demonym:
            m0.choice = cands[0] if len(cands) == 1 else max(cands, key=lambda c: c.population)
            for m in ms:
                m.choice, m.margin = m0.choice, 10.0
            return
        qualifiers = [q for m in ms for q in m.qualifiers]
        total_c = sum(countries.values()) or 1.0
        top = countries.most_common(1)
        dominant = bool(top) and top[0][1] >= 2 and top[0][1] >= 0.6 * total_c
        total_s = sum(states.values()) or 1.0
        scored: list[tuple[float, Candidate]] = []
        # A village next to another place of the article does not outrank a namesake
        # capital ("Moscow" near "St. Petersburg" is still the capital).
        top_prior = max(self._prior(c, m0) for c in cands)
        front = _front_penalties(cands)
        for c in cands:
            s = self._prior(c, m0) - front.get(c.pid, 0.0)
            if qualifiers:
                if any(any(self._within(c, q) for q in qs) for qs in qualifiers):
                    s += 8.0
                elif c.feature in ("city", "admin2"):
                    s -= 2.0
            if countries and c.country:
                own = countries[c.country]
                if own > 0:
                    s += 1.0 + 3.0 * own / total_c
                elif dominant and c.feature != "country":
                    s -= 3.0  # a foreign namesake in an article about one country
            if states and c.admin1 and c.feature != "admin1":
                own = states[(c.country or "", c.admin1)]
                if own > 0:
                    s += 1.0 + 2.0 * own / total_s
            if c.feature in LOCAL_FEATURES and len(cands) > 1 and self._prior(c, m0) > top_prior - NEIGHBOUR_GAP:
                cy, cx = int(c.lat * 2), int(c.lon * 2)
                if any(self._cells.get((cy + dy, cx + dx), set()) - {m0.group}
                       for dy in (-1, 0, 1) for dx in (-1, 0, 1)):
                    s += NEIGHBOUR_BONUS
            if anchors and c.feature in ("city", "admin2", "landmark"):
                near = min((_km(c, a) for a in anchors if a.pid != c.pid), default=1e9)
                if near < 40:
                    s += 1.5
                elif near < 150:
                    s += 0.8
            scored.append((s, c))
        scored.sort(key=lambda x: (-x[0], -x[1].population))
        best = scored[0][1]
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0
        region = None
        if qualifiers and best.feature in ("city", "admin2") and not best.capital and best.population < 100_000 and \
                not any(any(self._within(best, q) for q in qs) for qs in qualifiers):
            # "Pisky, Donetsk region" and every Pisky we know lies elsewhere: the
            # qualifier wins; the place is known only to its region.
            region = self._qualifier_region(qualifiers)
        for m in ms:
            m.choice, m.margin, m.region_only = (region or best), margin, region is not None

    def _qualifier_region(self, qualifiers: list[tuple[Candidate, ...]]) -> Candidate | None:
        regions: list[Candidate] = []
        for qs in qualifiers:
            for q in qs:
                if q.feature == "admin1":
                    regions.append(q)
                elif q.feature == "city" and _names_region(q):
                    regions.extend(r for r in self.gaz.find(q.admin1_name)
                                   if r.feature == "admin1" and r.country == q.country and r.admin1 == q.admin1)
        return max(regions, key=lambda r: r.population, default=None)

    # ---- output ------------------------------------------------------------
    def places(self, doc: Doc) -> list[Place]:
        view = _DocView(doc)
        mentions = self.detect(view)
        self.qualify(doc, mentions)
        self.resolve(doc, mentions)
        out: list[Place] = []
        for m in mentions:
            c = m.choice
            if c is None:
                continue
            if m.as_region and c.feature == "city" and _names_region(c):
                # "Beryslav, Kherson": the qualifier is the oblast named after its capital.
                c = next((r for r in m.cands if r.feature == "admin1" and r.country == c.country
                          and r.admin1 == c.admin1), c)
            if m.region_only:
                text = view.text[m.start_char:m.end_char]
                out.append(Place(
                    start=m.start_char, end=m.end_char, text=text, name=text, lat=round(c.lat, 5),
                    lon=round(c.lon, 5), country=c.country, admin1=c.name, geonames_id=None,
                    feature="city", precision="admin1", metonym=False))
                continue
            out.append(Place(
                start=m.start_char, end=m.end_char, text=view.text[m.start_char:m.end_char],
                name=c.name, lat=round(c.lat, 5), lon=round(c.lon, 5), country=c.country,
                admin1=c.admin1_name if c.feature not in ("country", "admin1") else None,
                geonames_id=c.geonames_id, feature=c.feature,
                precision="demonym" if m.demonym else "approximate" if c.approximate and c.feature == "city"
                else PRECISION.get(c.feature, "area"),
                metonym=(not m.demonym) and _is_metonym(doc, m, c),
            ))
        return out


# Words after a town's name that name the area around it: a Ukrainian hromada is
# named after its centre, and reports give a raion by its centre's name.
UNIT_TAILS = (("territorial", "community"), ("village", "council"), ("city", "council"), ("district",),
              ("hromada",), ("community",), ("raion",), ("municipality",))


def _front_penalties(cands: tuple[Candidate, ...]) -> dict[int, float]:
    """pid -> score penalty for Ukrainian settlements farther from the front than
    their nearest-to-front namesake. Only penalties, never bonuses: the best
    Ukrainian candidate keeps its score, so a Ukrainian village never gains on a
    foreign namesake (or on a region, a river) through this."""
    local = [c for c in cands if c.country == "UA" and c.feature in FRONT_FEATURES]
    if len(local) < 2:
        return {}
    close = {c.pid: front_closeness(c.lat, c.lon) for c in local}
    best = max(close.values())
    # Towns are struck far behind the line (missiles on Lozova, Uman): only villages
    # are told apart by the front.
    return {c.pid: FRONT_WEIGHT * (best - close[c.pid]) for c in local
            if close[c.pid] < best and c.population < FRONT_TOWN}


def _site_end(doc: Doc, j: int) -> int | None:
    """After a town's name ending before token j, the end of a site named with up to three
    lower-case words ("dam", "oil refinery", "nuclear power plant"); None when there is none."""
    for k in range(j, min(len(doc), j + 3)):
        if not doc[k].is_lower:
            return None
        if doc[k].lower_ in SITE_WORDS:
            return k + 1
    return None


def _regional(qs: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The readings of a comma qualifier. When it can name a division ("Vesele,
    Donetsk": the oblast or its capital), its village namesakes ("Mykolaiv" is
    also a village in Lviv oblast) are dropped: a qualifier is a larger place.
    Capitals stay ("Singapore, Singapore")."""
    big = tuple(q for q in qs if q.feature in ("country", "admin1", "admin2")
                or (q.feature == "city" and (q.capital or _names_region(q))))
    return big if any(q.feature in ("country", "admin1") or _names_region(q) for q in big) else qs


def _unit_tail(doc: Doc, j: int) -> int:
    """The token index after a unit word that follows a name at ``j`` ("Shalyhyne
    district"), else -1."""
    for words in UNIT_TAILS:
        k = j + len(words)
        if k <= len(doc) and all(doc[j + x].lower_ == w for x, w in enumerate(words)):
            return k
    return -1


def _in_list(doc: Doc, m: _Mention, q: _Mention) -> bool:
    """"Vancouver, Calgary, Edmonton", "Moscow, St. Petersburg and Kazan": a list of
    places, not a place and its region."""
    k = q.end
    if k < len(doc) and doc[k].lower_ in ("and", "or", "&"):
        return True
    if k + 1 < len(doc) and doc[k].text == "," and _is_cap(doc[k + 1]) and not _ABBREV_STATE.match(doc[k + 1].text):
        return not (q.division or _main_division(q))
    i = m.start
    return i >= 2 and doc[i - 1].text == "," and _is_cap(doc[i - 2]) and not q.division and not _main_division(q)


def _main_division(q: _Mention) -> bool:
    """"Ohio", "France": the name's own place is a state or a country (not merely an
    oblast named after its capital, as "Luhansk")."""
    return any(c.feature in ("admin1", "country") and c.kind == MAIN for c in q.cands)


_REGION_WORD = re.compile(r"\s+(oblast|region|province|krai|kray|governorate|prefecture)$")


def _names_region(q: Candidate) -> bool:
    """Whether a city gives its name to its first-level division (Kharkiv, Kharkiv Oblast)."""
    if not q.admin1_name:
        return False
    region = _REGION_WORD.sub("", normalize(q.admin1_name))
    return fold(region) == fold(normalize(q.name))


def _km(a: Candidate, b: Candidate) -> float:
    p = math.pi / 180
    x = (math.sin((b.lat - a.lat) * p / 2) ** 2
         + math.cos(a.lat * p) * math.cos(b.lat * p) * math.sin((b.lon - a.lon) * p / 2) ** 2)
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(x)))


def _is_metonym(doc: Doc, m: _Mention, c: Candidate) -> bool:
    """"Moscow said", "Kyiv has responded", "Washington announced new aid"."""
    if c.feature != "country" and not c.capital:
        return False
    root = doc[m.end - 1]
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return root.head.lemma_.lower() in AGENT_VERBS


@Language.factory("sitrep_places", requires=["doc.ents", "token.pos", "token.dep"],
                  assigns=["doc._.places"])
def make_places(nlp: Language, name: str) -> "PlacesComponent":
    return PlacesComponent()


class PlacesComponent:
    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.finder = PlaceFinder(gaz or gazetteer())

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = self.finder.places(doc)
        return doc
