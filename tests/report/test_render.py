"""The HTML report: escaping, highlights, well-formed markup, self-containment."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import lxml.html
import pytest

from sitrep.records import (
    Citation,
    Document,
    Entity,
    Event,
    Extraction,
    Mention,
    Place,
    Quote,
    TimeExpr,
)
from sitrep.report import render_report, write_report

SCRIPT = '<script>alert("x")</script>'
IMG = '"><img src=x onerror=alert(1)>'

BAKHMUT_TEXT = (
    "Ukrainian President Volodymyr Zelensky said on Sunday that \"Bakhmut is not occupied "
    "by Russia\", according to Reuters.\n"
    "The Wagner Group had claimed full control of the city a day earlier.\n"
    "\n"
    "Russia's defence ministry said its forces struck an ammunition depot near Kramatorsk. "
    "Had the depot exploded, the blast would have killed dozens, a local official said."
)

HOSTILE_TEXT = (
    f"Officials in Kherson said {SCRIPT} shelling resumed on Tuesday.\n\n"
    f"A spokesman, {IMG}, told reporters \"the bridge at Antonivka is closed\"."
)


def span(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Offsets of the n-th occurrence of ``needle``: tests never hand-count characters."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def mention(text: str, needle: str, form: str = "name") -> Mention:
    start, end = span(text, needle)
    return Mention(start, end, needle, form)  # type: ignore[arg-type]


def bakhmut_extraction() -> Extraction:
    text = BAKHMUT_TEXT
    doc = Document.from_text(
        text, title="Zelensky says Bakhmut not occupied", authors=["Olena Harmash"],
        outlet="Example Wire", publication_date="2023-05-21",
        url="https://example.org/world/europe/bakhmut-2023-05-21/", language="en",
    )
    quote_start, quote_end = span(text, '"Bakhmut is not occupied by Russia"')
    speaker = span(text, "Volodymyr Zelensky")
    cue = span(text, "said", 1)
    struck = span(text, "struck")
    killed = span(text, "killed")
    sentence2 = span(text, "Russia's defence ministry said its forces struck an ammunition "
                           "depot near Kramatorsk.")
    sentence3 = span(text, "Had the depot exploded, the blast would have killed dozens, "
                           "a local official said.")
    reuters = span(text, "according to Reuters")
    sunday = span(text, "on Sunday")
    return Extraction(
        document=doc,
        entities=[
            Entity("E1", "person", "Volodymyr Zelensky",
                   [mention(text, "Volodymyr Zelensky")], country="UKR"),
            Entity("E2", "country", "Russia",
                   [Mention(*span(text, "Russia", 1), "Russia"),
                    Mention(*span(text, "Russia", 2), "Russia", "possessive")], country="RUS"),
            Entity("E3", "group", "Wagner Group", [mention(text, "Wagner Group")]),
            Entity("E4", "organisation", "Reuters", [mention(text, "Reuters")]),
        ],
        places=[
            Place(*span(text, "Bakhmut"), "Bakhmut", "Bakhmut", lat=48.5956, lon=38.0003,
                  country="UA", admin1="Donetsk", geonames_id=712165, feature="PPL"),
            Place(*span(text, "Kramatorsk"), "Kramatorsk", "Kramatorsk", lat=48.7230,
                  lon=37.5563, country="UA"),
        ],
        times=[TimeExpr(*sunday, "on Sunday", "DATE", "2023-05-21")],
        quotes=[Quote(quote_start, quote_end, text[quote_start:quote_end], direct=True,
                      speaker="Volodymyr Zelensky", speaker_start=speaker[0],
                      speaker_end=speaker[1], cue="said", cue_start=cue[0], cue_end=cue[1],
                      relayed_by=["Reuters"], certainty="asserted")],
        citations=[Citation(*reuters, "according to Reuters", "Reuters")],
        events=[
            Event(*sentence2, *struck, type="ASSAULT", mode="aerial", actor1="Russia",
                  actor1_country="RUS", location_name="Kramatorsk", modality="asserted",
                  attributed_to=["Russian defence ministry"], confidence=0.7),
            Event(*sentence3, *killed, type="ASSAULT", modality="hypothetical", confidence=0.4),
        ],
    )


def hostile_extraction() -> Extraction:
    text = HOSTILE_TEXT
    doc = Document.from_text(text, title=SCRIPT, authors=[IMG], outlet=SCRIPT,
                             url="javascript:alert(1)", source_path=IMG)
    quote = span(text, '"the bridge at Antonivka is closed"')
    return Extraction(
        document=doc,
        entities=[
            Entity("E1", "person", IMG, [mention(text, IMG)]),
            Entity("E2", "organisation", SCRIPT, [mention(text, SCRIPT)]),
        ],
        places=[Place(*span(text, "Kherson"), "Kherson", "Kherson", country="UA")],
        quotes=[Quote(*quote, text[quote[0]:quote[1]], direct=True, speaker=IMG,
                      cue=SCRIPT, relayed_by=[SCRIPT], certainty=IMG)],
        events=[Event(*span(text, "shelling resumed"), *span(text, "shelling"),
                      type="ASSAULT", modality="asserted", actor1=SCRIPT)],
    )


class BalanceChecker(HTMLParser):
    """Fails on any end tag that does not close the innermost open element."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.start_tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.start_tags.append((tag, attrs))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()


