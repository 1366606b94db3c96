"""Hostile and messy input through the loaders (issue 8, loader side).

Folders of generated files — arbitrary Unicode, NUL bytes, lone surrogates,
byte-order marks, CRLF and CR line ends, random bytes, boilerplate-only and
quote-only pages, right-to-left and Cyrillic text, emoji — are loaded beside
good articles with :func:`analysis.load_corpus` and :func:`analysis.load_lines`,
and tables with hostile cells through :mod:`analysis.tabular`. The contract
checked: no unhandled exception; every good article loads with its text
intact; every file is either loaded or named in the load report with a reason;
a file whose characters were changed on the way in is named in the report.

Expected texts are the hand-written body lines of :data:`GOOD_PAGES`.
"""

from __future__ import annotations

import codecs
import csv
import json
import os
import re
import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis import paths

#: Good pages: title, date line, URL line, two body paragraphs; their expected text is the body.
GOOD_PAGES = {
    f"good{i}": (f"{title}\n20220310\nhttps://www.reuters.com/world/europe/{slug}-2022-03-10/\n\n"
                 f"{body1}\n\n{body2}\n", f"{body1}\n\n{body2}")
    for i, (title, slug, body1, body2) in enumerate([
        ("Troops Withdraw From Northern City After Talks", "troops-withdraw",
         "Troops began leaving the northern city on Thursday, officials said.",
         "The withdrawal followed two days of talks between the two sides."),
        ("Grain Ships Leave Port Under New Corridor Deal", "grain-ships",
         "Three ships loaded with grain left the port on Friday morning, the ministry said.",
         "The corridor deal was signed in Istanbul after weeks of negotiation."),
    ])
}
HOSTILE_PIECES = [
    '"', "'", "“", "”", "‘", "’", "«", "»", "„", "\x00", "\ufeff", "\r\n", "\r", "\n", "\n\n", "\t",
    "\u00a0", "\u200b", "\u200f", "\u202e", "مرحبا بالعالم", "שלום עולם", "Привет, мир. Война!", "Київ",
    "😀", "🇺🇦", "e\u0301", "<script>alert('x')</script>", "&amp;", ". ", "Mr. ", " said ",
    "Zelensky said ", "Advertisement", "Share this article", "Read more", "\ud800", "\udfff",
]
#: How a generated text is saved: codec and error handler (surrogates pass into UTF-8 as CESU bytes).
SAVES = [("utf-8", "surrogatepass"), ("utf-8-sig", "surrogatepass"), ("utf-16", "surrogatepass"),
         ("utf-16-le", "surrogatepass"), ("cp1252", "replace"), ("latin-1", "replace")]
#: Hypothesis budget: enough variety to find crashes, small enough to keep this file well under a minute.
EXAMPLES = 25
LINE_ENDS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}

hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE_PIECES), st.text(max_size=15)), max_size=30).map("".join)
hostile_file = st.one_of(
    st.tuples(hostile_text, st.sampled_from(SAVES)).map(lambda t: t[0].encode(t[1][0], t[1][1])),
    st.binary(max_size=300),
    st.sampled_from([b"", b"\r\n\r\n", codecs.BOM_UTF8, codecs.BOM_UTF8 * 2, "\u200b \ufeff\n".encode(),
                     b'"' * 50, "“Yes.” “No.” “".encode() * 20,  # only quotes, unbalanced
                     b"Advertisement\nShare this article\nRead more\n" * 5]),  # only boilerplate
)


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _quiet(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", analysis.CorpusWarning)
        return func(*args, **kwargs)


def _unstorable(values: pd.Series) -> bool:
    """True when a value holds NUL or a surrogate (which an Arrow string column or Parquet cannot hold)."""
    return any(isinstance(v, str) and re.search("[\x00\ud800-\udfff]", v) for v in values)


def _changed_on_the_way_in(data: bytes, encoding: str) -> bool:
    """True when the loaded characters cannot be the file's bytes read as the encoding recorded."""
    if encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        return True  # a fallback decision, which the report must record
    try:
        return "\x00" in data.decode(encoding)
    except UnicodeDecodeError:
        return True


# --------------------------------------------------------------------------- generated folders

@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(hostile_file, min_size=1, max_size=6))
def test_generated_files_never_stop_the_good_ones(tmp_path_factory, files):
    folder = tmp_path_factory.mktemp("hostile")
    for doc_id, (page, _) in GOOD_PAGES.items():
        _write(folder, f"{doc_id}.txt", page)
    for i, data in enumerate(files):
        _write(folder, f"gen{i}.txt", data)
    articles = _quiet(analysis.load_corpus, folder, cache=False)
    report = analysis.load_report(articles)
    by_id = articles.set_index("doc_id")
    for doc_id, (_, text) in GOOD_PAGES.items():
        assert by_id.at[doc_id, "text"] == text
    for i, data in enumerate(files):
        name = f"gen{i}.txt"
        named = report[report["file"] == name]
        if f"gen{i}" not in by_id.index:
            assert len(named) and (named["message"] != "").all() and (named["action"] != "").all(), name
        elif _changed_on_the_way_in(data, by_id.at[f"gen{i}", "encoding"]):
            assert len(named), f"{name} was altered but is not in the report"
    for column in ("text", "title", "standfirst", "author"):
        assert not _unstorable(articles[column])
    lines = _quiet(analysis.load_lines, folder, cache=False)
    assert set(lines["doc_id"]) == set(articles["doc_id"])


def test_files_of_only_invisible_characters_are_empty(tmp_path):
    _write(tmp_path, "boms.txt", codecs.BOM_UTF8 * 2)
    _write(tmp_path, "zero_width.txt", "\u200b\n\ufeff \u2060\n")
    _write(tmp_path, "good0.txt", GOOD_PAGES["good0"][0])
    articles = _quiet(analysis.load_corpus, tmp_path, cache=False)
    assert articles["doc_id"].tolist() == ["good0"]
    report = analysis.load_report(articles)
    assert sorted(report.loc[report["issue"] == "empty_file", "file"]) == ["boms.txt", "zero_width.txt"]


def test_generated_files_survive_the_parquet_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path / "cache")
    folder = tmp_path / "corpus"
    lone = "Kyiv Mayor Speaks\n\nThe mayor \ud800 said the city held.\n"
    _write(folder, "lone.txt", lone.encode("utf-8", "surrogatepass"))
    _write(folder, "nul.txt", "Kyiv Mayor Speaks Again\n\n" + "The mayor said the city held on. " * 10 + "\x00\n")
    first = _quiet(analysis.load_corpus, folder)
    second = _quiet(analysis.load_corpus, folder)  # read back from the cache
    pd.testing.assert_frame_equal(first, second)
    assert first.set_index("doc_id").at["lone", "text"] == "The mayor \ufffd said the city held."
    assert {("lone", "surrogates_replaced"), ("nul", "nul_removed")} <= set(
        zip(analysis.load_report(first)["doc_id"], analysis.load_report(first)["issue"]))


def test_a_one_megabyte_line_loads(tmp_path):
    line = "The council met on Tuesday to discuss the budget. " * 20_000  # 1 MB, no line break
    _write(tmp_path, "long.txt", f"A Very Long Page Title Here\n\n{line}\n")
    for doc_id, (page, _) in GOOD_PAGES.items():
        _write(tmp_path, f"{doc_id}.txt", page)
    articles = _quiet(analysis.load_corpus, tmp_path, cache=False).set_index("doc_id")
    assert set(articles.index) == {"long", *GOOD_PAGES}
    assert articles.at["long", "text"] == line.strip()
    assert articles.at["long", "n_words"] == 9 * 20_000


# --------------------------------------------------------------------------- encodings and line ends

ARTICLE = ("Caf\u00e9 Owners Reopen In The Capital After Weeks\n\n"
           "The caf\u00e9 owners said they were \u201chappy\u201d to reopen \u2014 coffee now costs \u20ac5.\n\n"
           "M\u00fcller of the Stra\u00dfe association welcomed the news on Tuesday morning.\n")
