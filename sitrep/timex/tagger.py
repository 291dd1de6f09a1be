"""Find and normalize every time expression of a text.

1. ``patterns.scan`` proposes candidates (regular expressions over the text).
2. The longest candidates that their resolver accepts win; overlaps are dropped.
3. In text order, each expression is resolved against the reference time
   (``anchoring.Context``), and explicit dates become the narrative's reference
   time for what follows. Dates in photo captions and credits do not (an old
   photo's date is no reference time); a dateline ("KYIV, March 4 (Reuters) --")
   a few days before the publication date is the day deictic words count from.
4. Ranges ("June–July 2023", "2015-2019", "between May and July", "from 1989 to
   1991") give two records, one per end as TimeML annotates them, each with its
   own value and both with the whole range's interval (precision "range").
5. ``mod`` is TimeML's modifier: START/MID/END from the part of the unit
   ("early May"), APPROX/MORE_THAN/LESS_THAN/... from the words kept in the span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sitrep.records import TimeExpr
from sitrep.timex.anchoring import Context
from sitrep.timex.calendar import Point, interval, narrow
from sitrep.timex.lexicon import PARTS_OF_DAY
from sitrep.timex.patterns import Candidate, scan
from sitrep.timex.resolve import RESOLVERS, Resolved

_RANGE_JOIN = re.compile(r"\s*[-–—]\s*|\s+(?:to|through|until|till|and)\s+", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\n", text))
    return starts


# A caption or credit line: it ends with "(Photo: Ukrinform)", "(Glen Garanich /
# Reuters)", "(Source: ISW)", or starts with "Photo:".
_CAPTION = re.compile(
    r"(?:\((?:[^()\n]*\b(?:photos?|pictures?|images?|video|credits?|sources?|sourse|maps?|graphics?"
    r"|illustrations?|screenshots?)\b[^()\n]*|[^()\n/]{2,60}/[^()\n/]{2,60})\)[.\s]*$"
    r"|^\s*(?:photo|image|caption|credit)s?\s*:)", re.IGNORECASE)


def caption_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that are photo captions or credits."""
    out = []
    at = 0
    for line in text.split("\n"):
        if line.strip() and _CAPTION.search(line):
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


# A dateline: "WASHINGTON, August 13 (Xinhua) --", "KYIV, Oct. 7 (Reuters) -".
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][\w .'-]{1,30})?,\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})"
                       r"\s*(?:\(|--|—|–|_|-\s)")


def dateline_day(text: str, dct: date | None) -> date | None:
    """The day a dateline names, when it is at most a week before the
    publication date (agency copy filed the day before it was published)."""
    from sitrep.timex.lexicon import months

    m = _DATELINE.match(text[:200])
    if m is None or dct is None:
        return None
    month = months().get(m[1].lower())
    if month is None:
        return None
    for year in (dct.year, dct.year - 1):
        try:
            d = date(year, month, int(m[2]))
        except ValueError:
            return None
        if 0 <= (dct - d).days <= 7:
            return d
    return None


def tag(text: str, ctx: Context) -> list[TimeExpr]:
    filed = dateline_day(text, ctx.dct)
    if filed is not None:
        ctx.dct = filed  # what "today" and "Friday" count from
    chosen = _select(text, ctx)
    captions = caption_lines(text)
    quotes = quote_spans(text) if any(c.kind in _DEICTIC_KINDS for c in chosen) else []
    found: list[tuple[Candidate, Resolved]] = []
    for cand in chosen:  # text order
        said = _quoted_day(cand, ctx, quotes, chosen, text) if quotes and cand.kind in _DEICTIC_KINDS else None
        if said is not None:
            # Inside a quotation introduced with its own date ("wrote in an editorial on
            # March 3, 2014: \"Today ...\""), "today" and "now" are that day, not the article's.
            dct, ctx.dct = ctx.dct, said
            res = RESOLVERS[cand.kind](cand, ctx, text)
            ctx.dct = dct
            if res is not None and res.point is None and res.value == "PRESENT_REF":
                res = replace(res, anchor="narrative", iv=(said.isoformat(), said.isoformat(), "day"))
            elif res is not None and res.anchor == "publication_date":
                res = replace(res, anchor="narrative")
        else:
            res = RESOLVERS[cand.kind](cand, ctx, text)
        if res is None:
            continue
        res = _part_of_day_of(text, cand, res)
        found.append((cand, res))
        if res.point is not None and res.type in ("DATE", "TIME") and res.refable:
            ctx.resolved.append((cand.start, res.point))
            if res.explicit and any(a <= cand.start < b for a, b in captions):
                ctx.captions.append((cand.start, res.point))
            elif res.explicit:
                ctx.explicit.append((cand.start, res.point))
                if not res.partial and res.anchor is None:
                    ctx.written.append((cand.start, res.point))
    return _records(text, _merge_ranges(text, found))


