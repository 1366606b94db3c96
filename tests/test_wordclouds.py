"""Tests for analysis.wordclouds: weights from positive scores, reproducible drawing."""

import hashlib

import numpy as np
import pandas as pd
import pytest

from analysis import figures
from analysis.wordclouds import cloud_weights, outlet_wordclouds, wordcloud_image


def _scores():
    return pd.DataFrame(
        {
            "outlet": ["A", "A", "A", "B", "B"],
            "term": ["fodder", "cannon", "peace", "war", "calm"],
            "z": [3.0, 2.0, -1.0, 1.5, -0.5],
        }
    )


def test_weights_keep_positive_scores_only_and_top_n():
    weights = cloud_weights(_scores(), max_words=1)
    assert weights.to_dict("records") == [
        {"outlet": "A", "term": "fodder", "weight": 3.0},
        {"outlet": "B", "term": "war", "weight": 1.5},
    ]
    assert "peace" not in set(cloud_weights(_scores())["term"])


def test_same_input_same_image():
    first = wordcloud_image({"fodder": 3.0, "cannon": 2.0, "war": 1.0}, color="#0072B2", random_state=1, cache=False)
    second = wordcloud_image({"fodder": 3.0, "cannon": 2.0, "war": 1.0}, color="#0072B2", random_state=1, cache=False)
    assert np.array_equal(first, second)


@pytest.fixture
def draws(monkeypatch, tmp_path):
    """A private cache; the list records each cloud actually laid out."""
    from analysis import paths, wordclouds

    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path)
    drawn = []
    real = wordclouds._draw_cloud
    monkeypatch.setattr(wordclouds, "_draw_cloud", lambda *args: drawn.append(args) or real(*args))
    return drawn


def test_a_cloud_is_laid_out_once_then_read_back(draws):
    weights = {"fodder": 3.0, "cannon": 2.0}
    first = wordcloud_image(weights, color="#0072B2")
    second = wordcloud_image(weights, color="#0072B2")
    assert len(draws) == 1 and np.array_equal(first, second)
    wordcloud_image(weights, color="#E69F00")
    wordcloud_image({"fodder": 3.0, "cannon": 2.5}, color="#0072B2")
    assert len(draws) == 3, "another colour or other weights are a new image"


def test_a_damaged_stored_cloud_is_drawn_again(draws, tmp_path):
    weights = {"fodder": 3.0, "cannon": 2.0}
    first = wordcloud_image(weights, color="#0072B2")
    (stored,) = (tmp_path / "wordclouds").glob("*.npz")
    image = first.copy()
    image[0, 0] = 0
    np.savez(stored, image=image, sha256="0" * 64)  # a wrong image with a wrong checksum
    again = wordcloud_image(weights, color="#0072B2")
    assert len(draws) == 2 and np.array_equal(first, again)
    stored.write_bytes(b"truncated")
    assert np.array_equal(wordcloud_image(weights, color="#0072B2"), first) and len(draws) == 3


def test_words_are_drawn_in_the_outlet_colour():
    image = wordcloud_image({"fodder": 3.0}, color="#0072B2")
    ink = image.reshape(-1, 3)
    ink = ink[(ink != 255).any(axis=1)]
    darkest = ink[ink.sum(axis=1).argmin()]
    assert tuple(darkest) == (0x00, 0x72, 0xB2)


def test_figure_files_are_byte_identical_across_runs(tmp_path):
    colors = figures.outlet_colors(["A", "B"])
    digests = []
    for run in ("one", "two"):
        fig, data = outlet_wordclouds(_scores(), colors=colors)
        written = figures.save_figure(fig, "cloud", data=data, out_dir=tmp_path / run, close=True)
        digests.append(hashlib.sha256(written["png"].read_bytes()).hexdigest())
        assert data["term"].tolist() == ["fodder", "cannon", "war"]
    assert digests[0] == digests[1]


def test_missing_colour_and_empty_weights_are_errors():
    with pytest.raises(KeyError, match="outlet_colors"):
        outlet_wordclouds(_scores(), colors={"A": "#000000"})
    with pytest.raises(ValueError, match="empty"):
        wordcloud_image({}, color="#000000")
