"""Roles held at a body: the speaker type a person's role gives, read with the body it is held at.

A role alone says little about who speaks: a "president", "secretary", "spokesperson", "chief
executive", "director", "head", "governor" or "officer" of a company, union or association
speaks for an organisation, of a ministry, police force, agency or central bank for a
government body, of a party as a politician. So a role in :data:`BODY_HELD_ROLES` takes the
type of the body it is held at (:func:`employer_type`), wherever the text gives that body:

- right before the role, its name or acronym, possessive or not ("Meta spokesperson Rachel
  Holland", "CTU President Stacy Davis Gates", "Etihad Rail's chief executive", "the union's
  Victorian secretary, Marika Stavros", "a PCB spokesperson");
- after the role, with "of"/"at"/"for" ("Christine Lagarde, president of the European Central
  Bank", "a spokesperson for the UN human rights office", "X, vice president of infrastructure at
  Northwind Logistics"), or after "who chairs/heads/directs/leads" ("X, who chairs the British
  Medical Association's GP committee").

Political offices (:data:`POLITICAL_ROLES`: minister, MP, senator, mayor, councillor, leader,
lawmaker, whip) stay a politician's at any body ("Calderdale Council leader X", "Democratic
Party floor leader X"); any role held at a party is a politician's ("Republican People's Party
(CHP) deputy chair"), and so is a spokesperson or critic for a portfolio ("SDLP health
spokesperson", "NDP health critic", :data:`PORTFOLIOS`); a role in research is an expert's
("Grayline's head of research"), and so is a body-held role at a university or research body
("president of the Ifo Institute", "science director at the Amazon Environmental Research
Institute"); "Dr" gives way to a government body's role only where the body is typed by its name
("Director-General of the NCDC"), never at an institute or a place ("chief health officer for
Lubbock County"); "captain" written in lower case is a team's, not a rank
("Pakistan captain X").

A body the text names but no rule types (not in the alias table, no state or organisation
word in its name, no acronym the article spelled out) is an organisation: state bodies
announce themselves by their names ("… Ministry", "… Police", "… Authority"), companies,
unions and associations do not ("Meta", "Unite", "Grey Power Auckland"). A single capitalised
word is taken for a body only before a role written in lower case ("Meta spokesperson", not
"Transport Secretary", a portfolio) and never when it is a demonym or place word ("Russian
spokesman"); nor is a two-letter code ("US official").

:func:`held_role_type` applies all this to a name, :func:`role_end_type` to a description or a
title; :mod:`.speakers` calls them for every name and description before it merges names with
their roles (:func:`title_yields`: which titles a role overrides).

Round 12 added: "organiser" is a role held at a body ("GMB regional organiser X" speaks for the union).

Round 17 added: the head of a regional or local administration is its governor or mayor, a politician ("head of
the Kharkiv Regional Military Administration": :data:`_LOCAL_ADMINISTRATION`).
"""

from __future__ import annotations

import re

from .name_kinds import _DEMONYM_ENDINGS, _ORG_NAME_LEADS, _STATE_WORDS, _is_national, _name_kind, _org_type
from .registry import _compile, _resolve

__all__ = ["BODY_HELD_ROLES", "POLITICAL_ROLES", "PORTFOLIOS", "LOWER_CASE_ROLES", "ROLE_VOCABULARY", "employer_type",
           "role_type", "role_end_type", "held_role", "held_role_type", "title_yields", "court_role_type"]

#: Roles whose holder speaks for the body they are held at, and takes its type.
BODY_HELD_ROLES = frozenset({
    "president", "vice president", "vice-president", "chair", "co-chair", "chairman", "chairwoman", "chairperson",
    "secretary", "general secretary", "secretary general", "secretary-general", "chief executive",
    "chief executive officer", "ceo", "executive director", "director", "managing director",
    "director-general", "director general", "head", "spokesman", "spokeswoman", "spokesperson",
    "officer", "governor", "representative", "partner", "campaigner", "counsel", "coordinator", "organiser",
    "organizer", "chief", "convener", "convenor", "functionary", "board member", "chief of staff", "general manager",
    "manager", "official", "officials",
})
#: Political offices: a politician's at any body.
POLITICAL_ROLES = frozenset({
    "minister", "mp", "senator", "mayor", "councillor", "councilor", "leader", "floor leader",
    "lawmaker", "lawmakers", "legislator", "legislators", "whip", "deputy speaker", "ranking member", "cabinet member",
})
#: Portfolios of a spokesperson or critic: lower case after a party ("SDLP health spokesperson", "NDP
#: health critic") they make the role a politician's; capitalised before a role ("Health Secretary",
#: "Public Works Secretary", "a Commerce spokesperson") they name an office, no employer.
PORTFOLIOS = frozenset(
    "health housing finance education justice transport transportation environment defence defense foreign "
    "economy economic treasury trade commerce energy immigration climate agriculture culture business employment "
    "welfare brexit communities policing home interior labour labor public works cabinet state affairs science "
    "technology digital sport local".split())
