"""Tests for analysis.targets: the alias table and whole-word target matching."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import targets as tg


def _sentences(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["d1"] * len(texts),
            "outlet": ["A"] * len(texts),
            "paragraph": [1] * len(texts),
            "sentence": list(range(1, len(texts) + 1)),
            "text": texts,
        }
    )


def _found(texts: list[str], table: pd.DataFrame | None = None) -> dict[int, set[str]]:
    hits = tg.mention_targets(_sentences(texts), table)
    return {n: set(group["target"]) for n, group in hits.groupby("sentence")}


# ---------------------------------------------------------------- the bundled table
def test_bundled_table_lists_the_aliases_the_issue_names():
    table = tg.load_targets()
    assert list(table.columns) == ["target", "alias"]
    aliases = {t: set(g["alias"]) for t, g in table.groupby("target")}
    assert {"Zelensky", "Zelenskyy", "Zelenskiy"} <= aliases["Zelensky"]
    assert "Putin" in aliases["Putin"]
    assert {"Russian soldiers", "Russian troops", "Russian forces", "Russian army"} <= aliases["Russian forces"]
    assert {"Ukraine", "Ukrainians", "Ukrainian"} <= aliases["Ukraine"]
    assert {"Kyiv", "Kiev"} <= aliases["Kyiv"]


# ---------------------------------------------------------------- matching
def test_every_spelling_of_zelensky_including_possessive_matches():
    texts = ["Zelensky spoke.", "Zelenskyy spoke.", "Zelenskiy's speech.", "Volodymyr Zelensky’s aide."]
    assert _found(texts) == {1: {"Zelensky"}, 2: {"Zelensky"}, 3: {"Zelensky"}, 4: {"Zelensky"}}


def test_aliases_do_not_match_inside_longer_words():
    texts = [
        "Scholars of Putinism disagree.",  # not Putin
        "The Kievan Rus was a medieval state.",  # not Kiev
        "Ukrainianness is a coined word.",  # not Ukrainian
    ]
    assert _found(texts) == {}


def test_possessives_plurals_listed_and_case_insensitive_headlines_match():
    texts = ["Ukraine's army held.", "Ukrainians fled.", "RUSSIAN TROOPS RETREAT", "The soldiers' homes."]
    assert _found(texts) == {1: {"Ukraine"}, 2: {"Ukraine"}, 3: {"Russian forces"}}


def test_multiword_alias_spans_a_line_break_and_hyphen_compound_matches():
    texts = ["Russian\nsoldiers advanced.", "Putin-backed separatists held the town."]
    assert _found(texts) == {1: {"Russian forces"}, 2: {"Putin"}}


def test_counts_mentions_and_lists_matched_strings():
    hits = tg.mention_targets(_sentences(["Kyiv, not Kiev: Kyiv."]))
    assert hits[["target", "n_mentions", "matched"]].to_dict("records") == [
        {"target": "Kyiv", "n_mentions": 3, "matched": "Kyiv; Kiev"}
    ]


def test_one_sentence_two_targets_gives_two_rows_with_sentence_keys():
    hits = tg.mention_targets(_sentences(["Calm day.", "Putin threatened Kyiv."]))
    assert hits[["doc_id", "outlet", "paragraph", "sentence", "target"]].values.tolist() == [
        ["d1", "A", 1, 2, "Kyiv"],
        ["d1", "A", 1, 2, "Putin"],
    ]


def test_custom_table_and_regex_characters_are_literal(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("# my targets\ntarget,alias\nUN,U.N.\nUN,United Nations\n", encoding="utf-8")
    table = tg.load_targets(path)
    assert _found(["The U.N. met.", "The UxNx met.", "The United  Nations met."], table) == {
        1: {"UN"},
        3: {"UN"},
    }


# ---------------------------------------------------------------- errors
def test_missing_alias_column_is_named(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("target,name\nX,Y\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing column\(s\) \['alias'\]"):
        tg.load_targets(path)


def test_blank_alias_and_duplicate_alias_are_reported(tmp_path):
    blank = tmp_path / "blank.csv"
    blank.write_text("target,alias\nX,\nY,Why\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"blank target or alias on data row\(s\) \[1\]"):
        tg.load_targets(blank)
    dupe = tmp_path / "dupe.csv"
    dupe.write_text("target,alias\nX,Kyiv\nY,kyiv\n", encoding="utf-8")
    with pytest.raises(ValueError, match="more than once"):
        tg.load_targets(dupe)


def test_sentences_without_text_column_are_rejected():
    frame = _sentences(["Kyiv."]).drop(columns="text")
    with pytest.raises(ValueError, match=r"missing column\(s\) \['text'\]"):
        tg.mention_targets(frame)
