"""Read articles from tables: CSV, JSON Lines and Parquet exports.

:func:`analysis.load_corpus` hands a table file, a folder of table files or a
glob pattern (``"exports/*.csv"``) to :func:`read_articles`; the result has the
columns and dtypes of the text-file loader, one row per table row that has
text.

**Columns.** Each field is read from the column named in ``columns`` (e.g.
``columns={"text": "content", "published": "date"}``), else from the first
column whose name (compared case-insensitively) is in :data:`DEFAULT_COLUMNS` —
``content``/``text``/``body``/``article``/``story`` for the text, ``outlet``/
``source``/``media_name``/``publisher``/``site`` for the outlet,
``published``/``date``/``publish_date``/``pub_date``/``timestamp`` for the date
and so on; a Media Cloud export (``stories_id``, ``media_name``,
``publish_date``, ``title``, ``url``) is read without a mapping. Map a field to
None to ignore a column. Only the text is required.

**Text.** A text cell is taken to be the article body already: it is split into
paragraphs at blank lines (at every line break when it has no blank line), and
the white space inside a paragraph is collapsed to single spaces (every other
character is kept; zero-width characters at a paragraph's edges are dropped, as
in the text loader). The page-furniture labelling of
:func:`analysis.clean.label_lines` is *not* run unless ``label_lines=True`` —
then the cell is read like a scraped page, the body is its body lines, and a
title, standfirst, date, URL or byline found on the page fills a field that has
no column (``<field>_from`` = "text"; both given and agreeing: "text+metadata";
disagreeing: the column wins, with a warning). Labelling is the slow part; its
results are cached per page (table ``labelled_lines``, see :mod:`analysis.cache`,
keyed on doc_id, the text's SHA-256 and the URL — give the table an id column,
or row-number ids shift when rows are inserted).

**Cache.** The whole result — the articles frame and its load report — is
cached as Parquet under :data:`analysis.paths.CACHE_DIR` (table
:data:`CACHE_TABLE`, see :func:`analysis.cache.cached_result`), so a rerun on
unchanged input reads it back instead of parsing every row. It is keyed on
the name and a SHA-256 of the bytes of every input file in order (a changed,
added, removed or renamed file gives a new key), on ``columns``,
``label_lines`` and ``chunk_rows`` (a file damaged mid-way keeps the rows of
the chunks read before the damage), and versioned on the source of this
module, the ``analysis`` modules it uses, the package data files they name
(e.g. ``outlets.csv``) and the versions of the libraries in
:data:`CACHE_LIBRARIES`. A result read back is the one a fresh read gives —
values, dtypes, ``attrs["load_report"]`` — and its CorpusWarnings are raised
again, as many as on a fresh read. A load with a file that cannot be opened
is not cached; ``cache=False`` reads and writes no cache at all;
``python -m analysis clear-cache`` empties it. Not handled: a file
rewritten *while* it is read (hashing and reading are two passes).

**Where each value comes from.** A value from a column has ``<field>_from`` =
"metadata". A field without a column is left empty with ``<field>_from`` =
"missing" and one "missing_column" note per file in the load report — except
the outlet and publisher group, inferred from the URL's domain through the
outlet registry as in the text loader ("inferred"). Nothing is invented.

**Identity.** ``doc_id`` comes from its column, else ``<file stem>-<row>``
(1-based row number, stable as long as the file is). A repeated ``doc_id``
is reported and the later row skipped. ``sha256`` is the SHA-256 of the row's
raw text cell (UTF-8, after the repairs below), before any splitting; ``source_file`` is
``<file name>:<row>``; ``encoding`` is the file's text encoding.

``doc_id`` values are kept as text and never used as paths (the cache names its
files by hashes), so an id such as ``"../x"`` reads or writes nothing.

**Bad rows never stop the others.** A row without text, a date that cannot be
read (ambiguous "3/4/2022" included; write ISO dates), a malformed CSV line
(pandas' "Skipping line N", N a line of the file) or JSON line, a non-UTF-8 file
(judged on the first MB block that is not UTF-8: UTF-8 with a few malformed
bytes has them replaced with U+FFFD; otherwise the encoding
:func:`analysis.decoding.legacy_encoding` finds, cp1252 when plausible), NUL characters and lone surrogates in a cell
(JSON ``"\\ud800"`` escapes; removed / replaced with U+FFFD, as no Arrow string
can hold them), a CSV delimited by ``;``, tab or ``|`` instead of commas (found
from the header line and read) is recorded in
``attrs["load_report"]`` with the file, the row and the column, and raised as a
:class:`analysis.loadreport.CorpusWarning` (at most
:data:`analysis.loadreport.WARNINGS_PER_ISSUE` of each kind; all are in the
report). Rows are numbered from 1: CSV and Parquet count the data rows read
(header not counted; a skipped malformed CSV line is not counted), JSON Lines
give the line number. A file that cannot be decoded or parsed any further (an
unclosed quote, a damaged Parquet file) is reported; the rows read before the
damaged chunk are kept.

**Memory.** Files are read in chunks of ``chunk_rows`` rows (pandas
``chunksize``; pyarrow record batches of the mapped columns only, one row group
decoded at a time; JSON Lines line by line), with a progress bar for large
files; the articles frame itself holds every text.

Not handled: spreadsheets (.xlsx — save as CSV), ``.json`` files holding one
array (save as JSON Lines), a CSV with bare (unquoted) carriage returns inside
cells (read as line ends), a file mixing UTF-8 and a legacy encoding (decoded
as a whole one way, reported), HTML in the text
cells (reported, kept as text), two rows with the same text under different
ids (both kept: syndicated copies in different outlets are real).
"""

