"""Tests for analysis.tone: VADER parity, aggregates, narration vs quotes, targets, arc."""

from __future__ import annotations

import statistics

import numpy as np
import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import analysis
from analysis import tone

VADER = SentimentIntensityAnalyzer()
TRICKY = [
    "The attack was NOT good!!!",
    "Kill them all :(",
    "He was killed, but the city is safe.",
    "I love you, Mum.",
    "",
    "Zelensky’s spirit beat Putin!",
    "no-one wants war",
]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with no remembered scores, so call counts are its own."""
    tone.clear_cache()
    yield
    tone.clear_cache()


def _scored(rows: list[tuple[str, str, int, float]]) -> pd.DataFrame:
    """(outlet, doc_id, paragraph, compound) rows, numbered as sentences per doc."""
    frame = pd.DataFrame(rows, columns=["outlet", "doc_id", "paragraph", "compound"])
    frame["sentence"] = frame.groupby("doc_id").cumcount() + 1
    return frame


def _paragraph_sentences(paragraphs: dict[tuple[str, int], list[str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Paragraph and sentence frames from hand-cut sentences (offsets found by searching)."""
    para_rows, sent_rows = [], []
    for (doc_id, number), pieces in paragraphs.items():
        text = " ".join(pieces)
        para_rows.append({"doc_id": doc_id, "paragraph": number, "text": text})
        cursor = 0
        for piece in pieces:
            start = text.index(piece, cursor)
            cursor = start + len(piece)
            sent_rows.append({"doc_id": doc_id, "outlet": "A", "paragraph": number, "text": piece,
                              "start": start, "end": cursor})
    sentences = pd.DataFrame(sent_rows)
    sentences["sentence"] = sentences.groupby("doc_id").cumcount() + 1
    return sentences, pd.DataFrame(para_rows)


def _voices(pieces: list[str]) -> list[tuple[int, str, str]]:
    sentences, paragraphs = _paragraph_sentences({("d", 1): pieces})
    parts = tone.split_voice(sentences, paragraphs)
    return list(parts[["sentence", "voice", "text"]].itertuples(index=False, name=None))


# ---------------------------------------------------------------- scoring parity
def test_scores_equal_vader_exactly_on_a_corpus_sample_and_tricky_texts():
    sentences = analysis.sentences(analysis.load_corpus())
    sample = sentences.sample(n=min(60, len(sentences)), random_state=7)
    extra = pd.DataFrame({"text": TRICKY})
    for frame in (sample, extra):
        scored = tone.score_sentences(frame)
        for row in scored.itertuples():
            expected = VADER.polarity_scores(row.text)
            assert (row.neg, row.neu, row.pos, row.compound) == (
                expected["neg"], expected["neu"], expected["pos"], expected["compound"],
            ), row.text


def test_parallel_path_gives_identical_scores(monkeypatch):
    monkeypatch.setattr(tone, "PARALLEL_MIN_TEXTS", 0)
    monkeypatch.setattr(tone, "CHUNK_SIZE", 3)
    texts = TRICKY * 2 + [f"Day {i}: a good and a bad day." for i in range(10)]
    parallel = tone.score_texts(texts, n_jobs=2)
    expected = [[VADER.polarity_scores(t)[c] for c in tone.SCORE_COLUMNS] for t in dict.fromkeys(texts)]
    assert parallel[list(tone.SCORE_COLUMNS)].values.tolist() == expected
    assert parallel["text"].tolist() == list(dict.fromkeys(texts))


class _CountingAnalyzer:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def polarity_scores(self, text: str) -> dict:
        self.calls.append(text)
        return VADER.polarity_scores(text)


def test_each_distinct_text_is_scored_once_and_mapped_back(monkeypatch):
    counter = _CountingAnalyzer()
    monkeypatch.setattr(tone, "_ANALYZER", counter)
    frame = pd.DataFrame({"text": ["good", "bad", "good", "good", "bad"]}, index=[10, 11, 12, 13, 14])
    scored = tone.score_sentences(frame)
    assert sorted(counter.calls) == ["bad", "good"]
    assert list(scored.index) == [10, 11, 12, 13, 14]
    good, bad = VADER.polarity_scores("good")["compound"], VADER.polarity_scores("bad")["compound"]
    assert scored["compound"].tolist() == [good, bad, good, good, bad]


