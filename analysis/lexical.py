"""How rich and how readable is each article's language?

Per article: sentence length, lexical diversity that does not simply fall as
texts get longer (MTLD, McCarthy & Jarvis 2010, "MTLD, vocd-D, and HD-D",
*Behavior Research Methods* 42(2); and the moving-average type-token ratio,
MATTR, Covington & McFall 2010, *Journal of Quantitative Linguistics* 17(2)),
both computed by the ``lexicalrichness`` package on the project's tokens;
Flesch reading ease and the Flesch-Kincaid grade (Kincaid et al. 1975) from
the ``readability`` package, fed one sentence per line with tokens separated
by spaces, as that package expects; and the share of words inside quotation
marks, from :func:`analysis.quotespans.split_quoted`.

The ``readability`` package counts syllables with its own rules, which give
"the" no syllable; absolute reading-ease values run a little high, and are
best compared across outlets rather than with published grade tables.

Each article's row is cached (:func:`analysis.cache.cached_per_article`,
keyed on its ``doc_id`` and ``text`` and on the versions of this code and of
both packages), so a rerun neither recomputes nor imports ``lexicalrichness``
(which takes over a second to import).

Raw type-token ratio is not reported: it falls with length, so long articles
would look poorer whatever their language. Readability formulas were made
for school texts; on news they rank articles, they do not grade them.
"""

from __future__ import annotations

from importlib.metadata import version

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from . import cache as _cache
from .checks import require_columns
from .corpus import sentences as split_sentences
from .quotespans import split_quoted
from .tokens import tokenize

__all__ = [
    "MATTR_WINDOW",
    "MTLD_THRESHOLD",
    "MIN_WORDS_FOR_DIVERSITY",
    "text_stats",
    "outlet_text_stats",
    "quoted_share",
    "PLOT_MEASURES",
    "plot_text_stats",
]

#: MATTR window in words; 50 is the value Covington & McFall report as
#: stable for short texts, and most news articles here exceed it.
MATTR_WINDOW = 50
#: MTLD's factor threshold, the default of McCarthy & Jarvis (2010).
MTLD_THRESHOLD = 0.72
#: Below about 100 words MTLD is unstable (McCarthy & Jarvis 2010); flagged in ``note``.
MIN_WORDS_FOR_DIVERSITY = 100
#: Show a progress bar from this many articles on (about 20 ms per article).
PROGRESS_MIN_ARTICLES = 200
_MEASURES = ["mean_sentence_length", "mtld", "mattr", "flesch_reading_ease", "flesch_kincaid_grade"]


_STATS_COLUMNS = ["n_words", "n_sentences", "n_quoted_words", *_MEASURES, "share_quoted", "note"]


def text_stats(articles: pd.DataFrame, *, mattr_window: int = MATTR_WINDOW, cache: bool = True) -> pd.DataFrame:
    """Length, diversity, readability and quoted share of each article's body.

    Parameters
    ----------
    articles
        One row per article with ``doc_id``, ``outlet`` and ``text``.
    mattr_window
        Window of the moving-average type-token ratio, in words.
    cache
        Reuse the rows of articles measured before (see the module notes).

    Returns
    -------
    DataFrame
        One row per article, sorted by outlet then ``doc_id``: ``doc_id``,
        ``outlet``, ``n_words``, ``n_sentences``, ``n_quoted_words``,
        ``mean_sentence_length`` (words), ``mtld``, ``mattr``,
        ``flesch_reading_ease``, ``flesch_kincaid_grade``, ``share_quoted``
        (0-1; NaN when quote detection is unavailable) and ``note``
        (why a value is missing or shaky; empty when all is well).
    """
    require_columns(articles, ("doc_id", "outlet", "text"), name="articles")
    frame = articles[["doc_id", "outlet", "text"]].reset_index(drop=True)
    frame["text"] = frame["text"].fillna("").astype(str)
    params = {"mattr_window": mattr_window, "lexicalrichness": version("lexicalrichness"),
              "readability": version("readability")}
    measure = _measure(mattr_window)
    if cache and frame["doc_id"].is_unique:
        rows = _cache.cached_per_article("text_stats", frame, measure, params=params, key_columns=["doc_id", "text"])
    else:
        rows = measure(frame)
    result = pd.DataFrame({"doc_id": articles["doc_id"].to_numpy(), "outlet": articles["outlet"].to_numpy()})
    result = result.join(rows.drop(columns="doc_id").reset_index(drop=True))
    if isinstance(articles["outlet"].dtype, pd.CategoricalDtype):
        result["outlet"] = pd.Categorical(result["outlet"], dtype=articles["outlet"].dtype)
    return result.sort_values(["outlet", "doc_id"]).reset_index(drop=True)


