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
later one is skipped) — is recorded in ``articles.attrs["load_report"]`` (a list
of dicts: doc_id, file, severity, issue, message, action) and, when it needs
attention, raised as a :class:`CorpusWarning` (at most
:data:`WARNINGS_PER_ISSUE` per kind of problem, then one summary warning; the
report has them all). :func:`load_summary` prints it on one screen.

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
the same with ``cache=False``. ``python -m analysis clear-cache`` empties it.
"""

from __future__ import annotations

import csv as _csv
import hashlib
import io
import re
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.metadata import version as _version
from pathlib import Path

import numpy as np
import pandas as pd
import rapidfuzz
from tqdm.auto import tqdm

from . import cache as _cache
from . import checks, clean, decoding, metadata, paths
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
#: Outlet name used when neither the metadata nor the URL tells the outlet.
UNKNOWN_OUTLET = "unknown"
#: Each kind of problem raises at most this many warnings (all are in the load report).
WARNINGS_PER_ISSUE = 20
#: :func:`load_summary` shows this many kinds of problem, one line each, so it fits a screen of ~25 lines.
SUMMARY_KINDS = 20
#: :func:`load_summary` cuts longer lines (a terminal or notebook output width).
SUMMARY_WIDTH = 160
_SEVERITIES = ("error", "warning", "info")
#: Show a progress bar from this many files on.
PROGRESS_MIN_FILES = 50
_REPORT_KEY = "load_report"
#: The columns of a metadata.csv (a ``title`` column is read too).
METADATA_COLUMNS = ("doc_id", "outlet", "publisher_group", "url", "published", "author", "notes")
#: An address without scheme that gets "https://": dotted host names ending in a letter domain, optional path.
_BARE_URL = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?:[/?#]\S*)?")
#: A doc_id is a file name without .txt: no path separator, no control character.
_SAFE_DOC_ID = re.compile(r"[^/\\\x00-\x1f]+")
#: A character that makes a line non-empty for :func:`analysis.clean.label_lines`.
_VISIBLE = re.compile(f"[^\\s{clean._INVISIBLE}]")
#: A file whose first HTML_SNIFF_CHARS characters hold page markup is reported.
HTML_SNIFF_CHARS = 2000
_HTML = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<div[\s>]|<p>", re.I)


class CorpusWarning(UserWarning):
    """A problem in the corpus that was worked around; see ``attrs['load_report']``."""


@dataclass
class _Report:
    """The running record of what was skipped, altered or inferred while loading."""

    entries: list[dict]
    n_warned: dict[str, int] = field(default_factory=dict)

    def add(self, severity: str, issue: str, message: str, action: str, *, doc_id: str = "", file: str = "") -> None:
        # a name or value that is not valid Unicode would break the report's frame: show its bytes instead
        entry = {key: decoding.display_name(value) for key, value in (
            ("doc_id", doc_id), ("file", file), ("severity", severity), ("issue", issue), ("message", message),
            ("action", action))}
        self.entries.append(entry)
        if severity in ("warning", "error"):
            self.n_warned[issue] = self.n_warned.get(issue, 0) + 1
            if self.n_warned[issue] <= WARNINGS_PER_ISSUE:
                warnings.warn(f"{file or doc_id or 'corpus'}: {message} — {action}", CorpusWarning, stacklevel=4)

    def finish(self) -> list[dict]:
        """Warn once for each issue whose warnings were held back; return the entries."""
        for issue, n in self.n_warned.items():
            if n > WARNINGS_PER_ISSUE:
                warnings.warn(f"{n - WARNINGS_PER_ISSUE} more {issue!r} warnings not shown; "
                              "see analysis.load_report(articles)", CorpusWarning, stacklevel=3)
        return self.entries


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


def _decode(data: bytes, where: dict, report: _Report) -> tuple[str, str] | None:
    """Decode raw bytes (see :mod:`analysis.decoding`), reporting what was decided; None when not text."""
    decoded = decoding.decode_bytes(data)
    for note in decoded.notes:
        report.add(note.severity, note.issue, note.message, note.action, **where)
    return None if decoded.text is None else (decoded.text, decoded.encoding)


def _list_files(raw: Path, report: _Report) -> list[Path]:
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


def _read_one(file: Path, report: _Report) -> _Source | None:
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


def _read_sources(raw: Path, report: _Report) -> list[_Source]:
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


# --------------------------------------------------------------------------- curated metadata


def _metadata_rows(csv: Path, report: _Report) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the (line number, fields) rows of the metadata CSV.

    Any delimiter of :data:`analysis.checks.DELIMITERS` is read (reported when not a comma); NUL
    characters are removed (reported).
    """
    try:
        text = csv.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{csv}: not UTF-8 (byte {exc.start}); re-save it as UTF-8 CSV") from exc
    line = text[:text.find("\x00")].count("\n") + 1  # of the first NUL, if any
    text, notes = decoding.repair_text(text)
    for note in notes:
        report.add(note.severity, note.issue, f"{csv.name} line {line}: {note.message}", note.action, file=csv.name)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = checks.header_delimiter(first)
    if delimiter != ",":
        report.add("warning", "metadata_delimiter", f"columns separated by {delimiter!r}, not by commas",
                   f"read with {delimiter!r}; save it as comma-separated CSV", file=csv.name)
    reader = _csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = []
    try:
        for fields in reader:
            if any(f.strip() for f in fields):
                rows.append((reader.line_num, fields))
    except _csv.Error as exc:
        raise ValueError(f"{csv}: not a readable CSV at line {reader.line_num} ({exc}); check its quotes") from exc
    if not rows:
        return [], []
    return [h.strip().lower() for h in rows[0][1]], rows[1:]


