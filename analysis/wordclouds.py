"""One word cloud per outlet, drawn from distinctive-term scores.

Raw counts would give every outlet the same cloud ("Russian", "Ukraine"), so
the clouds are sized by the weighted log-odds z-score of
:func:`analysis.keyness.distinctive_terms`, over-used terms only (z > 0).
Each cloud is drawn in its outlet's colour from
:func:`analysis.figures.outlet_colors`, with the DejaVu Sans font that ships
with matplotlib (the same glyphs on every machine) and a fixed random state,
so the same scores give the same layout and the same image.

Laying a cloud out takes a quarter of a second or more, so each image is
kept under ``<cache>/wordclouds/`` (:data:`analysis.paths.CACHE_DIR`), keyed
on the weights, colour, seed and size and on the versions of this code, of
``wordcloud`` and of matplotlib (which ships the font). A stored image is
used only when its SHA-256 checks out; anything else is drawn again.

A word cloud shows which words stand out, not by how much: font size is a
poor scale for reading values. Read the numbers in the dot plot or the CSV.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import matplotlib
import numpy as np
import pandas as pd

from . import cache as _cache
from . import figures, paths
from .checks import require_columns

__all__ = ["CLOUD_WORDS", "CLOUD_RANDOM_STATE", "cloud_weights", "wordcloud_image", "outlet_wordclouds"]

#: Words per cloud: enough to show an outlet's themes, few enough to stay legible at column width.
CLOUD_WORDS = 30
#: Fixed seed of the layout, so reruns draw the same picture.
CLOUD_RANDOM_STATE = 2022
#: Cloud size in pixels (width, height) per outlet panel; 2:1 suits a panel in a two-column row.
CLOUD_PIXELS = (800, 500)
#: Blank pixels kept around each word, so two neighbours never read as one word.
CLOUD_WORD_MARGIN = 20


def cloud_weights(scores: pd.DataFrame, *, max_words: int = CLOUD_WORDS, score: str = "z") -> pd.DataFrame:
    """The terms and weights each cloud draws: the top positive scores per outlet.

    Parameters
    ----------
    scores
        :func:`analysis.keyness.distinctive_terms` output (``outlet``, ``term``, ``score``).
    max_words
        Terms per outlet.
    score
        Column used as the weight; only rows with a positive value are drawn.

    Returns
    -------
    DataFrame
        ``outlet``, ``term``, ``weight``; sorted by outlet, weight descending, term.
    """
    require_columns(scores, ("outlet", "term", score), name="scores")
    positive = scores.loc[scores[score] > 0, ["outlet", "term", score]].rename(columns={score: "weight"})
    positive = positive.sort_values(["outlet", "weight", "term"], ascending=[True, False, True])
    top = positive.groupby("outlet", observed=True, sort=False).head(max_words)
    return top.reset_index(drop=True)


def wordcloud_image(
    weights: dict[str, float], *, color: str, random_state: int = CLOUD_RANDOM_STATE, cache: bool = True
) -> np.ndarray:
    """Draw one cloud as an RGB array.

    Parameters
    ----------
    weights
        Term to positive weight.
    color
        Hex colour of every word.
    random_state
        Seed of the layout.
    cache
        Reuse the image drawn before for the same input (see the module notes).

    Returns
    -------
    numpy.ndarray
        Height × width × 3 image, white background.
    """
    if not weights:
        raise ValueError("weights is empty: an outlet with no over-used terms has no cloud")
    stored = _stored_cloud(weights, color, random_state) if cache else None
    image = _read_cloud(stored) if stored is not None else None
    if image is None:
        image = _draw_cloud(weights, color, random_state)
        if stored is not None:
            _write_cloud(stored, image)
    return image


def _draw_cloud(weights: dict[str, float], color: str, random_state: int) -> np.ndarray:
    from matplotlib import font_manager
    from wordcloud import WordCloud

    width, height = CLOUD_PIXELS
    cloud = WordCloud(
        font_path=font_manager.findfont("DejaVu Sans"),
        width=width, height=height, background_color="white", prefer_horizontal=1.0, margin=CLOUD_WORD_MARGIN,
        max_words=len(weights), relative_scaling=0.5, random_state=random_state,
        color_func=lambda *args, **kwargs: color, collocations=False, normalize_plurals=False,
    )
    return cloud.generate_from_frequencies(weights).to_array()


def _stored_cloud(weights: dict[str, float], color: str, random_state: int) -> Path:
    """The cache file of one cloud: a hash of everything the image depends on."""
    key = json.dumps({
        "weights": sorted((str(term), repr(float(weight))) for term, weight in weights.items()),
        "color": color, "random_state": random_state,
        "code": _cache.code_version(sys.modules[__name__]),
        "wordcloud": version("wordcloud"), "matplotlib": matplotlib.__version__,
    })
    return Path(paths.CACHE_DIR) / "wordclouds" / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.npz"


def _read_cloud(file: Path) -> np.ndarray | None:
    """The stored image, or None when it is missing, unreadable or fails its checksum."""
    try:
        with np.load(file, allow_pickle=False) as stored:
            image, digest = stored["image"], str(stored["sha256"])
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None
    if image.ndim != 3 or hashlib.sha256(image.tobytes()).hexdigest() != digest:
        return None
    return image


def _write_cloud(file: Path, image: np.ndarray) -> None:
    """Store the image with its checksum (written whole, then renamed)."""
    temporary = file.with_suffix(f".{os.getpid()}.tmp.npz")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        np.savez(temporary, image=image, sha256=hashlib.sha256(image.tobytes()).hexdigest())
        os.replace(temporary, file)
    except OSError:
        temporary.unlink(missing_ok=True)


def outlet_wordclouds(
    scores: pd.DataFrame,
    *,
    colors: dict[str, str],
    max_words: int = CLOUD_WORDS,
    random_state: int = CLOUD_RANDOM_STATE,
    ncols: int = 2,
):
    """Draw the clouds side by side in one figure, one panel per outlet.

    Parameters
    ----------
    scores
        :func:`analysis.keyness.distinctive_terms` output.
    colors
        Outlet to colour, from :func:`analysis.figures.outlet_colors`.
    max_words, random_state
        As in :func:`cloud_weights` and :func:`wordcloud_image`.
    ncols
        Panels per row.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the table it draws (``outlet``, ``term``, ``weight``),
        ready for :func:`analysis.figures.save_figure`. Outlets without
        positive scores get an empty panel saying so.
    """
    weights = cloud_weights(scores, max_words=max_words)
    outlets = [str(o) for o in pd.unique(scores["outlet"].astype(str))]
    missing = [o for o in outlets if o not in colors]
    if missing:
        raise KeyError(f"colors has no entry for outlet(s) {missing}; use figures.outlet_colors(articles['outlet'])")
    nrows = max(1, -(-len(outlets) // ncols))
    fig, axes = figures.new_figure(width="double", height=1.9 * nrows, nrows=nrows, ncols=ncols, squeeze=False)
    for ax, outlet in zip(axes.flat, outlets):
        terms = weights[weights["outlet"].astype(str) == outlet]
        ax.set_title(outlet, color=colors[outlet], fontweight="bold")
        if len(terms):
            ax.imshow(wordcloud_image(dict(zip(terms["term"], terms["weight"])), color=colors[outlet],
                                      random_state=random_state), interpolation="bilinear")
        else:
            ax.text(0.5, 0.5, "no over-used terms", ha="center", va="center", transform=ax.transAxes)
    if not outlets:
        axes.flat[0].text(0.5, 0.5, "no distinctive terms to draw", ha="center", va="center",
                          transform=axes.flat[0].transAxes)
    for ax in axes.flat:
        ax.set_axis_off()
    return fig, weights
