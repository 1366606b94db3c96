"""Everything per article and per outlet for a big corpus, in one call, cached and on all cores.

:func:`run_all` computes the per-article tables of the three analyses —
sentence tone scores, term counts, quotes and cited sources — and the
per-outlet tables built from them:

>>> from analysis import pipeline
>>> tables = pipeline.run_all(analysis.load_corpus("news.parquet"))
>>> tables["outlet_tone"], tables["outlet_terms"]

It adds no analysis of its own. Each per-article table is the existing
function (``analysis.sentences`` + ``tone.score_sentences``,
``vocabulary.term_counts(by="article")``, ``sourcing.quotes``,
``sourcing.cited_sources``) run through :func:`analysis.cache.cached_per_article`,
whose misses are computed by :func:`analysis.parallel.map_articles`: the cache
is read first, and only articles it does not hold (new, or changed, or the
code changed) go to the worker processes. A rerun reads everything back; a
rerun after adding two articles processes those two.

The corpus is taken :data:`BATCH_SIZE` articles at a time: each batch is one
cache call, so each run writes at most one segment per table and batch, an
interrupted run keeps the batches it finished, and the copies made while
caching are a batch's size, not the corpus's. After each batch with computed work
the memory its pieces held goes back to the operating system
(:func:`analysis.memory.release_memory`), so the worker processes of the next batch
fork from a smaller process; a rerun that only reads back skips it (it costs ~0.1 s
a call). Sentence scores are kept compact — keys and the four VADER scores, not the
sentence text (about 60 bytes a sentence instead of 250) — unless ``keep_text=True``.

The outlet tables are ``tone.outlet_tone`` of the sentence scores (its
bootstrap is the slowest step of a warm run otherwise) and
``vocabulary.term_counts(by="outlet")``'s table, summed from the per-article
counts (counts add up, so it is exactly the direct call; articles left
without a term after dropping stopwords still count their running words).
Each is cached whole (:func:`analysis.cache.cached_result`), keyed on the
articles' cache keys, the version of the per-article table it is built from
and its parameters — the per-article rows are not read again to key it.

Not handled: cross-article tables (``sourcing.shared_quotes``,
``reused_passages``, keyness) — run them on these results; ``outlet_tone``'s
bootstrap resamples every sentence of an outlet and is the slow aggregate
on a big corpus (lower ``n_resamples`` to trade interval precision for time).
"""

from __future__ import annotations

import functools
import hashlib
import json
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd

from . import cache, corpus, memory, parallel, tone, vocabulary
from .checks import require_columns
from .sourcing import cited_sources, quotes

__all__ = [
    "BATCH_SIZE",
    "CHUNK_SIZE",
    "ARTICLE_TABLES",
    "OUTLET_TABLES",
    "SENTENCE_KEYS",
    "KEY_COLUMNS",
    "run_all",
    "outlet_terms",
    "term_table_from_sums",
    "as_outlet_dtype",
    "TOTAL_TERM",
    "EMPTY_OUTLET_WARNING",
]

#: Articles per cache call: one segment per table and batch. 10,000 articles'
#: tables are ~250 MB in memory at most (term counts, ~190 rows an article),
#: small next to the corpus, and few enough segments for a fast warm read.
BATCH_SIZE = 10_000
#: Articles per chunk sent to a worker: large enough that pickling is small
#: next to the work, below ``sourcing.quotes``' own progress-bar threshold
#: (200 articles), so workers print nothing over the run's bar.
CHUNK_SIZE = 150
#: The per-article tables, in the order they are computed.
ARTICLE_TABLES = ("sentence_tone", "article_terms", "quotes", "cited_sources")
#: The per-outlet tables built from them.
OUTLET_TABLES = ("outlet_tone", "outlet_terms")
#: Columns of a sentence kept with its scores: enough to join it back to
#: ``analysis.sentences`` and to group it by article, paragraph or outlet.
SENTENCE_KEYS = ("doc_id", "outlet", "paragraph", "sentence")
#: Article columns the cache keys on, those present: what the analyses read,
#: and ``sha256`` (the raw file's or row's hash, from the loader), so any
#: change to the raw article gives a new key. Hashing these instead of every
#: column keeps the keys of 100,000 articles to about half a second.
KEY_COLUMNS = ("doc_id", "outlet", "text", "standfirst", "sha256")
#: Articles are fed to a table's function in this order, the order its direct
#: call sorts by (``term_counts`` sorts by group; the others follow the input).
_ARTICLE_ORDER = {"article_terms": ["outlet", "doc_id"]}
#: The warning ``vocabulary.warn_empty_outlets`` gives (matched to silence it per chunk).
EMPTY_OUTLET_WARNING = r"outlet\(s\) .* have no articles"
#: Term of the per-outlet totals rows in :func:`term_table_from_sums` (never a
#: real term: the tokeniser yields no empty tokens).
TOTAL_TERM = ""


