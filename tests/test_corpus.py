"""Tests for analysis.corpus: the loader, its provenance columns and bad input.

Expected values for the bundled corpus were read off data/raw and the corpus
README (/work/shared/corpus/README.md) by a person; bad-input cases are small
files written in tmp_path.
"""

from __future__ import annotations

import hashlib
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import paths
from analysis.corpus import ARTICLE_COLUMNS, PROVENANCE, CorpusWarning, load_report, load_summary

UNSEEN = Path(__file__).parent / "data" / "corpus_unseen"
PAGE = (
    "Troops Withdraw From Northern City After Talks\n"
    "20220310\n"
    "https://www.reuters.com/world/europe/troops-withdraw-northern-city-2022-03-10/\n"
    "Troops began leaving the northern city on Thursday, officials said.\n"
    "The withdrawal followed two days of talks between the two sides.\n"
)


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("error", CorpusWarning)  # the bundled corpus loads cleanly
        return analysis.load_corpus()


@pytest.fixture(scope="module")
def lines() -> pd.DataFrame:
    return analysis.load_lines()


def _row(articles: pd.DataFrame, stem: str) -> pd.Series:
    return articles[articles["doc_id"].str.startswith(stem)].iloc[0]


def _issues(frame: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(load_report(frame)["doc_id"], load_report(frame)["issue"]))


# --------------------------------------------------------------------------- contract

def test_articles_contract(articles):
    assert list(articles.columns) == list(ARTICLE_COLUMNS)
    assert articles["doc_id"].tolist() == sorted(p.stem for p in paths.RAW_DIR.glob("*.txt"))
    assert isinstance(articles["outlet"].dtype, pd.CategoricalDtype) and articles["outlet"].cat.ordered
    assert list(articles["outlet"].cat.categories) == ["Daily Mail", "HNGN", "NewsCubic", "UNILAD"]
    assert pd.api.types.is_datetime64_any_dtype(articles["published"])
    for field in ("outlet", "publisher_group", "url", "published", "author", "title"):
        assert set(articles[f"{field}_from"]) <= set(PROVENANCE)
    assert articles.attrs["load_report"] == []


def test_sha256_is_of_the_raw_bytes(articles):
    for row in articles.itertuples():
        assert row.sha256 == hashlib.sha256((paths.RAW_DIR / row.source_file).read_bytes()).hexdigest()


def test_text_is_exactly_body_and_subheading_lines(articles, lines):
    assert list(lines.columns) == ["doc_id", "line_no", "label", "text", "raw", "reason"]
    for row in articles.itertuples():
        mine = lines[(lines["doc_id"] == row.doc_id) & lines["label"].isin(["body", "subheading"])]
        assert "\n\n".join(mine["text"]) == row.text
        assert row.n_paragraphs == len(mine) == len(row.text.split("\n\n"))
        assert row.n_words == len(row.text.split())


def test_lines_count_every_non_empty_line(lines):
    for path in paths.RAW_DIR.glob("*.txt"):
        raw = path.read_text(encoding="utf-8").splitlines()
        expected = [n for n, line in enumerate(raw, start=1) if line.strip()]
        assert lines.loc[lines["doc_id"] == path.stem, "line_no"].tolist() == expected


# --------------------------------------------------------------------------- bundled corpus, read by hand

def test_titles(articles):
    assert _row(articles, "000")["title"] == (
        "Ukraine: Zelenskyy Delivers Defiant Speech Calling Russian Soldiers 'Confused Children Who Have Been Used'")
    assert _row(articles, "001")["title"].startswith("These are not warriors of a superpower")
    assert _row(articles, "002")["title"] == "Zelensky’s spirit beat Putin! Russian soldiers fleeing from Ukraine"
    assert _row(articles, "003")["title"].endswith("After Hearing Their Air Force Bombs Public Places")
    assert _row(articles, "004")["title"] == (
        "Russian Soldiers Break Down In Tears As They Apologise For 'Treacherous Invasion'")
    assert set(articles["title_from"]) == {"text"}


def test_dates_urls_authors_and_provenance(articles):
    daily_mail = _row(articles, "001")
    assert daily_mail["published"] == pd.Timestamp("2022-03-02")
    assert daily_mail["url"] == "https://www.dailymail.co.uk/news/article-10570529/Russian-soldier-breaks-tears-surrenders.html"
    assert (daily_mail["published_from"], daily_mail["url_from"]) == ("text", "text")
    unilad = _row(articles, "004")
    assert unilad["published"] == pd.Timestamp("2022-03-15 12:08")
    assert unilad["author"] == "Emily Brown"
    assert unilad["published_from"] == unilad["author_from"] == "text+metadata"
    assert _row(articles, "000")["published"] == pd.Timestamp("2022-03-03")
    assert _row(articles, "000")["published_from"] == "metadata"
    assert pd.isna(_row(articles, "002")["published"]) and _row(articles, "002")["published_from"] == "missing"
    assert _row(articles, "002")["url"] == "https://newscubic.co.in/?p=91132"
    assert _row(articles, "003")["published"] == pd.Timestamp("2022-03-15")
    assert articles["author"].isna().sum() == 4


