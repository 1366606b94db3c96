"""Cited sources: the outlets, agencies, bodies and platforms an article leans on.

:func:`cited_sources` finds every news outlet, news agency, government body,
international organisation, social platform or company that an article names
*as the source of its information* ("as per Sky News", "TASS reported",
"told The Telegraph", "posted on Telegram"), plus the image credits of the page
("Featured Image Credit: Alamy", "(Photo by … / AFP)", "(AP Photo/…)",
"Aris Messinis/AFP via Getty Images"). :func:`citation_graph`
turns those rows into weighted edges outlet → source.

Method
------
Rule-based, no model. Known sources come from the editable registry
``analysis/data/sources.csv`` (see its header). A registry name counts as a
citation only in a citing context: after a cue ("according to", "as per",
"as cited by", "via", "obtained by", "reporting by", "a spokesperson for",
"quoted as saying by", "analysts at" …), before a reporting verb
("… reported", "… said", "… quoted … as saying", "… denied"), or with an
official or correspondent of the body ("Kremlin spokesman Dmitry Peskov said",
"Al Jazeera's Gabriel Elisondo, reporting from Kyiv, said"). Cues of
conversation — "told", "in an interview with", "speaking to", "journalists
from" — make only a news outlet or agency a source: "told CNN" cites CNN, but
"told the UN Security Council" names an audience. A social platform counts
where something was posted or seen on it ("shared on Twitter", "posted to …
Facebook page", "a Telegram post"), not when it is the subject of the news
("Twitter was blocked"). Capitalised names that are not in the registry are
still reported (kind ``"unknown"``, or the kind their descriptor gives:
"intelligence firm ShadowBreak" → company) when they follow a cue and look
like an organisation, or when "the <Name with an organisation word>" stands
before a reporting verb ("The World Bank estimated"). A name that opens a
clause before a reporting verb is reported too when it carries an organisation
word ("Toyota Motor Corporation said"), or, for one word, when it is an
acronym or brand ("OpenAI said"), speaks in a statement ("Hamas said in a
statement"), has a "which" clause, or a later "the company"/"the group"
refers back to it ("Gazprom said … the company said"); so is the body before
a spokesperson ("a Google spokesperson told Reuters"). A one-word name that
follows another capitalised word anywhere in the article ("Mike Johnson") is a
surname and never a source. The kind of an unknown name comes from its
descriptor or an appositive ("Kestrel Labs, the San Francisco software firm …"
→ company), else from the name itself (a state body by the shape of its name —
a Ministry, "… Police"/"Police …", "… Authority", "… Commission", "…
Administration", "Municipal", "… Court", "… Treasury", a "… Department/Agency/
Office/Bureau/Government" but not a "… News Agency", a "… Regulator", a "Department
of …", a local council ("Leeds City Council", a two-word "Cardiff Council"), "Centers
for …", a Taiwanese "… Yuan", a
central or reserve bank, a "National/Federal/Central … Service, Board …", unless it
opens with International/European/World; see :func:`.speakers._name_kind` — is a
government body, "Punchbowl News" or "… Daily Inquirer" a news outlet, "…
Corporation" a company), else ``"unknown"``. An acronym that is no registry name is
reported under the full name the article gives it, in brackets after the name
("the Economic and Financial Crimes Commission (EFCC)"; an acronym written as a word,
"Nadma", "Nersa", only so and only when its letters hold the name's initials) or by
its initials, small words skipped or not ("DOT" for the Department of
Transportation), with that name's kind. A dated dateline credits its agency also
without a dash ("New Delhi, Nov 18 (PTI) The …").

Further general rules: an acronym in brackets and an appositive may stand between
a name and its verb ("the Office for Budget Responsibility (OBR), the government's
forecaster, said"); a body speaks through its officer ("the NLC President, Joe
Ajaero, said", "ECB President Christine Lagarde told"), reported under the
registry's name or the full name in the article whose initials spell the acronym;
a body's own numbers count ("the European Space Agency's estimate"), as does a
"study/survey/poll by" it, with the owner before a possessive dropped
("McGill University's Media Ecosystem Observatory" → the Observatory); the owner of a poll ("according to
an Ifop poll") and the journal of a study ("the study, published Monday in
Nature Medicine") are sources; so is the wire of a press release ("/PRNewswire/
--"), the article's own outlet when cited ("told the Herald" in the NZ Herald,
under the registry's name), a company named with its legal form ("Boeing
Co.", "… Limited"), and the department a one-word body before "spokesperson"
stands for ("a Commerce spokesperson" after "the Commerce Department"); a
relative clause may stand between a body and its verb ("The World Health
Organization, which …, says"); a name "told" something is a news medium unless
its last word belongs to another organisation ("the Science Media Centre");
"polled by", "confirmed to" and "in a statement to" are cues; a credit naming
only a photographer ("Photo: Nick Moir") is none, while an agency before
or after a photographer is the credit ("REUTERS/Ibraheem Abu Mustafa", "(Reuters/Willy
Kurniawan)", "Foto: Kay Nietfeld / dpa", "File photo/AP", "© Reuters"), and so is the
article's own outlet by its initials ("(HT Photo)" in the Hindustan Times); the wires
of a closing "Source: AFP/CNA/rc" line are cited; the article's own outlet is
matched before the registry ("PREMIUM TIMES … reported" is no "The Times"); a leading
possessive or "US" before "National/Federal" is dropped from an unknown name; a
lower-case ministry after a national adjective ("the French foreign ministry
said") counts when it informs (said, stated, announced …), not when it only
reacts ("dismissed the report"); "carried by" / "read on" are cues; a web
address is an organisation ("PowerOutage.us"). A title followed by a name is a
person ("Council President Shannon Hardin"), and the employer of one quoted
analyst ("…, an analyst at Bernstein") is not a source, while "analysts at
Goldman Sachs" still are.

The kind of a name comes from one place, whatever found it: its registry row, else its own
words (:func:`_kind_from_name`: the state words and shapes of :func:`.speakers._name_kind`,
read also on the name's *head*, the word before its first "of"/"for" — "Texas Department
of State Health Services", "Agency for Atomic Energy", "Times of Malta" — statistics
offices, fire services, courts and public research councils included; "… News/Press
Agency" stays a news agency also after "told"), else how the article describes it
(:func:`_described_kind`: a legal form, a descriptor right before it — "state nuclear
corporation Rosatom", "the provincial transit agency Metrolinx" — or an appositive after
it; a bare "agency" is a government body, a "news/press/wire agency" a news agency). A
name's verb may stand past its acronym in brackets and an appositive or relative clause
("JICA, which funded … (US$1.7 billion) project, said"); "…, which described it as" and
a reaction ("welcomed", "praised", "criticised", "ruled") cite; so does a reporting
participle later in a sentence the body opens ("The Bank of Canada held its rate …,
saying …", "The High Court acquitted him …, ruling that …"; never a dateline). A
multi-word name with no organisation word speaks when its own words or an appositive make
it a body ("Statistics Canada reported", "Halcyon AI, the San Francisco company …, said"). A
head noun refers back to the nearest body named with it or called so in an appositive ("the
museum said" → Prado Museum; "Judge X of the Y Court … the court said" → the court). Cues
and owners of documents: "based on DPWH data", "A YouGov poll … found"; brand-like and
hyphenated acronyms ("IBRiS", "OVD-Info") look like organisations, and an unknown acronym
told something ("told BIRN") is a medium of kind unknown. A registry acronym that the
article spells out as a body of another kind is that body ("A PA spokesperson" after "The
Planning Authority"). A programme ("the ABC's Insiders program") is no source, and a
platform where something only spread ("went viral on TikTok", "circulating on Facebook") is
none, while one where something was said or posted is. Image credits: "<Photographer>/
<Agency or outlet>" and "<Agency or outlet>/<Photographer>" at a caption's end, also glued
to it ("Thursday.Suzanne Kreiter/Globe Staff", the article's own outlet by its staff),
"Photo by X/Rappler", "PHOTO | FILE | NMG"; "Supplied", "Handout" or "FILE" name no source.

What it does *not* do
---------------------
People are not sources here: "according to Pavlo Kyrylenko, the governor" is a
person and belongs to :func:`analysis.sourcing.quotes`. An unknown name after a
cue is kept only if it looks like an organisation (preceded by "the", carrying
an organisation word such as News, Agency, Ministry, Times, written as an
acronym, or a brand-like word with an inner capital such as "ShadowBreak"); a bare single surname-like word ("according to Smith") is dropped, so
unknown one-word outlets ("according to Meduza") are found only once they are
added to the registry. Bare country or city names used for a government
("Kyiv claims") are not reported, unless they speak in a statement ("Moscow
said in a statement" is reported as "Moscow"). A head noun ("the agency said") is
resolved only to a body the article named with that noun or called so, never
reported on its own; "the company"/"the group" with no such body stays unresolved. A company that
"the company" refers back to keeps kind ``"unknown"``; "declined to comment" is
no citation. An acronym whose full name the article never gives is reported as
the acronym.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..checks import require_columns
from .. import paths
from .speakers import _ACRONYM_OR_BRAND, _UPPER, _acronym_fits, _name_head, _name_kind

__all__ = ["KINDS", "MEDIA_KINDS", "SOURCES_CSV", "load_registry", "cited_sources", "citation_graph", "media_reliance"]

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

_ARTICLE_COLUMNS = ("doc_id", "outlet", "text")
_LINE_COLUMNS = ("doc_id", "line_no", "text")
_SOURCE_COLUMNS = ["doc_id", "outlet", "paragraph", "line_no", "source", "kind", "cue", "evidence"]

#: How far (characters) before a name a cue may sit; room for "the state-run news agency".
_CUE_WINDOW = 60
#: How far after a name a reporting verb may sit; room for ", citing officials," or "on Monday".
_VERB_WINDOW = 45

_CUE = (
    r"according\s+to(?:\s+(?:reports?|data|figures|a\s+statement|a\s+report|an?\s+\w+)\s+(?:from|by|in))?"
    r"|as\s+per|as\s+cited\s+by|cited\s+by|as\s+reported\s+by|reported\s+by|as\s+quoted\s+by|quoted\s+by"
    r"|via|told|telling|tells|in\s+an\s+interview\s+with|interview\s+with"
    r"|(?:spoke|speaking|speak|talking|talk|talked)\s+(?:to|with)"
    r"|journalists?\s+(?:from|at|of|with)|(?:correspondent|reporter|editor)\s+(?:for|of|at|with)"
    r"|(?:obtained|reviewed|seen|verified|listened\s+to|released|published|confirmed|broadcast|aired|shared"
    r"|posted|carried)\s+by|(?:read|aired|broadcast)\s+on"
    r"|(?:a\s+)?(?:statement|report|reports|data|figures|footage|images?|video|post|posts|study|survey|analysis"
    r"|poll|estimates?)\s+(?:from|by)"
    r"|(?:quoted|cited)\s+as\s+saying\s+by|(?:additional\s+)?reporting\s+by|(?:wrote|writing|writes|said|says)\s+(?:in|on)|citing|cites|cited"
    r"|(?:with\s+)?inputs?\s+from|spokes(?:man|woman|person)\s+for|(?:analysts|economists|strategists)\s+at"
    r"|(?:polled|surveyed)\s+by|confirmed\s+to|(?:an?\s+)?(?:\w+\s+)?(?:statement|email)\s+to"
)
#: Cues naming the employer of analysts: the name after them is a company ("analysts at Goldman Sachs").
_EMPLOYER_CUE = re.compile(r"(?i:(?:analysts|economists|strategists)\s+at)")
#: Cues that make a *news outlet or agency* a source but only an audience of
#: anyone else: "told CNN" is a citation, "told the UN Security Council" is not.
_MEDIA_ONLY_CUE = re.compile(
    r"(?i:told|telling|tells|(?:in\s+an\s+)?interview\s+with"
    r"|(?:spoke|speaking|speak|talking|talk|talked)\s+(?:to|with)"
    r"|journalists?\s+(?:from|at|of|with)|(?:correspondent|reporter|editor)\s+(?:for|of|at|with)"
    r"|confirmed\s+to|(?:an?\s+)?(?:\w+\s+)?(?:statement|email)\s+to)"
)
_MEDIA_KINDS = frozenset({"news outlet", "news agency"})
#: Organisation words that mark an unknown name as a news medium.
_MEDIA_WORDS = frozenset(
    "News Times Post Journal Herald Gazette Tribune Telegraph Daily Press TV Radio Network Channel Media "
    "Agency Independent Broadcasting Online Review Observer Express Mirror Standard Chronicle "
    "Echo Courier Argus Sentinel Globe Advertiser Bulletin Dispatch Examiner Inquirer Enquirer Courant Star Sport Sports".split()
)
_PLATFORM_CUE = (
    r"(?:posted|shared|uploaded|published|broadcast|streamed|seen)"
    r"\s+(?:\w+\s+)?(?:on|to|across)|on|to|via|from"
)
#: Words that may stand between a bare platform cue ("on", "to") and the platform.
_PLATFORM_FILLER = r"(?:the|a|an|his|her|its|their|our|my|your|own|official|verified|personal|[\w\-]+['’]s?)"
#: Nouns after a platform name that show it is where something was posted ("a Telegram post").
_PLATFORM_CONTENT = (
    r"posts?|videos?|channels?|pages?|accounts?|feeds?|clips?|stor(?:y|ies)|live|streams?|messages?"
    r"|statements?|tweets?|threads?|users?|group|groups"
)
_VERB = (
    r"said|says|say|reported|reports|reporting|confirmed|confirms|stated|states|announced|announces"
    r"|claimed|claims|noted|notes|wrote|writes|quoted|quotes|cited|cites|tweeted|posted|published"
    r"|revealed|reveals|added|warned|warns|estimated|estimates|disclosed|told|tells|explained|showed|shows"
    r"|believes|assessed|assesses|understands|learned|learnt|has\s+learned|noting|saying|as\s+saying"
    r"|denied|denies|dismissed|dismisses|rejected|rejects|insisted|insists|admitted|admits|acknowledged|argued|alleged|accused|urged|described"
    r"|suggested|indicated|predicted|updated|recorded|documented|counted|verified|found|issued"
    r"|called(?!\s+(?:['\"‘“]|(?-i:[A-Z])))"  # "called the move provocative", never "a channel called 'Find Your Own'"
    r"|report|reveal|confirm|announce|publish|claim|forecast|forecasts"
    r"|welcomed|welcomes|praised|praises|critici[sz]ed|critici[sz]es|condemned|condemns|ruled|rules"
)
_DESCRIPTOR_KINDS = {
    "news agency": "news agency", "press agency": "news agency", "wire agency": "news agency",
    "photo agency": "news agency", "wire service": "news agency", "agency": "government body",
    "regulator": "government body", "corporation": "company", "conglomerate": "company",
    "group": "unknown", "union": "unknown", "charity": "unknown",
    "newspaper": "news outlet", "tabloid": "news outlet", "broadcaster": "news outlet",
    "outlet": "news outlet", "news site": "news outlet", "website": "news outlet", "channel": "news outlet",
    "magazine": "news outlet", "daily": "news outlet", "firm": "company", "company": "company",
    "think tank": "company", "startup": "company", "ministry": "government body",
    "television": "news outlet", "state television": "news outlet", "radio": "news outlet",
}
_DESCRIPTOR = "|".join(sorted((re.escape(d) for d in _DESCRIPTOR_KINDS), key=len, reverse=True))
#: An appositive after a name that describes it ("Metrolinx, the provincial transit agency,",
#: "Kestrel Labs, the San Francisco software firm …").
_APPOSITIVE_DESCRIPTOR = rf",\s+(?:the|an?)\s+(?:[\w\-'’]+\s+){{0,4}}?(?P<desc2>(?i:{_DESCRIPTOR}))\b"
#: Weekdays never continue a name ("the Supreme Court on Monday said").
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
#: A capitalised name: words joined by spaces or by "of", "for", "and", "&", "on", "de", "du"
#: (with "the" after them: "Department of the Treasury"), never by a bare "the" ("told The
#: Irish Times the Government's …").
_NAME = (rf"{_UPPER}[\w&.\-]*[\w&](?:'s)?"
         rf"(?:\s+(?:(?:of|for|and|&|on|de|du)\s+(?:the\s+)?)?(?!{_WEEKDAY}){_UPPER}[\w&.\-]*[\w&])*")
#: Words that mark a capitalised name as an organisation rather than a person.
_ORG_WORDS = frozenset(
    "News Agency Times Post Journal Herald Gazette Tribune Telegraph Daily Press TV Radio Network Channel "
    "Media Ministry Office Service Services Department Council Committee Commission Institute Centre Center "
    "Forces Army Navy Police Guard Group Company Corporation Inc Ltd Foundation University Observatory "
    "Bureau Agency Watch Monitor Review Online Report Independent Broadcasting Government Parliament "
    "Intelligence Command Staff Authority Administration Organisation Organization Association Union "
    "Technologies Technology Labs Systems Analytics Research Trust Fund Bank Partners Holdings Consulting "
    "Project Initiative Network Networks Institution Programme Program Unit Coalition Brigade Court Limited "
    "Forum Federation Confederation Alliance Campaign Constabulary Treasury".split()
)
#: One word with a capital inside ("ShadowBreak", "BuzzFeed") is a brand, not a surname.
_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
#: A web address as a name ("PowerOutage.us", "Express.co.uk").
_WEB_NAME = re.compile(r"\w\.(?:co|com|org|net|us|uk|io|info|news)\b")
#: Titles that make a capitalised name a person ("the Ukrainian President").
_PERSON_TITLES = frozenset(
    "President Minister Governor Mayor Spokesman Spokeswoman Spokesperson Secretary Ambassador Adviser "
    "Advisor Commander General Chancellor Premier Senator Colonel".split()
)
#: First words that show the name is a person, a pronoun or a date, not an organisation.
_NOT_ORG_FIRST = frozenset(
    "He She It I We They This That These Those His Her Their Its Our Mr Mrs Ms Dr Sir President Prime "
    "General Governor Minister Mayor Colonel Major Captain Lieutenant Senator King Queen Prince Pope "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December Reports Sources Officials Some Many Most".split()
)
_CREDIT_LABEL = re.compile(
    r"(?:Featured\s+|File\s+)?(?:Image|Photo|Picture|Photograph|Header\s+image|Main\s+image|Top\s+image|Foto|Bild)s?"
    # "Foto: … / dpa", "File photo/AP", "PHOTO | NMG"; "Photo by X/Rappler"
    r"(?:\s+credits?)?\s*[:/|]\s*(?P<name>[^()\n]{2,80}?)\s*\)?\s*$"
    r"|(?:^|[.!?]\s*)(?-i:Photo|Picture|Image)s?\s+by\s+(?P<name4>(?-i:[A-Z])[^()\n]{1,80}?)\s*$"
    r"|(?:^|\s)©\s*(?P<name3>[^()\n]{2,60}?)\s*$"
    r"|(?:^|\s)Credits?\s*:\s*(?P<name2>[^()\n]{2,80}?)\s*$",
    re.IGNORECASE,
)
_CREDIT_PHOTO_BY = re.compile(
    r"\(\s*(?P<cue>Photo(?:graph)?s?\s*(?::|by)|Picture\s*(?::|by)|Credit\s*:)\s*(?P<name>[^()]{2,80})\)", re.I
)
#: Agency photo credits: "(AP Photo/Evgeniy Maloletka)", "(Reuters Photo/…)".
_CREDIT_AGENCY_PHOTO = re.compile(r"\((?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)?)\s+Photos?\s*/[^()]{2,60}\)")
#: A caption ending in "Photographer/Agency" or "Photographer/Agency via Getty Images".
_CREDIT_SLASH_END = re.compile(
    r"(?:^|[.!?]\s*)(?P<name>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}\s*/\s*[A-Z][\w .&\-]{1,40}?)\s*\.?\s*$")
_CREDIT_PARENS = re.compile(r"\((?P<name>[^()]{2,40})\)\s*\.?\s*$")
#: Agency credit in a dateline: "KYIV, March 5 (Reuters) -", "(AP) —", and without a dash after a
#: date ("New Delhi, Nov 18 (PTI) The …").
_DATELINE_CREDIT = re.compile(
    r"\((?P<name>[A-Za-z][\w .&'-]{1,30})\)\s*[-–—]"  # "(dpa) -" too
    r"|^\s*[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*"
    r"\((?P<dated>[A-Za-z][\w .&'-]{1,30})\)\s+(?=[A-Z])")
_SENTENCE_END = re.compile(r"(?<=[.!?])['\"’”]?\s+(?=['\"‘“]?[A-Z])")


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
    names = [row.canonical, *[a for a in row.aliases.split("|") if a.strip()]]
    return sorted({re.sub(r"^(?:the|The)\s+", "", name.strip()) for name in names})


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
    ("Herald", "Standard"); reported under the registry's name and kind, else the outlet's
    own name and the kind that name gives. Its initials ("HT") are kept for photo credits."""
    name = re.sub(r"\s*\([^()]*\)\s*", " ", outlet).strip()
    if not name[:1].isupper():
        return None
    canonical, kind = _resolve(registry, re.sub(r"^(?:the|The)\s+", "", name)) or (name, _kind_from_name(name))
    aliases = {re.sub(r"^(?:the|The)\s+", "", name)}
    last = name.split()[-1]
    if len(name.split()) > 1 and last in _MEDIA_WORDS:
        aliases.add(last)
    initials = "".join(w[0] for w in re.sub(r"^(?:the|The)\s+", "", name).split() if w[:1].isupper())
    own = _build_registry([(canonical, kind, sorted(aliases))])
    return replace(own, initials={initials: canonical}) if len(initials) >= 2 else own


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


