"""Calendar arithmetic and TIMEX3 value -> interval, without spaCy."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.timex.calendar import Point, interval, narrow, shift
from sitrep.timex.lexicon import number_value
from sitrep.timex.resolve import duration_value


@pytest.mark.parametrize("value, expected", [
    ("2022-09-30", ("2022-09-30", "2022-09-30", "day")),
    ("2022-W40", ("2022-10-03", "2022-10-09", "week")),
    ("2022-10", ("2022-10-01", "2022-10-31", "month")),
    ("2023-Q3", ("2023-07-01", "2023-09-30", "quarter")),
    ("2022-SU", ("2022-06-01", "2022-08-31", "season")),
    ("2022-WI", ("2022-12-01", "2023-02-28", "season")),
    ("2023", ("2023-01-01", "2023-12-31", "year")),
    ("198", ("1980-01-01", "1989-12-31", "decade")),
    ("P20M", None),
    ("PRESENT_REF", None),
    ("XXXX-10-07", None),
])
def test_interval(value: str, expected: tuple[str, str, str] | None) -> None:
    assert interval(value) == expected


def test_points_and_shifts() -> None:
    assert Point(date(2022, 10, 1), "week").value() == "2022-W39"
    assert shift(date(2024, 3, 31), "month", -1) == date(2024, 2, 29)
    assert narrow("2024-03-01", "2024-03-31", "late") == ("2024-03-22", "2024-03-31")


@pytest.mark.parametrize("phrase, value", [
    ("twenty four", 24), ("2 1/2", 2.5), ("a couple of", 2), ("one hundred", 100),
    ("several", None), ("a few", None),
])
def test_number_words(phrase: str, value: float | None) -> None:
    assert number_value(phrase) == value


@pytest.mark.parametrize("n, unit, value", [
    (18, "month", "P18M"), (4, "hour", "PT4H"), (2.5, "year", "P2Y6M"), (None, "week", "PXW"),
    (2, "decade", "P20Y"), (1.5, "minute", "PT1M30S"),
])
def test_durations(n: float | None, unit: str, value: str) -> None:
    assert duration_value(n, unit) == value
