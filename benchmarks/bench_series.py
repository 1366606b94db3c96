"""Wall time of the headless series rerun, split into kernel start-up and analysis.

Run: ``.venv/bin/python benchmarks/bench_series.py``. For each notebook it
prints the wall time of a papermill execution beside the floor measured in the
same run: an empty notebook (kernel start-up only) and a notebook that only
imports the package (start-up plus imports).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

import nbformat
import papermill

from analysis import paths, runner

REPEATS = 3


def _execute(notebook: Path, out_dir: Path, parameters: dict | None = None) -> float:
    started = time.perf_counter()
    papermill.execute_notebook(
        str(notebook), str(out_dir / notebook.name), parameters=parameters or {},
        kernel_name="python3", progress_bar=False, cwd=str(notebook.parent),
    )
    return time.perf_counter() - started


def _probe(folder: Path, name: str, source: str) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.cells.append(nbformat.v4.new_code_cell(source))
    path = folder / f"{name}.ipynb"
    nbformat.write(notebook, path)
    return path


def main() -> None:
    """Measure and print the start-up floor and each notebook's time."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        floors = {
            "kernel start-up (empty notebook)": _probe(tmp, "empty", "pass"),
            "start-up + imports": _probe(tmp, "imports", "import analysis, analysis.tone, analysis.vocabulary, "
                                         "analysis.sourcing, analysis.figures"),
        }
        print(f"{'step':40s} {'median s':>9s}")
        floor = {}
        for label, path in floors.items():
            floor[label] = statistics.median(_execute(path, tmp) for _ in range(REPEATS))
            print(f"{label:40s} {floor[label]:9.2f}")
        parameters = {"output_dir": str(tmp / "figures")}
        total = 0.0
        for notebook in runner.series_notebooks(paths.NOTEBOOKS_DIR):
            seconds = _execute(notebook, tmp, parameters)
            total += seconds
            print(f"{notebook.name:40s} {seconds:9.2f}")
        n = len(runner.series_notebooks(paths.NOTEBOOKS_DIR))
        startup = n * floor["start-up + imports"]
        print(f"{'whole series':40s} {total:9.2f}")
        print(f"of which start-up + imports ({n} kernels): {startup:.2f} s ({startup / total:.0%}); "
              f"analysis: {total - startup:.2f} s")


if __name__ == "__main__":
    main()
