"""The same analyses on a Dask cluster: per-article steps as partitions, per-outlet tables as reductions.

A corpus too big for one machine becomes a ``dask.dataframe`` of articles
(:func:`to_dask`), split into partitions of whole articles. Every per-article
analysis of the workbench (``analysis.sentences``, ``tone.score_sentences``,
``sourcing.quotes``, ``sourcing.cited_sources``, ``vocabulary.term_counts(by=
"article")``) runs unchanged on each partition through :func:`map_partitions`:
there is no second implementation. The per-outlet tables are reductions:

* :func:`outlet_term_counts` runs ``vocabulary.term_counts(by="outlet")`` on
  each partition (a map-side combine), then sums ``n`` per outlet × term and
  ``n_tokens`` / ``n_articles`` per outlet across partitions, and recomputes
  ``rate_per_10k`` from the sums. Counts are sums, so the table is exactly
  the pandas one.
* :func:`outlet_tone` reduces each outlet's sentences to counts and a sum of
  compound scores, so the mean and the positive/neutral/negative shares are
  exact reductions (the mean within float rounding: a sum of partial sums
  instead of numpy's pairwise sum). A median and bootstrap intervals cannot be
  built from partial results; with ``intervals=True`` (default) the
  ``outlet``, ``doc_id`` and ``compound`` columns alone (about 30 bytes a
  sentence) are gathered and handed to ``tone.outlet_tone``, which gives the
  pandas table exactly.

Work runs on the active ``distributed.Client`` (:func:`client`: a local
cluster by default, or a remote scheduler's address), or on Dask's default
scheduler when none is active.

Not handled: partitions are cut by row, so keep one row per article (as
:func:`analysis.load_corpus` gives) and never repartition a sentence-level
frame in a way that splits an article if a per-article function follows;
cross-article work (``shared_quotes``) is not distributed.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from functools import partial

import dask
import dask.dataframe as dd
import pandas as pd

from .checks import require_columns
from . import tone, vocabulary
from .pipeline import EMPTY_OUTLET_WARNING, TOTAL_TERM, as_outlet_dtype, term_table_from_sums

__all__ = [
    "DEFAULT_WORKERS",
    "CONNECT_TIMEOUT",
    "client",
    "to_dask",
    "map_partitions",
    "outlet_term_counts",
    "outlet_tone",
]

#: Workers of the default local cluster: one per core of a small machine.
DEFAULT_WORKERS = 2
#: Seconds to wait for a remote scheduler before giving up with a clear error.
CONNECT_TIMEOUT = 10
#: Dask would turn text columns into its own string dtype on the way in;
#: keeping pandas' dtype makes results equal to the pandas path's.
_DASK_CONFIG = {"dataframe.convert-string": False}
_TONE_REDUCED = ["outlet", "n_sentences", "n_articles", "mean_compound",
                 "share_positive", "share_neutral", "share_negative"]


def client(address: str | None = None, *, n_workers: int = DEFAULT_WORKERS, threads_per_worker: int = 1,
           timeout: float = CONNECT_TIMEOUT):
    """A ``distributed.Client``: a new local cluster, or a running scheduler.

    Parameters
    ----------
    address
        ``None`` starts a ``LocalCluster`` of ``n_workers`` processes with
        ``threads_per_worker`` threads each (one thread: the analyses hold the
        GIL) and no dashboard, so no fixed port is needed; closing the client
        closes that cluster. Otherwise the scheduler's address, e.g.
        ``"tcp://10.0.0.5:8786"``.
    timeout
        Seconds to wait for a remote scheduler.

    Returns
    -------
    distributed.Client
        Also the default for Dask work until closed; use it as a context manager.

    Raises
    ------
    ConnectionError
        When no scheduler answers at ``address`` within ``timeout``.
    """
    from distributed import Client

    if address is None:
        return Client(n_workers=n_workers, threads_per_worker=threads_per_worker, processes=True,
                      dashboard_address=None)
    try:
        return Client(address, timeout=timeout)
    except OSError as error:
        raise ConnectionError(
            f"no Dask scheduler answered at {address!r} within {timeout} s ({error}); start one "
            "(`dask scheduler`) or check the address, or call client() without one for a local cluster"
        ) from error


def to_dask(articles: pd.DataFrame, *, npartitions: int) -> dd.DataFrame:
    """Split an articles frame into a Dask frame of ``npartitions`` partitions of whole rows.

    Returns
    -------
    dask.dataframe.DataFrame
        The same columns and dtypes (text stays pandas' string dtype), rows in
        the input order.
    """
    require_columns(articles, ["doc_id"], name="articles")
    if npartitions < 1:
        raise ValueError(f"npartitions must be at least 1, got {npartitions}")
    with dask.config.set(_DASK_CONFIG):
        return dd.from_pandas(articles, npartitions=npartitions, sort=False)


def _sample(ddf: dd.DataFrame) -> pd.DataFrame:
    """One real row of the first partition (its empty frame when that partition is empty)."""
    with dask.config.set(_DASK_CONFIG):
        head = ddf.partitions[0].head(1, npartitions=1, compute=True)
    return head if len(head) else ddf._meta


def map_partitions(func: Callable[[pd.DataFrame], pd.DataFrame], ddf: dd.DataFrame, *,
                   meta: pd.DataFrame | None = None) -> dd.DataFrame:
    """Run a pandas frame-in/frame-out function on every partition.

    Parameters
    ----------
    func
        A workbench function (or ``functools.partial`` of one) taking and
        returning a pandas frame.
    ddf
        Partitions of whole articles (:func:`to_dask`) or of a per-article
        result.
    meta
        An empty frame with the output's columns and dtypes; ``None`` runs
        ``func`` on one real row of the first partition (warnings from that
        sample, such as outlets missing from it, are silenced).

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy; ``.compute()`` gives the partitions' results in partition order.
    """
    if meta is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            meta = func(_sample(ddf)).iloc[:0]
    with dask.config.set(_DASK_CONFIG):
        return ddf.map_partitions(func, meta=meta, enforce_metadata=False)


def _running_words(part: pd.DataFrame, table: pd.DataFrame, options: dict) -> pd.Series:
    """Running words per outlet of a partition, also for outlets whose every word is a stopword."""
    n_tokens = table.drop_duplicates("outlet").set_index("outlet")["n_tokens"]
    bare = part[~part["outlet"].isin(n_tokens.index)]
    if len(bare):  # no term row to carry their running words: count them with nothing dropped
        plain = {key: value for key, value in options.items() if key in ("fields", "possessive")}
        extra = vocabulary.term_counts(bare, by="outlet", stopwords=None, progress=False, **plain)
        n_tokens = pd.concat([n_tokens, extra.drop_duplicates("outlet").set_index("outlet")["n_tokens"]])
    return n_tokens


def _partition_terms(part: pd.DataFrame, **options) -> pd.DataFrame:
    """Partial outlet × term counts of one partition, plus one totals row (term ``""``) per outlet."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=EMPTY_OUTLET_WARNING)
        table = vocabulary.term_counts(part, by="outlet", min_count=1, progress=False, **options)
        n_tokens = _running_words(part, table, options)
    n_articles = part.groupby("outlet", observed=True).size()
    totals = pd.DataFrame({"outlet": n_articles.index, "term": TOTAL_TERM, "n": 0,
                           "n_tokens": n_tokens.reindex(n_articles.index, fill_value=0).to_numpy(),
                           "n_articles": n_articles.to_numpy()})
    terms = table[["outlet", "term", "n"]].assign(n_tokens=0, n_articles=0)
    combined = pd.concat([terms, totals], ignore_index=True)
    combined["outlet"] = as_outlet_dtype(combined["outlet"], part["outlet"].dtype)
    return combined.astype({"term": "str", "n": "int64", "n_tokens": "int64", "n_articles": "int64"})


def outlet_term_counts(articles: dd.DataFrame, *, min_count: int = 1, **options) -> pd.DataFrame:
    """``vocabulary.term_counts(by="outlet")`` of a Dask frame of articles, as a groupby-sum reduction.

    Parameters
    ----------
    articles
        Dask frame of articles (:func:`to_dask`) with ``doc_id``, ``outlet``
        and the text fields.
    min_count
        Keep outlet × term pairs counted at least this often in the whole
        corpus (applied after summing, as in pandas).
    **options
        ``fields``, ``stopwords``, ``possessive``, ``include_bigrams`` of
        :func:`analysis.vocabulary.term_counts`.

    Returns
    -------
    DataFrame
        Exactly ``term_counts(articles.compute(), by="outlet", ...)``:
        ``outlet``, ``term``, ``n``, ``n_tokens``, ``rate_per_10k``,
        ``n_articles``, sorted by outlet, ``n`` descending, term. Outlets
        without articles are left out with a warning, as there.
    """
    unknown = set(options) - {"fields", "stopwords", "possessive", "include_bigrams"}
    if unknown:
        raise TypeError(f"outlet_term_counts got unexpected option(s) {sorted(unknown)}")
    partials = map_partitions(partial(_partition_terms, **options), articles)
    with dask.config.set(_DASK_CONFIG):
        sums = partials.groupby(["outlet", "term"], observed=True)[["n", "n_tokens", "n_articles"]].sum().compute()
    outlet_dtype = articles._meta["outlet"].dtype
    present = pd.Series(sums.reset_index()["outlet"].unique())
    vocabulary.warn_empty_outlets(pd.DataFrame({"outlet": as_outlet_dtype(present, outlet_dtype)}))
    return term_table_from_sums(sums, min_count=min_count, outlet_dtype=outlet_dtype)


def _partition_tone(part: pd.DataFrame) -> pd.DataFrame:
    """Per outlet of one partition: sentence count, compound sum, and counts on each side of the thresholds."""
    compound = part["compound"].astype(float)
    sides = pd.DataFrame({
        "outlet": part["outlet"],
        "n_sentences": 1,
        "sum_compound": compound,
        "n_positive": (compound >= tone.POSITIVE_THRESHOLD).astype("int64"),
        "n_neutral": ((compound > tone.NEGATIVE_THRESHOLD) & (compound < tone.POSITIVE_THRESHOLD)).astype("int64"),
        "n_negative": (compound <= tone.NEGATIVE_THRESHOLD).astype("int64"),
    })
    return sides.groupby("outlet", observed=True).sum().reset_index()


def _reduced_tone(scored: dd.DataFrame) -> pd.DataFrame:
    """Mean and shares of compound per outlet from exact partial sums and counts."""
    with dask.config.set(_DASK_CONFIG):
        partials = scored.map_partitions(_partition_tone, meta=_partition_tone(scored._meta))
        sums = partials.groupby("outlet", observed=True).sum()
        pairs = scored[["outlet", "doc_id"]].drop_duplicates(split_out=1)  # a tree reduction, no shuffle
        n_articles = pairs.groupby("outlet", observed=True).size()
        sums, n_articles = dask.compute(sums, n_articles)
    table = sums.join(n_articles.rename("n_articles")).reset_index()
    n = table["n_sentences"]
    table["mean_compound"] = table["sum_compound"] / n
    for side in ("positive", "neutral", "negative"):
        table[f"share_{side}"] = table[f"n_{side}"] / n
    table = table.astype({"n_sentences": "int64", "n_articles": "int64"})
    return table[_TONE_REDUCED].sort_values("outlet", kind="stable").reset_index(drop=True)


def outlet_tone(scored: dd.DataFrame, *, intervals: bool = True, seed: int = tone.SEED,
                n_resamples: int = tone.N_RESAMPLES) -> pd.DataFrame:
    """``tone.outlet_tone`` of a Dask frame of scored sentences.

    Parameters
    ----------
    scored
        Dask frame with ``outlet``, ``doc_id`` and ``compound`` (e.g.
        ``map_partitions(tone.score_sentences, map_partitions(analysis.sentences, articles))``).
    intervals
        ``True``: gather ``outlet``, ``doc_id`` and ``compound``, order
        them by ``doc_id`` (stable: each article's rows keep their order, as
        ``analysis.sentences`` gives them; the bootstrap draws depend on the
        order) and run :func:`analysis.tone.outlet_tone`, giving its whole table
        (median and bootstrap intervals need every value; they cannot be
        reduced from partial results). ``False``: exact reductions only, for
        corpora whose sentence scores do not fit on the client.
    seed, n_resamples
        As in :func:`analysis.tone.summarize_tone` (``intervals=True`` only).

    Returns
    -------
    DataFrame
        ``intervals=True``: exactly ``tone.outlet_tone`` of the computed
        frame in ``doc_id`` order (the pandas scored sentences' order).
        ``intervals=False``: one row per outlet, sorted by outlet:
        ``outlet``, ``n_sentences``, ``n_articles``, ``mean_compound`` (sum
        over count: equal to pandas' within float rounding),
        ``share_positive``, ``share_neutral``, ``share_negative`` (same
        thresholds as :mod:`analysis.tone`, exact).
    """
    required = ["outlet", "doc_id", "compound"]
    require_columns(scored, required, name="scored")
    if not intervals:
        return _reduced_tone(scored)
    with dask.config.set(_DASK_CONFIG):
        values = scored[required].compute()
    values = values.sort_values("doc_id", kind="stable").reset_index(drop=True)
    return tone.outlet_tone(values, seed=seed, n_resamples=n_resamples)