from __future__ import annotations

import codecs
import functools
import glob
import gzip
import hashlib
import json
import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.metadata import version as _library_version
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from tqdm.auto import tqdm

from . import cache as _cache
from . import checks, clean, corpus, decoding, metadata
from .curated import OutletRegistry, outlet_registry, resolve_field, resolve_outlet
from .loadreport import REPORT_KEY, CorpusWarning, LoadReport

__all__ = [
    "FIELDS",
    "DEFAULT_COLUMNS",
    "TABLE_SUFFIXES",
    "CHUNK_ROWS",
    "CACHE_TABLE",
    "CACHE_LIBRARIES",
    "is_table_input",
    "table_files",
    "split_paragraphs",
    "read_articles",
]

#: Column names tried for each field, in order (case-insensitive).
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id", "stories_id", "guid"),
    "text": ("content", "text", "body", "article", "story"),
    "title": ("title", "headline"),
    "standfirst": ("standfirst", "subtitle"),
    "outlet": ("outlet", "source", "media_name", "publisher", "site"),
    "publisher_group": ("publisher_group",),
    "published": ("published", "date", "publish_date", "pub_date", "timestamp"),
    "url": ("url", "link"),
    "author": ("author", "byline", "authors"),
    "notes": ("notes",),
}
#: The fields a column can be mapped to.
FIELDS = tuple(DEFAULT_COLUMNS)
#: File name endings read as tables, and their format.
TABLE_SUFFIXES = {
    ".csv": "csv", ".csv.gz": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonl.gz": "jsonl",
    ".ndjson.gz": "jsonl", ".parquet": "parquet", ".pq": "parquet",
}
#: Rows read at a time: a few MB of text per chunk keeps memory flat on any file size.
CHUNK_ROWS = 5_000
#: Files larger than this show a progress bar.
PROGRESS_MIN_BYTES = 5_000_000
#: Bytes decoded at a time when checking that a file is UTF-8.
_CHECK_BLOCK = 1 << 20
#: Zero-width characters dropped at the edges of a paragraph (as the text loader does).
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
#: Epoch timestamps are accepted as 10-digit seconds or 13-digit milliseconds.
_EPOCH_DIGITS = {10: "s", 13: "ms"}
_GLOB_CHARS = set("*?[")
#: Name of the cache table holding loaded articles (a folder under :data:`analysis.paths.CACHE_DIR`).
CACHE_TABLE = "table_articles"
#: Libraries whose versions are part of the loader's cache version: they parse the files, guess encodings
#: and match titles (with ``label_lines``).
CACHE_LIBRARIES = ("pandas", "pyarrow", "charset-normalizer", "rapidfuzz")


# --------------------------------------------------------------------------- finding files


def _table_format(path: Path) -> str | None:
    name = path.name.lower()
    return next((kind for suffix, kind in TABLE_SUFFIXES.items() if name.endswith(suffix)), None)


def _folder_tables(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and _table_format(p) and p.name != "metadata.csv")


def _has_text_files(folder: Path) -> bool:
    raw = folder / "raw" if (folder / "raw").is_dir() else folder
    return any(p.suffix.lower() == ".txt" for p in raw.iterdir())