def _check_metadata_columns(header: list[str], csv: Path, report: _Report) -> None:
    """Raise without a doc_id column; report the expected columns missing and the unknown ones ignored."""
    if "doc_id" not in header:
        raise ValueError(f"{csv}: needs a 'doc_id' column (the file name without .txt); present: {header}")
    missing = [c for c in METADATA_COLUMNS if c not in header]
    if missing:
        report.add("info", "metadata_missing_columns", f"no column(s) {missing}; present: {header}",
                   "those fields come from the text or are inferred", file=csv.name)
    unknown = [c for c in header if c not in (*METADATA_COLUMNS, "title")]
    if unknown:
        report.add("info", "metadata_unknown_columns", f"column(s) {unknown} are not metadata fields "
                   f"(known: {[*METADATA_COLUMNS, 'title']})", "ignored; rename them to use them", file=csv.name)


def _metadata_record(line: int, fields: list[str], header: list[str], csv: Path, report: _Report) -> dict | None:
    """One row as {column: stripped value, "line": line}; None (reported) when it cannot be used."""
    where = f"{csv.name} line {line}"
    if len(fields) > len(header):
        report.add("warning", "bad_metadata_row", f"{where} has {len(fields)} fields, the header {len(header)}",
                   "row skipped; quote values that hold the delimiter", file=csv.name)
        return None
    if len(fields) < len(header):
        report.add("warning", "short_metadata_row", f"{where} has {len(fields)} fields, the header {len(header)}",
                   f"the missing last column(s) {header[len(fields):]} left empty", file=csv.name)
    record = dict(zip(header, (f.strip() for f in fields)))
    record = {**dict.fromkeys(header, ""), **record, "line": line}
    doc_id = record["doc_id"].removesuffix(".txt")
    if not _SAFE_DOC_ID.fullmatch(doc_id) or doc_id in (".", ".."):
        report.add("warning", "invalid_doc_id", f"{where}, column 'doc_id': {doc_id!r} is not a file name "
                   "(empty, or holds a path separator, '..' or a control character)",
                   "row skipped; write the article's file name without .txt", file=csv.name)
        return None
    record["doc_id"] = doc_id
    return _checked_values(record, where, csv, report)


def _checked_values(record: dict, where: str, csv: Path, report: _Report) -> dict:
    """Blank (reported) a published value that is not a date; add https:// (noted) to a URL without scheme."""
    published, url = record.get("published", ""), record.get("url", "")
    if published and _metadata_date(published) is None:
        report.add("warning", "bad_metadata_value", f"{where}, column 'published': {published!r} is not a date",
                   "ignored; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM", doc_id=record["doc_id"], file=csv.name)
        record["published"] = ""
    if url and not re.match(r"^https?://", url, re.I):
        bare = url.removeprefix("//")  # a scheme-relative address
        fixed = "https://" + bare if _BARE_URL.fullmatch(bare) else None
        if fixed:
            report.add("info", "url_without_scheme", f"{where}, column 'url': {url!r} has no http(s)://",
                       f"read as {fixed!r}", doc_id=record["doc_id"], file=csv.name)
        else:
            report.add("warning", "bad_metadata_value", f"{where}, column 'url': {url!r} is not a web address",
                       "ignored; write it as https://…", doc_id=record["doc_id"], file=csv.name)
        record["url"] = fixed or ""
    return record


