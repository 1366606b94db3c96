"""Synthetic corpora of any size, made by resampling a real corpus's paragraphs.

Used to measure how the pipeline scales (``benchmarks/bench_scale.py``) and to
test the parallel and Dask paths on more articles than the bundled five. Each
synthetic article copies the metadata (outlet, title, standfirst …) and the
paragraph count of a randomly chosen real article, and draws that many
paragraphs, with replacement, from the paragraphs of the same outlet, so each
outlet keeps its own vocabulary and sourcing habits.

What it does not do: the articles are not coherent stories, paragraphs repeat
(so caches keyed on a text, such as tone's, hit far more often than on real
data), and sentence or quote boundaries never cross a paragraph seam.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .checks import require_columns
from . import corpus

__all__ = ["SEED", "synthetic_corpus"]

#: Default seed, so two runs build the same corpus.
SEED = 7

#: Article columns copied from the template article when present.
_COPIED = ("outlet", "publisher_group", "url", "published", "author", "title", "standfirst")
_REQUIRED = ("doc_id", "outlet", "text")


def _paragraph_pools(paragraphs: pd.DataFrame) -> dict[str, np.ndarray]:
    """Every outlet's body paragraphs, as arrays of strings."""
    return {
        str(outlet): group["text"].to_numpy(dtype=object)
        for outlet, group in paragraphs.groupby("outlet", observed=True, sort=True)
    }


def synthetic_corpus(articles: pd.DataFrame, *, n_articles: int, seed: int = SEED) -> pd.DataFrame:
    """Resample ``articles`` into ``n_articles`` synthetic articles.

    Parameters
    ----------
    articles
        Real articles, as :func:`analysis.load_corpus` returns them (at least
        ``doc_id``, ``outlet``, ``text``).
    n_articles
        How many synthetic articles to make.
    seed
        Seed of the random draws.

    Returns
    -------
    DataFrame
        One row per synthetic article, in ``doc_id`` order: ``doc_id``
        (``syn0000001`` …), the template's metadata columns among
        ``outlet`` (same dtype), ``publisher_group``, ``url``, ``published``,
        ``author``, ``title``, ``standfirst``, then ``template_doc_id`` (the
        real article copied), ``text`` (paragraphs joined by a blank line) and
        ``n_paragraphs``.
    """
    require_columns(articles, _REQUIRED, name="articles")
    if n_articles < 1:
        raise ValueError(f"n_articles must be at least 1, got {n_articles}")
    paragraphs = corpus.paragraphs(articles)
    pools = _paragraph_pools(paragraphs)
    n_of = paragraphs.groupby("doc_id", sort=False).size()
    usable = articles[articles["doc_id"].isin(n_of.index)].reset_index(drop=True)
    if usable.empty:
        raise ValueError("articles has no article with a body paragraph to resample")
    rng = np.random.default_rng(seed)
    templates = usable.iloc[rng.integers(0, len(usable), size=n_articles)].reset_index(drop=True)
    counts = n_of.reindex(templates["doc_id"]).to_numpy(dtype="int64")
    texts = [
        "\n\n".join(pools[str(outlet)][rng.integers(0, len(pools[str(outlet)]), size=n)])
        for outlet, n in zip(templates["outlet"], counts)
    ]
    result = templates[[col for col in _COPIED if col in templates.columns]].copy()
    result.insert(0, "doc_id", pd.Series([f"syn{i:07d}" for i in range(1, n_articles + 1)], dtype="str"))
    result["template_doc_id"] = templates["doc_id"].to_numpy()
    result["text"] = pd.Series(texts, dtype="str")
    result["n_paragraphs"] = counts.astype("int64")
    return result
