"""A media-analysis workbench: how did different outlets cover the same story?

Load a corpus of news articles into tidy pandas DataFrames and compare the
outlets' tone, vocabulary and sourcing.
"""

from .corpus import (
    CorpusWarning,
    load_corpus,
    load_lines,
    load_report,
    load_summary,
    paragraphs,
    select_outlets,
    sentences,
)

__all__ = [
    "CorpusWarning",
    "load_corpus",
    "load_lines",
    "load_report",
    "load_summary",
    "paragraphs",
    "sentences",
    "select_outlets",
]
