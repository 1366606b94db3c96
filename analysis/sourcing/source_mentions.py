"""Source mentions in one sentence: registry names, the article's own outlet, unknown bodies.

Each function returns rows ``{"source", "kind", "cue", "span"}`` for the names of one kind of
evidence, skipping spans already ``taken``: registry names in a citing context
(:func:`_registry_mentions`), the article's own outlet (:func:`_own_mentions`), unknown
organisations after a cue or before a verb (:func:`_unknown_mentions`, with pollsters and
journals, :func:`_document_owners`, and "the <Name> said", :func:`_the_name_before_verb`),
organisations that speak or have a spokesperson (:func:`_speaking_orgs`,
:func:`_spokesperson_orgs`), bodies a head noun refers back to (:func:`_backref_mentions`) and
acronyms whose officer speaks (:func:`_acronym_officers`).

Round 13 added: a capitalised common noun opening a sentence is no speaking body when the article writes
it in lower case ("Developer says …"); a possessive apostrophe opens no clause; a place before a
medium's kind that a name follows is no medium ("the Buenos Aires daily Página/12").

Round 14 added: a body's unnamed "officials said" (:func:`_officials_verb`) and an acronym's unnamed
"official told" (:data:`_ACRONYM_OFFICIAL`) cite the body; "The" before a one-word name opening a sentence is no
part of it (:func:`_without_the`); a cue before a national adjective and a lower-case "cabinet", "ministry" or
"presidency" names that state body (:data:`_LOWER_STATE_HEAD`).

Round 18 added: a lone "Party", "Club", "Team", "Group", "Company", "Committee" or "Union" before a spokesperson
names no body (:data:`_LONE_HEADS`).

Round 19 added: a body's own acronym in brackets may stand between its name and its spokesperson ("Department of
Mineral Resources (DMR) spokesperson X said": :data:`_ACRONYM_BETWEEN`).

Round 25 added: bodies whose named officer speaks for them (:func:`_officer_bodies`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import (
    _ACRONYM_ROOM,
    _ANY_VERB,
    _BODY_ACTION_AFTER,
    _BODY_PLAN_AFTER,
    _CUE,
    _FIRST_REPORTED,
    _CUE_BEFORE,
    _CUE_WINDOW,
    _EMPLOYER_CUE,
    _FIRST_REPORTED_CUE,
    _MEDIA_ONLY_CUE,
    _POSSESSIVE_WINDOW,
    _REPORTED_BEFORE,
    _VERB,
    _VERB_AFTER,
    _VERB_WINDOW,
    _affiliate_verb,
    _appositive_verb,
    _registry_cue,
    _verb_after,
)
from .name_kinds import _DOTTED_FORMS, _LEGAL_FORMS, _countries
from .registry import _MEDIA_KINDS, _Registry, _find_aliases, _resolve
from .source_kinds import (
    _APPOSITIVE_DESCRIPTOR,
    _DESCRIPTOR,
    _DESCRIPTOR_KINDS,
    _MEDIA_BRAND,
    _MEDIA_WORDS,
    _NAME,
    _NOT_ORG_FIRST,
    _ORG_WORDS,
    _OWNERSHIP_DESCRIPTORS,
    _PERSON_TITLE_WORDS,
    _PERSON_TITLES,
    _PLACE_ACRONYMS,
    _WEEKDAY,
    _descriptor_near,
    _expand_acronym,
    _initials_match,
    _is_acronym,
    _is_media_head,
    _is_hyphened_masthead,
    _is_media_word,
    _kind_from_name,
    _looks_like_org,
    _opens_as_person,
    _is_personal_name,
    _tidy_name,
    _without_person_after,
)
from .speaker_lexicon import ATTRIBUTION_VERBS_CSV, SPEAKERS_CSV, _UPPER, _lexicon
from .speaker_mentions import _ACRONYM_OR_BRAND

#: Levels of government written in lower case before a body's name ("according to the federal Department of …").
_LEVELS = "federal|state|national|provincial|regional|local|municipal|county|central"
#: An unknown name after a cue, a descriptor in lower case before it ("told the Daily News": "Daily" is the
#: name's), a level of government (:data:`_LEVELS`) and its owner ("the city's Housing Services Division").
_UNKNOWN_AFTER_CUE = re.compile(
    rf"(?<!\w)(?P<cue>(?i:{_CUE}))\s+(?:(?:[a-z][\w\-]*\s+){{1,2}}(?:and|or)\s+)?(?P<the>(?i:the)\s+)?"
    rf"(?:(?P<owner>[a-z]+)'s\s+)?(?:(?:{_LEVELS})\s+)?"
    rf"(?:(?:[\w\-]+\s+){{0,5}}?(?=[a-z])(?P<desc>(?i:{_DESCRIPTOR}))\s*)?(?P<name>{_NAME})"
)
#: "The <Name> said": an unknown name led by "the" and carrying an organisation
#: word, right before a reporting verb ("The World Bank estimated").
_UNKNOWN_BEFORE_VERB = re.compile(
    rf"(?<!\w)(?:the|The)\s+(?P<name>{_NAME})(?=(?P<after>[^.!?]{{0,{_VERB_WINDOW + _ACRONYM_ROOM}}}))")


def _registry_mentions(sentence: str, registry: _Registry, context: str = "") -> list[dict]:
    """Registry names cited in a sentence; ``context`` is the article (see :func:`_article_body`)."""
    rows = []
    for start, end, hit in _find_aliases(sentence, registry):
        if _other_masthead(sentence, start, end, hit):
            continue  # "the Vientiane Times" is no "The Times"
        start, end, hit = _national_branch(sentence, start, end, hit)
        end, hit = _regional_service(sentence, start, end, hit)
        cue = _registry_cue(sentence, start, end, hit[1])
        if cue is not None:
            start, hit = _longer_name(sentence, start, end, hit)
            start, hit = _national_body(sentence, start, end, hit, registry)
            source, kind = _article_body(sentence[start:end], hit, registry, context)
            rows.append({"source": source, "kind": kind, "cue": cue, "span": (start, end)})
    return rows


#: A capitalised word right before a registry masthead's bare word ("Vientiane" before "Times"); not a sentence's
#: "The" or "A".
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w\-'’.])(?!(?:The|A|An|THE)\s){_UPPER}[\w\-'’]*\s+$")


def _other_masthead(sentence: str, start: int, end: int, hit: tuple[str, str]) -> bool:
    """Whether a registry outlet found by the bare word of its "The …" name ends or opens another paper's name ("the
    Vientiane Times", "the Samoa Observer" are not The Times or The Guardian, nor are "Times of Malta" and "Times Higher
    Education"), or a one-word alias stands inside another name ("Sky" in "the Big Sky Conference")."""
    alias = sentence[start:end]
    word_before = _NAME_WORD_BEFORE.search(sentence, max(0, start - 40), start) is not None
    if " " not in alias and not alias.isupper() and word_before and _WORD_AFTER.match(sentence, end):
        return True  # a word inside another name: "Sky" in "the Big Sky Conference"
    return (" " not in alias and hit[1] in _MEDIA_KINDS and hit[0].startswith("The ") and hit[0] != alias
            and (word_before or _OF_PLACE_AFTER.match(sentence, end) is not None))


#: A capitalised word right after a word.
_WORD_AFTER = re.compile(rf"\s+{_UPPER}[a-z]")
#: "of" and a capitalised word, or a capitalised word that is no day or month, after a masthead's bare word ("Times of
#: Malta", "Times Higher Education"; not "told the Times Tuesday").
_OF_PLACE_AFTER = re.compile(rf"\s+(?:of\s+{_UPPER}|(?!{_WEEKDAY}|(?:January|February|March|April|May|June|July|August"
                             rf"|September|October|November|December)\b){_UPPER}[a-z])")


#: A country's words right before or after an international body's name: its national branch ("the Kenya Red Cross",
#: "the Sri Lanka Red Cross Society",
#: "Amnesty International Nigeria", "Greenpeace Belgium"), not a title or a part ("WHO Director-General", "UN
#: Security Council", "the UN's").
_BRANCH_BEFORE = re.compile(
    rf"(?<![\w\-'’.])(?!(?:The|A|An|In|On|At|By|For|But|And|As|After|Meanwhile)\s)(?:{_UPPER}[a-z]+\s+){{1,3}}$")
_BRANCH_AFTER = re.compile(rf"\s+(?P<place>{_UPPER}[a-z]+)(?:\s+Society)?(?![\w\-'’]|\s+{_UPPER})")
#: Words after an international body's name that name its part or people, no branch ("U.N. Panel", "UN Envoy").
_NOT_BRANCHES = frozenset("Panel Mission Envoy Special Rapporteur Chief Member Members States Staff Experts Inspectors "
                          "Observers Monitors Peacekeepers Troops Forces Report Data Figures".split())
#: "Society" after a national branch's name ("the Tanzania Red Cross Society").
_SOCIETY_AFTER = re.compile(r"\s+Society\b")


def _national_branch(sentence: str, start: int, end: int, hit: tuple[str, str]) -> tuple[int, int, tuple[str, str]]:
    """An international body's national branch (:data:`_BRANCH_BEFORE`, :data:`_BRANCH_AFTER`) as written, of
    kind "unknown" (its labels' kind); else the span and ``hit`` unchanged."""
    if hit[1] != "international organisation":
        return start, end, hit
    before = _BRANCH_BEFORE.search(sentence, max(0, start - 20), start)
    after = _BRANCH_AFTER.match(sentence, end)
    if after and (after.group("place") in _ORG_WORDS | _PERSON_TITLES | _NOT_ORG_FIRST | _NOT_BRANCHES):
        after = None
    if before and any(w in _NOT_ORG_FIRST | _ORG_WORDS | _PERSON_TITLES for w in sentence[before.start():start].split()):
        before = None
    if not (before or after):
        return start, end, hit
    start, end = (before.start() if before else start), (after.end() if after else end)
    society = None if after else _SOCIETY_AFTER.match(sentence, end)
    end = society.end() if society else end
    return start, end, (sentence[start:end], "unknown")


#: A national adjective right before a state body's name ("Japanese " before "Defense Ministry").
_DEMONYM_BEFORE = re.compile(rf"(?<![\w\-'’]){_UPPER}[a-z]+(?:ese|ian|ish|an|i|ch)\s+$")


def _national_body(sentence: str, start: int, end: int, hit: tuple[str, str],
                   registry: _Registry) -> tuple[int, tuple[str, str]]:
    """A registry state body whose name says no country ("Defense Ministry") after another country's adjective
    is that country's body, as written ("The Japanese Defense Ministry said"), unless the registry knows the
    longer name (the Russian Ministry of Defence); else ``start`` and ``hit`` unchanged."""
    demonym = _DEMONYM_BEFORE.search(sentence, max(0, start - 20), start) if hit[1] == "government body" else None
    if demonym is None and hit[1] == "government body":
        return _local_body(sentence, start, end, hit)
    if demonym is None or _resolve(registry, sentence[demonym.start():end]):
        return (demonym.start(), _resolve(registry, sentence[demonym.start():end])) if demonym else (start, hit)
    return demonym.start(), (sentence[demonym.start():end], hit[1])


#: A place's one or two words right before a registry state body's name ("Dhaka" before "Metropolitan Police",
#: "Nova Scotia" before "RCMP"), and words that are no place ("Senior FBI officials", "Detective Garda").
_PLACE_BEFORE = re.compile(rf"(?<![\w\-'’.&])(?:{_UPPER}[a-z]+\s+){{1,2}}$")
_NO_PLACE_WORDS = frozenset("The A An Local Senior Former Several Some Many Two Three Four Five Both All Other "
                            "Yesterday Today Detective Acting Deputy Chief Top Retired Store".split())


