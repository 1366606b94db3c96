"""Tests for analysis.parallel: per-article analyses over chunks in worker processes."""

import functools
import os

import pandas as pd
import pytest

import analysis
from analysis import parallel, tone, vocabulary
from analysis.parallel import ChunkError, Pipeline, map_articles
from analysis.sourcing import cited_sources, quotes
from analysis.synthetic import synthetic_corpus

#: Enough articles for the worker pool (above PARALLEL_MIN_ARTICLES), few enough to stay quick.
N_SYNTHETIC = parallel.PARALLEL_MIN_ARTICLES + 20
#: Small chunks, so the pool runs several chunks per worker.
CHUNK = 16


@pytest.fixture(scope="module")
def shuffled():
    """Synthetic articles in an order that is neither doc_id nor outlet order."""
    articles = synthetic_corpus(analysis.load_corpus(), n_articles=N_SYNTHETIC, seed=11)
    return articles.sample(frac=1, random_state=5).reset_index(drop=True)


def _text_length(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per article, in the order given."""
    return pd.DataFrame({"doc_id": articles["doc_id"], "n_chars": articles["text"].str.len()})


def _process_id(articles: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": articles["doc_id"], "pid": os.getpid()})


def _fail_on_marked(articles: pd.DataFrame) -> pd.DataFrame:
    if articles["text"].str.contains("BROKEN ARTICLE").any():
        raise KeyError("marker found")
    return _text_length(articles)


#: (function, sort_by that reproduces the function's own ordering of articles)
CASES = {
    "sentences": (analysis.sentences, ["doc_id"]),
    "quotes": (quotes, ["doc_id"]),
    "cited_sources": (cited_sources, ["doc_id"]),
    "tone": (Pipeline(analysis.sentences, functools.partial(tone.score_sentences, n_jobs=1)), ["doc_id"]),
    "term_counts": (functools.partial(vocabulary.term_counts, by="article", progress=False), ["outlet", "doc_id"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_equals_the_plain_pandas_call(shuffled, name):
    func, sort_by = CASES[name]
    expected = func(shuffled).reset_index(drop=True)
    got = map_articles(func, shuffled, n_jobs=2, chunk_size=CHUNK, sort_by=sort_by, progress=False)
    assert len(expected) > 0
    pd.testing.assert_frame_equal(got, expected)


def test_rows_follow_the_input_order_of_articles(shuffled):
    got = map_articles(_text_length, shuffled, n_jobs=2, chunk_size=CHUNK, progress=False)
    assert got["doc_id"].tolist() == shuffled["doc_id"].tolist()
    assert got["n_chars"].tolist() == [len(text) for text in shuffled["text"]]


def test_result_does_not_depend_on_chunking(shuffled):
    coarse = map_articles(quotes, shuffled, n_jobs=2, chunk_size=70, progress=False)
    fine = map_articles(quotes, shuffled, n_jobs=2, chunk_size=7, progress=False)
    single = map_articles(quotes, shuffled, n_jobs=1)
    pd.testing.assert_frame_equal(coarse, fine)
    pd.testing.assert_frame_equal(coarse, single)
    # input order, not quotes' own doc_id order: the first article's quotes come first
    first_with_quotes = next(doc for doc in shuffled["doc_id"] if doc in set(single["doc_id"]))
    assert single["doc_id"].iloc[0] == first_with_quotes


def test_worker_error_names_the_chunks_doc_ids(shuffled):
    broken = shuffled.copy()
    broken.loc[40, "text"] = "BROKEN ARTICLE"
    chunk_ids = broken["doc_id"].iloc[32:48].tolist()  # chunk 3 of 16 articles holds row 40
    with pytest.raises(ChunkError, match="KeyError") as info:
        map_articles(_fail_on_marked, broken, n_jobs=2, chunk_size=CHUNK, progress=False)
    message = str(info.value)
    assert all(doc_id in message for doc_id in chunk_ids[:10])
    assert "marker found" in message
    assert broken["doc_id"].iloc[0] not in message


def test_small_input_runs_in_this_process(shuffled):
    few = shuffled.head(parallel.PARALLEL_MIN_ARTICLES - 1)
    got = map_articles(_process_id, few, n_jobs=2, progress=False)
    assert set(got["pid"]) == {os.getpid()}
    # a lambda cannot be pickled, so this only works because no worker is used
    lengths = map_articles(lambda a: _text_length(a), few, n_jobs=2)
    assert lengths["doc_id"].tolist() == few["doc_id"].tolist()


def test_large_input_uses_worker_processes(shuffled):
    got = map_articles(_process_id, shuffled, n_jobs=2, chunk_size=CHUNK, progress=False)
    assert os.getpid() not in set(got["pid"])


def test_one_job_runs_in_this_process_whatever_the_size(shuffled):
    got = map_articles(_process_id, shuffled, n_jobs=1)
    assert set(got["pid"]) == {os.getpid()}


def test_repeated_doc_id_is_refused():
    articles = pd.DataFrame({"doc_id": ["a", "b", "a"], "text": ["x", "y", "z"]})
    with pytest.raises(ValueError, match=r"unique; repeated: \[a\]"):
        map_articles(_text_length, articles, n_jobs=1)


def test_missing_doc_id_column_is_named():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['doc_id'\]; present: \['text'\]"):
        map_articles(_text_length, pd.DataFrame({"text": ["x"]}), n_jobs=1)


def test_result_without_doc_id_is_refused():
    articles = pd.DataFrame({"doc_id": ["a"], "text": ["x"]})
    with pytest.raises(ChunkError, match="doc_id column"):
        map_articles(lambda a: a[["text"]], articles, n_jobs=1)


def test_pipeline_applies_steps_in_order():
    articles = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Good news.", "Bad news. Worse news."]})
    piped = Pipeline(analysis.sentences, functools.partial(tone.score_sentences, n_jobs=1))(articles.assign(outlet="X"))
    assert piped["text"].tolist() == ["Good news.", "Bad news.", "Worse news."]
    assert "compound" in piped.columns


def _chunk_length(articles: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": articles["doc_id"], "n_in_call": len(articles)})


def test_in_process_work_runs_chunk_by_chunk_when_a_chunk_size_is_given(shuffled):
    got = map_articles(_chunk_length, shuffled, n_jobs=1, chunk_size=50)
    # 120 articles in chunks of 50: two calls of 50 articles, then one call of the last 20
    rest = len(shuffled) - 100
    assert got["n_in_call"].tolist() == [50] * 100 + [rest] * rest
    assert got["doc_id"].tolist() == shuffled["doc_id"].tolist()
    whole = map_articles(_chunk_length, shuffled, n_jobs=1)
    assert set(whole["n_in_call"]) == {len(shuffled)}


def test_chunked_scores_keep_only_the_chosen_columns(shuffled):
    score = functools.partial(tone.score_sentences, n_jobs=1)
    keep = parallel.Columns("doc_id", "outlet", "compound")
    got = map_articles(Pipeline(analysis.sentences, score, keep), shuffled, n_jobs=1, chunk_size=30, sort_by=["doc_id"])
    expected = score(analysis.sentences(shuffled))[["doc_id", "outlet", "compound"]]
    pd.testing.assert_frame_equal(got, expected.reset_index(drop=True))
    with pytest.raises(ValueError, match=r"missing column\(s\) \['compound'\]"):
        keep(shuffled)


def _warn_twice(articles: pd.DataFrame) -> pd.DataFrame:
    import warnings

    warnings.warn("outlet(s) ['X'] have no articles in this selection", UserWarning)
    warnings.warn("something else", UserWarning)
    return _text_length(articles)


def test_silenced_ignores_only_the_matching_warning_and_pickles(shuffled):
    import pickle

    step = pickle.loads(pickle.dumps(parallel.Silenced(_warn_twice, message=r"outlet\(s\) .* have no articles")))
    with pytest.warns(UserWarning) as caught:
        result = step(shuffled.head(3))
    assert [str(w.message) for w in caught] == ["something else"]
    assert result["doc_id"].tolist() == shuffled["doc_id"].head(3).tolist()


def test_progress_label_can_be_named(shuffled, capsys):
    map_articles(_text_length, shuffled, n_jobs=1, chunk_size=CHUNK, desc="lengths of texts")
    assert "lengths of texts" in capsys.readouterr().err


def test_no_articles_gives_the_functions_empty_table(shuffled):
    got = map_articles(_text_length, shuffled.iloc[:0], n_jobs=2, chunk_size=CHUNK, progress=False)
    assert len(got) == 0 and list(got.columns) == ["doc_id", "n_chars"]
