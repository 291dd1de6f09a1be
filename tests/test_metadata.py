"""Tests for sitrep.metadata on short invented news texts about the 2022–2024
Russia–Ukraine war."""

from __future__ import annotations

import pytest
import trafilatura

from sitrep.metadata import (
    Metadata,
    detect_language,
    detect_text_metadata,
    extract_html,
    parse_byline,
    parse_date_line,
)

BODY = (
    "Ukrainian naval drones struck the Kerch bridge before dawn, officials in Kyiv said, "
    "closing the road section for several hours while Russian authorities inspected the damage "
    "and diverted ferry traffic across the strait."
)


def header_text(*lines: str) -> str:
    return "\n\n".join([*lines, BODY])


# ---------------------------------------------------------------------------
# Date lines
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 10, 2023", "2023-11-10"),
        ("Nov. 10, 2023", "2023-11-10"),
        ("Sept. 5, 2023", "2023-09-05"),
        ("10 Nov 2023", "2023-11-10"),
        ("10 November 2023", "2023-11-10"),
        ("2023-11-10", "2023-11-10"),
        ("2023-11-10T08:15:00+02:00", "2023-11-10"),
        ("Posted Oct. 10, 2022", "2022-10-10"),
        ("Posted on March 3rd, 2023", "2023-03-03"),
        ("Published: 10 November 2023", "2023-11-10"),
        ("Updated: 3/14/2023", "2023-03-14"),
        ("Friday, November 10, 2023", "2023-11-10"),
        ("November 10, 2023 at 5:30 pm", "2023-11-10"),
        ("Published 6 June 2023 | 11:40 a.m. EEST", "2023-06-06"),
        ("Last updated on Tue 6 Jun 2023 14.05 BST", "2023-06-06"),
        ("10.11.2023", "2023-11-10"),
    ],
)
def test_date_formats_in_header(line: str, expected: str) -> None:
    text = header_text("Kerch bridge hit again by naval drones", "By Iryna Bondar", line)
    assert detect_text_metadata(text).publication_date == expected


@pytest.mark.parametrize(
    "line",
    [
        "today",
        "Updated yesterday",
        "February 30, 2023",  # no such day
        "13/14/2023",  # neither month/day nor day/month
        "June 2023",  # no day: not a full date
        "On June 6, 2023 the Kakhovka dam was breached.",
    ],
)
def test_non_dates_are_rejected(line: str) -> None:
    assert parse_date_line(line) is None


def test_published_is_preferred_over_updated_in_either_order() -> None:
    updated_first = header_text(
        "Ukraine hits Black Sea Fleet dry dock in Sevastopol",
        "Updated: 14 September 2023",
        "Published: 13 September 2023",
    )
    published_first = header_text(
        "Ukraine hits Black Sea Fleet dry dock in Sevastopol",
        "Published: 13 September 2023",
        "Updated: 14 September 2023",
    )
    assert detect_text_metadata(updated_first).publication_date == "2023-09-13"
    assert detect_text_metadata(published_first).publication_date == "2023-09-13"


def test_updated_date_is_used_when_it_is_the_only_one() -> None:
    text = header_text("Avdiivka withdrawal completed, army says", "Updated: 2/17/2024")
    assert detect_text_metadata(text).publication_date == "2024-02-17"


def test_date_inside_prose_sentence_is_not_taken() -> None:
    text = (
        "Kyiv counts the cost of a night of missile strikes\n\n"
        "By Iryna Bondar\n\n"
        "On October 10, 2022, Russia fired dozens of cruise missiles at Ukrainian cities.\n\n"
        + BODY
        + "\n\nNovember 10, 2023\n"
    )
    result = detect_text_metadata(text)
    assert result.publication_date is None
    assert result.authors == ["Iryna Bondar"]


def test_header_ends_at_first_prose_paragraph() -> None:
    text = BODY + "\n\nBy Iryna Bondar\n\nNovember 10, 2023"
    result = detect_text_metadata(text)
    assert (result.title, result.authors, result.publication_date, result.outlet) == (None, [], None, None)


# ---------------------------------------------------------------------------
# Bylines
# ---------------------------------------------------------------------------


def test_byline_with_two_authors() -> None:
    text = header_text("Kherson celebrates as Russian troops withdraw", "By Taras Melnyk and Anna Fischer")
    result = detect_text_metadata(text)
    assert result.authors == ["Taras Melnyk", "Anna Fischer"]
    assert result.outlet is None


