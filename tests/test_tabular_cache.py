"""Tests for the cache of analysis.tabular.read_articles (and analysis.cache.cached_result under it).

Every table is written here. A read from the cache is compared with a read
that uses no cache (``cache=False``); the row parser ``_chunk_articles`` is
counted, so "read back, not parsed" is checked by counting, not by timing;
other expected values are read off the cells written.
"""

from __future__ import annotations

import json
import os
import warnings

import pandas as pd
import pyarrow.parquet as pq
import pytest

import analysis
from analysis import cache, paths, tabular
from analysis.cache import CacheWarning
from analysis.loadreport import WARNINGS_PER_ISSUE, CorpusWarning

#: Rows without text in the export: more than are warned about one by one.
N_EMPTY = WARNINGS_PER_ISSUE + 3


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setattr(paths, "CACHE_DIR", folder)
    return folder


@pytest.fixture
def parsed(monkeypatch):
    """The (file name, number of rows) of every chunk the row parser is given."""
    calls = []
    original = tabular._chunk_articles

    def counting(numbers, frame, mapping, path, codec, state):
        calls.append((path.name, len(numbers)))
        return original(numbers, frame, mapping, path, codec, state)

    monkeypatch.setattr(tabular, "_chunk_articles", counting)
    return calls


def _export(path) -> pd.DataFrame:
    """Write an export with a bad date (row 2) and N_EMPTY rows without text (rows 4 on); return its rows."""
    rows = pd.DataFrame({
        "id": ["a1", "a2", "a3", *[f"e{i:02d}" for i in range(N_EMPTY)]],
        "outlet": ["BBC News", "The Guardian", "BBC News", *["The Guardian"] * N_EMPTY],
        "date": ["2022-03-01", "not a date", "2022-03-02 10:30", *["2022-03-03"] * N_EMPTY],
        "text": ["First story.\n\nIt goes on.", "Second story.", "Third story, one paragraph.", *[""] * N_EMPTY],
    })
    rows.to_csv(path, index=False)
    return rows