def is_table_input(path: str | Path) -> bool:
    """True when ``path`` is a table file, a glob pattern, or a folder of tables without .txt files."""
    if isinstance(path, str) and _GLOB_CHARS & set(path) and not Path(path).exists():
        return True
    path = Path(path).expanduser()
    if path.is_file():
        return _table_format(path) is not None
    return path.is_dir() and not _has_text_files(path) and bool(_folder_tables(path))


def table_files(path: str | Path) -> list[Path]:
    """The table files of a file, folder or glob pattern, sorted by name.

    Raises FileNotFoundError when nothing matches and ValueError for a file
    that is not CSV, JSON Lines or Parquet.
    """
    text = str(path)
    if _GLOB_CHARS & set(text) and not Path(text).exists():
        files = sorted(Path(p) for p in glob.glob(str(Path(text).expanduser()), recursive=True))
        files = [f for f in files if f.is_file()]
        if not files:
            raise FileNotFoundError(f"no file matches {text!r}")
    else:
        path = Path(path).expanduser()
        if not path.exists():
            raise FileNotFoundError(f"not found: {path}")
        files = _folder_tables(path) if path.is_dir() else [path]
    other = [f.name for f in files if _table_format(f) is None]
    if other:
        raise ValueError(f"{other[:5]} are not CSV, JSON Lines or Parquet files (endings: "
                         f"{sorted(TABLE_SUFFIXES)}); pass only table files, or a folder of .txt articles")
    return files


# --------------------------------------------------------------------------- reading in chunks


@dataclass(frozen=True)
class _Codec:
    """How a table file's text is decoded."""

    name: str  # a Python codec name
    errors: str = "strict"  # "replace": UTF-8 with a few malformed bytes, which become U+FFFD (reported)


def _open_text(path: Path, codec: _Codec):
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    return opener(path, "rt", encoding=codec.name, errors=codec.errors, newline="")


def _encoding(path: Path, report: LoadReport) -> _Codec | None:
    """The file's codec: UTF-8 when all of it decodes (checked block by block); else, judged on the first
    block that does not, UTF-8 with its malformed bytes replaced or a legacy encoding (both reported);
    None (reported) when nothing fits."""
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    offset = 0
    with opener(path, "rb") as handle:
        try:
            while block := handle.read(_CHECK_BLOCK):
                decoder.decode(block)
                offset += len(block)
            decoder.decode(b"", final=True)
            return _Codec("utf-8-sig")
        except UnicodeDecodeError as exc:
            error = exc
    where = f"byte {offset + error.start} ({error.reason})"
    if decoding.is_mostly_utf8(block):
        report.add("warning", "bad_utf8_bytes", f"UTF-8 with malformed bytes, the first at {where}",
                   "replaced with U+FFFD, the rest read; check the text there and re-save the file as UTF-8",
                   file=path.name)
        return _Codec("utf-8-sig", "replace")
    codec = decoding.legacy_encoding(block)
    if codec is None:
        report.add("warning", "undecodable", f"not UTF-8 ({where}) and no other encoding fits",
                   "skipped; re-save the file as UTF-8", file=path.name)
        return None
    report.add("warning", "decoded_fallback", f"not UTF-8 ({where}); decoded as {codec}",
               "check the text for wrong characters and re-save the file as UTF-8", file=path.name)
    return _Codec(codec)


def _delimiter(path: Path, codec: _Codec) -> str:
    """The CSV file's delimiter, read off its first line (see :func:`analysis.checks.header_delimiter`)."""
    with _open_text(path, codec) as handle:
        return checks.header_delimiter(handle.readline(_CHECK_BLOCK))


def _csv_chunks(path: Path, codec: _Codec, wanted: list[str], chunk_rows: int,
                report: LoadReport) -> Iterator[pd.DataFrame]:
    """Chunks of the ``wanted`` columns as strings; malformed lines reported and skipped."""
    # no usecols: with it pandas silently cuts a line with too many fields instead of reporting it
    reader = pd.read_csv(path, dtype=str, keep_default_na=False, encoding=codec.name, encoding_errors=codec.errors,
                         chunksize=chunk_rows, on_bad_lines="warn", sep=_delimiter(path, codec))
    while True:
        # catch pandas' bad-line warnings while reading only, never while the caller works on a chunk
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", pd.errors.ParserWarning)
            chunk = next(reader, None)
        _report_bad_lines(caught, path, report)
        if chunk is None:
            return
        yield chunk[wanted]


