"""Names of sources: whether a capitalised name is an organisation, and which kind it is.

The shapes of a name (:data:`_NAME`), the words that make it an organisation
(:data:`_ORG_WORDS`, :data:`_MEDIA_WORDS`) or a person (:data:`_PERSON_TITLES`,
:data:`_NOT_ORG_FIRST`), :func:`_looks_like_org`; the kind a name gives itself
(:func:`_kind_from_name`, on top of :func:`.name_kinds._name_kind`) or that the article gives it
by a descriptor, an appositive or a legal form (:func:`_described_kind`); acronyms under the
full name the article gives them (:func:`_expand_acronym`, :func:`_expanded`).

Round 13 added: names never cross a line break, keep a broadcaster's number ("Radio 10") and a number
after a slash ("Página/12"); an ownership descriptor yields to a kind the name gives itself
(:data:`_OWNERSHIP_DESCRIPTORS`); shouted words are written as the article writes them elsewhere
(:func:`_unshouted`).

Round 14 added: a county named by one or two words is a government body as a source (:data:`_COUNTY`);
capitalised words before the part of a name its bracketed acronym spells are dropped (:func:`_initials_tail`).

Round 15 added: "and the" opens a second name ("the National Bureau of Statistics and the National Energy
Administration"); a plural possessive before a union, party or association word is inside the name ("Finnish
Railway Workers' Union": :data:`_MEMBERS_BODY`).

Round 16 added: a name whose own words give its kind looks like an organisation after a cue ("according to
Statistics Canada": :func:`_looks_like_org`).

Round 18 added: a name ending in "Daily" is a news outlet ("Business Daily": :data:`_KIND_LAST_WORDS`).

Round 19 added: "Members of the" opens no name ("Members of the Royal College of Nursing (RCN)": :func:`_tidy_name`).

Round 20 added: an office named by its holder's title keeps the possessive inside its name ("Public Defender's
Office", "Jackson County Sheriff's Office": :data:`_HOLDER_OFFICE`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .name_kinds import _HOLDER_OFFICE, _MEDIA_WORDS, _MEMBERS_BODY_WORDS, _name_head, _name_kind
from .speaker_lexicon import _NAME_SPACE, _UPPER
from .speaker_mentions import _ACRONYM_OR_BRAND, _ACRONYM_SKIPPED, _acronym_fits, _unaccented

#: Newspaper and broadcaster words of other languages ("Sankei Shimbun", "JoongAng Ilbo", "Diario Libre").
_FOREIGN_MEDIA_WORDS = frozenset(
    "Shimbun Ilbo Sinmun Zeitung Tageblatt Nachrichten Diario Diário Jornal Gazeta Gazzetta Corriere Giornale "
    "Folha Krant Dagblad Avisen Noticias Notícias Presse Televisión Televisão Nieuws Nyheter Novosti Haber Berita "
    "Notizie".split()
)
#: A broadcaster's call sign carrying "TV" or "FM" ("NTV", "bTV", "TV2", "KFM").
_BROADCAST_SIGN = re.compile(r"[A-Za-z]{0,4}TV\d*|TV\d+|[A-Z]{0,4}FM")
_DESCRIPTOR_KINDS = {
    "news agency": "news agency", "press agency": "news agency", "wire agency": "news agency",
    "photo agency": "news agency", "wire service": "news agency", "agency": "government body",
    "regulator": "government body", "corporation": "company", "conglomerate": "company",
    "group": "unknown", "union": "unknown", "charity": "unknown",
    "newspaper": "news outlet", "tabloid": "news outlet", "broadcaster": "news outlet",
    "outlet": "news outlet", "news site": "news outlet", "website": "news outlet", "channel": "news outlet",
    "newsletter": "news outlet",  # round 138: "the business newsletter Enterprise"
    # round 187: "first reported by industry publication GGRAsia"
    **dict.fromkeys(["publication", "trade publication", "industry publication", "trade journal", "news portal"],
                    "news outlet"),
    "magazine": "news outlet", "daily": "news outlet", "firm": "company", "company": "company",
    "startup": "company", "ministry": "government body",
    "television": "news outlet", "state television": "news outlet", "radio": "news outlet",
    "ratings agency": "company", "rating agency": "company", "state-run": "government body",
    "alliance": "unknown", "nonprofit": "unknown", "non-profit": "unknown",
    "intergovernmental body": "international organisation",
    "intergovernmental organisation": "international organisation",
    "intergovernmental organization": "international organisation",
    # round 35: trades that only companies follow ("retailer Aeon Co.", "drugmaker Novo Nordisk")
    **dict.fromkeys("retailer airline carrier lender insurer utility manufacturer carmaker automaker "
                    "chipmaker drugmaker steelmaker maker producer refiner miner supplier distributor brokerage "
                    "consultancy exporter subsidiary".split(), "company"),
    "central bank": "government body",
    **dict.fromkeys(["statistics office", "statistics bureau", "statistics agency", "statistical office",
                     "statistics institute"], "government body"),
    **dict.fromkeys(["trade body", "industry body", "trade association", "association", "federation", "ngo"],
                    "unknown"),
    # round 64: stations, clubs and watchdogs
    **dict.fromkeys(["television station", "tv station", "radio station", "news website"], "news outlet"),
    **dict.fromkeys(["club", "watchdog", "campaign group", "pressure group", "advocacy group"], "unknown"),
    # round 80: bodies and groups no person is ("Peak body RecFish SA", "the sport's governing body")
    **dict.fromkeys(["governing body", "peak body", "lobby group"], "unknown"),
    "giant": "company",  # round 88: "State oil giant Saudi Aramco"
    **dict.fromkeys(["think tank", "thinktank", "think-tank"], "unknown"),  # round 100: no company
    # round 128: who runs a service, often the state ("airport operator Fraport", "rail operator SNCB"; an operator
    # alone may be a person: "crane operator X"), or an event ("event organiser AKK Sports")
    **dict.fromkeys([f"{service} operator" for service in (
        "airport", "port", "terminal", "water", "grid", "network", "pipeline", "rail", "train", "bus", "ferry",
        "transport", "transit", "tour", "mobile", "telecoms", "telecom", "power", "hospital", "casino")], "unknown"),
    **dict.fromkeys(["event organiser", "event organizer", "event organisers", "event organizers"], "unknown"),
}
#: Descriptors that say only who owns a body: a kind the name gives itself comes first ("the state-run
#: Iraqi News Agency" is a news agency).
_OWNERSHIP_DESCRIPTORS = frozenset({"state-run"})
_DESCRIPTOR = "|".join(sorted((re.escape(d) for d in _DESCRIPTOR_KINDS), key=len, reverse=True))
#: An appositive after a name that describes it ("Metrolinx, the provincial transit agency,",
#: "Kestrel Labs, the San Francisco software firm …"); a possessive describes someone else ("Greg
#: Ahearn-Pratt, the group's president,"), nor does a role "at"/"of" another body ("X, an analyst at Toronto investment
#: firm Y,": X works for the firm); a place's possessive may stand for the article ("DTEK, Ukraine's largest private
#: energy company,").
_APPOSITIVE_DESCRIPTOR = (rf",\s+(?:the|an?|[A-Z][\w\-]*['’]s)\s+(?:(?!(?:at|of|for|with|from|in)\s)[\w\-'’]+\s+){{0,4}}?"
                          rf"(?P<desc2>(?i:{_DESCRIPTOR}))\b(?!['’]s\b)")
#: Weekdays never continue a name ("the Supreme Court on Monday said").
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
#: A capitalised name: words joined by spaces (never a line break: :data:`.speakers._NAME_SPACE`) or by
#: "of", "for", "and", "&", "on", "de", "du" (with "the" after all but "and" and "&": "Department of the
#: Treasury", while "the National Bureau of Statistics and the National Energy Administration" are two names),
#: never by a bare "the" ("told The Irish Times the Government's …"), and by a comma only in a list up to "and"
#: (:data:`_LIST_COMMA`); a possessive inside it only after the plurals whose possessive names a body
#: ("Lakeshore Children's Hospital", "People's Party", "Railway Workers' Union": :data:`_MEMBERS_BODY`;
#: "McGill University's Media Ecosystem Observatory" is the Observatory, its owner aside).
_NAME_WORD = (rf"(?:{_UPPER}[\w&.\-]*[\w&](?:/\d{{1,3}}(?![\w/]))?"  # a number after a slash is the name's ("Página/12")
              rf"|(?:II|III|IV|V|VI|VII|VIII|IX)(?={_NAME_SPACE}{_UPPER}))"  # a regnal number inside ("Mohammed V Foundation")
              r"(?:(?:(?<=\bInc)|(?<=\bCo)|(?<=\bCorp)|(?<=\bLtd)|(?<=\bSt)|(?<=\.[A-Z]))\.)?")  # "Inc.", "U.S.", "St." keep their stop
#: A number that ends a broadcaster's name after its media word or call sign ("Radio 10", "Channel 4", "News 5";
#: "Channel 12 News", "KRIS 6 News").
_STATION_NUMBER = (rf"(?:(?:(?<=Radio)|(?<=Channel)|(?<=TV)|(?<=News)|(?<=\b[KW][A-Z]{{3}})){_NAME_SPACE}\d{{1,3}}(?![\w.,/]\w)"
                   rf"(?:{_NAME_SPACE}News\b)?)?")
#: A comma inside a name that lists its parts up to an "and", taken in with the list's last part and "and"
#: ("Department for Environment, Food and Rural Affairs", "Rail, Tram and Bus Union", "Department of
#: Agriculture, Water and the Environment", "Department of Higher Education, Research, Science and Technology").
_LIST_COMMA = (rf"(?:,{_NAME_SPACE}{_NAME_WORD}(?:{_NAME_SPACE}{_NAME_WORD}){{0,2}}(?=,)){{0,3}}"  # "Research, Science"
               rf",{_NAME_SPACE}(?:{_NAME_WORD}{_NAME_SPACE}){{1,3}}(?:and|&){_NAME_SPACE}(?:the{_NAME_SPACE})?(?={_UPPER})")
#: The body a plural possessive inside a name belongs to ("Finnish Railway Workers' Union", "Farmers’ Party"), also
#: after one or two more words ("Karnataka Private Schools' Parents Association").
_MEMBERS_BODY = rf"(?:{_NAME_SPACE}{_UPPER}[\w\-]*){{0,2}}?{_NAME_SPACE}(?:{_MEMBERS_BODY_WORDS})\b"
#: The city after a diplomatic mission's name, which is part of it ("Russian Embassy in Athens", "Indian High
#: Commission in Colombo", "Consulate General in Karachi").
_MISSION_CITY = (r"(?:(?:(?<=Embassy)|(?<=High\sCommission)|(?<=Consulate)|(?<=Consulate\sGeneral))"
                 rf"{_NAME_SPACE}in{_NAME_SPACE}{_NAME_WORD}(?:{_NAME_SPACE}{_NAME_WORD})?)?")
_NAME = (rf"{_NAME_WORD}(?:'s|(?<=s)['’](?={_MEMBERS_BODY}))?"  # "Teachers’ Union of Ireland"
         rf"(?:(?:{_LIST_COMMA}|{_NAME_SPACE}(?:(?:of|for|on|de|du|des|del|della|di|da|do|dos|das|y|e|cha|ya|wa|za)"
         rf"{_NAME_SPACE}(?:the{_NAME_SPACE})?"
         rf"|(?:and|&){_NAME_SPACE})?)"
         rf"(?!{_WEEKDAY}){_NAME_WORD}"
         rf"(?:(?:(?<=Children)|(?<=Women)|(?<=People)|(?<=Men))'s(?=\s+{_UPPER})|(?<=s)['’](?={_MEMBERS_BODY})"
         rf"|{_HOLDER_OFFICE})?)*"
         rf"(?:,{_NAME_SPACE}(?:Inc|Ltd|LLC|Co|Corp|Pty|Bhd)\b\.?)?"  # a legal form after a comma ("Veridian Systems, Inc.")
         # "in" inside a name its own acronym follows ("Board of Control for Cricket in India (BCCI)")
         rf"(?:{_NAME_SPACE}in{_NAME_SPACE}{_NAME_WORD}(?:{_NAME_SPACE}{_NAME_WORD}){{0,3}}(?=\s*\([A-Z][A-Za-z]{{2,7}}\)))?"
         rf"{_STATION_NUMBER}{_MISSION_CITY}")
#: Words that mark a capitalised name as an organisation rather than a person.
_ORG_WORDS = frozenset(
    "News Agency Times Post Journal Herald Gazette Tribune Telegraph Daily Press TV Radio Network Channel "
    "Media Ministry Office Service Services Department Council Committee Commission Institute Centre Center "
    "Forces Army Navy Police Guard Group Company Corporation Inc Ltd Foundation University Observatory "
    "Bureau Agency Watch Monitor Review Online Report Independent Broadcasting Government Parliament "
    "Intelligence Command Staff Authority Administration Organisation Organization Association Union "
    "Technologies Technology Labs Systems Analytics Research Trust Fund Bank Partners Holdings Consulting "
    "Project Initiative Network Networks Institution Programme Program Unit Coalition Brigade Court Limited "
    "Forum Federation Confederation Alliance Campaign Constabulary Treasury Hospital Clinic Airports "
    # round 32: chambers, movements, parties, societies and sports bodies ("Rugby Australia", "World Rugby")
    "Chamber Movement Party Society League Rugby Football Cricket Athletics Hockey Basketball Netball "
    # round 33: transport, schools, laboratories, state offices, trades and the arts
    "Airport Airline Airlines Airways Railway Railways Rail Transit Transport Survey Directorate Secretariat "
    "Inspectorate Tribunal Embassy Consulate Laboratory Laboratories College Academy School Museum Festival "
    "Club Cooperative Collective Syndicate Guild Energy Therapeutics Pharmaceuticals Motors Industries "
    "Enterprises Economics Exchange Board Front Assembly Management Rescue "
    # round 80: systems ("Jackson Health System"); round 101: football clubs ("Seattle Sounders FC")
    "System FC AFC "
    # round 130: brotherhoods ("Brotherhood of Locomotive Engineers and Trainmen")
    "Brotherhood Fraternity".split()
)
#: One word with a capital inside ("ShadowBreak", "BuzzFeed") is a brand, not a surname.
_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
#: A medium's one-word brand joining two words ("KentOnline", "BristolLive", "JoyNews"; not "McGlashan").
_MEDIA_BRAND = re.compile(r"(?!Mc|Mac)[A-Z][a-z]{2,}[A-Z][A-Za-z]+")
#: A web address as a name ("PowerOutage.us", "Express.co.uk", "News.am").
_WEB_NAME = re.compile(r"\w\.(?:co|com|org|net|io|info|news|[a-z]{2})\b")
#: Titles that make a capitalised name a person ("the Ukrainian President", "Committee Chairperson Advocate X").
_PERSON_TITLES = frozenset(
    "President Minister Governor Mayor Spokesman Spokeswoman Spokesperson Secretary Ambassador Adviser "
    "Advisor Commander General Chancellor Premier Senator Colonel Chairperson Chairman Chairwoman Advocate "
    "Commissioner Director Director-General Secretary-General MEP MP MSP MLA TD".split()
)
#: First words that show the name is a person, a pronoun or a date, not an organisation.
_NOT_ORG_FIRST = frozenset(
    "He She It I We They This That These Those His Her Their Its Our Mr Mrs Ms Dr Sir President Prime "
    "General Governor Minister Mayor Colonel Major Captain Lieutenant Senator King Queen Prince Pope "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Reports Sources Officials Some Many Most Judge Justice "
    "Everyone Everybody Nobody Someone Somebody Capt Sgt Insp Supt Det Lt Col Gen Cpl Cdr Cmdr Brig Adm Shares Stocks "
    "Stock".split()
)


def _opens_as_person(words: list[str]) -> bool:
    """Whether a name's first word shows a person, pronoun or date (:data:`_NOT_ORG_FIRST`); "General" in a name
    with an organisation word opens a body ("General Administration of Customs", "General Statistics Office"), not
    "General Staff" alone; a title holder's office is a body ("Prime Minister's Office": :data:`_HOLDER_OFFICE`)."""
    if re.search(_HOLDER_OFFICE + r"\s+(?:Office|Department)$", " ".join(words)):
        return False
    return words[0] in _NOT_ORG_FIRST and not (words[0] == "General" and any(w in _ORG_WORDS for w in words[1:])
                                               and words[1:] != ["Staff"])  # "the General Staff": whose is not said


