"""Speakers: who a stretch of narration mentions, roles attached, and an article's person index.

:func:`analysis.sourcing.quotes.quotes` attributes each quotation to a speaker;
this module supplies what it attributes to. The tables and look-ups are built in
:mod:`.speaker_lexicon` and the candidate mentions of a paragraph found in :mod:`.speaker_mentions`;
:func:`_mentions` settles their overlaps and attaches roles
(:func:`_attach_roles`). A name or description holding a role at a body is first typed by
that body (:mod:`.roles`: "Meta spokesperson X", "X, president of the ECB"; :func:`_held_role`),
then merged with a role next to it ("Pavlo Kyrylenko, the governor"), which gives its speaker
type when it has none; the people an article
names by rule are collected in a person index (:func:`_article_surnames`: every ending of
the name, family-name-first first word, the first of two Spanish surnames, the given name
before "bin"/"ap", longest form, best type) so that a later "Mr X", "X said", "Tiu Laurel
said", "Sánchez said" or "Rosli said" resolves to the full name. The rules, their thresholds and what
they do not handle are listed in the docstring of :mod:`.quotes` (rule 3,
Mentions); resolving a mention to a speaker (pronouns, "the minister") is done
there.

Round 12 added: a name that opens the name of a body the article gave before it is that body
(:func:`_short_bodies`: "Mercy Ridge Medical Center … Mercy Ridge said"), unless it ends a named
person's name or only a legal form is left ("Boeing" of "Boeing Co").

Round 15 added: a person-index mention takes in the title and portfolio a capitalised run gave the same name
(:func:`_titled_spans`: "Minister of Employment X …, saying" is X, not a bare "minister").

Round 16 added: an appositive description after a name keeps its article before capitalised modifiers or a
name it is joined to, and may follow a class year ("X ’26, a Lowell House resident", "X, a Filipino expat":
:data:`_ARTICLE_APPOSITION`); a description's appositive name never lies past the end of its sentence
(:data:`_SENTENCE_END`); a role "at" a place introduces the name after it ("One commuter at Sants, X, told").

Round 17 added: an untyped name followed by a body description in apposition is that body, typed by it
("Rosseti Centre, the regional grid company, said": :func:`_described_body`).

Round 100 added: a name of the person index inside a longer typed body's name is no person there ("Nova Scotia"
taken for a speaker elsewhere does not split "Nova Scotia Health said").

Round 102 added: the alias table's descriptive aliases ("the president") name its person only in an article that
names them (:func:`.quote_cues._without_unnamed_aliases`); a plural possessive stays inside a body's name
("National Farmers' Union": :data:`.speaker_mentions._MEMBERS_APOSTROPHE`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .name_kinds import _LEGAL_FORMS
from .source_kinds import _DESCRIPTOR_KINDS
from .roles import ROLE_VOCABULARY, held_role, role_end_type, title_yields
from .speaker_lexicon import (
    _DETERMINERS,
    _MODIFIER_STOP,
    _NAME_SPACE,
    _UPPER,
    _WORD,
    _Lexicon,
    _Token,
)
from .speaker_mentions import (  # noqa: F401  (public names re-exported: see __all__)
    DESCRIPTOR_MAX_MODIFIERS,
    NAME_MAX_WORDS,
    _BRACKETED_ACRONYM,
    _CONNECTORS,
    _NAME_PARTICLES,
    _NAME_SUFFIXES,
    _POST_NOMINAL_TYPES,
    _ArticleNames,
    _Mention,
    _acronym_mentions,
    _is_particle,
    _is_person_run,
    _select,
    _surname_mentions,
    _title_mentions,
)

__all__ = [
    "DESCRIPTOR_MAX_MODIFIERS",
    "APPOSITIVE_MAX_WORDS",
    "NAME_MAX_WORDS",
    "SPEAKS_FOR",
    "OWNER_SPEAKS",
]


#: Words allowed between a description and the name it introduces
#: ("the pilot, identified as Sergey Galkin", "a soldier, named as Ivan Petrov").
APPOSITIVE_MAX_WORDS = 3
#: Heads whose owner is the speaker ("a soldier's voice", "the ministry's statement");
#: not "spokesman" or "office", which speak for their owner but are someone else.
OWNER_SPEAKS = frozenset({"voice", "voices", "statement", "message", "post", "tweet", "letter", "words"})


# --------------------------------------------------------------------------- roles


def _typed(name: _Mention, role: _Mention, start: int, end: int) -> _Mention:
    """The name's type, else the role's; a role overrides a type that only a rank or courtesy
    title gave ("the spokesman for the army, Lt Gen Ahmed Sharif" is an official, not a soldier;
    :func:`.roles.title_yields`), not a political or sports title ("KC head coach X")."""
    weak = name.speaker_type == "unknown" or (name.head == "title" and not name.held and role.speaker_type != "unknown"
                                              and title_yields(name.speaker_type, role.speaker_type))
    stype = role.speaker_type if weak else name.speaker_type
    return replace(name, start=start, end=end, speaker_type=stype)


#: Between a name and its role: a comma, or an age between commas ("Oksana Marchenko, 34, a nurse"), also
#: after a class year ("Jo Lee ’27, a sophomore").
_APPOSITION_GAP = re.compile(r"(?:\s*['’]\d{2})?\s*,\s*(?:\d{1,3}\s*,\s*)?")
#: The same with the article of an appositive description that its mention does not hold, before capitalised
#: modifiers no mention took ("X, a Filipino expat") or a name the role is joined to ("X, a Lowell House
#: resident", "X, a Nato official"): the name's role all the same.
_ARTICLE_APPOSITION = re.compile(
    _APPOSITION_GAP.pattern + rf"(?:an?|the){_NAME_SPACE}(?:{_UPPER}[\w'’\-]*{_NAME_SPACE}){{0,3}}")


#: The same with the article and up to four lower-case modifiers that the description's own mention stopped short
#: of ("X, a 54-year-old maize and sunflower farmer": its modifiers stop at "and").
_MODIFIED_APPOSITION = re.compile(
    _APPOSITION_GAP.pattern + rf"(?:an?|the){_NAME_SPACE}(?P<mods>(?:[\w\-’']+{_NAME_SPACE}){{1,4}})")


def _is_modified_apposition(gap: str) -> bool:
    """Whether ``gap`` sets off a description's article and its modifiers after a name, lower-case ones first ("X,
    a senior Sahel researcher"), none of them a word that opens another phrase ("of", "who";
    :data:`.speaker_lexicon._MODIFIER_STOP`; "and"/"or" aside) or is a possessive ("X, the board's assistant
    executive officer" is the board's, a role :mod:`.roles` types)."""
    match = _MODIFIED_APPOSITION.fullmatch(gap)
    words = match.group("mods").split() if match else []
    return bool(words) and (words[0][0].islower() or words[0][0].isdigit()) and all(
        (w in ("and", "or") or w not in _MODIFIER_STOP)
        and not w.endswith(("'s", "’s")) for w in words)


#: Words for an office or service that speaks for the body named before it ("the Kremlin press
#: service" is the Kremlin); a role held by a person stays a description of that person ("a Nato
#: official", "a Red Cross spokesperson": a spokesperson speaks, as every annotator of the blind
#: sets labels it, since round 25).
SPEAKS_FOR = frozenset({"secretary", "service", "office"})
#: Roles of someone who speaks for a body, which an unnamed holder is described by ("a Tanjung
#: Logistics spokesperson", "a spokesman for the Ministry of Housing" → "Ministry of Housing spokesman").
AFFILIATE_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
                             "representative", "representatives"})


