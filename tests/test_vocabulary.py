"""Tests for analysis.vocabulary: tidy term tables per outlet and per article."""

import warnings

import pandas as pd
import pytest

import analysis
from analysis import vocabulary
from analysis.vocabulary import RATE_PER, count_terms, term_counts


def _articles(outlets=("A", "B", "B"), categories=None):
    return pd.DataFrame(
        {
            "doc_id": ["d1", "d2", "d3"][: len(outlets)],
            "outlet": pd.Categorical(list(outlets), categories=categories or sorted(set(outlets)), ordered=True),
            "title": ["Title one", "Title two", "Title three"][: len(outlets)],
            # d1: 5 running words (the, is, of are stopwords); d2: 4; d3: 3
            "text": ["The war is Ukraine's war", "Cannon fodder, cannon fodder", "war of attrition"][: len(outlets)],
        }
    )


def test_outlet_table_counts_and_rates_from_reading_the_text():
    table = term_counts(_articles())
    a_war = table[(table["outlet"] == "A") & (table["term"] == "war")].iloc[0]
    assert a_war["n"] == 2
    assert a_war["n_tokens"] == 5  # the war is ukraine war: stopwords still count as running words
    assert a_war["rate_per_10k"] == pytest.approx(2 / 5 * RATE_PER)
    b = table[table["outlet"] == "B"].set_index("term")
    assert b.loc["cannon", "n"] == 2 and b.loc["war", "n"] == 1
    assert b["n_tokens"].iloc[0] == 7  # 4 + 3 words pooled over d2 and d3
    assert (b["n_articles"] == 2).all()
    assert "the" not in set(table["term"]) and "of" not in set(table["term"])


def test_table_is_tidy_and_sorted():
    table = term_counts(_articles())
    assert list(table.columns) == ["outlet", "term", "n", "n_tokens", "rate_per_10k", "n_articles"]
    assert not table.duplicated(["outlet", "term"]).any()
    for _, group in table.groupby("outlet", observed=True):
        assert group["n"].is_monotonic_decreasing
    assert isinstance(table["outlet"].dtype, pd.CategoricalDtype)


def test_article_table_has_one_row_per_article_and_term():
    table = term_counts(_articles(), by="article", stopwords=None)
    assert list(table.columns[:3]) == ["outlet", "doc_id", "term"]
    d1 = table[table["doc_id"] == "d1"].set_index("term")["n"].to_dict()
    assert d1 == {"the": 1, "war": 2, "is": 1, "ukraine": 1}


def test_bigrams_are_optional_terms():
    table = term_counts(_articles(), include_bigrams=True)
    b = table[table["outlet"] == "B"].set_index("term")
    assert b.loc["cannon fodder", "n"] == 2
    assert "fodder cannon" not in b.index  # the comma stops the pair
    assert "cannon fodder" not in set(term_counts(_articles())["term"])


def test_user_stopwords_and_fields():
    table = term_counts(_articles(), stopwords=["war"], fields=("title", "text"))
    assert "war" not in set(table["term"])
    assert "the" in set(table["term"])  # a user list replaces the default one
    assert "title" in set(table["term"])


def test_empty_outlet_is_named_in_a_warning():
    articles = _articles(categories=["A", "B", "Empty"])
    with pytest.warns(UserWarning, match="Empty"):
        table = term_counts(articles)
    assert "Empty" not in set(table["outlet"].astype(str))


def test_no_warning_when_every_outlet_has_articles():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        term_counts(_articles())


def test_missing_column_error_names_missing_and_present():
    with pytest.raises(KeyError, match=r"\['text'\].*present"):
        term_counts(_articles().drop(columns="text"))


def test_missing_outlet_is_an_error_not_a_silent_drop():
    articles = _articles()
    articles["outlet"] = articles["outlet"].astype(object)
    articles.loc[1, "outlet"] = None
    with pytest.raises(ValueError, match=r"outlet is missing .*d2"):
        term_counts(articles)


def test_min_count_drops_rare_terms_but_keeps_the_rate_base():
    table = term_counts(_articles(), min_count=2)
    assert set(table["term"]) == {"war", "cannon", "fodder"}
    assert table.loc[table["term"] == "war", "n_tokens"].iloc[0] == 5


def test_bad_options_are_named():
    with pytest.raises(ValueError, match="by must be"):
        term_counts(_articles(), by="paragraph")
    with pytest.raises(ValueError, match="stopwords"):
        term_counts(_articles(), stopwords="english")


def test_input_frame_is_not_changed():
    articles = _articles()
    before = articles.copy()
    term_counts(articles, include_bigrams=True)
    pd.testing.assert_frame_equal(articles, before)


def test_count_terms_returns_running_words_before_stopwords():
    counts, n_tokens = count_terms(["The soldiers' war"])
    assert n_tokens == 3
    assert counts == {"soldiers": 1, "war": 1}


def test_bundled_corpus_outlet_table():
    articles = analysis.load_corpus()
    table = term_counts(articles)
    per_outlet = table.groupby("outlet", observed=True)["n_articles"].first()
    assert per_outlet.to_dict() == articles.groupby("outlet", observed=True).size().to_dict()
    # "cannon fodder" appears in the Daily Mail and HNGN bodies (read from data/raw)
    fodder = set(table.loc[table["term"] == "fodder", "outlet"].astype(str))
    assert {"Daily Mail", "HNGN"} <= fodder


def test_public_names_are_exported():
    for name in vocabulary.__all__:
        assert hasattr(vocabulary, name), name
