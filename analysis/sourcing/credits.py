"""Credits: image credits of a page and the agency credits of datelines and wire tags.

:func:`_line_credits` reads one caption or credit line ("Featured Image Credit: Alamy",
"(Photo by … / AFP)", "(AP Photo/…)", "Aris Messinis/AFP via Getty Images", "Photo by X/Rappler",
"PHOTO | FILE | NMG", "[YONHAP]", "(HT Photo)" in the Hindustan Times, "(AA Photo)" for the Anadolu
Agency); a credit naming only a photographer,
"Supplied", "Handout" or "FILE" names no source. :func:`_dateline_credits` finds the agency of a
dateline ("KYIV, March 5 (Reuters) -"), a closing "Source: AFP/CNA/rc" line, the wire of a
press release ("/PRNewswire/ --") and the body that issues a release ("Issued by: Media Office,
City of Cape Town", "contact: Conor Hegarty, Communications Manager, Dublin Chamber"). :func:`_credit_rows` gives the rows of
:func:`.citations.cited_sources` for credit lines.

Round 14 added: "(Photo courtesy of X)" in brackets; a credit whose own words make it a body ("King
County") is no photographer.

Round 16 added: dateline agencies by initials without brackets after the date ("Accra, Oct. 13, GNA –",
"MELBOURNE, Nov 12 AAP -"; the own outlet's initials also when the registry lists it) and a registry
agency in brackets ending the dateline's sentence ("Lima, Nov. 14 (ANDINA).").

Round 18 added: a "©" credit may carry a "Photo :"/"Image :" label ("© Photo : Russian Defense Ministry").

Round 94 added: copyright signs, brackets and archives around a credit (:func:`_credit_part`); "Photo by:", "Pic:"
and "Representative image:" labels; a credit named before "photo" or ending a short caption
(:func:`_named_photo_credit`), also by the own outlet's initials.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..checks import ArticleFailures
from .registry import _MEDIA_KINDS, _Registry, _own_outlet, _own_word, _resolve
from .source_kinds import _MEDIA_WORDS, _NAME, _ORG_WORDS, _PLACE_ACRONYMS, _expanded, _kind_from_name
from .source_mentions import _article_body
from .speaker_lexicon import _UPPER

_CREDIT_LABEL = re.compile(
    r"(?:Featured\s+|File\s+|Representative\s+)?(?:Image|Photo|Picture|Photograph|Header\s+image|Main\s+image|Top\s+image"
    r"|Foto|Bild|Pic)s?"
    # "Foto: … / dpa", "File photo/AP", "PHOTO | NMG", "Photo by: X / Motorsport Images"; "Photo by X/Rappler"
    r"(?:\s+(?:credits?|source|by))?\s*[:/|]\s*(?P<name>[^()\n]{2,80}?)\s*\)?\s*$"
    r"|(?:^|[.!?]\s*)(?-i:Photo|Picture|Image)s?\s+(?:by|via|courtesy\s+of)\s+(?:the\s+)?(?P<name4>(?-i:[A-Z])[^()\n]{1,80}?)\s*$"
    # round 136: "Courtesy of" alone after a caption or in its closing brackets ("Night Harbor (Courtesy of Universal
    # Pictures)")
    r"|(?:\(|(?<=\))\s*|[.!?]\s+)(?-i:Courtesy)\s+of\s+(?:the\s+)?(?P<name6>(?-i:[A-Z])[^()\n]{1,60}?)\s*\)?\s*$"
    r"|[.!?]\s+(?-i:Source)\s*:\s*(?P<name5>[^()\n]{2,80}?)\s*$"
    r"|(?:^|\s)(?:©|\(c\))\s*(?:(?:Photo|Image)s?\s*:\s*)?(?P<name3>[^()\n]{2,60}?)\s*$"  # "© Photo : Russian Defense …"
    r"|(?:^|\s)Credits?\s*:\s*(?P<name2>[^()\n]{2,80}?)\s*$",
    re.IGNORECASE,
)
_CREDIT_PHOTO_BY = re.compile(
    r"\(\s*(?P<cue>Photo(?:graph)?s?\s*(?::|by|courtesy\s+of)|Picture\s*(?::|by)|Credit\s*:)\s*(?P<name>[^()]{2,80})\)",
    re.I
)
#: A word every credit label holds (a cheap test before :data:`_CREDIT_LABEL`).
_CREDIT_WORD = re.compile(r"image|photo|picture|foto|bild|source|credit|courtesy|©|\bpic\b|\(c\)|•", re.IGNORECASE)
#: Agency photo credits: "(AP Photo/Evgeniy Maloletka)", "(Reuters Photo/…)".
_CREDIT_AGENCY_PHOTO = re.compile(r"\((?P<name>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*)?)\s+Photos?\s*/[^()]{2,60}\)")
#: A caption ending in "Photographer/Agency" or "Photographer/Agency via Getty Images".
_CREDIT_SLASH_END = re.compile(
    r"(?:^|[.!?]\s*)(?P<name>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}\s*/\s*[A-Z][\w .&\-]{1,40}?)\s*\.?\s*$")
#: A credit in brackets at a caption's end: "(Reuters)", "(Ethan Swope/AP)", "[YONHAP]".
_CREDIT_PARENS = re.compile(r"[(\[](?P<name>[^()\[\]]{2,40})[)\]]\s*\.?\s*$")
#: The place and date opening a dateline: "New Delhi, Nov 18", "Lima, Nov. 14".
_DATELINE_DATE = r"^\s*[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
#: Agency credit in a dateline: "KYIV, March 5 (Reuters) -", "(AP) —", without a dash after a date
#: ("New Delhi, Nov 18 (PTI) The …"; a registry agency also alone in its sentence, "Lima, Nov. 14 (ANDINA).",
#: not the own outlet, as set 14 leaves "(MONTSAME)." uncited), and an agency's initials unbracketed after a
#: date ("Accra, Oct. 13, GNA – …", "MELBOURNE, Nov 12 AAP -").
_DATELINE_CREDIT = re.compile(
    r"\((?P<name>[A-Za-z][\w .&'-]{1,30})\)\s*[-–—:]"  # "(dpa) -" too, "Manila, Jan 31 (AFP): …"
    rf"|{_DATELINE_DATE}\s*\((?P<dated>[A-Za-z][\w .&'-]{{1,30}})\)\.?\s+(?=[A-Z])"
    rf"|{_DATELINE_DATE}\s*\((?P<closed>[A-Za-z][\w .&'-]{{1,30}})\)\.\s*$"
    rf"|{_DATELINE_DATE},?\s+(?P<bare>[A-Z]{{2,6}})\s*[-–—]\s"
    r"|^\s*(?:--|[-–—])\s*(?P<signoff>[A-Za-z][\w .&'-]{1,30}?)\s*\.?\s*$")  # a wire's sign-off line: "-- BERNAMA"
#: A line opening with a dash: a wire's sign-off, never an image credit ("-- BERNAMA", "— Reuters").
_SIGN_OFF = re.compile(r"^\s*(?:--|[-–—])")


def _dateline_hit(name: str, registry: _Registry, own: _Registry | None) -> tuple[str, str] | None:
    """(source, kind) of a dateline's agency: a registry medium, or the article's own outlet under its
    name ("Ulaanbaatar, July 11 (MONTSAME)." in Montsame) or initials ("GNA" in the Ghana News Agency)."""
    hit = _resolve(registry, name)
    if hit and hit[1] in _MEDIA_KINDS:
        return hit
    if own is not None and name in own.initials:  # "Accra, Oct. 13, GNA –" in the Ghana News Agency
        return _resolve(own, own.initials[name]) or _resolve(registry, own.initials[name])
    return _resolve(own, name) if own is not None else None


def _dateline_credits(sentence: str, registry: _Registry, own: _Registry | None = None) -> list[dict]:
    """News agencies credited in a dateline ("KYIV, March 5 (Reuters) - …", the own outlet ``own`` too:
    :func:`_dateline_hit`), a wire's sign-off line ("-- BERNAMA") or a closing source line ("Source: AFP/CNA/rc"), the wire that carries a
    press release ("SAN JOSE, Calif., March 4, 2025 /PRNewswire/ -- …") and the body that issues it
    (:data:`_ISSUER_LINE`)."""
    rows = []
    for match in _DATELINE_CREDIT.finditer(sentence):
        group = next(g for g in ("name", "dated", "closed", "bare", "signoff") if match.group(g))
        hit = _dateline_hit(match.group(group).strip(), registry, None if group == "closed" else own)
        if hit:
            rows.append({"source": hit[0], "kind": hit[1], "cue": match.group().strip(), "span": match.span(group)})
    for match in _SOURCE_LINE.finditer(sentence):  # "Source: AFP/CNA/rc"
        for part in re.finditer(r"[^/]+", match.group("names")):
            hit = _resolve(registry, part.group().strip())
            if hit and hit[1] in _MEDIA_KINDS:
                start = match.start("names") + part.start()
                rows.append({"source": hit[0], "kind": hit[1], "cue": "Source:",
                             "span": (start, start + len(part.group()))})
    for match in _ISSUER_LINE.finditer(sentence):  # "Issued by: Media Office, City of Cape Town"
        name = match.group("name")
        if name.split()[-1] in _OFFICE_WORDS:  # "Issued by: X, FAZ Communications Manager": a person's office
            continue
        source, kind = _resolve(registry, name) or (name, _kind_from_name(name))
        rows.append({"source": source, "kind": kind, "cue": match.group("cue"), "span": match.span()})
    for match in _WIRE_TAG.finditer(sentence):
        name = match.group("name").strip()
        source, kind = _resolve(registry, name) or (name, "unknown")
        rows.append({"source": source, "kind": kind, "cue": match.group().strip(), "span": match.span("name")})
    return rows


#: A closing line naming the wires a story came from: "Source: AFP/CNA/rc" (the last part
#: is the editor's initials).
_SOURCE_LINE = re.compile(r"^\s*Sources?\s*:\s*(?P<names>[\w .&\-]{2,30}(?:/[\w .&\-]{1,30}){1,4})\s*$")
#: The issuer of a press release or statement, after its office or contact person: "Issued by the
#: Communications Team, Royal Wessex Hospitals NHS Foundation Trust", "For more information,
#: contact: Conor Hegarty, Communications Manager, Dublin Chamber".
_ISSUER_LINE = re.compile(
    rf"(?m)^\s*(?P<cue>Issued\s+by|(?:For\s+(?:more|further)\s+information,?\s+)?(?i:please\s+)?[Cc]ontact)\s*:?\s+"
    rf"(?:the\s+)?(?:[^,\n]{{1,60}},\s+){{1,2}}(?P<name>{_NAME})\s*\.?\s*$")
#: Last words of an office held by a person, never the issuing body ("FAZ Communications Manager").
_OFFICE_WORDS = frozenset("Manager Officer Director Spokesperson Spokesman Spokeswoman Coordinator Adviser Head".split())
#: The wire tag of a press release: "/PRNewswire/ --", "/CNW/ -".
_WIRE_TAG = re.compile(r"(?<![\w/])/(?P<name>[A-Z][\w .&-]{1,30}?)/\s*(?:--|[-–—])")


#: Registry kinds whose bare name on a line of its own, or in brackets at a line's
#: end, is an image credit ("Alamy", "(Reuters)"); outlets and platforms are not,
#: because navigation menus list them as bare lines.
_CREDITING_KINDS = frozenset({"news agency", "company"})
#: Longest credit name kept after "Image Credit:"; longer text is a caption.
_MAX_CREDIT_WORDS = 6


def _credit_name(registry: _Registry, name: str) -> str:
    """Canonical registry name, or the credit tidied (a shouted name title-cased; one shouted word
    is an acronym and kept, "NMG", and so is one beside other words, "FAZ Media")."""
    name = name.strip(" .,;:-")
    hit = _resolve(registry, re.sub(r"^(?:the|The)\s+", "", name))
    if hit:
        return hit[0]
    words = name.split()
    return " ".join(w.title() if len(w) > 2 and len(words) > 1 and name.isupper() else w for w in words)


#: Parts of a credit that name no source ("PHOTO | FILE | NMG", "Photo: Supplied", "Handout", "PHOTO/X").
_NO_SOURCE_CREDITS = frozenset(
    "file supplied handout courtesy contributed submitted archive stock photographer contributor photo picture "
    "image staff".split() + ["staff photographer", "file photo"])
#: What follows an outlet's name in a credit to its own staff or archive ("Globe Staff", "Star photo",
#: "WINNIPEG FREE PRESS FILES").
_STAFF_CREDIT = re.compile(r"\s+(?:staff(?:\s+photographer)?|photo|files?)$", re.IGNORECASE)


def _credit_hit(registry: _Registry, part: str, own: _Registry | None) -> tuple[str, str] | None:
    """Canonical name and kind of one part of a credit: the article's own outlet by its initials or a word of its
    name ("The Nugget" in the North Bay Nugget, "The Times" in the Shreveport Times), a registry name ("The Canadian
    Press"), or the own outlet credited to its staff ("Globe Staff" in the Boston Globe)."""
    part = re.sub(r"^(?i:the)\s+", "", part.strip(" .,;:-"))  # "THE CANADIAN PRESS/Nathan Denette"
    if own is not None and part in own.initials:  # "ST PHOTO:" in the Straits Times, "Photo: RBA" in its own article
        return _resolve(own, re.sub(r"^The\s+", "", own.initials[part]))
    hit = _resolve(registry, part)
    own_hit = _own_word(own, part) if part.istitle() and " " not in part else None  # "Photo: The Nugget"
    if own_hit and not (hit and _opens(own_hit[0], hit[0])):  # "Yle" stays the registry's in Yle News
        hit = own_hit
    if hit is None and own is not None:
        hit = _resolve(own, _STAFF_CREDIT.sub("", part))
    return hit


def _opens(name: str, short: str) -> bool:
    """Whether ``short`` opens ``name``, "The" aside ("Yle" opens "Yle News"; "The Times" no "Shreveport Times")."""
    return re.sub(r"^The\s+", "", name).startswith(re.sub(r"^The\s+", "", short))


def _split_credit(registry: _Registry, cue: str, name: str,
                  own: _Registry | None = None) -> list[tuple[str, str]]:
    """(source, cue) pairs of one credit; "Photographer / AFP" credits the agency, "VnExpress/
    Photographer" the outlet, "Photographer/Globe Staff" the article's own outlet (``own``), and
    a name beside a photographer's the name ("Fredrik Sandberg/TT", "Inquam Photos/Octav Ganea", "Rory Delacroix for
    ProPublica"), of two names like a person's the second ("Imran Ali/White Star");
    "Courtesy of X" credits X; "FILE" or "Supplied" names no source."""
    commissioned = re.match(r"(?P<who>.+?)\s+for\s+(?P<outlet>.+)$", name)  # "Rory Delacroix for ProPublica"
    if commissioned and _is_photographer(registry, commissioned.group("who")):
        name = f"{commissioned.group('who')}/{commissioned.group('outlet')}"
    parts = [_credit_part(p) for p in re.split(r"\s*[/|]\s*|\s+via\s+|\s+[-–]\s+", name)]
    if len(parts) == 1 and ", " in name:  # "Photo: Lin Pei-chen, Taipei Times"; "Sophie Rabey, 25-1104-07"
        pair = [p.strip() for p in name.split(", ")]
        parts = pair if len(pair) == 2 and (_is_body_part(registry, pair[1]) or _NOT_A_NAME.match(pair[1])) else parts
    parts = [p for p in parts if p and p.lower() not in _NO_SOURCE_CREDITS and not _NOT_A_NAME.match(p)]
    if not parts:
        return []
    hits = [(p, _credit_hit(registry, p, own)) for p in parts]
    agencies = [(p, h) for i, (p, h) in enumerate(hits) if h and (
        i > 0 or (len(parts) > 1 and h[1] in _CREDITING_KINDS | _MEDIA_KINDS))]  # "REUTERS/Ibraheem Abu Mustafa"
    if agencies:  # with a picture agency's one-word name beside them ("Scanpix/LETA")
        pictures = [(_credit_name(registry, p), f"/ {p}") for p, h in hits if not h and _PICTURE_AGENCY.fullmatch(p)]
        return pictures + [(h[0], f"/ {p}") for p, h in agencies]
    if len(parts) == 1 and hits[0][1]:
        return [(hits[0][1][0], cue)]
    others = [p for p in parts if not _is_photographer(registry, p)]
    if len(parts) == 2 and len(others) == 1:  # "Žygimantas Gedvila/BNS": the name beside the photographer's
        return [(_credit_name(registry, others[0]), f"/ {others[0]}")]
    if len(parts) == 2 and not others:  # "Imran Ali/White Star": two names like a person's, the photographer's first
        return [(_credit_name(registry, parts[1]), f"/ {parts[1]}")]
    if len(parts) > 1 and len(others) == len(parts):  # "Scanpix/LETA", "Rubin Observatory/NOIRLab": each credited,
        # but a shouted person's name beside another part ("LUCY WANJIRU | NMG") is the photographer's
        named = [p for p in parts if not (p.isupper() and 2 <= len(p.split()) <= 3 and p.replace(" ", "").isalpha())]
        return [(_credit_name(registry, p), f"/ {p}") for p in named]
    text = parts[0] if len(parts) == 1 else name
    return [] if _is_photographer(registry, text) else [(_credit_name(registry, text), cue)]


#: One word naming a picture agency by its ending ("Scanpix", "Newspix", "Fotopress").
_PICTURE_AGENCY = re.compile(r"[A-Z]\w+(?i:pix|pics|foto|fotos|photo|photos|press)")
#: A part of a credit that names nobody: a picture's number or a social media handle ("SBMA/25011501",
#: "Instagram/@jessmoreau").
_NOT_A_NAME = re.compile(r"^(?:[\d\-_.\s]+|@\w+)$")
#: "Courtesy of" before a credited name ("Photo: Courtesy of Voltaris Energy").
_COURTESY = re.compile(r"^(?i:courtesy(?:\s+of)?)\s+(?=\S)")
#: Marks around a credited name that are no part of it: a copyright sign ("© Shutterstock", "(C)Getty Images"),
#: brackets ("[Photo/Xinhua]"), an archive ("Télam archive", "Manorama Archives" keeps its capital).
_CREDIT_MARKS = re.compile(r"^(?:©|\((?i:c)\))\s*|[\[\]()]|\s+(?:archives?|files?)$")
#: A picture's word after a one-word name ("SunStar Photo", "AAP Image"; not "Alamy Stock Photo").
_ONE_WORD_PHOTO = re.compile(r"^(?P<name>\S+)\s+(?i:photo|image)$")


def _credit_part(part: str) -> str:
    """One part of a credit without "Courtesy of", the marks of :data:`_CREDIT_MARKS` and a picture's word after a
    one-word name (:data:`_ONE_WORD_PHOTO`)."""
    part = _COURTESY.sub("", _CREDIT_MARKS.sub("", part.strip()).strip())
    return _ONE_WORD_PHOTO.sub(r"\g<name>", part)


#: A word of a person's name: capitalised, in any alphabet, with a prefix ("McCann", "O'Brien",
#: "Lõvi", "Žygimantas") or hyphenated parts; or a middle initial ("J.").
_PERSON_WORD = re.compile(rf"(?:Ma?c|O')?{_UPPER}[^\W\d_A-Z]+(?:[-'](?:Ma?c)?{_UPPER}[^\W\d_A-Z]+|-[^\W\d_A-Z]+)?"
                          rf"|{_UPPER}\.?")  # "Pei-chen", a given name of two syllables


#: A rank before a military photographer's name ("Pvt. Ethan Moor/U.S. Army", "Staff Sgt. Jo Lee").
_RANK = re.compile(r"^(?:(?:Staff|Master|Tech|Chief|Petty)\s+)?(?:Pvt|Pfc|Spc|Sgt|Cpl|Lt|Capt|Maj|Col|Airman|Seaman|PO|Ens)\.?\s+")


def _is_photographer(registry: _Registry, name: str) -> bool:
    """A credit naming only a photographer ("Photo: Nick Moir", "Siim Lõvi") credits no source: two to
    four words of a person's name (:data:`_PERSON_WORD`), not opening with "The" ("The Baltimore
    Banner"), no registry name, no organisation word, no body by its own words ("King County"). A shouted name stays a credit, as the bundled
    corpus labels it ("(Photo : DIMITAR DILKOFF)"); no medium's word either, also in a hyphenated one ("Democrat-Gazette")."""
    words = _RANK.sub("", name.strip(" .,;:-")).split()
    return (2 <= len(words) <= 4 and words[0] != "The" and all(_PERSON_WORD.fullmatch(w) for w in words)
            and not words[-1].endswith(".") and _resolve(registry, " ".join(words)) is None
            and not any(w in _ORG_WORDS or w in _PICTURE_WORDS or _MEDIA_WORDS.intersection(w.split("-")) for w in words)
            and _kind_from_name(" ".join(words)) == "unknown")  # "King County" is a body by its name


def _beside_photographer(registry: _Registry, credit: str) -> bool:
    """Whether a credit of two parts pairs a photographer with a name that is none ("Shir
    Torem/Flash90", "Keystone / Jean-Christophe Bott")."""
    parts = [p.strip() for p in credit.split("/")]
    return len(parts) == 2 and sum(_is_photographer(registry, p) for p in parts) == 1 and all(
        p[:1].isupper() for p in parts)


#: Words of a picture agency's name, never of a photographer's ("Inquam Photos", "Getty Images").
_PICTURE_WORDS = frozenset("Photo Photos Photography Pictures Images Imaging Studio Studios Archive Archives".split())


#: A photo credit by initials: the outlet's own ("(HT Photo)" in the Hindustan Times) or a news
#: agency's ("(AA Photo)" for the Anadolu Agency).
_INITIALS_PHOTO = re.compile(r"\((?P<name>[A-Z]{2,5})\s+Photos?\)\s*\.?\s*$")


#: A medium or agency named before "photo" ("(Getty Images photo)", "(AFP file photo)", "Tribune photo", "ST PHOTO: X")
#: or after a bullet or a caption's last full stop ("… four wickets • Getty Images", "Players protest. EFE").
_NAMED_PHOTO = re.compile(
    r"(?:^|[(\[\s])(?P<name>[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3})\s+(?i:file\s+)?(?i:photos?|pictures?)"
    r"(?:[)\]]?\s*\.?\s*$|\s*:\s)"
    r"|(?:[.!?]\s+|\s•\s*)(?P<after>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2})\s*$")
#: Longest line read as a caption for a credit after its last full stop or a bullet.
_CAPTION_MAX_CHARS = 200


def _named_photo_credit(line: str, registry: _Registry, own: _Registry | None) -> list[tuple[str, str]]:
    """A credit by a registry agency, picture agency or company, or by the own outlet, named before "photo" or
    at a short caption's end (:data:`_NAMED_PHOTO`); a name no registry knows credits nothing."""
    match = _NAMED_PHOTO.search(line)
    if match is None or (match.group("after") and len(line) > _CAPTION_MAX_CHARS):
        return []
    hit = _credit_hit(registry, match.group("name") or match.group("after"), own)
    if hit is None or (match.group("after") and hit[1] not in _CREDITING_KINDS):
        return []
    return [(hit[0], match.group().strip(" ([.!?•"))]


@lru_cache(maxsize=8)
def _agency_initials(registry: _Registry) -> dict[str, str]:
    """Initials -> canonical name of each registry news agency of two words or more ("AA" ->
    Anadolu Agency); initials two agencies share are left out."""
    names = {canonical for canonical, kind, _ in registry.lookup.values() if kind == "news agency"}
    initials: dict[str, list[str]] = {}
    for name in names:
        words = [w for w in name.split() if w[:1].isupper()]
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words), []).append(name)
    return {k: v[0] for k, v in initials.items() if len(v) == 1}