def _metadata_date(value: str) -> pd.Timestamp | None:
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError, OverflowError):
        return None
    return None if pd.isna(stamp) else stamp.tz_localize(None)


def _read_metadata(csv: Path | None, report: _Report) -> pd.DataFrame:
    """Read the curated metadata CSV: one row per doc_id, all values as strings ("" = not given).

    Besides the columns of the file, ``line`` holds each row's line number.
    """
    if csv is None:
        return pd.DataFrame(columns=["doc_id", "line"]).set_index("doc_id")
    header, rows = _metadata_rows(csv, report)
    _check_metadata_columns(header, csv, report)
    records = [r for r in (_metadata_record(n, f, header, csv, report) for n, f in rows) if r is not None]
    first: dict[str, dict] = {}
    for record in records:
        earlier = first.setdefault(record["doc_id"], record)
        if earlier is not record:
            report.add("warning", "duplicate_metadata_row", f"{csv.name} lines {earlier['line']} and "
                       f"{record['line']} both have doc_id {record['doc_id']!r}", f"used line {earlier['line']}; "
                       "delete the other", doc_id=record["doc_id"], file=csv.name)
    frame = pd.DataFrame(list(first.values()), columns=[*dict.fromkeys([*header, "line"])])
    return frame.astype({c: "str" for c in header}).set_index("doc_id")


def _check_coverage(meta: pd.DataFrame, sources: list[_Source], csv: Path | None, report: _Report) -> None:
    """Report metadata rows without a file and files without a metadata row."""
    if csv is None:
        report.add("info", "no_metadata_file", "no metadata.csv: every field is taken from the text or inferred",
                   "add a metadata.csv (doc_id, outlet, publisher_group, url, published, author, notes) to curate")
        return
    loaded = {s.doc_id for s in sources}
    for doc_id in sorted(set(meta.index) - loaded):
        report.add("warning", "metadata_without_file", f"{csv.name} has a row for {doc_id} but no readable "
                   f"{doc_id}.txt", "add the file, or delete the row", doc_id=doc_id, file=csv.name)
    for doc_id in sorted(loaded - set(meta.index)):
        report.add("warning", "file_without_metadata", f"no row in {csv.name}",
                   f"fields taken from the text or inferred; add a row for {doc_id} to curate them",
                   doc_id=doc_id, file=f"{doc_id}.txt")


def _meta_value(meta: pd.DataFrame, doc_id: str, field: str):
    """The curated value of ``field`` for ``doc_id`` (None if not given or unreadable)."""
    if field not in meta.columns or doc_id not in meta.index:
        return None
    value = meta.at[doc_id, field]
    if not value:
        return None
    return _metadata_date(value) if field == "published" else value  # checked by _checked_values


def _agree(field: str, found, curated) -> bool:
    """True when the page's value and the curated value say the same thing."""
    if field == "published":
        same_day = found.normalize() == curated.normalize()
        return same_day if curated == curated.normalize() else found == curated
    if field == "url":
        norm = lambda u: re.sub(r"^https?://(www\.)?", "", u.strip().lower()).rstrip("/")  # noqa: E731
        return norm(found) == norm(curated)
    norm = lambda s: " ".join(re.findall(r"\w+", str(s).casefold()))  # noqa: E731
    return norm(found) == norm(curated)


def _resolve_field(field: str, found, curated, doc_id: str, report: _Report, *, given: str = "metadata.csv",
                   file: str = ""):
    """Combine the page's and the curated value (from ``given``); return (value, provenance)."""
    if found is None and curated is None:
        return None, "missing"
    if curated is None:
        return found, "text"
    if found is None:
        return curated, "metadata"
    if _agree(field, found, curated):
        more_precise = field == "published" and curated == curated.normalize()
        return (found if more_precise else curated), "text+metadata"
    report.add("warning", "metadata_conflict", f"{field}: the page says {found!r}, {given} says {curated!r}",
               f"kept the {given} value; correct whichever is wrong", doc_id=doc_id, file=file or f"{doc_id}.txt")
    return curated, "metadata"


