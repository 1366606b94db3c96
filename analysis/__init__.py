"""A media-analysis workbench: how did different outlets cover the same story?

Load a corpus of news articles into tidy pandas DataFrames and compare the
outlets' tone, vocabulary and sourcing.
"""

from .corpus import load_corpus, load_lines, paragraphs, select_outlets, sentences

__all__ = ["load_corpus", "load_lines", "paragraphs", "sentences", "select_outlets"]
