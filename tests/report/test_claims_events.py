"""The report's attribution and event views: quotes with their relay chains and
hedges, citations, the corpus sources table, event cards with their evidence,
and the chronological timeline. All texts are invented for these tests."""

from __future__ import annotations

import re

import lxml.html
import pytest

from sitrep.records import (
    Citation,
    Document,
    Entity,
    Event,
    Extraction,
    Hedge,
    Mention,
    Quantity,
    Quote,
    ScareQuote,
)
from sitrep.report import render_report
from sitrep.report.dates import describe
from sitrep.report.render import classify_modality

from test_render import IMG, SCRIPT, article, assert_no_active_markup, check_balanced, elements, has_class, span, text_of

# Published 2022-10-03. Events in text order: shelled (asserted, 21 Sept),
# recaptured (reported, mid-Sept), bomb (hypothetical), attacked (negated),
# rallied (asserted, September).
NORTH_TEXT = (
    "Russian forces shelled Kupiansk on 21 September 2022, killing two civilians, "
    "Oleh Syniehubov, the regional governor, said.\n\n"
    "In mid-September 2022 Ukrainian troops reportedly recaptured Izium, according to the "
    "Kyiv Post. (Photo: Reuters)\n\n"
    "If Moscow lost the bridge, it would bomb Kharkiv, a Russian general warned on 5 September "
    "2022. Russia has never attacked the Oskil dam, the Kremlin said through TASS. The claim "
    "could not be independently verified.\n\n"
    "In September 2022 protesters rallied in Kharkiv against what they called the "
    "\u201cliberation\u201d."
)

# Published 2022-09-02. An alleged event on 30 August, an undated one, a
# planned one, and one dated only by the publication day.
SOUTH_TEXT = (
    "On 30 August 2022 saboteurs allegedly blew up a rail bridge near Melitopol, TASS reported. "
    "Vladimir Putin told state television, as quoted by the New York Times via TASS, that the "
    "army would advance. Officials said the army plans to evacuate Enerhodar. "
    "Partisans burned a checkpoint. Police detained 40 people in Kherson. (Map: ISW)"
)


