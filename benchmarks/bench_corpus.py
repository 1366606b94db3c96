"""Benchmark: articles per second of ``analysis.load_corpus`` against a naive reader.

The synthetic corpus copies every bundled article ``--copies`` times into a
temporary folder, each copy with one numbered body line added so the loader's
duplicate-text check keeps them all. The baseline is the naive reader one
would write without the package: read each file, decode it, keep the lines of
more than twelve words as paragraphs (no labels, metadata, duplicates or
report). The loader does much more per article (line labelling, fuzzy
duplicate search, metadata), so the check is that it stays within
:data:`MAX_SLOWDOWN` times the baseline's time per article and above
:data:`MIN_ARTICLES_PER_SECOND`.

Run: ``python benchmarks/bench_corpus.py [--copies 100]``.
"""

from __future__ import annotations

import argparse
import sys
import warnings
import tempfile
import time
from pathlib import Path

import analysis
from analysis import paths

#: The loader may take at most this many times the naive reader's time per article.
MAX_SLOWDOWN = 400.0
#: ...and must load at least this many articles per second (interactive use).
MIN_ARTICLES_PER_SECOND = 20.0
#: Each path is timed this many times and the best run is kept (less noise).
REPEATS = 3


def make_corpus(folder: Path, copies: int) -> int:
    """Write ``copies`` numbered copies of each bundled article; return the file count."""
    raw = folder / "raw"
    raw.mkdir(parents=True)
    n = 0
    for source in sorted(paths.RAW_DIR.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        for i in range(copies):
            extra = f"\n\nThis is numbered copy {i} of the article, added for the benchmark only.\n"
            (raw / f"{source.stem}_{i:05d}.txt").write_text(text + extra, encoding="utf-8")
            n += 1
    return n


def naive_load(folder: Path) -> int:
    """The baseline: decode each file and keep long lines as paragraphs; return paragraph count."""
    n = 0
    for file in sorted((folder / "raw").glob("*.txt")):
        lines = file.read_bytes().decode("utf-8").splitlines()
        n += sum(len(line.split()) > 12 for line in lines)
    return n


def _timed(func, *args):
    """Return ``(result, seconds)`` of one call."""
    start = time.perf_counter()
    result = func(*args)
    return result, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=100)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore", analysis.CorpusWarning)  # the copies have no metadata: expected
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        n_files = make_corpus(folder, args.copies)
        baseline = min(_timed(naive_load, folder)[1] for _ in range(REPEATS))
        runs = [_timed(analysis.load_corpus, folder) for _ in range(REPEATS)]
        articles, loader = runs[0][0], min(t for _, t in runs)
    rate = n_files / loader
    slowdown = loader / baseline
    print(f"files: {n_files}; loaded: {len(articles)}")
    print(f"naive reader: {baseline:.3f} s ({n_files / baseline:,.0f} articles/s)")
    print(f"load_corpus:  {loader:.3f} s ({rate:,.1f} articles/s); {slowdown:,.0f}x the naive reader's time")
    ok = len(articles) == n_files and rate >= MIN_ARTICLES_PER_SECOND and slowdown <= MAX_SLOWDOWN
    print("PASS" if ok else "FAIL", f"(targets: >= {MIN_ARTICLES_PER_SECOND} articles/s, <= {MAX_SLOWDOWN}x)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
