"""Tests for analysis.tabular: articles from CSV, JSON Lines and Parquet files.

Every table is written here; expected values are read off the cells written.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import warnings

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis
from analysis import paths, tabular
from analysis.corpus import ARTICLE_COLUMNS, CorpusWarning, load_report

#: A Media Cloud-style export: its column names, two stories.
MEDIA_CLOUD = pd.DataFrame({
    "stories_id": [2001, 2002],
    "media_name": ["The Guardian", "Kyiv Independent"],
    "publish_date": ["2022-03-03 10:05:00", "2022-03-04"],
    "title": ["Troops withdraw from northern city", "Talks resume in Istanbul"],
    "url": ["https://www.theguardian.com/world/2022/mar/03/troops", "https://kyivindependent.com/talks"],
    "text": ["Troops began leaving the city on Thursday.\n\nOfficials said talks would go on.",
             "Delegations met again on Friday.\nNo agreement was reached."],
})


@pytest.fixture(autouse=True)
def _own_cache(tmp_path, monkeypatch):
    """Each test reads and writes its own cache (tables are cached whole; see test_tabular_cache.py)."""
    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path / "cache")


def _issues(frame: pd.DataFrame) -> list[tuple[str, str]]:
    report = load_report(frame)
    return list(zip(report["issue"], report["message"]))


def _warned(func, *args, **kwargs):
    """The result of the call and the messages of the CorpusWarnings it raised."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", CorpusWarning)
        result = func(*args, **kwargs)
    return result, [str(w.message) for w in caught if w.category is CorpusWarning]