#: "of Irpin, " / "for the army, " / "at Sants, " / "for Lands and Natural Resources, " after a role: the place,
#: body or portfolio the role belongs to.
#: A role's field in lower case before a titled name ("Consultant in emergency medicine Dr Aoife Brennan").
_ROLE_FIELD = re.compile(r"\s+(?:in|of)\s+[a-z]+(?:\s+[a-z]+){0,2}\s+")
_ROLE_OF_PLACE = re.compile(
    r"\s+(?:of|for|in|at)\s+(?:the\s+)?(?:[A-Z][\w\-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w\-]*){0,4}|[a-z]+(?:\s+[a-z]+)?)"
    r"\s*,\s*")


#: A sentence's end: no appositive runs past it ("X, one of the residents, welcomed it. '…,' Lee said").
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _is_modifier_gap(gap: str, verbs: dict | frozenset = frozenset()) -> bool:
    """Nothing, or up to two lower-case modifiers, between a name and a titled name after it
    ("Celtics coach Joe Mazzulla", "Sinn Féin housing spokesman Eoin Ó Broin"); no reporting verb of
    ``verbs`` ("Nadia Ferreira told Supt. Glen Moyer")."""
    words = gap.split()
    return len(words) <= 2 and all(w.isalpha() and w.islower() and w not in _MODIFIER_STOP and w not in verbs
                                   for w in words)


def _is_role(m: _Mention) -> bool:
    """A description of someone's role: a descriptor, or a name or body joined to one ("Lowell House
    resident", "Red Cross spokesperson")."""
    return m.kind == "descriptor" or (m.kind == "body" and m.head == "role")


#: A relative clause of a thing or place, whose object is no appositive name ("…, which holds Mrs Y's account").
_CLAUSE_OF_THINGS = re.compile(r"\b(?:which|whose|where)\b")


