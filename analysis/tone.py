"""Tone: VADER sentiment of sentences, compared across outlets with its uncertainty.

Every sentence is scored with VADER (Hutto & Gilbert 2014, "VADER: A
Parsimonious Rule-based Model for Sentiment Analysis of Social Media Text",
ICWSM), exactly as ``vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer()
.polarity_scores`` scores it: ``neg``, ``neu``, ``pos`` (shares of the text's
sentiment mass) and ``compound`` (normalised to -1 … +1). Scores are then
aggregated to paragraph, article and outlet with seeded bootstrap confidence
intervals over sentences, split into the outlet's own narration and the
speech it quotes, compared between headline, standfirst and body, related to
named targets, and followed along the article.

How far to trust VADER on news
------------------------------
VADER was built and validated on social-media text. It is a word list plus a
few rules, so on war reporting it misjudges in predictable ways; the notebook
``01_tone`` shows real sentences from the bundled corpus for each point.

- **Missing news vocabulary.** "invasion", "invade", "shelling",
  "bombardment", "resistance", "surrender", "liberated", "captured",
  "slaughtered", "disarray" are not in the lexicon and count as neutral: a
  sentence about an invasion scores 0 unless another word carries sentiment.
- **Word forms are listed one by one.** "kill" (-3.7), "killed" (-3.5) and
  "killing" (-3.4) are all there, but "die" (-2.9) and "died" (-2.6) are while
  "dying" is not, and "apologise" is +1.6 while "apologised" is +0.4; the
  score of a sentence can hang on which form the reporter used.
- **Everyday senses of news words.** "intelligence" (+2.1, the spy agency),
  "supported" (+1.3, "separatists supported by Russia"), "like" (+1.5, also
  in "slaughtered like pigs"), "friends", "opportunity" and "prisoner" (-2.5)
  carry their social-media senses, so a report of captured soldiers given
  "the opportunity to speak" reads as positive.
- **Negation and contrast are local.** VADER flips a word after "not",
  "never", "no" within three words and weighs clauses after "but"; longer
  negations and irony are missed.
- **Whose sentiment?** A negative score says the words are negative, not that
  the outlet is hostile to anyone: a neutral report of a massacre is strongly
  negative. Splitting narration from quotes and scoring sentences that mention
  a target only narrows this down; it does not measure stance.

Sentences of the bundled corpus where VADER misjudges (compound in brackets):

- "'This is not our war." (+0.48): negation turns "war" positive instead of
  cancelling it.
- "'Each and every gun crew will be slaughtered like pigs,' a statement on
  Wednesday evening said." (+0.03): "slaughtered" is missing and "like" counts
  as the verb.
- "Russian soldiers who were given the opportunity to speak after being
  captured in Ukraine appeared tearful as they apologised for the ongoing
  invasion." (+0.49): "opportunity" and "apologised" score, "invasion" and
  "captured" do not.
- "Russian soldiers taking part in the invasion of Ukraine are in 'complete
  disarray', according to voice recordings obtained by a British
  intelligence company." (+0.48): the spy agency's "intelligence" is positive.
- "He said Ukraine's armed forces had liberated some 2,000 square kilometers
  ... of territory" (0.00): "liberated" is missing.
- "'We are killing peaceful people,' he said." (-0.30): a soldier's confession
  of killing civilians, softened by "peaceful".
- "Fierce resistance." (0.00): "resistance" is missing.

Statistical caveats: the confidence intervals resample sentences, which
treats sentences as independent. Sentences of one article are not, so with
one or two articles per outlet the intervals are too narrow for claims about
an outlet; every table carries ``n_sentences`` and ``n_articles`` and flags
such rows (``few_articles`` and ``note``).
"""

from __future__ import annotations

import os
import warnings
import zlib
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from . import vader
from .quotespans import quote_spans
from .targets import load_targets, mention_targets

__all__ = [
    "SCORE_COLUMNS",
    "POSITIVE_THRESHOLD",
    "NEGATIVE_THRESHOLD",
    "CONFIDENCE",
    "N_RESAMPLES",
    "SEED",
    "FEW_ARTICLES",
    "score_texts",
    "score_sentences",
    "clear_cache",
    "summarize_tone",
    "paragraph_tone",
    "article_tone",
    "outlet_tone",
    "split_voice",
    "voice_tone",
    "headline_vs_body",
    "target_tone",
    "add_position",
    "tone_arc",
    "find_sentences",
    "lexicon_values",
    "format_estimate",
    "distribution_table",
    "plot_distribution",
    "plot_voice",
    "plot_headline_vs_body",
    "plot_target_heatmap",
    "plot_arc",
]

