"""Blind evaluation of the line labels and page metadata on pages from other outlets.

``tests/data/corpus_blind*`` hold scraped-page text in the layout of outlets
the rules were not written from (AP, NYT, Fox News, Al Jazeera, Independent,
Kyiv Independent, Sky News, a WordPress local paper; TASS, Washington Post,
DW; Mirror, NPR, ABC Australia, RT; Telegraph, CBS News, Ukrinform,
Newsweek; Guardian live blog, BBC, Reuters on Yahoo, CNN, The Hindu, Bloomberg;
Axios Local, Substack, Times of India AMP, SCMP on MSN, Irish Times, a local TV site;
Spiegel International, PR Newswire, Medium, Euronews, SMH, Japan Times; Business
Insider, The Sun, The Atlantic, Stuff, Rappler, The Verge; The Conversation, Manchester
Evening News, HuffPost, Al-Monitor, CBC News, a university news page; Sky Sports, Variety,
Evening Standard, Straits Times, a Blogger site, Sacramento Bee AMP; Reuters.com, an ABC News
live blog, Globe and Mail, Le Monde in English, an LA Times gallery, Balkan Insight; The Economist,
ProPublica, Yonhap, Times of Malta, Patch, an NBC News live blog; The Hill, Daily Maverick, The Moscow
Times, Nikkei Asia, Middle East Eye, GOV.UK; POLITICO Europe, Irish Examiner, Taipei Times, Jakarta
Post, a Ghost site, Toronto Star; PolitiFact, EL PAÍS English, RTÉ Sport, Chicago Sun-Times, Supply Chain
Dive, ERR News; one war story in Kyiv Post, Express.co.uk, Anadolu, Hindustan Times, Eurasia Review and a
Telegram mirror; The EastAfrican's e-edition, Dawn, KUNC, Folha in English, Bangkok Post, Korea Herald;
Gulf Times print view, RNZ reader mode, VnExpress AMP, Bruegel, Mail & Guardian, Buenos Aires Times;
Meduza, Metro, Xinhua, Ukrainska Pravda, an RFE/RL live blog, The War Zone; France 24, a Times of Israel
live blog, WION, Global Times, The Daily Beast, The National; The Punch, The Mainichi, Newcastle Herald,
SWI swissinfo.ch, Farmers Weekly, U.S. News republishing AP; ANSA English, Ottawa Citizen, Business Standard,
Daily Monitor, GMA News, a Marketplace podcast page),
with ``labels.csv`` (doc_id, line_no, label: one row per non-empty
line, labelled by a person reading the page) and ``expected.csv`` (title,
published day, author names separated by ";", url as shown on the page).

Each set was written before the rule changes it prompted and scored once
untuned; the rules were then generalised from its misses. So only a set's
*first* score is a blind estimate (see ``tests/data/corpus_blind/README.md``);
the figures asserted here are after tuning and guard against regressions. The
floors sit a little under the figures reached.

Run ``python tests/test_clean_blind.py`` to print the per-label tables and misses.
"""

from __future__ import annotations

import re
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.clean import ARTICLE_LABELS, LABELS, label_lines

DATA = Path(__file__).parent / "data"
BLIND_SETS = ("corpus_blind", "corpus_blind_2", "corpus_blind_3", "corpus_blind_4", "corpus_blind_5",
              "corpus_blind_6", "corpus_blind_7", "corpus_blind_8",
              "corpus_blind_9", "corpus_blind_10", "corpus_blind_11", "corpus_blind_12",
              "corpus_blind_13", "corpus_blind_14", "corpus_blind_15",
              "corpus_blind_16", "corpus_blind_17", "corpus_blind_18",
              "corpus_blind_19", "corpus_blind_20", "corpus_blind_21",
              "corpus_blind_22")