def _read(path, **options) -> tuple[pd.DataFrame, list[str]]:
    """The articles and the messages of the CorpusWarnings raised while reading them."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = tabular.read_articles(path, **options)
    return articles, [str(w.message) for w in caught if w.category is CorpusWarning]


def _quiet(path, **options) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return tabular.read_articles(path, **options)


def _assert_same(got: pd.DataFrame, expected: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got, expected, check_exact=True, check_index_type=True, check_column_type=True)
    assert got["outlet"].cat.categories.dtype == expected["outlet"].cat.categories.dtype
    assert got.attrs == expected.attrs


def _segments(cache_dir) -> list:
    return sorted((cache_dir / tabular.CACHE_TABLE).glob("*/*.parquet"))


# --------------------------------------------------------------------------- same result as a fresh read

def test_warm_read_equals_a_fresh_read_warnings_included(tmp_path, parsed):
    path = tmp_path / "export.csv"
    rows = _export(path)
    fresh, fresh_warnings = _read(path, cache=False)
    for run in ("cold", "warm"):
        parsed.clear()
        articles, caught = _read(path)
        _assert_same(articles, fresh)
        assert caught == fresh_warnings
        assert parsed == ([("export.csv", len(rows))] if run == "cold" else [])
    # what the input says: three rows with text, sorted by id; the outlets as an ordered categorical
    assert articles["doc_id"].tolist() == ["a1", "a2", "a3"]
    assert isinstance(articles.index, pd.RangeIndex)
    assert articles["outlet"].cat.ordered and list(articles["outlet"].cat.categories) == ["BBC News", "The Guardian"]
    assert articles["published"].tolist()[::2] == [pd.Timestamp("2022-03-01"), pd.Timestamp("2022-03-02 10:30")]
    # the warnings of a warm read: as many as a fresh read raises, then the summary of those held back
    no_text = [m for m in caught if ": no text — " in m]
    assert len(no_text) == WARNINGS_PER_ISSUE
    assert no_text[0].startswith("export.csv: row 4, column 'text': no text")
    assert any(m.startswith(f"{N_EMPTY - WARNINGS_PER_ISSUE} more 'no_text' warnings") for m in caught)
    assert any("row 2, column 'date': 'not a date' is not a date" in m for m in caught)
    assert sum(e["issue"] == "no_text" for e in articles.attrs["load_report"]) == N_EMPTY


def test_load_corpus_passes_the_cache_on(tmp_path, parsed, cache_dir):
    path = tmp_path / "export.csv"
    _export(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        analysis.load_corpus(path, cache=False)
        assert not cache_dir.exists()
        first = analysis.load_corpus(path)
        parsed.clear()
        second = analysis.load_corpus(path)
    assert parsed == [] and len(_segments(cache_dir)) == 1
    _assert_same(second, first)


def test_empty_result_reads_back_identically(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("id,text\nx1,\nx2,   \n", encoding="utf-8")
    fresh, fresh_warnings = _read(path, cache=False)
    for _ in ("cold", "warm"):
        articles, caught = _read(path)
        _assert_same(articles, fresh)
        assert caught == fresh_warnings
    assert len(articles) == 0 and len(caught) == 2


# --------------------------------------------------------------------------- what the key covers

def test_an_edited_cell_is_read_again_not_served_stale(tmp_path, parsed):
    path = tmp_path / "export.csv"
    _export(path)
    _quiet(path)
    before = path.stat()
    # same length, same modification time: only the bytes tell
    path.write_bytes(path.read_bytes().replace(b"Second story.", b"Secret story."))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    parsed.clear()
    articles = _quiet(path)
    assert parsed and articles.set_index("doc_id").at["a2", "text"] == "Secret story."
    _assert_same(articles, _quiet(path, cache=False))


def test_renamed_added_and_removed_files_of_a_folder_are_read_again(tmp_path, parsed):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "a.csv").write_text("id,text\nx1,From a.\n", encoding="utf-8")
    (folder / "b.csv").write_text("id,text\ny1,From b.\n", encoding="utf-8")
    assert _quiet(folder)["source_file"].tolist() == ["a.csv:1", "b.csv:1"]
    (folder / "b.csv").rename(folder / "c.csv")
    parsed.clear()
    assert _quiet(folder)["source_file"].tolist() == ["a.csv:1", "c.csv:1"] and parsed
    (folder / "d.csv").write_text("id,text\nz1,From d.\n", encoding="utf-8")
    assert _quiet(folder)["doc_id"].tolist() == ["x1", "y1", "z1"]
    (folder / "a.csv").unlink()
    assert _quiet(folder)["doc_id"].tolist() == ["y1", "z1"]
    assert _quiet(folder, cache=False)["doc_id"].tolist() == ["y1", "z1"]


def test_options_are_part_of_the_key(tmp_path, parsed):
    path = tmp_path / "t.csv"
    path.write_text("id,title,headline,text\nh1,From title,From headline,Body.\n", encoding="utf-8")
    assert _quiet(path)["title"].tolist() == ["From title"]
    assert _quiet(path, columns={"title": "headline"})["title"].tolist() == ["From headline"]
    parsed.clear()
    assert _quiet(path)["title"].tolist() == ["From title"] and parsed == []


def test_chunk_rows_is_part_of_the_key(tmp_path):
    """A file damaged mid-way keeps the rows of the chunks before the damage, so the chunk size matters."""
    n_good, chunk_rows = 7, 2
    path = tmp_path / "open_quote.csv"
    path.write_text("id,text\n" + "".join(f"q{i},Row {i}.\n" for i in range(n_good)) + 'q9,"never closed\n',
                    encoding="utf-8")
    kept = n_good // chunk_rows * chunk_rows  # the chunk holding the open quote is lost whole
    assert len(_quiet(path, chunk_rows=chunk_rows)) == kept
    assert len(_quiet(path)) == len(_quiet(path, cache=False)) == 0  # one chunk: lost whole
    assert len(_quiet(path, chunk_rows=chunk_rows)) == kept


def test_a_new_loader_version_reads_again(tmp_path, parsed, monkeypatch):
    path = tmp_path / "export.csv"
    _export(path)
    _quiet(path)
    edited = tmp_path / "tabular_copy.py"
    edited.write_text(open(tabular.__file__, encoding="utf-8").read() + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(tabular, "__file__", str(edited))
    parsed.clear()
    _quiet(path)
    assert parsed
    monkeypatch.setattr(tabular, "_library_version", lambda name: "0.0")  # another pandas, pyarrow, …
    parsed.clear()
    _quiet(path)
    assert parsed


# --------------------------------------------------------------------------- damage, bypass, clearing

def test_a_damaged_segment_is_recomputed_with_a_warning(tmp_path, parsed, cache_dir):
    path = tmp_path / "export.csv"
    _export(path)
    fresh = _quiet(path, cache=False)
    _quiet(path)
    (segment,) = _segments(cache_dir)
    segment.write_bytes(segment.read_bytes()[:300])
    parsed.clear()
    with pytest.warns(CacheWarning, match="damaged"):
        articles = _quiet(path)
    _assert_same(articles, fresh)
    assert parsed
    parsed.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)
        _assert_same(_quiet(path), fresh)
    assert parsed == []


def test_an_altered_load_report_in_the_cache_is_caught(tmp_path, cache_dir):
    """The report is kept in the segment's manifest beside its checksum: a report changed there is not used."""
    path = tmp_path / "export.csv"
    _export(path)
    fresh = _quiet(path, cache=False)
    _quiet(path)
    (segment,) = _segments(cache_dir)
    table = pq.read_table(segment)
    manifest = json.loads(table.schema.metadata[b"analysis_cache"])
    entry = next(e for e in manifest["attrs"]["load_report"] if e["issue"] == "bad_date")
    entry["message"] = entry["message"].replace("not a date", "a date")
    pq.write_table(table.replace_schema_metadata({**table.schema.metadata,
                                                  b"analysis_cache": json.dumps(manifest).encode()}), segment)
    with pytest.warns(CacheWarning, match="attrs differ from their checksum"):
        articles = _quiet(path)
    _assert_same(articles, fresh)