#: VADER's output columns, in its own order.
SCORE_COLUMNS = ("neg", "neu", "pos", "compound")
#: A sentence is positive when compound >= 0.05 and negative when compound <= -0.05,
#: neutral in between: the thresholds VADER's authors recommend (vaderSentiment README).
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
#: Two-sided level of the bootstrap percentile intervals.
CONFIDENCE = 0.95
#: Bootstrap resamples: 2,000 keeps the 2.5 % / 97.5 % percentiles stable to about
#: 0.01 on compound for the group sizes of a small corpus, in well under a second.
N_RESAMPLES = 2000
#: Default seed of the bootstrap, so reruns give the same intervals.
SEED = 20220302
#: Outlets with at most this many articles are flagged: their intervals describe
#: those articles' sentences, not the outlet's coverage in general.
FEW_ARTICLES = 2
#: Groups with fewer sentences than this get a note that the interval is unreliable.
MIN_SENTENCES_FOR_CI = 5
#: Below this many distinct texts, scoring runs in-process: starting worker
#: processes costs more (~0.1 s) than scoring a few thousand sentences.
PARALLEL_MIN_TEXTS = 5000
#: Texts per chunk sent to a worker (~0.2 s of work: small next to process overhead).
CHUNK_SIZE = 2000
#: Progress bars appear from this many distinct texts on.
PROGRESS_MIN_TEXTS = 20000
#: Half-width of the horizontal jitter of sentence points in strip plots (axis units).
JITTER = 0.28
#: Opacity of heat-map cells with fewer than MIN_SENTENCES_FOR_CI sentences.
_THIN_CELL_ALPHA = 0.35
#: Upper bound on resample × sentences cells bootstrapped at once (memory ~80 MB).
_MAX_BOOTSTRAP_CELLS = 10_000_000
_STATISTICS = ("mean_compound", "median_compound", "share_positive", "share_neutral", "share_negative")
_VOICES = ("narration", "quote")

_ANALYZER: vader.Scorer | None = None
#: Scores already computed in this process, so a text is never scored twice in
#: one run (a sentence and its narration-only part, say). Bounded by CACHE_MAX_TEXTS.
_CACHE: dict[str, tuple[float, float, float, float]] = {}
#: Most texts kept in the score cache (~200 MB of sentences); past it the cache restarts.
CACHE_MAX_TEXTS = 1_000_000


def _require(frame: pd.DataFrame, columns: Iterable[str], *, name: str) -> None:
    missing = [col for col in columns if col not in frame.columns]
    if missing:
        raise ValueError(f"{name} is missing column(s) {missing}; it has {list(frame.columns)}")


# --------------------------------------------------------------------------- scoring
def _analyzer() -> vader.Scorer:
    """The process's one analyzer, built on first use.

    :func:`analysis.vader.make_analyzer` gives the faster scorer whose scores
    are verified identical to the package's, or the package's own analyzer
    when the installed vaderSentiment is not the verified version.
    """
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = vader.make_analyzer()
    return _ANALYZER


def _init_worker() -> None:
    _analyzer()


def _score_chunk(texts: Sequence[str]) -> np.ndarray:
    score = _analyzer().polarity_scores
    return np.array([[s[col] for col in SCORE_COLUMNS] for s in map(score, texts)], dtype=float).reshape(
        len(texts), len(SCORE_COLUMNS)
    )


def _run_chunks(chunks: list[list[str]], *, n_jobs: int, progress: bool) -> list[np.ndarray]:
    bar = dict(total=len(chunks), disable=not progress, desc="VADER", unit="chunk")
    if n_jobs == 1:
        return [_score_chunk(chunk) for chunk in tqdm(chunks, **bar)]
    with ProcessPoolExecutor(max_workers=n_jobs, initializer=_init_worker) as pool:
        return list(tqdm(pool.map(_score_chunk, chunks), **bar))


def clear_cache() -> None:
    """Forget the scores remembered in this process (see :func:`score_texts`)."""
    _CACHE.clear()


def _remember(texts: list[str], scores: np.ndarray) -> None:
    if len(_CACHE) + len(texts) > CACHE_MAX_TEXTS:
        _CACHE.clear()
    _CACHE.update(zip(texts, map(tuple, scores.tolist())))


def score_texts(
    texts: Iterable[str], *, n_jobs: int | None = None, progress: bool | None = None, cache: bool = True
) -> pd.DataFrame:
    """Score each distinct text once with VADER.

    Parameters
    ----------
    texts
        Strings to score; repeats are scored once.
    n_jobs
        Worker processes; ``None`` uses every CPU. Fewer than
        :data:`PARALLEL_MIN_TEXTS` texts to score are always scored in-process.
    progress
        Show a progress bar; ``None`` shows one from :data:`PROGRESS_MIN_TEXTS`
        texts to score on.
    cache
        Reuse scores computed earlier in this process and remember new ones,
        so no text is scored twice in a run; ``False`` scores everything
        afresh (for timing) and leaves the cache alone.

    Returns
    -------
    DataFrame
        One row per distinct text, in first-seen order: ``text``, ``neg``,
        ``neu``, ``pos``, ``compound``.
    """
    unique = list(dict.fromkeys(texts))
    bad = [text for text in unique if not isinstance(text, str)]
    if bad:
        raise TypeError(f"texts must be strings; got {len(bad)} other value(s), e.g. {bad[0]!r}")
    found = {text: _CACHE[text] for text in unique if text in _CACHE} if cache else {}
    todo = [text for text in unique if text not in found]
    jobs = max(1, n_jobs if n_jobs is not None else (os.cpu_count() or 1))
    if len(todo) < PARALLEL_MIN_TEXTS:
        jobs = 1
    show = progress if progress is not None else len(todo) >= PROGRESS_MIN_TEXTS
    chunks = [todo[i : i + CHUNK_SIZE] for i in range(0, len(todo), CHUNK_SIZE)]
    parts = _run_chunks(chunks, n_jobs=jobs, progress=show)
    fresh = np.vstack(parts) if parts else np.empty((0, len(SCORE_COLUMNS)))
    if cache:
        _remember(todo, fresh)
    found.update(zip(todo, map(tuple, fresh.tolist())))
    scores = np.array([found[text] for text in unique], dtype=float).reshape(len(unique), len(SCORE_COLUMNS))
    frame = pd.DataFrame(scores, columns=list(SCORE_COLUMNS))
    frame.insert(0, "text", pd.Series(unique, dtype="str"))
    return frame


