"""Document metadata: title, authors, publication date, outlet, url and language.

Two sources are supported:

* plain text (``detect_text_metadata``), where only the header block of the
  article is read, with strict whole-line rules;
* HTML (``extract_html``), where trafilatura supplies the main text and the
  metadata (its date step is htmldate, run with conservative options).

Every value is either read from the input or absent (``None`` / ``[]``); nothing
is guessed, and no date is ever derived from the current clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

import lxml.etree
import lxml.html
import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document as TrafilaturaDocument


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    publication_date: str | None = None  # ISO YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


# ---------------------------------------------------------------------------
# Header block
# ---------------------------------------------------------------------------

HEADER_MAX_LINES = 12
TITLE_MAX_CHARS = 150
# A line this long, or a full sentence of this many words, is body prose: the
# header ends there, so dates and names inside the article are never read.
PROSE_MIN_CHARS = 250
PROSE_MIN_WORDS = 20
SENTENCE_END = (".", "!", "?", ".”", '."', "!”", "?”", "…")


def _header_lines(text: str) -> list[str]:
    """The first non-empty lines of the text, whitespace collapsed. The caller
    stops earlier, at the first prose paragraph."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        if len(lines) >= HEADER_MAX_LINES:
            break
        lines.append(line)
    return lines


def _is_prose(line: str) -> bool:
    words = line.split()
    if len(line) >= PROSE_MIN_CHARS:
        return True
    return len(words) >= PROSE_MIN_WORDS and line.endswith(SENTENCE_END)


# ---------------------------------------------------------------------------
# Date lines
# ---------------------------------------------------------------------------

DateKind = Literal["published", "updated"]

