"""Speaker mentions: every span of a paragraph's narration that may name a speaker.

In the narration of a paragraph (its text with the quotes blanked out) :func:`_base_mentions` finds
names and bodies from the alias table, a title and the name after it, runs of capitalised words,
one-word names next to a speech verb or a role, descriptions built on a role noun ("a senior US
defence official", "the 18-year-old") and pronouns; the acronyms and names an article gave before
are found again by :class:`_ArticleNames`, and :func:`_select` keeps the best of overlapping
mentions. :mod:`.speakers` attaches roles to them. Names run to :data:`NAME_MAX_WORDS` words besides
particles of many languages ("Mac", "Ní", "bin", "ap", "van der", the Filipino "dela"); apostrophes
stay as written ("O’Hagan") and a curly one matches a straight one in the person index and in
one-word names ("D’Souza told", "O’Brien-Healy said"). The person after a title's portfolio is the
name, typed by the title ("Minister of Water and Irrigation Raed Abu Saadeh": :func:`_after_portfolio`),
a capitalised role noun opening a longer name is its role ("Passenger Fatou Bojang"), and a one-word
name after a title is the full name it ends ("Dr Asante-Boakye" … "Kwabena Asante-Boakye"). The kind
an organisation's own name gives (a state body, a company, a news agency) comes from
:func:`.name_kinds._name_kind`, shared with :mod:`.source_kinds`.

Round 13 added: a name never runs across a line break (:data:`.speaker_lexicon._NAME_SPACE`); a state word
in a title's portfolio makes no body of the person after it ("Minister for Local Government X" is X); "the",
modifiers and a name with "of" make a body, never a person of a place ("the state-run Global New Light of
Myanmar reported": :func:`_after_the`); "Magistrate" is a title and "magistrate" an official, "authority" an
unnamed body ("the authority said" refers back to the "… Authority" named before).

Round 15 added: a place compound ("Ohio-based", "London-based": :data:`_PLACE_COMPOUND`) is no part of a name
and may open a description; a legal form is no one-word speaker ("… Maritime Ltd confirmed").

Round 17 added: "him"/"her"/"them" after "according to" are pronoun mentions ("According to him, '…'":
:func:`_object_pronoun`).

Round 19 added: a capitalised preposition opening a sentence is no part of a name ("For Okafor, …":
:data:`_NOT_NAME_WORDS`).

Round 20 added: a one-letter title before a full stop is an initial, no title ("U.S. District Judge …" while "U Kyaw
…" is the Burmese honorific: :func:`_title_mentions`); the table's titles gained honorifics of other languages and
clergy styles ("Malam", "Gogo", "Eng.", "U", "Rev.", "Cardinal") and the police ranks "Const." and "SP".

Round 21 added: a capitalised role noun of the table inside a run, not in a title's portfolio, is a title before a
name of two or more words (:func:`_role_inside`: "ZESCO Public Relations Manager X Y"); a title's person "of" a body
is split from it ("Senator X Y of the Z Party"); an apostrophe after a hyphen and a capital stays in a name
("Delgado-O'Neill"), as does the Dutch particle "'t" ("van 't Hek"); a demonym ending an age description is no
one-word name ("the 24-year-old Belgian said" refers back to the person named before).

Round 22 added: a title right after "the" with no name after it is a description in that role ("the Cardinal
said": :func:`_bare_title_mentions`), which resolution takes back to the person named with the title; a
one-word name right after the description of a company or organisation is that body, the description
its own ("copper company Codelco", "brokerage firm Jefferies": :func:`_described_as`).

Round 24 added: a capitalised role after "the" or a possessive, set off before a name in apposition, is left to the
description it is in lower case, the body after its "of" kept (:func:`_role_in_apposition`: "the Chairman of the X
Association, Mr. Y,", "The lender's Group Managing Director, Mrs. Y,"); a capitalised title that gives a role stands
for its holder before a speech verb with no "the" (:func:`_bare_title_start`: "Lyonpo said"); the table's titles gained
"Madam", "Dasho", "MEC", "Lyonpo" and "Station Sergeant".

Round 25 added: a sentence-opening role noun is cut from a name also before "of" and a body (:func:`_opens_with_role`);
a middle initial joins a name's words (:data:`_MIDDLE_INITIAL`: "Ramon L. Dacanay"); a description whose modifiers
hold a body's name keeps the words after it (:func:`_after_bodies`: "a senior NATO official"); a capitalised role
set off after a name is a description too (:func:`_role_in_apposition`).

Round 26 added: a person's name after "the <thing> of" is that person (:func:`_person_after_of`: "the Hyundai of
Kristian Lehtonen-Berg"); a body's name may list portfolios with commas (:func:`_portfolio_list_end`); a single
organisation word after "of" makes no person-of-body split ("Joint Chiefs of Staff"); an acronym the initials of
one body's name spell exactly is that body (:func:`_article_acronyms`: "the JCS"); an abbreviated role after
"the" is a description in that role (:func:`_abbreviated_role_mentions`: "the CS said").

Round 28 added: a left single mark between two letters is an ʻokina, part of a name ("Sione Tu‘ipulotu-Fifita").

Round 30 added: a body an acronym only opens is the longer name (:func:`_without_heads_of_longer_bodies`: "UN Human
Rights Committee"); a list of portfolios may end on the organisation word (:func:`_portfolio_list_end`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field, replace

from .name_kinds import (_DEMONYM_ENDINGS, _DOTTED_FORMS, _HOLDER_OFFICE, _LEGAL_FORMS, _MEMBERS_BODY_WORDS,
                         _ORG_NAME_LEADS, _name_head, _org_type)
from .roles import ROLE_VOCABULARY
from .speaker_lexicon import (
    _DETERMINERS,
    _LOWER,
    _MODIFIER_STOP,
    _NAME_SPACE,
    _PREPOSITIONS,
    _UPPER,
    _WORD,
    _Lexicon,
    _Phrases,
    _Token,
    _phrase_key,
)

__all__ = ["DESCRIPTOR_MAX_MODIFIERS", "NAME_MAX_WORDS"]


#: Modifiers kept before a descriptor head ("a senior US defence official").
DESCRIPTOR_MAX_MODIFIERS = 3
#: Capitalised words that do not start or belong to a person's name.
_NOT_NAME_WORDS = frozenset(
    "The A An In On At But And Or As If So Then Meanwhile However Earlier Later Both "
    "One Two Three Another Some Many Several Most Each Every "
    "After Before During While When Where This That These Those His Her Their Its Our "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Read Also Related Topics "
    "Ukraine Russia Ukrainian Ukrainians Russian Russians Kyiv Kiev Moscow Europe European "
    "American British German French Western West East North South World War Third Second "
    "First Photo Image Credit Featured Advert Home News Click Allow OK Emergency Appeal "
    "Former Ex Acting Interim Deputy Associate Assistant Members Member".split()
) | frozenset(p.capitalize() for p in _PREPOSITIONS)  # a preposition opening a sentence: "For Okafor, …"
#: Words that modify a title after them ("Deputy Superintendent", "Acting Director").
_TITLE_MODIFIERS = frozenset("Deputy Acting Interim Associate Assistant Senior Former".split())
#: A capitalised compound of small words describes a person, it is no name ("Mum-of-two Sarah
#: Doyle", "Father-of-three"); a name has at most one hyphen ("Byung-kee", "Al-Otaibi").
_DESCRIPTIVE_COMPOUND = re.compile(r"[A-Z][a-z]+(?:-[a-z]+){2,}")
#: A place joined to a participle describes whoever follows, it is no name ("Ohio-based Vantage Roadway
#: Systems", "a London-based broker", "Brazil-born", "Nasdaq-listed", "Kremlin-owned").
_PLACE_COMPOUND = re.compile(
    r"[A-Z][\w.]*(?:-[A-Z][\w.]*)*-(?:based|born|bred|headquartered|listed|owned|registered|run)")
#: Letters after a name that give a rank or honour, not part of the name ("Lisa van der Merwe SC").
_POST_NOMINALS = frozenset("SC QC KC SAN MP MEP TD MSP MLA MLC MPP MNA MHA MHK MBE OBE CBE KBE DBE PhD".split())
#: The speaker type post-nominal letters give ("Sir Desmond Hale MP", "Ronan Gallacher KC", "X, PhD").
_POST_NOMINAL_TYPES = {
    **dict.fromkeys("MP MEP TD MSP MLA MLC MPP MNA MHA MHK".split(), "politician"),
    **dict.fromkeys("SC QC KC SAN".split(), "civilian"),  # a barrister, as the "lawyer" descriptor
    "PhD": "expert",
}
#: Generational suffixes kept in a name after a title ("Francisco Tiu Laurel Jr.").
_NAME_SUFFIXES = frozenset("Jr Sr II III IV".split())


#: Honorifics and abbreviated ranks that open a capitalised run but belong to no name
#: ("Prof Siobhán …", "Datuk Rosli bin Hamzah", "Cllr …"); the title table gives their type
#: when they stand before a name. "Tan Sri" and "Dato' Seri" are titles there ("Tan" and "Sri"
#: are also names).
_HONORIFICS = frozenset(
    "Mr Mrs Ms Dr Prof Dame Sheikh Sheikha Datuk Dato Datin Seri Tun Toh Haji Hajjah Pehin Cllr Adv "
    "Adm Brig Gen Col Maj Capt Lt Sgt Cpl Insp Supt".split())


def _is_honorific(word: str) -> bool:
    """An honorific or abbreviated rank (:data:`_HONORIFICS`), also hyphenated ("Maj-Gen", "Lt-Col")."""
    return word in _HONORIFICS or all(part in _HONORIFICS for part in word.split("-"))


def _is_non_name(word: str) -> bool:
    """A capitalised word that neither starts nor belongs to a person's name."""
    return (word in _NOT_NAME_WORDS or bool(_DESCRIPTIVE_COMPOUND.fullmatch(word))
            or bool(_PLACE_COMPOUND.fullmatch(word)))
