"""Checks on the frames and data files the functions receive, with one message shape."""

from __future__ import annotations

import csv
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

__all__ = ["DELIMITERS", "MissingColumnsError", "require_columns", "read_data_table", "header_delimiter",
           "ArticleFailures"]

#: Delimiters a CSV file may use (spreadsheets in many locales save with ";").
DELIMITERS = (",", ";", "\t", "|")


class MissingColumnsError(KeyError, ValueError):
    """A frame or table lacks columns a function needs.

    A ``KeyError`` (a column looked up is not there) and a ``ValueError`` (the
    argument is not of the expected shape), so callers may catch either.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def require_columns(frame: pd.DataFrame, columns: Iterable[str], *, name: str = "frame", hint: str = "") -> None:
    """Raise :class:`MissingColumnsError` naming the missing and the present columns.

    Parameters
    ----------
    frame
        The frame received (pandas, or anything with ``columns`` such as a
        Dask frame).
    columns
        The columns it must have.
    name
        What the frame is called in the message (the argument's name).
    hint
        What to do about it, appended to the message.
    """
    if not hasattr(frame, "columns"):
        raise TypeError(f"{name} must be a DataFrame, got {type(frame).__name__}")
    missing = [col for col in columns if col not in frame.columns]
    if missing:
        message = f"{name} is missing column(s) {missing}; present: {list(frame.columns)}"
        raise MissingColumnsError(f"{message}. {hint}" if hint else message)


def read_data_table(path: str | Path, required: Iterable[str]) -> pd.DataFrame:
    """Read one of the editable CSV data files (``#`` comments, every cell a string).

    Raises
    ------
    MissingColumnsError
        Naming the file when it lacks a required column.
    """
    table = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
    require_columns(table, required, name=str(path))
    return table


def header_delimiter(header_line: str) -> str:
    """The delimiter of a CSV file: the one of :data:`DELIMITERS` that splits its header line into most fields.

    A comma wins ties, so a one-column header gives ",". Reading the header
    alone is more reliable than :class:`csv.Sniffer` on data rows, whose
    text cells hold commas and semicolons of their own.
    """
    def n_fields(delimiter: str) -> int:
        return len(next(csv.reader([header_line], delimiter=delimiter), []))

    return max(DELIMITERS, key=lambda d: (n_fields(d), d == ","))


class ArticleFailures:
    """Articles that failed (a bad value, a fault in the rules), left out so that one does not stop a corpus.

    :meth:`run` calls a function for one article (or one paragraph of it) and returns
    its rows, or none when it raises, keeping the error; :meth:`report` warns once,
    naming the articles and errors, and records them in ``frame.attrs["failed_articles"]``
    (doc_id -> error) of the result, so the loss is never silent.
    """

    def __init__(self, what: str) -> None:
        self.what = what
        self.errors: dict = {}

    def run(self, doc_id, func: Callable[..., Iterable], *args) -> list:
        """``func(*args)`` as a list, or ``[]`` when it raises (the error is kept under ``doc_id``)."""
        try:
            return list(func(*args))
        except Exception as error:  # noqa: BLE001 - one article's failure must not stop a corpus
            self.errors.setdefault(doc_id, f"{type(error).__name__}: {error}")
            return []

    def report(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` with the failures recorded in its attrs, after one warning naming them."""
        if self.errors:
            shown = "; ".join(f"{doc_id} ({error})" for doc_id, error in list(self.errors.items())[:5])
            more = f" and {len(self.errors) - 5} more" if len(self.errors) > 5 else ""
            warnings.warn(f"{self.what}: {len(self.errors)} article(s) partly or wholly left out after an error: "
                          f"{shown}{more}. Their rows are missing from the result; fix the input the error names, "
                          f"or report the error with the article's text.", RuntimeWarning, stacklevel=3)
        frame.attrs["failed_articles"] = dict(self.errors)
        return frame