def score_sentences(
    sentences: pd.DataFrame,
    *,
    text_column: str = "text",
    n_jobs: int | None = None,
    progress: bool | None = None,
    cache: bool = True,
) -> pd.DataFrame:
    """Add VADER scores to every sentence, scoring each distinct text once.

    Parameters
    ----------
    sentences
        Any frame with a text column, typically :func:`analysis.sentences`.
    text_column
        The column to score.
    n_jobs, progress, cache
        As in :func:`score_texts`.

    Returns
    -------
    DataFrame
        A copy of ``sentences`` (same rows, order and index) plus ``neg``,
        ``neu``, ``pos``, ``compound``, exactly VADER's ``polarity_scores`` of
        the text.

    Raises
    ------
    ValueError
        If the text column is missing or empty on some rows, or the frame
        already has score columns.
    """
    _require(sentences, [text_column], name="sentences")
    clash = [col for col in SCORE_COLUMNS if col in sentences.columns]
    if clash:
        raise ValueError(f"sentences already has score column(s) {clash}; drop them before scoring")
    missing = sentences.index[sentences[text_column].isna()]
    if len(missing):
        raise ValueError(
            f"column {text_column!r} is missing on {len(missing)} row(s), e.g. index {list(missing[:5])}; "
            "drop or fill those rows before scoring"
        )
    scores = score_texts(sentences[text_column].tolist(), n_jobs=n_jobs, progress=progress, cache=cache)
    positions = pd.Index(scores["text"]).get_indexer(sentences[text_column].astype("str"))
    result = sentences.copy()
    for col in SCORE_COLUMNS:
        result[col] = scores[col].to_numpy()[positions]
    return result


# --------------------------------------------------------------------------- bootstrap summaries
def _statistics(sample: np.ndarray) -> dict[str, np.ndarray]:
    """Statistics along the last axis of an array of compound scores."""
    return {
        "mean_compound": sample.mean(axis=-1),
        "median_compound": np.median(sample, axis=-1),
        "share_positive": (sample >= POSITIVE_THRESHOLD).mean(axis=-1),
        "share_neutral": ((sample > NEGATIVE_THRESHOLD) & (sample < POSITIVE_THRESHOLD)).mean(axis=-1),
        "share_negative": (sample <= NEGATIVE_THRESHOLD).mean(axis=-1),
    }