def _local_body(sentence: str, start: int, end: int, hit: tuple[str, str]) -> tuple[int, tuple[str, str]]:
    """A registry state body after a place's words is that place's body, as written ("Dhaka Metropolitan Police",
    "Nova Scotia RCMP"), when no capitalised word or "of" goes on after it; else ``start`` and ``hit`` unchanged."""
    place = _PLACE_BEFORE.search(sentence, max(0, start - 30), start)
    words = sentence[place.start():start].split() if place else []
    if not words or any(w in _NO_PLACE_WORDS | _NOT_ORG_FIRST | _ORG_WORDS | _PERSON_TITLES for w in words) or (
            re.match(rf"\s+(?:{_UPPER}|of\s)", sentence[end:])):
        return start, hit
    return place.start(), (sentence[place.start():end], hit[1])


#: A broadcaster's regional service or station after its name ("BBC Radio Foyle", "BBC Look North", "ABC North
#: Queensland"), not a day, a month or a title ("told the BBC Tuesday").
_SERVICE_AFTER = re.compile(
    rf"(?:[ \t]+(?!{_WEEKDAY}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    rf"(?:{_UPPER}[a-z]+|[A-Z]{{2,3}}|\d{{1,2}})(?![\w'’\-])){{1,3}}")


#: Words after a broadcaster's name that name its desk or a programme, reported as the broadcaster ("BBC Sport", "BBC
#: Verify").
_NOT_SERVICES = frozenset("Sport Sports Sportsound Breakfast Match Online Verify".split())


def _regional_service(sentence: str, start: int, end: int, hit: tuple[str, str]) -> tuple[int, tuple[str, str]]:
    """A registry news outlet's regional service or station, as written (:data:`_SERVICE_AFTER`); else ``end`` and
    ``hit`` unchanged."""
    service = _SERVICE_AFTER.match(sentence, end) if hit[1] == "news outlet" else None
    words = service.group().split() if service else []
    if not words or words[0] in _NOT_SERVICES or any(w in _PERSON_TITLES | _PERSON_TITLE_WORDS | _NOT_ORG_FIRST
                                                     for w in words):
        return end, hit
    return service.end(), (sentence[start:service.end()], hit[1])


#: Capitalised words right before a registry name, and the acronym in brackets after it.
_WORDS_BEFORE = re.compile(rf"(?:{_UPPER}[\w\-]*\s+){{1,2}}$")
_BRACKET_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z]{2,6})\)")


def _longer_name(sentence: str, start: int, end: int, hit: tuple[str, str]) -> tuple[int, tuple[str, str]]:
    """A registry name inside a longer one whose acronym the article gives ("the Icelandic Met
    Office (IMO)" is no "Met Office"): the longer name's start and (name, the registry kind)."""
    bracket = _BRACKET_AFTER.match(sentence, end)
    words = _WORDS_BEFORE.search(sentence, max(0, start - 40), start) if bracket else None
    while words:
        name = sentence[words.start():end]
        if _initials_match(bracket.group("acronym"), name) and not _initials_match(
                bracket.group("acronym"), sentence[start:end]):
            return words.start(), (name, hit[1])
        words = _WORDS_BEFORE.search(sentence, words.start() + 1, start)
    return start, hit


def _article_body(alias: str, hit: tuple[str, str], registry: _Registry, context: str) -> tuple[str, str]:
    """A registry acronym the article itself spells out as another body, by initials or in brackets
    ("A PA spokesperson" after "The Planning Authority", "PA" after "the Palestinian Authority"),
    is that body when its name gives its kind; else the registry's (canonical, kind)."""
    if not (context and alias.isalpha() and alias.isupper() and 2 <= len(alias) <= 6):
        return hit
    full = _expand_acronym(alias, context)
    resolved = _resolve(registry, full)
    if full == alias or resolved:
        return resolved or hit
    kind = _kind_from_name(full)
    return (full, kind) if kind != "unknown" else hit


_NAME_AT = re.compile(_NAME)


