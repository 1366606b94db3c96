"""Per-article work on all cores: the same analysis functions, run over chunks of articles.

Every per-article step of the workbench is a function that takes an articles
frame and returns a frame keyed by ``doc_id`` (:func:`analysis.sentences`,
:func:`analysis.sourcing.quotes`, :func:`analysis.sourcing.cited_sources`,
:func:`analysis.vocabulary.term_counts` with ``by="article"`` …). Such a
function gives the same rows for an article whatever other articles it is
called with, so it can run on slices of the corpus in separate processes and
the pieces can be joined. :func:`map_articles` does exactly that and nothing
else: there is no second implementation of any analysis.

Steps are chained with :class:`Pipeline`, trimmed with :class:`Columns` and
kept quiet about chunk-level warnings with :class:`Silenced`, all picklable.
:func:`analysis.pipeline.run_all` runs every analysis this way behind the cache.

Per-outlet aggregates (``term_counts(by="outlet")``, ``tone.outlet_tone``)
pool articles and are *not* per-article functions: compute their per-article
input here, then aggregate once (see :mod:`analysis.cluster` for the same on a
Dask cluster).

Processes, not threads: the analyses are pure-Python string work that holds
the GIL. Each worker keeps its own caches (tone's score cache, the
tokeniser's chunk cache), which warm up per process.

Not handled: functions whose output for one article depends on the other
articles in the call (corpus-wide statistics, cross-article matching such as
``shared_quotes``); functions that cannot be pickled (lambdas, closures) when
more than one process is used; memory is bounded by the chunks in flight
(at most :data:`IN_FLIGHT_PER_JOB` per worker) plus the whole result, which is
gathered in the calling process.
"""

from __future__ import annotations

import math
import os
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

import pandas as pd
from tqdm.auto import tqdm

from .checks import require_columns

__all__ = [
    "PARALLEL_MIN_ARTICLES",
    "MAX_CHUNK_SIZE",
    "CHUNKS_PER_JOB",
    "IN_FLIGHT_PER_JOB",
    "ChunkError",
    "Pipeline",
    "Columns",
    "Silenced",
    "map_articles",
    "order_like",
]

#: Below this many articles the work runs in the calling process: starting
#: worker processes and warming their caches (about a second) costs more than
#: a few dozen articles take to analyse.
PARALLEL_MIN_ARTICLES = 100
#: Largest automatic chunk. Chunks of a few hundred articles keep the pickling
#: overhead small against the work, and the progress bar and load balance fine.
MAX_CHUNK_SIZE = 250
#: Automatic chunking aims at this many chunks per worker, so a slow chunk does
#: not leave the other workers idle at the end.
CHUNKS_PER_JOB = 4
#: Chunks submitted but not finished, per worker: bounds the memory held by
#: pickled chunks waiting in the queue.
IN_FLIGHT_PER_JOB = 2
#: Doc ids named in an error message before "…".
_MAX_NAMED_IDS = 10


class ChunkError(RuntimeError):
    """An analysis failed on one chunk of articles; the message names its doc_ids and the cause."""


class Pipeline:
    """Functions applied one after another, picklable when each step is.

    ``Pipeline(analysis.sentences, functools.partial(tone.score_sentences, n_jobs=1))``
    is ``lambda a: tone.score_sentences(analysis.sentences(a), n_jobs=1)`` that
    can be sent to a worker process.
    """

    def __init__(self, *steps: Callable[[pd.DataFrame], pd.DataFrame]):
        if not steps:
            raise ValueError("Pipeline needs at least one step")
        self.steps = steps

    def __call__(self, frame: pd.DataFrame) -> pd.DataFrame:
        for step in self.steps:
            frame = step(frame)
        return frame

    def __repr__(self) -> str:
        return "Pipeline(" + ", ".join(getattr(s, "__name__", repr(s)) for s in self.steps) + ")"


class Columns:
    """A picklable step keeping only some columns, e.g. the scores without the sentence text.

    ``Pipeline(analysis.sentences, score, Columns("doc_id", "outlet", "compound"))``
    returns a few numbers per sentence instead of the sentence table, so
    chunked scoring holds little more than the articles in memory.
    """

    def __init__(self, *columns: str):
        if not columns:
            raise ValueError("Columns needs at least one column name")
        self.columns = list(columns)

    def __call__(self, frame: pd.DataFrame) -> pd.DataFrame:
        require_columns(frame, self.columns, name="frame")
        return frame[self.columns].copy()

    def __repr__(self) -> str:
        return f"Columns{tuple(self.columns)}"


