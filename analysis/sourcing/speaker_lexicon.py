"""Speaker lexicon: the alias and attribution-verb tables, and the look-ups built from them.

Reads the editable tables ``analysis/data/speakers.csv`` (names, bodies, role nouns, titles) and
``analysis/data/attribution_verbs.csv`` (:func:`load_speakers`, :func:`load_attribution_verbs`) and
builds from them, once per pair of files, the phrase look-ups (:class:`_Phrases`) of a :class:`_Lexicon`
that :mod:`.speaker_mentions` and :mod:`.speakers` match a paragraph's tokens (:func:`_tokens`) against;
also the letter classes and small word sets those modules share.

Round 23 added: the table's ``role synonyms`` rows give the forms of one role (``_Lexicon.synonyms``:
"chief executive" = "CEO", "President" = "head of state"), which resolution treats as one role word; "head
of state" and "head of government" are politicians' descriptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .. import paths

__all__ = [
    "load_speakers",
    "load_attribution_verbs",
    "SPEAKER_TYPES",
    "SPEAKER_KINDS",
    "SPEAKERS_CSV",
    "ATTRIBUTION_VERBS_CSV",
]


SPEAKERS_CSV = paths.PACKAGE_DATA_DIR / "speakers.csv"
ATTRIBUTION_VERBS_CSV = paths.PACKAGE_DATA_DIR / "attribution_verbs.csv"
SPEAKER_TYPES = (
    "politician",
    "military or government body",
    "soldier",
    "civilian",
    "journalist or media",
    "expert",
    "organisation",
    "unknown",
)
SPEAKER_KINDS = ("person", "body", "descriptor", "body descriptor", "document", "title", "role synonyms")
_WORD = re.compile(r"[^\W_]+(?:[-'’‘][^\W_]+)*")  # ‘ between letters: an ʻokina ("Tu‘ipulotu")
#: Capital and small letters of the Latin alphabets, accented ones included, as regex classes:
#: Irish, Polish or Czech names ("Eoin Ó Broin", "Met Éireann", "Łukasz") are names too.
_UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper()) + "]"
#: The space between the words of a name: never a line break, so no name runs across two paragraphs
#: or lines ("… due Monday" and "Huaxin Land Holdings, …" on the next).
_NAME_SPACE = r"[^\S\n]+"
_LOWER = "[" + "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower()) + "]"
_DETERMINERS = frozenset("a an the this that these those one another".split())
_POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())
_PREPOSITIONS = frozenset(
    "with to from of by for in on at into onto about against among between towards toward "
    "over under after before during like than via without near outside inside behind beyond around "
    "across through throughout".split()
)
_BE_FORMS = frozenset("is are was were be been being am 's".split())
_MODIFIER_STOP = (
    _DETERMINERS | _POSSESSIVE_PRONOUNS | _PREPOSITIONS | _BE_FORMS
    | frozenset("and or but as who which whom whose that has have had not also then when while "
                "where he she it they we i you some many several two three other all showed show "
                "shows shown reveal reveals revealed saw seen heard filmed released posted shared "
                "found made obtained reviewed".split())
)


# --------------------------------------------------------------------------- data files


def _read_table(path: Path | str, required: list[str]) -> pd.DataFrame:
    table = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {missing}; present: {list(table.columns)}")
    return table


def load_speakers(path: Path | str | None = None) -> pd.DataFrame:
    """Read the speaker alias table.

    Returns
    -------
    DataFrame
        canonical, aliases ("|"-separated), kind, speaker_type, description, note
        — see the header of ``analysis/data/speakers.csv``.

    Raises
    ------
    ValueError
        When a column is missing or a row has an unknown ``kind`` or ``speaker_type``.
    """
    path = SPEAKERS_CSV if path is None else path
    table = _read_table(path, ["canonical", "aliases", "kind", "speaker_type"])
    for column, allowed in (("kind", SPEAKER_KINDS), ("speaker_type", SPEAKER_TYPES)):
        bad = table.loc[~table[column].isin(allowed), ["canonical", column]]
        if len(bad):
            raise ValueError(
                f"{path}: unknown {column} {bad.to_dict('records')}; allowed: {list(allowed)}")
    return table


def load_attribution_verbs(path: Path | str | None = None) -> pd.DataFrame:
    """Read the attribution-verb table.

    Returns
    -------
    DataFrame
        form, verb, is_loaded (bool), is_participle (bool) — see the header of
        ``analysis/data/attribution_verbs.csv``.
    """
    path = ATTRIBUTION_VERBS_CSV if path is None else path
    table = _read_table(path, ["form", "verb", "is_loaded", "is_participle"])
    for column in ("is_loaded", "is_participle"):
        values = table[column].str.lower()
        bad = table.loc[~values.isin(["true", "false"]), "form"].tolist()
        if bad:
            raise ValueError(f"{path}: {column} must be true or false; bad rows for {bad}")
        table[column] = values.eq("true")
    table["form"] = table["form"].str.lower().str.strip()
    return table


#: start, end, word (curly apostrophes made straight), word in lower case, word with only
#: its first letter as written, and whether only spaces separate it from the next word.
_Token = tuple[int, int, str, str, str, bool]


class _Tokens(list):
    """The tokens of one text, with their lower-case and capital-folded words listed once
    (every phrase table searches them; see :meth:`_Phrases.find`)."""

    def __init__(self, tokens: list[_Token]):
        super().__init__(tokens)
        self.folded = {"lower": [t[3] for t in tokens], "capital": [t[4] for t in tokens]}


def _tokens(text: str) -> _Tokens:
    found = [(m.start(), m.end(), m.group().replace("’", "'")) for m in _WORD.finditer(text)]
    # words are glued by white space, and a middle initial by its full stop too ("Ramon L. Dacanay", "Kh.Ganzorig")
    joined = [not text[a[1]:b[0]].strip() or (text[a[1]:b[0]].strip() == "." and len(a[2]) == 1 and a[2].isupper())
              or (text[a[1]:b[0]] == "." and len(a[2]) == 2 and a[2].istitle())  # "Kh.Ganzorig"
              for a, b in zip(found, found[1:])] + [False]
    return _Tokens([(start, end, word, word.lower(), word[:1] + word[1:].lower(), glued)
                    for (start, end, word), glued in zip(found, joined)])


def _phrase_key(phrase: str) -> str:
    return " ".join(w.replace("’", "'") for w in _WORD.findall(phrase))


@dataclass(frozen=True)
class _Phrases:
    """A phrase table matched word by word (faster than one large regular expression)."""

    table: dict  # folded phrase -> value
    fold: str  # "lower": any case; "capital": first letter as written, the rest any case
    firsts: frozenset = frozenset()
    longest: int = 1
    prefixes: frozenset = frozenset()  # every phrase's first 1, 2, … words: where a longer match may go on

    @staticmethod
    def fold_text(text: str, fold: str) -> str:
        return text.lower() if fold == "lower" else text[:1] + text[1:].lower()

    @classmethod
    def build(cls, table: dict, *, fold: str) -> "_Phrases":
        folded = {cls.fold_text(k, fold): v for k, v in table.items() if k}
        prefixes = {" ".join(k.split()[:n]) for k in folded for n in range(1, len(k.split()) + 1)}
        return cls(folded, fold, frozenset(k.split()[0] for k in folded),
                   max((len(k.split()) for k in folded), default=1), frozenset(prefixes))

    def _at(self, tokens: list[_Token], words: list[str], i: int):
        """Longest phrase starting at word ``i`` (or ending in a possessive 's), grown word by
        word while the words so far start some phrase; it never runs over punctuation."""
        best, stem = None, ""
        for size in range(1, min(self.longest, len(tokens) - i) + 1):
            if size > 1 and not tokens[i + size - 2][5]:
                break
            word = words[i] if size == 1 else tokens[i + size - 1][3]
            key = f"{stem} {word}" if stem else word
            if key in self.table:
                best = (tokens[i][0], tokens[i + size - 1][1], key, size)
            elif word.endswith("'s") and (f"{stem} {word[:-2]}" if stem else word[:-2]) in self.table:
                best = (tokens[i][0], tokens[i + size - 1][1] - 2, f"{stem} {word[:-2]}" if stem else word[:-2], size)
            if key not in self.prefixes:
                break
            stem = key
        return best

    def find(self, text: str, tokens: list[_Token]) -> list[tuple[int, int, str]]:
        """Longest phrase at each word, left to right, without overlaps: (start, end, key)."""
        firsts = self.firsts
        words = tokens.folded[self.fold] if isinstance(tokens, _Tokens) else [
            t[3] if self.fold == "lower" else t[4] for t in tokens]
        candidates = [i for i, w in enumerate(words) if w in firsts or (w[-2:] == "'s" and w[:-2] in firsts)]
        found, free = [], 0
        for i in candidates:
            hit = self._at(tokens, words, i) if i >= free else None
            if hit is not None:
                found.append(hit[:3])
                free = i + hit[3]
        return found


@dataclass
class _Lexicon:
    """Look-ups built once from the two data files."""

    names: dict[str, tuple[str, str, str]]  # alias key -> (canonical, speaker_type, kind)
    names_cs: _Phrases
    names_ci: _Phrases
    titles: _Phrases  # title key (lower) -> speaker_type
    heads: _Phrases  # head key (lower) -> (canonical head, speaker_type, kind)
    verbs: _Phrases  # form -> (verb, is_loaded, is_participle)
    surnames: dict = field(default_factory=dict)  # last word of one listed person -> (canonical, type)
    role_heads: frozenset = frozenset()  # one-word heads of person descriptors, lower case ("passenger")
    abbreviations: frozenset = frozenset()  # one-word titles written with a full stop, lower case ("coun", "adv")
    synonyms: dict = field(default_factory=dict)  # role, lower case -> its other forms ("ceo" -> {"chief executive", …})


def _aliases(row) -> list[str]:
    return [row.canonical] + [a.strip() for a in row.aliases.split("|") if a.strip()]


def _speaker_tables(speakers: pd.DataFrame) -> tuple[dict, dict, dict]:
    names, titles, heads = {}, {}, {}
    for row in speakers.loc[speakers["kind"].ne("role synonyms")].itertuples(index=False):
        for alias in _aliases(row):
            key = _phrase_key(alias)
            if row.kind in ("person", "body"):
                names[key if key[:1].isupper() else key.lower()] = (row.canonical, row.speaker_type, row.kind)
            elif row.kind == "title":
                titles[key.lower()] = row.speaker_type
            else:
                heads[key.lower()] = (row.canonical, row.speaker_type, row.kind)
    for key, head in list(heads.items()):  # "doctors", "authors", "consumer groups"
        if head[2] == "descriptor":
            heads.setdefault(_plural(key), head)
    return names, titles, heads


def _title_abbreviations(speakers: pd.DataFrame) -> frozenset:
    """One-word titles the table writes with a full stop ("Coun.", "Cr.", "Adv.", "Capt."), lower case and
    without it: their full stop ends no sentence ("Coun. Maya Kostic-Ruiz called …")."""
    return frozenset(alias[:-1].lower() for row in speakers.loc[speakers["kind"].eq("title")].itertuples(index=False)
                     for alias in _aliases(row) if alias.endswith(".") and " " not in alias)


def _role_synonyms(speakers: pd.DataFrame) -> dict[str, frozenset]:
    """Each form of a role in the table's ``role synonyms`` rows, lower case, with every form sharing a row
    with it ("ceo" → "chief executive", "boss" …; a form in two rows gets both rows' forms: round 23)."""
    synonyms: dict[str, set] = {}
    for row in speakers.loc[speakers["kind"].eq("role synonyms")].itertuples(index=False):
        forms = {_phrase_key(alias).lower() for alias in _aliases(row)}
        for form in forms:
            synonyms.setdefault(form, set()).update(forms)
    return {form: frozenset(others) for form, others in synonyms.items()}


def _plural(phrase: str) -> str:
    """The regular plural of a phrase's last word ("physical therapists", "witnesses", "deputies")."""
    if phrase.endswith(("s", "sh", "ch", "x", "z")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in tuple("aeiou"):
        return phrase[:-1] + "ies"
    return phrase + "s"


def _table_surnames(names: dict) -> dict[str, tuple[str, str]]:
    """Surnames of listed people that belong to one person only ("Klitschko", "Kofman")."""
    owners: dict[str, set] = {}
    for canonical, stype, kind in names.values():
        if kind == "person" and " " in canonical:
            owners.setdefault(canonical.split()[-1], set()).add((canonical, stype))
    return {last: next(iter(found)) for last, found in owners.items() if len(found) == 1}


@lru_cache(maxsize=8)
def _lexicon(speakers_path: str, verbs_path: str) -> _Lexicon:
    speakers, verbs = load_speakers(speakers_path), load_attribution_verbs(verbs_path)
    names, titles, heads = _speaker_tables(speakers)
    forms = {_phrase_key(r.form).lower(): (r.verb, bool(r.is_loaded), bool(r.is_participle))
             for r in verbs.itertuples()}
    return _Lexicon(
        names=names,
        names_cs=_Phrases.build({k: v for k, v in names.items() if k[:1].isupper()}, fold="capital"),
        names_ci=_Phrases.build({k: v for k, v in names.items() if not k[:1].isupper()}, fold="lower"),
        titles=_Phrases.build(titles, fold="lower"),
        heads=_Phrases.build(heads, fold="lower"),
        verbs=_Phrases.build(forms, fold="lower"),
        surnames=_table_surnames(names),
        role_heads=frozenset(k for k, v in heads.items() if v[2] == "descriptor" and " " not in k),
        abbreviations=_title_abbreviations(speakers),
        synonyms=_role_synonyms(speakers),
    )