def test_outlets_and_groups(articles):
    assert articles.set_index("doc_id")["outlet"].astype(str).str[:3].to_dict() == {
        d: o for d, o in zip(articles["doc_id"], ["UNI", "Dai", "New", "HNG", "UNI"])}
    assert _row(articles, "004")["publisher_group"] == "LADbible Group"
    assert _row(articles, "001")["publisher_group"] == "DMG Media"
    assert pd.isna(_row(articles, "002")["publisher_group"])


def test_standfirsts(articles):
    assert _row(articles, "000")["standfirst"].startswith("Ukrainian president Volodymyr Zelenskyy called for")
    assert _row(articles, "004")["standfirst"].startswith("The soldiers were given the opportunity")
    assert _row(articles, "002")["standfirst"] == ""


@pytest.mark.parametrize("phrase", [
    "Advert", "• News", "LADbible Group", "Topics:", "If you would like to donate", "Emily Brown is UNILAD",
    "Read Also:", "Related Article:", "@YouTube", "Featured Image Credit", "(Photo :", "Volodymyr Zelenskyy (Alamy)",
    "See the footage below", "Click 'OK'", "Patient dies of plague", "Above: Images of captured Russian troops",
    "Police officers stand guard at the site", "20220302", "https://",
])
def test_not_in_any_body(articles, phrase):
    offenders = [d for d, t in zip(articles["doc_id"], articles["text"]) if phrase in t]
    assert not offenders, f"{phrase!r} found in the body of {offenders}"


def test_must_be_in_body(articles):
    text = articles.set_index("doc_id")["text"]
    doc = {d[:3]: d for d in text.index}
    raw_002 = next(paths.RAW_DIR.glob("002_*.txt")).read_text(encoding="utf-8").splitlines()
    assert text[doc["002"]].split("\n\n") == [line.strip() for line in raw_002[1:]]
    assert "The occupiers will receive only one thing from Ukrainians: resistance." in text[doc["000"]]
    assert "I gravely apologise for our treacherous invasion." in text[doc["004"]]
    assert "Ukrainians Confront Russian Soldiers" in text[doc["003"]].split("\n\n")
    assert "Mr Cardillo said the some of the messages" in text[doc["001"]]


def test_daily_mail_duplicates_dropped_once(articles):
    text = _row(articles, "001")["text"]
    assert text.count("Ukrainian President Volodymyr Zelensky last night claimed the morale") == 1
    paras = text.split("\n\n")
    assert sum(p.startswith("In separate video posted on Telegram showed soldiers") for p in paras) == 1
    assert "Intercepted radio messages indicate troops are disobeying orders" not in text  # re-words line 9


def test_sentences_on_the_corpus(articles):
    sents = analysis.sentences(articles)
    paras = analysis.paragraphs(articles).set_index(["doc_id", "paragraph"])["text"]
    for row in sents.itertuples():
        assert paras[(row.doc_id, row.paragraph)][row.start:row.end] == row.text
    daily_mail = sents[sents["doc_id"].str.startswith("001")]["text"].tolist()
    assert "The young prisoner of war blows kisses as his mother answers, and bursts into tears as soon as he sees her." in daily_mail


def test_select_outlets(articles):
    unilad = analysis.select_outlets(articles, ["UNILAD"])
    assert unilad["doc_id"].str[:3].tolist() == ["000", "004"]
    # categories stay whole so each outlet keeps its colour in figures of a subset
    assert list(unilad["outlet"].cat.categories) == list(articles["outlet"].cat.categories)
    assert len(analysis.select_outlets(articles)) == len(articles)
    with pytest.raises(ValueError, match=r"\['BBC'\] not in the corpus; present: \['Daily Mail'"):
        analysis.select_outlets(articles, ["BBC"])


def test_load_summary_fits_a_screen(articles):
    summary = load_summary(articles)
    assert summary.splitlines()[0] == f"5 articles loaded, 4 outlets, {articles['n_words'].sum()} words"
    assert summary.splitlines()[1:] == ["skipped: 0", "load report: 0 error, 0 warning, 0 info"]
    assert len(summary.splitlines()) <= 25