#: A masthead of two or three words opening in capitals ("EL PAÍS", "JAPAN Forward"): told something, a medium.
_SHOUTED_MASTHEAD = re.compile(rf"{_UPPER}{{2,}}(?:\s+{_UPPER}\w*){{1,2}}$")


def _looks_like_org(name: str, *, has_the: bool, has_descriptor: bool, media_only: bool = False) -> bool:
    words = name.split()
    if _opens_as_person(words) or name.endswith(("'s", "’s")):
        return False
    if any(w in _PERSON_TITLES for w in words) and not any(w in _ORG_WORDS for w in words):
        return False
    if _titled_person(words):
        return False
    if media_only:  # "told the Security Council" is an audience, "told the Kyiv Independent" or "told BIRN" a source
        return (has_descriptor or any(_is_media_word(w) for w in words) or _kind_from_name(name) == "news outlet"
                or (not has_the and (_is_acronym(name) or bool(_MEDIA_BRAND.fullmatch(name) or _WEB_NAME.search(name))
                                     or _SHOUTED_MASTHEAD.match(name) is not None and words[0] not in _PLACE_ACRONYMS)))
    if (has_the or has_descriptor or any(w in _ORG_WORDS or _is_media_word(w) for w in words)
            or _kind_from_name(name) != "unknown"):
        return True  # "according to Statistics Canada": a state body by its own name
    return ((name.isupper() and len(name) >= 2) or bool(_WEB_NAME.search(name)) or _is_brand(name)
            or len(words) > 1 and any(_is_acronym(w) for w in words)  # "Thai PBS", "GMB Scotland"; not "DFR Lt"
            and words[-1].rstrip(".") not in _RANK_WORDS and not any(w.endswith(("'s", "’s")) for w in words))


