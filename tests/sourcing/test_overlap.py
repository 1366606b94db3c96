"""Tests for analysis.sourcing.overlap: shared quotes, word diffs, reused passages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.sourcing.overlap import (
    diff_html,
    normalise,
    reused_passages,
    shared_quotes,
    shared_quotes_html,
    word_diff,
)

GALKIN_A = ("To the generalship of our military units I would like to say one thing - that they've acted "
            "cowardly, that they acted traitorously to us.")
GALKIN_B = ("I gravely apologise for our treacherous invasion. To the generalship of our military units I would "
            "like to say one thing – that they’ve acted cowardly, that they acted traitorously to us.")
ZELENSKY_A = ("The occupiers will receive only one thing from Ukrainians: resistance. Fierce resistance. Such "
              "resistance that they will forever remember that we don't give up what is ours")
ZELENSKY_B = ("The occupiers will receive only one thing from Ukraine - a rebuff, a worth rebuff. They will "
              "remember that we do not give up.")

# Hand-made pairs: (quote in article a, quote in article b, same utterance?).
PAIRS = [
    ("trimmed", GALKIN_B, GALKIN_A, True),
    ("translation", ZELENSKY_A, ZELENSKY_B, True),
    ("changed word", "We will not give up our land, we will fight for every street and every home",
     "We will never give up our land, we will fight for every street and every house", True),
    ("merged", "Go home. With your whole army.",
     "Go home. With your whole army. Tell your officers that you want to live, that you don't want to die", True),
    ("unrelated, same story", "They will not have peace here, they will not have food here",
     "We are a nation that broke the enemy's plans in a week", False),
    ("unrelated, shared phrase", "The Russian army is running out of fuel and food in the north",
     "Soldiers of the Russian army told us they did not know where they were going", False),
]


def _quotes(rows: list[tuple[str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [r[0] for r in rows], "outlet": [r[1] for r in rows],
                         "quote": [r[2] for r in rows]})


@pytest.mark.parametrize(("case", "a", "b", "same"), PAIRS, ids=[p[0] for p in PAIRS])
def test_hand_made_pairs(case, a, b, same):
    result = shared_quotes(_quotes([("a", "X", a), ("b", "Y", b)]))
    assert (len(result) == 1) is same, case


def test_labelled_pairs_precision_and_recall():
    found = []
    for _, a, b, same in PAIRS:
        found.append((len(shared_quotes(_quotes([("a", "X", a), ("b", "Y", b)]))) == 1, same))
    tp = sum(f and s for f, s in found)
    precision = tp / max(1, sum(f for f, _ in found))
    recall = tp / sum(s for _, s in found)
    print(f"\nshared quotes on {len(PAIRS)} labelled pairs: precision={precision:.2f} recall={recall:.2f}")
    assert precision == 1.0 and recall == 1.0


def test_same_article_and_scare_quotes_are_not_paired():
    quotes = pd.DataFrame({
        "doc_id": ["a", "a", "b", "c"],
        "outlet": ["X", "X", "Y", "Z"],
        "quote": [GALKIN_A, GALKIN_A, "cannon fodder", "cannon fodder"],
        "is_scare_quote": [False, False, True, True],
    })
    assert shared_quotes(quotes).empty


def test_short_quote_found_word_for_word_in_another_article_is_a_fragment_match():
    quotes = pd.DataFrame({
        "doc_id": ["a", "b", "c"], "outlet": ["HNGN", "UNILAD", "X"],
        "quote": ["treacherous invasion.", GALKIN_B, "brave defence"],
        "is_scare_quote": [False, False, False],
    })
    result = shared_quotes(quotes)
    assert result[["doc_id_a", "doc_id_b", "match"]].values.tolist() == [["a", "b", "fragment"]]
    assert result["diff"].iloc[0].startswith("{+I gravely apologise for our+} treacherous invasion.")


def test_match_kinds_are_ordered_same_wording_first():
    quotes = _quotes([("a", "X", GALKIN_A), ("b", "Y", GALKIN_A), ("c", "Z", GALKIN_B)])
    result = shared_quotes(quotes)
    assert result["match"].tolist() == ["same wording", "reworded", "reworded"]
    assert result[["doc_id_a", "doc_id_b"]].values.tolist()[0] == ["a", "b"]


def test_pair_row_contents_and_side_order():
    quotes = pd.DataFrame({
        "doc_id": ["d2", "d1"], "outlet": ["UNILAD", "HNGN"], "paragraph": [4, 11],
        "speaker": ["Sergey Galkin", ""], "quote": [GALKIN_B, GALKIN_A],
    })
    row = shared_quotes(quotes).iloc[0]
    assert (row["doc_id_a"], row["doc_id_b"]) == ("d1", "d2")
    assert (row["paragraph_a"], row["speaker_b"]) == (11, "Sergey Galkin")
    assert row["is_cross_outlet"]
    assert row["similarity"] == 100.0  # a's words are a subset of b's
    # b opens with a sentence a lacks; dash and apostrophe styles are not changes
    assert row["diff"].startswith("{+I gravely apologise for our treacherous invasion.+} To the generalship")
    assert "[-" not in row["diff"]


def test_word_diff_marks_removed_and_added_words():
    assert word_diff("we will fight for every home", "we shall fight for every house") == (
        "we [-will-] {+shall+} fight for every [-home-] {+house+}")


def test_diff_html_escapes_article_text():
    out = diff_html("a <b>bold</b> claim here", "a <b>bold</b> statement here")
    assert "<b>" not in out and "&lt;b&gt;bold&lt;/b&gt;" in out
    assert "<del>claim</del> <ins>statement</ins>" in out


def test_shared_quotes_html_escapes_both_sides_and_limits_rows():
    quotes = _quotes([("a", "X<1>", GALKIN_A + " <script>"), ("b", "Y", GALKIN_B), ("c", "Z", GALKIN_B)])
    pairs = shared_quotes(quotes)
    assert len(pairs) == 3
    out = shared_quotes_html(pairs)
    assert "<script>" not in out and "&lt;script&gt;" in out and "X&lt;1&gt;" in out
    assert shared_quotes_html(pairs, max_rows=1).count("<tr>") == 2  # header + one row


def test_normalise_folds_case_and_curly_apostrophes():
    assert normalise("They’ve SAID – it's") == ["they've", "said", "it's"]


def test_shared_quotes_checks_columns():
    with pytest.raises(ValueError, match=r"missing column\(s\) \['quote'\].*present"):
        shared_quotes(pd.DataFrame({"doc_id": ["a"], "outlet": ["X"]}))


def test_shared_quotes_does_not_mutate_input():
    quotes = _quotes([("a", "X", GALKIN_A), ("b", "Y", GALKIN_B)])
    before = quotes.copy()
    shared_quotes(quotes)
    pd.testing.assert_frame_equal(quotes, before)


# --- reused passages -------------------------------------------------------

SHARED = ("the seven army reconnaissance officers were shot down from Ukrainian airspace last week and were "
          "later given the chance to speak to journalists")


def _articles(texts: list[str], published: list) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))],
                         "outlet": [f"O{i}" for i in range(len(texts))],
                         "text": texts, "published": pd.to_datetime(published, format="ISO8601")})


def test_reused_passage_spans_and_direction():
    a = "Opening words of the first piece. " + SHARED + ". Closing words."
    b = "A different start here.\n\nThen " + SHARED.capitalize() + " in Kyiv on Sunday."
    result = reused_passages(_articles([a, b], ["2022-03-14 09:00", "2022-03-15 12:08"]))
    assert len(result) == 1
    row = result.iloc[0]
    n_shared = len(SHARED.split())
    assert row["n_words"] == n_shared
    assert a[row["start_a"]:row["end_a"]] == SHARED
    assert b[row["start_b"]:row["end_b"]].lower() == SHARED.lower()
    assert row["word_start_a"] == 6  # "Opening words of the first piece." is six words
    assert row["earlier_doc_id"] == "d0" and row["is_directed"]


def test_one_changed_word_does_not_split_a_passage():
    changed = SHARED.replace("last week", "this week")
    result = reused_passages(_articles([SHARED, changed], [None, None]))
    assert result["n_words"].tolist() == [len(SHARED.split())]
    assert pd.isna(result["earlier_doc_id"].iloc[0]) and not result["is_directed"].iloc[0]


def test_date_only_and_timed_article_of_one_day_are_undirected():
    result = reused_passages(_articles([SHARED, SHARED], ["2022-03-15", "2022-03-15 12:08"]))
    assert not result["is_directed"].iloc[0]


def test_unrelated_articles_share_no_passage():
    a = "Russian troops have left their main stronghold in the northeast after a rapid Ukrainian advance."
    b = "The president called for more international support, including backing the bid to join the union."
    assert reused_passages(_articles([a, b], [None, None])).empty


def test_short_overlaps_below_min_words_are_ignored():
    a = "He said the troops will have no calm and no food while they remain here."
    b = "Officials said the troops will have no calm and no food, a spokesman added."
    # ten shared words ("said the troops will have no calm and no food") < the default twelve
    assert reused_passages(_articles([a, b], [None, None])).empty
    assert reused_passages(_articles([a, b], [None, None]), n=5, min_words=8)["n_words"].tolist() == [10]


def test_reused_passages_rejects_repeated_doc_ids_and_bad_n():
    arts = _articles([SHARED, SHARED], [None, None])
    with pytest.raises(ValueError, match="repeated"):
        reused_passages(arts.assign(doc_id=["x", "x"]))
    with pytest.raises(ValueError, match="min_words >= n"):
        reused_passages(arts, n=8, min_words=5)


def test_bundled_corpus_pairs_named_in_the_corpus_readme():
    import analysis
    from analysis.sourcing import quotes

    articles = analysis.load_corpus()
    pairs = shared_quotes(quotes(articles))
    reworded = pairs.loc[pairs["match"].ne("fragment")]
    found = {(a[:3], b[:3]) for a, b in zip(reworded["doc_id_a"], reworded["doc_id_b"])}
    # 003/004 quote the same press conference (Galkin), 000/001 Zelensky's address in two translations
    assert {("003", "004"), ("000", "001")} <= found
    galkin = reworded.loc[reworded["doc_id_a"].str.startswith("003") & reworded["doc_id_b"].str.startswith("004")]
    assert galkin["quote_a"].str.contains("To the generalship of our military units").all()
    passages = reused_passages(articles)
    assert any(p.startswith("To the generalship") for p in passages["text_a"])


def test_article_without_text_warns():
    arts = _articles([SHARED, SHARED], [None, None])
    arts.loc[1, "text"] = None
    with pytest.warns(UserWarning, match=r"no text.*d1"):
        assert reused_passages(arts).empty