def _quiet(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return func(*args, **kwargs)


# --------------------------------------------------------------------------- contract

def test_media_cloud_csv_without_mapping(tmp_path):
    MEDIA_CLOUD.to_csv(tmp_path / "export.csv", index=False)
    articles = analysis.load_corpus(tmp_path / "export.csv")
    assert list(articles.columns) == list(ARTICLE_COLUMNS)
    assert articles["doc_id"].tolist() == ["2001", "2002"]
    first = articles.iloc[0]
    assert first["outlet"] == "The Guardian" and first["outlet_from"] == "metadata"
    assert first["publisher_group"] == "Guardian Media Group" and first["publisher_group_from"] == "inferred"
    assert first["published"] == pd.Timestamp("2022-03-03 10:05")
    assert first["title"] == "Troops withdraw from northern city" and first["title_from"] == "metadata"
    assert first["text"] == "Troops began leaving the city on Thursday.\n\nOfficials said talks would go on."
    assert (first["n_paragraphs"], first["n_words"]) == (2, 13)
    # no blank line: one paragraph per line
    assert articles.iloc[1]["text"] == "Delegations met again on Friday.\n\nNo agreement was reached."
    assert first["sha256"] == hashlib.sha256(MEDIA_CLOUD.loc[0, "text"].encode()).hexdigest()
    assert first["source_file"] == "export.csv:1" and first["encoding"] == "utf-8"
    assert set(articles["author_from"]) == {"missing"} and articles["author"].isna().all()


def test_dtypes_match_the_text_loader(tmp_path):
    MEDIA_CLOUD.to_csv(tmp_path / "export.csv", index=False)
    table = analysis.load_corpus(tmp_path / "export.csv")
    text = analysis.load_corpus()
    assert [str(d) for d in table.dtypes] == [str(d) for d in text.dtypes]
    assert table["outlet"].cat.ordered
    assert list(table["outlet"].cat.categories) == ["Kyiv Independent", "The Guardian"]


def test_explicit_mapping(tmp_path):
    frame = pd.DataFrame({"content": ["A report from the front line."], "date": ["2022-03-09"],
                          "source": ["Planet News"], "headline": ["Front line"], "writer": ["Jane Roe"],
                          "text": ["not the article"]})
    frame.to_csv(tmp_path / "mine.csv", index=False)
    articles = analysis.load_corpus(tmp_path / "mine.csv",
                                    columns={"text": "content", "published": "date", "author": "writer"})
    row = articles.iloc[0]
    assert row["text"] == "A report from the front line."
    assert (row["published"], row["author"], row["outlet"], row["title"]) == (
        pd.Timestamp("2022-03-09"), "Jane Roe", "Planet News", "Front line")
    assert row["doc_id"] == "mine-1"  # no id column: file stem and row number


def test_missing_columns_are_noted_not_invented(tmp_path):
    pd.DataFrame({"body": ["Only a body here.", "Another body."],
                  "link": ["https://www.bbc.co.uk/news/world-1", ""]}).to_csv(tmp_path / "t.csv", index=False)
    with pytest.warns(CorpusWarning, match=r"no outlet in t\.csv row 2 and no URL"):
        articles = analysis.load_corpus(tmp_path / "t.csv")
    first, second = articles.iloc[0], articles.iloc[1]
    assert (first["outlet"], first["outlet_from"]) == ("BBC News", "inferred")
    assert (second["outlet"], second["outlet_from"]) == ("unknown", "missing")
    for field in ("title", "published", "author"):
        assert articles[f"{field}_from"].tolist() == ["missing", "missing"]
        assert articles[field].isna().all()
    missing = {m for issue, m in _issues(articles) if issue == "missing_column"}
    assert any(m.startswith("no title column") for m in missing)
    assert any(m.startswith("no published column") for m in missing)
    assert any(m.startswith("no doc_id column") for m in missing)
    assert articles["standfirst"].tolist() == ["", ""]


# --------------------------------------------------------------------------- formats

def test_jsonl_with_author_lists_and_a_bad_line(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "First story.", "authors": ["Ann Lee", "Bo Chan"], "outlet": "X"}),
        "{not json",
        "",
        json.dumps({"id": "b", "text": "Second story.", "outlet": "Y", "date": "March 3, 2022"}),
        json.dumps(["a", "list"]),
    ]
    (tmp_path / "s.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, caught = _warned(analysis.load_corpus, tmp_path / "s.jsonl")
    assert any("line 2: not a JSON object" in m for m in caught)
    by_id = articles.set_index("doc_id")
    assert by_id.at["a", "author"] == "Ann Lee and Bo Chan"
    assert by_id.at["b", "published"] == pd.Timestamp("2022-03-03") and pd.isna(by_id.at["b", "author"])
    bad = [m for issue, m in _issues(articles) if issue == "bad_json_line"]
    assert [m.split(":")[0] for m in bad] == ["line 2", "line 5"]
    assert by_id.at["b", "source_file"] == "s.jsonl:4"  # JSON Lines rows are line numbers


def test_parquet_typed_columns(tmp_path):
    frame = pd.DataFrame({
        "stories_id": [7, 8],
        "publish_date": pd.to_datetime(["2022-03-03 10:05", "2022-03-04 23:30"]).tz_localize("Europe/Kyiv"),
        "text": ["One.", "Two."],
        "media_name": ["A", "B"],
    })
    frame.to_parquet(tmp_path / "p.parquet")
    articles = analysis.load_corpus(tmp_path / "p.parquet")
    assert articles["doc_id"].tolist() == ["7", "8"]
    # the clock time as written, time zone dropped (as the text loader does)
    assert articles["published"].tolist() == [pd.Timestamp("2022-03-03 10:05"), pd.Timestamp("2022-03-04 23:30")]


def test_gzipped_jsonl_and_epoch_dates(tmp_path):
    records = [{"text": "Gz story.", "timestamp": 1646301900}, {"text": "Ms story.", "timestamp": "1646301900000"}]
    with gzip.open(tmp_path / "g.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r) for r in records))
    articles = _quiet(analysis.load_corpus, tmp_path / "g.jsonl.gz")
    # 1646301900 s after 1970-01-01 UTC is 2022-03-03 10:05:00 UTC
    assert articles["published"].tolist() == [pd.Timestamp("2022-03-03 10:05")] * 2


def test_glob_and_folder_of_tables(tmp_path):
    MEDIA_CLOUD.iloc[:1].to_csv(tmp_path / "part1.csv", index=False)
    MEDIA_CLOUD.iloc[1:].to_parquet(tmp_path / "part2.parquet")
    (tmp_path / "notes.md").write_text("not a table")
    by_glob = analysis.load_corpus(str(tmp_path / "part*"))
    by_folder = analysis.load_corpus(tmp_path)
    assert by_glob["doc_id"].tolist() == by_folder["doc_id"].tolist() == ["2001", "2002"]
    assert by_glob["source_file"].tolist() == ["part1.csv:1", "part2.parquet:1"]
    with pytest.raises(FileNotFoundError, match=r"no file matches .*nothing\*"):
        analysis.load_corpus(str(tmp_path / "nothing*"))


def test_duplicate_ids_across_files_reported(tmp_path):
    MEDIA_CLOUD.to_csv(tmp_path / "a.csv", index=False)
    MEDIA_CLOUD.iloc[:1].assign(text="A different text.").to_csv(tmp_path / "b.csv", index=False)
    with pytest.warns(CorpusWarning, match=r"doc_id '2001' already used by a\.csv row 1"):
        articles = analysis.load_corpus(tmp_path)
    assert len(articles) == 2 and "A different text." not in articles["text"].tolist()


# --------------------------------------------------------------------------- bad rows

def test_bad_rows_reported_with_row_and_column(tmp_path):
    frame = pd.DataFrame({"id": ["r1", "r2", "r3", "r4"],
                          "text": ["Fine.", "", "Also fine.", "   "],
                          "date": ["2022-03-01", "2022-03-02", "3/4/2022", "2022-03-04"]})
    frame.to_csv(tmp_path / "bad.csv", index=False)
    with pytest.warns(CorpusWarning) as caught:
        articles = analysis.load_corpus(tmp_path / "bad.csv")
    assert articles["doc_id"].tolist() == ["r1", "r3"]
    r3 = articles.set_index("doc_id").loc["r3"]
    assert pd.isna(r3["published"]) and r3["published_from"] == "missing"
    report = load_report(articles).set_index("issue")
    assert report.loc["bad_date", "message"] == "row 3, column 'date': '3/4/2022' is not a date"
    no_text = load_report(articles).query("issue == 'no_text'")
    assert no_text["message"].tolist() == ["row 2, column 'text': no text", "row 4, column 'text': no text"]
    assert set(no_text["file"]) == {"bad.csv"}
    assert any("bad.csv" in str(w.message) for w in caught)


def test_malformed_csv_line_skipped_and_reported(tmp_path):
    (tmp_path / "m.csv").write_text("id,text\na,One story.\nb,Two,extra\nc,Three story.\n", encoding="utf-8")
    articles, caught = _warned(analysis.load_corpus, tmp_path / "m.csv")
    assert any("Skipping line 3: expected 2 fields, saw 3" in m for m in caught)
    assert articles["doc_id"].tolist() == ["a", "c"]


def test_non_utf8_csv_decoded_with_a_warning(tmp_path):
    text = "id,text\na,Le caf\xe9 a rouvert \xe0 Kyiv apr\xe8s des semaines de fermeture.\n"
    (tmp_path / "latin.csv").write_bytes(text.encode("cp1252"))
    articles, caught = _warned(analysis.load_corpus, tmp_path / "latin.csv")
    assert any("latin.csv: not UTF-8" in m for m in caught)
    assert "café a rouvert à Kyiv" in articles.iloc[0]["text"]
    assert articles.iloc[0]["encoding"] != "utf-8"


def test_short_cp1252_csv_is_read_as_cp1252_not_a_lookalike(tmp_path):
    # curly quotes, euro and em dash are bytes 0x93 0x94 0x80 0x97; "à" would be "ŕ" in cp1250
    text = "id,text\na,\u201cVoil\u00e0\u201d \u2014 \u20ac5.\n"
    (tmp_path / "short.csv").write_bytes(text.encode("cp1252"))
    articles, caught = _warned(analysis.load_corpus, tmp_path / "short.csv")
    assert articles.iloc[0]["text"] == "\u201cVoil\u00e0\u201d \u2014 \u20ac5."
    assert articles.iloc[0]["encoding"] == "cp1252"
    assert any("decoded as cp1252" in m for m in caught)


def test_errors_name_the_problem(tmp_path):
    MEDIA_CLOUD.to_csv(tmp_path / "e.csv", index=False)
    with pytest.raises(ValueError, match=r"unknown field\(s\) \['body'\]"):
        analysis.load_corpus(tmp_path / "e.csv", columns={"body": "text"})
    with pytest.raises(ValueError, match=r"no column 'content'; present: \['stories_id'"):
        analysis.load_corpus(tmp_path / "e.csv", columns={"text": "content"})
    MEDIA_CLOUD.drop(columns="text").to_csv(tmp_path / "n.csv", index=False)
    with pytest.raises(ValueError, match=r"n\.csv: no text column .*present: \['stories_id'"):
        analysis.load_corpus(tmp_path / "n.csv")
    with pytest.raises(ValueError, match="apply to CSV, JSON Lines or Parquet input"):
        analysis.load_corpus(columns={"text": "body"})


# --------------------------------------------------------------------------- chunks

def test_chunked_reading_gives_the_same_result(tmp_path):
    rows = pd.DataFrame({"id": [f"d{i}" for i in range(7)], "text": [f"Story {i}.\n\nMore {i}." for i in range(7)],
                         "date": ["2022-03-01", "bad date", *["2022-03-02"] * 5]})
    rows.loc[4, "text"] = ""
    rows.to_csv(tmp_path / "c.csv", index=False)
    rows.to_parquet(tmp_path / "c.parquet")
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in rows.to_dict("records")), encoding="utf-8")
    for name in ("c.csv", "c.parquet", "c.jsonl"):
        whole = _quiet(analysis.load_corpus, tmp_path / name)
        chunked = _quiet(analysis.load_corpus, tmp_path / name, chunk_rows=2)
        pd.testing.assert_frame_equal(chunked, whole, check_exact=True)
        assert chunked.attrs == whole.attrs
        assert len(whole) == 6


