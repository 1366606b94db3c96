"""Names coordinated with a cited one share its cue: "according to Reuters and AFP", "data from the
World Bank and the IMF", "The Harbour Foundation and the Kestrel Institute said".

A cue before the first name of a list ("according to", "told", "posted on") cites every name the list
joins to it with "and"/"or" (commas only in a list that ends in one): :func:`_coordinated_after`. A
reporting verb after the last name cites the names joined before it when the first opens the clause:
:func:`_coordinated_before`. A joined name counts when it is a registry name or, missing from the
registry, when its own words, an acronym or a descriptor ("the local community group Voz da Maré") make
it an organisation; a conversation cue ("told CNN and …") passes only to media, a platform cue only to
platforms, and a place's acronym ("US officials") is none.
"""

from __future__ import annotations

import re

from .cues import _CUE_BEFORE, _CUE_WINDOW, _MEDIA_ONLY_CUE, _PLATFORM_BEFORE, _verb_after
from .registry import _MEDIA_KINDS, _Registry, _find_aliases, _resolve
from .source_mentions import _opens_clause, _overlaps
from .source_kinds import (_DESCRIPTOR, _DESCRIPTOR_KINDS, _NAME, _PLACE_ACRONYMS, _kind_from_name,
                           _looks_like_org, _tidy_name)

#: What joins one listed name to the next: an acronym in brackets may close the first; then a comma, or
#: "and"/"or" (after a comma or not), "the", and a descriptor in lower case ("and the tenant group").
_JOIN_AFTER = re.compile(
    rf"(?:\s*\([A-Z][\w.\-]*\))?(?P<sep>\s*,?\s+(?:and|or)\s+|\s*,\s*)(?P<the>the\s+)?"
    rf"(?:(?:[\w\-]+\s+){{0,3}}?(?=[a-z])(?P<desc>(?i:{_DESCRIPTOR}))\s+)?(?=[A-Z0-9])"
)
_NAME_AT = re.compile(_NAME)
#: A name before the joiner ending at a cited name ("The Harbour Foundation and the …").
_JOINED_BEFORE = re.compile(
    rf"(?P<name>{_NAME})(?:\s*\([A-Z][\w.\-]*\))?(?P<sep>\s*,?\s+(?:and|or)\s+|\s*,\s*)(?:the\s+)?$")
#: How far before a cited name the names joined to it may start.
_LIST_WINDOW = 120


def _coordinated(sentence: str, rows: list[dict], registry: _Registry) -> list[dict]:
    """Rows for the names joined in a list to a cited name in ``rows`` (see the module's docstring)."""
    taken = [row["span"] for row in rows]
    found = []
    for row in sorted(rows, key=lambda r: r["span"]):
        for new in _coordinated_after(sentence, row, registry) + _coordinated_before(sentence, row, registry):
            if not _overlaps(new["span"], taken):
                found.append(new)
                taken.append(new["span"])
    return found


def _coordinated_after(sentence: str, row: dict, registry: _Registry) -> list[dict]:
    """Names listed after a name its cue precedes ("according to Reuters, AFP and the BBC")."""
    start, end = row["span"]
    window = sentence[max(0, start - _CUE_WINDOW):start]
    platform = row["kind"] == "social platform"
    cue = (_PLATFORM_BEFORE if platform else _CUE_BEFORE).search(window)
    if cue is None:
        return []
    media_only = bool(_MEDIA_ONLY_CUE.fullmatch(cue.group("cue")))
    listed, pending = [], []
    join = _JOIN_AFTER.match(sentence, end)
    while join:
        named = _name_at(sentence, join.end(), registry, join.group("the"), join.group("desc"))
        if named is None or not _may_join(named, media_only, platform):
            break
        named["cue"] = row["cue"]
        if "," in join.group("sep") and not re.search(r"\b(?:and|or)\b", join.group("sep")):
            pending.append(named)  # a comma lists a name only when "and"/"or" ends the list
        else:
            listed += pending + [named]
            pending = []
        join = _JOIN_AFTER.match(sentence, named["span"][1])
    return listed


def _coordinated_before(sentence: str, row: dict, registry: _Registry) -> list[dict]:
    """Names listed before a name its reporting verb follows, the first opening the clause ("The World
    Bank and the IMF said")."""
    start, end = row["span"]
    verb = _verb_after(sentence, end) if row["kind"] != "social platform" else None
    if verb is None:
        return []
    listed, position, ended = [], start, False
    while True:
        join = _JOINED_BEFORE.search(sentence, max(0, position - _LIST_WINDOW), position)
        if join is None:
            break
        named = _name_at(sentence, join.start("name"), registry, None, None)
        if named is None or named["span"][1] != join.end("name") or not _may_join(named, False, False):
            break
        named["cue"] = verb.group("cue")
        ended = ended or bool(re.search(r"\b(?:and|or)\b", join.group("sep")))
        if not ended:
            break  # "X, Y said": Y in apposition to X, no list
        listed.append(named)
        position = join.start("name")
    return listed if listed and _opens_clause(sentence, position) else []


def _name_at(sentence: str, position: int, registry: _Registry, the: str | None, desc: str | None) -> dict | None:
    """The registry name or organisation-like name starting at ``position``: a row with its kind and span, else
    None. A name that owns what follows ("Kyiv's mayor") is none."""
    for start, end, hit in _find_aliases(sentence[position:position + 80], registry):
        if start == 0 and not sentence.startswith("'s", position + end):
            return {"source": hit[0], "kind": hit[1], "span": (position, position + end)}
        break
    match = _NAME_AT.match(sentence, position)
    if match is None or match.group().endswith("'s") or sentence.startswith("'s", match.end()):
        return None
    name = _tidy_name(match.group())
    if name in _PLACE_ACRONYMS or not _looks_like_org(name, has_the=False, has_descriptor=bool(desc)):
        return None
    if " " not in name and not desc and _kind_from_name(name) == "unknown" and not name.isupper():
        return None  # one word with nothing to show it is a body: a place or a surname as likely
    resolved = _resolve(registry, name)
    kind = resolved[1] if resolved else _DESCRIPTOR_KINDS.get((desc or "").lower()) or _kind_from_name(name)
    return {"source": resolved[0] if resolved else name, "kind": kind, "span": match.span()}


def _may_join(named: dict, media_only: bool, platform: bool) -> bool:
    """Whether a listed name shares its list's cue: only media after a conversation cue, only platforms
    after a platform's."""
    if platform:
        return named["kind"] == "social platform"
    return named["kind"] != "social platform" and (not media_only or named["kind"] in _MEDIA_KINDS)