def check_balanced(html: str) -> BalanceChecker:
    checker = BalanceChecker()
    checker.feed(html)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


def assert_no_active_markup(html: str) -> None:
    """Balanced tags, no script-capable element, no event handler or javascript: URL."""
    checker = check_balanced(html)
    tags = {tag for tag, _ in checker.start_tags}
    assert not tags & {"script", "img", "iframe", "object", "embed"}
    for tag, attrs in checker.start_tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)


def elements(node: lxml.html.HtmlElement, path: str) -> list[lxml.html.HtmlElement]:
    found = node.xpath(path)
    assert isinstance(found, list)
    return [e for e in found if isinstance(e, lxml.html.HtmlElement)]


def text_of(node: lxml.html.HtmlElement, path: str) -> str:
    """The string value of an XPath expression, as XPath's string() gives it."""
    return str(node.xpath(f"string({path})"))


def article(html: str, doc: Document) -> lxml.html.HtmlElement:
    found = elements(lxml.html.document_fromstring(html), f'//article[@id="{doc.id}"]')
    assert len(found) == 1
    return found[0]


def has_class(element: lxml.html.HtmlElement, name: str) -> bool:
    return name in (element.get("class") or "").split()


# ------------------------------------------------------------------ security


def test_hostile_strings_render_as_text_everywhere() -> None:
    x = hostile_extraction()
    html = render_report([x], title=SCRIPT)

    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert_no_active_markup(html)

    # Parsed back, each hostile field reads as the literal string it was.
    doc = article(html, x.document)
    assert text_of(doc, "h2") == SCRIPT
    meta = {dt.text_content(): dd.text_content()
            for dt, dd in zip(elements(doc, ".//dl[@class='meta']//dt"),
                              elements(doc, ".//dl[@class='meta']//dd"), strict=True)}
    assert meta["authors"] == IMG
    assert meta["outlet"] == SCRIPT
    assert meta["source"] == IMG
    assert meta["url"] == "javascript:alert(1)"
    body = elements(doc, ".//section[contains(@class, 'text')]")[0].text_content()
    assert SCRIPT in body and IMG in body
    names = [e.text_content()
             for e in elements(doc, ".//section[@class='entities']//span[@class='name']")]
    assert names == [IMG, SCRIPT]
    quote_row = elements(doc, ".//section[@class='quotes']//tbody/tr")[0]
    cells = [td.text_content() for td in elements(quote_row, "td")]
    assert IMG in cells[2] and SCRIPT in cells[3] and SCRIPT in cells[4] and IMG in cells[6]
    page_title = text_of(lxml.html.document_fromstring(html), "//title")
    assert page_title == SCRIPT


def test_mention_tooltip_escapes_hostile_entity_name() -> None:
    x = hostile_extraction()
    html = render_report([x])
    start = x.entities[0].mentions[0].start
    highlight = article(html, x.document).get_element_by_id(f"{x.document.id}-m{start}")
    assert IMG in highlight.get("title")
    assert highlight.text_content() == IMG


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x",
    'https://example.org/"onmouseover="alert(1)',
])
def test_unsafe_urls_are_text_not_links(url: str) -> None:
    x = Extraction(Document.from_text("Shelling hit Kharkiv overnight.", url=url))
    html = render_report([x])
    doc = article(html, x.document)
    assert elements(doc, ".//dl[@class='meta']//a") == []
    assert url.strip() in doc.text_content()


def test_http_url_is_an_escaped_link() -> None:
    url = "https://example.org/news?id=1&section=ukraine"
    x = Extraction(Document.from_text("Shelling hit Kharkiv overnight.", url=url))
    html = render_report([x])
    assert 'href="https://example.org/news?id=1&amp;section=ukraine"' in html
    links = elements(article(html, x.document), ".//dl[@class='meta']//a")
    assert [a.get("href") for a in links] == [url]
    assert "noreferrer" in links[0].get("rel")