def _merge_pair(first: _Mention, second: _Mention, gap: str, determined: bool,
                text_after: str = "", verbs: dict | frozenset = frozenset()) -> _Mention | None:
    """One mention for a name and its role, or an organisation and its spokesperson.

    ``determined``: the second mention opens with a determiner ("the governor");
    ``text_after``: the text after the second mention ("Serhiy Haidai, governor of Luhansk,");
    ``verbs``: the reporting verbs' forms, which join no name to a titled one.
    """
    if first.kind == "descriptor" and second.kind == "name" and not gap.strip():
        return _typed(second, first, first.start, second.end)  # founder Samuel Cardillo
    if (first.kind == "descriptor" and second.kind == "name" and gap.lstrip().startswith(",")
            and _n_words(gap) <= APPOSITIVE_MAX_WORDS and not _SENTENCE_END.search(gap)
            and not _CLAUSE_OF_THINGS.search(gap)):  # not "a spokesman for X, which holds Mrs Y's account"
        return _typed(second, first, first.start, second.end)  # the pilot, identified as Sergey Galkin
    if first.kind == "descriptor" and second.kind == "name" and (
            _ROLE_OF_PLACE.fullmatch(gap) or second.role and _ROLE_FIELD.fullmatch(gap)):
        return _typed(second, first, first.start, second.end)  # the mayor of Irpin, Oleksandr Markushyn
    if first.kind == "descriptor" and second.kind == "name" and gap.strip() and _is_modifier_gap(
            gap.rstrip().removesuffix(","), verbs) and (second.head == "title" or len(second.speaker.split()) > 1):
        return _typed(second, first, first.start, second.end)  # Consultant paediatrician Dr X; its executive director X
    if first.kind == "body descriptor" and second.kind == "name" and second.role and not gap.strip():
        return replace(second, start=first.start)  # Government spokesman Marios Antoniou
    if first.kind == "name" and second.kind == "descriptor" and _APPOSITION_GAP.fullmatch(gap) and (
            determined or re.match(r"\s+(?:of|for|at)\s", text_after)):
        return _typed(first, second, first.start, second.end)  # Pavlo Kyrylenko, the governor; X, 34, a nurse
    if (first.kind == "name" and first.speaker_type == "unknown" and second.kind == "body descriptor"
            and second.speaker_type != "unknown" and determined and _APPOSITION_GAP.fullmatch(gap)
            and text_after.lstrip().startswith(",")):
        return replace(first, end=second.end, kind="body", speaker_type=second.speaker_type)  # X, a biotech company,
    if first.kind == "name" and second.kind == "descriptor" and _is_modified_apposition(gap):
        return _typed(first, second, first.start, second.end)  # X, a 54-year-old maize and sunflower farmer
    if first.kind == "name" and _is_role(second) and _ARTICLE_APPOSITION.fullmatch(gap):
        return _typed(first, second, first.start, second.end)  # X ’26, a Lowell House resident
    if first.kind == "name" and second.kind == "name" and second.head == "title" and _is_modifier_gap(gap, verbs):
        return replace(second, start=first.start)  # Celtics coach Joe Mazzulla: the titled person
    if first.kind == "body" and second.kind == "name" and not gap.strip() and first.head == "role":
        stype = second.speaker_type if second.held else first.speaker_type
        return replace(second, start=first.start, speaker_type=stype)  # Kremlin spokesman Peskov
    if first.kind == "body" and second.kind == "name" and not _BRACKETED_ACRONYM.sub("", gap).strip():
        # UN Secretary-General Antonio Guterres; Senior Superintendent of Police (SSP) Harjeet Kaur Sandhu-Grewal
        return _typed(replace(second, start=first.start), first, first.start, second.end)
    role = second.speaker.split()[-1].lower() if second.kind == "descriptor" else ""
    if (not gap.strip() and role and role not in SPEAKS_FOR
            and (first.kind == "body" or (first.kind == "name" and role in AFFILIATE_ROLES))):
        return _affiliate(first, second, first.start, second.end)  # a Nato official, a Tanjung Logistics spokesperson
    if first.kind in ("body", "name") and second.kind == "descriptor" and not gap.strip():
        return replace(first, end=second.end, kind="body", head="role",  # a Red Cross spokesperson
                       speaker_type=second.speaker_type if first.kind == "name" else first.speaker_type)
    if gap.strip() in ("'s", "’s") and second.speaker.split()[-1].lower() in OWNER_SPEAKS:
        return replace(first, end=second.end)  # a soldier's voice, Zelensky's statement
    return None


#: An age between commas after a name ("Paul Simmons, 62,"): newswriting gives ages for
#: members of the public, rarely for officials, so an untyped name with one is a civilian.
_AGE_AFTER_NAME = re.compile(r"\s*,\s*\d{1,3}\s*,")


#: Post-nominal letters after a name ("Sir Desmond Hale MP", "Ikenna Obi-Okafor, SAN,").
_POST_NOMINAL_AFTER = re.compile(r"\s*,?\s*([A-Z][A-Za-z]{1,3})\b")


#: A name that runs or owns something ("Ellen Marquardt-Sosa runs Tiny Lantern Toys", "X, who runs a
#: neighborhood generator"): a business owner, as the descriptors "business owner", "shop owner" are; one
#: introduced by where they live or what they farm or fish, or by their home or family ("X, who has fished out of
#: Rivière-au-Renard for 31 years", "X, whose lodge was destroyed"): a member of the public.
_RUNS_AFTER_NAME = re.compile(
    r"\s*(?:,\s*who\s+)?(?:runs|owns|co-owns|ran|owned)\s+(?!for\b|against\b|out\b)"
    r"|\s*,\s*who\s+(?:has\s+|have\s+|had\s+)?(?:lives?|lived|farms?|farmed|fish(?:es|ed)?|grows?|grew)\b"
    r"|\s*,\s*whose\s+(?:\w+\s+)?(?:home|house|flat|apartment|shop|farm|lodge|car|son|daughter|child|children|"
    r"husband|wife|partner|mother|father|brother|sister|family|parents)\b")