#: Ranks and titles written short after a body's acronym ("DFR Lt. X"), which end no name.
_RANK_WORDS = frozenset("Lt Sgt Capt Col Gen Cpl Insp Supt Det Const Cmdr Maj Brig Adm Dr Mr Mrs Ms Prof".split())


def _is_acronym(name: str) -> bool:
    """One word of three to six capitals ("BIRN", "WFAA")."""
    return name.isalpha() and name.isupper() and 3 <= len(name) <= 6


def _is_brand(name: str) -> bool:
    """One word written as a brand or acronym, also in a part of a hyphenated word ("ShadowBreak",
    "IBRiS", "OVD-Info"); never a surname with a prefix ("McCarthy", "O'Brien-Healy")."""
    parts = [re.sub(r"^[A-Z]'", "", p) for p in name.split("-")] if " " not in name else []
    return any(_BRAND.fullmatch(p) or _ACRONYM_OR_BRAND.fullmatch(p) for p in parts)


def _is_media_word(word: str) -> bool:
    """Whether a word names a medium, in any case or as part of a hyphenated word ("POST", "Radio-Canada",
    "NTV", "Shimbun")."""
    return any(part in _MEDIA_WORDS or part.capitalize() in _MEDIA_WORDS or part in _FOREIGN_MEDIA_WORDS
               or _BROADCAST_SIGN.fullmatch(part) for part in word.split("-"))