def test_page_is_self_contained() -> None:
    x = bakhmut_extraction()
    html = render_report([x, hostile_extraction()], generated="2024-02-24T00:00:00Z")

    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', html)
    assert csp is not None and "default-src 'none'" in csp.group(1)
    checker = check_balanced(html)
    tags = {tag for tag, _ in checker.start_tags}
    assert not tags & {"script", "link", "iframe", "object", "embed", "img", "base", "frame"}
    attributes = {name for _, attrs in checker.start_tags for name, _ in attrs}
    assert not attributes & {"src", "srcset", "style", "background", "action", "formaction"}
    styles = re.findall(r"<style>(.*?)</style>", html, re.DOTALL)
    assert len(styles) == 1 and ".hl" in styles[0]
    assert not re.search(r"@import|@font-face|url\(|https?:", styles[0], re.IGNORECASE)
    # The only external href is the document's own http(s) URL.
    external = re.findall(r'href="(?!#)([^"]*)"', html)
    assert external == [x.document.url]


# ---------------------------------------------------------------- highlights


def test_highlights_wrap_exactly_the_mention_text() -> None:
    x = bakhmut_extraction()
    doc = article(render_report([x]), x.document)
    for entity in x.entities:
        for m in entity.mentions:
            element = doc.get_element_by_id(f"{x.document.id}-m{m.start}")
            assert element.text_content() == m.text == x.document.text[m.start:m.end]
            assert has_class(element, f"ent-{entity.kind}")
            assert entity.name in element.get("title") and entity.kind in element.get("title")
            links = elements(doc, f".//a[@href='#{x.document.id}-m{m.start}']")
            assert [a.text_content() for a in links] == [m.text]


def test_nested_and_overlapping_spans_are_well_formed() -> None:
    x = bakhmut_extraction()
    text = x.document.text
    # Overlap that nests in nothing: a time crossing the end of a place, and a
    # quote running across the paragraph break.
    crossing = span(text, "Kramatorsk. Had")
    x.times.append(TimeExpr(crossing[0] + 4, crossing[1], text[crossing[0] + 4:crossing[1]],
                            "DATE", "2023-05-21"))
    across = span(text, "a day earlier.\n\nRussia's")
    x.quotes.append(Quote(*across, text[across[0]:across[1]], direct=False))
    html = render_report([x])
    check_balanced(html)
    doc = article(html, x.document)

    section = elements(doc, ".//section[contains(@class, 'text')]")[0]
    paragraphs = elements(section, "p")
    assert len(paragraphs) == 2
    rendered = "".join(p.text_content() for p in paragraphs)
    # Blank lines become the gap between paragraphs; single newlines stay (with a <br>).
    assert rendered == text.replace("\n\n", "")

    # The mention inside the direct quote carries both classes.
    bakhmut = doc.get_element_by_id(f"{x.document.id}-p{x.places[0].start}")
    assert bakhmut.text_content() == "Bakhmut"
    assert has_class(bakhmut, "place") and has_class(bakhmut, "quote")
    assert "Bakhmut" in bakhmut.get("title") and "direct quote" in bakhmut.get("title")
    # Every span, rebuilt from the pieces that name it, gives back its text
    # (newlines render as <br> and paragraph gaps, outside any piece).
    pieces = elements(section, ".//span[@data-spans]")
    anchors = {a for e in pieces for a in e.get("data-spans").split()}
    # mentions, places, times, quotes, cite, triggers, the quote's speaker and cue
    assert len(anchors) == 5 + 2 + 2 + 2 + 1 + 2 + 2
    spans_by_anchor = {
        f"{x.document.id}-q{q.start}": q.text for q in x.quotes} | {
        f"{x.document.id}-t{t.start}": t.text for t in x.times} | {
        f"{x.document.id}-p{p.start}": p.text for p in x.places} | {
        f"{x.document.id}-c{c.start}": c.text for c in x.citations} | {
        f"{x.document.id}-m{m.start}": m.text for e in x.entities for m in e.mentions}
    for anchor, expected in spans_by_anchor.items():
        joined = "".join(e.text_content() for e in pieces if anchor in e.get("data-spans").split())
        assert joined == expected.replace("\n", ""), anchor
    crossing_piece = [e for e in pieces if e.text_content() == "atorsk"][0]
    assert has_class(crossing_piece, "place") and has_class(crossing_piece, "time")

    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_paragraphs_and_line_breaks() -> None:
    text = "Kyiv, Feb 24 (Wire) -\nExplosions were heard.\n\n  \n\nSirens sounded.\n"
    x = Extraction(Document.from_text(text))
    section = elements(article(render_report([x]), x.document), ".//section")[0]
    paragraphs = elements(section, "p")
    assert [p.text_content() for p in paragraphs] == [
        "Kyiv, Feb 24 (Wire) -\nExplosions were heard.", "Sirens sounded."]
    assert len(elements(paragraphs[0], "br")) == 1
    assert elements(paragraphs[1], "br") == []