#: A name introduced by teaching at a university or by research ("X, who teaches mine ventilation at Laurentian
#: University"): an expert; not a schoolteacher ("X, who teaches at a primary school").
_TEACHES_AFTER_NAME = re.compile(
    r"\s*,\s*who\s+(?:(?:teaches|taught|lectures)\b[^.;]{0,80}?\b(?:University|College|Institute|Polytechnic)\b"
    r"|researches\b|has\s+researched\b)")


def _aged(text: str, m: _Mention) -> _Mention:
    """An untyped name with an age or that runs or owns something (:data:`_RUNS_AFTER_NAME`) is a
    civilian, one who teaches or researches an expert (:data:`_TEACHES_AFTER_NAME`); one with post-nominal letters
    takes their type (:data:`.speaker_mentions._POST_NOMINAL_TYPES`)."""
    if m.kind != "name" or m.speaker_type != "unknown":
        return m
    if _AGE_AFTER_NAME.match(text, m.end) or _RUNS_AFTER_NAME.match(text, m.end):
        return replace(m, speaker_type="civilian")
    if _TEACHES_AFTER_NAME.match(text, m.end):
        return replace(m, speaker_type="expert")
    letters = _POST_NOMINAL_AFTER.match(text, m.end)
    if letters and letters.group(1) in _POST_NOMINAL_TYPES:
        return replace(m, speaker_type=_POST_NOMINAL_TYPES[letters.group(1)])
    return m


def _held_role(text: str, m: _Mention, lex: _Lexicon, acronyms: dict | None) -> _Mention:
    """A name or description typed by the role it holds at a body (:mod:`.roles`): a title
    that is such a role ("CTU President X"), a role phrase before it ("Meta spokesperson X",
    "BNPB head Lt. Gen. X") or in apposition after it ("X, the RCN's general secretary"); a
    description by the body before or after its role ("a PCB spokesperson", "a spokesperson
    for Sunridge Farms"). A political title keeps its type; a rank or "Dr" gives way to a role."""
    if m.kind == "descriptor":
        stype = role_end_type(text, m.end, lex, acronyms, following=True)
        return replace(m, speaker_type=stype) if stype else m
    titled = m.head == "title"
    if m.kind != "name" or not (titled or m.speaker_type == "unknown"):
        return m
    stype = role_end_type(text, m.role_end, lex, acronyms) if titled and m.role in ROLE_VOCABULARY else ""
    if not stype:
        stype, typed = held_role(text, m.start, m.end, lex, acronyms)
        if titled and stype and not title_yields(m.speaker_type, stype, typed):
            return m
    return replace(m, speaker_type=stype, held=True) if stype else m


#: Between a role and the body it is held at: "Director-General of the NCDC, Dr X", "Counsel to the EFCC, X".
_ROLE_BODY_GAP = re.compile(r"\s+(?:of|for|at|to)\s+(?:the\s+)?")
#: A name starting after a comma, perhaps after the body's acronym: "…, Dr X", "… (FIQ), X".
_NAME_NEXT = re.compile(r"(\s*\([A-Z][A-Za-z]{1,7}\))?\s*,\s*[A-Z]")


def _affiliate(body: _Mention, role: _Mention, start: int, end: int) -> _Mention:
    """The unnamed holder of a role at a body, described by both ("NATO official"), typed by the body
    unless the role has a type of its own (politician, expert); an unknown name's holder is an organisation's."""
    own = role.speaker_type in ("politician", "expert")  # "a Council leader", "University of Otago epidemiologist"
    body_type = body.speaker_type if body.speaker_type != "unknown" or body.kind == "body" else "organisation"
    return replace(role, start=start, end=end, speaker=f"{body.speaker} {role.speaker}",
                   speaker_type=role.speaker_type if own else body_type)


#: Last words of the roles :mod:`.roles` reads with their body ("director", "secretary").
_ROLE_HEADS = frozenset(r.split()[-1] for r in ROLE_VOCABULARY)


def _is_role_at_body(name: str) -> bool:
    """Whether a capitalised run is a role "of" a body ("District Director of the Ghana Health Service", "National
    Publicity Secretary of the X Association"), not a body of its own."""
    words = name.split()
    return "of" in words and words.index("of") > 0 and words[words.index("of") - 1].lower() in _ROLE_HEADS