class Silenced:
    """A picklable step running ``func`` with the warnings whose message matches ``message`` ignored.

    For warnings about the chunk rather than the data, e.g. "outlet(s) …
    have no articles in this selection" from a chunk that lacks an outlet:
    the whole corpus's call gives it once where it is true.
    """

    def __init__(self, func: Callable[[pd.DataFrame], pd.DataFrame], *, message: str):
        self.func = func
        self.message = message

    def __call__(self, frame: pd.DataFrame) -> pd.DataFrame:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=self.message)
            return self.func(frame)

    def __repr__(self) -> str:
        return f"Silenced({getattr(self.func, '__name__', repr(self.func))}, message={self.message!r})"


def _named_ids(doc_ids: Sequence) -> str:
    shown = ", ".join(map(str, doc_ids[:_MAX_NAMED_IDS]))
    more = f", … ({len(doc_ids)} articles)" if len(doc_ids) > _MAX_NAMED_IDS else ""
    return f"[{shown}{more}]"


def _run_chunk(func: Callable[[pd.DataFrame], pd.DataFrame], chunk: pd.DataFrame) -> pd.DataFrame:
    """``func(chunk)``, re-raising any failure as :class:`ChunkError` naming the chunk's doc_ids."""
    try:
        result = func(chunk)
    except Exception as error:  # the cause is kept in the message: tracebacks do not cross processes
        name = getattr(func, "__name__", repr(func))
        raise ChunkError(
            f"{name} failed on the chunk of articles with doc_id {_named_ids(chunk['doc_id'].tolist())}: "
            f"{type(error).__name__}: {error}"
        ) from error
    if not isinstance(result, pd.DataFrame) or "doc_id" not in result.columns:
        got = list(result.columns) if isinstance(result, pd.DataFrame) else type(result).__name__
        raise ChunkError(f"{func!r} must return a DataFrame with a doc_id column; got {got}")
    return result


def _check_articles(articles: pd.DataFrame) -> None:
    require_columns(articles, ["doc_id"], name="articles")
    if articles["doc_id"].isna().any():
        raise ValueError("articles has rows without a doc_id; give every article one before mapping")
    repeated = articles.loc[articles["doc_id"].duplicated(), "doc_id"].tolist()
    if repeated:
        raise ValueError(f"doc_id must be unique; repeated: {_named_ids(repeated)}")


def _chunk_size(n_articles: int, n_jobs: int, chunk_size: int | None) -> int:
    if chunk_size is not None:
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
        return chunk_size
    return max(1, min(MAX_CHUNK_SIZE, math.ceil(n_articles / (n_jobs * CHUNKS_PER_JOB))))


def order_like(result: pd.DataFrame, articles: pd.DataFrame, *, sort_by: Sequence[str] | None = None) -> pd.DataFrame:
    """Put a per-article result in the articles' order, each article's rows kept in their order.

    Parameters
    ----------
    result
        Rows keyed by ``doc_id`` (several rows per article allowed).
    articles
        The articles the result came from; their row order is the target.
    sort_by
        Columns to sort by afterwards (stable, ascending; categorical columns
        in category order), for functions that sort their whole output, e.g.
        ``["outlet", "doc_id"]`` for ``term_counts(by="article")``.

    Returns
    -------
    DataFrame
        The same rows, reordered, with a fresh RangeIndex.
    """
    position = pd.Index(articles["doc_id"]).get_indexer(result["doc_id"])
    if (position < 0).any():
        strays = result.loc[position < 0, "doc_id"].unique().tolist()
        raise ValueError(f"result has doc_id(s) not among the articles: {_named_ids(strays)}")
    ordered = result.iloc[pd.Series(position).argsort(kind="stable").to_numpy()]
    if sort_by:
        ordered = ordered.sort_values(list(sort_by), kind="stable")
    return ordered.reset_index(drop=True)


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Join chunk results; empty ones are left out so they cannot change a column's dtype."""
    filled = [part for part in parts if len(part)]
    if not filled:
        return parts[0].iloc[:0]
    return pd.concat(filled, ignore_index=True) if len(filled) > 1 else filled[0]