# Rules whose value counts from the moment of speaking ("today", "now").
_DEICTIC_KINDS = frozenset({"deictic_day", "ref"})
_QUOTE = re.compile(r'``(.*?)\'\'|"([^"\n]*)"|\u201c([^\u201d]*)\u201d', re.DOTALL)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the quotations of a text, marks included."""
    return [m.span() for m in _QUOTE.finditer(text)]


def _quoted_day(cand: Candidate, ctx: Context, quotes: list[tuple[int, int]], chosen: list[Candidate],
                text: str) -> date | None:
    """The day a quotation around ``cand`` was written or said, when its attribution
    names one: "The Kyiv Post wrote on March 3, 2014: \"...\"" or "\"...,\" the
    paper wrote on March 3, 2014." Only a day-precision date of the sentence that
    holds the opening mark, outside the quotation, counts."""
    for qs, qe in quotes:
        if not qs < cand.start < qe:
            continue
        lo = ctx.sentence_start(qs)
        if lo >= qs:
            lo = ctx.sentence_start(qs - 1) if qs else 0
        for at, p in reversed(ctx.resolved):
            if at < lo:
                break
            if at < qs and p.gran == "day":
                return p.day
        # The attribution after the closing mark, up to the end of its sentence.
        hi = min(ctx.sentence_end(qe), qe + 120)
        for c in chosen:
            if qe <= c.start < hi and c.kind not in _DEICTIC_KINDS and not any(a < c.start < b for a, b in quotes):
                r = RESOLVERS[c.kind](c, ctx, text)
                if r is not None and r.point is not None and r.point.gran == "day" and r.type == "DATE":
                    return r.point.day
            elif c.start >= hi:
                break
        return None
    return None


# "the evening of September 21": one TIME, the day's date with the part of day.
_POD_OF = re.compile(r"\b(?:the\s+)?(morning|afternoon|evening|night)\s+of\s+$", re.IGNORECASE)


def _part_of_day_of(text: str, cand: Candidate, res: Resolved) -> Resolved:
    if res.type != "DATE" or res.point is None or res.point.gran != "day":
        return res
    start = res.start if res.start is not None else cand.start
    m = _POD_OF.search(text, max(0, start - 24), start)
    if m is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", res.value):
        return res
    pod = m[1].lower()
    if res.end_point is not None:
        # "the night of June 5-6": one night, from the first day into the next.
        first, last = res.point.day, res.end_point.day
        if pod != "night" or (last - first).days != 1:
            return res
        return replace(res, type="TIME", value=res.value + "TNI", start=m.start(), end_point=None,
                       iv=(first.isoformat(), last.isoformat(), "range"))
    return replace(res, type="TIME", value=res.value + "T" + PARTS_OF_DAY[pod], start=m.start())


def _select(text: str, ctx: Context) -> list[Candidate]:
    """Longest accepted candidates, without overlaps, in text order."""
    cands = sorted(scan(text), key=lambda c: (-(c.end - c.start), c.priority, c.start))
    probe = Context(ctx.dct, ctx.tense_at, ctx.tag_at, ctx.sentence_starts, ctx.paragraph_starts)
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for c in cands:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        if RESOLVERS[c.kind](c, probe, text) is None:
            continue
        taken.append((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


Item = tuple[int, int, Resolved, "tuple[str, str] | None"]


def _merge_ranges(text: str, found: list[tuple[Candidate, Resolved]]) -> list[Item]:
    """Spans, resolutions and, for the two ends of a range, the whole range's
    interval. TimeML marks the ends of "from 1989 to 1991" or "June–July 2023"
    as two TIMEX3s, each with its own value; both records keep the interval of
    the whole range (precision "range")."""
    out: list[Item] = []
    i = 0
    while i < len(found):
        c, r = found[i]
        s = r.start if r.start is not None else c.start
        e = r.end if r.end is not None else c.end
        if i + 1 < len(found):
            c2, r2 = found[i + 1]
            s2 = r2.start if r2.start is not None else c2.start
            e2 = r2.end if r2.end is not None else c2.end
            gap = text[e:s2]
            dash = re.fullmatch(r"\s*[-–—]\s*", gap) is not None
            worded = (_RANGE_JOIN.fullmatch(gap) is not None and not dash
                      and _RANGE_OPEN.search(text[max(0, s - 9):s]) is not None)
            if ((dash or worded) and r.type == "DATE" and r2.type == "DATE" and r.point and r2.point
                    and r.end_point is None and r2.end_point is None):
                first = _align_year(text[s:e], r, r2)
                if first.point and first.point.day <= r2.point.day:  # type: ignore[union-attr]
                    whole = _range_interval(first.point, r2.point)  # type: ignore[arg-type]
                    out.append((s, e, replace(first, explicit=first.explicit or r2.explicit), whole))
                    out.append((s2, e2, r2, whole))
                    i += 2
                    continue
        if r.end_point is not None and r.point is not None:
            out.extend(_split_range(text, s, e, r))
        else:
            out.append((s, e, r, None))
        i += 1
    return out


def _range_interval(p1: Point, p2: Point) -> tuple[str, str] | None:
    iv1, iv2 = interval(p1.value()), interval(p2.value())
    return (iv1[0], iv2[1]) if iv1 and iv2 else None


def _split_range(text: str, s: int, e: int, r: Resolved) -> list[Item]:
    """One candidate that holds a whole range ("June–July 2023", "2015-2019",
    "May 5-7"): two records split at the dash. A slash ("1993/94") is one
    expression (a fiscal or school year) and keeps one record."""
    whole = _range_interval(r.point, r.end_point)  # type: ignore[arg-type]
    m = re.search(r"\s*[-–—]\s*|\s+(?:and|to|through)\s+", text[s:e])
    if m is None or m.start() == 0 or m.end() == e - s or r.end_point is None:
        return [(s, e, r, whole)]
    first = replace(r, end_point=None)
    second = replace(r, end_point=None, point=r.end_point, value=r.end_point.value(), start=None, end=None)
    return [(s, s + m.start(), first, whole), (s + m.end(), e, second, whole)]
def _align_year(surface: str, r: Resolved, r2: Resolved) -> Resolved:
    """In "June–July 2023" the first part takes the second's year."""
    if not r.partial or re.search(r"\d{4}", surface) or r.point is None or r2.point is None:
        return r
    y2 = r2.point.day.year
    p = r.point
    if p.gran in ("day", "month") and p.day.year != y2:
        try:
            day = p.day.replace(year=y2)
        except ValueError:
            return r
        if day > r2.point.day:
            return r
        np = replace(p, day=day)
        return replace(r, point=np, value=np.value() + r.value[len(p.value()):])
    return r