def test_a_text_scored_in_an_earlier_call_is_not_scored_again(monkeypatch):
    counter = _CountingAnalyzer()
    monkeypatch.setattr(tone, "_ANALYZER", counter)
    tone.score_texts(["Then she left.", "good"])
    again = tone.score_texts(["good", "Then she left.", "new text"])
    assert counter.calls == ["Then she left.", "good", "new text"]
    assert again["compound"].tolist() == [VADER.polarity_scores(t)["compound"]
                                          for t in ("good", "Then she left.", "new text")]
    tone.score_texts(["good"], cache=False)
    assert counter.calls[-1] == "good"  # cache=False scores afresh


def test_cache_restarts_when_full_without_losing_scores(monkeypatch):
    monkeypatch.setattr(tone, "CACHE_MAX_TEXTS", 2)
    tone.score_texts(["good", "bad"])
    scores = tone.score_texts(["good", "awful", "nice"])
    assert scores["compound"].tolist() == [VADER.polarity_scores(t)["compound"] for t in ("good", "awful", "nice")]


def test_score_sentences_does_not_mutate_input():
    frame = pd.DataFrame({"text": ["good", "bad"]})
    before = frame.copy()
    tone.score_sentences(frame)
    pd.testing.assert_frame_equal(frame, before)


def test_score_sentences_errors_name_the_problem():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['text'\].*\['body'\]"):
        tone.score_sentences(pd.DataFrame({"body": ["x"]}))
    with pytest.raises(ValueError, match=r"missing on 1 row\(s\), e.g. index \[1\]"):
        tone.score_sentences(pd.DataFrame({"text": ["x", None]}))
    with pytest.raises(ValueError, match="already has score column"):
        tone.score_sentences(pd.DataFrame({"text": ["x"], "compound": [0.0]}))


# ---------------------------------------------------------------- aggregates
A1 = [0.5, -0.2, 0.0, 0.05]  # 0.05 sits exactly on the positive threshold
A2 = [-0.05, 0.3]  # -0.05 sits exactly on the negative threshold
B1 = [-0.6, -0.04, 0.9]
TINY = _scored([("A", "a1", 1, v) for v in A1[:2]] + [("A", "a1", 2, v) for v in A1[2:]]
               + [("A", "a2", 1, v) for v in A2] + [("B", "b1", 1, v) for v in B1])


def test_outlet_aggregates_match_a_hand_computation():
    table = tone.outlet_tone(TINY, n_resamples=200).set_index("outlet")
    a = table.loc["A"]
    assert a["n_sentences"] == 6 and a["n_articles"] == 2
    assert a["mean_compound"] == pytest.approx((0.5 - 0.2 + 0.0 + 0.05 - 0.05 + 0.3) / 6)
    assert a["median_compound"] == pytest.approx((0.0 + 0.05) / 2)  # sorted: -.2 -.05 0 .05 .3 .5
    assert (a["share_positive"], a["share_neutral"], a["share_negative"]) == pytest.approx((3 / 6, 1 / 6, 2 / 6))
    b = table.loc["B"]
    assert (b["n_sentences"], b["n_articles"]) == (3, 1)
    assert b["mean_compound"] == pytest.approx((-0.6 - 0.04 + 0.9) / 3)
    assert b["median_compound"] == pytest.approx(-0.04)
    assert (b["share_positive"], b["share_neutral"], b["share_negative"]) == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_article_and_paragraph_aggregates_match_a_hand_computation():
    articles = tone.article_tone(TINY, n_resamples=50).set_index("doc_id")
    assert articles.loc["a1", "mean_compound"] == pytest.approx(statistics.mean(A1))
    assert articles.loc["a2", "median_compound"] == pytest.approx(statistics.median(A2))
    paras = tone.paragraph_tone(TINY, n_resamples=50)
    a1p2 = paras[(paras["doc_id"] == "a1") & (paras["paragraph"] == 2)].iloc[0]
    assert a1p2["mean_compound"] == pytest.approx((0.0 + 0.05) / 2)
    assert a1p2["n_sentences"] == 2
    assert list(paras[["doc_id", "paragraph"]].itertuples(index=False, name=None)) == [
        ("a1", 1), ("a1", 2), ("a2", 1), ("b1", 1)]


def test_few_articles_are_flagged_and_noted():
    table = tone.outlet_tone(TINY, n_resamples=50).set_index("outlet")
    assert table["few_articles"].tolist() == [True, True]  # 2 and 1 articles
    assert "only 1 article" in table.loc["B", "note"] and "only 3 sentence" in table.loc["B", "note"]
    per_article = tone.article_tone(TINY, n_resamples=50)
    assert not per_article["few_articles"].any()