def _report_bad_lines(caught: list, path: Path, report: LoadReport) -> None:
    """Report pandas' "Skipping line N" warnings; pass any other warning on."""
    for warning in caught:
        if not issubclass(warning.category, pd.errors.ParserWarning):
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
            continue
        for line in str(warning.message).strip().splitlines():
            report.add("warning", "bad_csv_line", line.strip(), "skipped; fix its quotes or commas",
                       file=path.name)


def _jsonl_chunks(path: Path, codec: _Codec, chunk_rows: int, report: LoadReport
                  ) -> Iterator[tuple[list[int], pd.DataFrame]]:
    """Chunks of records with their line numbers; unreadable lines reported and skipped."""
    records, numbers = [], []
    with _open_text(path, codec) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError(f"a JSON {type(record).__name__}, not an object")
            except ValueError as exc:
                report.add("warning", "bad_json_line", f"line {number}: not a JSON object ({exc})",
                           "skipped; fix or delete the line", file=path.name)
                continue
            records.append(_repaired(record, path, number, report))
            numbers.append(number)
            if len(records) >= chunk_rows:
                yield numbers, pd.DataFrame.from_records(records)
                records, numbers = [], []
    if records:
        yield numbers, pd.DataFrame.from_records(records)


def _repaired(record: dict, path: Path, number: int, report: LoadReport) -> dict:
    """``record`` with NUL characters removed and lone surrogates replaced in its strings (reported)."""
    fixed = {}
    for key, value in record.items():
        strings = value if isinstance(value, list) else [value]
        repaired = [decoding.repair_text(v) if isinstance(v, str) else (v, []) for v in strings]
        for note in (n for _, notes in repaired for n in notes):
            report.add(note.severity, note.issue, f"line {number}, field {key!r}: {note.message}", note.action,
                       file=path.name)
        values = [v for v, _ in repaired]
        fixed[decoding.repair_text(str(key))[0]] = values if isinstance(value, list) else values[0]
    return fixed


def _header(path: Path, kind: str, codec: _Codec) -> list[str]:
    """The column names of a table file."""
    if kind == "parquet":
        return list(pq.ParquetFile(path).schema_arrow.names)
    if kind == "csv":
        return [str(c) for c in pd.read_csv(path, nrows=0, encoding=codec.name, encoding_errors=codec.errors,
                                            sep=_delimiter(path, codec)).columns]
    with warnings.catch_warnings():  # bad lines are reported when the file is read
        warnings.simplefilter("ignore", CorpusWarning)
        first = next(_jsonl_chunks(path, codec, CHUNK_ROWS, LoadReport([])), (None, pd.DataFrame()))
    return [str(c) for c in first[1].columns]


def _chunks(path: Path, kind: str, codec: _Codec, mapping: dict[str, str], chunk_rows: int,
            report: LoadReport) -> Iterator[tuple[list[int], pd.DataFrame]]:
    """(row numbers, chunk with the mapped columns) pairs, in file order."""
    wanted = sorted(set(mapping.values()))
    if kind == "parquet":
        start = 1
        for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_rows, columns=wanted):
            frame = batch.to_pandas()
            yield list(range(start, start + len(frame))), frame
            start += len(frame)
    elif kind == "csv":
        start = 1
        for frame in _csv_chunks(path, codec, wanted, chunk_rows, report):
            yield list(range(start, start + len(frame))), frame
            start += len(frame)
    else:
        for numbers, frame in _jsonl_chunks(path, codec, chunk_rows, report):
            yield numbers, frame.reindex(columns=wanted)


def _n_rows(path: Path, kind: str) -> int | None:
    return pq.ParquetFile(path).metadata.num_rows if kind == "parquet" else None


# --------------------------------------------------------------------------- columns


def _mapping(header: list[str], columns: dict | None, path: Path, report: LoadReport) -> dict[str, str]:
    """field -> column of this file; ValueError for a mapped column that is not there or no text column."""
    by_lower = {}
    for name in header:
        by_lower.setdefault(name.strip().lower(), name)
    mapping: dict[str, str] = {}
    for name, column in (columns or {}).items():
        if column is not None and column not in header:
            raise ValueError(f"{path.name}: columns={{{name!r}: {column!r}}} but there is no column {column!r}; "
                             f"present: {header}")
        if column is not None:
            mapping[name] = column
    for name, candidates in DEFAULT_COLUMNS.items():
        if name in (columns or {}):
            continue
        found = next((by_lower[c] for c in candidates if c in by_lower), None)
        if found is not None and found not in mapping.values():
            mapping[name] = found
    if "text" not in mapping:
        raise ValueError(f"{path.name}: no text column (looked for {list(DEFAULT_COLUMNS['text'])}); "
                         f"present: {header}. Name it with columns={{'text': '<column>'}}")
    _note_missing(mapping, columns, path, report)
    return mapping


