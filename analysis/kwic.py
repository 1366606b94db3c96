"""Keyword in context: where exactly, and how, is a word or phrase used?

:func:`kwic` finds a word or phrase in the article bodies with the project's
tokeniser (so ``Putin`` matches ``Putin's``, and curly and straight
apostrophes match each other) and returns the words around each hit;
:func:`render_kwic` lays the hits out aligned on the match for a notebook.

Windows count words and run across paragraph breaks but stop at the edges
of the article. The context strings are the article's own text (case,
punctuation and quote marks kept), with runs of whitespace shown as one
space. A possessive in the query is matched like the text
(``"Putin's fascists"`` finds ``Putin’s fascists``). Not handled: spelling
variants (``no-one`` does not find ``no one``; ``Zelensky`` does not find
``Zelenskyy``) and searching titles; pass another ``field`` for those.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right

import numpy as np
import pandas as pd

from .checks import require_columns
from .quotespans import quote_spans
from .tokens import normalize_apostrophes, token_pattern

__all__ = ["DEFAULT_WINDOW", "kwic", "render_kwic"]

#: Words shown each side of a hit: about half a printed line, enough to read
#: the clause a word sits in.
DEFAULT_WINDOW = 8
#: Characters of context shown each side by :func:`render_kwic`.
DEFAULT_DISPLAY_WIDTH = 70
_WHITESPACE = re.compile(r"\s+")
#: The blank line between paragraphs, as written by the loader.
_PARAGRAPH_BREAK = re.compile("\n\n")
_COLUMNS = ["doc_id", "outlet", "paragraph", "left", "match", "right", "is_quoted"]


def kwic(
    articles: pd.DataFrame,
    query: str,
    *,
    window: int = DEFAULT_WINDOW,
    case_sensitive: bool = False,
    field: str = "text",
) -> pd.DataFrame:
    """Every occurrence of a word or phrase with the words around it.

    Parameters
    ----------
    articles
        One row per article with ``doc_id``, ``outlet`` and ``field``.
    query
        A word or phrase; it is tokenised like the text, so spacing and
        apostrophe style do not matter.
    window
        Words of context each side, clipped at the article's start and end.
    case_sensitive
        Match case exactly (default: ignore case).
    field
        Text column searched (default the body, paragraphs separated by a
        blank line).

    Returns
    -------
    DataFrame
        ``doc_id``, ``outlet``, ``paragraph`` (1-based paragraph of the hit's
        first word), ``left``, ``match``, ``right`` (text as written) and
        ``is_quoted`` (the match starts inside quotation marks, found by
        :func:`analysis.quotespans.quote_spans`: the words are someone
        else's, not the outlet's). Sorted by outlet, ``doc_id`` and position;
        empty when nothing matches.
    """
    require_columns(articles, ("doc_id", "outlet", field), name="articles")
    if window < 0:
        raise ValueError(f"window must be 0 or more words, got {window}")
    needle = _query_tokens(query, case_sensitive=case_sensitive)
    rows = []
    for doc_id, outlet, text in articles[["doc_id", "outlet", field]].itertuples(index=False):
        rows.extend(_hits(str(text or ""), needle, window=window, case_sensitive=case_sensitive,
                          doc_id=doc_id, outlet=outlet))
    frame = pd.DataFrame(rows, columns=[*_COLUMNS, "_start"])
    if isinstance(articles["outlet"].dtype, pd.CategoricalDtype):
        frame["outlet"] = pd.Categorical(frame["outlet"], dtype=articles["outlet"].dtype)
    frame = frame.sort_values(["outlet", "doc_id", "_start"]).drop(columns="_start")
    return frame.reset_index(drop=True)


def _query_tokens(query: str, *, case_sensitive: bool) -> list[str]:
    """The query's tokens, normalised like the text's."""
    if not isinstance(query, str):
        raise TypeError(f"query must be a str, got {type(query).__name__}")
    prepared = normalize_apostrophes(query if case_sensitive else query.lower())
    tokens = [tok for tok in token_pattern().findall(prepared) if tok]
    if not tokens:
        raise ValueError(f"query {query!r} has no words to search for")
    return tokens


def _hits(text: str, needle: list[str], *, window: int, case_sensitive: bool, doc_id, outlet) -> list[dict]:
    """The hits of ``needle`` in one article."""
    prepared = normalize_apostrophes(text)  # one character for one, so offsets hold
    spans = [m.span(1) for m in token_pattern().finditer(prepared) if m.group(1)]
    words = [prepared[start:end] for start, end in spans]
    if not case_sensitive:
        words = [word.lower() for word in words]
    size = len(needle)
    quoted = _quoted_spans(text)  # sorted, not overlapping: looked up by bisection
    quote_starts = [q_start for q_start, _ in quoted]
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]  # as str.count finds them
    rows = []
    for i in range(len(words) - size + 1):
        if words[i : i + size] != needle:
            continue
        first, last = i, i + size - 1
        start, end = spans[first][0], spans[last][1]
        left_start = spans[max(first - window, 0)][0] if window else start
        right_end = spans[min(last + window, len(spans) - 1)][1] if window else end
        rows.append({
            "doc_id": doc_id,
            "outlet": outlet,
            "paragraph": bisect_right(breaks, start - len("\n\n")) + 1,
            "left": _flat(text[left_start:start]),
            "match": _flat(text[start:end]),
            "right": _flat(text[end:right_end]),
            "is_quoted": _inside(quoted, quote_starts, start),
            "_start": start,
        })
    return rows


def _inside(quoted: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether ``offset`` lies in one of the sorted, non-overlapping ``quoted`` spans."""
    k = bisect_right(starts, offset) - 1
    return k >= 0 and offset < quoted[k][1]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the quotations in ``text`` (a quote left open stops at its paragraph's end)."""
    return [(span.start, span.end) for span in quote_spans(text)]


def _flat(snippet: str) -> str:
    """Show runs of whitespace (line and paragraph breaks) as one space."""
    return _WHITESPACE.sub(" ", snippet).strip()


def render_kwic(hits: pd.DataFrame, *, width: int = DEFAULT_DISPLAY_WIDTH):
    """Show KWIC hits aligned on the match, as HTML for a notebook.

    Parameters
    ----------
    hits
        The frame :func:`kwic` returns.
    width
        Most characters of context kept each side; longer context is cut on
        the side away from the match, at a word boundary.

    Returns
    -------
    IPython.display.HTML
        A monospace table; every piece of article text is HTML-escaped, so
        markup in the text is shown, not interpreted. A match inside
        quotation marks is followed by ``(q)``. ``.data`` holds the HTML.
    """
    from IPython.display import HTML

    require_columns(hits, _COLUMNS[:-1], name="hits")
    cell = "padding:0 .4em;white-space:pre;font-family:monospace;"
    rows = [
        f'<tr><td style="{cell}color:#555">{html.escape(f"{row.outlet} ¶{row.paragraph}")}</td>'
        f'<td style="{cell}text-align:right">{html.escape(_clip_left(row.left, width))}</td>'
        f'<td style="{cell}font-weight:bold;text-align:center">{html.escape(_marked(row))}</td>'
        f'<td style="{cell}text-align:left">{html.escape(_clip_right(row.right, width))}</td></tr>'
        for row in hits.itertuples(index=False)
    ]
    if not rows:
        return HTML("<p><em>No matches.</em></p>")
    return HTML('<table style="border-collapse:collapse">' + "".join(rows) + "</table>")


def _marked(row) -> str:
    """The match, with a trailing "(q)" when it sits inside a quotation."""
    flag = getattr(row, "is_quoted", False)
    return f"{row.match} (q)" if isinstance(flag, (bool, np.bool_)) and flag else row.match


def _clip_left(text: str, width: int) -> str:
    """Keep at most ``width`` characters from the end, cut at a word start, marked with an ellipsis."""
    if len(text) <= width:
        return text
    kept = text[-(width - 1):]
    if text[-width] == " ":  # the cut falls between words
        return "…" + kept
    space = kept.find(" ")
    return "…" + (kept[space + 1:] if 0 <= space < len(kept) - 1 else kept)


def _clip_right(text: str, width: int) -> str:
    """Keep at most ``width`` characters from the start, cut at a word end, marked with an ellipsis."""
    if len(text) <= width:
        return text
    kept = text[: width - 1]
    if text[width - 1] == " ":  # the cut falls between words
        return kept + "…"
    space = kept.rfind(" ")
    return (kept[:space] if space > 0 else kept) + "…"
