"""The date and the place that govern an event.

Date: the time expression of the times stage (``doc._.times``) in the
event's sentence that the trigger's clause governs, else the nearest one in
the sentence; else the narrative's reference time (the last specific date
before the sentence in the same paragraph, else in the story's previous
``NARRATIVE_REACH`` characters, else any earlier one in the week up to
publication; for a headline, the lead's first specific date; "over the past
day" is the day before publication); else the publication date with a
coarse precision: the 30 days up to the publication date (precision "range",
``date_source`` "publication"; ACLED time_precision 3). A month, not a week:
an undated event in a report or an analysis piece has happened by publication,
often weeks before it (on the two sample articles all 10 events that happened
and are dated this way lie in the 30 days before publication, only 3 in its
last week). Never the run date.

Place: the place of the places stage (``doc._.places``) in the sentence that
the trigger governs ("shelled Kharkiv", "clashes near Bakhmut", "in the
direction of Siversk"), else the finest place of the sentence; metonyms
("Moscow said") are never locations.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sitrep.eventing.actors import UNDERGOING

_MONTHS = {m.lower(): k for k, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): k for k, m in enumerate(calendar.month_abbr) if m})
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
# Used only when the times stage is not in the pipeline: absolute day dates.
_FALLBACK = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH_RE})\.?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_FEATURE_RANK = {"landmark": 0, "facility": 0, "building": 0, "neighbourhood": 1, "neighborhood": 1,
                 "village": 1, "town": 1, "city": 1, "settlement": 1, "district": 2, "water": 3,
                 "region": 3, "admin1": 3, "admin2": 2, "province": 3, "state": 3, "country": 4,
                 "continent": 5}
_NEAR = frozenset({"near", "outside", "around", "outskirts", "direction", "vicinity", "area", "towards",
                   "toward", "approaches", "environs", "district", "hromada", "community"})


# An event dated only by its report: the days up to the publication date it may lie in.
PUBLICATION_WINDOW_DAYS = 30
# How far back (characters, about two short news paragraphs) the story's last specific
# date still dates an undated event of a later paragraph; and how far ahead a headline
# looks for the date of the lead it summarises.
NARRATIVE_REACH = 1200
LEAD_REACH = 600


@dataclass(slots=True)
class DateAnchor:
    start: str
    end: str | None
    precision: str
    source: str  # "text", "narrative", "publication"
    span: tuple[int, int] | None = None
    governed: bool = False  # the time expression belongs to the event's clause
    level: int = 0  # 2 attached to the event's clause, 1 to a verb above it, 0 nearest


@dataclass(slots=True)
class SimpleTime:
    """A time expression as the events stage needs it (from doc._.times or the fallback)."""
    start: int
    end: int
    value: str
    interval_start: str | None = None
    interval_end: str | None = None
    type: str = "DATE"
    precision: str | None = None
    anchor: str | None = None


def times_of(doc: object) -> list[SimpleTime]:
    from spacy.tokens import Doc

    if Doc.has_extension("times") and doc._.times is not None:  # type: ignore[attr-defined]
        out = []
        for t in doc._.times:  # type: ignore[attr-defined]
            typ = getattr(t, "type", "DATE")
            start, end = getattr(t, "interval_start", None), getattr(t, "interval_end", None)
            anchor = getattr(t, "anchor", None)
            # "two days after the referendum", "three days later": a DURATION whose
            # interval holds the day it reaches, counted from an event, the sentence's
            # or the narrative's date, is a date
            if typ == "DURATION" and not (start and end and anchor) and _PAST_SPAN.match(str(t.value)) \
                    and _PAST_WORDS.search(getattr(t, "text", "") or ""):
                # "over the past day", "in the last 24 hours": the days up to the report
                out.append(SimpleTime(t.start, t.end, str(t.value), None, None, typ, None, _BACK_FROM_REPORT))
                continue
            if typ not in {"DATE", "TIME"} and not (typ == "DURATION" and start and end and anchor):
                continue
            out.append(SimpleTime(t.start, t.end, str(t.value), start, end, typ,
                                  getattr(t, "precision", None), anchor))
        return out
    if Doc.has_extension("times"):
        return []
    out = []
    for m in _FALLBACK.finditer(doc.text):  # type: ignore[attr-defined]
        d, mon, y = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("d1") else (m.group("d2"), m.group("m2"), m.group("y2"))
        try:
            value = date(int(y), _MONTHS[mon.lower()], int(d)).isoformat()
        except ValueError:
            continue
        out.append(SimpleTime(m.start(), m.end(), value))
    return out


# "the past day", "the last 48 hours", "the previous three days": counted back from the report
_PAST_SPAN = re.compile(r"^P(?:(\d{1,2})D|T(\d{1,3})H)$")
_PAST_WORDS = re.compile(r"\b(?:past|last|previous|preceding)\b", re.IGNORECASE)
_BACK_FROM_REPORT = "publication-back"


def _back_from_report(t: SimpleTime, publication: str | None) -> SimpleTime | None:
    """A "past N days/hours" duration as the dated range up to the publication date."""
    m = _PAST_SPAN.match(t.value)
    if t.anchor != _BACK_FROM_REPORT or m is None or not publication:
        return None
    try:
        pub = date.fromisoformat(publication[:10])
    except ValueError:
        return None
    days = int(m.group(1)) if m.group(1) else max(1, -(-int(m.group(2)) // 24))
    return SimpleTime(t.start, t.end, t.value, (pub - timedelta(days=days)).isoformat(), pub.isoformat(), "DATE")


def dated_from_report(times: list[SimpleTime], publication: str | None) -> list[SimpleTime]:
    """The document's times with "over the past day" made the days up to publication
    (dropped when there is no publication date to count back from). Once per document."""
    out = []
    for t in times:
        if t.anchor == _BACK_FROM_REPORT:
            dated = _back_from_report(t, publication)
            if dated is not None:
                out.append(dated)
        else:
            out.append(t)
    return out


def parse_value(t: SimpleTime) -> tuple[str, str | None, str] | None:
    """(start, end, precision) of a TIMEX3 value; None for values that are no date.

    The two ends of a range ("June–July 2023", "from 1989 to 1991") are two records
    that both carry the whole range's interval (precision "range"): either one gives
    the range. A DURATION with an interval ("two days later") gives the day (or the
    span) it reaches."""
    if t.type == "DURATION":
        if not (t.interval_start and t.interval_end):
            return None
        if t.interval_start[:10] == t.interval_end[:10]:
            return t.interval_start[:10], None, "day"
        return t.interval_start[:10], t.interval_end[:10], "range"
    if t.interval_start and t.interval_end and t.interval_start != t.interval_end:
        return t.interval_start[:10], t.interval_end[:10], "range"
    v = t.value.strip().upper()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", v):
        return v[:10], None, "day"
    if re.fullmatch(r"\d{4}-W\d{2}(-WE)?", v):
        y, w = int(v[:4]), int(v[6:8])
        try:
            monday = date.fromisocalendar(y, w, 1)
        except ValueError:
            return None
        return monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "week"
    if re.fullmatch(r"\d{4}-\d{2}", v):
        y, m = int(v[:4]), int(v[5:7])
        if not 1 <= m <= 12:
            return None
        return v, None, "month"
    if re.fullmatch(r"\d{4}-(SP|SU|FA|AU|WI)", v):
        return v, None, "season"
    if re.fullmatch(r"\d{4}", v):
        return v, None, "year"
    return None


_COMPARISON = ("as during", "as in ", "like in ", "unlike ", "as was the case", "as with ", "as it did")


def clause_verb(token: Token) -> Token:
    """The verb of the clause a trigger belongs to (the trigger itself when it is a verb)."""
    t = token
    for _ in range(4):
        if t.pos_ in {"VERB", "AUX"} or t.head == t:
            return t
        while t.dep_ == "conj" and t.head != t and t.head.pos_ not in {"VERB", "AUX"}:
            t = t.head  # "the mobilization and the call-up": the first conjunct's verb
        t = t.head
    return t


def _attachment(tok: Token) -> Token:
    """The first verb above a token of a time or place expression."""
    t = tok
    for _ in range(8):
        if t.head == t:
            return t
        t = t.head
        if t.pos_ in {"VERB", "AUX"}:
            return t
    return t


def _ancestors(tok: Token, limit: int = 10) -> list[Token]:
    out = []
    t = tok
    while t.head != t and len(out) < limit:
        t = t.head
        out.append(t)
    return out


def governs(trigger: Token, span_tokens: list[Token], others: frozenset[int] = frozenset()) -> bool:
    return governance(trigger, span_tokens, others) > 0


_PARENTHETICAL = frozenset({"report", "say", "tell", "write", "add", "note", "claim", "state", "confirm", "reveal"})
_NOT_SETTING = frozenset({"nsubj", "poss", "dative", "relcl", "acl", "appos", "csubj"})


def governance(trigger: Token, span_tokens: list[Token], others: frozenset[int] = frozenset(),
               setting: bool = False) -> int:
    """How a time or place expression belongs to the trigger: 3 when it attaches to the
    trigger, 2 to the verb of the trigger's clause, with no other verb or event trigger in
    between (``others``: token indices of the sentence's other triggers); 1 when it attaches
    to a verb that governs the trigger ("On 30 September, Putin announced Russia would
    annex ..."), not through coordination ("declared X and launched Y"); 0 otherwise. With
    ``setting``, an expression in the subject, a possessor, an apposition or a relative
    clause names an actor, not the setting ("Russia shelled", "countries bordering Russia")."""
    if not span_tokens:
        return 0
    root = min(span_tokens, key=lambda t: len(_ancestors(t)))
    verb = clause_verb(trigger)
    path = [root]
    v = None
    for a in _ancestors(root):
        if a.i == trigger.i or a.i == verb.i:
            if setting and any(t.dep_ in _NOT_SETTING for t in path):
                return 0
            return 3 if a.i == trigger.i else 2
        if a.i in others:
            return 0
        if a.pos_ in {"VERB", "AUX"}:
            v = a
            break
        path.append(a)
    if v is None:
        return 0
    if (v.dep_ in {"ccomp", "parataxis", "advcl"} and v.i < v.head.i and v.lemma_.lower() in _PARENTHETICAL
            and not any(c.dep_ in {"mark", "advmod"} for c in v.children)):
        # "On 30 September, the Times reported, Putin announced ...": the parser hangs the
        # time on the parenthetical reporting verb; it belongs to the main clause
        v = v.head
        if v.i == verb.i or v.i == trigger.i:
            return 3 if v.i == trigger.i else 2
    if setting and any(t.dep_ in _NOT_SETTING for t in path):
        return 0
    # v must govern the trigger through subordination, not coordination
    t = trigger
    for _ in range(10):
        if t.head == t:
            return 0
        if t.dep_ == "conj" and t.head.i == v.i:
            return 0  # the expression belongs to the coordinated clause, not to this one
        if t.dep_ in {"relcl", "acl"} and t.i != trigger.i:
            return 0
        if setting and t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
            return 0  # "now that they have retaken X, they can strike Y": Y is not X's setting
        t = t.head
        if t.i == v.i:
            return 1
        if t.i in others:
            return 0
    return 0


def _path_up(trigger: Token, tokens: list[Token]) -> list[Token]:
    """The heads above an expression, up to (not including) the trigger or the first verb."""
    root = min(tokens, key=lambda t: len(_ancestors(t)))
    path = []
    for a in _ancestors(root):
        if a.i == trigger.i or a.pos_ in {"VERB", "AUX"}:
            break
        path.append(a)
    return path


def _dates_another_event(trigger: Token, tokens: list[Token], others: frozenset[int]) -> bool:
    """The time expression dates another event: it hangs on another trigger of the
    sentence, or on the noun of a since/after/before phrase ("its largest gain since the
    capture of Bakhmut last May"; "fighting since May" keeps May: there the time is the
    phrase's own object)."""
    path = _path_up(trigger, tokens)
    if any(a.i in others for a in path):
        return True
    inside = {t.i for t in tokens}
    through_noun = False
    for a in path:
        if a.dep_ == "prep" and a.lower_ in _TIME_PREPS:
            return through_noun
        if a.pos_ in {"NOUN", "PROPN"} and a.i not in inside:
            through_noun = True
    return False


def _comparison(doc: object, t: SimpleTime, sent: Span) -> bool:
    before = sent.doc[max(sent.start, 0):sent.end].text[:max(0, t.start - sent.start_char)][-90:].lower()
    return any(c in before for c in _COMPARISON)


def _evidence(best: SimpleTime, times: list[SimpleTime]) -> tuple[int, int]:
    """The span of the time expression; for one end of a range, both ends
    ("June–July 2023"): the two records of a range give one interval."""
    if best.precision != "range" or not best.interval_start:
        return best.start, best.end
    start, end = best.start, best.end
    for t in times:
        if (t is not best and t.precision == "range" and t.interval_start == best.interval_start
                and t.interval_end == best.interval_end and abs(t.start - best.start) < 60):
            start, end = min(start, t.start), max(end, t.end)
    return start, end


def event_date(trigger: Token, sent: Span, times: list[SimpleTime], publication: str | None,
               paragraph_start: int, others: frozenset[int] = frozenset(),
               happened: bool = True, captions: list[tuple[int, int]] | None = None,
               text: str | None = None) -> DateAnchor:
    """The date of the event: a governing time expression of the sentence; for an event
    the text presents as having happened, else the nearest one (for a plan or threat, only
    a time of the verb that announces it); else the last specific date
    earlier in the paragraph (the narrative's reference time); else the publication date,
    as the ``PUBLICATION_WINDOW_DAYS`` up to it (the event was reported by then)."""
    doc = sent.doc
    in_sent = [t for t in times if sent.start_char <= t.start < sent.end_char]
    in_sent = [t for t in in_sent if not _comparison(doc, t, sent)]
    scored = []
    now = False  # "has now enacted": the present, not the narrative's earlier date
    for t in in_sent:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        level = governance(trigger, list(span), others) if span is not None else 0
        present = t.value.strip().upper() == "PRESENT_REF"
        now = now or (present and level >= 2)
        if present and level >= 2 and publication:
            try:
                pub = date.fromisoformat(publication[:10])
            except ValueError:
                continue
            scored.append((0, abs(t.start - trigger.idx), t, ((pub - timedelta(days=PUBLICATION_WINDOW_DAYS)).isoformat(), pub.isoformat(), "range")))
            continue
        parsed = parse_value(t)
        if parsed is None:
            continue
        if span is not None and _dates_another_event(trigger, list(span), others):
            continue  # "... since the capture of Bakhmut last May": that dates the capture
        scored.append((2 - min(level, 2), abs(t.start - trigger.idx), t, parsed))
    if not happened:
        # a plan, threat or hypothesis takes only a time of its own clause or of the verb
        # that announces it ("On 30 September, Putin announced Russia would annex ...":
        # dated by its announcement), never a nearby time of another clause
        scored = [x for x in scored if x[0] <= 1]
    if scored:
        g, _d, best, (start, end, precision) = min(scored, key=lambda x: (x[0], x[1]))
        return DateAnchor(start, end, precision, "text", _evidence(best, times), g < 2, 2 - g)
    if happened and not now:
        reports = doc.user_data.get("sitrep_report_dates")
        if reports is None:  # once per document: which times date a publication
            reports = doc.user_data["sitrep_report_dates"] = {t.start for t in times if _dates_a_report(doc, t)}
        specific = [t for t in times if (parse_value(t) or ("", None, ""))[2] in {"day", "week", "range"}
                    and t.start not in reports]
        text = text if text is not None else doc.text  # Doc.text joins every token: pass it in
        earlier = [t for t in specific if t.end <= sent.start_char and t.start >= paragraph_start]
        if not earlier:
            # the story's reference time carries into the next paragraph ("on Monday" in the
            # lead dates "The first blasts shook Kyiv shortly after 8 a.m." below it): a day
            # or a week, not a month or a year the story only looks back to
            # (nor a caption's date: captions date their photos, not the story)
            days = [t for t in specific if _days(parse_value(t)) <= 7  # type: ignore[arg-type]
                    and not any(a <= t.start < b for a, b in captions or ())]
            section = _section_start(text, sent.start_char)
            earlier = [t for t in days if t.end <= sent.start_char and sent.start_char - t.start <= NARRATIVE_REACH
                       and t.start >= section]
            if earlier and publication and _long_before(parse_value(earlier[-1]), publication) and any(
                    t.end <= sent.start_char and _near_publication(parse_value(t), publication) for t in days):
                # a news story told around a recent day ("on Monday") steps back to the past
                # ("police detained him on April 11, 2022") and returns: a later paragraph
                # without a date of its own is the story's day again, not the flashback's
                earlier = []
            if not earlier and publication:
                # a report's own day ("over the past day", "on March 13") holds for the whole
                # report: any earlier date of the week up to publication
                earlier = [t for t in days if t.end <= sent.start_char and _near_publication(parse_value(t), publication)]
                # the story's day ("on Monday") over a week that looks back ("last week")
                earlier = [t for t in earlier if _days(parse_value(t)) == 1] or earlier  # type: ignore[arg-type]
            if not earlier and paragraph_start == 0 and "\n" in text[sent.end_char:sent.end_char + 3]:
                # a headline reports the lead's event: the lead's first specific date
                earlier = [t for t in days if sent.end_char <= t.start <= sent.end_char + LEAD_REACH][:1]
        if earlier:
            best = earlier[-1]
            start, end, precision = parse_value(best)  # type: ignore[misc]
            return DateAnchor(start, end, precision, "narrative", _evidence(best, times))
    if publication:
        try:
            pub = date.fromisoformat(publication[:10])
        except ValueError:
            return DateAnchor("", None, "", "none")
        return DateAnchor((pub - timedelta(days=PUBLICATION_WINDOW_DAYS)).isoformat(), pub.isoformat(), "range",
                          "publication")
    return DateAnchor("", None, "", "none")


# A subheading: a short line between blank lines with no closing punctuation
# ("Demoralization in the Russian army"); the story's time does not carry past it.
_HEADING = re.compile(r"\n\n[A-Z][^\n.!?:;\"“”’)]{2,90}\n\n")


@lru_cache(maxsize=4)
def _headings(text: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _HEADING.finditer(text) if len(m.group().split()) <= 12)


def _section_start(text: str, pos: int) -> int:
    """Where the section holding ``pos`` begins: after the last subheading before it."""
    ends = [e for e in _headings(text) if e <= pos]
    return ends[-1] if ends else 0


# What a report, a letter or a recording is: dating it dates no event of the story
_REPORT_NOUNS = frozenset({"report", "article", "editorial", "story", "interview", "broadcast", "recording",
                           "letter", "post", "video", "statement", "survey", "poll", "assessment", "update"})
_PUBLISH_VERBS = frozenset({"publish", "report", "release", "air", "broadcast", "print", "post", "run"})


def _dates_a_report(doc: Doc, t: SimpleTime) -> bool:
    """The time dates a publication, not the story's events: "On September 28, the
    New York Times published ...", "a September 16 Washington Post report", "Dated
    August 30, the letters ...". Such a date never carries to later events."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "dated":
        return True
    head = span.root.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    word = head.lemma_.lower()
    if head.pos_ in {"NOUN", "PROPN"} and word in _REPORT_NOUNS:
        return True
    if head.pos_ != "VERB" or word not in _PUBLISH_VERBS:
        return False
    # "On September 30, the New York Times reported, Putin announced ...": a parenthetical
    # report; the date is the announcement's
    return not (head.dep_ in {"ccomp", "parataxis", "advcl"} and head.i < head.head.i
                and not any(c.dep_ in {"mark", "advmod"} for c in head.children))


def _near_publication(value: tuple[str, str | None, str] | None, publication: str) -> bool:
    """The date starts in the seven days up to the publication date."""
    if value is None:
        return False
    try:
        gap = (date.fromisoformat(publication[:10]) - date.fromisoformat(value[0][:10])).days
    except ValueError:
        return False
    return 0 <= gap <= 7


# How long before publication a date is background to a news story, not its day
BACKGROUND_DAYS = 30


def _long_before(value: tuple[str, str | None, str] | None, publication: str) -> bool:
    if value is None:
        return False
    try:
        return (date.fromisoformat(publication[:10]) - date.fromisoformat(value[0][:10])).days > BACKGROUND_DAYS
    except ValueError:
        return False


def _days(value: tuple[str, str | None, str]) -> int:
    """How many days a (start, end, precision) date spans."""
    start, end, precision = value
    if precision == "day" or not end:
        return 7 if precision == "week" else 1
    try:
        return (date.fromisoformat(end[:10]) - date.fromisoformat(start[:10])).days + 1
    except ValueError:
        return 10_000


def _adjectival(doc: object, p: object) -> bool:
    """ "Russian forces": a demonym or adjective names no place where the event happened."""
    if getattr(p, "precision", None) == "demonym":
        return True
    span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    last = span[-1]
    feature = getattr(p, "feature", "") or ""
    # the tagger takes some town names for nationalities ("coded to Chuhuiv")
    norp = last.ent_type_ == "NORP" and not (feature in {"city", "town", "village"} and last.pos_ == "PROPN")
    return last.pos_ == "ADJ" or norp or (last.dep_ in {"amod", "poss"} and (getattr(p, "feature", "") or "") == "country")


_ORG_TAIL = frozenset({"times", "post", "news", "journal", "herald", "daily", "gazette", "institute",
                       "university", "cooperation", "organization", "organisation", "agency", "group",
                       "council", "court", "committee", "federation", "union", "foundation", "center",
                       "centre", "program", "programme", "telegraph", "tribune", "review", "press",
                       "radio", "tv", "television", "channel", "airlines", "airport", "fc", "club"})


def _entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity over token ``i``, read from the IOB tags (``Doc.ents`` builds
    every entity on each read)."""
    if not doc[i].ent_type_:
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[i].ent_type_)


# Organisations that are also places: "outside the Moscow City Court", "at the Munich
# Security Conference" put the event in that town
_VENUE_WORDS = frozenset({"court", "conference", "summit", "forum", "airport", "station", "stadium", "hospital",
                          "theatre", "theater", "cathedral", "embassy", "consulate", "university", "square"})
_AT = frozenset({"at", "outside", "inside", "in", "near", "before", "to", "into"})


def _venue_text(text: str, s: int, e: int) -> bool:
    """The name text[s:e] is a building or gathering the text puts someone at."""
    words = text[s:e].split()
    before = text[max(0, s - 16):s].lower().split()
    while before and before[-1] == "the":
        before.pop()
    return bool(words) and words[-1].lower() in _VENUE_WORDS and bool(before) and before[-1] in _AT


def in_name(doc: object, p: object, org_spans: list[tuple[int, int]], text: str | None = None) -> bool:
    """The place is part of an organisation's or an outlet's name ("New York Times",
    "Shanghai Cooperation Organization", "Institute for the Study of War")."""
    start, end = p.start, p.end  # type: ignore[attr-defined]
    text = text if text is not None else doc.text  # type: ignore[attr-defined]
    # "Lvove, Kherson", "Bashtanka, Mykolaiv": a place and its region taken for a name
    if any(s <= start and end <= e and (s, e) != (start, end) and "," not in text[s:e]
           and not _venue_text(text, s, e) for s, e in org_spans):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    ent = _entity_at(span.doc, span.start)
    # "Donetsk - Petrovskyi": a city and its district, not a name
    if ent is not None and ent.label_ in {"ORG", "WORK_OF_ART"} and not any(t.text in {",", "-", "\u2013"} for t in ent):
        outside = [t for t in ent if not (span.start <= t.i < span.end) and t.pos_ not in {"DET", "PUNCT"}
                   and t.lower_ not in {"strait", "bridge", "river", "sea", "port", "plant", "dam", "station"}]
        if outside and not _venue_text(text, ent.start_char, ent.end_char):
            return True
    d = span.doc
    if span.end < len(d) and d[span.end].lower_ in _ORG_TAIL and d[span.end].is_title:
        return True
    # "... of Ukraine" closing a capitalised name: "Federation of Trade Unions of Ukraine"
    if span.start >= 2 and d[span.start - 1].lower_ in {"of", "for"}:
        k = span.start - 2
        while k >= 0 and d[k].lower_ in {"the"}:
            k -= 1
        if k >= 0 and d[k].is_title and d[k].pos_ == "PROPN" and d[k].ent_type_ in {"ORG", ""} and d[k].lower_ in _ORG_TAIL | {"study", "unions", "republic", "ministry", "parliament", "assembly", "bank", "office", "service", "army", "forces", "navy"}:
            return True
    return False


# "two days after the blast on the Crimea bridge", "since the fall of Bakhmut": a place in
# a phrase that dates the event by another one is that other event's place
_TIME_PREPS = frozenset({"after", "before", "since", "following", "until", "ahead"})


def _in_time_phrase(doc: object, p: object, trigger: Token) -> bool:
    span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
    return span is not None and any(a.dep_ == "prep" and a.lower_ in _TIME_PREPS for a in _path_up(trigger, list(span)))


def _actor_or_modifier(doc: object, p: object, trigger: Token) -> bool:
    """The place is another clause's subject or a possessor (or coordinated with one), or
    sits inside an apposition with a verb of its own that describes some noun. The
    subject of the trigger itself may be its setting ("Germany nationalized three
    refineries in the country")."""
    span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
    if span is None:
        return False
    root = min(span, key=lambda t: len(_ancestors(t)))
    head = root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ == "poss" or (head.dep_ == "nsubj" and head.head.i != trigger.i):
        return True
    # "countries - some bordering Russia - joined NATO"; not "Pisky, Donetsk" (an appositive qualifier)
    return any(a.dep_ == "appos" and any(t.pos_ == "VERB" for t in a.subtree) for a in [root, *_ancestors(root)])


@dataclass(slots=True)
class PlaceAnchor:
    place: object
    near: bool
    governed: bool = True
    demonym: bool = False
    region: str | None = None  # the first-level division, when the text names only that


# Capitals of first-level divisions not named after them (the others are found by name).
_CAPITALS = {"Autonomous Republic of Crimea": "Simferopol", "Volyn Oblast": "Lutsk",
             "Zakarpattia Oblast": "Uzhhorod", "Kirovohrad Oblast": "Kropyvnytskyi", "Kyiv Oblast": "Kyiv"}
_QUALIFIES = re.compile(r",\s*(?:in\s+)?(?:the\s+)?|\s+in\s+(?:the\s+)?|\s*\(\s*")
_REGION_WORD = re.compile(r"\s+(?:region|oblast|province|governorate|krai|state)\b", re.IGNORECASE)
_REGION_SUFFIX = re.compile(r"\s+(?:region|oblast|province|governorate|krai)$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _admin1_names(name: str) -> tuple[tuple[str, str], ...]:
    """(country, admin1 name) of the first-level divisions a name may denote ("Donetsk",
    "Kherson oblast")."""
    try:
        from sitrep.gazetteer.index import gazetteer
        cands = gazetteer().find(name)
    except Exception:  # noqa: BLE001 - no gazetteer: no regions
        return ()
    return tuple(sorted({(c.country or "", c.admin1_name or c.name) for c in cands if c.feature == "admin1"}))


@lru_cache(maxsize=1024)
def region_capital(admin1: str, country: str | None) -> tuple[str, float, float] | None:
    """(name, lat, lon) of the capital of a first-level division. ACLED codes a report
    that names only a region at the region's capital (on the Ukraine development data
    the capital lies within 25 km of the coded place six times as often as the
    division's centre)."""
    try:
        from sitrep.gazetteer.index import gazetteer
        g = gazetteer()
        base = _CAPITALS.get(admin1) or _REGION_SUFFIX.sub("", admin1).strip()
        cands = [c for c in g.find(base) if c.feature == "city" and (country is None or c.country == country)]
    except Exception:  # noqa: BLE001
        return None
    own = [c for c in cands if c.admin1_name == admin1] or ([c for c in cands if c.population >= 100000]
                                                            if admin1 in _CAPITALS else [])
    if not own:
        return None
    best = max(own, key=lambda c: c.population)
    return best.name, best.lat, best.lon


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    a = math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def _far(p: object, region: tuple[str, str]) -> bool:
    """The place lies too far from the region's capital to be in it or at its border (a
    namesake elsewhere)."""
    capital = region_capital(region[1], region[0] or None)
    lat, lon = getattr(p, "lat", None), getattr(p, "lon", None)
    if capital is None or lat is None or lon is None:
        return True
    return km(lat, lon, capital[1], capital[2]) > 120.0


def region_of(p: object, text: str) -> tuple[str, str] | None:
    """The first-level division a place mention names when it is used as a region: an
    admin1 place, "X region"/"X oblast", or the qualifier in "village, Donetsk"."""
    feature = (getattr(p, "feature", None) or "").lower()
    country = getattr(p, "country", None)
    if feature == "admin1":
        name = getattr(p, "name", None)
        return (country or "", name) if name else None
    if feature not in {"city", "town", "village", "settlement", "admin2", ""}:
        return None
    start, end = p.start, p.end  # type: ignore[attr-defined]
    qualifier = _REGION_WORD.match(text, end) is not None or _REGION_SUFFIX.search(text[start:end]) is not None
    if not qualifier:
        before = text[max(0, start - 3):start]
        qualifier = before.endswith(", ") and before[0].isalpha()
    if not qualifier:
        return None
    names = _admin1_names(text[start:end])
    names = tuple(n for n in names if n[0] == country) or names  # "Donetsk" is also a town in Russia
    return names[0] if len(names) == 1 else None


_TERRITORIAL = frozenset({"city", "town", "village", "territory", "area", "region", "land", "soil",
                          "infrastructure", "position", "settlement", "border", "coast", "airspace",
                          "facility", "grid", "target", "plant", "station"})


_ANAPHORS = frozenset({"city", "town", "village", "settlement"})
# landmarks a definite description names again ("the bridge" after "the Kerch Strait bridge")
_LANDMARK_ANAPHORS = frozenset({"bridge", "dam", "port", "airport", "airfield", "plant", "station", "base", "strait"})
ANTECEDENT_WINDOW = 1500  # characters: about the two paragraphs before the sentence


def _in_apposition(trigger: Token, pool: list[object]) -> bool:
    """Every candidate place lies in an apposition of the trigger's bare "the town"."""
    if not pool:
        return False
    doc = trigger.doc
    spans = [(min(t.idx for t in a.subtree), max(t.idx + len(t.text) for t in a.subtree))
             for n in trigger.subtree if n.lemma_.lower() in _ANAPHORS for a in n.children if a.dep_ == "appos"]
    return bool(spans) and doc is not None and all(
        any(a <= p.start < b for a, b in spans) for p in pool)  # type: ignore[attr-defined]


def _antecedent(trigger: Token, sent: Span, places: list[object], text: str) -> object | None:
    """ "have retaken the city": a bare definite "the city / town / village" the trigger
    governs names the settlement the text last mentioned, in the paragraphs just before."""
    nouns = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.dep_ == "agent":
        # "the dam had been destroyed by sabotage": the trigger is the verb's agent
        nouns += [c for c in trigger.head.head.children if c.dep_ in {"dobj", "nsubjpass"}]
    nouns += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "took full control of the town": the place is the object of the trigger's own object
    nouns += [g for n in list(nouns) if n.dep_ == "dobj" for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]

    def bare(n: Token) -> bool:
        # "the town", "the town, a former industrial hub" (an apposition only describes it)
        return (any(d.lower_ in {"the", "this"} and d.dep_ == "det" for d in n.children)
                and not any(d.dep_ in {"compound", "amod", "nmod", "poss", "prep", "acl", "relcl"} for d in n.children))

    if trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and trigger.head.head.lemma_.lower() == "come":
        # "the coke plant came under attack": the plant was attacked
        nouns += [c for c in trigger.head.head.children if c.dep_ == "nsubj"]
    anaphor = next((n.lemma_.lower() for n in nouns if n.lemma_.lower() in _ANAPHORS and bare(n)), None)
    if anaphor is None:
        # "the coke plant, the town's last industrial stronghold": a site of "the town"
        anaphor = next((d.lemma_.lower() for n in nouns for d in n.subtree if d.dep_ == "poss"
                        and d.lemma_.lower() in _ANAPHORS and any(c.lower_ == "the" for c in d.children)), None)
    landmark = next((n.lemma_.lower() for n in nouns if n.lemma_.lower() in _LANDMARK_ANAPHORS and bare(n)), None)
    if anaphor is None and landmark is None:
        return None
    if landmark is not None:
        # "the dam": the last place named "... Dam", or named just before the word
        # ("the Kakhovka dam", "the Zaporizhzhia nuclear power plant"), anywhere before:
        # a story's landmark is named once, in its lead
        for p in reversed(places):
            if p.end > sent.start_char or getattr(p, "lat", None) is None:  # type: ignore[attr-defined]
                continue
            name = (getattr(p, "name", None) or "").lower()
            if name.split()[-1:] == [landmark] or text[p.start:p.end].lower().split()[-1:] == [landmark]:  # type: ignore[attr-defined]
                return p
            after = _LANDMARK_AFTER.match(text, p.end)  # type: ignore[attr-defined]
            if after is not None and after.group(1).lower() == landmark and after.end() <= sent.start_char:
                return p
        return None
    low = sent.start_char - ANTECEDENT_WINDOW
    seen: list[object] = []
    for p in reversed(places):
        if p.end > sent.start_char or p.start < low:  # type: ignore[attr-defined]
            continue
        feature = (getattr(p, "feature", None) or "").lower()
        if getattr(p, "metonym", False) or getattr(p, "lat", None) is None:
            continue
        if _FEATURE_RANK.get(feature, 2) == 1:
            seen.append(p)
            continue
        if feature not in {"country", "admin1", "region", "continent"}:
            break  # a nearer landmark or district: not safe to reach past it
    # "the eastern town of Avdiivka ... since the capture of Bakhmut ... took the town":
    # the settlement the text introduced with the same noun, else the last one named
    for p in seen:
        if re.search(rf"\b{anaphor}s? of\s+$", text[max(0, p.start - 20):p.start].lower()) or \
                re.match(rf"\s+{anaphor}\b", text[p.end:p.end + 12].lower()):  # type: ignore[attr-defined]
            return p
    return seen[0] if seen else None


# "the Zaporizhzhia direction": a town naming a stretch of front, coarser than the
# villages the sentence places the fighting at
_AXIS = re.compile(r"\s+(?:direction|axis|sector|front)\b", re.IGNORECASE)
# a landmark word after a place's name, with up to three words between: "Kakhovka dam",
# "Zaporizhzhia nuclear power plant", "Crimea road bridge"; not "Moscow built the bridge"
_LANDMARK_AFTER = re.compile(r"\s+(?:(?!(?:the|a|an|its|his|her|their|our|this|that)\b)[\w-]+\s+){0,3}?("
                             + "|".join(sorted(_LANDMARK_ANAPHORS)) + r")s?\b", re.IGNORECASE)


def event_place(trigger: Token, sent: Span, places: list[object],
                not_places: frozenset[tuple[str, ...]] = frozenset(), others: frozenset[int] = frozenset(),
                alone: bool = True, org_spans: list[tuple[int, int]] | None = None,
                min_level: int = 1, text: str | None = None) -> PlaceAnchor | None:
    """The place of the event: a place the trigger governs; for a sentence with one event,
    else the finest place of the sentence; else a demonym on the event's territorial target
    ("missile attacks against Ukrainian cities" -> Ukraine).

    ``not_places``: lower-cased word tuples that name weapons or actors here ("Grad", "Azov").
    ``others``: token indices of the other triggers of the sentence."""
    doc = sent.doc
    org_spans = org_spans or []
    text = text if text is not None else doc.text  # Doc.text joins every token: pass it in
    places = [p for p in places if tuple(text[p.start:p.end].lower().split()) not in not_places]  # type: ignore[attr-defined]
    in_sent = [p for p in places if sent.start_char <= p.start < sent.end_char  # type: ignore[attr-defined]
               and not getattr(p, "metonym", False) and not in_name(doc, p, org_spans, text)]
    cands = [p for p in in_sent if not _adjectival(doc, p) and not _in_time_phrase(doc, p, trigger)]

    levels: dict[int, int] = {}

    def gov(p: object) -> int:
        if id(p) not in levels:
            span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
            levels[id(p)] = governance(trigger, list(span), others, setting=True) if span is not None else 0
        return levels[id(p)]

    regions: dict[int, tuple[str, str] | None] = {}

    def region(p: object) -> tuple[str, str] | None:
        if id(p) not in regions:
            regions[id(p)] = region_of(p, text)
        return regions[id(p)]

    def info(p: object) -> tuple[int, int, int, int]:
        has_coords = getattr(p, "lat", None) is not None
        feature = (getattr(p, "feature", None) or "").lower()
        rank = 3 if region(p) or _AXIS.match(text, p.end) else _FEATURE_RANK.get(feature, 2)  # type: ignore[attr-defined]
        coded = "coded to" in text[max(sent.start_char, p.start - 12):p.start]  # type: ignore[attr-defined]
        return (0 if coded else 1, 0 if has_coords else 1, 3 - gov(p), rank)

    pool = [p for p in cands if gov(p) >= min_level or "coded to" in text[max(sent.start_char, p.start - 12):p.start]]  # type: ignore[attr-defined]
    governed = True
    appositive = _in_apposition(trigger, pool)
    if not pool or appositive or all(gov(p) < 3 for p in pool):
        # "took full control of the town, a hub on the edge of Donetsk": the town named
        # before, not the place its apposition mentions; "the dam had been destroyed ...,
        # intended to deprive Crimea of water": the trigger's own "the dam" outranks a
        # place that only a clause below it names
        earlier = _antecedent(trigger, sent, places, text)
        if earlier is not None:
            return PlaceAnchor(earlier, False, False)
        if appositive:
            pool = []
    if not pool:
        # "Kharkiv faced a massive missile attack", "the town came under fire": the place that
        # undergoes the attack is where it happened
        verb = trigger.head if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in UNDERGOING else (
            trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "under"
            and trigger.head.head.lemma_.lower() in {"come", "fall"} else None)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        # (the places stage reads a town as the subject of a verb as its government: not here)
        for p in (q for q in places if sent.start_char <= q.start < sent.end_char):  # type: ignore[attr-defined]
            span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
            if span is not None and any(t in subj.subtree for subj in subjects for t in span):
                return PlaceAnchor(p, False, True)
    if not pool and alone:
        # the sentence's other places, save those that name an actor or describe another
        # noun: "..., India and China renewed calls", "countries - some bordering Russia - joined"
        pool, governed = [p for p in cands if not _actor_or_modifier(doc, p, trigger)], False
    if not pool:
        # a demonym on the event's territorial target: "strikes against Ukrainian cities"
        for p in in_sent:
            if not _adjectival(doc, p) or getattr(p, "lat", None) is None:
                continue
            span = doc.char_span(p.start, p.end, alignment_mode="expand")  # type: ignore[attr-defined]
            if span is None:
                continue
            # "Ukraine's energy, military and communications facilities": up the noun
            # phrase to the noun that names the ground
            noun = span[-1].head
            for _ in range(4):
                if noun.lemma_.lower() in _TERRITORIAL or noun.dep_ not in {"compound", "amod", "conj", "nmod"} \
                        or noun.head.pos_ not in {"NOUN", "PROPN"}:
                    break
                noun = noun.head
            ground = noun.lemma_.lower() in _TERRITORIAL or any(
                c.lemma_.lower() in _TERRITORIAL for c in noun.subtree if c.dep_ == "conj")
            # "hit Ukraine's power, rail and military facilities": a country owning what was hit
            owned = span[-1].dep_ == "poss" and noun.head.i == trigger.i and noun.dep_ in {"dobj", "nsubjpass"}
            if (ground or owned) and governs(trigger, [noun], others):
                return PlaceAnchor(p, False, True, True)
        return None
    best = min(pool, key=lambda p: (*info(p), p.start))  # type: ignore[attr-defined]
    reg = region(best)
    if reg is not None:
        # "shelled Ocheretino, Donetsk": the place the region qualifies, when it lies in it
        for q in cands:
            if (q.end <= best.start and _QUALIFIES.fullmatch(text[q.end:best.start])  # type: ignore[attr-defined]
                    and getattr(q, "lat", None) is not None and region(q) is None
                    and getattr(q, "admin1", None) == reg[1]):
                best, reg = q, None
                break
    before = text[max(sent.start_char, best.start - 40):best.start].lower()  # type: ignore[attr-defined]
    after = text[best.end:min(sent.end_char, best.end + 20)].lower()  # type: ignore[attr-defined]
    near = any(w in before.split()[-4:] for w in _NEAR) or any(w in after.split()[:2] for w in {"district", "hromada", "community", "area", "outskirts"})
    if reg is None and getattr(best, "admin1", None):
        # "Pisky, Donetsk region" resolved to a Pisky of another region: the text supports the region only
        for q in in_sent:
            if q.start >= best.end and _QUALIFIES.fullmatch(text[best.end:q.start]):  # type: ignore[attr-defined]
                qreg = region(q)
                # the places stage keeps a town of another region only when it is well known
                # ("Nikopol, Kherson"): it has read the qualifier (an admin1 mention) and kept the town
                trusted = getattr(q, "feature", None) == "admin1" and getattr(best, "precision", None) in ("point", "approximate")
                if qreg is not None and qreg[1] != best.admin1 and not trusted and _far(best, qreg):  # type: ignore[attr-defined]
                    return PlaceAnchor(q, near, governed, region=qreg)
                break
    return PlaceAnchor(best, near, governed, region=reg)