# --------------------------------------------------------------------------- text cells

@pytest.mark.parametrize(("cell", "expected"), [
    ("One.\n\nTwo.", ["One.", "Two."]),
    ("One\r\nstill one.\r\n\r\n  Two  \t words.\n", ["One still one.", "Two words."]),
    ("Line one.\nLine two.\n", ["Line one.", "Line two."]),
    ("\n\n  Lead.\n \n\u200bNext.\u200b\n\n\n", ["Lead.", "Next."]),
    ("Curly “quotes” — kept, é\u00a0too.", ["Curly “quotes” — kept, é too."]),
    ("A\u2029B", ["A", "B"]),
    ("   ", []),
])
def test_split_paragraphs(cell, expected):
    assert tabular.split_paragraphs(cell) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .“é\n\r\t\u00a0")), max_size=60))
def test_split_paragraphs_keeps_every_visible_character(cell):
    paragraphs = tabular.split_paragraphs(cell)
    assert "".join("".join(paragraphs).split()) == "".join(cell.split())
    assert all(p == " ".join(p.split()) and p for p in paragraphs)


def test_label_lines_option_reads_the_cell_as_a_page(tmp_path):
    page = ("Troops Withdraw From Northern City After Talks\n"
            "By Jane Doe\n"
            "Troops began leaving the northern city on Thursday, officials said.\n"
            "Share this article\n"
            "The withdrawal followed two days of talks between the two sides.\n")
    pd.DataFrame({"id": ["p"], "text": [page], "url": ["https://www.reuters.com/world/x"]}).to_csv(
        tmp_path / "pages.csv", index=False)
    plain = _quiet(analysis.load_corpus, tmp_path / "pages.csv")
    assert plain.iloc[0]["n_paragraphs"] == 5 and plain.iloc[0]["title_from"] == "missing"
    for cache in (False, True, True):
        labelled = _quiet(analysis.load_corpus, tmp_path / "pages.csv", label_lines=True, cache=cache)
        row = labelled.iloc[0]
        assert row["title"] == "Troops Withdraw From Northern City After Talks" and row["title_from"] == "text"
        assert row["author"] == "Jane Doe" and row["author_from"] == "text"
        assert row["text"] == ("Troops began leaving the northern city on Thursday, officials said.\n\n"
                               "The withdrawal followed two days of talks between the two sides.")