def _sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph."""
    cuts = [m.start() for m in _SENTENCE_END.finditer(text)]
    starts = [0, *[c for c in cuts]]
    ends = [*cuts, len(text)]
    return [(a, b) for a, b in zip(starts, ends) if text[a:b].strip()]


_CUE_BEFORE = re.compile(
    rf"(?:^|[^\w])(?P<cue>(?i:{_CUE}))\s+(?i:the\s+)?(?:(?:[a-z][\w\-]*|[A-Z][a-z]+-[a-z]+)\s+){{0,3}}$"
)
_PLATFORM_BEFORE = re.compile(rf"(?:^|[^\w])(?P<cue>(?i:{_PLATFORM_CUE}))\s+(?:{_PLATFORM_FILLER}\s+){{0,3}}$")
_PLATFORM_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:{_PLATFORM_CONTENT})\b", re.I)
_VERB_AFTER = re.compile(
    rf"^(?:\s*\([A-Z][\w.]*\))?\s*(?:,[^,]{{0,40}},\s*)?(?:(?i:{_DESCRIPTOR})\s+)?"
    r"(?:(?:has|have|had|was|were|also|later|earlier|previously|then|today|yesterday"
    r"|first|initially|exclusively|separately|again|repeatedly|itself|was\s+the\s+first\s+to|were\s+the\s+first\s+to"
    r"|on\s+\w+|in\s+a\s+\w+|in\s+its\s+\w+(?:\s+\w+)?|in\s+\d{4})\s+){0,3}"
    rf"(?=[a-z])(?P<cue>(?i:{_VERB}))\b"  # a verb after a name is in lower case ("Facebook Notes" is a name)
)
_AFFILIATE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[\w\-]+\s+){0,2}?(?:spokes\w+|officials?|press\s+(?:secretary|office|service)|correspondents?"
    r"|reporters?|journalists?|editors?|statement|report|analysis|investigation|data|figures"
    r"|secretary|secretary-general|chief|head|director|commander|envoy|ambassador|minister)\b"
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s\s")
#: A body's own numbers or words: "the European Space Agency's estimate is 2.8%".
_INFORMATION_AFTER = re.compile(
    r"^['’]s\s+(?:(?:latest|own|new|official|annual|monthly|weekly|\w+ly)\s+)?(?P<cue>estimates?|forecasts?"
    r"|projections?|figures|data|statement|report|assessment|tally|count|survey|analysis)\b")
_ANY_VERB = re.compile(rf"(?<!\w)(?P<cue>(?i:{_VERB}))\b")
_UNKNOWN_AFTER_CUE = re.compile(
    rf"(?<!\w)(?P<cue>(?i:{_CUE}))\s+(?P<the>(?i:the)\s+)?"
    rf"(?:(?:[\w\-]+\s+){{0,3}}?(?P<desc>(?i:{_DESCRIPTOR}))\s*)?(?P<name>{_NAME})"
)
#: "The <Name> said": an unknown name led by "the" and carrying an organisation
#: word, right before a reporting verb ("The World Bank estimated").
#: Extra room after a name for its acronym in brackets ("the Office for Budget Responsibility (OBR), …, said").
_ACRONYM_ROOM = 12
_UNKNOWN_BEFORE_VERB = re.compile(
    rf"(?<!\w)(?:the|The)\s+(?P<name>{_NAME})(?=(?P<after>[^.!?]{{0,{_VERB_WINDOW + _ACRONYM_ROOM}}}))")
#: Kinds credited through a correspondent ("Al Jazeera's Gabriel Elisondo … said").
_POSSESSIVE_KINDS = frozenset({"news outlet", "news agency"})
#: Characters after a possessive in which the correspondent's reporting verb must appear.
_POSSESSIVE_WINDOW = 90


def _registry_cue(sentence: str, start: int, end: int, kind: str) -> str | None:
    """The citing phrase around a registry mention, or None when it is not a citation."""
    window = sentence[max(0, start - _CUE_WINDOW):start]
    if kind == "social platform":
        return _platform_cue(window, sentence[end:end + _VERB_WINDOW])
    before = _CUE_BEFORE.search(window)
    if before and (kind in _MEDIA_KINDS or not _MEDIA_ONLY_CUE.fullmatch(before.group("cue"))):
        return before.group("cue")
    verb = _verb_after(sentence, end, start)
    if verb:
        return verb.group("cue")
    rest = sentence[end:end + _POSSESSIVE_WINDOW]
    information = _INFORMATION_AFTER.match(rest)
    if information:
        return information.group("cue")
    if _AFFILIATE_AFTER.match(rest) or (kind in _POSSESSIVE_KINDS and _POSSESSIVE_AFTER.match(rest)):
        verb = _ANY_VERB.search(rest)
        if verb:
            return verb.group("cue")
    return None


#: A relative clause or an appositive between a name (and its acronym in brackets) and its verb:
#: "The World Health Organization, which declared …, says", "JICA, which funded most of the
#: VND43.7 trillion (US$1.7 billion) project, said", "Halcyon AI, the San Francisco company valued
#: at $40 billion, said".
_INSERT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*,\s*(?:which|who|the|a|an)\s(?:[^,;:()]|\([^()]{0,40}\)){1,100}?,")


#: A reporting participle after a comma later in the sentence whose subject a name is: "The Bank
#: of Canada held its rate …, saying …", "The High Court acquitted him …, ruling that …".
_SUBJECT_PARTICIPLE = re.compile(
    r",\s+(?P<cue>saying|ruling|adding|noting|warning|arguing|stating|explaining|insisting|claiming)\b")
#: What may stand before the subject at a sentence's start.
_SENTENCE_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")
#: A predicate right after a subject: a word in lower case ("The Bank of Canada held …"), not a
#: dateline's comma ("MANILA, Philippines – …").
_PREDICATE_NEXT = re.compile(r"\s+[a-z]")


#: A relative clause that reports: "the Health Research Council, which described it as …".
_WHICH_VERB = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s*,\s*which\s+(?:also\s+|has\s+|had\s+)?(?P<cue>(?i:{_VERB}))\b")


def _verb_after(sentence: str, end: int, start: int | None = None) -> re.Match | None:
    """The reporting verb after a name ending at ``end`` (:data:`_VERB_AFTER`), also past an
    inserted relative clause or appositive (:data:`_INSERT_AFTER`); for a name starting at
    ``start`` that opens the sentence, also a reporting participle later in it
    (:data:`_SUBJECT_PARTICIPLE`)."""
    room = _VERB_WINDOW + _ACRONYM_ROOM
    verb = _VERB_AFTER.match(sentence[end:end + room])
    insert = None if verb else _INSERT_AFTER.match(sentence, end)
    verb = _VERB_AFTER.match(sentence[insert.end():insert.end() + room]) if insert else verb
    verb = verb or _WHICH_VERB.match(sentence, end)
    if (verb is None and start is not None and _SENTENCE_OPENING.fullmatch(sentence, 0, start)
            and _PREDICATE_NEXT.match(sentence, end)):
        return _SUBJECT_PARTICIPLE.search(sentence, end)
    return verb


#: Spreading is no statement: "went viral on TikTok", "clips circulating on TikTok and Facebook".
_SPREAD_BEFORE = re.compile(
    rf"\b(?:viral|circulating|circulated|trending|popular)\s+(?:\w+\s+)?(?:on|to|across)\s+"
    rf"(?:{_PLATFORM_FILLER}\s+){{0,3}}$",
    re.I)


def _platform_cue(before: str, after: str) -> str | None:
    """A platform counts where something was posted or said: "shared on Twitter", "a Telegram
    post", "wrote on X"; not where it only spread ("went viral on TikTok")."""
    platform = _PLATFORM_BEFORE.search(before)
    if platform and _SPREAD_BEFORE.search(before):
        return None
    if platform:
        return platform.group("cue")
    content = _PLATFORM_AFTER.match(after)
    if content:
        return content.group().strip()
    verb = _VERB_AFTER.match(after)
    return verb.group("cue") if verb else None