def _owned_span(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of what a name owns, when it owns a body ("a study by McGill University's Media
    Ecosystem Observatory" → the Observatory), else ``span``."""
    if sentence.startswith("'s ", span[1]):
        owned = _NAME_AT.match(sentence, span[1] + 3)
        if owned and not re.match(rf"\s+(?:{_DOCUMENT_NOUNS}|website|app)\b", sentence[owned.end():]):
            return owned.span()  # not "the Social Welfare Department's InfoBencana portal": the department's
    return span


#: A programme's name is followed by its kind: "Insiders program", "the Today programme".
_PROGRAMME_AFTER = re.compile(r"\s+(?:program|programme|podcast)\b", re.I)


#: Owners whose parts are state bodies: "the city's Housing Services Division", "the state's …".
_STATE_OWNERS = frozenset("city state county government ministry council municipality province region district "
                          "military".split())


#: A state body written in lower case after a national adjective that a cue names ("a spokesman for the
#: Egyptian cabinet").
_LOWER_STATE_HEAD = re.compile(r"\s+(ministry|cabinet|presidency)\b")


def _unknown_mentions(sentence: str, taken: list[tuple[int, int]], context: str = "") -> list[dict]:
    """Organisations missing from the registry, after a cue or before a reporting verb; ``context`` is the
    article, where a single word after "according to" must name no person (:func:`_lone_body_word`)."""
    rows = _place_state_bodies(sentence, taken)
    taken = taken + [r["span"] for r in rows]
    for match in _UNKNOWN_AFTER_CUE.finditer(sentence):
        span = _owned_span(sentence, match.span("name"))
        name = _tidy_name(sentence[span[0]:span[1]])
        desc = (match.group("desc") or "").lower()
        media_only = bool(_MEDIA_ONLY_CUE.fullmatch(match.group("cue")) or _FIRST_REPORTED_CUE.fullmatch(
            match.group("cue")) and _kind_from_name(name) == "unknown" and not _ORG_WORDS.intersection(name.split()))
        # "as first reported by Extra", not "by the Wexmoor Clinic"
        titled = (match.group("the") == "The " and not desc  # "told The Gleaner", "according to The Information"
                  and span[0] == match.start("name")  # a capital "The" inside a sentence is a title's
                  or bool(desc) and _DESCRIPTOR_KINDS.get(desc) in _MEDIA_KINDS  # "reported by the cybersecurity
                  and sentence.startswith("The ", span[0]))  # news site The Record"
        if _EMPLOYER_CUE.fullmatch(match.group("cue")):
            desc = "company"
        is_media_desc = _DESCRIPTOR_KINDS.get(desc) in _MEDIA_KINDS
        if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]\.?", name) or name in _ORG_WORDS and not _is_media_word(name):
            continue  # "citing U.S. officials": an initialism modifier; "by the Centre": a head noun referring back
        if _PROGRAMME_AFTER.match(sentence, span[1]):  # "said on the ABC's Insiders program": a show, no source
            continue
        if match.group("cue").lower().startswith("spokes") and _NO_COMMENT.match(sentence, span[1]):
            continue  # "A spokesperson for X did not respond to a request for comment"
        lone = (match.group("cue").lower().startswith("according") and re.match(r"\s*(?:[,.;:(]|$)", sentence[span[1]:])
                and _lone_body_word(name, context))  # standing alone: "according to Swiss air quality firm X" is X
        lone = lone or (media_only and not desc and _told_medium(name, context))
        told_the = (media_only and not desc and (match.group("the") == "the " and _told_masthead(name)
                                                 or bool(_FIRST_REPORTED_CUE.fullmatch(match.group("cue"))))
                    and not _overlaps(span, taken))  # "told the Sligo Champion", "first reported by Barbados Today"
        described = _DESCRIBED_AFTER.match(sentence, span[1]) if not desc else None  # "Data from X, an app firm,"
        if described:
            desc = described.group("desc2").lower()
            is_media_desc = _DESCRIPTOR_KINDS.get(desc) in _MEDIA_KINDS
        if _overlaps(span, taken) or not (
                titled and media_only and _is_media_head(name) or lone or told_the or _looks_like_org(
                    name, has_the=bool(match.group("the")),
                    has_descriptor=bool(desc) and (is_media_desc or not media_only), media_only=media_only)):
            continue
        lower_body = _LOWER_STATE_HEAD.match(sentence, span[1]) if " " not in name else None
        if lower_body:  # "a spokesman for the Egyptian cabinet": the cabinet, not "Egyptian"
            rows.append({"source": f"{name} {lower_body.group(1).title()}", "kind": "government body",
                         "cue": match.group("cue"), "span": (span[0], lower_body.end())})
            continue
        named = _kind_from_name(name)  # "the state-run Iraqi News Agency": the name's own kind before an owner's
        kind = (named if (desc in _OWNERSHIP_DESCRIPTORS or described) and named != "unknown"
                else _DESCRIPTOR_KINDS.get(desc) or named)  # "the Oman News Agency, the state agency,": its own
        if kind == "unknown" and match.group("owner") in _STATE_OWNERS:  # "the city's Housing Services Division"
            kind = "government body"
        if kind == "unknown" and (media_only and _is_media_head(name) and not _is_acronym(name) or titled or told_the
                                  or match.group("cue").lower().endswith("over")):
            kind = "news outlet"  # "told the Echo"; a title's "The": "according to The Information"; "an interview
            # over DZBB" is on the air
        rows.append({"source": f"The {name}" if titled else name, "kind": kind, "cue": match.group("cue"),
                     "span": span})
    rows += _document_owners(sentence, taken + [r["span"] for r in rows])
    rows += _named_media(sentence, taken + [r["span"] for r in rows])
    rows += _brand_media(sentence, taken + [r["span"] for r in rows])
    rows += _reporting_media(sentence, taken + [r["span"] for r in rows], context)
    return rows + _the_name_before_verb(sentence, taken + [r["span"] for r in rows])


#: One-word audiences: legislatures ("told Parliament", "told the Knesset", "told Holyrood") and titles ("spoke
#: to Prof. X").
_LONE_AUDIENCES = frozenset(
    "Parliament Congress Senate House Commons Lords Holyrood Stormont Westminster Senedd Dáil Seanad Oireachtas "
    "Knesset Duma Bundestag Bundesrat Sejm Riksdag Storting Folketing Eduskunta Rada Majlis Majles Diet Cortes "
    "Althing Legislature Congreso Prof Professor".split()
)
#: A conversation cue right before a word ("told", "in an interview with", "speaking to the"; not "a reporter at").
_TOLD_BEFORE = re.compile(
    r"(?:told|telling|tells|interview\s+with|(?:spoke|speaking|speak|talking|talk|talked)\s+(?:to|with)"
    rf"|{_FIRST_REPORTED}"
    r"|confirmed\s+to|(?:statement|email)\s+to)\s+(?:the\s+)?$", re.I)


def _told_masthead(name: str) -> bool:
    """Whether a name of two to four capitalised words after "told the" is a masthead ("told the Sligo Champion"):
    none of its words is an organisation's, a title or a state's name, and it names no country ("told the
    Security Council", "told the Prime Minister", "told the United States" are audiences)."""
    words = name.split()
    return (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and name not in _countries()
            and not any(w in _ORG_WORDS or w in _PERSON_TITLES or w in _NOT_ORG_FIRST for w in words)
            and _kind_from_name(name) == "unknown")


def _told_medium(name: str, context: str) -> bool:
    """Whether one capitalised word told something is a medium ("told Perfil", "told the Hankyoreh"): a body's
    word (:func:`_lone_body_word`) that the article names nowhere but after such cues (not "spoke with
    Villarreal" in a story on the club) and no legislature or title."""
    if name in _LONE_AUDIENCES or not name.isalpha() or not _lone_body_word(name, context):
        return False
    return all(_TOLD_BEFORE.search(context, max(0, m.start() - 40), m.start())
               for m in re.finditer(rf"(?<![\w\-]){name}(?![\w\-])", context))




#: A medium whose name opens in lower case or with a digit, told something, heard on or reporting ("told 1News",
#: "told i24NEWS", "said on talkSPORT", "90min understands", "told news.com.au"); common words never are.
_BRAND = r"(?:[a-z]+[A-Z][\w]*|\d+[A-Za-z][\w]*|[a-z]\d+[A-Za-z]\w*|[a-z][\w\-]*\.(?:com|co|net|org|news|[a-z]{2})(?:\.[a-z]{2})?)"
_BRAND_MEDIUM = re.compile(
    rf"(?<![\w.])(?P<cue>(?i:told|telling|tells|interview\s+(?:with|over)|(?:spoke|speaking|talking)\s+to|said\s+on|reported\s+by))"
    rf"\s+(?P<name>{_BRAND})(?![\w'’])"
    rf"|(?<![\w.])(?P<name2>{_BRAND})\s+(?P<cue2>understands|has\s+learned|can\s+reveal|reported|reports)\b")


#: A name right before "reported" or "reports" that opens the sentence or closes an inverted attribution ("Rudaw
#: reported on Thursday that …", "…, Tengrinews reported, citing sources", "…, El Comercio reported.", "…, the
#: Alaska Beacon reported", "RTL Today reported last week that …").
_NAME_REPORTED = re.compile(
    rf"(?:^|[,;]\s+)(?:(?P<the>[Tt]he)\s+)?(?P<name>(?P<article>(?:El|La|Le|Il|O|Der|Die|De|Het)\s+)?"
    rf"{_UPPER}[\w'’\-]*(?:\s+{_UPPER}[\w'’\-]*){{0,2}})"
    rf"\s+(?P<cue>reported|reports)(?=\s*(?:[.,;]|$)|\s+(?:on|that|in|last|earlier|this|\w+day)\b)")


def _reporting_media(sentence: str, taken: list[tuple[int, int]], context: str) -> list[dict]:
    """Media named before "reported" (:data:`_NAME_REPORTED`), news outlets: a masthead with its article, two or
    three words after "the" or with an acronym among them that name no body, place or title holder, an acronym,
    or one word that names no person in the article and is no common word (:func:`_lone_body_word`)."""
    rows = []
    for match in _NAME_REPORTED.finditer(sentence):
        name, span = match.group("name"), match.span("name")
        words = name.split()
        if len(words) == 1:
            named = not match.group("the") and (_lone_body_word(name, context)
                                                or _is_acronym(name) and name not in _PLACE_ACRONYMS)  # "RÚV reports"
        else:
            named = bool(match.group("article")) or (
                (match.group("the") or any(_is_acronym(w) for w in words)) and _kind_from_name(name) == "unknown"
                and not any(w in _ORG_WORDS or w in _PERSON_TITLES for w in words) and name not in _countries())
        if named and not _overlaps(span, taken):
            rows.append({"source": name, "kind": "news outlet", "cue": match.group("cue"), "span": span})
    return rows


def _brand_media(sentence: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Media named by a lower-case or numbered brand (:data:`_BRAND_MEDIUM`), as written, news outlets."""
    rows = []
    for match in _BRAND_MEDIUM.finditer(sentence):
        group = "name" if match.group("name") else "name2"
        if not _overlaps(match.span(group), taken):
            rows.append({"source": match.group(group), "kind": "news outlet",
                         "cue": match.group("cue") or match.group("cue2"), "span": match.span(group)})
    return rows


def _lone_body_word(name: str, context: str) -> bool:
    """Whether one capitalised word after "according to" is a body's name ("according to Transfermarkt"): no
    person is named with it in the article (no capitalised word right before or after it: "Ann Kantar", "Kantar
    Smith"), it opens no sentence elsewhere as a common word, and it is no title, pronoun or month."""
    if " " in name or not context or name in _NOT_ORG_FIRST or name in _PERSON_TITLES or not name[1:].islower():
        return False
    word = re.escape(name)
    return not re.search(rf"{_UPPER}[\w'\-]*\s+{word}(?![\w\-])|(?<![\w\-]){word}\s+{_UPPER}", context) \
        and not _is_common_noun(name, context)


#: What a body publishes: "according to an Ifop poll", "based on DPWH data".
_DOCUMENT_NOUNS = (r"polls?|surveys?|study|studies|reports?|analysis|estimates?|census|data|figures|statistics"
                   r"|projections?|trackers?|tally|count|forecasts?|rankings?|index|audit|review|assessment|filings?"
                   r"|records|notes?|affidavit|database|dashboard|portal|paper|research"
                   r"|statements?|(?:news\s+|press\s+|media\s+)?releases?|bulletins?|advisory|advisories")
#: Participles that date or describe a document before its owner ("a survey released Tuesday by", "a tracker
#: maintained by", "a fiscal note from", "an affidavit filed in").
_DOCUMENT_PARTICIPLE = (rf"(?:(?:released|published|maintained|compiled|issued|filed|prepared|produced|conducted"
                        rf"|commissioned|posted)\s+(?:(?:on|last|this|earlier|late)\s+)?(?:{_WEEKDAY}|\w+day|week"
                        rf"|month|year|today|yesterday)?\s*)?")
#: Verbs that report a document's findings ("A YouGov poll … found that …").
_FINDING_VERBS = r"found|finds|showed|shows|suggested|suggests|revealed|reveals|puts|estimated|estimates"
#: The owner of a poll or study cited ("according to an Ifop poll", "A YouGov poll … found") and the journal that
#: published a study ("The study, published Monday in Nature Medicine, found …").
_DOCUMENT_OWNER = re.compile(
    rf"(?<!\w)(?P<cue>(?i:according\s+to|based\s+on))\s+(?:(?i:an?|the)\s+)?(?:(?i:new|recent|latest)\s+)?"
    rf"(?P<name>{_NAME})\s+(?i:{_DOCUMENT_NOUNS})\b"
    rf"|(?:^\s*|(?<=\bafter\s)|(?<=\bwhile\s)|(?<=\bas\s))(?P<name4>{_NAME})(?:\s*\([A-Z][A-Za-z]{{1,7}}\))?\s+"
    rf"(?:(?:census|latest|new|official|provisional|monthly|quarterly|annual|preliminary|weekly)\s+)?"
    rf"(?:data|figures|records|statistics)\s+{_DOCUMENT_PARTICIPLE}(?P<cue4>shows?|showed|suggests?|suggested|reveals?"
    rf"|revealed)\b"  # "Queensland Health data shows …", "Stats NZ census figures show", "after X data showed"
    rf"|^\s*(?:An?|The)\s+(?:(?i:new|recent|latest)\s+)?(?P<name3>{_NAME})\s+(?i:{_DOCUMENT_NOUNS})\b"
    rf"(?=[^.;]*?\s(?P<cue3>(?i:{_FINDING_VERBS}))\b)"
    rf"|(?i:study|paper|research|findings|article)\b[^.;]{{0,30}}?\b(?P<cue2>(?i:published|appeared|appearing))"
    rf"\s+(?:\w+\s+){{0,2}}?in\s+(?:the\s+(?:journal\s+)?)?(?P<name2>{_NAME})"
    # "according to a survey released Tuesday by Iowa State University", "a new study from researchers at …"
    rf"|(?<!\w)(?P<cue5>(?i:according\s+to|based\s+on|citing))\s+(?:(?i:an?|the|its|their)\s+)?(?:[a-z][\w\-]*\s+){{0,3}}?"
    rf"(?i:{_DOCUMENT_NOUNS})\s+{_DOCUMENT_PARTICIPLE}(?:by|from|of|in)\s+(?:researchers\s+(?:at|from)\s+)?"
    rf"(?P<the5>the\s+)?(?:[a-z][\w\-]*\s+){{0,3}}?(?P<name5>{_NAME})")


#: Where a journal's name follows: "published today in", "appeared in the".
_JOURNAL_BEFORE = re.compile(r"(?:published|appeared)\s+(?:\w+\s+)?in\s+(?:the\s+)?$")


def _owns_document(sentence: str, span: tuple[int, int], has_the: bool) -> bool:
    """Whether the name at ``span`` after "according to a <document> by/from/in" is a body: a journal
    ("a study published today in Nature") or a name that looks like an organisation's or a brand's, not a
    person's ("a report by Jane Doe") nor a place before a described name ("by the Montevideo daily El Observador")."""
    name = sentence[span[0]:span[1]]
    if re.match(rf"\s+(?:{_DESCRIPTOR})\s+{_UPPER}", sentence[span[1]:]):
        return False
    return bool(_JOURNAL_BEFORE.search(sentence, 0, span[0]) or _looks_like_org(name, has_the=has_the, has_descriptor=False)
                or any(_MEDIA_BRAND.fullmatch(w) for w in name.split()))


def _document_owners(sentence: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Pollsters and journals missing from the registry (:data:`_DOCUMENT_OWNER`)."""
    rows = []
    for match in _DOCUMENT_OWNER.finditer(sentence):
        group = next(g for g in ("name", "name2", "name3", "name4", "name5") if match.group(g))
        name, span = match.group(group), match.span(group)
        journal = group == "name2" or group == "name5" and _JOURNAL_BEFORE.search(sentence, 0, span[0])
        if (name.split()[0] in _NOT_ORG_FIRST | {"A", "An"} | (set() if journal else {"The"})
                or name.endswith("'s") or _overlaps(span, taken)):
            continue  # a journal's title keeps its "The" ("published in The Lancet Planetary Health")
        if group == "name5" and not _owns_document(sentence, span, bool(match.group("the5"))):
            continue
        cue = (match.group("cue") or match.group("cue3") or match.group("cue4") or match.group("cue5")
               or f"{match.group('cue2')} in")
        rows.append({"source": name if journal else _tidy_name(name), "kind": _kind_from_name(name), "cue": cue,
                     "span": span, "title": bool(journal)})
    return rows


#: A publication named before its kind, after a preposition: "published … in the junta-controlled Global New
#: Light of Myanmar newspaper", "reported by the Kommersant daily", "told the Kestrel news agency"; not a place before a kind that a name
#: follows ("the Buenos Aires daily Página/12": the daily is Página/12).
_NAMED_MEDIUM = re.compile(
    rf"(?<!\w)(?:in|by|to|from|on)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,2}}(?P<name>{_NAME})\s+"
    rf"(?P<noun>newspaper|daily|tabloid|magazine|broadcaster|news\s+site|news\s+agency|press\s+agency|television)\b"
    rf"(?!\s+(?!{_WEEKDAY}){_UPPER})")


#: A medium's kind with its article, then its name: "the television network Unitel", "reported by the weekly HVG",
#: "The tabloid Bild has taken to calling", "told the newspaper Página/12".
_KIND_THEN_MEDIUM = re.compile(
    rf"(?<![\w\-])(?:[Tt]he|its|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
    rf"(?P<noun>newspaper|daily|weekly|tabloid|magazine|broadcaster|news\s+(?:site|website)"
    rf"|(?:television|TV|radio)\s+(?:network|station|channel))\s+(?P<name>{_NAME})(?![\w'’&])")


#: "daily" and "weekly" are adjectives when a lower-case noun follows the name ("the weekly Cabinet meeting", "the
#: daily Večernji list"), not a verb ("put", "reports", "quoted") or a function word.
_PERIODICAL_ADJECTIVE = re.compile(r"daily|weekly")
_NOUN_NEXT = re.compile(r"\s+(?!(?:on|in|at|of|for|to|that|which|who|has|have|had|is|was|were|said|says|reported|quoted"
                        r"|wrote|put|ran|broke|first|also)\b)[a-z]+\b(?<!ed)(?<!s)")


def _named_media(sentence: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Media missing from the registry named before their kind (:data:`_NAMED_MEDIUM`) or after it
    (:data:`_KIND_THEN_MEDIUM`), of the kind the noun gives (news outlet)."""
    rows = []
    for match in [*_NAMED_MEDIUM.finditer(sentence), *_KIND_THEN_MEDIUM.finditer(sentence)]:
        if match.re is _KIND_THEN_MEDIUM and _PERIODICAL_ADJECTIVE.match(match.group("noun")) and _NOUN_NEXT.match(
                sentence, match.end()):
            continue  # "after the weekly Cabinet meeting": "weekly" an adjective
        name = re.sub(r"^[A-Z][\w.\-]*['’]s\s+", "", _tidy_name(match.group("name")))  # "Russia's TASS news agency"
        span = match.span("name")
        if not _overlaps(span, taken) and name.split()[0] not in _NOT_ORG_FIRST and not name.endswith(("'s", "’s")):
            noun = " ".join(match.group("noun").lower().split())
            rows.append({"source": name, "kind": _DESCRIPTOR_KINDS.get(noun, "news outlet"), "cue": noun,
                         "span": span})
            taken = taken + [span]
    return rows


#: Verbs that make a lower-case ministry a source: it gives information ("said"), not only a
#: reaction to someone else's report ("dismissed the report as baseless").
_INFORMING_VERBS = frozenset("said says stated announced added confirmed warned told reported".split())
#: "the French foreign ministry said": a ministry written in lower case after a national adjective.
_LOWER_MINISTRY = re.compile(
    rf"(?<![\w'])(?P<name>[A-Z][a-z]+\s+(?:[a-z]+\s+)?ministry)\b(?=(?P<after>[^.!?]{{0,{_VERB_WINDOW}}}))")


#: A place's state body written in lower case ("Rotterdam police said", "the Chiba prefectural government said",
#: "Karnataka labour department", "Paris police prefecture", "Bogor regency administration spokesperson").
_PLACE_STATE_BODY = re.compile(
    rf"(?<![\w\-'’])(?:The\s+)?(?P<name>(?:{_UPPER}[\w\-]+\s+){{1,3}}(?:(?:prefectural|provincial|state|regional|municipal|city"
    r"|county|district|cantonal|regency|metropolitan|federal|labour|labor|health|education|fire|forest|forestry"
    r"|agriculture|transport|water|interior|finance|traffic|border|environment|police)\s+)?"
    r"(?:government|administration|police|department|prefecture))\b")
#: Words after a place's state body that show it speaks through someone ("Selangor police chief X said").
_SPEAKER_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)|officials?|chief|commissioner|superintendent)\b")
#: Capitalised words opening a sentence that are no place ("Local police said", "City officials …").
_NO_PLACE_FIRST = frozenset("The A An Local State Federal City County Regional National Provincial Municipal "
                            "Government Police Officials But And Meanwhile Deputy Acting Senior Assistant Former "
                            "Interim Chief".split())


def _place_state_bodies(sentence: str, taken: list[tuple[int, int]]) -> list[dict]:
    """A place's state body in lower case that speaks, acts or is cited (:data:`_PLACE_STATE_BODY`), reported
    as written and as a government body."""
    rows = []
    for match in _PLACE_STATE_BODY.finditer(sentence):
        span, name = match.span("name"), match.group("name")
        if name.split()[0] in _NO_PLACE_FIRST | _NOT_ORG_FIRST or _overlaps(span, taken):
            continue
        cue = _CUE_BEFORE.search(sentence, max(0, span[0] - _CUE_WINDOW), span[0])
        verb = _verb_after(sentence, span[1], span[0]) or _SPEAKER_AFTER.match(sentence, span[1]) or cue
        if verb:
            rows.append({"source": name, "kind": "government body",
                         "cue": verb.group("cue") if "cue" in verb.re.groupindex else verb.group().strip(),
                         "span": span})
    return rows


#: An inverted attribution ending its clause: a reporting verb, "the" and a body's name ("…, said the State Health
#: Department.", "…, added the Ministry of Transport, which …").
_VERB_THE_NAME = re.compile(
    rf"(?<![\w\-])(?P<cue>said|says|added|adds|warned|stated|announced|confirmed)\s+the\s+(?P<name>{_NAME})"
    rf"(?=\s*(?:[.,;:]|$))")


def _the_name_before_verb(sentence: str, taken: list[tuple[int, int]]) -> list[dict]:
    """ "The <Name> said" for a name with an organisation word or of a state body's shape
    ("the Federal Returning Officer said"), also when the body acts (:data:`_BODY_ACTION_AFTER`) in no one
    else's report (:data:`_REPORTED_BEFORE`), "said the <Name>" ending a clause (:data:`_VERB_THE_NAME`) and "the
    French foreign ministry said"."""
    rows = []
    for match in _UNKNOWN_BEFORE_VERB.finditer(sentence):
        span, name = match.span("name"), match.group("name")
        verb = _verb_after(sentence, span[1], match.start()) or (
            None if _REPORTED_BEFORE.search(sentence, 0, match.start()) else _BODY_ACTION_AFTER.match(sentence, span[1]))
        is_org = any(w in _ORG_WORDS for w in name.split()) or _kind_from_name(name) == "government body"
        if name in _ORG_WORDS:  # "The Committee found": a head noun referring back, no name
            continue
        if (verb and is_org and not _overlaps(span, taken) and not _in_phrase(sentence, span[0])
                and _looks_like_org(name, has_the=True, has_descriptor=False)):
            name = _tidy_name(name)  # "the ELN’s Northeastern War Front": the front, not its owner
            if _OFFICER_OF_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
                name = _without_person_after(name)  # "Acting Director of the X Department Dhari Al-Shammari said"
            rows.append({"source": name, "kind": _kind_from_name(name), "cue": verb.group("cue"), "span": span})
    for match in _VERB_THE_NAME.finditer(sentence):  # "…, said the State Health Department."
        span, name = match.span("name"), _tidy_name(match.group("name"))
        is_org = any(w in _ORG_WORDS for w in name.split()) or _kind_from_name(name) != "unknown"
        if (is_org and name not in _ORG_WORDS and not _overlaps(span, taken) and not _overlaps(span, [r["span"] for r in rows])
                and _looks_like_org(name, has_the=True, has_descriptor=False)):
            rows.append({"source": name, "kind": _kind_from_name(name), "cue": match.group("cue"), "span": span})
    for match in _LOWER_MINISTRY.finditer(sentence) if "ministry" in sentence else ():
        span, verb = match.span("name"), _VERB_AFTER.match(match.group("after"))
        if (verb and verb.group("cue").lower() in _INFORMING_VERBS and match.group("name").split()[0]
                not in _NOT_ORG_FIRST | {"The"} and not _overlaps(span, taken)):  # "The ministry said": a head noun
            rows.append({"source": match.group("name").title(), "kind": "government body",
                         "cue": verb.group("cue"), "span": span})
    return rows


#: A capitalised name, or an acronym or brand ("Gazprom", "OpenAI", "Toyota Motor Corporation").
_NAME_BEFORE_VERB = re.compile(
    rf"(?<![\w\-'&.])(?P<name>{_NAME})(?![\w\-'&])(?=(?P<after>[^.!?]{{0,{_VERB_WINDOW + _ACRONYM_ROOM}}}))")
#: A name between "a" and "spokesperson" speaks through that spokesperson ("a Google spokesperson").
#: A body's own acronym in brackets between its name and its spokesperson ("Department of Mineral Resources
#: (DMR) spokesperson X said").
_ACRONYM_BETWEEN = r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?"
_NAME_SPOKESPERSON = re.compile(rf"(?<!\w)[Aa]n?\s+(?P<name>{_NAME}){_ACRONYM_BETWEEN}\s+spokes(?:man|woman|person)\b")
#: An acronym between "a" and an unnamed "official" speaks through them ("a DHM official told …").
_ACRONYM_OFFICIAL = re.compile(r"(?<!\w)[Aa]n?\s+(?P<name>[A-Z]{3,6})\s+official\b(?!\s+[A-Z])")
#: So does a body's name of two words or more ("A Khyber Pakhtunkhwa Police official told …", "a senior Kestrel
#: Ministry of Health official"); :func:`_spokesperson_orgs` keeps those whose words name a body.
_NAME_OFFICIAL = re.compile(rf"(?<!\w)[Aa]n?\s+(?:(?:senior|top|local|regional|state)\s+)?(?P<name>{_NAME})"
                            rf"\s+official\b(?!\s+[A-Z])")
#: What may stand right before a name that opens a clause: nothing, punctuation, or these words.
_CLAUSE_OPENERS = frozenset({"the", "and", "but", "while", "as", "meanwhile", "separately",
                             # round 88: subordinate clauses ("after Northbar Steel Ltd confirmed …")
                             "after", "before", "when", "since", "because", "although", "though", "until", "once"})
#: Back-references that show a one-word name was an organisation ("… the company said").
_BODY_BACKREF = re.compile(
    r"\b[Tt]he\s+(?:[\w\-]+\s+)?(?:company|firm|group|alliance|bank|carrier|airline|retailer|insurer"
    r"|lender|organi[sz]ation|charity|union|club|bloc|party|carmaker|automaker|giant|manufacturer|start-?up"
    r"|movement|militia)(?:'s\b|\s+(?:\w+\s+){0,2}?(?:said|says|reported|announced|added|told|confirmed"
    r"|denied|declined|warned|wrote|posted|stated|expects|expected)\b)")
#: An appositive that calls a name an organisation ("Metrolinx, the provincial transit agency, announced").
_DESCRIBED_AFTER = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?{_APPOSITIVE_DESCRIPTOR}")
#: "X said in a statement" / "X said in its …" / "X said in an email": statements are issued by bodies.
_STATEMENT_AFTER = re.compile(
    r"^\s*(?:,[^,]{0,40},\s*)?\w+\s+(?:in\s+(?:a|its|an)\s+(?:\w+\s+)?(?:statement|e-?mail)|in\s+its\s)")
#: "its" right after a name's reporting verb: the name is a body ("Magen David Adom says its paramedics …").
_ITS_AFTER_VERB = re.compile(r"\s+\w+(?:\s+in\s+an?\s+(?:\w+\s+)?(?:statement|email|post|filing|note|letter|notice|release"
                             r"|advisory|update)(?:\s+on\s+\w+)?)?(?:\s+that)?"
                             r"\s+(?:its|it\s+(?:had|has|would|will|was|is|could|planned|expected|hoped|did|does))\s")
#: The same right after the verb only ("Netwise said it had …"): for a word that is someone's surname in the article.
_ITS_RIGHT_AFTER_VERB = re.compile(r"\s+\w+\s+(?:its|it\s+(?:had|has|would|will|was|is|could|planned|expected|hoped"
                                   r"|did|does))\s")
#: Words that may precede a one-word organisation without making it a surname ("The", "A Nato official").
_NOT_FORENAME = frozenset("The A An In On At But And As Meanwhile However Separately Earlier Later".split())


@lru_cache(maxsize=4096)
def _is_forename_of(name: str, context: str) -> bool:
    """Whether ``name`` follows another capitalised word somewhere ("Mike Johnson" → "Johnson" is a surname)."""
    for match in re.finditer(rf"(?<![\w\-])([A-Z][\w\-]*|[A-Z][a-z]{{,2}}\.)\s+{re.escape(name)}(?![\w\-])", context):
        if match.group(1) not in _NOT_FORENAME:  # "Gaza. Hamas said" is not a name, "Dr. Lowe" is
            return True
    return False


#: A descriptor opening a clause before a name ("Ratings agency Fitch warned", "The state-run
#: Finnish Environment Institute (Syke) said"), also after a plural possessive ("The farmers’ association Coldiretti").
_DESCRIPTOR_OPENING = re.compile(
    rf"(?:^|[,;:]\s*|\b(?i:the|a|an|and|but|while|as)\s+)(?:{_UPPER}[\w.\-]*(?:['’]s|s['’])\s+)?"
    rf"(?:[\w\-]+(?:(?<=s)['’])?\s+){{0,2}}?(?i:{_DESCRIPTOR})\s+$")


#: A descriptor a name stands in apposition to ("The national carrier, Madagasikara Airways, said").
_DESCRIPTOR_APPOSED = re.compile(rf"\b(?i:the|a|an|its|their)\s+(?:[\w\-]+\s+){{0,3}}?(?i:{_DESCRIPTOR}),\s*$")


#: Prepositions that join a person to the body they belong to ("X of the University of …").
_AFFILIATION_PREPOSITIONS = frozenset({"of", "at", "from", "with"})


def _in_phrase(sentence: str, start: int) -> bool:
    """Whether a name at ``start`` follows "the" after a preposition of affiliation ("Eran Hood-Matsumoto
    of the University of Alaska Southeast told"): the person speaks, not the body; a state body speaks
    through its officer, though ("Judge X of the Dzerzhinsky District Court found")."""
    words = re.findall(r"[\w']+", sentence[max(0, start - 30):start])
    if not (len(words) > 1 and words[-1].lower() == "the" and words[-2].lower() in _AFFILIATION_PREPOSITIONS):
        return False
    name = _NAME_AT.match(sentence, start)
    return not (name and _kind_from_name(name.group()) == "government body")


#: A dateline ending in its agency's bracket before a sentence's first clause ("Taipei, Dec. 2 (CNA)").
_DATELINE_BEFORE = re.compile(r"^[^()]{0,50}\([^()]{1,30}\)\s*[-–—:]?$")


#: A common noun phrase opening a clause before a name ("Rail operator SNCB said", "Landlords' association X said",
#: "…, and privacy group noyb said").
_NOUN_OPENING = re.compile(rf"(?:^{_UPPER}[a-z\-]+|(?:^|[,;:]|\b(?:and|but|while))\s*[a-z\-]+)(?:['’]s?)?"
                           rf"(?:\s+[a-z\-]+){{0,2}}$")
#: Words that end no noun phrase before a name ("by", "the", "said").
_NOT_NOUN_ENDS = frozenset("of by for to from with at in on into the a an and or as that said says told than who "
                           "which when after before".split())


def _noun_opening(before: str) -> bool:
    """Whether ``before`` (the clause so far) is a common noun phrase describing the name after it."""
    found = _NOUN_OPENING.search(before)
    head = found.group().split()[-1].lower().rstrip("'’") if found else ""
    return bool(found) and head not in _NOT_NOUN_ENDS and not _is_role(head)


def _is_role(word: str) -> bool:
    """Whether a word is a person's title or role in the speakers table or :data:`.source_kinds._PERSON_TITLES`
    ("prosecutor", "scientist", "director")."""
    roles = _lexicon(str(SPEAKERS_CSV), str(ATTRIBUTION_VERBS_CSV))
    return word.lower() in roles.titles.table or word.lower() in roles.role_heads or word.capitalize() in _PERSON_TITLES


#: The owner of a body before its name, in the possessive ("the Kurdistan Region's", "the city's").
_OWNER_BEFORE = re.compile(rf"(?<![\w\-'])(?:{_UPPER}[\w\-]*\s+){{0,3}}[\w\-]+'s$")


def _opens_clause(sentence: str, start: int) -> bool:
    """Whether a name at ``start`` opens a clause: after nothing, punctuation, a dateline, a clause opener
    (:data:`_CLAUSE_OPENERS`; "the" not after a preposition) or a descriptor that opens it
    (:data:`_DESCRIPTOR_OPENING`)."""
    before = sentence[:start].rstrip()
    possessive = before[-2:-1].isalpha() and before[-1:] in "'’"  # "… New South Wales' Kirby Institute"
    if not before or before[-1] in ",;:—–-(\"'“‘”" and not possessive or _DATELINE_BEFORE.match(before):
        return True
    words = re.findall(r"[\w']+", before[-30:])
    if _in_phrase(sentence, start):
        return False  # "Eran Hood-Matsumoto of the University of Alaska Southeast told": no subject
    owner = _OWNER_BEFORE.search(before) if " " in (_NAME_AT.match(sentence, start) or [""])[0] else None
    return bool(words) and words[-1].lower() in _CLAUSE_OPENERS or bool(
        _DESCRIPTOR_OPENING.search(sentence, max(0, start - 60), start)) or bool(
        owner and _opens_clause(sentence, owner.start())) or _noun_opening(before)


#: Unnamed officials of a body right before their reporting verb ("King County officials said").
_OFFICIALS_VERB = re.compile(rf"\s+officials\s+(?P<cue>(?i:{_VERB}))\b")


def _officials_verb(sentence: str, name: str, end: int) -> re.Match | None:
    """The verb of a body's unnamed officials after its name ending at ``end`` ("King County officials
    said", "NDMA officials told"); never a place's ("UAE officials said")."""
    return None if name in _PLACE_ACRONYMS else _OFFICIALS_VERB.match(sentence, end)


#: Sentence openers written before a name in capitals, no part of it ("But First West Yorkshire … warned").
_OPENER_BEFORE_NAME = re.compile(r"(?:But|And|Yet|So|Meanwhile|However|Still|Now|Then|Instead|Separately|Elsewhere|As)\s+"
                                 r"(?=[A-Z])")


def _without_the(name: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A name opening a sentence with "The" before one word, without it: "The RSF said" is the one-word
    acronym "RSF"; longer names keep it for the checks of :func:`_speaking_orgs`. A sentence opener before
    the name goes (:data:`_OPENER_BEFORE_NAME`), and so does a descriptor opening the sentence ("Carmaker …") and
    the owner of a state body ("Region's Ministry of …")."""
    opener = _OPENER_BEFORE_NAME.match(name)
    if opener and len(name.split()) > 1:
        name, span = name[opener.end():], (span[0] + opener.end(), span[1])
    first = name.split()[0]
    words = name.split()
    if (first.lower() in _DESCRIPTOR_KINDS and first not in _MEDIA_WORDS  # "Radio Tonga" names itself
            and len(words) > 1 and words[1][0].isupper()):  # "Carmaker Velora Motors said", not "Ministry of … said"
        cut = len(name) - len(name[len(first):].lstrip())
        name, span = name[cut:], (span[0] + cut, span[1])
    owner = re.match(r"\S+'s\s+", name)
    if owner and _kind_from_name(name[owner.end():]) == "government body":  # "Region's Ministry of …": its owner's
        name, span = name[owner.end():], (span[0] + owner.end(), span[1])
    words = name.split()
    if len(words) == 2 and words[0] == "The":
        return words[1], (span[1] - len(words[1]), span[1])
    return name, span


#: A newspaper's word that names one after "The" alone ("The Advertiser", "The Herald"); not a word a body's name
#: shares ("The Agency", "The Network") or one that names no paper alone ("Daily", "Radio").
_MASTHEAD_WORDS = frozenset("Times Post Journal Herald Gazette Tribune Telegraph Observer Express Mirror Standard "
                            "Chronicle Echo Courier Argus Sentinel Globe Advertiser Bulletin Dispatch Examiner "
                            "Inquirer Enquirer Courant Star Sun Mail Gleaner Clarion Citizen Leader Record".split())


def _is_the_masthead(name: str) -> bool:
    """Whether a name is "The" and a newspaper's word (:data:`_MASTHEAD_WORDS`) or two joined by a hyphen ("The
    Courier-Mail")."""
    words = name.split()
    return (len(words) == 2 and words[0] == "The"
            and all(part in _MASTHEAD_WORDS | _MEDIA_WORDS for part in words[1].split("-")))


#: A one-word name opening a person's full name where the article introduces them ("Huang Chih-wei (黃志偉), who",
#: "Rahmat Santoso said", "BNPB spokesperson Ratna Sulistyowati said"), and "said" with a person after it ("said
#: Graeme Holloway, who").
_PERSON_INTRODUCED = (r"\s+(?P<rest>{upper}[\w'’\-]+(?:\s+{upper}[\w'’\-]+)?)"
                      r"(?:\s*\([^()]{{1,30}}\))?(?:\s*,\s+(?:who|an?|the|\d)|\s+(?:said|says|told|added|wrote)\b)")


def _names_a_person(name: str, context: str) -> bool:
    """Whether a one-word name is a person's: the first word of a personal name the article introduces
    (:data:`_PERSON_INTRODUCED`), or the last word of one after a capitalised word (:func:`_is_surname_in`) that
    a person's appositive or reporting verb follows."""
    if " " in name or not name[1:].islower():  # "UKHSA", "PoCC": acronyms and brands are no people's names
        return False
    pattern = rf"(?<![\w\-])(?:(?P<first>{re.escape(name)})|{_UPPER}[\w'’\-]+\s+{re.escape(name)}(?![\w\-]))"
    for match in re.finditer(pattern, context):
        if match.group("first"):
            after = re.match(_PERSON_INTRODUCED.format(upper=_UPPER), context[match.end():])
            if after and _is_personal_name(after.group("rest").split()):
                return True
        elif re.match(r"(?:\s*\([^()]{1,30}\))?(?:\s*,\s+(?:who|an?|the|\d)|\s+(?:said|says|told|added|wrote)\b)",
                      context[match.end():]):
            return True
    return False


def _is_surname_in(name: str, context: str) -> bool:
    """Whether a one-word name ends a longer capitalised name in the article, as a surname does ("Berg" after
    "Anna Berg")."""
    return " " not in name and re.search(rf"{_UPPER}[\w'’\-]+\s+{re.escape(name)}(?![\w\-])", context) is not None


def _one_word_org(name: str, after: str, context: str, position: int) -> bool:
    """A one-word speaker that is an organisation: an acronym or brand, a statement, a ``which``
    clause, a later "the company" / "the group", or a descriptor before it anywhere in the
    article ("the state shipping corporation Oceanline"); never a word used as someone's surname."""
    if _is_forename_of(name, context) or _names_a_person(name, context):
        return False
    return bool((name.isupper() and len(name) >= 3) or _ACRONYM_OR_BRAND.fullmatch(name)
                or _is_hyphened_masthead(name)
                or _STATEMENT_AFTER.match(after)
                or re.match(r"\s*,\s*which\s", after) or _BODY_BACKREF.search(context, position)
                or _descriptor_near(name, context) is not None)


#: A relative clause with "which" after a name: a body's, as a person's takes "who" ("The Thompson-Nicola Regional
#: District, which issued the evacuation orders, said").
_WHICH_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*,\s*which\s")


def _speaking_orgs(sentence: str, taken: list[tuple[int, int]], context: str, offset: int) -> list[dict]:
    """Organisations missing from the registry that speak: "Gazprom said", "Toyota Motor
    Corporation said", "a Google spokesperson told …". ``context`` is the article text and
    ``offset`` where the sentence starts in it (for the checks of :func:`_one_word_org`)."""
    rows = []
    for match in _NAME_BEFORE_VERB.finditer(sentence):
        name, span = _without_the(match.group("name"), match.span("name"))
        words = name.split()
        if _is_the_masthead(match.group("name")) and not _overlaps(span, taken):  # "The Advertiser reported"
            verb = _verb_after(sentence, span[1], span[0])
            rows += [{"source": match.group("name"), "kind": "news outlet", "cue": verb.group("cue"),
                      "span": match.span("name")}] if verb else []
            continue
        if (name.endswith("'s") or _opens_as_person(words) or words[0] in _PERSON_TITLES and words[0] != "General"
                or re.fullmatch(r"[A-Z]{2,}s", name)  # "MPs", "CEOs": people
                or name in _NOT_FORENAME
                or _tidy_name(name) in _ORG_WORDS  # "The Committee found": a head noun referring back
                or _overlaps(span, taken) or not _opens_clause(sentence, span[0])):
            continue
        verb = (_verb_after(sentence, span[1], span[0]) or _officials_verb(sentence, name, span[1])
                or (_appositive_verb(sentence, span[0], span[1])
                    if _DESCRIPTOR_APPOSED.search(sentence, max(0, span[0] - 60), span[0])
                    or words[-1].rstrip(".") in _LEGAL_FORMS else None)) or (
            (_BODY_ACTION_AFTER.match(sentence, span[1])
             or (_lead_plan(sentence, span[1]) if _in_lead(context, offset) else None))
            if len(words) > 1 and not _REPORTED_BEFORE.search(
                sentence, 0, span[0]) else None)
        if verb and verb.group("cue") == "plans" and verb.re is _BODY_ACTION_AFTER:
            continue  # "Kestrel Co. plans new jobs": the plans may be the article's news, not the body's word
        if not verb:
            continue
        described = (bool(_DESCRIBED_AFTER.match(sentence, span[1]) or _WHICH_AFTER.match(sentence, span[1]))
                     and not re.search(r"\s(?:of|for)\s", name)
                     or not _names_a_person(name, context)
                     and bool((_ITS_RIGHT_AFTER_VERB if _is_surname_in(name, context) else _ITS_AFTER_VERB).match(
                         match.group("after")) and not (len(words) > 1 and _last_word_alone(name, context))))
        # "Magen David Adom says its paramedics"; not "Rhonda Pelletier said … that it was" before "Pelletier added"
        named = len(words) > 1 and (_named_as_body(sentence, span, context) or _issues_statements(
            name, sentence[span[1]:], sentence[:span[0]], context))
        if len(words) > 1 and not ((described or named or any(w in _ORG_WORDS for w in words)
                                    or _kind_from_name(name) != "unknown")
                                   and _looks_like_org(name, has_the=True, has_descriptor=described or named)):
            continue
        opens = not sentence[:span[0]].strip()  # "Developer says …" beside "the developer": a common noun
        if len(words) == 1 and (opens and not name.isupper() and _is_common_noun(name, context) or not (
                described or _one_word_org(name, match.group("after"), context, offset + span[1]))):
            continue
        source = _with_legal_form(_full_name(_tidy_name(name), context), context)
        owner = _OWNER_BEFORE.search(sentence[:span[0]].rstrip())
        kind = _kind_from_name(source)
        if kind == "unknown" and owner and owner.group()[:-2].split()[-1] in _STATE_OWNERS:
            kind = "government body"  # "The district's Mobility Secretariat said"
        rows.append({"source": source, "kind": kind, "cue": verb.group("cue"), "span": span})
    return rows + (_spokesperson_orgs(sentence, taken, context, offset)
                   if "spokes" in sentence or " official" in sentence else [])


def _in_lead(context: str, offset: int) -> bool:
    """Whether ``offset`` falls in the first two paragraphs of ``context`` (a headline or kicker line may stand
    before the lead)."""
    return context[:offset].lstrip().count("\n\n") <= 1


def _lead_plan(sentence: str, end: int) -> re.Match | None:
    """A body's plan or deed right after its name (:data:`_BODY_PLAN_AFTER`) in a sentence no one else reports
    ("Boeing Co. is weighing a plan …, according to people familiar with the matter" is the people's news)."""
    plan = _BODY_PLAN_AFTER.match(sentence, end)
    rest = sentence[plan.end():] if plan else ""
    verb = _ANY_VERB.search(rest)
    reported = verb and not _SELF_BEFORE_VERB.search(rest, 0, verb.start())  # "…, the company said": its own
    return plan if plan and not (reported or re.search(r"\b(?:according\s+to|citing)\b", rest, re.I)) else None


#: A body referring to itself before a reporting verb ("the company", "it", "its chief executive", "the office's
#: director").
_SELF_BEFORE_VERB = re.compile(r"(?:\b(?:it|the\s+[a-z]+(?:'s\s+(?:[a-z\-]+\s+){0,2}[a-z]+)?"
                               r"|its\s+(?:[a-z\-]+\s+){0,2}[a-z]+(?:\s+[A-Z][\w\-]*)*)\s+"
                               r"(?:(?:has|had|also|[a-z]+ly)\s+)?)$")


#: "In a statement," before a name opening its clause.
_STATEMENT_BEFORE = re.compile(r"\bIn\s+a\s+(?:\w+\s+)?statement,\s*$")


#: Heads of appositives that describe a person and are no titles in the speakers table ("X, head of …, said").
_PERSON_HEADS = frozenset("head chief boss founder co-founder owner".split())


def _issues_statements(name: str, after: str, before: str, context: str) -> bool:
    """Whether a multi-word name with no organisation word speaks as a body: it says something in a statement
    ("Master Builders Queensland said in a statement", "In a statement, Ngāti Ruanui said"), neither in the first
    person singular ("'I have loved her,' Ana Varga said in a statement": a person's) nor with a person's title or
    role among its words or in its appositive ("State Prosecutor X", "X, head of …, said"), and the article never
    refers back to it by its last word alone, as it does to a person ("Pelletier said")."""
    if not (_STATEMENT_AFTER.match(after) or _STATEMENT_BEFORE.search(before)):
        return False
    appositive = re.match(r"\s*,\s*(?:(?:the|an?)\s+)?(?P<head>[\w\-]+(?:\s+[\w\-]+)*?)(?:\s+(?:of|at|for|in)\s[^,]*)?,",
                          after)  # its head: the word before "of" or its last ("head of the chip business")
    head = appositive.group("head").split()[-1] if appositive else ""
    if (any(_is_role(w) for w in name.split()) or _is_role(head) or head in _PERSON_HEADS
            or re.search(r"\b(?:I|me|my|I'm|I've)\b", before + after)):
        return False  # "X, head of the company's chip business, said in a statement": a person
    return not _last_word_alone(name, context)


def _last_word_alone(name: str, context: str) -> bool:
    """Whether the article refers to a multi-word name by its last word alone as to a person, with a title or a
    reporting verb ("Pelletier added", "Ms Pelletier" after "Rhonda Pelletier")."""
    words = name.split()
    alone = re.finditer(rf"(?<![\w\-'’])(?P<before>\S+\s+)?{re.escape(words[-1])}(?P<verb>\s+(?i:{_VERB}))?\b",
                        context)
    return any((m.group("verb") or (m.group("before") or "").strip(" .") in ("Mr", "Mrs", "Ms", "Dr", "Prof"))
               and not (m.group("before") and m.group("before").strip() == words[-2]) for m in alone)


#: A body's own acronym in brackets after its name ("Cricket West Indies (CWI)").
_OWN_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")
#: A company's legal form after a name ("Pesa Haraka Ltd", "Acme Holdings, Inc."; a full stop after "Ltd"
#: ends the sentence).
_LEGAL_FORM_AFTER = (r",?\s+(?:(?:Co|Inc|Corp)\b\.?|(?:Ltd|plc|PLC|Plc|LLC|LLP|Limited|AG|SE|NV|Bhd|Berhad|PJSC|JSC|Tbk"
                     r"|Pty\s+Ltd|Sdn\s+Bhd)\b)")


def _named_as_body(sentence: str, span: tuple[int, int], context: str) -> bool:
    """Whether the article names a multi-word name as a body, not a person: its own acronym follows it
    in brackets ("Cricket West Indies (CWI) said"), a descriptor opens its clause ("The green hydrogen
    company Tsau Khaeb Green Energy said") or it is written with a legal form ("Pesa Haraka Ltd")."""
    name = sentence[span[0]:span[1]]
    bracket = _OWN_ACRONYM.match(sentence, span[1])
    return bool((bracket and _initials_match(bracket.group("acronym"), _tidy_name(name)))
                or _DESCRIPTOR_OPENING.search(sentence, max(0, span[0] - 60), span[0])
                or re.search(rf"(?<![\w\-]){re.escape(name)}{_LEGAL_FORM_AFTER}", context))


def _full_name(name: str, context: str) -> str:
    """The full name the article first gives a body it later shortens ("Mercy Ridge" after "Mercy Ridge Medical
    Center", "Harlow" after "Harlow Therapeutics"): capitalised words after ``name`` ending in an
    organisation word or, after two words or more, a legal form, which keeps its full stop ("Konekta Mobile Inc.",
    "Chesapeake Corrugated Products LLC"), when ``name`` does not show its kind itself (not "Maricopa County");
    else ``name``."""
    if name.split()[-1] in _ORG_WORDS | _LEGAL_FORMS or _kind_from_name(name) not in ("unknown", "company"):
        return name
    longer = re.search(rf"(?<![\w\-]){re.escape(name)}(?:\s+{_UPPER}[\w'&\-]*)+(?P<stop>\.)?", context)
    ends = _ORG_WORDS | _LEGAL_FORMS if " " in name else _ORG_WORDS  # "Boeing" said, not "Boeing Co."
    if not longer or longer.group().rstrip(".").split()[-1] not in ends:
        return name
    last = longer.group().rstrip(".").split()[-1]
    return longer.group() if longer.group("stop") and last in _DOTTED_FORMS else longer.group().rstrip(".")


def _with_legal_form(name: str, context: str) -> str:
    """``name`` with the legal form the article writes after it ("Pesa Haraka" → "Pesa Haraka Ltd"), the
    company's full name; else ``name``."""
    found = re.search(rf"(?<![\w\-]){re.escape(name)}{_LEGAL_FORM_AFTER}", context) if " " in name else None
    return found.group() if found else name


#: A body opening a clause before its named spokesperson, with no article ("Cosatu spokesperson Matthew
#: Parks-Dlamini called …", "Kurdistan Region Presidency spokesperson X told …").
_NAMED_SPOKESPERSON = re.compile(
    rf"(?:^\s*|[,;:]\s+|\b(?:and|but|while)\s+)(?P<name>{_NAME}){_ACRONYM_BETWEEN}(?:\s+[a-z]+){{0,2}}?\s+spokes(?:man|woman|person)"
    rf"\s+(?=[A-Z])")  # "Disy parliamentary spokesman X"


def _is_common_noun(word: str, context: str) -> bool:
    """A capitalised word that is a common noun: an organisation word ("Police spokesperson") or one the
    article also writes in lower case ("Junta spokesperson" beside "junta-controlled")."""
    return word in _ORG_WORDS or re.search(rf"(?<![\w\-]){re.escape(word.lower())}(?![\w])", context) is not None


def _spokesperson_matches(sentence: str, context: str) -> list[re.Match]:
    """Bodies before "spokesperson": after "a"/"an" (:data:`_NAME_SPOKESPERSON`), or opening a clause
    before the spokesperson's name when the sentence reports (:data:`_NAMED_SPOKESPERSON`); acronyms and names of
    two words or more before an unnamed "official" when the sentence reports (:data:`_ACRONYM_OFFICIAL`,
    :data:`_NAME_OFFICIAL`)."""
    named = [m for m in _NAMED_SPOKESPERSON.finditer(sentence) if _ANY_VERB.search(sentence, m.end())
             and not (" " not in m.group("name") and _is_common_noun(m.group("name"), context))]
    officials = [m for m in _ACRONYM_OFFICIAL.finditer(sentence)
                 if m.group("name") not in _PLACE_ACRONYMS and _ANY_VERB.search(sentence, m.end())]
    officials += [m for m in _NAME_OFFICIAL.finditer(sentence)
                  if " " in m.group("name") and _ANY_VERB.search(sentence, m.end())]
    return list(_NAME_SPOKESPERSON.finditer(sentence)) + named + officials


#: Words that alone name no body but refer back to one ("Party spokesperson X", "Club spokesperson X"; unlike
#: "Treasury spokesperson", a body's name), or describe the spokesperson ("Opposition health spokesman X").
_LONE_HEADS = frozenset("Party Club Team Group Company Committee Union Opposition Deputy Shadow Government Acting Senior".split())


#: What a body's spokesperson says when they give no information: "declined to comment", "did not respond".
_NO_COMMENT = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:(?:has|had)\s+)?(?:declined\s+to\s+comment|did\s+not\s+(?:immediately\s+)?"
                         r"(?:respond|return|reply)|could\s+not\s+(?:immediately\s+)?be\s+reached)")


def _spokesperson_orgs(sentence: str, taken: list[tuple[int, int]], context: str, offset: int) -> list[dict]:
    """The body before a spokesperson: "a Google spokesperson", "a Department of Health spokesperson",
    "Cosatu spokesperson X called"; not one whose spokesperson gave nothing ("An Nvidia spokesman declined to
    comment": :data:`_NO_COMMENT`)."""
    rows = []
    for match in _spokesperson_matches(sentence, context):
        name, span = match.group("name"), match.span("name")
        words = name.split()
        if (_overlaps(span, taken + [r["span"] for r in rows]) or words[0] in _NOT_ORG_FIRST
                or _NO_COMMENT.match(sentence, match.end())):
            continue
        if (len(words) == 1 and not _is_forename_of(name, context)) or (
                len(words) > 1 and (any(w in _ORG_WORDS for w in words) or _kind_from_name(name) != "unknown")):
            full = _full_body_name(name, context) if len(words) == 1 else _with_legal_form(name, context)
            if full in _LONE_HEADS:  # "Party spokesperson X told …": the party named before speaks
                continue
            rows.append({"source": _tidy_name(full), "kind": _kind_from_name(full),
                         "cue": "official" if match.re in (_ACRONYM_OFFICIAL, _NAME_OFFICIAL) else "spokesperson",
                         "span": span})
    return rows


@lru_cache(maxsize=4096)
def _full_body_name(word: str, context: str) -> str:
    """The body's longer name opening with ``word`` when the article names it so, as an organisation by
    its words, the kind its name gives or an appositive ("a Commerce spokesperson" after "the Commerce
    Department", "Kestrel" after "Kestrel Labs", "City" after "the City of Johannesburg", "Keystone"
    after "Keystone Senior Living, a Harrisburg-based company"), else ``word``."""
    for full in re.finditer(rf"(?<![\w\-]){re.escape(word)}\s+(?:(?:of|for)\s+(?:the\s+)?)?{_UPPER}[\w&.\-]*"
                            rf"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_UPPER}[\w&\-]*)*", context):
        name = full.group().rstrip(".")
        if (any(w in _ORG_WORDS for w in name.split()[1:]) or _kind_from_name(name) != "unknown"
                or _DESCRIBED_AFTER.match(context, full.end())):
            return name
    return word


#: "the museum said", "according to the agency", "the police said", "the state-owned power company announced":
#: a head noun, up to two lower-case modifiers before it, that refers back to a body named before.
_HEAD_BACKREF = re.compile(
    r"(?<![\w\-])[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<head>museum|union|agency|department|ministry|bank|court"
    r"|council|commission|authority|university|institute|association|board|regulator|company|firm|group|trust"
    r"|charity|foundation|watchdog|police)(?![\w\-]|'(?!s\s))")  # a possessive only before an officer: "the agency's head"


def _backref_mentions(sentence: str, taken: list[tuple[int, int]], context: str, offset: int,
                      registry: _Registry) -> list[dict]:
    """A body cited through a head noun that refers back to it: "the museum said in a statement"
    after "The Prado Museum …", "the agency's head, X, said" (the nearest name before it holding the head, or given it in an
    appositive: "…, the state's largest union"). ``offset`` is where the sentence starts in
    ``context``."""
    rows = []
    for match in _HEAD_BACKREF.finditer(sentence):
        span = match.span()
        before = _CUE_BEFORE.search(sentence[max(0, span[0] - _CUE_WINDOW):span[0]])
        rest = sentence[span[1]:span[1] + _POSSESSIVE_WINDOW]
        cue = _verb_after(sentence, span[1]) or (
            before if before and not _MEDIA_ONLY_CUE.fullmatch(before.group("cue")) else None) or (
            _affiliate_verb(rest) if rest.startswith("'s ") else None)  # "the agency's head, X, said"
        name = _named_body(match.group("head"), context[:offset + span[0]]) if cue else None
        if name and not _overlaps(span, taken):
            source, kind = _resolve(registry, name) or (name, _head_kind(name, match.group("head")))
            rows.append({"source": source, "kind": kind, "cue": cue.group("cue"), "span": span})
    return rows


#: Heads a body's name never holds ("the company"), which refer back to a body named with its own acronym
#: ("Électricité du Liban (EDL) … the state-owned power company announced").
_GENERIC_HEADS = frozenset({"company", "firm", "group"})


def _head_kind(name: str, head: str) -> str:
    """The kind of a body a head noun referred back to: its name's, else a company's for "the company"/
    "the firm" (the text calls it so)."""
    kind = _kind_from_name(name)
    return "company" if kind == "unknown" and head in ("company", "firm") else kind


#: Head words of bodies that are no company, which "the company" or "the firm" never refers back to
#: ("Kenya Electrical Trades and Allied Workers Union (KETAWU)", "European Medicines Agency (EMA)").
_NOT_COMPANY_HEADS = frozenset("Union Unions Association Federation Congress Council Agency Party Alliance "
                               "Coalition Society Foundation Ministry Department Commission Authority".split())


def _named_body(head: str, before: str) -> str | None:
    """The last organisation named in ``before`` whose name holds ``head`` ("Prado Museum" for
    "museum"), that an appositive calls so ("X, the state's largest union") or, for a generic head
    (:data:`_GENERIC_HEADS`), that the article names with its own acronym ("Électricité du Liban (EDL)"; for
    "company" and "firm" no union, agency or other body of :data:`_NOT_COMPANY_HEADS`)."""
    found = None
    for match in re.finditer(rf"(?P<name>{_NAME})(?P<bracket>\s*\([^()]{{1,30}}\))?"
                             rf"(?P<appositive>,\s+(?:the|an?)\s+(?:[\w\-']+\s+){{0,4}}?{head}(?=\s*[,.;)]))?", before):
        name = _tidy_name(match.group("name"))
        acronym = (match.group("bracket") or "").strip(" ()")
        own = (head in _GENERIC_HEADS and acronym.isupper() and _initials_match(acronym, name)
               and not (head in ("company", "firm") and _NOT_COMPANY_HEADS.intersection(name.split())))
        if match.group("appositive") or head.title() in name.split() or own:
            parts = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", name)[1:]
            owned = [part for part in parts if head.title() in part.split()]
            found = owned[-1] if owned else name  # "Judge X of the Dzerzhinsky District Court": the court
    return found


#: "the NLC President, Joe Ajaero, said", "the RCN's general secretary", "RBI governor X said", "KPA Managing
#: Director X said": a body speaking through its officer.
_ACRONYM_OFFICER = re.compile(
    r"(?<![\w\-])(?P<name>[A-Z]{3,6})(?:'s)?\s+(?i:(?:managing|deputy|executive|vice|acting)\s+)?"
    r"(?i:president|governor|head|chair(?:man|woman|person)?|general\s+secretary"
    r"|secretary(?:-general)?|director(?:-general)?|chief\s+executive|spokes(?:man|woman|person))\b")


def _acronym_officers(sentence: str, taken: list[tuple[int, int]], context: str,
                      registry: _Registry) -> list[dict]:
    """Acronyms whose officer speaks in the sentence: the registry's name, else the full name
    the article gives, else the acronym."""
    rows = []
    matches = list(_ACRONYM_OFFICER.finditer(sentence))
    for match in matches if matches and _ANY_VERB.search(sentence) else ():
        name, span = match.group("name"), match.span("name")
        if name not in _PLACE_ACRONYMS and not _overlaps(span, taken):
            full = _expand_acronym(name, context)
            source, kind = _resolve(registry, name) or (full, _kind_from_name(full))
            rows.append({"source": source, "kind": kind, "cue": "officer", "span": span})
    return rows


#: Roles whose named holder speaks for the body they hold them at (a lawyer's firm, a researcher's
#: university or an analyst's bank are workplaces, not sources: every annotator leaves them out).
_OFFICER_ROLE = (
    r"(?:(?:deputy|vice|acting|interim|executive|managing|national|regional|general|assistant|permanent|principal"
    r"|co-)[\s\-]*)?"
    r"(?:president|chair(?:man|woman|person)?|co-chair|secretary[\s\-]general|general\s+secretary|secretary"
    r"|director(?:[\s\-]general)?|chief\s+executive(?:\s+officer)?|CEO|head|spokes(?:man|woman|person)"
    r"|representative|coordinator|organi[sz]er|commissioner|commander|chief|mayor|leader|controller|manager"
    r"|superintendent|principal|dean|(?:vice[\s\-])?chancellor|chief\s+constable|officer[\s\-]in[\s\-]charge"
    r"|administrator|registrar|treasurer|rector|governor|under-?secretary|(?:board|committee)\s+member"
    r"|(?:public\s+relations|press|information|communications?)\s+officer)")
#: An officer's role and "of" right before "the" and a body's name (:func:`_the_name_before_verb`).
_OFFICER_OF_BEFORE = re.compile(rf"(?i:{_OFFICER_ROLE})\s+of\s+$")
#: A body's branch or a place after its name, which the body's officer serves ("chairperson of the National Union of
#: Eritrean Women branch in Ghindae", "Director of the Palestine Red Crescent Society (PRCS) in Nablus").
_BODY_PART_AFTER = (rf"(?:\s+(?:branch|chapter|office|wing|unit)\b)?"
                    rf"(?:\s+in\s+(?:the\s+)?{_UPPER}[\w\-]*(?:\s+{_UPPER}[\w\-]*)?)?")
#: A person, their role "of"/"at"/"for" a body set off by commas, then the verb: "Ann Vermeulen-Dubois,
#: president of the socialist trade union FGTB, told …", "X, chair of the British Medical Association's GP
#: committee, said".
_OFFICER_APPOSITIVE = re.compile(
    rf"{_UPPER}[\w\-'.]*\s*,\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){{0,2}}?(?i:{_OFFICER_ROLE})\s+(?:of|at|for|with)"
    rf"\s+(?:the\s+)?(?:[a-z][\w\-]*\s+){{0,5}}(?P<name>{_NAME}){_ACRONYM_BETWEEN}(?:'s\s+[^,;]{{1,40}})?{_BODY_PART_AFTER}"
    rf"\s*,\s+(?:\w+ly\s+)?(?P<cue>{_VERB})\b")
#: The verb first, then the person and their role "of" a body (one "at" a bank is often its analyst): "…,' said Rubana Sultana, vice-president of
#: the Bangladesh Garment Manufacturers and Exporters Association."
_OFFICER_AFTER_VERB = re.compile(
    rf"(?<![\w\-])(?P<cue>{_VERB})\s+(?:{_UPPER}[\w\-'.]*\s+){{1,3}}?{_UPPER}[\w\-'.]*,\s+(?:the\s+|an?\s+)?"
    rf"(?:[\w\-]+\s+){{0,2}}?(?i:{_OFFICER_ROLE})\s+of\s+(?:the\s+)?(?:(?!(?:at|in|for|with)\s)[a-z][\w\-]*\s+){{0,3}}"
    rf"(?P<name>{_NAME})")
#: A body opening a clause (or after "opposition", "ruling") before its officer's title and name, perhaps with its
#: branch between: "UAW Local 235 President Ray Bilski-Moore said", "Australian Workers' Union (AWU) Port Kembla branch
#: secretary X said".
_OFFICER_BEFORE_NAME = re.compile(
    rf"(?:^\s*|[,;:”\"]\s+|\b(?:and|but|while|opposition|ruling|governing)\s+)(?P<name>{_NAME}){_ACRONYM_BETWEEN}"
    rf"(?:(?:\s+{_UPPER}[\w\-]*){{0,3}}\s+(?:branch|chapter))?\s+(?i:{_OFFICER_ROLE})\s+"
    rf"(?={_UPPER}[\w\-'.]*\s+{_UPPER}[\w\-'.]*[^.;]{{0,60}}?\b(?:{_VERB})\b)")


#: The role first, then the body and, set off by commas, the person: "The chairperson of the Kasighau Artisanal Miners
#: Cooperative, Mwakio Mghendi, said".
_OFFICER_ROLE_FIRST = re.compile(
    rf"(?:^\s*|[,;:]\s+|\b(?:and|but|while)\s+)(?i:the\s+)?(?:[\w\-]+\s+){{0,2}}?(?i:{_OFFICER_ROLE})\s+of\s+"
    rf"(?:the\s+)?(?P<name>{_NAME}){_ACRONYM_BETWEEN}{_BODY_PART_AFTER}\s*,\s+(?:{_UPPER}[\w\-'.]*\s+){{0,3}}"
    rf"{_UPPER}[\w\-'.]*\s*,\s+"
    rf"(?:\w+ly\s+)?(?P<cue>{_VERB})\b")


#: Words opening a sentence that are no part of a body's name ("But Consumers Association of Malawi …").
_CONJUNCTIONS = frozenset("But And Or So Yet".split())
#: Words that end a title, not a body's name ("Department of Statistics Deputy Director-General X").
_TITLE_TAILS = frozenset({"deputy", "cabinet", "acting", "interim", "vice", "senior", "assistant"})


#: A police, fire or military rank and a name, then "of" a body ("Det Insp Rachel Amos, of Cambridgeshire
#: Constabulary, said", "Sgt Paul Rees of the Kestrel Police Service told"): the officer speaks for a state body.
_RANKED_OFFICER_OF = re.compile(
    r"(?<![\w\-])(?:(?:Det(?:ective)?|Ch(?:ief)?|Assistant|Deputy|Senior)\.?\s+){0,2}"
    r"(?:Insp(?:ector)?|Supt|Superintendent|Sgt|Sergeant|Constable|PC|DC|DS|DCI|Cpl|Corporal|Lt|Lieutenant|Capt(?:ain)?"
    r"|Col(?:onel)?|Gen(?:eral)?|Cdr|Commander|Trooper|Sheriff|Chief|Officer|Firefighter|Station\s+Officer)\.?"
    rf"\s+(?:{_UPPER}[\w'\-]*\.?\s+){{0,3}}{_UPPER}[\w'\-]+,?\s+of\s+(?:the\s+)?(?P<name>{_NAME})(?=,|\s)")


def _officer_bodies(sentence: str, taken: list[tuple[int, int]], context: str, registry: _Registry) -> list[dict]:
    """Bodies whose named officer speaks for them (:data:`_OFFICER_APPOSITIVE`,
    :data:`_OFFICER_BEFORE_NAME`, :data:`_OFFICER_AFTER_VERB`, :data:`_OFFICER_ROLE_FIRST`; state bodies whose ranked
    officer does, :data:`_RANKED_OFFICER_OF`), by the registry's name, else the full name the article gives an
    acronym; a name that is no acronym and has no organisation word or kind of its own (a place, a
    person) is left out."""
    rows = []
    for match in [*_OFFICER_APPOSITIVE.finditer(sentence), *_OFFICER_BEFORE_NAME.finditer(sentence),
                  *_OFFICER_AFTER_VERB.finditer(sentence), *_OFFICER_ROLE_FIRST.finditer(sentence)]:
        name, span = match.group("name").removesuffix("'s"), match.span("name")
        words = name.split()
        if (_overlaps(span, taken + [r["span"] for r in rows]) or words[0] in _NOT_ORG_FIRST | _CONJUNCTIONS
                or name in _PLACE_ACRONYMS
                or words[-1].lower() in _TITLE_TAILS
                or (len(words) == 1 and not _is_acronym(name) and _is_common_noun(name, context))):
            continue  # "Government spokesman X", "But X Association", "Department of Statistics Deputy …"
        full = _expand_acronym(name, context) if _is_acronym(name) else name
        resolved = _resolve(registry, name) or _resolve(registry, full)
        if resolved is None and not (_is_acronym(name) or any(w in _ORG_WORDS for w in full.split())
                                     or _kind_from_name(full) != "unknown"):
            continue
        source, kind = resolved or (_tidy_name(full), _kind_from_name(full))
        rows.append({"source": source, "kind": kind, "cue": "officer", "span": span})
    for match in _RANKED_OFFICER_OF.finditer(sentence) if " of " in sentence else ():
        name, span = _tidy_name(match.group("name")), match.span("name")
        resolved = _resolve(registry, name)
        if (not _overlaps(span, taken + [r["span"] for r in rows]) and _verb_after(sentence, span[1] + 1)
                and (resolved or (name, _kind_from_name(name)))[1] == "government body"):
            rows.append({"source": (resolved or (name,))[0], "kind": "government body", "cue": "officer",
                         "span": span})
    return rows


#: A body's possessive before one of its people or parts, then a reporting verb later in the sentence: "the World
#: Health Organization's office in Oman said", "Bristol City Council's cabinet member for transport, …, said", "the
#: Severn Valley Learning Trust, whose chief executive, …, said".
#: ``part`` is a unit only a body has; ``role`` a role a person may have too (their spokesman, their manager).
_POSSESSIVE_BODY = re.compile(
    r"(?:['’]s|,\s+whose)\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:(?P<part>office|branch|unit|team|board|committee|division|counsel|cabinet\s+member|board\s+member|negotiator"
    r"|(?:vice[\s\-])?president|secretary|spokes(?:man|woman|person)|officials?|representatives?)"
    r"|(?P<role>director|manager|chief|head|chair(?:man|woman|person)?))\b")
#: The name ending right before a possessive (searched in a window before it, so that a long run of capitalised
#: words costs no more than its length).
_NAME_ENDING = re.compile(rf"(?<![\w\-'&.])(?P<name>{_NAME})$")
_OWNER_WINDOW = 150


#: What may stand before a clause's subject or an affiliation: the sentence's start, a comma, colon, semicolon,
#: dash or closing quote, a conjunction or "of" ("Insp. X, of Police Scotland's road policing unit, said"), then
#: perhaps "the".
_CLAUSE_OPENING = re.compile(r"(?:^|[,;:\u2013\u2014\-\"”’]|\b(?:and|but|while|But|And|of))\s*(?:[Tt]he\s+)?$")


def _possessive_bodies(sentence: str, taken: list[tuple[int, int]], context: str) -> list[dict]:
    """Bodies whose people or parts speak for them (:data:`_POSSESSIVE_BODY`) in a sentence that reports: a
    name of an organisation word, of its own kind or an acronym or brand with any of them, other names only
    with a part no person has ("Villarreal's sporting director" is left out; "Labour's education spokesperson"
    is not); the possessive opens a clause, as a subject or an appositive (:data:`_CLAUSE_OPENING`)."""
    rows = []
    for match in _POSSESSIVE_BODY.finditer(sentence) if "s " in sentence else ():
        owner = _NAME_ENDING.search(sentence, max(0, match.start() - _OWNER_WINDOW), match.start())
        if owner is None:
            continue
        name, span = owner.group("name"), owner.span("name")
        if name.startswith("The ") and " " in name[4:]:  # "The Punjab Environmental Protection Agency's counsel"
            name, span = name[4:], (span[0] + 4, span[1])
        words = name.split()
        if (_overlaps(span, taken) or not _ANY_VERB.search(sentence, match.end()) or _opens_as_person(words)
                or not (_CLAUSE_OPENING.search(sentence, 0, span[0])  # "spent six years on Amazon's robotics team"
                        or match.group().startswith(","))  # "… run by the X Trust, whose chief executive said"
                or words[0] in _NOT_ORG_FIRST | _CONJUNCTIONS | {"The"} or name in _PLACE_ACRONYMS
                or _is_forename_of(name, context)):
            continue
        org = (any(w in _ORG_WORDS for w in words) or _kind_from_name(name) != "unknown" or _is_acronym(name)
               or _ACRONYM_OR_BRAND.fullmatch(name) is not None)
        if org or match.group("part"):
            rows.append({"source": _tidy_name(name), "kind": _kind_from_name(name), "cue": "'s", "span": span})
    return rows


#: A governor named by title alone at a clause's start ("Governor Thabo Mahlangu-Venter told …").
_BARE_GOVERNOR = re.compile(rf"(?:^\s*|[,;:]\s+)(?P<name>Governor)\s+{_UPPER}")


def _governor_banks(sentence: str, taken: list[tuple[int, int]], context: str, registry: _Registry) -> list[dict]:
    """The central bank a governor named by title alone speaks for, when the sentence reports and the
    article named the bank before ("The South African Reserve Bank (SARB) cut …. Governor X told a
    media briefing …"): the last name before with "Bank" in it that is a government body."""
    match = _BARE_GOVERNOR.search(sentence)
    if not match or _overlaps(match.span("name"), taken) or not _ANY_VERB.search(sentence, match.end()):
        return []
    banks = [_resolve(registry, n) or (_tidy_name(n), _kind_from_name(n))
             for n in (m.group() for m in _NAME_AT.finditer(context) if "Bank" in m.group().split())]
    banks = [bank for bank in banks if bank[1] == "government body"]
    return [{"source": banks[-1][0], "kind": banks[-1][1], "cue": "officer", "span": match.span("name")}] if banks else []


def _own_mentions(sentence: str, own: _Registry, taken: list[tuple[int, int]]) -> list[dict]:
    """The article's own outlet cited as a news medium ("told the Herald", "Variety has learned")."""
    rows = []
    for start, end, (source, kind) in _find_aliases(sentence, own):
        cue = _registry_cue(sentence, start, end, "news outlet")
        if cue is not None and not _overlaps((start, end), taken):
            rows.append({"source": source, "kind": kind, "cue": cue, "span": (start, end)})
    return rows


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)
