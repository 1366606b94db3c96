"""Organisations typed by their own names: a state body, a company, a news agency or none.

:func:`_name_kind` reads the kind an organisation's name gives by its own words ("… Ministry",
"… Police", "Department of …", "… Council", "… Co.", "… News Agency"); :func:`_org_type` turns a
name into a speaker type, by that kind or by organisation words ("University", "Union",
"Times"). Shared by :mod:`.speakers` (mentions of bodies), :mod:`.roles` (the body a role is
held at) and :mod:`.source_kinds` (the kind of a cited source).

Round 12 added: "Medical" is an organisation word ("Mercy Ridge Medical Center").

Round 13 added: "Holdings", "Networks", "Technologies", "Analytics", "Consulting" and "Airport" are
organisation words ("Huaxin Land Holdings … the company said").

Round 14 added: a "National/Federal/Central/State … Council" is a state body ("National Disaster Risk
Reduction and Management Council").

Round 15 added: "Bhd", "Berhad" and "Pty" are legal forms ("Kelana Ports Bhd" is a company, reported as
"Kelana Ports" when it speaks; round 103: a speaker keeps the legal form the article writes, "Kelana Ports Bhd").

Round 17 added: a state's armed forces, or a command or staff of them, named with their state or "of …" are a
state body ("Armed Forces of the Democratic Republic of Congo", "Operational Command of the Polish Armed Forces";
not "… Army" or "… Defence Force" alone, which armed groups call themselves).

Round 18 added: a central bank's "Monetary Policy Committee/Council/Board" is a state body.

Round 80 added: public districts ("Thompson-Nicola Regional District", "… School District") and an emergency,
wildfire, ambulance, forest, prison or probation service (singular: "MedRoute Emergency Services" is a company) are
state bodies, and so is a civil defence or protection body (round 95: state troopers, a highway or state patrol, a
health region); a union, association or federation is none, whatever
state word its name holds ("Police and Prisons Civil Rights Union").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import paths

#: Organisation words that mark an unknown name as a news medium.
_MEDIA_WORDS = frozenset(
    "News Times Post Journal Herald Gazette Tribune Telegraph Daily Press TV Radio Network Channel Media "
    "Agency Independent Broadcasting Online Review Observer Express Mirror Standard Chronicle "
    "Echo Courier Argus Sentinel Globe Advertiser Bulletin Dispatch Examiner Inquirer Enquirer Courant Star Sport Sports "
    "Television Magazine Weekly Newsroom".split()
)
#: Endings of capitalised words that can modify a description ("Russian", "British", "Chinese").
_DEMONYM_ENDINGS = ("ian", "ish", "ese", "an", "i", "ch")
#: Words that are not names of people but may open the name of an organisation.
_ORG_NAME_LEADS = frozenset(
    "Ukraine Russia Ukrainian Russian Kyiv Kiev Moscow Europe European American British German French "
    "Western West East North South World".split())


#: A name opening with one of these and ending with one of :data:`_STATE_LAST_WORDS` is a
#: state body ("National Environment Agency", "Federal Returning Officer", "National Disaster Risk Reduction and
#: Management Council"), not a news
#: agency; "National Farmers Union" keeps its own type.
_STATE_FIRST_WORDS = frozenset("National Federal Central State".split())
_STATE_LAST_WORDS = frozenset(
    "Service Center Centre Agency Administration Bureau Office Officer Board Commission Department "
    "Directorate Authority Institute Inspectorate Court Secretariat Council Assembly Programme Program".split())


#: Words that make an organisation's name a state body wherever they stand ("Police Scotland",
#: "National Energy Regulator of South Africa",
#: "Greater Manchester Police", "Philippine Statistics Authority", "Economic and Financial Crimes
#: Commission", "General Administration of Customs", "Brihanmumbai Municipal Corporation",
#: "Kirkcaldy Sheriff Court", "US Treasury", "Statistics Canada", "Turkish Statistical Institute",
#: "Dallas Fire-Rescue", "Finnish Meteorological Institute", "Royal Wessex Hospitals NHS Foundation Trust",
#: "Kurdistan Region Presidency"), and words that do so as the head of its name, its last word or the
#: word before its first "of"/"for" ("UK Health Security Agency", "Home Office", "Census Bureau",
#: "Welsh Government", "Texas Department of State Health Services", "Agency for Atomic Energy", "Texas
#: Comptroller of Public Accounts", "Finance Division";
#: "… News Agency" is a news agency).
_STATE_WORDS = frozenset(
    "Police Constabulary Ministry Ministries Authority Commission Administration Treasury Municipal "
    "Municipality Court Tribunal Inspectorate Directorate Regulator Statistics Statistical Fire-Rescue "
    "Meteorological NHS Presidency Embassy Consulate Supervisory Inspection "
    "Legislative Coastguard Gendarmerie".split())  # round 119: "North Dakota Legislative Council", "HM Coastguard"
_STATE_LAST_ONLY = frozenset("Agency Department Office Bureau Government Comptroller Division Borough".split())
#: Shapes of state bodies' names: "Department/Ministry/Office/Bureau of …", a local council
#: ("Cardiff Council", "Leeds City Council"), a central bank ("Reserve Bank of India", "Federal
#: Reserve"; "Bank of England" is in the registries), a US "Centers for …" (CDC, CMS), a Taiwanese
#: Yuan ("Executive Yuan"), a central bank's rate-setting committee ("Monetary Policy Committee"), a public research council ("Health Research Council of New Zealand"), a
#: centre for disease control ("Nigeria Centre for Disease Control and Prevention"),
#: a fire service ("… Fire Department", "… Fire and Rescue Service", "… Fire and Rescue"), an emergency management
#: office ("Utah County Emergency Management"), a city ("City of Cape Town", "Greater Chennai Corporation"; a council
#: of one place's name, "North Lanarkshire Council", "North East Lincolnshire Council"; a Vietnamese or Chinese
#: "People's Committee"), a transport
#: authority ("Transport for Wales"), a city hall ("Kuala Lumpur City Hall"), the health department of an Australian
#: state or a Canadian province ("NSW Health", "Nova Scotia Health"), a Canadian federal department by its applied
#: title ("Fisheries and Oceans Canada", "Public Services and Procurement Canada"), a public service ("Crown
#: Prosecution Service"; not a news or parcel service), a portfolio before one place's name ("Health Canada", "Parks
#: Victoria", "Sport England"; not "Health Minister"), a public board ending the name ("Ghana Cocoa Board"; a sports
#: board is no state body: "Pakistan Cricket Board"), a state's armed forces or a command or staff of them ("Armed Forces of the Democratic Republic of Congo",
#: "Operational Command of the Polish Armed Forces", "Indian Air Force", "Royal Navy", "Philippine Coast Guard";
#: named with its state or "of …", as "the Air Force" alone refers back to one named before; not "… Army",
#: "… Forces" or "… Defence Force" alone, which armed groups call themselves: "Arakan Army", "Rapid Support
#: Forces", "People's Defence Force"), unless the US's or the UK's ("U.S. Army Corps of Engineers", "British Army").
_STATE_NAME_SHAPE = re.compile(
    r"^(?:Department|Ministry|Office|Bureau)\s+(?:of|for)\s"
    r"|\b(?:City|County|Borough|District|Town|Parish|Regional|Metropolitan)\s+Council\b"
    r"|\b(?:Central|Reserve)\s+Bank\b|\bFederal\s+Reserve\b|\bResearch\s+Council\b"
    r"|\bMonetary\s+Policy\s+(?:Committee|Council|Board)\b"
    r"|\bCent(?:re|er)s?\s+for\s+Disease\s+(?:Control|Prevention)\b"
    r"|\bFire\s+(?:and\s+Rescue\s+)?(?:Department|Service|Services|Authority)\b|\bFire\s+and\s+Rescue$"
    r"|\bEmergency\s+Management(?:\s+(?:Agency|Office|Department|Authority))?$"
    r"|^(?:(?:North|South|East|West|Mid|Greater)\s+){0,2}\S+\s+Council$|\bPeople['’]s\s+Committee\b"
    r"|^Greater\s+\S+\s+Corporation$|^City\s+of\s|^Centers\s+for\s|^Transport\s+for\s"
    r"|^(?!.*\b(?:Cricket|Football|Rugby|Hockey|Basketball|Netball|Athletics)\b).*\S\s+Board$"
    r"|\b(?:Executive|Legislative|Judicial|Control|Examination)\s+Yuan\b"
    r"|^(?:U\.?S\.?|U\.?K\.?|British)\s+(?:Army|Marine\s+Corps|Space\s+Force)\b"
    r"|\S\s+(?:Armed\s+Forces|Air\s+Force|Navy|General\s+Staff|Operational\s+Command|(?:Coast|Border)\s+Guard)\b"
    r"|\b(?:Armed\s+Forces|Air\s+Force|Navy|General\s+Staff|Operational\s+Command|(?:Coast|Border)\s+Guard)\s+of\s"
    r"|\b(?:Regional|School|Water|Fire|Park|Sanitation|Health|Transit|Irrigation|Conservation)\s+District$"
    r"|\bCorrectional\s+Services$|\bCivil\s+(?:Defen[cs]e|Protection)\b"
    r"|\b(?:State\s+Troopers|Highway\s+Patrol|State\s+Patrol|Health\s+Region)$|\bGeological\s+Survey\b"
    r"|\bCity\s+Hall$|^(?:NSW|Queensland|Victoria|Tasmania|SA|WA|NT|ACT|Ontario|Manitoba|Saskatchewan|Alberta"
    r"|Nova\s+Scotia|New\s+Brunswick|Yukon)\s+Health$"
    # round 107: central banks in their own language, US commands, the National Guard, the Joint Chiefs, disaster
    # management and forecasting centres, a council of two places joined, a statistics office's short name, a public
    # service (an emergency, wildfire, ambulance, forest, prison or probation service among them)
    r"|\bBanco\s+Central\b|\bBanque\s+[Cc]entrale\b|\bBanca\s+Centrale\b"
    r"|^(?:U\.?S\.?|United\s+States)\s+(?:[\w\-]+\s+){1,2}Command$|\bNational\s+Guard\b"
    r"|^Joint\s+Chiefs\s+of\s+Staff$"
    r"|\bDisaster\s+(?:Management|Risk\s+Reduction)\b|\bEmergency\s+Operations?\s+Cent(?:re|er)\b"
    r"|\b(?:Hydrologic(?:al)?|Flood)\s+Forecast(?:ing)?\s+Cent(?:re|er)\b|\bHydro-?[Mm]eteorological\b"
    r"|^\S+\s+(?:&|and)\s+\S+\s+Council$|^Stats\s+[A-Z]\w*$"
    r"|^(?!.*\b(?:News|Press|Wire|Parcel|Courier|Delivery|Information)\b).*\S\s+Service$"
    r"|\b(?:Housing|Service|Scottish|Welsh|Health|Policing)\s+Executive$"  # round 138: "Northern Ireland Housing Executive"
    r"|^[A-Z][\w\-]*(?:,?\s[A-Z][\w\-]*)*,?\sand\s[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?\sCanada$"
    # round 145: a city's schools or transit, a province, an islands' council, a board of education or elections, a
    # hurricane or volcanology centre, a Spanish regional government
    r"|\sPublic\s+Schools$|^(?!First\s).*\s(?:Area\s+)?Transit(?:\s+System)?$|\sProvince$|^\S+\s+Islands\s+Council$"
    r"|\bBoard\s+of\s+(?:Education|Elections?|Regents|Supervisors)\b|\bHurricane\s+Cent(?:re|er)\b|\bVolcanology\b"
    r"|^Junta\s+de\s"
    # round 148: a department inside a longer name, a Latin American secretariat, a lower house, a public research
    # council, a council or association of local governments
    r"|^(?!.*\b(?:University|College|School|Institute)\b).*\sDepartment\s+of\s|^Secretariat\s+of\s+(?!the\s)|\b(?:Council|House|Chamber)\s+of\s+(?:Representatives|Deputies)\b"
    r"|\bCouncil\s+(?:of|for)\s+(?:\w+\s+){0,2}Research\b|\b(?:Association|Council)\s+of\s+Governments\b"
    # round 158: local governments by their style ("Shire of Harvey", "Township of Langley", "Regional District of
    # Nanaimo", "Yass Valley Council"), a government information service, an election office or a workplace safety
    # regulator by its applied title ("Elections Nunavut", "WorkSafe WA"), a fire and emergency service, a health and
    # social care trust
    r"|^(?:Town|Township|Shire|County|Village|Rural\s+Municipality|(?:Regional|Municipal)\s+District)\s+of\s"
    r"|\s(?:Shire|Valley|Rural|Urban)\s+Council$|\bGovernment\s+(?:\w+\s+){0,2}(?:Service|Unit|Centre|Center)$"
    r"|^Elections\s+[A-Z]|^WorkSafe\s|\bFire\s+and\s+Emergency\b|\bHealth\s+and\s+Social\s+Care\b"
    # round 164: an investigation or intelligence unit, an anti-fraud centre, a fiscal council
    r"|\b(?:Investigations?|Intelligence)\s+(?:Branch|Unit|Bureau|Division|Directorate)$|\bAnti-Fraud\s+Cent(?:re|er)$"
    r"|\bFiscal\s+(?:Advisory\s+)?Council\b"
    # round 168: security and defence forces, a command, an anti-corruption or national security body, a meteorology
    # institute
    r"|\s(?:Security|Defen[cs]e)\s+Forces$|\S\s+Command$|\bAnti-Corruption\s+(?:Committee|Bureau|Unit|Court|Agency)\b"
    r"|\bNational\s+Security\s+(?:Committee|Council|Service)\b"
    r"|\b(?:Institute|Department|Directorate)\s+of\s+(?:\w+\s+)?Meteorology\b")
#: An office named by its holder's title ("Public Defender's Office", "Attorney-General's Department", "Jackson
#: County Sheriff's Office"): the possessive is inside the name.
_HOLDER_OFFICE = (r"(?:(?<=Sheriff)|(?<=Defender)|(?<=General)|(?<=State)|(?<=Prosecutor)|(?<=Coroner)|(?<=Marshal)"
                  r"|(?<=Treasurer)|(?<=Comptroller)|(?<=Controller)|(?<=Assessor)|(?<=Clerk)|(?<=Mayor)|(?<=Governor)"
                  r"|(?<=Ombudsman)|(?<=Examiner)|(?<=Commissioner)|(?<=Attorney)|(?<=Minister)|(?<=President)"
                  r"|(?<=Premier))['’]s(?=\s+(?:Office|Department)\b)")
#: Bodies whose names a plural possessive may open ("Finnish Railway Workers' Union", "Farmers’ Party").
_MEMBERS_BODY_WORDS = ("Union|Unions|Association|Associations|Party|Federation|Council|Congress|League|Fund|Society"
                       "|Alliance|Confederation|Cooperative|Co-operative|Guild|Trust|Movement|Forum|Network")
#: Head words of members' bodies, which a state word inside their names does not make state bodies ("Police and
#: Prisons Civil Rights Union", "Police Federation").
_MEMBERS_HEADS = frozenset("Union Association Federation Confederation Guild".split())
#: Portfolios that name a state body before one place's name ("Health Canada", "Parks Victoria", "Sport England").
_PLACE_PORTFOLIOS = frozenset(
    "Health Transport Statistics Environment Parks Sport Tourism Fisheries Immigration Revenue Heritage Employment "
    "Agriculture Infrastructure Education Historic Services Service Biosecurity".split()
    + ["Public Health", "Natural Resources", "Global Affairs"])
#: Words after a portfolio that make it a title, not a body's name ("Health Minister", "Education Secretary").
_TITLE_AFTER_PORTFOLIO = frozenset(
    "Minister Secretary Spokesman Spokeswoman Spokesperson Chief Director Commissioner Critic Editor Correspondent "
    "Reporter Official Officials Principal Permanent Deputy Assistant Acting Senior".split())


def _portfolio_of_place(words: list[str]) -> bool:
    """A portfolio (:data:`_PLACE_PORTFOLIOS`) before one place's name, neither a title nor an organisation word."""
    place = words[-1] if len(words) > 1 else ""
    return (" ".join(words[:-1]) in _PLACE_PORTFOLIOS and place[:1].isupper() and place[1:].islower()
            and place not in _TITLE_AFTER_PORTFOLIO and not any(place in keywords for keywords in _ORG_WORDS.values()))


