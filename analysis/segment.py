"""Split article bodies into paragraphs and sentences.

Paragraphs are the blocks of an article's ``text`` separated by a blank line
(``"\\n\\n"``), as written by :func:`analysis.load_corpus`.

Sentences are found by a rule-based splitter that keeps character offsets, so
``paragraph_text[start:end]`` is exactly the sentence. It handles

- titles and abbreviations (``Mr.``, ``Dr.``, ``St.``, ``Gen.``, ``No.``),
  dotted initialisms (``U.S.``, ``U.N.``, ``e.g.``), initials (``J. K. Rowling``)
  and decimals (``9.5``, ``9.000``);
- ellipses (``...`` / ``…``): a break only when a capital letter follows;
- sentence-final quotation marks and brackets (``he said 'no.' Then``), which
  stay with the sentence they close;
- run-together sentences with no space after the full stop, a scraping
  artefact (``sabotaging.The next``, ``saying.Other``), split only when a word
  of two or more lower-case letters is followed by ``.``/``!``/``?`` and a
  capitalised word, so ``U.S.A``, ``e.g.``, URLs and e-mail addresses stay whole.

It does not handle sentences that end in an abbreviation (``... in the U.S.
Then``) — they are kept together with the next sentence — nor lists without
punctuation.
"""

from __future__ import annotations

import re

import pandas as pd

from .checks import require_columns

__all__ = ["ABBREVIATIONS", "split_sentences", "sentence_spans", "paragraphs", "sentences"]

#: Words that end in a full stop without ending a sentence (compared lower-case,
#: without the stop). Titles, ranks, months and common Latin/English shorthands.
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof rev fr st sr jr gen col lt maj capt cpt sgt cpl pte adm cmdr
    gov sen rep pres supt insp det hon rt no nos vol vols fig figs ch pp p ca approx
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp bros plc dept univ assn est vs v al cf viz mt ft""".split()
)

# A candidate boundary: terminal punctuation, then closing quotes/brackets.
_TERMINAL = re.compile(r"(?:\.{3}|…|[.!?])+['\"’”)\]]*")
_OPENERS = "'\"‘“(["
_WORD_CHARS = ".'’-"
_SPACES = re.compile(r"\s*")
_NON_SPACES = re.compile(r"\S*")
_RUN_ON_NEXT = re.compile(r"['\"‘“]?[A-Z](?:[a-z]|\s)")


def _previous_word(text: str, end: int) -> str:
    """Return the token (letters, digits, dots, apostrophes, hyphens) that ends at ``end``.

    Walks back from ``end`` so the cost does not grow with the text before it.
    """
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _WORD_CHARS or text[start - 1] == "_"):
        start -= 1
    return text[start:end]


def _is_abbreviation(token: str) -> bool:
    """True when ``token`` (the text before a full stop) is an abbreviation or initial."""
    bare = token.strip("'’-").rstrip(".")
    if not bare:
        return False
    if bare.lower() in ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isalpha():  # initials: J. K. Rowling; also "e." of e.g.
        return True
    # dotted initialisms: U.S, U.K, e.g, i.e, a.m, p.m
    return bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", bare))


def _starts_sentence(text: str, pos: int) -> bool:
    """True when a sentence may start at ``pos`` (after optional openers)."""
    while pos < len(text) and text[pos] in _OPENERS:
        pos += 1
    return pos < len(text) and (text[pos].isupper() or text[pos].isdigit())


def _boundary_after(text: str, match: re.Match, start: int) -> int | None:
    """Return where the next sentence starts after ``match``, or None if no break.

    ``start`` is where the current sentence began (used to pair quotation marks).
    """
    end = match.end()
    punct = match.group()
    if end >= len(text):
        return None
    if text[end].isspace():
        nxt = _SPACES.match(text, end).end()
        if nxt >= len(text) or not _starts_sentence(text, nxt):
            return None
        if punct.startswith(".") and not punct.startswith("...") and _is_abbreviation(
            _previous_word(text, match.start())
        ):
            return None
        return nxt
    # Run-together: "sabotaging.The" — a lower-case word of 2+ letters, no space,
    # then a capitalised word (upper-case letter followed by lower-case or space).
    two_before = text[max(0, match.start() - 2):match.start()]
    if len(two_before) == 2 and all("a" <= c <= "z" for c in two_before) and _RUN_ON_NEXT.match(text, end):
        before = _previous_word(text, match.start())
        after = _NON_SPACES.match(text, end).group()
        if any(c in before + after for c in "@/") or "." in before or re.search(r"\.[a-z]{2,}", after):
            return None  # URL, e-mail address, domain, e.g.
        if punct[-1] in "'\"" and not _has_open_quote(text[start:match.start()]):
            return end - 1  # the straight quote opens the next sentence: "lines.'No one"
        return end
    return None


def _has_open_quote(segment: str) -> bool:
    """True when ``segment`` opens more straight/curly quotes than it closes."""
    opens = len(re.findall(r"(?:^|(?<=[\s(\[—–-]))['\"‘“]", segment))
    closes = len(re.findall(r"['\"’”](?=[\s,.;:!?)\]—–-]|$)", segment))
    return opens > closes


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text``.

    Leading and trailing whitespace is left outside every span, so
    ``text[start:end]`` is the stripped sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _TERMINAL.finditer(text):
        nxt = _boundary_after(text, match, start)
        if nxt is not None:
            spans.append((start, min(match.end(), nxt)))
            start = nxt
    spans.append((start, len(text)))
    result = []
    for s, e in spans:
        piece = text[s:e]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            result.append((s + left, s + right))
    return result


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text`` (see the module docstring for the rules)."""
    return [text[s:e] for s, e in sentence_spans(text)]


