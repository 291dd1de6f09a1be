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


def test_clock_time_takes_the_weekday_after_a_bracketed_aside() -> None:
    found = _tag("The dam burst at about 2:50 a.m. (2350 GMT) Tuesday, officials said.")
    assert found["about 2:50 a.m."].value == "2023-06-13T02:50"


def test_two_days_of_one_month_joined_by_and() -> None:
    found = _tag("Donors will meet in London on June 21 and 22.")
    assert found["June 21"].value == "2023-06-21"
    assert found["22"].value == "2023-06-22"
    found = _tag("On May 3 and 40 soldiers were wounded.")
    assert "40" not in found and found["May 3"].value == "2023-05-03"


def test_a_march_is_not_the_month() -> None:
    found = _tag("Thousands joined the annual March of Remembrance in Kyiv. The vote was held in March for the first time.")
    assert [t.text for t in found.values()] == ["March"]
    assert found["March"].value == "2023-03"


def test_the_next_day_counts_from_a_weekday_just_named() -> None:
    found = _tag("The bridge was hit on Sunday. Engineers reopened it the next day.")
    assert found["Sunday"].value == "2023-06-11"
    assert found["the next day"].value == "2023-06-12"


def test_a_year_read_out_joins_its_month_or_season() -> None:
    found = _tag("Prices last fell this low in the winter of nineteen ninety-four. "
                 "January nineteen ninety-seven: the second blast.")
    assert found["the winter of nineteen ninety-four"].value == "1994-WI"
    assert found["January nineteen ninety-seven"].value == "1997-01"
    assert "January" not in found


def test_titles_and_idioms_are_not_times() -> None:
    found = _tag('The minister said on the ABC programme "This Week" that the blockade held. '
                 "The story ran in USA Today. Critics call it high noon for Kyiv. "
                 "Unemployment is near its quarter-century low.")
    assert found == {}
    found = _tag("This week the talks resumed. Today the army advanced at noon.")
    assert found["This week"].value == "2023-W24"
    assert found["Today"].value == "2023-06-14"
    assert found["noon"].value == "2023-06-14T12:00"


def test_a_duration_alternative_must_be_a_number() -> None:
    found = _tag("The shelters were closed a few years ago to make room for offices. Repairs take a month or two.")
    assert "a few years ago" in found
    assert found["a month or two"].type == "DURATION"


def test_hyphenated_parts_of_years() -> None:
    found = _tag("The militia began to split in mid-1996 after a defection; post-1991 politics divided families.")
    assert found["mid-1996"].value == "1996" and found["mid-1996"].mod == "MID"
    assert found["post-1991"].value == "1991"
    assert _tag("Flight T-1996 landed.") == {}


def test_the_units_ahead_are_durations() -> None:
    found = _tag("Grid operators expect outages in the weeks ahead and in the years to come.")
    assert (found["the weeks ahead"].type, found["the weeks ahead"].value) == ("DURATION", "PXW")
    assert found["the years to come"].value == "PXY"


def test_mid_afternoon_with_or_without_hyphen() -> None:
    found = _tag("By mid afternoon the sirens stopped; by mid-morning they had sounded twice.")
    assert found["mid afternoon"].value == "2023-06-14TAF"
    assert found["mid-morning"].value == "2023-06-14TMO"


def test_the_following_month_counts_from_a_month_just_named() -> None:
    found = _tag("In March, the plant received a bid.\n\nThe following month, the owners put it up for sale.")
    assert found["The following month"].value == "2023-04"


def test_that_day_within_a_month_keeps_the_month() -> None:
    found = _tag("The bridge was first hit last October. Repairs began that same day.")
    assert found["that same day"].value == "2022-10-XX"


def test_one_day_after_a_modal_is_some_day_ahead() -> None:
    assert _tag("Ukraine will one day join the alliance.")["one day"].value == "FUTURE_REF"
    found = _tag("The repairs may take one day.")
    assert (found["one day"].type, found["one day"].value) == ("DURATION", "P1D")