def _role_of_body(first: _Mention, second: _Mention, gap: str, text_after: str) -> _Mention | None:
    """A role with the body it is held at, before a name ("Director-General of the NCDC, Dr Folake
    Adeyemo-Bassey"): one description, so that the name after it merges with it; a capitalised role at a body
    before a name set off by commas is that person, typed by the body ("The Director of the Ghana Library
    Authority, Efua Mensah, said": a title gives way as to a body typed by its name); else None."""
    if (first.kind == "body" and second.kind == "name" and text_after.lstrip().startswith(",")
            and _APPOSITION_GAP.fullmatch(_BRACKETED_ACRONYM.sub("", gap)) and _is_role_at_body(first.speaker)):
        weak = second.speaker_type == "unknown" or (
            second.head == "title" and title_yields(second.speaker_type, first.speaker_type, typed=True))
        return replace(second, start=first.start, speaker_type=first.speaker_type if weak else second.speaker_type)
    name_next = _NAME_NEXT.match(text_after)
    if (first.kind == "descriptor" and second.kind in ("body", "body descriptor")
            and _ROLE_BODY_GAP.fullmatch(gap) and name_next):
        return replace(first, end=second.end + len(name_next.group(1) or ""))
    if (first.kind == "descriptor" and first.speaker.split()[-1].lower() in AFFILIATE_ROLES
            and first.speaker.islower() and second.kind in ("body", "name") and _ROLE_BODY_GAP.fullmatch(gap)):
        return _affiliate(second, first, first.start, second.end)  # a spokesman for the Ministry of Housing
    return None


def _two_roles(text: str, first: _Mention, second: _Mention, gap: str) -> _Mention | None:
    """Two roles before one name are that person ("said pianist and composer Beatriz Ocampo-Lenz"); not
    after a determiner ("the minister and President X" are two people); else None."""
    if (first.kind == "descriptor" and second.kind == "name" and gap.strip() == "and"
            and text[second.start:second.start + 1].islower() and _WORD.match(text, first.start)
            and _WORD.match(text, first.start).group().lower() not in _DETERMINERS):
        return replace(second, start=first.start)
    return None


#: Body descriptions that are also people's jobs, with the type of a person so described ("" for the
#: body's): a personal name after them stays a person ("regional organiser Kerry Abbott", "machine operator
#: Darnell Pritchett"); not a service's operator ("tour operator Sunwave Holidays").
_PERSON_ALSO = {"operator": "civilian", "developer": "civilian", "producer": "civilian", "miner": "civilian",
                "organiser": "", "organizer": ""}


def _described_body(first: _Mention, second: _Mention, gap: str, written: str = "") -> _Mention | None:
    """A name right after a body description is that body, typed by it ("the green hydrogen company
    Tsau Khaeb Green Energy", "digital lender Pesa Haraka"); a titled name stays a person ("army
    General X"), and so does a person's name after a state body's description ("the ministry Hafizullah Saqib")
    or after a job that is also a body's (:data:`_PERSON_ALSO`); else None."""
    state_then_person = (first.speaker_type == "military or government body" and len(second.speaker.split()) > 1
                         and _is_person_run(second.speaker.split())  # "Spokesman of the ministry Hafizullah Saqib"
                         and not any(w.isupper() for w in second.speaker.split()))  # not "agency Tourism NT"
    if (first.kind == "body descriptor" and second.kind == "name" and not gap.strip() and second.head != "title"
            and first.speaker_type != "unknown" and first.speaker.split()[-1].lower() not in OWNER_SPEAKS
            and not state_then_person):
        job, phrase = written.split()[-1].lower(), " ".join(written.lower().split()[-2:])
        if (job in _PERSON_ALSO and phrase not in _DESCRIPTOR_KINDS  # not "rail operator X", "event organiser X"
                and len(second.speaker.split()) > 1 and _is_person_run(second.speaker.split())):
            return replace(second, start=first.start, speaker_type=_PERSON_ALSO[job] or first.speaker_type)
        return replace(second, start=first.start, kind="body", speaker_type=first.speaker_type)
    return None


#: A name someone spoke or wrote to, which the description after its comma does not describe ("In a statement to the
#: Wexford People, a spokesperson for SETU said"); not after "according to".
_ADDRESSEE_BEFORE = re.compile(r"\b(?:(?<!according )to|told)\s+(?:the\s+)?$")


def _attach_roles(text: str, mentions: list[_Mention], lex: _Lexicon | None = None,
                  acronyms: dict | None = None) -> list[_Mention]:
    """Merge a name with a description right next to it (see :func:`_merge_pair`), after typing
    names and descriptions by the roles they hold at bodies (:func:`_held_role`; with ``lex``)."""
    if lex is not None:
        mentions = [_held_role(text, m, lex, acronyms) for m in mentions]
    out, i = list(mentions), 0
    while i < len(out) - 1:
        second = out[i + 1]
        determined = _WORD.match(text, second.start) is not None and \
            _WORD.match(text, second.start).group().lower() in _DETERMINERS
        gap = text[out[i].end:second.start]
        addressed = (out[i].kind == "name" and gap.lstrip().startswith(",")
                     and _ADDRESSEE_BEFORE.search(text, max(0, out[i].start - 12), out[i].start))
        merged = None if addressed else (
            _role_of_body(out[i], second, gap, text[second.end:second.end + 14])
            or _two_roles(text, out[i], second, gap) or _described_body(out[i], second, gap, text[out[i].start:out[i].end])
            or _merge_pair(out[i], second, gap, determined, text[second.end:],
                           lex.verbs.table if lex else frozenset()))
        if merged is None:
            i += 1
        else:
            out[i:i + 2] = [merged]
            i = max(i - 1, 0)
    return [_aged(text, _with_initials(text, m)) for m in _introduced_names(text, out)]