#: Title words that end the non-name part of a capitalised run: the words after the last
#: one are the person ("Senate Majority Leader John Thune" → "John Thune").
_RUN_TITLE_WORDS = frozenset(
    "President Leader Councilmember Councilman Councilwoman Chief Judge Justice Professor Director "
    "Secretary Minister Governor Mayor Senator Chairman Chairwoman Chair Commissioner Representative "
    "Spokesman Spokeswoman Spokesperson Captain Coach Opener Adviser Advisor Chancellor Superintendent "
    "Member Coordinator Co-ordinator Administrator Rapporteur Envoy Ombudsman Registrar".split())
#: Words that end a title's portfolio rather than open a name ("Minister for Foreign Affairs Wang
#: Yi", "Vice Chancellor for Student Affairs …"), besides the noun endings of :data:`_PORTFOLIO_ENDING`.
_PORTFOLIO_WORDS = frozenset(
    "Affairs Security Business Health Finance Defence Defense Trade Energy Justice Labour Labor Transport "
    "Works Youth Sport Sports Women Water Power Roads Bridges Lands Land Mines Commerce Industry Interior "
    "Research Diseases Services Resources Relations Revenue Treasury Heritage Arts Media Policy Parliament "
    "Assembly Housing Planning Children Families Welfare Care Economy Science Climate Skills Food Digital "
    "Veterans Borders Exports".split())
_PORTFOLIO_ENDING = re.compile(r"(?:tions?|sions?|ments?|ures?|ity|ities|ies|ics|ance|ence|ness|ship|ing|ism|ogy)$")
_PRONOUNS = frozenset({"he", "she", "they", "it"})
_INDEFINITES = frozenset({"one", "another", "others"})
_IRREGULAR_PLURALS = frozenset({"men", "women", "police", "people", "children", "servicemen", "troops"})


# --------------------------------------------------------------------------- mentions


@dataclass(frozen=True)
class _Mention:
    """A span of narration that may name a speaker."""

    start: int
    end: int
    speaker: str  # canonical name, description, or the pronoun as written
    speaker_type: str
    kind: str  # name | body | descriptor | body descriptor | document | pronoun | indefinite
    priority: int  # lower wins when two mentions overlap
    head: str = ""  # canonical head noun of a descriptor ("soldier")
    is_plural: bool = False
    role: str = ""  # the title before a name, as keyed in the table ("president")
    role_end: int = 0  # where that title ends
    held: bool = False  # typed by a role held at a body (:func:`.speakers._held_role`), which no other role overrides


_WORD_CHAR = re.compile(r"[^\W_]")


#: Characters searched back from a position for the words before it (three words and spaces).
WORDS_BEFORE_WINDOW = 80


def _words_before(text: str, pos: int, n: int) -> list[tuple[int, str]]:
    """Up to ``n`` words ending before ``pos`` (nearest last), stopping at punctuation."""
    window = text[max(0, pos - WORDS_BEFORE_WINDOW):pos].rstrip()
    if not window or not _WORD_CHAR.match(window, len(window) - 1):  # punctuation or nothing next
        return []
    found: list[tuple[int, str]] = []
    for match in reversed(list(_WORD.finditer(text, max(0, pos - WORDS_BEFORE_WINDOW), pos))):
        gap = text[match.end():found[0][0] if found else pos]
        if gap.strip() or len(found) == n:
            break
        found.insert(0, (match.start(), match.group()))
    return found


def _previous_word(text: str, pos: int) -> str:
    words = _words_before(text, pos, 1)
    return words[0][1].lower() if words else ""


def _alias_mentions(text: str, tokens: list[_Token], lex: _Lexicon) -> list[_Mention]:
    """Names and bodies from the alias table, reported by their canonical name."""
    found = []
    for phrases in (lex.names_cs, lex.names_ci):
        for start, end, key in phrases.find(text, tokens):
            canonical, stype, kind = phrases.table[key]
            found.append(_Mention(start, end, canonical, stype, "name" if kind == "person" else "body", 0))
    return found


@dataclass(frozen=True)
class _ArticleNames:
    """People an article names by rule (see :func:`.speakers._article_surnames`), built once per article."""

    surnames: _Phrases  # surname or first name -> (full name, type)
    known: dict  # the alias table's names, then these: name -> (canonical, type, kind)
    acronyms: dict = field(default_factory=dict)  # acronym -> (body's full name, type)

    @classmethod
    def build(cls, surnames: dict[str, tuple[str, str]], lex: "_Lexicon",
              acronyms: dict[str, tuple[str, str]] | None = None) -> "_ArticleNames":
        return cls(_Phrases.build({_phrase_key(k): v for k, v in surnames.items()}, fold="capital"),
                   {**lex.names, **{k: (*v, "person") for k, v in surnames.items()}}, acronyms or {})


def _acronym_fits(acronym: str, name: str) -> bool:
    """Whether ``acronym`` abbreviates ``name``: it opens with the name's first letter and holds
    the initials of its words in order, small connecting words skipped or not and other
    letters allowed between them ("CMA", "NCP", "Nadma" for National Disaster Management Agency,
    "Nersa", "MoET" for Ministry of Education and Training); the part after the name's last "and"
    may be left out ("NCDC" for Nigeria Centre for Disease Control and Prevention)."""
    words = re.sub(r"^The\s+", "", name).replace("-", " ").split()
    shorter = [words[:len(words) - 1 - words[::-1].index("and")]] if "and" in words[1:] else []
    return any(_initials_in(acronym.lower(), part) for part in [words, *shorter])