class _measure:
    """Per-article measures of a frame of ``doc_id``, ``outlet`` and ``text`` (picklable, cacheable)."""

    def __init__(self, mattr_window: int) -> None:
        self.mattr_window = mattr_window

    def __call__(self, frame: pd.DataFrame) -> pd.DataFrame:
        sents = split_sentences(frame) if len(frame) else pd.DataFrame(columns=["doc_id", "text"])
        by_doc = {doc_id: list(group["text"]) for doc_id, group in sents.groupby("doc_id", sort=False)}
        progress = tqdm(frame.itertuples(index=False), total=len(frame), desc="text statistics",
                        disable=len(frame) < PROGRESS_MIN_ARTICLES)
        rows = [{"doc_id": doc_id, **_article_stats(text, by_doc.get(doc_id, []), mattr_window=self.mattr_window)}
                for doc_id, _, text in progress]
        return pd.DataFrame(rows, columns=["doc_id", *_STATS_COLUMNS])


def _article_stats(text: str, sentence_texts: list[str], *, mattr_window: int) -> dict:
    """All measures for one article."""
    words = tokenize(text)
    sentence_words = [tokenize(s, lowercase=False, possessive="keep") for s in sentence_texts]
    sentence_words = [ws for ws in sentence_words if ws]
    notes = []
    if not words:
        notes.append("no words")
    elif len(words) < MIN_WORDS_FOR_DIVERSITY:
        notes.append(f"under {MIN_WORDS_FOR_DIVERSITY} words: diversity unstable")
    if 0 < len(words) < mattr_window:
        notes.append(f"shorter than the MATTR window ({mattr_window})")
    n_quoted = quoted_share(text)
    return {
        "n_words": len(words),
        "n_sentences": len(sentence_words),
        "n_quoted_words": n_quoted,
        "mean_sentence_length": (sum(map(len, sentence_words)) / len(sentence_words)) if sentence_words else np.nan,
        **_diversity(words, mattr_window=mattr_window),
        **_readability(sentence_words),
        "share_quoted": n_quoted / len(words) if words and not np.isnan(n_quoted) else np.nan,
        "note": "; ".join(notes),
    }


def _diversity(words: list[str], *, mattr_window: int) -> dict:
    """MTLD and MATTR from lexicalrichness, NaN when the text is too short."""
    from lexicalrichness import LexicalRichness

    if not words:
        return {"mtld": np.nan, "mattr": np.nan}
    lex = LexicalRichness(words, preprocessor=None, tokenizer=None)
    mattr = lex.mattr(window_size=mattr_window) if len(words) >= mattr_window else np.nan
    return {"mtld": lex.mtld(threshold=MTLD_THRESHOLD), "mattr": mattr}


def _readability(sentence_words: list[list[str]]) -> dict:
    """Flesch reading ease and Flesch-Kincaid grade from the ``readability`` package."""
    import readability

    if not sentence_words:
        return {"flesch_reading_ease": np.nan, "flesch_kincaid_grade": np.nan}
    tokenised = "\n".join(" ".join(words) for words in sentence_words)
    grades = readability.getmeasures(tokenised, lang="en")["readability grades"]
    return {"flesch_reading_ease": grades["FleschReadingEase"], "flesch_kincaid_grade": grades["Kincaid"]}


def quoted_share(text: str) -> float:
    """Number of words inside quotation marks, paragraph by paragraph.

    Quotes are found by :func:`analysis.quotespans.split_quoted`, one
    paragraph at a time, so an unclosed quote cannot run past its paragraph.

    Returns
    -------
    float
        The count of quoted words.
    """
    return float(sum(
        len(tokenize(segment))
        for paragraph in text.split("\n\n")
        for segment, is_quoted in split_quoted(paragraph)
        if is_quoted
    ))


