"""Paper-ready figures: one style, one colour per outlet, one way to save.

Every figure of the series is made with :func:`new_figure` and written with
:func:`save_figure`, which writes PDF, SVG and PNG plus a CSV of exactly what
is plotted. Files carry no timestamps and SVG ids are salted with a fixed
string, so two runs on the same input give byte-identical files.

**Rerun cache.** The SVG is drawn first; it is a complete vector description
of the figure (text as paths, raster layers embedded at the PNG's resolution).
When its bytes equal those of the last save to the same place, and the PDF
and PNG there are still the files that save wrote (checked by SHA-256, under
the same matplotlib version and style), the PDF and PNG are not drawn again.
The record lives in ``<cache>/figures/`` (:data:`analysis.paths.CACHE_DIR`),
which ``python -m analysis clear-cache`` empties; ``cache=False`` always
draws every format.

**In a notebook** the value :func:`save_figure` returns shows the PNG it
wrote, at screen size; pass ``close=True`` so the figure is not drawn a
second time for the notebook.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from . import paths

__all__ = [
    "OKABE_ITO",
    "FIGURE_WIDTHS",
    "use_style",
    "outlet_colors",
    "new_figure",
    "save_figure",
    "SavedFigure",
    "source_line",
]

#: Okabe & Ito (2008) colour-blind-safe palette, black last (kept for text).
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
)

#: Journal column widths in inches: one column (89 mm) and two columns (183 mm).
FIGURE_WIDTHS = {"single": 3.5, "double": 7.2}

_FORMATS = ("pdf", "svg", "png")
_PNG_DPI = 300
#: Resolution at which a saved PNG is shown in a notebook (matches ``figure.dpi``).
_SCREEN_DPI = 110
_STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "axes.titlesize": 9,
    "axes.labelsize": 8,
    "xtick.labelsize": 7,
    "ytick.labelsize": 7,
    "legend.fontsize": 7,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": False,
    "figure.dpi": _SCREEN_DPI,
    "savefig.dpi": _PNG_DPI,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.04,
    "pdf.fonttype": 42,  # embed TrueType (Type 42), as journals ask
    "ps.fonttype": 42,
    "svg.fonttype": "path",
    "svg.hashsalt": "media-workbench",  # stable element ids across runs
    "path.simplify": True,
}
# No dates or versions in the files, so reruns give identical bytes.
#: Decimals in the CSV tables: 12 significant digits.
CSV_FLOAT_FORMAT = "%.12g"
_METADATA = {
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
    "svg": {"Date": None, "Creator": None},
    "png": {"Software": None},
}


def use_style() -> None:
    """Apply the paper style to matplotlib's global settings."""
    plt.rcParams.update(_STYLE)


def source_line(articles: pd.DataFrame, corpus_path: str | Path | None = None, method: str = "") -> str:
    """The data behind a figure, for the ``source`` of :func:`save_figure`.

    Parameters
    ----------
    articles
        The articles the figure is drawn from (needs ``outlet``).
    corpus_path
        The corpus folder as the notebook was given it; ``None`` or the
        repository's ``data/`` is the bundled corpus. Only the folder's name is
        written, so the line is the same on every machine.
    method
        What was measured, e.g. ``"VADER compound per sentence"``.

    Returns
    -------
    str
        ``"5 articles from 4 outlets; corpus: bundled; VADER compound per sentence"``.
    """
    bundled = corpus_path is None or Path(corpus_path).resolve() == paths.DATA_DIR.resolve()
    corpus_name = "bundled" if bundled else Path(corpus_path).resolve().name
    parts = [f"{len(articles)} articles from {articles['outlet'].nunique()} outlets", f"corpus: {corpus_name}"]
    return "; ".join(parts + ([method] if method else []))


def outlet_colors(outlets: Iterable[str] | pd.Series) -> dict[str, str]:
    """Give each outlet a fixed colour from the colour-blind-safe palette.

    Parameters
    ----------
    outlets
        The outlets of the corpus. An ordered categorical column (as
        :func:`analysis.load_corpus` returns) keeps its category order, so a
        figure drawn from a subset still uses the colours of the whole
        corpus; anything else is sorted alphabetically.

    Returns
    -------
    dict
        Outlet name to hex colour. Past eight outlets the palette repeats.
    """
    if isinstance(outlets, pd.Series) and isinstance(outlets.dtype, pd.CategoricalDtype):
        names = [str(name) for name in outlets.cat.categories]
    else:
        names = sorted({str(name) for name in outlets})
    return {name: OKABE_ITO[i % len(OKABE_ITO)] for i, name in enumerate(names)}


def new_figure(
    *, width: str = "single", height: float | None = None, nrows: int = 1, ncols: int = 1, **kwargs
) -> tuple[plt.Figure, object]:
    """Create a figure at a journal column width in the paper style.

    Parameters
    ----------
    width
        ``"single"`` (3.5 in) or ``"double"`` (7.2 in).
    height
        Height in inches; defaults to 0.62 of the width.
    nrows, ncols, **kwargs
        Passed to :func:`matplotlib.pyplot.subplots`.

    Returns
    -------
    (Figure, Axes or array of Axes)
    """
    if width not in FIGURE_WIDTHS:
        raise ValueError(f"width must be one of {sorted(FIGURE_WIDTHS)}, got {width!r}")
    use_style()
    inches = FIGURE_WIDTHS[width]
    return plt.subplots(
        nrows, ncols, figsize=(inches, height or inches * 0.62), layout="constrained", **kwargs
    )