def _initials_credit(line: str, registry: _Registry, own: _Registry | None) -> list[tuple[str, str]]:
    """A photo credit by initials (:data:`_INITIALS_PHOTO`): the article's own outlet's first, then a news
    agency's, else three initials or more as written."""
    match = _INITIALS_PHOTO.search(line)
    if match is None:
        return []
    name = match.group("name")
    source = (own.initials.get(name) if own is not None else None) or _agency_initials(registry).get(name)
    if source is None and len(name) < 3:  # "(XY Photo)": two letters are another outlet's, not an agency's
        return []
    return [(source or name, match.group())]  # "(IHA Photo)": an agency the registry does not know, as written


def _line_credits(text: str, registry: _Registry, own: _Registry | None = None) -> list[tuple[str, str]]:
    """Image credits in one line of a page: (source, cue) pairs; ``own`` names the article's
    own outlet (:func:`.registry._own_outlet`), whose initials may credit its photos."""
    line = text.strip().lstrip("•*-– ").strip()
    found: list[tuple[str, str]] = []
    for match in _CREDIT_PHOTO_BY.finditer(line):
        found += _split_credit(registry, match.group("cue").strip(), match.group("name"), own)
    for match in _CREDIT_AGENCY_PHOTO.finditer(line):  # "(AP Photo/…)"; an unknown one-word brand as written
        hit = _resolve(registry, match.group("name")) or (
            (match.group("name"), "news agency") if " " not in match.group("name") else None)
        found += [(hit[0], match.group().split("/")[0].lstrip("("))] if hit and hit[1] in _MEDIA_KINDS else []
    slash = _CREDIT_SLASH_END.search(line) if not found and "/" in line else None
    if slash and (any(_credit_hit(registry, p, own) for p in re.split(r"/|\s+via\s+", slash.group("name")))
                  or _beside_photographer(registry, slash.group("name"))):
        found += _split_credit(registry, "/", slash.group("name"), own)
    if found:
        return found
    label = _CREDIT_LABEL.search(line) if _CREDIT_WORD.search(line) else None
    named = _named_photo_credit(line, registry, own) if label else []
    if named:  # "ST PHOTO: DESMOND LEE KAI" in the Straits Times: the outlet, not its photographer
        return named
    if label:
        group = next(g for g in ("name", "name2", "name3", "name4", "name5", "name6") if label.group(g))
        name = label.group(group)
        if len(name.split()) <= _MAX_CREDIT_WORDS:
            cue = line[label.start():label.start(group)].strip().lstrip(".!?").strip()
            return _split_credit(registry, cue.split("(")[-1].strip(), name, own)
    found = (_bracket_credit(line, registry, own) or _initials_credit(line, registry, own)  # "(HT Photo)", "(AA Photo)"
             or _named_photo_credit(line, registry, own))
    if found:
        return found
    bare = _resolve(registry, re.sub(r"^(?:the|The)\s+", "", line.rstrip(".")))
    if bare and bare[1] in _CREDITING_KINDS and not _SIGN_OFF.match(text):
        return [(bare[0], "")]
    return []