_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_PREFIX = (
    r"(?:(?P<prefix>(?:first\s+|last\s+)?(?:posted|published|updated|modified|dated|date))"
    r"(?:\s+on)?\s*:?\s*)?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_MONTH_NAME = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_CLOCK = (
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*\(?(?:[a-z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
)
# An optional time after the date: "at 5:30 pm", ", 17:30 GMT", "| 5 p.m. ET".
_TIME = rf"(?:\s*(?:,|\||at|-|–|—)?\s*{_CLOCK})?"
_ISO_TIME = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"

_DATE_BODIES: tuple[tuple[str, str], ...] = (
    # "November 10, 2023", "Nov. 10, 2023"
    ("name", rf"{_MONTH_NAME}\s+{_DAY},?\s+{_YEAR}{_TIME}"),
    # "10 November 2023", "10 Nov 2023"
    ("name", rf"{_DAY}\s+{_MONTH_NAME},?\s+{_YEAR}{_TIME}"),
    # "2023-11-10", "2023-11-10T08:00:00Z"
    ("iso", rf"{_YEAR}-(?P<month>\d{{1,2}})-{_DAY}{_ISO_TIME}"),
    # "3/14/2023": US month/day/year
    ("slash", rf"(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})/{_YEAR}{_TIME}"),
    # "10.11.2023": day.month.year
    ("dot", rf"(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.{_YEAR}{_TIME}"),
)
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (style, re.compile(rf"{_PREFIX}{_WEEKDAY}{body}\.?", re.IGNORECASE)) for style, body in _DATE_BODIES
)


@dataclass(slots=True, frozen=True)
class DateLine:
    iso: str
    kind: DateKind


def _month_number(token: str, style: str) -> int | None:
    if style == "name":
        return _MONTHS.get(token[:3].lower())
    return int(token)


def _iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date_line(line: str) -> DateLine | None:
    """The date of a line that is only a date (with an optional Posted/Published/
    Updated prefix, weekday and time); None for anything else, e.g. prose."""
    text = line.strip()
    for style, pattern in _DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match is None:
            continue
        month = _month_number(match["month"], style)
        day, year = int(match["day"]), int(match["year"])
        if month is None or year < 1900:
            return None
        if style == "slash" and month > 12 >= day:
            # "14/3/2023" cannot be month/day; the day/month reading is the only one.
            month, day = day, month
        iso = _iso_date(year, month, day)
        if iso is None:
            return None
        prefix = (match["prefix"] or "").lower()
        kind: DateKind = "updated" if ("updated" in prefix or "modified" in prefix) else "published"
        return DateLine(iso=iso, kind=kind)
    return None


def _choose_date(dates: list[DateLine]) -> str | None:
    """The first publication date; an update date only when there is no other."""
    for wanted in ("published", "updated"):
        for found in dates:
            if found.kind == wanted:
                return found.iso
    return None


# ---------------------------------------------------------------------------
# Bylines
# ---------------------------------------------------------------------------

_BYLINE_START = re.compile(r"(?:written\s+by|words\s+by|by)\s*:?\s+(?P<rest>.+)", re.IGNORECASE)
# "By A | Outlet", "By A — Outlet"; a bare hyphen is not a separator because
# hyphenated surnames are common.
_OUTLET_SEPARATOR = re.compile(r"\s+(?:\||—|–)\s+|\s*\|\s*")
_FOR_OUTLET = re.compile(r"\s+for\s+(?=[A-Z0-9])")
_NAME_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_NAME_PARTICLES = frozenset(
    {"al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "ibn", "la", "le", "van", "von"}
)
# Job titles after a comma ("By A, Staff Writer") are dropped: they are neither
# names nor an outlet.
_ROLE_WORDS = frozenset(
    {
        "analyst", "bureau", "chief", "columnist", "contributor", "correspondent", "editor",
        "fellow", "journalist", "producer", "reporter", "researcher", "staff", "writer",
    }
)  # fmt: skip
_MAX_NAME_TOKENS = 5
_MAX_OUTLET_WORDS = 8
_OUTLET_CONNECTOR_MAX_LEN = 3  # "of", "the", "for", "and", "de"


@dataclass(slots=True)
class Byline:
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    date: DateLine | None = None


def _is_name_token(token: str) -> bool:
    core = token.strip(".'’")
    if not core:
        return False
    return core[0].isupper() and all(ch.isalpha() or ch in ".-'’" for ch in core)


def _is_person_name(text: str) -> bool:
    """Two to five capitalised words, with lower-case particles ("van", "al")
    allowed between them."""
    tokens = text.split()
    if not 2 <= len(tokens) <= _MAX_NAME_TOKENS:
        return False
    if not (_is_name_token(tokens[0]) and _is_name_token(tokens[-1])):
        return False
    return all(_is_name_token(t) or t.lower() in _NAME_PARTICLES for t in tokens[1:-1])


def _is_role(text: str) -> bool:
    return any(word.strip(".,").lower() in _ROLE_WORDS for word in text.split())


def _is_outlet(text: str) -> bool:
    """A short name in title case ("The Kyiv Independent", "Institute for the
    Study of War"): only short connecting words may be lower case, which keeps
    prose ("Ukrainian officials said ...") out."""
    words = text.split()
    if not 0 < len(words) <= _MAX_OUTLET_WORDS or text.endswith(SENTENCE_END):
        return False
    if not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    return all(not w[0].isalpha() or w[0].isupper() or len(w) <= _OUTLET_CONNECTOR_MAX_LEN for w in words)


def _split_names(names: str) -> list[str] | None:
    parts = [p.strip() for p in _NAME_LIST_SEPARATOR.split(names) if p.strip()]
    if not parts or not all(_is_person_name(p) for p in parts):
        return None
    return parts


def _split_trailing_segment(names: str) -> tuple[str, str | None]:
    """Separate "A, Outlet" / "A and B, Staff Writer" from a plain name list.

    The last comma segment is taken as an outlet or title only when it does not
    carry the list's "and" ("A, B and C" stays a list of three names)."""
    head, sep, last = names.rpartition(",")
    last = last.strip()
    if not sep or re.match(r"(?:and\s|&)", last) or re.search(r"\sand\s|&", last):
        return names, None
    return head.strip(), last


def parse_byline(line: str) -> Byline | None:
    """Authors (and outlet, and a date after a "|") of a "By ..." line; None if
    the line is not a byline, e.g. "By the end of the day, ..." in prose."""
    start = _BYLINE_START.fullmatch(line.strip())
    if start is None:
        return None
    segments = _OUTLET_SEPARATOR.split(start["rest"].strip())
    names, extras = segments[0], segments[1:]
    for_parts = _FOR_OUTLET.split(names, maxsplit=1)
    if len(for_parts) == 2:
        names, extras = for_parts[0], [for_parts[1], *extras]
    else:
        names, trailing = _split_trailing_segment(names)
        if trailing is not None:
            extras = [trailing, *extras]

    byline = Byline()
    authors = _split_names(names)
    if authors is None:
        # "By Reuters": a single capitalised word names an agency, not a person.
        if extras or not re.fullmatch(r"[A-Z][\w.&-]*", names):
            return None
        byline.outlet = names
    else:
        byline.authors = authors

    for extra in (e.strip() for e in extras):
        found_date = parse_date_line(extra)
        if found_date is not None:
            byline.date = byline.date or found_date
        elif _is_role(extra):
            continue
        elif _is_outlet(extra) and byline.outlet is None:
            byline.outlet = extra
        else:
            return None
    return byline


# ---------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------

# A 1–2 word line followed by a longer headline is a section label ("World
# Politics"); a headline needs at least this many words to displace it.
_LABEL_MAX_WORDS = 2
_HEADLINE_MIN_WORDS = 4


def _is_title_like(line: str) -> bool:
    if len(line) > TITLE_MAX_CHARS or line.endswith((".", ":", ";", ",")):
        return False
    if "://" in line or line.lower().startswith("www."):
        return False
    return any(ch.isalpha() for ch in line)


def _choose_title(candidates: list[str]) -> str | None:
    """The first candidate, unless it is a short section label and a longer
    headline follows it, in which case that headline."""
    if not candidates:
        return None
    first = candidates[0]
    if len(first.split()) <= _LABEL_MAX_WORDS:
        for later in candidates[1:]:
            if len(later.split()) >= _HEADLINE_MIN_WORDS:
                return later
    return first


# ---------------------------------------------------------------------------
# Plain text
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Header:
    title_candidates: list[str] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    dates: list[DateLine] = field(default_factory=list)


def _read_header(text: str) -> _Header:
    """Classify the header lines. Title candidates are only the lines before the
    first byline or date line: if the article opens with its byline or date,
    it has no title in the text."""
    header = _Header()
    seen_metadata_line = False
    for line in _header_lines(text):
        found_date = parse_date_line(line)
        if found_date is not None:
            header.dates.append(found_date)
            seen_metadata_line = True
            continue
        byline = parse_byline(line)
        if byline is not None:
            header.bylines.append(byline)
            if byline.date is not None:
                header.dates.append(byline.date)
            seen_metadata_line = True
            continue
        if _is_prose(line):
            break
        if not seen_metadata_line and _is_title_like(line):
            header.title_candidates.append(line)
    return header


def detect_text_metadata(text: str) -> Metadata:
    """Title, byline (authors, outlet), date and language read from the header
    block of a plain-text article."""
    header = _read_header(text)
    byline = header.bylines[0] if header.bylines else Byline()
    return Metadata(
        title=_choose_title(header.title_candidates),
        authors=list(byline.authors),
        publication_date=_choose_date(header.dates),
        outlet=byline.outlet,
        language=detect_language(text),
    )


# ---------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------

_ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "a", "about", "after", "an", "and", "are", "as", "at", "be", "been", "but", "by",
        "for", "from", "had", "has", "have", "he", "her", "his", "in", "into", "is", "it",
        "its", "not", "of", "on", "or", "said", "she", "than", "that", "the", "their",
        "there", "they", "this", "to", "was", "we", "were", "which", "who", "will", "with",
        "would",
    }
)  # fmt: skip
LANGUAGE_MIN_TOKENS = 30
# English news prose runs at roughly 35–50% of these words; other languages
# written in Latin script share only a few of them ("in", "a"), and text in
# other scripts none.
ENGLISH_MIN_SHARE = 0.2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str) -> str | None:
    """"en" when the text is clearly English, None when unsure (too short or
    not English)."""
    tokens = [t.lower() for t in _WORD.findall(text)]
    if len(tokens) < LANGUAGE_MIN_TOKENS:
        return None
    share = sum(1 for t in tokens if t in _ENGLISH_FUNCTION_WORDS) / len(tokens)
    return "en" if share >= ENGLISH_MIN_SHARE else None


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