def _steps(keep_text: bool) -> dict[str, Callable[[pd.DataFrame], pd.DataFrame]]:
    """The per-article function of each table, picklable for the worker processes."""
    kept = [*SENTENCE_KEYS, *(["text"] if keep_text else []), *tone.SCORE_COLUMNS]
    score = functools.partial(tone.score_sentences, n_jobs=1, progress=False)
    return {
        "sentence_tone": parallel.Pipeline(corpus.sentences, score, parallel.Columns(*kept)),
        # a chunk rarely holds every outlet: the corpus-wide warning comes once, from outlet_terms
        "article_terms": parallel.Silenced(functools.partial(vocabulary.term_counts, by="article", progress=False),
                                           message=EMPTY_OUTLET_WARNING),
        "quotes": quotes,
        "cited_sources": cited_sources,
    }


def _batches(articles: pd.DataFrame, table: str, batch_size: int) -> Iterator[tuple[pd.DataFrame, np.ndarray]]:
    """The articles in the table's order (:data:`_ARTICLE_ORDER`), a batch at a time (one batch when empty),
    each with the positions of its rows in ``articles``."""
    order = _ARTICLE_ORDER.get(table)
    positions = np.arange(len(articles))
    if order:
        positions = articles[order].reset_index(drop=True).sort_values(order, kind="stable").index.to_numpy()
    for start in range(0, max(len(articles), 1), batch_size):
        batch = positions[start : start + batch_size]
        yield articles.iloc[batch], batch


def _on_full_rows(compute: Callable[[pd.DataFrame], pd.DataFrame], articles: pd.DataFrame,
                  rows: pd.DataFrame) -> pd.DataFrame:
    """``compute`` on the full articles that ``rows`` (their ``doc_id`` and ``outlet``, labelled by position in
    ``articles``) stand for: a warm rerun never copies the texts of a batch it reads back."""
    return compute(articles.iloc[rows.index.to_numpy()])


def _shared_keys(articles: pd.DataFrame, columns: list[str]) -> pd.Series:
    """The cache keys of the articles, hashed once and shared by the four tables."""
    return cache.article_keys(articles, columns=columns)


def _article_table(articles: pd.DataFrame, table: str, step: Callable[[pd.DataFrame], pd.DataFrame], *,
                   options: dict, stats: dict) -> pd.DataFrame:
    """One per-article table: cached batches, the misses of each mapped over the worker processes."""
    mapped = functools.partial(parallel.map_articles, step, n_jobs=options["n_jobs"],
                               chunk_size=options["chunk_size"], progress=options["progress"], desc=table)
    compute = functools.partial(_on_full_rows, mapped, articles)
    parts, counts = [], {"n_cached": 0, "n_computed": 0}
    # the cache reads keys and doc_ids only: a batch is taken from two columns, a miss's full rows when computed
    for batch, positions in _batches(articles[["doc_id", "outlet"]].reset_index(drop=True), table,
                                     options["batch_size"]):
        found: dict = {}
        keys = options["article_keys"].iloc[positions] if options["cache"] else None
        parts.append(cache.cached_per_article(table, batch, compute, version_func=step, key_columns=options["keys"],
                                              cache_dir=options["cache_dir"], enabled=options["cache"], stats=found,
                                              keys=keys))
        for key in counts:
            counts[key] += found.get(key, len(batch) if key == "n_computed" else 0)
        if found.get("n_computed", len(batch)):  # the pieces of computed work, freed: the next batch's workers
            memory.release_memory()             # fork from a smaller process (a read back frees next to nothing)
    stats[table] = {**counts, "version": found.get("version", "")}
    filled = [part for part in parts if len(part)] or parts[:1]  # an empty batch must not change a dtype
    whole = pd.concat(filled, ignore_index=True) if len(filled) > 1 else filled[0]
    del parts, filled
    if counts["n_computed"]:
        memory.release_memory()
    return whole


