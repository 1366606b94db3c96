"""The notebook series: committed clean, parameterised, reproducible, safe to read.

The slow tests execute the whole series headless, as ``make run`` does.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess

import nbformat
import pytest
from papermill.translators import PythonTranslator

from analysis import paths, runner

import lockfile

NOTEBOOKS = runner.series_notebooks()
REQUIRED_PARAMETERS = {"corpus_path", "output_dir", "outlets"}
HOSTILE_TEXT = (
    "Hostile page <script>document.title='EXECUTED'</script> title\n\n"
    "The minister said the plan was <b>bold</b> and <img src=x onerror=\"document.title='EXECUTED'\"> "
    "that the talks would go on for weeks, according to Reuters.\n\n"
    "'We will not stop <script>alert(1)</script> until it is done,' the minister said on Monday evening.\n"
)


def _tree_digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(notebook):
    nb = nbformat.read(notebook, as_version=4)
    dirty = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code" and (cell.outputs or cell.execution_count)]
    assert dirty == [], f"{notebook.name}: cells {dirty} carry outputs; clear them before committing"


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_has_a_parameters_cell_with_the_shared_names(notebook):
    nb = nbformat.read(notebook, as_version=4)
    tagged = [cell for cell in nb.cells if "parameters" in cell.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{notebook.name}: needs exactly one cell tagged 'parameters'"
    names = {parameter.name for parameter in PythonTranslator.inspect(tagged[0])}
    code_lines = [line for line in tagged[0].source.splitlines() if line.strip() and not line.startswith("#")]
    assert len(names) == len(code_lines), f"{notebook.name}: papermill cannot read every parameter line"
    assert REQUIRED_PARAMETERS <= names


def test_series_is_numbered_in_run_order():
    numbers = [int(p.name[:2]) for p in NOTEBOOKS]
    assert numbers == list(range(len(NOTEBOOKS)))


def _raw_digest():
    return {p.relative_to(paths.DATA_DIR).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(paths.DATA_DIR.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def bundled_run(tmp_path_factory):
    """Run the whole series twice on the bundled corpus, each with an empty cache, into two folders.

    Returns the two output folders and digests of every file under ``data/`` before and after.
    """
    first = tmp_path_factory.mktemp("first")
    second = tmp_path_factory.mktemp("second")
    data_before = _raw_digest()
    with pytest.MonkeyPatch.context() as patch:  # kernels inherit the environment
        for out in (first, second):
            patch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
            runner.run_series(corpus=paths.DATA_DIR, out_dir=out)
    return first, second, data_before, _raw_digest()


@pytest.mark.slow
def test_series_leaves_the_raw_data_and_metadata_untouched(bundled_run):
    *_, before, after = bundled_run
    assert any(name.startswith("raw/") for name in before)
    assert after == before


def _stale_committed_figures(drawn_folder, suffixes):
    drawn, committed = _tree_digest(drawn_folder), _tree_digest(paths.FIGURES_DIR)
    names = {name for name in drawn.keys() | committed.keys() if name.endswith(suffixes)}
    return sorted(name for name in names if drawn.get(name) != committed.get(name))


@pytest.mark.slow
def test_committed_tables_are_what_the_series_computes(bundled_run):
    stale = _stale_committed_figures(bundled_run[0] / "figures", (".csv",))
    assert stale == [], "figures/ is out of date: run `make run` and commit figures/"


@pytest.mark.slow
def test_committed_images_are_what_the_series_draws(bundled_run):
    unlocked = lockfile.differences_from_lock()
    if unlocked:
        pytest.skip("image bytes depend on the drawing libraries' versions, and this environment differs "
                    f"from requirements.lock: {', '.join(unlocked[:5])}; `make test` installs the locked ones")
    stale = _stale_committed_figures(bundled_run[0] / "figures", (".pdf", ".svg", ".png"))
    assert stale == [], "figures/ is out of date: run `make run` and commit figures/"


@pytest.mark.slow
def test_rerun_gives_byte_identical_figures_and_tables(bundled_run):
    first, second, *_ = bundled_run
    one, two = _tree_digest(first / "figures"), _tree_digest(second / "figures")
    assert one, "the series wrote no figures"
    assert one == two


@pytest.mark.slow
def test_every_figure_comes_with_vector_png_and_csv(bundled_run):
    names = [p.name for p in (bundled_run[0] / "figures").iterdir()]
    stems = {n.rsplit(".", 1)[0] for n in names}
    incomplete = sorted(s for s in stems if not all(f"{s}.{ext}" in names for ext in ("pdf", "svg", "png", "csv")))
    assert incomplete == []
    assert {s[:2] for s in stems} >= {f"{i:02d}" for i in range(len(NOTEBOOKS) - 1)}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    """Run the series on a user's plain folder holding an article full of markup."""
    corpus = tmp_path_factory.mktemp("corpus")
    for raw in sorted(paths.RAW_DIR.glob("*.txt"))[:3]:
        shutil.copy(raw, corpus / raw.name)
    (corpus / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    before = _tree_digest(paths.FIGURES_DIR) if paths.FIGURES_DIR.exists() else {}
    result = runner.run_series(corpus=corpus, out_dir=out)
    after = _tree_digest(paths.FIGURES_DIR) if paths.FIGURES_DIR.exists() else {}
    return result, before, after


@pytest.mark.slow
def test_own_corpus_writes_only_under_its_output_folder(hostile_run):
    result, before, after = hostile_run
    assert before == after, "running on a user's corpus changed the bundled figures"
    assert any(result.figures_dir.iterdir())
    assert result.report.exists()


@pytest.mark.slow
def test_report_shows_markup_from_articles_as_text(hostile_run):
    page = hostile_run[0].report.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    assert "<script>document.title" not in page
    assert "onerror=\"document.title" not in page
    assert "&lt;script&gt;" in page, "the hostile article's markup should be visible, escaped, in the report"


_BROWSER_CHECK = """
<script>
window.addEventListener('load', () => {
  const images = Array.from(document.images);
  const broken = images.filter(img => !(img.complete && img.naturalWidth > 0)).length;
  const overflow = document.documentElement.scrollWidth > window.innerWidth + 1;
  const meta = document.createElement('meta');
  meta.name = 'check';
  meta.content = JSON.stringify({images: images.length, broken, overflow, title: document.title});
  document.head.appendChild(meta);
});
</script>
"""


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def _headless(browser, *args):
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--window-size=1280,1600", "--virtual-time-budget=10000"]
    return subprocess.run([browser, *flags, *args], capture_output=True, text=True, timeout=180)


@pytest.mark.slow
def test_report_in_a_real_browser(hostile_run, tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("no chromium on this machine (CI installs Debian's chromium via .ci/run); browser check not run")
    report = hostile_run[0].report
    page = report.read_text(encoding="utf-8")
    # The check needs a script, which the report's policy forbids: check a copy without the policy,
    # so escaping alone must keep the article's markup from running.
    without_policy = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    assert without_policy != page, "the report should carry a no-script policy"
    checked = tmp_path / "checked.html"
    checked.write_text(without_policy.replace("</body>", _BROWSER_CHECK + "</body>"), encoding="utf-8")
    dom = _headless(browser, "--dump-dom", checked.as_uri()).stdout
    found = re.search(r'<meta name="check" content="([^"]+)"', dom)
    assert found, "the page did not finish loading in the browser"
    check = json.loads(found.group(1).replace("&quot;", '"'))
    assert check["images"] > 0 and check["broken"] == 0, check
    assert not check["overflow"], "the report is wider than the window"
    assert check["title"] != "EXECUTED", "script from article text ran in the report"
    shot = tmp_path / "report.png"
    _headless(browser, f"--screenshot={shot}", report.as_uri())
    assert shot.exists() and shot.stat().st_size > 10_000
