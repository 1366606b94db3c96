"""Benchmark: how the pipeline scales — articles per second and peak memory per stage, and parallel speed-ups.

Synthetic corpora of ``--sizes`` articles (default 1,000 and 10,000; add
100000 by hand) are made by :func:`analysis.synthetic.synthetic_corpus`:
each article copies a real article's outlet and metadata and draws as many
paragraphs, with replacement, from that outlet's bundled paragraphs. Each is
written once as Parquet.

Part 1 — stages, one process each. Every stage runs in a fresh Python process
(``--child``), so its peak memory (``ru_maxrss``) is its own and no cache is
warm:

* load: ``analysis.load_corpus(<parquet>)`` (the tabular reader), or
  ``pandas.read_parquet`` when the loader cannot read tables;
* tone: ``analysis.sentences`` then ``tone.score_sentences(n_jobs=1)``;
* tone, chunked: the same, :data:`TONE_CHUNK` articles at a time through
  ``parallel.map_articles(n_jobs=1, chunk_size=...)``, keeping only the keys
  and ``compound`` of each sentence (not its text): the bounded-memory way;
* vocabulary: ``vocabulary.term_counts(by="outlet")`` (also as MB of text
  per second, the unit of issue 7's target);
* sourcing: ``sourcing.quotes`` then ``sourcing.cited_sources``, on the
  first ``--sourcing-sample`` articles (default 1,000; 0 = all) because it
  is the slow stage; its rate is per article timed.

"peak MB" is the stage process's peak resident memory (Python, the imported
packages and the data); "added MB" is how far the step raised that peak: for
load, above the imports; for the other stages, above the input frame read
from Parquet.

Part 2 — speed-up. On ``--speedup-articles`` articles (default 600), the
per-article work of all stages (sentences + scores, per-article term counts,
quotes, cited sources) runs (a) in one process, (b) through
:func:`analysis.parallel.map_articles` with ``--jobs`` processes (default
2) and (c) on a ``--workers``-worker ``LocalCluster`` through
:func:`analysis.cluster.map_partitions` — each in a fresh process, in the same
run; the speed-up is (a)'s time over (b)'s and (c)'s. The cluster's start-up
time (including importing the package on the workers) is reported apart and
not counted. A control — a pure-Python busy loop on
one process and on ``--jobs`` processes — shows the speed-up the machine itself
offered at that moment (other programs running take cores away).

Caveat: resampled paragraphs repeat, so tone's per-process score cache hits
far more often than on real articles (tone looks faster than on real text);
the other stages do all their work on every article.

Run: ``python benchmarks/bench_scale.py [--sizes 1000 10000 100000] [--jobs 2] [--workers 2]
[--sourcing-sample 1000] [--speedup-articles 600]``.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

import analysis
from analysis import cluster, parallel, tone, vocabulary
from analysis.sourcing import cited_sources, quotes
from analysis.synthetic import synthetic_corpus

#: Sizes of the default run (a few minutes on two cores); 100000 by ``--sizes``.
DEFAULT_SIZES = (1_000, 10_000)
STAGES = ("load", "tone", "tone, chunked", "vocabulary", "sourcing")
#: Articles per chunk of the chunked tone stage: ~40k sentences' tables at a time.
TONE_CHUNK = 1_000
#: Partitions per cluster worker, so a slow partition does not idle the others.
PARTITIONS_PER_WORKER = 4
MB = 1024 * 1024
#: The control: CONTROL_LOOPS loops of CONTROL_STEPS additions (~2-3 s in one process).
CONTROL_LOOPS = 4
CONTROL_STEPS = 5_000_000

SCORE = functools.partial(tone.score_sentences, n_jobs=1, progress=False)
#: The per-article work of every stage, as map_articles / map_partitions steps.
PER_ARTICLE = {
    "tone": parallel.Pipeline(analysis.sentences, SCORE),
    "vocabulary": functools.partial(vocabulary.term_counts, by="article", progress=False),
    "quotes": quotes,
    "cited_sources": cited_sources,
}


def _peak_mb() -> float:
    """Peak resident memory of this process since it started (``VmHWM``).

    Not ``ru_maxrss``: Linux carries that over from the parent through fork
    and exec, so a child would report the benchmark driver's size.
    """
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load(path: Path) -> tuple[pd.DataFrame, str]:
    try:
        return analysis.load_corpus(path, cache=False), "load_corpus"
    except Exception as error:  # the tabular loader may not exist yet: say so in the table
        print(f"load_corpus could not read {path.name} ({type(error).__name__}); using read_parquet",
              file=sys.stderr)
        return pd.read_parquet(path), "read_parquet"


def _run_stage(stage: str, articles: pd.DataFrame) -> None:
    if stage == "tone":
        SCORE(analysis.sentences(articles))
    elif stage == "tone, chunked":
        keep = parallel.Columns("doc_id", "outlet", "paragraph", "sentence", "compound")
        parallel.map_articles(parallel.Pipeline(analysis.sentences, SCORE, keep), articles,
                              n_jobs=1, chunk_size=TONE_CHUNK, progress=False)
    elif stage == "vocabulary":
        vocabulary.term_counts(articles, by="outlet", progress=False)
    elif stage == "sourcing":
        quotes(articles)
        cited_sources(articles)


def _burn(n: int) -> int:
    """Pure-Python arithmetic: the ceiling of what extra processes can give on this machine now."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def _control(jobs: int) -> float:
    """Speed-up of :data:`CONTROL_LOOPS` busy loops on ``jobs`` processes over one process."""
    start = time.perf_counter()
    for _ in range(CONTROL_LOOPS):
        _burn(CONTROL_STEPS)
    serial = time.perf_counter() - start
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_burn, [CONTROL_STEPS] * CONTROL_LOOPS))
    return serial / (time.perf_counter() - start)