# Floors, a little under the figures reached: line accuracy, F1 of body lines and of
# article text (body + subheading, what load_corpus keeps), and the share of
# metadata fields (title, published, author, url) matching exactly.
ACCURACY_FLOORS = {"corpus_blind": 0.98, "corpus_blind_2": 0.97, "corpus_blind_3": 0.97, "corpus_blind_4": 0.94,
                   "corpus_blind_5": 0.98, "corpus_blind_6": 0.98, "corpus_blind_7": 0.98, "corpus_blind_8": 0.98,
                   "corpus_blind_9": 0.99, "corpus_blind_10": 0.99,
                   "corpus_blind_11": 0.99,
                   "corpus_blind_12": 0.99,
                   "corpus_blind_13": 0.98,
                   "corpus_blind_14": 0.99,
                   "corpus_blind_15": 0.94,
                   "corpus_blind_16": 0.98,
                   "corpus_blind_17": 0.96,
                   "corpus_blind_18": 0.97,
                   "corpus_blind_19": 0.96,
                   "corpus_blind_20": 0.95,
                   "corpus_blind_21": 0.95,
                   "corpus_blind_22": 0.93}
F1_FLOORS = {
    **{(name, label): 0.95 for name in ("corpus_blind", "corpus_blind_2", "corpus_blind_3")
       for label in ("body", "article_text", "boilerplate")},
    ("corpus_blind_4", "body"): 0.90,
    ("corpus_blind_4", "article_text"): 0.88,
    ("corpus_blind_4", "boilerplate"): 0.95,
    ("corpus_blind_5", "body"): 0.95,
    ("corpus_blind_5", "article_text"): 0.95,
    ("corpus_blind_5", "boilerplate"): 0.98,
    ("corpus_blind_6", "body"): 0.98,
    ("corpus_blind_6", "article_text"): 0.98,
    ("corpus_blind_6", "boilerplate"): 0.98,
    ("corpus_blind_7", "body"): 0.97,
    ("corpus_blind_7", "article_text"): 0.96,
    ("corpus_blind_7", "boilerplate"): 0.98,
    ("corpus_blind_8", "body"): 0.96,
    ("corpus_blind_8", "article_text"): 0.97,
    ("corpus_blind_8", "boilerplate"): 0.98,
    ("corpus_blind_9", "body"): 0.98,
    ("corpus_blind_9", "article_text"): 0.98,
    ("corpus_blind_9", "boilerplate"): 0.99,
    ("corpus_blind_10", "body"): 0.98,
    ("corpus_blind_10", "article_text"): 0.98,
    ("corpus_blind_10", "boilerplate"): 0.99,
    ("corpus_blind_11", "body"): 0.98,
    ("corpus_blind_11", "article_text"): 0.98,
    ("corpus_blind_11", "boilerplate"): 0.99,
    ("corpus_blind_12", "body"): 0.98,
    ("corpus_blind_12", "article_text"): 0.98,
    ("corpus_blind_12", "boilerplate"): 0.99,
    ("corpus_blind_13", "body"): 0.96,
    ("corpus_blind_13", "article_text"): 0.96,
    ("corpus_blind_13", "boilerplate"): 0.98,
    ("corpus_blind_14", "body"): 0.98,
    ("corpus_blind_14", "article_text"): 0.98,
    ("corpus_blind_14", "boilerplate"): 0.99,
    ("corpus_blind_15", "body"): 0.95,
    ("corpus_blind_15", "article_text"): 0.95,
    ("corpus_blind_15", "boilerplate"): 0.95,
    ("corpus_blind_16", "body"): 0.98,
    ("corpus_blind_16", "article_text"): 0.98,
    ("corpus_blind_16", "boilerplate"): 0.99,
    ("corpus_blind_17", "body"): 0.95,
    ("corpus_blind_17", "article_text"): 0.95,
    ("corpus_blind_17", "boilerplate"): 0.96,
    ("corpus_blind_18", "body"): 0.98,
    ("corpus_blind_18", "article_text"): 0.96,
    ("corpus_blind_18", "boilerplate"): 0.98,
    ("corpus_blind_19", "body"): 0.94,
    ("corpus_blind_19", "article_text"): 0.95,
    ("corpus_blind_19", "boilerplate"): 0.97,
    ("corpus_blind_20", "body"): 0.93,
    ("corpus_blind_20", "article_text"): 0.93,
    ("corpus_blind_20", "boilerplate"): 0.97,
    ("corpus_blind_21", "body"): 0.93,
    ("corpus_blind_21", "article_text"): 0.93,
    ("corpus_blind_21", "boilerplate"): 0.96,
    ("corpus_blind_22", "body"): 0.94,
    ("corpus_blind_22", "article_text"): 0.95,
    ("corpus_blind_22", "boilerplate"): 0.96,
}
METADATA_FLOORS = {"corpus_blind": 0.93, "corpus_blind_2": 0.9, "corpus_blind_3": 0.95, "corpus_blind_4": 0.9,
                   "corpus_blind_5": 0.95, "corpus_blind_6": 0.95, "corpus_blind_7": 0.95, "corpus_blind_8": 0.95,
                   "corpus_blind_9": 0.95, "corpus_blind_10": 0.95,
                   "corpus_blind_11": 0.95,
                   "corpus_blind_12": 0.95,
                   "corpus_blind_13": 0.95,
                   "corpus_blind_14": 0.95,
                   "corpus_blind_15": 0.95,
                   "corpus_blind_16": 0.95,
                   "corpus_blind_17": 0.95,
                   "corpus_blind_18": 0.95,
                   "corpus_blind_19": 0.95,
                   "corpus_blind_20": 0.9,
                   "corpus_blind_21": 0.9,
                   "corpus_blind_22": 0.85}


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)


