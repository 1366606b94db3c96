"""Citing contexts: the cue before a name, the reporting verb after it, platform cues.

:func:`_registry_cue` decides whether a registry mention is a citation: a cue before it
(:data:`_CUE`; conversation cues such as "told" only for media, :data:`_MEDIA_ONLY_CUE`), a
reporting verb after it (:func:`_verb_after`, also past an acronym in brackets, an
appositive or a relative clause, or a reporting participle of the sentence's subject), an
affiliate ("Al Jazeera's correspondent … said") or the body's own numbers; a social platform
counts where something was posted on it (:func:`_platform_cue`). :func:`_sentences` splits a
paragraph into sentences.

Round 14 added: "has/had/have called" before a label in quotes is a verb; "published on <day> by", an
"inventory/database/index/ranking/tally by" and "a representative of" are cues; a verb before an unnamed
spokesperson or official of a body cites it (:func:`_inverted_affiliate_verb`); a name in apposition between
commas takes the verb after them (:func:`_appositive_verb`); "observing" is a reporting participle.

Round 18 added: a platform where something only "trended" is no source (:data:`_SPREAD_BEFORE`).
"""

from __future__ import annotations

import re

from .quote_cues import _is_abbreviation
from .registry import _MEDIA_KINDS
from .source_kinds import _DESCRIPTOR

#: How far (characters) before a name a cue may sit; room for "the state-run news agency".
_CUE_WINDOW = 60
#: How far after a name a reporting verb may sit; room for ", citing officials," or "on Monday".
_VERB_WINDOW = 45

#: "(as) first reported by", with a time between ("first reported Tuesday morning by the Cape Cod Times").
_FIRST_REPORTED = (r"(?:as\s+)?(?:first|originally)\s+reported(?:\s+(?:on\s+)?(?:\w+day|last\s+\w+|this\s+\w+|earlier)"
                   r"(?:\s+(?:morning|afternoon|evening|night))?)?\s+by")

