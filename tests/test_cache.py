"""Tests for analysis.cache: the incremental per-article cache.

Articles are small frames written here; the function under cache counts the
articles it is given, so "only the new ones were processed" is checked by
counting, not by timing.
"""

from __future__ import annotations

import functools
import json
import warnings

import pandas as pd
import pyarrow.parquet as pq
import pytest

import analysis
from analysis import cache
from analysis.cache import CacheWarning, cached_per_article

OUTLETS = ["Daily Bugle", "Planet"]


def _articles(n: int, *, start: int = 0) -> pd.DataFrame:
    """``n`` articles a00…: two paragraphs each, outlets alternating."""
    ids = [f"a{i:02d}" for i in range(start, start + n)]
    return pd.DataFrame({
        "doc_id": pd.Series(ids, dtype="str"),
        "outlet": pd.Categorical([OUTLETS[i % 2] for i in range(start, start + n)], categories=OUTLETS,
                                 ordered=True),
        "text": pd.Series([f"Story {i} begins. It goes on.\n\nA second part for {i}." for i in range(start, start + n)],
                          dtype="str"),
        "sha256": pd.Series([f"{i:064x}" for i in range(start, start + n)], dtype="str"),
    })


class Counting:
    """Wrap a per-article function and count the articles it is given."""

    def __init__(self, func=analysis.sentences):
        self.func = func
        self.seen: list[str] = []

    def __call__(self, articles: pd.DataFrame) -> pd.DataFrame:
        self.seen += list(articles["doc_id"])
        return self.func(articles)


@pytest.fixture
def cache_dir(tmp_path):
    return tmp_path / "cache"


def _run(articles, func, cache_dir, **options):
    stats: dict = {}
    result = cached_per_article("sentences", articles, func, cache_dir=cache_dir, stats=stats, **options)
    return result, stats


# --------------------------------------------------------------------------- same result as a direct call

def test_cold_and_warm_equal_direct_call(cache_dir):
    articles = _articles(4)
    direct = analysis.sentences(articles)
    # 4 articles x (2 sentences + 1 sentence), read off _articles
    assert len(direct) == 12
    cold, cold_stats = _run(articles, analysis.sentences, cache_dir)
    warm, warm_stats = _run(articles, analysis.sentences, cache_dir)
    pd.testing.assert_frame_equal(cold, direct, check_exact=True)
    pd.testing.assert_frame_equal(warm, direct, check_exact=True)
    assert (cold_stats["n_computed"], cold_stats["n_cached"]) == (4, 0)
    assert (warm_stats["n_computed"], warm_stats["n_cached"]) == (0, 4)


def test_outlet_categories_follow_the_current_corpus(cache_dir):
    _run(_articles(2), analysis.sentences, cache_dir)
    articles = _articles(2)
    articles["outlet"] = articles["outlet"].cat.add_categories(["Zeta Times"])
    warm, stats = _run(articles, analysis.sentences, cache_dir)
    assert stats["n_cached"] == 2
    assert list(warm["outlet"].cat.categories) == [*OUTLETS, "Zeta Times"]
    pd.testing.assert_frame_equal(warm, analysis.sentences(articles), check_exact=True)


def test_tone_scores_equal_direct_call(cache_dir):
    from analysis import tone

    def scored(articles):
        return tone.score_sentences(analysis.sentences(articles))

    articles = _articles(3)
    direct = scored(articles)
    for _ in range(2):
        result = cached_per_article("tone", articles, scored, cache_dir=cache_dir)
        pd.testing.assert_frame_equal(result, direct, check_exact=True)


def test_article_without_rows_is_cached_too(cache_dir):
    articles = _articles(2)
    articles.loc[1, "text"] = ""
    counting = Counting()
    first, _ = _run(articles, counting, cache_dir)
    second, stats = _run(articles, counting, cache_dir)
    assert first["doc_id"].tolist() == ["a00", "a00", "a00"]
    assert stats["n_cached"] == 2 and counting.seen == ["a00", "a01"]
    pd.testing.assert_frame_equal(second, analysis.sentences(articles), check_exact=True)


# --------------------------------------------------------------------------- incremental

def test_adding_articles_processes_only_the_new_ones(cache_dir):
    counting = Counting()
    _run(_articles(20), counting, cache_dir)
    assert len(counting.seen) == 20
    counting.seen.clear()
    more = pd.concat([_articles(20), _articles(10, start=20)], ignore_index=True)
    result, stats = _run(more, counting, cache_dir)
    assert counting.seen == [f"a{i:02d}" for i in range(20, 30)]
    assert (stats["n_cached"], stats["n_computed"]) == (20, 10)
    pd.testing.assert_frame_equal(result, analysis.sentences(more), check_exact=True)