#: First words of international bodies, which no state word makes a state body
#: ("International Atomic Energy Agency", "European Medicines Agency").
_INTERNATIONAL_FIRST_WORDS = frozenset("International European World Global UN".split())
#: A news agency named in French, Spanish, Portuguese, Italian or Romanian: "Agence …" with a press or news word.
_FOREIGN_AGENCY_FIRST = frozenset("Agence Agencia Agência Agenzia Agenția Agentia".split())
_FOREIGN_PRESS_WORDS = frozenset("Presse Prensa Press Stampa Notícias Noticias Información Informação Informazione "
                                 "Nouvelles Știri".split())
#: A company's legal form as the last word of its name ("Samsung Electronics Co.", "Acme Ltd").
_LEGAL_FORMS = frozenset("Co Corp Inc Ltd Limited LLC LLP plc PLC Plc GmbH AG Pty Bhd Berhad PJSC JSC OJSC NV SpA Tbk Ltda Pvt Pte Oyj ASA "
                         "SARL KGaA".split())
#: Legal forms written with full stops between their letters ("N.V.", "S.A.", "B.V."), as a name's last word.
_DOTTED_LEGAL_FORMS = frozenset("NV BV SA AG AB SpA Srl SL".split())
#: Last words of companies' names ("Kenmar Electronics", "Transpeninsula Investments", "Kindred Labs").
_COMPANY_HEADS = frozenset("Holdings Investments Labs Electronics Foods Properties Industries Motors Airlines Airways "
                           "Pharmaceuticals Therapeutics Technologies Logistics Bancorp Ventures Brewery Breweries "
                           "Textiles Petroleum Mining Minerals Software Solutions".split())
