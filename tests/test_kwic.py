"""Tests for analysis.kwic: windows, edges, phrases, case and the HTML view."""

import pandas as pd
import pytest

from analysis.kwic import kwic, render_kwic


def _articles(*texts, outlets=None):
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(len(texts))],
            "outlet": outlets or ["A"] * len(texts),
            "text": list(texts),
        }
    )


def test_window_clipped_at_article_start_and_end():
    hits = kwic(_articles("alpha beta gamma delta epsilon"), "alpha", window=2)
    assert hits[["left", "match", "right"]].iloc[0].tolist() == ["", "alpha", "beta gamma"]
    hits = kwic(_articles("alpha beta gamma delta epsilon"), "epsilon", window=8)
    assert hits[["left", "match", "right"]].iloc[0].tolist() == ["alpha beta gamma delta", "epsilon", ""]


def test_window_counts_words_not_characters():
    hits = kwic(_articles("one two three four five six seven"), "four", window=2)
    assert hits.iloc[0]["left"] == "two three"
    assert hits.iloc[0]["right"] == "five six"


def test_phrase_case_insensitive_by_default_and_punctuation_kept():
    text = 'Another called himself "Cannon Fodder," adding that he would go home.'
    hits = kwic(_articles(text), "cannon fodder", window=3)
    assert len(hits) == 1
    row = hits.iloc[0]
    assert row["match"] == "Cannon Fodder"
    assert row["left"] == 'Another called himself "'
    assert row["right"] == '," adding that he'
    assert kwic(_articles(text), "cannon fodder", case_sensitive=True).empty
    assert len(kwic(_articles(text), "Cannon Fodder", case_sensitive=True)) == 1


def test_phrase_must_be_adjacent_words():
    assert kwic(_articles("cannon and fodder"), "cannon fodder").empty


def test_paragraph_number_and_window_across_paragraph_break():
    hits = kwic(_articles("one two\n\nthree four"), "three", window=5)
    row = hits.iloc[0]
    assert row["paragraph"] == 2
    assert row["left"] == "one two"
    assert row["right"] == "four"


def test_possessive_and_curly_apostrophe_match():
    hits = kwic(_articles("Putin’s war and Putin's army"), "Putin", window=1)
    assert hits["match"].tolist() == ["Putin", "Putin"]
    assert hits["right"].tolist() == ["’s war", "'s army"]


def test_query_with_a_possessive_matches_either_apostrophe():
    hits = kwic(_articles("unlike Putin’s fascists, we"), "Putin's fascists", window=1)
    assert hits[["left", "match", "right"]].iloc[0].tolist() == ["unlike", "Putin’s fascists", ", we"]


def test_every_hit_in_every_article_sorted():
    articles = _articles("claimed x claimed", "y claimed", outlets=["B", "A"])
    hits = kwic(articles, "claimed", window=1)
    assert list(hits.columns) == ["doc_id", "outlet", "paragraph", "left", "match", "right", "is_quoted"]
    assert hits["outlet"].tolist() == ["A", "B", "B"]
    assert hits["doc_id"].tolist() == ["d1", "d0", "d0"]


def test_empty_query_and_missing_column_are_errors():
    with pytest.raises(ValueError, match="no words"):
        kwic(_articles("x"), " - ")
    with pytest.raises(KeyError, match="text"):
        kwic(_articles("x").drop(columns="text"), "x")


def test_render_escapes_html_and_aligns():
    # four words left of the match: x, b, bold, b
    hits = kwic(_articles("x <b>bold</b> cannon fodder & more"), "cannon fodder", window=4)
    html = render_kwic(hits).data
    assert "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<b>bold" not in html
    assert "&amp; more" in html
    assert "text-align:right" in html


def test_render_clips_long_context_on_the_far_side():
    long_left = " ".join(["word"] * 40)
    hits = kwic(_articles(long_left + " target"), "target", window=40)
    html = render_kwic(hits, width=20).data
    assert ">…word word word word<" in html  # the last 19 characters, whole words only


def test_render_cuts_at_word_boundaries():
    hits = kwic(_articles("abcdefgh ijk target lmn opqrstuvwxyz"), "target", window=5)
    html = render_kwic(hits, width=8).data
    assert ">…ijk<" in html  # "fgh ijk" would keep a broken word
    assert ">lmn…<" in html


def test_is_quoted_flags_matches_inside_quotation_marks():
    text = "He said 'we were cannon fodder' today.\n\nCannon fodder is an old phrase, don't you think."
    hits = kwic(_articles(text), "cannon fodder", window=2)
    assert hits["is_quoted"].tolist() == [True, False]
    html = render_kwic(hits).data
    assert html.count("(q)") == 1


def test_curly_quotes_and_possessive_do_not_confuse_is_quoted():
    text = "Ukraine’s army said “the fascists are coming” on Monday. The soldiers' fascists claim is odd."
    hits = kwic(_articles(text), "fascists", window=1)
    assert hits["is_quoted"].tolist() == [True, False]


def test_paragraph_and_quotation_of_each_hit_in_a_long_article():
    # Paragraph numbers and quote membership are looked up by position for each
    # hit; read off by hand: war in ¶1 (narration), ¶2 (quoted), ¶3 (narration
    # after a closed quote), ¶3 again (inside a quote left open).
    text = 'War began.\n\n"The war is here," he said.\n\n"No," she said of the war. "Not this war'
    hits = kwic(_articles(text), "war", window=0)
    assert hits["paragraph"].tolist() == [1, 2, 3, 3]
    assert hits["is_quoted"].tolist() == [False, True, False, True]
