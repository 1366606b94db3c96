"""Run the notebook series headless and bind it into one HTML report.

Each notebook in ``notebooks/`` is executed with papermill, which fills the
cell tagged ``parameters``; the executed copies and a single HTML report of the
series (in the notebooks' number order) go to the output folder, and every
figure with the CSV of what it plots to its ``figures/`` sub-folder.

The notebooks of the series do not read one another's outputs, so they run
side by side, one kernel per core (``jobs``); ``jobs=1`` runs them one after
the other. The outputs are the same either way.
"""

from __future__ import annotations

import html
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import papermill
from nbconvert import HTMLExporter
from tqdm.auto import tqdm

from . import paths

__all__ = ["NotebookFailed", "SeriesResult", "series_notebooks", "run_series", "build_report"]

#: Seconds one cell may run before the series is stopped.
CELL_TIMEOUT = 900
#: No scripts, no requests: the report shows its embedded figures and styles only.
_STATIC_PAGE_POLICY = (
    '<meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline' data:; font-src data:\">"
)
#: The kernel's own log is silenced: its warning about local TCP transport, and the
#: "KeyboardInterrupt caught in kernel" error logged when jupyter_client interrupts each
#: kernel at shutdown, say nothing about the analysis (cell output and failures, which
#: travel as messages, are unaffected).
_KERNEL_ARGUMENTS = ["--IPKernelApp.log_level=CRITICAL"]
_NOTEBOOK_NAME = re.compile(r"^\d{2}_[\w-]+\.ipynb$")


class NotebookFailed(RuntimeError):
    """A cell of the series raised; the message names notebook, cell and error."""


@dataclass
class SeriesResult:
    """Where a run of the series wrote its outputs."""

    executed: list[Path] = field(default_factory=list)
    report: Path | None = None
    figures_dir: Path | None = None


def series_notebooks(folder: str | Path | None = None) -> list[Path]:
    """List the series' notebooks (``NN_name.ipynb``) in run order."""
    folder = Path(folder) if folder is not None else paths.NOTEBOOKS_DIR
    found = sorted(p for p in folder.glob("*.ipynb") if _NOTEBOOK_NAME.match(p.name))
    if not found:
        raise FileNotFoundError(f"no notebooks named NN_name.ipynb in {folder}")
    return found


def _parameters(corpus: Path | None, figures_dir: Path, outlets: list[str] | None) -> dict:
    return {
        "corpus_path": str(corpus) if corpus is not None else None,
        "output_dir": str(figures_dir),
        "outlets": outlets,
    }


def _execute(notebook: Path, target: Path, parameters: dict) -> None:
    try:
        papermill.execute_notebook(
            str(notebook),
            str(target),
            parameters=parameters,
            cwd=str(notebook.parent),
            kernel_name="python3",
            language="python",
            progress_bar=False,
            request_save_on_cell_execute=False,  # write once at the end (or on failure), not after every cell
            execution_timeout=CELL_TIMEOUT,
            extra_arguments=_KERNEL_ARGUMENTS,
        )
    except papermill.PapermillExecutionError as error:
        raise NotebookFailed(
            f"{notebook.name}, cell {error.cell_index} (execution count {error.exec_count}) "
            f"raised {error.ename}: {error.evalue}\n--- cell source ---\n{error.source}\n"
            f"The executed copy with the traceback is at {target}"
        ) from None


def _execute_all(notebooks: list[Path], reports_dir: Path, parameters: dict, jobs: int) -> list[Path]:
    """Execute ``notebooks`` (``jobs`` at a time); raise for the first failed one in series order."""
    targets = [reports_dir / notebook.name for notebook in notebooks]
    bar = tqdm(total=len(notebooks), desc="notebooks", unit="nb")
    if jobs == 1:
        for notebook, target in zip(notebooks, targets):
            _execute(notebook, target, parameters)
            bar.update()
        bar.close()
        return targets
    context = multiprocessing.get_context("spawn")  # a clean interpreter: no threads or kernels inherited
    with bar, ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = [pool.submit(_execute, nb, target, parameters) for nb, target in zip(notebooks, targets)]
        for future in futures:
            future.exception()
            bar.update()
    for future in futures:
        future.result()
    return targets


