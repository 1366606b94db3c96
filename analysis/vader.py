"""A faster VADER sentence scorer that returns exactly the package's numbers.

VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for
Sentiment Analysis of Social Media Text", ICWSM) is scored in the project with
``vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer().polarity_scores``.
That implementation spends most of its time in pure-Python string work that
does not change the result:

* it rebuilds a lower-cased copy of the whole sentence inside every negation,
  idiom and "but" check (up to four times per sentiment-bearing word);
* it lower-cases the same token again at every look-up;
* it tests negations by scanning the ``NEGATE`` list word by word;
* it formats five to seven n-gram strings per sentiment word to look them up
  in ``SPECIAL_CASES`` and ``BOOSTER_DICT``;
* it rebuilds the text one character at a time to replace emoji, even when
  the text holds none.

:class:`FastAnalyzer` does the same work once per sentence: each token is
lower-cased once, negations and boosters are set/dict look-ups, multi-word
idioms are looked up as tuples of tokens, only lexicon words are visited, and
the emoji pass only runs when the text contains a character that is an emoji
key of the lexicon. Its tables are the installed package's own
(``SentimentIntensityAnalyzer().lexicon`` and ``.emojis``, and the module
constants ``B_INCR``… ``SPECIAL_CASES``); nothing is copied into this
repository.

Why the numbers are identical, not merely close: every floating-point value is
produced by the same operations in the same order as in the package (the same
multiplications by ``N_SCALAR``, 0.95, 0.9 and 1.25, the same additions of
``C_INCR`` and booster values, the same left-to-right ``sum``, the same
``normalize`` with its square root, the same ``round`` calls), and the integer
``0`` the package appends for neutral tokens is appended as ``0`` too. Only the
way the *decisions* are taken changed (which branch runs), and each decision is
an exact equivalent:

* ``"a b" in SPECIAL_CASES`` equals ``("a", "b") in`` a table keyed by
  ``tuple(key.split(" "))``, because tokens come from ``str.split()`` and so
  never contain a space;
* ``str.lower`` is idempotent (checked for every code point), so lower-casing a
  token once equals the package's repeated lower-casing;
* the quirky "but" rule (``list.index`` finds the *first* equal score, so
  repeated values are rescaled at the first position) is kept verbatim.

The identity is checked against the package on every bundled-corpus sentence
and thousands of fuzzed sentences in the normal test suite, and on more than
100,000 sentences in the slow suite (``tests/test_vader.py``). It is verified
for vaderSentiment :data:`VERIFIED_VERSION` only: :func:`make_analyzer` returns
the package's own analyzer, with a warning, for any other installed version.

Not handled differently from the package: non-``str`` input is passed to the
package's analyzer unchanged (it raises or scores exactly as the package does).
"""

from __future__ import annotations

import importlib.metadata
import math
import string
import warnings
from typing import Any, Protocol

from vaderSentiment import vaderSentiment as _vs

__all__ = ["VERIFIED_VERSION", "FastAnalyzer", "Scorer", "make_analyzer"]

#: The vaderSentiment release whose rules this module reproduces and was tested
#: against; any other installed version falls back to the package's analyzer.
VERIFIED_VERSION = "3.3.2"
#: Distribution name used to look up the installed version.
_DISTRIBUTION = "vaderSentiment"

# Rule words and factors of vaderSentiment 3.3.2 (``sentiment_valence``,
# ``_negation_check``, ``_least_check``, ``_but_check``): code there, not tables.
_NO, _LEAST, _BUT, _KIND, _OF = "no", "least", "but", "kind", "of"
_OR_NOR = ("or", "nor")
_SO_THIS = ("so", "this")
_NOT_LEAST_AFTER = ("at", "very")
_NEVER, _WITHOUT, _DOUBT = "never", "without", "doubt"
_CONTRACTED_NOT = "n't"
_DAMPING = (1.0, 0.95, 0.9)  # weight of a booster 1, 2 or 3 words before
_NEVER_SO_BOOST = 1.25
_BUT_BEFORE, _BUT_AFTER = 0.5, 1.5
_EXCLAMATION_CAP, _EXCLAMATION_WEIGHT = 4, 0.292
_QUESTION_WEIGHT, _QUESTION_MAX_COUNT, _QUESTION_FLOOD = 0.18, 3, 0.96
_PUNCTUATION = string.punctuation
_MAX_EMOTICON_LENGTH = 2  # stripped tokens this short keep their punctuation