def _note_missing(mapping: dict[str, str], columns: dict | None, path: Path, report: LoadReport) -> None:
    for name in FIELDS:
        if name in mapping or name in ("text", "notes"):
            continue
        how = {"doc_id": f"ids made from the file name and row number ({path.stem}-<row>)",
               "outlet": "outlet inferred from the URL's domain where possible, else 'unknown'",
               "publisher_group": "publisher group inferred from the outlet registry where possible"}
        action = how.get(name, f"{name} left empty ({name}_from = 'missing')")
        looked = "ignored (mapped to None)" if name in (columns or {}) else \
            f"no {name} column (looked for {list(DEFAULT_COLUMNS[name])})"
        report.add("info", "missing_column", looked, action + f"; name it with columns={{{name!r}: '<column>'}}",
                   file=path.name)


# --------------------------------------------------------------------------- cells


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text cell, white space inside each collapsed to single spaces.

    Paragraphs are separated by blank lines; a text without any blank line has
    one paragraph per line. Any line break counts (``\\n``, ``\\r\\n``, ``\\r``,
    U+2028/U+2029 …); a line of only white space or zero-width characters is
    blank. Every other character is kept, in order.
    """
    lines = [line.strip().strip(_INVISIBLE).strip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    if "" not in lines:
        return [" ".join(line.split()) for line in lines]
    paragraphs, current = [], []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(" ".join(current).split()))
            current = []
    return paragraphs


def _text(value) -> str | None:
    """A cell as text: None when empty or missing; lists (of authors) joined with ' and '."""
    if isinstance(value, (list, tuple, np.ndarray)):  # a list column (authors) of JSON or Parquet
        parts = [p for p in (_text(v) for v in list(value)) if p]
        return " and ".join(parts) or None
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


def _date(value) -> pd.Timestamp | None:
    """A publication date from a cell; None when it cannot be read unambiguously.

    Timestamps are kept (time-zone dropped, the clock time kept, as the text
    loader does); text goes through :func:`analysis.metadata.find_date` (ISO,
    20220302, "3 March 2022", "March 3, 2022" — not "3/4/2022"); numbers and
    10/13-digit strings are Unix epoch seconds/milliseconds (UTC).
    """
    if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat") and not isinstance(value, str):
        stamp = pd.Timestamp(value)
        return stamp.tz_localize(None) if stamp.tzinfo is not None else stamp
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value)) if value == value else ""
    else:
        digits = str(value).strip()
    if digits.isdigit() and len(digits) in _EPOCH_DIGITS:
        return pd.Timestamp(int(digits), unit=_EPOCH_DIGITS[len(digits)])
    return metadata.find_date(str(value))


# --------------------------------------------------------------------------- rows


@dataclass
class _State:
    """What is shared across the files of one load."""

    report: LoadReport
    columns: dict | None
    label_lines: bool
    cache: bool
    seen_ids: dict[str, str] = field(default_factory=dict)
    registry: OutletRegistry = field(default_factory=outlet_registry)


@dataclass
class _Cells:
    """The cells of one row, by field."""

    path: Path
    row: int
    values: dict
    mapping: dict[str, str]

    def get(self, name: str):
        return self.values.get(name)

    @property
    def where(self) -> str:
        return f"row {self.row}"


def _doc_id(candidate: str, cells: _Cells, state: _State) -> str | None:
    """The row's doc_id; None (reported) when an earlier row has it."""
    first = state.seen_ids.get(candidate)
    if first is not None:
        state.report.add("warning", "duplicate_doc_id", f"{cells.where}: doc_id {candidate!r} already used by "
                         f"{first}", "skipped; give every row its own id", doc_id=candidate, file=cells.path.name)
        return None
    state.seen_ids[candidate] = f"{cells.path.name} {cells.where}"
    return candidate


