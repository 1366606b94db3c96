"""The cross-outlet profile, checked on two small hand-written outlets."""

from __future__ import annotations

import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import findings

ARTICLE_A = (
    "The minister spoke in the capital on Monday.\n\n"
    "'We will win this war,' the minister claimed.\n\n"
    "'It is over,' she said, according to Reuters."
)
ARTICLE_B = "Crowds gathered in the square at noon.\n\n'Peace now,' he said."


@pytest.fixture(scope="module")
def articles():
    frame = pd.DataFrame(
        {
            "doc_id": ["a1", "b1"],
            "outlet": pd.Categorical(["Alpha", "Beta"], categories=["Alpha", "Beta"], ordered=True),
            "title": ["Minister speaks", "Crowds gather"],
            "standfirst": ["", ""],
            "text": [ARTICLE_A, ARTICLE_B],
            "published": pd.to_datetime(["2022-03-01", "2022-03-02"]),
        }
    )
    frame["n_words"] = frame["text"].str.split().str.len()
    return frame


@pytest.fixture(scope="module")
def profile(articles):
    return findings.outlet_profile(articles).set_index("outlet")


def test_one_row_per_outlet_in_category_order(profile):
    assert list(profile.index) == ["Alpha", "Beta"]
    assert profile["n_articles"].tolist() == [1, 1]
    assert (profile["note"] == "rests on 1 article(s)").all()


def test_tone_is_the_mean_vader_compound_of_the_sentences(profile):
    vader = SentimentIntensityAnalyzer()
    sentences_b = ["Crowds gathered in the square at noon.", "'Peace now,' he said."]
    expected = sum(vader.polarity_scores(s)["compound"] for s in sentences_b) / 2
    assert profile.loc["Beta", "tone_mean"] == pytest.approx(expected)
    assert profile.loc["Beta", "tone_ci_low"] <= expected <= profile.loc["Beta", "tone_ci_high"]


def test_sourcing_measures_counted_by_hand(profile, articles):
    # Alpha: two quotes ("claimed" is loaded, "said" is not); Beta: one quote with "said".
    words_a = len(ARTICLE_A.split())
    assert profile.loc["Alpha", "quotes_per_1000_words"] == pytest.approx(1000 * 2 / words_a)
    assert profile.loc["Alpha", "share_loaded_verbs"] == pytest.approx(0.5)
    assert profile.loc["Beta", "share_loaded_verbs"] == pytest.approx(0.0)
    assert profile.loc["Alpha", "n_cited_sources"] == 1
    assert "Reuters" in profile.loc["Alpha", "most_cited"]
    assert profile.loc["Beta", "n_cited_sources"] == 0


def test_long_table_holds_every_drawn_measure_for_every_outlet(profile):
    long = findings.profile_long(profile.reset_index())
    assert len(long) == len(findings.PROFILE_MEASURES) * 2
    row = long[(long["measure"] == "tone_mean") & (long["outlet"] == "Beta")].iloc[0]
    assert row["value"] == profile.loc["Beta", "tone_mean"]
    assert row["ci_low"] == profile.loc["Beta", "tone_ci_low"]


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match="missing column"):
        findings.outlet_profile(pd.DataFrame({"doc_id": ["x"]}))


def test_outlets_without_any_words_get_a_row_of_missing_measures(articles):
    # No sentences, quotes or citations anywhere: every measure is NaN (or 0
    # sources), not a KeyError from an empty intermediate table.
    blank = articles.assign(text=["", " \n\n "], n_words=[0, 0])
    with pytest.warns(UserWarning, match="at least two outlets with words"):
        profile = findings.outlet_profile(blank).set_index("outlet")
    assert list(profile.index) == ["Alpha", "Beta"]
    assert profile[["tone_mean", "tone_narration", "share_loaded_verbs", "quotes_per_1000_words"]].isna().all().all()
    assert profile["n_cited_sources"].tolist() == [0, 0]
