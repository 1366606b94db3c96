"""Distinctive terms: what one outlet says more (or less) than the rest of the corpus.

Two statistics side by side, each outlet against all other outlets pooled:

* **Weighted log-odds ratio with an informative Dirichlet prior** (Monroe,
  Colaresi & Quinn 2008, "Fightin' Words: Lexical Feature Selection and
  Evaluation for Identifying the Content of Political Conflict", *Political
  Analysis* 16(4): 372-403, section 3.5). The prior for term *w* is
  ``alpha_w = alpha_0 * y_w / N``: the whole corpus's rate of the term, worth
  ``alpha_0`` pseudo-words. With ``y_i``/``y_j`` the term's count in the
  outlet/the rest and ``n_i``/``n_j`` their running words::

      delta = ln((y_i + a) / (n_i + alpha_0 - y_i - a))
            - ln((y_j + a) / (n_j + alpha_0 - y_j - a))
      var   = 1 / (y_i + a) + 1 / (y_j + a)
      z     = delta / sqrt(var)

  The prior shrinks rare terms towards the corpus rate, so a word used once
  by one small outlet does not top the list, and ``z`` accounts for how much
  evidence there is.
* **Log-likelihood G²** keyness (Dunning 1993, "Accurate Methods for the
  Statistics of Surprise and Coincidence", *Computational Linguistics*
  19(1); Rayson & Garside 2000, "Comparing Corpora using Frequency
  Profiling", ACL workshop on comparing corpora). With expected counts
  ``E_i = n_i (y_i + y_j) / (n_i + n_j)`` (and ``E_j`` alike)::

      G2 = 2 * (y_i ln(y_i / E_i) + y_j ln(y_j / E_j))     (0 ln 0 = 0)

  ``use`` says whether the outlet over- or under-uses the term; the effect
  size is Hardie's (2014) log ratio, ``log2((y_i/n_i) / (y_j/n_j))`` with a
  zero count replaced by 0.5.

Not handled: dispersion (a term repeated in one article of an outlet counts
as much as one spread over many) and multiple testing. With one article per
outlet, "distinctive of the outlet" means "distinctive of that article".
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from .checks import require_columns

__all__ = [
    "DEFAULT_ALPHA_0",
    "G2_CRITICAL_05",
    "G2_CRITICAL_0001",
    "ZERO_COUNT_FOR_LOG_RATIO",
    "log_odds_dirichlet",
    "log_likelihood_g2",
    "log_ratio",
    "distinctive_terms",
    "PLOT_TERMS",
    "top_terms",
    "plot_distinctive_terms",
]

#: Weight of the corpus prior in pseudo-words. About one long news article:
#: strong enough that a word used once or twice by a 300-word outlet is pulled
#: towards the corpus rate, weak enough that a word an outlet repeats stands out.
DEFAULT_ALPHA_0 = 1000.0
#: G² critical values, chi-square with 1 degree of freedom (Rayson & Garside 2000):
#: 3.84 for p < 0.05 and 15.13 for p < 0.0001.
G2_CRITICAL_05 = 3.84
G2_CRITICAL_0001 = 15.13
#: Hardie's (2014) stand-in for a zero count, so the log ratio stays finite.
ZERO_COUNT_FOR_LOG_RATIO = 0.5
#: Rates are per 10,000 running words, the base of analysis.vocabulary.RATE_PER.
_RATE_PER = 10_000
ONE_ARTICLE_NOTE = "one article: these are that article's words, not a habit of the outlet"


def log_odds_dirichlet(y_i, y_j, n_i, n_j, *, alpha_0: float = DEFAULT_ALPHA_0):
    """Weighted log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008).

    Parameters
    ----------
    y_i, y_j
        Counts of each term in the group and in the rest (array-likes).
    n_i, n_j
        Running words in the group and in the rest (scalars or arrays).
    alpha_0
        Prior weight in pseudo-words; the prior of a term is
        ``alpha_0 * (y_i + y_j) / (n_i + n_j)``.

    Returns
    -------
    (delta, z) : tuple of numpy arrays
        The log-odds ratio and its z-score.
    """
    if alpha_0 <= 0:
        raise ValueError(f"alpha_0 must be positive, got {alpha_0}")
    y_i, y_j = np.asarray(y_i, dtype=float), np.asarray(y_j, dtype=float)
    alpha = alpha_0 * (y_i + y_j) / (np.asarray(n_i, float) + np.asarray(n_j, float))
    odds_i = (y_i + alpha) / (n_i + alpha_0 - y_i - alpha)
    odds_j = (y_j + alpha) / (n_j + alpha_0 - y_j - alpha)
    delta = np.log(odds_i) - np.log(odds_j)
    variance = 1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)
    return delta, delta / np.sqrt(variance)


def log_likelihood_g2(y_i, y_j, n_i, n_j):
    """Log-likelihood G² for a term's counts in two corpora (Dunning 1993).

    Parameters
    ----------
    y_i, y_j
        Counts of each term in the group and in the rest.
    n_i, n_j
        Running words in the group and in the rest.

    Returns
    -------
    numpy array
        G² (non-negative); compare with :data:`G2_CRITICAL_05`.
    """
    y_i, y_j = np.asarray(y_i, dtype=float), np.asarray(y_j, dtype=float)
    total = np.asarray(n_i, float) + np.asarray(n_j, float)
    expected_i = n_i * (y_i + y_j) / total
    expected_j = n_j * (y_i + y_j) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        part_i = np.where(y_i > 0, y_i * np.log(y_i / expected_i), 0.0)
        part_j = np.where(y_j > 0, y_j * np.log(y_j / expected_j), 0.0)
    return 2.0 * (part_i + part_j)


def log_ratio(y_i, y_j, n_i, n_j):
    """Hardie's log ratio: binary log of the ratio of relative frequencies."""
    y_i = np.where(np.asarray(y_i) > 0, y_i, ZERO_COUNT_FOR_LOG_RATIO).astype(float)
    y_j = np.where(np.asarray(y_j) > 0, y_j, ZERO_COUNT_FOR_LOG_RATIO).astype(float)
    return np.log2((y_i / n_i) / (y_j / n_j))