def _is_media_head(name: str) -> bool:
    """Whether a name told something is a medium: its last word is no other organisation's
    ("told the Echo", "the Daily Beast"; not "told the Science Media Centre")."""
    last = name.split()[-1]
    return _is_media_word(last) or last not in _ORG_WORDS


def _titled_person(words: list[str]) -> bool:
    """A title followed by a name without organisation words is a person ("Council President Shannon Hardin"),
    also after the title's portfolio ("Minister of Energy Rauf Alakbarli", "Commissioner for Energy Kristiina
    Vahtera": two capitalised words end it that no organisation word or portfolio precedes); a title after "of"
    or "for" is part of a body's name ("Royal College of General Practitioners")."""
    for i, word in enumerate(words[:-1]):
        if word in _PERSON_TITLES and (i == 0 or words[i - 1] not in ("of", "for")):
            rest = words[i + 1:]
            if not any(w in _ORG_WORDS for w in rest) and all(w[:1].isupper() for w in rest):
                return True
            return rest[0] in ("of", "for") and len(rest) >= 4 and _is_personal_name(rest[-2:])
    return False


def _is_personal_name(words: list[str]) -> bool:
    """Whether capitalised words can be a person's name: no organisation word, title or connecting word."""
    return all(w[:1].isupper() and w not in _ORG_WORDS and w not in _PERSON_TITLES
               and w not in _NOT_ORG_FIRST for w in words)


#: A possessive owner opening a name ("Iran's Ministry of …", "the ELN’s Northeastern War Front").
_OWNER = re.compile(r"(?P<owner>[A-Z][\w.\-]*)['’]s\s+(?=[A-Z])")
#: Owners that are part of the name: who a body serves ("People’s Union for Civil Liberties") or an
#: office's holder ("Ombudsman’s Office", "President's Media Division").
_OWNERS_INSIDE_NAMES = frozenset(
    "People Children Women Men Workers Farmers Sheriff Defender Prosecutor Coroner Marshal Treasurer Comptroller "
    "Controller Assessor Clerk Mayor Governor Ombudsman Examiner Commissioner Attorney President".split())


#: An officer's title opening a body's name ("General Secretary of the Ghana Association of …"): the body is cited.
_OFFICER_OF = re.compile(
    r"^(?:(?:[A-Z][\w\-]*\s+){1,3}?(?:District|Provincial|County|Municipal|Divisional|Zonal)\s+)?"  # "Fanteakwa South District"
    r"(?:(?:Acting|Deputy|Vice|Executive|General|Chief|National|Regional|Managing|Permanent|Public\s+Relations"
    r"|Country)\s+)*(?:Secretary(?:-General)?|President|Chair(?:man|woman|person)?|Director(?:-General)?|Head|Leader"
    r"|Coordinator|Executive(?:\s+Officer)?|Officer|Manager|Commissioner)(?:\s+General)?"
    r"\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])")
