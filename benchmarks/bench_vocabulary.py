"""Benchmark: building the outlet × term table on a 10,000-article corpus.

The synthetic corpus resamples the paragraphs of the bundled articles (fixed
seed) into 10,000 articles of 5-25 paragraphs, spread over five outlets.
Measured in the same run, on one core:

* ``term_counts(articles, by="outlet")`` - the package's counting (chunk
  counting plus the tokeniser run once per distinct chunk);
* a naive pure-Python baseline: ``text.split()``, ``.lower()``, and a dict
  increment per word (no punctuation handling at all);
* peak memory of each (``tracemalloc``);
* for reference, the article × term table (``by="article"``), which has one
  group per article and so pays a per-article cost.

Prints tokens per second, MB of text per second, the speed-up over the
baseline, and whether the 20 MB/s per core target is met. Run with
``.venv/bin/python benchmarks/bench_vocabulary.py`` or ``make bench``.
"""

from __future__ import annotations

import time
import tracemalloc

import numpy as np
import pandas as pd

import analysis
from analysis.vocabulary import term_counts

#: Size of the synthetic corpus.
N_ARTICLES = 10_000
#: Paragraphs per synthetic article, drawn uniformly from this range.
PARAGRAPHS_PER_ARTICLE = (5, 25)
#: Outlets the synthetic articles are spread over.
N_OUTLETS = 5
#: Target from the issue: MB of text per second per core for term counting.
TARGET_MB_PER_S = 20.0
SEED = 2022


def synthetic_corpus() -> pd.DataFrame:
    """Resample bundled paragraphs into ``N_ARTICLES`` articles."""
    paragraphs = analysis.paragraphs(analysis.load_corpus())["text"].tolist()
    rng = np.random.default_rng(SEED)
    sizes = rng.integers(*PARAGRAPHS_PER_ARTICLE, size=N_ARTICLES, endpoint=True)
    texts = ["\n\n".join(paragraphs[i] for i in rng.integers(0, len(paragraphs), size=n)) for n in sizes]
    outlets = [f"Outlet {k}" for k in range(N_OUTLETS)]
    return pd.DataFrame({
        "doc_id": [f"syn{i:05d}" for i in range(N_ARTICLES)],
        "outlet": pd.Categorical([outlets[i % N_OUTLETS] for i in range(N_ARTICLES)], categories=outlets, ordered=True),
        "text": texts,
    })


def naive_outlet_counts(articles: pd.DataFrame) -> dict:
    """Baseline: split, lower-case and count in a plain Python loop."""
    tables: dict = {}
    for outlet, text in zip(articles["outlet"], articles["text"]):
        counts = tables.setdefault(outlet, {})
        for word in text.split():
            word = word.lower()
            counts[word] = counts.get(word, 0) + 1
    return tables


def measure(label: str, func, articles: pd.DataFrame, n_tokens: int, n_mb: float) -> float:
    """Time ``func(articles)`` (best of three) and its peak memory; print one line."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        func(articles)
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    func(articles)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{label:<28} {best:7.2f} s  {n_tokens / best / 1e6:6.2f} M tokens/s  "
          f"{n_mb / best:6.1f} MB/s  peak {peak / 2**20:7.1f} MiB")
    return best


def main() -> None:
    articles = synthetic_corpus()
    n_mb = sum(len(text.encode("utf-8")) for text in articles["text"]) / 1e6
    table = term_counts(articles, by="outlet", stopwords=None, progress=False)
    n_tokens = int(table.groupby("outlet", observed=True)["n_tokens"].first().sum())
    print(f"synthetic corpus: {N_ARTICLES:,} articles, {n_tokens:,} tokens, {n_mb:.1f} MB of text")
    fast = measure("term_counts(by='outlet')", lambda a: term_counts(a, by="outlet", progress=False), articles, n_tokens, n_mb)
    slow = measure("naive split/lower/dict", naive_outlet_counts, articles, n_tokens, n_mb)
    print(f"speed-up over the naive loop: {slow / fast:.2f}x")
    measure("term_counts(by='article')", lambda a: term_counts(a, by="article", progress=False), articles, n_tokens, n_mb)
    verdict = "met" if n_mb / fast >= TARGET_MB_PER_S else "NOT met"
    print(f"target {TARGET_MB_PER_S:.0f} MB/s per core: {verdict} ({n_mb / fast:.1f} MB/s)")


if __name__ == "__main__":
    main()