def north() -> Extraction:
    text = NORTH_TEXT
    doc = Document.from_text(text, title="Kupiansk shelled", publication_date="2022-10-03",
                             outlet="Test Wire")
    governor_quote = span(text, "Russian forces shelled Kupiansk on 21 September 2022, killing "
                                "two civilians")
    kremlin_quote = span(text, "Russia has never attacked the Oskil dam")
    hedge = span(text, "could not be independently verified")
    reportedly = span(text, "reportedly")
    claim = span(text, "Ukrainian troops reportedly recaptured Izium")
    shelled, recaptured, bomb = span(text, "shelled"), span(text, "recaptured"), span(text, "bomb")
    attacked, rallied = span(text, "attacked"), span(text, "rallied")
    s1 = span(text, "Russian forces shelled Kupiansk on 21 September 2022, killing two civilians, "
                    "Oleh Syniehubov, the regional governor, said.")
    s2 = span(text, "In mid-September 2022 Ukrainian troops reportedly recaptured Izium, "
                    "according to the Kyiv Post.")
    s3 = span(text, "If Moscow lost the bridge, it would bomb Kharkiv, a Russian general warned "
                    "on 5 September 2022.")
    s4 = span(text, "Russia has never attacked the Oskil dam, the Kremlin said through TASS.")
    s5 = span(text, "In September 2022 protesters rallied in Kharkiv against what they called "
                    "the \u201cliberation\u201d.")
    kill = span(text, "killing two civilians")
    return Extraction(
        document=doc,
        entities=[
            Entity("E1", "person", "Oleh Syniehubov", [Mention(*span(text, "Oleh Syniehubov"),
                                                               "Oleh Syniehubov")]),
            Entity("E2", "organisation", "Kremlin", [Mention(*span(text, "Kremlin"), "Kremlin")]),
        ],
        quotes=[
            Quote(*governor_quote, text[governor_quote[0]:governor_quote[1]], direct=False,
                  speaker="Oleh Syniehubov", speaker_start=span(text, "Oleh Syniehubov")[0],
                  speaker_end=span(text, "Oleh Syniehubov")[1], cue="said",
                  cue_start=span(text, "said")[0], cue_end=span(text, "said")[1],
                  speaker_entity_id="E1", speaker_role="the regional governor"),
            Quote(*kremlin_quote, text[kremlin_quote[0]:kremlin_quote[1]], direct=False,
                  speaker="the Kremlin", speaker_entity_id="E2", cue="said",
                  cue_start=span(text, "said", 2)[0], cue_end=span(text, "said", 2)[1],
                  relayed_by=["TASS"], certainty="unverified"),
        ],
        hedges=[
            Hedge(*hedge, "could not be independently verified", "unverified",
                  target_start=kremlin_quote[0], target_end=kremlin_quote[1], quote_index=1),
            Hedge(*reportedly, "reportedly", "reported", target_start=claim[0],
                  target_end=claim[1]),
        ],
        scare_quotes=[ScareQuote(*span(text, "\u201cliberation\u201d"),
                                 "\u201cliberation\u201d", "scare")],
        citations=[
            Citation(*span(text, "according to the Kyiv Post"), "according to the Kyiv Post",
                     "Kyiv Post", kind="news"),
            Citation(*span(text, "(Photo: Reuters)"), "(Photo: Reuters)", "Reuters",
                     role="photo_credit", kind="agency"),
        ],
        # Deliberately not in text order: the report sorts them.
        events=[
            Event(*s5, *rallied, type="PROTEST", mode="demonstration",
                  acled_event_type="Protests", acled_sub_event_type="Peaceful protest",
                  date_start="2022-09-01", date_end="2022-09-30", date_precision="range",
                  date_source="text", date_evidence_start=span(text, "September 2022", 3)[0],
                  date_evidence_end=span(text, "September 2022", 3)[1],
                  location_name="Kharkiv", location_start=span(text, "Kharkiv", 2)[0],
                  location_end=span(text, "Kharkiv", 2)[1], modality="asserted",
                  trigger_text="rallied", confidence=0.6),
            Event(*s1, *shelled, type="ASSAULT", mode="artillery",
                  acled_event_type="Explosions/Remote violence",
                  acled_sub_event_type="Shelling/artillery/missile attack",
                  actor1="Military Forces of Russia", actor1_country="RUS",
                  actor1_acled="Military Forces of Russia (2000-)", inter1=8,
                  actor1_start=span(text, "Russian forces")[0],
                  actor1_end=span(text, "Russian forces")[1],
                  actor2="Civilians", actor2_country="UKR", inter2=7,
                  actor2_start=span(text, "two civilians")[0],
                  actor2_end=span(text, "two civilians")[1],
                  date_start="2022-09-21", date_precision="day", date_source="text",
                  date_evidence_start=span(text, "21 September 2022")[0],
                  date_evidence_end=span(text, "21 September 2022")[1],
                  location_name="Kupiansk", admin1="Kharkiv Oblast", location_country="UA",
                  lat=49.7106, lon=37.6153, geo_precision=1,
                  location_start=span(text, "Kupiansk")[0], location_end=span(text, "Kupiansk")[1],
                  fatalities=2, quantities=[Quantity(2, "killed", "killing two civilians", *kill)],
                  modality="asserted", attributed_to=["Oleh Syniehubov"], confidence=0.9,
                  trigger_text="shelled"),
            Event(*s2, *recaptured, type="ASSAULT", mode="occupation",
                  acled_event_type="Battles", acled_sub_event_type="Government regains territory",
                  date_start="2022-09-11", date_end="2022-09-20", date_precision="range",
                  date_source="text", location_name="Izium", modality="reported",
                  modality_cue_start=reportedly[0], modality_cue_end=reportedly[1],
                  certainty="reported", attributed_to=["Kyiv Post"], confidence=0.7,
                  trigger_text="recaptured"),
            Event(*s3, *bomb, type="ASSAULT", mode="aerial", date_start="2022-09-05",
                  date_precision="day", date_source="text", location_name="Kharkiv",
                  modality="hypothetical", modality_cue_start=span(text, "If")[0],
                  modality_cue_end=span(text, "If")[1], trigger_text="bomb"),
            Event(*s4, *attacked, type="ASSAULT", date_start="2022-09-01",
                  date_end="2022-10-03", date_precision="range", date_source="publication",
                  modality="negated", modality_cue_start=span(text, "never")[0],
                  modality_cue_end=span(text, "never")[1], attributed_to=["Kremlin"],
                  trigger_text="attacked"),
        ],
    )


