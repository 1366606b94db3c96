"""The load report: what the loaders skipped, altered or inferred, and why.

:func:`analysis.load_corpus` and :func:`analysis.load_lines` (text files) and
:func:`analysis.tabular.read_articles` (tables) record every decision about
bad input in ``frame.attrs["load_report"]``: a list of dicts, one per entry in
the order found, with the keys

- ``doc_id`` and ``file`` — the article and the file (or table row) concerned,
  "" when the entry is about the whole corpus;
- ``severity`` — ``"error"``, ``"warning"`` (needs attention) or ``"info"``
  (a note: something was read in a documented way);
- ``issue`` — a short code for the kind of problem, e.g. ``"empty_file"``;
- ``message`` and ``action`` — what is wrong, what was done and what to do.

Each error or warning is also raised as a :class:`CorpusWarning`, at most
:data:`WARNINGS_PER_ISSUE` per kind of problem, then one summary warning; the
report has them all. :func:`load_report` returns it as a DataFrame and
:func:`load_summary` prints it on one screen.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import pandas as pd

from . import decoding

__all__ = [
    "CorpusWarning",
    "LoadReport",
    "REPORT_KEY",
    "SUMMARY_KINDS",
    "SUMMARY_WIDTH",
    "WARNINGS_PER_ISSUE",
    "load_report",
    "load_summary",
]

#: Each kind of problem raises at most this many warnings (all are in the load report).
WARNINGS_PER_ISSUE = 20
#: :func:`load_summary` shows this many kinds of problem, one line each, so it fits a screen of ~25 lines.
SUMMARY_KINDS = 20
#: :func:`load_summary` cuts longer lines (a terminal or notebook output width).
SUMMARY_WIDTH = 160
_SEVERITIES = ("error", "warning", "info")
#: The key of ``frame.attrs`` that holds the load report.
REPORT_KEY = "load_report"


class CorpusWarning(UserWarning):
    """A problem in the corpus that was worked around; see ``attrs['load_report']``."""


@dataclass
class LoadReport:
    """The running record of what was skipped, altered or inferred while loading.

    Parameters
    ----------
    entries : list of dict
        The entries so far (keys as in the module docstring); :meth:`add`
        appends to it.
    n_warned : dict
        issue -> number of errors and warnings of that kind so far.
    """

    entries: list[dict]
    n_warned: dict[str, int] = field(default_factory=dict)

    def add(self, severity: str, issue: str, message: str, action: str, *, doc_id: str = "", file: str = "") -> None:
        """Record one entry; raise a :class:`CorpusWarning` for an error or warning while under the limit."""
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


def load_report(frame: pd.DataFrame) -> pd.DataFrame:
    """The load report of a frame returned by :func:`analysis.load_corpus` or :func:`analysis.load_lines`.

    Returns
    -------
    DataFrame
        Columns ``doc_id``, ``file``, ``severity`` ("error", "warning", "info"),
        ``issue`` (a short code, e.g. "empty_file"), ``message`` and ``action``
        (what was done and what to do); one row per entry, in the order found.
    """
    entries = frame.attrs.get(REPORT_KEY, [])
    return pd.DataFrame(entries, columns=["doc_id", "file", "severity", "issue", "message", "action"])


def load_summary(frame: pd.DataFrame, *, max_kinds: int = SUMMARY_KINDS, width: int = SUMMARY_WIDTH) -> str:
    """A one-screen text summary: what was loaded, what was skipped and why, problems by kind.

    Parameters
    ----------
    frame : DataFrame
        Returned by :func:`analysis.load_corpus` or :func:`analysis.load_lines`.
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