_CUE = (
    r"according\s+to(?:\s+(?:reports?|data|figures|a\s+statement|a\s+report|an?\s+\w+|the\s+\w+)\s+(?:from|by|in))?"
    rf"|as\s+per|as\s+cited\s+by|cited\s+by|{_FIRST_REPORTED}|as\s+reported\s+by|reported\s+by"
    r"|as\s+quoted\s+by|quoted\s+by"
    r"|via|told|telling|tells|in\s+an\s+interview\s+(?:with|over)|interview\s+(?:with|over)"
    r"|(?:spoke|speaking|speak|talking|talk|talked)\s+(?:to|with)|(?:speaking|spoke|appearing|appeared)\s+on"
    r"|journalists?\s+(?:from|at|of|with)|(?:correspondent|reporter|editor)\s+(?:for|of|at|with)"
    r"|(?:obtained|reviewed|seen|verified|listened\s+to|released|published|confirmed|broadcast|aired|shared"
    r"|posted|carried)\s+(?:(?:on|last|this)\s+\w+\s+)?by|(?:read|aired|broadcast)\s+on"
    r"|(?:a\s+)?(?:statement|report|reports|data|figures|footage|images?|video|post|posts|study|survey|surveys|analysis"
    r"|notice|circular|bulletin|advisory|memo"
    r"|poll|polls|polling|estimates?|inventory|database|index|ranking|tally|audit|assessment|results|records"
    r"|measurements|calculations?|modell?ing|research)"
    r"(?:\s+of\s+[\w,.\-]+(?:\s+[\w\-]+){0,2}?)?\s+(?:(?:run|led)\s+)?(?:from|by)"  # "a survey of 2,100 GPs by"
    r"|(?:as\s+)?measured\s+by"
    r"|(?:an?\s+)?representatives?\s+(?:of|for)"
    r"|(?:quoted|cited)\s+as\s+saying\s+by|(?:additional\s+)?reporting\s+by|(?:wrote|writing|writes|said|says)\s+(?:in|on)|citing|cites|cited"
    r"|(?:with\s+)?inputs?\s+from|with\s+files\s+from|spokes(?:man|woman|person)\s+(?:for|of)|(?:analysts|economists|strategists)\s+at"
    r"|(?:polled|surveyed)\s+by|confirmed\s+to|(?:an?\s+)?(?:\w+\s+)?(?:statement|email|letter|message)\s+(?:sent\s+)?to"
    r"|(?:carried\s+out|conducted|commissioned|compiled|brought|issued|announced|declared|imposed|recommended)\s+by"
    r"|(?:a\s+)?(?:determination|ruling|decision|judg(?:e)?ment|finding|findings)\s+by"
    r"|(?:filings?|filed)\s+with"
)
#: Cues by which the body that broke a story is named ("as first reported by Extra"): a medium when the name gives no
#: other kind.
_FIRST_REPORTED_CUE = re.compile(rf"(?i:{_FIRST_REPORTED})")
#: Cues naming the employer of analysts: the name after them is a company ("analysts at Goldman Sachs").
_EMPLOYER_CUE = re.compile(r"(?i:(?:analysts|economists|strategists)\s+at)")
#: Cues that make a *news outlet or agency* a source but only an audience of
#: anyone else: "told CNN" is a citation, "told the UN Security Council" is not.
_MEDIA_ONLY_CUE = re.compile(
    r"(?i:told|telling|tells|(?:in\s+an\s+)?interview\s+(?:with|over)"  # "an interview over DZBB": a radio station
    r"|(?:spoke|speaking|speak|talking|talk|talked)\s+(?:to|with)|(?:speaking|spoke|appearing|appeared)\s+on"
    r"|journalists?\s+(?:from|at|of|with)|(?:correspondent|reporter|editor)\s+(?:for|of|at|with)"
    r"|confirmed\s+to|(?:an?\s+)?(?:\w+\s+)?(?:statement|email|letter|message)\s+(?:sent\s+)?to)"
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
    r"|(?:(?<=has\s)|(?<=had\s)|(?<=have\s))called"  # "a figure OPEC has called 'wildly exaggerated'": a verb
    r"|report|reveal|confirm|announce|publish|claim|forecast|forecasts"
    r"|welcomed|welcomes|praised|praises|critici[sz]ed|critici[sz]es|condemned|condemns|ruled|rules|blamed|blames"
    r"|apologi[sz]ed|apologi[sz]es"  # round 130: "Renfe, which operates the trains, apologised on X"
)
#: A wire's or paper's credit right after its name ("The Associated Press contributed to this report"); never its
#: reporter's ("Dispatch reporter X contributed to this story" is the article's own work).
_CONTRIBUTED = r"contributed(?=\s+(?:to\s+th(?:is|e)\s+(?:report|story|article)|(?:additional\s+)?reporting))"
_SENTENCE_END = re.compile(r"(?<=[.!?])['\"’”]?\s+(?=['\"‘“]?[A-Z])")
_LAST_WORD = re.compile(r"(\w+)\.$")


def _word_before(text: str, end: int) -> str:
    """The word whose full stop ends at ``end``, in lower case ("capt" in "Capt."), or ""."""
    found = _LAST_WORD.search(text, max(0, end - 12), end)
    return found.group(1).lower() if found else ""


def _sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph, each from its first character (the space
    after a full stop is no part of the next sentence, whose opening rules anchor at its start); an
    abbreviation's full stop ends none ("KPA Managing Director Capt. Amina Wekesa-Hassan said")."""
    cuts = [m.start() for m in _SENTENCE_END.finditer(text) if not _is_abbreviation(_word_before(text, m.start()))]
    starts = [0, *[c for c in cuts]]
    ends = [*cuts, len(text)]
    return [(b - len(text[a:b].lstrip()), b) for a, b in zip(starts, ends) if text[a:b].strip()]


