"""Benchmark: sentences per second of ``analysis.tone.score_sentences`` against a plain baseline.

The synthetic corpus resamples the bundled corpus's sentences: each synthetic
article takes the sentence count of a randomly chosen real article and draws
that many sentences (with replacement) from all real sentences. The baseline is
what one would write without the package, ``frame["text"].apply(analyzer.
polarity_scores)``, timed on a random sample of the same synthetic sentences
and expressed as a rate. The check passes when the analysis path reaches
:data:`TARGET_RATIO` times the baseline's rate and its scores on the sampled
rows equal the baseline's exactly.

A second, informational measurement makes every sentence distinct (a numbered
suffix), so deduplication cannot help and only the process pool does.

Run: ``python benchmarks/bench_tone.py [--articles 10000] [--jobs 2]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

import analysis
from analysis import tone

#: The analysis path must score at least this many times the baseline's sentences/s.
TARGET_RATIO = 2.0
#: Sentences scored by the baseline; its rate is extrapolated from them.
BASELINE_SAMPLE = 20_000
#: Sentences in the informational all-distinct run (~15 s single-process).
DISTINCT_SENTENCES = 100_000
SEED = 2022


def synthetic_sentences(n_articles: int, *, seed: int = SEED) -> pd.DataFrame:
    """Resample the bundled corpus into ``n_articles`` synthetic articles.

    Returns
    -------
    DataFrame
        ``doc_id``, ``outlet``, ``paragraph`` (always 1), ``sentence``, ``text``.
    """
    real = analysis.sentences(analysis.load_corpus())
    lengths = real.groupby("doc_id").size().to_numpy()
    rng = np.random.default_rng(seed)
    per_article = rng.choice(lengths, size=n_articles)
    picks = rng.integers(0, len(real), size=int(per_article.sum()))
    doc = np.repeat(np.arange(n_articles), per_article)
    return pd.DataFrame({
        "doc_id": pd.Series(doc).map("syn{:05d}".format),
        "outlet": real["outlet"].to_numpy()[picks],
        "paragraph": 1,
        "sentence": pd.Series(doc).groupby(doc).cumcount().to_numpy() + 1,
        "text": real["text"].to_numpy()[picks],
    })


def _time(func):
    start = time.perf_counter()
    result = func()
    return result, time.perf_counter() - start


def baseline(frame: pd.DataFrame, *, n_sample: int, seed: int = SEED) -> tuple[pd.DataFrame, float]:
    """Plain ``apply(analyzer.polarity_scores)`` on a sample; returns its scores and sentences/s."""
    sample = frame.sample(n=min(n_sample, len(frame)), random_state=seed)
    analyzer = SentimentIntensityAnalyzer()
    scores, seconds = _time(lambda: sample["text"].apply(analyzer.polarity_scores))
    table = pd.DataFrame(scores.tolist(), index=sample.index)[list(tone.SCORE_COLUMNS)]
    return table, len(sample) / seconds


def identical(scored: pd.DataFrame, reference: pd.DataFrame) -> bool:
    """True when every score of the reference rows is exactly equal in ``scored``."""
    mine = scored.loc[reference.index, list(tone.SCORE_COLUMNS)].to_numpy()
    return bool(np.array_equal(mine, reference.to_numpy()))


def run_resampled(n_articles: int, *, jobs: int | None) -> bool:
    frame = synthetic_sentences(n_articles)
    print(f"synthetic corpus: {n_articles:,} articles, {len(frame):,} sentences, "
          f"{frame['text'].nunique():,} distinct texts")
    reference, base_rate = baseline(frame, n_sample=BASELINE_SAMPLE)
    tone.clear_cache()  # time the whole path: nothing remembered from earlier calls
    scored, seconds = _time(lambda: tone.score_sentences(frame, n_jobs=jobs))
    rate = len(frame) / seconds
    same = identical(scored, reference)
    print(f"baseline  DataFrame.apply(polarity_scores): {base_rate:12,.0f} sentences/s "
          f"(measured on {len(reference):,} sentences)")
    print(f"analysis  tone.score_sentences:             {rate:12,.0f} sentences/s ({seconds:.2f} s)")
    print(f"ratio {rate / base_rate:.1f}x (target >= {TARGET_RATIO:.0f}x); identical scores: {same}")
    return same and rate >= TARGET_RATIO * base_rate


def run_distinct(n_sentences: int, *, jobs: int | None) -> None:
    frame = synthetic_sentences(max(1, n_sentences // 20)).head(n_sentences)  # ~50 per article: plenty
    frame = frame.assign(text=frame["text"] + pd.Series(range(len(frame)), index=frame.index).map(" [{}]".format))
    _, one = _time(lambda: tone.score_sentences(frame, n_jobs=1, progress=False, cache=False))
    _, many = _time(lambda: tone.score_sentences(frame, n_jobs=jobs, progress=False, cache=False))
    print(f"all-distinct {len(frame):,} sentences: 1 process {len(frame) / one:,.0f}/s, "
          f"{jobs or os.cpu_count()} processes {len(frame) / many:,.0f}/s ({one / many:.2f}x)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000, help="synthetic articles (default 10000)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all CPUs)")
    parser.add_argument("--skip-distinct", action="store_true", help="skip the all-distinct measurement")
    args = parser.parse_args(argv)
    print(f"CPUs: {os.cpu_count()}")
    passed = run_resampled(args.articles, jobs=args.jobs)
    if not args.skip_distinct:
        run_distinct(DISTINCT_SENTENCES, jobs=args.jobs)
    print("PASS" if passed else "FAIL")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
