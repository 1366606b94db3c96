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

Part 3 — end to end, cached. For each size, ``analysis.load_corpus`` then
:func:`analysis.pipeline.run_all` (every per-article table and the outlet
tables, ``--jobs`` processes) runs twice in fresh processes on one cache
folder, empty at first (the loader's cache too): *cold* computes everything,
*warm* reads it back.
Wall time and peak memory of each are printed next to issue 7's targets for
100k articles (cold at most 3 minutes, warm at most 15 seconds, peak at most
4 GB), with met / not met. The peak is the largest sum of proportional set
sizes (PSS: pages shared after fork counted once) of the run's process and
its workers, sampled every :data:`SAMPLE_SECONDS`; "bound MB" (main peak +
jobs x the largest worker's peak RSS, shared pages counted in each) is an
upper bound. "computed" counts articles x tables worked out rather than read
from the cache: a warm run computes 0 unless the code changed in between
(another edit to ``analysis/`` while the benchmark runs re-versions the tables).

Part 4 — tone against the plain package. On ``--tone-texts`` distinct
sentences (the corpus's sentences, each made distinct by a neutral reference
number, so no score cache helps either side), in one fresh process: the
single-process ``pandas.Series.apply(SentimentIntensityAnalyzer().polarity_scores)``
baseline, then ``tone.score_texts`` on one process and on ``--jobs``
processes; target at least 4x the baseline. Term counting's target (at least
20 MB of text per second per core) is read off Part 1's vocabulary stage.

Caveat: resampled paragraphs repeat, so tone's per-process score cache hits
far more often than on real articles (tone looks faster than on real text);
the other stages do all their work on every article.

Run: ``python benchmarks/bench_scale.py [--sizes 1000 10000 100000] [--jobs 2] [--workers 2]
[--sourcing-sample 1000] [--speedup-articles 600] [--tone-texts 20000] [--parts 1 2 3 4]``.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pandas as pd

import analysis
from analysis import cluster, parallel, pipeline, tone, vocabulary
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

#: Issue 7's targets for the 100k-article corpus end to end, and for tone and term counting.
TARGET_COLD_S = 180
TARGET_WARM_S = 15
TARGET_PEAK_MB = 4 * 1024
TARGET_TONE_RATIO = 4.0
TARGET_TERMS_MB_S = 20.0
#: Seconds between two samples of the end-to-end run's memory.
SAMPLE_SECONDS = 0.2
#: Size the end-to-end targets are stated for.
TARGET_SIZE = 100_000

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


def _load(path: Path, *, cache: bool = False) -> tuple[pd.DataFrame, str]:
    try:
        return analysis.load_corpus(path, cache=cache), "load_corpus"
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


def _worker_peak_mb() -> float:
    """Largest peak resident memory of this process's finished worker processes (0 when none ran).

    Forked workers start with the parent's pages counted (shared, copy on
    write), so main + jobs x this is an upper bound of the run's memory.
    """
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _pss_mb(pid: int) -> float:
    """Proportional set size of one process (shared pages split between their users), 0 when gone."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            return next((int(line.split()[1]) / 1024 for line in rollup if line.startswith("Pss:")), 0.0)
    except OSError:
        return 0.0


def _tree_pss_mb(pid: int) -> float:
    """PSS of a process and its child processes (the worker pool), summed."""
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            children += [int(child) for child in task.read_text().split()]
    return _pss_mb(pid) + sum(_pss_mb(child) for child in children)


class _MemorySampler(threading.Thread):
    """Samples this process tree's summed PSS every :data:`SAMPLE_SECONDS`; ``peak_mb`` is the largest."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak_mb = 0.0
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak_mb = max(self.peak_mb, _tree_pss_mb(os.getpid()))
            time.sleep(SAMPLE_SECONDS)


def _end_to_end(path: Path, cache_dir: str, jobs: int) -> dict:
    """Load then :func:`analysis.pipeline.run_all`: seconds of each, articles computed, peak memory of the tree."""
    stats: dict = {}
    sampler = _MemorySampler()
    sampler.start()
    start = time.perf_counter()
    articles, how = _load(path, cache=True)  # the load is cached too, in the same folder (ANALYSIS_CACHE_DIR)
    loaded = time.perf_counter()
    pipeline.run_all(articles, n_jobs=jobs, cache_dir=cache_dir, progress=False, stats=stats)
    done = time.perf_counter()
    sampler.running = False
    sampler.join()
    return {"seconds": done - start, "load_s": loaded - start, "run_s": done - loaded, "n": len(articles),
            "how": how, "n_computed": sum(table["n_computed"] for table in stats.values()),
            "tree_peak_mb": sampler.peak_mb}


def _distinct_texts(path: Path, n_texts: int) -> list[str]:
    """``n_texts`` sentences of the corpus, each made distinct by a neutral reference number."""
    sentences = analysis.sentences(pd.read_parquet(path))["text"].tolist()
    return [f"{sentences[i % len(sentences)]} ref{i}" for i in range(n_texts)]


def _tone_vs_vader(path: Path, n_texts: int, jobs: int) -> dict:
    """Seconds of the plain package (one process) and of ``tone.score_texts`` (1 and ``jobs`` processes)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    texts = _distinct_texts(path, n_texts)
    analyzer = SentimentIntensityAnalyzer()
    seconds = {}
    start = time.perf_counter()
    baseline = pd.Series(texts).apply(analyzer.polarity_scores)
    seconds["baseline"] = time.perf_counter() - start
    for n_jobs in (1, jobs):
        start = time.perf_counter()
        scored = tone.score_texts(texts, n_jobs=n_jobs, cache=False, progress=False)
        seconds[f"tone_{n_jobs}"] = time.perf_counter() - start
    assert scored["compound"].tolist() == [score["compound"] for score in baseline], "scores differ from the package"
    return {"seconds": seconds, "n": len(texts)}


def child(args: argparse.Namespace) -> None:
    """Run one measurement in this fresh process and print it as JSON."""
    path = Path(args.corpus)
    if args.child == "end-to-end":
        print(json.dumps({**_end_to_end(path, args.cache_dir, args.jobs), "peak_mb": _peak_mb(),
                          "worker_peak_mb": _worker_peak_mb()}))
        return
    if args.child == "tone-vs-vader":
        print(json.dumps(_tone_vs_vader(path, args.tone_texts, args.jobs)))
        return
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


def _measure(what: str, corpus: Path, args: argparse.Namespace, cache_dir: Path | None = None) -> dict:
    command = [sys.executable, __file__, "--child", what, "--corpus", str(corpus), "--jobs", str(args.jobs),
               "--workers", str(args.workers), "--sourcing-sample", str(args.sourcing_sample),
               "--tone-texts", str(args.tone_texts), *(["--cache-dir", str(cache_dir)] if cache_dir else [])]
    env = {**os.environ, **({"ANALYSIS_CACHE_DIR": str(cache_dir)} if cache_dir else {})}
    done = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if done.returncode:
        raise RuntimeError(f"{what} on {corpus.name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _write_corpus(n_articles: int, folder: Path) -> Path:
    path = folder / f"synthetic_{n_articles}.parquet"
    if path.exists():
        return path
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


def _verdict(value: float, target: float, *, at_most: bool) -> str:
    met = value <= target if at_most else value >= target
    return "met" if met else "not met"


def _end_to_end_rows(sizes: list[int], folder: Path, args: argparse.Namespace) -> pd.DataFrame:
    """Cold then warm load + run_all per size, on a cache folder that starts empty."""
    rows = []
    for size in sizes:
        path = _write_corpus(size, folder)
        cache_dir = folder / f"cache_{size}"
        for run, target in (("cold", TARGET_COLD_S), ("warm", TARGET_WARM_S)):
            got = _measure("end-to-end", path, args, cache_dir)
            peak = got["tree_peak_mb"]
            at = "" if size == TARGET_SIZE else " (target is for 100k)"
            rows.append({
                "articles": size, "run": run, "computed": got["n_computed"], "load s": round(got["load_s"], 1),
                "run_all s": round(got["run_s"], 1), "total s": round(got["seconds"], 1),
                "target s": target, "time": _verdict(got["seconds"], target, at_most=True) + at,
                "main peak MB": round(got["peak_mb"]), "peak MB, main + workers (PSS)": round(peak),
                "bound MB": round(got["peak_mb"] + args.jobs * got["worker_peak_mb"]),
                "memory": _verdict(peak, TARGET_PEAK_MB, at_most=True) + at,
            })
            print(f"  {size} articles, {run}: {got['seconds']:.1f} s, peak {peak:.0f} MB, "
                  f"{got['n_computed']} computed", flush=True)
    return pd.DataFrame(rows)


def _tone_rows(folder: Path, args: argparse.Namespace) -> pd.DataFrame:
    """Tone scoring against the single-process vaderSentiment apply baseline, in one fresh process."""
    got = _measure("tone-vs-vader", _write_corpus(args.speedup_articles, folder), args)
    base = got["seconds"]["baseline"]
    labels = {"baseline": "vaderSentiment apply, 1 process", "tone_1": "tone.score_texts, 1 process",
              f"tone_{args.jobs}": f"tone.score_texts, {args.jobs} processes"}
    return pd.DataFrame([{
        "scorer": label, "texts": got["n"], "seconds": round(got["seconds"][key], 2),
        "texts/s": round(got["n"] / got["seconds"][key]), "x baseline": round(base / got["seconds"][key], 2),
        "target": "" if key == "baseline" else
        f">= {TARGET_TONE_RATIO:g}x: {_verdict(base / got['seconds'][key], TARGET_TONE_RATIO, at_most=False)}",
    } for key, label in labels.items()])


def _terms_verdict(stages: pd.DataFrame) -> str:
    rates = stages.loc[stages["stage"] == "vocabulary", "MB text/s"]
    return "; ".join(f"{rate:.1f} MB/s per core: {_verdict(rate, TARGET_TERMS_MB_S, at_most=False)}" for rate in rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workers", type=int, default=cluster.DEFAULT_WORKERS)
    parser.add_argument("--sourcing-sample", type=int, default=1_000)
    parser.add_argument("--speedup-articles", type=int, default=600)
    parser.add_argument("--tone-texts", type=int, default=20_000)
    parser.add_argument("--parts", type=int, nargs="+", default=[1, 2, 3, 4], choices=[1, 2, 3, 4])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    _report(_run_parts(args), args)


def _run_parts(args: argparse.Namespace) -> dict[str, pd.DataFrame]:
    """The tables of the parts asked for, each measured in fresh processes."""
    tables = {}
    with tempfile.TemporaryDirectory() as folder:
        if 1 in args.parts:
            print("Part 1: stages, each in a fresh process (single core)")
            tables["Stages"] = _stage_rows(args.sizes, Path(folder), args)
        if 2 in args.parts:
            print(f"\nPart 2: speed-up of the per-article work on {args.speedup_articles} articles")
            tables["Speed-up (same run)"] = _speedup_rows(Path(folder), args)
        if 3 in args.parts:
            print(f"\nPart 3: end to end (load + pipeline.run_all, {args.jobs} processes), cold then warm cache")
            print(f"  control before: {_control(args.jobs):.2f}x", flush=True)
            tables["End to end"] = _end_to_end_rows(args.sizes, Path(folder), args)
            print(f"  control after: {_control(args.jobs):.2f}x", flush=True)
        if 4 in args.parts:
            print(f"\nPart 4: tone scoring against the plain package on {args.tone_texts} distinct sentences")
            tables["Tone against vaderSentiment (same process)"] = _tone_rows(Path(folder), args)
    return tables


def _report(tables: dict[str, pd.DataFrame], args: argparse.Namespace) -> None:
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        for title, table in tables.items():
            print(f"\n{title}\n" + table.to_string(index=False))
    if "Stages" in tables:
        print(f"\nTerm counting, target >= {TARGET_TERMS_MB_S:g} MB of text per second per core: "
              + _terms_verdict(tables["Stages"]))
    print(f"\nControl (printed above): how much faster a pure-Python busy loop ran on {args.jobs} processes "
          "than on one: the most extra processes could give while other work shared the machine.")


if __name__ == "__main__":
    main()