#: Legal forms written with a full stop ("Inc.", "Co.", "Corp."); "Ltd" often goes without one, and a full stop after
#: it ends a sentence.
_DOTTED_FORMS = frozenset({"Inc", "Co", "Corp"})
#: Words after which a name goes on with what its head governs ("Agency for Atomic Energy").
_HEAD_ENDS = frozenset({"of", "for", "on"})


def _name_head(words: list[str]) -> str:
    """The head word of an organisation's name: the word before its first "of"/"for"/"on", else
    its last word ("Department" in "Texas Department of State Health Services")."""
    cut = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
    return words[cut - 1] if cut else words[-1]


def _name_kind(words: list[str]) -> str:
    """The kind of organisation a name's own words give: "company" (a legal form), "news agency"
    ("… News Agency", "… Press Agency", "Agence … Presse"), "state" (see :data:`_STATE_WORDS`; by its head word,
    :func:`_name_head`) or ""."""
    words = [w.rstrip(".,") for w in words if w.rstrip(".,")]
    if not words:
        return ""
    if words[-1] in _LEGAL_FORMS or "." in words[-1] and words[-1].replace(".", "") in _DOTTED_LEGAL_FORMS:
        return "company"  # "Aruba Airport Authority N.V."
    if words[-2:] in (["News", "Agency"], ["Press", "Agency"]) or (
            words[0] in _FOREIGN_AGENCY_FIRST and _FOREIGN_PRESS_WORDS.intersection(words)):
        return "news agency"  # "Agence Ivoirienne de Presse", "Agencia Boliviana de Información"
    if words[0] in _INTERNATIONAL_FIRST_WORDS:
        return ""
    head = _name_head(words)
    if head in _MEMBERS_HEADS:
        return ""
    if (_STATE_WORDS.intersection(words) or head in _STATE_LAST_ONLY
            or (words[0] in _STATE_FIRST_WORDS and head in _STATE_LAST_WORDS)
            or _STATE_NAME_SHAPE.search(" ".join(words)) or _portfolio_of_place(words) or _national_state_body(words)):
        return "state"
    return "company" if len(words) > 1 and words[-1] in _COMPANY_HEADS else ""


