"""Direct quotations: who is quoted, with which verb, and how much of an article is quotation.

:func:`quotes` finds every direct quotation in the standfirst and body of each
article (with :mod:`analysis.quotespans`) and attributes it by rules, without
any downloaded model.  Per paragraph, quoted text is blanked out and the rules
below read only the narration around it.

1. **Cue.**  An attribution verb (``analysis/data/attribution_verbs.csv``) in
   the narration of the quote's own sentence: the last one before the quote
   (``Zelensky said: '…'``, ``he warned that '…'``), else one after it when the
   quote ends a clause (``'…,' he said``, ``'…' said Mr X``) or ``according
   to``.  A verb used as a noun, a passive or a phrasal verb (``the claim``,
   ``is said to``, ``were told``, ``called for``) is not a cue.  A colon with
   no verb (``in an interview with CNN: '…'``) makes the sentence's subject the
   speaker.
2. **Speaker of a cue.**  For a finite verb, the nearest mention before it,
   skipping an appositive or ``who`` clause (``Sergei Shoigu, the defence
   minister, said``; ``an official, who spoke on condition of anonymity to
   discuss intelligence, said``); for ``said X`` and ``according to X``, the mention after
   it (a single capitalised word counts: ``said Oksana, a nurse``); for an
   ``-ing`` verb (``…, telling troops '…'``), the subject of the sentence (its
   first mention that is not possessive or inside a prepositional phrase), or
   of its absolute clause (``…, with the Fire Service warning of '…'``).  A
   leading section label (``What they're saying:``, ``Why it matters:``) or
   dateline (``KUALA LUMPUR, Dec 2 (Bernama) --``, ``New Delhi, Nov 18 (PTI)``,
   ``HÀ NỘI —``) is no narration, so a dateline's place never speaks; an acronym
   in brackets may stand between an absolute clause's subject and its verb; a quote ending on a nested title (``…‘Low Tide,’”``) ends a clause.
3. **Mentions** are: names and bodies from the alias table
   ``analysis/data/speakers.csv`` (reported by canonical name); a title and the
   capitalised name after it (``President``, ``Mr``, ``foreign minister`` …);
   runs of two to :data:`.speakers.NAME_MAX_WORDS` (four) capitalised words, name
   particles of many languages aside and in any case (``Ursula von der Leyen``,
   ``Riyad al-Maliki``, ``Jaime de los Santos``, ``Khalid bin Saeed Al Dhaheri``,
   ``Sorcha Mac Giolla Phádraig``, ``Gethin ap Dafydd``, ``Mirza Abbas Uddin
   Chowdhury``, ``Enrique dela Paz-Soriano``), an apostrophe kept as written (``O’Hagan``;
   a curly one matches a straight one: ``D’Souza told``), honorifics and
   abbreviated ranks no part of the name (``Datuk``, ``Tan Sri``, ``Dame``,
   ``Prof``, ``Adm.``, ``Cllr``); "&" may join a body's name (``Centers for
   Medicare & Medicaid Services``); organisations when
   they hold a word such as Ministry, Police, News, Hospital, Forum; a state
   body by the shape of its name — ``… Police``, ``… Authority``, ``…
   Commission``, ``… Administration``, ``Municipal``, ``… Court``, ``…
   Agency`` but not ``… News Agency``, ``… Regulator``, ``… Government``, a
   two-word ``… Council``, ``Centers for …``, ``Executive Yuan``, a
   "National/Federal/Central … Service, Office …", a statistics office (``Statistics
   Canada``), a fire service (``Dallas Fire-Rescue``), a head word before "of"/"for"
   (``Texas Department of State Health Services``, ``Agency for Atomic Energy``) — is a
   government body, a legal form makes a company and is
   dropped: ``Samsung Electronics Co.`` → "Samsung Electronics"); in a longer run the words after
   its last title word are the person (``Senate Majority Leader John Thune``,
   ``Fire Chief Anthony Marrone``), also past the title's portfolio and typed by
   the title (``Minister of Water and Irrigation Raed Abu Saadeh``, ``Vice Chancellor for
   Student Affairs …``; such a title is the person, not someone they work for), a
   capitalised role noun opening a longer name is its role (``Passenger Fatou Bojang``,
   ``Volcanologist …``; not ``Marine Le Pen``), and ``Former``, ``Acting``, ``Deputy`` open
   no name; a middle initial stays in a name after a title (``Judge Lewis A.
   Kaplan``); names may carry accented capitals (``Eoin Ó Broin``, ``Met
   Éireann``); a descriptive compound (``Mum-of-two``) and post-nominal letters
   (``SC``, ``MEP``) are no part of a name and type it (``Sir Desmond Hale
   MP`` → politician, ``… KC`` → civilian), while a generational suffix after a
   title is (``Francisco Tiu Laurel Jr.``); ``<person> of <body>`` (``Yuki
   Tanabe of Osaka University``) is the person; a title inside an
   organisation's name is none (``Coast General Teaching Hospital``); a name
   or team just before a titled person, lower-case modifiers between, is the
   person's employer (``Celtics coach Joe Mazzulla``, ``Sinn Féin housing
   spokesman Eoin Ó Broin``); one capitalised word right before a speech
   verb or a role (``Klitschko said``, ``Natalia, a teacher``) — an organisation
   when it is an acronym or brand, has a ``which`` clause or speaks "in a
   statement" (``OpenAI said``, ``Hamas said in a statement``); a short
   reference to a person named in full anywhere in the article — the
   article's *person index*, built from every full name the rules find, also
   of people who never speak and in the standfirst, each under its longest
   form (``Tiu Laurel`` is ``Francisco Tiu Laurel Jr.``) and with the best
   type any mention gave it: every ending of the name (``Santos``, ``Tiu
   Laurel``, ``Al Dhaheri``, ``ap Dafydd``, the Vietnamese given name ``Hà``),
   the first of two Spanish surnames (``Ricardo Sánchez Olmedo`` … ``Sánchez``),
   the given name before ``bin``/``binti``/``ap`` (``Rosli bin Hamzah`` …
   ``Rosli``), ``Mr``/``Ms``/``Dr`` + surname, the
   first word of a full name given a title or role (``President Xi Jinping …
   Xi said``) or written family name first (``Zhang Yansheng … Zhang said``:
   :data:`.speakers.SURNAME_FIRST`) — or the surname of exactly one person in
   the alias table (``Mr Klitschko`` → Vitali Klitschko; a full name after a
   title is never a listed person who only shares its last word: ``Speaker
   Mike Johnson``); an acronym the article gave in brackets after a body's
   name (``Competition and Markets Authority (CMA)``, ``… Agency (Nadma)``) is
   that body later (``the CMA said``); descriptions built on a
   head noun from the table with up to :data:`.speakers.DESCRIPTOR_MAX_MODIFIERS`
   modifiers (``an injured soldier``, ``a senior US defence official``), the
   regular plural of every descriptor head (``doctors``, ``authors``) and
   ``N-year-old``; pronouns.  A role next to a name types the name
   (``ShadowBreak's founder Samuel Cardillo`` → expert; ``the pilot,
   identified as Sergey Galkin``, ``Oksana, 34, a nurse``), and overrides a
   type only a rank gave; an untyped name with an age (``Paul Simmons, 62,``)
   is a civilian; an organisation before a spokesperson stands for it (``a
   Red Cross spokesperson``), unless a name follows the role (``Manchester
   City manager Pep Guardiola`` is the person), while any other role of a body
   stays a person (``a Nato official`` → "NATO official", typed by the body; a
   political office keeps its own type: ``a Council leader`` is a politician).
   A role held at a body types its holder by that body (:mod:`.roles`): named
   before the role, acronym or not, or after it with ``of``/``at``/``for`` or
   ``who chairs``/``heads`` (``Meta spokesperson X``, ``CTU President X``,
   ``X, the RCN's general secretary``, ``X, president of the European Central
   Bank``, ``a PCB spokesperson``) → organisation, government body, or
   politician for a party; political offices, a party's roles and portfolio
   spokespeople (``SDLP health spokesperson``) are politicians, research roles
   experts, ``captain`` in lower case a team's (civilian); such a role overrides
   a rank, a courtesy title and, at an organisation, "Dr", never a political,
   police or sports title.
   Before a verb, a person or description joined to a body by ``from``/``at``/
   ``of`` (``Professor Lim Wei Ming from the NUS School of Public Health said``,
   ``a nurse at the Royal Hospital said``) is the speaker, not the body, and
   so is a description before ``to``/``for`` and the person it works for
   (``an aide to Prime Minister Giorgia Meloni said`` → aide).
4. **Resolution.**  ``he``/``she`` → the nearest singular person earlier in
   the sentence, else the previous speaker in the paragraph, else the subject
   of an earlier sentence, else the last speaker or first named person of the
   previous :data:`PRONOUN_LOOKBACK_PARAGRAPHS` paragraphs (``it`` looks for a
   body).  Possessives (``Putin's soldiers``), objects of prepositions
   (``asked whether he had spoken to Taylor, he said``; ``Speaking at City
   Hall …, the mayor said``) and descriptions said of someone (``was a
   reporter``) are never antecedents; ``He said …. '…,' he said`` is one
   referent.  A surname or first name two people share is the one named last
   (``Kim Byung-kee … Kim Yong-tae … Kim said``).
   ``one``/``another said`` → the nearest description (``soldier``).
   ``the minister``/``the Cardinal``/``the Labour leader``/``the 18-year-old`` → the
   last person named with that role word (in its title, as written before the name,
   or in an apposition: ``Defence Minister X``, ``Cardinal X``, ``X, the defence
   minister,``; ``the company`` likewise the last body whose name, description or
   apposition holds the word: ``copper company Codelco``, ``… Authority``), else the last named
   person of a compatible type that is a sentence subject (else the last one),
   which takes the role's type if it had none, or an earlier description
   with the same head (``a police officer … the officer said``); ``the
   company``/``the group`` → the last body (of the description's type when
   there is one: not the court the group filed with), or one-word name of
   unknown type, before it. A description with an indefinite complement is a
   new person (``the daughter of one victim``). ``one of the sources`` →
   "source"; ``one of them said`` → the people described before.
   Every quote of a named person in an article takes the type another quote of
   theirs got (``Sir Keir Starmer … the Labour leader said`` types them all).
5. **No cue.**  A quote with no cue in its sentence takes the speaker of the
   previous quote in its paragraph (and its verb and cue when both are in one
   sentence); a paragraph that opens with a quote takes
   the last speaker of the previous paragraph (British multi-paragraph quotes,
   quote-only paragraphs), else its first named person; a quote that is not a
   scare quote finally takes the subject of its sentence.

Round 11 added: a title the alias table writes with a full stop ("Coun.") and an initial glued
to a name ("Ch.Nomin-Erdene") end no sentence; a participle after what was published ("a
statement posted on X") and a relaying passive ("as cited by The Sun") are no cues; a verb
after "and" takes its sentence's subject; a singular role speaking in the standfirst is the first person the body names with that role ("Energy
minister says …"); a quote that is a sentence of its own takes the person the sentence before it
opens with; "Its <role>, X" and a central bank's bare "Governor X" take the body's type
(:func:`.speakers._its_roles`, :func:`.speakers._bank_governors`).

Round 12 added: a code name, call sign, nickname or "known as" name in quotes is a scare quote with no
speaker or verb (:func:`_is_name_quote`); "read" after a published statement ("said in a statement read on
state television") is no cue; a name that opens the name of a body given earlier is that body
(:func:`.speakers._short_bodies`: "Greystone Environmental Services … Greystone said").

Round 13 added: a line wholly in capitals opening a paragraph is a heading, no narration ("REASONS FOR THE
JUDGMENT", :func:`_heading_line_end`); a bare body descriptor is the body the article named with that word
("police said" after "The Toronto Police Service has charged …": :func:`_body_named_by`).

Round 15 added: a "so-called" term and a handle someone "goes by" are labels, scare quotes with no speaker or
verb (:data:`_NAMED_BEFORE`); distinct reporting verbs are reported as themselves and court speech
("observing", "ruled", "submitted") is read as a cue (``analysis/data/attribution_verbs.csv``).

Round 19 added: a person framed by a sentence-opening preposition is a pronoun's antecedent in the sentences after
("For Okafor, that is cold comfort. '…,' she says": :func:`_fronted_person`).

Round 20 added: "posted" reports words before a post's caption or a "that" clause, as before "on X" or a colon
("posted a photo on Instagram with the caption: '…'", "posted that …": :data:`_POSTED_WORDS`).

Round 22 added: a definite description refers back first to the person (or, for a body's description, the
body) named earlier whose own title, description or apposition holds its role word (:func:`_role_holder`:
"Defence Minister X … Senator Y said … the minister said" is X; "the authority" is the "… Authority", not the
firm it fined); a bare title after "the" is such a description ("the Cardinal said").

Round 23 added: a role referred back to in another form counts as the same role, by the ``role synonyms``
rows of ``analysis/data/speakers.csv`` (:func:`_holds_role`: "President X … the head of state said", "head
coach X … the manager said").

Round 24 added: a capitalised title standing alone for its holder before a speech verb ("Lyonpo said") is a
definite description too (:func:`_is_definite_bare`), so it refers back to the person named with that title.

A quote is a **scare quote** (a label used as a word, not speech) when it has
at most :data:`SCARE_QUOTE_MAX_WORDS` words, does not end with ``, . ! ? …``,
and no attribution verb or colon stands within :data:`ADJACENT_CUE_WORDS`
words of its marks (``no 'calm'``, ``used like 'cannon fodder'``; but
``another warned 'no-one wants war'`` is speech).

Not handled: indirect speech (no marks), speakers known only from pictures or
captions, coreference beyond the rules above, quotation dashes, titles of
works in quotes (reported as quotes), verbs other than English ones.  Rule-based
attribution of this kind follows Pouliquen, Steinberger & Best (2007),
"Automatic detection of quotations in multilingual news", and the
quote-attribution cues of Pareti et al. (2013).

The alias and verb tables live in :mod:`.speaker_lexicon`, the mentions of rule 3 in
:mod:`.speaker_mentions` and :mod:`.speakers`;
this module finds cues and resolves mentions to speakers (rules 1, 2, 4, 5).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from ..checks import require_columns
from ..quotespans import QuoteSpan, quote_spans, split_quoted
from .speakers import (  # noqa: F401  (public names re-exported: see __all__)
    ATTRIBUTION_VERBS_CSV,
    SPEAKERS_CSV,
    SPEAKER_TYPES,
    load_attribution_verbs,
    load_speakers,
    _ArticleNames,
    _BE_FORMS,
    _DETERMINERS,
    _GLUED_INITIAL,
    _INDEFINITES,
    _Lexicon,
    _Mention,
    _NAME_INTRODUCED,
    _NOT_NAME_WORDS,
    _POSSESSIVE_PRONOUNS,
    _PREPOSITIONS,
    _Token,
    _WORD,
    _article_acronyms,
    _article_surnames,
    _attach_roles,
    _bank_governors,
    _its_roles,
    _short_bodies,
    _base_mentions,
    _lexicon,
    _mentions,
    _n_words,
    _previous_word,
    _select,
    _tokens,
    _words_before,
)

__all__ = [
    "quotes",
    "verb_table",
    "quote_stats",
    "load_speakers",
    "load_attribution_verbs",
    "QUOTE_COLUMNS",
    "SPEAKER_TYPES",
    "SPEAKERS_CSV",
    "ATTRIBUTION_VERBS_CSV",
]

QUOTE_COLUMNS = [
    "doc_id", "outlet", "paragraph", "start", "end", "quote", "speaker", "speaker_type",
    "verb", "is_loaded", "cue", "attribution", "is_scare_quote", "is_closed", "n_words",
]


#: Longest quote (in words) that can count as a scare quote: labels such as
#: 'cannon fodder', 'calm' or 'complete disarray' are one to three words; a
#: four-word quote is usually a clause ('they will be destroyed').
SCARE_QUOTE_MAX_WORDS = 3


#: Words allowed between a cue and the quote for the quote to count as speech
#: rather than a label ("told him 'I love you'", "another warned 'no-one wants war'").
ADJACENT_CUE_WORDS = 3


#: Words allowed between a closing mark and a verb after it
#: ("', an injured soldier sat in front of a Ukrainian flag was filmed saying").
TAIL_CUE_MAX_WORDS = 15


#: Words allowed between a verb and the speaker named after it ("said Mr X", "according to X").
AFTER_VERB_MAX_WORDS = 6


#: Words allowed between speaker and verb for the cue to include the speaker
#: ("Ukrainian President Volodymyr Zelensky last night claimed").
CUE_SPAN_MAX_GAP_WORDS = 4


#: How many previous paragraphs a pronoun or a cue-less quote may look back to.
PRONOUN_LOOKBACK_PARAGRAPHS = 2


#: Articles below which no progress bar is shown.
PROGRESS_MIN_ARTICLES = 200


#: Words before a verb form that make it a noun or adjective ("the claim", "his reported surrender").
_NOUN_VERB_GUARD = (_DETERMINERS - {"one", "another", "that"}) | _POSSESSIVE_PRONOUNS


_SENTENCE_END = re.compile(r"[.!?]+(?=\s|[A-Z‘“'\"«])")


_PERSON_KINDS = frozenset({"name", "descriptor"})


_SUBJECT_KINDS = frozenset({"name", "body", "descriptor", "body descriptor", "pronoun", "indefinite"})


# --------------------------------------------------------------------------- paragraphs


@dataclass(frozen=True)
class _Verb:
    start: int
    end: int
    form: str


@dataclass
class _Paragraph:
    """One paragraph prepared for attribution: quotes, narration (quotes blanked), mentions, verbs."""

    number: int
    text: str
    spans: list[QuoteSpan]
    narration: str
    tokens: list[_Token]
    mentions: list[_Mention]
    verbs: list[_Verb]
    starts: list[int]  # sentence start offsets, sorted, starting with 0
    speakers: list[tuple[str, str, str]] = field(default_factory=list)  # per span: speaker, type, kind
    attributions: list["_Attribution"] = field(default_factory=list)  # per span, filled in order

    def sentence_start(self, pos: int) -> int:
        return max(s for s in self.starts if s <= pos)

    def sentence_end(self, pos: int) -> int:
        return min((s for s in self.starts if s > pos), default=len(self.text))


def _blank_quotes(text: str, spans: list[QuoteSpan]) -> str:
    chars = list(text)
    for span in spans:
        chars[span.start:span.end] = " " * (span.end - span.start)
    return "".join(chars)


#: Words whose full stop does not end a sentence ("Lt. Col. Yuriy Ignat", "Dr. Boiko").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st lt col gen maj capt sgt cpl pte adm brig cmdr gov sen rep rev jr sr "
    "no vs etc approx dept est fig inc ltd co corp u.s u.k e.g i.e ald insp supt det cllr".split()
)


def _is_abbreviation(word: str, lex: _Lexicon | None = None) -> bool:
    """A lower-case word whose full stop ends no sentence: :data:`ABBREVIATIONS`, a single letter, or a
    title the alias table writes with a full stop ("coun" for "Coun.")."""
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (lex is not None and word in lex.abbreviations)


def _sentence_starts(text: str, narration: str, spans: list[QuoteSpan], lex: _Lexicon | None = None) -> list[int]:
    """Sentence starts: end punctuation in narration, or a quote that ends a sentence."""
    ends = [m.end() for m in _SENTENCE_END.finditer(narration)
            if not _is_abbreviation(_previous_word(narration, m.start()), lex)
            and not (narration[m.end():m.end() + 1].isupper()  # "Ch.Nomin-Erdene", not "Mr Li. The"
                     and _GLUED_INITIAL.search(narration, max(0, m.start() - 2), m.end()))]
    for span in spans:
        after = span.end + len(span.close_mark)
        last = text[span.start:span.end].rstrip()[-1:]
        if span.is_closed and last and last in ".!?" and re.match(r"\s+[A-Z‘“'\"]", text[after:]):
            ends.append(after)
    starts = {0}
    for end in ends:
        while end < len(text) and text[end].isspace():
            end += 1
        starts.add(end)
    return sorted(starts)


_NOT_VERB_AFTER = frozenset({"for", "on", "off", "out", "up", "in"})
_READ_SUBJECTS = frozenset("it which statement caption message post letter sign note tweet banner headline".split())
#: Nouns of what is published: a past participle right after one, before a preposition, says where it
#: was published ("a statement posted on X", "a video shared online"), it reports nothing.
_PUBLISHED_NOUNS = frozenset("statement video post message letter note tweet report notice clip footage".split())
_PUBLISHED_WHERE = re.compile(r"\s+(?:on|in|to|at|via|online|from)\b")
#: What follows "posted" when it reports words: "on X", a colon, "that …", or a post's caption ("posted a
#: photo … on Instagram with the caption: '…'"); not "footage posted online shows".
_POSTED_WORDS = re.compile(r"\s*(?:[:.,]|$|(?:on|to|that)\b|[^.:!?]{0,80}\bcaption(?:ed)?\b)")
#: "The statement read in part": the statement speaks.
_IN_PART = re.compile(r"\s+in\s+part\b")


#: Verbs of relaying: their passive names who passed the words on, not who spoke them.
_RELAY_PARTICIPLES = frozenset({"cited", "reported", "quoted", "relayed"})


def _relayed_by(narration: str, verb: _Verb) -> bool:
    """True for "as cited by The Sun", "reported by": the medium, not the speaker (while
    "condemned by scientists" names who spoke)."""
    return verb.form.lower() in _RELAY_PARTICIPLES and re.match(r"\s+by\b", narration[verb.end:]) is not None


def _is_cue_verb(narration: str, verb: _Verb, lex: _Lexicon) -> bool:
    """Reject nouns (the claim), passives (is said to, were told, cited by), phrasal uses (called
    for) and participles after what was published ("a statement posted on X", "a statement read on
    state television")."""
    previous = _previous_word(narration, verb.start)
    participle = lex.verbs.table[verb.form][2]
    if previous in _NOUN_VERB_GUARD or (previous in _BE_FORMS and not participle):
        return False
    if (previous in _PUBLISHED_NOUNS and (verb.form.endswith("ed") or verb.form == "read")
            and _PUBLISHED_WHERE.match(narration, verb.end) and not _IN_PART.match(narration, verb.end)):
        return False
    if verb.form in ("read", "reads") and previous not in _READ_SUBJECTS:
        return False
    following = _WORD.match(narration, verb.end + 1) if verb.end < len(narration) else None
    if _relayed_by(narration, verb):
        return False
    if verb.form.startswith("post"):  # "posted on X", "posted:", not "footage posted online shows"
        return bool(_POSTED_WORDS.match(narration, verb.end))
    return not (verb.form.startswith("call") and following and following.group().lower() in _NOT_VERB_AFTER)


#: Section labels that open a paragraph in the "smart brevity" style (Axios, Semafor and their
#: imitators): a heading, not narration ("What they're saying: '…,' Nvidia said").
_RUBRIC = re.compile(
    r"(?:What\s+(?:they|people|others|critics|we)\s*(?:['’]re|\s+are)\s+saying|Why\s+it\s+matters"
    r"|The\s+big\s+picture|Driving\s+the\s+news|Between\s+the\s+lines|Zoom\s+(?:in|out)|Yes,\s+but"
    r"|The\s+other\s+side|State\s+of\s+play|Reality\s+check|By\s+the\s+numbers|The\s+bottom\s+line"
    r"|What['’]s\s+next|Go\s+deeper|Flashback|Catch\s+up\s+quick|The\s+intrigue)\s*:")


#: A dateline opening a paragraph: a place (in capitals, or before a date or an agency), a date,
#: an agency in brackets, a dash ("KUALA LUMPUR, Dec 2 (Bernama) --", "New Delhi, Nov 18 (PTI)",
#: "MIAMI BEACH, Fla. (AP) —", "HÀ NỘI —", "(ANSA) - ROME, MAY 14 -"). The place never speaks.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Za-z]*\.?|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*"
_AGENCY_TAG = r"\([\w .&'’-]{1,30}\)"
_DASH = r"(?:-{1,2}|[–—])"
_DATELINE = re.compile(
    rf"\s*(?:{_AGENCY_TAG}\s*{_DASH}\s*)?"
    r"(?P<place>[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,3})"
    r"(?:,\s*[A-Z][a-z]{1,4}\.)?"  # "MIAMI BEACH, Fla."
    rf"(?P<date>,\s*(?:{_MONTH})\s+\d{{1,2}})?"
    rf"\s*(?P<agency>{_AGENCY_TAG})?\s*(?P<dash>{_DASH})?\s")


def _dateline_end(narration: str) -> int:
    """Where a leading dateline (:data:`_DATELINE`) ends, 0 for none: a place in capitals needs a
    dash or an agency after it, a capitalised one a date, or an agency and a dash."""
    found = _DATELINE.match(narration)
    if not found or not all(word[0].isupper() for word in found.group("place").split()):
        return 0
    agency, dash = found.group("agency"), found.group("dash")
    if found.group("place").isupper():
        return found.end() if agency or dash else 0
    return found.end() if found.group("date") and (agency or dash) or (agency and dash) else 0


def _heading_line_end(narration: str) -> int:
    """Where a leading line written wholly in capitals ends ("REASONS FOR THE JUDGMENT" on a line of
    its own above the text), 0 for none: a heading, never a speaker's name."""
    line = narration.split("\n", 1)[0]
    is_heading = "\n" in narration and line == line.upper() and any(c.isalpha() for c in line)
    return len(line) + 1 if is_heading else 0


def _blank_heading(narration: str) -> str:
    """The narration with a leading section label (:data:`_RUBRIC`), heading line
    (:func:`_heading_line_end`) or dateline (:data:`_DATELINE`) made spaces."""
    rubric = _RUBRIC.match(narration)
    end = rubric.end() if rubric else _heading_line_end(narration) or _dateline_end(narration)
    return " " * end + narration[end:] if end else narration


def _prepare(number: int, text: str, lex: _Lexicon) -> _Paragraph:
    """Quotes, narration and candidate mentions; verbs and sentences only where there are quotes."""
    spans = [s for s in quote_spans(text) if _WORD.search(text[s.start:s.end])]
    narration = _blank_heading(_blank_quotes(text, spans))
    tokens = _tokens(narration)
    verbs = [_Verb(*found) for found in lex.verbs.find(narration, tokens)] if spans else []
    verbs = [verb for verb in verbs if _is_cue_verb(narration, verb, lex)]
    starts = _sentence_starts(text, narration, spans, lex) if spans else [0]
    return _Paragraph(number, text, spans, narration, tokens, _base_mentions(narration, tokens, lex),
                      verbs, starts)


def _prepared(pieces: list[tuple[int, str]], lex: _Lexicon) -> list[_Paragraph]:
    """All paragraphs of one article, with surnames of people named in full resolved."""
    paragraphs = [_prepare(number, text, lex) for number, text in pieces]
    selected = [_select(p.mentions) for p in paragraphs]
    acronyms = _article_acronyms([(p.narration, m) for p, m in zip(paragraphs, selected)])
    settled = _short_bodies([_attach_roles(p.narration, m, lex, acronyms) for p, m in zip(paragraphs, selected)])
    surnames = _article_surnames(settled, lex)
    names, built = None, None
    for i, (par, mentions) in enumerate(zip(paragraphs, settled)):
        latest = _article_surnames(settled[i::-1], lex) if surnames else {}
        here = {**surnames, **{k: v for k, v in latest.items() if v[0] != surnames[k][0]}}
        if here != built or (acronyms and names is None):  # a name two people share goes to the latest one named
            names, built = _ArticleNames.build(here, lex, acronyms) if here or acronyms else None, here
        par.mentions = mentions if names is None else _mentions(par.narration, par.tokens, lex, names, par.mentions)
    typed = _short_bodies(_bank_governors(_its_roles([(p.narration, p.mentions) for p in paragraphs])))
    for par, mentions in zip(paragraphs, typed):
        par.mentions = mentions  # "Its president, X,"; a central bank's "Governor X"; "Greystone" for its full name
    return paragraphs


def _open_at(span: QuoteSpan) -> int:
    return span.start - len(span.open_mark)


def _close_end(span: QuoteSpan) -> int:
    return span.end + len(span.close_mark)


# --------------------------------------------------------------------------- attribution


@dataclass(frozen=True)
class _Attribution:
    speaker: str = ""
    speaker_type: str = "unknown"
    verb: str = ""
    is_loaded: bool = False
    cue: str = ""
    how: str = "none"  # cue | pronoun | colon | previous quote | previous paragraph | sentence subject | none


@dataclass
class _Article:
    """What attribution may look back to: the paragraphs seen so far and the lexicon; and, for the
    standfirst, the body's paragraphs (:func:`_named_in_body`)."""

    lex: _Lexicon
    paragraphs: list[_Paragraph] = field(default_factory=list)
    body: list[_Paragraph] = field(default_factory=list)


def _is_possessive(par: _Paragraph, m: _Mention) -> bool:
    return par.narration[m.end:m.end + 2] in ("'s", "’s") or (
        par.narration[m.end:m.end + 1] in ("'", "’") and par.text[m.end - 1:m.end] == "s")


def _after_preposition(par: _Paragraph, m: _Mention) -> bool:
    for _, word in reversed(_words_before(par.narration, m.start, 3)):
        low = word.lower()
        if low in _PREPOSITIONS:
            return True
        if low not in _POSSESSIVE_PRONOUNS | _DETERMINERS and not word[0].isupper():
            return False
    return False


#: A preposition opening a sentence before a person and a comma: the frame names whom the sentence
#: is about ("For Natarajan-Okafor, that is cold comfort. '…,' she says").
_FRONTED_FRAME = re.compile(r"\s*(?:For|To|Like|Unlike)\s+$")


def _fronted_person(par: _Paragraph, m: _Mention) -> bool:
    """Whether ``m`` is a named person in a sentence-opening frame (:data:`_FRONTED_FRAME`)."""
    opening = par.narration[par.sentence_start(m.start):m.start]
    return m.kind == "name" and bool(_FRONTED_FRAME.fullmatch(opening)) and par.narration[m.end:m.end + 1] == ","


def _candidates(par: _Paragraph, lo: int, hi: int, *, kinds=_SUBJECT_KINDS) -> list[_Mention]:
    return [m for m in par.mentions if lo <= m.start and m.end <= hi and m.kind in kinds
            and not _is_possessive(par, m)]


def _subject(par: _Paragraph, lo: int, hi: int) -> _Mention | None:
    """The sentence subject: the first mention in [lo, hi) not inside a prepositional phrase."""
    found = [m for m in _candidates(par, lo, hi) if not _after_preposition(par, m)]
    return found[0] if found else None


#: A relative clause between a speaker and its verb: "X, who …, said" / "Hamas, which …, said" / "a
#: resident of X village, where the packet was found, said".
#: ``(?<!\s)`` starts a match only at the head of a run of spaces: the narration
#: blanks quotes to spaces, and retrying ``\s*`` inside a long run is quadratic.
_RELATIVE_CLAUSE = re.compile(r"(?<!\s)\s*,\s*(?:who|which|whose|where)\b[^,;:]*,\s*(?:\w+ly\s+)?$")


def _nearest_before(par: _Paragraph, lo: int, verb: _Verb) -> _Mention | None:
    """Nearest mention before a finite verb, skipping an appositive or ``who`` clause."""
    found = _candidates(par, lo, verb.start, kinds=_SUBJECT_KINDS | {"document"})
    if not found:
        return None
    nearest = found[-1]
    clause = _RELATIVE_CLAUSE.search(par.narration, found[0].end, verb.start)
    introduced = _NAME_INTRODUCED.search(par.narration, max(0, nearest.start - 40), nearest.start)
    if clause is not None and not introduced:  # "X, who spoke on condition of anonymity to discuss …, said"
        before = [m for m in found if m.end <= clause.start()]
        heads = [m for m in before if not _after_preposition(par, m)]  # "a nurse at the X Hospital, who …"
        return (heads or before or [nearest])[-1]
    affiliated = _person_before_affiliation(par, found)
    if affiliated is not None:
        return affiliated
    if par.narration[nearest.end:verb.start].strip().endswith(",") and len(found) > 1:
        in_phrase = _after_preposition(par, nearest)  # "X, a professor at Y University, said"
        for earlier in reversed(found[:-1]):
            between = par.narration[earlier.end:nearest.start]
            if ((between.strip().startswith(",") or (in_phrase and "," not in between))
                    and earlier.kind in ("name", "body", "pronoun") and not _after_preposition(par, earlier)):
                return earlier
    return nearest


#: What joins a person to the body they work for: "X from the Y School said", "X at Y said", "a doctor
#: at a London hospital told".
_AFFILIATION = re.compile(r"(?i:from|at|of|with)(?:\s+(?i:the|an?))?(?:\s+[A-Z][\w\-]*)*")


#: What joins a description to the person it works for: "an aide to Italian Prime Minister X said",
#: "a lawyer for X said" (capitalised modifiers of the title may stand between).
_WORKS_FOR = re.compile(r"(?:to|for)(?:\s+(?:the|[A-Z][\w\-]*))*")


def _person_before_affiliation(par: _Paragraph, found: list[_Mention]) -> _Mention | None:
    """The person when the nearest mention is only their employer: "Associate Professor Lim
    Wei Ming from the NUS School of Public Health said" → Lim Wei Ming; or the one they work
    for: "an aide to Prime Minister Giorgia Meloni said" → aide, but not a capitalised title
    before its portfolio: "Minister for Health Áine Ní Bhraonáin said" → the minister herself."""
    if len(found) < 2 or found[-2].kind not in ("name", "descriptor"):
        return None
    between = par.narration[found[-2].end:found[-1].start].strip()
    if found[-1].kind in ("body", "body descriptor") and _AFFILIATION.fullmatch(between):
        return found[-2]
    titled = par.narration[found[-2].start:found[-2].end].split()[-1][:1].isupper()
    if (found[-2].kind == "descriptor" and found[-1].kind == "name" and not titled
            and _WORKS_FOR.fullmatch(between)):
        return found[-2]
    return None


_SINGLE_NAME = re.compile(r"\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=\s*(?:[,.;]|$))")


def _first_after(par: _Paragraph, verb: _Verb, hi: int, lex: _Lexicon | None = None) -> _Mention | None:
    """The speaker named after the verb ("said Mr X", "according to X", "said Oksana, a nurse")."""
    found = _candidates(par, verb.end, hi, kinds=_SUBJECT_KINDS | {"document"})
    single = _SINGLE_NAME.match(par.narration, verb.end)
    if (single and single.group(1) not in _NOT_NAME_WORDS and not _is_abbreviation(single.group(1).lower(), lex)
            and not (found and found[0].start == single.start(1))):
        role = next((m for m in found if m.kind == "descriptor"
                     and par.narration[single.end():m.start].strip() == ","), None)
        stype = role.speaker_type if role else "unknown"
        return _Mention(single.start(1), single.end(1), single.group(1), stype, "name", 1)
    if found and _n_words(par.narration[verb.end:found[0].start]) <= AFTER_VERB_MAX_WORDS:
        return found[0]
    return None


_WITH = re.compile(r"(?:^|\W)with\s+(?:the\s+)?$", re.IGNORECASE)
_ACRONYM_GAP = re.compile(r"^\s*\([A-Za-z]{2,8}\)")


def _with_subject(par: _Paragraph, verb: _Verb) -> _Mention | None:
    """The subject of an absolute clause: "…, with the Fire Service warning of '…'", also with its
    acronym in brackets between ("with the Royal College of Nursing (RCN) warning")."""
    found = [m for m in par.mentions if m.end <= verb.start
             and not _ACRONYM_GAP.sub("", par.narration[m.end:verb.start]).strip()]
    if found and _WITH.search(par.narration[max(0, found[-1].start - 10):found[-1].start]):
        return found[-1]
    return None


def _speaker_mention(par: _Paragraph, verb: _Verb, lo: int, lex: _Lexicon) -> _Mention | None:
    """Who the verb attributes to; ``lo`` is where the narration of this side starts. A verb after
    "and" shares the subject of its sentence ("The NUG said …, and urged young people to …")."""
    hi = par.sentence_end(verb.end)
    if verb.form == "according to":
        return _first_after(par, verb, hi, lex)
    if lex.verbs.table[verb.form][2]:  # participle: the subject of the sentence
        return (_with_subject(par, verb) or _subject(par, lo, verb.start) or _subject(par, par.sentence_start(verb.start), verb.start)
                or _nearest_before(par, lo, verb))
    if _previous_word(par.narration, verb.start) == "and":  # "X said … that …, and urged": X
        subject = _subject(par, par.sentence_start(verb.start), verb.start)
        if subject is not None and subject.kind in ("name", "body", "pronoun"):  # not "TV" in "TV star X"
            return subject
    inverted = not _n_words(par.narration[lo:verb.start])  # "'…,' said X": nothing before the verb
    return _nearest_before(par, lo, verb) or (_first_after(par, verb, hi, lex) if inverted else None)


def _matches(pronoun: str, kind: str, is_plural: bool) -> bool:
    """Whether a mention of ``kind`` can be what ``pronoun`` refers to."""
    if pronoun in ("he", "she"):
        return kind in _PERSON_KINDS and not is_plural
    if pronoun == "they":
        return kind in _PERSON_KINDS | {"body", "body descriptor"}
    if pronoun == "it":
        return kind in ("body", "body descriptor", "document")
    return kind == "descriptor"  # one / another / others


def _from_mention(m: _Mention, pronoun: str) -> tuple[str, str, str]:
    """"another" after "the soldiers" is "soldier"; after "a scared trooper", "scared trooper"."""
    speaker = m.head if pronoun in _INDEFINITES and m.is_plural and m.head else m.speaker
    return speaker, m.speaker_type, m.kind


_PREDICATE_VERBS = _BE_FORMS | frozenset({"as", "became", "becomes", "become"})


def _is_predicate(par: _Paragraph, m: _Mention) -> bool:
    """A description said of someone, not a new person: "was a reporter", "worked as a nurse"."""
    return m.kind == "descriptor" and _previous_word(par.narration, m.start) in _PREDICATE_VERBS


def _in_paragraph(par: _Paragraph, pos: int, pronoun: str, n_quotes: int) -> tuple[str, str, str] | None:
    """Antecedent inside the paragraph: same sentence, earlier quotes, earlier sentences."""
    ok = [m for m in par.mentions if m.end <= pos and not _is_possessive(par, m) and not _is_predicate(par, m)
          and (_matches(pronoun, m.kind, m.is_plural) or m.speaker == pronoun)]
    same = [m for m in ok if m.start >= par.sentence_start(pos) and m.speaker != pronoun
            and not _after_preposition(par, m)]
    if same:
        return _from_mention(same[-1], pronoun)
    for speaker in reversed(par.speakers[:n_quotes]):
        if speaker[0] and _matches(pronoun, speaker[2], False):
            return speaker
    for start in reversed([s for s in par.starts if s < par.sentence_start(pos)]):
        in_sentence = [m for m in ok if start <= m.start < par.sentence_end(start)]
        subjects = [m for m in in_sentence if not _after_preposition(par, m) or _fronted_person(par, m)]
        if subjects and subjects[0].speaker == pronoun:  # "He said …. '…,' he said": same referent
            return _in_paragraph(par, subjects[0].start, pronoun, 0) if pronoun not in _INDEFINITES else None
        if subjects:  # a pronoun's antecedent is the subject; "another"'s the nearest description
            return _from_mention(subjects[-1 if pronoun in _INDEFINITES else 0], pronoun)
    return None


def _in_previous(article: _Article, pronoun: str) -> tuple[str, str, str] | None:
    """Antecedent in the previous paragraphs: their last speaker, else their first named person."""
    for par in reversed(article.paragraphs[-PRONOUN_LOOKBACK_PARAGRAPHS:]):
        for speaker in reversed(par.speakers):
            if speaker[0] and _matches(pronoun, speaker[2], False):
                return speaker
        ok = [m for m in par.mentions if _matches(pronoun, m.kind, m.is_plural)]
        ok = [m for m in ok if not _is_possessive(par, m) and not _after_preposition(par, m)]
        named = [m for m in ok if m.kind in ("name", "body")]
        if named or ok:
            return _from_mention((named or ok)[0], pronoun)
    return None


#: Speaker types a role noun may share with a named person ("the spokesman" → a minister's aide).
_OFFICIAL_TYPES = frozenset({"politician", "military or government body"})


def _same_role(role: _Mention, other: _Mention) -> bool:
    if other.kind != "name":
        return False
    types = {role.speaker_type, other.speaker_type}
    return len(types) == 1 or "unknown" in types or types <= _OFFICIAL_TYPES


def _same_head(role: _Mention, other: _Mention) -> bool:
    """An earlier description with the same head word: "a police officer … the officer said"."""
    return (other.kind == "descriptor" and not other.is_plural
            and other.speaker.split()[-1].lower() == role.speaker.split()[-1].lower())


def _is_subject(par: _Paragraph, m: _Mention) -> bool:
    """First non-possessive mention of its sentence, outside a prepositional phrase."""
    first = _subject(par, par.sentence_start(m.start), m.end)
    return first is not None and first.start == m.start


def _earlier_mentions(article: _Article, par: _Paragraph, m: _Mention):
    """(paragraph, its mentions before ``m``) for ``m``'s paragraph and the previous
    :data:`PRONOUN_LOOKBACK_PARAGRAPHS` paragraphs, nearest first."""
    yield par, [o for o in par.mentions if o.end <= m.start]
    for previous in reversed(article.paragraphs[-PRONOUN_LOOKBACK_PARAGRAPHS:]):
        yield previous, previous.mentions


def _body_named_by(article: _Article, par: _Paragraph, m: _Mention) -> _Mention | None:
    """The body a bare body descriptor stands for when the article named it with that word: "police
    said" after "The Toronto Police Service has charged …" is the Toronto Police Service (the last
    such body before it), or None."""
    head = m.speaker.split()[-1].title()
    for _, before in _earlier_mentions(article, par, m):
        named = [o for o in before if o.kind == "body" and head in o.speaker.split()]
        if named:
            return named[-1]
    return None


#: An apposition after a name ("Kim Jong Un, general secretary of the Workers' Party, …"), up to the next
#: comma; a clause ("Smith, who met the minister,") is none.
_APPOSITION = re.compile(r"\s*,\s*(?!(?:who|whom|which|whose|where|when|and|but|or|as|said|says|told)\b)"
                         r"((?:[^\W\d][\w'’\-]*\s*){1,8})(?=[,.;:]|$)")


def _role_text(par: _Paragraph, o: _Mention) -> str:
    """What the article calls a named person or body, lower case: the mention as written with the
    title or description opening it ("Defence Minister X", "copper company Codelco"), its canonical
    name, and an apposition after it ("…, the country's head of state")."""
    after = _APPOSITION.match(par.narration, o.end)
    return " ".join([par.narration[o.start:o.end], o.speaker, after.group(1) if after else ""]).lower()


def _role_word(lex: _Lexicon, m: _Mention) -> str:
    """A description's role, lower case: its title ("cardinal"), else the longest ending of it the
    alias table knows as a head or title ("news agency", not "agency"), else its last word."""
    words = m.speaker.lower().split()
    endings = (" ".join(words[i:]) for i in range(len(words)))
    return m.role or next((e for e in endings if e in lex.heads.table or e in lex.titles.table), words[-1])


def _holds_role(text: str, forms: frozenset) -> bool:
    """Whether a role text (:func:`_role_text`) holds one of a role's forms as whole words."""
    return any(f" {form} " in f" {text} " for form in forms)


def _role_holder(article: _Article, par: _Paragraph, m: _Mention) -> _Mention | None:
    """For a definite description ("the minister", "the Cardinal", "the company"): the last person
    (or body, for a body's description) named before it, in its paragraph or the
    :data:`PRONOUN_LOOKBACK_PARAGRAPHS` before, whose own title, apposition, description or name holds
    its role word ("Defence Minister X", "X, Prefect of …", "copper company Codelco"), or None (round 22)."""
    role = _role_word(article.lex, m)
    forms = article.lex.synonyms.get(role, frozenset()) | {role}
    kind = "body" if m.kind == "body descriptor" else "name"
    for previous, before in _earlier_mentions(article, par, m):
        found = [o for o in before if o.kind == kind and _holds_role(_role_text(previous, o), forms)]
        if found:
            return found[-1]
    return None


def _antecedent(article: _Article, par: _Paragraph, m: _Mention) -> _Mention | None:
    """For "the minister" / "the statement" / "the group": the last person named with that role
    (:func:`_role_holder`), else the last subject of that type (or body, of the same type when there
    is one) before it; for "the officer", also "a police officer"."""
    holder = _role_holder(article, par, m) if m.kind in ("descriptor", "body descriptor") else None
    if holder is not None:
        return holder
    if m.kind == "descriptor":
        wanted = lambda other: _same_role(m, other) or _same_head(m, other)  # noqa: E731
    else:  # a body, or a one-word name of unknown type ("Gazprom said … the company said")
        wanted = lambda other: other.kind == "body" or (  # noqa: E731
            other.kind == "name" and other.speaker_type == "unknown" and " " not in other.speaker)
    for previous, before in _earlier_mentions(article, par, m):
        found = [o for o in before if wanted(o) and not _is_possessive(previous, o)
                 and (not _after_preposition(previous, o) or _same_head(m, o))]  # "according to a police officer"
        if m.kind == "body descriptor":  # "the group" → a body of its type when there is one
            found = [o for o in found if _same_type(m, o)] or found
        subjects = [o for o in found if _is_subject(previous, o)]
        if subjects or found:
            return (subjects or found)[-1]
    return None


def _same_type(role: _Mention, other: _Mention) -> bool:
    """Types that may belong to one referent: equal, or one of them unknown."""
    return "unknown" in (role.speaker_type, other.speaker_type) or role.speaker_type == other.speaker_type


#: "the Labour leader", "the White House spokesman": capitalised modifiers between "the" and a role.
_THE_NAMED_MODIFIER = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w\-]*\s+){1,2}$")


