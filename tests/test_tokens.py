"""Tests for analysis.tokens: the tokeniser's rules, stopwords and bigrams."""

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import tokens
from analysis.tokens import bigrams, load_stopwords, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # possessives: straight and curly, singular and plural
        ("Ukraine's army", ["ukraine", "army"]),
        ("Ukraine’s army", ["ukraine", "army"]),
        ("the soldiers' mothers", ["the", "soldiers", "mothers"]),
        # contractions stay whole; curly and straight are one term
        ("don’t don't", ["don't", "don't"]),
        ("they’ve", ["they've"]),
        # hyphenated words stay whole, dashes separate
        ("no-one wants war", ["no-one", "wants", "war"]),
        ("so-far second-largest 34-year-old", ["so-far", "second-largest", "34-year-old"]),
        ("cowardly – that", ["cowardly", "that"]),
        ("war—peace", ["war", "peace"]),
        # numbers keep their separators, a sentence full stop is not a decimal
        ("nearly 9,000 soldiers", ["nearly", "9,000", "soldiers"]),
        ("2,000 and 5,840 and 1.5.", ["2,000", "and", "5,840", "and", "1.5"]),
        ("in 2022.", ["in", "2022"]),
        # case folding
        ("Russian RUSSIAN russian", ["russian", "russian", "russian"]),
        # URLs and e-mail addresses are dropped whole, not split into junk
        ("see https://www.dailymail.co.uk/news/article-1/a-b.html now", ["see", "now"]),
        ("write to desk@example.co.uk today", ["write", "to", "today"]),
        ("visit www.unilad.com.", ["visit"]),
        # quote marks are not part of words
        ("'confused children'", ["confused", "children"]),
        ("“The Russian military”", ["the", "russian", "military"]),
        # accented letters are kept
        ("Kyïv café", ["kyïv", "café"]),
    ],
)
def test_tokenize_cases(text, expected):
    assert tokenize(text) == expected


def test_possessive_keep_and_case_kept():
    assert tokenize("Ukraine’s Army", possessive="keep", lowercase=False) == ["Ukraine's", "Army"]


def test_keep_urls_keeps_each_link_as_one_token():
    text = "see https://x.org/a-b?c=1 or me@x.com."
    assert tokenize(text, keep_urls=True) == ["see", "https://x.org/a-b?c=1", "or", "me@x.com"]


def test_bad_possessive_mode_names_allowed_values():
    with pytest.raises(ValueError, match="strip"):
        tokenize("x", possessive="drop")


def test_tokenize_rejects_non_string():
    with pytest.raises(TypeError, match="str"):
        tokenize(None)


def test_stopwords_start_from_wordclouds_list_and_extend():
    from wordcloud import STOPWORDS

    stop = load_stopwords(extra=["Ukraine"])
    assert set(STOPWORDS) <= stop
    assert "advert" in stop  # from the project's extension file
    assert "ukraine" in stop  # user's extra word, case-folded
    assert "said" not in stop  # reporting verbs are kept on purpose
    assert "advert" not in load_stopwords(include_extension=False)


def test_stopwords_reject_a_single_string():
    with pytest.raises(TypeError, match="list"):
        load_stopwords(extra="ukraine")


def test_extension_file_lines_are_lower_case_single_words():
    lines = tokens.STOPWORDS_EXTENSION_FILE.read_text(encoding="utf-8").splitlines()
    words = [line for line in lines if line.strip() and not line.startswith("#")]
    assert words, "the extension file lists no words"
    assert all(word == word.strip().lower() and " " not in word for word in words)


def test_bigrams_skip_stopwords_and_punctuation():
    text = 'He described himself as "cannon fodder," adding that. Ukraine. Russian troops'
    pairs = bigrams(text, stopwords={"he", "himself", "as", "that"})
    assert pairs == ["cannon fodder", "russian troops"]


_ALPHABET = st.sampled_from(list("abcXYZ019 ,.-'’‘\n\t:;@/") + ["'s", "https://a.b/c", "9,000", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_fast_counting_equals_counting_the_token_list(text):
    from analysis.vocabulary import count_terms

    counts, n_tokens = count_terms([text], stopwords=None)
    expected = Counter(tokenize(text))
    assert counts == expected
    assert n_tokens == sum(expected.values())
