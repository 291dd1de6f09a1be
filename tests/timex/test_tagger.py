"""The tagger without spaCy: captions, datelines, ranges and TimeML modifiers
on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from sitrep.timex import Context, paragraph_starts, tag
from sitrep.timex.resolve import _year_of_weekday
from sitrep.timex.tagger import caption_lines, dateline_day


def _tag(text: str, dct: date | None = date(2023, 6, 14)):  # type: ignore[no-untyped-def]
    ctx = Context(dct=dct, paragraph_starts=paragraph_starts(text))
    return {t.text: t for t in tag(text, ctx)}


def test_caption_lines() -> None:
    text = ("Kyiv after the strikes of October 10, 2022. (Glen Garanich / Reuters)\n"
            "The army advanced on Tuesday.\n"
            "Union members rally in Lviv in 2021. (Photo: Ukrinform)\n"
            "Maps of the front as of early October. (Source: ISW)\n"
            "Photo: a destroyed bridge near Izium")
    lines = caption_lines(text)
    starts = [text[a:b][:12] for a, b in lines]
    assert starts == ["Kyiv after t", "Union member", "Maps of the ", "Photo: a des"]


def test_dateline_sets_the_reference_day() -> None:
    assert dateline_day("\n\nKYIV, March 4 (Reuters) -- Ukraine said", date(2023, 3, 5)) == date(2023, 3, 4)
    assert dateline_day("\n\nODESA, Ukraine, Dec. 31 (AP) _ Drones", date(2024, 1, 1)) == date(2023, 12, 31)
    # Too far from the publication date, or no dateline at all: no reference day.
    assert dateline_day("KYIV, March 4 (Reuters) -- x", date(2023, 5, 5)) is None
    assert dateline_day("Ukraine said on March 4 that", date(2023, 3, 5)) is None
    # Agency copy filed on Saturday March 4, published on Sunday: "Friday" is March 3.
    found = _tag("KYIV, March 4 (Reuters) -- Russian drones hit a depot on Friday, officials said.",
                 date(2023, 3, 5))
    assert found["Friday"].value == "2023-03-03"


def test_weekday_chooses_the_year_of_a_bracketed_date() -> None:
    # 1 October was a Saturday in 2022, a Friday in 2021.
    assert _year_of_weekday(2021, 10, 1, 6, 6) == 2022
    assert _year_of_weekday(2022, 10, 1, 6, 1) == 2022
    assert _year_of_weekday(2022, 10, 1, 3, 1) == 2022  # no year fits: keep the guess


def test_an_old_caption_does_not_anchor_the_narrative() -> None:
    # No publication date. The 2021 photo caption must not put Saturday [October 1]
    # in 2021; the weekday picks the year and captions only serve as a last resort.
    text = ("Kyiv after missile strikes on October 10, 2022. (Glen Garanich / Reuters)\n\n"
            "Trade unionists protest in Kyiv on October 7, 2021 months before the invasion. (Photo: Ukrinform)\n\n"
            "\u201cRussia\u2019s retreat from Lyman on Saturday [October 1] leaves its troops exposed,\u201d "
            "the paper reported.")
    found = _tag(text, None)
    assert found["Saturday [October 1]"].value == "2022-10-01"
    assert found["October 7, 2021"].value == "2021-10-07"
    assert "2021 months" not in found  # a year, not a duration of 2021 months
    # A partial date after an old caption takes the latest caption's year.
    found = _tag(text + "\n\nThe offensive resumed on October 5.", None)
    assert found["October 5"].value == "2022-10-05"


def test_timeml_modifiers() -> None:
    found = _tag("Shelling eased in early May, peaked in mid-July and stopped at the end of 2022. "
                 "Talks lasted about two weeks, more than a year, nearly five months, at least "
                 "three days and up to 15 years. Polls closed shortly after 8 p.m.")
    assert found["early May"].mod == "START"
    assert found["mid-July"].mod == "MID"
    assert found["the end of 2022"].mod == "END"
    assert found["about two weeks"].mod == "APPROX"
    assert found["more than a year"].mod == "MORE_THAN"
    assert found["nearly five months"].mod == "LESS_THAN"
    assert found["at least three days"].mod == "EQUAL_OR_MORE"
    assert found["up to 15 years"].mod == "EQUAL_OR_LESS"
    assert found["shortly after 8 p.m."].mod == "AFTER"
    assert _tag("Troops stayed in Kherson in 2022.")["2022"].mod is None