#: Roles a party's portfolio makes political (a ministry has "a Department of Health spokesperson").
_PORTFOLIO_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "critic"})
#: Roles written in lower case that are no rank: "Pakistan captain X" is the team's captain.
LOWER_CASE_ROLES = {"captain": "civilian"}
#: Roles a place, party or club may hold ("Kharkiv governor", "PP deputy secretary", "BNP Secretary
#: General", "Town chairman", "Arsenal manager"), and officials, whom a description gives ("White House official"
#: stays a state's): only a body typed by its name or description gives them its type ("Central Bank Governor",
#: "the RCN's general secretary", "SCA chairman", "a union official", "the company's operations manager").
_TYPED_BODY_ONLY = frozenset({"governor", "chairman", "secretary", "general secretary", "secretary general",
                              "secretary-general", "official", "officials", "manager"})
#: Types of titles a role at a body overrides: a rank ("the spokesman for the army, Lt Gen X"), a
#: courtesy title ("Dame X, who chairs …") and, by a role at an organisation, "Dr"/"Prof" ("Dr X,
#: co-chair of the BMA's junior doctors committee"); political, police, judicial and sports
#: titles stand.
_YIELDING_TITLE_TYPES = frozenset({"soldier", "unknown", "expert"})
#: A regional or local administration by its name: its head is the region's governor or the town's mayor, a
#: politician ("head of the Kharkiv Regional Military Administration", "head of the Bucha City Military
#: Administration"; the administration's spokesperson stays an official).
_LOCAL_ADMINISTRATION = re.compile(
    r"\b(?:Regional|Oblast|Provincial|District|City|Municipal|Military|State)\s+Administration$")
#: What "who <verb> <body>" makes a person ("X, who chairs the BMA's GP committee").
_HELD_BY_VERB = {"chairs": "chair", "co-chairs": "co-chair", "heads": "head", "leads": "head",
                 "directs": "director"}
#: Places whose possessive names the administration a role is held at ("the state's emergency assistance director",
#: "the city's director of transit"); not a governor's or a chairman's, who are a place's politicians.
_PLACE_DESCRIPTIONS = frozenset("state county city town province region district municipality borough country "
                                "territory island".split())
#: Words that are no modifier of a role: with one of them before it, a capitalised word is no
#: employer ("Meta said the spokesperson").
_NOT_MODIFIERS = frozenset("the a an and or of for to in at on by with from as who which that this its their his her "
                           "said says told".split())
#: Determiners that may open a capitalised run but no body's name ("The home secretary, X").
_LEADING_DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "His", "Her"})

_ROLE_WORDS = sorted(BODY_HELD_ROLES | POLITICAL_ROLES | _PORTFOLIO_ROLES | set(LOWER_CASE_ROLES), key=len,
                     reverse=True)
