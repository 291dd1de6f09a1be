"""The grammar of time expressions: regular expressions over the raw text, one
per kind of expression. Each match becomes a ``Candidate`` whose kind names the
rule in ``resolve`` that computes its value. Spans follow TimeML/TimeBank
conventions: leading prepositions are left out; determiners and modifiers that
belong to the expression ("the past three months", "more than four hours",
"around 7:15 p.m.") are kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sitrep.timex.lexicon import WEEKDAYS, months, numbers, refs


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str
    groups: dict[str, str | None]
    priority: int


def _alt(words: object) -> str:
    return "(?:" + "|".join(sorted({re.escape(w) for w in words}, key=len, reverse=True)) + ")"  # type: ignore[attr-defined]


B = r"(?<![\w'])"  # word start
E = r"(?![\w])"  # word end

FULL_MONTH_WORDS = {"june", "july", "may", "march"}


def _month(name: str) -> str:
    full = [w for w in months() if len(w) > 4 or w in FULL_MONTH_WORDS]
    abbr = [w for w in months() if w not in full]
    return rf"(?P<{name}>{_alt(full)}(?!\w)|{_alt(abbr)}(?:\.|(?=\s+\d)))"


def _weekday(name: str, plural: bool = False) -> str:
    """A weekday name or abbreviation; with ``plural``, "Mondays" too (the "s"
    left for the pattern to take)."""
    full = [w for w in WEEKDAYS if w.endswith("day")]
    abbr = [w for w in WEEKDAYS if not w.endswith("day")]
    end = r"(?=s?(?!\w))(?!s\s+for\s+Future)" if plural else r"(?!\w)"
    return rf"(?P<{name}>{_alt(full)}{end}|{_alt(abbr)}\.)"


def _numword() -> str:
    words = [w for w, (_, kind) in numbers().items() if kind == "cardinal" and w not in ("a", "an")]
    return _alt(words)


YEAR = r"(?:1[0-9]|20)\d\d"
# A year read out ("nineteen ninety-four", "two thousand and one"), as in broadcast transcripts.
SPELLED_YEAR = (r"nineteen[\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
                r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six"
                r"|seven|eight|nine))?)|two thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?")
UNIT_SG = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|millennium)"
UNIT_ANY = (r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?"
            r"|years?|decades?|century|centuries|millennium|millennia)")
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
DUR_MOD = (r"(?:more than|less than|fewer than|up to|at least|at most|nearly|almost|about|around|"
           r"approximately|roughly|over|under|just over|just under|no more than|no less than|"
           r"well over|some|only|barely|a little over|a little more than|the better part of|upwards of)")
PARTS = (r"(?:the (?:very )?beginning of|the start of|the end of|the middle of|the first half of|"
         r"the second half of|the last half of|the latter half of|the rest of|the remainder of|"
         r"the first part of|the latter part of|end of|beginning of|start of)")
ORD = r"(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)"


@lru_cache(maxsize=1)
def grammar() -> list[tuple[str, re.Pattern[str]]]:
    """(kind, compiled pattern), in priority order (earlier wins ties)."""
    NUMW = _numword()
    NUM = (rf"(?:(?:\d+|{NUMW})\s+and\s+a\s+half|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d/\d|{NUMW}(?:(?:\s+|-)(?:and\s+)?{NUMW})*"
           r"|a\s+couple\s+of|a\s+couple|a\s+few|several|half\s+an?|a|an|few|many|a\s+dozen|dozens\s+of"
           r"|hundreds\s+of|a\s+number\s+of)")
    M = _month
    W = _weekday
    rules: list[tuple[str, str]] = [
        # Weekday with a bracketed clarification: "Saturday [October 1]".
        ("wd_bracket", rf"{B}{W('wd')}\s*[\[(]\s*(?:{M('m')}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                       rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+{M('m2')})(?:,?\s+(?P<y>{YEAR}))?\s*[\])]"),
        # Numeric dates: 2022-09-30, 30.09.2022, 09/30/2022.
        ("iso", rf"{B}(?P<y>{YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?![\d-])"),
        ("numeric", rf"{B}(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[01]?\d)(?P=sep)(?P<y>{YEAR}|\d\d)(?![\d./])"),
        # Clock times, with an optional zone and day: "10 p.m. Wednesday", "5 p.m. EST Nov. 9".
        ("clock", rf"{B}(?:(?P<mod>around|about|approximately|roughly|shortly after|shortly before|just after"
                  rf"|just before)\s+)?(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*"
                  rf"(?P<ap>[ap]\.\s?m\.?|[ap]m{E}|[AP]M{E}|[ap]\.m(?!\w))"
                  rf"(?:\s+(?P<tz>(?-i:[A-Z]{{2,4}})|Kyiv time|Moscow time|local time))?"
                  rf"(?:,?\s+(?:on\s+)?(?:{W('wd')}|(?P<rd>today|yesterday|tomorrow)"
                  rf"|{M('m')}\s+(?P<d>\d{{1,2}})(?!\d)))?"),
        ("clock24", rf"{B}(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s*(?P<tz>GMT|UTC|CET|EET|EEST|MSK|"
                    rf"Kyiv time|Moscow time|local time))?"),
        # Wire-service military time: "at 0600 GMT", "(2115 GMT Tuesday)".
        ("clock_gmt", rf"{B}(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>GMT|UTC)(?!\w)"
                      rf"(?:,?\s+(?:on\s+)?{W('wd')})?"),
        ("noon", rf"{B}(?:(?P<mod>around|about|shortly after|shortly before)\s+)?(?P<w>noon|midnight|midday|mid[-\s]?afternoon|mid[-\s]?morning)"
                 rf"(?:,?\s+(?:on\s+)?(?:{W('wd')}|(?P<rd>today|yesterday|tomorrow)))?{E}"),
        ("clock_in", rf"{B}(?P<h>[01]?\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                     rf"\s+(?:o'clock\s+)?in\s+the\s+(?P<pod>morning|afternoon|evening){E}"),
        # Month + day: "Sept. 30", "Aug. 7, 1998", "Friday, Oct. 13", "May 5-7".
        ("md", rf"{B}(?:{W('wd')},?\s+)?{M('m')}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:,.]\d)"
               rf"(?:\s*[-–—]\s*(?P<d_end>[0-3]?\d)(?!\d)"
               # "April 24 and 25": a second day of the same month, not a count ("May 3 and 40 people").
               rf"|\s+(?:and|to|through)\s+(?P<d_and>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?![,.]\d)"
               rf"(?=[,.;:)\]]|\s+(?:in|at|on|for|to|with|when|as|this|next|last|\d{{4}})\b|\s*$))?"
               rf"(?:(?:,\s*|\s+)(?P<y>{YEAR})(?![\d%])|,?\s+(?:of\s+)?(?P<rel2>last|this|next)\s+year(?![\w'’-]))?(?![\w])"),
        # Day + month: "30 September", "the 9th of July 2022", "5-7 May".
        ("dm", rf"{B}(?:{W('wd')},?\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
               rf"(?:(?:\s*[-–—]\s*|\s+(?:to|and|through)\s+)(?P<d_end>[0-3]?\d)(?:st|nd|rd|th)?)?(?:\s+of)?\s+{M('m')}"
               rf"(?:,?\s+(?P<y>{YEAR})(?![\d%])|,?\s+(?:of\s+)?(?P<rel2>last|this|next)\s+year(?![\w'’-]))?"),
        # A quarter named by its months: "the January-March quarter", "the July-September period".
        ("month_quarter", rf"{B}the\s+{M('m')}\s*[-–—]\s*{M('m2')}\s+(?:(?P<y>{YEAR})\s+)?(?:quarter|period)(?!\w)"),
        # Month ranges: "September–October 2022", "June-July".
        ("month_range", rf"{B}{M('m')}\s*[-–—]\s*{M('m2')}(?:,?\s+(?P<y>{YEAR})(?!\d))?"),
        # Month, with parts and relative words: "mid-April", "last March", "the end of May 2023".
        ("month", rf"{B}(?:(?P<rel>this past|this coming|last|this|next|past|coming|previous|early last|late last)\s+)?"
                  rf"(?:(?P<mod>early|mid|late|around)(?:-|\s+)|(?P<part>{PARTS}|the (?P<wk>{ORD}) week of)\s+)?"
                  rf"{M('m')}(?:,?\s+(?:of\s+)?(?P<y>{YEAR})(?![\d%]|-\d)|\s+(?:of\s+)?(?P<rel2>last|this|next)\s+year(?![\w'’-])"
                  r"|\s+of\s+(?P<that>that|the same|that same)\s+year(?![\w'’-])"
                  r"|(?![\s.]*[0-3]?\d(?:st|nd|rd|th)?(?![\d,:]\d)))"),
        ("week_of", rf"{B}the\s+week\s+of\s+{M('m')}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y>{YEAR}))?(?![\d\w])"),
        # Year ranges: "2014-2022", "1993–95".
        ("year_range", rf"{B}(?P<y>{YEAR})\s*[-–—/]\s*(?P<y2>{YEAR}|\d\d)(?![\d%\w])"),
        # Seasons: "this summer", "the winter of 1994", "summer 2023", "last fall".
        ("season", rf"{B}(?:(?P<rel>this past|this coming|last|this|next|past|coming|previous|the|early|late|mid)[-\s]+)?"
                   rf"(?:(?P<mod>early|late|mid)[-\s]+)?(?P<s>spring|summer|fall|autumn|winter)"
                   rf"(?:\s+(?:of\s+)?(?P<y>{YEAR})(?!\d)|\s+(?:of\s+)?(?P<rel2>last|this|next)\s+year(?![\w'’-]))?{E}"),
        # Quarters and halves: "the third quarter", "third-quarter", "Q3 2023", "the first half of 2023".
        ("quarter", rf"{B}(?:(?P<det>the|its|this year's|last year's|next year's|a|an)\s+)?(?:(?P<pre>fiscal|year-ago|year-earlier|"
                    rf"comparable|latest|current|same)[-\s]+){{0,2}}(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
                    rf"[-\s]+(?:fiscal[-\s]+)?quarter(?!ly)(?:s\b)?(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR})|\s+(?P<y2>{YEAR}))?{E}"),
        ("quarter_rel", rf"{B}(?P<det>the|this|that|its|last|next|the latest|the current|the past|the previous|"
                        rf"the year-ago|the year-earlier|the comparable|the same|the final|the most recent)\s+"
                        rf"(?:(?P<pre>year-ago|year-earlier|comparable|fiscal)\s+)?quarter(?!ly|s|-centur)(?:\s+a\s+year\s+(?:ago|earlier))?{E}"),
        ("year_period", rf"{B}(?P<det>the|its|a)\s+(?P<y>{YEAR})\s+(?:(?P<ord>first|second|third|fourth|fiscal|"
                        rf"first-half|second-half)\s+)?(?P<what>quarter|period|half|fiscal year|year)(?!\w)"),
        ("finance_period", rf"{B}(?:(?P<det>the|a)\s+)?(?:(?P<pre>latest|year-ago|year-earlier|comparable|same|"
                           rf"corresponding|comparable year-ago|comparable year-earlier)\s+)period(?:\s+(?P<ly>last year|a year ago))?(?!\w)"),
        ("finance_adj", rf"{B}(?P<w>year-ago|year-earlier)(?=\s+(?:results|profit|loss|net|earnings|sales|revenue|level|figure|quarter|period|income))"),
        ("the_year", rf"{B}(?P<det>the)\s+(?:(?P<pre>full|fiscal|current|current fiscal|same|entire|whole|calendar)\s+)?year"
                     rf"(?P<ended>\s+(?:ended|ending))?(?!\w|-)"),
        ("weekend", rf"{B}the\s+weekend(?!\w)"),
        ("qnum", rf"{B}(?P<q>Q[1-4]|H[12])(?:\s+(?:of\s+)?(?P<y>{YEAR}))?{E}"),
        ("half", rf"{B}(?P<part>the (?:first|second|last|latter) half) of (?P<y>{YEAR}){E}"),
        # Decades and centuries: "the 1980s", "the late 1970s", "the '80s", "the nineties", "the 20th century".
        ("decade", rf"{B}(?:(?P<the>the)\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?:(?P<dy>1[0-9]\d0|20\d0|'\d0)'?s"
                   r"|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?!\w)"),
        ("century", rf"{B}(?:(?P<the>the|this|last|next|the last|the next|the past)\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?"
                    rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<nw>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
                    r"|twenty-first))?[-\s]*centur(?:y|ies)(?!\w)"),
        # Years with parts: "1990", "mid-1996", "the end of 2023", "fiscal 1989", "early 1990".
        ("year", rf"{B}(?:(?P<fiscal>fiscal(?:\s+year)?|FY)\s*)?(?:(?P<mod>early|mid|late)(?:-|\s+)|(?P<part>{PARTS})\s+"
                 rf"|(?P<pre>post|pre)-)?(?:the year\s+)?(?P<y>{YEAR})(?![\d%]|,\d|\.\d|-[A-Za-z]|\s?(?:percent|per cent|%))"),
        # A month or season with a year read out: "January nineteen ninety-seven", "the winter of nineteen ninety-four".
        ("spelled_month", rf"{B}(?:(?P<the>the)\s+)?(?:{M('m')}|(?P<s>spring|summer|fall|autumn|winter))\s+(?:of\s+)?"
                          rf"(?P<w>{SPELLED_YEAR})(?![\w-])"),
        ("spelled_year", rf"{B}(?:the year\s+)?(?P<w>nineteen[\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                         r"eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|"
                         r"four|five|six|seven|eight|nine))?)|two thousand(?:\s+and)?(?:\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)"
                         r"(?!\s+(?:people|percent|dollars|troops|years|times)\b)"),
        # Days relative to the document: "yesterday", "late yesterday", "this morning", "last night".
        ("deictic_day", rf"{B}(?:(?P<pre>early|earlier|late|later)\s+)?(?P<w>today|yesterday|tomorrow|tonight|"
                        r"the day before yesterday|the day after tomorrow)(?:\s+(?P<pod>morning|afternoon|evening|night))?(?!\w|'(?!s))"),
        ("this_pod", rf"{B}(?:(?P<pre>early|earlier|late|later)\s+)?(?P<rel>this|last|that|the next|the following|the previous)"
                     rf"\s+(?P<pod>morning|afternoon|evening|night){E}"),
        ("overnight", rf"{B}overnight{E}"),
        # Weekdays: "Friday", "last Friday", "Sunday night", "earlier Sunday", "(the) day before last Tuesday".
        ("weekday", rf"{B}(?:(?<=\bthe\s)(?P<shift>day\s+(?:before|after))\s+)?(?:(?P<rel>this past|this coming|last|this|next|past|coming|previous|earlier|later|early|late"
                    rf"|the previous|the following|the next|that)\s+)?{W('wd', True)}(?P<pl>s)?"
                    rf"(?:\s+(?P<pod>morning|afternoon|evening|night)(?P<pl2>s)?)?"),
        # Units relative to the document or the narrative: "last week", "earlier this month", "the following year".
        ("rel_unit", rf"{B}(?:(?P<pre>early|earlier|late|later|{PARTS})\s+)?(?P<rel>this past|this coming|last|this|next|past|"
                     r"coming|previous|current|that|the past|the last|the next|the current|the previous|the coming|the following|"
                     r"the same|that same|the preceding|the latest|the very same|this same)\s+(?P<unit>week|weekend|month|year|"
                     r"decade|day|fortnight)(?!-|\w)"),
        ("in_the_unit", rf"{B}(?P<pre>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year){E}"),
        ("end_of", rf"{B}(?P<part>{PARTS}) the (?P<unit>week|month|year|day){E}"),
        ("year_end", rf"{B}(?P<w>year-end|year end|year's end|the year's end|end-year|month-end|mid-year|midyear){E}"),
        ("unit_anaphor", rf"{B}(?P<unit>day|week|month|year|night)\s+(?P<dir>before|after|earlier|later|following|preceding)"
                         r"(?=\s*[,.;:)]|\s+(?:that|when|the|his|her|its|their|a|an)\b|\s+(?-i:[A-Z])[\w-]*['’]s\b)"),
        # "in the weeks before the shooting", "the years that followed": a vague stretch next to an event.
        # "the years that followed" needs no event after it ("In the years that followed, ...").
        ("units_event", rf"{B}the\s+(?P<unit>days|weeks|months|years)\s+(?P<dir>(?:before|after|following|preceding"
                        r"|leading\s+up\s+to)(?=\s+\w)|that\s+followed|that\s+preceded)"),
        # Durations and distances in time: "two days", "the past three months", "up to 15 years",
        # "a year ago", "two weeks earlier".
        ("duration", rf"{B}(?:(?P<mod>{DUR_MOD})\s+)?(?:(?P<the>the|these|those|its|their|his|her)\s+)?"
                     r"(?:(?P<rel>past|last|next|first|previous|coming|following|final|remaining|initial|latest|same|"
                     r"ensuing|preceding|subsequent|intervening|additional|better\s+part\s+of\s+the)\s+)?"
                     rf"(?P<num>{NUM})\s+(?:(?P<more>more|additional|extra|further|straight|consecutive|long|full|whole|"
                     rf"trading|business|working)\s+)?(?P<unit>{UNIT_ANY})(?P<half>\s+and\s+a\s+half)?"
                     r"(?:\s+(?P<dir>ago|earlier|later|from now|hence|or so ago|or so|before|after|previously|back)(?!\w))?"
                     r"(?:\s+(?P<alt>or|to)\s+(?P<num2>" + NUM + r")(?!\w)(?:\s+(?P<unit2>" + UNIT_ANY + r"))?)?(?!-)" + E),
        # "enters its eighth month", "the 100th day of the war": an ordinal of a unit of the story.
        ("nth_unit", rf"{B}(?P<det>its|their|his|her|our|the)\s+(?P<ord>first|second|third|fourth|fifth|sixth|"
                     r"seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,4}(?:st|nd|rd|th))\s+"
                     r"(?P<unit>day|night|week|month|year)(?![\w-])"),
        # "a decades-long dispute", "a day-long meeting": how long something lasts.
        ("long_adj", rf"{B}(?P<unit>{UNIT_ANY})-long(?![\w-])"),
        ("dur_adj", rf"{B}(?P<num>\d+(?:\.\d+)?|{NUMW}(?:-{NUMW})?|several|multi|half|decades|years|months)-"
                    rf"(?P<unit>{UNIT_SG}|decade)(?:-(?P<tail>long|old))?(?!-?\w)"),
        ("bare_units", rf"{B}(?:(?P<mod>{DUR_MOD})\s+)?(?:(?P<pre>recent|the coming|coming|the past|the last|past|the next|"
                       r"the following|the previous|the ensuing|the early|the first|the last few|the past few|"
                       r"the next few|these)\s+)?(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
                       r"(?:\s+(?P<post>ahead|to come|ago|later|earlier)(?!\s+than))?" + E),
        # Sets: "daily", "every day", "each year", "twice a week", "on Mondays".
        ("set", rf"{B}(?:(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly)"
                rf"|(?P<q>every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>{UNIT_ANY}|{W('wd')}"
                rf"|{M('m')}|(?P<season>spring|summer|fall|autumn|winter))(?:\s+(?P<pod>morning|afternoon|evening|night))?"
                rf"|(?P<times>once|twice|thrice|(?:\w+)\s+times)\s+(?:a|an|per|every|each)\s+(?P<unit2>{UNIT_SG}))(?![\w-])"),
        ("per_unit", rf"(?<=[\w%.])\s(?P<span>(?:a|an|per)\s+(?P<unit>day|week|month|year|hour|minute|second))(?![\w-])"),
        # Fixed phrases: "now", "currently", "recently", "the future", holidays.
        # "last Thanksgiving", "this Christmas": a holiday with its relative word.
        ("ref", rf"{B}(?:(?P<rel>last|this|next|this past|this coming)\s+(?=(?-i:[A-Z])))?(?P<w>{_alt(refs().keys())}){E}"),
        ("recent_units", rf"{B}(?P<w>recent|coming|past|the coming|the past|the last|these|the next)\s+(?P<unit>days|weeks|months|years|"
                         r"decades|quarters)(?:\s+and\s+(?P<unit2>days|weeks|months|years))?" + E),
    ]
    return [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in rules]


# Words without which a rule cannot match (any of them, in the lower-cased text):
# rules whose words are absent are not run at all, which saves most of the scan.
NEEDS: dict[str, tuple[str, ...]] = {
    "wd_bracket": ("[", "("), "century": ("centur",), "month_range": ("-", "–", "—"),
    "season": ("spring", "summer", "fall", "autumn", "winter"), "quarter": ("quarter",),
    "quarter_rel": ("quarter",), "year_period": ("quarter", "period", "half", "year"),
    "finance_period": ("period",), "finance_adj": ("year-ago", "year-earlier"), "the_year": ("year",),
    "weekend": ("weekend",), "clock_gmt": ("gmt", "utc"), "month_quarter": ("quarter", "period"), "qnum": ("q1", "q2", "q3", "q4", "h1", "h2"), "half": ("half",),
    "decade": ("0s", "0's", "ties"), "spelled_year": ("nineteen", "two thousand"),
    "spelled_month": ("nineteen", "two thousand"),
    "deictic_day": ("today", "yesterday", "tomorrow", "tonight"),
    "this_pod": ("morning", "afternoon", "evening", "night"), "overnight": ("overnight",),
    "clock_in": ("in the",), "week_of": ("week of",), "in_the_unit": ("in the",),
    "end_of": ("beginning", "start", "end", "middle", "half", "rest", "remainder", "part"),
    "year_end": ("year-end", "year end", "year's end", "end-year", "month-end", "mid-year", "midyear"),
    "unit_anaphor": ("before", "after", "earlier", "later", "following", "preceding"),
    "units_event": ("before", "after", "following", "preceding", "leading", "followed", "preceded"), "dur_adj": ("-",), "long_adj": ("-long",),
    "noon": ("noon", "midnight", "midday", "mid-", "midafternoon", "midmorning", "mid afternoon", "mid morning"),
}


def scan(text: str) -> Iterator[Candidate]:
    lower = text.lower()
    for priority, (kind, rx) in enumerate(grammar()):
        needs = NEEDS.get(kind)
        if needs is not None and not any(w in lower for w in needs):
            continue
        for m in rx.finditer(text):
            start, end = m.span("span") if "span" in rx.groupindex else m.span()
            if end > start:
                yield Candidate(start, end, kind, m.groupdict(), priority)