def distinctive_terms(
    counts: pd.DataFrame, *, alpha_0: float = DEFAULT_ALPHA_0, min_count: int = 1
) -> pd.DataFrame:
    """Score every term for every outlet against the rest of the corpus.

    Parameters
    ----------
    counts
        Outlet-level term table as :func:`analysis.vocabulary.term_counts`
        returns: ``outlet``, ``term``, ``n``, ``n_tokens`` (running words of
        the outlet); ``n_articles`` is used for notes when present.
    alpha_0
        Prior weight in pseudo-words (see :data:`DEFAULT_ALPHA_0`).
    min_count
        Keep terms counted at least this often in the whole corpus.

    Returns
    -------
    DataFrame
        One row per outlet × term: ``outlet``, ``term``, ``n`` (in the outlet),
        ``n_rest``, ``rate_per_10k``, ``rate_rest_per_10k``, ``log_odds``,
        ``z``, ``g2``, ``use`` (``"over"``/``"under"``/``"even"``),
        ``log_ratio``, ``n_articles``, ``note`` (empty unless the outlet has
        one article). Sorted by outlet, then ``z`` descending, then ``term``.
        Empty, with a warning, when fewer than two outlets have words.
    """
    _check_counts(counts)
    wide = counts.pivot_table(index="term", columns="outlet", values="n", aggfunc="sum", fill_value=0, observed=True)
    wide = wide.loc[wide.sum(axis=1) >= min_count]
    sizes = counts.groupby("outlet", observed=True)["n_tokens"].first()
    sizes = sizes[sizes > 0]
    if len(sizes) < 2:
        warnings.warn(
            f"distinctive terms need at least two outlets with words; got {list(sizes.index.astype(str))}",
            stacklevel=2,
        )
        return _empty_result()
    n_articles = counts.groupby("outlet", observed=True)["n_articles"].first() if "n_articles" in counts else None
    frames = [
        _score_outlet(wide, outlet, sizes, alpha_0, None if n_articles is None else int(n_articles[outlet]))
        for outlet in sizes.index
    ]
    result = pd.concat(frames, ignore_index=True)
    if isinstance(counts["outlet"].dtype, pd.CategoricalDtype):
        result["outlet"] = pd.Categorical(result["outlet"], dtype=counts["outlet"].dtype)
    return result.sort_values(["outlet", "z", "term"], ascending=[True, False, True]).reset_index(drop=True)


def _score_outlet(wide: pd.DataFrame, outlet, sizes: pd.Series, alpha_0: float, n_articles: int | None) -> pd.DataFrame:
    """Both statistics for one outlet against the pooled rest."""
    y_i = wide[outlet].to_numpy(dtype=float)
    y_j = wide.drop(columns=[outlet]).sum(axis=1).to_numpy(dtype=float)
    n_i = float(sizes[outlet])
    n_j = float(sizes.drop(outlet).sum())
    delta, z = log_odds_dirichlet(y_i, y_j, n_i, n_j, alpha_0=alpha_0)
    rate_i, rate_j = y_i / n_i * _RATE_PER, y_j / n_j * _RATE_PER
    use = np.select([rate_i > rate_j, rate_i < rate_j], ["over", "under"], "even")
    return pd.DataFrame(
        {
            "outlet": str(outlet),
            "term": wide.index.astype(str),
            "n": y_i.astype("int64"),
            "n_rest": y_j.astype("int64"),
            "rate_per_10k": rate_i,
            "rate_rest_per_10k": rate_j,
            "log_odds": delta,
            "z": z,
            "g2": log_likelihood_g2(y_i, y_j, n_i, n_j),
            "use": use,
            "log_ratio": log_ratio(y_i, y_j, n_i, n_j),
            "n_articles": n_articles if n_articles is not None else pd.NA,
            "note": ONE_ARTICLE_NOTE if n_articles == 1 else "",
        }
    )