class _Registry:
    """The outlet registry with memoised look-ups (one per host and per name)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._hosts: dict[str | None, tuple[str, str] | None] = {}
        self._names: dict[str, tuple[str, str] | None] = {}

    def for_url(self, url: str) -> tuple[str, str] | None:
        host = metadata.domain_of(url)  # outlet_for_url looks at the host only
        if host not in self._hosts:
            self._hosts[host] = metadata.outlet_for_url(url, registry=self.frame)
        return self._hosts[host]

    def for_name(self, name: str) -> tuple[str, str] | None:
        if name not in self._names:
            self._names[name] = metadata.outlet_for_name(name, registry=self.frame)
        return self._names[name]


@lru_cache(maxsize=2)
def _read_registry(path: str, version: tuple[int, int]) -> _Registry:
    return _Registry(metadata.load_outlets(path))


def _registry() -> _Registry:
    """The registry of :data:`analysis.metadata.OUTLETS_CSV`, read again when the file changes."""
    stat = Path(metadata.OUTLETS_CSV).stat()
    return _read_registry(str(metadata.OUTLETS_CSV), (stat.st_mtime_ns, stat.st_size))


def _outlet(url, curated: dict, doc_id: str, report: _Report, *, given: str = "metadata.csv",
            file: str = "", registry: _Registry | None = None) -> dict:
    """Outlet and publisher group: curated first, else from the URL's domain via the registry."""
    registry = registry or _registry()
    hit = registry.for_url(url) if url else None
    outlet, outlet_from = curated.get("outlet"), "metadata"
    if outlet is None and hit is not None:
        outlet, outlet_from = hit[0], "inferred"
    elif outlet is None and url:
        outlet, outlet_from = metadata.domain_of(url), "inferred"
        report.add("info", "outlet_not_in_registry", f"{outlet} is not in the outlet registry",
                   "named the outlet after its domain; add a row to analysis/data/outlets.csv", doc_id=doc_id,
                   file=file)
    elif outlet is None:
        outlet, outlet_from = UNKNOWN_OUTLET, "missing"
        report.add("warning", "unknown_outlet", f"no outlet in {given} and no URL",
                   f"outlet set to {UNKNOWN_OUTLET!r}; add the outlet to {given}", doc_id=doc_id, file=file)
    elif hit is not None and hit[0].casefold() != outlet.casefold():
        report.add("info", "outlet_domain_differs", f"{given} outlet {outlet!r}, URL domain is {hit[0]!r}'s",
                   f"kept the {given} outlet (syndicated copies are common)", doc_id=doc_id, file=file)
    group, group_from = curated.get("publisher_group"), "metadata"
    if group is None:
        known = registry.for_name(outlet) or hit
        group, group_from = (known[1], "inferred") if known and known[1] else (None, "missing")
    return {"outlet": outlet, "outlet_from": outlet_from, "publisher_group": group,
            "publisher_group_from": group_from}


# --------------------------------------------------------------------------- assembling


def _found_in_text(lines: pd.DataFrame) -> dict:
    """Metadata shown on the page: title, standfirst, url, published, author."""
    by_label: dict[str, list[str]] = {}
    for label, text in zip(lines["label"], lines["text"]):
        if text:  # the later lines of a hard-wrapped paragraph carry no text
            by_label.setdefault(str(label), []).append(str(text))

    def first(label: str) -> str | None:
        return by_label.get(label, [None])[0]

    dates = [d for d in map(metadata.find_date, by_label.get("dateline", [])) if d is not None]
    byline = first("byline")
    authors = [_author(byline)] if byline else [_dateline_author(line) for line in by_label.get("dateline", [])]
    standfirst = by_label.get("standfirst", [])
    return {
        "title": first("title"),
        "standfirst": " ".join(standfirst) if standfirst else None,
        "url": metadata.find_url(first("url")) if first("url") else None,
        "published": dates[0] if dates else None,
        "author": next((name for name in authors if name), None),
    }


def _author(byline: str) -> str | None:
    """The name(s) on a byline line, joined by ' and '; None when no name can be read.

    A byline the rules cannot parse ("ab/wmr (AP, Reuters, dpa)") gives no
    author rather than the whole line; the line stays in ``load_lines``.
    """
    names = metadata.names_in_line(byline)
    return metadata.byline_name(byline) or (" and ".join(names) if names else None)


def _dateline_author(dateline: str) -> str | None:
    """The author named at the end of a date line: "Posted on March 5, 2022 by Karen Whitfield"."""
    match = re.search(r"\bby\s+(\S.*)$", dateline, flags=re.IGNORECASE)
    return metadata.byline_name(f"By {match.group(1)}") if match else None