_CUE_BEFORE = re.compile(
    rf"(?:^|[^\w])(?P<cue>(?i:{_CUE}))\s+(?i:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?"  # an owner: "according to China's official"
    rf"(?:(?:[a-z][\w\-]*|[A-Z][a-z]+-[a-z]+)\s+){{0,3}}$"
)
_PLATFORM_BEFORE = re.compile(rf"(?:^|[^\w])(?P<cue>(?i:{_PLATFORM_CUE}))\s+(?:{_PLATFORM_FILLER}\s+){{0,3}}$")
_PLATFORM_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:{_PLATFORM_CONTENT})\b", re.I)
_VERB_AFTER = re.compile(
    rf"^(?:\s*\([A-Z][\w.\-]*\))?\s*(?:,[^,]{{0,40}},\s*)?(?:(?:[a-z]+\s+){{0,2}}(?i:{_DESCRIPTOR})\s+)?"
    r"(?:(?:has|have|had|was|were|also|both|jointly|later|earlier|previously|then|today|yesterday"
    r"|first|initially|exclusively|separately|again|repeatedly|itself|was\s+the\s+first\s+to|were\s+the\s+first\s+to"
    r"|on\s+\w+|in\s+a\s+\w+|in\s+its\s+\w+(?:\s+\w+)?|in\s+\d{4}|in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+){0,3}"
    rf"(?=[a-z])(?P<cue>(?i:{_VERB})|{_CONTRIBUTED})\b"  # a verb after a name is in lower case ("Facebook Notes")
    r"(?<!added(?=\s+[\d$€£¥]))"  # "UOB added 0.5 per cent": a share price's move, no word
)
_AFFILIATE_AFTER = re.compile(
    r"^(?:['’]s|,\s+whose)?\s+(?:[\w\-]+\s+){0,2}?(?:spokes\w+|officials?|press\s+(?:secretary|office|service)|correspondents?"
    r"|reporters?|journalists?|editors?|statement|report|analysis|investigation|data|figures"
    r"|secretary|secretary-general|chief|head|director|commander|envoy|ambassador|minister"
    r"|meteorologists?|forecasters?)\b"  # round 138: "MetService meteorologist X said", "… Service forecasters said"
    # round 129: a body's office, unit or counsel after its possessive ("The World Health Organization's country
    # office in Islamabad said", "The FBI's Buffalo Field Office said", "the agency's counsel told"), unless the
    # office is named after it ("The UN's humanitarian office, OCHA, said" cites OCHA)
    r"|^['’]s\s+(?:[\w\-]+\s+){0,3}?(?i:office|unit|bureau|branch|mission|delegation|division|centre|center|counsel)\b"
    r"(?!,\s*[A-Z])"
)
_POSSESSIVE_AFTER = re.compile(r"^['’]s\s")
#: A body's own numbers or words: "the European Space Agency's estimate is 2.8%", "economists in a Reuters poll".
_INFORMATION_AFTER = re.compile(
    r"^['’]s\s+(?:(?:latest|own|new|official|annual|monthly|weekly|\w+ly)\s+)?(?P<cue>estimates?|forecasts?"
    r"|projections?|figures|data|statement|report|assessment|tally|count|survey|analysis)\b"
    r"|^\s+(?P<cue2>poll|survey|tally|count|calculation|analysis|investigation)\b")  # "in a Reuters poll"
_ANY_VERB = re.compile(rf"(?<!\w)(?P<cue>(?i:{_VERB}))\b")
#: Extra room after a name for its acronym in brackets ("the Office for Budget Responsibility (OBR), …, said").
_ACRONYM_ROOM = 12
#: Kinds credited through a correspondent ("Al Jazeera's Gabriel Elisondo … said").
_POSSESSIVE_KINDS = frozenset({"news outlet", "news agency"})
#: Characters after a possessive in which the correspondent's reporting verb must appear.
_POSSESSIVE_WINDOW = 90


#: What a body does as the subject of a sentence, which makes it the source of the news about it ("The Supreme
#: Court on Friday refused …", "The Bank of England held interest rates …", "The Food and Drug Administration
#: approved …"): a body's decisions and actions, after the modifiers a reporting verb may have.
_BODY_ACTION_AFTER = re.compile(
    r"(?:\s*\([A-Z][\w.\-/]*\))?\s+(?:(?:has|have|had|also|on\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|on\s+\w+|yesterday|today"
    r"|last\s+\w+|earlier|this\s+\w+|[a-z]+ly)\s+){0,3}"
    r"(?P<cue>ordered|approved|declared|voted|charged|summoned|dismissed|dismisses|upheld|rejected|fined|ruled"
    r"|issued|advised|advises|urged|urging|launched|completed|held|raised|lowered|projected|refused|directed"
    r"|sentenced|arraigned|rated|recorded|condemned|slammed|criticised|criticized|welcomed|accused|demanded|denied"
    r"|defended|awarded|suspended|banned|blamed|imposed|granted|decided|expects|plans|struck|sought|formed|canceled"
    r"|cancelled|deployed|arrested|detained|seized|opened|begun|upgraded|conceded|named|identified|recommended|attributed"
    # round 111: more decisions and acts ("The World Health Organisation has shipped …"); not a rate "cut" or a bill
    # "passed", which the labels leave to the body's own words
    r"|capped|filed|shipped|started|unveiled|signed|introduced|proposed|revoked|appointed|postponed|delayed|halted"
    r"|resumed|withdrew|recalled|evacuated|extended|reopened|released|allocated|rescued|submitted|sued|appealed"
    r"|scrapped|adopted|endorsed|vetoed|asked|placed|closed"
    r"|(?:is|are)\s+(?:appealing|investigating|urging|reviewing|forecasting|warning|asking|seeking|monitoring))\b")  # not "declined" (to comment), "agreed" (to a deal)