def test_only_just_barely_and_right_stay_out_of_the_span() -> None:
    found = _tag("The drones circled for only five hours. The ferry sank barely a month after the strike. "
                 "Just over an hour later the power returned. Right now the front is quiet.")
    assert "five hours" in found and "only five hours" not in found
    assert "a month" in found and "barely a month" not in found
    assert found["over an hour"].mod == "MORE_THAN"
    assert "Just over an hour" not in found
    assert found["now"].value == "PRESENT_REF" and "Right now" not in found


def test_over_before_a_count_is_a_preposition() -> None:
    found = _tag("Kyiv will repay the loan over three years. The shelling lasted over a week.")
    assert "three years" in found and "over three years" not in found
    assert found["over a week"].mod == "MORE_THAN"


def test_a_holiday_keeps_its_relative_word() -> None:
    found = _tag("Families in Bucha marked last Christmas in shelters; they hope to spend next Christmas at home.")
    assert found["last Christmas"].value == "2022-12-25"
    assert found["next Christmas"].value == "2023-12-25"


def test_today_in_general_is_no_time() -> None:
    found = _tag("Drones are to today's armies what tanks were in 1940, the minister said today.")
    assert [t.text for t in found.values()] == ["1940", "today"]


def test_long_adjectives_are_durations() -> None:
    found = _tag("After a day-long meeting, the leaders ended a decades-long dispute over the border.")
    assert (found["day-long"].type, found["day-long"].value) == ("DURATION", "P1D")
    assert found["decades-long"].value == "PXY"


def test_capitalized_names_of_marches_and_seasons_are_not_times() -> None:
    found = _tag("Veterans led the ``March of the Defenders'' in Kyiv, and students revived the "
                 "\u201cSpring of Dignity\u201d rallies. The march was held in March.")
    assert [t.text for t in found.values()] == ["March"]
    assert found["March"].start > 100


def test_units_next_to_an_event() -> None:
    text = ("The dam at Nova Kakhovka was blown up on June 6, 2023. Satellites showed the road flooded "
            "the day after the explosion. Engineers had warned of cracks in the weeks before the blast, "
            "and in the years that followed the reservoir dried out.")
    found = _tag(text)
    assert found["day"].value == "2023-06-07"  # the noun alone, counted from the dated event
    assert "the day after" not in found
    assert (found["weeks"].type, found["weeks"].value) == ("DATE", "PAST_REF")
    assert (found["years"].type, found["years"].value) == ("DURATION", "PXY")
    # Before punctuation "the day before" stays one anaphoric expression.
    assert _tag("Kyiv was hit on Monday, and Odesa the day before.")["the day before"].value == "2023-06-11"


def test_a_clock_time_takes_the_weekday_named_in_its_gloss() -> None:
    # June 14, 2023 is a Wednesday; the gloss puts the convoy's departure on Thursday.
    found = _tag("The convoy will leave at 6 in the morning (5 a.m. Kyiv time Thursday), the governor said.")
    assert found["6 in the morning"].value == "2023-06-15T06:00"


def test_today_in_a_quotation_attributed_afterwards_is_the_day_it_was_said() -> None:
    text = ('"Today the Black Sea Fleet lost its flagship," the Ukrainian navy wrote on April 14, 2022. '
            "Today the wreck lies off Odesa.")
    found = [(t.text, t.value) for t in tag(text, Context(dct=date(2024, 4, 14)))]
    assert found == [("Today", "2022-04-14"), ("April 14, 2022", "2022-04-14"), ("Today", "2024-04-14")]


def test_the_fall_of_a_city_is_no_season() -> None:
    found = _tag("Russia's biggest gain since the fall of Bakhmut came in the fall of 2023, not last fall.")
    assert [t.text for t in found.values()] == ["the fall of 2023", "last fall"]


def test_only_stays_out_of_a_distance_in_the_past() -> None:
    assert "a month ago" in _tag("Only a month ago, the mercenaries were celebrated in Moscow.", None)
    assert "a month ago" in _tag("Only a month ago, the mercenaries were celebrated in Moscow.")