#: Countries whose "Bank of …" is a commercial bank, the central bank going by another name ("Bank of Ireland",
#: "Bank of China"; the Central Bank of Ireland, the People's Bank of China).
_COMMERCIAL_BANK_COUNTRIES = frozenset("China India Ireland Cyprus Georgia Palestine Bhutan".split())


@lru_cache(maxsize=1)
def _countries() -> frozenset:
    """Country names of ``analysis/data/countries.txt``."""
    lines = (paths.PACKAGE_DATA_DIR / "countries.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _is_national(word: str) -> bool:
    """A country's name or its people's adjective ("Bangladesh", "Nepali", "Lebanese", "Croatian"; not "Arakan",
    which begins no country's name)."""
    if word in _countries():
        return True
    ending = next((e for e in (*_DEMONYM_ENDINGS, "ine") if word.endswith(e)), "")  # "Philippine", "Argentine"
    stem = word[:-len(ending)] if ending else ""
    return len(stem) >= 4 and any(country.startswith(stem) for country in _countries())


def _national_state_body(words: list[str]) -> bool:
    """A country's central bank or armed service named by the country ("Bank of Tanzania", "Bank of the Lao PDR",
    "Croatian National Bank", "Nepali Army", "Philippine Navy", "Indian Air Force"); not a commercial "Bank of
    Ireland" (:data:`_COMMERCIAL_BANK_COUNTRIES`) nor an armed group ("Arakan Army")."""
    if words[:2] == ["Bank", "of"]:
        country = " ".join(words[3:] if words[2:3] == ["the"] else words[2:])
        return country in _countries() and country not in _COMMERCIAL_BANK_COUNTRIES
    return len(words) in (2, 3) and words[-1] in ("Army", "Navy", "Force", "Bank") and _is_national(words[0]) and (
        words[1:] in (["Army"], ["Navy"], ["Air", "Force"], ["National", "Bank"]))


#: Speaker type of each kind :func:`_name_kind` gives.
_NAME_KIND_TYPES = {"state": "military or government body", "company": "organisation",
                    "news agency": "journalist or media"}


def _org_type(words: list[str]) -> str:
    """Speaker type of an organisation's name ("" for no organisation): by :func:`_name_kind`, an
    organisation when a body of members heads it (:data:`_MEMBERSHIP_HEADS`: "Civil Service Employees
    Association", "Police Federation"), else by its organisation words (:data:`_ORG_WORDS`)."""
    kind = _name_kind(words)
    if kind:
        return _NAME_KIND_TYPES[kind]
    head = words[:words.index("of")] if "of" in words else words
    if head and head[-1] in _MEMBERSHIP_HEADS:  # "… Association of Nigeria"
        return "organisation"
    for stype, keywords in _ORG_WORDS.items():
        if any(w in keywords for w in words):
            return stype
    return ""


#: Heads of a body of members, which a state's word before them does not make a state body ("Government Workers
#: Union", "Army Football Club").
_MEMBERSHIP_HEADS = frozenset("Association Union Federation Confederation Society Alliance Coalition Club League "
                              "Foundation Guild".split())
_ORG_WORDS = {
    "military or government body": frozenset(
        "Ministry Government Army Forces Force Command Service Council Office Department "
        "Kremlin Parliament Duma Rada Staff Guard Police Embassy Administration Committee Navy Coastguard".split()),
    "journalist or media": frozenset(
        "News Times Post Telegraph Mail Sun Guardian Journal Herald Tribune Express Mirror "
        "Independent Press Radio TV Television Channel Broadcasting Newsweek "
        # round 113: more mastheads' words, so that "he" never goes back to "the Samoa Observer"
        "Observer Gazette Chronicle Bulletin Courier Examiner Inquirer Dispatch Gleaner Echo Argus Advertiser".split()),
    "organisation": frozenset(
        "Nations Union Cross Crescent Organisation Organization Institute University Foundation "
        "Fund Bank Group Company Corporation Inc Ltd Limited Watch International Amnesty Appeal "
        "Hospital Clinic School College Academy Club Society Association Party League Museum Forum "
        "Federation Confederation Alliance Coalition Trust Network Labs Airlines Airways Airports Medical "
        "Holdings Networks Technologies Analytics Consulting Airport Laboratory Laboratories Centre Center "
        "Observatory".split()),
}