def _registry_mentions(sentence: str, registry: _Registry, context: str = "") -> list[dict]:
    """Registry names cited in a sentence; ``context`` is the article (see :func:`_article_body`)."""
    rows = []
    for start, end, hit in _find_aliases(sentence, registry):
        cue = _registry_cue(sentence, start, end, hit[1])
        if cue is not None:
            source, kind = _article_body(sentence[start:end], hit, registry, context)
            rows.append({"source": source, "kind": kind, "cue": cue, "span": (start, end)})
    return rows


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


def _dateline_credits(sentence: str, registry: _Registry) -> list[dict]:
    """News agencies credited in a dateline ("KYIV, March 5 (Reuters) - …") or a closing source
    line ("Source: AFP/CNA/rc"), and the wire that carries a press release ("SAN JOSE, Calif.,
    March 4, 2025 /PRNewswire/ -- …")."""
    rows = []
    for match in _DATELINE_CREDIT.finditer(sentence):
        group = "name" if match.group("name") else "dated"
        hit = _resolve(registry, match.group(group).strip())
        if hit and hit[1] in _MEDIA_KINDS:
            rows.append({"source": hit[0], "kind": hit[1], "cue": match.group().strip(), "span": match.span(group)})
    for match in _SOURCE_LINE.finditer(sentence):  # "Source: AFP/CNA/rc"
        for part in re.finditer(r"[^/]+", match.group("names")):
            hit = _resolve(registry, part.group().strip())
            if hit and hit[1] in _MEDIA_KINDS:
                start = match.start("names") + part.start()
                rows.append({"source": hit[0], "kind": hit[1], "cue": "Source:",
                             "span": (start, start + len(part.group()))})
    for match in _WIRE_TAG.finditer(sentence):
        name = match.group("name").strip()
        source, kind = _resolve(registry, name) or (name, "unknown")
        rows.append({"source": source, "kind": kind, "cue": match.group().strip(), "span": match.span("name")})
    return rows