def test_a_dated_line_above_does_not_give_its_year_to_the_next_paragraph() -> None:
    text = ("Sat 17 Feb 2024, 21:40 EET\n\nUkraine withdrew from Avdiivka, ending a defence that had "
            "lasted since October.")
    found = _tag(text, date(2024, 2, 17))
    assert found["October"].value == "2023-10"


def test_a_day_earlier_counts_from_the_last_day_named() -> None:
    text = ("Zelensky said on Monday that the army had retaken 6,000 km2 since the start of September. "
            "A day earlier he had put the figure at 3,000 km2.")
    found = _tag(text, date(2022, 9, 13))
    assert found["Monday"].value == "2022-09-12"
    assert found["A day earlier"].value == "2022-09-11"


def test_a_weekday_with_a_part_of_day_is_a_time() -> None:
    found = _tag("Missiles hit Dnipro last Saturday evening; the city buried the dead on Tuesday.")
    assert (found["last Saturday evening"].type, found["last Saturday evening"].value) == ("TIME", "2023-06-10TEV")
    assert found["Tuesday"].type == "DATE"


def test_the_night_of_two_days_is_one_night() -> None:
    found = _tag("Drones struck Odesa on the night of June 5-6, and Kyiv on the night of 9 to 10 June.")
    night = found["the night of June 5-6"]
    assert (night.type, night.value) == ("TIME", "2023-06-05TNI")
    assert (night.interval_start, night.interval_end) == ("2023-06-05", "2023-06-06")
    assert found["the night of 9 to 10 June"].value == "2023-06-09TNI"
    # Without "the night of", a worded day range gives its two ends, as TimeML marks them.
    found = _tag("Talks ran from 5 to 7 June.")
    assert (found["5"].value, found["7 June"].value) == ("2023-06-05", "2023-06-07")


def test_midnight_is_the_end_of_its_day() -> None:
    # The grain deal ran out at the close of Monday 17 July 2023, not as Sunday ended.
    found = _tag("Russia said the Black Sea grain deal would expire at midnight Monday.", date(2023, 7, 14))
    assert found["midnight Monday"].value == "2023-07-17T24:00"


def test_the_day_before_in_apposition_renames_the_date() -> None:
    # Russia's full-scale invasion began on 24 February 2022; the sentence names the eve.
    found = _tag("Satellite images taken on Feb. 23, the day before the invasion, showed columns near Belgorod.",
                 date(2022, 3, 2))
    assert found["day"].value == "2022-02-23"


def test_the_day_before_a_weekday_is_one_expression() -> None:
    # Published Thursday 2 March 2023; "last Tuesday" is 28 February, the day before it the 27th.
    found = _tag("Prosecutors filed the charges the day before last Tuesday's hearing in Kyiv.", date(2023, 3, 2))
    assert "last Tuesday" not in found
    assert found["day before last Tuesday"].value == "2023-02-27"
    # Before a plain noun the weekday stands alone: no shifted day is named.
    found = _tag("Talks resumed the day before Monday talks in Istanbul were due.", date(2023, 3, 2))
    assert "day before Monday" not in found


def test_the_years_that_followed_before_a_comma() -> None:
    found = _tag("Crimea was annexed in 2014. In the years that followed, Russia fortified the peninsula.")
    assert (found["years"].type, found["years"].value) == ("DURATION", "PXY")


def test_the_latest_quarter_is_one_already_over() -> None:
    # A quarter named ahead ("a fourth-quarter charge") is not the one just reported.
    text = ("Brightline Foods said it would take a fourth-quarter charge of $12 million. "
            "Sales in the latest quarter rose 6% from a year ago.")
    found = _tag(text, date(2023, 11, 2))
    assert found["fourth-quarter"].value == "2023-Q4"
    assert found["the latest quarter"].value == "2023-Q3"
    found = _tag("Brightline Foods expects a fourth-quarter charge. Profit in the latest period fell 6%.",
                 date(2023, 11, 2))
    assert found["the latest period"].value == "2023-Q3"
    # A quarter already over stays the antecedent.
    found = _tag("Brightline Foods reported its second-quarter results. Sales in the latest quarter rose 6%.",
                 date(2023, 11, 2))
    assert found["the latest quarter"].value == "2023-Q2"


