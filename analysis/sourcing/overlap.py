"""The same words across outlets: shared quotes and reused passages.

:func:`shared_quotes` pairs quotations of one utterance carried by different
articles — trimmed, merged, reworded or translated differently — and shows
where their wording differs. :func:`reused_passages` finds stretches of one
article that reappear near-verbatim in another — the "churnalism" question of
Cagé, Hervé & Viaud (2020, *Review of Economic Studies*), measured with shared
word n-grams as in the METER study of journalistic text reuse (Clough,
Gaizauskas, Piao & Wilks, ACL 2002) — with the direction when both dates are
known.

Neither compares all pairs. Both index candidates first — word bigrams for
quotes, word n-grams for passages — and only compare items that share a key,
so the cost grows with the number of *related* pairs, not with the square of
the corpus. Keys shared by very many items ("of the", "in the") carry no
signal and are skipped (see :data:`MAX_BLOCK`).

Not handled: paraphrase with no shared wording (a summary of a speech), and
quotes translated so differently that they share fewer than
:data:`MIN_SHARED_WORDS` words.
"""

from __future__ import annotations

import difflib
import html
import re
import warnings
from collections import defaultdict
from itertools import combinations

import pandas as pd
from rapidfuzz import fuzz

from ..checks import require_columns

__all__ = [
    "MIN_SIMILARITY",
    "MIN_QUOTE_WORDS",
    "MIN_FRAGMENT_WORDS",
    "MIN_SHARED_WORDS",
    "MAX_BLOCK",
    "PASSAGE_NGRAM",
    "MIN_PASSAGE_WORDS",
    "normalise",
    "word_diff",
    "diff_html",
    "shared_quotes_html",
    "shared_quotes",
    "reused_passages",
]

#: Least rapidfuzz ``token_set_ratio`` (0–100) for two quotes to be one
#: utterance. Trimmed quotes score 100 (one word set contains the other);
#: two English translations of one Zelensky sentence score about 85;
#: unrelated sentences of the same story score 35–50. 70 sits between.
MIN_SIMILARITY = 70.0
#: Shorter quotes are labels or fragments ('calm', 'cannon fodder'), not
#: utterances one could trace across outlets.
MIN_QUOTE_WORDS = 5
#: Shortest quote kept at all: a shorter one (a single quoted word) is too
#: common to trace. Quotes of MIN_FRAGMENT_WORDS up to MIN_QUOTE_WORDS - 1
#: words are matched only word for word inside another article's quote
#: ("treacherous invasion" inside "I gravely apologise for our treacherous
#: invasion"), never fuzzily.
MIN_FRAGMENT_WORDS = 2
#: Least number of distinct words two quotes must share, so that a short
#: quote contained in a long one by chance ("we want to go home") is not
#: taken for the same utterance.
MIN_SHARED_WORDS = 4
#: Index keys carried by more distinct texts than this are too common to
#: point at one utterance or passage ("of the", "we will") and are not used to
#: form candidates. It bounds the work per key (at most 50 * 49 / 2 pairs), so
#: the cost grows with the number of keys, i.e. linearly with the corpus.
#: Identical wording is grouped before indexing, so a quote repeated verbatim
#: by hundreds of articles still counts as one text here.
MAX_BLOCK = 50
#: Word n-gram length for passage reuse: eight words in the same order
#: rarely occur by chance outside set phrases.
PASSAGE_NGRAM = 8
#: Shortest reused passage reported, in words.
MIN_PASSAGE_WORDS = 12

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
_QUOTE_COLUMNS = ("doc_id", "outlet", "quote")
_PAIR_COLUMNS = [
    "doc_id_a", "outlet_a", "paragraph_a", "speaker_a", "quote_a",
    "doc_id_b", "outlet_b", "paragraph_b", "speaker_b", "quote_b",
    "match", "similarity", "n_shared_words", "is_cross_outlet", "diff",
]


def normalise(text: str) -> list[str]:
    """Lower-cased word tokens; curly apostrophes folded to straight ones.

    Lossless for matching purposes only: the original text is kept apart.
    """
    return [t.replace("’", "'") for t in _TOKEN.findall(text.lower())]


def word_diff(a: str, b: str) -> str:
    """Word-level difference of ``a`` → ``b``: ``[-removed-]`` and ``{+added+}`` marks.

    Words are compared on their normalised form, so curly versus straight
    apostrophes or capitals are not reported as changes; the words shown are
    those of ``a`` (kept and removed) and ``b`` (added).
    """
    return "".join(_render(a, b, _plain))


def diff_html(a: str, b: str) -> str:
    """The word diff as HTML: ``<del>`` for removed, ``<ins>`` for added, text escaped."""
    return "".join(_render(a, b, _html))


_PUNCT_FOLD = str.maketrans(
    {"–": "-", "—": "-", "‒": "-", "―": "-", "“": '"', "”": '"', "‘": "'", "’": "'"}
)


def _word_key(word: str) -> str:
    """Comparison key of a whitespace-separated word: its tokens, or its folded punctuation."""
    return " ".join(normalise(word)) or word.translate(_PUNCT_FOLD)


def shared_quotes_html(pairs: pd.DataFrame, *, max_rows: int = 20) -> str:
    """An HTML table of shared quotes: each side's outlet, speaker and wording, and the diff.

    Parameters
    ----------
    pairs
        Output of :func:`shared_quotes`.
    max_rows
        Rows shown (the first ones, i.e. the closest matches).

    Returns
    -------
    str
        ``<table>`` markup; every piece of article text is escaped with
        :func:`html.escape`, so markup inside quotes is shown, not rendered.
        Removed words are ``<del>``, added words ``<ins>`` (a → b).
    """
    require_columns(pairs, ("outlet_a", "outlet_b", "quote_a", "quote_b", "similarity", "match"), name="pairs")
    head = "".join(f"<th>{h}</th>" for h in ("a", "b", "match", "similarity", "a → b"))
    body = []
    for row in pairs.head(max_rows).itertuples(index=False):
        side_a = _side_html(row.outlet_a, getattr(row, "speaker_a", ""), row.quote_a)
        side_b = _side_html(row.outlet_b, getattr(row, "speaker_b", ""), row.quote_b)
        cells = [side_a, side_b, html.escape(str(row.match)), f"{row.similarity:.0f}",
                 diff_html(row.quote_a, row.quote_b)]
        body.append("<tr>" + "".join(f'<td style="text-align:left">{c}</td>' for c in cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _side_html(outlet, speaker, quote: str) -> str:
    who = html.escape(str(outlet))
    if isinstance(speaker, str) and speaker:
        who += f" — {html.escape(speaker)}"
    return f"<b>{who}</b><br>{html.escape(quote)}"


def _plain(op: str, words: str) -> str:
    return {"equal": words, "delete": f"[-{words}-]", "insert": f"{{+{words}+}}"}[op]


def _html(op: str, words: str) -> str:
    escaped = html.escape(words)
    return {"equal": escaped, "delete": f"<del>{escaped}</del>", "insert": f"<ins>{escaped}</ins>"}[op]


def _render(a: str, b: str, mark) -> list[str]:
    words_a, words_b = a.split(), b.split()
    keys_a = [_word_key(w) for w in words_a]
    keys_b = [_word_key(w) for w in words_b]
    pieces = []
    matcher = difflib.SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("equal", "delete", "replace") and i2 > i1:
            pieces.append(mark("equal" if op == "equal" else "delete", " ".join(words_a[i1:i2])))
        if op in ("insert", "replace") and j2 > j1:
            pieces.append(mark("insert", " ".join(words_b[j1:j2])))
    return [p if i == 0 else " " + p for i, p in enumerate(pieces)]


def _quote_items(quotes: pd.DataFrame) -> pd.DataFrame:
    """Quotes with their normalised text (``key``) and word count (``n_tokens``); scare quotes dropped."""
    frame = quotes.reset_index(drop=True).copy()
    frame.attrs = {}  # pandas deep-copies attrs on every operation; none are needed here
    for column, default in (("paragraph", pd.NA), ("speaker", "")):
        if column not in frame.columns:
            frame[column] = default
    tokens = frame["quote"].fillna("").astype(str).map(normalise)
    frame["key"] = tokens.map(" ".join)
    frame["n_tokens"] = tokens.map(len)
    keep = frame["n_tokens"].ge(MIN_FRAGMENT_WORDS)
    if "is_scare_quote" in frame.columns:
        keep &= ~frame["is_scare_quote"].fillna(False).astype(bool)
    return frame.loc[keep].reset_index(drop=True)


def _candidate_pairs(texts: list[list[str]], *, max_block: int, min_keys: int) -> list[tuple[int, int]]:
    """Pairs of text ids sharing at least ``min_keys`` word bigrams (rare ones only)."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for tid, words in enumerate(texts):
        for key in set(zip(words, words[1:])):
            index[key].append(tid)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for ids in index.values():
        if 1 < len(ids) <= max_block:
            for pair in combinations(ids, 2):
                shared[pair] += 1
    return sorted(pair for pair, count in shared.items() if count >= min_keys)


def _matched_texts(keys: list[str], *, min_similarity: float, max_block: int) -> list[tuple[int, int, float, int]]:
    """(text id, text id, similarity, shared words) of matching distinct texts."""
    texts = [k.split() for k in keys]
    out = []
    for a, b in _candidate_pairs(texts, max_block=max_block, min_keys=_MIN_SHARED_BIGRAMS):
        n_shared = len(set(texts[a]) & set(texts[b]))
        if n_shared < MIN_SHARED_WORDS:
            continue
        score = fuzz.token_set_ratio(keys[a], keys[b])
        if score >= min_similarity:
            out.append((a, b, float(score), n_shared))
    out += [(t, t, 100.0, len(set(w))) for t, w in enumerate(texts)]  # same wording in several articles
    return out


#: Candidate quotes must share two word bigrams, not one, so a stock phrase
#: ("the Russian army") alone does not make a pair worth scoring.
_MIN_SHARED_BIGRAMS = 2


def shared_quotes(
    quotes: pd.DataFrame,
    *,
    min_similarity: float = MIN_SIMILARITY,
    min_words: int = MIN_QUOTE_WORDS,
    max_block: int = MAX_BLOCK,
) -> pd.DataFrame:
    """The same utterance quoted by different articles, with the wording compared.

    Parameters
    ----------
    quotes
        Rows of :func:`analysis.sourcing.quotes` — ``doc_id``, ``outlet``,
        ``quote`` required; ``paragraph``, ``speaker`` and ``is_scare_quote``
        used when present (scare quotes are left out).
    min_similarity
        Least rapidfuzz ``token_set_ratio`` (0–100) on normalised words; see
        :data:`MIN_SIMILARITY` for why 70.
    min_words
        Quotes with fewer words are matched only as fragments, word for word
        inside another article's quote (:data:`MIN_QUOTE_WORDS`,
        :data:`MIN_FRAGMENT_WORDS`).
    max_block
        Bigrams found in more distinct quotes than this are not used to form
        candidates (:data:`MAX_BLOCK`).

    Returns
    -------
    DataFrame
        One row per pair of quotes from different articles: ``doc_id_a``,
        ``outlet_a``, ``paragraph_a``, ``speaker_a``, ``quote_a``, the same
        for ``_b`` (side a is the lower doc_id), ``match`` ("same wording",
        "reworded", or "fragment" when side a or b is a short quote found
        word for word in the other), ``similarity`` (0–100),
        ``n_shared_words`` (distinct words in common), ``is_cross_outlet``
        (the outlets differ), ``diff`` (a → b word diff, see
        :func:`word_diff`). Sorted by match (same wording, reworded, fragment),
        similarity (highest first), doc ids and paragraphs.
    """
    require_columns(quotes, _QUOTE_COLUMNS, name="quotes")
    items = _quote_items(quotes)
    long = items.loc[items["n_tokens"].ge(min_words)]
    groups = long.groupby("key", sort=True).indices
    positions = {key: long.index[idx] for key, idx in groups.items()}
    keys = list(positions)
    rows = []
    for a, b, score, n_shared in _matched_texts(keys, min_similarity=min_similarity, max_block=max_block):
        left, right = positions[keys[a]], positions[keys[b]]
        pairs = combinations(left, 2) if a == b else ((i, j) for i in left for j in right)
        kind = "same wording" if a == b else "reworded"
        rows += [_pair_row(items, i, j, score, n_shared, kind) for i, j in pairs
                 if items.at[i, "doc_id"] != items.at[j, "doc_id"]]
    rows += [_pair_row(items, i, j, 100.0, n, "fragment") for i, j, n in _fragment_pairs(items, min_words)]
    frame = pd.DataFrame(rows, columns=_PAIR_COLUMNS)
    order = frame.assign(_rank=frame["match"].map(_MATCH_RANK), _neg=-frame["similarity"]).sort_values(
        ["_rank", "_neg", "doc_id_a", "doc_id_b", "paragraph_a", "paragraph_b", "quote_a"], kind="stable")
    return order.drop(columns=["_rank", "_neg"]).reset_index(drop=True)


_MATCH_RANK = {"same wording": 0, "reworded": 1, "fragment": 2}


def _fragment_pairs(items: pd.DataFrame, min_words: int) -> list[tuple[int, int, int]]:
    """(fragment row, containing row, words) where a short quote recurs word for word in another article.

    Candidates come from the bigram index: the containing quote must hold
    every bigram of the fragment; the words are then checked to be contiguous.
    """
    index: dict[tuple[str, str], set[int]] = defaultdict(set)
    words = {i: key.split() for i, key in items["key"].items()}
    for i, toks in words.items():
        for gram in zip(toks, toks[1:]):
            index[gram].add(i)
    out = []
    for i in items.index[items["n_tokens"].lt(min_words)]:
        grams = list(zip(words[i], words[i][1:]))
        hosts = set.intersection(*(index[g] for g in grams)) - {i}
        needle = f" {items.at[i, 'key']} "
        for j in sorted(hosts):
            is_other_doc = items.at[j, "doc_id"] != items.at[i, "doc_id"]
            is_first = items.at[j, "n_tokens"] >= min_words or j > i  # two equal fragments pair once
            if is_other_doc and is_first and needle in f" {items.at[j, 'key']} ":
                out.append((i, j, len(set(words[i]))))
    return out


def _pair_row(items: pd.DataFrame, i: int, j: int, score: float, n_shared: int, kind: str) -> dict:
    first, second = sorted((i, j), key=lambda k: (str(items.at[k, "doc_id"]), str(items.at[k, "paragraph"]), k))
    a, b = items.loc[first], items.loc[second]
    row = {f"{col}_a": a[col] for col in ("doc_id", "outlet", "paragraph", "speaker", "quote")}
    row.update({f"{col}_b": b[col] for col in ("doc_id", "outlet", "paragraph", "speaker", "quote")})
    row.update(match=kind, similarity=score, n_shared_words=n_shared,
               is_cross_outlet=str(a["outlet"]) != str(b["outlet"]), diff=word_diff(a["quote"], b["quote"]))
    return row


_PASSAGE_COLUMNS = [
    "doc_id_a", "outlet_a", "doc_id_b", "outlet_b", "n_words",
    "word_start_a", "word_end_a", "word_start_b", "word_end_b",
    "start_a", "end_a", "start_b", "end_b", "text_a", "text_b", "earlier_doc_id", "is_directed",
]


def _tokens_with_spans(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    matches = list(_TOKEN.finditer(text))
    return [m.group().lower().replace("’", "'") for m in matches], [m.span() for m in matches]


def _ngram_hits(token_lists: list[list[str]], n: int, max_block: int) -> dict:
    """(doc a, doc b) -> array of (position in a, position in b) of shared n-grams."""
    index: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for doc, words in enumerate(token_lists):
        for pos in range(len(words) - n + 1):
            index[tuple(words[pos:pos + n])].append((doc, pos))
    hits: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for postings in index.values():
        if len(postings) < 2 or len({d for d, _ in postings}) > max_block:
            continue
        for (da, pa), (db, pb) in combinations(postings, 2):
            if da != db:
                key, pair = ((da, db), (pa, pb)) if da < db else ((db, da), (pb, pa))
                hits[key].append(pair)
    return hits


def _runs(pairs: list[tuple[int, int]], n: int) -> list[tuple[int, int, int]]:
    """Chain n-gram hits on one diagonal into passages: (start a, end a, start b), token units.

    Hits on the same diagonal (same offset b - a) up to ``n + 1`` positions
    apart are joined, so one changed word does not split a passage.
    """
    runs = []
    for pa, pb in sorted(pairs, key=lambda p: (p[1] - p[0], p[0])):
        diag = pb - pa
        if runs and runs[-1][3] == diag and pa <= runs[-1][1] + 1:  # overlapping, or one word changed
            runs[-1][1] = pa + n
        else:
            runs.append([pa, pa + n, pb, diag])
    return [(a, e, b) for a, e, b, _ in runs]


def _direction(published: list, a: int, b: int, doc_ids: list) -> tuple[object, bool]:
    """The earlier article's doc_id when both dates are known and differ.

    A timestamp at exactly midnight is taken as a bare date, so it is compared
    with the other at day resolution: a date-only article and a timed one of
    the same day are undirected.
    """
    ta, tb = published[a], published[b]
    if pd.isna(ta) or pd.isna(tb):
        return pd.NA, False
    ta, tb = pd.Timestamp(ta), pd.Timestamp(tb)
    if ta == ta.normalize() or tb == tb.normalize():
        ta, tb = ta.normalize(), tb.normalize()
    if ta == tb:
        return pd.NA, False
    return (doc_ids[a] if ta < tb else doc_ids[b]), True


def _passage_rows(articles: pd.DataFrame, n: int, min_words: int, max_block: int) -> list[dict]:
    texts = articles["text"].fillna("").astype(str).tolist()
    doc_ids, outlets = articles["doc_id"].tolist(), articles["outlet"].astype(str).tolist()
    published = articles["published"].tolist() if "published" in articles.columns else [pd.NA] * len(texts)
    tokens, spans = zip(*(_tokens_with_spans(t) for t in texts)) if texts else ((), ())
    rows = []
    for (a, b), pairs in sorted(_ngram_hits(list(tokens), n, max_block).items()):
        for wa, wa_end, wb in _runs(pairs, n):
            length = wa_end - wa
            if length < min_words:
                continue
            sa, ea = spans[a][wa][0], spans[a][wa_end - 1][1]
            sb, eb = spans[b][wb][0], spans[b][wb + length - 1][1]
            earlier, directed = _direction(published, a, b, doc_ids)
            rows.append({
                "doc_id_a": doc_ids[a], "outlet_a": outlets[a], "doc_id_b": doc_ids[b], "outlet_b": outlets[b],
                "n_words": length, "word_start_a": wa, "word_end_a": wa_end, "word_start_b": wb,
                "word_end_b": wb + length, "start_a": sa, "end_a": ea, "start_b": sb, "end_b": eb,
                "text_a": texts[a][sa:ea], "text_b": texts[b][sb:eb], "earlier_doc_id": earlier,
                "is_directed": directed,
            })
    return rows


def reused_passages(
    articles: pd.DataFrame,
    *,
    n: int = PASSAGE_NGRAM,
    min_words: int = MIN_PASSAGE_WORDS,
    max_block: int = MAX_BLOCK,
) -> pd.DataFrame:
    """Passages of one article that reappear near-verbatim in another.

    Shared word ``n``-grams (lower-cased tokens) are found through an index and
    chained into maximal passages along each alignment diagonal; one changed
    word does not split a passage, an inserted or dropped word does.

    Parameters
    ----------
    articles
        ``doc_id``, ``outlet``, ``text`` required; ``published`` used for
        the direction when present.
    n
        N-gram length in words (:data:`PASSAGE_NGRAM`).
    min_words
        Shortest passage reported, in words (:data:`MIN_PASSAGE_WORDS`).
    max_block
        N-grams found in more articles than this are skipped as set phrases
        or site boilerplate (:data:`MAX_BLOCK`).

    Returns
    -------
    DataFrame
        One row per passage pair: ``doc_id_a``, ``outlet_a``, ``doc_id_b``,
        ``outlet_b`` (a is earlier in the input order of doc ids),
        ``n_words``, word spans ``word_start_a``/``word_end_a``/
        ``word_start_b``/``word_end_b`` (token positions, end exclusive),
        character spans ``start_a``/``end_a``/``start_b``/``end_b`` in each
        article's ``text`` (``text[start:end]`` is the passage),
        ``text_a``, ``text_b``, ``earlier_doc_id`` (the article published
        first, <NA> when a date is missing or both are equal) and
        ``is_directed``. Sorted by doc ids, then position in a.
    """
    require_columns(articles, ("doc_id", "outlet", "text"), name="articles")
    if n < 2 or min_words < n:
        raise ValueError(f"need n >= 2 and min_words >= n; got n={n}, min_words={min_words}")
    if articles["doc_id"].duplicated().any():
        dupes = articles.loc[articles["doc_id"].duplicated(), "doc_id"].tolist()[:3]
        raise ValueError(f"articles: doc_id must be unique; repeated: {dupes}")
    missing = articles.loc[~articles["text"].map(lambda t: isinstance(t, str)), "doc_id"].tolist()
    if missing:
        warnings.warn(f"articles: {len(missing)} row(s) have no text and share no passage, "
                      f"e.g. doc_id {missing[:3]}", stacklevel=2)
    ordered = articles.sort_values("doc_id", kind="stable").reset_index(drop=True)
    frame = pd.DataFrame(_passage_rows(ordered, n, min_words, max_block), columns=_PASSAGE_COLUMNS)
    frame = frame.sort_values(["doc_id_a", "doc_id_b", "start_a", "start_b"], kind="stable")
    frame["earlier_doc_id"] = frame["earlier_doc_id"].astype("string")
    return frame.reset_index(drop=True)
