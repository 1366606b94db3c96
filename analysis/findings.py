"""Cross-outlet synthesis: each outlet's tone, vocabulary and sourcing side by side.

:func:`outlet_profile` runs the three analyses on a corpus and keeps one row
per outlet with the measures a reader compares first; :func:`profile_long`
turns it into the long table :func:`plot_profile` draws. Nothing here is a
new method: every number comes from :mod:`analysis.tone`,
:mod:`analysis.vocabulary` (with :mod:`analysis.keyness` and
:mod:`analysis.lexical`) and :mod:`analysis.sourcing`, so the synthesis
inherits their caveats, above all that with one or two articles an outlet's
profile is the profile of those articles, not of the outlet.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import corpus, keyness, lexical, sourcing, tone, vocabulary

__all__ = ["PROFILE_MEASURES", "TOP_TERMS", "outlet_profile", "profile_long", "plot_profile"]

#: Distinctive terms listed per outlet in the profile.
TOP_TERMS = 5
#: Image credits name photo agencies, not sources of information, so they are
#: left out of the count of cited sources.
_NOT_INFORMATION = ("image credit",)
#: The measures drawn, in panel order: column, panel title, interval columns or None.
PROFILE_MEASURES = (
    ("tone_mean", "Mean sentence tone\n(VADER compound, 95% CI)", ("tone_ci_low", "tone_ci_high")),
    ("tone_narration", "Tone of own narration", None),
    ("tone_quoted", "Tone of quoted speech", None),
    ("mtld", "Lexical diversity\n(MTLD)", None),
    ("flesch_reading_ease", "Readability\n(Flesch reading ease)", None),
    ("quotes_per_1000_words", "Direct quotes\nper 1,000 words", None),
    ("share_quoted_words", "Share of body words\ninside quotes", None),
    ("share_loaded_verbs", "Share of attributions with\na loaded verb (claimed, admitted…)", None),
    ("n_cited_sources", "Distinct sources cited\n(outlets, agencies, bodies…)", None),
)


def _tone_columns(articles: pd.DataFrame) -> pd.DataFrame:
    sentences = corpus.sentences(articles)
    overall = tone.outlet_tone(tone.score_sentences(sentences))
    voice = tone.voice_tone(tone.score_sentences(tone.split_voice(sentences, corpus.paragraphs(articles))))
    by_voice = voice.pivot_table(index="outlet", columns="voice", values="mean_compound", observed=False)
    table = overall.set_index("outlet")[["mean_compound", "mean_compound_ci_low", "mean_compound_ci_high"]]
    table.columns = ["tone_mean", "tone_ci_low", "tone_ci_high"]
    table["tone_narration"] = by_voice.get("narration")
    table["tone_quoted"] = by_voice.get("quote")
    return table


def _vocabulary_columns(articles: pd.DataFrame) -> pd.DataFrame:
    stats = lexical.outlet_text_stats(lexical.text_stats(articles)).set_index("outlet")
    table = stats[["mtld", "flesch_reading_ease"]].copy()
    scores = keyness.distinctive_terms(vocabulary.term_counts(articles, by="outlet"))
    top = keyness.top_terms(scores, n_terms=TOP_TERMS)
    table["distinctive_terms"] = top.groupby("outlet", observed=True)["term"].agg(", ".join)
    return table


def _sourcing_columns(articles: pd.DataFrame) -> pd.DataFrame:
    found = sourcing.quotes(articles)
    stats = sourcing.quote_stats(found, articles, by="outlet").set_index("outlet")
    table = pd.DataFrame(index=stats.index)
    table["quotes_per_1000_words"] = 1000 * stats["n_quotes"] / stats["n_body_words"].replace(0, np.nan)
    table["share_quoted_words"] = stats["share_quoted_words"]
    table["share_unattributed"] = stats["share_unattributed"]
    verbs = sourcing.verb_table(found)
    loaded = verbs[verbs["is_loaded"].astype(bool)].groupby("outlet", observed=True)["n_quotes"].sum()
    table["share_loaded_verbs"] = loaded.reindex(table.index, fill_value=0) / verbs.groupby(
        "outlet", observed=True
    )["n_quotes"].sum().reindex(table.index)
    cited = sourcing.cited_sources(articles)
    cited = cited[~cited["kind"].isin(_NOT_INFORMATION)]
    table["n_cited_sources"] = cited.groupby("outlet", observed=True)["source"].nunique().reindex(
        table.index, fill_value=0
    )
    table["most_cited"] = cited.groupby("outlet", observed=True)["source"].agg(
        lambda names: ", ".join(names.value_counts().sort_index().sort_values(ascending=False, kind="stable").index[:3])
    )
    return table


def outlet_profile(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet: its tone, vocabulary and sourcing side by side.

    Parameters
    ----------
    articles
        As :func:`analysis.load_corpus` returns.

    Returns
    -------
    DataFrame
        ``outlet``, ``n_articles``, ``n_words``; tone: ``tone_mean`` with
        ``tone_ci_low``/``tone_ci_high`` (bootstrap over sentences),
        ``tone_narration``, ``tone_quoted``; vocabulary: ``mtld``,
        ``flesch_reading_ease``, ``distinctive_terms`` (top
        :data:`TOP_TERMS` by log-odds z); sourcing: ``quotes_per_1000_words``,
        ``share_quoted_words``, ``share_unattributed``,
        ``share_loaded_verbs``, ``n_cited_sources``, ``most_cited``; and
        ``note`` saying when an outlet rests on one or two articles. Outlets
        in the corpus's category order.
    """
    missing = [col for col in ("doc_id", "outlet", "text", "n_words") if col not in articles.columns]
    if missing:
        raise ValueError(f"articles is missing column(s) {missing}; it has {list(articles.columns)}")
    size = articles.groupby("outlet", observed=True).agg(n_articles=("doc_id", "size"), n_words=("n_words", "sum"))
    profile = size.join([_tone_columns(articles), _vocabulary_columns(articles), _sourcing_columns(articles)])
    profile["note"] = np.where(
        profile["n_articles"] <= 2, "rests on " + profile["n_articles"].astype(str) + " article(s)", ""
    )
    return profile.reset_index()