#: Every role the rules read with its body.
ROLE_VOCABULARY = frozenset(_ROLE_WORDS)
_ROLE_LAST_WORDS = frozenset(r.split()[-1] for r in _ROLE_WORDS)
#: Role words that are a role only when no lower-case word follows them ("IMF mission chief X", "X, a section
#: chief with the U.S. Forest Service"; not "chief medical officer", "chief whip": those roles end later).
_ROLE_PATTERNS = {"chief": r"chief(?!\s+(?!(?:of|for|at|with|in)\b)(?-i:[a-z]))"}
_ROLE = "(?i:" + "|".join(_ROLE_PATTERNS.get(r, re.escape(r)) for r in _ROLE_WORDS) + ")"
#: A capitalised word of a body's name (an apostrophe only before a capital: "O'Hare", not "Meta's"; or after a
#: plural before the next capitalised word: "Employees' Union").
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž](?:[\w&.\-]|['’](?=[A-Z])|(?<=s)['’](?=\s+[A-Z]))*"
#: A body's name: capitalised words joined by spaces, "of", "and", "&", "for" ("Royal College of
#: Nursing"; a comma ends it).
_BODY = rf"{_CAP}(?:\s+(?:(?:of|and|&|for)\s+(?:the\s+)?)?{_CAP})*"
#: The body before a role: "the RCN's", "Etihad Rail's", "Meta", "Republican People's Party (CHP)",
#: "the union's" (a body description).
_OWNER = (rf"(?:(?:the\s+)?(?P<owner>{_BODY})(?P<owned>['’]s)?(?:\s*\([A-Z]\w{{1,7}}\))?"
          rf"|[Tt]he\s+(?P<desc>[a-z]+)['’]s)")
_MODS = r"(?P<mods>(?:[a-z][\w\-]*\s+){0,3}?)"
#: What a role is of or for, before the name ("head of research, ", "vice president for LNG, ").
_FIELD = r"(?P<field>(?!the\b)[\w\-]+(?:\s+[\w\-]+){0,3}?)"
#: A portfolio listed with commas up to an "and" ("of Culture, Sports, Tourism and Youth").
_PORTFOLIO_LIST = rf"{_CAP}(?:,\s+{_CAP})+,?\s+(?:and|&)\s+{_CAP}"
#: A role phrase ending where a name starts: "Meta spokesperson ", "the union's Victorian secretary, ",
#: "Hapag-Lloyd's head of network, ", "counsel to the EFCC, ", "Minister of Culture, Sports, Tourism and Youth ",
#: "Director of the Palestine Red Crescent Society (PRCS) in Nablus, ", "Ranking Member on the Lands Committee, ".
_ROLE_BEFORE = re.compile(
    rf"(?:{_OWNER}\s+)?(?:[A-Z][a-z]+\s+)?{_MODS}(?P<role>{_ROLE})"
    rf"(?:\s+(?:of|for)\s+{_FIELD}\s*,|\s+(?:to|for|of|on)\s+(?:the\s+)?(?P<body>{_BODY})"
    rf"(?:\s*\([A-Z][\w\-]{{1,9}}\))?(?:\s+in\s+{_CAP}(?:\s+{_CAP})?)?\s*,"
    rf"|\s+(?:of|for)\s+{_PORTFOLIO_LIST}|\s+(?:of|for)\s+(?:[a-z]+\s+){{1,3}})?\s*,?\s*$")
#: Parts of a body written in lower case after its name, which leave the body the role's ("head of the IFRC
#: delegation for East Asia", "coordinator at the Observatório do Clima network").
_BODY_UNITS = r"(?:delegation|network|office|branch|chapter|unit|division|mission|bureau|campaign|team)"
#: A body named after a role, not a modifier ("of the Luhansk region", "of the CDU/CSU parliamentary group");
#: a place may follow it ("of the Ifo Institute in Munich"), descriptions may precede it ("at the Podgorica-based
#: watchdog Action for Accountability"); or a body description, owning the role's field or ending the phrase ("of
#: the hospital's Neuromuscular Program", "for the department.").
_BODY_AFTER = (rf"(?:of|at|for|with)\s+(?:the\s+)?(?P<dmods>(?:(?:[a-z][\w\-]*['’]?|[A-Z]\w*-[a-z]+)\s+){{0,3}}?)"
               rf"(?:(?P<body>{_BODY})(?!\s+(?!in\b|at\b|on\b|and\b|{_BODY_UNITS}\b)[a-z]|[/\w\-])"
               rf"|(?P<bdesc>[a-z]+)(?:['’]s|(?=\s*[,.;])))")
