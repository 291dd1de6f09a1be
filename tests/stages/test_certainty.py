"""Certainty stage: hedges and doubt markers linked to the quote or claim they
qualify. All sentences are written for these tests."""

from __future__ import annotations

import pytest



@pytest.fixture()
def run(process):  # type: ignore[no-untyped-def]
    def hedged(text: str):  # type: ignore[no-untyped-def]
        doc = process(text)
        for h in doc._.hedges:
            assert doc.text[h.start:h.end] == h.text
        return doc
    return hedged


def test_could_not_be_verified_qualifies_the_quote(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("The Russian Defence Ministry said that its troops had destroyed five HIMARS "
              "launchers, a claim that could not be independently verified.")
    hedge = next(h for h in doc._.hedges if h.text.startswith("could not be independently"))
    assert hedge.certainty == "unverified" and hedge.quote_index is not None
    quote = doc._.quotes[hedge.quote_index]
    assert "five HIMARS launchers" in quote.text and quote.certainty == "unverified"


def test_reportedly_in_a_plain_sentence_targets_its_sentence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Wagner fighters reportedly seized the salt mine near Soledar in January 2023.")
    hedge = next(h for h in doc._.hedges if h.text == "reportedly")
    assert hedge.certainty == "reported"
    assert "seized the salt mine" in doc.text[hedge.target_start:hedge.target_end]


def test_claimed_cue_marks_the_quote_alleged(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Moscow claimed that Ukraine was preparing a dirty bomb in October 2022.")
    quote = next(q for q in doc._.quotes if "dirty bomb" in q.text)
    assert quote.certainty == "alleged"


def test_without_evidence(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Sergei Shoigu said without evidence that Kyiv planned a provocation at the "
              "Zaporizhzhia nuclear plant.")
    hedge = next(h for h in doc._.hedges if h.text == "without evidence")
    assert hedge.certainty == "unsupported"
    assert hedge.quote_index is not None


def test_impossible_to_confirm_points_back(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("Hundreds of Russian soldiers surrendered near Kherson, according to the Kyiv "
              "Independent. It is impossible to confirm these reports.")
    hedge = next(h for h in doc._.hedges if h.text == "impossible to confirm")
    assert hedge.certainty == "unverified"
    assert hedge.quote_index is not None
    assert "surrendered near Kherson" in doc._.quotes[hedge.quote_index].text


def test_if_genuine(run) -> None:  # type: ignore[no-untyped-def]
    doc = run("The recordings show soldiers complaining about shortages. If genuine, they "
              "reveal low morale.")
    hedge = next(h for h in doc._.hedges if h.text == "If genuine")
    assert hedge.certainty == "unverified"