def _outlet_table(name: str, source: str, compute: Callable[[], pd.DataFrame], articles: pd.DataFrame, *,
                  code: str, params: dict, options: dict, stats: dict) -> pd.DataFrame:
    """A per-outlet table built from the per-article table ``source`` by the module ``code``, read back when
    the same articles gave the same ``source`` rows (:func:`_aggregate_key`); computed when the cache is off."""
    if not options["cache"]:
        stats[name] = {"n_cached": 0, "n_computed": 1}
        return compute()
    found: dict = {}
    table = cache.cached_result(name, _aggregate_key(articles, options["article_keys"], stats[source]["version"], params),
                                compute, version=cache.code_version(code), cache_dir=options["cache_dir"],
                                stats=found, like=articles)
    stats[name] = {"n_cached": found["n_cached"], "n_computed": found["n_computed"]}
    return table


def _aggregate_key(articles: pd.DataFrame, article_keys: pd.Series, version: str, params: dict) -> str:
    """The key of a table aggregated from a per-article table, without a pass over its rows: the articles'
    cache keys in order (outlet and text included), the outlets' order, the per-article table's version
    (its code) and the parameters."""
    outlets = articles["outlet"].dtype
    order = list(map(str, outlets.categories)) if isinstance(outlets, pd.CategoricalDtype) else str(outlets)
    digest = hashlib.sha256(json.dumps({"version": version, "params": params, "outlets": order},
                                       sort_keys=True, default=str).encode())
    digest.update("\n".join(article_keys).encode())
    return digest.hexdigest()