def _article(source: _Source, lines: pd.DataFrame, meta: pd.DataFrame, report: _Report) -> dict:
    """One row of the articles frame."""
    doc_id = source.doc_id
    found = _found_in_text(lines)
    curated = {f: _meta_value(meta, doc_id, f) for f in (*METADATA_FIELDS, "notes")}
    row: dict = {"doc_id": doc_id}
    for field in ("url", "published", "author", "title"):
        row[field], row[f"{field}_from"] = _resolve_field(field, found[field], curated[field], doc_id, report)
    row.update(_outlet(row["url"], curated, doc_id, report))
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
                                                             _Report]:
    """Read files and metadata and label lines; shared by load_corpus and load_lines."""
    raw, csv = _resolve(path)
    report = _Report([])
    sources = _read_sources(raw, report)
    meta = _read_metadata(csv, report)
    _check_coverage(meta, sources, csv, report)
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
        Reuse the line labels of pages labelled before (see "Cache" in the
        module docstring); the result is the same with and without it.

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


def _finish(rows: list[dict] | pd.DataFrame, report: _Report) -> pd.DataFrame:
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
    articles.attrs[_REPORT_KEY] = report.finish()
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
    lines.attrs[_REPORT_KEY] = report.finish()
    return lines


# --------------------------------------------------------------------------- report and selection


def load_report(frame: pd.DataFrame) -> pd.DataFrame:
    """The load report of a frame returned by :func:`load_corpus` or :func:`load_lines`.

    Returns
    -------
    DataFrame
        Columns ``doc_id``, ``file``, ``severity`` ("error", "warning", "info"),
        ``issue`` (a short code, e.g. "empty_file"), ``message`` and ``action``
        (what was done and what to do); one row per entry, in the order found.
    """
    entries = frame.attrs.get(_REPORT_KEY, [])
    return pd.DataFrame(entries, columns=["doc_id", "file", "severity", "issue", "message", "action"])


def load_summary(frame: pd.DataFrame, *, max_kinds: int = SUMMARY_KINDS, width: int = SUMMARY_WIDTH) -> str:
    """A one-screen text summary: what was loaded, what was skipped and why, problems by kind.

    Parameters
    ----------
    frame : DataFrame
        Returned by :func:`load_corpus` or :func:`load_lines`.
    max_kinds : int
        Kinds of problem shown, one line each (errors first, then warnings,
        then notes; most frequent first); the rest are counted in one line.
    width : int
        Lines longer than this are cut with "…".

    Returns
    -------
    str
        At most ``max_kinds + 4`` lines: the articles loaded; the files or rows
        skipped, by reason; the report's counts by severity; one line per kind
        (count, severity, an example message and file, what was done).
    """
    report = load_report(frame)
    head = f"{len(frame)} rows loaded"
    if "outlet" in frame.columns and "n_words" in frame.columns:
        head = f"{len(frame)} articles loaded, {frame['outlet'].nunique()} outlets, {int(frame['n_words'].sum())} words"
    skipped = report[report["action"].str.contains(r"^(?:row )?skipped", regex=True)]
    reasons = ", ".join(f"{n} {issue}" for issue, n in skipped["issue"].value_counts().sort_index().items())
    counts = report["severity"].value_counts().reindex(list(_SEVERITIES), fill_value=0)
    totals = "load report: " + ", ".join(f"{n} {s}" for s, n in counts.items())
    lines = [head, f"skipped: {len(skipped)}" + (f" ({reasons})" if reasons else ""),
             totals + (" — by kind:" if len(report) else "")]
    kinds = _kinds(report)
    for kind in kinds[:max_kinds]:
        lines.append(f"  {kind['n']:>5} {kind['severity']:<7} {kind['issue']}: {kind['file']}: {kind['message']} "
                     f"-> {kind['action']}")
    if len(kinds) > max_kinds:
        lines.append(f"  … {len(kinds) - max_kinds} more kinds in load_report(frame)")
    return "\n".join(line if len(line) <= width else line[:width - 1] + "…" for line in lines)


def _kinds(report: pd.DataFrame) -> list[dict]:
    """One record per issue: count, severity and the first entry's file, message and action."""
    if report.empty:
        return []
    rank = report["severity"].map({s: i for i, s in enumerate(_SEVERITIES)})
    grouped = report.assign(rank=rank, where=report["file"].where(report["file"] != "", report["doc_id"]))
    grouped["where"] = grouped["where"].replace("", "corpus")
    kinds = grouped.groupby("issue", sort=True).agg(
        n=("issue", "size"), rank=("rank", "min"), severity=("severity", "first"), file=("where", "first"),
        message=("message", "first"), action=("action", "first")).reset_index()
    kinds = kinds.sort_values(["rank", "n", "issue"], ascending=[True, False, True], kind="stable")
    return kinds.to_dict("records")


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
