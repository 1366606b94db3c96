"""analysis.vader: the fast scorer gives exactly the package's numbers.

The oracle is the installed vaderSentiment package itself: every check compares
``FastAnalyzer().polarity_scores(text)`` with
``SentimentIntensityAnalyzer().polarity_scores(text)`` using ``==`` on the
whole dict (no tolerance). A few sentences are also scored by hand from the
VADER rules to show what is being compared.
"""

from __future__ import annotations

import random
import re
import warnings

import pytest
from vaderSentiment import vaderSentiment as vs

from analysis import paths, vader

#: Seed and size of the fuzzed sample in the normal suite.
FUZZ_SEED = 20220303
N_FUZZ_FAST = 2_000
#: Sentences checked by the slow identity test (real recombined + fuzzed).
N_SLOW_REAL = 60_000
N_SLOW_FUZZ = 60_000

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


# ------------------------------------------------------------------ fixtures
@pytest.fixture(scope="module")
def reference():
    return vs.SentimentIntensityAnalyzer()


@pytest.fixture(scope="module")
def fast():
    return vader.FastAnalyzer()


def corpus_sentences() -> list[str]:
    """Every line of the bundled raw files, cut at sentence-final punctuation."""
    sentences = []
    for path in sorted(paths.RAW_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences.extend(_SENTENCE_END.split(line))
    return sentences


# ------------------------------------------------------------------- fuzzing
_FILLERS = ["the", "a", "of", "to", "and", "it", "was", "is", "at", "very", "so", "this", "no", "or",
            "nor", "least", "kind", "sort", "just", "enough", "doubt", "never", "without", "but",
            "BUT", "But", "not", "Not", "NO", "Ukraine's", "soldiers'", "don't", "can't", "isn't",
            "wouldn't", "n't", "9,000", "3", "2022", "1.5", "-", "—", "...", "“quoted”",
            "‘single’", "O'Brien", "Σ", "ΟΔΟΣ", "İstanbul", "\u212aelvin", "Straße", "café",
            "kiss", "death", "die"]
_PREFIXES = ["", "", "", "", "(", "'", '"', "“", "‘", "#", "@", "...", "¿"]
_SUFFIXES = ["", "", "", "", ",", ".", "!", "?", "!!!", "???", "!?", "'", "’", '"', "”", ")", ":",
             ";", "...", "'s", "n't"]
_JOINERS = [" "] * 12 + ["  ", "\t", "\n", "\u00a0", ""]
_CASINGS = [str, str, str, str.upper, str.lower, str.title, str.capitalize]
#: How often each pool of ``fuzz_vocabulary`` supplies a token.
_POOL_WEIGHTS = {"lexicon": 30, "emoticon": 4, "booster": 12, "negation": 10, "idiom": 8, "emoji": 4,
                 "filler": 30, "contrast": 3}


def fuzz_vocabulary(analyzer: vs.SentimentIntensityAnalyzer) -> dict[str, list[str]]:
    """Pools of rule-relevant tokens and phrases, all taken from the package."""
    lexicon = sorted(analyzer.lexicon)
    emojis = sorted(analyzer.emojis)
    return {
        "lexicon": lexicon,
        "emoticon": [w for w in lexicon if not any(ch.isalnum() for ch in w)],
        "booster": sorted(vs.BOOSTER_DICT),
        "negation": sorted(vs.NEGATE),
        "idiom": sorted(vs.SENTIMENT_LADEN_IDIOMS) + sorted(vs.SPECIAL_CASES)
        + ["never so good", "never this bad", "without a doubt", "at least good", "very least good",
           "the least good", "no or bad", "no nor good", "no good", "no no bad", "kind of bad"],
        "emoji": emojis,
        "filler": _FILLERS,
        "contrast": _contrast_phrases(analyzer.lexicon),
    }


def _contrast_phrases(lexicon: dict[str, float]) -> list[str]:
    """"a but b" where b's valence is half a's: the case where the package's
    "but" rule rescales the earlier word a second time (it looks scores up by
    value with ``list.index``)."""
    by_value: dict[float, list[str]] = {}
    for word, value in sorted(lexicon.items()):
        if word.isalpha():
            by_value.setdefault(value, []).append(word)
    return [f"{words[0]} but {by_value[value * 0.5][0]}" for value, words in sorted(by_value.items())
            if value * 0.5 in by_value]


def _fuzz_token(rng: random.Random, pools: dict[str, list[str]]) -> str:
    pool = rng.choices(list(_POOL_WEIGHTS), weights=list(_POOL_WEIGHTS.values()))[0]
    token = rng.choice(pools[pool])
    if pool == "emoji" and rng.random() < 0.3:  # emoji glued to a word
        token = rng.choice(pools["lexicon"]) + token + rng.choice(["", "x", "!"])
    if pool not in ("emoji", "emoticon"):
        token = rng.choice(_CASINGS)(token)
    return rng.choice(_PREFIXES) + token + rng.choice(_SUFFIXES)


def fuzz_sentence(rng: random.Random, pools: dict[str, list[str]]) -> str:
    """A random sentence of 0–25 tokens mixing every rule VADER applies."""
    roll = rng.random()
    if roll < 0.01:
        return ""
    if roll < 0.02:
        return rng.choice([" ", "\t\n ", "\u00a0", "!!!", "???", "?? !!"])
    n_tokens = rng.randint(1, 25)
    pieces = [_fuzz_token(rng, pools) for _ in range(n_tokens)]
    text = pieces[0]
    for piece in pieces[1:]:
        text += rng.choice(_JOINERS) + piece
    return rng.choice(["", "", " ", "\n"]) + text + rng.choice(["", "", ".", "!", "!!!!!", "?", "??", " "])


def fuzz_sentences(n: int, *, seed: int, analyzer: vs.SentimentIntensityAnalyzer) -> list[str]:
    rng = random.Random(seed)
    pools = fuzz_vocabulary(analyzer)
    return [fuzz_sentence(rng, pools) for _ in range(n)]


def recombined_sentences(n: int, *, seed: int, analyzer: vs.SentimentIntensityAnalyzer) -> list[str]:
    """Real corpus sentences, resampled, spliced and lightly perturbed."""
    rng = random.Random(seed)
    real = [s for s in corpus_sentences() if s.strip()]
    pools = fuzz_vocabulary(analyzer)
    out = []
    for _ in range(n):
        words = rng.choice(real).split(" ")
        if rng.random() < 0.3:  # splice two sentences
            other = rng.choice(real).split(" ")
            words = words[: rng.randint(0, len(words))] + other[rng.randint(0, len(other)):]
        if words and rng.random() < 0.4:  # insert a rule-relevant token
            words.insert(rng.randrange(len(words) + 1), _fuzz_token(rng, pools))
        if words and rng.random() < 0.2:  # shout one word
            k = rng.randrange(len(words))
            words[k] = words[k].upper()
        out.append(" ".join(words))
    return out


def mismatches(texts, reference, fast) -> list[tuple[str, dict, dict]]:
    """Texts whose scores differ; ``repr`` also tells -0.0 from 0.0 and checks key order."""
    found = []
    for text in texts:
        expected, got = reference.polarity_scores(text), fast.polarity_scores(text)
        if got != expected or repr(got) != repr(expected):
            found.append((text, expected, got))
    return found


def _no_round(number, ndigits=None):
    return number


@pytest.fixture()
def unrounded(monkeypatch):
    """Both scorers return their floats before ``round``: identity is then checked to the last bit
    of the unrounded values, not only after rounding hides small differences."""
    monkeypatch.setattr(vs, "round", _no_round, raising=False)
    monkeypatch.setattr(vader, "round", _no_round, raising=False)


# ------------------------------------------------------------------ hand cases
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # good = 1.9 (lexicon); 3 neutral words. compound = 1.9 / sqrt(1.9² + 15) = 0.44043;
        # pos = (1.9 + 1) / (2.9 + 3) = 0.49153; neu = 3 / 5.9 = 0.50847.
        ("The book was good.", {"neg": 0.0, "neu": 0.508, "pos": 0.492, "compound": 0.4404}),
        # "not" negates: 1.9 × -0.74 = -1.406. compound = -1.406 / sqrt(1.976836 + 15) = -0.34124;
        # neg = 2.406 / (2.406 + 3) = 0.44506; neu = 3 / 5.406 = 0.55494.
        ("It is not good", {"neg": 0.445, "neu": 0.555, "pos": 0.0, "compound": -0.3412}),
        # two "!" add 2 × 0.292 = 0.584 of emphasis: sum = -1.99, compound = -1.99 / sqrt(3.9601 + 15)
        # = -0.45702; neg_sum = -2.99, total = 5.99, neg = 0.49917, neu = 0.50083.
        ("It is not good!!", {"neg": 0.499, "neu": 0.501, "pos": 0.0, "compound": -0.457}),
        # "but": the package looks each score up with list.index, so after fav (2.0) is halved to 1.0,
        # jj (1.0, after "but") is found at fav's position and halves it again: scores [0.5, 0, 1.0].
        # sum = 1.5, compound = 1.5 / sqrt(2.25 + 15) = 0.36116; pos = 3.5 / 4.5, neu = 1 / 4.5.
        ("fav but jj", {"neg": 0.0, "neu": 0.222, "pos": 0.778, "compound": 0.3612}),
        # nothing to score
        ("", {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}),
        (" \t\n", {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}),
    ],
)
def test_hand_scored_sentences(text, expected, fast, reference):
    assert fast.polarity_scores(text) == expected
    assert reference.polarity_scores(text) == expected