def south() -> Extraction:
    text = SOUTH_TEXT
    doc = Document.from_text(text, title="Bridge blown up near Melitopol",
                             publication_date="2022-09-02")
    putin = span(text, "that the army would advance")
    s1 = span(text, "On 30 August 2022 saboteurs allegedly blew up a rail bridge near Melitopol, "
                    "TASS reported.")
    s3 = span(text, "Officials said the army plans to evacuate Enerhodar.")
    s4 = span(text, "Partisans burned a checkpoint.")
    s5 = span(text, "Police detained 40 people in Kherson.")
    return Extraction(
        document=doc,
        quotes=[Quote(*putin, text[putin[0]:putin[1]], direct=False, speaker="Vladimir Putin",
                      cue="told", relayed_by=["New York Times", "TASS"])],
        hedges=[Hedge(*span(text, "allegedly"), "allegedly", "alleged",
                      target_start=s1[0], target_end=s1[1])],
        citations=[
            Citation(*span(text, "TASS reported"), "TASS reported", "TASS", kind="agency"),
            Citation(*span(text, "(Map: ISW)"), "(Map: ISW)", "Institute for the Study of War",
                     role="map_credit", kind="research"),
        ],
        events=[
            Event(*s1, *span(text, "blew up"), type="ASSAULT", mode="explosives/sabotage",
                  date_start="2022-08-30", date_precision="day", date_source="text",
                  location_name="Melitopol", modality="alleged", attributed_to=["TASS"],
                  trigger_text="blew up"),
            Event(*s3, *span(text, "evacuate"), type="AID", modality="planned",
                  date_start="2022-08-20", date_precision="day", date_source="text"),
            Event(*s4, *span(text, "burned"), type="ASSAULT", modality="asserted",
                  trigger_text="burned"),
            Event(*s5, *span(text, "detained"), type="COERCE", mode="arrest",
                  date_start="2022-09-02", date_precision="day", date_source="publication",
                  location_name="Kherson", modality="asserted", trigger_text="detained"),
        ],
    )


def page(*extractions: Extraction) -> tuple[str, lxml.html.HtmlElement]:
    html = render_report(list(extractions))
    check_balanced(html)
    return html, lxml.html.document_fromstring(html)


def timeline_rows(root: lxml.html.HtmlElement, which: int = 0) -> list[lxml.html.HtmlElement]:
    tables = elements(root, "//section[@id='timeline']//table")
    return elements(tables[which], ".//tbody/tr") if len(tables) > which else []


def cells(row: lxml.html.HtmlElement) -> list[str]:
    return [" ".join(td.text_content().split()) for td in elements(row, "td")]


def highlighted(root: lxml.html.HtmlElement, anchor: str) -> lxml.html.HtmlElement:
    """The highlight an id names. When several spans start at one character the
    first takes the piece's id and the others are empty anchors just before it."""
    element = root.get_element_by_id(anchor)
    if has_class(element, "anchor"):
        element = element.getnext()
        while has_class(element, "anchor"):
            element = element.getnext()
    return element


def span_text(root: lxml.html.HtmlElement, anchor: str) -> str:
    """A highlighted span rebuilt from every piece that belongs to it."""
    pieces = elements(root, f"//span[contains(concat(' ', @data-spans, ' '), ' {anchor} ')]")
    return "".join(p.text_content() for p in pieces)


def card(doc: lxml.html.HtmlElement, number: int) -> lxml.html.HtmlElement:
    return elements(doc, ".//ol[@class='event-list']/li")[number - 1]


def field(card_element: lxml.html.HtmlElement, label: str) -> lxml.html.HtmlElement:
    found = [f for f in elements(card_element, ".//div[@class='field']")
             if text_of(f, "dt") == label]
    assert len(found) == 1, label
    return found[0]


# ------------------------------------------------------------------- timeline


def test_timeline_orders_by_date_and_leaves_out_what_did_not_happen() -> None:
    n, s = north(), south()
    _html, root = page(n, s)
    rows = timeline_rows(root)
    triggers = [text_of(r, ".//td[@class='snippet']/b") for r in rows]
    # 30 Aug (alleged), Sept 2022 (from the 1st), mid-Sept, 21 Sept, then 2 Sept from the
    # publication date sorts by its day.
    assert triggers == ["blew up", "rallied", "detained", "recaptured", "shelled"]
    dates = [cells(r)[0] for r in rows]
    assert dates == ["2022-08-30", "Sept 2022", "on or before 2022-09-02 from publication date",
                     "mid-Sept 2022", "2022-09-21"]
    # Hypothetical, negated and planned events are nowhere in the timeline.
    timeline = " ".join(r.text_content() for r in elements(root, "//section[@id='timeline']"))
    for absent in ("bomb", "attacked", "evacuate"):
        assert absent not in timeline
    # Reported and alleged events are marked unverified; asserted ones are not.
    unverified = {text_of(r, ".//td[@class='snippet']/b"): has_class(r, "tl-unverified")
                  for r in rows}
    assert unverified == {"blew up": True, "rallied": False, "detained": False,
                          "recaptured": True, "shelled": False}
    assert "unverified · alleged" in rows[0].text_content()