def _check_columns(frame: pd.DataFrame, required: list[str], where: str) -> None:
    """Raise ValueError naming the missing and the present columns."""
    require_columns(frame, required, name=where,
                    hint="Pass the frame returned by analysis.load_corpus (or one with these columns).")


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph of every article's body.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id``, ``outlet`` and ``text`` (paragraphs separated by a
        blank line).

    Returns
    -------
    DataFrame
        Columns ``doc_id``, ``outlet`` (same dtype as the input), ``paragraph``
        (1-based position in the body) and ``text``; sorted by doc_id, paragraph.
        Empty paragraphs are not counted.
    """
    _check_columns(articles, ["doc_id", "outlet", "text"], "paragraphs()")
    rows = []
    for doc_id, outlet, text in zip(articles["doc_id"], articles["outlet"], articles["text"]):
        blocks = [b.strip() for b in re.split(r"\n\s*\n", str(text) if isinstance(text, str) else "")]
        for i, block in enumerate((b for b in blocks if b), start=1):
            rows.append({"doc_id": doc_id, "outlet": outlet, "paragraph": i, "text": block})
    frame = pd.DataFrame(rows, columns=["doc_id", "outlet", "paragraph", "text"])
    frame["outlet"] = frame["outlet"].astype(articles["outlet"].dtype)
    frame["paragraph"] = frame["paragraph"].astype("int64")
    return frame.sort_values(["doc_id", "paragraph"], kind="stable").reset_index(drop=True)


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of every article's body.

    Parameters
    ----------
    articles : DataFrame
        Needs ``doc_id``, ``outlet`` and ``text``.

    Returns
    -------
    DataFrame
        Columns ``doc_id``, ``outlet``, ``paragraph`` (1-based), ``sentence``
        (1-based position within the article), ``text``, ``start`` and ``end``
        (offsets inside the paragraph's text: ``paragraph_text[start:end] ==
        text``); sorted by doc_id, sentence.
    """
    paras = paragraphs(articles)
    rows = []
    for doc_id, outlet, para, text in zip(paras["doc_id"], paras["outlet"], paras["paragraph"], paras["text"]):
        for start, end in sentence_spans(text):
            rows.append({"doc_id": doc_id, "outlet": outlet, "paragraph": para,
                         "text": text[start:end], "start": start, "end": end})
    frame = pd.DataFrame(rows, columns=["doc_id", "outlet", "paragraph", "text", "start", "end"])
    frame["outlet"] = frame["outlet"].astype(paras["outlet"].dtype)
    frame.insert(3, "sentence", frame.groupby("doc_id", sort=False).cumcount() + 1)
    for col in ("paragraph", "sentence", "start", "end"):
        frame[col] = frame[col].astype("int64")
    return frame.sort_values(["doc_id", "sentence"], kind="stable").reset_index(drop=True)