# htmldate options (trafilatura runs htmldate.find_date with them). Extensive
# search is off: it scans free text and turns a footer "© 2023" into
# 2023-01-01. htmldate's own default upper bound (end of today) only rejects
# future dates; it never supplies a date.
HTMLDATE_OPTIONS: dict[str, Any] = {"original_date": True, "extensive_search": False}

_INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object")
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
        "td", "th", "tr", "ul",
    }
)  # fmt: skip


def _paragraphs(lines: Iterable[str]) -> str:
    """Non-empty lines, whitespace collapsed, separated by blank lines."""
    kept = [" ".join(line.split()) for line in lines]
    return "\n\n".join(line for line in kept if line)


def _walk_text(element: HtmlElement, out: list[str]) -> None:
    """Text of an element, with a line break around every block element."""
    if not isinstance(element.tag, str):  # comments, processing instructions
        if element.tail:
            out.append(element.tail)
        return
    block = element.tag.lower() in _BLOCK_TAGS
    if block:
        out.append("\n")
    if element.text:
        out.append(element.text)
    for child in element:
        _walk_text(child, out)
    if block:
        out.append("\n")
    if element.tail:
        out.append(element.tail)


def _body_text(html: str) -> str:
    """Visible text of <body>: the fallback when trafilatura finds no main text."""
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    body = tree.find("body")
    if body is None:
        return ""
    for element in list(body.iter(*_INVISIBLE_TAGS)):
        if isinstance(element, HtmlElement):
            element.drop_tree()  # keeps the tail, which is visible text
    pieces: list[str] = []
    if body.text:
        pieces.append(body.text)
    for child in body:
        _walk_text(child, pieces)
    return _paragraphs("".join(pieces).split("\n"))


