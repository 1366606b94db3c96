"""Benchmark: sourcing extraction speed, and shared-quote matching that does not grow quadratically.

Part 1 — extraction. A synthetic corpus of ``--articles`` articles (default
10,000) is made by resampling the bundled paragraphs: each synthetic article
takes the paragraph count of a randomly chosen real article and draws that
many paragraphs (with replacement) from all real paragraphs. ``quotes`` and
``cited_sources`` are timed on ``--sample`` of those articles (default 1,500,
so the default run stays near two minutes on two cores; ``--sample 0`` times
all of them) split over ``--jobs`` processes, and reported as articles per
second.

Articles per CPU second (the worker processes' user + system time) are printed
too: on a machine shared with other work they move less than wall time.

Part 2 — shared quotes. Synthetic quotes (words drawn with the bundled
corpus's word frequencies, 6–30 words, three quotes per article) with 5 %
planted near-copies (trimmed and with a changed word) in other articles, at
growing sizes. ``shared_quotes`` (indexed) is timed at each size; the naive
baseline — all pairs scored with rapidfuzz ``cdist`` on the same normalised
text, i.e. what one writes without an index — is timed on the smallest size
in the same run and extrapolated quadratically. Indexed times are the best
of :data:`REPEATS` runs. The run prints the growth
ratio of each step against the quadratic ratio, and how many of the
baseline's matching pairs the indexed method finds on the smallest size.

Part 3 — long runs. Paragraphs no article has but a scrape can produce — a
run of ``n`` capitalised words before "said", the same before "'s office
said", ``n`` short quotes — are extracted at ``n`` and ``4n`` words
(``--run-words``, default 1,000); the run prints each time and its growth
against the linear (x4) and quadratic (x16) ratios: a rule that rescans a
name from every word of it shows as quadratic growth.

With ``--baseline DIR`` (a folder holding another version of the ``analysis``
package, e.g. ``git archive <commit> analysis | tar -x -C DIR``), the same timed
articles are also extracted by that version, in the same run and with the same
processes, and the ratio of the two speeds is printed: how much faster (or slower)
the working tree is than the version it is compared with.

Run: ``python benchmarks/bench_sourcing.py [--articles 10000] [--sample 1500] [--jobs 2]
[--sizes 1000 4000 16000] [--run-words 1000] [--baseline DIR]``.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from concurrent.futures import ProcessPoolExecutor

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

import analysis
from analysis.sourcing import cited_sources, quotes, shared_quotes
from analysis.sourcing.overlap import MIN_SHARED_WORDS, MIN_SIMILARITY, normalise

SEED = 2022
#: Share of synthetic quotes that are edited copies of another article's quote.
PLANTED_SHARE = 0.05
#: Quotes per synthetic article in the matching benchmark.
QUOTES_PER_ARTICLE = 3
#: Indexed matching is timed this many times per size and the best run kept,
#: so a busy machine does not masquerade as growth.
REPEATS = 3


def synthetic_articles(n_articles: int, *, seed: int = SEED) -> pd.DataFrame:
    """Resample the bundled paragraphs into ``n_articles`` articles (doc_id, outlet, title, standfirst, text)."""
    real = analysis.load_corpus()
    paras = analysis.paragraphs(real)
    rng = np.random.default_rng(seed)
    lengths = rng.choice(real["n_paragraphs"].to_numpy(), size=n_articles)
    texts = paras["text"].to_numpy()
    return pd.DataFrame({
        "doc_id": [f"syn{i:05d}" for i in range(n_articles)],
        "outlet": rng.choice(real["outlet"].astype(str).to_numpy(), size=n_articles),
        "title": "",
        "standfirst": "",
        "text": ["\n\n".join(texts[rng.integers(0, len(texts), size=k)]) for k in lengths],
        "published": pd.NaT,
    })


def _quiet() -> None:
    os.environ["TQDM_DISABLE"] = "1"  # per-chunk progress bars from workers would interleave


def _extract(chunk: pd.DataFrame) -> tuple[int, int]:
    return len(quotes(chunk)), len(cited_sources(chunk))


def time_extraction(articles: pd.DataFrame, *, jobs: int) -> tuple[float, int, int, float]:
    """Seconds for quotes + cited_sources over ``jobs`` processes, the row counts, and the
    CPU seconds the worker processes used (less disturbed than wall time by other load)."""
    chunks = np.array_split(np.arange(len(articles)), jobs * 4)
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_quiet) as pool:  # workers end with the block
        counts = list(pool.map(_extract, [articles.iloc[c] for c in chunks]))
    seconds = time.perf_counter() - start
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return seconds, sum(c[0] for c in counts), sum(c[1] for c in counts), cpu


def time_baseline(articles: pd.DataFrame, baseline: str, *, jobs: int) -> tuple[float, float]:
    """Seconds and worker CPU seconds the ``analysis`` package in ``baseline`` takes for the
    same extraction.

    A child process runs this script with ``baseline`` first on ``PYTHONPATH`` (so it and
    its worker processes import that version) on the same articles, saved to a pickle.
    """
    if not (Path(baseline) / "analysis" / "__init__.py").is_file():
        raise SystemExit(f"--baseline {baseline}: no analysis/__init__.py there; extract a version with "
                         f"`git archive <commit> analysis | tar -x -C {baseline}`")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.pkl"
        articles.to_pickle(path)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([baseline, os.environ.get("PYTHONPATH", "")])}
        done = subprocess.run([sys.executable, __file__, "--time-only", str(path), "--jobs", str(jobs)],
                              env=env, capture_output=True, text=True, check=True)
    seconds, cpu = done.stdout.split()[-2:]
    return float(seconds), float(cpu)


def synthetic_quotes(n_quotes: int, *, seed: int = SEED) -> tuple[pd.DataFrame, set]:
    """Random quotes with planted near-copies: (doc_id, outlet, quote, is_scare_quote) and the planted pairs."""
    words = pd.Series(normalise(" ".join(analysis.load_corpus()["text"]))).value_counts()
    rng = np.random.default_rng(seed)
    vocab, weights = words.index.to_numpy(), (words / words.sum()).to_numpy()
    texts = [" ".join(rng.choice(vocab, size=rng.integers(6, 31), p=weights)) for _ in range(n_quotes)]
    planted = []
    targets = rng.choice(n_quotes, size=int(n_quotes * PLANTED_SHARE), replace=False)
    originals = [i for i in range(n_quotes) if i not in set(targets.tolist())]
    for target in targets:
        source = int(rng.choice(originals))
        words = texts[source].split()
        trimmed = words[int(rng.integers(0, 2)):len(words) - int(rng.integers(0, 2))]
        trimmed[int(rng.integers(0, len(trimmed)))] = str(rng.choice(vocab))
        texts[target] = " ".join(trimmed)
        if source // QUOTES_PER_ARTICLE != target // QUOTES_PER_ARTICLE:
            planted.append(_pair_key(texts[source], texts[target]))
    frame = pd.DataFrame({
        "doc_id": [f"q{i // QUOTES_PER_ARTICLE:06d}" for i in range(n_quotes)],
        "outlet": rng.choice(["A", "B", "C", "D", "E"], size=n_quotes),
        "quote": texts,
        "is_scare_quote": False,
    })
    return frame, set(planted)


def _pair_key(a: str, b: str) -> tuple[str, str]:
    ka, kb = " ".join(normalise(a)), " ".join(normalise(b))
    return (ka, kb) if ka <= kb else (kb, ka)


def naive_pairs(frame: pd.DataFrame) -> set[tuple[int, int]]:
    """All-pairs baseline: every pair from different articles passing the same tests."""
    keys = [" ".join(normalise(q)) for q in frame["quote"]]
    scores = process.cdist(keys, keys, scorer=fuzz.token_set_ratio, score_cutoff=MIN_SIMILARITY, workers=1)
    docs = frame["doc_id"].to_numpy()
    found = set()
    for i, j in zip(*np.nonzero(scores)):
        if i < j and docs[i] != docs[j] and len(set(keys[i].split()) & set(keys[j].split())) >= MIN_SHARED_WORDS:
            found.add(_pair_key(keys[i], keys[j]))
    return found


def _indexed_pairs(result: pd.DataFrame) -> set[tuple[str, str]]:
    return {_pair_key(a, b) for a, b in zip(result["quote_a"], result["quote_b"])}


def _best_time(function, *args, repeats: int = REPEATS):
    """Shortest of ``repeats`` runs (seconds) and the result: the least disturbed by other load."""
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def bench_matching(sizes: list[int]) -> None:
    """Print indexed matching time per size, growth ratios, and the naive baseline on the smallest."""
    previous = None
    for size in sizes:
        frame, planted = synthetic_quotes(size)
        seconds, result = _best_time(shared_quotes, frame)
        growth = "" if previous is None else (
            f"  growth x{seconds / previous[1]:.1f} for x{size / previous[0]:.0f} quotes "
            f"(quadratic would be x{(size / previous[0]) ** 2:.0f})")
        print(f"  shared_quotes, {size:>6} quotes: {seconds:7.2f} s, {len(result)} pairs{growth}")
        if previous is None:
            start = time.perf_counter()
            naive = naive_pairs(frame)
            naive_seconds = time.perf_counter() - start
            found = _indexed_pairs(result)
            print(f"  naive all-pairs, {size:>5} quotes: {naive_seconds:7.2f} s "
                  f"(x{naive_seconds / seconds:.1f} the indexed time)")
            print(f"    planted near-copies found: indexed {len(found & planted)}/{len(planted)}, "
                  f"naive {len(naive & planted)}/{len(planted)}; other pairs: indexed {len(found - planted)}, "
                  f"naive {len(naive - planted)} (chance overlaps of common words)")
            smallest = (size, naive_seconds, seconds)
        previous = (size, seconds)
    largest = sizes[-1]
    factor = largest / smallest[0]
    print(f"  overall: x{previous[1] / smallest[2]:.1f} time for x{factor:.0f} quotes "
          f"(linear x{factor:.0f}, quadratic x{factor ** 2:.0f})")
    naive_estimate = smallest[1] * factor ** 2
    print(f"  naive all-pairs at {largest} quotes, extrapolated: {naive_estimate:.0f} s "
          f"vs indexed {previous[1]:.1f} s")


#: Pathological paragraphs of ``n`` words (Part 3).
LONG_RUNS = {
    "capitalised run, then 'said'": lambda n: " ".join(["Kestrel"] * n) + " said.",
    "capitalised run, then 's office said'": lambda n: " ".join(["Kestrel"] * n) + "'s office said.",
    "short quotes": lambda n: " ".join(["\u201ca\u201d"] * n),
}


def bench_long_runs(words: int) -> None:
    """Print extraction time on each pathological paragraph at ``words`` and 4x ``words`` words, and its growth."""
    for label, make in LONG_RUNS.items():
        times = []
        for n in (words, 4 * words):
            article = pd.DataFrame([{"doc_id": "d", "outlet": "x", "title": "t", "standfirst": "", "text": make(n)}])
            seconds, _ = _best_time(_extract, article)
            times.append(seconds)
        print(f"  {label:<40} {times[0]:6.2f} s at {words} words, {times[1]:6.2f} s at {4 * words}: "
              f"growth x{times[1] / max(times[0], 1e-9):.1f} (linear x4, quadratic x16)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=1_500, help="articles timed; 0 = all")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 4_000, 16_000])
    parser.add_argument("--run-words", type=int, default=1_000, help="words of Part 3's shorter paragraphs")
    parser.add_argument("--baseline", help="folder holding another version of the analysis package")
    parser.add_argument("--time-only", help=argparse.SUPPRESS)  # used by --baseline's child process
    args = parser.parse_args()
    if args.time_only:
        seconds, _, _, cpu = time_extraction(pd.read_pickle(args.time_only), jobs=args.jobs)
        print(seconds, cpu)
        return
    corpus = synthetic_articles(args.articles)
    timed = corpus if args.sample in (0, None) or args.sample >= len(corpus) else corpus.sample(
        args.sample, random_state=SEED)
    print(f"Extraction on a {len(corpus)}-article synthetic corpus; timing {len(timed)} articles, "
          f"{args.jobs} processes")
    seconds, n_quotes, n_sources, cpu = time_extraction(timed, jobs=args.jobs)
    print(f"  quotes + cited_sources: {len(timed) / seconds:7.1f} articles/s "
          f"({seconds:.1f} s; {n_quotes} quotes, {n_sources} cited sources); "
          f"all {len(corpus)} articles would take ~{len(corpus) * seconds / len(timed):.0f} s; "
          f"{len(timed) / cpu:.1f} articles per CPU second")
    if args.baseline:
        base, base_cpu = time_baseline(timed, args.baseline, jobs=args.jobs)
        print(f"  baseline ({args.baseline}): {len(timed) / base:7.1f} articles/s ({base:.1f} s), "
              f"{len(timed) / base_cpu:.1f} articles per CPU second; working tree x{base / seconds:.2f} "
              f"its speed in wall time, x{base_cpu / cpu:.2f} in CPU time")
    print("Shared-quote matching (single process)")
    bench_matching(sorted(args.sizes))
    print("Long runs (single process)")
    bench_long_runs(args.run_words)


if __name__ == "__main__":
    main()