# --------------------------------------------------------------------------- other folders and bad input

def _write(folder: Path, name: str, data: bytes | str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def test_missing_folder_names_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="no_such_folder"):
        analysis.load_corpus(tmp_path / "no_such_folder")


def test_folder_without_txt_files(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"no \.txt files"):
        analysis.load_corpus(tmp_path)


def test_plain_folder_everything_inferred(tmp_path):
    _write(tmp_path, "a.txt", PAGE)
    articles = analysis.load_corpus(tmp_path)
    row = articles.iloc[0]
    assert (row["outlet"], row["outlet_from"]) == ("Reuters", "inferred")
    assert (row["publisher_group"], row["publisher_group_from"]) == ("Thomson Reuters", "inferred")
    assert (row["published"], row["published_from"]) == (pd.Timestamp("2022-03-10"), "text")
    assert row["title"] == "Troops Withdraw From Northern City After Talks"
    assert row["text"] == ("Troops began leaving the northern city on Thursday, officials said.\n\n"
                           "The withdrawal followed two days of talks between the two sides.")
    assert ("", "no_metadata_file") in _issues(articles)


def test_unseen_pages_load(tmp_path):
    shutil.copytree(UNSEEN, tmp_path / "raw")
    with pytest.warns(CorpusWarning, match="no outlet in metadata.csv and no URL"):
        articles = analysis.load_corpus(tmp_path)
    assert articles["doc_id"].tolist() == ["bbc_style", "guardian_style", "reuters_style"]
    by_id = articles.set_index("doc_id")
    assert by_id.at["bbc_style", "author"] == "Paul Kirby"
    assert by_id.at["guardian_style", "author"] == "Shaun Walker and Julian Borger"
    assert by_id.at["guardian_style", "published"] == pd.Timestamp("2022-03-03 10:05")
    assert by_id.at["reuters_style", "published"] == pd.Timestamp("2022-03-13 19:42")
    assert by_id.at["reuters_style", "n_paragraphs"] == 4
    assert (by_id["outlet"] == "unknown").all()


def test_bad_files_each_reported_and_others_loaded(tmp_path):
    raw = tmp_path / "raw"
    _write(raw, "good.txt", PAGE)
    _write(raw, "empty.txt", b"")
    _write(raw, "blank.txt", b"\n  \n")
    _write(raw, "binary.txt", bytes(range(256)) * 4)
    _write(raw, "good_copy.txt", PAGE.replace("\n", "\r\n"))  # same text, other line endings
    _write(raw, "latin.txt", "Caf\xe9 Owners Reopen In Kyiv\n\nThe caf\xe9 owners said they were \u201chappy\u201d to "
                             "reopen after weeks of closure in the capital.\n".encode("cp1252"))
    _write(tmp_path, "metadata.csv", "doc_id,outlet,published\ngood,Reuters,2022-03-10\n"
                                     "gone,BBC News,2022-01-01\nlatin,Kyiv Post,not a date\n")
    with pytest.warns(CorpusWarning) as caught:
        articles = analysis.load_corpus(tmp_path)
    assert articles["doc_id"].tolist() == ["good", "latin"]
    issues = _issues(articles)
    for expected in [("empty", "empty_file"), ("blank", "empty_file"), ("binary", "binary_file"),
                     ("good_copy", "duplicate_text"), ("latin", "decoded_fallback"), ("gone", "metadata_without_file"),
                     ("latin", "bad_metadata_value")]:
        assert expected in issues
    messages = " ".join(str(w.message) for w in caught)
    for name in ("empty.txt", "binary.txt", "good_copy.txt", "latin.txt", "gone"):
        assert name in messages
    latin = articles.set_index("doc_id").loc["latin"]
    assert "café owners" in latin["text"] and latin["encoding"] != "utf-8"
    assert pd.isna(latin["published"]) and latin["published_from"] == "missing"


def test_file_without_metadata_row_is_inferred_and_reported(tmp_path):
    _write(tmp_path / "raw", "a.txt", PAGE)
    _write(tmp_path / "raw", "b.txt", PAGE.replace("Troops", "Tanks"))
    _write(tmp_path, "metadata.csv", "doc_id,outlet\na,Reuters\n")
    with pytest.warns(CorpusWarning, match=r"b\.txt: no row in metadata\.csv"):
        articles = analysis.load_corpus(tmp_path)
    assert articles.set_index("doc_id").at["b", "outlet_from"] == "inferred"
    assert articles.set_index("doc_id").at["a", "outlet_from"] == "metadata"