#: A closing line naming the wires a story came from: "Source: AFP/CNA/rc" (the last part
#: is the editor's initials).
_SOURCE_LINE = re.compile(r"^\s*Sources?\s*:\s*(?P<names>[\w .&\-]{2,30}(?:/[\w .&\-]{1,30}){1,4})\s*$")
#: The wire tag of a press release: "/PRNewswire/ --", "/CNW/ -".
_WIRE_TAG = re.compile(r"(?<![\w/])/(?P<name>[A-Z][\w .&-]{1,30}?)/\s*(?:--|[-–—])")


def _looks_like_org(name: str, *, has_the: bool, has_descriptor: bool, media_only: bool = False) -> bool:
    words = name.split()
    if words[0] in _NOT_ORG_FIRST or name.endswith(("'s", "’s")):
        return False
    if any(w in _PERSON_TITLES for w in words) and not any(w in _ORG_WORDS for w in words):
        return False
    if _titled_person(words):
        return False
    if media_only:  # "told the Security Council" is an audience, "told the Kyiv Independent" or "told BIRN" a source
        return has_descriptor or any(w in _MEDIA_WORDS for w in words) or (not has_the and _is_acronym(name))
    if has_the or has_descriptor or any(w in _ORG_WORDS for w in words):
        return True
    return (name.isupper() and len(name) >= 2) or bool(_WEB_NAME.search(name)) or _is_brand(name)


def _is_acronym(name: str) -> bool:
    """One word of three to six capitals ("BIRN", "WFAA")."""
    return name.isalpha() and name.isupper() and 3 <= len(name) <= 6


def _is_brand(name: str) -> bool:
    """One word written as a brand or acronym, also in a part of a hyphenated word ("ShadowBreak",
    "IBRiS", "OVD-Info"); never a surname with a prefix ("McCarthy", "O'Brien-Healy")."""
    parts = [re.sub(r"^[A-Z]'", "", p) for p in name.split("-")] if " " not in name else []
    return any(_BRAND.fullmatch(p) or _ACRONYM_OR_BRAND.fullmatch(p) for p in parts)


def _is_media_head(name: str) -> bool:
    """Whether a name told something is a medium: its last word is no other organisation's
    ("told the Echo", "the Daily Beast"; not "told the Science Media Centre")."""
    last = name.split()[-1]
    return last in _MEDIA_WORDS or last not in _ORG_WORDS


def _titled_person(words: list[str]) -> bool:
    """A title followed by a name without organisation words is a person ("Council President Shannon Hardin")."""
    for i, word in enumerate(words[:-1]):
        if word in _PERSON_TITLES:
            rest = words[i + 1:]
            return not any(w in _ORG_WORDS for w in rest) and all(w[:1].isupper() for w in rest)
    return False


def _tidy_name(name: str) -> str:
    """An unknown name without a leading "The", possessive ("Iran's Ministry of …") or "US" before
    a "National"/"Federal" body ("US National Oceanic and Atmospheric Administration")."""
    name = re.sub(r"^The\s+", "", name)
    name = re.sub(r"^[A-Z][\w.\-]*'s\s+(?=[A-Z])", "", name)
    return re.sub(r"^(?:US|U\.S\.|UK)\s+(?=(?:National|Federal)\s)", "", name)


_NAME_AT = re.compile(_NAME)