# ---------------------------------------------------------------- identity
def test_identity_on_every_corpus_sentence(reference, fast):
    texts = corpus_sentences()
    assert len(texts) > 300, f"expected the five bundled articles to give >300 lines, got {len(texts)}"
    assert mismatches(texts, reference, fast) == []


def test_identity_on_fuzzed_sentences(reference, fast):
    texts = fuzz_sentences(N_FUZZ_FAST, seed=FUZZ_SEED, analyzer=reference)
    # the sample really exercises the rules it is meant to
    joined = "\n".join(texts).lower()
    for needle in (" but ", "kind of", "least", "n't", "!!!", "???", "never", "without"):
        assert needle in joined, f"fuzzed sample lacks {needle!r}"
    assert any(not set(t).isdisjoint(reference.emojis) for t in texts), "no emoji in the fuzzed sample"
    assert any(w.isupper() for t in texts for w in t.split()), "no ALL CAPS word in the fuzzed sample"
    assert mismatches(texts, reference, fast) == []


def test_identity_before_rounding(reference, fast, unrounded):
    assert reference.polarity_scores("The book was good.")["compound"] == 1.9 / (1.9**2 + 15) ** 0.5
    texts = corpus_sentences() + fuzz_sentences(N_FUZZ_FAST, seed=FUZZ_SEED, analyzer=reference)
    assert mismatches(texts, reference, fast) == []