ARTICLE_BODY = ("The caf\u00e9 owners said they were \u201chappy\u201d to reopen \u2014 coffee now costs \u20ac5.\n\n"
                "M\u00fcller of the Stra\u00dfe association welcomed the news on Tuesday morning.")
#: The same article in every encoding the loader reads, with the encoding it must record.
ENCODED = {
    "utf8": (ARTICLE.encode("utf-8"), "utf-8"),
    "utf8_bom": (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig"),
    "utf16_le_bom": (codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16"),
    "utf16_be_bom": (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
    "utf16_le": (ARTICLE.encode("utf-16-le"), "utf-16-le"),
    "utf16_be": (ARTICLE.encode("utf-16-be"), "utf-16-be"),
    "cp1252": (ARTICLE.encode("cp1252"), "cp1252"),
}


def test_encoding_matrix(tmp_path):
    latin = ARTICLE.replace("\u201c", "'").replace("\u201d", "'").replace("\u2014", "-").replace("\u20ac", "EUR ")
    cases = {**ENCODED, "latin1": (latin.encode("latin-1"), "cp1252")}
    for name, (data, encoding) in cases.items():  # one folder each: the copies would be duplicates
        _write(tmp_path / name, f"{name}.txt", data)
        articles = _quiet(analysis.load_corpus, tmp_path / name, cache=False)
        article = articles.iloc[0]
        expected_body = ARTICLE_BODY if name != "latin1" else latin.split("\n\n", 1)[1].strip()
        assert article["text"] == expected_body, name
        assert article["title"] == "Caf\u00e9 Owners Reopen In The Capital After Weeks"
        assert article["encoding"] == encoding
        report = analysis.load_report(articles)
        noted = report[report["issue"].isin(["decoded_fallback", "utf16_without_bom"])]
        assert noted["file"].tolist() == ([] if encoding in ("utf-8", "utf-8-sig", "utf-16") else [f"{name}.txt"])
    cp1252 = analysis.load_report(_quiet(analysis.load_corpus, tmp_path / "cp1252", cache=False))
    assert cp1252.loc[cp1252["issue"] == "decoded_fallback", "message"].tolist() == [
        "not UTF-8 (byte 3); decoded as cp1252 (Windows Western European; Latin-1 text reads the same)"]


@pytest.mark.parametrize("end", ["crlf", "cr"])
def test_line_ends_give_the_same_articles(tmp_path, end):
    for doc_id, (page, _) in GOOD_PAGES.items():
        _write(tmp_path / "lf", f"{doc_id}.txt", page)
        _write(tmp_path / end, f"{doc_id}.txt", page.replace("\n", LINE_ENDS[end]))
    _write(tmp_path / "lf", "art.txt", ARTICLE)
    _write(tmp_path / end, "art.txt", ARTICLE.replace("\n", LINE_ENDS[end]))
    lf, other = (_quiet(analysis.load_corpus, tmp_path / d, cache=False) for d in ("lf", end))
    compare = ["doc_id", "title", "text", "n_paragraphs", "url", "published", "outlet"]
    pd.testing.assert_frame_equal(lf[compare], other[compare])
    assert other.set_index("doc_id").at["good0", "text"] == GOOD_PAGES["good0"][1]
    lf_lines, other_lines = (_quiet(analysis.load_lines, tmp_path / d, cache=False) for d in ("lf", end))
    pd.testing.assert_frame_equal(lf_lines[["doc_id", "line_no", "label", "text"]],
                                  other_lines[["doc_id", "line_no", "label", "text"]])


@pytest.mark.parametrize("cell", ["One.\r\n\r\nTwo two.\r\nstill two.", "One.\r\rTwo two.\rstill two.",
                                  "One.\n\nTwo two.\nstill two."])
def test_table_cells_split_the_same_whatever_the_line_ends(cell):
    assert analysis.tabular.split_paragraphs(cell) == ["One.", "Two two. still two."]


# --------------------------------------------------------------------------- metadata.csv

def _corpus_with_metadata(tmp_path: Path, metadata: str | bytes) -> pd.DataFrame:
    for doc_id, (page, _) in GOOD_PAGES.items():
        _write(tmp_path / "raw", f"{doc_id}.txt", page)
    _write(tmp_path, "metadata.csv", metadata)
    return _quiet(analysis.load_corpus, tmp_path, cache=False)


def _entries(frame: pd.DataFrame, issue: str) -> list[str]:
    report = analysis.load_report(frame)
    return report.loc[report["issue"] == issue, "message"].tolist()


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_metadata_with_another_delimiter_is_read_and_reported(tmp_path, delimiter):
    rows = ["doc_id,outlet,published", "good0,Kyiv Post,2022-03-11", "good1,BBC News,2022-03-12"]
    articles = _corpus_with_metadata(tmp_path, "\n".join(r.replace(",", delimiter) for r in rows) + "\n")
    by_id = articles.set_index("doc_id")
    assert (by_id.at["good0", "outlet"], by_id.at["good1", "outlet"]) == ("Kyiv Post", "BBC News")
    assert by_id.at["good1", "published"] == pd.Timestamp("2022-03-12")
    assert _entries(articles, "metadata_delimiter") == [f"columns separated by {delimiter!r}, not by commas"]


def test_metadata_unknown_and_missing_columns_are_named(tmp_path):
    articles = _corpus_with_metadata(tmp_path, "doc_id,outlet,rating,Section\ngood0,Kyiv Post,5,world\n")
    assert articles.set_index("doc_id").at["good0", "outlet"] == "Kyiv Post"
    unknown, = _entries(articles, "metadata_unknown_columns")
    assert unknown.startswith("column(s) ['rating', 'section'] are not metadata fields")
    missing, = _entries(articles, "metadata_missing_columns")
    assert missing.startswith("no column(s) ['publisher_group', 'url', 'published', 'author', 'notes']")
    # the missing fields come from the text
    assert articles.set_index("doc_id").at["good0", "published_from"] == "text"


def test_metadata_ragged_rows_name_their_line(tmp_path):
    articles = _corpus_with_metadata(
        tmp_path, "doc_id,outlet,notes\ngood0,Kyiv Post,checked, by hand\ngood1,BBC News\n")
    by_id = articles.set_index("doc_id")
    assert _entries(articles, "bad_metadata_row") == ["metadata.csv line 2 has 4 fields, the header 3"]
    assert _entries(articles, "short_metadata_row") == ["metadata.csv line 3 has 2 fields, the header 3"]
    assert by_id.at["good0", "outlet_from"] == "inferred"  # its row was skipped: outlet from the URL
    assert by_id.at["good1", "outlet"] == "BBC News"


def test_metadata_bad_dates_urls_and_duplicates_name_line_and_column(tmp_path):
    articles = _corpus_with_metadata(tmp_path, (
        "doc_id,outlet,published,url\n"
        "good0,Kyiv Post,31/31/2022,www.kyivpost.com/post/123\n"
        "good1,BBC News,2022-03-12,not a url\n"
        "good1,CNN,2022-03-13,\n"
    ))
    by_id = articles.set_index("doc_id")
    assert _entries(articles, "bad_metadata_value") == [
        "metadata.csv line 2, column 'published': '31/31/2022' is not a date",
        "metadata.csv line 3, column 'url': 'not a url' is not a web address",
    ]
    assert _entries(articles, "url_without_scheme") == [
        "metadata.csv line 2, column 'url': 'www.kyivpost.com/post/123' has no http(s)://"]
    assert by_id.at["good0", "url"] == "https://www.kyivpost.com/post/123"
    assert by_id.at["good0", "published_from"] == "text"
    assert _entries(articles, "duplicate_metadata_row") == [
        "metadata.csv lines 3 and 4 both have doc_id 'good1'"]
    assert by_id.at["good1", "outlet"] == "BBC News"


def test_metadata_urls_and_nul_characters(tmp_path):
    articles = _corpus_with_metadata(tmp_path, "doc_id,outlet,url\ngood0,Kyiv\x00 Post,//kyivpost.com/a\n"
                                               "good1,BBC News,3.5\n")
    by_id = articles.set_index("doc_id")
    assert by_id.at["good0", "outlet"] == "Kyiv Post"
    assert by_id.at["good0", "url"] == "https://kyivpost.com/a"
    assert by_id.at["good1", "url_from"] == "text"  # "3.5" ignored, the page's URL used
    assert _entries(articles, "bad_metadata_value") == ["metadata.csv line 3, column 'url': '3.5' is not a web address"]
    assert _entries(articles, "nul_removed") == ["metadata.csv line 2: 1 NUL character(s) (first at character 28)"]


def test_metadata_doc_ids_cannot_reach_outside_the_corpus(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path / "cache")
    outside = _write(tmp_path, "sentinel.txt", "SENTINEL Secret Outside Text\n\nThis text lives outside.\n")
    corpus = tmp_path / "corpus"
    articles = _corpus_with_metadata(corpus, (
        "doc_id,outlet\n../sentinel,Evil\n../../sentinel.txt,Evil\n"
        f"{outside.with_suffix('')},Evil\nsub/good0,Evil\n..,Evil\nbad\tid,Evil\n,Evil\ngood0,Kyiv Post\n"))
    assert articles["doc_id"].tolist() == ["good0", "good1"]
    assert not articles["text"].str.contains("SENTINEL|outside", regex=True).any()
    messages = _entries(articles, "invalid_doc_id")
    assert [m.split(",")[0] for m in messages] == [f"metadata.csv line {n}" for n in range(2, 9)]
    assert outside.read_text() == "SENTINEL Secret Outside Text\n\nThis text lives outside.\n"
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - {outside}
    assert all(corpus in p.parents or (tmp_path / "cache") in p.parents for p in written)


def test_table_doc_ids_are_never_paths(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path / "cache")
    outside = _write(tmp_path, "sentinel.txt", "SENTINEL\n")
    table = tmp_path / "export" / "t.jsonl"
    rows = [{"id": "../sentinel", "text": "First story text."}, {"id": "/etc/passwd", "text": "Second story."}]
    _write(table.parent, table.name, "\n".join(json.dumps(r) for r in rows) + "\n")
    articles = _quiet(analysis.load_corpus, table, label_lines=True)
    assert sorted(articles["text"]) == ["First story text.", "Second story."]
    assert outside.read_text() == "SENTINEL\n"
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - {outside, table}
    assert all((tmp_path / "cache") in p.parents for p in written)


# --------------------------------------------------------------------------- tables with hostile cells

@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(hostile_text, min_size=1, max_size=6), kind=st.sampled_from(["jsonl", "csv", "parquet"]))
def test_tables_with_hostile_cells(tmp_path_factory, cells, kind):
    folder = tmp_path_factory.mktemp("tables")
    texts = [*(t for _, t in GOOD_PAGES.values()), *cells]
    frame = pd.DataFrame({"id": [f"r{i}" for i in range(len(texts))], "title": cells[:1] * len(texts),
                          "text": texts}, dtype=object)
    path = folder / f"t.{kind}"
    if kind == "jsonl":
        path.write_text("\n".join(json.dumps(r) for r in frame.to_dict("records")) + "\n", encoding="utf-8")
    elif kind == "csv":  # surrogates cannot be written as UTF-8; NUL bytes can. Quoted: pandas leaves a lone CR bare
        frame.map(lambda v: v.encode("utf-8", "replace").decode()).to_csv(path, index=False, quoting=csv.QUOTE_ALL)
    else:
        safe = frame.map(lambda v: v.encode("utf-8", "replace").decode())
        pq.write_table(pa.Table.from_pandas(safe, preserve_index=False), path)
    articles = _quiet(analysis.load_corpus, path, cache=False)
    report = analysis.load_report(articles)
    by_id = articles.set_index("doc_id")
    for i, (_, text) in enumerate(GOOD_PAGES.values()):
        assert by_id.at[f"r{i}", "text"] == text
    reported_rows = " ".join(report["message"])
    for i in range(len(GOOD_PAGES), len(texts)):
        assert f"r{i}" in by_id.index or f"r{i}" in set(report["doc_id"]) or f"row {i + 1}" in reported_rows
    assert not _unstorable(articles["text"])


def test_jsonl_surrogate_escapes_are_replaced_and_reported(tmp_path):
    path = _write(tmp_path, "t.jsonl", '{"id": "a", "text": "Lone \\ud800 here.", "title": "T\\u0000itle"}\n'
                                       '{"id": "b", "text": "Pair \\ud83d\\ude00 here."}\n')
    articles = _quiet(analysis.load_corpus, path, cache=False).set_index("doc_id")
    assert articles.at["a", "text"] == "Lone \ufffd here."
    assert articles.at["a", "title"] == "Title"
    assert articles.at["b", "text"] == "Pair \U0001F600 here."
    report = analysis.load_report(articles)
    assert report.loc[report["issue"] == "surrogates_replaced", "message"].tolist() == [
        "line 1, field 'text': 1 lone surrogate code point(s) (invalid Unicode)"]
    assert report.loc[report["issue"] == "nul_removed", "message"].tolist() == [
        "line 1, field 'title': 1 NUL character(s) (first at character 1)"]


# --------------------------------------------------------------------------- one-screen summary

def test_summary_of_300_bad_files_fits_a_screen(tmp_path):
    for i in range(100):
        _write(tmp_path, f"empty{i:03d}.txt", b"")
        _write(tmp_path, f"binary{i:03d}.txt", bytes(range(256)))
        _write(tmp_path, f"menu{i:03d}.txt", f"Home\nNews\nSport {i}\n")
    for doc_id, (page, _) in GOOD_PAGES.items():
        _write(tmp_path, f"{doc_id}.txt", page)
    _write(tmp_path, "notes.md", "x")
    articles = _quiet(analysis.load_corpus, tmp_path, cache=False)
    lines = analysis.load_summary(articles).splitlines()
    assert len(lines) <= 25 and max(map(len, lines)) <= 160
    assert lines[0].startswith("102 articles loaded")  # 100 menu pages (no body) + 2 good ones
    assert lines[1] == "skipped: 200 (100 binary_file, 100 empty_file)"
    by_kind = {line.split()[2].rstrip(":"): int(line.split()[0]) for line in lines[3:]}
    assert by_kind["binary_file"] == 100 and by_kind["empty_file"] == 100 and by_kind["no_body"] == 100
    assert by_kind["ignored_file"] == 1
    assert "binary000.txt" in " ".join(lines)  # an example file per kind


# --------------------------------------------------------------------------- file names

def test_hostile_file_names_load_and_are_reported(tmp_path):
    folder = os.fsencode(tmp_path / "names")
    os.mkdir(folder)
    bodies = {}
    names = [b"caf\xe9.txt", b"new\nline.txt", b"-dash.txt", "\u202etxt.exe".encode() + b".txt",
             "\u041a\u0438\u0457\u0432 \U0001F1FA\U0001F1E6.txt".encode(), b"x" * 251 + b".txt"]
    for i, name in enumerate(names):
        bodies[name] = f"The mayor of the city number {i} said the bridge would reopen on Monday."
        with open(os.path.join(folder, name), "wb") as handle:
            handle.write(f"Bridge Number {i} Reopens After Repairs\n\n{bodies[name]}\n".encode())
    articles = _quiet(analysis.load_corpus, os.fsdecode(folder), cache=False)
    by_id = articles.set_index("doc_id")
    assert sorted(by_id["text"]) == sorted(bodies.values())
    assert by_id.at["caf\\xe9", "source_file"] == "caf\\xe9.txt"  # the undecodable byte shown, not dropped
    assert by_id.at["new\nline", "text"] == bodies[b"new\nline.txt"]
    report = analysis.load_report(articles)
    assert report.loc[report["issue"] == "file_name_not_utf8", "file"].tolist() == ["caf\\xe9.txt"]