def test_timeline_lists_undated_events_last_and_links_to_the_cards() -> None:
    n, s = north(), south()
    _html, root = page(n, s)
    undated = timeline_rows(root, 1)
    assert [text_of(r, ".//td[@class='snippet']/b") for r in undated] == ["burned"]
    assert cells(undated[0])[0] == "—"
    heading = elements(root, "//h3[@id='timeline-undated']")[0]
    assert "Without a date" in heading.text_content()
    for row in timeline_rows(root) + undated:
        href = elements(row, ".//a")[-1].get("href")
        target = root.get_element_by_id(href[1:])
        assert has_class(target, "event")
        trigger = text_of(row, ".//td[@class='snippet']/b")
        assert f"trigger {trigger}" in " ".join(target.text_content().split())


def test_timeline_row_shows_type_actors_place_and_snippet() -> None:
    _html, root = page(north())
    shelled = [r for r in timeline_rows(root) if text_of(r, ".//td[@class='snippet']/b")
               == "shelled"][0]
    date, kind, actors, place, snippet, link = cells(shelled)
    assert kind == "ASSAULT (artillery) · Shelling/artillery/missile attack"
    assert actors == "Military Forces of Russia [RUS] → Civilians [UKR]"
    assert place == "Kupiansk, Kharkiv Oblast, UA"
    assert snippet.startswith("Russian forces shelled Kupiansk on 21 September 2022")
    assert link == "doc 1 · event 1"


def test_long_sentence_snippet_is_cut_around_the_trigger() -> None:
    text = ("Word " * 80) + "Drones struck a depot. " + ("More " * 80)
    struck = span(text, "struck")
    x = Extraction(Document.from_text(text), events=[
        Event(0, len(text), *struck, type="ASSAULT", modality="asserted",
              date_start="2023-01-05", date_precision="day")])
    _html, root = page(x)
    snippet = text_of(timeline_rows(root)[0], ".//td[@class='snippet']")
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "Drones struck a depot." in snippet
    assert len(snippet) < 260


# --------------------------------------------------------------------- dates


@pytest.mark.parametrize(("start", "end", "precision", "shown"), [
    ("2022-09-21", None, "day", "2022-09-21"),
    ("2022-09-01", "2022-09-30", "range", "Sept 2022"),
    ("2022-09-11", "2022-09-20", "range", "mid-Sept 2022"),
    ("2022-09-01", "2022-09-10", "range", "early Sept 2022"),
    ("2022-09-21", "2022-09-30", "range", "late Sept 2022"),
    ("2022-09", None, "month", "Sept 2022"),
    ("2022-09-01", None, "month", "Sept 2022"),  # a month stored as its first day
    ("2022-09-14", None, "year", "2022"),
    ("2022-SU", None, "season", "summer 2022"),
    ("2022-06-01", "2022-08-31", "range", "June–Aug 2022"),
    ("2022-W36", None, "week", "5–11 Sept 2022"),
    ("2022-08-13", "2022-09-12", "range", "13 Aug – 12 Sept 2022"),
    ("2022-12-28", "2023-01-03", "range", "28 Dec 2022 – 3 Jan 2023"),
    ("2022-01-01", "2022-12-31", "range", "2022"),
    ("next spring", None, None, "next spring"),
    (None, None, None, None),
])
def test_dates_are_shown_as_precise_as_they_are(start: str | None, end: str | None,
                                                precision: str | None,
                                                shown: str | None) -> None:
    assert describe(start, end, precision) == shown


def test_event_dates_say_where_they_came_from_and_never_claim_a_day() -> None:
    n, s = north(), south()
    _html, root = page(n, s)
    doc = article(_html, n.document)
    rallied = field(card(doc, 5), "date")  # text order: rallied is last
    assert text_of(rallied, ".//span[@class='value']") == "Sept 2022"
    assert "from the text" in rallied.text_content()
    assert "2022-09-01" not in rallied.text_content()
    assert text_of(field(card(doc, 2), "date"), ".//span[@class='value']") == "mid-Sept 2022"
    assert text_of(field(card(doc, 1), "date"), ".//span[@class='value']") == "2022-09-21"
    negated = field(card(doc, 4), "date")
    assert text_of(negated, ".//span[@class='value']") == "1 Sept – 3 Oct 2022"
    assert "from publication date" in negated.text_content()
    detained = field(card(article(_html, s.document), 4), "date")
    assert text_of(detained, ".//span[@class='value']") == "on or before 2022-09-02"
    assert "from publication date" in detained.text_content()