# --------------------------------------------------------------------------- dispatch from load_corpus

def test_folder_with_txt_files_stays_a_text_corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Troops Withdraw From Northern City After Talks\n"
                                    "Troops began leaving the northern city on Thursday, officials said.\n",
                                    encoding="utf-8")
    MEDIA_CLOUD.to_csv(tmp_path / "export.csv", index=False)
    assert not tabular.is_table_input(tmp_path)
    articles = _quiet(analysis.load_corpus, tmp_path)
    assert articles["doc_id"].tolist() == ["a"]
    assert "export.csv" in set(load_report(articles)["file"])  # reported as a file not read
    assert tabular.is_table_input(tmp_path / "export.csv") and tabular.is_table_input(str(tmp_path / "*.csv"))


def test_table_options_rejected_for_text_folders(tmp_path):
    for options in ({"label_lines": True}, {"chunk_rows": 10}):
        with pytest.raises(ValueError, match=r"\['(label_lines|chunk_rows)'\] apply to CSV"):
            analysis.load_corpus(**options)


def test_other_file_types_named(tmp_path):
    (tmp_path / "book.xlsx").write_bytes(b"PK")
    with pytest.raises(ValueError, match=r"\['book\.xlsx'\] are not CSV, JSON Lines or Parquet"):
        tabular.read_articles(tmp_path / "book.xlsx")