#: A role in apposition after a name: ", the RCN's general secretary", ", president of the ECB",
#: ", head of Middle East energy research at Kpler".
_ROLE_AFTER = re.compile(
    rf"\s*,\s*(?:\d{{1,3}}\s*,\s*)?(?:(?:the|a|an)\s+)?(?:{_OWNER}\s+)?(?:[A-Z][a-z]+\s+)?{_MODS}(?P<role>{_ROLE})\b"
    rf"(?:\s+(?:and|&)\s+(?:[a-z][\w\-]*\s+){{0,3}}?(?P<role2>{_ROLE}))?"
    rf"(?:\s+of\s+{_FIELD}(?=\s+(?:of|at|for|with)\s|\s*[,.;]))?"
    rf"(?:\s+{_BODY_AFTER})?")
#: "…, who chairs the British Medical Association's GP committee", "…, who heads the miners' trade union at OKD",
#: "…, who chairs the forum".
_HELD_AFTER = re.compile(
    rf"\s*,\s*who\s+(?P<verb>{'|'.join(_HELD_BY_VERB)})\s+(?:the\s+|a\s+|an\s+)?"
    rf"(?:(?:[a-z][\w\-]*['’]?|[A-Z]\w*-[a-z]+)\s+){{0,4}}?"
    rf"(?:(?:at|of)\s+(?:the\s+)?)?(?:(?![A-Z]\w*-[a-z]+\s)(?P<body>{_BODY})|(?P<bdesc>[a-z]+)(?=\s*[,.;]))")
_FOLLOWING_BODY = re.compile(rf"\s+(?!with){_BODY_AFTER}")
#: A name set off by the body it belongs to, with no role: ", of the Passenger Action Group,".
_MEMBER_OF = re.compile(rf"\s*,\s*of\s+(?:the\s+)?(?P<body>{_BODY})\s*,")
#: A name with no role "of" a body its description introduces ("X of the campaign group River Action").
_MEMBER_OF_DESCRIBED = re.compile(rf"\s*,?\s+of\s+(?:the\s+)?(?P<desc>(?:[a-z][\w\-]*\s+){{0,2}}[a-z]+)\s+{_BODY}")


def _is_place_word(name: str) -> bool:
    """A demonym, place word or two-letter code, which opens no employer's name ("Russian", "US")."""
    return (name in _ORG_NAME_LEADS or name.endswith(_DEMONYM_ENDINGS)
            or (len(name) <= 2 and name.isupper()))


def _is_research_body(words: list[str]) -> bool:
    """A research body, state-run or not ("Amazon Environmental Research Institute", "National Institute
    for Space Research"), unless a state word names it a statistics or weather office."""
    return "Research" in words and not _STATE_WORDS.intersection(words)


#: Speaker types of the people at a registry source of each kind.
_REGISTRY_TYPES = {"government body": "military or government body", "news outlet": "journalist or media",
                   "news agency": "journalist or media", "international organisation": "organisation",
                   "company": "organisation", "social platform": "organisation"}


#: Local units of government that own an office in a portfolio ("Kasese District Health Officer", "County Health").
_LOCAL_UNIT_WORDS = frozenset("District County City Town Borough Township Municipal Provincial Regional".split())


def _is_local_office(words: list[str]) -> bool:
    """Whether a name is a local unit of government and a portfolio after it ("Kasese District Health",
    "County Public Works"), a local government's office."""
    units = [i for i, w in enumerate(words) if w in _LOCAL_UNIT_WORDS]
    return bool(units) and units[-1] < len(words) - 1 and all(w.lower() in PORTFOLIOS for w in words[units[-1] + 1:])


def _typed_body(words: list[str], lex, acronyms: dict | None) -> str:
    """Type of a body the rules know by name: listed in the alias table, an acronym the article spelled out,
    a source of the bundled registry of cited sources (``sources.csv``: "Ofwat" is a government body), a party,
    a university, or typed by its own words (:func:`.name_kinds._org_type`); else ""."""
    name = " ".join(words)
    if acronyms and name in acronyms:  # typed as its full name, a party's too ("PP": "Partido Popular")
        full = acronyms[name][0].split()
        return _typed_body(full, lex, None) or acronyms[name][1] if full != words else acronyms[name][1]
    known = lex.names.get(name)
    if known:
        return known[1] if known[2] == "body" else ""
    listed = _resolve(_compile(None), name)
    if listed and listed[0] == name:  # a source of the registry by its canonical name ("Ofwat", "NYPD")
        return _REGISTRY_TYPES.get(listed[1], "")
    if "Party" in words:
        return "party"
    if len(words) == 1 and words[0].lower() in _STATE_ADJECTIVES or _is_local_office(words):  # "Presidential"
        return "military or government body"
    if ("University" in words and not _name_kind(words)) or _is_research_body(words):
        return "expert"
    return _org_type(words)