def outlet_text_stats(stats: pd.DataFrame) -> pd.DataFrame:
    """Pool the per-article measures of :func:`text_stats` by outlet.

    Sentence length and quoted share are pooled (total words over total
    sentences or words); diversity and readability are word-weighted means of
    the article values, so a long article counts for more.

    Returns
    -------
    DataFrame
        One row per outlet: ``outlet``, ``n_articles``, ``n_words``,
        ``n_sentences``, the measures of :func:`text_stats`, ``share_quoted``
        and ``note`` (says when the outlet has a single article).
    """
    required = ["outlet", "n_words", "n_sentences", "n_quoted_words", *_MEASURES]
    require_columns(stats, required, name="stats", hint="Use text_stats().")
    rows = [_pool(outlet, group) for outlet, group in stats.groupby("outlet", observed=True, sort=True)]
    result = pd.DataFrame(rows)
    if isinstance(stats["outlet"].dtype, pd.CategoricalDtype) and len(result):
        result["outlet"] = pd.Categorical(result["outlet"], dtype=stats["outlet"].dtype)
    return result.reset_index(drop=True)


def _pool(outlet, group: pd.DataFrame) -> dict:
    """One outlet's pooled measures."""
    n_words = int(group["n_words"].sum())
    n_sentences = int(group["n_sentences"].sum())
    row = {"outlet": outlet, "n_articles": len(group), "n_words": n_words, "n_sentences": n_sentences,
           "mean_sentence_length": n_words / n_sentences if n_sentences else np.nan}
    for measure in _MEASURES[1:]:
        values = group[measure].astype(float)
        weights = group["n_words"].where(values.notna(), 0).astype(float)
        row[measure] = float((values.fillna(0) * weights).sum() / weights.sum()) if weights.sum() else np.nan
    quoted = group["n_quoted_words"].astype(float)
    row["share_quoted"] = quoted.sum() / n_words if n_words and quoted.notna().all() else np.nan
    row["note"] = "one article" if len(group) == 1 else ""
    return row


#: Measures drawn by :func:`plot_text_stats`, with axis labels carrying units.
PLOT_MEASURES = {
    "mean_sentence_length": "mean sentence length (words)",
    "mtld": "MTLD (words per factor; higher = more varied)",
    "mattr": f"MATTR ({MATTR_WINDOW}-word window; 0-1)",
    "flesch_reading_ease": "Flesch reading ease (higher = easier)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade (US school years)",
    "share_quoted": "share of words inside quotation marks",
}


def plot_text_stats(stats: pd.DataFrame, *, colors: dict[str, str], ncols: int = 3):
    """One panel per measure: each article a dot on its outlet's row.

    Parameters
    ----------
    stats
        :func:`text_stats` output.
    colors
        Outlet to colour, from :func:`analysis.figures.outlet_colors`.
    ncols
        Panels per row.

    Returns
    -------
    (Figure, DataFrame)
        The figure and the plotted long table (``doc_id``, ``outlet``,
        ``n_words``, ``measure``, ``value``).
    """
    from . import figures

    data = stats.melt(id_vars=["doc_id", "outlet", "n_words"], value_vars=list(PLOT_MEASURES),
                      var_name="measure", value_name="value")
    outlets = [str(o) for o in pd.unique(stats["outlet"].astype(str))]
    nrows = -(-len(PLOT_MEASURES) // ncols)
    fig, axes = figures.new_figure(width="double", height=1.45 * nrows + 0.3, nrows=nrows, ncols=ncols,
                                   sharey=True, squeeze=False)
    for ax, (measure, label) in zip(axes.flat, PLOT_MEASURES.items()):
        rows = data[data["measure"] == measure]
        y = [len(outlets) - 1 - outlets.index(str(o)) for o in rows["outlet"]]
        ax.scatter(rows["value"], y, c=[colors[str(o)] for o in rows["outlet"]], s=22, alpha=0.85)
        ax.set_xlabel(label, fontsize=6.5)
        ax.set_yticks(range(len(outlets)), outlets[::-1])
        ax.set_ylim(-0.6, len(outlets) - 0.4)
        ax.margins(x=0.15)
    return fig, data.sort_values(["measure", "outlet", "doc_id"]).reset_index(drop=True)