#: What parts a bracketed credit: a slash, a pipe, a spaced dash, a comma or a colon ("(Scott G Winterton, Deseret
#: News)", "[ DOUGLAS R. CLIFFORD | Tampa Bay Times ]", "( Halil Demir - Anadolu Agency )", "(ABC News: Tessa Marlow)").
_CREDIT_SEPARATOR = re.compile(r"\s*/\s*|\s+[|\-–]\s+|\s*\|\s*|,\s+|:\s+")


def _is_body_part(registry: _Registry, part: str) -> bool:
    """Whether one part of a credit names a medium or body: a registry name, a name holding a medium's or an
    organisation's word, or one whose words give its kind ("Taipei Times")."""
    return bool(_resolve(registry, part) or {*_MEDIA_WORDS, *_ORG_WORDS}.intersection(part.split())
                or _kind_from_name(part) != "unknown")


def _bracket_credit(line: str, registry: _Registry, own: _Registry | None) -> list[tuple[str, str]]:
    """A credit in brackets at a line's end (:data:`_CREDIT_PARENS`): an agency or company of the registry
    ("(Reuters)", "(Ethan Swope/AP)", "(Reuters/Willy Kurniawan)"), a name beside a photographer's
    ("(Shir Torem/Flash90)"), or, of two names, the second, a photographer's coming first ("(Joel
    Ostrowski-Lee / Juneau Empire)")."""
    parens = _CREDIT_PARENS.search(line)
    credit = parens.group("name").strip() if parens else ""
    parts = [p.strip() for p in _CREDIT_SEPARATOR.split(credit)]
    if "/" not in credit and "|" not in credit and len(parts) == 2 and not any(_is_body_part(registry, p) for p in parts):
        parts = [credit]  # "(None, Your Honor.)": a comma, colon or dash parts a credit only beside a medium or body
    parts = parts if len(parts) <= 2 else []
    hit = next((h for h in map(lambda p: _resolve(registry, p), parts[::-1]) if h), None)
    if hit and hit[1] in _CREDITING_KINDS:
        return [(hit[0], f"({credit})")]
    if len(parts) == 2 and _beside_photographer(registry, "/".join(parts)):
        return _split_credit(registry, f"({credit})", "/".join(parts), own)
    if len(parts) == 2 and all(_is_photographer(registry, p) for p in parts):
        return [(_credit_name(registry, parts[1]), f"({credit})")]
    return []