def _bootstrap(values: np.ndarray, rng: np.random.Generator, n_resamples: int) -> dict[str, tuple[float, float]]:
    """Percentile intervals of each statistic over sentence resamples."""
    n = len(values)
    draws = {name: np.empty(n_resamples) for name in _STATISTICS}
    batch = max(1, _MAX_BOOTSTRAP_CELLS // n)
    for lo in range(0, n_resamples, batch):
        hi = min(n_resamples, lo + batch)
        sample = values[rng.integers(0, n, size=(hi - lo, n))]
        for name, stat in _statistics(sample).items():
            draws[name][lo:hi] = stat
    tail = (1 - CONFIDENCE) / 2
    return {name: tuple(np.quantile(draw, [tail, 1 - tail])) for name, draw in draws.items()}


def _group_seed(seed: int, key: tuple) -> list[int]:
    """A seed for one group that depends on its key, not on which other groups exist."""
    return [seed, zlib.crc32("\x1f".join(map(str, key)).encode("utf-8"))]


def _note(n_sentences: int, n_articles: int, *, per_article: bool) -> str:
    notes = []
    if not per_article and n_articles <= FEW_ARTICLES:
        notes.append(f"only {n_articles} article(s): interval covers these articles' sentences only")
    if n_sentences < MIN_SENTENCES_FOR_CI:
        notes.append(f"only {n_sentences} sentence(s): interval unreliable")
    return "; ".join(notes)


def _summary_row(values: np.ndarray, n_articles: int, rng, n_resamples: int, per_article: bool) -> dict:
    point = {name: float(stat) for name, stat in _statistics(values).items()}
    intervals = _bootstrap(values, rng, n_resamples)
    row: dict = {"n_sentences": len(values), "n_articles": n_articles}
    for name in _STATISTICS:
        row[name] = point[name]
        row[f"{name}_ci_low"], row[f"{name}_ci_high"] = intervals[name]
    row["few_articles"] = (not per_article) and n_articles <= FEW_ARTICLES
    row["note"] = _note(len(values), n_articles, per_article=per_article)
    return row


def summarize_tone(
    scored: pd.DataFrame, *, by: Sequence[str], seed: int = SEED, n_resamples: int = N_RESAMPLES
) -> pd.DataFrame:
    """Mean, median and positive/neutral/negative shares of compound, per group.

    Parameters
    ----------
    scored
        Scored units (sentences or sentence parts) with ``doc_id``,
        ``compound`` and the ``by`` columns.
    by
        Grouping columns, e.g. ``["outlet"]``.
    seed
        Bootstrap seed. Each group's generator is seeded from ``seed`` and the
        group's key, so a group's interval does not change when other groups
        are added or dropped.
    n_resamples
        Bootstrap resamples of the group's sentences.

    Returns
    -------
    DataFrame
        One row per group, sorted by ``by`` (categorical order where the
        column is categorical): the ``by`` columns, ``n_sentences``,
        ``n_articles``, then for each of ``mean_compound``,
        ``median_compound``, ``share_positive``, ``share_neutral``,
        ``share_negative`` the point value and ``<name>_ci_low`` /
        ``<name>_ci_high`` (95 % bootstrap percentile interval over
        sentences), then ``few_articles`` (at most :data:`FEW_ARTICLES`
        articles; always False when ``doc_id`` is a grouping column) and
        ``note`` (why an interval should not be read as the outlet's, or "").
    """
    by = list(by)
    if not by:
        raise ValueError("by must name at least one grouping column")
    _require(scored, [*by, "doc_id", "compound"], name="scored")
    if scored["compound"].isna().any():
        raise ValueError("scored has missing compound values; score every row first (score_sentences)")
    per_article = "doc_id" in by
    rows = []
    for key, group in scored.groupby(by, sort=True, observed=True):
        key = key if isinstance(key, tuple) else (key,)
        rng = np.random.default_rng(_group_seed(seed, key))
        values = group["compound"].to_numpy(dtype=float)
        stats = _summary_row(values, group["doc_id"].nunique(), rng, n_resamples, per_article)
        rows.append({**dict(zip(by, key)), **stats})
    return _restore_dtypes(pd.DataFrame(rows), scored, by)


def _restore_dtypes(result: pd.DataFrame, source: pd.DataFrame, by: Sequence[str]) -> pd.DataFrame:
    if result.empty:  # no groups: still every documented column
        stats = [f"{name}{suffix}" for name in _STATISTICS for suffix in ("", "_ci_low", "_ci_high")]
        return pd.DataFrame(columns=[*by, "n_sentences", "n_articles", *stats, "few_articles", "note"])
    for col in by:
        if isinstance(source[col].dtype, pd.CategoricalDtype):
            result[col] = pd.Categorical(result[col], dtype=source[col].dtype)
    return result.reset_index(drop=True)


def paragraph_tone(scored: pd.DataFrame, *, seed: int = SEED, n_resamples: int = N_RESAMPLES) -> pd.DataFrame:
    """:func:`summarize_tone` per paragraph: keys ``outlet``, ``doc_id``, ``paragraph``."""
    return summarize_tone(scored, by=["outlet", "doc_id", "paragraph"], seed=seed, n_resamples=n_resamples)


def article_tone(scored: pd.DataFrame, *, seed: int = SEED, n_resamples: int = N_RESAMPLES) -> pd.DataFrame:
    """:func:`summarize_tone` per article: keys ``outlet``, ``doc_id``."""
    return summarize_tone(scored, by=["outlet", "doc_id"], seed=seed, n_resamples=n_resamples)


def outlet_tone(scored: pd.DataFrame, *, seed: int = SEED, n_resamples: int = N_RESAMPLES) -> pd.DataFrame:
    """:func:`summarize_tone` per outlet: key ``outlet``."""
    return summarize_tone(scored, by=["outlet"], seed=seed, n_resamples=n_resamples)


# --------------------------------------------------------------------------- narration vs quotes
def _merge_intervals(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _paragraph_regions(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Quoted content and quotation-mark intervals of a paragraph, as paragraph offsets."""
    spans = quote_spans(text)
    quoted = _merge_intervals((span.start, span.end) for span in spans)
    marks = [(span.start - len(span.open_mark), span.start) for span in spans]
    marks += [(span.end, span.end + len(span.close_mark)) for span in spans]
    return quoted, _merge_intervals(marks)


def _clip(intervals: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(max(a, start), min(b, end)) for a, b in intervals if a < end and b > start]


def _voice_texts(paragraph: str, start: int, end: int, quoted, marks) -> dict[str, str]:
    """The quoted and the narrated characters of paragraph[start:end], each joined by spaces."""
    inside = _clip(quoted, start, end)
    outside_marks = _merge_intervals(inside + _clip(marks, start, end))
    narration, cursor = [], start
    for a, b in outside_marks:
        narration.append(paragraph[cursor:a])
        cursor = b
    narration.append(paragraph[cursor:end])
    quotes = [paragraph[a:b] for a, b in inside]
    return {"narration": " ".join(" ".join(narration).split()), "quote": " ".join(" ".join(quotes).split())}


def split_voice(sentences: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Cut each sentence into the outlet's narration and the speech it quotes.

    Quote spans come from :func:`analysis.quotespans.quote_spans`, computed on
    the whole paragraph (a quotation can run over several sentences) and
    intersected with each sentence's ``[start, end)``. Quotation marks belong
    to neither part. A part with no letter or digit (only punctuation left
    after cutting) is dropped, since VADER would call it neutral. Short quoted
    fragments (scare quotes such as 'sneaky' or 'heroic') count as quoted
    speech like any other quotation, so their words leave the narration.

    Parameters
    ----------
    sentences
        :func:`analysis.sentences`: ``doc_id``, ``outlet``, ``paragraph``,
        ``sentence``, ``start``, ``end``.
    paragraphs
        :func:`analysis.paragraphs`: ``doc_id``, ``paragraph``, ``text``.

    Returns
    -------
    DataFrame
        One row per sentence × voice present, sorted by ``doc_id``,
        ``sentence``, ``voice``: ``doc_id``, ``outlet``, ``paragraph``,
        ``sentence``, ``voice`` (``"narration"`` or ``"quote"``), ``text``
        (that part's characters, pieces joined by one space).
    """
    _require(sentences, ["doc_id", "outlet", "paragraph", "sentence", "start", "end"], name="sentences")
    _require(paragraphs, ["doc_id", "paragraph", "text"], name="paragraphs")
    texts = {(d, int(p)): t for d, p, t in zip(paragraphs["doc_id"], paragraphs["paragraph"], paragraphs["text"])}
    regions = {key: _paragraph_regions(text) for key, text in texts.items()}
    rows = []
    for row in sentences.itertuples(index=False):
        key = (row.doc_id, int(row.paragraph))
        if key not in texts:
            raise ValueError(f"sentence {row.sentence} of {row.doc_id} is in paragraph {row.paragraph}, "
                             "which is not in paragraphs; pass paragraphs of the same articles")
        parts = _voice_texts(texts[key], int(row.start), int(row.end), *regions[key])
        for voice in _VOICES:
            if any(ch.isalnum() for ch in parts[voice]):
                rows.append((row.doc_id, row.outlet, row.paragraph, row.sentence, voice, parts[voice]))
    columns = ["doc_id", "outlet", "paragraph", "sentence", "voice", "text"]
    result = pd.DataFrame(rows, columns=columns)
    if isinstance(sentences["outlet"].dtype, pd.CategoricalDtype):
        result["outlet"] = pd.Categorical(result["outlet"], dtype=sentences["outlet"].dtype)
    return result.sort_values(["doc_id", "sentence", "voice"], ignore_index=True)


def voice_tone(scored_parts: pd.DataFrame, *, seed: int = SEED, n_resamples: int = N_RESAMPLES) -> pd.DataFrame:
    """:func:`summarize_tone` per outlet and voice, from scored :func:`split_voice` parts.

    ``n_sentences`` counts the sentences that have a part in that voice.
    """
    _require(scored_parts, ["voice"], name="scored_parts")
    return summarize_tone(scored_parts, by=["outlet", "voice"], seed=seed, n_resamples=n_resamples)


# --------------------------------------------------------------------------- headline vs body
def _unit_scores(articles: pd.DataFrame, column: str) -> pd.Series:
    """Compound of a whole title or standfirst; NaN where it is missing or blank."""
    text = articles[column].fillna("").astype("str").str.strip()
    present = text[text != ""]
    scores = score_texts(present.tolist()).set_index("text")["compound"]
    return present.map(scores).reindex(articles.index).astype(float)


def headline_vs_body(
    articles: pd.DataFrame, scored: pd.DataFrame, *, seed: int = SEED, n_resamples: int = N_RESAMPLES
) -> pd.DataFrame:
    """Compare each article's headline and standfirst with its body's sentences.

    The title and the standfirst are each scored as one text (a standfirst of
    two sentences gets one compound); the body is summarised over its scored
    sentences with a bootstrap interval.

    Parameters
    ----------
    articles
        :func:`analysis.load_corpus`: ``doc_id``, ``outlet``, ``title``, ``standfirst``.
    scored
        Scored body sentences (:func:`score_sentences`) of the same articles.

    Returns
    -------
    DataFrame
        One row per article, sorted by ``outlet``, ``doc_id``: ``doc_id``,
        ``outlet``, ``title``, ``title_compound``, ``standfirst_compound``
        (NaN if no standfirst), ``body_mean_compound``, ``body_ci_low``,
        ``body_ci_high``, ``n_sentences``, ``title_minus_body``,
        ``standfirst_minus_body``, ``title_outside_body_ci`` (the headline's
        compound lies outside the body's interval).
    """
    _require(articles, ["doc_id", "outlet", "title", "standfirst"], name="articles")
    body = article_tone(scored, seed=seed, n_resamples=n_resamples).set_index("doc_id")
    result = articles.loc[:, ["doc_id", "outlet", "title"]].copy()
    result["title_compound"] = _unit_scores(articles, "title")
    result["standfirst_compound"] = _unit_scores(articles, "standfirst")
    for new, old in [("body_mean_compound", "mean_compound"), ("body_ci_low", "mean_compound_ci_low"),
                     ("body_ci_high", "mean_compound_ci_high"), ("n_sentences", "n_sentences")]:
        result[new] = result["doc_id"].map(body[old]) if len(body) else np.nan
    result["n_sentences"] = result["n_sentences"].fillna(0).astype(int)
    result["title_minus_body"] = result["title_compound"] - result["body_mean_compound"]
    result["standfirst_minus_body"] = result["standfirst_compound"] - result["body_mean_compound"]
    outside = (result["title_compound"] < result["body_ci_low"]) | (result["title_compound"] > result["body_ci_high"])
    result["title_outside_body_ci"] = outside
    return result.sort_values(["outlet", "doc_id"], ignore_index=True)


# --------------------------------------------------------------------------- targets
def target_tone(
    scored: pd.DataFrame,
    targets: pd.DataFrame | None = None,
    *,
    seed: int = SEED,
    n_resamples: int = N_RESAMPLES,
) -> pd.DataFrame:
    """Tone of the sentences that mention each target, per outlet.

    Parameters
    ----------
    scored
        Scored sentences (:func:`score_sentences`) with ``doc_id``,
        ``outlet``, ``paragraph``, ``sentence``, ``text``.
    targets
        Alias table (:func:`analysis.targets.load_targets`); ``None`` = bundled.

    Returns
    -------
    DataFrame
        One row per outlet × target, every combination present (a target an
        outlet never mentions has ``n_sentences`` 0 and NaN statistics),
        sorted by ``outlet``, ``target``: the columns of
        :func:`summarize_tone` with keys ``outlet``, ``target``.
    """
    _require(scored, ["doc_id", "outlet", "paragraph", "sentence", "text", "compound"], name="scored")
    targets = load_targets() if targets is None else targets
    mentions = mention_targets(scored, targets)
    keyed = mentions.merge(scored[["doc_id", "sentence", "compound"]], on=["doc_id", "sentence"], how="left")
    table = summarize_tone(keyed, by=["outlet", "target"], seed=seed, n_resamples=n_resamples)
    return _complete_grid(table, scored["outlet"], sorted(targets["target"].unique()))


def _complete_grid(table: pd.DataFrame, outlets: pd.Series, targets: list[str]) -> pd.DataFrame:
    """Every outlet × target row, with n 0 where an outlet never mentions a target."""
    if isinstance(outlets.dtype, pd.CategoricalDtype):
        names = [name for name in outlets.cat.categories if name in set(outlets)]
    else:
        names = sorted(outlets.unique())
    grid = pd.MultiIndex.from_product([names, targets], names=["outlet", "target"]).to_frame(index=False)
    grid["outlet"] = grid["outlet"].astype("str")
    if len(table):
        table = table.assign(outlet=table["outlet"].astype("str"), target=table["target"].astype("str"))
        grid = grid.merge(table, on=["outlet", "target"], how="left")
    for col in ("n_sentences", "n_articles"):
        grid[col] = grid[col].fillna(0).astype(int) if col in grid else 0
    if isinstance(outlets.dtype, pd.CategoricalDtype):
        grid["outlet"] = pd.Categorical(grid["outlet"], dtype=outlets.dtype)
    return grid.sort_values(["outlet", "target"], ignore_index=True)


# --------------------------------------------------------------------------- tone along the article
def add_position(scored: pd.DataFrame, *, n_bins: int = 5) -> pd.DataFrame:
    """Add each sentence's relative position in its article.

    Parameters
    ----------
    scored
        Sentences with ``doc_id`` and ``sentence`` (1-based position).
    n_bins
        Number of equal-width position bins (5 = fifths of the article).

    Returns
    -------
    DataFrame
        A copy plus ``position`` (0 for the first sentence, 1 for the last;
        0 when the article has one sentence) and ``position_bin`` (1 …
        ``n_bins``; the last bin includes position 1).
    """
    _require(scored, ["doc_id", "sentence"], name="scored")
    if not isinstance(n_bins, int) or n_bins < 1:
        raise ValueError(f"n_bins must be a positive integer, got {n_bins!r}")
    result = scored.copy()
    rank = result.groupby("doc_id")["sentence"].rank(method="first")
    count = result.groupby("doc_id")["sentence"].transform("size")
    result["position"] = ((rank - 1) / (count - 1).where(count > 1, 1)).astype(float)
    result["position_bin"] = (np.minimum(np.floor(result["position"] * n_bins), n_bins - 1) + 1).astype(int)
    return result


def tone_arc(
    scored: pd.DataFrame, *, n_bins: int = 5, seed: int = SEED, n_resamples: int = N_RESAMPLES
) -> pd.DataFrame:
    """Compound along the article, per outlet and position bin.

    Returns
    -------
    DataFrame
        :func:`summarize_tone` with keys ``outlet``, ``position_bin``, plus
        ``bin_start`` and ``bin_end`` (the bin's range of relative position),
        sorted by ``outlet``, ``position_bin``.
    """
    positioned = add_position(scored, n_bins=n_bins)
    table = summarize_tone(positioned, by=["outlet", "position_bin"], seed=seed, n_resamples=n_resamples)
    table.insert(2, "bin_start", (table["position_bin"] - 1) / n_bins)
    table.insert(3, "bin_end", table["position_bin"] / n_bins)
    return table


# --------------------------------------------------------------------------- examples
def find_sentences(scored: pd.DataFrame, phrases: Sequence[str]) -> pd.DataFrame:
    """The first sentence containing each phrase (to show chosen examples with their scores).

    Parameters
    ----------
    scored
        Scored sentences with ``doc_id``, ``outlet``, ``sentence``, ``text``.
    phrases
        Exact substrings to look for, case-sensitive.

    Returns
    -------
    DataFrame
        One row per phrase found, in the order given: ``phrase`` and the
        matching row's columns. A phrase found nowhere gives a warning (for
        example when the notebook runs on another corpus).
    """
    _require(scored, ["doc_id", "outlet", "sentence", "text"], name="scored")
    ordered = scored.sort_values(["doc_id", "sentence"])
    rows = []
    for phrase in phrases:
        hits = ordered[ordered["text"].str.contains(phrase, regex=False)]
        if hits.empty:
            warnings.warn(f"no sentence contains {phrase!r}; it is left out of the table", stacklevel=2)
            continue
        rows.append(hits.iloc[[0]].assign(phrase=phrase))
    if not rows:
        return pd.DataFrame(columns=["phrase", *scored.columns])
    result = pd.concat(rows, ignore_index=True)
    return result[["phrase", *scored.columns]]


def lexicon_values(words: Iterable[str]) -> pd.DataFrame:
    """VADER's lexicon valence of each word (NaN when VADER does not know it).

    Returns
    -------
    DataFrame
        One row per word, in the order given: ``word``, ``in_lexicon``,
        ``valence`` (-4 … +4, the mean of VADER's human ratings).
    """
    lexicon = _analyzer().lexicon
    rows = [(word, word.lower() in lexicon, lexicon.get(word.lower(), np.nan)) for word in words]
    return pd.DataFrame(rows, columns=["word", "in_lexicon", "valence"])


def format_estimate(row: pd.Series | dict, stat: str = "mean_compound") -> str:
    """One summary statistic with its interval and n, for prose: "-0.25 (95 % CI -0.39 to -0.11, n = 30)".

    Parameters
    ----------
    row
        A row of a :func:`summarize_tone` table.
    stat
        The statistic: ``mean_compound``, ``median_compound`` or a ``share_…`` column.
    """
    missing = [key for key in (stat, f"{stat}_ci_low", f"{stat}_ci_high", "n_sentences") if key not in row]
    if missing:
        raise ValueError(f"row is missing {missing}; pass a row of a summarize_tone table")
    return (f"{row[stat]:+.2f} ({CONFIDENCE:.0%} CI {row[f'{stat}_ci_low']:+.2f} to "
            f"{row[f'{stat}_ci_high']:+.2f}, n = {int(row['n_sentences'])})").replace("%", " %")


# --------------------------------------------------------------------------- figures
def distribution_table(scored: pd.DataFrame, summary: pd.DataFrame, *, seed: int = SEED) -> pd.DataFrame:
    """Sentence points with a seeded horizontal jitter, joined to their outlet's summary.

    Parameters
    ----------
    scored
        Scored sentences: ``outlet``, ``doc_id``, ``sentence``, ``compound``.
    summary
        :func:`outlet_tone` of the same sentences.

    Returns
    -------
    DataFrame
        One row per sentence, sorted by outlet (the summary's order), ``doc_id``,
        ``sentence``: ``outlet``, ``doc_id``, ``sentence``, ``compound``,
        ``x`` (outlet position plus jitter), ``mean_compound``,
        ``mean_compound_ci_low``, ``mean_compound_ci_high``, ``n_sentences``,
        ``n_articles``.
    """
    _require(scored, ["outlet", "doc_id", "sentence", "compound"], name="scored")
    _require(summary, ["outlet", "mean_compound", "mean_compound_ci_low", "mean_compound_ci_high"], name="summary")
    order = {str(name): i for i, name in enumerate(summary["outlet"])}
    points = scored.loc[:, ["outlet", "doc_id", "sentence", "compound"]].copy()
    points["outlet"] = points["outlet"].astype("str")
    points = points[points["outlet"].isin(order)]
    points = points.assign(_order=points["outlet"].map(order)).sort_values(["_order", "doc_id", "sentence"])
    jitter = np.random.default_rng(seed).uniform(-JITTER, JITTER, len(points))
    points["x"] = points["_order"].to_numpy() + jitter
    keep = ["mean_compound", "mean_compound_ci_low", "mean_compound_ci_high", "n_sentences", "n_articles"]
    stats = summary.assign(outlet=summary["outlet"].astype("str"))[["outlet", *keep]]
    return points.drop(columns="_order").merge(stats, on="outlet", how="left").reset_index(drop=True)


def _neutral_band(ax: plt.Axes, *, orientation: str = "horizontal") -> None:
    span = ax.axhspan if orientation == "horizontal" else ax.axvspan
    span(NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, color="0.9", zorder=0, lw=0)


def plot_distribution(points: pd.DataFrame, *, colors: dict[str, str], ax: plt.Axes | None = None) -> plt.Axes:
    """Jittered strip of sentence compounds per outlet, with the mean and its 95 % CI.

    ``points`` is :func:`distribution_table`. Returns the Axes.
    """
    ax = ax if ax is not None else plt.gca()
    _neutral_band(ax)
    labels = []
    for i, (outlet, group) in enumerate(points.groupby("outlet", sort=False)):
        ax.scatter(group["x"], group["compound"], s=7, alpha=0.55, color=colors.get(outlet, "0.4"), lw=0)
        first = group.iloc[0]
        mean, low, high = first["mean_compound"], first["mean_compound_ci_low"], first["mean_compound_ci_high"]
        ax.errorbar(i + JITTER + 0.12, mean, yerr=[[mean - low], [high - mean]], fmt="D", ms=3.5,
                    color="black", capsize=2, lw=1)
        labels.append(f"{outlet}\n{first['n_articles']} art. · {first['n_sentences']} sent.")
    ax.set_xticks(range(len(labels)), labels=labels)
    ax.plot([], [], "o", ms=3, color="0.5", label="one sentence")
    ax.plot([], [], "D", ms=3.5, color="black", label="outlet mean, 95 % CI")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), ncol=2, frameon=False)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("VADER compound per sentence (−1 … +1)")
    return ax


def plot_voice(table: pd.DataFrame, *, colors: dict[str, str], ax: plt.Axes | None = None) -> plt.Axes:
    """Mean compound (95 % CI) of narration and of quoted speech per outlet.

    ``table`` is :func:`voice_tone`. Narration is a filled circle, quotes an
    open square; each point is labelled with its n. Returns the Axes.
    """
    ax = ax if ax is not None else plt.gca()
    _neutral_band(ax, orientation="vertical")
    outlets = list(dict.fromkeys(table["outlet"].astype("str")))
    styles = {"narration": ("o", -0.15, True), "quote": ("s", 0.15, False)}
    for voice, (marker, offset, filled) in styles.items():
        rows = table[table["voice"] == voice]
        for row in rows.itertuples():
            y = outlets.index(str(row.outlet)) + offset
            color = colors.get(str(row.outlet), "0.4")
            ax.errorbar(row.mean_compound, y, xerr=[[row.mean_compound - row.mean_compound_ci_low],
                        [row.mean_compound_ci_high - row.mean_compound]], fmt=marker, ms=4, capsize=2,
                        color=color, mfc=color if filled else "white", lw=1)
            ax.annotate(f"n={row.n_sentences}", (row.mean_compound_ci_high, y), xytext=(3, 0),
                        textcoords="offset points", va="center", fontsize=6)
    ax.set_yticks(range(len(outlets)), labels=outlets)
    ax.invert_yaxis()
    ax.plot([], [], "o", color="0.3", label="narration")
    ax.plot([], [], "s", color="0.3", mfc="white", label="quoted speech")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncol=2, frameon=False)
    ax.set_xlabel("mean VADER compound (95 % CI)")
    return ax