def test_narrative_date_is_labelled() -> None:
    text = "On 3 March 2022 the siege began. Troops shelled the port."
    x = Extraction(Document.from_text(text), events=[
        Event(*span(text, "Troops shelled the port."), *span(text, "shelled"), type="ASSAULT",
              date_start="2022-03-03", date_precision="day", date_source="narrative",
              date_evidence_start=span(text, "3 March 2022")[0],
              date_evidence_end=span(text, "3 March 2022")[1])])
    html, root = page(x)
    date = field(card(article(html, x.document), 1), "date")
    assert "from narrative" in date.text_content()
    assert "from narrative" in cells(timeline_rows(root)[0])[0]
    link = elements(date, ".//a[@class='ref']")[0]
    assert root.get_element_by_id(link.get("href")[1:]).text_content() == "3 March 2022"


# -------------------------------------------------------------------- events


def test_modalities_the_events_stage_uses_are_classified() -> None:
    tiers = {m: classify_modality(m).tier for m in (
        "asserted", "reported", "alleged", "hypothetical", "threatened", "planned", "negated")}
    assert tiers == {"asserted": "asserted", "reported": "unverified", "alleged": "unverified",
                     "hypothetical": "not-happened", "threatened": "not-happened",
                     "planned": "not-happened", "negated": "not-happened"}


def test_event_cards_are_in_text_order_and_not_happened_is_marked() -> None:
    n = north()
    html, _root = page(n)
    doc = article(html, n.document)
    cards = elements(doc, ".//ol[@class='event-list']/li")
    heads = [text_of(c, ".//span[@class='trigger']/a") for c in cards]
    assert heads == ["shelled", "recaptured", "bomb", "attacked", "rallied"]
    badges = [text_of(c, ".//span[contains(@class, 'modality')]") for c in cards]
    assert badges == ["asserted", "unverified · reported", "not happened · hypothetical",
                      "not happened · negated", "asserted"]
    assert [has_class(c, "mod-not-happened") for c in cards] == [False, False, True, True, False]


def test_event_card_shows_every_field_with_its_evidence() -> None:
    n = north()
    html, root = page(n)
    doc = article(html, n.document)
    shelled = card(doc, 1)
    values = {text_of(f, "dt"): " ".join(text_of(f, "dd").split())
              for f in elements(shelled, ".//div[@class='field']")}
    assert values["ACLED"] == "Explosions/Remote violence / Shelling/artillery/missile attack"
    assert values["actor 1"].startswith("Military Forces of Russia [RUS] ACLED: Military "
                                        "Forces of Russia (2000-) · inter 8 (external/other "
                                        "forces) Russian forces")
    assert values["actor 2"].startswith("Civilians [UKR] inter 7 (civilians) two civilians")
    assert values["place"].startswith("Kupiansk, Kharkiv Oblast, UA 49.7106, 37.6153 · "
                                      "geo precision 1 (exact place) Kupiansk")
    assert values["fatalities"] == "2"
    assert values["injured"] == "—"
    assert values["quantity"].startswith("2 killed killing two civilians")
    assert values["attributed to"] == "Oleh Syniehubov"
    assert values["confidence"] == "0.90"
    assert text_of(shelled, ".//span[@class='etype']") == "ASSAULT"
    assert text_of(shelled, ".//span[@class='emode']") == "artillery"

    group = next(c for c in shelled.get("class").split() if re.fullmatch(r"g\d+", c))
    text = n.document.text
    expected = {"actor 1": "Russian forces", "actor 2": "two civilians",
                "date": "21 September 2022", "place": "Kupiansk",
                "quantity": "killing two civilians"}
    for label, evidence in expected.items():
        links = elements(field(shelled, label), ".//a[@class='ref']")
        assert len(links) == 1, label
        anchor = root.get_element_by_id(links[0].get("href")[1:])
        # The evidence is highlighted in the article text and belongs to the event's
        # group (its id too, when it is an empty anchor before the piece).
        assert has_class(anchor, group)
        target = highlighted(root, links[0].get("href")[1:])
        assert anchor.get("id") in target.get("data-spans").split()
        assert target.getparent().tag == "p"
        assert span_text(root, anchor.get("id")) == evidence
        assert has_class(target, group) and has_class(target, "evd")
    trigger = root.get_element_by_id(f"{n.document.id}-e{n.events[1].trigger_start}")
    assert trigger.text_content() == "shelled" and has_class(trigger, "trig")
    assert has_class(trigger, group)
    # The generated rule lights up the group when it is targeted or its card hovered.
    style = re.search(r"<style>(.*?)</style>", html, re.DOTALL).group(1)  # type: ignore[union-attr]
    assert f"body:has(.{group}:target) .hl.{group}" in style
    assert f".doc:has(.card.{group}:hover) .hl.{group}" in style
    assert text[n.events[1].start:n.events[1].end] in text_of(shelled, ".//blockquote")