def _initials_in(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` open with the first initial of ``words`` and hold all their initials in
    order, small connecting words skipped or not (see :func:`_acronym_fits`)."""
    for initials in ("".join(w[0] for w in words if w not in _ACRONYM_SKIPPED), "".join(w[0] for w in words)):
        rest, initials = iter(letters), initials.lower()
        if len(initials) >= 2 and letters[:1] == initials[0] and all(c in rest for c in initials):
            return True
    return False


#: Small words whose initials an acronym may leave out ("Competition and Markets Authority": CMA).
_ACRONYM_SKIPPED = frozenset("of for and & on the de du".split())
#: An acronym in brackets right after a name ("… Authority (CMA)", "… Agency (Nadma)").
_BRACKETED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z]{1,7})\)")


#: A word of three to six capitals: an acronym.
_CAPITALS_WORD = re.compile(r"(?<![\w\-])[A-Z]{3,6}(?![\w\-])")


def _article_acronyms(paragraphs: list[tuple[str, list["_Mention"]]]) -> dict[str, tuple[str, str]]:
    """Acronym -> (full name, type) for each body an article names with its acronym in brackets
    after it, so that a later "the CMA said" speaks as the Competition and Markets Authority; also an
    acronym the initials of one body's name of three or more words spell exactly ("the JCS" after "the
    Joint Chiefs of Staff").

    ``paragraphs``: each paragraph's narration and its settled mentions.
    """
    found: dict[str, tuple[str, str]] = {}
    by_initials: dict[str, set[tuple[str, str]]] = {}
    for narration, mentions in paragraphs:
        for m in mentions:
            bracket = _BRACKETED_ACRONYM.match(narration, m.end) if m.kind == "body" else None
            if bracket and (_acronym_fits(bracket.group("acronym"), m.speaker) or _own_language_acronym(
                    bracket.group("acronym"), m)):
                found.setdefault(bracket.group("acronym"), (m.speaker, m.speaker_type))
            words = [w for w in m.speaker.split() if w not in _ACRONYM_SKIPPED]
            if m.kind == "body" and len(words) >= 3 and all(w[:1].isupper() for w in words):
                for initials in {"".join(w[0] for w in words), "".join(w[0] for w in words[1:])}:
                    by_initials.setdefault(initials, set()).add((m.speaker, m.speaker_type))
    for narration, _ in paragraphs:  # "the Joint Chiefs of Staff said … the JCS said": its initials exactly, one body
        for acronym in set(_CAPITALS_WORD.findall(narration)) - set(found):
            if len(by_initials.get(acronym, ())) == 1:
                found[acronym] = next(iter(by_initials[acronym]))
    return found


def _own_language_acronym(acronym: str, body: "_Mention") -> bool:
    """An acronym in capitals in brackets after a typed body's name of two words or more, in the order of the
    body's own language ("Judicial Investigation Agency (OIJ)", "National Disaster Mitigation Agency (BNPB)")."""
    return ((acronym.isupper() or acronym[1:].islower()) and len(acronym) >= 3 and len(body.speaker.split()) >= 2
            and body.speaker_type in ("military or government body", "organisation"))


def _acronym_mentions(text: str, tokens: list[_Token], acronyms: dict) -> list[_Mention]:
    """Later uses of an acronym the article gave in brackets (:func:`_article_acronyms`), as the body."""
    return [_Mention(start, end, *acronyms[word], "body", 0) for start, end, word, *_ in tokens
            if word in acronyms and text[start - 1:start] != "("]


def _surname_mentions(text: str, tokens: list[_Token], names: _ArticleNames) -> list[_Mention]:
    """A surname alone, for a person named in full elsewhere in the article; the mention takes in
    the rest of the full name when it is written there ("Marine Le Pen", not "Marine" + "Le Pen")."""
    phrases, found = names.surnames, []
    for start, end, key in phrases.find(text, tokens):
        full, stype = phrases.table[key]
        prefix = full[:full.rfind(text[start:end])] if text[start:end] in full else ""
        if prefix and text[max(0, start - len(prefix)):start] == prefix:
            start -= len(prefix)
        found.append(_Mention(start, end, full, stype, "name", 0))
    return found


#: Given names written short with a full stop, kept so ("Ma. Luisa …" for María, "Md." and "Mohd." for Muhammad).
_GIVEN_NAME_ABBREVIATIONS = frozenset({"Ma", "Md", "Mohd", "Muhd"})


def _title_length(text: str, tokens: list[_Token], i: int, titles: dict) -> int:
    """Tokens of the longest title of ``titles`` (up to three words) opening at token ``i``, 0 for none
    ("Chief Justice" after "Lord")."""
    for n in (3, 2, 1):
        words = tokens[i:i + n]
        if (len(words) == n and " ".join(w[2] for w in words).lower() in titles
                and all(text[a[1]:b[0]] == " " for a, b in zip(words, words[1:]))):
            return n
    return 0


def _name_after(text: str, tokens: list[_Token], i: int, titles: dict) -> tuple[str, int]:
    """Up to :data:`NAME_MAX_WORDS` capitalised words (particles aside) from token ``i`` (a name
    after a title), and where it ends.

    Further titles and honorifics are skipped ("Lt. Col. Yuriy Ignat" → "Yuriy Ignat", "Datuk Seri Rosli …").
    """
    while i < len(tokens) and not text[tokens[i - 1][1]:tokens[i][0]].strip(" ."):
        skipped = (_title_length(text, tokens, i, titles) or _is_honorific(tokens[i][2])
                   or tokens[i][2] in _TITLE_MODIFIERS and i + 1 < len(tokens)
                   and _title_length(text, tokens, i + 1, titles))  # "… police chief Deputy Superintendent X"
        if not skipped:
            break
        i += skipped
    words, starts, ends = [], [], [tokens[i - 1][1] if i else 0]
    for start, stop, word, *_ in tokens[i:i + 7]:
        if word == "t" and text[start - 1:start] in ("'", "’"):
            start -= 1  # the Dutch particle "'t": "van 't Hek"
        possessive = word.endswith("'s")
        base = text[start:stop - 2 * possessive]  # as written: "O’Hagan" keeps its apostrophe
        particle = bool(words) and _is_particle(base)  # "… bin Abdulrahman Al Thani"
        if ((len(base) == 1 and base.isupper()) or base in _GIVEN_NAME_ABBREVIATIONS
                or (words and base in ("Jr", "Sr"))
                or (len(base) == 2 and base.istitle() and text[stop + 1:stop + 2].isupper())  # "Kh.Ganzorig"
                ) and text[stop:stop + 1] == ".":
            words.append(base + ".")  # an initial: "Judge Lewis A. Kaplan", "Dr K. Shankar Rao"; "… Tiu Laurel Jr."
            starts.append(start)
            ends.append(stop + 1)
            continue
        gap = text[ends[-1]:start]  # a full stop and a space after a name's word end it ("Hon. X Charles. Minister")
        gap = gap.strip(" .") if not words or gap == "." or words[-1] in ("St", "Ste") else gap.strip(" ")
        if (gap or _is_non_name(base) or (words and base in _POST_NOMINALS)
                or not (particle or re.match(_CAPITAL_WORD, base))
                or (not particle and sum(not _is_particle(w) for w in words) == NAME_MAX_WORDS)):
            break
        words.append(base)
        starts.append(start)
        ends.append(stop - 2 * possessive)
        if possessive:
            break
    while words and words[-1] in _NAME_PARTICLES:  # "Minister Ana de" never ends on a particle
        words.pop()
        starts.pop()
        ends.pop()
    # initials glued as written stay glued ("K.V. Suresh Kumar"); other words take one space
    return "".join(("" if k == 0 or starts[k] == ends[k] else " ") + w for k, w in enumerate(words)), ends[-1]


#: First words of a local government's offices, which are titles only written with capitals ("City Manager X",
#: "Dallas City Manager X"; not "Manchester City manager X", a club's).
_LOCAL_UNITS = frozenset("city county town village borough township".split())


def _miswritten_title(text: str, start: int, end: int) -> bool:
    """Whether the title ``text[start:end]`` opens with a local unit (:data:`_LOCAL_UNITS`) but is not
    written with capitals."""
    words = text[start:end].split()
    return words[0].lower() in _LOCAL_UNITS and not all(w[:1].isupper() for w in words)


def _title_mentions(text: str, tokens: list[_Token], lex: _Lexicon,
                    names: _ArticleNames | None = None) -> list[_Mention]:
    """A title and the capitalised name after it ("President Volodymyr Zelensky", "Mr Cardillo")."""
    found, known = [], lex.names if names is None else names.known
    token_starts = [t[0] for t in tokens]
    for start, end, key in lex.titles.find(text, tokens):
        if end - start == 1 and text[end:end + 1] == "." or _miswritten_title(text, start, end):
            continue  # a one-letter title ("U") with a full stop is an initial ("U.S. Attorney")
        following = bisect_left(token_starts, end)
        inner = _title_length(text, tokens, following, lex.titles.table) if following < len(tokens) else 0
        if inner and lex.titles.table[key] == "unknown" and not text[end:tokens[following][0]].strip(" ."):
            key = " ".join(t[2] for t in tokens[following:following + inner]).lower()  # "Lord Chief Justice X"
        name, name_end = _name_after(text, tokens, following, lex.titles.table)
        if not name or _inside_body_name(text, start, end, name_end):
            continue
        last = name.split()[-1] if " " not in name else ""  # "Speaker Mike Johnson" is not Boris Johnson
        canonical, stype, kind = (known.get(name) or known.get(last) or _listed_spelling(name, lex.names)
                                  or (*lex.surnames.get(last, (name, "")), "person"))
        if kind == "person":
            by_title = stype in ("", "unknown")  # a role noun next to the name says more than a rank
            stype = lex.titles.table[key] if by_title else stype
            found.append(_Mention(start, name_end, canonical, stype, "name", 0, "title" if by_title else "",
                                  role=key, role_end=end))
    return found


def _bare_title_start(text: str, start: int, end: int, key: str, lex: _Lexicon) -> int | None:
    """Where a title standing for its holder starts: at "the" right before it ("the Cardinal said"),
    or at the title itself when it is capitalised, gives a role (not a courtesy title) and a speech
    verb follows it ("Lyonpo said", as Bhutanese and West African papers refer to a minister); else None."""
    before = _words_before(text, start, 1)
    if before and before[0][1].lower() == "the":
        return before[0][0]
    if text[start].isupper() and lex.titles.table[key] != "unknown" and _verb_follows(text, end, lex):
        return start
    return None


def _abbreviated_role_mentions(text: str, tokens: list[_Token], lex: _Lexicon) -> list[_Mention]:
    """An abbreviated role in capitals after "the" ("the CS said", "the CEO added"), a form of a role in the
    table's ``role synonyms`` rows: a description in that role, not an acronym's body, which resolution
    takes back to the person named in it ("Health Cabinet Secretary X … the CS said")."""
    found = []
    for start, end, word, lower, *_ in tokens:
        if word.isupper() and len(word) >= 2 and lower in lex.synonyms:
            before = _words_before(text, start, 1)
            if before and before[0][1].lower() == "the":
                found.append(_Mention(before[0][0], end, word, "unknown", "descriptor", 0, lower, role=lower,
                                      role_end=end))
    return found


def _bare_title_mentions(text: str, tokens: list[_Token], lex: _Lexicon) -> list[_Mention]:
    """A title with no name after it, standing for its holder (:func:`_bare_title_start`): a description
    in that role, which resolution takes back to the person named earlier with the title (round 22)."""
    found, token_starts = [], [t[0] for t in tokens]
    for start, end, key in lex.titles.find(text, tokens):
        opened = None if _miswritten_title(text, start, end) else _bare_title_start(text, start, end, key, lex)
        if opened is None or _name_after(text, tokens, bisect_left(token_starts, end), lex.titles.table)[0]:
            continue
        surface = re.sub(r"\s+", " ", text[start:end]).lower()
        found.append(_Mention(opened, end, surface, lex.titles.table[key], "descriptor", 3, surface,
                              role=key, role_end=end))
    return found


def _unaccented(text: str) -> str:
    """``text`` without its accents ("Erdoğan" → "Erdogan")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _listed_spelling(name: str, listed: dict) -> tuple[str, str, str] | None:
    """The person of the alias table (``listed``) a full name is, written with other accents
    ("Recep Tayyip Erdoğan" for "Recep Tayyip Erdogan"): the entry of its last word, when the names
    differ only so."""
    entry = listed.get(name.split()[-1])
    if entry and entry[2] == "person" and entry[0] != name and _unaccented(entry[0]) == _unaccented(name):
        return entry
    return None


def _inside_body_name(text: str, start: int, name_start: int, end: int) -> bool:
    """Whether a title and name ``text[start:end]`` lie inside a capitalised run whose words from
    the name on (``name_start``) name an organisation: "General Teaching" in "Coast General
    Teaching and Referral Hospital", "General Administration" in "General Administration of
    Customs" and "General Hospital" are no title and name ("Army General Mark Milley", "Council
    President Shannon Hardin" are)."""
    for run in _CAPITALISED_RUN.finditer(text, max(0, start - WORDS_BEFORE_WINDOW)):
        if run.start() <= start and run.end() >= end:
            name = _RUN_WORD.findall(text, name_start, end)
            if len(name) > 1 and not _org_type(name) and re.match(r"\s+of\s", text[end:end + 4]):
                return False  # "Ms Agnes Nankinga of the Office of the Director of Public Prosecutions"
            return bool(_org_type(_RUN_WORD.findall(text, name_start, run.end())))
        if run.start() > start:
            break
    return False


#: Particles inside personal names, matched in any case ("Ursula von der Leyen", "Riyad al-Maliki",
#: "Khalid bin Saeed Al Dhaheri", "Siti binti Ahmad", "Enrique dela Paz", "Gethin ap Dafydd", "Sorcha Mac Giolla
#: Phádraig", "Caitríona Ní Fhlannagáin", "Eoin Ó Broin", "Jean de la Fontaine", "zu Guttenberg").
#: They do not count towards :data:`NAME_MAX_WORDS`.
_NAME_PARTICLES = frozenset(
    "von van der den de da di du del della dei degli los las dos das do dela delos bin binti bint ibn ben al el "
    "le la ter ten zu ap ab mac mc ní nic ó ua 't ’t".split())
#: Most words of a person's name, particles aside ("Mirza Abbas Uddin Chowdhury", "María Laura
#: González Etchegaray", "Nguyễn Thị Thu Hà"); a longer capitalised run is no one's name.
NAME_MAX_WORDS = 4


def _is_particle(word: str) -> bool:
    """A name particle (:data:`_NAME_PARTICLES`), in any case ("Al", "al", "Mac")."""
    return word.lower() in _NAME_PARTICLES


#: A capitalised word, also after "al-"/"el-" or a capital and an apostrophe, straight or
#: curly, kept as written ("O'Hagan", "O’Hagan", "D'Arcy"), also after a hyphen ("Delgado-O'Neill").
#: A plural possessive inside a body's name ("National Farmers' Union", "United Nations Children's Fund") or an office
#: holder's ("Sheriff's Office": :data:`.name_kinds._HOLDER_OFFICE`), kept as written.
_MEMBERS_APOSTROPHE = (rf"(?:(?:(?<=[a-z]s)['’]|(?:(?<=Children)|(?<=People)|(?<=Women)|(?<=Men))['’]s)"
                       rf"(?={_NAME_SPACE}(?:{_MEMBERS_BODY_WORDS})\b)|{_HOLDER_OFFICE})")
#: An ʻokina or apostrophe between lower-case letters inside a name ("Tu‘ipulotu", "Fa’alogo", "Ha'apai"): two
#: letters or more after it, not a contraction's ("they're", "we'll", "I've") or a possessive's.
_GLOTTAL_STOP = r"(?<=[a-z])‘(?=[a-z])|(?<=[a-z])['’](?=[a-z]{2})(?!(?:ve|re|ll)(?![a-z]))"
_CAPITAL_WORD = (rf"(?:(?:al|el)-|{_UPPER}['’])?{_UPPER}"  # "Tu‘ipulotu": an ʻokina; "Sollows-d’Entremont"
                 rf"(?:[\w\-]|(?<=-{_UPPER})['’](?={_UPPER})|(?<=-[a-z])['’](?={_UPPER})|{_GLOTTAL_STOP})*"
                 rf"(?:{_MEMBERS_APOSTROPHE})?")


_PARTICLE = "|".join(sorted(_NAME_PARTICLES))
#: A middle initial between two words of a name ("Ramon L. Dacanay", "Theresa C. Pangilinan"), not
#: before a word that opens a sentence ("in World War I. The army …").
_MIDDLE_INITIAL = (rf"(?<=[a-z]\s){_UPPER}\.{_NAME_SPACE}"
                   r"(?!(?:The|A|An|In|On|At|He|She|It|They|We|I|But|And|This|That|His|Her|Its|Their|There"
                   r"|When|While|After|Before|As|If|Mr|Mrs|Ms|Dr)\b)")
#: "in" after a diplomatic or UN mission, before the place it is in ("Russian Embassy in Athens", "UN Support Mission
#: in Libya").
_MISSION_IN = rf"(?:(?<=Embassy\s)|(?<=Mission\s)|(?<=Consulate\s)|(?<=High\sCommission\s))in{_NAME_SPACE}"
#: Capitalised words joined by spaces, "of"/"for"/"and"/"&" (with "the" after them: "Department for the
#: Economy"), name particles ("Ursula von der Leyen") or a mission's "in" (:data:`_MISSION_IN`); never by a bare
#: "the" ("told the Irish Times the Government's …").
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w\-'’]){_CAPITAL_WORD}(?:{_NAME_SPACE}(?:(?:of|for|and|&){_NAME_SPACE}(?:the{_NAME_SPACE})?"
    rf"|(?:{_PARTICLE}){_NAME_SPACE}(?:(?:{_PARTICLE}){_NAME_SPACE})?|{_MIDDLE_INITIAL}|{_MISSION_IN})?"
    rf"{_CAPITAL_WORD})+(?![\w\-])")


_RUN_WORD = re.compile(rf"(?:{_UPPER}['’](?={_UPPER}))?(?:[\w\-]|(?<=-{_UPPER})['’](?={_UPPER})|(?<=-[a-z])['’](?={_UPPER})"
                       rf"|{_GLOTTAL_STOP}|{_MEMBERS_APOSTROPHE})+|['’]t(?=\s)|&")


_CONNECTORS = frozenset({"of", "the", "for", "and", "&"})


def _is_person_run(names: list[str]) -> bool:
    """Two to :data:`NAME_MAX_WORDS` capitalised words, particles aside, none a non-name word, not ending in an
    acronym ("Angle RNLI", "Clearwater RCMP")."""
    capitalised = [w for w in names if not _is_particle(w)]
    return (len(capitalised) <= NAME_MAX_WORDS and "&" not in names and not any(_is_non_name(w) for w in names)
            and all(w in _NAME_PARTICLES or not w.islower() for w in names)
            and names[-1] not in _NAME_PARTICLES and not _ACRONYM_WORD.fullmatch(names[-1]))


#: An acronym of three to six capitals, no Roman numeral ("RNLI", not "III").
_ACRONYM_WORD = re.compile(r"(?![IVXLC]+$)[A-Z]{3,6}")


def _person_of_body(words: list) -> tuple[list, list] | None:
    """A person's name, "of", a body's name: ("Yuki Tanabe", "Osaka University") in "Yuki
    Tanabe of Osaka University"; None when the words before "of" are no person's name
    ("Bank of England", "Royal College of Nursing")."""
    names = [w.group() for w in words]
    if "of" not in names:
        return None
    i = names.index("of")
    left, right = words[:i], [w for w in words[i + 1:] if w.group() != "the"]
    generic = len(right) == 1 and bool(_org_type([right[0].group()]))  # "Joint Chiefs of Staff": no person
    if (2 <= len(left) <= NAME_MAX_WORDS and right and not generic and not _org_type(names[:i])
            and _is_person_run(names[:i]) and not any(_is_run_title(w) for w in names[:i])
            and _org_type([w.group() for w in right])):
        return left, right  # not "Senior Superintendent of Police": a title and its portfolio
    return None


#: Head nouns that end a body's name, so that capitalised words after them are someone else's name ("… Meteorological
#: Department Dhari Al-Shammari"); not words that may open a name ("Radio New Zealand", "Bank Negara Malaysia"), nor
#: "Union" ("European Union Election Observation Mission").
_BODY_END_HEADS = frozenset("Department Ministry Committee Council Commission Agency Authority Office Association "
                            "Corporation Institute Bureau Directorate Secretariat Board".split())


def _body_before_person(words: list) -> int | None:
    """Where a person's name of two to :data:`NAME_MAX_WORDS` words starts right after a body's name ending in
    one of :data:`_BODY_END_HEADS`, in one capitalised run with no comma; None when there is none."""
    names = [w.group() for w in words]
    ends = [i for i, w in enumerate(names[:-2]) if w in _BODY_END_HEADS]
    if not ends:
        return None
    head = ends[-1] + 1
    rest = names[head:]
    if (2 <= len(rest) <= NAME_MAX_WORDS and _is_person_run(rest) and not _org_type(rest)
            and not any(w in _CONNECTORS or _is_run_title(w) for w in rest) and rest[-1] not in _PLACE_HEADS):
        return head
    return None


def _is_run_title(word: str) -> bool:
    """A title word in a capitalised run, also after a hyphen ("Vice-President")."""
    return word in _RUN_TITLE_WORDS or word.split("-")[-1] in _RUN_TITLE_WORDS


def _is_portfolio_word(word: str) -> bool:
    """A word that may end a title's portfolio ("Irrigation", "Affairs", "Examinations")."""
    return word in _PORTFOLIO_WORDS or bool(_PORTFOLIO_ENDING.search(word))


def _after_portfolio(words: list) -> list:
    """The person after a title's portfolio, or ``words`` as they are when they open with none.

    ``words``: a capitalised run's words after its last title word. When they open with "of" or
    "for", the portfolio runs to its last connector and one word beyond it, and on over words
    that end a portfolio; the rest is the name ("of Water and Irrigation Raed Abu Saadeh" →
    "Raed Abu Saadeh", "for Student Affairs Angela Ruiz-Okafor" → "Angela Ruiz-Okafor"); a
    "General" after the title is the title's ("Commissioner General of Examinations …").
    """
    if words and words[0].group() == "General":  # "Commissioner General of Examinations …"
        words = words[1:]
    if not words or words[0].group() not in ("of", "for"):
        return words
    last = max(i for i, w in enumerate(words) if w.group() in _CONNECTORS)
    rest = words[last + 2:]
    while rest and _is_portfolio_word(rest[0].group()):
        rest = rest[1:]
    return rest


def _opens_with_role(words: list, role_heads: frozenset) -> bool:
    """A run opened by a capitalised role noun before a name of two or more words, particles
    aside ("Passenger Fatou Bojang", "Economist Yousef Mansour-Khatib"): the role is no part of
    the name ("Marine Le Pen" keeps hers), also before "of" and a body ("Neurobiologist Tomás Ferreyra
    of the University of Buenos Aires")."""
    rest = [w.group() for w in words[1:]]
    rest = rest[:rest.index("of")] if "of" in rest else rest
    return (words[0].group().lower() in role_heads and sum(not _is_particle(w) for w in rest) >= 2
            and _is_person_run(rest))


def _role_inside(words: list, i: int, role_heads: frozenset) -> bool:
    """A capitalised role noun inside a run, not in a title's portfolio, before a name of two or more
    words: a title like those of :data:`_RUN_TITLE_WORDS` ("ZESCO Public Relations Manager Chileshe
    Mwansa-Banda", "Electoral Officer Moses Tagini-Kwaiga"; not "… for Student Affairs Angela X")."""
    return i > 0 and words[i - 1].group() not in _CONNECTORS and _opens_with_role(words[i:], role_heads)


def _run_mention(words: list, stype: str, kind: str) -> _Mention:
    """A mention of a run's words, a middle initial keeping its full stop ("Ramon L. Dacanay") and a list
    its commas ("Ministry of Culture, Sports and Tourism") and a legal form its full stop ("Konekta Mobile Inc.")."""
    text = words[0].string
    spoken = words[0].group()
    for before, word in zip(words, words[1:]):
        gap = text[before.end():word.start()]
        spoken += ("." if gap.startswith(".") and len(before.group()) == 1 else "") + ("," if "," in gap else "")
        spoken += " " + word.group()
    end = words[-1].end()
    if words[-1].group() in _DOTTED_FORMS and text[end:end + 1] == ".":  # "Konekta Mobile Inc." keeps its stop
        spoken, end = spoken + ".", end + 1
    return _Mention(words[0].start(), end, spoken, stype, kind, 1)


def _after_title(words: list, lex: _Lexicon | None) -> tuple[list, str, int | None]:
    """The words of a run after its last title word and the title's portfolio, the type the title
    gives and where the title starts ("Senate Majority Leader John Thune" → "John Thune"); the words
    as they are, "unknown" and None when the run has no title before a name, or the title ends a
    body's name ("Office of the Data Protection Commissioner")."""
    role_heads = lex.role_heads if lex else frozenset()
    titled = [i for i, w in enumerate(words) if _is_run_title(w.group()) or _role_inside(words, i, role_heads)]
    after = words[titled[-1] + 1:] if titled else []
    rest = _after_portfolio(after)  # a state word in the portfolio is no body: "Minister for Local Government X"
    if not titled or (_org_type([w.group() for w in rest or after]) and not _person_of_body(rest)):
        return words, "unknown", None
    if titled[-1] == len(words) - 1 and _org_type([w.group() for w in words]):
        return words, "unknown", None
    titled_word = words[titled[-1]]
    if rest is after:
        return rest, "unknown", None
    title = titled_word.group().lower()  # the mention takes in title and portfolio, and their type
    return rest, lex.heads.table.get(title, ("", "unknown"))[1] if lex else "unknown", titled_word.start()


#: Last words of the names of places and venues, never of a person ("Bayfront Park", "National Sports
#: Stadium", "Daren Sammy Cricket Ground", "Auckland Airport").
_PLACE_HEADS = frozenset(
    "Park Stadium Ground Arena Airport Festival Square Street Road Avenue Bridge Station Market Village "
    "Valley Island Islands Beach Bay River Lake Mountain Mountains Hill Hills Highway Terminal Exchange".split())


#: Place heads that are also common surnames ("Marcus Hill", "Sarah Park").
_SURNAME_PLACE_HEADS = frozenset("Hill Hills Park Lake Bridge Beach".split())
#: A reporting verb right before a name, or one right after it, or an appositive of age or role ("…, a lawyer,").
_VERB_BEFORE_NAME = re.compile(r"(?:said|says|told|added|asked|wrote)\s+$")
_PERSON_AFTER_NAME = re.compile(r"\s+(?:said|says|told|added|asked|wrote)\b|\s*,\s+(?:an?\s|\d{1,3}\s*,|who\s)")


def _surname_introduced(text: str, words: list) -> bool:
    """Whether a two- or three-word run ending in a surname that is also a place's head (:data:`_SURNAME_PLACE_HEADS`)
    is a person: a reporting verb is right before or after it, or an age or a role in apposition ("said Marcus Hill,
    a staff attorney"; not "Notting Hill")."""
    if len(words) > 3 or words[-1].group() not in _SURNAME_PLACE_HEADS:
        return False
    start, end = words[0].start(), words[-1].end()
    return bool(_VERB_BEFORE_NAME.search(text, max(0, start - 12), start) or _PERSON_AFTER_NAME.match(text, end))


#: "the", up to two lower-case modifiers after it, right before a name ("the state-run …").
_THE_BEFORE = re.compile(r"(?<![\w\-])[Tt]he\s+(?:[a-z][\w\-]*\s+){0,2}$")


def _after_the(text: str, start: int) -> bool:
    """Whether "the" and up to two lower-case modifiers stand right before ``start`` ("the Democratic
    Republic of Congo", "the state-run Global New Light of Myanmar"): the name of a place or body."""
    return bool(_THE_BEFORE.search(text, max(0, start - 40), start))


def _owned_or_after_the(text: str, start: int) -> bool:
    """Whether "the" (:func:`_after_the`) or an owner's possessive ("Colombia's Prosecutor General's Office") stands
    right before ``start``."""
    return _after_the(text, start) or re.search(r"['’]s\s+$", text[max(0, start - 4):start]) is not None


def _person_of_place(text: str, words: list) -> list | None:
    """The person in "<person> of <place>" ("Jenna Holloway-Reyes of Waukesha"): two to
    :data:`NAME_MAX_WORDS` words of a person's name, no title among them, before "of" and one or
    two capitalised words; never after "the", which opens the names of places and bodies ("the
    Democratic Republic of Congo")."""
    names = [w.group() for w in words]
    if "of" not in names or _after_the(text, words[0].start()):
        return None
    i = names.index("of")
    left, right = names[:i], names[i + 1:]
    if (2 <= len(left) <= NAME_MAX_WORDS and 1 <= len(right) <= 2 and _is_person_run(left)
            and not any(_is_run_title(w) for w in left) and not _org_type(names)):
        return words[:i]
    return None


def _person_after_of(words: list) -> list | None:
    """The person's name after "of" when one thing of theirs comes before it (after "the": "the Hyundai of
    Kristian Lehtonen-Berg"): two or more name words, no organisation's; else None ("the Bank of England")."""
    names = [w.group() for w in words]
    if names.count("of") != 1 or names.index("of") != 1:
        return None
    right = [w for w in words[2:] if w.group() != "the"]
    rest = [w.group() for w in right]
    if len(rest) >= 2 and len(right) == len(words) - 2 and _is_person_run(rest) and not _org_type(names):
        return right
    return None


def _run_kind(text: str, words: list, leading: list, stype: str, opened: int | None) -> list[_Mention]:
    """The mentions of a capitalised run's words once titles are settled: a person of a body, a body
    (a place or demonym before it kept: "European Central Bank", "World Bank"), a person of a place, a
    person, or none (a place or venue: :data:`_PLACE_HEADS`)."""
    org = _org_type([w.group() for w in words])
    if org and leading and leading[-1].group() in _ORG_NAME_LEADS:
        while leading and leading[-1].group() in _ORG_NAME_LEADS:
            words.insert(0, leading.pop())
    if len(words) < 2:
        return []
    names = [w.group() for w in words]
    split = _person_of_body(words)
    if split:
        return [_run_mention(split[0], "unknown", "name"),
                _run_mention(split[1], _org_type([w.group() for w in split[1]]), "body")]
    head = _body_before_person(words) if org else None
    if head:  # "Kuwait Meteorological Department Dhari Al-Shammari said"
        return [_run_mention(words[:head], org, "body"), _run_mention(words[head:], "unknown", "name")]
    if org:
        return [_run_mention(words, org, "body")]
    resident = _person_of_place(text, words)
    if resident:
        return [_run_mention(resident, "unknown", "name")]
    owner = _person_after_of(words) if _after_the(text, words[0].start()) else None
    if owner:
        return [_run_mention(owner, "unknown", "name")]  # "the Hyundai of Kristian Lehtonen-Berg"
    if "of" in names and _after_the(text, words[0].start()):
        return [_run_mention(words, "unknown", "body")]  # "the state-run Global New Light of Myanmar reported"
    if _is_person_run(names) and (names[-1] not in _PLACE_HEADS or _surname_introduced(text, words)):
        mention = _run_mention(words, stype, "name")
        return [mention if opened is None else replace(mention, start=opened)]
    return []


#: "the" or a possessive right before a capitalised role ("the Chairman of …", "The lender's Group Managing
#: Director"), and a name after it in apposition (", Mr. X", ", Madam X").
_ROLE_OWNER_BEFORE = re.compile(r"(?:(?<![\w\-])[Tt]he|[\w\-]['’]s)\s+$")
_APPOSITIVE_NAME_AFTER = re.compile(rf"\s*,\s*{_UPPER}")
#: A name before the role, set off by a comma ("Gen. X, the Operational Commander of the … Forces, told").
_APPOSITIVE_NAME_BEFORE = re.compile(rf"{_UPPER}[\w\-'’]*\s*,\s+[Tt]he\s+$")


def _role_in_apposition(text: str, words: list, role_heads: frozenset) -> int | None:
    """Where the body's words start in a capitalised role set off before or after a name ("the Chairman of
    the Ho Traders Association, Mr. X,"; "The lender's Group Managing Director, Mrs. X,"; "X, the Operational
    Commander of the Polish Armed Forces,"): the role, its last word
    before "of" a role noun of the table or a role held at a body (:data:`.roles.ROLE_VOCABULARY`), is a description as it is in lower case, so that the name after it
    merges with it (:func:`.speakers._merge_pair`); None for any other run ("the Bank of England, which …")."""
    names = [w.group() for w in words]
    cut = names.index("of") if "of" in names else len(names)
    if not (0 < cut and names[cut - 1].lower() in role_heads | ROLE_VOCABULARY
            and _ROLE_OWNER_BEFORE.search(text, max(0, words[0].start() - 40), words[0].start())
            and (_APPOSITIVE_NAME_AFTER.match(text, words[-1].end())
                 or _APPOSITIVE_NAME_BEFORE.search(text, max(0, words[0].start() - 40), words[0].start()))):
        return None
    return next((i for i in range(cut + 1, len(names)) if names[i] != "the"), len(names))


def _list_tail(last_words: int) -> re.Pattern:
    """The rest of a list of portfolios after a comma, with up to ``last_words`` capitalised words after its
    last item's first: ", Water and Renewable Energy", ", Equality, Disability, Integration and Youth"."""
    return re.compile(
        rf"(?:,{_NAME_SPACE}{_CAPITAL_WORD}(?:{_NAME_SPACE}{_CAPITAL_WORD}){{0,2}}(?=,))*"
        rf",{_NAME_SPACE}(?:{_CAPITAL_WORD}{_NAME_SPACE}){{0,3}}?(?:and|&){_NAME_SPACE}{_CAPITAL_WORD}"
        rf"(?:{_NAME_SPACE}{_CAPITAL_WORD}){{0,{last_words}}}(?![\w\-])")


_PORTFOLIO_LIST_TAIL = _list_tail(2)
#: The same after a title's portfolio, with the holder's name of up to four words after it.
_TITLED_LIST_TAIL = _list_tail(4)


def _portfolio_list_end(text: str, run: re.Match) -> int:
    """Where a body's name ends that lists its portfolios with commas ("Ministry of Electricity, Water and
    Renewable Energy"; "Ministry of Culture, Sports and Tourism"; "Philippine Atmospheric, Geophysical and
    Astronomical Services Administration"): past the list when the run is a body's name with "of"/"for" before it
    or the list ends on an organisation word, or a title's portfolio with its holder's name after it (see
    :func:`_after_portfolio`); else the run's end."""
    tail = _PORTFOLIO_LIST_TAIL.match(text, run.end())
    words = run.group().split()
    head = next((words[:i] for i, w in enumerate(words) if w in ("of", "for")), [])
    if tail and (_org_type(head) or _org_type(tail.group().split()[-1:])):
        return tail.end()
    titled = _TITLED_LIST_TAIL.match(text, run.end()) if head and _is_run_title(head[-1]) else None
    return titled.end() if titled else run.end()  # "Minister of Agriculture, Water and Fisheries X Y"


def _capitalised_mentions(text: str, lex: _Lexicon | None = None) -> list[_Mention]:
    """Runs of capitalised words: organisations by keyword, else people (two or three words).

    Post-nominal letters are dropped ("Lisa van der Merwe SC"), and "<person> of <body>"
    gives both ("Yuki Tanabe of Osaka University"). The person after a title's portfolio is
    the name, typed by the title's descriptor in ``lex`` ("Minister for Health Áine Ní Bhraonáin"
    → politician: :func:`_after_title`), and a role noun of ``lex`` opening the run is none
    of it ("Volcanologist Egill Þorsteinsson"); see :func:`_run_kind` for the rest.
    """
    found, role_heads = [], lex.role_heads if lex else frozenset()
    for run in _CAPITALISED_RUN.finditer(text):
        words = list(_RUN_WORD.finditer(text, run.start(), _portfolio_list_end(text, run)))
        if text[run.end() + 1:run.end() + 2].isupper() and _GLUED_INITIAL.search(  # "Wrestler G.Batbayar": the
                text, max(0, run.end() - 3), run.end() + 1):
            words.pop()  # initial belongs to the name after it
        body_start = _role_in_apposition(text, words, role_heads)
        if body_start is not None:  # the role is left to the description; the body after "of" stays
            found += _run_kind(text, words[body_start:], [], "unknown", None)
            continue
        leading = []
        while words and (_is_non_name(words[0].group()) or words[0].group() in _CONNECTORS
                         or _is_honorific(words[0].group()) or _opens_with_role(words, role_heads)
                         and not (_owned_or_after_the(text, words[0].start())
                                  and _org_type([w.group() for w in words[1:]]))):
            leading.append(words.pop(0))  # "the Marine Accident Investigation Branch" keeps its first word
        words, stype, opened = _after_title(words, lex)
        while len(words) > 2 and words[-1].group() in _POST_NOMINALS:
            words.pop()
        found += _run_kind(text, words, leading, stype, opened)
    return found


_AGE = re.compile(r"(?<![\w\-])\d{1,3}-year-old(?:\s+[A-Z][a-z]+(?![\w\-]))?")


def _is_modifier_case(text: str, offset: int, word: str) -> bool:
    """Lower case, an acronym (US), a demonym (Russian), a place compound ("London-based") or the
    sentence's first word."""
    return (not word[0].isupper() or word.isupper() or word.endswith(_DEMONYM_ENDINGS)
            or bool(_PLACE_COMPOUND.fullmatch(word)) or _at_sentence_start(text, offset))


def _descriptor_mention(text: str, start: int, end: int, head: tuple, at_start: bool | None,
                        verbs: dict | None = None) -> _Mention:
    """A description: up to DESCRIPTOR_MAX_MODIFIERS modifiers + head ("a senior US defence official").

    ``at_start``: whether it opens a sentence (its first word is then lower-cased); None
    decides from where the description starts.
    """
    canonical, stype, kind = head
    modifiers: list[tuple[int, str]] = []
    for offset, word in reversed(_words_before(text, start, DESCRIPTOR_MAX_MODIFIERS)):
        if (word.lower() in _MODIFIER_STOP or word.endswith(("'s", "’s")) or word.lower() in (verbs or ())
                or (word[0].isdigit() and "-" not in word) or not _is_modifier_case(text, offset, word)):
            break
        modifiers.insert(0, (offset, word))
    first = modifiers[0][0] if modifiers else start
    det = _words_before(text, first, 1)
    mention_start = det[0][0] if det and det[0][1].lower() in _DETERMINERS else first
    surface = re.sub(r"\s+", " ", text[start:end])
    words = [w for _, w in modifiers] + [surface]
    if at_start is None:
        at_start = _at_sentence_start(text, mention_start)
    if at_start and not words[0].isupper() and not _PLACE_COMPOUND.fullmatch(words[0]):
        words[0] = words[0].lower()
    lower = surface.lower()
    plural = lower in _IRREGULAR_PLURALS or (lower.endswith("s") and not lower.endswith(("ss", "us", "is"))
                                             and lower != canonical)  # "boss", "witness", "analysis" are one
    return _Mention(mention_start, end, " ".join(words), stype, kind, 2, canonical, plural)


def _at_sentence_start(text: str, pos: int) -> bool:
    window = max(0, pos - 12)
    before = text[window:pos].rstrip(" \"'‘“")
    return before[-1:] in (".", "!", "?", "\n") if before else window == 0


def _descriptor_mentions(text: str, tokens: list[_Token], lex: _Lexicon) -> list[_Mention]:
    """Descriptions of unnamed speakers built on a head noun, and "N-year-old"."""
    found = []
    for start, end, key in lex.heads.find(text, tokens):
        if text[start:end].isupper() and end - start > 1 and not text.isupper():
            continue  # an acronym is no description ("MANS said" is a watchdog, not "mans")
        head = lex.heads.table[key]
        found.append(_descriptor_mention(text, start, end, head, None, lex.verbs.table))
    for m in _AGE.finditer(text):
        if _describes_next(text, m.end(), found, lex.verbs.table):
            continue  # "a 54-year-old maize and sunflower farmer": the farmer's age
        mention = _descriptor_mention(text, m.start(), m.end(), (m.group(), "unknown", "descriptor"),
                                      _at_sentence_start(text, m.start()))
        found.append(replace(mention, head="person"))
    return found


#: Lower-case modifiers between an age and the head of the description it belongs to ("maize and sunflower").
_MODIFIER_RUN = re.compile(r"(?:\s+[a-z][\w\-]*){0,4}\s+")


def _describes_next(text: str, end: int, descriptions: list[_Mention], verbs: dict) -> bool:
    """Whether an age ending at ``end`` opens a description further on that its own modifiers stopped short of:
    only lower-case modifiers joined by "and"/"or" between them, no speech verb and no other word of
    :data:`.speaker_lexicon._MODIFIER_STOP` ("a 54-year-old maize and sunflower farmer"; not "the 31-year-old
    told reporters")."""
    for d in descriptions:
        gap = _MODIFIER_RUN.fullmatch(text, end, d.start) if d.start > end else None
        words = gap.group().split() if gap else []
        if (words and {"and", "or"}.intersection(words)
                and all(w in ("and", "or") or (w not in _MODIFIER_STOP and w not in verbs) for w in words)):
            return True
    return False


_ADVERB_SLOT = re.compile(
    r"\s+(?:of\s+(?:them|those)\s+)?(?:(?:also|then|later|previously|once|again|simply|reportedly)\s+)?")


def _verb_follows(text: str, pos: int, lex: _Lexicon) -> bool:
    """Whether a speech verb comes next ("one said", "another also warned", "one of them said")."""
    slot = _ADVERB_SLOT.match(text, pos)
    word = _WORD.match(text, slot.end()) if slot else None
    return bool(word) and word.group().lower().replace("’", "'") in lex.verbs.table


#: Object pronouns a cue names its speaker by, as their subject forms ("According to him, '…'").
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
#: "according to" right before an object pronoun that ends its phrase (not "according to her lawyer").
_ACCORDING_TO = re.compile(r"(?i:according)\s+to\s+$")
_PHRASE_END = re.compile(r"\s*(?:[,.;:]|$)")


def _object_pronoun(text: str, start: int, end: int, low: str) -> str:
    """The subject form of an object pronoun a cue names its speaker by ("According to him, '…'"), or ""."""
    if low in _OBJECT_PRONOUNS and _ACCORDING_TO.search(text, max(0, start - 16), start) \
            and _PHRASE_END.match(text, end):
        return _OBJECT_PRONOUNS[low]
    return ""


def _pronoun_mentions(text: str, tokens: list[_Token], lex: _Lexicon) -> list[_Mention]:
    """he / she / they / it (also "him"/"her"/"them" after "according to"), and one / another / others
    right before a speech verb."""
    found = []
    for start, end, word, *_ in tokens:
        low = word.lower()
        low = _object_pronoun(text, start, end, low) or low
        if low in _PRONOUNS:
            found.append(_Mention(start, end, low, "unknown", "pronoun", 3, is_plural=low == "they"))
        elif low in _INDEFINITES and _verb_follows(text, end, lex):
            found.append(_Mention(start, end, low, "unknown", "indefinite", 3))
    return found


def _select(mentions: list[_Mention], text: str | None = None) -> list[_Mention]:
    """Keep the best of overlapping mentions: lower priority number, then longer. With the ``text``,
    a description whose modifiers hold a body's name keeps its words after it ("a NATO official":
    the body NATO and "official", which join again as "NATO official")."""
    taken: list[_Mention] = []
    mentions = _without_heads_of_longer_bodies(mentions)
    for m in sorted(mentions, key=lambda m: (m.priority, m.start - m.end, m.start)):
        clashes = [t for t in taken if not (m.end <= t.start or m.start >= t.end)]
        if clashes and text is not None:
            m = _after_bodies(m, clashes, text)
            clashes = [] if m is None else [t for t in taken if not (m.end <= t.start or m.start >= t.end)]
        if m is not None and not clashes:
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)


#: Head words of a longer body's name that no organisation word list holds ("UN Support Mission in Libya").
_LONGER_BODY_HEADS = _BODY_END_HEADS | {"Mission", "Programme", "Program"}


def _without_heads_of_longer_bodies(mentions: list[_Mention]) -> list[_Mention]:
    """The mentions less a body that only opens a longer body's name ending in an organisation word ("UN" in
    "UN Human Rights Committee", "UN Interim Force", "United Nations Assistance Mission for Iraq": its head word,
    before "of"/"for" and a mission's "in", is one): the longer name is the body meant, of the head's type
    (a UN committee is the UN's)."""
    heads = {id(m): _name_head(m.speaker.split(" in ")[0].split()) for m in mentions if m.kind == "body"}
    longer = [m for m in mentions if m.kind == "body"
              and (_org_type([heads[id(m)]]) or heads[id(m)] in _LONGER_BODY_HEADS)]
    pairs = [(m, b) for m in mentions if m.kind == "body" for b in longer
             if b is not m and m.start <= b.start < m.end < b.end]
    dropped, head_type = {id(m) for m, _ in pairs}, {id(b): m.speaker_type for m, b in pairs}
    return [replace(m, speaker_type=head_type[id(m)]) if id(m) in head_type else m
            for m in mentions if id(m) not in dropped]


def _after_bodies(m: _Mention, clashes: list[_Mention], text: str) -> _Mention | None:
    """The part of description ``m`` after the bodies named among its modifiers, or None."""
    if m.kind != "descriptor" or any(t.kind != "body" or t.start < m.start for t in clashes):
        return None
    start = max(t.end for t in clashes)
    start += len(text[start:m.end]) - len(text[start:m.end].lstrip())
    words = text[start:m.end].split()
    if not words or start >= m.end:
        return None
    return replace(m, start=start, speaker=" ".join(words))


#: One capitalised word that may be a name, also with a prefix or an apostrophe ("McCarthy",
#: "D'Souza", "O'Brien-Healy"; tokens carry straight apostrophes).
_SINGLE_CAPITALISED = re.compile(
    rf"(?:Ma?c|De|Le|La|Di|Du|Van|Von|{_UPPER}')?{_UPPER}{_LOWER}+(?:-(?:{_UPPER}['’])?{_UPPER}{_LOWER}+)?")


#: One word with two or more capitals ("OpenAI", "BMA", "BlackRock"): an acronym or a brand,
#: unless it is a surname with a prefix ("McCarthy", "MacArthur", "DeSantis", "LeBlanc").
_ACRONYM_OR_BRAND = re.compile(r"(?!(?:Ma?c|De|Le|La|Di|Du|Van|Von)[A-Z][a-z])[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*")


#: Words that introduce a name right after them ("named as", "wanted to be known as", "a man identified as"); not
#: "asked not to be named because his …".
_NAME_INTRODUCED = re.compile(r"\b(?<!not\sto\sbe\s)(?<!not\sbe\s)(?<!not\sbeing\s)(?:name|named|identified|known|called)"
                              r"(?:\s+\w+){0,2}?\s+(?:as\s+)?$")


_AGE_OR_RELATIVE = re.compile(r",\s*(?:\d{1,3},|(?:who|which)\s)")


_WHICH_CLAUSE = re.compile(r",\s*which\s")


#: "X said in a statement" / "X said in an email": statements and emails quoted for a one-word name
#: are issued by bodies ("Enbridge said in an email").
_STATEMENT_AFTER = re.compile(
    r"\s+\w+\s+in\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|news\s+release|filing|e-?mail)\b")


def _is_single_name(text: str, start: int, end: int, word: str, roles: tuple[set, set]) -> bool:
    """A one-word person: next to a role ("Natalia, a teacher"), introduced or with an age."""
    role = re.match(r",\s*", text[end:end + 3])
    comma = start - 1
    while comma > 0 and text[comma].isspace():
        comma -= 1
    return bool((role and end + role.end() in roles[0])  # "Natalia, a teacher"
                or (comma >= 0 and text[comma] == "," and comma in roles[1] and text[end:end + 1] == ",")  # "his mother, Tetiana,"
                or _NAME_INTRODUCED.search(text, max(0, start - 40), start)  # "gave her name as Svetlana"
                or (_AGE_OR_RELATIVE.match(text, end) and not _WHICH_CLAUSE.match(text, end)))  # "Olha, 34, told"


def _described_as(text: str, start: int, described: dict[int, int]) -> int | None:
    """Where the description of a company or organisation a word follows after one space starts
    ("copper company Codelco", "consumer group Codacons": the description is the name's), or None."""
    return described.get(start - 1) if text[start - 1:start] == " " else None


#: A further capitalised word: the name goes on ("company Tsau Khaeb Green Energy").
_NAME_GOES_ON = re.compile(rf"[^\S\n]+{_UPPER}")


#: A name opening a sentence and set off before a body's description: "DTEK, Ukraine's largest private energy
#: company,", "Bureau 1440, the private company developing the constellation,". Capitalised words, a number among
#: them, then the description's article or possessive and up to three modifiers the description did not take.
_NAME_BEFORE_DESCRIPTION = re.compile(
    r"(?P<name>[A-Z][\w&'’\-]*(?:[^\S\n]+(?:[A-Z][\w&'’\-]*|\d[\w\-]*)){0,3}),[^\S\n]+"
    r"(?:(?:the|a|an|[A-Z][\w\-]*['’]s|the[^\S\n]+[a-z]+['’]s)[^\S\n]+)?(?:[\w\-]+[^\S\n]+){0,3}$")
#: The end of the description: a comma before the sentence ends ("…, later said").
_DESCRIPTION_CLOSES = re.compile(r"[^.!?;,\n]{0,100},")


def _described_name_mentions(text: str, descriptions: list[_Mention], lex: _Lexicon) -> list[_Mention]:
    """Bodies named at a sentence's start and described in apposition by a body's description, typed by it
    ("DTEK, Ukraine's largest private energy company, said": an organisation), when no speech verb stands inside the
    description; not a connective or a date ("However, the company, …")."""
    found = []
    for d in descriptions:
        if d.kind != "body descriptor" or d.speaker_type == "unknown":
            continue
        match = _NAME_BEFORE_DESCRIPTION.search(text, max(0, d.start - 120), d.start)
        closes = _DESCRIPTION_CLOSES.match(text, d.end)
        if not match or not closes or not _at_sentence_start(text, match.start()):
            continue
        words = match.group("name").split()
        inside = text[d.end:closes.end()].lower().replace("’", "'").split()
        if words[0] in _NOT_NAME_WORDS or any(w.strip(",") in lex.verbs.table for w in inside):
            continue
        found.append(_Mention(match.start(), match.start() + len(match.group("name")), match.group("name"),
                              d.speaker_type, "body", 2))
    return found


def _single_name_mentions(text: str, tokens: list[_Token], lex: _Lexicon,
                          descriptors: list[_Mention]) -> list[_Mention]:
    """One-word names before a speech verb ("Klitschko said") or next to a role ("Natalia, a
    teacher"); an organisation when it is an acronym or brand ("OpenAI said"), has a ``which``
    clause ("Hamas, which governs …, said") or speaks in a statement ("Hamas said in a statement"),
    or when a body description comes right before it ("copper company Codelco": :func:`_described_as`).

    Other one-word speakers stay names of unknown type; a later "the company said" may still
    refer back to one (:func:`.quote_resolution._antecedent`).
    """
    roles = ({m.start for m in descriptors if m.kind == "descriptor"},
             {m.end for m in descriptors if m.kind == "descriptor"})
    aged = {m.end for m in descriptors if m.head == "person"}
    described = {m.end: m.start for m in descriptors
                 if m.kind == "body descriptor" and m.speaker_type == "organisation"}
    found = []
    for start, end, word, *_ in tokens:
        if not word[0].isupper() or (end in aged and word.endswith(_DEMONYM_ENDINGS)):
            continue  # capitals only; "the 24-year-old Belgian said" is a description
        single = _SINGLE_CAPITALISED.fullmatch(word)
        if ((not single and not _ACRONYM_OR_BRAND.fullmatch(word)) or word in _NOT_NAME_WORDS
                or (word in _POST_NOMINALS and _words_before(text, start, 1))  # "Ronan Gallacher KC said"
                or (word.lower() in lex.heads.table and not (word.isupper() and len(word) > 2))  # "MANS" is no "man"
                or word.lower() in lex.titles.table
                or word.lower() in _MODIFIER_STOP or word in _LEGAL_FORMS  # "… Maritime Ltd confirmed"
                or _previous_word(text, start) in _PREPOSITIONS  # "a resident of Mariupol said"
                or word in _PLACE_HEADS and re.search(rf"{_UPPER}[\w'’\-]*\s+$", text[max(0, start - 30):start])):
            continue  # "on St. Peters Road, farmer X": a place's last word
        opened = None if _NAME_GOES_ON.match(text, end) else _described_as(text, start, described)
        if opened is not None:  # "state-owned copper company Codelco", "brokerage firm Jefferies" (round 22)
            found.append(_Mention(opened, end, word, "organisation", "body", 1))
        elif single and (word in lex.surnames or _is_single_name(text, start, end, word, roles)
                         or _GLUED_INITIAL.search(text, max(0, start - 3), start)):  # "Herder G.Batbold"
            found.append(_Mention(start, end, *lex.surnames.get(word, (word, "unknown")), "name", 1))
        elif _WHICH_CLAUSE.match(text, end) or (_verb_follows(text, end, lex) and (
                not single or _STATEMENT_AFTER.match(text, end))):
            found.append(_Mention(start, end, word, "organisation", "body", 1))
        elif _verb_follows(text, end, lex):
            found.append(_Mention(start, end, word, "unknown", "name", 1))
    return [_with_initial(text, m) for m in found]


#: Initials glued to a one-word name by a full stop ("Ch.Nomin-Erdene", "D.Oyunchimeg": Mongolian
#: names give the father's name so), part of the name.
_GLUED_INITIAL = re.compile(rf"(?<![\w.]){_UPPER}{_LOWER}?\.$")
#: Initials before a one-word name, with a space ("P.R. Raghavan", "S. Kalaiselvi": a South Indian name writes its
#: initial so); not a place's ("U.S. Raghavan").
_JOINED_INITIALS = re.compile(rf"(?<![\w.])(?P<initials>(?:{_UPPER}\.){{1,3}}) $")
_PLACE_INITIALS = frozenset({"US", "UK", "UN", "EU", "DC", "UAE"})


def _with_initial(text: str, m: _Mention) -> _Mention:
    """A one-word name with the initial glued before it (:data:`_GLUED_INITIAL`) or its initials written
    together before it (:data:`_JOINED_INITIALS`) taken in."""
    if m.kind != "name":
        return m
    initial = _GLUED_INITIAL.search(text, max(0, m.start - 3), m.start) or _JOINED_INITIALS.search(
        text, max(0, m.start - 8), m.start)
    if initial is None or initial.groupdict().get("initials", "").replace(".", "") in _PLACE_INITIALS:
        return m
    return replace(m, start=initial.start(), speaker=text[initial.start():m.start] + m.speaker)


def _base_mentions(text: str, tokens: list[_Token], lex: _Lexicon) -> list[_Mention]:
    """Every candidate mention that does not depend on the rest of the article."""
    descriptors = _descriptor_mentions(text, tokens, lex)
    return (_alias_mentions(text, tokens, lex) + _title_mentions(text, tokens, lex)
            + _capitalised_mentions(text, lex) + descriptors
            + _single_name_mentions(text, tokens, lex, descriptors) + _pronoun_mentions(text, tokens, lex)
            + _bare_title_mentions(text, tokens, lex) + _abbreviated_role_mentions(text, tokens, lex)
            + _described_name_mentions(text, descriptors, lex))
