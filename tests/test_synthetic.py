"""Tests for analysis.synthetic: corpora resampled from a real corpus's paragraphs."""

import pandas as pd
import pytest

from analysis.synthetic import synthetic_corpus


def _real():
    return pd.DataFrame({
        "doc_id": ["a1", "a2", "b1"],
        "outlet": pd.Categorical(["A", "A", "B"], categories=["B", "A"], ordered=True),
        "title": ["Title a1", "Title a2", "Title b1"],
        "text": ["A one.\n\nA two.", "A three.", "B one.\n\nB two.\n\nB three."],
    })


def test_articles_keep_their_template_outlet_paragraph_count_and_paragraph_pool():
    pools = {"A": {"A one.", "A two.", "A three."}, "B": {"B one.", "B two.", "B three."}}
    n_paragraphs = {"a1": 2, "a2": 1, "b1": 3}
    title = {"a1": "Title a1", "a2": "Title a2", "b1": "Title b1"}
    synthetic = synthetic_corpus(_real(), n_articles=50, seed=1)
    assert len(synthetic) == 50
    assert synthetic["doc_id"].is_unique
    for row in synthetic.itertuples():
        paragraphs = row.text.split("\n\n")
        assert len(paragraphs) == row.n_paragraphs == n_paragraphs[row.template_doc_id]
        assert set(paragraphs) <= pools[row.outlet]
        assert row.title == title[row.template_doc_id]
    assert synthetic["outlet"].dtype == _real()["outlet"].dtype


def test_same_seed_same_corpus_other_seed_other_corpus():
    first = synthetic_corpus(_real(), n_articles=20, seed=4)
    pd.testing.assert_frame_equal(first, synthetic_corpus(_real(), n_articles=20, seed=4))
    assert not first["text"].equals(synthetic_corpus(_real(), n_articles=20, seed=5)["text"])


def test_missing_columns_are_named():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['text'\]"):
        synthetic_corpus(_real().drop(columns="text"), n_articles=3)


def test_size_must_be_positive():
    with pytest.raises(ValueError, match="n_articles must be at least 1, got 0"):
        synthetic_corpus(_real(), n_articles=0)
