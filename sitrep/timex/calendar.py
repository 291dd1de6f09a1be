"""Calendar arithmetic on the granularities TIMEX3 values use, and the explicit
interval (first day, last day) and precision a value stands for."""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


@dataclass(frozen=True, slots=True)
class Point:
    """A resolved calendar unit: a day, week, month, quarter, half, season,
    year, decade or century, named by its first day and its granularity."""

    day: date
    gran: str  # "day" | "week" | "weekend" | "month" | "quarter" | "half" | "season" | "year" | "decade" | "century"
    season: str | None = None

    def value(self) -> str:
        d = self.day
        if self.gran == "day":
            return d.isoformat()
        if self.gran in ("week", "weekend"):
            y, w, _ = d.isocalendar()
            return f"{y}-W{w:02d}" + ("-WE" if self.gran == "weekend" else "")
        if self.gran == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.gran == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.gran == "half":
            return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
        if self.gran == "season":
            return f"{d.year:04d}-{self.season}"
        if self.gran == "year":
            return f"{d.year:04d}"
        if self.gran == "decade":
            return f"{d.year // 10:03d}"
        if self.gran == "century":
            return f"{d.year // 100:02d}"
        raise ValueError(self.gran)


def last_day(year: int, month: int) -> int:
    return _cal.monthrange(year, month)[1]


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, last_day(y, m)))


def safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12) or not (1 <= d <= last_day(y, m)) or not (1 <= y <= 9999):
        return None
    return date(y, m, d)


def start_of(d: date, gran: str) -> date:
    if gran == "day":
        return d
    if gran in ("week", "weekend"):
        return d - timedelta(days=d.isoweekday() - 1)
    if gran == "month":
        return d.replace(day=1)
    if gran == "quarter":
        return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)
    if gran == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "year":
        return date(d.year, 1, 1)
    if gran == "decade":
        return date(d.year // 10 * 10 or 1, 1, 1)
    if gran == "century":
        return date(d.year // 100 * 100 or 1, 1, 1)
    raise ValueError(gran)


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (day, week, month, quarter, year, decade, century)."""
    if unit in ("day", "night"):
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(days=7 * n)
    if unit == "fortnight":
        return d + timedelta(days=14 * n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "half":
        return add_months(d, 6 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    raise ValueError(unit)


def point(d: date, gran: str) -> Point:
    return Point(start_of(d, gran), gran)


def season_point(year: int, code: str) -> Point:
    first = SEASON_MONTHS[code][0]
    return Point(date(year, first, 1), "season", code)


def season_of(d: date) -> tuple[int, str]:
    """The season (year, code) a day falls in; winter belongs to the year of its December."""
    m = d.month
    if m in (12, 1, 2):
        return (d.year if m == 12 else d.year - 1), "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(m, "FA")


_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def interval(value: str) -> tuple[str, str, str] | None:
    """(first day, last day, precision) of a TIMEX3 date value; None when the
    value is not a calendar unit (durations, REF values, underspecified years)."""
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d.isoformat(), d.isoformat(), "day"
        if m := _WEEK.match(value):
            first = date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 1)
            last = date.fromisocalendar(int(m[1]), int(m[2]), 7)
            return first.isoformat(), last.isoformat(), "week"
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1).isoformat(), date(y, mo, last_day(y, mo)).isoformat(), "month"
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            first = date(y, 3 * q - 2, 1)
            return first.isoformat(), date(y, 3 * q, last_day(y, 3 * q)).isoformat(), "quarter"
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return (date(y, 6 * h - 5, 1).isoformat(), date(y, 6 * h, last_day(y, 6 * h)).isoformat(),
                    "half")
        if m := _SEASON.match(value):
            y, code = int(m[1]), m[2]
            a, b = SEASON_MONTHS[code]
            yb = y + 1 if b < a else y
            return date(y, a, 1).isoformat(), date(yb, b, last_day(yb, b)).isoformat(), "season"
        if m := _YEAR.match(value):
            y = int(m[1])
            return date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat(), "year"
        if m := _DECADE.match(value):
            y = int(m[1]) * 10
            return date(y, 1, 1).isoformat(), date(y + 9, 12, 31).isoformat(), "decade"
        if m := _CENTURY.match(value):
            y = int(m[1]) * 100
            return date(y, 1, 1).isoformat(), date(y + 99, 12, 31).isoformat(), "century"
    except ValueError:
        return None
    return None


# Which part of a unit "early", "mid", "late", "the beginning of" ... name, as
# fractions of its length: (from, to).
PARTS: dict[str, tuple[float, float]] = {
    "early": (0.0, 1 / 3), "mid": (1 / 3, 2 / 3), "late": (2 / 3, 1.0),
    "beginning": (0.0, 0.25), "start": (0.0, 0.25), "middle": (0.375, 0.625),
    "end": (0.75, 1.0), "first half": (0.0, 0.5), "second half": (0.5, 1.0),
    "last half": (0.5, 1.0), "latter half": (0.5, 1.0), "rest": (0.0, 1.0),
}


def narrow(first: str, last: str, part: str) -> tuple[str, str]:
    """The sub-interval of [first, last] that a part name stands for."""
    a, b = date.fromisoformat(first), date.fromisoformat(last)
    lo, hi = PARTS.get(part, (0.0, 1.0))
    span = (b - a).days + 1
    start = a + timedelta(days=round(span * lo))
    end = a + timedelta(days=max(round(span * hi) - 1, round(span * lo)))
    return start.isoformat(), min(end, b).isoformat()
