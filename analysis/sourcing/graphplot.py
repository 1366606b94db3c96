"""Draw the citation graph: citing outlets on the left, cited sources on the right.

A two-column (bipartite) layout drawn with matplotlib alone: one node per
outlet, one node per cited source grouped by kind, one line per edge with its
width proportional to the number of citations and its colour the outlet's
fixed colour from :func:`analysis.figures.outlet_colors`.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.lines import Line2D

from .. import figures
from .citations import KINDS

__all__ = ["plot_citation_graph", "graph_layout"]

#: Marker per source kind, so kinds stay apart in greyscale print too.
KIND_MARKERS = {
    "news outlet": "s",
    "news agency": "D",
    "government body": "^",
    "international organisation": "o",
    "social platform": "P",
    "company": "X",
    "image credit": "v",
    "unknown": "*",
}
#: Line width (points) of an edge carrying one citation, and the cap.
EDGE_WIDTH_PER_CITATION = 0.9
MAX_EDGE_WIDTH = 5.0

_EDGE_COLUMNS = ("outlet", "source", "kind", "n")


def graph_layout(edges: pd.DataFrame) -> pd.DataFrame:
    """Node positions of the bipartite layout.

    Parameters
    ----------
    edges
        Output of :func:`analysis.sourcing.citation_graph` (``outlet``,
        ``source``, ``kind``, ``n``).

    Returns
    -------
    DataFrame
        ``node``, ``side`` ("outlet" or "source"), ``kind`` (empty for
        outlets), ``x`` (0 for outlets, 1 for sources), ``y`` (top = highest).
        Outlets keep their categorical order; sources are grouped by kind in
        the order of :data:`analysis.sourcing.citations.KINDS`, most cited
        first within a kind.
    """
    missing = [c for c in _EDGE_COLUMNS if c not in edges.columns]
    if missing:
        raise ValueError(f"edges lacks columns {missing}; present: {list(edges.columns)}")
    outlet_col = edges["outlet"]
    if isinstance(outlet_col.dtype, pd.CategoricalDtype):
        outlets = [o for o in outlet_col.cat.categories if o in set(outlet_col)]
    else:
        outlets = sorted(set(outlet_col.astype(str)))
    totals = edges.groupby(["source", "kind"], observed=True)["n"].sum().reset_index()
    totals["rank"] = totals["kind"].map({k: i for i, k in enumerate(KINDS)}).fillna(len(KINDS))
    totals = totals.sort_values(["rank", "n", "source"], ascending=[True, False, True])
    sources = totals[["source", "kind"]].drop_duplicates("source")
    left = pd.DataFrame({"node": outlets, "side": "outlet", "kind": "", "x": 0.0,
                         "y": _spread(len(outlets), len(sources))})
    right = pd.DataFrame({"node": sources["source"].tolist(), "side": "source", "kind": sources["kind"].tolist(),
                          "x": 1.0, "y": _spread(len(sources), len(sources))})
    return pd.concat([left, right], ignore_index=True)


def _spread(count: int, total: int) -> np.ndarray:
    """``count`` positions centred in a column of ``total`` slots, top first."""
    if count == 0:
        return np.array([])
    total = max(total, count)
    step = (total - 1) / max(count - 1, 1) if count > 1 else 0.0
    centre_pad = 0.0 if count > 1 else (total - 1) / 2
    return np.array([total - 1 - centre_pad - i * step for i in range(count)], dtype=float)


def plot_citation_graph(edges: pd.DataFrame, *, ax: plt.Axes | None = None, colors: dict | None = None) -> plt.Axes:
    """Draw outlets → cited sources, edge width by number of citations.

    Parameters
    ----------
    edges
        Output of :func:`analysis.sourcing.citation_graph`.
    ax
        Axes to draw on; a new double-column figure when ``None``.
    colors
        Outlet → colour; defaults to :func:`analysis.figures.outlet_colors`
        of the edges' ``outlet`` column.

    Returns
    -------
    Axes
    """
    layout = graph_layout(edges)
    if ax is None:
        _, ax = figures.new_figure(width="double", height=max(2.5, 0.16 * (layout["side"] == "source").sum()))
    colors = colors or figures.outlet_colors(edges["outlet"])
    pos = {(row.side, row.node): (row.x, row.y) for row in layout.itertuples()}
    for edge in edges.itertuples():
        (x0, y0), (x1, y1) = pos[("outlet", str(edge.outlet))], pos[("source", edge.source)]
        width = min(MAX_EDGE_WIDTH, EDGE_WIDTH_PER_CITATION * edge.n)
        ax.plot([x0, x1], [y0, y1], color=colors.get(str(edge.outlet), "0.5"), lw=width, alpha=0.7,
                solid_capstyle="round", zorder=1)
    _draw_nodes(ax, layout, colors)
    ax.set_xlim(-0.45, 1.55)
    ax.axis("off")
    return ax


def _draw_nodes(ax: plt.Axes, layout: pd.DataFrame, colors: dict) -> None:
    for row in layout.itertuples():
        if row.side == "outlet":
            ax.scatter(row.x, row.y, s=60, color=colors.get(row.node, "0.5"), zorder=2, edgecolor="white")
            ax.text(row.x - 0.03, row.y, row.node, ha="right", va="center", fontsize=7, fontweight="bold")
        else:
            ax.scatter(row.x, row.y, s=22, marker=KIND_MARKERS.get(row.kind, "o"), color="0.25", zorder=2)
            ax.text(row.x + 0.03, row.y, row.node, ha="left", va="center", fontsize=6.5)
    kinds = [k for k in KINDS if k in set(layout["kind"])]
    handles = [Line2D([], [], ls="", marker=KIND_MARKERS[k], color="0.25", label=k) for k in kinds]
    ax.legend(handles=handles, title="cited as", loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False,
              fontsize=6.5, title_fontsize=7)