def test_bootstrap_is_reproducible_contains_the_point_and_depends_on_the_seed():
    first = tone.outlet_tone(TINY, seed=11)
    again = tone.outlet_tone(TINY, seed=11)
    pd.testing.assert_frame_equal(first, again)
    other = tone.outlet_tone(TINY, seed=12)
    assert not first["mean_compound_ci_low"].equals(other["mean_compound_ci_low"])
    for stat in ("mean_compound", "share_positive", "share_negative"):
        assert (first[f"{stat}_ci_low"] <= first[stat]).all()
        assert (first[stat] <= first[f"{stat}_ci_high"]).all()
    assert (first["mean_compound_ci_low"] < first["mean_compound_ci_high"]).all()


def test_a_groups_interval_does_not_depend_on_other_groups():
    alone = tone.outlet_tone(TINY[TINY["outlet"] == "A"], seed=3).iloc[0]
    together = tone.outlet_tone(TINY, seed=3).set_index("outlet").loc["A"]
    assert alone["mean_compound_ci_low"] == together["mean_compound_ci_low"]


def test_constant_group_has_a_degenerate_interval():
    flat = _scored([("A", "a", 1, 0.4)] * 5)
    row = tone.outlet_tone(flat, n_resamples=100).iloc[0]
    assert (row["mean_compound_ci_low"], row["mean_compound_ci_high"]) == (0.4, 0.4)
    assert (row["share_positive_ci_low"], row["share_positive_ci_high"]) == (1.0, 1.0)


def test_categorical_outlet_order_is_kept():
    frame = TINY.assign(outlet=pd.Categorical(TINY["outlet"], categories=["B", "A"], ordered=True))
    table = tone.outlet_tone(frame, n_resamples=20)
    assert table["outlet"].tolist() == ["B", "A"]


def test_summaries_reject_missing_columns_and_missing_scores():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['compound'\]"):
        tone.outlet_tone(TINY.drop(columns="compound"))
    with pytest.raises(ValueError, match="missing compound"):
        tone.outlet_tone(TINY.assign(compound=np.nan))


def test_summary_of_no_sentences_still_has_every_documented_column():
    # Articles with no words at all give no sentences: the table is empty but
    # keeps its columns, so callers can select mean_compound without a KeyError.
    table = tone.voice_tone(_scored([]).assign(voice=pd.Series([], dtype="str")), n_resamples=10)
    assert len(table) == 0
    for name in ("mean_compound", "median_compound", "share_positive", "share_neutral", "share_negative"):
        assert {name, f"{name}_ci_low", f"{name}_ci_high"} <= set(table.columns)
    assert {"outlet", "voice", "n_sentences", "n_articles", "few_articles", "note"} <= set(table.columns)


# ---------------------------------------------------------------- narration vs quotes
def test_straight_double_quote_inside_a_sentence():
    assert _voices(['He said "we will win" today.']) == [
        (1, "narration", "He said today."), (1, "quote", "we will win")]


def test_curly_quote_and_a_narration_only_sentence():
    assert _voices(["She said: “Go home.”", "Then she left."]) == [
        (1, "narration", "She said:"), (1, "quote", "Go home."), (2, "narration", "Then she left.")]


def test_british_single_quote_running_over_two_sentences():
    assert _voices(["‘Go home.", "Tell your officers you want to live.’", "He stopped."]) == [
        (1, "quote", "Go home."),
        (2, "quote", "Tell your officers you want to live."),
        (3, "narration", "He stopped."),
    ]


def test_apostrophes_are_not_quotes():
    sentence = "Ukraine's army and the soldiers' families don't give up."
    assert _voices([sentence]) == [(1, "narration", sentence)]


def test_nested_quote_stays_inside_its_outer_quote():
    assert _voices(["He said: \"They told us 'no retreat' at dawn.\""]) == [
        (1, "narration", "He said:"), (1, "quote", "They told us 'no retreat' at dawn.")]


def test_unclosed_quote_runs_to_the_end_of_the_paragraph():
    assert _voices(["He said 'we will fight on.", "And on."]) == [
        (1, "narration", "He said"), (1, "quote", "we will fight on."), (2, "quote", "And on.")]


def test_single_quotes_with_narration_after_the_quote():
    assert _voices(["The minister called it 'a disgrace', he said."]) == [
        (1, "narration", "The minister called it , he said."), (1, "quote", "a disgrace")]


def test_voice_tone_summarises_per_outlet_and_voice():
    sentences, paragraphs = _paragraph_sentences({("d", 1): ['He said "we will win" today.', "It was awful."]})
    parts = tone.score_sentences(tone.split_voice(sentences, paragraphs))
    table = tone.voice_tone(parts, n_resamples=20).set_index("voice")
    narration = [VADER.polarity_scores(t)["compound"] for t in ("He said today.", "It was awful.")]
    assert table.loc["narration", "n_sentences"] == 2
    assert table.loc["narration", "mean_compound"] == pytest.approx(sum(narration) / 2)
    assert table.loc["quote", "mean_compound"] == VADER.polarity_scores("we will win")["compound"]