def _described_type(description: str, lex) -> str:
    """Type of a body description of the alias table ("union", "ministry", "junta"), or ""."""
    head = lex.heads.table.get(description)
    return head[1] if head and head[2] == "body descriptor" else ""


def employer_type(name: str, lex, acronyms: dict | None = None, *, single_ok: bool = True,
                  typed_only: bool = False) -> str:
    """Speaker type of the body a role is held at, from its name as written ("" for none).

    Parameters
    ----------
    name
        The body's name ("Meta", "Royal College of Nursing", "CTU") or a body description, lower case
        or one capitalised word ("union", "ministry", "Junta spokesperson").
    lex
        The speakers lexicon (:class:`.speakers._Lexicon`): listed bodies and descriptions.
    acronyms
        Acronyms the article spelled out: acronym -> (full name, type).
    single_ok
        Whether a single capitalised word no rule types may be taken for a body.
    typed_only
        Whether only a body :func:`_typed_body` types counts.

    Returns
    -------
    str
        A speaker type, "party" for a political party, or "" when the name is no body.
    """
    if name.islower():
        return _described_type(name, lex)
    words = name.rstrip(".").split()  # a sentence's full stop is no part of the name
    while words and words[0] in _LEADING_DETERMINERS:
        words.pop(0)
    if not words or all(w.lower() in PORTFOLIOS for w in words if w not in ("and", "&")):
        return ""  # "Health Secretary", "Public Works Secretary": an office, no employer
    typed = _typed_body(words, lex, acronyms) or (_described_type(words[0].lower(), lex) if len(words) == 1 else "")
    if typed or typed_only:  # a capitalised description types as one in lower case: "Junta spokesperson"
        return typed
    if any(w.lower() in lex.titles.table for w in words):
        return ""  # "a spokesperson for Health Minister X": a person
    if len(words) > 1:
        return "organisation"
    return "organisation" if (single_ok or words[0].isupper()) and not _is_place_word(words[0]) else ""


def _table_type(mods: str, role: str, lex) -> str:
    """Type of the longest role phrase in the alias table that ends with ``role`` and is longer than
    it ("chief health officer", "clinical officer", "press secretary"), or ""."""
    words = mods.lower().split()
    for i in range(len(words)):
        key = " ".join(words[i:] + [role.lower()])
        found = lex.heads.table.get(key) or lex.titles.table.get(key)
        if found:
            return found[1] if isinstance(found, tuple) else found
    return ""


def role_type(role: str, mods: str, employer: str, lex, *, typed: bool = True) -> str:
    """The speaker type of ``role`` (with its lower-case modifiers ``mods``) held at a body of type
    ``employer`` ("" when none is given), or "" when the role says nothing new.

    Political offices, party and portfolio roles are a politician's; research roles an
    expert's; body-held roles take the body's type, unless the table has the whole phrase
    for an occupation ("clinical officer") or, at a body no rule types (``typed`` false), for an
    official ("chief health officer"); "captain" written in lower case is a civilian's (see
    the module docstring).
    """
    low, words = role.lower(), mods.lower().split()
    if low in POLITICAL_ROLES and not (low == "leader" and "union" in words):
        return "politician"
    if low in _PORTFOLIO_ROLES and PORTFOLIOS.intersection(words):
        return "politician"
    if role in LOWER_CASE_ROLES:
        return LOWER_CASE_ROLES[role]
    if "research" in words:
        return "expert"
    if not employer or low not in BODY_HELD_ROLES:
        return ""
    phrase = _table_type(mods, role, lex)
    if phrase in ("civilian", "expert") or (phrase and not typed):
        return phrase
    return "politician" if employer == "party" else employer


