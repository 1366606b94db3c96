"""Curated metadata: reading ``metadata.csv`` and combining its values with the page's.

A person checked the curated values, so where the page and ``metadata.csv``
disagree the curated value wins, with a warning; where they agree the more
precise value is kept. The rules — which delimiters are read, what happens to
a bad row, doc id or value, and what each ``<field>_from`` provenance value
means — are described in :mod:`analysis.corpus` ("Metadata and where it comes
from", "metadata.csv"). :mod:`analysis.tabular` combines a table's columns
with what a labelled page shows through the same :func:`resolve_field` and
:func:`resolve_outlet`. Every decision is recorded in a
:class:`analysis.loadreport.LoadReport`.
"""

from __future__ import annotations

import csv as _csv
import io
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import checks, decoding, metadata
from .loadreport import LoadReport

__all__ = [
    "METADATA_COLUMNS",
    "UNKNOWN_OUTLET",
    "OutletRegistry",
    "check_coverage",
    "curated_value",
    "outlet_registry",
    "read_metadata",
    "resolve_field",
    "resolve_outlet",
]

#: The columns of a metadata.csv (a ``title`` column is read too).
METADATA_COLUMNS = ("doc_id", "outlet", "publisher_group", "url", "published", "author", "notes")
#: Outlet name used when neither the metadata nor the URL tells the outlet.
UNKNOWN_OUTLET = "unknown"
#: An address without scheme that gets "https://": dotted host names ending in a letter domain, optional path.
_BARE_URL = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?:[/?#]\S*)?")
#: A doc_id is a file name without .txt: no path separator, no control character.
_SAFE_DOC_ID = re.compile(r"[^/\\\x00-\x1f]+")


def _metadata_rows(csv: Path, report: LoadReport) -> tuple[list[str], list[tuple[int, list[str]]]]:
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


def _check_metadata_columns(header: list[str], csv: Path, report: LoadReport) -> None:
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


def _metadata_record(line: int, fields: list[str], header: list[str], csv: Path, report: LoadReport) -> dict | None:
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


def _checked_values(record: dict, where: str, csv: Path, report: LoadReport) -> dict:
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


def read_metadata(csv: Path | None, report: LoadReport) -> pd.DataFrame:
    """Read the curated metadata CSV: one row per doc_id, all values as strings ("" = not given).

    Parameters
    ----------
    csv : Path or None
        The metadata.csv; None when the corpus has none (an empty frame).
    report : LoadReport
        Receives every row, column or value skipped, repaired or ignored.

    Returns
    -------
    DataFrame
        Indexed by ``doc_id`` (the file name without .txt; the first row of a
        repeated doc_id), with the file's columns (of :data:`METADATA_COLUMNS`,
        ``title`` and any others, in file order) and ``line`` (each row's line
        number in the file).

    Raises
    ------
    ValueError
        When the file is not UTF-8, not a readable CSV, or has no ``doc_id``
        column.
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


def check_coverage(meta: pd.DataFrame, doc_ids: Iterable[str], csv: Path | None, report: LoadReport) -> None:
    """Report metadata rows without a file and files without a metadata row.

    Parameters
    ----------
    meta : DataFrame
        Returned by :func:`read_metadata`.
    doc_ids : iterable of str
        The doc ids of the files loaded.
    csv : Path or None
        The metadata.csv (None: a note that there is none).
    report : LoadReport
        Receives one warning per doc id in only one of the two.
    """
    if csv is None:
        report.add("info", "no_metadata_file", "no metadata.csv: every field is taken from the text or inferred",
                   "add a metadata.csv (doc_id, outlet, publisher_group, url, published, author, notes) to curate")
        return
    loaded = set(doc_ids)
    for doc_id in sorted(set(meta.index) - loaded):
        report.add("warning", "metadata_without_file", f"{csv.name} has a row for {doc_id} but no readable "
                   f"{doc_id}.txt", "add the file, or delete the row", doc_id=doc_id, file=csv.name)
    for doc_id in sorted(loaded - set(meta.index)):
        report.add("warning", "file_without_metadata", f"no row in {csv.name}",
                   f"fields taken from the text or inferred; add a row for {doc_id} to curate them",
                   doc_id=doc_id, file=f"{doc_id}.txt")


def curated_value(meta: pd.DataFrame, doc_id: str, field: str):
    """The curated value of ``field`` for ``doc_id``.

    Parameters
    ----------
    meta : DataFrame
        Returned by :func:`read_metadata`.
    doc_id, field : str
        The article and the column.

    Returns
    -------
    str, Timestamp or None
        The value (a tz-naive Timestamp for ``published``); None when not
        given or unreadable.
    """
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


def resolve_field(field: str, found, curated, doc_id: str, report: LoadReport, *, given: str = "metadata.csv",
                  file: str = ""):
    """Combine the page's and the curated value of one field; the curated value wins a disagreement.

    Parameters
    ----------
    field : str
        The field, e.g. "published", "url", "author", "title".
    found, curated
        The value the page shows and the curated one (None when absent).
    doc_id : str
        The article, named in the report.
    report : LoadReport
        Receives a "metadata_conflict" warning when the two disagree.
    given : str
        Where the curated value comes from, for the message.
    file : str
        The file named in the report (default ``<doc_id>.txt``).

    Returns
    -------
    tuple
        (value, provenance), provenance one of :data:`analysis.corpus.PROVENANCE`.
    """
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


class OutletRegistry:
    """The outlet registry with memoised look-ups (one per host and per name).

    Parameters
    ----------
    frame : DataFrame
        The registry, as :func:`analysis.metadata.load_outlets` returns it.
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._hosts: dict[str | None, tuple[str, str] | None] = {}
        self._names: dict[str, tuple[str, str] | None] = {}

    def for_url(self, url: str) -> tuple[str, str] | None:
        """(outlet, publisher group) of the URL's host; None when not in the registry."""
        host = metadata.domain_of(url)  # outlet_for_url looks at the host only
        if host not in self._hosts:
            self._hosts[host] = metadata.outlet_for_url(url, registry=self.frame)
        return self._hosts[host]

    def for_name(self, name: str) -> tuple[str, str] | None:
        """(outlet, publisher group) of an outlet name; None when not in the registry."""
        if name not in self._names:
            self._names[name] = metadata.outlet_for_name(name, registry=self.frame)
        return self._names[name]


@lru_cache(maxsize=2)
def _read_registry(path: str, version: tuple[int, int]) -> OutletRegistry:
    return OutletRegistry(metadata.load_outlets(path))


def outlet_registry() -> OutletRegistry:
    """The registry of :data:`analysis.metadata.OUTLETS_CSV`, read again when the file changes.

    Returns
    -------
    OutletRegistry
        Shared between calls while the file is unchanged.
    """
    stat = Path(metadata.OUTLETS_CSV).stat()
    return _read_registry(str(metadata.OUTLETS_CSV), (stat.st_mtime_ns, stat.st_size))


def resolve_outlet(url, curated: dict, doc_id: str, report: LoadReport, *, given: str = "metadata.csv",
                   file: str = "", registry: OutletRegistry | None = None) -> dict:
    """Outlet and publisher group: curated first, else from the URL's domain via the registry.

    Parameters
    ----------
    url : str or None
        The article's address.
    curated : dict
        The curated values; keys ``outlet`` and ``publisher_group`` (None
        when not given).
    doc_id : str
        The article, named in the report.
    report : LoadReport
        Receives a note or warning when the outlet is inferred, unknown or
        differs from the URL's.
    given : str
        Where the curated values come from, for the messages.
    file : str
        The file named in the report.
    registry : OutletRegistry, optional
        Default :func:`outlet_registry`.

    Returns
    -------
    dict
        Keys ``outlet``, ``outlet_from``, ``publisher_group`` and
        ``publisher_group_from`` (provenance values of
        :data:`analysis.corpus.PROVENANCE`).
    """
    registry = registry or outlet_registry()
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