def test_split_voice_errors():
    sentences, paragraphs = _paragraph_sentences({("d", 1): ["Hi."]})
    with pytest.raises(ValueError, match=r"missing column\(s\) \['start'\]"):
        tone.split_voice(sentences.drop(columns="start"), paragraphs)
    with pytest.raises(ValueError, match="not in paragraphs"):
        tone.split_voice(sentences, paragraphs.assign(paragraph=2))


# ---------------------------------------------------------------- headline vs body
def test_headline_and_standfirst_against_body():
    articles = pd.DataFrame({"doc_id": ["x", "y"], "outlet": ["A", "B"],
                             "title": ["A wonderful, happy victory", "Grim news"],
                             "standfirst": ["", "Nobody was hurt. Relief."]})
    body_x = ["The war is terrible.", "Many were killed."]
    body_y = ["It rained."]
    scored = tone.score_sentences(_scored(
        [("A", "x", 1, 0.0)] * 2 + [("B", "y", 1, 0.0)]).drop(columns="compound").assign(text=body_x + body_y))
    table = tone.headline_vs_body(articles, scored, n_resamples=50).set_index("doc_id")
    compound = {t: VADER.polarity_scores(t)["compound"] for t in [*body_x, *body_y, "A wonderful, happy victory",
                                                                   "Grim news", "Nobody was hurt. Relief."]}
    body_mean = (compound[body_x[0]] + compound[body_x[1]]) / 2
    assert table.loc["x", "title_compound"] == compound["A wonderful, happy victory"]
    assert np.isnan(table.loc["x", "standfirst_compound"])
    assert table.loc["y", "standfirst_compound"] == compound["Nobody was hurt. Relief."]
    assert table.loc["x", "body_mean_compound"] == pytest.approx(body_mean)
    assert table.loc["x", "title_minus_body"] == pytest.approx(compound["A wonderful, happy victory"] - body_mean)
    assert bool(table.loc["x", "title_outside_body_ci"]) is True  # a very positive title over a negative body
    assert table["n_sentences"].tolist() == [2, 1]


def test_headline_vs_body_requires_standfirst():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['standfirst'\]"):
        tone.headline_vs_body(pd.DataFrame({"doc_id": ["x"], "outlet": ["A"], "title": ["t"]}), TINY)


# ---------------------------------------------------------------- targets
def test_target_tone_uses_aliases_not_substrings():
    texts = ["Zelenskiy's speech was brave and inspiring.", "Putinism is a doctrine of fear.",
             "Putin ordered a terrible attack.", "Kievan Rus was old.", "Kiev is calm."]
    frame = pd.DataFrame({"doc_id": "d", "outlet": ["A"] * 4 + ["B"], "paragraph": 1,
                          "sentence": range(1, 6), "text": texts})
    table = tone.target_tone(tone.score_sentences(frame), n_resamples=20).set_index(["outlet", "target"])
    assert table.loc[("A", "Putin"), "n_sentences"] == 1
    assert table.loc[("A", "Putin"), "mean_compound"] == VADER.polarity_scores(texts[2])["compound"]
    assert table.loc[("A", "Zelensky"), "mean_compound"] == VADER.polarity_scores(texts[0])["compound"]
    assert table.loc[("A", "Kyiv"), "n_sentences"] == 0  # "Kievan" is not Kiev
    assert np.isnan(table.loc[("A", "Kyiv"), "mean_compound"])
    assert table.loc[("B", "Kyiv"), "n_sentences"] == 1
    assert len(table) == 2 * 5  # every outlet × every bundled target


def test_target_tone_requires_scores():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['compound'\]"):
        tone.target_tone(pd.DataFrame({"doc_id": [], "outlet": [], "paragraph": [], "sentence": [], "text": []}))


# ---------------------------------------------------------------- tone along the article
def test_positions_and_fifths_by_hand():
    frame = _scored([("A", "long", 1, v) for v in (0.1, 0.2, 0.3, 0.4, 0.5)] + [("A", "one", 1, -0.5)])
    placed = tone.add_position(frame, n_bins=5)
    assert placed["position"].tolist() == [0.0, 0.25, 0.5, 0.75, 1.0, 0.0]
    assert placed["position_bin"].tolist() == [1, 2, 3, 4, 5, 1]
    arc = tone.tone_arc(frame, n_bins=5, n_resamples=20)
    first = arc[arc["position_bin"] == 1].iloc[0]
    assert (first["bin_start"], first["bin_end"], first["n_sentences"]) == (0.0, 0.2, 2)
    assert first["mean_compound"] == pytest.approx((0.1 - 0.5) / 2)


