"""Word tokens for counting: one compiled regular expression over the whole text.

The tokeniser is built for term counting on large corpora, so it makes one
``re.findall`` pass per text and no per-token Python work. Its rules:

* **Case** is folded with :meth:`str.lower` (``lowercase=False`` keeps it).
* **Apostrophes**: curly ``’`` and ``‘`` count as the straight ``'``, so
  ``don’t`` and ``don't`` are one term. Contractions stay whole (``don't``,
  ``they've``).
* **Possessives and ``'s``**: with ``possessive="strip"`` (the default) a final
  ``'s`` is cut off, so ``Ukraine's`` and ``Ukraine’s`` count as ``ukraine``;
  a plural possessive (``soldiers'``) loses its apostrophe. ``'s`` cannot be
  told apart from the contraction of *is*/*has* by pattern alone, so ``it's``
  also becomes ``it`` (both are stopwords). ``possessive="keep"`` keeps
  ``ukraine's`` as its own term.
* **Hyphenated words** stay whole: ``no-one``, ``so-far``, ``second-largest``,
  ``34-year-old``. Dashes (``–``, ``—``) and spaced hyphens separate words.
* **Numbers** keep their separators: ``9,000``, ``5,840``, ``1.5``.
* **URLs and e-mail addresses** are recognised whole and dropped (they are not
  vocabulary); ``keep_urls=True`` keeps each as one token.
* Letters are Unicode letters, so accented names (``Zelenskyy``, ``Kyïv``)
  are kept; nothing is converted to ASCII.

Not handled: abbreviations with inner dots (``U.S.`` gives ``u`` and ``s``),
words split by a line-break hyphen, languages written without spaces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from . import paths

__all__ = [
    "POSSESSIVE_MODES",
    "STOPWORDS_EXTENSION_FILE",
    "tokenize",
    "token_pattern",
    "load_stopwords",
    "bigrams",
    "normalize_apostrophes",
]

#: Allowed values of the ``possessive`` option.
POSSESSIVE_MODES = ("strip", "keep")
#: Project additions to wordcloud's shipped English stopword list.
STOPWORDS_EXTENSION_FILE = paths.PACKAGE_DATA_DIR / "stopwords_news.txt"

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_ALNUM = r"[^\W_]"
_URL = r"(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)]"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\d+\.\d+(?!\w)"
#: Sentence and clause punctuation that stops a bigram (used when boundaries are kept).
_BOUNDARY = r"[.,!?;:()\[\]\"\u201c\u201d\u2013\u2014]"
BOUNDARY_TOKEN = "|"


@lru_cache(maxsize=16)
def token_pattern(*, possessive: str = "strip", keep_urls: bool = False, boundaries: bool = False) -> re.Pattern:
    """Compile the tokeniser's regular expression.

    Without ``keep_urls`` or ``boundaries`` the pattern has exactly one
    capture group, the token (each option adds one group); text it matches
    outside the group (a dropped URL, a stripped ``'s``) yields ``""`` from
    ``findall``, which callers discard.

    Parameters
    ----------
    possessive
        ``"strip"`` or ``"keep"`` a final ``'s`` (see the module docstring).
    keep_urls
        Keep URLs and e-mail addresses as single tokens instead of dropping them.
    boundaries
        Also capture sentence and clause punctuation in a second group, so
        :func:`bigrams` can avoid pairing words across it.

    Returns
    -------
    re.Pattern
    """
    if possessive not in POSSESSIVE_MODES:
        raise ValueError(f"possessive must be one of {POSSESSIVE_MODES}, got {possessive!r}")
    if possessive == "strip":
        inner = rf"'(?!s(?!{_ALNUM})){_ALNUM}+"
        word = rf"{_ALNUM}+(?:-{_ALNUM}+|{inner})*"
        word_part = rf"({_NUMBER}|{word})(?:'s(?!{_ALNUM}))?"
    else:
        word_part = rf"({_NUMBER}|{_ALNUM}+(?:-{_ALNUM}+|'{_ALNUM}+)*)"
    link = rf"{_URL}|{_EMAIL}"
    link_part = f"({link})" if keep_urls else f"(?:{link})"
    parts = [link_part, word_part]
    if boundaries:
        parts.append(f"({_BOUNDARY})")
    return re.compile("|".join(parts))


def normalize_apostrophes(text: str) -> str:
    """Replace curly and modifier apostrophes with ``'`` (lossless for counting)."""
    return text.translate(_APOSTROPHES)


def tokenize(
    text: str,
    *,
    lowercase: bool = True,
    possessive: str = "strip",
    keep_urls: bool = False,
    stopwords: Iterable[str] | None = None,
) -> list[str]:
    """Split a text into word tokens.

    Parameters
    ----------
    text
        Any text; ``None`` or non-string input raises ``TypeError``.
    lowercase
        Fold case (default) so ``Russian`` and ``russian`` are one term.
    possessive
        ``"strip"`` (default) or ``"keep"`` a final ``'s``.
    keep_urls
        Keep URLs and e-mail addresses as single tokens.
    stopwords
        Terms to drop (already lower-case; see :func:`load_stopwords`).

    Returns
    -------
    list of str
        The tokens in text order.
    """
    if not isinstance(text, str):
        raise TypeError(f"tokenize expects a str, got {type(text).__name__}")
    prepared = normalize_apostrophes(text.lower() if lowercase else text)
    found = _tokens(prepared, possessive=possessive, keep_urls=keep_urls)
    if stopwords is not None:
        stop = stopwords if isinstance(stopwords, (set, frozenset)) else set(stopwords)
        return [tok for tok in found if tok not in stop]
    return found


def _tokens(prepared: str, *, possessive: str, keep_urls: bool) -> list[str]:
    """Run the pattern on already-normalised text and drop empty matches."""
    pattern = token_pattern(possessive=possessive, keep_urls=keep_urls)
    if keep_urls:
        return [a or b for a, b in pattern.findall(prepared) if a or b]
    return [tok for tok in pattern.findall(prepared) if tok]


def bigrams(
    text: str,
    *,
    stopwords: Iterable[str] | None = None,
    lowercase: bool = True,
    possessive: str = "strip",
) -> list[str]:
    """Adjacent word pairs, joined by a space, never across punctuation.

    A pair is kept only when neither word is a stopword and no sentence or
    clause punctuation (``. , ! ? ; : ( ) " “ ” – —``) stands between them, so
    ``"cannon fodder," adding`` gives ``cannon fodder`` but not
    ``fodder adding``.

    Parameters
    ----------
    text
        Any text.
    stopwords
        Words that may not appear in a pair.
    lowercase, possessive
        As in :func:`tokenize`.

    Returns
    -------
    list of str
        ``"first second"`` strings in text order.
    """
    if not isinstance(text, str):
        raise TypeError(f"bigrams expects a str, got {type(text).__name__}")
    prepared = normalize_apostrophes(text.lower() if lowercase else text)
    pattern = token_pattern(possessive=possessive, boundaries=True)
    stop = set(stopwords or ())
    words = [w or (BOUNDARY_TOKEN if p else "") for w, p in pattern.findall(prepared)]
    words = [BOUNDARY_TOKEN if w in stop else w for w in words if w]
    return [
        f"{first} {second}"
        for first, second in zip(words, words[1:])
        if first != BOUNDARY_TOKEN and second != BOUNDARY_TOKEN
    ]


def load_stopwords(*, extra: Iterable[str] = (), include_extension: bool = True) -> frozenset[str]:
    """The stopword list: wordcloud's English list, the project's additions, yours.

    The base is ``wordcloud.STOPWORDS`` (192 English function words, shipped
    with the ``wordcloud`` package and read at run time, not copied here). The
    project adds the short, commented list in
    ``analysis/data/stopwords_news.txt`` (modals the base lacks and page
    furniture such as "advert"). Words are normalised like tokens (lower
    case, straight apostrophes).

    Parameters
    ----------
    extra
        More words to drop, e.g. ``["ukraine", "russian"]`` to look past the
        story's own topic words.
    include_extension
        Add the project file (default) or use wordcloud's list alone.

    Returns
    -------
    frozenset of str
    """
    from wordcloud import STOPWORDS

    if isinstance(extra, str):
        raise TypeError("extra must be a list of words, not one string")
    words = set(STOPWORDS)
    if include_extension:
        words |= _read_word_file(STOPWORDS_EXTENSION_FILE)
    words |= set(extra)
    return frozenset(normalize_apostrophes(word.strip().lower()) for word in words if word.strip())


@lru_cache(maxsize=4)
def _read_word_file(path) -> frozenset[str]:
    """Read a one-word-per-line file, skipping blank lines and ``#`` comments."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