def run_all(
    articles: pd.DataFrame,
    *,
    n_jobs: int | None = None,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    chunk_size: int = CHUNK_SIZE,
    batch_size: int = BATCH_SIZE,
    keep_text: bool = False,
    n_resamples: int = tone.N_RESAMPLES,
    progress: bool = True,
    stats: dict | None = None,
) -> dict[str, pd.DataFrame]:
    """The per-article and per-outlet tables of tone, vocabulary and sourcing, cached and on all cores.

    Parameters
    ----------
    articles
        One row per article with a unique ``doc_id``, ``outlet`` and
        ``text`` (optionally ``standfirst``), as :func:`analysis.load_corpus`
        returns them. The cache keys on the :data:`KEY_COLUMNS` present.
    n_jobs
        Worker processes; ``None`` uses every CPU, ``1`` runs in this process.
        The tables do not depend on it.
    cache, cache_dir
        Read and write the Parquet cache (:mod:`analysis.cache`), in
        ``cache_dir`` (default :data:`analysis.paths.CACHE_DIR`).
    chunk_size
        Articles per chunk of work sent to a worker.
    batch_size
        Articles per cache call (:data:`BATCH_SIZE`).
    keep_text
        Keep each sentence's ``text`` in ``sentence_tone``.
    n_resamples
        Bootstrap resamples of ``outlet_tone``.
    progress
        Show progress bars (one per table and batch with work to do).
    stats
        Filled in with, per per-article table, ``n_cached`` and
        ``n_computed`` articles and its cache ``version``, and for each
        outlet table (cached whole) 1 in one of ``n_cached``, ``n_computed``.

    Returns
    -------
    dict of str to DataFrame
        ``sentence_tone``: one row per sentence, ``doc_id``, ``outlet``,
        ``paragraph``, ``sentence`` (as :func:`analysis.sentences`), [``text``],
        ``neg``, ``neu``, ``pos``, ``compound``;
        ``article_terms``: ``vocabulary.term_counts(articles, by="article")``;
        ``quotes``: ``sourcing.quotes(articles)``;
        ``cited_sources``: ``sourcing.cited_sources(articles)``;
        ``outlet_tone``: ``tone.outlet_tone`` of ``sentence_tone``;
        ``outlet_terms``: ``vocabulary.term_counts(articles, by="outlet")``.
        Each equals the direct call on ``articles`` (rows in its order) when
        ``articles`` is sorted by ``doc_id``, as the loader returns it.
    """
    require_columns(articles, ["doc_id", "outlet", "text"], name="articles")
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    options = {"n_jobs": n_jobs, "chunk_size": chunk_size, "progress": progress, "keep_text": keep_text,
               "cache": cache, "cache_dir": cache_dir, "batch_size": batch_size,
               "keys": [c for c in KEY_COLUMNS if c in articles.columns]}
    options["article_keys"] = _shared_keys(articles, options["keys"]) if cache else None
    found = stats if stats is not None else {}
    tables = {name: _article_table(articles, name, step, options=options, stats=found)
              for name, step in _steps(keep_text).items()}
    # the bootstrap resamples every sentence of an outlet: seconds per 10,000 articles, most of a warm run
    summarise = functools.partial(tone.outlet_tone, tables["sentence_tone"], n_resamples=n_resamples)
    tables["outlet_tone"] = _outlet_table("outlet_tone", "sentence_tone", summarise, articles, code=tone.__name__,
                                          params={"n_resamples": n_resamples}, options=options, stats=found)
    vocabulary.warn_empty_outlets(articles)  # on a read back as well
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=EMPTY_OUTLET_WARNING)
        tables["outlet_terms"] = _outlet_table(
            "outlet_terms", "article_terms", functools.partial(outlet_terms, tables["article_terms"], articles),
            articles, code=__name__, params={}, options=options, stats=found)
    return tables


def as_outlet_dtype(values: pd.Series, dtype) -> pd.Series | pd.Categorical:
    """Outlet values in the articles' outlet dtype (the categorical order set at load)."""
    if isinstance(dtype, pd.CategoricalDtype):
        return pd.Categorical(values.astype(object), dtype=dtype)
    return values.astype(dtype)


def term_table_from_sums(sums: pd.DataFrame, *, min_count: int, outlet_dtype) -> pd.DataFrame:
    """``term_counts(by="outlet")``'s table from summed counts.

    Parameters
    ----------
    sums
        Indexed or keyed by ``outlet``, ``term``, with ``n``, ``n_tokens``,
        ``n_articles``: ``n`` on term rows, the outlet's running words and
        articles on one row per outlet whose term is :data:`TOTAL_TERM`.
    min_count
        Keep outlet × term pairs with ``n`` at least this.
    outlet_dtype
        Dtype of the articles' ``outlet`` (categories and their order).

    Returns
    -------
    DataFrame
        ``outlet``, ``term``, ``n``, ``n_tokens``, ``rate_per_10k``,
        ``n_articles``, sorted by outlet, ``n`` descending, term; outlets
        without a term row are left out, as in ``term_counts``.
    """
    sums = sums.reset_index() if "term" not in sums.columns else sums
    is_total = sums["term"] == TOTAL_TERM
    totals = sums.loc[is_total, ["outlet", "n_tokens", "n_articles"]].astype({"outlet": object})
    terms = sums.loc[~is_total & (sums["n"] >= min_count), ["outlet", "term", "n"]].astype({"outlet": object})
    table = terms.merge(totals, on="outlet", how="left", validate="many_to_one")
    table["rate_per_10k"] = table["n"] / table["n_tokens"] * vocabulary.RATE_PER
    table["outlet"] = as_outlet_dtype(table["outlet"], outlet_dtype)
    table = table[["outlet", "term", "n", "n_tokens", "rate_per_10k", "n_articles"]].astype(
        {"term": "str", "n": "int64", "n_tokens": "int64", "n_articles": "int64"})
    table = table.sort_values(["outlet", "n", "term"], ascending=[True, False, True], kind="stable")
    return table.reset_index(drop=True)