def _owned_span(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of what a name owns, when it owns one ("a study by McGill University's Media
    Ecosystem Observatory" → the Observatory), else ``span``."""
    if sentence.startswith("'s ", span[1]):
        owned = _NAME_AT.match(sentence, span[1] + 3)
        if owned:
            return owned.span()
    return span


#: A programme's name is followed by its kind: "Insiders program", "the Today programme".
_PROGRAMME_AFTER = re.compile(r"\s+(?:program|programme|podcast)\b", re.I)


def _unknown_mentions(sentence: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Organisations missing from the registry, after a cue or before a reporting verb."""
    rows = []
    for match in _UNKNOWN_AFTER_CUE.finditer(sentence):
        span = _owned_span(sentence, match.span("name"))
        name = _tidy_name(sentence[span[0]:span[1]])
        desc = (match.group("desc") or "").lower()
        media_only = bool(_MEDIA_ONLY_CUE.fullmatch(match.group("cue")))
        if _EMPLOYER_CUE.fullmatch(match.group("cue")):
            desc = "company"
        is_media_desc = _DESCRIPTOR_KINDS.get(desc) in _MEDIA_KINDS
        if re.fullmatch(r"(?:[A-Z]\.)*[A-Z]\.?", name):  # "citing U.S. officials": an initialism modifier
            continue
        if _PROGRAMME_AFTER.match(sentence, span[1]):  # "said on the ABC's Insiders program": a show, no source
            continue
        if _overlaps(span, taken) or not _looks_like_org(
                name, has_the=bool(match.group("the")), has_descriptor=bool(desc) and (is_media_desc or not media_only),
                media_only=media_only):
            continue
        kind = _DESCRIPTOR_KINDS.get(desc) or _kind_from_name(name)
        if kind == "unknown" and media_only and _is_media_head(name) and not _is_acronym(name):  # "told the Echo"
            kind = "news outlet"
        rows.append({"source": name, "kind": kind, "cue": match.group("cue"),
                     "span": span})
    rows += _document_owners(sentence, taken + [r["span"] for r in rows])
    return rows + _the_name_before_verb(sentence, taken + [r["span"] for r in rows])


#: What a body publishes: "according to an Ifop poll", "based on DPWH data".
_DOCUMENT_NOUNS = r"polls?|surveys?|study|studies|reports?|analysis|estimates?|census|data|figures|statistics"
#: Verbs that report a document's findings ("A YouGov poll … found that …").
_FINDING_VERBS = r"found|finds|showed|shows|suggested|suggests|revealed|reveals|puts|estimated|estimates"
#: The owner of a poll or study cited ("according to an Ifop poll", "A YouGov poll … found") and the journal that
#: published a study ("The study, published Monday in Nature Medicine, found …").
_DOCUMENT_OWNER = re.compile(
    rf"(?<!\w)(?P<cue>(?i:according\s+to|based\s+on))\s+(?:(?i:an?|the)\s+)?(?:(?i:new|recent|latest)\s+)?"
    rf"(?P<name>{_NAME})\s+(?i:{_DOCUMENT_NOUNS})\b"
    rf"|^\s*(?:An?|The)\s+(?:(?i:new|recent|latest)\s+)?(?P<name3>{_NAME})\s+(?i:{_DOCUMENT_NOUNS})\b"
    rf"(?=[^.;]*?\s(?P<cue3>(?i:{_FINDING_VERBS}))\b)"
    rf"|(?i:study|paper|research|findings|article)\b[^.;]{{0,30}}?\b(?P<cue2>(?i:published|appeared|appearing))"
    rf"\s+(?:\w+\s+){{0,2}}?in\s+(?:the\s+(?:journal\s+)?)?(?P<name2>{_NAME})")


def _document_owners(sentence: str, taken: list[tuple[int, int]]) -> list[dict]:
    """Pollsters and journals missing from the registry (:data:`_DOCUMENT_OWNER`)."""
    rows = []
    for match in _DOCUMENT_OWNER.finditer(sentence):
        group = next(g for g in ("name", "name2", "name3") if match.group(g))
        name, span = match.group(group), match.span(group)
        if name.split()[0] in _NOT_ORG_FIRST or name.endswith("'s") or _overlaps(span, taken):
            continue
        cue = match.group("cue") or match.group("cue3") or f"{match.group('cue2')} in"
        rows.append({"source": _tidy_name(name), "kind": _kind_from_name(name), "cue": cue, "span": span})
    return rows


#: Verbs that make a lower-case ministry a source: it gives information ("said"), not only a
#: reaction to someone else's report ("dismissed the report as baseless").
_INFORMING_VERBS = frozenset("said says stated announced added confirmed warned told reported".split())
#: "the French foreign ministry said": a ministry written in lower case after a national adjective.
_LOWER_MINISTRY = re.compile(
    rf"(?<![\w'])(?P<name>[A-Z][a-z]+\s+(?:[a-z]+\s+)?ministry)\b(?=(?P<after>[^.!?]{{0,{_VERB_WINDOW}}}))")


def _the_name_before_verb(sentence: str, taken: list[tuple[int, int]]) -> list[dict]:
    """ "The <Name> said" for a name with an organisation word or of a state body's shape
    ("the Federal Returning Officer said"), and "the French foreign ministry said"."""
    rows = []
    for match in _UNKNOWN_BEFORE_VERB.finditer(sentence):
        span, name = match.span("name"), match.group("name")
        verb = _verb_after(sentence, span[1], match.start())
        is_org = any(w in _ORG_WORDS for w in name.split()) or _kind_from_name(name) == "government body"
        if verb and is_org and not _overlaps(span, taken) and _looks_like_org(name, has_the=True, has_descriptor=False):
            rows.append({"source": name, "kind": _kind_from_name(name), "cue": verb.group("cue"), "span": span})
    for match in _LOWER_MINISTRY.finditer(sentence) if "ministry" in sentence else ():
        span, verb = match.span("name"), _VERB_AFTER.match(match.group("after"))
        if (verb and verb.group("cue").lower() in _INFORMING_VERBS
                and match.group("name").split()[0] not in _NOT_ORG_FIRST and not _overlaps(span, taken)):
            rows.append({"source": match.group("name").title(), "kind": "government body",
                         "cue": verb.group("cue"), "span": span})
    return rows


#: A capitalised name, or an acronym or brand ("Gazprom", "OpenAI", "Toyota Motor Corporation").
_NAME_BEFORE_VERB = re.compile(
    rf"(?<![\w\-'&.])(?P<name>{_NAME})(?![\w\-'&])(?=(?P<after>[^.!?]{{0,{_VERB_WINDOW + _ACRONYM_ROOM}}}))")
#: A name between "a" and "spokesperson" speaks through that spokesperson ("a Google spokesperson").
_NAME_SPOKESPERSON = re.compile(rf"(?<!\w)[Aa]n?\s+(?P<name>{_NAME})\s+spokes(?:man|woman|person)\b")
#: What may stand right before a name that opens a clause: nothing, punctuation, or these words.
_CLAUSE_OPENERS = frozenset({"the", "and", "but", "while", "as", "meanwhile", "separately"})
#: Back-references that show a one-word name was an organisation ("… the company said").
_BODY_BACKREF = re.compile(
    r"\b[Tt]he\s+(?:[\w\-]+\s+)?(?:company|firm|group|alliance|bank|carrier|airline|retailer|insurer"
    r"|lender|organi[sz]ation|charity|union|club|bloc|party|carmaker|automaker|giant|manufacturer|start-?up"
    r"|movement|militia)(?:'s\b|\s+(?:\w+\s+){0,2}?(?:said|says|reported|announced|added|told|confirmed"
    r"|denied|declined|warned|wrote|posted|stated|expects|expected)\b)")
#: An appositive that calls a name an organisation ("Metrolinx, the provincial transit agency, announced").
_DESCRIBED_AFTER = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?{_APPOSITIVE_DESCRIPTOR}")
#: "X said in a statement" / "X said in its …": statements are issued by bodies.
_STATEMENT_AFTER = re.compile(r"^\s*(?:,[^,]{0,40},\s*)?\w+\s+(?:in\s+(?:a|its|an)\s+(?:\w+\s+)?statement|in\s+its\s)")
#: Words that may precede a one-word organisation without making it a surname ("The", "A Nato official").
_NOT_FORENAME = frozenset("The A An In On At But And As Meanwhile However Separately Earlier Later".split())
#: The last word of an unknown name that gives its kind ("Punchbowl News", "Toyota Motor Corporation").
_KIND_LAST_WORDS = {
    **{w: "news outlet" for w in "News Times Post Journal Herald Gazette Tribune Telegraph TV Radio Inquirer "
       "Enquirer Chronicle Courier Examiner Dispatch Sentinel Courant Advertiser".split()},
    **{w: "company" for w in "Corporation Corp Inc Ltd plc PLC LLC Company Limited".split()},
}


#: Source kind of each kind of name :func:`.speakers._name_kind` gives.
_NAME_KINDS = {"state": "government body", "company": "company", "news agency": "news agency"}


def _kind_from_name(name: str) -> str:
    """Kind an unknown name gives itself: a state body's name (a Ministry, a "… Department", a
    "National … Service", "… Police", "… Authority", "… Commission" …: see
    :func:`.speakers._name_kind`) is a government body, "… News" an outlet, "… Corporation" a company."""
    words = name.split()
    kind = _name_kind(words)
    if kind:
        return _NAME_KINDS[kind]
    return _KIND_LAST_WORDS.get(words[-1].rstrip(".,")) or _KIND_LAST_WORDS.get(_name_head(words), "unknown")


@lru_cache(maxsize=4096)
def _is_forename_of(name: str, context: str) -> bool:
    """Whether ``name`` follows another capitalised word somewhere ("Mike Johnson" → "Johnson" is a surname)."""
    for match in re.finditer(rf"(?<![\w\-])([A-Z][\w\-]*|[A-Z][a-z]{{,2}}\.)\s+{re.escape(name)}(?![\w\-])", context):
        if match.group(1) not in _NOT_FORENAME:  # "Gaza. Hamas said" is not a name, "Dr. Lowe" is
            return True
    return False


def _opens_clause(sentence: str, start: int) -> bool:
    before = sentence[:start].rstrip()
    if not before or before[-1] in ",;:—–-(\"'“‘”":
        return True
    words = re.findall(r"[\w']+", before[-20:])
    return bool(words) and words[-1].lower() in _CLAUSE_OPENERS


def _one_word_org(name: str, after: str, context: str, position: int) -> bool:
    """A one-word speaker that is an organisation: an acronym or brand, a statement, a ``which``
    clause, a later "the company" / "the group", or a descriptor before it anywhere in the
    article ("the state shipping corporation Oceanline"); never a word used as someone's surname."""
    if _is_forename_of(name, context):
        return False
    return bool((name.isupper() and len(name) >= 3) or _ACRONYM_OR_BRAND.fullmatch(name)
                or _STATEMENT_AFTER.match(after)
                or re.match(r"\s*,\s*which\s", after) or _BODY_BACKREF.search(context, position)
                or re.search(rf"(?<![\w\-])(?i:{_DESCRIPTOR})\s+{re.escape(name)}(?![\w\-])", context))


def _speaking_orgs(sentence: str, taken: list[tuple[int, int]], context: str, offset: int) -> list[dict]:
    """Organisations missing from the registry that speak: "Gazprom said", "Toyota Motor
    Corporation said", "a Google spokesperson told …". ``context`` is the article text and
    ``offset`` where the sentence starts in it (for the checks of :func:`_one_word_org`)."""
    rows = []
    for match in _NAME_BEFORE_VERB.finditer(sentence):
        name, span = match.group("name"), match.span("name")
        words = name.split()
        if (name.endswith("'s") or words[0] in _NOT_ORG_FIRST or words[0] in _PERSON_TITLES
                or _overlaps(span, taken) or not _opens_clause(sentence, span[0])):
            continue
        verb = _verb_after(sentence, span[1], span[0])
        if not verb:
            continue
        described = bool(_DESCRIBED_AFTER.match(sentence, span[1])) and not re.search(r"\s(?:of|for)\s", name)
        if len(words) > 1 and not ((described or any(w in _ORG_WORDS for w in words)
                                    or _kind_from_name(name) != "unknown")
                                   and _looks_like_org(name, has_the=True, has_descriptor=described)):
            continue
        if len(words) == 1 and not (described or _one_word_org(name, match.group("after"), context, offset + span[1])):
            continue
        rows.append({"source": _tidy_name(name), "kind": _kind_from_name(name),
                     "cue": verb.group("cue"), "span": span})
    return rows + (_spokesperson_orgs(sentence, taken, context, offset) if "spokes" in sentence else [])


def _spokesperson_orgs(sentence: str, taken: list[tuple[int, int]], context: str, offset: int) -> list[dict]:
    """The body before a spokesperson: "a Google spokesperson", "a Department of Health spokesperson"."""
    rows = []
    for match in _NAME_SPOKESPERSON.finditer(sentence):
        name, span = match.group("name"), match.span("name")
        words = name.split()
        if _overlaps(span, taken) or words[0] in _NOT_ORG_FIRST:
            continue
        if (len(words) == 1 and not _is_forename_of(name, context)) or (
                len(words) > 1 and any(w in _ORG_WORDS for w in words)):
            full = _full_state_name(name, context) if len(words) == 1 else name
            rows.append({"source": _tidy_name(full), "kind": _kind_from_name(full),
                         "cue": "spokesperson", "span": span})
    return rows


@lru_cache(maxsize=4096)
def _full_state_name(word: str, context: str) -> str:
    """ "<word> <organisation word>" when the article names the body so ("a Commerce spokesperson"
    after "the Commerce Department", "a Kestrel spokesperson" after "Kestrel Labs"), else ``word``."""
    for full in re.finditer(rf"(?<![\w\-]){re.escape(word)}\s+(?P<last>{_UPPER}\w+)\b", context):
        if full.group("last") in _ORG_WORDS:
            return full.group()
    return word


#: "the museum said", "according to the agency": a head noun that refers back to a body named before.
_HEAD_BACKREF = re.compile(
    r"(?<![\w\-])[Tt]he\s+(?P<head>museum|union|agency|department|ministry|bank|court|council|commission"
    r"|authority|university|institute|association|board|regulator|company|firm|group|trust|charity"
    r"|foundation|watchdog)(?![\w\-'])")


def _backref_mentions(sentence: str, taken: list[tuple[int, int]], context: str, offset: int,
                      registry: _Registry) -> list[dict]:
    """A body cited through a head noun that refers back to it: "the museum said in a statement"
    after "The Prado Museum …" (the nearest name before it holding the head, or given it in an
    appositive: "…, the state's largest union"). ``offset`` is where the sentence starts in
    ``context``."""
    rows = []
    for match in _HEAD_BACKREF.finditer(sentence):
        span = match.span()
        before = _CUE_BEFORE.search(sentence[max(0, span[0] - _CUE_WINDOW):span[0]])
        cue = _verb_after(sentence, span[1]) or (
            before if before and not _MEDIA_ONLY_CUE.fullmatch(before.group("cue")) else None)
        name = _named_body(match.group("head"), context[:offset + span[0]]) if cue else None
        if name and not _overlaps(span, taken):
            source, kind = _resolve(registry, name) or (name, _kind_from_name(name))
            rows.append({"source": source, "kind": kind, "cue": cue.group("cue"), "span": span})
    return rows


def _named_body(head: str, before: str) -> str | None:
    """The last organisation named in ``before`` whose name holds ``head`` ("Prado Museum" for
    "museum") or that an appositive calls so ("X, the state's largest union")."""
    found = None
    for match in re.finditer(rf"(?P<name>{_NAME})(?:\s*\([^()]{{1,30}}\))?"
                             rf"(?P<appositive>,\s+(?:the|an?)\s+(?:[\w\-']+\s+){{0,4}}?{head}(?=\s*[,.;)]))?", before):
        name = _tidy_name(match.group("name"))
        if match.group("appositive") or head.title() in name.split():
            parts = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", name)[1:]
            owned = [part for part in parts if head.title() in part.split()]
            found = owned[-1] if owned else name  # "Judge X of the Dzerzhinsky District Court": the court
    return found


#: Acronyms of places, never speaking bodies ("US President Joe Biden said").
_PLACE_ACRONYMS = frozenset("US USA UK UAE DRC EU UN".split())
#: "the NLC President, Joe Ajaero, said", "the RCN's general secretary": a body speaking through its officer.
_ACRONYM_OFFICER = re.compile(
    r"(?<![\w\-])(?P<name>[A-Z]{3,6})(?:'s)?\s+(?i:president|chair(?:man|woman|person)?|general\s+secretary"
    r"|secretary(?:-general)?|director(?:-general)?|chief\s+executive|spokes(?:man|woman|person))\b")
#: Words skipped when a name's initials are compared with an acronym.
_NAME_CONNECTORS = frozenset("of for and & on the de du".split())


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


@lru_cache(maxsize=4096)
def _expand_acronym(acronym: str, context: str) -> str:
    """The article's full name for ``acronym``, else the acronym itself: the name (starting with
    its first letter) it follows in brackets ("the Economic and Financial Crimes Commission
    (EFCC)"; an acronym written as a word, "Nadma", only so and only when it fits the name:
    :func:`.speakers._acronym_fits`), else a name whose initials
    spell it, small connecting words skipped or not ("Royal College of Nursing" for RCN,
    "General Administration of Customs" for GAC, "Department of Transportation" for DOT)."""
    bracketed = re.search(rf"(?P<name>{_NAME}(?:,\s+{_NAME})*)\s+\({re.escape(acronym)}\)", context)
    if bracketed and _tidy_name(bracketed.group("name"))[:1] == acronym[:1] and (
            acronym.isupper() or _acronym_fits(acronym, _tidy_name(bracketed.group("name")))):
        return _tidy_name(bracketed.group("name"))
    if not acronym.isupper():
        return acronym
    for match in re.finditer(_NAME, context):
        if _initials_match(acronym, match.group()):
            return re.sub(r"^The\s+", "", match.group())
    return acronym


def _initials_match(acronym: str, name: str) -> bool:
    """Whether the initials of ``name`` spell ``acronym``, its connecting words skipped or not."""
    words = re.sub(r"^The\s+", "", name).replace("-", " ").split()  # "Anti-Fraud" gives A, F
    content = [w for w in words if w not in _NAME_CONNECTORS]
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


def _own_mentions(sentence: str, own: _Registry, taken: list[tuple[int, int]]) -> list[dict]:
    """The article's own outlet cited as a news medium ("told the Herald", "Variety has learned")."""
    rows = []
    for start, end, (source, kind) in _find_aliases(sentence, own):
        cue = _registry_cue(sentence, start, end, "news outlet")
        if cue is not None and not _overlaps((start, end), taken):
            rows.append({"source": source, "kind": kind, "cue": cue, "span": (start, end)})
    return rows


#: A company's legal form after its name ("Boeing Co.", "Veridian Systems, Inc.").
_CORPORATE_SUFFIX = r",?\s+(?:Co|Inc|Corp|Ltd|plc|PLC|LLC|Limited|AG|SE|NV)\b"


def _described_kind(source: str, kind: str, context: str) -> str:
    """The kind of an unknown name from how the article describes it: a company's legal form
    after it ("Boeing Co.", "Veridian Systems, Inc."), or a descriptor right before it ("state
    nuclear corporation Rosatom", "the provincial transit agency Metrolinx") or in an appositive
    after it ("Kestrel Labs, the San Francisco software firm behind …" → company; "X, a
    Lagos-based newspaper" → news outlet)."""
    if kind != "unknown":
        return kind
    name = re.escape(source)
    if re.search(rf"(?<![\w\-]){name}{_CORPORATE_SUFFIX}", context):
        return "company"
    described = re.search(rf"(?<![\w\-])(?P<desc>(?i:{_DESCRIPTOR}))\s+{name}(?![\w\-])"
                          rf"|(?<![\w\-]){name}{_APPOSITIVE_DESCRIPTOR}", context)
    return _DESCRIPTOR_KINDS[(described.group("desc") or described.group("desc2")).lower()] if described else kind


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)


def _paragraph_citations(text: str, registry: _Registry, context: str = "", offset: int = 0,
                         own: _Registry | None = None) -> list[dict]:
    """Citations in one paragraph: source, kind, cue, evidence (the sentence).

    ``context`` is the text of the whole article with curly apostrophes made straight
    (the paragraph alone when empty) and ``offset`` where the paragraph starts in it;
    ``own`` the names of the article's own outlet (:func:`_own_outlet`).
    """
    rows = []
    context = context or text.replace("’", "'")
    for a, b in _sentences(text):
        sentence = text[a:b].replace("’", "'")  # same length: spans stay valid
        mine = _own_mentions(sentence, own, []) if own else []  # "PREMIUM TIMES", not "The Times"
        known = mine + [row for row in _registry_mentions(sentence, registry, context)
                        + _dateline_credits(sentence, registry)
                        if not _overlaps(row["span"], [m["span"] for m in mine])]
        unknown = _unknown_mentions(sentence, [row["span"] for row in known])
        unknown += _speaking_orgs(sentence, [row["span"] for row in known + unknown], context, offset + a)
        unknown += _acronym_officers(sentence, [row["span"] for row in known + unknown], context, registry)
        unknown += _backref_mentions(sentence, [row["span"] for row in known + unknown], context, offset + a,
                                     registry)
        for row in sorted(known + unknown, key=lambda r: r["span"]):
            source, kind = _expanded(row["source"], row["kind"], context)
            rows.append({"source": source, "kind": _described_kind(source, kind, context),
                         "cue": row["cue"],
                         "evidence": text[a:b].strip(), "offset": a + row["span"][0]})
    return rows


#: Registry kinds whose bare name on a line of its own, or in brackets at a line's
#: end, is an image credit ("Alamy", "(Reuters)"); outlets and platforms are not,
#: because navigation menus list them as bare lines.
_CREDITING_KINDS = frozenset({"news agency", "company"})
#: Longest credit name kept after "Image Credit:"; longer text is a caption.
_MAX_CREDIT_WORDS = 6


def _credit_name(registry: _Registry, name: str) -> str:
    """Canonical registry name, or the credit tidied (shouted surnames title-cased; one shouted
    word is an acronym and kept: "NMG")."""
    name = name.strip(" .,;:-")
    hit = _resolve(registry, re.sub(r"^(?:the|The)\s+", "", name))
    if hit:
        return hit[0]
    words = name.split()
    return " ".join(w.title() if w.isupper() and len(w) > 2 and len(words) > 1 else w for w in words)


#: Parts of a credit that name no source ("PHOTO | FILE | NMG", "Photo: Supplied", "Handout").
_NO_SOURCE_CREDITS = frozenset("file supplied handout courtesy contributed submitted archive stock".split())
#: What follows an outlet's name in a credit to its own staff ("Globe Staff", "Star photo").
_STAFF_CREDIT = re.compile(r"\s+(?:staff(?:\s+photographer)?|photo|file)$", re.IGNORECASE)


def _credit_hit(registry: _Registry, part: str, own: _Registry | None) -> tuple[str, str] | None:
    """Canonical name and kind of one part of a credit: a registry name ("The Canadian Press"),
    or the article's own outlet, also credited to its staff ("Globe Staff" in the Boston Globe)."""
    part = re.sub(r"^(?:the|The)\s+", "", part.strip(" .,;:-"))
    hit = _resolve(registry, part)
    if hit is None and own is not None:
        hit = _resolve(own, _STAFF_CREDIT.sub("", part))
    return hit


def _split_credit(registry: _Registry, cue: str, name: str,
                  own: _Registry | None = None) -> list[tuple[str, str]]:
    """(source, cue) pairs of one credit; "Photographer / AFP" credits the agency, "VnExpress/
    Photographer" the outlet, "Photographer/Globe Staff" the article's own outlet (``own``);
    "FILE" or "Supplied" names no source."""
    parts = [p.strip() for p in re.split(r"\s*[/|]\s*|\s+via\s+", name)
             if p.strip() and p.strip().lower() not in _NO_SOURCE_CREDITS]
    if not parts:
        return []
    hits = [(p, _credit_hit(registry, p, own)) for p in parts]
    agencies = [(p, h) for i, (p, h) in enumerate(hits) if h and (
        i > 0 or (len(parts) > 1 and h[1] in _CREDITING_KINDS | _MEDIA_KINDS))]  # "REUTERS/Ibraheem Abu Mustafa"
    if agencies:
        return [(h[0], f"/ {p}") for p, h in agencies]
    if len(parts) == 1 and hits[0][1]:
        return [(hits[0][1][0], cue)]
    text = parts[0] if len(parts) == 1 else name
    return [] if _is_photographer(registry, text) else [(_credit_name(registry, text), cue)]


#: A person's name: two or three capitalised words, a middle initial allowed ("Nick Moir").
_PERSON_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?(?:\s+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?)){1,2}")