_HTML_LANG = re.compile(r"<html\b[^>]*\blang\s*=\s*[\"']?([a-z]{2,3})(?![a-z])", re.IGNORECASE)


def _html_lang(html: str) -> str | None:
    """Primary subtag of <html lang="..">, e.g. "en" for "en-GB"."""
    match = _HTML_LANG.search(html)
    return match[1].lower() if match else None


def _split_authors(author: str | None) -> list[str]:
    if not author:
        return []
    return [name.strip() for name in author.split(";") if name.strip()]


def _valid_iso(value: str | None) -> str | None:
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    return _iso_date(int(value[:4]), int(value[5:7]), int(value[8:10]))


def _trafilatura_document(html: str, url: str | None) -> tuple[str, TrafilaturaDocument]:
    """Main text and trafilatura's metadata document. bare_extraction returns
    None when it keeps no text; the metadata is then extracted on its own."""
    document = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params=dict(HTMLDATE_OPTIONS),
    )
    if isinstance(document, TrafilaturaDocument):
        return document.text or "", document
    return "", trafilatura.extract_metadata(html, default_url=url, date_config=dict(HTMLDATE_OPTIONS))


def extract_html(html: str, url: str | None = None) -> tuple[str, Metadata]:
    """Main text of an HTML page (trafilatura) and its metadata (trafilatura + htmldate).

    Date and byline fall back to the header of the extracted text ("By A",
    "Published: 10 November 2023") when the page markup has none; the title
    does not, since a body subheading could pass for one."""
    raw_text, document = _trafilatura_document(html, url)
    text = _paragraphs(raw_text.split("\n")) if raw_text.strip() else _body_text(html)
    header = detect_text_metadata(text)

    authors = _split_authors(document.author) or header.authors
    metadata = Metadata(
        title=document.title or None,
        authors=authors,
        publication_date=_valid_iso(document.date) or header.publication_date,
        outlet=document.sitename or header.outlet,
        url=document.url or url,
        language=detect_language(text) or _html_lang(html),
    )
    return text, metadata