#: A person named after a title, ending a name the rules took for a body ("Police Chief Darnell Whitfield-Ames",
#: "Parliament Speaker X", "Professor Ogata Yuriko of Nihon University"): the words before the title, if any,
#: are the body; a person's affiliation after "of" is no source.
_PERSON_TITLE_WORDS = frozenset(
    "Chief Inspector Speaker Professor Prof Manager Executive Member Officer Secretary Director Commissioner "
    "Superintendent Sergeant Constable Spokesman Spokeswoman Spokesperson Volcanologist Economist Analyst "
    "Councillor Cllr CEO".split())
_TITLED_PERSON = re.compile(
    r"(?:^|\s)(?:(?:Country|Deputy|Acting|Senior|Regional)\s+)?(?:" + "|".join(sorted(_PERSON_TITLE_WORDS)) + r")"
    r"(?:\s+(?:Executive|Officer))?(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?"
    r"\s+(?P<person>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})(?:\s+of\s+.*)?$")


#: Words and endings of the names of offices and bodies, never of a person's ("National Superintendence of …").
_NOT_PERSON_WORDS = frozenset("National Federal Central State General Royal Supreme High Superior Higher".split())
_NOUN_ENDINGS = ("ence", "ance", "ion", "ship", "ment", "ate", "ty", "ary", "ory", "ism")
#: A person's two or three names "of" a body ("Dana Feldman-Osei of Kessler Hart LLP", "Gregor Žagar of …").
_PERSON_OF_BODY = re.compile(
    rf"^(?P<person>(?:{_UPPER}[\w'’\-]+\s+){{1,2}}{_UPPER}[\w'’\-]+)\s+of\s+(?:the\s+)?(?P<body>\S.*)$")


def _without_person_of(name: str) -> str:
    """The body a person's name is "of" when the body's own words give its kind or name an organisation ("Dana
    Feldman-Osei of Kessler Hart LLP" → "Kessler Hart LLP", "Gregor Žagar of the Mountain Rescue Association of
    Slovenia"; not "Bank of England", "Reserve Bank of India"), else ``name``."""
    match = _PERSON_OF_BODY.match(name)
    if not match or any(w in _ORG_WORDS or w in _PERSON_TITLE_WORDS or _kind_from_name(w) != "unknown"
                        or w in _NOT_PERSON_WORDS or w.endswith(_NOUN_ENDINGS) for w in match.group("person").split()):
        return name
    body = match.group("body")
    typed = _kind_from_name(body) in ("company", "government body") or (
        len(body.split()) > 1 and _ORG_WORDS.intersection(body.split()))  # not "Joint Chiefs of Staff"
    return body if typed else name


#: An officer's title ending a name ("Police Public Relations Officer", "Kestrel Water Spokesperson").
_TITLE_ENDING = re.compile(r"\s+(?:(?:Public\s+Relations|Press|Information|Communications?|Media(?:\s+Relations)?|Liaison)"
                           r"\s+Officer|(?:Media\s+|Press\s+)?Spokes(?:man|woman|person))$")


def _without_titled_person(name: str) -> str:
    """``name`` less an officer's title opening it (:data:`_OFFICER_OF`: the body after it), a person "of" a body
    whose own words type it (:func:`_without_person_of`) or a titled person ending it (:data:`_TITLED_PERSON`: the
    body before the title when it is one, else "")."""
    body = _without_honorific(_without_person_of(_OFFICER_OF.sub("", name)))
    if body != name:
        return body
    title = _TITLE_ENDING.search(name)
    if title:  # "Police Public Relations Officer": a title, whose body is named only when it has a name of its own
        body = name[:title.start()]
        return body if len(body.split()) > 1 and (_ORG_WORDS.intersection(body.split())
                                                  or _kind_from_name(body) != "unknown") else ""
    match = _TITLED_PERSON.search(name)
    person = match.group("person").split() if match else []
    if not person or any(w in _ORG_WORDS or w in _PERSON_TITLE_WORDS or _kind_from_name(w) != "unknown"
                         for w in person):
        return name
    body = name[:match.start()].strip()
    words = body.split()
    return body if len(words) > 1 and (any(w in _ORG_WORDS for w in words) or _kind_from_name(body) != "unknown") else ""


#: Honorifics that open a person's name inside a run of capitalised words ("… Domestic Trade Mr Khamphone Sisavath").
_HONORIFICS = frozenset("Mr Mrs Ms Dr Prof Eng Hon Mr. Mrs. Ms. Dr. Prof. Eng.".split())


def _without_honorific(name: str) -> str:
    """A name less an honorific inside it and the person's name after it ("Department of Domestic Trade Mr
    Khamphone Sisavath")."""
    words = name.split()
    honorific = next((i for i, w in enumerate(words) if w in _HONORIFICS and i > 0), None)
    return " ".join(words[:honorific]) if honorific else name


def _without_person_after(body: str) -> str:
    """A body's name after an officer's title less the person named right after it ("Acting Director of the Kuwait
    Meteorological Department Dhari Al-Shammari"): two or three personal name's words after its last organisation
    word, or an honorific and the words after it."""
    body = _without_honorific(body)
    words = body.split()
    head = max((i for i, w in enumerate(words) if w in _ORG_WORDS), default=None)
    rest = words[head + 1:] if head is not None else []
    return " ".join(words[:head + 1]) if 2 <= len(rest) <= 3 and _is_personal_name(rest) else body