def plot_headline_vs_body(table: pd.DataFrame, *, colors: dict[str, str], ax: plt.Axes | None = None) -> plt.Axes:
    """Per article: the body's mean compound (95 % CI) against the headline's and standfirst's.

    ``table`` is :func:`headline_vs_body`. Returns the Axes.
    """
    ax = ax if ax is not None else plt.gca()
    _neutral_band(ax, orientation="vertical")
    for y, row in enumerate(table.itertuples()):
        color = colors.get(str(row.outlet), "0.4")
        ax.errorbar(row.body_mean_compound, y, xerr=[[row.body_mean_compound - row.body_ci_low],
                    [row.body_ci_high - row.body_mean_compound]], fmt="o", ms=4, color=color, capsize=2, lw=1)
        ax.plot(row.title_compound, y, marker="*", ms=8, color=color, mec="black", mew=0.4, ls="none")
        if not np.isnan(row.standfirst_compound):
            ax.plot(row.standfirst_compound, y, marker="^", ms=5, color=color, mfc="white", ls="none")
    labels = [f"{row.outlet} · {str(row.doc_id)[:12]}" for row in table.itertuples()]
    ax.set_yticks(range(len(labels)), labels=labels)
    ax.invert_yaxis()
    ax.plot([], [], "o", color="0.3", label="body mean (95 % CI)")
    ax.plot([], [], "*", color="0.3", ms=8, label="headline")
    ax.plot([], [], "^", color="0.3", mfc="white", label="standfirst")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3, frameon=False)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("VADER compound")
    return ax