#: A body's own plan or deed as the news it makes ("Great Lakes Axle Co. will lay off about 640 workers", "Arqa
#: Digital is cutting about 600 jobs", "The Kunsthalle is to return a still life", "Paystrand has laid off 30% of its
#: staff"): any verb after "will", "is to", "is …ing" or "has"; never a verb that says what was done to it.
_BODY_PLAN_AFTER = re.compile(
    r"(?:\s*\([A-Z][\w.\-/]*\))?\s+(?:(?:also|now|soon|on\s+\w+|[a-z]+ly)\s+){0,2}"
    r"(?P<cue>(?:will|is\s+to|are\s+to)\s+(?:[a-z]+ly\s+)?(?!be\b|have\b|not\b)[a-z]+"
    r"|(?:is|are)\s+(?!being\b)[a-z]{3,}ing|(?:has|have)\s+(?:[a-z]+ly\s+)?(?!been\b)[a-z]+(?:ed|ne|un|id|ut|ht|en))\b")


#: A reporting verb right before "the <Name>": what the body did is someone else's report ("X said the Federal
#: Government had approved …").
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|added|warned|stated|noted)\s+(?:that\s+)?(?:the\s+)?$")


def _registry_cue(sentence: str, start: int, end: int, kind: str) -> str | None:
    """The citing phrase around a registry mention, or None when it is not a citation."""
    window = sentence[max(0, start - _CUE_WINDOW):start]
    if kind == "social platform":
        return _platform_cue(window, sentence[end:end + _VERB_WINDOW])
    before = _CUE_BEFORE.search(window)
    if before and (kind in _MEDIA_KINDS or not _MEDIA_ONLY_CUE.fullmatch(before.group("cue"))):
        return before.group("cue")
    verb = _verb_after(sentence, end, start) or _appositive_verb(sentence, start, end) or (
        _BODY_ACTION_AFTER.match(sentence, end) if kind not in _MEDIA_KINDS
        and not _REPORTED_BEFORE.search(sentence, 0, start) else None)  # "FIFA has banned …"
    if verb:
        return verb.group("cue")
    rest = sentence[end:end + _POSSESSIVE_WINDOW]
    information = _INFORMATION_AFTER.match(rest)
    if information:
        return information.group("cue") or information.group("cue2")
    if kind in _POSSESSIVE_KINDS and _POSSESSIVE_AFTER.match(rest):
        verb = _ANY_VERB.search(rest)
        return verb.group("cue") if verb else None
    verb = _affiliate_verb(rest) or _inverted_affiliate_verb(window, rest)
    return verb.group("cue") if verb else None


def _appositive_verb(sentence: str, start: int, end: int) -> re.Match | None:
    """The verb after a name standing in apposition between commas ("The UN's humanitarian office,
    OCHA, said")."""
    if not sentence[:start].rstrip().endswith(",") or sentence[end:end + 1] != ",":
        return None
    return _VERB_AFTER.match(sentence[end + 1:end + 1 + _VERB_WINDOW])


def _affiliate_verb(rest: str) -> re.Match | None:
    """The reporting verb of an official or correspondent of a body, in ``rest``, the text right
    after the body's name ("'s head, Budi Santoso, said", " spokesman Dmitry Peskov said")."""
    return _ANY_VERB.search(rest) if _AFFILIATE_AFTER.match(rest) else None


#: A reporting verb right before the article of an unnamed affiliate: "… ,' said a Paddy Power spokesman".
_VERB_BEFORE_AFFILIATE = re.compile(rf"(?<!\w)(?P<cue>(?i:{_VERB}))\s+(?:an?|the)\s+$")
#: An unnamed spokesperson or official right after a body's name, ending the clause.
_UNNAMED_AFFILIATE_AFTER = re.compile(r"^\s+(?:spokes(?:man|woman|person)|officials?|representatives?)\b(?![ \t]+[A-Z])")