def _without_preposition(name: str) -> str:
    """A name less a preposition that opens its sentence ("Under Department of Health and Social Care guidance")."""
    return re.sub(r"^(?:Under|Despite|Following|Amid|During|Since|Unlike|Per)\s+(?:the\s+)?(?=[A-Z][\w\-]*\s+\w)", "",
                  name)


def _tidy_name(name: str) -> str:
    """An unknown name without a leading "The" or "NGO", the start of a title ending it ("Ceylon Teachers’ Service
    Union General" before "Secretary"), a preposition opening its sentence (:func:`_without_preposition`),
    "Members of (the)" ("Members of the Royal College of
    Nursing (RCN)"), a compound that describes it ("Congress-led United Democratic Front"), possessive owner
    ("Iran's Ministry of …"; :data:`_OWNERS_INSIDE_NAMES` kept) or "US" before a "National"/"Federal" body ("US
    National Oceanic and Atmospheric Administration")."""
    name = re.sub(r"^Members\s+of\s+(?:the\s+)?(?=[A-Z])", "", name)
    if not re.search(r"\b(?:Housing|Service|Scottish|Welsh|Health|Policing)\s+Executive$", name):  # a body's own word
        name = re.sub(r"(?:\s+(?:Executive|Deputy|Acting|Chief|Senior|Managing|Vice|Interim|Assistant|Associate))+$", "",
                      name)
    name = re.sub(r"^(?:The|NGO)\s+", "", name)  # "the NGO Prisoners’ Rights Network Malta"
    name = re.sub(r"(?:(?<=Union)|(?<=Association)|(?<=Federation)|(?<=Congress)|(?<=Party))\s+General$", "", name)
    name = _without_preposition(name)
    name = re.sub(r"^[A-Z][\w.]*-(?:led|backed|based|owned|run|funded|listed)\s+(?=[A-Z])", "", name)
    body = _OFFICER_OF.sub("", name)
    if body != name and (any(w in _ORG_WORDS for w in body.split()) or _kind_from_name(body) != "unknown"):
        name = _without_person_after(body)  # not "Director of Cricket Neil …": a portfolio, then a person
    owner = _OWNER.match(name)
    if owner and len(name[owner.end():].split()) > 1 and owner.group("owner") not in _OWNERS_INSIDE_NAMES:
        name = name[owner.end():]
    return re.sub(r"^(?:US|U\.S\.|UK)\s+(?=(?:National|Federal)\s)", "", name)


def _unshouted(name: str, context: str) -> str:
    """A name with its words in capitals as the article writes them elsewhere in title case ("SUVA City
    Council" opening a paragraph, "Suva" later: "Suva City Council"); acronyms stay as written."""
    words = name.split(" ")
    if len(words) < 2:
        return name
    return " ".join(w.title() if len(w) > 2 and w.isalpha() and w.isupper() and re.search(
        rf"(?<![\w\-]){w.title()}(?![\w\-])", context) else w for w in words)


#: The last word of an unknown name that gives its kind ("Punchbowl News", "Business Daily", "Toyota Motor Corporation").
_KIND_LAST_WORDS = {
    **{w: "news outlet" for w in "News Times Post Journal Herald Gazette Tribune Telegraph TV Radio Inquirer "
       "Enquirer Chronicle Courier Examiner Dispatch Sentinel Courant Advertiser Daily Independent Television "
       # round 108: more newspapers' last words ("Gold Coast Bulletin", "Vancouver Sun")
       "Magazine Bulletin Echo Argus Mirror Observer Standard Globe Sun Star Weekly Mail".split()},
    **{w: "company" for w in "Corporation Corp Inc Ltd plc PLC LLC Company Limited "
       # round 33: trades that only companies name themselves by ("Duke Energy", "Velandra Therapeutics")
       "Energy Therapeutics Pharmaceuticals Motors Industries Airways Airlines Exchange Economics Holdings Electric Power "
       "Partners "
       # round 174: utilities ("Coastal Pines Utilities")
       "Utilities Utility".split()},
}


#: Source kind of each kind of name :func:`.name_kinds._name_kind` gives.
_NAME_KINDS = {"state": "government body", "company": "company", "news agency": "news agency"}


#: A county named by one or two words, cited as its government ("King County officials said", "(Image credit:
#: King County)"); a source's kind only, since a role "for Lubbock County" is held at a place (:mod:`.roles`).
_COUNTY = re.compile(r"(?:\S+\s+){1,2}County")


#: Openings and heads of intergovernmental bodies' names ("International Olive Council", "UN Human Rights Committee",
#: "African Union Support and Stabilization Mission in Somalia"); a federation, society, institute or fund so named is
#: as often a sports body or a charity ("International Weightlifting Federation", "World Wide Fund for Nature").
_INTERNATIONAL_OPENING = re.compile(r"(?:International|World|UN|U\.N\.|United\s+Nations|Pan\s+American|African\s+Union"
                                    r"|European\s+Union)\s")
_INTERGOVERNMENTAL_HEADS = frozenset("Organization Organisation Council Committee Agency Centre Center Mission "
                                     "Community Programme Program Bank Court Commission Office Authority Union".split())
#: Words of a central, national or development bank's name, which is no company ("Reserve Bank", "Norges Bank").
_PUBLIC_BANK_WORDS = frozenset("Central Reserve National World Development Investment Federal People's Norges "
                               "Settlements Export-Import".split())