def _published(cells: _Cells, doc_id: str, report: LoadReport) -> pd.Timestamp | None:
    value = cells.get("published")
    if _text(value) is None:
        return None
    stamp = _date(value)
    if stamp is None:
        report.add("warning", "bad_date", f"{cells.where}, column {cells.mapping['published']!r}: "
                   f"{_text(value)!r} is not a date", "published left empty; write dates as YYYY-MM-DD "
                   "or YYYY-MM-DD HH:MM", doc_id=doc_id, file=cells.path.name)
    return stamp


def _given(cells: _Cells, doc_id: str, report: LoadReport) -> dict:
    """The curated values of the row: text fields as stripped strings, published as a timestamp."""
    given = {name: _text(cells.get(name)) for name in ("title", "standfirst", "outlet", "publisher_group", "url",
                                                     "author", "notes")}
    given["published"] = _published(cells, doc_id, report)
    return given


def _fields(given: dict, found: dict | None, cells: _Cells, doc_id: str, report: LoadReport) -> dict:
    """url, published, author, title with provenance; page values only when labelled."""
    row = {}
    for name in ("url", "published", "author", "title"):
        from_page = found.get(name) if found else None
        row[name], row[f"{name}_from"] = resolve_field(
            name, from_page, given[name], doc_id, report, given=f"column {cells.mapping.get(name)!r}",
            file=cells.path.name)
    return row


def _article(cells: _Cells, raw: str, body: list[str], found: dict | None, doc_id: str, codec: _Codec,
             report: LoadReport, registry: OutletRegistry) -> dict:
    """One row of the articles frame."""
    given = _given(cells, doc_id, report)
    row = {"doc_id": doc_id, **_fields(given, found, cells, doc_id, report)}
    curated = {"outlet": given["outlet"], "publisher_group": given["publisher_group"]}
    row.update(resolve_outlet(row["url"], curated, doc_id, report, given=f"{cells.path.name} {cells.where}",
                              file=cells.path.name, registry=registry))
    if corpus._HTML.search(raw[:corpus.HTML_SNIFF_CHARS]):
        report.add("warning", "html_markup", f"{cells.where}: the text holds HTML markup; tags are read as text",
                   "export the text without markup for clean results", doc_id=doc_id, file=cells.path.name)
    text = "\n\n".join(body)
    row.update({
        "standfirst": given["standfirst"] or ((found or {}).get("standfirst") or ""),
        "text": text, "n_paragraphs": len(body), "n_words": len(text.split()),
        "source_file": f"{decoding.display_name(cells.path.name)}:{cells.row}",
        "sha256": _sha256(raw),
        "encoding": codec.name.removesuffix("-sig"), "notes": given["notes"] or "",
    })
    return row


def _raw_text(cells: _Cells) -> str | None:
    """The row's text cell as given; None when it holds no visible character."""
    raw = cells.get("text")
    raw = raw if isinstance(raw, str) else (None if _text(raw) is None else str(raw))
    return raw if raw is not None and raw.strip().strip(_INVISIBLE).strip() else None


def _candidate_id(cells: _Cells) -> str:
    """The row's doc_id before the check for repeats: its id cell, else ``<file stem>-<row>``."""
    doc_id = _text(cells.get("doc_id"))
    if isinstance(cells.get("doc_id"), float) and doc_id and doc_id.endswith(".0"):
        doc_id = doc_id[:-2]  # an integer id column read as float because of empty cells
    return doc_id or f"{decoding.display_name(cells.path.stem)}-{cells.row}"


def _labelled(rows: list[tuple[_Cells, str | None, str]], cache: bool) -> dict[str, tuple[list[str], dict]]:
    """doc_id -> (body paragraphs, metadata found on the page) by line labelling; first row of each id."""
    first: dict[str, tuple[_Cells, str]] = {}
    for cells, raw, doc_id in rows:
        if raw is not None:
            first.setdefault(doc_id, (cells, raw))
    pages = pd.DataFrame({
        "doc_id": pd.Series(list(first), dtype="str"),
        "sha256": pd.Series([_sha256(raw) for _, raw in first.values()], dtype="str"),
        "url": pd.Series([_text(cells.get("url")) for cells, _ in first.values()], dtype="str"),
        "text": pd.Series([raw for _, raw in first.values()], dtype="str"),
    })
    result = {}
    for doc_id, lines in corpus.label_pages(pages, cache=cache).items():
        body = [t for label, t in zip(lines["label"], lines["text"]) if t and label in clean.ARTICLE_LABELS]
        result[doc_id] = (body, corpus._found_in_text(lines))
    return result