def test_cache_false_reads_and_writes_nothing(tmp_path, parsed, cache_dir):
    path = tmp_path / "export.csv"
    _export(path)
    _quiet(path, cache=False)
    _quiet(path, cache=False, label_lines=True)
    assert not cache_dir.exists()
    _quiet(path)
    parsed.clear()
    _quiet(path, cache=False)
    assert parsed == [("export.csv", 3 + N_EMPTY)]


def test_clear_cache_command_empties_it(tmp_path, parsed, cache_dir):
    from analysis import __main__ as cli

    path = tmp_path / "export.csv"
    _export(path)
    _quiet(path)
    assert _segments(cache_dir)
    assert cli.main(["clear-cache"]) == 0
    assert not cache_dir.exists()
    parsed.clear()
    _quiet(path)
    assert parsed


# --------------------------------------------------------------------------- cached_result

def test_cached_result_keeps_json_attrs_and_skips_others(cache_dir):
    calls = []

    def compute(attrs):
        calls.append(1)
        frame = pd.DataFrame({"n": [1, 2]}, index=[5, 6])
        frame.attrs = attrs
        return frame

    attrs = {"report": [{"issue": "x", "n": 2}], "note": "é"}
    for _ in range(2):
        result = cache.cached_result("r", "k1", lambda: compute(attrs), version="v", cache_dir=cache_dir)
        assert result.attrs == attrs and result["n"].tolist() == [1, 2]
        assert isinstance(result.index, pd.RangeIndex)
    assert len(calls) == 1
    odd = {"when": pd.Timestamp("2022-03-01")}
    with pytest.warns(CacheWarning, match="not cached"):
        result = cache.cached_result("r", "k2", lambda: compute(odd), version="v", cache_dir=cache_dir)
    assert result.attrs == odd and len(calls) == 2
