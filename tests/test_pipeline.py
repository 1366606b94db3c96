"""Tests for analysis.pipeline: every table in one cached, parallel call equals the separate calls."""

import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import parallel, pipeline, tone, vocabulary
from analysis.sourcing import cited_sources, quotes
from analysis.synthetic import synthetic_corpus

#: Few resamples: the bootstrap is tone's business; here only equality matters.
N_RESAMPLES = 50
#: Segments a cold run writes per batch: one per per-article table, and one per outlet table (cached whole).
SEGMENTS_PER_RUN = len(pipeline.ARTICLE_TABLES) + len(pipeline.OUTLET_TABLES)
OUTLETS = pd.CategoricalDtype(["Alpha", "Beta", "Gamma"], ordered=True)


def _hand_corpus() -> pd.DataFrame:
    """Four short articles of two outlets (Gamma has none), one whose every word is a stopword."""
    rows = [
        ("a1", "Alpha", "Tanks rolled. Tanks fired.\n\n\"We will win,\" the general said."),
        ("a2", "Alpha", "It is what it is."),
        ("b1", "Beta", "A terrible loss at the bridge, according to Reuters.\n\nThe town was calm."),
        ("b2", "Beta", "Officials said the bridge was destroyed. \"It is gone,\" said Ivan Petrov."),
    ]
    frame = pd.DataFrame(rows, columns=["doc_id", "outlet", "text"]).astype({"doc_id": "str", "text": "str"})
    frame["outlet"] = frame["outlet"].astype(OUTLETS)
    frame["standfirst"] = pd.Series([pd.NA] * len(frame), dtype="str")
    return frame