def test_conflict_metadata_wins_and_warns(tmp_path):
    _write(tmp_path / "raw", "a.txt", PAGE)
    _write(tmp_path, "metadata.csv", "doc_id,published,url\na,2022-03-11,https://www.reuters.com/world/europe/troops-withdraw-northern-city-2022-03-10\n")
    with pytest.warns(CorpusWarning, match=r"published: the page says .*2022-03-10.*metadata\.csv says .*2022-03-11"):
        articles = analysis.load_corpus(tmp_path)
    row = articles.iloc[0]
    assert (row["published"], row["published_from"]) == (pd.Timestamp("2022-03-11"), "metadata")
    assert row["url_from"] == "text+metadata"  # same address up to the trailing slash


def test_metadata_without_doc_id_column(tmp_path):
    _write(tmp_path / "raw", "a.txt", PAGE)
    _write(tmp_path, "metadata.csv", "file,outlet\na.txt,Reuters\n")
    with pytest.raises(ValueError, match=r"needs a 'doc_id' column.*present: \['file', 'outlet'\]"):
        analysis.load_corpus(tmp_path)


def test_no_title_no_body_still_loaded(tmp_path):
    _write(tmp_path / "raw", "menu.txt", "Home\nNews\nSport\n")
    _write(tmp_path / "raw", "ok.txt", PAGE)
    with pytest.warns(CorpusWarning):
        articles = analysis.load_corpus(tmp_path)
    menu = articles.set_index("doc_id").loc["menu"]
    assert menu["text"] == "" and menu["n_paragraphs"] == 0
    assert {("menu", "no_body"), ("menu", "no_title")} <= set(_issues(articles))


def test_load_lines_keeps_report(tmp_path):
    _write(tmp_path / "raw", "a.txt", PAGE)
    _write(tmp_path / "raw", "empty.txt", b"")
    with pytest.warns(CorpusWarning):
        lines = analysis.load_lines(tmp_path)
    assert set(lines["doc_id"]) == {"a"}
    assert ("empty", "empty_file") in _issues(lines)
    assert lines["label"].tolist() == ["title", "dateline", "url", "body", "body"]


def test_other_files_reported_html_warned_and_excel_csv_read(tmp_path):
    _write(tmp_path / "raw", "a.txt", PAGE)
    _write(tmp_path / "raw", "B.TXT", PAGE.replace("Troops", "Tanks"))
    _write(tmp_path / "raw", "notes.md", "my notes")
    _write(tmp_path / "raw", "page.txt", "<html><body><p>" + PAGE.replace("Troops", "Ships") + "</p></body></html>")
    # Excel writes a byte-order mark and may capitalise headers
    _write(tmp_path, "metadata.csv", "\ufeffDoc_ID, Outlet\na,Reuters\nB,Reuters\npage,Reuters\n".encode("utf-8"))
    with pytest.warns(CorpusWarning, match="page.txt: holds HTML markup"):
        articles = analysis.load_corpus(tmp_path)
    assert articles["doc_id"].tolist() == ["B", "a", "page"]
    assert (articles["outlet_from"] == "metadata").all()
    assert ("", "ignored_file") in _issues(articles)
    assert "notes.md" in set(load_report(articles)["file"])


def test_metadata_csv_not_utf8(tmp_path):
    _write(tmp_path / "raw", "a.txt", PAGE)
    _write(tmp_path, "metadata.csv", "doc_id,outlet\na,Caf\xe9 News\n".encode("cp1252"))
    with pytest.raises(ValueError, match=r"metadata\.csv: not UTF-8.*re-save it as UTF-8"):
        analysis.load_corpus(tmp_path)


def test_author_read_from_a_dateline_when_the_page_has_no_byline(tmp_path):
    page = (
        "Council approves new bridge over the river after long debate\n\n"
        "Posted on March 5, 2022 by Karen Whitfield\n\n"
        "The town council voted on Tuesday to approve a new bridge over the river, ending a debate of three years.\n\n"
        "The mayor said the work would start in the spring and take about eighteen months to finish.\n"
    )
    (tmp_path / "bridge.txt").write_text(page, encoding="utf-8")
    with pytest.warns(analysis.CorpusWarning, match="no outlet"):
        article = analysis.load_corpus(tmp_path, cache=False).iloc[0]
    assert article["author"] == "Karen Whitfield"
    assert article["author_from"] == "text"


def test_an_unreadable_byline_gives_no_author():
    from analysis.corpus import _author

    assert _author("ab/wmr (AP, Reuters, dpa)") is None
    assert _author("By Jane Doe and John Roe") == "Jane Doe and John Roe"