def plot_target_heatmap(table: pd.DataFrame, *, ax: plt.Axes | None = None) -> plt.Axes:
    """Outlet × target heat map of mean compound, each cell labelled with its n.

    ``table`` is :func:`target_tone`; cells with no sentence are grey, cells
    with fewer than :data:`MIN_SENTENCES_FOR_CI` sentences are drawn pale. The
    colour scale is symmetric around 0. Returns the Axes.
    """
    ax = ax if ax is not None else plt.gca()
    grid = table.assign(outlet=table["outlet"].astype("str")).pivot(index="outlet", columns="target",
                                                                    values="mean_compound")
    grid = grid.loc[list(dict.fromkeys(table["outlet"].astype("str")))]
    counts = table.assign(outlet=table["outlet"].astype("str")).pivot(index="outlet", columns="target",
                                                                      values="n_sentences").loc[grid.index]
    values = grid.to_numpy(dtype=float)
    limit = max(0.1, float(np.ceil(np.nanmax(np.abs(values), initial=0.1) * 10) / 10))
    cmap = plt.get_cmap("RdBu").with_extremes(bad="0.85")
    solid = counts.to_numpy() >= MIN_SENTENCES_FOR_CI
    image = ax.imshow(np.ma.masked_invalid(values), cmap=cmap, vmin=-limit, vmax=limit, aspect="auto",
                      alpha=np.where(solid, 1.0, _THIN_CELL_ALPHA))
    for (i, j), value in np.ndenumerate(values):
        n = int(counts.iat[i, j])
        text = "n=0" if n == 0 else f"{round(value, 2) + 0.0:+.2f}\nn={n}"
        dark = solid[i, j] and abs(value) > 0.6 * limit
        ax.text(j, i, text, ha="center", va="center", fontsize=6.5, color="white" if dark else "black")
    ax.set_xticks(range(grid.shape[1]), labels=list(grid.columns))
    ax.set_yticks(range(grid.shape[0]), labels=list(grid.index))
    ax.tick_params(length=0)
    ax.figure.colorbar(image, ax=ax, label="mean compound of sentences\nmentioning the target", shrink=0.9)
    return ax