def _direct(articles: pd.DataFrame, *, keep_text: bool = False) -> dict[str, pd.DataFrame]:
    """Every table by the separate calls the pipeline stands for."""
    kept = [*pipeline.SENTENCE_KEYS, *(["text"] if keep_text else []), *tone.SCORE_COLUMNS]
    scored = tone.score_sentences(analysis.sentences(articles), n_jobs=1)[kept].reset_index(drop=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # outlets without articles: checked in their own test
        return {
            "sentence_tone": scored,
            "article_terms": vocabulary.term_counts(articles, by="article"),
            "quotes": quotes(articles).reset_index(drop=True),
            "cited_sources": cited_sources(articles).reset_index(drop=True),
            "outlet_tone": tone.outlet_tone(scored, n_resamples=N_RESAMPLES),
            "outlet_terms": vocabulary.term_counts(articles, by="outlet"),
        }


def _run(articles, cache_dir, **options) -> tuple[dict[str, pd.DataFrame], dict]:
    stats: dict = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        tables = pipeline.run_all(articles, cache_dir=cache_dir, n_resamples=N_RESAMPLES, progress=False,
                                  stats=stats, **options)
    return tables, stats


def _computed(stats: dict) -> dict[str, int]:
    return {name: table["n_computed"] for name, table in stats.items()}


def _segments(cache_dir: Path) -> set[Path]:
    return set(Path(cache_dir).rglob("*.parquet"))


def _assert_tables_equal(got: dict, expected: dict) -> None:
    assert set(got) == set(pipeline.ARTICLE_TABLES) | set(pipeline.OUTLET_TABLES)
    for name, table in expected.items():
        pd.testing.assert_frame_equal(got[name], table, obj=name)


@pytest.fixture(scope="module")
def bundled():
    return analysis.load_corpus()


@pytest.fixture(scope="module")
def synthetic(bundled):
    """Enough articles for the worker pool, in doc_id order."""
    return synthetic_corpus(bundled, n_articles=parallel.PARALLEL_MIN_ARTICLES + 20, seed=3)


# --------------------------------------------------------------------------- contracts


def test_hand_corpus_tables_equal_the_separate_calls(tmp_path):
    articles = _hand_corpus()
    expected = _direct(articles)
    assert len(expected["quotes"]) >= 2 and len(expected["article_terms"]) > 0
    cold, _ = _run(articles, tmp_path, n_jobs=1)
    warm, stats = _run(articles, tmp_path, n_jobs=1)
    _assert_tables_equal(cold, expected)
    _assert_tables_equal(warm, expected)
    assert _computed(stats) == {name: 0 for name in [*pipeline.ARTICLE_TABLES, *pipeline.OUTLET_TABLES]}


def test_bundled_corpus_tables_equal_the_separate_calls(bundled, tmp_path):
    expected = _direct(bundled)
    tables, stats = _run(bundled, tmp_path, n_jobs=2)
    _assert_tables_equal(tables, expected)
    assert _computed(stats) == {**{name: len(bundled) for name in pipeline.ARTICLE_TABLES}, "outlet_tone": 1, "outlet_terms": 1}


def test_sentence_scores_are_compact_unless_text_is_asked_for(bundled, tmp_path):
    compact, _ = _run(bundled, tmp_path / "compact")
    assert list(compact["sentence_tone"].columns) == ["doc_id", "outlet", "paragraph", "sentence",
                                                      "neg", "neu", "pos", "compound"]
    with_text, _ = _run(bundled, tmp_path / "text", keep_text=True)
    sentences = analysis.sentences(bundled).reset_index(drop=True)
    pd.testing.assert_series_equal(with_text["sentence_tone"]["text"], sentences["text"])


# --------------------------------------------------------------------------- outlet terms by hand


def test_outlet_terms_by_hand():
    articles = _hand_corpus()
    with pytest.warns(UserWarning, match=r"\['Gamma'\] have no articles"):
        table = pipeline.outlet_terms(vocabulary.term_counts(articles, by="article"), articles)
    alpha = table[table["outlet"] == "Alpha"].set_index("term")
    # a1: tanks rolled tanks fired we will win the general said (10 words); a2: it is what it is (5)
    assert alpha["n_tokens"].unique().tolist() == [15]
    assert alpha["n_articles"].unique().tolist() == [2]
    assert alpha.loc["tanks", "n"] == 2 and alpha.loc["rolled", "n"] == 1
    assert "it" not in alpha.index  # a stopword: counted as running word only
    assert alpha.loc["tanks", "rate_per_10k"] == pytest.approx(2 / 15 * 10_000)
    assert table["outlet"].dtype == OUTLETS and "Gamma" not in set(table["outlet"].astype(str))


def test_outlet_terms_min_count_applies_to_the_outlet_sum():
    articles = _hand_corpus()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = pipeline.outlet_terms(vocabulary.term_counts(articles, by="article"), articles, min_count=2)
    # "bridge" is once in b1 and once in b2: kept on the outlet's sum; "said" is twice in b2
    expected = [["Alpha", "tanks", 2], ["Beta", "bridge", 2], ["Beta", "said", 2]]
    assert table[["outlet", "term", "n"]].astype({"outlet": str}).values.tolist() == expected


@pytest.mark.parametrize("rows", [1, 2, 3, 7])
def test_outlet_terms_summed_in_slices_equals_one_pass(rows, monkeypatch):
    articles = _hand_corpus()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the hand corpus's outlet "Gamma" has no articles, on purpose
        article_terms = vocabulary.term_counts(articles, by="article")
        whole = pipeline.outlet_terms(article_terms, articles)
        monkeypatch.setattr(pipeline, "SUM_SLICE_ROWS", rows)  # articles straddle slices: running words once each
        sliced = pipeline.outlet_terms(article_terms, articles)
    assert len(article_terms) > 2 * rows or rows == 7
    pd.testing.assert_frame_equal(sliced, whole)
    assert sliced.loc[sliced["outlet"] == "Alpha", "n_tokens"].unique().tolist() == [15]  # counted by hand above


# --------------------------------------------------------------------------- cache behaviour


def test_warm_rerun_computes_nothing_and_writes_no_segment(synthetic, tmp_path):
    _run(synthetic, tmp_path, n_jobs=2, chunk_size=30)
    before = _segments(tmp_path)
    assert len(before) == SEGMENTS_PER_RUN  # one batch
    _, stats = _run(synthetic, tmp_path, n_jobs=2, chunk_size=30)
    assert _computed(stats) == {name: 0 for name in [*pipeline.ARTICLE_TABLES, *pipeline.OUTLET_TABLES]}
    assert stats["quotes"]["n_cached"] == len(synthetic) and stats["outlet_tone"]["n_cached"] == 1
    assert _segments(tmp_path) == before


def test_adding_two_articles_processes_only_those_two(synthetic, tmp_path):
    first = synthetic.iloc[:-2]
    _run(first, tmp_path, n_jobs=1)
    before = _segments(tmp_path)
    tables, stats = _run(synthetic, tmp_path, n_jobs=1)
    assert _computed(stats) == {**{name: 2 for name in pipeline.ARTICLE_TABLES}, "outlet_tone": 1, "outlet_terms": 1}
    assert len(_segments(tmp_path) - before) == SEGMENTS_PER_RUN
    _assert_tables_equal(tables, _direct(synthetic))


def test_outlet_tables_follow_their_parameters_and_the_outlets(synthetic, tmp_path):
    """An outlet table is read back only for the same articles, outlets and parameters."""
    _run(synthetic, tmp_path, n_jobs=1)
    stats: dict = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        resampled = pipeline.run_all(synthetic, cache_dir=tmp_path, n_resamples=N_RESAMPLES + 1, progress=False,
                                     stats=stats, n_jobs=1)
    assert stats["outlet_tone"]["n_computed"] == 1 and stats["outlet_terms"]["n_cached"] == 1
    pd.testing.assert_frame_equal(resampled["outlet_tone"],
                                  tone.outlet_tone(resampled["sentence_tone"], n_resamples=N_RESAMPLES + 1))
    renamed = synthetic.assign(outlet=synthetic["outlet"].cat.rename_categories(lambda name: f"{name} (renamed)"))
    tables, stats = _run(renamed, tmp_path, n_jobs=1)
    assert stats["outlet_terms"]["n_computed"] == 1 and stats["outlet_tone"]["n_computed"] == 1
    assert set(tables["outlet_terms"]["outlet"].astype(str)) <= set(renamed["outlet"].astype(str))


def test_batches_give_the_same_tables_one_segment_each(bundled, tmp_path):
    whole, _ = _run(bundled, tmp_path / "whole")
    batched, _ = _run(bundled, tmp_path / "batched", batch_size=2)
    _assert_tables_equal(batched, whole)
    n_batches = -(-len(bundled) // 2)
    assert len(_segments(tmp_path / "batched")) == n_batches * len(pipeline.ARTICLE_TABLES) + len(pipeline.OUTLET_TABLES)


def test_one_and_two_processes_give_identical_tables(synthetic, tmp_path):
    one, _ = _run(synthetic, tmp_path, n_jobs=1, cache=False)
    two, _ = _run(synthetic, tmp_path, n_jobs=2, chunk_size=25, cache=False)
    _assert_tables_equal(two, one)
    assert not _segments(tmp_path)  # cache=False writes nothing


def test_empty_corpus_gives_empty_tables_with_every_column(tmp_path):
    empty = _hand_corpus().iloc[:0]
    tables, _ = _run(empty, tmp_path)
    expected = _direct(empty)
    for name, table in expected.items():
        assert len(tables[name]) == 0 and list(tables[name].columns) == list(table.columns), name


# --------------------------------------------------------------------------- errors


def test_errors_name_the_problem(tmp_path):
    articles = _hand_corpus()
    with pytest.raises(ValueError, match="text"):
        pipeline.run_all(articles.drop(columns="text"), cache_dir=tmp_path)
    with pytest.raises(ValueError, match="batch_size"):
        pipeline.run_all(articles, cache_dir=tmp_path, batch_size=0)
    with pytest.warns(UserWarning, match="Gamma"):
        terms = vocabulary.term_counts(articles, by="article")
    with pytest.raises(ValueError, match="not among the articles"):
        pipeline.outlet_terms(terms, articles[articles["doc_id"] != "a1"])
