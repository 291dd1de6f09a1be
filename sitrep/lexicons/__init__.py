"""Reads sitrep's lexicons: tab-separated data files in this folder.

Each file starts with ``#`` comment lines that say where its entries come from
and what the columns are; blank lines and further ``#`` lines are skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from importlib.resources import files
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def read_rows(name: str, columns: int) -> list[tuple[str, ...]]:
    """The rows of lexicon ``name`` (e.g. ``"roles.tsv"``), each exactly
    ``columns`` cells long: missing trailing cells are empty strings. A row
    with more cells is an error in the file, so it raises."""
    text = files(__name__).joinpath(name).read_text(encoding="utf-8")
    rows: list[tuple[str, ...]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) > columns:
            raise ValueError(f"{name}:{number}: {len(cells)} cells, expected at most {columns}")
        rows.append(tuple(cells + [""] * (columns - len(cells))))
    return rows


def international_officials(key: Callable[[str], K]) -> dict[K, str]:
    """people.tsv's officers of international bodies: full name -> the body they act for."""
    return {key(name): organisation for name, iso3, organisation, _alone in read_rows("people.tsv", 4)
            if not iso3 and organisation}


def public_figures(key: Callable[[str], K], surname: Callable[[str], K]) -> tuple[dict[K, str], dict[K, str]]:
    """people.tsv as two lookups, keyed the caller's way: full name -> ISO3, and
    surname -> ISO3 for the surnames the file marks as safe alone that no two
    countries share. International officials (no ISO3) are left out."""
    people: dict[K, str] = {}
    surnames: dict[K, set[str]] = {}
    for name, iso3, _organisation, alone in read_rows("people.tsv", 4):
        if not iso3:
            continue
        people[key(name)] = iso3
        if alone == "1":
            surnames.setdefault(surname(name), set()).add(iso3)
    return people, {k: next(iter(c)) for k, c in surnames.items() if len(c) == 1}