def _local_head(role: str, body: str | None) -> bool:
    """Whether ``role`` is the head of a regional or local administration named ``body``
    (:data:`_LOCAL_ADMINISTRATION`): a governor or mayor, a politician; or the chief of a First Nation or
    other Indigenous nation ("Piikani Nation Chief X"), its elected leader."""
    body = (body or "").rstrip(".")
    return ((role.lower() == "head" and bool(_LOCAL_ADMINISTRATION.search(body)))
            or (role.lower() == "chief" and body.endswith(" Nation")))


#: Adjectives of a state's offices among a role's modifiers ("Presidential spokesman", "provincial medical director").
_STATE_ADJECTIVES = frozenset("presidential provincial ministerial gubernatorial governmental".split())


def _mods_type(mods: str, lex) -> str:
    """Type of a body description among a role's modifiers ("Uttar Pradesh government spokesperson",
    "Ukraine's military spokesman") or of a state adjective (:data:`_STATE_ADJECTIVES`), nearest the role
    first; or ""."""
    for word in reversed(mods.lower().split()):
        if word == "party":  # "a party official": a party's role, a politician's
            return "party"
        head = lex.heads.table.get(word)
        if head and head[2] == "body descriptor":
            return head[1]
        if word in _STATE_ADJECTIVES:
            return "military or government body"
    return ""


def _typed_by_name(name: str, typed: str) -> bool:
    """Whether a body's name typed it (``typed``), the name being no institute's: a doctor heading an
    institute is its expert ("Dr Anthony Fauci, the director of the National Institute of Allergy and
    Infectious Diseases"), so "Dr" gives way to no role there (:func:`title_yields`)."""
    return bool(typed) and "Institute" not in name.split()


def _owner(match: re.Match, lex, acronyms: dict | None, single_ok: bool, typed_only: bool) -> tuple[str, bool]:
    """(type, typed by name) of the body a role phrase names before its role; a capitalised word
    between a typed body and the role belongs to the role ("KPA Managing Director")."""
    mods = match.group("mods").lower().split()
    if _NOT_MODIFIERS.intersection(mods):
        return "", False
    described = _mods_type(match.group("mods"), lex)
    if described:
        return described, True
    if match.group("desc") in _PLACE_DESCRIPTIONS:  # "the county's emergency management director"
        return ("" if typed_only else "military or government body"), True
    if match.group("desc") == "party":  # "the party's campaign chief": a party's role, a politician's
        return "party", True
    if match.group("desc"):
        return employer_type(match.group("desc").lower(), lex), True
    if not match.group("owner"):
        return "", False
    name, single_ok = match.group("owner"), single_ok or bool(match.group("owned"))
    typed = employer_type(name, lex, acronyms, typed_only=True)
    shorter = name.rsplit(" ", 1)[0] if " " in name and not typed else ""
    if shorter and employer_type(shorter, lex, acronyms, typed_only=True):  # "KPA Managing Director"
        name, typed = shorter, employer_type(shorter, lex, acronyms, typed_only=True)
    if typed or typed_only:
        return typed, _typed_by_name(name, typed)
    return employer_type(name, lex, acronyms, single_ok=single_ok), False


def role_end_type(text: str, pos: int, lex, acronyms: dict | None = None, *, following: bool = False) -> str:
    """The type a role phrase ending at ``pos`` gives with the body before it ("Meta spokesperson ",
    "BNPB head ", "the union's Victorian secretary, "), or, when ``following``, the body right
    after it ("a spokesperson for Sunridge Farms"); "" when there is none or it says nothing new."""
    return _role_end(text, pos, lex, acronyms, following)[0]