def test_the_verb_last_stays_out_of_a_duration() -> None:
    found = _tag("Officials said the ceasefire talks could last two days.")
    assert "last two days" not in found and found["two days"].value == "P2D"
    found = _tag("The mission is expected to last several weeks, and the winter storm won't last three more days.")
    assert found["several weeks"].value == "PXW"
    assert found["three more days"].value == "P3D"
    # The adjective stays: "over the last two days" is a stretch up to now.
    found = _tag("Shelling has intensified over the last two days.")
    assert "the last two days" in found


def test_half_of_a_relative_year_is_a_half() -> None:
    found = _tag("Exports shrank in the first half of the year and the mill expects a rebound in the second half "
                 "of next year.", date(2023, 9, 20))
    assert found["the first half of the year"].value == "2023-H1"
    assert found["the first half of the year"].mod is None
    assert found["the second half of next year"].value == "2024-H2"
    found = _tag("Grain sales doubled in the latter half of last year.", date(2023, 9, 20))
    assert found["the latter half of last year"].value == "2022-H2"
    # Other parts keep the year and a mod.
    found = _tag("The plant will close by the end of the year.", date(2023, 9, 20))
    assert found["the end of the year"].value == "2023" and found["the end of the year"].mod == "END"


def test_plural_weekday_is_a_set() -> None:
    found = _tag("The border crossing is closed on Sundays, and farmers sell produce in the square on Fridays.")
    assert found["Sundays"].type == "SET" and found["Sundays"].value == "XXXX-WXX-7"
    assert found["Fridays"].value == "XXXX-WXX-5"
    found = _tag("Volunteers meet Tuesday nights at the church hall.")
    assert found["Tuesday nights"].value == "XXXX-WXX-2TNI"
    # A single weekday stays a date.
    assert _tag("The border crossing was closed on Sunday.")["Sunday"].type == "DATE"


def test_every_season_is_a_set() -> None:
    found = _tag("Herders move their flocks to the hills each summer, and ice closes the port every winter.")
    assert found["each summer"].type == "SET" and found["each summer"].value == "XXXX-SU"
    assert found["every winter"].value == "XXXX-WI"
    assert _tag("The offensive began last summer.")["last summer"].value == "2022-SU"


def test_half_a_unit_is_one_duration() -> None:
    found = _tag("The ferry sank half an hour after it left the harbour; the feud has simmered for half a century.")
    assert found["half an hour"].value == "PT30M"
    assert "an hour" not in found
    assert found["half a century"].value == "P50Y"
    assert _tag("Shuttle buses leave every half an hour.")["every half an hour"].value == "PT30M"


def test_year_ago_period_compares_with_a_reported_quarter() -> None:
    # A quarter named ahead is not the one the year-ago figures are compared with.
    text = ("Orbis Steel said demand should recover by the second quarter of 2024. "
            "In the year-ago period, Orbis earned $40 million.")
    found = _tag(text, date(2023, 10, 26))
    assert found["the year-ago period"].value == "2022-Q3"
    # A fiscal fourth quarter reported in the past tense is over, whatever the calendar says.
    text = "Orbis Steel reported a drop in fourth-quarter profit. In the year-ago period, it earned $40 million."
    ctx = Context(dct=date(2023, 10, 26), paragraph_starts=paragraph_starts(text), tense_at=lambda offset: "past")
    found = {t.text: t for t in tag(text, ctx)}
    assert found["the year-ago period"].value == "2022-Q4"


def test_wire_service_gmt_time() -> None:
    found = _tag("The truce took effect at 0600 GMT, and the shelling resumed at 2115 GMT Tuesday.")
    assert found["0600 GMT"].type == "TIME" and found["0600 GMT"].value == "2023-06-14T06:00"
    assert found["2115 GMT Tuesday"].value == "2023-06-13T21:15"
    # A bracket restating a local time is left out; a bare four-digit number is no time.
    found = _tag("The blast hit at about 10:35 a.m. (0735 GMT) Friday, killing 2115 people.")
    assert not any("0735" in k for k in found) and not any("2115" in k for k in found)


