"""The figures helper: four files per figure, identical bytes on rerun, paper settings."""

from __future__ import annotations

import hashlib
import re

import pandas as pd
import pytest

from analysis import figures


def _draw():
    fig, ax = figures.new_figure(width="single")
    data = pd.DataFrame({"outlet": ["A", "B"], "n_words": [120, 340]})
    ax.bar(data["outlet"], data["n_words"], color=["#0072B2", "#E69F00"])
    ax.set_title("Article length")
    return fig, data


def _digests(written):
    return {fmt: hashlib.sha256(path.read_bytes()).hexdigest() for fmt, path in written.items()}


def test_writes_pdf_svg_png_and_the_plotted_table(tmp_path):
    fig, data = _draw()
    written = figures.save_figure(fig, "lengths", data=data, out_dir=tmp_path, source="toy corpus, 2 articles")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lengths.csv", "lengths.pdf", "lengths.png", "lengths.svg"]
    lines = written["csv"].read_text().splitlines()
    assert lines == ["# source: toy corpus, 2 articles", "outlet,n_words", "A,120", "B,340"]


def test_table_decimals_drop_floating_point_noise_but_keep_twelve_digits(tmp_path):
    fig, _ = _draw()
    data = pd.DataFrame({"value": [0.1 + 0.2, 1 / 3, 9.0, -0.15189512500000002]})
    csv = figures.save_figure(fig, "noise", data=data, out_dir=tmp_path, close=True)["csv"]
    assert csv.read_text().splitlines() == ["value", "0.3", "0.333333333333", "9", "-0.151895125"]


def test_same_figure_twice_gives_identical_bytes(tmp_path):
    fig, data = _draw()
    first = _digests(figures.save_figure(fig, "a", data=data, out_dir=tmp_path / "one", close=True))
    fig, data = _draw()
    second = _digests(figures.save_figure(fig, "a", data=data, out_dir=tmp_path / "two", close=True))
    assert first == second


def test_pdf_embeds_truetype_fonts_and_no_dates(tmp_path):
    fig, data = _draw()
    pdf = figures.save_figure(fig, "f", data=data, out_dir=tmp_path)["pdf"].read_bytes()
    assert b"/FontFile2" in pdf, "fonts must be embedded as TrueType (Type 42)"
    assert b"/Subtype /Type3" not in pdf
    assert b"CreationDate" not in pdf
    svg = (tmp_path / "f.svg").read_text()
    assert not re.search(r"<dc:date>", svg)


def test_figure_widths_are_journal_columns():
    fig, _ = figures.new_figure(width="double")
    assert fig.get_size_inches()[0] == pytest.approx(7.2)
    with pytest.raises(ValueError, match="width must be one of"):
        figures.new_figure(width="wide")


def test_outlet_colours_follow_category_order_and_survive_subsetting():
    outlets = pd.Series(pd.Categorical(["B", "A", "C"], categories=["A", "B", "C"], ordered=True))
    colours = figures.outlet_colors(outlets)
    assert colours == {"A": figures.OKABE_ITO[0], "B": figures.OKABE_ITO[1], "C": figures.OKABE_ITO[2]}
    assert figures.outlet_colors(outlets[outlets == "C"]) == colours


def test_bad_names_and_missing_table_are_refused(tmp_path):
    fig, data = _draw()
    with pytest.raises(ValueError, match="figure name"):
        figures.save_figure(fig, "../escape", data=data, out_dir=tmp_path)
    with pytest.raises(TypeError, match="DataFrame"):
        figures.save_figure(fig, "ok", data=[1, 2], out_dir=tmp_path)


@pytest.fixture
def drawn_formats(monkeypatch, tmp_path):
    """Use a private rerun cache and record which formats are drawn to files."""
    monkeypatch.setattr(figures.paths, "CACHE_DIR", tmp_path / "cache")
    drawn = []
    real_savefig = figures.plt.Figure.savefig

    def recording_savefig(self, target, *args, **kwargs):
        drawn.append(kwargs["format"])
        return real_savefig(self, target, *args, **kwargs)

    monkeypatch.setattr(figures.plt.Figure, "savefig", recording_savefig)
    return drawn


def test_rerun_of_an_unchanged_figure_draws_only_the_svg(tmp_path, drawn_formats):
    first = _digests(figures.save_figure(_draw()[0], "a", data=_draw()[1], out_dir=tmp_path / "out", close=True))
    drawn_formats.clear()
    second = _digests(figures.save_figure(_draw()[0], "a", data=_draw()[1], out_dir=tmp_path / "out", close=True))
    assert drawn_formats == ["svg"]
    assert first == second


def test_a_changed_figure_is_drawn_again(tmp_path, drawn_formats):
    first = _digests(figures.save_figure(_draw()[0], "a", data=_draw()[1], out_dir=tmp_path, close=True))
    fig, data = _draw()
    fig.axes[0].set_title("Article length, in words")
    drawn_formats.clear()
    second = _digests(figures.save_figure(fig, "a", data=data, out_dir=tmp_path, close=True))
    assert sorted(drawn_formats) == ["pdf", "png", "svg"]
    assert first["png"] != second["png"] and first["pdf"] != second["pdf"]


def test_a_damaged_or_edited_file_is_drawn_again(tmp_path, drawn_formats):
    first = _digests(figures.save_figure(_draw()[0], "a", data=_draw()[1], out_dir=tmp_path, close=True))
    (tmp_path / "a.png").write_bytes(b"not a png")
    drawn_formats.clear()
    second = _digests(figures.save_figure(_draw()[0], "a", data=_draw()[1], out_dir=tmp_path, close=True))
    assert sorted(drawn_formats) == ["pdf", "png", "svg"]
    assert first == second


def test_cache_off_draws_every_format(tmp_path, drawn_formats):
    figures.save_figure(_draw()[0], "a", data=_draw()[1], out_dir=tmp_path, close=True)
    drawn_formats.clear()
    figures.save_figure(_draw()[0], "a", data=_draw()[1], out_dir=tmp_path, close=True, cache=False)
    assert sorted(drawn_formats) == ["pdf", "png", "svg"]


def test_saved_figure_shows_the_written_png_at_screen_size(tmp_path):
    from PIL import Image

    saved = figures.save_figure(_draw()[0], "a", data=_draw()[1], out_dir=tmp_path, close=True)
    png, meta = saved._repr_png_()
    assert png == saved["png"].read_bytes()
    width_px = Image.open(saved["png"]).size[0]
    assert meta["width"] == round(width_px * 110 / 300)


def test_source_line_names_the_corpus_folder_never_a_machine_path(tmp_path):
    from analysis import paths

    articles = pd.DataFrame({"outlet": ["A", "B", "A"]})
    assert figures.source_line(articles) == "3 articles from 2 outlets; corpus: bundled"
    assert figures.source_line(articles, paths.DATA_DIR, "VADER") == "3 articles from 2 outlets; corpus: bundled; VADER"
    mine = tmp_path / "my_corpus"
    assert figures.source_line(articles, mine) == "3 articles from 2 outlets; corpus: my_corpus"
