"""SEED VERSION — to be replaced by the full loader (see issue 2).

Public contract (kept by the full version):
- load_corpus(path=None) -> one row per article
- load_lines(path=None) -> cleaning audit, one row per non-empty raw line
- paragraphs(articles) -> doc_id, outlet, paragraph (1-based), text
- sentences(articles) -> doc_id, outlet, paragraph, sentence (1-based in article),
  text, start, end (character offsets of the sentence inside its paragraph text)
- select_outlets(articles, outlets=None) -> rows of the named outlets
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pandas as pd

from . import paths


def load_corpus(path=None) -> pd.DataFrame:
    folder = Path(path) if path is not None else paths.DATA_DIR
    raw = folder / "raw" if (folder / "raw").is_dir() else folder
    meta = pd.read_csv(paths.METADATA_CSV) if path is None and paths.METADATA_CSV.exists() else None
    rows = []
    for file in sorted(raw.glob("*.txt")):
        data = file.read_bytes()
        lines = [ln.strip() for ln in data.decode("utf-8").splitlines() if ln.strip()]
        body = [ln for ln in lines[1:] if len(ln.split()) > 12]
        rows.append(
            {
                "doc_id": file.stem,
                "outlet": file.stem[:3],
                "publisher_group": None,
                "url": None,
                "published": pd.NaT,
                "author": None,
                "title": lines[0] if lines else "",
                "standfirst": "",
                "text": "\n\n".join(body),
                "n_paragraphs": len(body),
                "n_words": sum(len(b.split()) for b in body),
                "source_file": str(file),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
        )
    frame = pd.DataFrame(rows)
    if meta is not None and "outlet" in meta:
        frame["outlet"] = frame["doc_id"].map(dict(zip(meta["doc_id"], meta["outlet"])))
    frame["outlet"] = pd.Categorical(frame["outlet"], categories=sorted(frame["outlet"].unique()), ordered=True)
    return frame


def load_lines(path=None) -> pd.DataFrame:
    raise NotImplementedError("seed version")


def select_outlets(articles: pd.DataFrame, outlets=None) -> pd.DataFrame:
    if outlets is None:
        return articles
    return articles[articles["outlet"].isin(list(outlets))].reset_index(drop=True)


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for art in articles.itertuples():
        for i, para in enumerate(art.text.split("\n\n"), start=1):
            rows.append({"doc_id": art.doc_id, "outlet": art.outlet, "paragraph": i, "text": para})
    return pd.DataFrame(rows)


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for para in paragraphs(articles).itertuples():
        n = 0
        for match in re.finditer(r"[^.!?]+[.!?]*['\"’”]?\s*", para.text):
            n += 1
            text = match.group().strip()
            if text:
                start = match.start()
                rows.append({"doc_id": para.doc_id, "outlet": para.outlet, "paragraph": para.paragraph,
                             "sentence": n, "text": text, "start": start, "end": start + len(text)})
    frame = pd.DataFrame(rows)
    frame["sentence"] = frame.groupby("doc_id").cumcount() + 1
    return frame