def _run_mode(mode: str, articles: pd.DataFrame, *, jobs: int, workers: int) -> dict:
    """The per-article work of every stage in one process, a process pool or a local cluster."""
    if mode == "cluster":
        start = time.perf_counter()
        with cluster.client(n_workers=workers) as running:
            running.run(importlib.import_module, "analysis.sourcing")  # imports counted as start-up
            running.run(importlib.import_module, "analysis.tone")
            startup = time.perf_counter() - start
            ddf = cluster.to_dask(articles, npartitions=workers * PARTITIONS_PER_WORKER)
            start = time.perf_counter()
            for func in PER_ARTICLE.values():
                cluster.map_partitions(func, ddf).compute()
            return {"seconds": time.perf_counter() - start, "startup": startup}
    n_jobs = 1 if mode == "one process" else jobs
    start = time.perf_counter()
    for func in PER_ARTICLE.values():
        parallel.map_articles(func, articles, n_jobs=n_jobs, progress=False)
    return {"seconds": time.perf_counter() - start}


def child(args: argparse.Namespace) -> None:
    """Run one measurement in this fresh process and print it as JSON."""
    path = Path(args.corpus)
    if args.child == "load":
        base = _peak_mb()
        start = time.perf_counter()
        articles, how = _load(path)
        result = {"seconds": time.perf_counter() - start, "n": len(articles), "how": how, "base_mb": base}
    else:
        articles = pd.read_parquet(path)
        if args.child == "sourcing" and args.sourcing_sample:
            articles = articles.head(args.sourcing_sample)
        base = _peak_mb()
        if args.child in STAGES:
            start = time.perf_counter()
            _run_stage(args.child, articles)
            result = {"seconds": time.perf_counter() - start}
        else:
            result = _run_mode(args.child, articles, jobs=args.jobs, workers=args.workers)
        result.update(n=len(articles), base_mb=base, mb_text=articles["text"].str.len().sum() / MB)
    result.update(peak_mb=_peak_mb())
    print(json.dumps(result))


def _measure(what: str, corpus: Path, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", what, "--corpus", str(corpus), "--jobs", str(args.jobs),
               "--workers", str(args.workers), "--sourcing-sample", str(args.sourcing_sample)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{what} on {corpus.name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _write_corpus(n_articles: int, folder: Path) -> Path:
    path = folder / f"synthetic_{n_articles}.parquet"
    synthetic_corpus(analysis.load_corpus(), n_articles=n_articles).drop(columns="template_doc_id").to_parquet(path)
    return path


def _stage_rows(sizes: list[int], folder: Path, args: argparse.Namespace) -> pd.DataFrame:
    rows = []
    for size in sizes:
        path = _write_corpus(size, folder)
        for stage in STAGES:
            got = _measure(stage, path, args)
            rows.append({
                "articles": size, "stage": stage if stage != "load" else f"load ({got['how']})",
                "timed": got["n"], "seconds": round(got["seconds"], 2),
                "articles/s": round(got["n"] / got["seconds"], 1),
                "MB text/s": round(got["mb_text"] / got["seconds"], 2) if stage == "vocabulary" else None,
                "peak MB": round(got["peak_mb"]), "added MB": round(got["peak_mb"] - got["base_mb"]),
            })
            print(f"  {size} articles, {stage}: {got['seconds']:.1f} s", flush=True)
    return pd.DataFrame(rows)


def _speedup_rows(folder: Path, args: argparse.Namespace) -> pd.DataFrame:
    path = _write_corpus(args.speedup_articles, folder)
    modes = ["one process", "processes", "cluster"]
    print(f"  control before: {_control(args.jobs):.2f}x", flush=True)
    got = {mode: _measure(mode, path, args) for mode in modes}
    print(f"  control after: {_control(args.jobs):.2f}x", flush=True)
    base = got["one process"]["seconds"]
    labels = {"one process": "one process", "processes": f"map_articles, {args.jobs} processes",
              "cluster": f"LocalCluster, {args.workers} workers"}
    return pd.DataFrame([{
        "mode": labels[mode], "articles": got[mode]["n"], "seconds": round(got[mode]["seconds"], 2),
        "articles/s": round(got[mode]["n"] / got[mode]["seconds"], 1),
        "speed-up": round(base / got[mode]["seconds"], 2),
        "start-up s (not counted)": round(got[mode].get("startup", 0.0), 1),
    } for mode in modes])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workers", type=int, default=cluster.DEFAULT_WORKERS)
    parser.add_argument("--sourcing-sample", type=int, default=1_000)
    parser.add_argument("--speedup-articles", type=int, default=600)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory() as folder:
        print("Part 1: stages, each in a fresh process (single core)")
        stages = _stage_rows(args.sizes, Path(folder), args)
        print(f"\nPart 2: speed-up of the per-article work on {args.speedup_articles} articles")
        speedups = _speedup_rows(Path(folder), args)
    print("\nStages\n" + stages.to_string(index=False))
    print("\nSpeed-up (same run)\n" + speedups.to_string(index=False))
    print(f"\nControl (printed above, before and after Part 2): how much faster a pure-Python busy loop ran on "
          f"{args.jobs} processes than on one: the most extra processes could give while other work shared the machine.")


if __name__ == "__main__":
    main()