def _kind_from_name(name: str) -> str:
    """Kind an unknown name gives itself: a state body's name (a Ministry, a "… Department", a
    "National … Service", "… Police", "… Authority", "… Commission" …: see
    :func:`.name_kinds._name_kind`) or a county's is a government body, an intergovernmental body's
    (:data:`_INTERNATIONAL_OPENING`) an international organisation, "… News", "Radio …", "… Broadcasting
    Corporation" or a hyphenated masthead an outlet, "… Corporation" a company."""
    words = name.split()
    if _is_hyphened_masthead(name) or _numbered_station(words) or name in _AMBIGUOUS_BROADCASTERS:
        return "news outlet"
    if _UNITED_NATIONS_BODY.fullmatch(name):
        return "international organisation"  # "United Nations Mission in South Sudan", "UN Women"
    if "Public Works" in name:
        return "government body"  # "Davenport Public Works", "Department of Public Works and Highways"
    if "Broadcasting" in words[:-1] and words[-1] in _BROADCASTER_HEADS:
        return "news outlet"  # "Tanzania Broadcasting Corporation", not "… Broadcasting Authority"
    kind = _name_kind(words)
    if kind:
        return _NAME_KINDS[kind]
    if _COUNTY.fullmatch(name):
        return "government body"
    if _INTERNATIONAL_OPENING.match(name) and _name_head(words) in _INTERGOVERNMENTAL_HEADS:
        return "international organisation"  # "World Organisation for Animal Health"
    if len(words) > 1 and (words[0] in ("Daily", "TV", "Radio", "Newsroom") or _FOREIGN_MEDIA_WORDS.intersection(
            (words[0], words[-1])) or {"Radio", "Television"}.intersection(words) and words[-1] in _BROADCASTER_HEADS):
        return "news outlet"  # "Daily Monitor", "Radio Tonga", "TV Pirveli", "Newsroom Guyana", "Diario Libre",
        # "Gambia Radio and Television Services"
    if len(words) > 1 and words[-1] == "Bank" and not _PUBLIC_BANK_WORDS.intersection(words):
        return "company"  # "Colne Valley Bank", not "Croatian National Bank" or "Norges Bank"
    return _KIND_LAST_WORDS.get(words[-1].rstrip(".,")) or _KIND_LAST_WORDS.get(_name_head(words), "unknown")


#: Broadcasters the registry leaves out, their names naming more than one ("ABC": the American or the Australian
#: one): a news outlet all the same.
_AMBIGUOUS_BROADCASTERS = frozenset({"ABC"})
#: A body of the United Nations by its name: its head word after up to four capitalised words, perhaps with the
#: place it serves ("United Nations Children's Fund", "UN Support Mission in Libya", "the United Nations in Rwanda").
_UNITED_NATIONS_BODY = re.compile(
    r"(?:United\s+Nations|UN|U\.N\.)(?:\s+(?:[A-Z][\w’'\-]*\s+){0,4}(?:Fund|Mission|Programme|Program|Office|Agency"
    r"|Organization|Organisation|Commission|Council|Committee|Women|Habitat|Secretariat|Team|Force|Operation|Envoy"
    r"|Panel|Institute|University))?(?:\s+(?:in|to|for|on)\s+[A-Z].*)?")


def _numbered_station(words: list[str]) -> bool:
    """A broadcaster's call sign with "News" and its channel number ("KSLA News 12", "WXYZ 7 News")."""
    return len(words) > 2 and bool(_CALL_SIGN.fullmatch(words[0])) and "News" in words and any(
        w.isdigit() for w in words)


def _is_hyphened_masthead(name: str) -> bool:
    """Two newspaper words joined by a hyphen ("Post-Courier", "Herald-Leader", "Times-Picayune"), never a
    double-barrelled surname ("Smith-Jones")."""
    parts = name.split("-")
    return len(parts) == 2 and all(part in _MEDIA_WORDS for part in parts)


#: A North American broadcaster's call sign: four capitals opening with K or W, a band or "TV" after a hyphen
#: (a medium only when it reports or is told something: "KPMG said", "according to KNBS" are no stations).
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}(?:-(?:TV|DT|FM|AM))?")
#: Cues by which a medium reports or is told something.
_REPORTING_CUE = re.compile(r"(?i:(?:as\s+)?(?:(?:first|originally)\s+)?report(?:ed|s)?(?:\s+by)?|told)")


def _station_kind(source: str, kind: str, cue: str) -> str:
    """``kind``, or "news outlet" for an unknown call sign that reports or is told something ("KWCH reported",
    "told WKYC")."""
    if kind == "unknown" and _CALL_SIGN.fullmatch(source) and _REPORTING_CUE.fullmatch(cue.strip()):
        return "news outlet"
    return kind


#: Heads of a broadcaster's name after "Broadcasting" (a "Broadcasting Authority" or "Commission" regulates them).
_BROADCASTER_HEADS = frozenset("Corporation Corp Service System Company Network Services".split())


#: Acronyms of places, never speaking bodies ("US President Joe Biden said").
_PLACE_ACRONYMS = frozenset("US USA UK UAE DRC EU UN".split())


