"""Event dates as a reader should see them: as precise as the evidence, no more.

An event dated "in September" is stored as the interval 2022-09-01 – 2022-09-30;
shown as "2022-09-01" it would claim a precision the text never gave. These
helpers turn a stored start/end/precision into "Sept 2022", "mid-Sept 2022",
"13 Aug – 12 Sept 2022" or, only for a single known day, "2022-09-21"; and give
a sort key so a timeline can order events whatever their precision.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["DateSpan", "parse_span", "describe"]

# Short month names in news style ("Sept", not "Sep").
_MONTH = ("", "Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
          "Dec")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 2)}
_SEASON_NAME = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
# Precisions that say the stored day is not the day of the event.
_COARSE = {"week": "week", "month": "month", "season": "season", "quarter": "quarter",
           "year": "year", "decade": "decade"}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|AU|WI)")
_WEEK = re.compile(r"(\d{4})-W(\d{2})(?:-WE)?")


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The first and last day an event may have taken place on."""

    first: date
    last: date
    season: str | None = None  # "summer" when the value named a season

    @property
    def is_day(self) -> bool:
        return self.first == self.last


def _bounds(value: str) -> tuple[date, date, str | None] | None:
    """The days a TIMEX-like value covers; None when it is no calendar date."""
    v = value.strip().upper()
    try:
        if m := _DAY.fullmatch(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, None
        if m := _WEEK.fullmatch(v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6), None
        if m := _SEASON.fullmatch(v):
            year, (a, b) = int(m[1]), _SEASON_MONTHS[m[2]]
            end_year = year + 1 if b < a else year
            return (date(year, a, 1), date(end_year, b, calendar.monthrange(end_year, b)[1]),
                    _SEASON_NAME[m[2]])
        if m := _MONTH_VALUE.fullmatch(v):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), None
        if m := _YEAR.fullmatch(v):
            year = int(m[1])
            return date(year, 1, 1), date(year, 12, 31), None
    except ValueError:
        return None
    return None


def _widen(day: date, precision: str) -> tuple[date, date]:
    """The period of ``precision`` that contains ``day``."""
    if precision == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if precision in ("month", "season", "quarter"):
        # A season or quarter stored as one day: the month is the most we can
        # say without guessing which season was meant.
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "decade":
        first = day.year - day.year % 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def parse_span(start: str | None, end: str | None, precision: str | None) -> DateSpan | None:
    """The days an event's stored date covers, or None when it has no usable date."""
    if not start:
        return None
    first_bounds = _bounds(start)
    if first_bounds is None:
        return None
    first, last, season = first_bounds
    if end and end != start:
        end_bounds = _bounds(end)
        if end_bounds is None:
            return None
        last = max(last, end_bounds[1])
        season = None
    elif first == last and (precision or "").lower() in _COARSE:
        # One stored day, but the precision says the text gave less.
        first, last = _widen(first, _COARSE[(precision or "").lower()])
    if last < first:
        first, last = last, first
    return DateSpan(first, last, season)


def _month_year(d: date) -> str:
    return f"{_MONTH[d.month]} {d.year}"


def _day_month(d: date) -> str:
    return f"{d.day} {_MONTH[d.month]}"


def _last_of_month(d: date) -> bool:
    return d.day == calendar.monthrange(d.year, d.month)[1]


def describe_span(span: DateSpan) -> str:
    """ "2022-09-21", "mid-Sept 2022", "Sept 2022", "June–Aug 2022", "2022",
    "13 Aug – 12 Sept 2022"."""
    first, last = span.first, span.last
    if span.is_day:
        return first.isoformat()
    whole_months = first.day == 1 and _last_of_month(last)
    if whole_months and (first.month, last.month) == (1, 12):
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    if span.season and whole_months:
        years = str(first.year) if first.year == last.year else f"{first.year}/{last.year % 100:02d}"
        return f"{span.season} {years}"
    if (first.year, first.month) == (last.year, last.month):
        if whole_months:
            return _month_year(first)
        if (first.day, last.day) == (1, 10):
            return f"early {_month_year(first)}"
        if (first.day, last.day) == (11, 20):
            return f"mid-{_month_year(first)}"
        if first.day == 21 and _last_of_month(last):
            return f"late {_month_year(first)}"
        return f"{first.day}–{last.day} {_month_year(first)}"
    if whole_months:
        if first.year == last.year:
            return f"{_MONTH[first.month]}–{_month_year(last)}"
        return f"{_month_year(first)} – {_month_year(last)}"
    if first.year == last.year:
        return f"{_day_month(first)} – {_day_month(last)} {last.year}"
    return f"{_day_month(first)} {first.year} – {_day_month(last)} {last.year}"


def describe(start: str | None, end: str | None, precision: str | None) -> str | None:
    """How to show a stored date; the raw value (never reformatted into a day)
    when it is not a calendar date; None when there is no date."""
    if not start and not end:
        return None
    span = parse_span(start, end, precision)
    if span is None:
        raw = start or "?"
        if end and end != start:
            raw += f" – {end}"
        return raw
    return describe_span(span)
