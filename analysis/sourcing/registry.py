"""The registry of citable sources: its kinds, loading and checking it, matching its aliases.

:func:`load_registry` reads ``analysis/data/sources.csv`` (canonical name, ``|``-separated
aliases, kind); :func:`_compile` turns it into a :class:`_Registry` of token keys for
:func:`_find_aliases` (registry mentions in a sentence, longest alias first) and
:func:`_resolve` (one alias as written → canonical name and kind; an alias written in
capitals matches only so). :func:`_own_outlet` builds the small registry of the names an
article uses for its own outlet ("told the Herald" in the NZ Herald, "(HT Photo)").

Round 14 added: an own outlet missing from the registry is a news outlet under all its names (the article
itself is the evidence), not the kind its name alone would give.

Round 18 added: an own outlet missing from the registry is a news agency when its name says so ("Kenya News
Agency": :func:`_unlisted_own_kind`), else a news outlet.

Round 20 added: an own outlet's last word that names a registry outlet is the own outlet ("told the Sun" in the
Toronto Sun: :func:`_names_an_outlet`).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import paths
from .name_kinds import _MEDIA_WORDS, _name_kind
from .speaker_lexicon import _aliases as _table_aliases

__all__ = ["KINDS", "MEDIA_KINDS", "SOURCES_CSV", "load_registry"]

#: Kinds of source that are other media: citing them means relaying their reporting.
MEDIA_KINDS = ("news outlet", "news agency")

#: The registry shipped with the package (columns canonical, aliases, kind, notes).
SOURCES_CSV = paths.PACKAGE_DATA_DIR / "sources.csv"

#: Allowed values of the ``kind`` column, registry kinds first.
KINDS = (
    "news outlet",
    "news agency",
    "government body",
    "international organisation",
    "social platform",
    "company",
    "image credit",
    "unknown",
)
_REGISTRY_KINDS = set(KINDS) - {"image credit", "unknown"}

_MEDIA_KINDS = frozenset(MEDIA_KINDS)


@dataclass(frozen=True, eq=False)  # hashed by identity: compiled once per path, cached
class _Registry:
    keys: frozenset  # aliases as tuples of lower-cased tokens
    starts: frozenset  # first tokens of the aliases
    longest: int  # most tokens in an alias
    lookup: dict  # lower-cased alias -> (canonical, kind, needs_capital)
    exact: dict  # alias written in capitals -> (canonical, kind)
    initials: dict = field(default_factory=dict)  # an own outlet's initials -> canonical ("HT")


_ALIAS_TOKEN = re.compile(r"\w+|[^\w\s]")


def load_registry(path: str | Path | None = None) -> pd.DataFrame:
    """Read the registry of citable sources.

    Parameters
    ----------
    path
        A CSV in the format of ``analysis/data/sources.csv`` (lines starting
        with ``#`` are comments); ``None`` reads the shipped registry.

    Returns
    -------
    DataFrame
        ``canonical``, ``aliases`` (``"|"``-separated, may be empty), ``kind``,
        ``notes``; one row per source, in file order.
    """
    target = Path(path) if path is not None else SOURCES_CSV
    table = pd.read_csv(target, comment="#", dtype=str, keep_default_na=False)
    missing = [c for c in ("canonical", "aliases", "kind") if c not in table.columns]
    if missing:
        raise ValueError(f"{target}: registry lacks columns {missing}; present: {list(table.columns)}")
    bad = table.loc[~table["kind"].isin(_REGISTRY_KINDS)]
    if len(bad):
        row = bad.iloc[0]
        raise ValueError(
            f"{target}: row {row['canonical']!r} has kind {row['kind']!r}; use one of {sorted(_REGISTRY_KINDS)}"
        )
    _warn_shared_aliases(table, target)
    return table.reset_index(drop=True)


def _warn_shared_aliases(table: pd.DataFrame, target: Path) -> None:
    """Warn when one spelling names two rows: only the first row would ever be reported."""
    owners: dict[str, str] = {}
    for row in table.itertuples():
        for alias in _aliases(row):
            first = owners.setdefault(alias.lower(), row.canonical)
            if first != row.canonical:
                warnings.warn(f"{target}: alias {alias!r} of {row.canonical!r} already names {first!r}; "
                              f"the first row wins — remove it from one of them", stacklevel=3)


def _aliases(row) -> list[str]:
    """A row's names (canonical and aliases) without a leading "The", sorted."""
    return sorted({re.sub(r"^(?:the|The)\s+", "", name.strip()) for name in _table_aliases(row)})


@lru_cache(maxsize=8)
def _compile(path: str | None) -> _Registry:
    table = load_registry(path)
    return _build_registry((row.canonical, row.kind, _aliases(row)) for row in table.itertuples())


def _build_registry(rows) -> _Registry:
    """A registry from (canonical, kind, aliases) triples; the first row to claim an alias wins."""
    lookup: dict = {}
    exact: dict = {}
    for canonical, kind, aliases in rows:
        for alias in aliases:
            if alias.isupper():
                exact.setdefault(alias, (canonical, kind))
            else:
                lookup.setdefault(alias.lower(), (canonical, kind, alias[:1].isupper()))
    keys = frozenset(tuple(_ALIAS_TOKEN.findall(a.lower())) for a in [*exact, *lookup])
    return _Registry(keys, frozenset(k[0] for k in keys), max(map(len, keys), default=1), lookup, exact)


@lru_cache(maxsize=256)
def _own_outlet(outlet: str, registry: _Registry) -> _Registry | None:
    """The names an article uses for its own outlet ("told the Herald" in the NZ Herald):
    the outlet as the articles name it, and its last word when that is a newspaper word
    ("Herald", "Standard") or a registry outlet's name ("Sun": :func:`_names_an_outlet`), its endings of two
    words or more (:func:`_short_forms`: "the Free Press") and its initials ("THT"); reported
    under the registry's name and kind, else the outlet's own name as a news outlet, or a news agency
    when its name says so (:func:`_unlisted_own_kind`, :func:`_unlisted_own_names`). Its initials
    ("HT") are kept for photo credits too."""
    name = re.sub(r"\s*\([^()]*\)\s*", " ", outlet).strip()
    if not name[:1].isupper():
        return None
    base = re.sub(r"^(?:the|The)\s+", "", name)
    hit = _resolve(registry, base)
    canonical, kind = hit or (name, _unlisted_own_kind(base))
    words = base.split()
    aliases = {base, *_short_forms(words)}
    last = name.split()[-1]
    if len(name.split()) > 1 and (last in _MEDIA_WORDS or _names_an_outlet(registry, last)):
        aliases.add(last)
    initials = "".join(w[0] for w in base.split() if w[:1].isupper())
    if len(initials) >= 3 and len(initials) == len(words):
        aliases.add(initials)  # "told THT" in The Himalayan Times
    rows = [(canonical, kind, sorted(aliases))] + ([] if hit else _unlisted_own_names(base, aliases, initials, kind))
    own = _build_registry(rows)
    return replace(own, initials={initials: canonical}) if len(initials) >= 2 else own


def _own_word(own: _Registry | None, word: str) -> tuple[str, str] | None:
    """The article's own outlet when a medium found by one word is a word of its name ("told Corriere" in the
    Corriere della Sera, "told the Citizen" in the Ottawa Citizen): (canonical, kind), else None."""
    if own is None:
        return None
    return next(((canonical, kind) for canonical, kind, _ in own.lookup.values() if word in canonical.split()), None)


def _short_forms(words: list[str]) -> list[str]:
    """The endings of an outlet's name of three or more words that an article shortens it to ("the Evening
    News" for the Edinburgh Evening News, "the Free Press", "the Journal Sentinel"): two words or more,
    capitalised."""
    return [" ".join(words[i:]) for i in range(1, len(words) - 1) if len(words) >= 3 and words[i][:1].isupper()]


def _names_an_outlet(registry: _Registry, word: str) -> bool:
    """Whether ``word`` is a registry outlet's name ("Sun" for The Sun): in the Toronto Sun's own
    article "told the Sun" is the Toronto Sun, not that outlet."""
    hit = _resolve(registry, word)
    return hit is not None and hit[1] in _MEDIA_KINDS


#: Words after an outlet's own short name in the name the articles give it ("Yle News", "LRT English").
_EDITION_WORDS = frozenset("News English Online".split())


def _unlisted_own_kind(name: str) -> str:
    """Kind of an own outlet missing from the registry: a news agency when its name says so ("Kenya News
    Agency"), else a news outlet."""
    return "news agency" if _name_kind(name.split()) == "news agency" else "news outlet"


def _unlisted_own_names(base: str, aliases: set, initials: str,
                        kind: str = "news outlet") -> list[tuple[str, str, list[str]]]:
    """More names of an own outlet missing from the registry, as (canonical, ``kind``, aliases) rows:
    its title with "The" as written ("told The Jordan Times", "The STAR" in the Philippine Star),
    its initials ("told FMT" in Free Malaysia Today), and its short names, reported as written:
    the name before an edition word ("Yle" in Yle News, "ERR") and a hyphenated title after a
    place ("Post-Courier" in the PNG Post-Courier)."""
    words = base.split()
    full = "The " + base
    rows = [(full, kind, sorted(f"The {a}" for a in aliases))]
    if len(initials) >= 3 and len(words) >= 3:
        rows.append((base, kind, [initials]))
    short = [" ".join(words[:-1])] if len(words) == 2 and words[-1] in _EDITION_WORDS else []
    short += [words[-1]] if len(words) > 1 and _MEDIA_WORDS.intersection(words[-1].split("-")) - {words[-1]} else []
    return rows + [(name, "news outlet", [name]) for name in short]


def _resolve(registry: _Registry, text: str) -> tuple[str, str] | None:
    """Canonical name and kind of a registry alias as written, or None."""
    text = " ".join(text.split())
    if text in registry.exact:
        return registry.exact[text]
    hit = registry.lookup.get(text.lower())
    if hit is None or (hit[2] and not text[:1].isupper()):
        return None
    return hit[0], hit[1]


def _find_aliases(text: str, registry: _Registry):
    """Registry mentions in ``text``, longest alias first: (start, end, (canonical, kind))."""
    tokens = list(_ALIAS_TOKEN.finditer(text))
    lower = [t.group().lower() for t in tokens]
    i = 0
    while i < len(tokens):
        step = 1
        if lower[i] in registry.starts:
            for k in range(min(registry.longest, len(tokens) - i), 0, -1):
                if tuple(lower[i:i + k]) not in registry.keys:
                    continue
                start, end = tokens[i].start(), tokens[i + k - 1].end()
                hit = _resolve(registry, text[start:end])
                if hit and text[start - 1:start] != "@" and text[end:end + 1] != "-":
                    yield start, end, hit
                    step = k
                    break
        i += step