#: Initials written before a personal name ("W. A. Nilmini Perera", "K.V. Menon"), not a country's ("U.S.").
_INITIALS_BEFORE = re.compile(r"(?:(?<=\s)|^)(?P<initials>(?:[A-Z]\.\s?){1,3})$")
_COUNTRY_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Z."})


def _with_initials(text: str, m: _Mention) -> _Mention:
    """A personal name with the initials written right before it, which are part of it ("W. A. Nilmini Perera")."""
    if (m.kind != "name" or len(m.speaker.split()) < 2 or not _is_person_run(m.speaker.split())
            or text[m.start:m.start + len(m.speaker)] != m.speaker):
        return m
    initials = _INITIALS_BEFORE.search(text, max(0, m.start - 12), m.start)
    if (not initials or initials.group("initials").replace(" ", "") in _COUNTRY_INITIALS
            or text[:initials.start()].rstrip().endswith("&")):  # "E. & J. Gallo Winery": a firm's initials
        return m
    return replace(m, start=initials.start(), speaker=f"{initials.group('initials').strip()} {m.speaker}")


#: A relative clause that gives the name of the person just described ("A vendor …, who identified herself only
#: as Mai Tanaka,", "a driver, who gave his name only as Tunde,").
_NAMING_CLAUSE = re.compile(r",\s*who\s+(?:identified\s+(?:him|her|them)sel(?:f|ves)|gave\s+(?:his|her|their)\s+"
                            r"(?:first\s+)?name|asked\s+to\s+be\s+(?:identified|named|called))\b[^,.;]*$")


