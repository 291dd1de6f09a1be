"""The vocabulary of time expressions, read from ``sitrep/lexicons/times_*.tsv``.

The files are read relative to this package (not through another module's
loader) once per process, the first time a table is asked for.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEXICONS = Path(__file__).resolve().parent.parent / "lexicons"


def _rows(name: str) -> list[list[str]]:
    rows: list[list[str]] = []
    for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month surface (lower case, no period) -> month number."""
    return {row[0]: int(row[1]) for row in _rows("times_months.tsv")}


@lru_cache(maxsize=1)
def numbers() -> dict[str, tuple[int, str]]:
    """Number word -> (value, "cardinal" | "ordinal")."""
    return {row[0]: (int(row[1]), row[2]) for row in _rows("times_numbers.tsv")}


@lru_cache(maxsize=1)
def refs() -> dict[str, tuple[str, str]]:
    """Fixed phrase -> (TIMEX3 type, value); holiday values are "MM-DD"."""
    return {row[0]: (row[1], row[2]) for row in _rows("times_refs.tsv")}


WEEKDAYS: dict[str, int] = {  # ISO weekday numbers
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

# TIMEX3 duration letters and the granularity a unit names.
UNITS: dict[str, str] = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "night": "D", "week": "W",
    "fortnight": "2W", "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE", "millennium": "ML",
}

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA",
                           "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV",
                                "night": "NI", "overnight": "NI"}


def number_value(phrase: str) -> float | None:
    """The value of a number phrase ("twenty four", "2 1/2", "a couple of",
    "1.5"), or None when it is vague ("several", "a few", "dozens of")."""
    words = phrase.lower().replace("-", " ").replace(",", "").split()
    if not words:
        return None
    if words[-1] == "of":
        words = words[:-1]
    if words in (["a", "couple"], ["couple"]):
        return 2
    if words in (["half", "a"], ["half", "an"]):
        return 0.5  # "half an hour", "half a century"
    if len(words) > 3 and words[-3:] == ["and", "a", "half"]:
        whole = number_value(" ".join(words[:-3]))  # "two and a half"
        return None if whole is None else whole + 0.5
    table = numbers()
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        if word in ("and",):
            continue
        if "/" in word:
            num, _, den = word.partition("/")
            if num.isdigit() and den.isdigit() and int(den):
                current += int(num) / int(den)
                seen = True
                continue
            return None
        try:
            current += float(word)
            seen = True
            continue
        except ValueError:
            pass
        if word not in table or table[word][1] != "cardinal":
            return None
        value = table[word][0]
        if value in (100, 1000):
            current = (current or 1) * value
            if value == 1000:
                total += current
                current = 0
        elif value == 12 and word == "dozen":
            current = (current or 1) * 12
        else:
            current += value
        seen = True
    return total + current if seen else None
