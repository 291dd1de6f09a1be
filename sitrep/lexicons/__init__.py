"""Reads sitrep's lexicons: tab-separated data files in this folder.

Each file starts with ``#`` comment lines that say where its entries come from
and what the columns are; blank lines and further ``#`` lines are skipped.
"""

from __future__ import annotations

from importlib.resources import files


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
