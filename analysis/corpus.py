"""Load a folder of scraped news articles, or a table export, into tidy DataFrames.

A corpus folder is either laid out like the repository's ``data/`` — the
articles as ``raw/*.txt`` plus a curated ``metadata.csv`` beside ``raw/`` — or
a plain folder of ``.txt`` files, with or without a ``metadata.csv``. Raw files
are only ever read.

**Tables.** :func:`load_corpus` also takes a CSV, JSON Lines or Parquet file, a
folder of them (with no ``.txt`` files) or a glob pattern, e.g.
``load_corpus("export.csv", columns={"text": "content", "published": "date"})``;
see :mod:`analysis.tabular` for the column mapping and its defaults (Media
Cloud exports need none), how text cells are split into paragraphs, and the
report of bad rows. The result has the same columns and dtypes.

Every line of every file is labelled by :func:`analysis.clean.label_lines`
(see :func:`load_lines` for the audit); an article's ``text`` is exactly its
``body`` and ``subheading`` lines, in file order, joined by a blank line.

**Metadata and where it comes from.** For each field (outlet, publisher_group,
url, published, author, title) the column ``<field>_from`` says where the value
came from:

- ``"text"`` — found on the page (title line, "Published …" line, URL line,
  byline) and not given in ``metadata.csv``;
- ``"metadata"`` — from ``metadata.csv`` (the page does not show it, or shows
  something else);
- ``"text+metadata"`` — both give it and agree; the more precise value is kept
  (e.g. the page's "12:08 15 Mar 2022" over the curated "2022-03-15");
- ``"inferred"`` — worked out, e.g. the outlet and publisher group from the
  URL's domain through the outlet registry (``analysis/data/outlets.csv``);
- ``"missing"`` — unknown (NaT / NA; outlet ``"unknown"``).

When the page and the curated metadata disagree, **the curated metadata wins**
— a person checked it, while a scraped page may carry a syndicated date or a
wrong byline — and a :class:`CorpusWarning` names the article, the field and
both values.

**metadata.csv** is read with the delimiter that splits its header into most
fields (``,`` ``;`` tab ``|``; not a comma: read, with a warning). Every
message names the file, the line and the column. An unknown column is ignored
and named; a missing one is named and its field comes from the text. A row with
more fields than the header is skipped (a value holding an unquoted
delimiter), one with fewer has its last columns empty. A ``published`` value
that is not a date is ignored; a ``url`` without ``http(s)://`` but shaped like
an address (``www.x.com/a``) gets ``https://`` with a note, anything else is
ignored. A ``doc_id`` is a file name without ``.txt``: one with a path
separator, ``..``, a control character, or empty, is reported as an invalid
doc id and its row skipped. Files are only ever found by listing the corpus
folder, and a doc_id is never joined into a path (the cache names its files by
hashes), so no value in metadata.csv can make the loader read or write
elsewhere.

**Bad input never stops the others.** A missing folder raises
FileNotFoundError; everything else — an empty, binary or undecodable file, a
non-UTF-8 file, broken bytes, NUL characters or lone surrogates (decoded or
repaired as :mod:`analysis.decoding` describes, and noted), a file name that is
not UTF-8 (its bad bytes shown as ``\\xNN`` in doc_id and report), a metadata
row without a file, a file without a metadata row, two files with the same text (the
later one is skipped) — is recorded in the load report
(``articles.attrs["load_report"]``, see :mod:`analysis.loadreport`).

**Cache.** Labelling lines is most of the loading time, so the line labels of
every page are cached as Parquet under :data:`analysis.paths.CACHE_DIR` (table
``labelled_lines``, see :mod:`analysis.cache`), keyed on the page's doc_id, the
SHA-256 of its raw bytes and its curated URL, and versioned on the source of
this module, :mod:`analysis.clean` and the modules they use plus the data files
they read (``boilerplate.txt``, ``outlets.csv``) and the versions of rapidfuzz and
charset-normalizer (whose guesses decode non-UTF-8 files). A
rerun labels only new or changed files; editing the cleaning rules relabels
everything. Reading, decoding, metadata and the load report are redone on every
run, so the result — values, dtypes, ``attrs["load_report"]`` and warnings — is
the same with ``cache=False``. A table file's whole load (articles and load
report) is cached instead, keyed on the files' bytes (see "Cache" in
:mod:`analysis.tabular`). ``python -m analysis clear-cache`` empties it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from importlib.metadata import version as _version
from itertools import chain
from pathlib import Path

import numpy as np
import pandas as pd
import rapidfuzz
from tqdm.auto import tqdm

from . import cache as _cache
from . import clean, decoding, metadata, paths
from .curated import check_coverage, curated_value, read_metadata, resolve_field, resolve_outlet
from .loadreport import REPORT_KEY, WARNINGS_PER_ISSUE, CorpusWarning, LoadReport, load_report, load_summary
from .segment import paragraphs, sentences

__all__ = [
    "CorpusWarning",
    "METADATA_FIELDS",
    "PROVENANCE",
    "ARTICLE_COLUMNS",
    "LINE_COLUMNS",
    "WARNINGS_PER_ISSUE",
    "label_pages",
    "load_corpus",
    "load_lines",
    "load_report",
    "load_summary",
    "select_outlets",
    "paragraphs",
    "sentences",
]

#: Fields with a ``<field>_from`` provenance column.
METADATA_FIELDS = ("outlet", "publisher_group", "url", "published", "author", "title")
#: The values a provenance column takes.
PROVENANCE = ("text", "metadata", "text+metadata", "inferred", "missing")
ARTICLE_COLUMNS = (
    "doc_id", "outlet", "publisher_group", "url", "published", "author", "title", "standfirst",
    "text", "n_paragraphs", "n_words", "source_file", "sha256", "encoding", "notes",
    *(f"{f}_from" for f in METADATA_FIELDS),
)
LINE_COLUMNS = ("doc_id", "line_no", "label", "text", "raw", "reason")
#: dtype of ``published``: tz-naive, microseconds (a page's clock time; pandas' default unit).
PUBLISHED_DTYPE = "datetime64[us]"
#: Show a progress bar from this many files on.
PROGRESS_MIN_FILES = 50
#: A character that makes a line non-empty for :func:`analysis.clean.label_lines`.
_VISIBLE = re.compile(f"[^\\s{clean._INVISIBLE}]")
#: A file whose first HTML_SNIFF_CHARS characters hold page markup is reported.
HTML_SNIFF_CHARS = 2000
_HTML = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<div[\s>]|<p>", re.I)


@dataclass(frozen=True)
class _Source:
    """One readable article file."""

    doc_id: str
    file: Path
    name: str  # the file name, as storable text (see analysis.decoding.display_name)
    sha256: str
    text: str
    encoding: str


# --------------------------------------------------------------------------- reading


def _resolve(path: str | Path | None) -> tuple[Path, Path | None]:
    """Return the folder of .txt files and the metadata CSV (None if there is none)."""
    folder = Path(path).expanduser() if path is not None else paths.DATA_DIR
    if not folder.exists():
        raise FileNotFoundError(
            f"corpus folder not found: {folder}. Pass a folder holding .txt articles "
            "(or raw/*.txt plus metadata.csv), or None for the bundled corpus."
        )
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is a file; pass the folder that holds the .txt articles.")
    raw = folder / "raw" if (folder / "raw").is_dir() else folder
    meta = folder / "metadata.csv"
    return raw, (meta if meta.is_file() else None)


def _decode(data: bytes, where: dict, report: LoadReport) -> tuple[str, str] | None:
    """Decode raw bytes (see :mod:`analysis.decoding`), reporting what was decided; None when not text."""
    decoded = decoding.decode_bytes(data)
    for note in decoded.notes:
        report.add(note.severity, note.issue, note.message, note.action, **where)
    return None if decoded.text is None else (decoded.text, decoded.encoding)


def _list_files(raw: Path, report: LoadReport) -> list[Path]:
    """The article files of ``raw`` (``*.txt``, any case); other files are reported as ignored."""
    files, ignored = [], []
    for path in sorted(raw.iterdir()):
        if path.is_file() and path.suffix.lower() == ".txt":
            files.append(path)
        elif path.is_file() and not path.name.startswith(".") and path.name != "metadata.csv":
            ignored.append(decoding.display_name(path.name))
    for name in ignored:
        report.add("info", "ignored_file", "not a .txt file", "not read; save articles as .txt to include them",
                   file=name)
    if not files:
        raise FileNotFoundError(f"no .txt files in {raw}; put one article per .txt file there.")
    return files


def _read_one(file: Path, report: LoadReport) -> _Source | None:
    """Read and decode one file; None (reported) when it cannot be used."""
    where = {"file": decoding.display_name(file.name), "doc_id": decoding.display_name(file.stem)}
    if where["file"] != file.name:
        report.add("warning", "file_name_not_utf8", "the file name is not UTF-8 (its bad bytes shown as \\xNN)",
                   f"loaded as doc_id {where['doc_id']!r}; rename the file", **where)
    try:
        data = file.read_bytes()
    except OSError as exc:
        report.add("warning", "unreadable_file", f"cannot be read ({exc.strerror})",
                   "skipped; check the file's permissions", **where)
        return None
    decoded = _decode(data, where, report) if data.strip() else None
    if decoded is not None and not _VISIBLE.search(decoded[0]):  # only white space, byte-order or zero-width marks
        decoded = None
        data = b""
    if not data.strip():
        report.add("warning", "empty_file", "the file is empty", "skipped; delete it or paste the article in",
                   **where)
    if decoded is None:
        return None
    if _HTML.search(decoded[0][:HTML_SNIFF_CHARS]):
        report.add("warning", "html_markup", "holds HTML markup; tags will be read as text",
                   "save the page's text (not its source) for clean results", **where)
    return _Source(where["doc_id"], file, where["file"], hashlib.sha256(data).hexdigest(), *decoded)


def _read_sources(raw: Path, report: LoadReport) -> list[_Source]:
    """Read every .txt file of ``raw``; skip (and report) empty, binary and duplicate files."""
    files = _list_files(raw, report)
    sources: list[_Source] = []
    seen: dict[str, str] = {}
    for file in tqdm(files, desc="reading articles", disable=len(files) < PROGRESS_MIN_FILES):
        source = _read_one(file, report)
        if source is None:
            continue
        key = hashlib.sha256(" ".join(source.text.split()).encode()).hexdigest()
        if key in seen:
            report.add("warning", "duplicate_text", f"same text as {seen[key]}",
                       f"skipped; keep one copy ({seen[key]} was loaded)", file=source.name, doc_id=source.doc_id)
            continue
        seen[key] = source.name
        sources.append(source)
    return sources


# --------------------------------------------------------------------------- assembling


def _found_in_text(lines: pd.DataFrame) -> dict:
    """Metadata shown on the page: title, standfirst, url, published, author."""
    by_label: dict[str, list[str]] = {}
    for label, text in zip(lines["label"], lines["text"]):
        if text:  # the later lines of a hard-wrapped paragraph carry no text
            by_label.setdefault(str(label), []).append(str(text))

    def first(label: str) -> str | None:
        return by_label.get(label, [None])[0]

    url = metadata.find_url(first("url")) if first("url") else None
    bylines = by_label.get("byline", [])
    # the first byline naming someone: a provider line ("Reuters") may come before the credit;
    # when none names anyone ("With files from …"), a name on a date line
    authors = chain(map(_author, bylines), map(metadata.dateline_author, by_label.get("dateline", [])))
    standfirst = by_label.get("standfirst", [])
    return {
        "title": first("title"),
        "standfirst": " ".join(standfirst) if standfirst else None,
        "url": url,
        "published": metadata.published_date(by_label.get("dateline", []), url),
        "author": next((name for name in authors if name), None),
    }


def _author(byline: str) -> str | None:
    """The name(s) on a byline line, joined by ' and '; None when no name can be read.

    A byline the rules cannot parse ("ab/wmr (AP, Reuters, dpa)") gives no
    author rather than the whole line; the line stays in ``load_lines``.
    """
    names = metadata.names_in_line(byline)
    return metadata.byline_name(byline) or (" and ".join(names) if names else None)


def _article(source: _Source, lines: pd.DataFrame, meta: pd.DataFrame, report: LoadReport) -> dict:
    """One row of the articles frame."""
    doc_id = source.doc_id
    found = _found_in_text(lines)
    curated = {f: curated_value(meta, doc_id, f) for f in (*METADATA_FIELDS, "notes")}
    row: dict = {"doc_id": doc_id}
    for field in ("url", "published", "author", "title"):
        row[field], row[f"{field}_from"] = resolve_field(field, found[field], curated[field], doc_id, report)
    row.update(resolve_outlet(row["url"], curated, doc_id, report))
    # the later lines of a hard-wrapped paragraph have empty text: their words are in its first line
    body = [t for label, t in zip(lines["label"], lines["text"]) if t and label in clean.ARTICLE_LABELS]
    if not body:
        report.add("warning", "no_body", "no line of the file reads as article text",
                   "kept with empty text; check load_lines() for this file", doc_id=doc_id, file=source.name)
    if row["title"] is None:
        report.add("warning", "no_title", "no headline found on the page",
                   "title left empty; add a 'title' column to metadata.csv", doc_id=doc_id, file=source.name)
    text = "\n\n".join(body)
    row.update({
        "standfirst": found["standfirst"] or "",
        "text": text,
        "n_paragraphs": len(body),
        "n_words": len(text.split()),
        "source_file": source.name,
        "sha256": source.sha256,
        "encoding": source.encoding,
        "notes": curated["notes"] or "",
    })
    return row


def _label_frame(pages: pd.DataFrame) -> pd.DataFrame:
    """Label the lines of every page (columns doc_id, url, text): the line tables, stacked."""
    rules = clean.load_rules()
    frames = [
        clean.label_lines(text, rules=rules, url=url if isinstance(url, str) and url else None)
        .assign(doc_id=doc_id)
        for doc_id, url, text in tqdm(zip(pages["doc_id"], pages["url"], pages["text"]), total=len(pages),
                                      desc="cleaning articles", disable=len(pages) < PROGRESS_MIN_FILES)
    ]
    if not frames:
        return clean.label_lines("").assign(doc_id=pd.Series(dtype="str"))
    return pd.concat(frames, ignore_index=True)


def label_pages(pages: pd.DataFrame, *, cache: bool = True) -> dict[str, pd.DataFrame]:
    """Line labels of many pages, from the cache when a page was labelled before.

    Parameters
    ----------
    pages : DataFrame
        Columns ``doc_id`` (unique), ``sha256`` (of the page's raw bytes or
        text), ``url`` (the curated address or None; it helps find the title)
        and ``text`` (the decoded page).
    cache : bool
        Use :mod:`analysis.cache` (table ``labelled_lines``, keyed on doc_id,
        sha256 and url, versioned on this module, :mod:`analysis.clean` and the
        modules and data files they use).

    Returns
    -------
    dict
        doc_id -> the frame :func:`analysis.clean.label_lines` returns for it.
    """
    lines = _cache.cached_per_article(
        "labelled_lines", pages[["doc_id", "sha256", "url", "text"]], _label_frame,
        key_columns=["sha256", "url"], version_of=[__name__, clean.__name__],
        params={"rapidfuzz": rapidfuzz.__version__, "charset_normalizer": _version("charset-normalizer")},
        enabled=cache)
    doc_ids = lines["doc_id"].to_numpy()
    lines = lines.drop(columns="doc_id")
    # the rows of a page are contiguous, pages in the order given: slice at each change of doc_id
    starts = [0, *(np.flatnonzero(doc_ids[1:] != doc_ids[:-1]) + 1).tolist(), len(doc_ids)]
    groups = {doc_ids[a]: lines.iloc[a:b].reset_index(drop=True) for a, b in zip(starts, starts[1:]) if b > a}
    return {doc_id: groups.get(doc_id, lines.iloc[:0]) for doc_id in pages["doc_id"]}


def _label_sources(sources: list[_Source], meta: pd.DataFrame, *, cache: bool) -> dict[str, pd.DataFrame]:
    """Label the lines of every source; a curated URL helps find the title."""
    urls = meta["url"].to_dict() if "url" in meta.columns else {}
    pages = pd.DataFrame({
        "doc_id": pd.Series([s.doc_id for s in sources], dtype="str"),
        "sha256": pd.Series([s.sha256 for s in sources], dtype="str"),
        "url": pd.Series([urls.get(s.doc_id) or None for s in sources], dtype="str"),
        "text": pd.Series([s.text for s in sources], dtype="str"),
    })
    return label_pages(pages, cache=cache)


def _load(path: str | Path | None, *, cache: bool) -> tuple[list[_Source], dict[str, pd.DataFrame], pd.DataFrame,
                                                             LoadReport]:
    """Read files and metadata and label lines; shared by load_corpus and load_lines."""
    raw, csv = _resolve(path)
    report = LoadReport([])
    sources = _read_sources(raw, report)
    meta = read_metadata(csv, report)
    check_coverage(meta, {s.doc_id for s in sources}, csv, report)
    return sources, _label_sources(sources, meta, cache=cache), meta, report


def _empty_articles() -> pd.DataFrame:
    frame = pd.DataFrame(columns=list(ARTICLE_COLUMNS))
    frame["published"] = pd.Series(dtype=PUBLISHED_DTYPE)
    return frame


def load_corpus(
    path: str | Path | None = None,
    *,
    columns: dict[str, str | None] | None = None,
    label_lines: bool | None = None,
    chunk_rows: int | None = None,
    cache: bool = True,
) -> pd.DataFrame:
    """Load a corpus folder: one row per article.

    Parameters
    ----------
    path : str or Path, optional
        A folder laid out like the repository's ``data/`` (``raw/*.txt`` and
        ``metadata.csv``) or a plain folder of ``.txt`` files; or a CSV, JSON
        Lines or Parquet file, a folder of them (and no .txt files) or a glob
        pattern of them, read by :func:`analysis.tabular.read_articles`. None
        (default): the bundled corpus.
    columns : dict, optional
        Tables only: field -> column name, e.g. ``{"text": "content",
        "published": "date"}``; see :mod:`analysis.tabular`.
    label_lines : bool, optional
        Tables only: read each text cell as a scraped page, labelling its
        lines as the text loader does (default False: the cell is the body).
    chunk_rows : int, optional
        Tables only: rows read at a time (default
        :data:`analysis.tabular.CHUNK_ROWS`).
    cache : bool
        Reuse the line labels of pages labelled before, or a table file's
        whole load (see "Cache" in the module docstring); the result is the
        same with and without it.

    Returns
    -------
    DataFrame
        One row per loaded article, sorted by ``doc_id``, with columns
        ``doc_id`` (file name without ``.txt``), ``outlet`` (ordered
        categorical, categories sorted), ``publisher_group``, ``url``,
        ``published`` (datetime64; NaT when unknown), ``author``, ``title``,
        ``standfirst`` ("" if none), ``text`` (body and subheading lines in file
        order, joined by "\\n\\n"), ``n_paragraphs``, ``n_words`` (white-space
        tokens of ``text``), ``source_file`` (file name), ``sha256`` (of the raw
        bytes), ``encoding`` (the codec used, e.g. "utf-8", "utf-8-sig" with a
        byte-order mark, "utf-16", "cp1252"; see :mod:`analysis.decoding`),
        ``notes`` (from metadata.csv), and for each of
        :data:`METADATA_FIELDS` a ``<field>_from`` column with a value of
        :data:`PROVENANCE`. ``attrs["load_report"]`` lists what was skipped,
        altered or inferred (see :func:`load_report`).

    Raises
    ------
    FileNotFoundError
        When the folder does not exist or holds no ``.txt`` file, or a glob
        pattern matches nothing.
    ValueError
        For table options given with a folder of .txt files, and the table
        errors listed in :func:`analysis.tabular.read_articles`.
    """
    from . import tabular  # imported here: tabular builds on this module

    if path is not None and tabular.is_table_input(path):
        return tabular.read_articles(path, columns=columns, label_lines=bool(label_lines), cache=cache,
                                     chunk_rows=chunk_rows or tabular.CHUNK_ROWS)
    given = [name for name, value in (("columns", columns), ("label_lines", label_lines),
                                      ("chunk_rows", chunk_rows)) if value is not None]
    if given:
        raise ValueError(f"load_corpus(): {given} apply to CSV, JSON Lines or Parquet input; "
                         f"{path or paths.DATA_DIR} is a folder of .txt articles (their lines are always labelled)")
    sources, labelled, meta, report = _load(path, cache=cache)
    return _finish([_article(s, labelled[s.doc_id], meta, report) for s in sources], report)


def _finish(rows: list[dict] | pd.DataFrame, report: LoadReport) -> pd.DataFrame:
    """The articles frame of ``rows`` (dicts or a frame of ARTICLE_COLUMNS): dtypes, order and load report."""
    if isinstance(rows, pd.DataFrame):
        articles = rows[list(ARTICLE_COLUMNS)] if len(rows) else _empty_articles()
    else:
        articles = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS)) if rows else _empty_articles()
    # one resolution whatever the sources (a date parsed from "2022-03-03" alone would give seconds)
    articles["published"] = pd.to_datetime(articles["published"]).astype(PUBLISHED_DTYPE)
    articles["outlet"] = pd.Categorical(
        articles["outlet"], categories=pd.Index(sorted(set(articles["outlet"].astype(str))), dtype="str"),
        ordered=True)
    for col in ("n_paragraphs", "n_words"):
        articles[col] = articles[col].astype("int64")
    text_columns = [c for c in ARTICLE_COLUMNS if c not in ("outlet", "published", "n_paragraphs", "n_words")]
    articles = articles.astype(dict.fromkeys(text_columns, "str"))
    articles = articles.sort_values("doc_id", kind="stable").reset_index(drop=True)
    articles.attrs[REPORT_KEY] = report.finish()
    return articles


def load_lines(path: str | Path | None = None, *, cache: bool = True) -> pd.DataFrame:
    """The cleaning audit: one row per non-empty line of every loaded file.

    Parameters
    ----------
    path : str or Path, optional
        Same as :func:`load_corpus`.
    cache : bool
        Same as :func:`load_corpus`.

    Returns
    -------
    DataFrame
        Columns ``doc_id``, ``line_no`` (1-based, counting empty lines too),
        ``label`` (categorical in the order of :data:`analysis.clean.LABELS`),
        ``text`` (the stripped line as it enters the article text; an
        appended "Above: …" caption cut from body lines), ``raw`` (the line as
        saved) and ``reason``; sorted by doc_id, line_no. Joining the ``body``
        and ``subheading`` texts of a document with "\\n\\n" gives its
        ``text`` in :func:`load_corpus` (on a hard-wrapped page the first line
        of a paragraph holds the whole paragraph and its other lines have empty
        ``text``, so skip empty texts). ``attrs["load_report"]`` as there.
    """
    sources, labelled, _, report = _load(path, cache=cache)
    frames = [lines.assign(doc_id=s.doc_id) for s, lines in ((s, labelled[s.doc_id]) for s in sources)]
    lines = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=list(LINE_COLUMNS))
    lines = lines[list(LINE_COLUMNS)]
    lines["label"] = pd.Categorical(lines["label"], categories=list(clean.LABELS))
    lines = lines.sort_values(["doc_id", "line_no"], kind="stable").reset_index(drop=True)
    lines.attrs[REPORT_KEY] = report.finish()
    return lines


# --------------------------------------------------------------------------- selection


def select_outlets(articles: pd.DataFrame, outlets=None) -> pd.DataFrame:
    """Keep the articles of the named outlets (all when ``outlets`` is None).

    Raises ValueError naming the outlets that are not in the corpus, and the
    ones that are. The ``outlet`` categories are kept whole, so
    :func:`analysis.figures.outlet_colors` gives a subset the colours of the
    whole corpus.

    Returns
    -------
    DataFrame
        The rows of ``articles`` whose outlet is in ``outlets``; same columns.
    """
    if "outlet" not in articles.columns:
        raise ValueError(f"select_outlets(): missing column 'outlet'; present: {list(articles.columns)}")
    if outlets is None:
        return articles.copy()
    wanted = [outlets] if isinstance(outlets, str) else list(outlets)
    present = sorted(set(articles["outlet"].astype(str)))
    unknown = [o for o in wanted if o not in present]
    if unknown:
        raise ValueError(f"select_outlets(): outlet(s) {unknown} not in the corpus; present: {present}")
    kept = articles[articles["outlet"].astype(str).isin(wanted)].reset_index(drop=True)
    kept.attrs = dict(articles.attrs)
    return kept