def test_modality_cue_is_evidence() -> None:
    n = north()
    html, root = page(n)
    bomb = card(article(html, n.document), 3)
    cue = elements(field(bomb, "modality"), ".//a[@class='ref']")[0]
    assert root.get_element_by_id(cue.get("href")[1:]).text_content() == "If"
    trigger = root.get_element_by_id(f"{n.document.id}-e{n.events[3].trigger_start}")
    assert has_class(trigger, "trig-unreal")


# -------------------------------------------------------------- quotes, hedges


def test_quote_rows_show_speaker_role_cue_chain_and_certainty() -> None:
    n, s = north(), south()
    html, root = page(n, s)
    rows = elements(article(html, n.document), ".//section[@class='quotes']//tbody/tr")
    number, quote, speaker, cue, chain, form, certainty = cells(rows[0])
    assert speaker.startswith("Oleh Syniehubov") and "the regional governor" in speaker
    entity_link = elements(rows[0], ".//a[@class='rid']")[0]
    assert entity_link.text_content() == "E1"
    assert "Oleh Syniehubov" in root.get_element_by_id(entity_link.get("href")[1:]).text_content()
    assert cue.startswith("said") and chain == "—" and form == "indirect"
    number, quote, speaker, cue, chain, form, certainty = cells(rows[1])
    assert chain == "TASS → the Kremlin"
    assert certainty.startswith("unverified")
    assert has_class(elements(rows[1], ".//span[contains(@class, 'cert')]")[0], "cert-unverified")
    south_row = elements(article(html, s.document), ".//section[@class='quotes']//tbody/tr")[0]
    # Outermost relay first, the speaker last.
    assert cells(south_row)[4] == "New York Times → TASS → Vladimir Putin"


def test_hedge_is_highlighted_and_linked_to_the_quote_it_qualifies() -> None:
    n = north()
    html, root = page(n)
    doc = article(html, n.document)
    hedge = n.hedges[0]
    marker = root.get_element_by_id(f"{n.document.id}-h{hedge.start}")
    assert marker.text_content() == "could not be independently verified"
    assert has_class(marker, "hedge") and marker.getparent().tag == "p"
    assert "qualifies quote 2" in marker.get("title")
    # Clicking the marker leads to the quote's row, which links back to the marker.
    link = elements(marker, ".//a")[0]
    quote_row = root.get_element_by_id(link.get("href")[1:])
    assert quote_row.tag == "tr" and "Russia has never attacked the Oskil dam" in \
        quote_row.text_content()
    back = [a.get("href") for a in elements(quote_row, ".//a[@class='hedge-link']")]
    assert back == [f"#{marker.get('id')}"]
    # The hedges table names the certainty and links both ways.
    row = elements(doc, ".//section[@class='hedges']//tbody/tr")[0]
    assert text_of(row, ".//span[contains(@class, 'cert')]") == "unverified"
    assert [a.get("href") for a in elements(row, ".//a")][:2] == [
        f"#{marker.get('id')}", f"#{quote_row.get('id')}"]
    # The qualified claim is a highlight of its own in the hedge's group.
    claim_id = f"{n.document.id}-hc{hedge.target_start}"
    claim = highlighted(root, claim_id)
    group = next(c for c in marker.get("class").split() if re.fullmatch(r"g\d+", c))
    assert has_class(claim, "claim") and has_class(claim, group)
    assert has_class(root.get_element_by_id(claim_id), group)


def test_hedge_without_a_quote_links_to_its_claim() -> None:
    n = north()
    html, root = page(n)
    hedge = n.hedges[1]
    marker = root.get_element_by_id(f"{n.document.id}-h{hedge.start}")
    href = elements(marker, ".//a")[0].get("href")
    assert href == f"#{n.document.id}-hc{hedge.target_start}"
    assert span_text(root, href[1:]) == "Ukrainian troops reportedly recaptured Izium"