def _is_photographer(registry: _Registry, name: str) -> bool:
    """A credit naming only a photographer ("Photo: Nick Moir") credits no source."""
    name = name.strip(" .,;:-")
    return (bool(_PERSON_NAME.fullmatch(name)) and _resolve(registry, name) is None
            and not any(w in _ORG_WORDS for w in name.split()))


#: The outlet's own photo credit: "(HT Photo)" in the Hindustan Times.
_OWN_PHOTO = re.compile(r"\((?P<name>[A-Z]{2,5})\s+Photos?\)\s*\.?\s*$")


def _line_credits(text: str, registry: _Registry, own: _Registry | None = None) -> list[tuple[str, str]]:
    """Image credits in one line of a page: (source, cue) pairs; ``own`` names the article's
    own outlet (:func:`_own_outlet`), whose initials may credit its photos."""
    line = text.strip().lstrip("•*-– ").strip()
    found: list[tuple[str, str]] = []
    for match in _CREDIT_PHOTO_BY.finditer(line):
        found += _split_credit(registry, match.group("cue").strip(), match.group("name"), own)
    for match in _CREDIT_AGENCY_PHOTO.finditer(line):
        hit = _resolve(registry, match.group("name"))
        found += [(hit[0], match.group().split("/")[0].lstrip("("))] if hit and hit[1] in _MEDIA_KINDS else []
    slash = _CREDIT_SLASH_END.search(line) if not found else None
    if slash and any(_credit_hit(registry, p, own) for p in re.split(r"/|\s+via\s+", slash.group("name"))):
        found += _split_credit(registry, "/", slash.group("name"), own)
    if found:
        return found
    label = _CREDIT_LABEL.search(line)
    if label:
        group = next(g for g in ("name", "name2", "name3", "name4") if label.group(g))
        name = label.group(group)
        if len(name.split()) <= _MAX_CREDIT_WORDS:
            cue = line[:label.start(group)].strip()
            return _split_credit(registry, cue.split("(")[-1].strip(), name, own)
    parens = _CREDIT_PARENS.search(line)
    credit = parens.group("name").strip() if parens else ""
    parts = [p.strip() for p in credit.split("/")] if credit.count("/") <= 1 else []
    hit = next((h for h in map(lambda p: _resolve(registry, p), parts[::-1]) if h), None)
    if hit and hit[1] in _CREDITING_KINDS:  # "(Reuters)", "(Ethan Swope/AP)", "(Reuters/Willy Kurniawan)"
        return [(hit[0], f"({credit})")]
    own_photo = _OWN_PHOTO.search(line) if own is not None else None
    if own_photo and own_photo.group("name") in own.initials:  # "(HT Photo)" in the Hindustan Times
        return [(own.initials[own_photo.group("name")], own_photo.group())]
    bare = _resolve(registry, re.sub(r"^(?:the|The)\s+", "", line.rstrip(".")))
    if bare and bare[1] in _CREDITING_KINDS:
        return [(bare[0], "")]
    return []


