"""Tests for analysis.lexical: sentence length, diversity, readability, quoted share."""

import pandas as pd
import pytest

from analysis.lexical import MATTR_WINDOW, outlet_text_stats, text_stats


def _articles(texts, outlets=None):
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "outlet": pd.Categorical(outlets or ["A"] * len(texts)),
            "text": texts,
        }
    )


def test_readability_matches_flesch_formulas_on_one_syllable_words():
    # 2 sentences, 6 words, 6 syllables (the package's syllable counter gives
    # "the" 0 syllables, so the example avoids it)
    stats = text_stats(_articles(["Dogs ran fast. Cats hid too."])).iloc[0]
    assert stats["n_words"] == 6 and stats["n_sentences"] == 2
    assert stats["mean_sentence_length"] == pytest.approx(3.0)
    assert stats["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 3 - 84.6 * 1)
    assert stats["flesch_kincaid_grade"] == pytest.approx(0.39 * 3 + 11.8 * 1 - 15.59)


def test_mattr_by_hand():
    varied = " ".join(f"w{i}" for i in range(60))  # every window of 50 has 50 types
    repeated = " ".join(["ab", "cd"] * 30)  # every window of 50 has 2 types
    stats = text_stats(_articles([varied, repeated])).set_index("doc_id")
    assert stats.loc["d0", "mattr"] == pytest.approx(1.0)
    assert stats.loc["d1", "mattr"] == pytest.approx(2 / MATTR_WINDOW)
    assert stats.loc["d1", "mtld"] < stats.loc["d0", "mtld"]


def test_short_text_gets_nan_mattr_and_a_note():
    stats = text_stats(_articles(["Too short to judge."])).iloc[0]
    assert pd.isna(stats["mattr"])
    assert "MATTR window" in stats["note"]
    assert "diversity unstable" in stats["note"]


def test_share_quoted_counts_words_inside_quote_marks():
    # 6 words, 3 of them quoted
    stats = text_stats(_articles(["He said 'go home now' today."])).iloc[0]
    assert stats["n_quoted_words"] == 3
    assert stats["share_quoted"] == pytest.approx(0.5)


def test_empty_text_gives_nan_not_a_crash():
    stats = text_stats(_articles(["", "Some words here."])).set_index("doc_id")
    assert stats.loc["d0", "n_words"] == 0
    assert pd.isna(stats.loc["d0", "flesch_reading_ease"])
    assert stats.loc["d0", "note"] == "no words"


def test_outlet_pooling_by_hand():
    articles = _articles(["The cat ran. The dog ran.", "A cat sat on the mat."], outlets=["A", "B"])
    articles = pd.concat([articles, _articles(["Go home."], outlets=["A"]).assign(doc_id="d9")])
    articles["outlet"] = pd.Categorical(articles["outlet"].astype(str), categories=["A", "B"], ordered=True)
    pooled = outlet_text_stats(text_stats(articles)).set_index("outlet")
    # A: 6 + 2 words in 2 + 1 sentences
    assert pooled.loc["A", "n_words"] == 8
    assert pooled.loc["A", "mean_sentence_length"] == pytest.approx(8 / 3)
    assert pooled.loc["A", "n_articles"] == 2 and pooled.loc["A", "note"] == ""
    assert pooled.loc["B", "note"] == "one article"


def test_missing_columns_named():
    with pytest.raises(KeyError, match="text"):
        text_stats(pd.DataFrame({"doc_id": ["x"], "outlet": ["A"]}))
    with pytest.raises(KeyError, match="text_stats"):
        outlet_text_stats(pd.DataFrame({"outlet": ["A"]}))


def test_text_stats_plot_table_has_one_row_per_article_and_measure():
    from analysis import figures
    from analysis.lexical import PLOT_MEASURES, plot_text_stats

    stats = text_stats(_articles(["Dogs ran fast. Cats hid too.", "Go home now."], outlets=["A", "B"]))
    fig, data = plot_text_stats(stats, colors=figures.outlet_colors(["A", "B"]))
    assert len(data) == 2 * len(PLOT_MEASURES)
    assert set(data["measure"]) == set(PLOT_MEASURES)
    value = data[(data["doc_id"] == "d0") & (data["measure"] == "mean_sentence_length")]["value"].iloc[0]
    assert value == pytest.approx(3.0)


def test_rerun_reads_measured_articles_from_the_cache(monkeypatch, tmp_path):
    from analysis import lexical, paths

    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path)
    measured = []
    real = lexical._article_stats

    def counting(text, *args, **kwargs):
        measured.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(lexical, "_article_stats", counting)
    texts = ["Dogs ran fast. Cats hid too.", "The rain fell all day. Nobody came."]
    first = text_stats(_articles(texts, ["B", "A"]))
    assert len(measured) == 2
    again = text_stats(_articles(texts, ["B", "A"]))
    assert len(measured) == 2, "nothing should be measured twice"
    pd.testing.assert_frame_equal(first, again)
    pd.testing.assert_frame_equal(first, text_stats(_articles(texts, ["B", "A"]), cache=False))
    edited = text_stats(_articles([texts[0], "A new second text."], ["B", "A"]))
    assert measured[-1] == "A new second text." and len(measured) == 5, "cache=False measures both; then only d1"
    assert edited.set_index("doc_id").loc["d1", "n_words"] == 4