def test_vague_units_later_are_durations() -> None:
    found = _tag("Hours later, the rebels pulled back; the bridge had been mined months earlier.")
    assert found["Hours"].type == "DURATION" and found["Hours"].value == "PTXH"
    assert found["months"].value == "PXM"
    assert "Hours later" not in found  # "later" is the signal, as in "two days later"


def test_a_date_of_last_year_is_one_expression() -> None:
    found = _tag("The mill closed in March of last year and the treaty was signed on Jan. 5 of last year.",
                 date(2023, 9, 20))
    assert found["March of last year"].value == "2022-03"
    assert found["Jan. 5 of last year"].value == "2022-01-05"
    found = _tag("The accord expires on Dec. 31 of this year; the drought began in the spring of last year.",
                 date(2023, 9, 20))
    assert found["Dec. 31 of this year"].value == "2023-12-31"
    assert found["the spring of last year"].value == "2022-SP"
    assert _tag("Grain exports resumed on 5 January last year.", date(2023, 9, 20))[
        "5 January last year"].value == "2022-01-05"


def test_easter_holidays() -> None:
    from sitrep.timex.resolve import easter

    assert [easter(y).isoformat() for y in (2000, 2019, 2024)] == ["2000-04-23", "2019-04-21", "2024-03-31"]
    found = _tag("Shops will close on Good Friday and reopen after Easter Monday.", date(2024, 3, 20))
    assert found["Good Friday"].value == "2024-03-29"
    assert found["Easter Monday"].value == "2024-04-01"
    found = _tag("Pilgrims crowded the old city as Holy Week began.", date(2024, 3, 25))
    assert found["Holy Week"].value == "2024-W13"
    found = _tag("Last Easter, the cathedral was still closed.", date(2024, 3, 20))
    assert found["Last Easter"].value == "2023-04-09"
    assert not _tag("The expedition sailed on to Easter Island.", date(2024, 3, 20))


def test_names_that_contain_time_words_are_not_times() -> None:
    text = ("Black Friday sales fell, the Good Friday Agreement held, and the Bloody Sunday inquiry reported. "
            "She told NBC's Today show that the Arab Spring had failed; the magazine named her Person of the Year.")
    found = _tag(text)
    assert not found, found
    # The days and seasons themselves stay.
    found = _tag("Police said Friday that the protests of the spring had ended. Today, the trial opens.")
    assert found["Friday"].type == "DATE"
    assert "the spring" in found and "Today" in found


def test_n_and_a_half_units() -> None:
    found = _tag("The bridge repairs were delayed by two and a half years; the hearing lasted one and a half hours.")
    assert found["two and a half years"].value == "P2Y6M"
    assert found["one and a half hours"].value == "PT1H30M"


def test_a_quarter_named_by_its_months() -> None:
    found = _tag("Exports rose 4% in the January-March quarter after falling in the October-December period.",
                 date(2023, 5, 10))
    assert found["the January-March quarter"].value == "2023-Q1"
    assert found["the October-December period"].value == "2022-Q4"
    assert _tag("Profit fell in the July-September 2021 quarter.")["the July-September 2021 quarter"].value == "2021-Q3"
    # Months that make no calendar quarter stay a range of months.
    found = _tag("Profit rose in the February-April period.", date(2023, 5, 10))
    assert "the February-April period" not in found


def test_that_year_and_the_same_year_are_the_year_just_named() -> None:
    found = _tag("Russia annexed four regions on September 30, 2022. In October of that year it began striking "
                 "power plants. The same year, its parliament ratified the treaties.", dct=date(2024, 6, 10))
    assert found["October of that year"].value == "2022-10"  # one expression, as TimeML tags it
    assert "that year" not in found
    assert found["The same year"].value == "2022"