def test_damaged_files_reported_others_loaded(tmp_path):
    MEDIA_CLOUD.to_csv(tmp_path / "good.csv", index=False)
    (tmp_path / "cut.parquet").write_bytes(b"PAR1 not really parquet")
    (tmp_path / "open_quote.csv").write_text('id,text\nq1,"Fine row."\nq2,"never closed\n', encoding="utf-8")
    (tmp_path / "binary.csv").write_bytes(b"id,text\n" + bytes(range(128, 256)) * 8)
    with pytest.warns(CorpusWarning):
        articles = analysis.load_corpus(tmp_path)
    assert {"2001", "2002"} <= set(articles["doc_id"])
    report = load_report(articles)
    damaged = set(report.loc[report["issue"].isin(["unreadable_file", "undecodable", "decoded_fallback"]), "file"])
    assert {"cut.parquet", "open_quote.csv", "binary.csv"} <= damaged


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_csv_with_another_delimiter_is_read_and_reported(tmp_path, delimiter):
    path = tmp_path / "export.csv"
    path.write_text(f"id{delimiter}outlet{delimiter}title{delimiter}text\n"
                    f'a{delimiter}BBC News{delimiter}Ships leave{delimiter}"Ships left, at last; the port said."\n',
                    encoding="utf-8")
    with pytest.warns(analysis.CorpusWarning, match=re.escape(f"columns separated by {delimiter!r}")):
        articles = analysis.load_corpus(path, cache=False)
    assert articles[["doc_id", "title", "text"]].values.tolist() == [
        ["a", "Ships leave", "Ships left, at last; the port said."]]


def test_header_delimiter():
    from analysis.checks import header_delimiter

    assert header_delimiter("doc_id,outlet,url") == ","
    assert header_delimiter("doc_id;outlet;url") == ";"
    assert header_delimiter("doc_id\toutlet") == "\t"
    assert header_delimiter("text") == ","  # one column: the comma by default
    assert header_delimiter('"a;b",c') == ","  # a quoted delimiter does not count


def test_utf8_csv_with_a_broken_byte_keeps_every_row(tmp_path):
    rows = [f'r{i},BBC News,"Le café a rouvert — “vite” {i}."\n' for i in range(30)]
    data = ("id,outlet,text\n" + "".join(rows)).encode()
    broken_at = data.index("“vite” 7".encode())  # the opening quote of row 8 loses its first byte
    (tmp_path / "t.csv").write_bytes(data[:broken_at] + data[broken_at + 1:])
    articles, caught = _warned(analysis.load_corpus, tmp_path / "t.csv")
    by_id = articles.set_index("doc_id")
    assert len(by_id) == 30 and (by_id["encoding"] == "utf-8").all()
    assert by_id.at["r6", "text"] == "Le café a rouvert — “vite” 6."
    assert by_id.at["r7", "text"] == "Le café a rouvert — \ufffd\ufffdvite” 7."  # the two orphan bytes
    assert any(f"UTF-8 with malformed bytes, the first at byte {broken_at}" in m for m in caught)