def _introduced_names(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A description followed by a clause that names the person is that person, typed by the description, so
    that a pronoun after the sentence finds the name."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind != "name" or not _NAMING_CLAUSE.search(text, max(0, m.start - 80), m.start):
            continue
        described = next((j for j in range(i - 1, -1, -1) if out[j].kind == "descriptor"), None)
        if described is not None and not _SENTENCE_END.search(text, out[described].end, m.start):
            stype = out[described].speaker_type if m.speaker_type == "unknown" else m.speaker_type
            out[described] = replace(m, start=out[described].start, end=out[described].end, speaker_type=stype)
            out[i] = replace(m, speaker_type=stype)
    return out


# --------------------------------------------------------------------------- article


def _mentions(text: str, tokens: list[_Token], lex: _Lexicon, names: _ArticleNames,
              base: list[_Mention]) -> list[_Mention]:
    """Mentions after overlaps are settled, with the people the article named by rule."""
    # listed first so that, on a tie, the surname's full name wins
    bodies = [b for b in base if b.kind == "body" and b.speaker_type != "unknown"]
    surnames = [m for m in _titled_spans(text, _surname_mentions(text, tokens, names), base)  # not "Nova Scotia" in
                if not any(b.start <= m.start and m.end < b.end for b in bodies)]  # "Nova Scotia Health"
    found = (_acronym_mentions(text, tokens, names.acronyms) + surnames
             + _title_mentions(text, tokens, lex, names) + base)
    return _attach_roles(text, _select(found, text), lex, names.acronyms)


_PORTFOLIO_OPENING = re.compile(r"\s(?:of|for)\s")


def _titled_spans(text: str, surnames: list[_Mention], base: list[_Mention]) -> list[_Mention]:
    """Person-index mentions widened to the title and portfolio a capitalised run gave the same name
    ("Minister of Employment Sanna Virtanen … saying": the title is no separate "minister" before her)."""
    titled = {(m.end, m.speaker): m.start for m in base
              if m.kind == "name" and _PORTFOLIO_OPENING.search(text, m.start, m.end)}
    return [replace(m, start=min(m.start, titled.get((m.end, m.speaker), m.start))) for m in surnames]


#: A role owned by "its" right before a name: "Its president, Fernando Queiroz-Matos,", "Its national
#: director of public health, Dr Anaru Whaanga-Reid,".
_ITS_ROLE = re.compile(
    r"(?:^|[.;]\s+)(?:Its|The\s+(?P<head>[a-z]+)['’]s)\s+(?:[\w\-]+\s+){0,3}?(?:"
    + "|".join(sorted(ROLE_VOCABULARY, key=len, reverse=True))
    + r")(?:\s+(?:of|for)\s+[\w\s\-]{1,40}?)?\s*,\s*(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?=[A-Z])")


def _its_body(paragraphs: list[tuple[str, list[_Mention]]], i: int, pos: int, head: str | None = None) -> _Mention | None:
    """The last body named before ``pos`` in paragraph ``i``, else in the paragraph before it; for "the
    <head>'s" role, the last whose name holds the head ("The committee's chair" after "the BMA's GP Committee")."""
    for k in (i, i - 1):
        if k < 0:
            continue
        bodies = [m for m in paragraphs[k][1] if m.kind in ("body", "body descriptor") and (k < i or m.end <= pos)
                  and m.speaker_type != "unknown" and m.speaker.split()[-1].lower() not in OWNER_SPEAKS
                  and (head is None or head.title() in m.speaker.split())]
        if bodies:
            return bodies[-1]
    return None


def _yields_to_its(m: _Mention, body_type: str) -> bool:
    """Whether a name's type gives way to the type of the body its role is held at: unknown, or a
    description's type (a role at that body), or a title's that yields (:func:`.roles.title_yields`);
    a role held elsewhere or a politician's stays."""
    if m.held or m.speaker_type == "politician":
        return False
    return m.head != "title" or title_yields(m.speaker_type, body_type, True)


def _its_roles(paragraphs: list[tuple[str, list[_Mention]]]) -> list[list[_Mention]]:
    """Each paragraph's mentions, a name after a role owned by "its" or "the <head>'s" (:data:`_ITS_ROLE`) typed by the
    body "its" refers to (:func:`_its_body`: "Ibama, the federal environmental enforcement agency, said
    …. Its president, Fernando Queiroz-Matos, said"), as a role held at that body would type it."""
    out = []
    for i, (narration, mentions) in enumerate(paragraphs):
        fixed = []
        for m in mentions:
            its = _ITS_ROLE.search(narration, max(0, m.start - 120), m.end) if m.kind == "name" else None
            owned = its is not None and its.end() >= m.start  # the role may be merged into the mention
            body = _its_body(paragraphs, i, m.start, its.group("head")) if owned else None
            if body and _yields_to_its(m, body.speaker_type):
                m = replace(m, speaker_type=body.speaker_type, held=True)
            fixed.append(m)
        out.append(fixed)
    return out


def _is_central_bank(m: _Mention) -> bool:
    """A body the rules type as a government body with "Bank" in its name: a central bank ("South African
    Reserve Bank", "Bank of England"; the World Bank is an organisation)."""
    return m.kind == "body" and m.speaker_type == "military or government body" and "Bank" in m.speaker.split()


def _bank_governors(paragraphs: list[list[_Mention]]) -> list[list[_Mention]]:
    """Each paragraph's mentions, a name titled only "Governor" (no body gave it a type) typed as the
    central bank the article named before it: in a story about a central bank, "Governor Thabo
    Mahlangu-Venter" is the bank's governor, not a state's."""
    out, bank = [], None
    for mentions in paragraphs:
        fixed = []
        for m in mentions:
            bank = m if _is_central_bank(m) else bank
            if bank and m.kind == "name" and m.role == "governor" and m.head == "title" and not m.held:
                m = replace(m, speaker_type=bank.speaker_type, held=True)
            fixed.append(m)
        out.append(fixed)
    return out


def _leading_forms(bodies: set[str]) -> dict[str, str]:
    """Each leading part of a body's name (one word or more, not ending on a connector) -> the one
    body whose name it opens ("Greystone" and "Greystone Environmental" -> "Greystone Environmental
    Services"); a part opening two bodies' names, a name whose rest is its legal form ("Boeing" in
    "Boeing Co") and a name already ending on one ("Acme Ltd") are left out."""
    forms: dict[str, set[str]] = {}
    for body in bodies:
        words = body.split()
        for k in range(1, len(words)):
            if (words[k - 1] not in _CONNECTORS and words[k - 1] not in _NAME_PARTICLES
                    and not all(w.rstrip(".") in _LEGAL_FORMS for w in words[k:])
                    and words[k - 1].rstrip(".") not in _LEGAL_FORMS):
                forms.setdefault(" ".join(words[:k]), set()).add(body)
    return {form: next(iter(full)) for form, full in forms.items() if len(full) == 1}


def _short_bodies(settled: list[list[_Mention]]) -> list[list[_Mention]]:
    """Each paragraph's mentions, a name that opens the name of a body the article named before it
    taken for that body ("Greystone Environmental Services … Greystone said", "Mercy Ridge Medical
    Center … Mercy Ridge said", "Celta Vigo … Celta confirmed"): news style shortens a body's name after
    its first mention. Not the ending of a person's name in the article ("Bloomberg" after "Michael
    Bloomberg"), and not a body's own full name."""
    people = {m.speaker for mentions in settled for m in mentions if m.kind == "name"}
    endings = {key for person in people for key in _back_keys(person)}
    out, bodies = [], {}
    for mentions in settled:
        fixed = []
        for m in mentions:
            full = _leading_forms(set(bodies)).get(m.speaker) if m.kind in ("name", "body") else None
            if full and m.speaker not in bodies and m.speaker not in endings:
                m = replace(m, speaker=full, speaker_type=bodies[full], kind="body")
            elif m.kind == "body" and len(m.speaker.split()) >= 2 and m.speaker_type != "unknown":
                bodies[m.speaker] = m.speaker_type
            fixed.append(m)
        out.append(fixed)
    return out


#: Family names written before the given name (Chinese, Korean, Vietnamese): the first word of
#: such a full name is how the article refers back to the person ("Zhang Yansheng … Zhang said").
#: English words ("He", "Sun", "Ma") are left out: they open sentences and name newspapers.
SURNAME_FIRST = frozenset(
    "Wang Li Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Zhu Gao Lin Guo Luo Zheng Liang Xie Tang Feng "
    "Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Lu Ding Ren Shen Yao Xi Qin "
    "Kim Lee Park Choi Jung Jeong Kang Cho Yoon Jang Lim Shin Kwon Hwang Ahn Yoo Hong Jun Nguyen Tran "
    "Pham Hoang Vu Phan".split())


def _longest_forms(full_names: set[str]) -> dict[str, str]:
    """Each name -> the one longer name it ends with (a generational suffix aside), when
    exactly one does, else itself ("Tiu Laurel" -> "Francisco Tiu Laurel Jr.", "Al Thani" ->
    "Mohammed bin Abdulrahman Al Thani"; a one-word name after a title too: "Dr Asante-Boakye"
    is the "Kwabena Asante-Boakye" named before, not a second person); a one-word name that no longer name
    ends with goes to the one longer name it opens ("Commissioner Makuei" is "Makuei Garang Mabior", as South
    Sudanese, Somali or Icelandic papers refer back to a person)."""
    forms = {}
    for name in full_names:
        tail = " " + name
        longer = {other for other in full_names if other.endswith(tail) or other.endswith(tail + " Jr.")
                  or other.endswith(tail + " Sr.")}
        if not longer and " " not in name:
            longer = {other for other in full_names if other.startswith(name + " ")}
        forms[name] = next(iter(longer)) if len(longer) == 1 else name
    return forms


#: Particles after a given name that open a patronymic ("Rosli bin Hamzah", "Siti binti Ahmad",
#: "Gethin ap Dafydd"): the given name before them is how an article refers back to the person.
_PATRONYMIC_PARTICLES = frozenset("bin binti bint ibn ap ab".split())


def _back_keys(name: str) -> list[str]:
    """How an article refers back to a person named in full: every shorter ending of the name
    that does not open on a lone particle, shortest first ("Santos"; "Tiu Laurel"; "Dhaheri",
    "Al Dhaheri", "Saeed Al Dhaheri"; "Dafydd", "ap Dafydd"; "Hà", "Thu Hà", "Thị Thu Hà"), a
    generational suffix aside."""
    parts = [w for w in name.split() if w.rstrip(".") not in _NAME_SUFFIXES]
    return [" ".join(parts[i:]) for i in range(len(parts) - 1, 0, -1)
            if not (i == len(parts) - 1 and _is_particle(parts[i]))]


def _short_forms(name: str) -> list[str]:
    """Culture-specific short forms of a full name, weaker than :func:`_back_keys`: the first of
    two surnames (Spanish and Portuguese: "Ricardo Sánchez Olmedo" → "Sánchez"), the given name
    before a patronymic (Malay, Arabic, Welsh: "Rosli bin Hamzah" → "Rosli")."""
    parts = [w for w in name.split() if w.rstrip(".") not in _NAME_SUFFIXES]
    forms = []
    if len(parts) >= 3 and not _is_particle(parts[-2]) and not _is_particle(parts[-3]):
        forms.append(parts[-2])
    if len(parts) >= 3 and parts[1] in _PATRONYMIC_PARTICLES:
        forms.append(parts[0])
    return forms


def _article_surnames(settled: list[list[_Mention]], lex: _Lexicon) -> dict[str, tuple[str, str]]:
    """The article's person index: key -> (full name, type) for people named by rule in an
    article (``settled``: the mentions of each paragraph after overlaps and roles are settled).

    Every name of two or more words is indexed by :func:`_back_keys`, under its longest form
    in the article (a shorter name the longer one ends with is the same person), with the best
    type any mention of the person got. Also a one-word name given a role ("Andriy, a
    29-year-old infantryman"), so that it stays a person later, and the first word of a full
    name given a role or title, or written family name first (:data:`SURNAME_FIRST`), for a
    first-name or family-name-first reference ("President Xi Jinping … Xi said"), unless that
    word is someone's surname, and the short forms of :func:`_short_forms` ("Sánchez", "Rosli").
    A key two people share goes to the first one in ``settled``; an ending of a name beats a
    first word or a short form.
    """
    people = [m for mentions in settled for m in mentions
              if m.kind == "name" and m.speaker.split()[-1] not in lex.names]
    longest = _longest_forms({m.speaker for m in people})
    types: dict[str, str] = {}
    for m in people:
        person = longest.get(m.speaker, m.speaker)
        if types.get(person, "unknown") == "unknown":
            types[person] = m.speaker_type
    surnames: dict[str, tuple[str, str]] = {}
    firsts: dict[str, tuple[str, str]] = {}
    for m in people:
        person = longest.get(m.speaker, m.speaker)
        parts, stype = person.split(), types[person]
        if len(parts) >= 2 or stype != "unknown":
            for key in _back_keys(person) or parts:
                surnames.setdefault(key, (person, stype))
        if (len(parts) >= 2 and (stype != "unknown" or parts[0] in SURNAME_FIRST)
                and parts[0] not in lex.names):
            firsts.setdefault(parts[0], (person, stype))
        for key in _short_forms(person):
            if key not in lex.names:
                firsts.setdefault(key, (person, stype))
    return {**firsts, **surnames}


def _n_words(text: str) -> int:
    return len(_WORD.findall(text))