def test_span_outside_the_text_is_reported_not_highlighted() -> None:
    x = bakhmut_extraction()
    x.places.append(Place(5000, 5007, "Avdiivka", "Avdiivka"))
    wrong = span(x.document.text, "Kramatorsk")
    x.citations.append(Citation(*wrong, "according to TASS", "TASS"))
    html = render_report([x])
    check_balanced(html)
    doc = article(html, x.document)
    assert elements(doc, f".//*[@id='{x.document.id}-p5000']") == []
    problems = elements(doc, ".//details[@class='problems']//li")
    assert len(problems) == 2
    assert "outside the text" in problems[0].text_content()
    assert "'according to TASS'" in problems[1].text_content()


# ----------------------------------------------------- counts, events, output


def test_counts_in_header_and_contents() -> None:
    extractions = [bakhmut_extraction(), hostile_extraction(),
                   Extraction(Document.from_text("No incidents were reported in Odesa."))]
    html = render_report(extractions)
    counts = {dd.get("data-count"): int(dd.text_content())
              for dd in elements(lxml.html.document_fromstring(html), "//dd[@data-count]")}
    assert counts == {"documents": 3, "entities": 6, "places": 3, "times": 1, "quotes": 2,
                      "hedges": 0, "scare_quotes": 0, "citations": 1, "events": 3}
    toc = elements(lxml.html.document_fromstring(html), "//nav[@id='documents']//li/a")
    assert [a.get("href") for a in toc] == [f"#{x.document.id}" for x in extractions]
    empty = elements(article(html, extractions[2].document), ".//p[@class='none']")[0]
    assert empty.text_content() == (
        "None found: entities, places, times, quotes, hedges, scare quotes or titles, "
        "citations, events.")


def test_entity_table_lists_mentions_and_offsets() -> None:
    x = bakhmut_extraction()
    doc = article(render_report([x]), x.document)
    rows = elements(doc, ".//section[@class='entities']//tbody/tr")
    russia = [r for r in rows if text_of(r, ".//span[@class='name']") == "Russia"][0]
    cells = elements(russia, "td")
    assert cells[1].text_content().strip() == "country"
    assert cells[2].text_content().strip() == "RUS"
    assert cells[4].text_content().strip() == "2"
    offsets = [o.text_content() for o in elements(cells[5], ".//span[@class='off']")]
    assert offsets == [f"{m.start}–{m.end}" for m in x.entities[1].mentions]
    assert "possessive" in cells[5].text_content()


def test_hypothetical_event_is_marked_not_happened() -> None:
    x = bakhmut_extraction()
    doc = article(render_report([x]), x.document)
    asserted, hypothetical = elements(doc, ".//li[contains(@class, 'event')]")
    assert has_class(asserted, "mod-asserted")
    assert text_of(asserted, ".//span[contains(@class, 'modality')]") == "asserted"
    assert has_class(hypothetical, "mod-not-happened")
    badge = text_of(hypothetical, ".//span[contains(@class, 'modality')]")
    assert badge == "not happened · hypothetical"
    trigger = doc.get_element_by_id(f"{x.document.id}-e{x.events[1].trigger_start}")
    assert trigger.text_content() == "killed"
    assert has_class(trigger, "trig-unreal")
    struck = doc.get_element_by_id(f"{x.document.id}-e{x.events[0].trigger_start}")
    assert not has_class(struck, "trig-unreal")


def test_output_is_deterministic() -> None:
    first = render_report([bakhmut_extraction(), hostile_extraction()], generated="2024-03-01")
    second = render_report([bakhmut_extraction(), hostile_extraction()], generated="2024-03-01")
    assert first == second
    assert "Generated 2024-03-01" in first


def test_repeated_document_gets_distinct_anchors() -> None:
    html = render_report([bakhmut_extraction(), bakhmut_extraction()])
    check_balanced(html)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_empty_corpus_renders() -> None:
    html = render_report([])
    check_balanced(html)
    assert "No documents." in html


def test_write_report(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.html"
    written = write_report([bakhmut_extraction()], target, title="Donbas, May 2023",
                           generated="2023-05-22")
    assert written == target
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>Donbas, May 2023</title>" in html
