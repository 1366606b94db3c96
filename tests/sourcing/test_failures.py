"""One article the rules fail on is left out with a warning naming it; the others come through."""

import importlib
import json
from pathlib import Path

import pandas as pd
import pytest

from analysis.checks import ArticleFailures
from analysis.sourcing import cited_sources, quotes

citations = importlib.import_module("analysis.sourcing.citations")
credits = importlib.import_module("analysis.sourcing.credits")
quotes_module = importlib.import_module("analysis.sourcing.quotes")  # the package exports a function of that name

TEXTS = {
    "good": '"We will rebuild," the mayor told Reuters.',
    "bad": '"It is over," the coach told the BBC. POISON',
}


def _articles() -> pd.DataFrame:
    return pd.DataFrame({"doc_id": list(TEXTS), "outlet": ["Test outlet"] * 2, "title": ["t"] * 2,
                         "standfirst": [""] * 2, "text": list(TEXTS.values())})


def _fails_on_poison(real):
    def wrapped(*args, **kwargs):
        if any("POISON" in str(getattr(a, "text", a)) for a in args):
            raise KeyError("poisoned article")
        return real(*args, **kwargs)
    return wrapped


def test_quotes_leave_out_only_the_failing_article(monkeypatch):
    monkeypatch.setattr(quotes_module, "_article_quotes", _fails_on_poison(quotes_module._article_quotes))
    with pytest.warns(RuntimeWarning, match=r"quotes: 1 article.*bad \(KeyError: 'poisoned article'\)"):
        table = quotes(_articles())
    assert table["doc_id"].tolist() == ["good"]
    assert table["quote"].tolist() == ["We will rebuild,"]
    assert table.attrs["failed_articles"] == {"bad": "KeyError: 'poisoned article'"}


def test_cited_sources_leave_out_only_the_failing_paragraph(monkeypatch):
    monkeypatch.setattr(citations, "_paragraph_citations", _fails_on_poison(citations._paragraph_citations))
    monkeypatch.setattr(credits, "_line_credits", _fails_on_poison(credits._line_credits))
    with pytest.warns(RuntimeWarning, match=r"cited_sources: 1 article.*bad"):
        table = cited_sources(_articles())
    assert set(zip(table["doc_id"], table["source"])) == {("good", "Reuters")}
    assert list(table.attrs["failed_articles"]) == ["bad"]


def test_no_failure_no_warning_and_an_empty_record(recwarn):
    table = cited_sources(_articles())
    assert set(zip(table["doc_id"], table["source"])) == {("good", "Reuters"), ("bad", "BBC")}
    assert table.attrs["failed_articles"] == {}
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


def test_failures_keep_the_first_error_of_each_article_and_name_at_most_five():
    failures = ArticleFailures("demo")
    for i in range(7):
        assert failures.run(f"d{i}", lambda: 1 / 0) == []
    assert failures.run("d0", lambda: iter([1, 2])) == [1, 2]
    with pytest.warns(RuntimeWarning, match=r"demo: 7 article\(s\).*d4 \(ZeroDivisionError.*and 2 more"):
        frame = failures.report(pd.DataFrame())
    assert len(frame.attrs["failed_articles"]) == 7


def test_a_first_name_indexed_only_part_way_through_an_article_stops_nothing():
    """Blind set 54's Asbarez passage once failed with ``KeyError: 'Levon'``: the surname index built on the paragraphs so
    far held a key the whole article's index did not. All eight of its labelled quotes must come through."""
    examples = json.loads((Path(__file__).resolve().parents[1] / "data" / "blind_sourcing_54.json").read_text("utf-8"))
    example = next(e for e in examples if e["id"] == "b54-asbarez-corruption-trial")
    articles = pd.DataFrame([{"doc_id": example["id"], "outlet": "Asbarez", "title": "t",
                              "standfirst": example["standfirst"], "text": example["text"]}])
    table = quotes(articles)
    assert table.attrs["failed_articles"] == {}
    assert sorted(table["quote"]) == sorted(q["quote"] for q in example["quotes"])