def test_byline_with_pipe_outlet() -> None:
    text = header_text("Kherson celebrates as Russian troops withdraw", "By Taras Melnyk | Dnipro Ledger")
    result = detect_text_metadata(text)
    assert result.authors == ["Taras Melnyk"]
    assert result.outlet == "Dnipro Ledger"


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("By Taras Melnyk, Anna Fischer and Lena Vogt", ["Taras Melnyk", "Anna Fischer", "Lena Vogt"], None),
        ("By Taras Melnyk, Anna Fischer, and Lena Vogt", ["Taras Melnyk", "Anna Fischer", "Lena Vogt"], None),
        ("By Taras Melnyk, The Dnipro Ledger", ["Taras Melnyk"], "The Dnipro Ledger"),
        ("By Taras Melnyk and Anna Fischer, Dnipro Ledger", ["Taras Melnyk", "Anna Fischer"], "Dnipro Ledger"),
        ("By Taras Melnyk for Dnipro Ledger", ["Taras Melnyk"], "Dnipro Ledger"),
        ("By Taras Melnyk, Staff Writer", ["Taras Melnyk"], None),
        ("By Maria van der Berg", ["Maria van der Berg"], None),
        ("Written by Oksana O'Neill-Hart", ["Oksana O'Neill-Hart"], None),
        ("By Reuters", [], "Reuters"),
    ],
)
def test_byline_forms(line: str, authors: list[str], outlet: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    assert byline.outlet == outlet


def test_byline_with_trailing_date() -> None:
    byline = parse_byline("By Taras Melnyk | June 24, 2023")
    assert byline is not None and byline.date is not None
    assert byline.authors == ["Taras Melnyk"]
    assert byline.date.iso == "2023-06-24"


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the day, Wagner columns had turned back from the road to Moscow",
        "By Saturday evening, the mutiny was over",
        "By Taras Melnyk, Ukrainian officials said on Monday",
        "Bylines are missing from this page",
    ],
)
def test_prose_starting_with_by_is_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_no_byline_and_no_date() -> None:
    text = header_text("Kakhovka dam breach floods towns along the Dnipro")
    result = detect_text_metadata(text)
    assert result.title == "Kakhovka dam breach floods towns along the Dnipro"
    assert result.authors == []
    assert result.outlet is None
    assert result.publication_date is None


# ---------------------------------------------------------------------------
# Titles
# ---------------------------------------------------------------------------


def test_section_label_then_title_then_subtitle() -> None:
    text = header_text(
        "World News",
        "Wagner Mutiny Ends as Prigozhin Agrees to Leave for Belarus",
        "Fighters who marched on Moscow will not be prosecuted, the Kremlin says",
        "By Taras Melnyk",
        "June 24, 2023",
    )
    result = detect_text_metadata(text)
    assert result.title == "Wagner Mutiny Ends as Prigozhin Agrees to Leave for Belarus"
    assert result.authors == ["Taras Melnyk"]
    assert result.publication_date == "2023-06-24"


def test_plain_title_before_subtitle_is_kept() -> None:
    text = header_text(
        "Ukraine retakes Kherson",
        "Residents greet soldiers in the city centre",
        "By Anna Fischer",
    )
    assert detect_text_metadata(text).title == "Ukraine retakes Kherson"


@pytest.mark.parametrize(
    "first_lines",
    [
        ("By Anna Fischer", "November 11, 2022", "Kherson greets Ukrainian troops"),
        ("November 11, 2022", "Kherson greets Ukrainian troops"),
    ],
)
def test_no_title_when_article_opens_with_byline_or_date(first_lines: tuple[str, ...]) -> None:
    result = detect_text_metadata(header_text(*first_lines))
    assert result.title is None
    assert result.publication_date == "2022-11-11"


def test_sentence_is_not_a_title() -> None:
    text = header_text("Russia says it shot down drones over Crimea.", "By Anna Fischer")
    assert detect_text_metadata(text).title is None


# ---------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------


def test_detect_language_english() -> None:
    assert detect_language(BODY + " " + BODY) == "en"


def test_detect_language_unsure_on_short_text() -> None:
    assert detect_language("Kherson, Mykolaiv, Odesa") is None


