"""Single-core speed of ``analysis.vader.FastAnalyzer`` against vaderSentiment.

Run: ``.venv/bin/python benchmarks/bench_vader.py [n_sentences]``. Resamples
the bundled articles' sentences (lines cut at sentence-final punctuation) into
a list of ``N_SENTENCES`` news sentences, scores the same list with the
package's ``SentimentIntensityAnalyzer`` and with ``FastAnalyzer`` in this one
process, and prints sentences per second for both, their ratio (target: at
least ``TARGET_RATIO``) and the number of sentences whose scores differ (must
be 0; the script exits with status 1 otherwise). Each timing is the best of
``REPEATS`` runs, so a background hiccup does not count against either side.
"""

from __future__ import annotations

import random
import re
import sys
import time
from collections.abc import Callable, Sequence

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis import paths
from analysis.vader import FastAnalyzer

#: About a day of a large outlet's output, scored in a few seconds per side.
N_SENTENCES = 50_000
REPEATS = 3
SEED = 7
#: The speed-up the fast scorer must keep over the package on one core.
TARGET_RATIO = 2.0
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def resampled_sentences(n: int, *, seed: int = SEED) -> list[str]:
    """``n`` sentences drawn with replacement from the bundled raw articles."""
    pool = []
    for path in sorted(paths.RAW_DIR.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            pool.extend(s for s in _SENTENCE_END.split(line.strip()) if s)
    rng = random.Random(seed)
    return rng.choices(pool, k=n)


def best_rate(score: Callable[[str], dict], texts: Sequence[str]) -> float:
    """Sentences per second, best of ``REPEATS`` passes over ``texts``."""
    best = float("inf")
    for _ in range(REPEATS):
        started = time.process_time()
        for text in texts:
            score(text)
        best = min(best, time.process_time() - started)
    return len(texts) / best


def main(n_sentences: int = N_SENTENCES) -> int:
    """Print both rates, their ratio and the mismatch count; return the exit status."""
    texts = resampled_sentences(n_sentences)
    package, fast = SentimentIntensityAnalyzer(), FastAnalyzer()
    n_mismatches = sum(package.polarity_scores(t) != fast.polarity_scores(t) for t in texts)
    package_rate = best_rate(package.polarity_scores, texts)
    fast_rate = best_rate(fast.polarity_scores, texts)
    ratio = fast_rate / package_rate
    print(f"VADER scoring, one core, {len(texts):,} resampled corpus sentences (best of {REPEATS})")
    print(f"{'vaderSentiment SentimentIntensityAnalyzer':44s} {package_rate:10,.0f} sentences/s")
    print(f"{'analysis.vader.FastAnalyzer':44s} {fast_rate:10,.0f} sentences/s")
    verdict = "met" if ratio >= TARGET_RATIO else "NOT met"
    print(f"{'speed-up':44s} {ratio:10.2f}x   (target >= {TARGET_RATIO:.1f}x: {verdict})")
    print(f"{'sentences with different scores':44s} {n_mismatches:10,d}   (must be 0)")
    return 1 if n_mismatches else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else N_SENTENCES))