def _require(frame: pd.DataFrame, columns, what: str) -> None:
    require_columns(frame, columns, name=what)


def _warn_missing_text(articles: pd.DataFrame) -> None:
    missing = articles.loc[~articles["text"].map(lambda t: isinstance(t, str)), "doc_id"].tolist()
    if missing:
        warnings.warn(f"articles: {len(missing)} row(s) have no text and are searched only in their "
                      f"standfirst and page lines, e.g. doc_id {missing[:3]}", stacklevel=3)


def _body_units(articles: pd.DataFrame):
    """(doc_id, outlet, paragraph, text): standfirst as paragraph 0, then the body."""
    has_standfirst = "standfirst" in articles.columns
    for art in articles.itertuples(index=False):
        standfirst = getattr(art, "standfirst", "") if has_standfirst else ""
        if isinstance(standfirst, str) and standfirst.strip():
            yield art.doc_id, art.outlet, 0, standfirst
        text = art.text if isinstance(art.text, str) else ""
        for number, para in enumerate(text.split("\n\n"), start=1):
            yield art.doc_id, art.outlet, number, para


#: Page-line labels (of :func:`analysis.load_lines`) searched for citations
#: besides the body: captions often say where footage came from ("video
#: posted to the security service's Facebook page").
_CITING_LINE_LABELS = frozenset({"caption"})


def _line_labels(lines: pd.DataFrame, articles: pd.DataFrame) -> list:
    kept = lines.loc[lines["doc_id"].isin(set(articles["doc_id"]))]
    return [label for label, text in zip(kept["label"], kept["text"]) if isinstance(text, str)]


def _citation_rows(units, registry: _Registry) -> list[dict]:
    """Citations of each unit; the units of one document share its joined text as context."""
    units = list(units)
    contexts: dict = {}
    for doc_id, _, _, _, text in units:
        contexts.setdefault(doc_id, []).append(text)
    joined = {doc_id: "\n\n".join(texts).replace("’", "'") for doc_id, texts in contexts.items()}
    rows, offsets = [], dict.fromkeys(joined, 0)
    for doc_id, outlet, paragraph, line_no, text in units:
        own = _own_outlet(str(outlet), registry) if isinstance(outlet, str) else None
        for row in _paragraph_citations(text, registry, joined[doc_id], offsets[doc_id], own):
            rows.append({"doc_id": doc_id, "outlet": outlet, "paragraph": paragraph, "line_no": line_no, **row})
        offsets[doc_id] += len(text) + 2
    return rows


