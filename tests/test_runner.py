"""The series runner and the command line: failures named, outputs where asked."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest

from analysis import __main__ as cli
from analysis import paths, runner


def _notebook(folder, name, *sources):
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    parameters = nbformat.v4.new_code_cell("corpus_path = None\noutput_dir = None\noutlets = None")
    parameters.metadata["tags"] = ["parameters"]
    notebook.cells = [parameters, *(nbformat.v4.new_code_cell(src) for src in sources)]
    path = folder / name
    nbformat.write(notebook, path)
    return path


def test_a_failing_cell_names_notebook_cell_and_error(tmp_path):
    broken = _notebook(tmp_path, "00_broken.ipynb", "x = 1", "raise ValueError('metadata row 7 is bad')")
    with pytest.raises(runner.NotebookFailed) as failure:
        runner.run_series(corpus=paths.DATA_DIR, out_dir=tmp_path / "out", notebooks=[broken])
    message = str(failure.value)
    assert "00_broken.ipynb" in message
    assert "ValueError" in message and "metadata row 7 is bad" in message
    assert "raise ValueError" in message, "the failing cell's source should be shown"
    executed = tmp_path / "out" / "reports" / "00_broken.ipynb"
    assert str(executed) in message
    assert "metadata row 7 is bad" in executed.read_text(encoding="utf-8"), "the executed copy keeps the traceback"


def test_parameters_reach_the_notebook_and_report_is_written(tmp_path):
    probe = _notebook(tmp_path, "00_probe.ipynb", "from pathlib import Path\nPath(output_dir).mkdir(parents=True)\n"
                      "Path(output_dir, 'seen.txt').write_text(f'{corpus_path}|{outlets}')")
    result = runner.run_series(corpus=paths.DATA_DIR, out_dir=tmp_path / "out", outlets=["UNILAD"], notebooks=[probe])
    assert (tmp_path / "out" / "figures" / "seen.txt").read_text() == f"{paths.DATA_DIR.resolve()}|['UNILAD']"
    assert result.report == tmp_path / "out" / "reports" / "report.html"
    assert "Content-Security-Policy" in result.report.read_text()


def test_own_corpus_without_output_folder_is_refused(tmp_path):
    with pytest.raises(ValueError, match="--out"):
        runner.run_series(corpus=paths.DATA_DIR)
    assert cli.main(["run", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path)]) == 1


def test_series_notebooks_are_found_in_run_order():
    names = [p.name for p in runner.series_notebooks()]
    assert names == sorted(names) and names[0].startswith("00_")


def test_clear_cache_command_removes_only_the_cache(tmp_path, monkeypatch):
    cache = tmp_path / ".cache"
    (cache / "tables").mkdir(parents=True)
    monkeypatch.setattr(paths, "CACHE_DIR", cache)
    assert cli.main(["clear-cache"]) == 0
    assert not cache.exists()
    assert any(paths.RAW_DIR.glob("*.txt")), "raw data must survive"


@pytest.mark.slow
def test_nbconvert_runs_a_notebook_from_any_working_directory(tmp_path):
    notebook = paths.NOTEBOOKS_DIR / "00_corpus.ipynb"
    done = subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute", str(notebook),
         "--output-dir", str(tmp_path)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    executed = nbformat.read(tmp_path / "00_corpus.ipynb", as_version=4)
    assert any(cell.get("outputs") for cell in executed.cells if cell.cell_type == "code")


def test_side_by_side_run_keeps_series_order_and_names_the_failure(tmp_path):
    slow_first = _notebook(tmp_path, "00_slow.ipynb", "import time\ntime.sleep(2)\nprint('first-notebook-output')")
    fast = _notebook(tmp_path, "01_fast.ipynb", "print('second-notebook-output')")
    result = runner.run_series(corpus=paths.DATA_DIR, out_dir=tmp_path / "out", notebooks=[slow_first, fast], jobs=2)
    assert [p.name for p in result.executed] == ["00_slow.ipynb", "01_fast.ipynb"]
    report = result.report.read_text()
    assert report.index("first-notebook-output") < report.index("second-notebook-output"), "the report follows the series order"
    broken = _notebook(tmp_path, "02_broken.ipynb", "raise KeyError('no such outlet')")
    with pytest.raises(runner.NotebookFailed, match=r"02_broken\.ipynb.*KeyError"):
        runner.run_series(corpus=paths.DATA_DIR, out_dir=tmp_path / "out2", notebooks=[fast, broken], jobs=2)


def test_report_embeds_an_image_shown_in_markdown(tmp_path):
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    (tmp_path / "dot.png").write_bytes(png)
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_markdown_cell("A dot: ![dot](dot.png)")]
    with_image = tmp_path / "00_image.ipynb"
    nbformat.write(notebook, with_image)
    page = runner.build_report([with_image], tmp_path / "report.html", image_dir=tmp_path).read_text(encoding="utf-8")
    assert "data:image/png;base64," in page, "the report must stand alone: the image is embedded, not linked"
    assert 'src="dot.png"' not in page