class Scorer(Protocol):
    """Anything with VADER's ``polarity_scores(text) -> dict`` method."""

    def polarity_scores(self, text: Any) -> dict[str, float]:
        """Return ``{"neg", "neu", "pos", "compound"}`` for one text."""


def _ngram_table(table: dict[str, float]) -> dict[tuple[str, ...], float]:
    """Key a phrase table by token tuples.

    ``" ".join(tokens) == key`` exactly when ``tuple(key.split(" ")) ==
    tokens`` for tokens without spaces, so look-ups give the same answers as
    the package's formatted strings.
    """
    return {tuple(key.split(" ")): value for key, value in table.items()}


class FastAnalyzer:
    """Drop-in, faster ``SentimentIntensityAnalyzer`` with identical scores.

    Attributes
    ----------
    lexicon, emojis : dict
        The installed package's own tables (shared, not copied).

    Notes
    -----
    Verified for vaderSentiment :data:`VERIFIED_VERSION`; use
    :func:`make_analyzer` to get this class only when that version is installed.
    """

    def __init__(self) -> None:
        self._reference = _vs.SentimentIntensityAnalyzer()
        self.lexicon: dict[str, float] = self._reference.lexicon
        self.emojis: dict[str, str] = self._reference.emojis
        # The package tests one character at a time, so only one-character keys can match.
        self._emoji_chars = frozenset(key for key in self.emojis if len(key) == 1)
        self._ascii_has_no_emoji = not any(ch.isascii() for ch in self._emoji_chars)
        self._boosters: dict[str, float] = _vs.BOOSTER_DICT
        self._booster_ngrams = _ngram_table(_vs.BOOSTER_DICT)
        self._special_ngrams = _ngram_table(_vs.SPECIAL_CASES)
        self._negations = frozenset(_vs.NEGATE)
        self._n_scalar: float = _vs.N_SCALAR
        self._c_incr: float = _vs.C_INCR

    # ------------------------------------------------------------------ public
    def polarity_scores(self, text: Any) -> dict[str, float]:
        """Score one text exactly as ``SentimentIntensityAnalyzer.polarity_scores``.

        Parameters
        ----------
        text : str
            A sentence (VADER is designed for sentence-level text). Non-``str``
            input is handed to the package's analyzer unchanged.

        Returns
        -------
        dict
            ``neg``, ``neu``, ``pos`` (rounded to 3 places) and ``compound``
            (rounded to 4 places), the same keys, order and values as the
            package.
        """
        if not isinstance(text, str):
            return self._reference.polarity_scores(text)
        if not (self._ascii_has_no_emoji and text.isascii()) and not self._emoji_chars.isdisjoint(text):
            text = self._replace_emojis(text)
        text = text.strip()
        words = [tok if len(bare := tok.strip(_PUNCTUATION)) <= _MAX_EMOTICON_LENGTH else bare
                 for tok in text.split()]
        lowered = [word.lower() for word in words]
        n_upper = sum(map(str.isupper, words))
        is_cap_diff = 0 < len(words) - n_upper < len(words)
        sentiments = self._sentiments(words, lowered, is_cap_diff)
        if _BUT in lowered:
            _but_check(lowered, sentiments)
        return self._score_valence(sentiments, text)

    # ----------------------------------------------------------------- helpers
    def _replace_emojis(self, text: str) -> str:
        """The package's emoji-to-description pass, built with a list join."""
        emojis = self.emojis
        parts: list[str] = []
        prev_space = True
        for ch in text:
            description = emojis.get(ch)
            if description is not None:
                if not prev_space:
                    parts.append(" ")
                parts.append(description)
                prev_space = False
            else:
                parts.append(ch)
                prev_space = ch == " "
        return "".join(parts)

    def _sentiments(self, words: list[str], lowered: list[str], is_cap_diff: bool) -> list[float]:
        """One valence per token (int 0 for boosters, "kind of" and non-lexicon tokens).

        Each valence depends on the tokens only, never on earlier valences, so
        only the positions of lexicon words are visited.
        """
        lexicon, boosters = self.lexicon, self._boosters
        last = len(lowered) - 1
        sentiments: list[float] = [0] * len(lowered)
        for i in [i for i, item in enumerate(lowered) if item in lexicon]:
            item = lowered[i]
            if item in boosters or (item == _KIND and i < last and lowered[i + 1] == _OF):
                continue
            sentiments[i] = self._valence(words, lowered, i, is_cap_diff)
        return sentiments

    def _valence(self, words: list[str], lowered: list[str], i: int, is_cap_diff: bool) -> float:
        """``sentiment_valence`` for a lexicon token at position ``i``."""
        lexicon = self.lexicon
        item = lowered[i]
        valence = lexicon[item]
        if item == _NO and i != len(lowered) - 1 and lowered[i + 1] in lexicon:
            valence = 0.0
        if ((i > 0 and lowered[i - 1] == _NO) or (i > 1 and lowered[i - 2] == _NO)
                or (i > 2 and lowered[i - 3] == _NO and lowered[i - 1] in _OR_NOR)):
            valence = lexicon[item] * self._n_scalar
        if is_cap_diff and words[i].isupper():
            valence = valence + self._c_incr if valence > 0 else valence - self._c_incr
        for start_i in range(0, 3):
            j = i - (start_i + 1)
            if j >= 0 and lowered[j] not in lexicon:
                valence = valence + self._scalar(words[j], lowered[j], valence, is_cap_diff, start_i)
                valence = self._negation_check(valence, lowered, start_i, i)
                if start_i == 2:
                    valence = self._special_idioms_check(valence, lowered, i)
        return self._least_check(valence, lowered, i)

    def _scalar(self, word: str, lowered: str, valence: float, is_cap_diff: bool, start_i: int) -> float:
        """``scalar_inc_dec`` and its distance damping (0.0 for non-boosters)."""
        if lowered not in self._boosters:
            return 0.0
        scalar = self._boosters[lowered]
        if valence < 0:
            scalar *= -1
        if is_cap_diff and word.isupper():
            scalar = scalar + self._c_incr if valence > 0 else scalar - self._c_incr
        if start_i and scalar != 0:
            scalar = scalar * _DAMPING[start_i]
        return scalar

    def _is_negation(self, word: str) -> bool:
        """``negated([word])`` for an already lower-cased word."""
        return word in self._negations or _CONTRACTED_NOT in word

    def _negation_check(self, valence: float, lowered: list[str], start_i: int, i: int) -> float:
        """``_negation_check``: negations and "never so"/"without doubt" before ``i``."""
        if start_i == 0:
            if self._is_negation(lowered[i - 1]):
                valence = valence * self._n_scalar
        elif start_i == 1:
            two, one = lowered[i - 2], lowered[i - 1]
            if two == _NEVER and one in _SO_THIS:
                valence = valence * _NEVER_SO_BOOST
            elif two == _WITHOUT and one == _DOUBT:
                pass
            elif self._is_negation(two):
                valence = valence * self._n_scalar
        else:
            three, two, one = lowered[i - 3], lowered[i - 2], lowered[i - 1]
            if (three == _NEVER and two in _SO_THIS) or one in _SO_THIS:
                valence = valence * _NEVER_SO_BOOST
            elif three == _WITHOUT and (two == _DOUBT or one == _DOUBT):
                pass
            elif self._is_negation(three):
                valence = valence * self._n_scalar
        return valence

    def _special_idioms_check(self, valence: float, lowered: list[str], i: int) -> float:
        """``_special_idioms_check`` with tuple look-ups instead of formatted strings."""
        special, boosters = self._special_ngrams, self._booster_ngrams
        three, two, one, zero = lowered[i - 3], lowered[i - 2], lowered[i - 1], lowered[i]
        for seq in ((one, zero), (two, one, zero), (two, one), (three, two, one), (three, two)):
            if seq in special:
                valence = special[seq]
                break
        n = len(lowered)
        if n - 1 > i and (zero, lowered[i + 1]) in special:
            valence = special[(zero, lowered[i + 1])]
        if n - 1 > i + 1 and (zero, lowered[i + 1], lowered[i + 2]) in special:
            valence = special[(zero, lowered[i + 1], lowered[i + 2])]
        for n_gram in ((three, two, one), (three, two), (two, one)):
            if n_gram in boosters:
                valence = valence + boosters[n_gram]
        return valence

    def _least_check(self, valence: float, lowered: list[str], i: int) -> float:
        """``_least_check``: "least" before a word negates it, except "at/very least"."""
        if i > 0 and lowered[i - 1] == _LEAST and _LEAST not in self.lexicon:
            if i == 1 or lowered[i - 2] not in _NOT_LEAST_AFTER:
                valence = valence * self._n_scalar
        return valence

    def _score_valence(self, sentiments: list[float], text: str) -> dict[str, float]:
        """``score_valence``: same sums, normalisation and rounding as the package."""
        if not sentiments:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        sum_s = float(sum(sentiments))
        punct_emph_amplifier = _punctuation_emphasis(text)
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        compound = _vs.normalize(sum_s)
        pos_sum, neg_sum, neu_count = _sift_sentiment_scores(sentiments)
        fabs = math.fabs
        abs_neg_sum = fabs(neg_sum)
        if pos_sum > abs_neg_sum:
            pos_sum += punct_emph_amplifier
        elif pos_sum < abs_neg_sum:
            neg_sum -= punct_emph_amplifier
        total = pos_sum + fabs(neg_sum) + neu_count
        return {"neg": round(fabs(neg_sum / total), 3),
                "neu": round(fabs(neu_count / total), 3),
                "pos": round(fabs(pos_sum / total), 3),
                "compound": round(compound, 4)}