def _credit_rows(units, registry: _Registry) -> list[dict]:
    rows = []
    for doc_id, outlet, paragraph, line_no, text in units:
        own = _own_outlet(str(outlet), registry) if isinstance(outlet, str) else None
        for source, cue in _line_credits(text, registry, own):
            rows.append({"doc_id": doc_id, "outlet": outlet, "paragraph": paragraph, "line_no": line_no,
                         "source": source, "kind": "image credit", "cue": cue, "evidence": text.strip(),
                         "offset": 0})
    return rows


def _line_units(lines: pd.DataFrame, articles: pd.DataFrame):
    _require(lines, _LINE_COLUMNS, "lines")
    outlets = dict(zip(articles["doc_id"], articles["outlet"]))
    unknown = sorted(set(lines["doc_id"]) - set(outlets))
    if unknown:
        warnings.warn(f"lines: {len(unknown)} doc_id(s) not in articles are ignored, e.g. {unknown[:3]}",
                      stacklevel=3)
    for row in lines.loc[lines["doc_id"].isin(outlets)].itertuples(index=False):
        if isinstance(row.text, str):
            yield row.doc_id, outlets[row.doc_id], pd.NA, row.line_no, row.text


def cited_sources(
    articles: pd.DataFrame, *, lines: pd.DataFrame | None = None, registry: str | Path | None = None
) -> pd.DataFrame:
    """Every source an article cites for its information, and its image credits.

    Parameters
    ----------
    articles
        One row per article with ``doc_id``, ``outlet``, ``text`` (paragraphs
        separated by a blank line) and optionally ``standfirst``, as
        :func:`analysis.load_corpus` returns.
    lines
        The page's raw lines as :func:`analysis.load_lines` returns them
        (``doc_id``, ``line_no``, ``text``; ``label`` is not needed). Image
        credits and captions are mostly outside the clean body, so pass the
        lines to find credits such as "Featured Image Credit: Alamy",
        "(Photo by … / AFP)", "Volodymyr Zelenskyy (Alamy)" or a bare
        "Alamy" line. Lines labelled ``caption`` are also searched for
        citations ("video posted to … Facebook page"). Without ``lines`` the
        body paragraphs are searched for credits instead.
    registry
        Path of a registry CSV in the format of ``analysis/data/sources.csv``;
        ``None`` uses the shipped one.

    Returns
    -------
    DataFrame
        One row per citation: ``doc_id``, ``outlet``, ``paragraph`` (Int64,
        1-based body position, 0 = standfirst, <NA> for a page line),
        ``line_no`` (Int64, the page line of a credit or caption citation
        found in ``lines``, else <NA>), ``source`` (canonical name), ``kind`` (one of
        :data:`KINDS`), ``cue`` (the citing phrase as written: "as per",
        "reported", "Featured Image Credit:", "(Alamy)", "/ AFP"; empty for a
        platform named without a cue or a bare credit line), ``evidence`` (the
        sentence or line). Sorted by doc_id, then body citations in reading
        order, then page lines (captions, credits) in line order.
        Repeated identical page lines count once.
    """
    _require(articles, _ARTICLE_COLUMNS, "articles")
    _warn_missing_text(articles)
    compiled = _compile(str(registry) if registry is not None else None)
    body = [(d, o, p, pd.NA, t) for d, o, p, t in _body_units(articles)]
    page = body if lines is None else list(_line_units(lines, articles))
    captions = [] if lines is None or "label" not in lines.columns else [
        unit for unit, label in zip(page, _line_labels(lines, articles)) if label in _CITING_LINE_LABELS]
    rows = _citation_rows(body + captions, compiled) + _credit_rows(page, compiled)
    return _tidy_sources(pd.DataFrame(rows, columns=[*_SOURCE_COLUMNS, "offset"]), articles)


def _tidy_sources(frame: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    credited = set(zip(*(frame.loc[frame["kind"].eq("image credit"), c] for c in ("doc_id", "paragraph", "source"))))
    via_credit = frame["kind"].ne("image credit") & pd.Series(  # "… /AFP via Getty Images" is a credit only
        [k in credited for k in zip(frame["doc_id"], frame["paragraph"], frame["source"])], index=frame.index)
    frame = frame.loc[~via_credit]
    on_page = frame["paragraph"].isna() | frame["kind"].eq("image credit")
    dupes = on_page & frame.duplicated(["doc_id", "source", "kind", "cue", "evidence"])
    frame = frame.loc[~dupes].copy()
    frame["kind"] = _harmonise_kinds(frame)
    for column in ("paragraph", "line_no"):
        frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
    frame = frame.sort_values(["doc_id", "paragraph", "line_no", "offset", "kind"], na_position="last",
                              kind="stable")
    frame = frame[_SOURCE_COLUMNS].reset_index(drop=True)
    if isinstance(articles["outlet"].dtype, pd.CategoricalDtype):
        frame["outlet"] = pd.Categorical(frame["outlet"], dtype=articles["outlet"].dtype)
    return frame


def _harmonise_kinds(frame: pd.DataFrame) -> pd.Series:
    """An unknown name gets the kind it was given elsewhere in the same article.

    "material obtained by intelligence firm ShadowBreak" makes ShadowBreak a
    company, so "a recording obtained by ShadowBreak" in the same article is too.
    """
    specific = frame.loc[~frame["kind"].isin(["unknown", "image credit"])]
    kinds = dict(zip(zip(specific["doc_id"], specific["source"]), specific["kind"]))
    keys = zip(frame["doc_id"], frame["source"], frame["kind"])
    return pd.Series([kinds.get((d, s), k) if k == "unknown" else k for d, s, k in keys], index=frame.index,
                     dtype=object)


def citation_graph(sources: pd.DataFrame, *, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Weighted edges citing outlet → cited source.

    Parameters
    ----------
    sources
        Rows of :func:`cited_sources` (``doc_id``, ``outlet``, ``source``,
        ``kind``).
    kinds
        Keep only these kinds (e.g. leave out ``"image credit"``); ``None``
        keeps all. Unknown kinds raise ``ValueError``.

    Returns
    -------
    DataFrame
        One row per (outlet, source, kind): ``outlet``, ``source``, ``kind``,
        ``n`` (citations), ``n_articles`` (articles of the outlet citing it).
        Sorted by outlet, then ``n`` descending, then source.
    """
    _require(sources, ("doc_id", "outlet", "source", "kind"), "sources")
    if kinds is not None:
        wrong = sorted(set(kinds) - set(KINDS))
        if wrong:
            raise ValueError(f"kinds {wrong} are not known; use values of {list(KINDS)}")
        sources = sources.loc[sources["kind"].isin(kinds)]
    edges = (
        sources.groupby(["outlet", "source", "kind"], observed=True, sort=False)
        .agg(n=("doc_id", "size"), n_articles=("doc_id", "nunique"))
        .reset_index()
    )
    edges["n"] = edges["n"].astype("int64")
    edges["n_articles"] = edges["n_articles"].astype("int64")
    order = edges.assign(_neg=-edges["n"]).sort_values(["outlet", "_neg", "source", "kind"], kind="stable")
    return order.drop(columns="_neg").reset_index(drop=True)


def media_reliance(sources: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """How much each outlet leans on other media's reporting.

    Parameters
    ----------
    sources
        Rows of :func:`cited_sources`.
    articles
        The articles the sources were found in (``outlet``, ``n_paragraphs``).

    Returns
    -------
    DataFrame
        One row per outlet with articles: ``outlet``, ``n_media_citations``
        (citations of news outlets and agencies), ``n_media`` (distinct
        ones), ``n_paragraphs_citing`` (body paragraphs with at least one),
        ``share_paragraphs_citing`` (of the outlet's body paragraphs) and
        ``media`` (their names, most cited first). Image credits and
        page-level credits (no paragraph) are not counted.
    """
    _require(sources, ("doc_id", "outlet", "paragraph", "source", "kind"), "sources")
    _require(articles, ("outlet", "n_paragraphs"), "articles")
    media = sources.loc[sources["kind"].isin(MEDIA_KINDS) & sources["paragraph"].notna()]
    grouped = media.groupby("outlet", observed=True)
    table = pd.DataFrame({
        "n_media_citations": grouped.size(),
        "n_media": grouped["source"].nunique(),
        "n_paragraphs_citing": grouped[["doc_id", "paragraph"]].apply(lambda g: len(g.drop_duplicates())),
        "media": grouped["source"].agg(lambda names: ", ".join(names.value_counts(sort=True).index)),
    })
    n_paragraphs = articles.groupby("outlet", observed=True)["n_paragraphs"].sum()
    table = table.reindex(n_paragraphs.index).rename_axis("outlet")
    counts = ["n_media_citations", "n_media", "n_paragraphs_citing"]
    table[counts] = table[counts].fillna(0).astype("int64")
    table["media"] = table["media"].fillna("")
    table["share_paragraphs_citing"] = table["n_paragraphs_citing"] / n_paragraphs.where(n_paragraphs > 0)
    return table.reset_index()[["outlet", *counts, "share_paragraphs_citing", "media"]]