def _inverted_affiliate_verb(window: str, rest: str) -> re.Match | None:
    """The verb before an unnamed spokesperson or official of a body, when it stands before them
    ("'We have laid him all week,' said a Paddy Power spokesman"); ``window`` is the text before the
    body's name, ``rest`` the text after it."""
    return _VERB_BEFORE_AFFILIATE.search(window) if _UNNAMED_AFFILIATE_AFTER.match(rest) else None


#: A relative clause or an appositive between a name (and its acronym in brackets) and its verb:
#: "The World Health Organization, which declared …, says", "JICA, which funded most of the
#: VND43.7 trillion (US$1.7 billion) project, said", "Halcyon AI, the San Francisco company valued
#: at $40 billion, said", "DTEK, Ukraine's largest private energy company, said".
_INSERT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*,\s*(?P<opener>which|who|whose|the|a|an|one\s+of|[A-Z][\w\-]*['’]s)\s"
    r"(?:[^,;:()]|\([^()]{0,40}\)){1,100}?,")
#: A comma that may go on a "which" clause before its verb ("Kaduna Electric, which supplies Kaduna, Kebbi and
#: Sokoto, said"): at most two more, within 100 characters.
_INSERT_MORE = re.compile(r"[^,;:()]{1,100}?,")


#: A reporting participle after a comma later in the sentence whose subject a name is: "The Bank
#: of Canada held its rate …, saying …", "The High Court acquitted him …, ruling that …".
_SUBJECT_PARTICIPLE = re.compile(
    r",\s+(?P<cue>saying|ruling|adding|noting|warning|arguing|stating|explaining|insisting|claiming"
    r"|observing)\b")
#: What may stand before the subject at a sentence's start.
_SENTENCE_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")
#: A predicate right after a subject: a word in lower case ("The Bank of Canada held …"), not a
#: dateline's comma ("MANILA, Philippines – …").
_PREDICATE_NEXT = re.compile(r"\s+[a-z]")


#: A relative clause that reports: "the Health Research Council, which described it as …".
_WHICH_VERB = re.compile(rf"(?:\s*\([^()]{{1,30}}\))?\s*,\s*which\s+(?:also\s+|has\s+|had\s+)?(?P<cue>(?i:{_VERB}))\b")


def _verb_after(sentence: str, end: int, start: int | None = None) -> re.Match | None:
    """The reporting verb after a name ending at ``end`` (:data:`_VERB_AFTER`), also past an
    inserted relative clause or appositive (:data:`_INSERT_AFTER`, with up to two commas of its own:
    :data:`_INSERT_MORE`); for a name starting at
    ``start`` that opens the sentence, also a reporting participle later in it
    (:data:`_SUBJECT_PARTICIPLE`)."""
    room = _VERB_WINDOW + _ACRONYM_ROOM
    verb = _VERB_AFTER.match(sentence[end:end + room])
    insert = None if verb else _INSERT_AFTER.match(sentence, end)
    for _ in range(3 if insert and insert.group("opener") == "which" else 1 if insert else 0):  # up to two more commas
        verb = _VERB_AFTER.match(sentence[insert.end():insert.end() + room])
        insert = None if verb else _INSERT_MORE.match(sentence, insert.end())
        if insert is None:
            break
    verb = verb or _WHICH_VERB.match(sentence, end)
    if (verb is None and start is not None and _SENTENCE_OPENING.fullmatch(sentence, 0, start)
            and _PREDICATE_NEXT.match(sentence, end)):
        return _SUBJECT_PARTICIPLE.search(sentence, end)
    return verb


#: Spreading is no statement: "went viral on TikTok", "clips circulating on TikTok and Facebook", "a line that
#: trended on X"; nor is
#: what will be posted ("Updates will also be posted on the Authority's official X account").
_SPREAD_BEFORE = re.compile(
    rf"\b(?:(?:viral|circulating|circulated|trending|trended|popular)\s+(?:\w+\s+)?"
    rf"|will\s+(?:also\s+)?be\s+(?:posted|shared|published|uploaded|streamed)\s+)(?:on|to|across)\s+"
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