def _run_here(func, chunks: list[pd.DataFrame], *, bar: tqdm) -> list[pd.DataFrame]:
    """Run the chunks one after another in this process."""
    results = []
    for chunk in chunks:
        results.append(_run_chunk(func, chunk))
        bar.update(len(chunk))
    return results


def _run_pool(func, chunks: list[pd.DataFrame], *, n_jobs: int, bar: tqdm) -> list[pd.DataFrame]:
    """Run the chunks in worker processes, at most ``IN_FLIGHT_PER_JOB * n_jobs`` at a time."""
    results: list[pd.DataFrame | None] = [None] * len(chunks)
    pending: dict[Future, int] = {}
    todo = iter(enumerate(chunks))
    with ProcessPoolExecutor(max_workers=n_jobs) as pool:
        try:
            while True:
                while len(pending) < IN_FLIGHT_PER_JOB * n_jobs and (item := next(todo, None)) is not None:
                    pending[pool.submit(_run_chunk, func, item[1])] = item[0]
                if not pending:
                    return results
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    index = pending.pop(future)
                    results[index] = future.result()
                    bar.update(len(chunks[index]))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def map_articles(
    func: Callable[[pd.DataFrame], pd.DataFrame],
    articles: pd.DataFrame,
    *,
    n_jobs: int | None = None,
    chunk_size: int | None = None,
    sort_by: Sequence[str] | None = None,
    progress: bool = True,
    desc: str | None = None,
) -> pd.DataFrame:
    """Run a per-article analysis over chunks of articles in worker processes.

    Parameters
    ----------
    func
        Takes an articles frame and returns a frame with a ``doc_id`` column
        whose rows for an article do not depend on the other articles passed
        (module-level function, ``functools.partial`` or :class:`Pipeline`,
        so it can be pickled). Give functions with a process pool of their
        own one process (``partial(tone.score_sentences, n_jobs=1)``): the
        chunks are already spread over the cores.
    articles
        One row per article with a unique ``doc_id``.
    n_jobs
        Worker processes; ``None`` uses every CPU. ``1``, or fewer than
        :data:`PARALLEL_MIN_ARTICLES` articles, runs in this process.
    chunk_size
        Articles per chunk; ``None`` picks about :data:`CHUNKS_PER_JOB` chunks
        per worker, at most :data:`MAX_CHUNK_SIZE` articles each, and runs
        in-process work in one call. Given, in-process work also runs chunk
        by chunk: with a ``func`` that returns little (see :class:`Columns`)
        memory then holds one chunk's intermediate tables at a time.
    sort_by
        Passed to :func:`order_like`.
    progress
        Show a progress bar counting articles (when the work is chunked).
    desc
        Label of the progress bar; default the function's name.

    Returns
    -------
    DataFrame
        The rows of ``func`` for every article, with ``func``'s columns and
        dtypes: articles in the input order, each article's rows in
        ``func``'s order (then sorted by ``sort_by``), fresh RangeIndex. The
        same whatever ``n_jobs`` and ``chunk_size``; equal to
        ``func(articles)`` when ``func`` keeps the input order of articles or
        sorts by keys the input is already sorted by (or given as ``sort_by``).

    Raises
    ------
    ChunkError
        When ``func`` fails on a chunk: names the chunk's doc_ids and the cause.
    """
    _check_articles(articles)
    jobs = max(1, n_jobs if n_jobs is not None else (os.cpu_count() or 1))
    in_process = jobs == 1 or len(articles) < PARALLEL_MIN_ARTICLES
    if (in_process and chunk_size is None) or articles.empty:
        return order_like(_run_chunk(func, articles), articles, sort_by=sort_by)
    size = _chunk_size(len(articles), jobs, chunk_size)
    chunks = [articles.iloc[start : start + size] for start in range(0, len(articles), size)]
    name = desc or getattr(func, "__name__", type(func).__name__)
    with tqdm(total=len(articles), desc=name, unit="article", disable=not progress) as bar:
        if in_process:
            parts = _run_here(func, chunks, bar=bar)
        else:
            parts = _run_pool(func, chunks, n_jobs=min(jobs, len(chunks)), bar=bar)
    return order_like(_concat(parts), articles, sort_by=sort_by)