def plot_arc(table: pd.DataFrame, *, colors: dict[str, str], ax: plt.Axes | None = None) -> plt.Axes:
    """Mean compound (95 % CI) per position bin along the article, one line per outlet.

    ``table`` is :func:`tone_arc`; lines are dodged slightly so intervals do
    not hide each other. Returns the Axes.
    """
    ax = ax if ax is not None else plt.gca()
    _neutral_band(ax)
    outlets = list(dict.fromkeys(table["outlet"].astype("str")))
    width = float((table["bin_end"] - table["bin_start"]).max()) if len(table) else 0.2
    for k, outlet in enumerate(outlets):
        rows = table[table["outlet"].astype("str") == outlet]
        dodge = (k - (len(outlets) - 1) / 2) * width * 0.12
        x = (rows["bin_start"] + rows["bin_end"]) / 2 + dodge
        ax.errorbar(x, rows["mean_compound"], yerr=[rows["mean_compound"] - rows["mean_compound_ci_low"],
                    rows["mean_compound_ci_high"] - rows["mean_compound"]], fmt="-o", ms=3, lw=1,
                    capsize=1.5, color=colors.get(outlet, "0.4"), label=outlet)
    ax.set_xlim(0, 1)
    ax.set_xlabel("relative position in the article (0 = first sentence, 1 = last)")
    ax.set_ylabel("mean VADER compound (95 % CI)")
    ax.legend(frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax
