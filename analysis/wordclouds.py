"""One word cloud per outlet, drawn from distinctive-term scores.

Raw counts would give every outlet the same cloud ("Russian", "Ukraine"), so
the clouds are sized by the weighted log-odds z-score of
:func:`analysis.keyness.distinctive_terms`, over-used terms only (z > 0).
Each cloud is drawn in its outlet's colour from
:func:`analysis.figures.outlet_colors`, with the DejaVu Sans font that ships
with matplotlib (the same glyphs on every machine) and a fixed random state,
so the same scores give the same layout and the same image.

A word cloud shows which words stand out, not by how much: font size is a
poor scale for reading values. Read the numbers in the dot plot or the CSV.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .checks import require_columns
from . import figures

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


def wordcloud_image(weights: dict[str, float], *, color: str, random_state: int = CLOUD_RANDOM_STATE) -> np.ndarray:
    """Draw one cloud as an RGB array.

    Parameters
    ----------
    weights
        Term to positive weight.
    color
        Hex colour of every word.
    random_state
        Seed of the layout.

    Returns
    -------
    numpy.ndarray
        Height × width × 3 image, white background.
    """
    from matplotlib import font_manager
    from wordcloud import WordCloud

    if not weights:
        raise ValueError("weights is empty: an outlet with no over-used terms has no cloud")
    width, height = CLOUD_PIXELS
    cloud = WordCloud(
        font_path=font_manager.findfont("DejaVu Sans"),
        width=width, height=height, background_color="white", prefer_horizontal=1.0, margin=CLOUD_WORD_MARGIN,
        max_words=len(weights), relative_scaling=0.5, random_state=random_state,
        color_func=lambda *args, **kwargs: color, collocations=False, normalize_plurals=False,
    )
    return cloud.generate_from_frequencies(weights).to_array()


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