def _role_end(text: str, pos: int, lex, acronyms: dict | None, following: bool = False) -> tuple[str, bool]:
    """(type, whether a body typed by its name gave it) of :func:`role_end_type`."""
    if _ROLE_LAST_WORDS.isdisjoint(text[max(0, pos - 100):pos].lower().replace(",", " ").split()[-10:]):
        return "", False  # cheap: no role word near ("executive secretary of the Ministry of the Environment, ")
    match = _ROLE_BEFORE.search(text, max(0, pos - 100), pos)
    if not match:
        return "", False
    role = match.group("role")
    if f"{match.group('owner')} {role}".lower() in lex.titles.table:
        return "", False  # the owner and role are one title: "Council President X"
    described = lex.heads.table.get(f"{match.group('owner')} {role}".lower())
    if described and described[2] == "descriptor" and not match.group("owned"):
        return described[1], False  # one description, capitalised to open a sentence: "Returning officer X"
    single_ok = role.islower() or role.isupper()  # "Meta spokesperson", "Metrolinx CEO"; not "Transport Secretary"
    typed_only = role.lower() in _TYPED_BODY_ONLY
    employer, typed = _owner(match, lex, acronyms, single_ok, typed_only)
    after = _FOLLOWING_BODY.match(text, pos) if following and not employer else None
    if match.group("body") and not typed:  # "counsel to the EFCC, X"; "The X District Director of the GHS, Dr Y"
        named = _after_body(match, lex, acronyms, typed_only)
        employer, typed = named if named[1] or not employer else (employer, typed)
    elif after:
        employer, typed = _after_body(after, lex, acronyms, typed_only)
    if _local_head(role, match.group("body") or (after.group("body") if after else None) or match.group("owner")):
        return "politician", typed
    return role_type(role, f"{match.group('mods')} {match.group('field') or ''}", employer, lex, typed=typed), typed


def _after_body(match: re.Match, lex, acronyms: dict | None, typed_only: bool) -> tuple[str, bool]:
    """(type, typed by name) of the body named after a role ("… of the European Central Bank")."""
    if match.groupdict().get("bdesc"):
        return employer_type(match.group("bdesc").lower(), lex), True
    if not match.group("body"):
        return "", False
    typed = employer_type(match.group("body"), lex, acronyms, typed_only=True)
    if typed or typed_only:
        return typed, _typed_by_name(match.group("body"), typed)
    described = _mods_type(match.groupdict().get("dmods") or "", lex)  # "the state broadcaster X"
    single_ok = not _is_national(match.group("body"))  # "a spokesperson for PulseTrack"; not "… for Kenya"
    return described or employer_type(match.group("body"), lex, acronyms, single_ok=single_ok), bool(described)


#: A role's "field" that is a body's name without "the" ("president of Bangladesh Garment Sramik Sanghati,"):
#: capitalised words, "of"/"and"/"for" between them, and a union local's or branch's number ("United
#: Steelworkers Local 1-2017").
_NAMED_FIELD = re.compile(rf"{_BODY}(?:\s+\d[\d\-]*)?")
#: Roles only a company or other organisation has, never a state: their field names a body from two words
#: ("chief executive officer of Veridian Systems").
_ORGANISATION_ROLES = frozenset({"chief executive", "chief executive officer", "ceo", "managing director"})
#: Words of states' names, which a "president of …" holds no body's role at ("President of the United Arab Emirates").
_STATE_NAME_WORDS = frozenset("Republic Kingdom States Emirates Islands Federation Union".split())


def _field_body(field: str, role: str, lex, acronyms: dict | None) -> tuple[str, bool]:
    """(type, typed by name) of a body named right after a role's "of" without "the": one the rules type, or an
    organisation when its name has three words or more and none of a state's ("Bangladesh Garment Sramik
    Sanghati"; not "South Africa", "Trinidad and Tobago", "the United Arab Emirates"), or two words when the
    role is one only organisations have (:data:`_ORGANISATION_ROLES`)."""
    typed = employer_type(field, lex, acronyms, typed_only=True)
    if typed:
        return typed, _typed_by_name(field, typed)
    words = [w for w in field.split() if w[:1].isupper()]
    if re.search(r"\bLocal\s+\d", field):  # a union local ("ONA Local 84")
        return "organisation", False
    fewest = 2 if role.lower() in _ORGANISATION_ROLES else 3
    return ("organisation" if len(words) >= fewest and not _STATE_NAME_WORDS.intersection(words) else ""), False


