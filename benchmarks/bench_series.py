"""Wall time of the headless series rerun against the kernel start-up floor.

Run: ``.venv/bin/python benchmarks/bench_series.py [--jobs N]``. Everything is
run through :func:`analysis.runner.run_series` with the same ``--jobs``
(default: one kernel per core), in this order, in one run:

1. floor, empty: one empty notebook per series notebook (kernel start-up);
2. floor, imports: one notebook per series notebook holding only that
   notebook's ``import`` lines (start-up plus imports: the least a rerun costs);
3. series, cold: the whole series with an empty cache (``ANALYSIS_CACHE_DIR``
   set to a fresh folder), as on a fresh clone;
4. series, warm: the same again — the rerun a user makes after editing prose
   or one notebook.

Each is the median of ``--repeats`` runs (cold: one run). It prints the times,
how far the warm rerun is above the import floor, and the per-notebook cell
time of the warm run (from papermill's cell durations).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import nbformat

from analysis import runner

REPEATS = 3


def _probe(folder: Path, notebook: Path, keep_imports: bool) -> Path:
    """A stand-in for ``notebook``: its parameters cell, plus its import lines if asked."""
    source = nbformat.read(notebook, as_version=4)
    probe = nbformat.v4.new_notebook(metadata=source.metadata)
    parameters = next(c for c in source.cells if "parameters" in c.metadata.get("tags", []))
    imports = [line for c in source.cells if c.cell_type == "code"
               for line in c.source.splitlines() if line.startswith(("import ", "from "))]
    probe.cells = [parameters, nbformat.v4.new_code_cell("\n".join(imports) if keep_imports else "pass")]
    path = folder / notebook.name
    nbformat.write(probe, path)
    return path


def _timed_run(notebooks: list[Path], out: Path, jobs: int | None) -> float:
    started = time.perf_counter()
    runner.run_series(out_dir=out, notebooks=notebooks, jobs=jobs)
    return time.perf_counter() - started


def _cell_seconds(executed: Path) -> float:
    cells = json.loads(executed.read_text(encoding="utf-8"))["cells"]
    return sum(c.get("metadata", {}).get("papermill", {}).get("duration") or 0 for c in cells)


def main() -> None:
    """Measure and print the floors and the cold and warm series reruns."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=None, help="kernels at a time (default: one per core)")
    parser.add_argument("--repeats", type=int, default=REPEATS)
    args = parser.parse_args()
    series = runner.series_notebooks()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ["ANALYSIS_CACHE_DIR"] = str(tmp / "cache")  # inherited by every kernel
        runs = {}
        for label, keep in (("floor: kernel start-up", False), ("floor: start-up + imports", True)):
            folder = tmp / label.split()[-1]
            folder.mkdir()
            probes = [_probe(folder, nb, keep) for nb in series]
            runs[label] = statistics.median(_timed_run(probes, tmp / "probe-out", args.jobs)
                                            for _ in range(args.repeats))
        runs["series, cold cache"] = _timed_run(series, tmp / "out", args.jobs)
        runs["series, warm cache"] = statistics.median(_timed_run(series, tmp / "out", args.jobs)
                                                       for _ in range(args.repeats))
        print(f"{len(series)} notebooks, jobs={args.jobs or 'one per core'}, median of {args.repeats} runs")
        for label, seconds in runs.items():
            print(f"  {label:28s} {seconds:6.1f} s")
        above = runs["series, warm cache"] - runs["floor: start-up + imports"]
        print(f"  warm rerun above the import floor: {above:.1f} s")
        print("cell time of the warm run, per notebook:")
        for notebook in series:
            print(f"  {notebook.name:28s} {_cell_seconds(tmp / 'out' / 'reports' / notebook.name):6.1f} s")


if __name__ == "__main__":
    main()
