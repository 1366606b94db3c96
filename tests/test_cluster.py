"""Tests for analysis.cluster: the Dask path gives the pandas tables, on a two-worker LocalCluster."""

import functools
import time

import dask
import pandas as pd
import pytest

import analysis
from analysis import cluster, tone, vocabulary
from analysis.parallel import order_like
from analysis.sourcing import cited_sources, quotes
from analysis.synthetic import synthetic_corpus

N_ARTICLES = 60
N_PARTITIONS = 4
SCORE = functools.partial(tone.score_sentences, n_jobs=1)
#: Bootstrap resamples in the tone comparison: the intervals must match, not be precise.
RESAMPLES = 200


@pytest.fixture(scope="module")
def dask_client():
    with cluster.client() as running:
        yield running


@pytest.fixture(scope="module")
def articles():
    corpus = synthetic_corpus(analysis.load_corpus(), n_articles=N_ARTICLES, seed=3)
    return corpus.sample(frac=1, random_state=2).reset_index(drop=True)


@pytest.fixture(scope="module")
def ddf(articles):
    return cluster.to_dask(articles, npartitions=N_PARTITIONS)


#: per-article function and the keys its pandas output is sorted by
PER_ARTICLE = {
    "sentences": (analysis.sentences, ["doc_id"]),
    "quotes": (quotes, ["doc_id"]),
    "cited_sources": (cited_sources, ["doc_id"]),
    "term_counts": (functools.partial(vocabulary.term_counts, by="article", progress=False), ["outlet", "doc_id"]),
}


def test_local_client_defaults_to_two_single_threaded_workers(dask_client):
    assert sorted(dask_client.nthreads().values()) == [1] * cluster.DEFAULT_WORKERS
    assert dask_client.cluster is not None  # a cluster of our own, not a remote scheduler


@pytest.mark.parametrize("name", list(PER_ARTICLE))
def test_map_partitions_gives_the_pandas_rows(dask_client, articles, ddf, name):
    func, keys = PER_ARTICLE[name]
    expected = func(articles).reset_index(drop=True)
    got = cluster.map_partitions(func, ddf).compute()
    assert len(expected) > 0
    pd.testing.assert_frame_equal(order_like(got, articles, sort_by=keys), expected)


def test_meta_from_a_sample_has_the_output_dtypes(ddf, articles):
    lazy = cluster.map_partitions(quotes, ddf)
    assert lazy._meta.dtypes.to_dict() == quotes(articles).dtypes.to_dict()


def test_outlet_term_counts_equal_pandas_exactly(dask_client, articles, ddf):
    expected = vocabulary.term_counts(articles, by="outlet")
    pd.testing.assert_frame_equal(cluster.outlet_term_counts(ddf), expected, check_exact=True)


def test_outlet_term_counts_with_options_equal_pandas(dask_client, articles, ddf):
    options = dict(fields=("title", "text"), include_bigrams=True)
    expected = vocabulary.term_counts(articles, by="outlet", min_count=3, **options)
    pd.testing.assert_frame_equal(cluster.outlet_term_counts(ddf, min_count=3, **options), expected)


def test_outlet_totals_count_an_all_stopword_article_in_another_partition():
    # A: "the war" (2 running words) and "and of the" (3, all stopwords) -> n_tokens 5, 2 articles
    hand = pd.DataFrame({"doc_id": ["d1", "d2"], "outlet": ["A", "A"], "text": ["the war", "and of the"]})
    with dask.config.set(scheduler="sync"):
        table = cluster.outlet_term_counts(cluster.to_dask(hand, npartitions=2))
    assert table[["term", "n", "n_tokens", "n_articles"]].values.tolist() == [["war", 1, 5, 2]]
    assert table["rate_per_10k"].iloc[0] == pytest.approx(1 / 5 * vocabulary.RATE_PER)


def test_outlet_tone_equals_pandas(dask_client, articles, ddf):
    scored = cluster.map_partitions(SCORE, cluster.map_partitions(analysis.sentences, ddf))
    expected = tone.outlet_tone(SCORE(analysis.sentences(articles)), n_resamples=RESAMPLES)
    pd.testing.assert_frame_equal(cluster.outlet_tone(scored, n_resamples=RESAMPLES), expected)
    reduced = cluster.outlet_tone(scored, intervals=False)
    columns = list(reduced.columns)
    assert columns == ["outlet", "n_sentences", "n_articles", "mean_compound",
                       "share_positive", "share_neutral", "share_negative"]
    pd.testing.assert_frame_equal(reduced, expected[columns], check_exact=False, rtol=1e-12, atol=0)


def test_reduced_tone_from_hand_scores():
    hand = pd.DataFrame({
        "doc_id": ["d1", "d1", "d2", "d3"],
        "outlet": ["A", "A", "A", "B"],
        "compound": [0.5, -0.5, 0.0, 0.05],
    })
    with dask.config.set(scheduler="sync"):
        table = cluster.outlet_tone(cluster.to_dask(hand, npartitions=3), intervals=False)
    a, b = table.to_dict("records")
    assert (a["n_sentences"], a["n_articles"], a["mean_compound"]) == (3, 2, 0.0)
    assert (a["share_positive"], a["share_neutral"], a["share_negative"]) == (1 / 3, 1 / 3, 1 / 3)
    assert (b["n_articles"], b["share_positive"]) == (1, 1.0)  # 0.05 is positive: the threshold is inclusive


def test_address_connects_to_a_running_scheduler(dask_client):
    address = dask_client.scheduler.address  # the local cluster's scheduler, on loopback
    with cluster.client(address, timeout=5) as remote:
        assert remote.scheduler.address == address
        assert len(remote.nthreads()) == cluster.DEFAULT_WORKERS
        assert remote.cluster is None  # connected to it, not a cluster of its own
    assert len(dask_client.nthreads()) == cluster.DEFAULT_WORKERS  # closing it left the cluster running


def test_unreachable_scheduler_gives_a_clear_error_quickly():
    address = "tcp://127.0.0.1:1"  # loopback, a port nothing listens on
    start = time.perf_counter()
    with pytest.raises(ConnectionError, match=r"no Dask scheduler answered at 'tcp://127.0.0.1:1' within 1 s"):
        cluster.client(address, timeout=1)
    assert time.perf_counter() - start < 30


def test_missing_columns_are_named():
    frame = cluster.to_dask(pd.DataFrame({"doc_id": ["a"], "outlet": ["A"]}), npartitions=1)
    with pytest.raises(ValueError, match=r"missing column\(s\) \['compound'\]"):
        cluster.outlet_tone(frame)
    with pytest.raises(ValueError, match=r"missing column\(s\) \['doc_id'\]"):
        cluster.to_dask(pd.DataFrame({"text": ["x"]}), npartitions=1)