#: An indefinite complement after a description makes it a new referent ("The daughter of one victim").
_NEW_REFERENT_OF = re.compile(r"\s+of\s+(?:a|an|one|two|three|four|several|many)\s", re.IGNORECASE)


def _is_definite_bare(par: _Paragraph, m: _Mention) -> bool:
    """ "the statement", "the minister", "the Labour leader": a singular definite description
    that refers back (not "the daughter of one victim"); also a title standing alone for its holder
    ("Lyonpo said": :func:`.speaker_mentions._bare_title_mentions`)."""
    return (m.kind in ("descriptor", "body descriptor", "document") and not m.is_plural
            and not _NEW_REFERENT_OF.match(par.narration, m.end)
            and (par.narration[m.start:m.start + 4].lower() == "the " or (m.kind == "descriptor" and bool(m.role))
                 or bool(_THE_NAMED_MODIFIER.search(par.narration, max(0, m.start - 40), m.start))))


_ONE_OF = re.compile(r"\b(?:one|another|each)\s+of\s+$", re.IGNORECASE)


def _singular(word: str) -> str:
    """English plural in -s to singular: witnesses → witness, families → family, sources → source."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1]


def _one_of(par: _Paragraph, m: _Mention) -> _Mention:
    """ "one of the sources said": one source, not the sources."""
    words = m.speaker.split()
    if (m.is_plural and words[-1].endswith("s") and not words[-1].endswith("ss")
            and _ONE_OF.search(par.narration, max(0, m.start - 20), m.start)):
        return replace(m, speaker=" ".join(words[:-1] + [_singular(words[-1])]), is_plural=False)
    return m


def _named_in_body(article: _Article, m: _Mention) -> _Mention | None:
    """The person a singular role speaking in the standfirst stands for: the first person the body
    names with that role word ("Energy minister says …" → "Energy and Minerals Minister Grant
    Okafor-Lindqvist"; "Governor says …" → "Governor Thabo Mahlangu-Venter"), or None."""
    role = m.speaker.split()[-1].lower()
    for par in article.body:
        for other in par.mentions:
            if other.kind == "name" and role in par.narration[other.start:other.end].lower().split():
                return other
    return None


def _resolve(article: _Article, par: _Paragraph, m: _Mention, n_quotes: int) -> tuple[str, str, str]:
    """(speaker, speaker_type, kind) for a mention, resolving pronouns and 'one'/'another'; a singular
    role in the standfirst is the person the body names with it (:func:`_named_in_body`)."""
    definite = _is_definite_bare(par, m)  # "one of the sources" is no definite description
    m = _one_of(par, m)
    if definite:
        found = _antecedent(article, par, m)
        if found is not None and found.speaker_type == "unknown":  # "Sir Keir Starmer … the Labour leader"
            found = replace(found, speaker_type=m.speaker_type)
        m = found or m
    elif m.kind == "body descriptor":
        m = _body_named_by(article, par, m) or m
    if par.number == 0 and m.kind == "descriptor" and not m.is_plural:
        named = _named_in_body(article, m)
        m = replace(named, speaker_type=m.speaker_type) if named and named.speaker_type == "unknown" else named or m
    if m.kind not in ("pronoun", "indefinite"):
        return m.speaker, m.speaker_type, m.kind
    pronoun = m.speaker
    found = _in_paragraph(par, m.start, pronoun, n_quotes) or _in_previous(article, pronoun)
    return found or ("", "unknown", "")


def _head_lo(par: _Paragraph, k: int) -> int:
    lo = par.sentence_start(_open_at(par.spans[k]))
    return max(lo, _close_end(par.spans[k - 1])) if k else lo


def _tail_hi(par: _Paragraph, k: int) -> int:
    span = par.spans[k]
    if not span.is_closed:
        return _close_end(span)
    hi = par.sentence_end(_close_end(span))
    return min(hi, _open_at(par.spans[k + 1])) if k + 1 < len(par.spans) else hi


def _cue_verb(par: _Paragraph, k: int) -> tuple[_Verb, int] | None:
    """The verb attributing quote ``k`` and where its side's narration starts."""
    open_at, close_end = _open_at(par.spans[k]), _close_end(par.spans[k])
    head = [v for v in par.verbs if _head_lo(par, k) <= v.start and v.end <= open_at]
    if head:
        return head[-1], par.sentence_start(head[-1].start)
    tail = _tail_verbs(par, k)
    return (tail[0], close_end) if tail else None


_TAG_START = re.compile(r"\s*[,.!?…;:\-–—]")


def _tail_verbs(par: _Paragraph, k: int) -> list[_Verb]:
    """Verbs after quote ``k`` that tag it: the quote ends a clause ("'…,' he said",
    "'…' said X", "'…', according to X"), not narration running on ("'hatred' and urged")."""
    span, close_end = par.spans[k], _close_end(par.spans[k])
    tail = [v for v in par.verbs if close_end <= v.start and v.end <= _tail_hi(par, k)
            and _n_words(par.narration[close_end:v.start]) <= TAIL_CUE_MAX_WORDS]
    ends_clause = (par.text[span.start:span.end].rstrip().rstrip("'’\"”")[-1:] in tuple(",.!?…")
                   or _TAG_START.match(par.narration, close_end))
    if tail and (ends_clause or not par.narration[close_end:tail[0].start].strip()):
        return tail
    return [v for v in tail if v.form == "according to"]


def _cue_text(par: _Paragraph, verb: _Verb, m: _Mention | None) -> str:
    lo, hi = verb.start, verb.end
    if m is not None:
        gap = par.narration[min(m.end, verb.end):max(m.start, verb.start)]
        if _n_words(gap) <= CUE_SPAN_MAX_GAP_WORDS and "," not in gap:
            lo, hi = min(lo, m.start), max(hi, m.end)
    colon = re.match(r"\s*:", par.narration[hi:])
    hi = hi + colon.end() if colon else hi
    return re.sub(r"\s+", " ", par.text[lo:hi]).strip()


def _by_verb(article: _Article, par: _Paragraph, k: int, found: tuple[_Verb, int]):
    verb, lo = found
    lex = article.lex
    m = _speaker_mention(par, verb, lo, lex)
    speaker, stype, kind = _resolve(article, par, m, k) if m else ("", "unknown", "")
    how = "pronoun" if m is not None and m.kind in ("pronoun", "indefinite") else "cue"
    name, loaded, _ = lex.verbs.table[verb.form]
    return _Attribution(speaker, stype, name, loaded, _cue_text(par, verb, m), how), kind


def _by_colon(article: _Article, par: _Paragraph, k: int):
    open_at = _open_at(par.spans[k])
    before = par.narration[_head_lo(par, k):open_at].rstrip()
    if not before.endswith(":"):
        return None
    m = _subject(par, par.sentence_start(open_at), open_at)
    speaker, stype, kind = _resolve(article, par, m, k) if m else ("", "unknown", "")
    cue = " ".join(w for _, w in _words_before(before, len(before) - 1, CUE_SPAN_MAX_GAP_WORDS)) + ":"
    return _Attribution(speaker, stype, cue=cue.strip(), how="colon"), kind


def _inherit(article: _Article, par: _Paragraph, k: int):
    """No cue in the sentence: the previous quote's speaker, or the previous paragraph's."""
    if k and par.speakers[k - 1][0]:
        speaker, stype, kind = par.speakers[k - 1]
        previous = par.attributions[k - 1]
        if par.sentence_start(_open_at(par.spans[k])) == par.sentence_start(_open_at(par.spans[k - 1])):
            # same sentence: "told reporters that the goals 'will be achieved' and that '…'"
            return replace(previous, how="previous quote"), kind
        return _Attribution(speaker, stype, how="previous quote"), kind
    opens_paragraph = not par.narration[:_open_at(par.spans[k])].strip()
    if opens_paragraph and article.paragraphs:
        previous = article.paragraphs[-1]
        said = [s for s in previous.speakers if s[0]]
        named = [m for m in previous.mentions if m.kind == "name" and not _is_possessive(previous, m)]
        if said or named:
            speaker, stype, kind = said[-1] if said else (named[0].speaker, named[0].speaker_type, "name")
            return _Attribution(speaker, stype, how="previous paragraph"), kind
    return _Attribution(), ""


def _by_subject(article: _Article, par: _Paragraph, k: int):
    """Last resort for a quote that is not a label: the subject of its sentence, or, for a quote
    that is a sentence of its own, the person the sentence before it opens with ("In Dayton,
    Marquardt-Sosa has a simpler forecast. '…'")."""
    open_at = _open_at(par.spans[k])
    start = par.sentence_start(open_at)
    m = _subject(par, start, open_at)
    if m is None and start > 0 and not par.narration[start:open_at].strip():
        m = _subject(par, par.sentence_start(start - 1), start)
        m = m if m is not None and m.kind in ("name", "pronoun") else None
    if m is None:
        return None
    speaker, stype, kind = _resolve(article, par, m, k)
    return (_Attribution(speaker, stype, how="sentence subject"), kind) if speaker else None


#: What names a thing right before its quoted name: a code name, call sign, nickname, handle or
#: "so-called" term is a label, never speech ("an exercise code-named 'Strait Storm-7.'", "a sniper
#: with the call sign 'Owl'", "who goes by the handle 'dataghost,'", "so-called 'zombie' firms").
_NAMED_BEFORE = re.compile(r"(?i:\bcode[\s-]?named|\bcall[\s-]?sign|\bnicknamed|\bknown\s+as|\bso[\s-]called"
                           r"|\bgo(?:es)?\s+by\s+the\s+(?:handle|name|moniker|alias))\s*$")


def _is_name_quote(par: _Paragraph, k: int) -> bool:
    """True for a quote that is a thing's name (:data:`_NAMED_BEFORE`): a scare quote with no speaker."""
    open_at = _open_at(par.spans[k])
    return _NAMED_BEFORE.search(par.narration[par.sentence_start(open_at):open_at]) is not None


def _attribute(article: _Article, par: _Paragraph, k: int, is_scare: bool) -> tuple[_Attribution, str]:
    found = _cue_verb(par, k)
    if found is not None:
        return _by_verb(article, par, k, found)
    attribution = _by_colon(article, par, k) or _inherit(article, par, k)
    if attribution[0].how == "none" and not is_scare:
        return _by_subject(article, par, k) or attribution
    return attribution


def _is_scare(par: _Paragraph, k: int, n_words: int) -> bool:
    """Short label in narration: see SCARE_QUOTE_MAX_WORDS and ADJACENT_CUE_WORDS."""
    span = par.spans[k]
    content = par.text[span.start:span.end].strip()
    if n_words > SCARE_QUOTE_MAX_WORDS or content[-1:] in tuple(",.!?…"):
        return False
    open_at, close_end = _open_at(span), _close_end(span)
    sentence = par.sentence_start(open_at)
    if par.narration[sentence:open_at].rstrip().endswith(":"):
        return False
    before = [v for v in par.verbs if sentence <= v.start and v.end <= open_at]
    if before and _n_words(par.narration[before[-1].end:open_at]) <= ADJACENT_CUE_WORDS:
        return False
    after = _tail_verbs(par, k)
    return not (after and _n_words(par.narration[close_end:after[0].start]) <= ADJACENT_CUE_WORDS)


# --------------------------------------------------------------------------- public tables


def _text_or_empty(value, doc_id, column: str) -> str:
    if isinstance(value, str):
        return value
    if value is not None and not pd.isna(value):
        raise TypeError(f"article {doc_id!r}: {column} must be text, got {type(value).__name__}")
    return ""


#: Paragraph separator, the same rule as :func:`analysis.paragraphs`.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _body_paragraphs(body: str) -> list[str]:
    """Non-empty, stripped paragraphs, numbered like :func:`analysis.paragraphs`."""
    return [block for block in (b.strip() for b in _PARAGRAPH_BREAK.split(body)) if block]


def _article_paragraphs(row) -> list[tuple[int, str]]:
    """(position, text): the standfirst as 0, body paragraphs 1-based as in analysis.paragraphs."""
    standfirst = _text_or_empty(getattr(row, "standfirst", ""), row.doc_id, "standfirst").strip()
    body = _text_or_empty(row.text, row.doc_id, "text")
    pieces = [(0, standfirst)] + list(enumerate(_body_paragraphs(body), start=1))
    return [(n, text) for n, text in pieces if text]


def _one_type_per_person(rows: list[dict], kinds: list[str]) -> list[dict]:
    """Give every quote of a named person the type another quote of theirs in the article got
    ("Sir Keir Starmer has said … the Labour leader said": every quote of Keir Starmer is a
    politician's); descriptions ("resident") are many people and keep their own types."""
    known: dict[str, str] = {}
    for r, kind in zip(rows, kinds):
        if kind == "name" and r["speaker_type"] != "unknown":
            known.setdefault(r["speaker"], r["speaker_type"])
    for r, kind in zip(rows, kinds):
        if kind == "name" and r["speaker_type"] == "unknown" and r["speaker"] in known:
            r["speaker_type"] = known[r["speaker"]]
    return rows


def _article_quotes(row, lex: _Lexicon) -> list[dict]:
    prepared = _prepared(_article_paragraphs(row), lex)
    article, rows, kinds = _Article(lex, body=[p for p in prepared if p.number > 0]), [], []
    for par in prepared:
        number, text = par.number, par.text
        for k, span in enumerate(par.spans):
            quote = text[span.start:span.end]
            n_words = _n_words(quote)
            is_name = _is_name_quote(par, k)
            is_scare = is_name or _is_scare(par, k, n_words)
            attribution, kind = (_Attribution(), "") if is_name else _attribute(article, par, k, is_scare)
            par.speakers.append((attribution.speaker, attribution.speaker_type, kind))
            par.attributions.append(attribution)
            kinds.append(kind)
            rows.append({
                "doc_id": row.doc_id, "outlet": row.outlet, "paragraph": number,
                "start": span.start, "end": span.end, "quote": quote,
                "speaker": attribution.speaker, "speaker_type": attribution.speaker_type,
                "verb": attribution.verb, "is_loaded": attribution.is_loaded, "cue": attribution.cue,
                "attribution": attribution.how, "is_scare_quote": is_scare,
                "is_closed": span.is_closed, "n_words": n_words,
            })
        article.paragraphs.append(par)
    return _one_type_per_person(rows, kinds)


def quotes(articles: pd.DataFrame, *, speakers_path: Path | str | None = None,
           verbs_path: Path | str | None = None) -> pd.DataFrame:
    """Every direct quotation in each article's standfirst and body, with its speaker.

    Parameters
    ----------
    articles : DataFrame
        One row per article with ``doc_id``, ``outlet``, ``text`` (paragraphs
        separated by a blank line) and, optionally, ``standfirst``.
    speakers_path, verbs_path : path, optional
        Alternative alias and verb tables (same columns as the bundled ones).

    Returns
    -------
    DataFrame
        One row per quotation, sorted by doc_id, paragraph, start:

        - doc_id, outlet
        - paragraph : int, 0 for the standfirst, body paragraphs 1-based
        - start, end : int, offsets of the quote inside its paragraph's text
          (the standfirst stripped of surrounding whitespace, or the paragraph's
          text in :func:`analysis.paragraphs`)
        - quote : str, the text inside the marks
        - speaker : str, canonical name, else a short description ("injured
          soldier"), else ""
        - speaker_type : one of :data:`SPEAKER_TYPES` ("unknown" when no speaker)
        - verb : str, attribution verb in its reporting form ("said" for says /
          saying), "according to", or "" when none
        - is_loaded : bool, the verb evaluates the claim (claimed, admitted …)
        - cue : str, the attributing phrase as written ("Zelensky said",
          "he warned", "An official wrote:"), "" when the speaker comes from
          another sentence or paragraph
        - attribution : how the speaker was found: cue, pronoun, colon,
          previous quote, previous paragraph, sentence subject, none
        - is_scare_quote : bool, a short label rather than speech (module docstring)
        - is_closed : bool, False for a quote left open at the paragraph end
        - n_words : int, words in the quote

    Notes
    -----
    Rules, thresholds and what is not handled are in the module docstring.
    """
    require_columns(articles, ["doc_id", "outlet", "text"], name="articles")
    lex = _lexicon(str(speakers_path or SPEAKERS_CSV), str(verbs_path or ATTRIBUTION_VERBS_CSV))
    rows: list[dict] = []
    for row in tqdm(articles.itertuples(index=False), total=len(articles), desc="quotes",
                    disable=len(articles) < PROGRESS_MIN_ARTICLES):
        rows.extend(_article_quotes(row, lex))
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    frame = frame.astype({"paragraph": "int64", "start": "int64", "end": "int64", "n_words": "int64",
                          "is_loaded": bool, "is_scare_quote": bool, "is_closed": bool})
    if isinstance(articles["outlet"].dtype, pd.CategoricalDtype):
        frame["outlet"] = pd.Categorical(frame["outlet"], dtype=articles["outlet"].dtype)
    return frame.sort_values(["doc_id", "paragraph", "start"], kind="stable").reset_index(drop=True)


def verb_table(quotes: pd.DataFrame, *, include_scare_quotes: bool = False) -> pd.DataFrame:
    """Attribution verbs per outlet, loaded ones flagged.

    Parameters
    ----------
    quotes : DataFrame
        The output of :func:`quotes` (needs outlet, verb, is_loaded, is_scare_quote).
    include_scare_quotes : bool, default False
        Count verbs attached to scare quotes too (by default only speech).

    Returns
    -------
    DataFrame
        One row per outlet × verb, sorted by outlet, then n_quotes descending, then verb:
        outlet, verb, is_loaded (bool), n_quotes (quotes with this verb),
        share (n_quotes over the outlet's quotes that have any verb).
        Quotes with no verb are not counted.
    """
    require_columns(quotes, ["outlet", "verb", "is_loaded", "is_scare_quote"], name="quotes")
    kept = quotes[quotes["verb"].astype(str).ne("")]
    if not include_scare_quotes:
        kept = kept[~kept["is_scare_quote"].astype(bool)]
    columns = ["outlet", "verb", "is_loaded", "n_quotes", "share"]
    if kept.empty:
        return pd.DataFrame(columns=columns)
    table = (kept.groupby(["outlet", "verb"], observed=True, sort=False)
             .agg(is_loaded=("is_loaded", "any"), n_quotes=("verb", "size")).reset_index())
    totals = table.groupby("outlet", observed=True)["n_quotes"].transform("sum")
    table["share"] = table["n_quotes"] / totals
    table = table.sort_values(["outlet", "n_quotes", "verb"], ascending=[True, False, True], kind="stable")
    return table[columns].reset_index(drop=True)


def _type_column(speaker_type: str) -> str:
    return "share_speakers_" + re.sub(r"\W+", "_", speaker_type).strip("_")


def _quoted_words(text) -> tuple[int, int]:
    """(words in the body, words inside quotation marks) for one body text."""
    total = quoted = 0
    for paragraph in _body_paragraphs(text if isinstance(text, str) else ""):
        for segment, is_quoted in split_quoted(paragraph):
            n = _n_words(segment)
            total += n
            quoted += n if is_quoted else 0
    return total, quoted


def _speaker_shares(speech: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Distinct speakers per group and the share of them of each type."""
    named = speech[speech["speaker"].astype(str).ne("")]
    types = (named.groupby(keys + ["speaker"], observed=True)["speaker_type"]
             .agg(lambda s: s.mode().iloc[0]).reset_index())
    counts = pd.crosstab([types[k] for k in keys], types["speaker_type"])
    counts = counts.reindex(columns=list(SPEAKER_TYPES), fill_value=0)
    shares = counts.div(counts.sum(axis=1), axis=0)
    shares.columns = [_type_column(t) for t in shares.columns]
    shares.insert(0, "n_speakers", counts.sum(axis=1))
    return shares.reset_index()


def _article_counts(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per article: body words, quoted words, quotes, scare quotes, unattributed quotes."""
    words = [_quoted_words(text) for text in articles["text"]]
    frame = pd.DataFrame({"doc_id": articles["doc_id"].to_numpy(), "outlet": articles["outlet"],
                          "n_body_words": [w[0] for w in words], "n_quoted_words": [w[1] for w in words]})
    scare = quotes["is_scare_quote"].astype(bool)
    unattributed = quotes["speaker"].astype(str).eq("") & ~scare
    per_doc = pd.DataFrame({"doc_id": quotes["doc_id"], "n_quotes": (~scare).astype(int),
                            "n_scare_quotes": scare.astype(int), "n_unattributed": unattributed.astype(int)})
    per_doc = per_doc.groupby("doc_id", sort=False).sum().reset_index()
    frame = frame.merge(per_doc, on="doc_id", how="left")
    for column in ("n_quotes", "n_scare_quotes", "n_unattributed"):
        frame[column] = frame[column].fillna(0).astype("int64")
    return frame


def quote_stats(quotes: pd.DataFrame, articles: pd.DataFrame, *, by: str = "article") -> pd.DataFrame:
    """How much each article (or outlet) quotes, and whom.

    Parameters
    ----------
    quotes : DataFrame
        The output of :func:`quotes` for ``articles``.
    articles : DataFrame
        doc_id, outlet, text (the body; words inside quotes are counted with
        :func:`analysis.quotespans.split_quoted`, paragraph by paragraph).
    by : {"article", "outlet"}
        One row per article (every article, also those without quotes) or per outlet.

    Returns
    -------
    DataFrame
        Sorted by outlet then doc_id (article level) or by outlet:

        - doc_id (article level) / n_articles (outlet level), outlet
        - n_quotes : quotes that are speech (scare quotes excluded)
        - n_scare_quotes : quotes flagged ``is_scare_quote``
        - n_speakers : distinct non-empty speakers of those quotes
        - n_body_words, n_quoted_words : words in the body, and inside quotation marks
        - share_quoted_words : n_quoted_words / n_body_words (NaN for an empty body)
        - share_unattributed : share of the speech quotes with no speaker (NaN with no quotes)
        - share_speakers_<type> : share of the distinct speakers of each type in
          :data:`SPEAKER_TYPES` (``share_speakers_military_or_government_body`` …;
          NaN when there is no speaker)

    Raises
    ------
    ValueError
        When ``by`` is not allowed, a column is missing, or quotes name an
        article that is not in ``articles``.
    """
    if by not in ("article", "outlet"):
        raise ValueError(f"by must be 'article' or 'outlet', got {by!r}")
    require_columns(quotes, ["doc_id", "outlet", "speaker", "speaker_type", "is_scare_quote"], name="quotes")
    require_columns(articles, ["doc_id", "outlet", "text"], name="articles")
    unknown = sorted(set(quotes["doc_id"]) - set(articles["doc_id"]))
    if unknown:
        raise ValueError(f"quotes name articles missing from articles: {unknown[:5]}; "
                         "pass the same articles the quotes were taken from")
    counts = _article_counts(quotes, articles)
    keys = ["doc_id"] if by == "article" else ["outlet"]
    if by == "outlet":
        counts = (counts.groupby("outlet", observed=True)
                  .agg(n_articles=("doc_id", "size"), n_body_words=("n_body_words", "sum"),
                       n_quoted_words=("n_quoted_words", "sum"), n_quotes=("n_quotes", "sum"),
                       n_scare_quotes=("n_scare_quotes", "sum"), n_unattributed=("n_unattributed", "sum"))
                  .reset_index())
    speech = quotes[~quotes["is_scare_quote"].astype(bool)]
    stats = counts.merge(_speaker_shares(speech, keys), on=keys, how="left")
    stats["n_speakers"] = stats["n_speakers"].fillna(0).astype("int64")
    stats["share_quoted_words"] = stats["n_quoted_words"] / stats["n_body_words"].where(stats["n_body_words"] > 0)
    stats["share_unattributed"] = stats["n_unattributed"] / stats["n_quotes"].where(stats["n_quotes"] > 0)
    shares = [_type_column(t) for t in SPEAKER_TYPES]
    first = keys + (["outlet"] if by == "article" else ["n_articles"])
    ordered = first + ["n_quotes", "n_scare_quotes", "n_speakers", "n_body_words", "n_quoted_words",
                       "share_quoted_words", "share_unattributed"] + shares
    return stats[ordered].sort_values(["outlet"] + (["doc_id"] if by == "article" else []),
                                      kind="stable").reset_index(drop=True)