def _check_counts(counts: pd.DataFrame) -> None:
    """Check the columns of an outlet term table and that each outlet has one size."""
    if not isinstance(counts, pd.DataFrame):
        raise TypeError(f"counts must be a DataFrame, got {type(counts).__name__}")
    require_columns(counts, ("outlet", "term", "n", "n_tokens"), name="counts",
                    hint="Build it with analysis.vocabulary.term_counts(articles, by='outlet').")
    if "doc_id" in counts.columns:
        raise ValueError("counts is an article-level table (has doc_id); pass term_counts(articles, by='outlet')")
    if (counts.groupby("outlet", observed=True)["n_tokens"].nunique() > 1).any():
        raise ValueError("each outlet must have one n_tokens value; the table mixes several counts per outlet")


def _empty_result() -> pd.DataFrame:
    """The result's columns with no rows."""
    columns = ["outlet", "term", "n", "n_rest", "rate_per_10k", "rate_rest_per_10k", "log_odds", "z", "g2",
               "use", "log_ratio", "n_articles", "note"]
    return pd.DataFrame(columns=columns)


#: Terms shown per outlet in :func:`plot_distinctive_terms`: a readable panel at column width.
PLOT_TERMS = 10
#: The x axis runs to this multiple of the largest z, leaving room for the count labels.
_LABEL_ROOM = 1.5


def top_terms(scores: pd.DataFrame, *, n_terms: int = PLOT_TERMS, min_count: int = 2) -> pd.DataFrame:
    """The ``n_terms`` highest-z over-used terms of each outlet.

    Parameters
    ----------
    scores
        :func:`distinctive_terms` output.
    n_terms
        Terms per outlet.
    min_count
        Leave out terms the outlet uses fewer times than this: a single use
        says nothing about an outlet, whatever its score.

    Returns
    -------
    DataFrame
        The rows of ``scores`` kept (all its columns), sorted by outlet, then
        ``z`` descending, then ``term``.
    """
    require_columns(scores, ("outlet", "term", "z", "n"), name="scores")
    kept = scores[(scores["z"] > 0) & (scores["n"] >= min_count)]
    kept = kept.sort_values(["outlet", "z", "term"], ascending=[True, False, True])
    return kept.groupby("outlet", observed=True, sort=False).head(n_terms).reset_index(drop=True)


def plot_distinctive_terms(top: pd.DataFrame, *, colors: dict[str, str], ncols: int = 2):
    """Dot plot of each outlet's top terms: z-score as position, frequency as label.

    Parameters
    ----------
    top
        :func:`top_terms` output (``outlet``, ``term``, ``z``, ``n``, ``rate_per_10k``).
    colors
        Outlet to colour, from :func:`analysis.figures.outlet_colors`.
    ncols
        Panels per row.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the plotted table (``outlet``, ``term``, ``z``, ``n``,
        ``rate_per_10k``, ``g2``), for :func:`analysis.figures.save_figure`.
    """
    from . import figures

    data = top[["outlet", "term", "z", "n", "rate_per_10k", "g2"]].reset_index(drop=True)
    outlets = [str(o) for o in pd.unique(data["outlet"].astype(str))]
    nrows = max(1, -(-len(outlets) // ncols))
    fig, axes = figures.new_figure(width="double", height=2.1 * nrows, nrows=nrows, ncols=ncols,
                                   squeeze=False, sharex=True)
    for ax, outlet in zip(axes.flat, outlets):
        _term_panel(ax, data[data["outlet"].astype(str) == outlet], color=colors[outlet], title=outlet)
    if not outlets:
        axes.flat[0].text(0.5, 0.5, "no distinctive terms to show", ha="center", va="center",
                          transform=axes.flat[0].transAxes)
    x_max = float(data["z"].max()) if len(data) else 1.0
    for ax in axes.flat:
        ax.set_xlim(0, x_max * _LABEL_ROOM)
    for ax in list(axes.flat)[len(outlets):]:
        ax.set_axis_off()
    for ax in axes[-1]:
        ax.set_xlabel("z-score of weighted log-odds (vs rest of corpus)")
    return fig, data


def _term_panel(ax, rows: pd.DataFrame, *, color: str, title: str) -> None:
    """One outlet's dots, with each term's count and rate written beside it."""
    rows = rows.iloc[::-1]
    positions = np.arange(len(rows))
    ax.hlines(positions, 0, rows["z"], color=color, alpha=0.35, linewidth=1)
    ax.scatter(rows["z"], positions, color=color, s=18, zorder=3)
    for y, (z, n, rate) in zip(positions, rows[["z", "n", "rate_per_10k"]].itertuples(index=False)):
        ax.annotate(f"{n}× ({rate:.0f}/10k)", (z, y), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=6, color="#333333")
    ax.set_yticks(positions, rows["term"])
    ax.set_title(title, color=color, fontweight="bold", loc="left")
    ax.set_ylim(-0.7, max(len(rows), 1) - 0.3)
