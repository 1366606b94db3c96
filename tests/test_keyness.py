"""Tests for analysis.keyness against hand computations on a toy corpus.

Toy corpus (no stopwords dropped):
    outlet A: "fodder fodder war peace"            -> n_A = 4 running words
    outlet B: "war war war peace fodder calm"      -> n_B = 6 running words
Corpus size N = 10. With alpha_0 = 10 the prior of a term is 10 * y_w / 10 = y_w.
"""

import math
import warnings

import pandas as pd
import pytest

from analysis.keyness import distinctive_terms, log_likelihood_g2, log_odds_dirichlet
from analysis.vocabulary import term_counts


def _toy_articles():
    return pd.DataFrame(
        {
            "doc_id": ["a1", "b1", "b2"],
            "outlet": pd.Categorical(["A", "B", "B"], categories=["A", "B"], ordered=True),
            "text": ["fodder fodder war peace", "war war war", "peace fodder calm"],
        }
    )


@pytest.fixture
def scores():
    counts = term_counts(_toy_articles(), stopwords=None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return distinctive_terms(counts, alpha_0=10)


def _row(scores, outlet, term):
    row = scores[(scores["outlet"] == outlet) & (scores["term"] == term)]
    assert len(row) == 1, f"expected one row for {outlet}/{term}"
    return row.iloc[0]


def test_log_odds_for_fodder_in_a_matches_hand_computation(scores):
    # y_A = 2, y_B = 1, prior a = 10 * 3 / 10 = 3
    delta = math.log((2 + 3) / (4 + 10 - 2 - 3)) - math.log((1 + 3) / (6 + 10 - 1 - 3))
    z = delta / math.sqrt(1 / (2 + 3) + 1 / (1 + 3))
    row = _row(scores, "A", "fodder")
    assert row["log_odds"] == pytest.approx(delta)
    assert row["z"] == pytest.approx(z)
    assert row["z"] == pytest.approx(0.761, abs=1e-3)  # 0.5108 / sqrt(0.45)


def test_g2_for_fodder_in_a_matches_hand_computation(scores):
    expected_a, expected_b = 4 * 3 / 10, 6 * 3 / 10  # 1.2 and 1.8
    g2 = 2 * (2 * math.log(2 / expected_a) + 1 * math.log(1 / expected_b))
    row = _row(scores, "A", "fodder")
    assert row["g2"] == pytest.approx(g2)
    assert row["g2"] == pytest.approx(0.8677, abs=1e-4)
    assert row["use"] == "over"
    assert row["log_ratio"] == pytest.approx(math.log2((2 / 4) / (1 / 6)))


def test_absent_term_is_under_used_with_zero_count_terms_dropped_from_g2(scores):
    # "calm": y_A = 0, y_B = 1; 0 ln 0 counts as 0
    row = _row(scores, "A", "calm")
    assert row["g2"] == pytest.approx(2 * (1 * math.log(1 / (6 * 1 / 10))))
    assert row["use"] == "under"
    assert row["z"] < 0
    assert row["log_ratio"] == pytest.approx(math.log2((0.5 / 4) / (1 / 6)))


def test_outlet_b_is_scored_against_a(scores):
    # "war" for B: y_B = 3, y_A = 1, prior a = 10 * 4 / 10 = 4
    delta = math.log((3 + 4) / (6 + 10 - 3 - 4)) - math.log((1 + 4) / (4 + 10 - 1 - 4))
    assert _row(scores, "B", "war")["log_odds"] == pytest.approx(delta)
    assert _row(scores, "B", "war")["n_rest"] == 1


def test_result_contract_and_order(scores):
    assert list(scores.columns) == ["outlet", "term", "n", "n_rest", "rate_per_10k", "rate_rest_per_10k",
                                    "log_odds", "z", "g2", "use", "log_ratio", "n_articles", "note"]
    # every term of the corpus is scored for each outlet: 4 terms x 2 outlets
    assert len(scores) == 8
    for _, group in scores.groupby("outlet", observed=True):
        assert group["z"].is_monotonic_decreasing


def test_one_article_outlet_gets_a_note(scores):
    assert (scores.loc[scores["outlet"] == "A", "note"].str.contains("one article")).all()
    assert (scores.loc[scores["outlet"] == "B", "note"] == "").all()


def test_vectorised_helpers_agree_with_scalar_formula():
    delta, z = log_odds_dirichlet([2], [1], 4, 6, alpha_0=10)
    assert delta[0] == pytest.approx(math.log(5 / 9) - math.log(4 / 12))
    assert log_likelihood_g2([0], [0], 4, 6)[0] == 0


def test_single_outlet_warns_and_returns_empty():
    articles = _toy_articles().assign(outlet=pd.Categorical(["A", "A", "A"]))
    counts = term_counts(articles, stopwords=None)
    with pytest.warns(UserWarning, match="at least two outlets"):
        result = distinctive_terms(counts)
    assert result.empty
    assert "z" in result.columns


def test_missing_columns_are_named():
    with pytest.raises(KeyError, match="n_tokens"):
        distinctive_terms(pd.DataFrame({"outlet": ["A"], "term": ["x"], "n": [1]}))


def test_article_level_table_is_refused():
    counts = term_counts(_toy_articles(), by="article", stopwords=None)
    with pytest.raises(ValueError, match="by='outlet'"):
        distinctive_terms(counts)


def test_alpha_0_must_be_positive():
    with pytest.raises(ValueError, match="alpha_0"):
        log_odds_dirichlet([1], [1], 2, 2, alpha_0=0)


def _hand_scores():
    return pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "A", "B", "B"],
            "term": ["once", "twice", "thrice", "under", "war", "calm"],
            "n": [1, 2, 3, 0, 5, 4],
            "z": [5.0, 2.0, 2.0, -1.0, 1.0, 0.5],
            "rate_per_10k": [10.0, 20.0, 30.0, 0.0, 50.0, 40.0],
            "g2": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        }
    )


def test_top_terms_keeps_positive_z_used_often_enough():
    from analysis.keyness import top_terms

    top = top_terms(_hand_scores(), n_terms=2, min_count=2)
    # "once" has the best z but one use; ties on z are broken alphabetically
    assert top[["outlet", "term"]].values.tolist() == [["A", "thrice"], ["A", "twice"], ["B", "war"], ["B", "calm"]]


def test_distinctive_terms_plot_returns_exactly_the_plotted_rows():
    from analysis import figures
    from analysis.keyness import plot_distinctive_terms, top_terms

    top = top_terms(_hand_scores(), min_count=2)
    fig, data = plot_distinctive_terms(top, colors=figures.outlet_colors(["A", "B"]))
    assert data["term"].tolist() == top["term"].tolist()
    labels = [tick.get_text() for tick in fig.axes[0].get_yticklabels()]
    assert labels == ["twice", "thrice"]  # highest z at the top of the panel
