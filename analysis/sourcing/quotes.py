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
   is a civilian; a role at a body with no name after it is a person described
   by both, typed by the body (``a Nato official`` → "NATO official", ``a Red
   Cross spokesperson``, ``a spokesman for the Ministry of Defence`` →
   "Ministry of Defence spokesman"; a political office keeps its own type:
   ``a Council leader`` is a politician), and a name after the role is the
   person (``Manchester City manager Pep Guardiola``); only an office or
   service stands for its body (``the Kremlin press service``).
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
   previous :data:`.quote_resolution.PRONOUN_LOOKBACK_PARAGRAPHS` paragraphs (``it`` looks for a
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

Round 12 added: a code name, call sign, nickname or "known as" name in quotes is a scare quote with no speaker
or verb (:func:`.quote_cues._is_name_quote`); "read" after a published statement ("said in a statement read on
state television") is no cue; a name that opens the name of a body given earlier is that body
(:func:`.speakers._short_bodies`: "Greystone Environmental Services … Greystone said").

Round 13 added: a line wholly in capitals opening a paragraph is a heading, no narration ("REASONS FOR THE
JUDGMENT", :func:`.quote_cues._heading_line_end`); a bare body descriptor is the body the article named with
that word ("police said" after "The Toronto Police Service has charged …":
:func:`.quote_resolution._body_named_by`).

Round 15 added: a "so-called" term and a handle someone "goes by" are labels, scare quotes with no speaker or
verb (:data:`.quote_cues._NAMED_BEFORE`); distinct reporting verbs are reported as themselves and court speech
("observing", "ruled", "submitted") is read as a cue (``analysis/data/attribution_verbs.csv``).

Round 19 added: a person framed by a sentence-opening preposition is a pronoun's antecedent in the sentences
after ("For Okafor, that is cold comfort. '…,' she says": :func:`.quote_resolution._fronted_person`).

Round 20 added: "posted" reports words before a post's caption or a "that" clause, as before "on X" or a colon
("posted a photo on Instagram with the caption: '…'", "posted that …": :data:`.quote_cues._POSTED_WORDS`).

Round 22 added: a definite description refers back first to the person (or, for a body's description, the
body) named earlier whose own title, description or apposition holds its role word
(:func:`.quote_resolution._role_holder`: "Defence Minister X … Senator Y said … the minister said" is X; "the
authority" is the "… Authority", not the firm it fined); a bare title after "the" is such a description ("the
Cardinal said").

Round 23 added: a role referred back to in another form counts as the same role, by the ``role synonyms`` rows
of ``analysis/data/speakers.csv`` (:func:`.quote_resolution._holds_role`: "President X … the head of state
said", "head coach X … the manager said").

Round 24 added: a capitalised title standing alone for its holder before a speech verb ("Lyonpo said") is a
definite description too (:func:`.quote_resolution._is_definite_bare`), so it refers back to the person named
with that title.

Round 25 added: an unnamed spokesperson is the speaker, described by the body it speaks for ("a Red Cross
spokesperson", "a spokesman for the Ministry of Defence" → "Ministry of Defence spokesman"), as the blind sets'
annotators label it (:func:`.speakers._affiliate`); two roles before one name are that person
(:func:`.speakers._two_roles`); a verb after "but" shares its sentence's subject, as after "and"; an affiliation
may run through a possessive ("X of Strathmore University's Centre for … said"); "(ret.)" after a rank is skipped.

Round 89 added: a body's description that no mention resolved ("the company said") speaks for the last body of its
kind the article cites before the quote (:func:`_named_bodies`), unless two bodies share its word.

A quote is a **scare quote** (a label used as a word, not speech) when it has
at most :data:`.quote_cues.SCARE_QUOTE_MAX_WORDS` words, does not end with ``, . ! ? …``,
and no attribution verb or colon stands within :data:`.quote_cues.ADJACENT_CUE_WORDS`
words of its marks (``no 'calm'``, ``used like 'cannon fodder'``; but
``another warned 'no-one wants war'`` is speech).

Not handled: indirect speech (no marks), speakers known only from pictures or
captions, coreference beyond the rules above, quotation dashes, titles of
works in quotes (reported as quotes), verbs other than English ones.  Rule-based
attribution of this kind follows Pouliquen, Steinberger & Best (2007),
"Automatic detection of quotations in multilingual news", and the
quote-attribution cues of Pareti et al. (2013).

The alias and verb tables live in :mod:`.speaker_lexicon`, the mentions of rule 3 in
:mod:`.speaker_mentions` and :mod:`.speakers`; :mod:`.quote_cues` prepares the paragraphs and finds
the cues and scare quotes (rule 1, the narration of rule 2), :mod:`.quote_resolution` resolves mentions
to speakers (rules 2, 4, 5); this module builds the tables.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from ..checks import ArticleFailures, require_columns
from ..quotespans import split_quoted
from .quote_cues import _Attribution, _is_name_quote, _is_scare, _prepared
from .quote_resolution import _Article, _attribute
from .cues import _sentences
from .private_people import is_private_person
from .registry import _compile, _resolve
from .roles import court_role_type
from .citations import _paragraph_citations
from .source_mentions import _speaking_orgs
from .speaker_lexicon import (  # noqa: F401  (public names re-exported: see __all__)
    ATTRIBUTION_VERBS_CSV,
    SPEAKERS_CSV,
    SPEAKER_TYPES,
    load_attribution_verbs,
    load_speakers,
    _Lexicon,
    _lexicon,
)
from .speakers import _n_words

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


#: Articles below which no progress bar is shown.
PROGRESS_MIN_ARTICLES = 200


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
    rows = _named_bodies(rows, kinds, prepared, lex)
    return _typed_by_article(_one_type_per_person(rows, kinds), kinds, "\n\n".join(p.text for p in prepared))


#: Source kinds a body's description may stand for: a company's trade for a company, a group's for a body of no
#: known kind, a state body's for a government body; statements, channels and the press stand for no body.
_COMPANY_HEADS = frozenset("company firm bank lender insurer retailer carrier airline carmaker automaker manufacturer "
                           "planemaker chipmaker drugmaker miner utility developer producer exporter chain brand startup "
                           "start-up giant operator".split())
_NO_BODY_HEADS = frozenset("statement press channel website outlet post leadership regime".split())
_DESCRIBED_SOURCE_KINDS = {"organisation": ("unknown",), "military or government body": ("government body",),
                           "journalist or media": ("news outlet", "news agency")}


def _described_kinds(description: str, speaker_type: str) -> tuple[str, ...]:
    """The source kinds a body's description may stand for (:data:`_DESCRIBED_SOURCE_KINDS`)."""
    word = description.lower()
    if word in _NO_BODY_HEADS:
        return ()
    return ("company",) if word in _COMPANY_HEADS else _DESCRIBED_SOURCE_KINDS.get(speaker_type, ())


def _named_bodies(rows: list[dict], kinds: list[str], prepared: list, lex: _Lexicon) -> list[dict]:
    """A body's description that no mention resolved ("the company said", "the Union said") speaks for the last
    body of its kind (:func:`_described_kinds`) the article cites before the quote (:func:`.citations.
    _paragraph_citations`), one whose name holds the description when it is capitalised ("Northbar Steel Ltd
    confirmed … 'It was a difficult decision,' the company said" is Northbar Steel Ltd)."""
    pending = [(r, lex.heads.table.get(r["speaker"].lower())) for r, kind in zip(rows, kinds)
               if kind == "body descriptor" and r["speaker"]]
    pending = [(r, _described_kinds(r["speaker"], head[1])) for r, head in pending
               if head and head[2] == "body descriptor"]
    pending = [(r, wanted) for r, wanted in pending if wanted and not _names_two(r["speaker"], prepared, r["paragraph"])]
    if not pending:
        return rows
    registry, context = _compile(None), "\n\n".join(p.text for p in prepared).replace("’", "'")
    last = max(r["paragraph"] for r, _ in pending)
    cited = [(par.number, c["offset"], c["source"], c["kind"]) for par in prepared if par.number <= last
             for c in _paragraph_citations(par.text, registry, context)]
    for r, wanted in pending:
        titled = r["speaker"][:1].isupper()
        before = [c for c in cited if (c[0], c[1]) < (r["paragraph"], r["start"]) and c[3] in wanted
                  and (not titled or r["speaker"] in c[2].split())]
        r["speaker"] = before[-1][2] if before else r["speaker"]
    return rows


def _names_two(description: str, prepared: list, number: int) -> bool:
    """Whether the article names two bodies with a description's word before paragraph ``number`` ("the
    Ukrainian Ministry of Defence" and "the Interior Ministry" leave "the ministry" open)."""
    word = re.escape(description.split()[-1].title())
    text = "\n\n".join(p.text for p in prepared if p.number <= number)
    names = re.findall(rf"(?:[A-Z][\w'’\-]*\s+){{0,4}}{word}\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’\-]*)?", text)
    return len({n.removeprefix("The ") for n in names} - {word}) > 1  # not the bare word ("the Union said")


#: Speaker type of a body that speaks, by its source kind (:func:`.citations.cited_sources` kinds).
_BODY_KIND_TYPES = {"government body": "military or government body", "news outlet": "journalist or media",
                    "news agency": "journalist or media"}


def _typed_by_article(rows: list[dict], kinds: list[str], text: str) -> list[dict]:
    """Type the named speakers no role typed from what the article says of them: counsel by their part in a court
    report ("Prosecuting, X said": :func:`.roles.court_role_type`), a civilian when it
    introduces them as a private person (:func:`.private_people.is_private_person`: "Shazia Begum, 34,",
    "X, who lives on a farm"), a body's type when they speak as a body ("Age UK said", "Maersk said in a
    customer advisory": :func:`.source_mentions._speaking_orgs`) or are in the sources registry (the
    Economic Community of West African States)."""
    untyped = [r for r, kind in zip(rows, kinds) if kind in ("name", "body") and r["speaker_type"] == "unknown"]
    bodies = _speaking_bodies(text, {r["speaker"] for r in untyped}) if untyped else {}
    for r in untyped:
        registered = _resolve(_compile(None), r["speaker"])
        counsel = court_role_type(r["speaker"], text)
        if counsel:
            r["speaker_type"] = counsel
        elif is_private_person(r["speaker"], text):
            r["speaker_type"] = "civilian"
        elif r["speaker"] in bodies or registered:
            kind = registered[1] if registered else bodies[r["speaker"]]
            r["speaker_type"] = _BODY_KIND_TYPES.get(kind, "organisation")
    return rows


def _speaking_bodies(text: str, names: set[str]) -> dict[str, str]:
    """The bodies that speak in the sentences of an article naming one of ``names``, with their source kinds."""
    context, found = text.replace("’", "'"), {}
    for start, end in _sentences(context):
        sentence = context[start:end]
        if any(name in sentence for name in names):
            for row in _speaking_orgs(sentence, [], context, start):  # by its name as written too ("Harlow")
                for name in (row["source"], sentence[row["span"][0]:row["span"][1]]):
                    found.setdefault(name, row["kind"])
    return found


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
          saying), or "" when none (also after "according to", which is a cue)
        - is_loaded : bool, the verb evaluates the claim (claimed, admitted …)
        - cue : str, the attributing phrase as written ("Zelensky said",
          "he warned", "An official wrote:"), "" when the speaker comes from
          another sentence or paragraph
        - attribution : how the speaker was found: cue, pronoun, colon,
          previous quote, previous paragraph, sentence subject, none
        - is_scare_quote : bool, a short label rather than speech (module docstring)
        - is_closed : bool, False for a quote left open at the paragraph end
        - n_words : int, words in the quote

        ``attrs["failed_articles"]`` maps the doc_id of any article the rules failed on
        to the error (empty when none did).

    Warns
    -----
    RuntimeWarning
        When the rules fail on an article: it is left out, named in the warning and
        in ``attrs["failed_articles"]``, and the other articles come through.

    Notes
    -----
    Rules, thresholds and what is not handled are in the module docstring.
    """
    require_columns(articles, ["doc_id", "outlet", "text"], name="articles")
    lex = _lexicon(str(speakers_path or SPEAKERS_CSV), str(verbs_path or ATTRIBUTION_VERBS_CSV))
    rows: list[dict] = []
    failures = ArticleFailures("quotes")
    for row in tqdm(articles.itertuples(index=False), total=len(articles), desc="quotes",
                    disable=len(articles) < PROGRESS_MIN_ARTICLES):
        rows.extend(failures.run(row.doc_id, _article_quotes, row, lex))
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    frame = frame.astype({"paragraph": "int64", "start": "int64", "end": "int64", "n_words": "int64",
                          "is_loaded": bool, "is_scare_quote": bool, "is_closed": bool})
    if isinstance(articles["outlet"].dtype, pd.CategoricalDtype):
        frame["outlet"] = pd.Categorical(frame["outlet"], dtype=articles["outlet"].dtype)
    return failures.report(frame.sort_values(["doc_id", "paragraph", "start"], kind="stable").reset_index(drop=True))


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