def test_changed_text_is_recomputed(cache_dir):
    counting = Counting()
    _run(_articles(3), counting, cache_dir)
    counting.seen.clear()
    edited = _articles(3)
    edited.loc[1, "text"] = "A rewritten story. With new words."
    result, _ = _run(edited, counting, cache_dir)
    assert counting.seen == ["a01"]
    assert result.loc[result["doc_id"] == "a01", "text"].tolist() == ["A rewritten story.", "With new words."]


def test_key_columns_limit_what_invalidates(cache_dir):
    counting = Counting()
    _run(_articles(2), counting, cache_dir, key_columns=["text"])
    counting.seen.clear()
    other_hash = _articles(2).assign(sha256="f" * 64)
    _run(other_hash, counting, cache_dir, key_columns=["text"])
    assert counting.seen == []


def test_order_follows_the_articles(cache_dir):
    articles = _articles(3)
    _run(articles.iloc[[1]], analysis.sentences, cache_dir)  # a01 cached, the others not
    reverse = articles.iloc[::-1].reset_index(drop=True)
    result, _ = _run(reverse, analysis.sentences, cache_dir)
    assert result["doc_id"].drop_duplicates().tolist() == ["a02", "a01", "a00"]
    assert result["sentence"].tolist() == [1, 2, 3] * 3


def test_article_keys_tell_values_apart():
    frame = pd.DataFrame({"doc_id": ["a", "b", "c", "d", "e"],
                          "value": pd.Series([None, "", "1", 1, float("nan")], dtype=object)})
    keys = cache.article_keys(frame)
    assert keys.str.len().eq(64).all()
    # None and NaN are both "missing"; "" , "1" and 1 differ from them and from each other
    same_doc = cache.article_keys(frame.assign(doc_id="x"))
    assert same_doc[0] == same_doc[4] and len(set(same_doc[:4])) == 4
    assert cache.article_keys(frame, columns=[]).tolist() == cache.article_keys(frame[["doc_id"]]).tolist()


# --------------------------------------------------------------------------- versions

def test_params_and_version_change_invalidate(cache_dir):
    counting = Counting()
    _run(_articles(2), counting, cache_dir, params={"n": 1})
    _run(_articles(2), counting, cache_dir, params={"n": 2})
    assert counting.seen == ["a00", "a01"] * 2


def _kept_columns(articles: pd.DataFrame, *, columns: tuple[str, ...] = ("doc_id", "text")) -> pd.DataFrame:
    return articles[list(columns)].copy()


def test_a_partials_function_and_arguments_are_part_of_the_version():
    from analysis import parallel, vocabulary

    by_article = functools.partial(vocabulary.term_counts, by="article")
    by_outlet = functools.partial(vocabulary.term_counts, by="outlet")
    versions = {cache._version_for("t", func, (), (), None) for func in (by_article, by_outlet)}
    assert len(versions) == 2
    # a Pipeline's steps and a Columns step's columns count too
    steps = [parallel.Pipeline(analysis.sentences, parallel.Columns(*kept))
             for kept in (("doc_id",), ("doc_id", "text"))]
    assert len({cache._version_for("t", step, (), (), None) for step in steps}) == 2
    # the module of the wrapped function is hashed: editing vocabulary changes the version
    modules: set = set()
    cache._describe(by_article, modules)
    assert vocabulary in modules


def test_partial_version_is_the_same_in_every_process_and_ignores_object_state(cache_dir):
    stop = functools.partial(_kept_columns, columns=("text", "doc_id"))
    first = cache._version_for("t", stop, (), (), None)
    assert cache._version_for("t", functools.partial(_kept_columns, columns=("text", "doc_id")), (), (), None) == first
    counting = Counting()
    before = cache._version_for("t", counting, (), (), None)
    counting(_articles(1))  # its call log changes; what it computes does not
    assert cache._version_for("t", counting, (), (), None) == before


def test_version_func_keeps_the_runner_out_of_the_version(cache_dir):
    counting = Counting()
    for n in (1, 2):  # as partial(map_articles, step, n_jobs=n): only the step is versioned
        runner = functools.partial(_call_with, counting, n=n)
        _run(_articles(2), runner, cache_dir, version_func=analysis.sentences)
    assert counting.seen == ["a00", "a01"]


def _call_with(func, articles, *, n):
    return func(articles)