#: Rows of the per-article term counts summed at a time by :func:`outlet_terms`: the grouping's
#: temporary arrays are a slice's size (~200 MB for 2 million rows), not the table's (100,000
#: articles give ~20 million rows).
SUM_SLICE_ROWS = 2_000_000


def _slice_sums(article_terms: pd.DataFrame, rows: int) -> tuple[pd.Series, pd.DataFrame]:
    """``n`` summed by outlet and term, and the first row of each article (its ``n_tokens``), a slice of
    ``rows`` rows at a time (an article's rows may straddle two slices)."""
    sums, firsts, last = [], [], None
    for start in range(0, max(len(article_terms), 1), rows):
        part = article_terms.iloc[start:start + rows]
        sums.append(part.groupby(["outlet", "term"], observed=True)["n"].sum())
        doc_ids = part["doc_id"]
        firsts.append(part.loc[doc_ids.ne(doc_ids.shift(fill_value=last)).to_numpy(), ["outlet", "doc_id", "n_tokens"]])
        last = doc_ids.iloc[-1] if len(doc_ids) else last
    return pd.concat(sums).groupby(level=[0, 1], observed=True).sum(), pd.concat(firsts, ignore_index=True)


def _running_words(counted: pd.DataFrame, articles: pd.DataFrame) -> pd.Series:
    """Running words per outlet from each counted article's first row, also of articles left without a
    term row (every word a stopword)."""
    n_tokens = counted.groupby("outlet", observed=True)["n_tokens"].sum()
    bare = articles[~articles["doc_id"].isin(counted["doc_id"])]
    extra = {outlet: vocabulary.count_terms(group["text"].fillna("").astype(str), stopwords=None)[1]
             for outlet, group in bare.groupby("outlet", observed=True)}
    return n_tokens.add(pd.Series(extra, dtype="int64"), fill_value=0).astype("int64")


def outlet_terms(article_terms: pd.DataFrame, articles: pd.DataFrame, *, min_count: int = 1) -> pd.DataFrame:
    """``vocabulary.term_counts(articles, by="outlet")`` from its per-article table, without re-reading the texts.

    Parameters
    ----------
    article_terms
        ``vocabulary.term_counts(articles, by="article")`` (default options;
        each article's rows together).
    articles
        The articles counted: ``doc_id``, ``outlet``, ``text``.
    min_count
        As in ``term_counts``: applied to the outlet's summed counts.

    Returns
    -------
    DataFrame
        Exactly ``term_counts(articles, by="outlet", min_count=min_count)``:
        ``outlet``, ``term``, ``n``, ``n_tokens``, ``rate_per_10k``,
        ``n_articles``. Outlets without articles are left out with a warning.
    """
    require_columns(article_terms, ["doc_id", "outlet", "term", "n", "n_tokens"], name="article_terms")
    require_columns(articles, ["doc_id", "outlet", "text"], name="articles")
    strays = set(article_terms["doc_id"].unique()) - set(articles["doc_id"])
    if strays:
        raise ValueError(f"article_terms has doc_id(s) not among the articles: {sorted(map(str, strays))[:5]}; "
                         "pass the articles the table was counted from")
    vocabulary.warn_empty_outlets(articles)
    terms, counted = _slice_sums(article_terms, SUM_SLICE_ROWS)
    terms = terms.reset_index()
    n_articles = articles.groupby("outlet", observed=True).size()
    n_tokens = _running_words(counted, articles).reindex(n_articles.index, fill_value=0)
    totals = pd.DataFrame({"outlet": n_articles.index, "term": TOTAL_TERM, "n": 0,
                           "n_tokens": n_tokens.to_numpy(), "n_articles": n_articles.to_numpy()})
    sums = pd.concat([terms.assign(n_tokens=0, n_articles=0), totals], ignore_index=True)
    return term_table_from_sums(sums, min_count=min_count, outlet_dtype=articles["outlet"].dtype)