# TimeML's mod for the part of a unit an expression names.
PART_MOD = {"early": "START", "beginning": "START", "start": "START", "first half": "START",
            "first part": "START", "mid": "MID", "middle": "MID", "late": "END", "end": "END",
            "second half": "END", "last half": "END", "latter half": "END", "latter part": "END",
            "after": "AFTER", "before": "BEFORE"}


_HALVES = {"first half": "H1", "second half": "H2", "last half": "H2", "latter half": "H2"}


def _records(text: str, items: list[Item]) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for s, e, r, whole in items:
        while e > s and text[e - 1] in " \t\n,;:":
            e -= 1
        while s < e and text[s] in " \t\n":
            s += 1
        if e <= s:
            continue
        first = last = precision = None
        if r.iv is not None:
            first, last, precision = r.iv
        elif r.point is not None:
            iv = interval(r.point.value())
            if iv:
                first, last, precision = iv
                if r.part and r.part not in ("after", "before"):
                    first, last = narrow(first, last, r.part)
        if whole is not None:
            first, last = whole
            precision = "range"
        value, mod = r.value, r.mod or PART_MOD.get(r.part or "")
        if r.part in _HALVES and re.fullmatch(r"\d{4}", value) and whole is None:
            # "the first half of the year", "the second half of last year": TimeML's 2023-H1, 2022-H2.
            value, mod = f"{value}-{_HALVES[r.part]}", r.mod
            precision = "half"
        out.append(TimeExpr(start=s, end=e, text=text[s:e], type=r.type, value=value,
                            interval_start=first, interval_end=last, precision=precision,
                            anchor=r.anchor, mod=mod))
    return out


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