def _type_after(text: str, pos: int, lex, acronyms: dict | None) -> tuple[str, bool]:
    """(type, typed by the body's name) an appositive role after a name gives (", the RCN's general
    secretary,")."""
    described = _MEMBER_OF_DESCRIBED.match(text, pos)
    if described:  # "X of the campaign group River Action": the description's type
        words = described.group("desc").split()
        typed = next(filter(None, (_described_type(" ".join(words[i:]), lex) for i in range(len(words)))), "")
        if typed:
            return ("politician" if words[-1] == "party" else typed), True
    if "," not in text[pos:pos + 3]:  # cheap: no appositive
        return "", False
    member = _MEMBER_OF.match(text, pos)
    if member:  # "Tom Harding, of the Passenger Action Group,": typed bodies only
        employer = employer_type(member.group("body"), lex, acronyms, typed_only=True)
        return "politician" if employer == "party" else employer, bool(employer)
    held = _HELD_AFTER.match(text, pos)
    if held:  # "who chairs the forum": a body description
        body = held.group("body") or held.group("bdesc")
        typed = employer_type(body, lex, acronyms, typed_only=True)
        employer = typed or employer_type(body, lex, acronyms, single_ok=False)
        return role_type(_HELD_BY_VERB[held.group("verb")], "", employer, lex, typed=bool(typed)), bool(typed)
    match = _ROLE_AFTER.match(text, pos)
    if not match:
        return "", False
    role = match.group("role2") or match.group("role")  # "co-founder and chief executive officer of Y"
    typed_only = role.lower() in _TYPED_BODY_ONLY
    employer, typed = _owner(match, lex, acronyms, True, typed_only)
    if not employer:
        employer, typed = _after_body(match, lex, acronyms, typed_only)
    if not employer and not typed_only and _NAMED_FIELD.fullmatch(match.group("field") or ""):
        employer, typed = _field_body(match.group("field"), role, lex, acronyms)
    if _local_head(role, match.group("body")):
        return "politician", typed
    return role_type(role, f"{match.group('mods')} {match.group('field') or ''}", employer, lex, typed=typed), typed


def held_role_type(text: str, start: int, end: int, lex, acronyms: dict | None = None) -> str:
    """The speaker type the role around the name ``text[start:end]`` gives with the body it is held
    at: a role phrase ending at ``start``, else one in apposition after ``end`` ("X, president of
    Y", "X, who chairs Y"); "" when there is none or it says nothing new.

    Parameters
    ----------
    text
        A paragraph's narration.
    start, end
        The span of the name.
    lex
        The speakers lexicon.
    acronyms
        Acronyms the article spelled out: acronym -> (full name, type).
    """
    return held_role(text, start, end, lex, acronyms)[0]


def held_role(text: str, start: int, end: int, lex, acronyms: dict | None = None) -> tuple[str, bool]:
    """:func:`held_role_type` and whether a body typed by its own name or description gave it ("the
    ministry's Permanent Secretary", "Director-General of the NCDC"; not "… for Lubbock County")."""
    before = _role_end(text, start, lex, acronyms)
    return before if before[0] else _type_after(text, end, lex, acronyms)


def title_yields(title_type: str, role: str, typed: bool = False) -> bool:
    """Whether a name's title type gives way to the type ``role`` a role at a body gives (see
    :data:`_YIELDING_TITLE_TYPES`); "Dr" gives way to an organisation's or a party's role, and to a
    government body's when the body is typed by its name (``typed``: "Dr X, Director-General of the
    NCDC"), not an official's role at a place ("Dr X, chief health officer for Lubbock County")."""
    if title_type == "expert":
        return role in ("organisation", "politician") or (typed and role == "military or government body")
    return title_type in _YIELDING_TITLE_TYPES


#: A court report's counsel, named before or after their part ("Prosecuting, X said", "X, prosecuting for the CPS,
#: told the court", "Defending, X said", "X, mitigating, said"): the prosecution speaks for the state, the defence as
#: a lawyer does (the "lawyer" descriptor's civilian).
_COURT_PARTS = {"prosecuting": "military or government body", "defending": "civilian", "mitigating": "civilian"}
_COURT_PART = r"(?P<part>[Pp]rosecuting|[Dd]efending|[Mm]itigating)(?:\s+for\s+[^,.]{1,50})?"


def court_role_type(name: str, text: str) -> str:
    """The type a court report's part gives the person ``name`` in ``text`` (:data:`_COURT_PARTS`), or ""."""
    written = re.escape(name)
    found = (re.search(rf"{_COURT_PART},\s+(?:[A-Z][\w.]*\s+){{0,2}}{written}(?![\w\-])", text)
             or re.search(rf"(?<![\w\-]){written},\s+{_COURT_PART},", text))
    return _COURT_PARTS[found.group("part").lower()] if found else ""