def _but_check(lowered: list[str], sentiments: list[float]) -> None:
    """``_but_check`` verbatim (in place): halve scores before "but", ×1.5 after.

    Kept as in the package, including its use of ``list.index``, which finds
    the first score *equal* to the current one, so repeated values are
    rescaled at their first position; changing that would change results.
    """
    bi = lowered.index(_BUT)
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * _BUT_BEFORE)
        elif si > bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * _BUT_AFTER)


def _punctuation_emphasis(text: str) -> float:
    """``_amplify_ep`` + ``_amplify_qm``: emphasis from "!" (up to 4) and "??"."""
    ep_amplifier = min(text.count("!"), _EXCLAMATION_CAP) * _EXCLAMATION_WEIGHT
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        qm_amplifier = qm_count * _QUESTION_WEIGHT if qm_count <= _QUESTION_MAX_COUNT else _QUESTION_FLOOD
    return ep_amplifier + qm_amplifier


def _sift_sentiment_scores(sentiments: list[float]) -> tuple[float, float, int]:
    """``_sift_sentiment_scores``: positive sum, negative sum, neutral count.

    Zeros only add to the neutral count, so the sums run over the non-zero
    scores, in the package's order.
    """
    nonzero = [score for score in sentiments if score != 0]
    pos_sum = 0.0
    neg_sum = 0.0
    for score in nonzero:
        if score > 0:
            pos_sum += (float(score) + 1)
        elif score < 0:
            neg_sum += (float(score) - 1)
    return pos_sum, neg_sum, len(sentiments) - len(nonzero)