def test_add_position_rejects_bad_bins():
    with pytest.raises(ValueError, match="n_bins must be a positive integer"):
        tone.add_position(TINY, n_bins=0)


# ---------------------------------------------------------------- examples
def test_find_sentences_returns_matches_in_order_and_warns_on_missing():
    frame = pd.DataFrame({"doc_id": "d", "outlet": "A", "sentence": [1, 2], "text": ["alpha one", "beta two"]})
    with pytest.warns(UserWarning, match="gamma"):
        found = tone.find_sentences(frame, ["beta", "gamma", "alpha"])
    assert found[["phrase", "sentence"]].values.tolist() == [["beta", 2], ["alpha", 1]]


# ---------------------------------------------------------------- the notebook
FIGURES = ("01_sentence_tone", "01_narration_vs_quotes", "01_headline_vs_body", "01_target_heatmap", "01_tone_arc")


@pytest.mark.slow
def test_notebook_runs_headless_and_writes_every_figure(tmp_path):
    import papermill

    from analysis import paths

    out = tmp_path / "figures"
    aliases = tmp_path / "targets.csv"
    aliases.write_text("target,alias\nKremlin,Kremlin\nKremlin,Moscow\n", encoding="utf-8")
    papermill.execute_notebook(str(paths.NOTEBOOKS_DIR / "01_tone.ipynb"), str(tmp_path / "01_tone.ipynb"),
                               parameters={"output_dir": str(out), "targets_path": str(aliases)},
                               cwd=str(tmp_path), progress_bar=False)
    for name in FIGURES:
        for ext in ("pdf", "svg", "png", "csv"):
            assert (out / f"{name}.{ext}").is_file(), f"{name}.{ext} not written"
    points = pd.read_csv(out / "01_sentence_tone.csv", comment="#")
    assert len(points) == len(analysis.sentences(analysis.load_corpus()))  # one point per sentence
    heat = pd.read_csv(out / "01_target_heatmap.csv", comment="#")
    assert set(heat["target"]) == {"Kremlin"}  # the notebook used the alias file it was given


# ---------------------------------------------------------------- figures
def test_distribution_table_places_each_sentence_near_its_outlet_reproducibly():
    summary = tone.outlet_tone(TINY, n_resamples=20)
    points = tone.distribution_table(TINY, summary, seed=5)
    assert len(points) == len(TINY)
    slot = points["outlet"].map({"A": 0, "B": 1})
    assert ((points["x"] - slot).abs() <= tone.JITTER).all()
    pd.testing.assert_frame_equal(points, tone.distribution_table(TINY, summary, seed=5))
    assert points.loc[points["outlet"] == "B", "mean_compound"].iloc[0] == pytest.approx((-0.6 - 0.04 + 0.9) / 3)


def test_strip_plot_draws_one_point_per_sentence():
    import matplotlib.pyplot as plt

    summary = tone.outlet_tone(TINY, n_resamples=20)
    fig, ax = plt.subplots()
    tone.plot_distribution(tone.distribution_table(TINY, summary), colors={"A": "#000000", "B": "#111111"}, ax=ax)
    from matplotlib.collections import PathCollection

    scattered = [c for c in ax.collections if isinstance(c, PathCollection)]
    assert sum(len(c.get_offsets()) for c in scattered) == len(TINY)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["A\n2 art. · 6 sent.", "B\n1 art. · 3 sent."]
    plt.close(fig)


def test_heatmap_labels_every_cell_with_its_n():
    import matplotlib.pyplot as plt

    table = pd.DataFrame({"outlet": ["A", "A", "B", "B"], "target": ["Kyiv", "Putin", "Kyiv", "Putin"],
                          "mean_compound": [-0.5, 0.25, np.nan, 0.0], "n_sentences": [6, 2, 0, 1]})
    fig, ax = plt.subplots()
    tone.plot_target_heatmap(table, ax=ax)
    assert [t.get_text() for t in ax.texts] == ["-0.50\nn=6", "+0.25\nn=2", "n=0", "+0.00\nn=1"]
    plt.close(fig)


def test_format_estimate_reads_the_row():
    row = {"mean_compound": -0.254, "mean_compound_ci_low": -0.391, "mean_compound_ci_high": -0.106, "n_sentences": 30}
    assert tone.format_estimate(row) == "-0.25 (95 % CI -0.39 to -0.11, n = 30)"
    with pytest.raises(ValueError, match="missing"):
        tone.format_estimate({"mean_compound": 0.1})
