"""Normalization: the TIMEX3 type and value of a candidate, computed from its
words and the reference time (``anchoring.Context``).

One function per candidate kind (``RESOLVERS``). A resolver returns ``None``
to reject a candidate that is not a time expression after all (a law number,
"may" the verb, ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sitrep.timex.anchoring import Anchor, Context
from sitrep.timex.calendar import (
    Point,
    add_months,
    interval,
    point,
    safe_date,
    season_of,
    season_point,
    shift,
    start_of,
)
from sitrep.timex.lexicon import (
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    months,
    number_value,
    numbers,
    refs,
)
from sitrep.timex.patterns import Candidate

G = dict[str, "str | None"]


@dataclass(slots=True)
class Resolved:
    type: str
    value: str
    point: Point | None = None  # the calendar unit the value names (for the interval)
    part: str | None = None  # "early", "end", ... narrows the interval
    explicit: bool = False  # carries its own year: may anchor the narrative
    end_point: Point | None = None  # last unit of a range
    anchor: str | None = None  # where a relative value was counted from
    start: int | None = None  # span adjustments
    end: int | None = None
    refable: bool = True  # may serve as reference time for later expressions
    iv: tuple[str, str, str] | None = None  # explicit (first day, last day, precision)
    partial: bool = False  # its year was inferred (so a range may align it)
    mod: str | None = None  # TimeML mod from a modifier ("about" APPROX, "more than" MORE_THAN)


# TimeML mod of the modifiers kept in a span ("about two weeks", "more than a year").
_APPROX_MOD = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX", "some": "APPROX",
    "or so": "APPROX", "more than": "MORE_THAN", "over": "MORE_THAN", "well over": "MORE_THAN",
    "just over": "MORE_THAN", "upwards of": "MORE_THAN", "a little over": "MORE_THAN",
    "a little more than": "MORE_THAN", "less than": "LESS_THAN", "fewer than": "LESS_THAN",
    "under": "LESS_THAN", "just under": "LESS_THAN", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "barely": "LESS_THAN", "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "shortly after": "AFTER", "just after": "AFTER", "shortly before": "BEFORE", "just before": "BEFORE",
}


def mod_of(word: str | None) -> str | None:
    return _APPROX_MOD.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _month(word: str | None) -> int | None:
    if not word:
        return None
    return months().get(word.lower().rstrip("."))


def _capitalized(word: str | None) -> bool:
    return bool(word) and word[0].isupper()  # type: ignore[index]


def _lower(g: G, key: str) -> str:
    v = g.get(key)
    return re.sub(r"\s+", " ", v.lower()) if v else ""


def _year(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() and len(s) == 4 else None


def _place_year(ctx: Context, offset: int, month: int, day: int | None) -> tuple[int | None, str | None]:
    """The year of a partial date (month and maybe day): an explicit year in the
    sentence, else the one nearest the publication date given the tense."""
    ref = ctx.year_for(offset)
    if ref is None:
        return None, None
    ref_day, source = ref
    if source == "sentence":
        return ref_day.year, source
    tense = ctx.tense(offset)
    # Same year as the reference unless the tense says otherwise by a clear margin.
    window = 90 if day else 100
    mid = safe_date(ref_day.year, month, day or 15) or safe_date(ref_day.year, month, 28)
    if mid is None:
        return None, None
    delta = (mid - ref_day).days
    if source == "narrative":
        # The reference is an earlier date of the story, not the moment of writing:
        # a story moves forward ("in February–March 2023 ... at the beginning of
        # October" is October 2023) unless the past tense looks back ("calls made
        # throughout March", told after September, are from the March before).
        if delta < -150 and tense != "past":
            return ref_day.year + 1, source
        if delta > 270 and tense != "future":
            return ref_day.year - 1, source
        return ref_day.year, source
    if tense == "past" and delta > window:
        return ref_day.year - 1, source
    if tense == "future" and delta < -window:
        return ref_day.year + 1, source
    # Without tense, news looks back more often than ahead.
    if tense == "present" and (delta > 120 or delta < -240):
        return ref_day.year + (-1 if delta > 0 else 1), source
    return ref_day.year, source


def _weekday_date(ctx: Context, offset: int, wd: int, rel: str) -> tuple[date | None, str | None]:
    anchor = ctx.deictic(offset)
    if anchor is None:
        return None, None
    ref = anchor.day
    back = (ref.isoweekday() - wd) % 7
    fwd = (wd - ref.isoweekday()) % 7
    if rel in ("last", "past", "this past", "previous"):
        d = ref - timedelta(days=back or 7)
    elif rel in ("next", "this coming", "coming"):
        d = ref + timedelta(days=fwd or 7)
    elif rel in ("the previous",):
        a = ctx.anaphoric(offset, ("day",))
        ref = a.day if a else ref
        d = ref - timedelta(days=((ref.isoweekday() - wd) % 7) or 7)
    elif rel in ("the following", "the next"):
        a = ctx.anaphoric(offset, ("day",))
        ref = a.day if a else ref
        d = ref + timedelta(days=((wd - ref.isoweekday()) % 7) or 7)
    else:
        tense = ctx.tense(offset)
        if back == 0:
            d = ref
        elif tense == "future":
            d = ref + timedelta(days=fwd)
        elif tense == "past":
            d = ref - timedelta(days=back)
        else:
            d = ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)
    return d, anchor.source


def _pod(word: str | None) -> str:
    return "T" + PARTS_OF_DAY[word.lower()] if word else ""


# --------------------------------------------------------------------------- dates


def _month_day(g: G) -> tuple[int, int] | None:
    """(month, day) of a capitalized month name and a day number that can exist."""
    if not _capitalized(g.get("m")):
        return None
    month = _month(g["m"])
    day = int(g["d"])
    if month is None or not 1 <= day <= 31:
        return None
    return month, day


def r_md(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    md = _month_day(g)
    if md is None:
        return None
    month, day = md
    if g["m"].lower() == "may" and ctx.is_verb_at(c.start + (g.get("wd") and text.find(g["m"], c.start) - c.start or 0)):
        return None
    r = _day_value(c, ctx, month, day, _year(g.get("y")), g)
    if r is not None and g.get("d_and") and r.end_point is None:
        # "May 24 and 3": not one month's two days; keep "May 24" alone.
        cut = re.search(r"\s+(?:and|to|through)\s+\d", text[c.start:c.end])
        r = replace(r, end=c.start + cut.start()) if cut else r
    return r


def r_dm(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    md = _month_day(g)
    if md is None:
        return None
    month, day = md
    # "2 May" in "the 2 may" — the month must not be a modal verb.
    if g["m"].lower() == "may" and not g.get("y") and re.match(r"\s+(?:be|have|not|also|still)\b",
                                                                text[c.end:c.end + 8]):
        return None
    return _day_value(c, ctx, month, day, _year(g.get("y")), g)


def _day_value(c: Candidate, ctx: Context, month: int, day: int, year: int | None, g: G) -> Resolved | None:
    explicit = year is not None
    anchor = None
    if year is None and g.get("rel2") and (a := ctx.deictic(c.start)) is not None:
        # "Jan. 5 of last year", "Dec. 31 this year"
        year, anchor = a.day.year + {"last": -1, "this": 0, "next": 1}[_lower(g, "rel2")], a.source
    if year is None:
        year, anchor = _place_year(ctx, c.start, month, day)
        wd = WEEKDAYS.get((g.get("wd") or "").lower().rstrip("."))
        if year is not None and wd is not None:
            year = _year_of_weekday(year, month, day, wd, 6 if ctx.searches_years() else 1)
    if year is None:
        if safe_date(2000, month, day) is None:
            return None
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}")
    d = safe_date(year, month, day)
    if d is None:
        return None
    p = Point(d, "day")
    end_point = None
    if g.get("d_end") or g.get("d_and"):
        d2 = safe_date(year, month, int(g.get("d_end") or g["d_and"]))  # type: ignore[arg-type]
        if d2 is not None and d2 > d:
            end_point = Point(d2, "day")
    return Resolved("DATE", p.value(), p, explicit=True, end_point=end_point, anchor=anchor,
                    partial=not explicit)


def _year_of_weekday(year: int, month: int, day: int, wd: int, reach: int) -> int:
    """"Saturday [October 1]": the year, nearest the guessed one (at most
    ``reach`` years away, the earlier on a tie), in which the day falls on the weekday."""
    for dy in sorted(range(-reach, reach + 1), key=lambda k: (abs(k), k)):
        d = safe_date(year + dy, month, day)
        if d is not None and d.isoweekday() == wd:
            return year + dy
    return year


def r_wd_bracket(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    month = _month(g.get("m") or g.get("m2"))
    day = int(g.get("d") or g.get("d2") or 0)
    if month is None or not 1 <= day <= 31:
        return None
    return _day_value(c, ctx, month, day, _year(g.get("y")), g)


def r_iso(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    d = safe_date(int(c.groups["y"]), int(c.groups["mo"]), int(c.groups["d"]))  # type: ignore[arg-type]
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), Point(d, "day"), explicit=True)


def r_numeric(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """30.09.2022, 09/30/2022: the day/month order is ambiguous; dateparser
    decides (imported only here), counted from the publication date."""
    g = c.groups
    a, b = int(g["a"]), int(g["b"])  # type: ignore[arg-type]
    y = int(g["y"])  # type: ignore[arg-type]
    if y < 100:
        y += 2000 if y < 50 else 1900
    if g["sep"] == "." or a > 12:
        d = safe_date(y, b, a)
    elif b > 12:
        d = safe_date(y, a, b)
    else:
        d = _dateparser(text[c.start:c.end], ctx)
    if d is None:
        return None
    return Resolved("DATE", d.isoformat(), Point(d, "day"), explicit=True)


def _dateparser(s: str, ctx: Context) -> date | None:
    import dateparser  # slow to import: only for what the rules leave open

    base = datetime.combine(ctx.dct, datetime.min.time()) if ctx.dct else datetime(2000, 1, 1)
    parsed = dateparser.parse(s, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY",
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
    })
    return parsed.date() if parsed else None


_A_MARCH_BEFORE = re.compile(r"\b(?:the|a|an|annual|great|long|silent|peaceful|[A-Za-z]+['’]s)\s+(?:``|[\"“‘'])?$",
                             re.IGNORECASE)
_A_MARCH_AFTER = re.compile(r"\s+(?:of|for|against|on)\s+(?!\d|(?:next|last|this|that|each|every)\b)")


def r_month(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    word = g["m"] or ""
    month = _month(word)
    if month is None or not _capitalized(word):
        return None
    lw = word.lower()
    if lw in ("may", "march") and not (g.get("y") or g.get("rel") or g.get("mod") or g.get("part") or g.get("rel2")):
        if ctx.is_verb_at(c.end - len(word)):
            return None
        # Sentence-initial "May" / "March" is a verb or a name more often than a month.
        before = text[max(0, c.start - 3):c.start]
        if lw == "may" and (not before.strip() or before.rstrip()[-1:] in ".!?\"“"):
            return None
        # "the annual March for Life", "a March of the Mothers": a march, not the month.
        if lw == "march" and _A_MARCH_BEFORE.search(text, max(0, c.start - 12), c.start) \
                and _A_MARCH_AFTER.match(text, c.end):
            return None
    if lw in ("mar", "jun", "jul", "dec", "aug", "jan", "feb", "apr", "oct", "nov", "sep", "sept") and not g.get("y"):
        if not word.endswith("."):
            return None
    year = _year(g.get("y"))
    explicit = year is not None
    rel = _lower(g, "rel")
    rel2 = _lower(g, "rel2")
    anchor = None
    if year is None:
        if rel or rel2:
            a = ctx.deictic(c.start)
            if a is None and (yf := ctx.year_for(c.start)) is not None:
                # No publication date: "last February" counts from the narrative's month.
                a = Anchor(yf[0], "day", "narrative")
            if a is None:
                return Resolved("DATE", f"XXXX-{month:02d}", part=_part(g))
            ref = a.day
            anchor = a.source
            if rel2:
                year = ref.year + {"last": -1, "this": 0, "next": 1}[rel2]
            elif rel in ("last", "past", "this past", "previous", "early last", "late last"):
                year = ref.year if month < ref.month else ref.year - 1
            elif rel in ("next", "coming", "this coming"):
                year = ref.year if month > ref.month else ref.year + 1
            else:  # this
                year = ref.year
        elif g.get("that") and (a := ctx.anaphoric(c.start, ("year", "month", "day"))) is not None:
            # "In October of that year": the year the narrative last named
            year, anchor = a.day.year, a.source
        else:
            year, anchor = _place_year(ctx, c.start, month, None)
            if year is None:
                return Resolved("DATE", f"XXXX-{month:02d}", part=_part(g))
    p = Point(date(year, month, 1), "month")
    value = p.value()
    part = _part(g)
    wk = _lower(g, "wk")
    if wk:
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4, "5th": 5}.get(wk)
        first = date(year, month, 1)
        if wk in ("last", "final"):
            first = add_months(first, 1) - timedelta(days=7)
        elif n:
            first = first + timedelta(days=7 * (n - 1))
        last = first + timedelta(days=6)
        return Resolved("DATE", point(first + timedelta(days=3), "week").value(), Point(first, "day"),
                        explicit=explicit, anchor=anchor,
                        iv=(first.isoformat(), last.isoformat(), "week"))
    return Resolved("DATE", value, p, part=part, explicit=explicit or anchor == "sentence", anchor=anchor,
                    partial=not explicit and not (rel or rel2), mod=mod_of(g.get("mod")))


def _part(g: G) -> str | None:
    mod = _lower(g, "mod")
    if mod in ("early", "mid", "late"):
        return mod
    part = _lower(g, "part")
    if part:
        for key in ("first half", "second half", "last half", "latter half", "beginning", "start", "middle",
                    "end", "rest", "first part", "latter part"):
            if key in part:
                return {"first part": "early", "latter part": "late"}.get(key, key)
    return None


def r_month_quarter(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """"the January-March quarter" is 2023-Q1; months that are no calendar quarter are left to the range rule."""
    g = c.groups
    m1, m2 = _month(g.get("m")), _month(g.get("m2"))
    if m1 is None or m2 is None or m1 % 3 != 1 or m2 != m1 + 2:
        return None
    year = _year(g.get("y"))
    anchor = None
    if year is None:
        year, anchor = _place_year(ctx, c.start, m1 + 1, None)
        if year is None:
            return Resolved("DATE", f"XXXX-Q{(m1 + 2) // 3}")
        a = ctx.deictic(c.start)
        if a is not None and date(year, m1, 1) > a.day and ctx.tense(c.start) == "past":
            year -= 1  # as for "the second quarter": one not begun yet is last year's in a past-tense report
    p = Point(date(year, m1, 1), "quarter")
    return Resolved("DATE", p.value(), p, explicit=g.get("y") is not None, anchor=anchor)


def r_month_range(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    m1, m2 = _month(g["m"]), _month(g["m2"])
    if not m1 or not m2 or not _capitalized(g["m"]) or not _capitalized(g["m2"]):
        return None
    if "." not in (g["m"] or "") and len(g["m"] or "") <= 3:
        return None
    y2 = _year(g.get("y"))
    anchor = None
    if y2 is None:
        y2, anchor = _place_year(ctx, c.start, m2, None)
    if y2 is None:
        return Resolved("DATE", f"XXXX-{m1:02d}")
    y1 = y2 if m1 <= m2 else y2 - 1
    p1, p2 = Point(date(y1, m1, 1), "month"), Point(date(y2, m2, 1), "month")
    return Resolved("DATE", p1.value(), p1, end_point=p2, explicit=g.get("y") is not None, anchor=anchor)


def r_year(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    y = int(g["y"])  # type: ignore[arg-type]
    if not 1000 <= y <= 2100:
        return None
    # What precedes the year itself, or its "mid-"/"post-" prefix (whose hyphen is no code's).
    core_start = c.start if (g.get("mod") or g.get("pre")) and text[c.end - 5] == "-" else c.end - 4
    before = text[max(0, core_start - 12):core_start].lower()
    if re.search(r"(?:no\.|nos\.|no|number|#|\$|€|£|resolution|law|article|flight|route|highway|section|"
                 r"paragraph|code|room|page|pages|item|chapter|bus|train|model|version|unit|brigade|regiment|"
                 r"division|battalion|grid|level|rule|decree|order|bill|act|lot|serial|tel\.?|phone|call|"
                 r"brigades|points|point|index|[a-z]-|\d[.,]?)\s*$", before):
        return None
    after = text[c.end:c.end + 24]
    if re.match(r"\s*(?:[-–]\s*[a-z]|/\d|\.\d|:\d|,\d{3})", after, re.I):
        return None
    if not (g.get("fiscal") or g.get("mod") or g.get("part") or g.get("pre")) and ctx.plural_noun_after(c.end):
        # "2000 soldiers" is a count; "the 2014 protests" is a year (a determiner
        # before it, a year that has passed, and a noun that is no count of people or things).
        ref = ctx.dct.year if ctx.dct else 2100
        # The determiner may stand before a first year ("the 2008 and 2012 elections").
        det = re.search(r"(?:\b(?i:the|its|their|his|her)|\b[A-Z][\w-]*['’]s)\s+"
                        r"(?:(?:1[89]|20)\d\d\s*(?:,|and|or|to|[-–])\s*)*$", text[max(0, c.start - 30):c.start])
        # "below 1990 levels": the level of a year.
        levels = re.search(r"\b(?:below|above|near|at|to|from|of|over|under|beyond)\s+$",
                           text[max(0, c.start - 8):c.start], re.IGNORECASE) is not None \
            and re.match(r"\s+levels\b", text[c.end:c.end + 8]) is not None
        if not ((det or levels)
                and 1900 <= y <= ref and re.match(r"\s+(?:[a-z-]+ )?(?:protests|elections|talks|attacks|bombings|"
                                                   r"strikes|riots|hearings|negotiations|accords|agreements|games|"
                                                   r"olympics|floods|killings|massacres|reforms|sanctions|levels|"
                                                   r"demonstrations|events|campaigns|offensives|invasions)\b", text[c.end:c.end + 30])):
            return None
    if re.match(r"\s*(?:people|persons|men|women|troops|soldiers|km|kilometers|kilometres|miles|meters|metres|"
                r"feet|tons|tonnes|dollars|euros|hryvnias|rubles|times|units|votes|shares|cases|deaths|"
                r"civilians|residents|refugees)\b", after, re.I):
        return None
    p = Point(date(y, 1, 1), "year")
    pre = _lower(g, "pre")
    if pre:  # "post-1959"
        return Resolved("DATE", p.value(), p, explicit=True, part={"post": "after", "pre": "before"}[pre])
    return Resolved("DATE", p.value(), p, part=_part(g), explicit=True)


def r_year_range(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    y1 = int(g["y"])  # type: ignore[arg-type]
    s2 = g["y2"] or ""
    y2 = int(s2) if len(s2) == 4 else (y1 // 100 * 100 + int(s2) if len(s2) == 2 else -1)
    if not y1 < y2 <= y1 + 200 or not 1000 <= y1 <= 2100:
        return None
    before = text[max(0, c.start - 10):c.start].lower()
    if re.search(r"(?:no\.|no|number|#|\$|law|resolution|[a-z]-)\s*$", before):
        return None
    if text[c.start:c.end].count("/") and len(s2) == 4:
        pass
    p1, p2 = Point(date(y1, 1, 1), "year"), Point(date(y2, 1, 1), "year")
    return Resolved("DATE", p1.value(), p1, end_point=p2, explicit=True)


def r_spelled_month(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """"January nineteen ninety-seven", "the winter of nineteen ninety-four"."""
    g = c.groups
    y = _spelled_year(_lower(g, "w"))
    if g.get("m"):
        month = _month(g["m"])
        if month is None or not _capitalized(g["m"]) or g.get("the"):
            return None
        p = Point(date(y, month, 1), "month")
        return Resolved("DATE", p.value(), p, explicit=True)
    p = season_point(y, SEASONS[_lower(g, "s")])
    return Resolved("DATE", p.value(), p, explicit=True)


def r_spelled_year(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    y = _spelled_year(_lower(c.groups, "w"))
    p = Point(date(y, 1, 1), "year")
    return Resolved("DATE", p.value(), p, explicit=True)


def _spelled_year(words: str) -> int:
    w = words.replace("-", " ").split()
    table = numbers()
    if w[0] == "nineteen":
        rest = w[1:]
        if len(rest) == 1 and rest[0] in table:
            y = 1900 + table[rest[0]][0]
        else:
            y = 1900 + sum(table[x][0] for x in rest if x in table)
    else:
        y = 2000 + sum(table[x][0] for x in w[2:] if x in table and x != "and")
    return y


def r_decade(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    if g.get("dy"):
        s = g["dy"]
        if s.startswith("'"):
            a = ctx.deictic(c.start)
            century = (a.day.year // 100) if a else 19
            tens = int(s[1])
            y = century * 100 + tens * 10
            if a and y > a.day.year:
                y -= 100
        else:
            y = int(s)
    else:
        if not g.get("the"):
            return None
        names = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        y = 1920 + 10 * names.index(g["dw"].lower())  # type: ignore[union-attr]
    if y % 10:
        return None
    p = Point(date(y, 1, 1), "decade")
    return Resolved("DATE", p.value(), p, part=_part(g), explicit=True)


def r_century(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    the = _lower(g, "the")
    n = None
    if g.get("n"):
        n = int(g["n"])  # type: ignore[arg-type]
    elif g.get("nw"):
        n = {"twenty-first": 21, "twentieth": 20}.get(g["nw"].lower()) or numbers().get(g["nw"].lower(), (0, ""))[0]  # type: ignore[union-attr]
    if n:
        p = Point(date((n - 1) * 100 or 1, 1, 1), "century")
        return Resolved("DATE", p.value(), p, part=_part(g), explicit=True)
    if the in ("this", "last", "next", "the last", "the next", "the past"):
        a = ctx.deictic(c.start)
        if the in ("the last", "the past", "the next") and "centuries" not in text[c.start:c.end].lower():
            return Resolved("DURATION", "P100Y")
        if a is None:
            return Resolved("DATE", {"this": "PRESENT_REF", "last": "PAST_REF"}.get(the, "FUTURE_REF"))
        shift_n = {"this": 0, "last": -1, "next": 1}[the]
        d = start_of(a.day, "century")
        p = Point(date(max(1, d.year + 100 * shift_n), 1, 1), "century")
        return Resolved("DATE", p.value(), p, anchor=a.source)
    return None


def r_season(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    s = _lower(g, "s")
    rel = _lower(g, "rel")
    if s == "fall" and not (rel or g.get("y")):
        return None
    if s == "fall" and not g.get("y") and re.match(r"\s+of\s+(?!\d|['’]\d)", text[c.end:c.end + 8]):
        return None  # "the fall of Bakhmut", "the fall of the Berlin Wall": a collapse, not autumn
    if s == "spring" and not (rel or g.get("y")) and ctx.is_verb_at(c.end - len(s)):
        return None
    if (not rel and not g.get("y") and _capitalized(g.get("s")) and ctx.sentence_start(c.start) != c.start
            and re.match(r"\s+of\s+(?-i:[A-Z])", text[c.end:c.end + 8])):
        return None  # "the Spring of Life rallies", "the Winter of Discontent": a name
    if (not rel and not g.get("y") and not g.get("rel2") and _capitalized(g.get("s"))
            and re.search(r"\b(?-i:[A-Z])[a-z]+\s+$", text[max(0, c.start - 16):c.start])
            and not re.search(r"\b(?i:in|by|since|during|until|till|through|last|this|next|early|late|each|every|"
                              r"before|after|over|for|the|until|mid|from|of|and|or|but)\s+$",
                              text[max(0, c.start - 16):c.start])):
        return None  # "the Arab Spring", "the Prague Spring": a name
    code = SEASONS[s]
    year = _year(g.get("y"))
    mod = _lower(g, "mod") or (rel if rel in ("early", "late", "mid") else "")
    part = mod or None
    if year is None and g.get("rel2"):  # "the spring of last year"
        a = ctx.deictic(c.start)
        if a is None:
            return Resolved("DATE", f"XXXX-{code}", part=part)
        p = season_point(a.day.year + {"last": -1, "this": 0, "next": 1}[_lower(g, "rel2")], code)
        return Resolved("DATE", p.value(), p, part=part, anchor=a.source)
    if year is not None:
        p = season_point(year, code)
        return Resolved("DATE", p.value(), p, part=part, explicit=True)
    a = ctx.deictic(c.start)
    if a is None:
        return Resolved("DATE", f"XXXX-{code}", part=part)
    cur_year, cur_code = season_of(a.day)
    order = ["SP", "SU", "FA", "WI"]

    def idx(y: int, cd: str) -> int:
        return y * 4 + order.index(cd)

    cur = idx(cur_year, cur_code)
    # The candidate years whose season is nearest; choose by relative word or tense.
    options = [(y, idx(y, code)) for y in (cur_year - 1, cur_year, cur_year + 1)]
    if rel in ("last", "past", "this past", "previous"):
        y = max((y for y, i in options if i < cur), default=cur_year - 1)
    elif rel in ("next", "coming", "this coming"):
        y = min((y for y, i in options if i > cur), default=cur_year + 1)
    elif rel == "this":
        y = min(options, key=lambda o: abs(o[1] - cur))[0]
    else:
        tense = ctx.tense(c.start)
        if tense == "past":
            y = max((y for y, i in options if i <= cur), default=cur_year)
        elif tense == "future":
            y = min((y for y, i in options if i >= cur), default=cur_year)
        else:
            y = min(options, key=lambda o: abs(o[1] - cur))[0]
    p = season_point(y, code)
    return Resolved("DATE", p.value(), p, part=part, anchor=a.source)


# --------------------------------------------------------------------------- quarters


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def r_quarter(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    q = _ORD[_lower(g, "ord")]
    det = _lower(g, "det")
    pre = _lower(g, "pre")
    start = c.start
    surface = text[c.start:c.end].lower()
    if det in ("a", "an", "its") or (det == "the" and re.search(r"(?:first|second|third|fourth|1st|2nd|3rd|4th)-", surface)):
        start = c.start + len(g["det"]) + 1  # type: ignore[arg-type]
    year = _year(g.get("y") or g.get("y2"))
    anchor = None
    if year is None:
        a = ctx.deictic(c.start)
        if a is None:
            return Resolved("DATE", f"XXXX-Q{q}", start=start)
        ref = a.day
        anchor = a.source
        year = ref.year
        if det == "last year's":
            year -= 1
        elif det == "next year's":
            year += 1
        elif "year-ago" in pre or "year-earlier" in pre:
            year -= 1
        else:
            # A quarter that has not begun yet is last year's in past-tense reports.
            if date(year, 3 * q - 2, 1) > ref and ctx.tense(c.start) == "past":
                year -= 1
    p = Point(date(year, 3 * q - 2, 1), "quarter")
    return Resolved("DATE", p.value(), p, explicit=g.get("y") is not None, anchor=anchor, start=start)


def r_quarter_rel(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    det = _lower(g, "det")
    pre = _lower(g, "pre")
    txt = text[c.start:c.end].lower()
    prev = ctx.in_sentence(c.start, ("quarter",)) or ctx.narrative(c.start, ("quarter",))
    if prev is None:
        for at, p in reversed(ctx.resolved):
            if at < c.start and p.gran == "quarter":
                prev = p
                break
    a = ctx.deictic(c.start)
    if prev is not None and a is not None and det in ("the latest", "the most recent") \
            and add_months(prev.day, 3) > a.day:
        prev = None  # "the latest quarter" is one already over: not a quarter named ahead ("a fourth-quarter charge")
    ended = _quarter_ended(text, c.end, a.day if a else None)
    if ended is not None and "year-ago" not in txt and "year-earlier" not in txt:
        p = Point(start_of(ended - timedelta(days=45), "quarter"), "quarter")
        return Resolved("DATE", p.value(), p, anchor=a.source if a else None)
    if prev is not None:
        base = prev.day
        source = "narrative"
    elif a is not None:
        # The quarter being reported: the last one that ended before the publication date.
        base = start_of(a.day, "quarter")
        base = add_months(base, -3)
        source = a.source
        if det in ("this", "the current") or "current" in txt:
            base = start_of(a.day, "quarter")
    else:
        return Resolved("DATE", "XXXX-QX")
    if det in ("last", "the previous", "the past") and prev is None:
        pass
    if det == "next":
        base = add_months(start_of(a.day if a else base, "quarter"), 3)
    derived = False
    if "year-ago" in txt or "year-earlier" in txt or "a year ago" in txt or "a year earlier" in txt:
        base = add_months(base, -12)
        derived = True
    p = Point(base, "quarter")
    return Resolved("DATE", p.value(), p, anchor=source, refable=not derived)


def _quarter_ended(text: str, at: int, ref: date | None) -> date | None:
    """The last day in "the quarter ended Sept. 30": the most recent such day
    (at most a month after the reference day)."""
    m = re.match(r"\s+(?:that\s+)?(?:ended|ending|ends)\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b", text[at:at + 40])
    if m is None or ref is None:
        return None
    month = _month(m[1])
    if month is None:
        return None
    d = safe_date(ref.year, month, int(m[2]))
    if d is not None and d > ref + timedelta(days=31):
        d = safe_date(ref.year - 1, month, int(m[2]))
    return d


def r_qnum(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    q = (g["q"] or "").upper()
    year = _year(g.get("y"))
    gran = "quarter" if q[0] == "Q" else "half"
    n = int(q[1])
    if year is None:
        a = ctx.deictic(c.start)
        if a is None:
            return Resolved("DATE", f"XXXX-{q}")
        year = a.day.year
    first = date(year, (3 if gran == "quarter" else 6) * (n - 1) + 1, 1)
    p = Point(first, gran)
    return Resolved("DATE", p.value(), p, explicit=g.get("y") is not None)


def r_half(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    y = int(g["y"])  # type: ignore[arg-type]
    part = _lower(g, "part")
    first = date(y, 1 if "first" in part else 7, 1)
    p = Point(first, "half")
    return Resolved("DATE", p.value(), p, explicit=True)


# --------------------------------------------------------------------------- relative


def r_deictic_day(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    w = _lower(g, "w")
    a = ctx.deictic(c.start)
    pod = _lower(g, "pod")
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2}[w]
    if w == "tonight":
        pod = "night"
    if a is None:
        if w == "today":
            return Resolved("DATE", "PRESENT_REF")
        return Resolved("DATE", "PAST_REF" if offset < 0 else "FUTURE_REF")
    if w == "today" and text[c.start] == "T" and re.match(r"\s+(?:show|program|programme|newspaper|edition)\b",
                                                         text[c.end:c.end + 12]) \
            and ctx.sentence_start(c.start) != c.start:
        return None  # "NBC's Today show", "the Today programme": a title
    if w == "today" and text[c.start] == "T" and re.search(r"\b(?:[A-Z][A-Za-z]*|[A-Z]{2,})(?:['’]s)?\s+$", text[max(0, c.start - 12):c.start]) \
            and ctx.sentence_start(c.start) != c.start and not re.search(r"[.!?\n\"“”]\s*$", text[max(0, c.start - 3):c.start]):
        return None  # "USA Today", "VOA Today": a title, not the day
    if w == "today" and re.match(r"['’]s\s+(?:(?:modern|young|personal|digital)\s+)?(?:era|world|youth|"
                                 r"generations?|society|societies|standards|terms|climate|economy|economies|military|"
                                 r"militaries|armies|wars?|warfare|conflicts?|threats?|challenges?|technology|"
                                 r"technologies|computers|children|kids|people|teenagers|students|consumers|media|"
                                 r"politics|politicians|leaders|europe|russia|ukraine|america)\b",
                                 text[c.end:c.end + 30], re.IGNORECASE):
        # "today's youth", "today's world": the present age in general, not a day nor
        # a point of the narrative. Neither TimeBank nor AQUAINT marks these.
        return None
    d = a.day + timedelta(days=offset)
    p = Point(d, "day")
    value = p.value() + _pod(pod)
    typ = "TIME" if pod and w != "tonight" else "DATE"
    return Resolved(typ, value, p, anchor=a.source)


def r_this_pod(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    rel = _lower(g, "rel")
    pod = _lower(g, "pod")
    if rel == "that" or rel.startswith("the"):
        a = ctx.anaphoric(c.start, ("day",))
    else:
        a = ctx.deictic(c.start)
    if a is None:
        return Resolved("TIME", "XXXX-XX-XX" + _pod(pod))
    d = a.day
    if rel == "last" or (rel == "the previous"):
        d -= timedelta(days=1)
    elif rel in ("the next", "the following"):
        d += timedelta(days=1)
    p = Point(d, "day")
    return Resolved("TIME", p.value() + _pod(pod), p, anchor=a.source)


def r_overnight(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    a = ctx.deictic(c.start)
    if a is None:
        return Resolved("TIME", "XXXX-XX-XXTNI")
    p = Point(a.day, "day")
    return Resolved("TIME", p.value() + "TNI", p, anchor=a.source)


def r_weekday(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    word = g["wd"] or ""
    if not _capitalized(word):
        return None
    wd = WEEKDAYS[word.lower().rstrip(".")]
    rel = _lower(g, "rel")
    pod = _lower(g, "pod")
    shift_ = _lower(g, "shift")
    if not rel and re.search(r"\b(?:Black|Bloody|Cyber|Super|Good|Holy|Maundy|Ash|Palm|Easter|Fat|Shrove)\s+$",
                             text[max(0, c.start - 8):c.start]):
        return None  # "Black Friday", "Bloody Sunday", "the Good Friday Agreement": a name, not last Friday
    if shift_ and (pod or g.get("pl") or not re.match(r"\s*(?:[,.;:)]|['’]s\b)", text[c.end:c.end + 3])):
        # "the day before last Tuesday" is a day; "the day after Friday night" or
        # "the day before Monday talks" say too little to name one.
        return None
    if g.get("pl") or g.get("pl2"):  # "on Mondays", "Tuesday nights"
        return Resolved("SET", f"XXXX-WXX-{wd}" + _pod(pod))
    if rel in ("that",):
        return None
    d, source = _weekday_date(ctx, c.start, wd, rel)
    if shift_ and d is not None:
        # "the day before last Tuesday's hearing": one day off the weekday, one TIMEX3
        # (AQUAINT marks "day before last Tuesday"; "the" stays out as it does for
        # "the day before the invasion").
        d = d + timedelta(days=-1 if shift_.endswith("before") else 1)
    # "Friday evening" is a TIME, as "this evening" and "the evening of September 21"
    # are (TimeML: a time of day, however vague; TimeBank agrees, AQUAINT mostly says DATE).
    typ = "TIME" if pod else "DATE"
    if d is None:
        return Resolved(typ, "XXXX-XX-XX" if shift_ else f"XXXX-WXX-{wd}" + _pod(pod))
    p = Point(d, "day")
    start = c.start
    if rel in ("earlier", "later"):  # TimeBank leaves these out of the span
        start = c.start + len(g["rel"]) + 1  # type: ignore[arg-type]
    return Resolved(typ, p.value() + _pod(pod), p, anchor=source, start=start,
                    part=rel if rel in ("early", "late") else None)


def r_rel_unit(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    rel = _lower(g, "rel")
    unit = _lower(g, "unit")
    pre = _lower(g, "pre")
    part = _part({"part": pre, "mod": pre if pre in ("early", "late") else None})
    span_start = None
    if pre in ("earlier", "later"):  # kept in the span ("earlier this year", as TimeML does)
        part = None
    surface = text[c.start:c.end]
    if (unit in ("week", "month", "year") and re.fullmatch(r"This\s+(?:Week|Month|Year)", surface)
            and text[:c.start].rstrip()[-1:] not in ("", ".", "!", "?", ":")):
        return None  # ABC's "This Week": a programme title mid-sentence
    anaphoric = rel in ("that", "the following", "the previous", "the preceding", "the same", "that same",
                        "the very same", "this same", "the next") and not (rel == "the next" and unit != "day")
    if unit == "day" and rel in ("this", "last", "past", "the past", "current", "the current", "the last",
                                 "previous", "coming", "the coming", "next"):
        if rel in ("the past", "the last", "past"):
            return Resolved("DURATION", "P1D")
        return None
    if unit == "decade" and rel in ("the past", "the last", "past", "the next", "the coming"):
        pass
    a = ctx.anaphoric(c.start) if anaphoric else ctx.deictic(c.start)
    if a is None:
        value = {"past": "PAST_REF", "last": "PAST_REF", "previous": "PAST_REF", "next": "FUTURE_REF",
                 "coming": "FUTURE_REF", "the following": "FUTURE_REF"}.get(rel.replace("the ", ""), "PRESENT_REF")
        return Resolved("DATE", value)
    gran = {"fortnight": "week"}.get(unit, unit)
    base = a.day
    if anaphoric and a.gran in ("year", "month", "quarter", "decade", "week") and gran == "day":
        # "In October ... that same day": a day of that month, which one unknown.
        known = {"year": f"{a.day.year:04d}-XX-XX", "month": f"{a.day.year:04d}-{a.day.month:02d}-XX"}
        return Resolved("DATE", known.get(a.gran, "XXXX-XX-XX"), anchor=a.source)
    n = 0
    if rel in ("last", "past", "previous", "the past", "the last", "the previous", "the preceding", "this past"):
        n = -1
    elif rel in ("next", "the next", "the following", "coming", "the coming", "this coming"):
        n = 1
    if rel in ("the past", "the last", "the next", "the coming") and unit in ("week", "month", "year", "decade", "fortnight"):
        # "the past year" is a year-long stretch back from now: TimeBank writes the previous unit.
        pass
    if gran == "weekend":
        base = start_of(base, "week") + timedelta(days=5)
        if n:
            base = base + timedelta(days=7 * n)
        elif ctx.tense(c.start) == "past" and base > a.day:
            base -= timedelta(days=7)
        p = Point(base, "weekend")
        return Resolved("DATE", p.value(), p, part=part, anchor=a.source, start=span_start)
    d = shift(base, gran, n)
    p = point(d, gran)
    iv = None
    if pre in ("earlier", "later") and n == 0 and (full := interval(p.value())):
        # "earlier this year": from the start of the year up to the reference day.
        ref = a.day.isoformat()
        if full[0] <= ref <= full[1]:
            iv = (full[0], ref, full[2]) if pre == "earlier" else (ref, full[1], full[2])
    return Resolved("DATE", p.value(), p, part=part, anchor=a.source, start=span_start, iv=iv)


def r_in_the_unit(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    unit = _lower(g, "unit")
    a = ctx.anaphoric(c.start) if unit != "day" else ctx.deictic(c.start)
    if a is None:
        return Resolved("DATE", "PAST_REF" if _lower(g, "pre") == "earlier" else "FUTURE_REF")
    p = point(a.day, unit)
    return Resolved("DATE", p.value(), p, anchor=a.source)


def r_end_of(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    unit = _lower(g, "unit")
    a = ctx.anaphoric(c.start, (unit, "day")) if unit != "day" else ctx.deictic(c.start)
    if a is None:
        return Resolved("DATE", "XXXX")
    p = point(a.day, unit)
    return Resolved("DATE", p.value(), p, part=_part(g), anchor=a.source)


def r_year_end(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    w = _lower(c.groups, "w")
    unit = "month" if "month" in w else "year"
    a = ctx.deictic(c.start)
    if a is None:
        return Resolved("DATE", "XXXX")
    p = point(a.day, unit)
    return Resolved("DATE", p.value(), p, part="middle" if "mid" in w else "end", anchor=a.source)


def r_unit_anaphor(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    unit = _lower(g, "unit")
    d = _lower(g, "dir")
    before = text[max(0, c.start - 5):c.start].lower()
    if not before.endswith("the "):
        return None
    start = c.start - 4
    n = -1 if d in ("before", "earlier", "preceding") else 1
    gran = "day" if unit == "night" else unit
    # "the day after his death": a day next to an event dated earlier in the text.
    # Before an event ("the week following the crash") the span is the noun alone, as
    # both corpora mark it; before punctuation "the day before" is the whole expression.
    near_event = (re.match(r"\s+(?!(?:that|when)\b)\w", text[c.end:c.end + 8], re.IGNORECASE) is not None
                  and d not in ("earlier", "later"))
    if near_event:
        start, end = c.start, c.start + len(g["unit"])  # type: ignore[arg-type]
        if unit == "day" and (same := _apposed_day(ctx, text, start - 4)) is not None:
            # "on Oct. 12, the day before the crash": the phrase renames the date it
            # stands beside; the event it counts from is the next day, not Oct. 12.
            return Resolved("DATE", same.value(), same, anchor="narrative", start=start, end=end)
        event = _event_anchor(c, ctx, text, c.end)
        if event is not None:
            p = point(shift(event, gran, n), gran)
            return Resolved("DATE", p.value(), p, anchor="event", start=start, end=end)
    else:
        end = c.end
    a = ctx.anaphoric(c.start, ("day",) if unit in ("day", "night") else None)
    if a is None:
        return Resolved("DATE", "PAST_REF" if n < 0 else "FUTURE_REF", start=start, end=end)
    p = point(shift(a.day, gran, n), gran)
    return Resolved("DATE", p.value(), p, anchor=a.source, start=start, end=end)


def _apposed_day(ctx: Context, text: str, at: int) -> Point | None:
    """The day resolved just before ``at`` when only a comma or dash separates
    them ("Oct. 12, the day ..."): an apposition naming the same day."""
    for start, p in reversed(ctx.resolved):
        if start >= at:
            continue
        if p.gran == "day" and re.fullmatch(r"[\w.' ]{1,30}(?:,|\s--|\s—)\s*", text[start:at]):
            return p
        return None
    return None


def r_units_event(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """"in the weeks before the shooting": the plural noun alone, as AQUAINT marks it
    (TimeBank has no such case): a vague DATE in the past or the future of the
    event ("the weeks" is no calendar unit one could name). "the years that
    followed" is a stretch of years (DURATION PXY)."""
    g = c.groups
    unit = _unit_of(_lower(g, "unit"))
    d = _lower(g, "dir")
    start = c.start + 4
    end = start + len(g["unit"])  # type: ignore[arg-type]
    if unit == "year":
        return Resolved("DURATION", "PXY", start=start, end=end)
    return Resolved("DATE", "PAST_REF" if d in ("before", "preceding", "leading up to") else "FUTURE_REF",
                    start=start, end=end)