def _repair_cells(cells: _Cells, report: LoadReport) -> None:
    """Remove NUL characters and replace lone surrogates in the row's text cells, reporting each."""
    for name, value in cells.values.items():
        if not isinstance(value, str):
            continue
        cells.values[name], notes = decoding.repair_text(value)
        for note in notes:
            report.add(note.severity, note.issue, f"{cells.where}, column {cells.mapping[name]!r}: {note.message}",
                       note.action, file=cells.path.name)


def _sha256(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()


def _chunk_articles(numbers: list[int], frame: pd.DataFrame, mapping: dict[str, str], path: Path,
                    codec: _Codec, state: _State) -> list[dict]:
    """The article rows of one chunk; problems reported in row order, whatever the chunk size."""
    columns = {name: frame[column].tolist() for name, column in mapping.items()}
    rows = []
    for i, number in enumerate(numbers):
        cells = _Cells(path, number, {name: values[i] for name, values in columns.items()}, mapping)
        _repair_cells(cells, state.report)
        rows.append((cells, _raw_text(cells), _candidate_id(cells)))
    labelled = _labelled(rows, state.cache) if state.label_lines else {}
    articles = []
    for cells, raw, candidate in rows:
        if raw is None:
            state.report.add("warning", "no_text", f"{cells.where}, column {mapping['text']!r}: no text",
                             "skipped; fill the text or delete the row", doc_id=candidate, file=path.name)
            continue
        doc_id = _doc_id(candidate, cells, state)
        if doc_id is None:
            continue
        body, found = labelled[doc_id] if state.label_lines else (split_paragraphs(raw), None)
        if not body:
            state.report.add("warning", "no_body", f"{cells.where}: no line of the text reads as article text",
                             "kept with empty text; try label_lines=False", doc_id=doc_id, file=path.name)
        articles.append(_article(cells, raw, body, found, doc_id, codec, state.report, state.registry))
    return articles


def _note_name_and_delimiter(path: Path, kind: str, codec: _Codec, report: LoadReport) -> None:
    """Report a file name that is not UTF-8 and a CSV delimiter other than the comma (both are read)."""
    if decoding.display_name(path.name) != path.name:
        report.add("warning", "file_name_not_utf8", "the file name is not UTF-8 (its bad bytes shown as \\xNN)",
                   "read; rename the file", file=path.name)
    delimiter = _delimiter(path, codec) if kind == "csv" else ","
    if delimiter != ",":
        report.add("warning", "csv_delimiter", f"columns separated by {delimiter!r}, not by commas",
                   f"read with {delimiter!r}; save it as comma-separated CSV", file=path.name)


def _read_file(path: Path, state: _State, chunk_rows: int) -> list[pd.DataFrame]:
    """The articles of one table file, a frame per chunk (more compact than the row dicts)."""
    kind = _table_format(path)
    codec = _Codec("utf-8") if kind == "parquet" else _encoding(path, state.report)
    if codec is None:
        return []
    frames: list[pd.DataFrame] = []
    n_read = 0
    try:
        _note_name_and_delimiter(path, kind, codec, state.report)
        mapping = _mapping(_header(path, kind, codec), state.columns, path, state.report)
        big = path.stat().st_size >= PROGRESS_MIN_BYTES
        with tqdm(total=_n_rows(path, kind), desc=f"reading {path.name}", unit=" rows", disable=not big) as bar:
            for numbers, frame in _chunks(path, kind, codec, mapping, chunk_rows, state.report):
                rows = _chunk_articles(numbers, frame, mapping, path, codec, state)
                frames += [pd.DataFrame(rows, columns=list(corpus.ARTICLE_COLUMNS))] if rows else []
                n_read += len(numbers)
                bar.update(len(numbers))
    except (pd.errors.ParserError, pa.ArrowException, OSError, EOFError, UnicodeDecodeError) as exc:
        state.report.add("warning", "unreadable_file", f"reading stopped after {n_read} rows: "
                         f"{type(exc).__name__}: {exc}", f"the {n_read} rows before were loaded; repair or "
                         "re-export the file", file=path.name)
    return frames


def read_articles(
    path: str | Path,
    *,
    columns: dict[str, str | None] | None = None,
    label_lines: bool = False,
    chunk_rows: int = CHUNK_ROWS,
    cache: bool = True,
) -> pd.DataFrame:
    """Load the articles of a CSV, JSON Lines or Parquet file, a folder of them, or a glob pattern.

    Parameters
    ----------
    path : str or Path
        A ``.csv``, ``.jsonl``/``.ndjson`` (optionally ``.gz``) or
        ``.parquet`` file, a folder holding such files, or a glob pattern
        (``"exports/*.csv"``, ``"exports/**/*.parquet"``).
    columns : dict, optional
        field -> column name, for the fields of :data:`FIELDS` (doc_id, text,
        title, standfirst, outlet, publisher_group, published, url, author,
        notes); None for a field ignores it. Unmapped fields use
        :data:`DEFAULT_COLUMNS`.
    label_lines : bool
        Read each text cell as a scraped page (see the module docstring).
    chunk_rows : int
        Rows read at a time (part of the cache key: see "Cache").
    cache : bool
        Read the result back when the same files were loaded with the same
        options before, else store it (see "Cache" in the module docstring);
        the line labels of ``label_lines=True`` are cached too. False: read
        and write no cache.

    Returns
    -------
    DataFrame
        The columns and dtypes of :func:`analysis.load_corpus` (see
        :data:`analysis.corpus.ARTICLE_COLUMNS`), sorted by ``doc_id``;
        ``sha256`` is of the raw text cell, ``source_file`` is
        ``<file name>:<row>``; ``attrs["load_report"]`` as there.

    Raises
    ------
    FileNotFoundError
        When nothing matches ``path``.
    ValueError
        For an unknown field in ``columns``, a mapped column that a file lacks,
        a file without a text column, or a file that is not a table.
    """
    unknown = sorted(set(columns or {}) - set(FIELDS))
    if unknown:
        raise ValueError(f"columns: unknown field(s) {unknown}; the fields are {list(FIELDS)}")
    if columns is not None and "text" in columns and columns["text"] is None:
        raise ValueError("columns: 'text' cannot be None; every article needs its text column")
    if chunk_rows < 1:
        raise ValueError(f"chunk_rows must be at least 1; got {chunk_rows}")
    files = table_files(path)
    options = {"columns": columns, "label_lines": label_lines, "chunk_rows": chunk_rows}
    load = functools.partial(_read_files, files, cache=cache, **options)
    key = _input_key(files, options) if cache else None
    if key is None:
        return load()
    stats: dict = {}
    articles = _cache.cached_result(CACHE_TABLE, key, load, version=_loader_version(), stats=stats)
    if stats["n_cached"]:
        _warn_again(articles.attrs[REPORT_KEY])
    return articles


def _read_files(files: list[Path], *, columns: dict | None, label_lines: bool, chunk_rows: int,
                cache: bool) -> pd.DataFrame:
    """The articles of ``files``, parsed row by row; problems reported (and warned) as they are found."""
    state = _State(LoadReport([]), columns, label_lines, cache)
    frames: list[pd.DataFrame] = []
    for file in files:
        frames += _read_file(file, state, chunk_rows)
    # datetime and str columns: a chunk whose column is all empty would turn the concatenation to object
    frames = [f.astype({"published": corpus.PUBLISHED_DTYPE}) for f in frames]
    return corpus._finish(pd.concat(frames, ignore_index=True) if frames else [], state.report)


# --------------------------------------------------------------------------- cache


def _input_key(files: list[Path], params: dict) -> str | None:
    """A SHA-256 of ``params`` and of every file's name and bytes, in order; None when a file cannot be read.

    Each file is hashed in blocks (:func:`hashlib.file_digest`), so memory stays flat on any size.
    """
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, default=repr).encode())
    for file in files:
        try:
            with open(file, "rb") as handle:
                content = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError:  # the fresh read reports it; nothing stable to key on
            return None
        digest.update(os.fsencode(file.name) + b"\0" + content.encode() + b"\n")
    return digest.hexdigest()


def _loader_version() -> str:
    """The loader's code version: this module, the analysis modules and data files it uses, the libraries."""
    return _cache.code_version(__name__, params={name: _library_version(name) for name in CACHE_LIBRARIES})


def _warn_again(entries: list[dict]) -> None:
    """Raise the CorpusWarnings of a stored load report as a fresh read raised them (same limit per issue)."""
    report = LoadReport([])
    for entry in entries:
        report.add(entry["severity"], entry["issue"], entry["message"], entry["action"], doc_id=entry["doc_id"],
                   file=entry["file"])
    report.finish()