def run_series(
    *,
    corpus: str | Path | None = None,
    out_dir: str | Path | None = None,
    outlets: list[str] | None = None,
    notebooks: list[Path] | None = None,
    jobs: int | None = None,
) -> SeriesResult:
    """Execute the notebook series in order and write the HTML report.

    Parameters
    ----------
    corpus
        Folder of articles (``raw/`` plus ``metadata.csv``, or plain ``.txt``
        files); ``None`` runs on the bundled corpus.
    out_dir
        Output folder: figures go to ``<out_dir>/figures``, executed notebooks
        and ``report.html`` to ``<out_dir>/reports``. ``None`` writes to the
        repository's ``figures/`` and ``reports/``; a user's own corpus never
        writes there unless asked to.
    outlets
        Outlets to include; ``None`` keeps all.
    notebooks
        The notebooks to run; defaults to every ``NN_name.ipynb`` in
        ``notebooks/``.
    jobs
        Notebooks run at the same time; ``None`` means one per core (at
        most one per notebook), 1 runs them in order.

    Raises
    ------
    NotebookFailed
        When a cell raises, naming the notebook, the cell and the error.
    """
    corpus = Path(corpus).resolve() if corpus is not None else None
    if corpus is not None and not corpus.exists():
        raise FileNotFoundError(f"corpus folder {corpus} does not exist; pass --corpus a folder of articles")
    if out_dir is None and corpus is not None:
        raise ValueError("running on your own corpus needs --out DIR, so the bundled figures stay as they are")
    base = Path(out_dir).resolve() if out_dir is not None else None
    figures_dir = base / "figures" if base else paths.FIGURES_DIR
    reports_dir = base / "reports" if base else paths.REPORTS_DIR
    reports_dir.mkdir(parents=True, exist_ok=True)
    result = SeriesResult(figures_dir=figures_dir)
    notebooks = notebooks or series_notebooks()
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(notebooks)))
    result.executed = _execute_all(notebooks, reports_dir, _parameters(corpus, figures_dir, outlets), jobs)
    image_dir = notebooks[0].resolve().parent if notebooks else paths.NOTEBOOKS_DIR
    result.report = build_report(result.executed, reports_dir / "report.html", image_dir=image_dir)
    return result


def _has_markdown_images(notebook: nbformat.NotebookNode) -> bool:
    """True when a Markdown cell shows an image (to embed; parsing every cell for them is slow)."""
    return any(cell.cell_type == "markdown" and ("![" in cell.source or "<img" in cell.source.lower())
               for cell in notebook.cells)


def build_report(executed: list[Path], target: Path, *, image_dir: Path = paths.NOTEBOOKS_DIR) -> Path:
    """Bind executed notebooks into one self-contained HTML page.

    Parameters
    ----------
    executed
        Executed notebooks, in series order.
    target
        The HTML file to write.
    image_dir
        Folder the images shown in Markdown cells are found in (the source
        notebooks' folder); only files inside it are embedded.

    Notes
    -----
    The page is static: a Content-Security-Policy forbids every script and
    every request outside the page, so markup that slipped into an output
    cannot run or call out. (Article text is escaped where it is written:
    pandas escapes table cells and the notebooks escape what they put into
    Markdown.) Figures are embedded as data URIs, so the page needs no other
    file.
    """
    combined = nbformat.v4.new_notebook()
    combined.metadata = nbformat.read(executed[0], as_version=4).metadata if executed else {}
    contents = [f"- [{html.escape(path.stem)}](#{path.stem})" for path in executed]
    combined.cells.append(nbformat.v4.new_markdown_cell("# The notebook series\n\n" + "\n".join(contents)))
    for path in executed:
        notebook = nbformat.read(path, as_version=4)
        combined.cells.append(nbformat.v4.new_markdown_cell(f'<a id="{path.stem}"></a>\n\n---'))
        combined.cells.extend(notebook.cells)
    exporter = HTMLExporter(template_name="lab", embed_images=_has_markdown_images(combined))
    body, _ = exporter.from_notebook_node(combined, resources={"metadata": {"path": str(image_dir)}})
    target.write_text(body.replace("<head>", f"<head>\n{_STATIC_PAGE_POLICY}", 1), encoding="utf-8")
    return target