@lru_cache(maxsize=4096)
def _expand_acronym(acronym: str, context: str) -> str:
    """The article's full name for ``acronym``, else the acronym itself: the name (starting with
    its first letter, capitalised words before the part its initials spell dropped: "Paramilitary Rapid Support
    Forces (RSF)") it follows in brackets, a legal form's full stop kept ("Manila Electric Co. (Meralco)",
    "the Economic and Financial Crimes Commission
    (EFCC)"; an acronym written as a word, "Nadma", only so and only when it fits the name:
    :func:`.speakers._acronym_fits`), else a name whose initials
    spell it, small connecting words skipped or not (a body's acronym in capitals may keep the order
    of its own language: :func:`_foreign_acronym`) ("Royal College of Nursing" for RCN,
    "General Administration of Customs" for GAC, "Department of Transportation" for DOT), or whose words after
    its first spell it ("Minnesota Department of Natural Resources" for DNR)."""
    bracketed = re.search(rf"(?P<name>{_NAME}(?:,\s+{_NAME})*\.?)\s+\({re.escape(acronym)}\)", context)
    full = _tidy_name(bracketed.group("name").split("\n")[-1].strip()) if bracketed else ""  # no name spans lines
    full = _initials_tail(acronym, full)
    if full and (full[:1] == acronym[:1] and (acronym.isupper() or _acronym_fits(acronym, full))
                 or _foreign_acronym(acronym, full)):
        return full
    if not acronym.isupper():
        return acronym
    for match in re.finditer(_NAME, context):
        name = re.sub(r"^The\s+", "", match.group())
        owner = _OWNER.match(name)
        if owner and owner.group("owner") not in _OWNERS_INSIDE_NAMES:
            name = name[owner.end():]  # "Ontario's Special Investigations Unit" for SIU: the owner is no part of it
        if _initials_match(acronym, name) or _initials_tail(acronym, name) != name:
            return name  # "Minnesota Department of Natural Resources" for DNR: its state's name is part of it
    return acronym


def _initials_tail(acronym: str, name: str) -> str:
    """``name`` without capitalised words opening it before the part whose initials spell ``acronym``
    ("Paramilitary Rapid Support Forces (RSF)" → "Rapid Support Forces"); else ``name``."""
    words = name.split()
    tails = (" ".join(words[i:]) for i in range(1, len(words) - 1)
             if words[i - 1] not in _ACRONYM_SKIPPED and not any(w.isupper() for w in words[:i]))  # "UN Office …" kept
    return next((tail for tail in tails if _initials_match(acronym, tail)), name) if (
        acronym.isupper() and not _initials_match(acronym, name)) else name


def _foreign_acronym(acronym: str, name: str) -> bool:
    """An acronym in capitals after a body's name in its own language's order ("Royal Moroccan
    Football Federation (FRMF)", "Judicial Investigation Agency (OIJ)"): its first letter may
    differ from the name's when the name carries an organisation word or a state body's shape."""
    words = name.split()
    return (acronym.isupper() and len(acronym) >= 3 and len(words) >= 2 and "," not in name
            and (any(w in _ORG_WORDS for w in words) or _name_kind(words) != ""))


def _initials_match(acronym: str, name: str) -> bool:
    """Whether the initials of ``name`` spell ``acronym``, its connecting words skipped or not, accents
    aside ("EDL" for Électricité du Liban)."""
    words = _unaccented(re.sub(r"^The\s+", "", name)).replace("-", " ").split()  # "Anti-Fraud": A, F; "É": E
    content = [w for w in words if w not in _ACRONYM_SKIPPED]
    return acronym in ("".join(w[0] for w in content), "".join(w[0] for w in words).upper())


#: An acronym: capitals ("CMA"), or one a name gives in brackets, written as a word ("Nadma",
#: "Nersa", "MoET"); see :func:`_expand_acronym`.
_ACRONYM = re.compile(r"[A-Z]{2,6}|[A-Z][A-Za-z]{2,7}")


def _expanded(source: str, kind: str, context: str) -> tuple[str, str]:
    """An unknown acronym under the full name the article gives it, with the kind that name gives."""
    if kind != "unknown" or not _ACRONYM.fullmatch(source) or source in _PLACE_ACRONYMS:
        return source, kind
    full = _expand_acronym(source, context)
    return (full, _kind_from_name(full)) if full != source else (source, kind)


#: A company's legal form after its name ("Boeing Co.", "Veridian Systems, Inc.").
_CORPORATE_SUFFIX = r",?\s+(?:Co|Inc|Corp|Ltd|plc|PLC|LLC|Limited|AG|SE|NV)\b"


def _described_kind(source: str, kind: str, context: str) -> str:
    """The kind of an unknown name from how the article describes it: a company's legal form
    after it ("Boeing Co.", "Veridian Systems, Inc."), or a descriptor right before it ("state
    nuclear corporation Rosatom", "the provincial transit agency Metrolinx") or in an appositive
    after it, also past its acronym ("Kestrel Labs, the San Francisco software firm behind …" →
    company; "X, a Lagos-based newspaper" → news outlet; "the Tobacco Industry and Marketing Board
    (TIMB), the sector's regulator" → government body)."""
    if kind != "unknown":
        return kind
    name = re.escape(source)
    if re.search(rf"(?<![\w\-]){name}{_CORPORATE_SUFFIX}", context):
        return "company"
    desc = _descriptor_near(source, context, appositive=True)
    return _DESCRIPTOR_KINDS[desc.lower()] if desc else kind


#: A descriptor ending right before a name ("the drugmaker " before "Lindqvist Pharma"), and one in an appositive
#: right after it, past an acronym in brackets.
_DESCRIPTOR_TAIL = re.compile(rf"(?<![\w\-])(?P<desc>(?i:{_DESCRIPTOR}))\s+$")
_APPOSITIVE_AFTER = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?{_APPOSITIVE_DESCRIPTOR}")


def _descriptor_near(name: str, context: str, appositive: bool = False) -> str | None:
    """The first descriptor the article puts right before ``name`` (or, with ``appositive``, in an
    appositive right after it: "X, the Lagos-based newspaper,"), as written; None when there is none.
    Found at the name's occurrences, so an article is not scanned for every descriptor."""
    for found in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", context):
        before = _DESCRIPTOR_TAIL.search(context, max(0, found.start() - 60), found.start())
        if before:
            return before.group("desc")
        after = _APPOSITIVE_AFTER.match(context, found.end()) if appositive else None
        if after:
            return after.group("desc2")
    return None