def labelled_lines(folder: Path) -> pd.DataFrame:
    """Hand labels joined to the labels the rules give: doc_id, line_no, expected, got."""
    truth = _read_csv(folder / "labels.csv").astype({"line_no": int})
    frames = []
    for doc_id in sorted(truth["doc_id"].unique()):
        got = label_lines((folder / f"{doc_id}.txt").read_text(encoding="utf-8"))
        frames.append(got[["line_no", "label"]].assign(doc_id=doc_id).rename(columns={"label": "got"}))
    got = pd.concat(frames, ignore_index=True)
    merged = truth.rename(columns={"label": "expected"}).merge(got, on=["doc_id", "line_no"], how="outer")
    missing = merged[merged["expected"].isna() | merged["got"].isna()]
    assert missing.empty, f"labels.csv and the labelled lines disagree on which lines exist:\n{missing}"
    return merged.sort_values(["doc_id", "line_no"]).reset_index(drop=True)


def label_scores(lines: pd.DataFrame) -> pd.DataFrame:
    """Per-label precision, recall, F1 over lines.

    Columns label, n_expected, n_got, n_correct, precision, recall, f1; one row
    per label of LABELS, then "article_text": body and subheading lines taken
    together (the lines that make up an article's clean text).
    """
    rows = []
    classes = {label: {label} for label in LABELS} | {"article_text": set(ARTICLE_LABELS)}
    for label, members in classes.items():
        is_expected, is_got = lines["expected"].isin(members), lines["got"].isin(members)
        n_correct = int((is_expected & is_got).sum())
        n_expected, n_got = int(is_expected.sum()), int(is_got.sum())
        precision = n_correct / n_got if n_got else float("nan")
        recall = n_correct / n_expected if n_expected else float("nan")
        f1 = 2 * n_correct / (n_expected + n_got) if n_expected + n_got else float("nan")
        rows.append((label, n_expected, n_got, n_correct, precision, recall, f1))
    columns = ["label", "n_expected", "n_got", "n_correct", "precision", "recall", "f1"]
    return pd.DataFrame(rows, columns=columns)