def test_scare_quotes_are_listed_apart_and_styled_lightly() -> None:
    n = north()
    html, root = page(n)
    doc = article(html, n.document)
    rows = elements(doc, ".//section[@class='scare-quotes']//tbody/tr")
    assert [cells(r)[1] for r in rows] == ["scare quote"]
    scare = root.get_element_by_id(f"{n.document.id}-s{n.scare_quotes[0].start}")
    assert has_class(scare, "scare") and not has_class(scare, "quote")
    # Not listed as a quote.
    quotes = elements(doc, ".//section[@class='quotes']//tbody/tr")
    assert all("liberation" not in q.text_content() for q in quotes)


def test_bad_quote_index_is_a_problem_not_a_crash() -> None:
    n = north()
    n.hedges[0].quote_index = 7
    html, _root = page(n)
    problems = [li.text_content() for li in
                elements(article(html, n.document), ".//details[@class='problems']//li")]
    assert any("qualifies quote 8, which does not exist" in p for p in problems)


# ------------------------------------------------------------ citations, sources


def test_citations_show_role_and_kind() -> None:
    n = north()
    html, _root = page(n)
    rows = elements(article(html, n.document), ".//section[@class='citations']//tbody/tr")
    assert [cells(r)[1:4] for r in rows] == [["Kyiv Post", "text source", "news"],
                                             ["Reuters", "photo credit", "agency"]]
    assert has_class(rows[1], "credit")


def test_sources_table_counts_what_rests_on_each_source() -> None:
    _html, root = page(north(), south())
    rows = elements(root, "//section[@id='sources']//tbody/tr")
    table = {cells(r)[0]: cells(r)[1:] for r in rows}
    # Columns: speaker, relayed, events attributed, citations, credits, documents, links.
    assert table["TASS"] == ["", "2", "1", "1", "", "2", "1 2"]
    assert table["Reuters"] == ["", "", "", "", "1", "1", "1"]
    assert table["Institute for the Study of War"] == ["", "", "", "", "1", "1", "2"]
    assert table["Kyiv Post"] == ["", "", "1", "1", "", "1", "1"]
    assert table["Oleh Syniehubov"] == ["1", "", "1", "", "", "1", "1"]
    assert table["New York Times"] == ["", "1", "", "", "", "1", "2"]
    assert table["Vladimir Putin"] == ["1", "", "", "", "", "1", "2"]
    # "the Kremlin" (speaker) and "Kremlin" (attribution) are one source.
    kremlin = [name for name in table if "kremlin" in name.lower()]
    assert len(kremlin) == 1 and table[kremlin[0]][:3] == ["1", "", "1"]
    # Most-cited first.
    assert cells(rows[0])[0] == "TASS"
    links = elements(rows[0], ".//td[@class='doc-links']/a")
    assert [a.get("href") for a in links] == [f"#{north().document.id}",
                                              f"#{south().document.id}"]


# ---------------------------------------------------------------- hostility


def hostile() -> Extraction:
    text = (f"Officials said {SCRIPT} shelling hit the port. It {IMG} reportedly burned. "
            f"They called it \u201c{SCRIPT}\u201d. ({IMG})")
    script, img = span(text, SCRIPT), span(text, IMG)
    doc = Document.from_text(text, title=SCRIPT, publication_date=IMG)
    return Extraction(
        document=doc,
        entities=[Entity(IMG, "person", SCRIPT, [Mention(*script, SCRIPT)])],
        quotes=[Quote(*span(text, "shelling hit the port"), "shelling hit the port", False,
                      speaker=SCRIPT, speaker_start=script[0], speaker_end=script[1], cue=IMG,
                      relayed_by=[IMG, SCRIPT], certainty=IMG, speaker_entity_id=IMG,
                      speaker_role=SCRIPT, fragments=[script, img])],
        hedges=[Hedge(*span(text, "reportedly"), "reportedly", SCRIPT, *img, quote_index=0)],
        scare_quotes=[ScareQuote(*script, SCRIPT, IMG)],
        citations=[Citation(*img, IMG, SCRIPT, role=IMG, kind=SCRIPT, entity_id=IMG)],
        events=[
            Event(0, len(text), *span(text, "shelling"), type=SCRIPT, mode=IMG,
                  acled_event_type=SCRIPT, acled_sub_event_type=IMG, actor1=SCRIPT,
                  actor1_country=IMG, actor2=IMG, actor1_acled=SCRIPT, actor2_acled=IMG,
                  date_start=SCRIPT, date_end=IMG, date_precision=IMG, date_source=SCRIPT,
                  location_name=IMG, admin1=SCRIPT, location_country=IMG,
                  quantities=[Quantity(3, SCRIPT, IMG, *img)], modality="asserted",
                  attributed_to=[SCRIPT, IMG], certainty=SCRIPT, trigger_text=IMG,
                  actor1_start=script[0], actor1_end=script[1]),
            Event(0, len(text), *span(text, "burned"), type=IMG, modality=SCRIPT,
                  date_start="2022-02-24", date_precision="day", location_name=SCRIPT),
        ],
    )