_UNIT_GRAN = {"second": "S", "minute": "M", "hour": "H"}


def _unit_of(word: str) -> str:
    w = word.lower()
    if w in ("centuries", "century"):
        return "century"
    if w in ("millennia", "millennium"):
        return "millennium"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration: P3M, PT4H, P1DE, PXY; halves go to the next smaller unit."""
    if unit in ("decade", "century", "millennium"):
        years = {"decade": 10, "century": 100, "millennium": 1000}[unit]
        return "PXY" if n is None else f"P{n * years:g}Y"
    letter = UNITS[unit]
    timey = unit in ("second", "minute", "hour")
    if unit == "minute":
        letter = "M"
    if unit == "fortnight":
        return "PXW" if n is None else f"P{_num(2 * n)}W"
    if n is None:
        return ("PT" if timey else "P") + "X" + letter
    if n != int(n):
        whole = int(n)
        frac = n - whole
        sub = {"year": (12, "M", False), "month": (30, "D", False), "day": (24, "H", True),
               "hour": (60, "M", True), "minute": (60, "S", True), "week": (7, "D", False)}.get(unit)
        if sub and (frac * sub[0]).is_integer():
            subn = int(frac * sub[0])
            if timey or sub[2]:
                head = "PT" if timey else "P"
                mid = f"{whole}{letter}" if whole else ""
                if not timey and sub[2]:
                    return f"P{mid}T{subn}{sub[1]}"
                return f"{head}{mid}{subn}{sub[1]}"
            return f"P{whole}{letter}{subn}{sub[1]}" if whole else f"P{subn}{sub[1]}"
        return ("PT" if timey else "P") + f"{n:g}" + letter
    return ("PT" if timey else "P") + f"{int(n)}" + letter


def _num(x: float) -> str:
    return f"{x:g}"


_BEFORE_VERB_LAST = re.compile(r"(?:\b(?:to|will|would|could|can|may|might|should|shall|must|did|does|do|not|"
                               r"never|usually|often|typically|generally|only|still)|n['’]t)\s+$", re.IGNORECASE)


def _last_is_verb(ctx: Context, text: str, at: int) -> bool:
    """Whether "last" at ``at`` is the verb ("is expected to last several
    weeks", "the storm will last three more days"): after "to", a modal or a
    negation, or tagged a verb."""
    if ctx.is_verb_at(at):
        return True
    return _BEFORE_VERB_LAST.search(text, max(0, at - 20), at) is not None


def r_duration(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    num_s = _lower(g, "num")
    unit_word = _lower(g, "unit")
    unit = _unit_of(unit_word)
    if unit not in UNITS:
        return None
    plural = unit_word.endswith("s") or unit_word in ("centuries", "millennia")
    mod = _lower(g, "mod")
    rel = _lower(g, "rel")
    the = _lower(g, "the")
    d = _lower(g, "dir")
    start, end = c.start, c.end
    if rel == "last" and not the and not mod and _last_is_verb(ctx, text, c.start):
        # "the talks could last two days": the verb "last", not "the last two days".
        start = c.start + re.match(r"last\s+", text[c.start:], re.IGNORECASE).end()  # type: ignore[union-attr]
        rel = ""
    if (text[c.start:c.end].lower() == "one day" and not mod
            and re.search(r"\b(?:will|would|could|may|might|can|should|shall|must)\s+$",
                          text[max(0, c.start - 8):c.start], re.IGNORECASE)):
        return Resolved("DATE", "FUTURE_REF")  # "Ukraine will one day join": some day ahead, not 24 hours
    n = number_value(num_s)
    vague = n is None
    if vague and num_s not in ("several", "a few", "few", "many", "a couple", "a couple of", "dozens of",
                                "hundreds of", "a number of"):
        return None
    if num_s in ("a", "an") and plural:
        return None
    if num_s in ("a couple",) and not plural:
        return None
    if not vague and n is not None and n > 1 and not plural and not text[c.start:c.end].lower().endswith(unit_word):
        return None
    # Numbers that are counts of something else: "150,000 years" is fine, but
    # "2,000 arrests a day" never reaches here; reject huge day/hour counts.
    if n is not None and unit in ("day", "hour", "week") and n > 5000:
        return None
    if unit == "night" and num_s in ("a", "an", "one"):
        return None
    if unit == "second" and num_s in ("a", "an", "one"):
        return None  # "a second" (ordinal sense) is rarely a duration
    if unit == "quarter" and num_s in ("a", "an", "one"):
        return None  # "a quarter of the population"
    if unit == "weekend":
        return None
    if g.get("half"):
        n = (n or 0) + 0.5
    if n is not None and n >= 1000 and unit != "year":
        return None  # "on Oct. 7, 2021 months before the invasion": a year, not a count
    if re.match(r"[\s-]+old\b", text[c.end:c.end + 8]) and not d:
        return None  # "52 years old": an age
    if num_s in ("a", "an") and not (mod or rel or the or d) and _rate_before(text, c.start):
        return None  # "$40 million a year", "four flights a week": a rate (per_unit, a SET)
    dmod = mod_of(g.get("mod")) or ("APPROX" if d in ("or so",) else None)
    if (mod in ("only", "barely") or (mod in ("over", "under", "about", "around", "some") and the)
            or (mod == "over" and num_s not in ("a", "an") and not d)):
        # "only five hours", "barely a month": no TimeML mod says "only", and both
        # TimeBank and AQUAINT leave the word out. "over" is a preposition before
        # a determiner or a count ("used over three years"), a modifier (MORE_THAN)
        # before "a"/"an" ("over an hour").
        start = c.start + len(g["mod"]) + 1  # type: ignore[arg-type]
        dmod = None
    elif mod.startswith("just "):
        # "just over an hour": "over" is the modifier, "just" stays out of the span.
        start = c.start + re.match(r"just\s+", g["mod"], re.IGNORECASE).end()  # type: ignore[arg-type, union-attr]
    if d in ("before", "after", "later"):
        # "two days after the referendum", "three days later": TimeML marks the
        # distance ("two days", a DURATION); the day it reaches, counted from the
        # event's date or the narrative's, goes into the interval.
        end = c.end - len(g["dir"]) - 1  # type: ignore[arg-type]
        value = duration_value(n, unit) if unit in UNITS else "PXY"
        if d == "later":
            ref = ctx.in_sentence(c.start, ("day",))
            a = Anchor(ref.day, ref.gran, "sentence") if ref is not None else ctx.anaphoric(c.start, ("day",))
            base, source = (a.day, a.source) if a is not None and a.gran == "day" else (None, None)
        else:
            base, source = _event_anchor(c, ctx, text, c.end), "event"
        iv = None
        if base is not None and n is not None and float(n).is_integer() and unit in ("day", "week", "month", "year"):
            sign = -1 if d == "before" else 1
            day = shift(base, unit, int(sign * n))
            iv = (day.isoformat(), day.isoformat(), "day")
        return Resolved("DURATION", value, anchor=source if iv else None, start=start, end=end, iv=iv,
                        mod=dmod)
    if g.get("alt"):
        num2 = _lower(g, "num2")
        n2 = number_value(num2)
        if n2 is None and num2 not in ("so",):
            end = c.start + len(text[c.start:c.end]) - len(text[c.start:c.end].split(" " + g["alt"] + " ")[-1]) - len(g["alt"]) - 2  # type: ignore[operator]
        elif num2 != "so":
            n = None if g.get("alt") == "to" else n
    if d in ("ago", "earlier", "from now", "hence", "or so ago", "back", "previously"):
        if d in ("earlier", "previously"):
            ref = ctx.reported_quarter(c.start, 400) if unit == "year" else None
            # "A day earlier" counts from the last day named, not from a month or
            # year that came after it ("on Monday ... since the start of September").
            days = ("day",) if unit in ("day", "night", "week") else None
            ref = ref or ctx.in_sentence(c.start, days)
            a = None
            if ref is None:
                a = ctx.anaphoric(c.start, days)
        else:
            ref = ctx.reported_quarter(c.start, 400) if unit == "year" else None
            a = ctx.deictic(c.start) if ref is None else None
        sign = 1 if d in ("later", "from now", "hence") else -1
        if ref is not None:
            base, gran, source = ref.day, ref.gran, "sentence"
        elif a is not None:
            base, gran, source = a.day, a.gran, a.source
        else:
            return Resolved("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", start=start)
        if n is None or not float(n).is_integer():
            return Resolved("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF", anchor=source, start=start)
        if unit in ("second", "minute", "hour"):
            return Resolved("TIME", "PRESENT_REF" if sign > 0 else "PAST_REF", anchor=source, start=start)
        shift_unit = {"night": "day", "fortnight": "fortnight"}.get(unit, unit)
        target = shift(base, shift_unit, int(sign * n))
        unit_gran = {"night": "day", "fortnight": "week", "millennium": "century"}.get(unit, unit)
        order = ["day", "week", "month", "quarter", "year", "decade", "century"]
        if unit_gran not in order:
            unit_gran = "year"
        if gran in ("quarter", "month", "week", "day") and ref is not None:
            out_gran = gran
        else:
            out_gran = unit_gran if unit_gran != "decade" else "year"
            if out_gran == "century":
                out_gran = "decade"
        p = point(target, out_gran)
        return Resolved("DATE", p.value(), p, anchor=source, refable=False, start=start)
    value = duration_value(n, unit)
    if rel in ("past", "last", "next", "previous", "coming", "following") and vague:
        value = duration_value(None, unit)
    if n is not None and n >= 1000 and unit not in ("year",):
        return None
    return Resolved("DURATION", value, start=start, end=end, mod=dmod)


def _event_anchor(c: Candidate, ctx: Context, text: str, after: int) -> date | None:
    """The date of the event an expression counts from ("two days after the
    referendum"): the head noun after before/after, found earlier in the text in
    a sentence that also has an explicit day."""
    m = re.match(r"\s*(?:the|a|an|this|that|its|their|his|her|Russia's|Ukraine's)?\s*((?:[\w-]+\s+){0,2}?)([A-Za-z-]{4,})",
                 text[after:after + 60])
    if not m:
        return None
    head = m.group(2).lower()
    for at, p in reversed(ctx.explicit):
        if at >= c.start or p.gran != "day":
            continue
        s = ctx.sentence_start(at)
        e = ctx.sentence_end(at)
        if head in text[s:e].lower():
            return p.day
    return None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}


def r_nth_unit(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """"the war enters its eighth month" (DURATION P8M: how long it has lasted);
    "today is the 100th day of the war" (the day itself). Both corpora leave the
    determiner out of the span."""
    g = c.groups
    o = _lower(g, "ord")
    n = _ORDINALS.get(o) or (int(o[:-2]) if o[:-2].isdigit() else 0)
    unit = _lower(g, "unit")
    start = c.start + len(g["det"]) + 1  # type: ignore[arg-type]
    if not n:
        return None
    if unit in ("day", "night"):
        if re.search(r"\b(?:today|tonight|it|this|sunday|monday|tuesday|wednesday|thursday|friday|saturday)"
                     r"(?:\s+(?:is|was|marks|marked)|['’]s)\s+$", text[max(0, c.start - 20):c.start], re.IGNORECASE):
            a = ctx.deictic(c.start)
            if a is not None:
                return Resolved("DATE", a.day.isoformat(), Point(a.day, "day"), anchor=a.source, start=start,
                                refable=False)
        return Resolved("DATE", "XXXX-XX-XX", start=start)
    return Resolved("DURATION", duration_value(n, unit), start=start)


def r_long_adj(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """"a day-long meeting" (P1D), "a decades-long feud" (PXY)."""
    word = _lower(c.groups, "unit")
    unit = _unit_of(word)
    if unit not in UNITS:
        return None
    plural = word.endswith("s") or word in ("centuries", "millennia")
    return Resolved("DURATION", duration_value(None if plural else 1, unit))


def r_dur_adj(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    num_s = _lower(g, "num")
    unit = _lower(g, "unit")
    if unit not in UNITS:
        return None
    if num_s in ("several", "multi", "decades", "years", "months"):
        n = None
    elif num_s == "half":
        n = 0.5
    else:
        n = number_value(num_s)
        if n is None:
            return None
    if unit == "quarter" or _lower(g, "tail") == "old":  # "a 44-year-old", an age
        return None
    return Resolved("DURATION", duration_value(n, unit))


def r_bare_units(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    unit = _unit_of(_lower(g, "unit"))
    pre = _lower(g, "pre")
    post = _lower(g, "post")
    mod = _lower(g, "mod")
    before = text[max(0, c.start - 12):c.start].lower()
    if post == "ago":
        return Resolved("DATE", "PAST_REF")
    if post in ("later", "earlier"):
        # "Hours later, ...", "months earlier": as "two days later", the stretch is the
        # TIMEX3 (a DURATION) and "later" its signal.
        if pre or unit not in UNITS:
            return None
        end = c.start + text[c.start:c.end].lower().rindex(post)
        while end > c.start and text[end - 1].isspace():
            end -= 1
        return Resolved("DURATION", duration_value(None, unit), end=end)
    if post in ("ahead", "to come") and not pre and not mod and unit in UNITS and before.endswith("the "):
        # "in the weeks ahead", "the years to come": a stretch from now on.
        return Resolved("DURATION", duration_value(None, unit), start=c.start - 4)
    if pre in ("the early", "the first"):
        return None
    if mod in ("over", "under", "for", "some", "about", "around", "only", "barely"):
        return Resolved("DURATION", duration_value(None, unit) if unit in UNITS else "PXY",
                        start=c.start + len(g["mod"]) + 1)  # type: ignore[arg-type]
    if pre == "recent" and not mod and unit in ("day", "week", "month", "quarter"):
        # "in recent weeks": a stretch of unknown length reaching up to now (TimeBank:
        # DURATION PXW); "recent years" stays the vaguer past.
        return Resolved("DURATION", duration_value(None, unit))
    if pre in ("recent", "past") and not mod:
        return Resolved("DATE", "PAST_REF")
    if pre in ("coming",) and not mod:
        return Resolved("DATE", "FUTURE_REF")
    if pre == "these" and unit == "day":
        return Resolved("DATE", "PRESENT_REF")
    if pre in ("recent", "the past", "the last", "past", "these", "the early", "the first") or (pre == "" and mod == ""):
        if pre == "" and not re.search(r"(?:for|in|within|over|after|took|take|takes|lasted|last|lasting|"
                                       r"spend|spent|of|just|only|by|from|than|some)\s+$", before):
            return None
        if pre == "" and re.search(r"(?:of|than|in)\s+$", before) and unit in ("hour", "minute", "second", "day"):
            return None
    if unit not in UNITS:
        return None
    return Resolved("DURATION", duration_value(None, unit))


def r_set(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    adv = _lower(g, "adv")
    if adv:
        unit = {"daily": "D", "weekly": "W", "monthly": "M", "annually": "Y", "yearly": "Y",
                "hourly": "TH", "nightly": "D", "quarterly": "Q", "biweekly": "2W", "bimonthly": "2M"}[adv]
        if unit == "TH":
            return Resolved("SET", "PT1H")
        return Resolved("SET", f"P1{unit}")
    if g.get("times"):
        unit = _lower(g, "unit2")
        return Resolved("SET", duration_value(1, unit) if unit in UNITS else "P1D")
    if g.get("wd"):
        wd = WEEKDAYS[g["wd"].lower().rstrip(".")]  # type: ignore[union-attr]
        return Resolved("SET", f"XXXX-WXX-{wd}" + _pod(g.get("pod")))
    if g.get("m"):
        month = _month(g["m"])
        return Resolved("SET", f"XXXX-{month:02d}") if month and _capitalized(g["m"]) else None
    if g.get("season"):  # "every summer", "each winter"
        code = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}[_lower(g, "season")]
        return Resolved("SET", f"XXXX-{code}")
    unit_word = _lower(g, "unit")
    unit = _unit_of(unit_word)
    if unit not in UNITS:
        return None
    n = number_value(_lower(g, "num")) if g.get("num") else 1
    if g.get("other"):
        n = 2
    return Resolved("SET", duration_value(n, unit))


def _rate_before(text: str, at: int) -> bool:
    """Whether a quantity comes just before ``at`` ("$2 million a year", "four flights a week")."""
    before = text[max(0, at - 40):at].lower()
    return re.search(r"(?:\d|million|billion|thousand|hundred|percent|%|times|once|twice|dollars|"
                     r"barrels|tons|tonnes|shells|rounds|sorties)[\w\s,.$]{0,25}$", before) is not None


def r_per_unit(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    if not _rate_before(text, c.start):
        return None
    unit = _lower(c.groups, "unit")
    return Resolved("SET", duration_value(1, unit))


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def r_ref(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    w = _lower(c.groups, "w")
    typ, value = refs()[w]
    if c.groups.get("rel") and not re.fullmatch(r"\d\d-(?:\d\d|W\d-\d)|EW?[+-]\d+", value):
        return None  # only a holiday takes "last"/"next" ("last Thanksgiving"); "this now" is no phrase
    m = re.fullmatch(r"(\d\d)-W(\d)-(\d)", value)  # n-th weekday of a month (Thanksgiving)
    e = re.fullmatch(r"E(W?)([+-]\d+)", value)  # days from Easter Sunday ("Good Friday" E-2); EW: its week
    if m or e:
        if not _capitalized(c.groups["w"]):
            return None
        if e and re.match(r"\s+(?:Island|Islands|Islander|Islanders|Rising|Uprising|Offensive|Accords?|Agreement)\b",
                          text[c.end:c.end + 14]):
            return None  # "Easter Island", "the Easter Rising", "the Good Friday Agreement": names
        a = ctx.year_for(c.start)
        if a is None:
            return Resolved("DATE", f"XXXX-{int(m[1]):02d}-WXX-{int(m[3])}" if m else "XXXX-XX-XX")
        ref = a[0]
        rel = _lower(c.groups, "rel") + " " if c.groups.get("rel") else text[max(0, c.start - 5):c.start].lower()
        year = ref.year
        tense = ctx.tense(c.start)

        def nth_weekday(y: int) -> date:
            if e:
                return easter(y) + timedelta(days=int(e[2]))
            month, nth, wd = int(m[1]), int(m[2]), int(m[3])  # type: ignore[index]
            first = date(y, month, 1)
            return first + timedelta(days=(wd - first.isoweekday()) % 7 + 7 * (nth - 1))

        if (rel.endswith("last ") or tense == "past") and nth_weekday(year) > ref:
            year -= 1
        elif (rel.endswith("next ") or tense == "future") and nth_weekday(year) < ref:
            year += 1
        elif tense == "present":
            year = min((year - 1, year, year + 1), key=lambda y: abs((nth_weekday(y) - ref).days))
        if e and e[1]:  # "Easter week", "Holy Week": the ISO week that ends on Easter Sunday
            p = point(nth_weekday(year), "week")
            return Resolved("DATE", p.value(), p, anchor=a[1])
        p = Point(nth_weekday(year), "day")
        return Resolved("DATE", p.value(), p, anchor=a[1])
    if re.fullmatch(r"\d\d-\d\d", value):  # a fixed-date holiday
        if not _capitalized(c.groups["w"]):
            return None
        month, day = int(value[:2]), int(value[3:])
        rel = _lower(c.groups, "rel")
        if rel in ("last", "this past", "next", "this coming"):
            # "last Christmas", "next Victory Day": the nearest one before or after the reference day.
            a = ctx.deictic(c.start)
            if a is not None:
                sign = -1 if rel in ("last", "this past") else 1
                year = a.day.year
                d = safe_date(year, month, day)
                if d is not None and (d - a.day).days * sign <= 0:
                    year += sign
                d = safe_date(year, month, day)
                if d is not None:
                    return Resolved("DATE", d.isoformat(), Point(d, "day"), anchor=a.source)
        return _day_value(c, ctx, month, day, None, {})
    after = text[c.end:c.end + 20]
    before = text[max(0, c.start - 12):c.start].lower()
    if w == "now" and re.match(r"-?\s*(?:defunct|famous|former|retired|dead|deceased)\b", after):
        return None
    if w == "now" and re.search(r"(?:from|until|till|by|since|as of)\s+$", before):
        pass
    if w == "current" and not re.match(r"\s+(?:\w+\s+)?\w", after):
        return None
    if w == "current" and re.match(r"\s+(?:account|accounts|affairs|events|of|status|assets|liabilities|"
                                   r"density|flow|flows|rate|and|sea|river|water|waters|electricity)\b", after, re.I):
        return None
    if w in ("future", "recent") and re.match(r"\s+(?:\w+\s+)?(?:days|weeks|months|years|decades)", after):
        return None
    if w == "future" and not re.match(r"\s+\w+", after):
        return None
    if w == "recent" and re.search(r"(?:most|more|the most)\s+$", before):
        return None
    if w == "past" and re.search(r"(?:the)\s+$", before):
        return None
    if w in ("right now", "just now"):
        # TimeML has no mod for "right"/"just"; TimeBank and AQUAINT mark "now" alone.
        return Resolved(typ, value, start=c.end - 3)
    if w in ("previously", "formerly") and re.match(r"\s*(?:-|unknown|unreported|undisclosed|classified|"
                                                    r"secret|unseen|published|announced)", after):
        return None
    return Resolved(typ, value)


def r_recent_units(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    w = _lower(g, "w")
    unit = _unit_of(_lower(g, "unit"))
    if g.get("unit2"):
        return Resolved("DATE", "PAST_REF" if w in ("recent", "the past", "past", "the last") else "FUTURE_REF")
    if w == "recent" and unit != "year":
        # "in recent weeks": a stretch of unknown length reaching up to now (TimeBank:
        # DURATION PXW); "recent years" stays the vaguer past.
        return Resolved("DURATION", duration_value(None, unit))
    if w in ("recent", "past"):
        return Resolved("DATE", "PAST_REF")
    if w in ("coming",):
        return Resolved("DATE", "FUTURE_REF")
    if w == "these" and unit == "day":
        return Resolved("DATE", "PRESENT_REF")
    return Resolved("DURATION", duration_value(None, unit))


def r_clock(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    h = int(g["h"])  # type: ignore[arg-type]
    mi = int(g.get("mi") or 0)
    ap = (g.get("ap") or "").lower().replace(".", "").replace(" ", "")
    if not 1 <= h <= 12:
        return None
    if ap.startswith("p") and h != 12:
        h += 12
    if ap.startswith("a") and h == 12:
        h = 0
    tz = g.get("tz")
    end = c.end
    if tz and not re.fullmatch(r"[A-Z]{2,4}|Kyiv time|Moscow time|local time", tz):
        tz = None
    return _clock(c, ctx, text, h, mi, g, end)


_WEEKDAY_AFTER = re.compile(r"\s*\((?:[^()\n]{1,25}\)\s*,?\s*(?:on\s+)?|[^()\n]{1,25}?\s)"
                            r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _clock(c: Candidate, ctx: Context, text: str, h: int, mi: int, g: G, end: int) -> Resolved:
    day: date | None = None
    source = None
    if g.get("m") and g.get("d"):
        month = _month(g["m"])
        if month:
            y, source = _place_year(ctx, c.start, month, int(g["d"]))  # type: ignore[arg-type]
            day = safe_date(y, month, int(g["d"])) if y else None  # type: ignore[arg-type]
    elif g.get("wd"):
        d, source = _weekday_date(ctx, c.start, WEEKDAYS[g["wd"].lower().rstrip(".")], "")  # type: ignore[union-attr]
        day = d
    elif not g.get("rd") and (ahead := _WEEKDAY_AFTER.match(text, end)) is not None:
        # "at about 10:35 a.m. (0735 GMT) Friday": the day follows a bracketed aside;
        # "at 4 in the morning (4 a.m. EDT Thursday)": the aside names it.
        day, source = _weekday_date(ctx, ahead.start("wd"), WEEKDAYS[ahead["wd"].lower()], "")
    elif not g.get("rd") and (same := ctx.in_sentence(c.start, ("day",))) is not None:
        day, source = same.day, "sentence"
    else:
        a = ctx.deictic(c.start)
        rd = _lower(g, "rd")
        if a is not None:
            day = a.day + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(rd, 0))
            source = a.source
    hhmm = f"T{h:02d}:{mi:02d}"
    mod = mod_of(g.get("mod"))
    if day is None:
        return Resolved("TIME", "XXXX-XX-XX" + hhmm, end=end, mod=mod)
    return Resolved("TIME", day.isoformat() + hhmm, Point(day, "day"), anchor=source, end=end, mod=mod)


def r_clock24(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    before = text[max(0, c.start - 6):c.start].lower()
    if not (g.get("tz") or re.search(r"(?:at|by|until|after|before|from|to|around|about)\s+$", before)):
        return None
    return _clock(c, ctx, text, int(g["h"]), int(g["mi"]), g, c.end)  # type: ignore[arg-type]


def r_clock_gmt(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """Wire-service time in GMT: "at 0600 GMT", "2115 GMT Tuesday". In "10:35
    a.m. (0735 GMT)" the bracket only restates the local time: left out."""
    if re.search(r"(?:[ap]\.?m\.?|\d:\d\d|local time)\s*\($", text[max(0, c.start - 16):c.start], re.IGNORECASE):
        return None
    g = c.groups
    return _clock(c, ctx, text, int(g["h"]), int(g["mi"]), g, c.end)  # type: ignore[arg-type]


def r_noon(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    w = re.sub(r"[-\s]", "", _lower(g, "w"))
    if w in ("midafternoon", "midmorning"):
        a = ctx.deictic(c.start)
        if a is not None and _lower(g, "rd"):
            a.day = a.day + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(_lower(g, "rd"), 0))
        suffix = "TAF" if "afternoon" in w else "TMO"
        if a is None:
            return Resolved("TIME", "XXXX-XX-XX" + suffix)
        return Resolved("TIME", a.day.isoformat() + suffix, Point(a.day, "day"), anchor=a.source)
    if w == "noon" and re.search(r"\bhigh\s+$", text[max(0, c.start - 6):c.start], re.IGNORECASE):
        return None  # "High Noon", "high noon comes today": an idiom, not twelve o'clock
    # TIMEX3 writes midnight as the end of its day, T24:00: "midnight Friday" is the
    # deadline at the close of Friday, while T00:00 would be Thursday night's midnight.
    h = 24 if w == "midnight" else 12
    return _clock(c, ctx, text, h, 0, g, c.end)


def r_clock_in(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    hs = _lower(g, "h")
    h = int(hs) if hs.isdigit() else int(number_value(hs) or 0)
    if not 1 <= h <= 12:
        return None
    pod = _lower(g, "pod")
    if pod in ("afternoon", "evening") and h != 12:
        h += 12
    return _clock(c, ctx, text, h % 24, 0, {}, c.end)


def r_week_of(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    month = _month(g["m"])
    if month is None or not _capitalized(g["m"]):
        return None
    r = _day_value(c, ctx, month, int(g["d"]), _year(g.get("y")), g)  # type: ignore[arg-type]
    if r is None or r.point is None:
        return r
    p = point(r.point.day, "week")
    return Resolved("DATE", p.value(), p, explicit=r.explicit, anchor=r.anchor)


def r_year_period(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """"the 1988 second quarter", "the 1989 period", "its 1990 fiscal year"."""
    g = c.groups
    y = int(g["y"])  # type: ignore[arg-type]
    what = _lower(g, "what")
    ordw = _lower(g, "ord")
    if what == "quarter" and ordw in _ORD:
        p = Point(date(y, 3 * _ORD[ordw] - 2, 1), "quarter")
    elif what == "half" and ordw in ("first", "second"):
        p = Point(date(y, 1 if ordw == "first" else 7, 1), "half")
    elif what in ("period", "quarter"):
        prev = ctx.recent(c.start, ("quarter",), 600)
        if prev is not None:
            p = Point(date(y, prev.day.month, 1), "quarter")
        else:
            p = Point(date(y, 1, 1), "year")
    else:
        p = Point(date(y, 1, 1), "year")
    start = c.start + (len(g["det"]) + 1 if _lower(g, "det") in ("a", "its") else 0)  # type: ignore[arg-type]
    return Resolved("DATE", p.value(), p, explicit=True, start=start)


def r_finance_period(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    g = c.groups
    pre = _lower(g, "pre")
    prev = ctx.reported_quarter(c.start, 800)
    if prev is not None and pre == "latest":
        a = ctx.deictic(c.start)
        if a is not None and add_months(prev.day, 3) > a.day:
            prev = None  # "the latest period" is over already: not a quarter named ahead
    if prev is None:
        # No quarter named before: the period being reported is the last quarter
        # that ended before the publication date.
        a = ctx.deictic(c.start)
        if a is None or a.source != "publication_date":
            return None
        prev = Point(add_months(start_of(a.day, "quarter"), -3), "quarter")
    base = prev.day
    if "year" in pre or g.get("ly"):
        base = add_months(base, -12)
    p = Point(base, "quarter")
    start = c.start + (2 if _lower(g, "det") == "a" else 0)
    return Resolved("DATE", p.value(), p, refable=False, start=start)


def r_finance_adj(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    prev = ctx.reported_quarter(c.start, 800)
    if prev is not None:
        p = Point(add_months(prev.day, -12), "quarter")
        return Resolved("DATE", p.value(), p, refable=False)
    a = ctx.deictic(c.start)
    if a is None:
        return Resolved("DATE", "PAST_REF")
    p = point(shift(a.day, "year", -1), "year")
    return Resolved("DATE", p.value(), p, refable=False)


def r_the_year(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    """"the year", "the fiscal year", "the current year"; "the year ended
    Sept. 30" is a year-long stretch (DURATION)."""
    g = c.groups
    det = _lower(g, "det")
    pre = _lower(g, "pre")
    if g.get("ended"):
        return Resolved("DURATION", "P1Y", end=c.end - len(g["ended"]))  # type: ignore[arg-type]
    after = text[c.end:c.end + 12]
    if text[c.end - 4] == "Y" and ctx.sentence_start(c.start) != c.start \
            and re.search(r"\b(?:[A-Z][\w-]*|of)\s+$", text[max(0, c.start - 16):c.start]):
        return None  # "Person of the Year", "Player of the Year": a title
    if det == "that" or pre == "same":
        # "that year", "the same year": the year the narrative last named
        a = ctx.anaphoric(c.start, ("year", "month", "day", "quarter", "season"))
    elif det == "the" and not pre and re.match(r"\s*(?:before|after|earlier|later|when|in which)\b", after):
        return None
    else:
        a = ctx.deictic(c.start)
    if a is None:
        return Resolved("DATE", "PRESENT_REF" if det == "this" else "XXXX")
    p = point(a.day, "year")
    return Resolved("DATE", p.value(), p, anchor=a.source, refable=det == "that")


def r_weekend(c: Candidate, ctx: Context, text: str) -> Resolved | None:
    a = ctx.deictic(c.start)
    if a is None:
        return Resolved("DATE", "XXXX-WXX-WE")
    sat = start_of(a.day, "week") + timedelta(days=5)
    if ctx.tense(c.start) != "future" and sat > a.day:
        sat -= timedelta(days=7)
    p = Point(sat, "weekend")
    return Resolved("DATE", p.value(), p, anchor=a.source)


RESOLVERS: dict[str, Callable[[Candidate, Context, str], Resolved | None]] = {
    "wd_bracket": r_wd_bracket, "iso": r_iso, "numeric": r_numeric, "clock": r_clock, "clock24": r_clock24, "clock_gmt": r_clock_gmt, "month_quarter": r_month_quarter,
    "noon": r_noon, "clock_in": r_clock_in, "md": r_md, "dm": r_dm, "month_range": r_month_range,
    "month": r_month, "year_range": r_year_range, "season": r_season, "quarter": r_quarter,
    "quarter_rel": r_quarter_rel, "qnum": r_qnum, "half": r_half, "decade": r_decade,
    "century": r_century, "year": r_year, "spelled_year": r_spelled_year,
    "spelled_month": r_spelled_month,
    "deictic_day": r_deictic_day, "this_pod": r_this_pod, "overnight": r_overnight,
    "weekday": r_weekday, "rel_unit": r_rel_unit, "in_the_unit": r_in_the_unit, "end_of": r_end_of,
    "year_end": r_year_end, "unit_anaphor": r_unit_anaphor, "duration": r_duration,
    "dur_adj": r_dur_adj, "long_adj": r_long_adj, "nth_unit": r_nth_unit, "units_event": r_units_event, "bare_units": r_bare_units, "set": r_set, "per_unit": r_per_unit,
    "ref": r_ref, "recent_units": r_recent_units, "year_period": r_year_period,
    "finance_period": r_finance_period, "finance_adj": r_finance_adj, "the_year": r_the_year,
    "weekend": r_weekend, "week_of": r_week_of,
}