# ----------------------------------------------------------------- selection
_FALLBACK_WARNED = False


def _installed_version() -> str:
    """The installed vaderSentiment version string."""
    return importlib.metadata.version(_DISTRIBUTION)


def make_analyzer() -> Scorer:
    """Return the fast analyzer when its identity with the package is verified.

    Returns
    -------
    FastAnalyzer or vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer
        :class:`FastAnalyzer` when the installed vaderSentiment version equals
        :data:`VERIFIED_VERSION`; otherwise the package's own analyzer, with a
        ``RuntimeWarning`` (once per process), because another release may
        have changed rules this module reproduces.
    """
    global _FALLBACK_WARNED
    installed = _installed_version()
    if installed == VERIFIED_VERSION:
        return FastAnalyzer()
    if not _FALLBACK_WARNED:
        warnings.warn(
            f"vaderSentiment {installed} is installed but analysis.vader is verified for "
            f"{VERIFIED_VERSION} only; scoring with the package's slower SentimentIntensityAnalyzer. "
            f"Run the slow identity test (pytest -m slow tests/test_vader.py) and update "
            f"VERIFIED_VERSION once it passes.",
            RuntimeWarning, stacklevel=2)
        _FALLBACK_WARNED = True
    return _vs.SentimentIntensityAnalyzer()