def _spelled_out(source: str, registry: _Registry, context: str) -> str:
    """A credit by acronym under the name the article spells it out as ("Photo: CNA" after "the
    Cyprus News Agency (CNA)", "Photo via OIJ" after "the Judicial Investigation Agency (OIJ)");
    see :func:`.source_mentions._article_body` and :func:`.source_kinds._expanded`."""
    if not (source.isalpha() and source.isupper() and 2 <= len(source) <= 6) or source in _PLACE_ACRONYMS:
        return source
    hit = _resolve(registry, source)
    return (_article_body(source, hit, registry, context) if hit else _expanded(source, "unknown", context))[0]


def _credit_rows(units, registry: _Registry, failures: ArticleFailures) -> list[dict]:
    """Rows of :func:`.citations.cited_sources` for the image credits of ``units`` (doc_id, outlet,
    paragraph, line_no, text); the units of one document are its context for acronyms; a unit the rules
    fail on is left out and kept in ``failures``."""
    units = list(units)
    contexts: dict = {}
    for doc_id, _, _, _, text in units:
        contexts.setdefault(doc_id, []).append(text)
    rows = []
    for doc_id, outlet, paragraph, line_no, text in units:
        own = _own_outlet(str(outlet), registry) if isinstance(outlet, str) else None
        for source, cue in failures.run(doc_id, _line_credits, text, registry, own):
            if not isinstance(contexts[doc_id], str):
                contexts[doc_id] = "\n\n".join(contexts[doc_id]).replace("’", "'")
            rows.append({"doc_id": doc_id, "outlet": outlet, "paragraph": paragraph, "line_no": line_no,
                         "source": _spelled_out(source, registry, contexts[doc_id]), "kind": "image credit",
                         "cue": cue, "evidence": text.strip(), "offset": 0})
    return rows