@contextmanager
def _layout_done_once(fig: plt.Figure):
    """Lay the figure out and find its tight box once, not once per file format.

    Yields the tight bounding box (inches, padded as ``savefig.pad_inches``);
    the layout engine is paused while the files are written and restored after.
    """
    fig.draw_without_rendering()  # runs the layout engine; rasterising here would be wasted
    bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(_STYLE["savefig.pad_inches"])
    engine = fig.get_layout_engine()
    fig.set_layout_engine("none")
    try:
        yield bbox
    finally:
        fig.set_layout_engine(engine)


class SavedFigure(dict):
    """What :func:`save_figure` wrote: format (``pdf``, ``svg``, ``png``, ``csv``) to path.

    In a notebook it shows the written PNG at screen size, so the figure on
    screen is the file on disk.
    """

    def _repr_png_(self) -> tuple[bytes, dict] | None:
        png = self.get("png")
        if png is None or not Path(png).is_file():
            return None
        data = Path(png).read_bytes()
        width_px = int.from_bytes(data[16:20], "big")  # IHDR width
        return data, {"width": round(width_px * _SCREEN_DPI / _PNG_DPI)}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _record_path(target: Path) -> Path:
    """Where the rerun cache keeps its record for the figure written to ``target``."""
    key = _sha256(str(target.resolve()).encode())[:24]
    return Path(paths.CACHE_DIR) / "figures" / f"{key}.json"


def _render_version() -> str:
    """Everything besides the SVG that the PDF and PNG bytes depend on."""
    return f"matplotlib {matplotlib.__version__}; {sorted(_STYLE.items())}; {sorted(_METADATA.items())}"


def _unchanged(record: Path, svg_digest: str, folder: Path, name: str) -> bool:
    """True when the files at ``folder/name.*`` are those last drawn from this very SVG."""
    try:
        saved = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if saved.get("version") != _render_version() or saved.get("svg") != svg_digest:
        return False
    for fmt in ("pdf", "png", "svg"):
        file = folder / f"{name}.{fmt}"
        if not file.is_file() or _sha256(file.read_bytes()) != saved.get(fmt):
            return False
    return True


def _write_images(fig: plt.Figure, folder: Path, name: str, *, cache: bool) -> dict[str, Path]:
    """Write PDF, SVG and PNG; skip PDF and PNG when the rerun cache says they are current."""
    written = {fmt: folder / f"{name}.{fmt}" for fmt in _FORMATS}
    with plt.rc_context(_STYLE), _layout_done_once(fig) as bbox:
        buffer = io.BytesIO()
        fig.savefig(buffer, format="svg", metadata=_METADATA["svg"], bbox_inches=bbox)
        svg = buffer.getvalue()
        record = _record_path(written["svg"])
        if cache and _unchanged(record, _sha256(svg), folder, name):
            return written
        written["svg"].write_bytes(svg)
        for fmt in ("pdf", "png"):
            fig.savefig(written[fmt], format=fmt, metadata=_METADATA[fmt], bbox_inches=bbox)
    digests = {fmt: _sha256(path.read_bytes()) for fmt, path in written.items()}
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text(json.dumps({"version": _render_version(), **digests}), encoding="utf-8")
    return written


def save_figure(
    fig: plt.Figure,
    name: str,
    *,
    data: pd.DataFrame,
    out_dir: str | Path | None = None,
    source: str = "",
    close: bool = False,
    cache: bool = True,
) -> SavedFigure:
    """Write a figure as PDF, SVG and PNG, and the table it plots as CSV.

    Parameters
    ----------
    fig
        The figure to save.
    name
        File stem, e.g. ``"tone_by_outlet"``; letters, digits, ``_`` and ``-``.
    data
        Exactly the numbers the figure shows, written to ``<name>.csv`` so a
        reader can check them without Python (decimals to
        :data:`CSV_FLOAT_FORMAT`, so the last bits of floating-point noise
        neither show nor change the file).
    out_dir
        Folder to write into; defaults to the repository's ``figures/``.
    source
        A line naming the data behind the figure (corpus, n articles), written
        as a ``# source:`` comment on the CSV's first line.
    close
        Close the figure after saving (keeps memory flat in long runs, and a
        notebook then shows only the saved PNG).
    cache
        Skip drawing the PDF and PNG again when the figure is unchanged since
        the last save to the same place (see the module notes).

    Returns
    -------
    SavedFigure
        Format (``pdf``, ``svg``, ``png``, ``csv``) to the written path; shown
        as the PNG in a notebook.
    """
    if not name or not all(ch.isalnum() or ch in "_-" for ch in name):
        raise ValueError(f"figure name must use letters, digits, '_' or '-', got {name!r}")
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"data must be the DataFrame the figure plots, got {type(data).__name__}")
    folder = Path(out_dir) if out_dir is not None else paths.FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    written = SavedFigure(_write_images(fig, folder, name, cache=cache))
    csv_path = folder / f"{name}.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as handle:
        if source:
            handle.write(f"# source: {source}\n")
        data.to_csv(handle, index=False, lineterminator="\n", float_format=CSV_FLOAT_FORMAT)
    written["csv"] = csv_path
    if close:
        plt.close(fig)
    return written