def profile_long(profile: pd.DataFrame) -> pd.DataFrame:
    """The drawn measures of :func:`outlet_profile` as a long table.

    Returns
    -------
    DataFrame
        ``measure``, ``outlet``, ``value``, ``ci_low``, ``ci_high`` (NaN where
        the measure has no interval), ``n_articles``, in panel order.
    """
    rows = []
    for column, _, interval in PROFILE_MEASURES:
        for record in profile.itertuples(index=False):
            low, high = (getattr(record, interval[0]), getattr(record, interval[1])) if interval else (np.nan, np.nan)
            rows.append((column, record.outlet, getattr(record, column), low, high, record.n_articles))
    return pd.DataFrame(rows, columns=["measure", "outlet", "value", "ci_low", "ci_high", "n_articles"])


def plot_profile(long: pd.DataFrame, *, colors: dict[str, str], ncols: int = 3) -> plt.Figure:
    """Small multiples, one dot plot per measure, outlets on the y axis.

    Parameters
    ----------
    long
        :func:`profile_long` output.
    colors
        Outlet to colour, from :func:`analysis.figures.outlet_colors`.
    ncols
        Panels per row.
    """
    from .figures import new_figure

    measures = [m for m in PROFILE_MEASURES if m[0] in set(long["measure"])]
    nrows = -(-len(measures) // ncols)
    fig, axes = new_figure(width="double", height=1.55 * nrows + 0.3, nrows=nrows, ncols=ncols, sharey=True)
    outlets = list(dict.fromkeys(long["outlet"].astype(str)))
    for ax, (column, title, _) in zip(np.ravel(axes), measures):
        part = long[long["measure"] == column]
        part = part.set_index(part["outlet"].astype(str)).reindex(outlets)
        y = np.arange(len(outlets))
        if column.startswith("tone_"):
            ax.axvline(0, color="0.8", linewidth=0.8, zorder=0)
        ax.hlines(y, part["ci_low"], part["ci_high"], color="0.3", linewidth=1)
        ax.scatter(part["value"], y, c=[colors[o] for o in outlets], s=28, zorder=3, edgecolor="black", linewidth=0.4)
        ax.set_title(title, fontsize=7.5)
        ax.set_yticks(y, [f"{o} ({int(n)})" for o, n in zip(outlets, part["n_articles"])])
        ax.margins(x=0.15)
    np.ravel(axes)[0].invert_yaxis()  # first outlet on top; the y axis is shared
    for ax in np.ravel(axes)[len(measures):]:
        ax.set_visible(False)
    return fig
