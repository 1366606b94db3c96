"""Which sentences mention which target (a person, a group, a place), through alias lists.

The aliases live in an editable data file, ``analysis/data/targets.csv`` (one
row per ``target, alias``; its header comment documents the format). Matching
rules, chosen so that counts are predictable and easy to audit:

- **Whole words only.** An alias matches where it is neither preceded nor
  followed by a letter, digit or underscore. So "Putin" does not match
  "Putinism" (an ideology, not the man) and "Kiev" does not match "Kievan"
  (as in Kievan Rus', the medieval state). Hyphenated compounds do match
  ("Putin-backed" mentions Putin), because the hyphen is not a word character.
- **Possessives match.** "Ukraine's", "Zelenskiy's" and "soldiers'" match
  "Ukraine", "Zelenskiy" and "soldiers": the apostrophe ends the word.
- **Inflections do not.** "Ukrainians" is not found by the alias "Ukrainian";
  plural and adjectival forms are listed as their own rows.
- **Case-insensitive**, so capitalised headlines ("RUSSIAN TROOPS") match.
- Spaces inside a multi-word alias match any run of whitespace.

What this does not handle: pronouns and other coreference ("he", "the
president"), epithets ("the Kremlin", "Moscow" for the Russian state), and
aliases that are ambiguous in another corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .checks import require_columns as _require
from . import paths

__all__ = ["TARGETS_CSV", "load_targets", "alias_pattern", "mention_targets"]

#: The alias table shipped with the package.
TARGETS_CSV = paths.PACKAGE_DATA_DIR / "targets.csv"

_TARGET_COLUMNS = ("target", "alias")
_SENTENCE_COLUMNS = ("doc_id", "outlet", "paragraph", "sentence")


def load_targets(path: str | Path | None = None) -> pd.DataFrame:
    """Read the target alias table.

    Parameters
    ----------
    path
        A CSV with columns ``target`` and ``alias`` (``#`` lines are comments);
        ``None`` reads the bundled :data:`TARGETS_CSV`.

    Returns
    -------
    DataFrame
        One row per alias, sorted by target then alias: ``target``, ``alias``
        (both stripped of surrounding spaces).

    Raises
    ------
    ValueError
        If a column is missing, a cell is blank, or an alias is listed twice.
    """
    source = Path(path) if path is not None else TARGETS_CSV
    table = pd.read_csv(source, comment="#", dtype=str, keep_default_na=False)
    _require(table, _TARGET_COLUMNS, name=f"target table {source}")
    table = table.loc[:, list(_TARGET_COLUMNS)].apply(lambda col: col.str.strip())
    blank = table.index[(table["target"] == "") | (table["alias"] == "")]
    if len(blank):
        raise ValueError(
            f"target table {source}: blank target or alias on data row(s) "
            f"{[int(i) + 1 for i in blank]}; fill or delete them"
        )
    dupes = table["alias"].str.casefold().duplicated(keep=False)
    if dupes.any():
        raise ValueError(
            f"target table {source}: alias(es) {sorted(set(table.loc[dupes, 'alias']))} "
            "are listed more than once (matching is case-insensitive); keep one row each"
        )
    return table.sort_values(["target", "alias"], ignore_index=True)


def alias_pattern(alias: str) -> str:
    """Regular expression matching ``alias`` as whole words (see the module notes).

    Parameters
    ----------
    alias
        A plain word or phrase; regex characters in it are taken literally.

    Returns
    -------
    str
        A pattern to compile with :data:`re.IGNORECASE`.
    """
    words = alias.split()
    if not words:
        raise ValueError("alias must contain at least one word, got an empty string")
    return r"(?<!\w)" + r"\s+".join(re.escape(word) for word in words) + r"(?!\w)"


def _compile(targets: pd.DataFrame) -> dict[str, re.Pattern]:
    compiled = {}
    for target, group in targets.groupby("target", sort=True):
        aliases = sorted(group["alias"], key=len, reverse=True)  # longest first
        pattern = "|".join(f"(?:{alias_pattern(alias)})" for alias in aliases)
        compiled[str(target)] = re.compile(pattern, re.IGNORECASE)
    return compiled


def mention_targets(
    sentences: pd.DataFrame, targets: pd.DataFrame | None = None, *, text_column: str = "text"
) -> pd.DataFrame:
    """Find the sentences that mention each target.

    Parameters
    ----------
    sentences
        One row per sentence, as :func:`analysis.sentences` returns (columns
        ``doc_id``, ``outlet``, ``paragraph``, ``sentence`` and the text).
    targets
        An alias table as :func:`load_targets` returns; ``None`` loads the
        bundled one.
    text_column
        The column holding the text to search.

    Returns
    -------
    DataFrame
        One row per sentence × target mentioned, sorted by ``doc_id``,
        ``sentence``, ``target``: ``doc_id``, ``outlet``, ``paragraph``,
        ``sentence``, ``target``, ``n_mentions`` (matches in the sentence),
        ``matched`` (the distinct matched strings, as written, joined by
        ``"; "``). A sentence mentioning two targets appears twice.
    """
    _require(sentences, (*_SENTENCE_COLUMNS, text_column), name="sentences")
    targets = load_targets() if targets is None else targets
    _require(targets, _TARGET_COLUMNS, name="targets")
    texts = sentences[text_column].fillna("").astype("str").to_numpy()
    unique = list(dict.fromkeys(texts))  # search each distinct text once
    rows = []
    for target, regex in _compile(targets).items():
        found = {text: regex.findall(text) for text in unique}
        for position, text in enumerate(texts):
            if found[text]:
                rows.append((position, target, len(found[text]), "; ".join(dict.fromkeys(found[text]))))
    hits = pd.DataFrame(rows, columns=["_row", "target", "n_mentions", "matched"])
    keys = sentences.iloc[hits["_row"].to_numpy()][list(_SENTENCE_COLUMNS)].reset_index(drop=True)
    result = pd.concat([keys, hits.drop(columns="_row")], axis=1)
    return result.sort_values(["doc_id", "sentence", "target"], ignore_index=True)
