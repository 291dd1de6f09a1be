"""Find and normalize every time expression of a text.

1. ``patterns.scan`` proposes candidates (regular expressions over the text).
2. The longest candidates that their resolver accepts win; overlaps are dropped.
3. In text order, each expression is resolved against the reference time
   (``anchoring.Context``), and explicit dates become the narrative's reference
   time for what follows.
4. Two dates joined by a dash ("June–July 2023"), or by "between ... and" /
   "from ... to", become one range.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sitrep.records import TimeExpr
from sitrep.timex.anchoring import Context
from sitrep.timex.calendar import interval, narrow
from sitrep.timex.patterns import Candidate, scan
from sitrep.timex.resolve import RESOLVERS, Resolved

_RANGE_JOIN = re.compile(r"\s*[-–—]\s*|\s+(?:to|through|until|till|and)\s+", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\n", text))
    return starts


def tag(text: str, ctx: Context) -> list[TimeExpr]:
    chosen = _select(text, ctx)
    found: list[tuple[Candidate, Resolved]] = []
    for cand in chosen:  # text order
        res = RESOLVERS[cand.kind](cand, ctx, text)
        if res is None:
            continue
        found.append((cand, res))
        if res.point is not None and res.type in ("DATE", "TIME") and res.refable:
            ctx.resolved.append((cand.start, res.point))
            if res.explicit:
                ctx.explicit.append((cand.start, res.point))
    return _records(text, _merge_ranges(text, found))


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


def _merge_ranges(text: str, found: list[tuple[Candidate, Resolved]]) -> list[tuple[int, int, Resolved]]:
    out: list[tuple[int, int, Resolved]] = []
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
                    out.append((s, e2, replace(first, end_point=r2.point,
                                                explicit=first.explicit or r2.explicit)))
                    i += 2
                    continue
        out.append((s, e, r))
        i += 1
    return out


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


def _records(text: str, items: list[tuple[int, int, Resolved]]) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for s, e, r in items:
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
        if r.end_point is not None:
            iv2 = interval(r.end_point.value())
            if iv2:
                last = iv2[1]
                precision = "range"
        out.append(TimeExpr(start=s, end=e, text=text[s:e], type=r.type, value=r.value,
                            interval_start=first, interval_end=last, precision=precision,
                            anchor=r.anchor))
    return out


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