def test_object_column_of_strings_is_read_back_as_object(cache_dir):
    def tagged(articles):
        return pd.DataFrame({"doc_id": articles["doc_id"], "kind": pd.Series(["x"] * len(articles), dtype=object)})

    articles = _articles(2)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)  # a dtype mismatch would delete the segment with a warning
        cold, _ = _run(articles, tagged, cache_dir)
        warm, stats = _run(articles, tagged, cache_dir)
    assert stats["n_cached"] == 2 and warm["kind"].dtype == object
    pd.testing.assert_frame_equal(warm, tagged(articles), check_exact=True)


# --------------------------------------------------------------------------- whole-frame results


def _outlet_lengths(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.groupby("outlet", observed=True)["n_chars"].sum().reset_index()


def test_cached_frame_reads_back_and_recomputes_on_a_changed_value(cache_dir):
    articles = _articles(4)
    frame = pd.DataFrame({"outlet": articles["outlet"], "n_chars": articles["text"].str.len()})
    calls = []

    def summary(values):
        calls.append(len(values))
        return _outlet_lengths(values)

    # by hand: a00 and a02 are Daily Bugle, a01 and a03 Planet
    expected = [frame["n_chars"].iloc[[0, 2]].sum(), frame["n_chars"].iloc[[1, 3]].sum()]
    stats: dict = {}
    for _ in range(2):
        got = cache.cached_frame("lengths", frame, summary, cache_dir=cache_dir, stats=stats)
        assert got["n_chars"].tolist() == expected and got["outlet"].dtype == frame["outlet"].dtype
    assert calls == [4] and stats["n_cached"] == 1
    changed = frame.assign(n_chars=frame["n_chars"] + 1)
    cache.cached_frame("lengths", changed, summary, cache_dir=cache_dir, stats=stats)
    assert calls == [4, 4] and stats["n_computed"] == 1
    cache.cached_frame("lengths", frame, summary, cache_dir=cache_dir, enabled=False)
    assert calls == [4, 4, 4]


def test_code_version_follows_sources_and_data_files(tmp_path, monkeypatch):
    import analysis.clean as clean
    import analysis.corpus as corpus

    base = cache.code_version(corpus)
    assert base == cache.code_version("analysis.corpus")
    # corpus uses clean, so the boilerplate rules clean names are part of its version
    rules = tmp_path / "boilerplate.txt"
    rules.write_bytes(clean.BOILERPLATE_TXT.read_bytes() + b"\nboilerplate\t^a new rule$\n")
    assert cache.code_version(corpus, data_files=[rules]) != base
    assert cache.code_version(corpus, params={"x": 1}) != base
    fake = tmp_path / "segment_copy.py"
    fake.write_text(open(analysis.segment.__file__, encoding="utf-8").read() + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(analysis.segment, "__file__", str(fake))
    assert cache.code_version(corpus) != base


def test_version_does_not_depend_on_what_else_is_imported():
    import sys

    def scored(articles):
        return analysis.sentences(articles)

    before = cache._version_for("t", scored, (), (), None)
    used = {m.__name__ for m in cache._closure([sys.modules[__name__]])}
    assert "analysis.segment" in used and "analysis.tabular" not in used
    import analysis.tabular  # noqa: F401 - sets analysis.tabular on the package
    assert cache._version_for("t", scored, (), (), None) == before


def test_version_change_uses_a_fresh_folder(cache_dir):
    _, first = _run(_articles(1), analysis.sentences, cache_dir)
    counting = Counting()
    _, second = _run(_articles(1), counting, cache_dir, version_of=["analysis.tone"])
    assert first["version"] != second["version"] and counting.seen == ["a00"]
    assert len(list((cache_dir / "sentences").iterdir())) == 2


# --------------------------------------------------------------------------- damage

def _segments(cache_dir):
    return sorted((cache_dir / "sentences").glob("*/*.parquet"))


def _cached_once(cache_dir, n_articles):
    """Cache the sentences of ``n_articles`` articles; return them, a fresh counter and the one segment."""
    articles = _articles(n_articles)
    counting = Counting()
    _run(articles, counting, cache_dir)
    counting.seen.clear()
    (segment,) = _segments(cache_dir)
    return articles, counting, segment


def test_truncated_file_is_rebuilt(cache_dir):
    articles, counting, segment = _cached_once(cache_dir, 3)
    segment.write_bytes(segment.read_bytes()[:200])
    with pytest.warns(CacheWarning, match="damaged"):
        result, stats = _run(articles, counting, cache_dir)
    assert stats["n_computed"] == 3 and counting.seen == ["a00", "a01", "a02"]
    pd.testing.assert_frame_equal(result, analysis.sentences(articles), check_exact=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)
        _, stats = _run(articles, counting, cache_dir)
    assert stats["n_cached"] == 3


#: Damage every n-th byte of a segment, one at a time.
FLIP_EVERY = 47


def test_no_single_damaged_byte_gives_a_wrong_table(cache_dir):
    """Any flipped byte is either caught (recomputed) or harmless (unused padding, statistics)."""
    articles = _articles(3)
    direct = analysis.sentences(articles)
    _run(articles, analysis.sentences, cache_dir)
    (segment,) = _segments(cache_dir)
    intact = segment.read_bytes()
    n_caught = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CacheWarning)
        for position in range(0, len(intact), FLIP_EVERY):
            damaged = bytearray(intact)
            damaged[position] ^= 0x55
            segment.write_bytes(bytes(damaged))
            result, stats = _run(articles, analysis.sentences, cache_dir)
            pd.testing.assert_frame_equal(result, direct, check_exact=True, obj=f"byte {position} flipped")
            n_caught += stats["n_computed"] > 0
            for file in _segments(cache_dir):
                file.unlink()
    assert n_caught > len(intact) // FLIP_EVERY // 2


def test_parquet_without_manifest_is_never_used(cache_dir):
    articles, counting, segment = _cached_once(cache_dir, 2)
    table = pq.read_table(segment)
    manifest = json.loads(table.schema.metadata[b"analysis_cache"])
    assert manifest["table"] == "sentences" and manifest["keys"] == sorted(manifest["keys"])
    assert len(manifest["keys"]) == 2 and manifest["n_rows"] == 6
    pq.write_table(table.replace_schema_metadata({}), segment)  # a plain data file in the cache folder
    with pytest.warns(CacheWarning, match="no valid manifest"):
        _run(articles, counting, cache_dir)
    assert counting.seen == ["a00", "a01"]


def test_unwritable_cache_still_returns_the_result(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.warns(CacheWarning, match="not cached"):
        result, _ = _run(_articles(2), analysis.sentences, blocker)
    pd.testing.assert_frame_equal(result, analysis.sentences(_articles(2)), check_exact=True)


# --------------------------------------------------------------------------- options and errors

def test_disabled_reads_and_writes_nothing(cache_dir):
    result, _ = _run(_articles(2), analysis.sentences, cache_dir, enabled=False)
    assert not cache_dir.exists() and len(result) == 6


def test_clear_cache(cache_dir):
    _run(_articles(2), analysis.sentences, cache_dir)
    cached_per_article("other", _articles(1), analysis.sentences, cache_dir=cache_dir)
    cache.clear_cache("sentences", cache_dir=cache_dir)
    assert [p.name for p in cache_dir.iterdir()] == ["other"]
    cache.clear_cache(cache_dir=cache_dir)
    assert not cache_dir.exists()


def test_cli_clear_cache_deletes_the_cache_dir(tmp_path, monkeypatch, capsys):
    from analysis import __main__ as cli
    from analysis import paths

    monkeypatch.setattr(paths, "CACHE_DIR", tmp_path / "cache")
    cached_per_article("sentences", _articles(1), analysis.sentences)
    assert (tmp_path / "cache" / "sentences").is_dir()
    assert cli.main(["clear-cache"]) == 0
    assert not (tmp_path / "cache").exists()


def test_errors_name_the_problem(cache_dir):
    with pytest.raises(ValueError, match=r"missing column\(s\) \['doc_id'\]"):
        _run(_articles(2).drop(columns="doc_id"), analysis.sentences, cache_dir)
    with pytest.raises(ValueError, match=r"doc_id must be unique; repeated: \['a00'\]"):
        _run(pd.concat([_articles(1), _articles(1)], ignore_index=True), analysis.sentences, cache_dir)
    with pytest.raises(ValueError, match=r"rows for doc_id\(s\) \['zzz'\] that were not in its input"):
        _run(_articles(1), lambda a: analysis.sentences(a).assign(doc_id="zzz"), cache_dir)
    with pytest.raises(ValueError, match="plain non-empty name"):
        cached_per_article("../up", _articles(1), analysis.sentences, cache_dir=cache_dir)


# --------------------------------------------------------------------------- the loader's cache

PAGE = ("Troops Withdraw From Northern City After Talks\n"
        "https://www.reuters.com/world/europe/troops-withdraw-2022-03-10/\n"
        "Troops began leaving the northern city on Thursday, officials said.\n"
        "Share this article on social media\n"
        "The withdrawal followed two days of talks between the two sides.\n")


def _corpus(folder):
    """The bundled articles plus files that raise warnings: empty, not UTF-8, a metadata row without file."""
    raw = folder / "raw"
    raw.mkdir(parents=True)
    for path in analysis.paths.RAW_DIR.glob("*.txt"):
        (raw / path.name).write_bytes(path.read_bytes())
    (raw / "empty.txt").write_bytes(b"")
    (raw / "latin.txt").write_bytes("Caf\xe9 Owners Reopen In Kyiv\n\nThe caf\xe9 owners said they were glad to "
                                    "reopen after weeks of closure in the capital.\n".encode("cp1252"))
    (raw / "page.txt").write_text(PAGE, encoding="utf-8")
    metadata = analysis.paths.METADATA_CSV.read_text(encoding="utf-8")
    (folder / "metadata.csv").write_text(metadata.rstrip("\n") + "\ngone,BBC News,,,,,\n", encoding="utf-8")
    return folder


def _load(folder, cache):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        articles = analysis.load_corpus(folder, cache=cache)
        lines = analysis.load_lines(folder, cache=cache)
    return articles, lines, [str(w.message) for w in caught if w.category is analysis.CorpusWarning]


@pytest.fixture
def counted_labelling(monkeypatch):
    import analysis.clean as clean

    calls = []
    original = clean.label_lines

    def label_lines(raw_text, **options):
        calls.append(raw_text[:20])
        return original(raw_text, **options)

    monkeypatch.setattr(clean, "label_lines", label_lines)
    return calls


def test_load_corpus_same_with_and_without_cache(tmp_path, monkeypatch, counted_labelling):
    monkeypatch.setattr(analysis.paths, "CACHE_DIR", tmp_path / "cache")
    folder = _corpus(tmp_path / "corpus")
    plain, plain_lines, plain_warnings = _load(folder, cache=False)
    assert len(plain) == 7 and len(plain_warnings) >= 3  # empty, latin, gone
    for run in ("cold", "warm"):
        counted_labelling.clear()
        articles, lines, caught = _load(folder, cache=True)
        pd.testing.assert_frame_equal(articles, plain, check_exact=True)
        pd.testing.assert_frame_equal(lines, plain_lines, check_exact=True)
        assert articles.attrs == plain.attrs and lines.attrs == plain_lines.attrs
        assert caught == plain_warnings
        # 7 readable pages, labelled once: load_lines reuses what load_corpus cached
        assert len(counted_labelling) == (7 if run == "cold" else 0)


def test_load_corpus_relabels_only_new_and_changed_pages(tmp_path, monkeypatch, counted_labelling):
    monkeypatch.setattr(analysis.paths, "CACHE_DIR", tmp_path / "cache")
    folder = _corpus(tmp_path / "corpus")
    _load(folder, cache=True)
    (folder / "raw" / "new.txt").write_text(PAGE.replace("Troops", "Tanks"), encoding="utf-8")
    (folder / "raw" / "page.txt").write_text(PAGE.replace("Thursday", "Friday"), encoding="utf-8")
    counted_labelling.clear()
    articles = _quiet_load(folder)
    assert sorted(counted_labelling) == sorted([PAGE.replace("Troops", "Tanks")[:20], PAGE[:20]])
    assert "on Friday" in articles.set_index("doc_id").at["page", "text"]


def test_changed_cleaning_rules_invalidate_the_loader_cache(tmp_path, monkeypatch, counted_labelling):
    import analysis.clean as clean

    monkeypatch.setattr(analysis.paths, "CACHE_DIR", tmp_path / "cache")
    folder = _corpus(tmp_path / "corpus")
    before = _quiet_load(folder).set_index("doc_id").at["page", "text"]
    assert "two days of talks" in before
    rules = tmp_path / "boilerplate.txt"
    rules.write_bytes(clean.BOILERPLATE_TXT.read_bytes() + b"\nboilerplate\t^The withdrawal followed\n")
    monkeypatch.setattr(clean, "BOILERPLATE_TXT", rules)
    counted_labelling.clear()
    after = _quiet_load(folder).set_index("doc_id").at["page", "text"]
    assert len(counted_labelling) == 7  # every page labelled again
    assert after == "Troops began leaving the northern city on Thursday, officials said."


def _quiet_load(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", analysis.CorpusWarning)
        return analysis.load_corpus(folder)