def _names(value: object) -> set[str]:
    if not isinstance(value, str) or not value.strip():
        return set()
    parts = re.split(r"\s*(?:;|,|\band\b|&)\s*", value.strip().lower())
    return {p for p in parts if p}


def _text(value: object) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value).strip()


def metadata_matches(folder: Path, tmp_path: Path) -> pd.DataFrame:
    """Field-by-field exact match of load_corpus metadata: doc_id, field, expected, got, is_match."""
    raw = tmp_path / folder.name
    raw.mkdir()
    for page in folder.glob("*.txt"):
        shutil.copy(page, raw / page.name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = analysis.load_corpus(raw).set_index("doc_id")
    rows = []
    for truth in _read_csv(folder / "expected.csv").itertuples(index=False):
        got = articles.loc[truth.doc_id]
        published = "" if pd.isna(got["published"]) else got["published"].strftime("%Y-%m-%d")
        title, author, url = _text(got["title"]), _text(got["author"]), _text(got["url"])
        checks = {
            "title": (truth.title, title, truth.title.strip() == title),
            "published": (truth.published, published, truth.published == published),
            "author": (truth.author, author, _names(truth.author) == _names(author)),
            "url": (truth.url, url, truth.url == url),
        }
        rows += [(truth.doc_id, field, *values) for field, values in checks.items()]
    return pd.DataFrame(rows, columns=["doc_id", "field", "expected", "got", "is_match"])


def _report(name: str, lines: pd.DataFrame, scores: pd.DataFrame) -> str:
    accuracy = (lines["expected"] == lines["got"]).mean()
    table = scores.to_string(index=False, float_format=lambda x: f"{x:.2f}")
    return f"\n== {name}: {len(lines)} lines, accuracy {accuracy:.3f}\n{table}"


@pytest.mark.parametrize("name", BLIND_SETS)
def test_blind_line_labels(name):
    lines = labelled_lines(DATA / name)
    scores = label_scores(lines).set_index("label")
    print(_report(name, lines, scores.reset_index()))
    assert (lines["expected"] == lines["got"]).mean() >= ACCURACY_FLOORS[name]
    for (set_name, label), floor in F1_FLOORS.items():
        if set_name == name:
            assert scores.at[label, "f1"] >= floor, f"{name} {label} F1 {scores.at[label, 'f1']:.2f} < {floor}"


@pytest.mark.parametrize("name", BLIND_SETS)
def test_blind_metadata(name, tmp_path):
    matches = metadata_matches(DATA / name, tmp_path)
    print(f"\n== {name} metadata\n{matches.groupby('field')['is_match'].mean()}")
    print(matches[~matches["is_match"]].to_string(index=False))
    assert matches["is_match"].mean() >= METADATA_FLOORS[name]


def test_scores_on_a_hand_made_case():
    lines = pd.DataFrame({"expected": ["body", "body", "caption", "title"],
                          "got": ["body", "caption", "caption", "body"]})
    scores = label_scores(lines).set_index("label")
    # body: 1 right of 2 expected, 2 given -> P 1/2, R 1/2; caption: P 1/2, R 1
    assert (scores.at["body", "precision"], scores.at["body", "recall"]) == (0.5, 0.5)
    assert (scores.at["caption", "precision"], scores.at["caption", "recall"]) == (0.5, 1.0)
    assert scores.at["title", "recall"] == 0.0 and scores.at["title", "n_got"] == 0


if __name__ == "__main__":
    import tempfile

    for set_name in BLIND_SETS:
        if not (DATA / set_name / "labels.csv").exists():
            continue
        found = labelled_lines(DATA / set_name)
        print(_report(set_name, found, label_scores(found)))
        wrong = found[found["expected"] != found["got"]]
        print(wrong.to_string(index=False))
        with tempfile.TemporaryDirectory() as tmp:
            print(metadata_matches(DATA / set_name, Path(tmp)).to_string(index=False))
