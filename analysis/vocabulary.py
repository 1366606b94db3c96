"""What each outlet says: term tables per outlet and per article.

This module counts terms; its neighbours answer the other vocabulary
questions and are re-exported here so one import serves a notebook:

* :mod:`analysis.tokens` - the tokeniser and the stopword list;
* :mod:`analysis.keyness` - distinctive terms (weighted log-odds, G²);
* :mod:`analysis.lexical` - lexical diversity, readability, quoted share;
* :mod:`analysis.kwic` - keyword in context;
* :mod:`analysis.wordclouds` - one word cloud per outlet.

Counting is built for large corpora. Every tokeniser rule works inside one
whitespace-separated chunk (no token spans a space), so the text is split on
whitespace, identical chunks are counted with :class:`collections.Counter`,
and the regular expression runs once per *distinct* chunk (cached across
texts) rather than once per word. The result equals counting
``tokenize(text)`` (tested). ``benchmarks/bench_vocabulary.py`` measures it.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain

import pandas as pd
from tqdm.auto import tqdm

from .checks import require_columns
from .keyness import distinctive_terms, log_likelihood_g2, log_odds_dirichlet, plot_distinctive_terms, top_terms
from .kwic import kwic, render_kwic
from .lexical import outlet_text_stats, plot_text_stats, text_stats
from .tokens import bigrams, load_stopwords, normalize_apostrophes, token_pattern, tokenize
from .wordclouds import outlet_wordclouds

__all__ = [
    "RATE_PER",
    "DEFAULT_STOPWORDS",
    "count_terms",
    "term_counts",
    "require_columns",
    "warn_empty_outlets",
    "tokenize",
    "bigrams",
    "load_stopwords",
    "distinctive_terms",
    "log_odds_dirichlet",
    "log_likelihood_g2",
    "top_terms",
    "plot_distinctive_terms",
    "text_stats",
    "outlet_text_stats",
    "plot_text_stats",
    "kwic",
    "render_kwic",
    "outlet_wordclouds",
]

#: Rates are per 10,000 running words, a common base in corpus linguistics
#: that keeps rates of ordinary content words above 1 in news text.
RATE_PER = 10_000
#: Sentinel for "use :func:`load_stopwords` with its defaults".
DEFAULT_STOPWORDS = "default"
_LEVELS = ("outlet", "article")
#: Show a progress bar from this many articles on (smaller runs take under a second).
PROGRESS_MIN_ARTICLES = 2_000
#: Distinct chunks (whitespace-separated strings) whose tokens are kept in
#: memory; news text has far fewer distinct chunks than this, so the tokeniser
#: runs about once per chunk type in a whole corpus (about 100 MB at most).
CHUNK_CACHE_SIZE = 2**19


def _resolve_stopwords(stopwords) -> frozenset[str]:
    """Turn the ``stopwords`` option into a set (empty for ``None``)."""
    if stopwords is None:
        return frozenset()
    if isinstance(stopwords, str):
        if stopwords != DEFAULT_STOPWORDS:
            raise ValueError(f"stopwords must be {DEFAULT_STOPWORDS!r}, None or a list of words, got {stopwords!r}")
        return load_stopwords()
    return frozenset(normalize_apostrophes(word.lower()) for word in stopwords)


def count_terms(
    texts: Iterable[str], *, stopwords=DEFAULT_STOPWORDS, possessive: str = "strip", include_bigrams: bool = False
) -> tuple[Counter, int]:
    """Count the terms of several texts together.

    Parameters
    ----------
    texts
        The texts (strings).
    stopwords
        ``"default"`` (:func:`load_stopwords`), ``None`` (keep every word) or
        a list of words to drop.
    possessive
        As in :func:`analysis.tokens.tokenize`.
    include_bigrams
        Also count word pairs (``"cannon fodder"``) as :func:`bigrams` makes them.

    Returns
    -------
    (Counter, int)
        Term counts after dropping stopwords, and the number of running words
        before dropping them (the base of every rate).
    """
    return _count(list(texts), _resolve_stopwords(stopwords), possessive=possessive, include_bigrams=include_bigrams)


def _count(texts: list[str], stop: frozenset[str], *, possessive: str, include_bigrams: bool) -> tuple[Counter, int]:
    """:func:`count_terms` with the stopwords already resolved (called once per group)."""
    chunks = Counter(chain.from_iterable(map(str.split, texts)))
    counts: Counter = Counter()
    for chunk, n in chunks.items():
        for token in _chunk_tokens(chunk, possessive):
            counts[token] += n
    n_tokens = sum(counts.values())
    for word in stop.intersection(counts):
        del counts[word]
    if include_bigrams:
        for text in texts:
            counts.update(bigrams(text, stopwords=stop, possessive=possessive))
    return counts, n_tokens


@lru_cache(maxsize=CHUNK_CACHE_SIZE)
def _chunk_tokens(chunk: str, possessive: str) -> tuple[str, ...]:
    """The tokens of one whitespace-free chunk, cached across texts."""
    found = token_pattern(possessive=possessive).findall(normalize_apostrophes(chunk.lower()))
    return tuple(token for token in found if token)


def term_counts(
    articles: pd.DataFrame,
    *,
    by: str = "outlet",
    fields: Sequence[str] = ("text",),
    stopwords=DEFAULT_STOPWORDS,
    possessive: str = "strip",
    include_bigrams: bool = False,
    min_count: int = 1,
    progress: bool | None = None,
) -> pd.DataFrame:
    """Tidy term table: one row per outlet × term, or per article × term.

    Parameters
    ----------
    articles
        One row per article with ``doc_id``, ``outlet`` and the ``fields``.
    by
        ``"outlet"`` (pool each outlet's articles) or ``"article"``.
    fields
        Text columns counted, joined by a blank line (default the body).
    stopwords, possessive, include_bigrams
        As in :func:`count_terms`.
    min_count
        Keep terms counted at least this often in the group.
    progress
        Show a progress bar; ``None`` (default) shows one from
        :data:`PROGRESS_MIN_ARTICLES` articles on.

    Returns
    -------
    DataFrame
        ``outlet`` (and ``doc_id`` when ``by="article"``), ``term``, ``n``
        (count), ``n_tokens`` (running words of the group, stopwords
        included), ``rate_per_10k`` (``n / n_tokens * 10,000``) and
        ``n_articles`` (articles pooled). Sorted by group, then ``n``
        descending, then ``term``. Outlets with no articles are left out with
        a warning; an article without a single word has no rows. A missing
        ``outlet`` or ``doc_id`` is an error, never a silent drop.
    """
    if by not in _LEVELS:
        raise ValueError(f"by must be one of {_LEVELS}, got {by!r}")
    require_columns(articles, ["doc_id", "outlet", *fields], name="articles")
    keys = ["outlet"] if by == "outlet" else ["outlet", "doc_id"]
    _check_no_missing_keys(articles, keys)
    warn_empty_outlets(articles)
    stop = _resolve_stopwords(stopwords)
    texts = _joined_fields(articles, fields)
    columns: dict[str, list] = {key: [] for key in [*keys, "term", "n", "n_tokens", "n_articles"]}
    groups = articles.groupby(keys, observed=True, sort=False).indices.items()
    show = len(articles) >= PROGRESS_MIN_ARTICLES if progress is None else progress
    for group_key, rows in tqdm(groups, desc=f"counting terms by {by}", disable=not show):
        group_texts = [texts[i] for i in rows]
        counts, n_tokens = _count(group_texts, stop, possessive=possessive, include_bigrams=include_bigrams)
        counts = {term: n for term, n in counts.items() if n >= min_count}
        for key, value in zip(keys, _as_tuple(group_key)):
            columns[key].extend([value] * len(counts))
        columns["term"].extend(counts.keys())
        columns["n"].extend(counts.values())
        columns["n_tokens"].extend([n_tokens] * len(counts))
        columns["n_articles"].extend([len(rows)] * len(counts))
    return _tidy_table(columns, keys, outlet_dtype=articles["outlet"].dtype)


def _check_no_missing_keys(articles: pd.DataFrame, keys: list[str]) -> None:
    """Refuse rows whose outlet or doc_id is missing rather than dropping them silently."""
    for key in keys:
        missing = articles.loc[articles[key].isna(), "doc_id"].astype(str).tolist()
        if missing:
            raise ValueError(f"{key} is missing for {len(missing)} article(s) (doc_id: {missing[:5]}); "
                             f"fill it, e.g. with 'unknown', before counting terms")


def _tidy_table(columns: dict[str, list], keys: list[str], *, outlet_dtype) -> pd.DataFrame:
    """Assemble, type and sort the term table from its column lists."""
    table = pd.DataFrame(columns)
    for column in ("n", "n_tokens", "n_articles"):
        table[column] = table[column].astype("int64")
    table["term"] = table["term"].astype("str")
    table["rate_per_10k"] = table["n"] / table["n_tokens"] * RATE_PER
    if isinstance(outlet_dtype, pd.CategoricalDtype):
        table["outlet"] = pd.Categorical(table["outlet"], dtype=outlet_dtype)
    table = table[[*keys, "term", "n", "n_tokens", "rate_per_10k", "n_articles"]]
    order = [*keys, "n", "term"]
    return table.sort_values(order, ascending=[True] * len(keys) + [False, True], kind="stable").reset_index(drop=True)


def _joined_fields(group: pd.DataFrame, fields: Sequence[str]) -> list[str]:
    """Each row's text fields joined by a blank line (missing values as empty)."""
    columns = [group[field].fillna("").astype(str).tolist() for field in fields]
    if len(columns) == 1:
        return columns[0]
    return ["\n\n".join(parts) for parts in zip(*columns)]


def _as_tuple(key) -> tuple:
    """groupby keys come back as tuples for several columns; make one always."""
    return key if isinstance(key, tuple) else (key,)


def warn_empty_outlets(articles: pd.DataFrame) -> list[str]:
    """Warn about outlets of the categorical ``outlet`` that have no articles.

    Returns
    -------
    list of str
        The empty outlets (also named in the warning).
    """
    if not isinstance(articles["outlet"].dtype, pd.CategoricalDtype):
        return []
    present = set(articles["outlet"].dropna().astype(str))
    empty = [str(name) for name in articles["outlet"].cat.categories if str(name) not in present]
    if empty:
        warnings.warn(f"outlet(s) {empty} have no articles in this selection and are left out", stacklevel=3)
    return empty
