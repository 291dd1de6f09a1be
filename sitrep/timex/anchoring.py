"""Reference times: what a relative expression is counted from.

TimeML distinguishes *deictic* expressions ("yesterday", "last week", "two
years ago"), counted from the moment of writing (the publication date), from
*anaphoric* ones ("the next day", "that year", "a year earlier"), counted from
the time the narrative is talking about: the last explicit date before them in
the same paragraph. When there is no publication date, deictic expressions fall
back to the narrative's reference time; when there is neither, values stay
underspecified (``XXXX-10-07``, ``PAST_REF``). Nothing ever uses the day the
program runs.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sitrep.timex.calendar import Point, add_months

Tense = str  # "past" | "future" | "present"


@dataclass(slots=True)
class Anchor:
    """A point an expression was counted from, and where it came from."""

    day: date
    gran: str
    source: str  # "publication_date" | "narrative" | "sentence"


@dataclass(slots=True)
class Context:
    """What resolution may know about the text around an expression."""

    dct: date | None
    tense_at: Callable[[int], Tense] = lambda offset: "present"
    # The fine-grained (Penn) tag of the token at a character offset, "" when unknown.
    tag_at: Callable[[int], str] = lambda offset: ""
    sentence_starts: list[int] = field(default_factory=lambda: [0])
    paragraph_starts: list[int] = field(default_factory=lambda: [0])
    # Explicit (self-contained) points resolved so far, in text order: (offset, Point).
    explicit: list[tuple[int, Point]] = field(default_factory=list)
    # Every resolved calendar point so far (explicit or not): (offset, Point).
    resolved: list[tuple[int, Point]] = field(default_factory=list)
    # Points whose year is written in the text ("Oct. 23, 1998", "in 1991"), not inferred.
    written: list[tuple[int, Point]] = field(default_factory=list)
    # Explicit points of photo captions and credits ("... on Oct. 7, 2021. (Photo:
    # Ukrinform)"): an old photo's date must not anchor the narrative; they only
    # serve, latest first, when the text has no other reference time.
    captions: list[tuple[int, Point]] = field(default_factory=list)

    def tense(self, offset: int) -> Tense:
        return self.tense_at(offset)

    def _start(self, starts: list[int], offset: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        return starts[i] if i >= 0 else 0

    def sentence_start(self, offset: int) -> int:
        return self._start(self.sentence_starts, offset)

    def sentence_end(self, offset: int) -> int:
        i = bisect.bisect_right(self.sentence_starts, offset)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else 1 << 60

    def is_verb_at(self, offset: int) -> bool:
        return self.tag_at(offset) in ("MD", "VB", "VBP", "VBZ", "VBD", "VBG", "VBN")

    def plural_noun_after(self, offset: int) -> bool:
        """Whether the next token is a plural noun ("2000 soldiers")."""
        return self.tag_at(offset + 1) == "NNS" or self.tag_at(offset) == "NNS"

    def paragraph_start(self, offset: int) -> int:
        return self._start(self.paragraph_starts, offset)

    # -- reference times -------------------------------------------------

    def in_sentence(self, offset: int, grans: tuple[str, ...] | None = None) -> Point | None:
        """The last point resolved earlier in the same sentence."""
        lo = self.sentence_start(offset)
        for at, p in reversed(self.resolved):
            if at < lo:
                break
            if at < offset and (grans is None or p.gran in grans):
                return p
        return None

    def reported_quarter(self, offset: int, window: int) -> Point | None:
        """The last quarter resolved within ``window`` characters before that
        was over by the publication date: the one results are reported for, and
        that "a year ago" or "the year-earlier period" is compared with. A quarter
        named ahead ("a fourth-quarter charge", "by the third quarter of 1990")
        is passed over."""
        for at, p in reversed(self.resolved):
            if at >= offset:
                continue
            if at < offset - window:
                break
            if p.gran == "quarter":
                if self.dct is not None and add_months(p.day, 3) > self.dct and self.tense(at) != "past":
                    continue  # (a fiscal quarter "reported" in the past tense is over, whatever its calendar)
                return p
        return None

    def recent(self, offset: int, grans: tuple[str, ...], window: int) -> Point | None:
        """The last point of one of ``grans`` resolved within ``window`` characters before."""
        for at, p in reversed(self.resolved):
            if at >= offset:
                continue
            if at < offset - window:
                break
            if p.gran in grans:
                return p
        return None

    def explicit_year_in_sentence(self, offset: int, grans: tuple[str, ...] | None = None) -> int | None:
        """The year written with an earlier date of the sentence (not one inferred:
        "payable Jan. 2 to holders of record Dec. 15" does not put Dec. 15 in
        January's year)."""
        # A sentence never runs across a paragraph break (a dateline above the
        # first paragraph may have been parsed as part of its first sentence).
        lo = max(self.sentence_start(offset), self.paragraph_start(offset))
        for at, p in reversed(self.written):
            if at < lo:
                break
            if at < offset and (grans is None or p.gran in grans):
                return p.day.year
        return None

    def narrative(self, offset: int, grans: tuple[str, ...] | None = None,
                  same_paragraph: bool = True) -> Point | None:
        """The last explicit point before ``offset`` (in the same paragraph)."""
        lo = self.paragraph_start(offset) if same_paragraph else 0
        for at, p in reversed(self.explicit):
            if at >= offset:
                continue
            if at < lo:
                break
            if grans is None or p.gran in grans:
                return p
        return None

    def deictic(self, offset: int) -> Anchor | None:
        """What "today", "last week", "two years ago" count from."""
        if self.dct is not None:
            return Anchor(self.dct, "day", "publication_date")
        p = self.narrative(offset, ("day",))
        return Anchor(p.day, p.gran, "narrative") if p else None

    def anaphoric(self, offset: int, grans: tuple[str, ...] | None = None) -> Anchor | None:
        """What "the next day", "that year", "a year earlier" count from."""
        p = self.narrative(offset, grans)
        if p is not None:
            return Anchor(p.day, p.gran, "narrative")
        if grans is None or "day" in grans:
            # "On Tuesday he went to court ... the next morning", "In March ... The
            # following month": a day or month named just before without its year counts too.
            p = self.recent(offset, ("day",) if grans else ("day", "month"), 400)
            if p is not None:
                return Anchor(p.day, p.gran, "narrative")
        if self.dct is not None:
            return Anchor(self.dct, "day", "publication_date")
        p = self.narrative(offset, grans, same_paragraph=False)
        return Anchor(p.day, p.gran, "narrative") if p else None

    def year_for(self, offset: int) -> tuple[date, str] | None:
        """The day partial dates ("Sept. 30", "in June") are placed near: an
        explicit year earlier in the sentence, else the publication date, else
        the last explicit date of the text."""
        # With a publication date, only a full date earlier in the sentence ("On
        # Oct. 23, 1998 ... later, on Oct. 25") overrides it.
        y = self.explicit_year_in_sentence(offset, ("day",) if self.dct else None)
        if y is not None:
            return date(y, 7, 1), "sentence"
        if self.dct is not None:
            return self.dct, "publication_date"
        # Without a publication date: the last full date (day or month with its
        # year) of the paragraph, else of the text so far. A bare year is too weak.
        p = (self.narrative(offset, ("day", "month"))
             or self.narrative(offset, ("day", "month"), same_paragraph=False))
        if p is None:
            seen = [q for at, q in self.captions if at < offset and q.gran in ("day", "month")]
            p = max(seen, key=lambda q: q.day) if seen else None
        return (p.day, "narrative") if p else None

    def searches_years(self) -> bool:
        """Whether a weekday may move a partial date by more than a year: only
        without a publication date, when the reference year is a guess."""
        return self.dct is None
