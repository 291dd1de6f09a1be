"""The trained parts of the attribution code: record features, the nesting
features the quotes stage adds, and the logistic-regression fitter.
Sentences are written for these tests."""

from __future__ import annotations

from sitrep import attribution


def _sink(process, text: str):  # type: ignore[no-untyped-def]
    """The (features, cue span, content span, cue probability) of every
    reported-speech candidate."""
    from sitrep.stages import quotes as stage

    doc = process(text)
    stage.RECORD_SINK = []
    try:
        stage.QuoteExtractor()(doc)
        return doc, list(stage.RECORD_SINK)
    finally:
        stage.RECORD_SINK = None


def test_record_features_see_cue_context_and_content_shape(process) -> None:  # type: ignore[no-untyped-def]
    doc, found = _sink(process, "The defence ministry said that Russian troops had left Kherson.")
    feats = next(f for f, cue, _span, _p in found if doc.text[cue[0]:cue[1]] == "said")
    assert "cL=say" in feats  # the cue model's features, prefixed
    assert "Lf=say|that" in feats  # the content's first word with the cue
    assert any(f.startswith("sj=1|") for f in feats)  # the content has its own subject


def test_record_features_see_where_the_content_sits(process) -> None:  # type: ignore[no-untyped-def]
    doc, found = _sink(process, "The governor of Odesa said on Tuesday that the port had reopened "
                                "for grain shipments.")
    feats = next(f for f, cue, _span, _p in found if doc.text[cue[0]:cue[1]] == "said")
    assert "gap=3" in feats  # "on Tuesday" between the cue and its content
    assert "ed=01|R" in feats  # the content runs to the end of the sentence, not from its start
    assert "dup=none" in feats and "dq=0" in feats  # no other cue offers this content


def test_a_weaker_cue_offering_the_same_content_is_marked() -> None:
    from sitrep.stages.quotes import QuoteExtractor, _Rec

    strong = _Rec(40, 100, False, None, (10, 14))
    weak = _Rec(45, 100, False, None, (20, 30))
    apart = _Rec(200, 260, False, None, (180, 184))
    pending = [(strong, [], 0.9, None), (weak, [], 0.2, None), (apart, [], 0.5, None)]
    assert QuoteExtractor._rival(weak, 0.2, pending) == "weaker"  # type: ignore[arg-type]
    assert QuoteExtractor._rival(strong, 0.9, pending) == "stronger"  # type: ignore[arg-type]
    assert QuoteExtractor._rival(apart, 0.5, pending) == "none"  # type: ignore[arg-type]


def test_report_inside_another_reports_content_is_marked_nested(process) -> None:  # type: ignore[no-untyped-def]
    doc, found = _sink(process, "Reuters reported that the mayor of Mykolaiv said the water supply "
                                "had been restored.")
    by_cue = {doc.text[cue[0]:cue[1]]: f for f, cue, _span, _p in found}
    assert "nest=01" in by_cue["reported"]  # holds another report
    assert "nest=10" in by_cue["said"]  # inside another report


def test_fit_logreg_separates_a_toy_problem() -> None:
    data = [(["b", "x=good"], 1)] * 20 + [(["b", "x=bad"], 0)] * 20
    weights = attribution._fit_logreg(data, 1, 1e-4, 200)
    assert weights["x=good"] > 1.0 > -1.0 > weights["x=bad"]
