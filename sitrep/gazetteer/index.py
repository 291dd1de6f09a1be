"""Reads the compiled gazetteer (see ``build.py``). Opening is lazy and cheap: the
SQLite file is opened read-only on the first lookup (building it first if it is
missing), and each lookup is one indexed query, memoised in an LRU."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sitrep.gazetteer.build import ABBREV, ALIAS, FOLD_COUNTRIES, MAIN, ensure_index, fold, normalize

__all__ = ["Candidate", "Gazetteer", "gazetteer", "normalize", "fold", "FOLD_COUNTRIES", "MAIN", "ALIAS", "ABBREV",
           "DEMONYM"]

DEMONYM = 3


@dataclass(frozen=True, slots=True)
class Candidate:
    """One place a name may refer to, and how the name relates to it."""

    pid: int  # row id in the index (stable for one index file)
    geonames_id: int | None
    name: str
    lat: float
    lon: float
    country: str | None  # ISO2
    admin1: str | None  # GeoNames admin1 code (US: postal code)
    admin1_name: str | None
    feature: str  # country, admin1, admin2, city, continent, region, water, river, ...
    population: int
    capital: bool
    kind: int  # MAIN, ALIAS, ABBREV or DEMONYM
    approximate: bool = False  # the point is a hromada's centre, not the place's own


class Gazetteer:
    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._con: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self.lookup = lru_cache(maxsize=65536)(self._lookup)

    def _connect(self) -> sqlite3.Connection:
        with self._lock:
            if self._con is None:
                path = self._path or ensure_index()
                self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            return self._con

    def _lookup(self, key: str) -> tuple[Candidate, ...]:
        """Every place whose normalized name is ``key`` (one row per place: its
        strongest name kind)."""
        rows = self._connect().execute(
            "SELECT p.pid, p.gid, p.name, p.lat, p.lon, p.cc, p.admin1, p.admin1_name, p.feature,"
            " p.pop, p.capital, MIN(n.kind), p.approx FROM names n JOIN places p ON p.pid = n.pid"
            " WHERE n.key = ? GROUP BY p.pid", (key,)).fetchall()
        return tuple(Candidate(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9] or 0,
                               bool(r[10]), r[11], bool(r[12])) for r in rows)

    def find(self, name: str) -> tuple[Candidate, ...]:
        return self.lookup(normalize(name))

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


_DEFAULT: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The process-wide gazetteer over the default index."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Gazetteer()
    return _DEFAULT