@pytest.mark.parametrize(
    "text",
    [
        "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",  # caps + boosters + emphasis
        "Today only kinda sux! But I'll get by, lol",  # dampener, "but", slang
        "Make sure you :) or :D today!",  # emoticons
        "Catch utf-8 emoji such as 💘 and 💋 and 😁",  # emoji replaced by descriptions
        "great😁day ☺️ and ☹️",  # emoji glued to words; two-character keys
        "Without a doubt, excellent idea.",  # "without doubt" is not a negation
        "Sentiment analysis has never been this good!",  # "never this" boosts
        "Roger Dodger is one of the least compelling variations on this theme.",  # "least" negates
        "Roger Dodger is at least compelling as a variation on the theme.",  # "at least" does not
        "With VADER, sentiment analysis is the shit!",  # special-case idiom
        "good good but good good bad good",  # repeated scores in the "but" rule
        "fav but jj",  # "but" rule rescales by value, not position (see the hand case)
        "no no good",  # "no" before a lexicon word
        "the kiss of death, to die for, bus stop, yeah right",  # 3-word special cases
    ],
)
def test_identity_on_rule_examples(text, reference, fast):
    assert fast.polarity_scores(text) == reference.polarity_scores(text)


def test_non_string_input_behaves_as_the_package(reference, fast):
    with pytest.raises(TypeError):
        reference.polarity_scores(1.5)
    with pytest.raises(TypeError):
        fast.polarity_scores(1.5)


@pytest.mark.slow
def test_identity_on_100k_real_and_fuzzed_sentences(reference, fast):
    texts = (recombined_sentences(N_SLOW_REAL, seed=FUZZ_SEED + 1, analyzer=reference)
             + fuzz_sentences(N_SLOW_FUZZ, seed=FUZZ_SEED + 2, analyzer=reference)
             + corpus_sentences())
    found = mismatches(texts, reference, fast)
    with pytest.MonkeyPatch.context() as patch:  # and once more on the unrounded floats
        patch.setattr(vs, "round", _no_round, raising=False)
        patch.setattr(vader, "round", _no_round, raising=False)
        found_unrounded = mismatches(texts, reference, fast)
    print(f"\nvader identity: {len(texts):,} sentences checked, {len(found)} mismatches "
          f"({len(found_unrounded)} before rounding)")
    for text, expected, got in (found + found_unrounded)[:10]:
        print(f"  {text!r}: package {expected} fast {got}")
    assert len(texts) >= 100_000
    assert found == []
    assert found_unrounded == []


# ----------------------------------------------------------------- selection
def test_make_analyzer_uses_fast_scorer_for_the_verified_version(monkeypatch):
    monkeypatch.setattr(vader, "_installed_version", lambda: vader.VERIFIED_VERSION)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        analyzer = vader.make_analyzer()
    assert isinstance(analyzer, vader.FastAnalyzer)


def test_make_analyzer_falls_back_and_warns_once_for_another_version(monkeypatch):
    monkeypatch.setattr(vader, "_installed_version", lambda: "9.9.9")
    monkeypatch.setattr(vader, "_FALLBACK_WARNED", False)
    with pytest.warns(RuntimeWarning, match=r"9\.9\.9.*3\.3\.2"):
        analyzer = vader.make_analyzer()
    assert type(analyzer) is vs.SentimentIntensityAnalyzer
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a second call must not warn again
        again = vader.make_analyzer()
    assert type(again) is vs.SentimentIntensityAnalyzer


def test_verified_version_is_the_installed_one():
    # If this fails, vaderSentiment was upgraded: run the slow identity test, then update VERIFIED_VERSION.
    import importlib.metadata

    assert importlib.metadata.version("vaderSentiment") == vader.VERIFIED_VERSION
