"""Tests for analysis.sourcing.graphplot: the bipartite layout of the citation graph."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.sourcing.graphplot import graph_layout, plot_citation_graph  # noqa: E402


def _edges() -> pd.DataFrame:
    outlets = pd.Categorical(["B", "A", "A"], categories=["B", "A", "C"], ordered=True)
    return pd.DataFrame({
        "outlet": outlets,
        "source": ["TASS", "The Sun", "TASS"],
        "kind": ["news agency", "news outlet", "news agency"],
        "n": [1, 3, 2],
        "n_articles": [1, 1, 1],
    })


def test_layout_puts_outlets_left_in_category_order_and_sources_right_by_kind():
    layout = graph_layout(_edges())
    outlets = layout.loc[layout["side"].eq("outlet")]
    sources = layout.loc[layout["side"].eq("source")]
    assert outlets["node"].tolist() == ["B", "A"]  # category order; C has no edge
    assert set(outlets["x"]) == {0.0} and set(sources["x"]) == {1.0}
    assert sources["node"].tolist() == ["The Sun", "TASS"]  # news outlet before news agency
    assert outlets["y"].is_monotonic_decreasing and sources["y"].is_monotonic_decreasing


def test_plot_draws_one_line_per_edge_with_width_by_citations():
    ax = plot_citation_graph(_edges())
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) == 2]
    assert len(lines) == 3
    assert sorted(line.get_linewidth() for line in lines) == pytest.approx([0.9, 1.8, 2.7])


def test_layout_names_missing_columns():
    with pytest.raises(ValueError, match=r"lacks columns \['n'\]"):
        graph_layout(_edges().drop(columns="n"))