def test_detect_language_not_english() -> None:
    ukrainian = (
        "Українські військові повідомили про звільнення кількох сіл на півдні країни. "
        "За словами командування, російські підрозділи відступили на лівий берег Дніпра, "
        "а мешканці Херсона вийшли на центральну площу, щоб зустріти солдатів. "
        "Місцева влада попередила про загрозу мін і закликала не повертатися до будинків."
    )
    german = (
        "Die ukrainischen Streitkräfte haben nach eigenen Angaben mehrere Dörfer im Süden "
        "des Landes zurückerobert. Russische Einheiten zogen sich demnach auf das linke Ufer "
        "des Dnipro zurück, während Bewohner von Cherson auf dem zentralen Platz die Soldaten "
        "begrüßten. Die Behörden warnten vor Minen in den befreiten Gebieten."
    )
    assert detect_language(ukrainian) is None
    assert detect_language(german) is None


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>Drones strike Moscow office towers | Dnipro Ledger</title>
<meta name="author" content="Olena Kovalenko; Mark Ellison">
<meta property="article:published_time" content="2023-07-30T09:15:00+03:00">
<meta property="og:site_name" content="Dnipro Ledger">
<meta property="og:title" content="Drones strike Moscow office towers">
</head>
<body>
<nav><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/subscribe">Subscribe to our newsletter</a></li>
</ul></nav>
<article>
<h1>Drones strike Moscow office towers</h1>
<p>Russian air defences brought down three drones over Moscow overnight, the defence ministry said on Sunday,
while one of them hit an office tower in the Moscow City business district.</p>
<script>var trackingPixel = "TRACKER-SECRET"; window.dataLayer = [];</script>
<p>The city's mayor said two facades were lightly damaged and that nobody was hurt, and flights at
Vnukovo airport were briefly halted.</p>
<p>Kyiv did not claim the attack directly, but Ukraine's president said in an evening address that the war
was gradually returning to Russian territory.</p>
</article>
<footer><p>Copyright 2023 Dnipro Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body>
</html>"""


def test_html_metadata_from_meta_tags() -> None:
    _, result = extract_html(ARTICLE_HTML, url="https://ledger.example/world/moscow-drones")
    assert result.title == "Drones strike Moscow office towers"
    assert result.authors == ["Olena Kovalenko", "Mark Ellison"]
    assert result.publication_date == "2023-07-30"
    assert result.outlet == "Dnipro Ledger"
    assert result.url == "https://ledger.example/world/moscow-drones"
    assert result.language == "en"


def test_html_text_excludes_boilerplate_and_script() -> None:
    text, _ = extract_html(ARTICLE_HTML)
    assert "Russian air defences brought down three drones" in text
    assert "returning to Russian territory" in text
    for boilerplate in ("Subscribe to our newsletter", "Privacy policy", "All rights reserved", "TRACKER-SECRET"):
        assert boilerplate not in text


def test_html_paragraphs_are_separated_by_blank_lines() -> None:
    text, _ = extract_html(ARTICLE_HTML)
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == "Drones strike Moscow office towers"
    assert paragraphs[1].startswith("Russian air defences")
    assert all(p.strip() == p and p for p in paragraphs)


def test_html_copyright_year_is_not_a_publication_date() -> None:
    html = (
        "<html><body><article><p>Ukrainian officials said shelling hit a hospital in Kherson, "
        "wounding two nurses and damaging the roof of the maternity ward.</p></article>"
        "<footer>Copyright 2023 Dnipro Ledger</footer></body></html>"
    )
    _, result = extract_html(html)
    assert result.publication_date is None
    assert result.authors == []


def test_html_date_and_byline_fall_back_to_text_header() -> None:
    html = (
        "<html><body><article><p>Published: 11 November 2022</p><p>By Anna Fischer</p>"
        "<p>Ukrainian soldiers entered the centre of Kherson on Friday after Russian forces "
        "withdrew across the Dnipro river.</p></article></body></html>"
    )
    _, result = extract_html(html)
    assert result.publication_date == "2022-11-11"
    assert result.authors == ["Anna Fischer"]


def test_html_falls_back_to_visible_body_text(monkeypatch: pytest.MonkeyPatch) -> None:
    # Simulate trafilatura keeping no main text.
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    html = (
        "<html><head><title>Kharkiv counteroffensive</title><style>p { color: red; }</style></head>"
        "<body><h1>Kharkiv counteroffensive</h1>"
        "<div>Ukrainian forces retook Balakliia.<br>Izium followed days later.</div>"
        "<script>console.log('hidden');</script><p>Residents returned to <b>liberated</b> villages.</p>"
        "</body></html>"
    )
    text, result = extract_html(html)
    assert text == (
        "Kharkiv counteroffensive\n\n"
        "Ukrainian forces retook Balakliia.\n\n"
        "Izium followed days later.\n\n"
        "Residents returned to liberated villages."
    )
    assert result.title == "Kharkiv counteroffensive"


def test_html_empty_page() -> None:
    text, result = extract_html("")
    assert text == ""
    assert result == Metadata()