def test_hostile_text_in_every_new_field_is_escaped() -> None:
    x = hostile()
    html, root = page(x)
    assert "<script" not in html and "<img" not in html
    assert_no_active_markup(html)
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    # The generated style rule holds no article text.
    style = re.search(r"<style>(.*?)</style>", html, re.DOTALL).group(1)  # type: ignore[union-attr]
    assert "script" not in style.lower() and "onerror" not in style

    doc = article(html, x.document)
    quote = cells(elements(doc, ".//section[@class='quotes']//tbody/tr")[0])
    assert SCRIPT in quote[2] and IMG in quote[2]  # speaker, role, entity id
    assert IMG in quote[3]
    assert quote[4] == f"{IMG} → {SCRIPT} → {SCRIPT}"
    assert IMG in quote[6]
    hedge = cells(elements(doc, ".//section[@class='hedges']//tbody/tr")[0])
    assert hedge[2] == SCRIPT and IMG in hedge[4]
    assert cells(elements(doc, ".//section[@class='scare-quotes']//tbody/tr")[0]) == [
        f"{SCRIPT} {span(x.document.text, SCRIPT)[0]}–{span(x.document.text, SCRIPT)[1]}", IMG]
    citation = cells(elements(doc, ".//section[@class='citations']//tbody/tr")[0])
    assert citation[1:] == [SCRIPT, IMG, SCRIPT, IMG]

    first = " ".join(card(doc, 1).text_content().split())
    for value in (SCRIPT, IMG, f"{SCRIPT} [{IMG}]", f"ACLED: {SCRIPT}", f"ACLED: {IMG}",
                  f"precision: {IMG}", f"from {SCRIPT}", f"{SCRIPT}, {IMG}"):
        assert value in first, value
    assert problems_mention_trigger(doc)
    second = card(doc, 2)
    assert text_of(second, ".//span[contains(@class, 'modality')]") == SCRIPT.lower()
    assert has_class(second, "mod-unclassified")

    # Only the asserted event reaches the timeline; the unclassified one does not.
    rows = timeline_rows(root, 0) + timeline_rows(root, 1)
    assert len(rows) == 1
    row = cells(rows[0])
    assert row[0] == f"{SCRIPT} – {IMG}"  # not a date: shown raw, never as a day
    assert row[1].startswith(f"{SCRIPT} ({IMG}) · {IMG}")
    assert row[2] == f"{SCRIPT} [{IMG}] → {IMG}"
    assert row[3] == f"{IMG}, {SCRIPT}"
    sources = {cells(r)[0] for r in elements(root, "//section[@id='sources']//tbody/tr")}
    assert sources == {SCRIPT, IMG}
    assert SCRIPT in text_of(root, "//nav[@id='documents']")


def problems_mention_trigger(doc: lxml.html.HtmlElement) -> bool:
    """trigger_text that is not the text at the trigger span is reported."""
    problems = [li.text_content() for li in elements(doc, ".//details[@class='problems']//li")]
    return any("trigger of event 1" in p and IMG in p for p in problems)


def test_new_views_are_deterministic() -> None:
    first = render_report([north(), south(), hostile()], generated="2024-01-01")
    second = render_report([north(), south(), hostile()], generated="2024-01-01")
    assert first == second


def test_a_threat_is_shown_as_made_and_its_act_as_not_happened() -> None:
    text = "Moscow warned it would respond harshly to any further attack."
    ex = Extraction(document=Document.from_text(text, publication_date="2022-10-10"),
                    events=[Event(0, len(text), *span(text, "warned"), type="THREATEN", mode="threat",
                                  modality="threatened", trigger_text="warned")])
    html, _root = page(ex)
    cards = elements(article(html, ex.document), ".//ol[@class='event-list']/li")
    assert [text_of(c, ".//span[contains(@class, 'modality')]") for c in cards] == [
        "threat made · the act has not happened"]
