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
opens with International/European/World; see :func:`.name_kinds._name_kind` — is a
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
words (:func:`.source_kinds._kind_from_name`: the state words and shapes of :func:`.name_kinds._name_kind`,
read also on the name's *head*, the word before its first "of"/"for" — "Texas Department
of State Health Services", "Agency for Atomic Energy", "Times of Malta" — statistics
offices, fire services, courts and public research councils included; "… News/Press
Agency" stays a news agency also after "told"), else how the article describes it
(:func:`.source_kinds._described_kind`: a legal form, a descriptor right before it — "state nuclear
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
A name may list its parts with commas up to an "and" ("Department for Environment, Food and
Rural Affairs"); a head noun with a possessive refers back to the body when its officer speaks
("the agency's head, X, said"); an acronym's governor or head speaks for it ("RBI governor X
said"); a credit may stand in square brackets ("[YONHAP]") and a news agency may be credited by
its initials ("(AA Photo)" for the Anadolu Agency).

Round 9 (source recall): a name beside a photographer's is the credit also outside the registry
("Žygimantas Gedvila/BNS", "(Shir Torem/Flash90)", "Inquam Photos/Octav Ganea"; a role word such as
"Photographer" none), "Courtesy of X" credits X, "Photo via X" and a "Source:" after a caption are
credit labels, and a credit by acronym takes the name the article spells it out as ("Photo: CNA"
after "the Cyprus News Agency (CNA)"); an acronym in capitals in brackets after a body's name may
keep its own language's order ("Judicial Investigation Agency (OIJ)"); a descriptor may open the
clause of a speaking body ("Ratings agency Fitch warned", "The state-run Finnish Environment
Institute said"; "state-run" a government body, "ratings agency" a company, "intergovernmental
body" an international organisation), and an appositive past the acronym gives the kind;
"carried out/conducted/commissioned/compiled/brought/issued by" and "filing with" are cues; a
registry name inside a longer one its bracketed acronym spells is the longer one ("Icelandic Met
Office (IMO)"); the issuer of a release after its office or contact person is a source ("Issued by:
Media Office, City of Cape Town"); weather services, NHS bodies and "City of …" are state bodies;
an own outlet missing from the registry is also found by its title with "The" as written, its
initials, its short name before an edition word ("Yle" in Yle News) and a hyphenated title after a
place ("Post-Courier"), reported as written.

Round 11 (set 14): a multi-word name speaks as a body when its own acronym follows it in brackets
("Cricket West Indies (CWI) said"), a descriptor opens its clause or the article writes it with a legal
form (reported so: "Pesa Haraka Ltd"); "alliance" and "nonprofit" describe bodies, a possessive
("the group's president") describes someone else; a person's affiliation ("X of the University of …
told") is no speaking body, unless it is a state body; "X spokesperson Y" with no article, an acronym's
"Managing Director", a central bank's bare "Governor" and "said in an email" cite; head nouns may take
modifiers and "the police"/"the company" refer back ("the state-owned power company announced"); "in the
… X newspaper" names a medium; "the city's X Division" is a government body; "Photo courtesy of", a
second name-shaped credit part ("(Name / Juneau Empire)") and an outlet's "FILES" credit; a lone
organisation word ("The Committee"), an office holder issuing a release and a future post cite nothing;
names keep their curly apostrophes as written.

Round 13 (set 16): a name never runs across a line break ("… due Monday" ending the standfirst and "Huaxin
Land Holdings" opening the body); a broadcaster's number and a number after a slash are the name's ("Radio 10",
"Página/12"), and a place before a medium's kind that a name follows is no medium ("the Buenos Aires daily
Página/12"); a capitalised common noun opening a sentence that the article also writes in lower case is no body
("Developer says …" beside "the developer"); a possessive apostrophe opens no clause ("the University of New South
Wales' Kirby Institute told": the professor speaks); "state-run" yields to the kind a name gives itself ("the
state-run Iraqi News Agency" is a news agency); a word shouted at a paragraph's start is written as the article
writes it elsewhere ("SUVA City Council" → "Suva City Council").

Round 14 added: the article's own outlet missing from the registry is a news outlet, under every name
:func:`.registry._own_outlet` gives it (the article itself is the evidence); see the notes of
:mod:`.cues`, :mod:`.source_mentions`, :mod:`.source_kinds` and :mod:`.credits` for the rest.

Round 18 added: see the notes of :mod:`.registry` (an own outlet named "… News Agency" is a news agency),
:mod:`.source_kinds` ("… Daily"), :mod:`.name_kinds` (a Monetary Policy Committee), :mod:`.cues` ("trended on"),
:mod:`.source_mentions` (a lone "Party spokesperson") and :mod:`.credits` ("© Photo : X").

Round 19 added: see the notes of :mod:`.source_mentions` (an acronym in brackets before "spokesperson") and
:mod:`.source_kinds` ("Members of the …").

Round 20 added: see the notes of :mod:`.source_kinds` (offices named by a holder's title, "Public Defender's Office")
and :mod:`.registry` (an own outlet's last word over a registry outlet: "told the Sun" in the Toronto Sun).

Round 25 added: a body whose named officer speaks for it is cited (:func:`.source_mentions._officer_bodies`: "X,
president of the trade union FGTB, told …", "UAW Local 235 President X said"); a researcher's university, an
analyst's bank or a lawyer's firm is a workplace, not a source.

Round 26 added: the article's own outlet is also named by the endings of a name of three or more words and by its
initials (:func:`.registry._short_forms`: "the Evening News" in the Edinburgh Evening News, "THT").

Round 100 added: the names a list joins to a cited one share its cue (:mod:`.coordination`: "according to
Reuters, AFP and the BBC", "The World Bank and the IMF said"); a state body's owner in the possessive may open its
clause ("The Kurdistan Region's Ministry of Natural Resources said"; "the district's X" is a government body).

Round 101 added: a multi-word name with no organisation word that says something in a statement speaks as a body,
unless the article shows a person (:func:`.source_mentions._issues_statements`); a common noun phrase opens a body's
clause ("Rail operator SNCB said"; :func:`.source_mentions._noun_opening`).

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

Modules
-------
This module holds :func:`cited_sources` (walking the articles, sentences and page lines),
:func:`citation_graph` and :func:`media_reliance`; the rules live in :mod:`.registry` (the
registry and its aliases), :mod:`.source_kinds` (whether a name is an organisation, and its
kind), :mod:`.cues` (citing cues and verbs), :mod:`.source_mentions` (the mentions of each
shape in a sentence), :mod:`.coordination` (names listed with a cited one) and :mod:`.credits` (image credits,
datelines, wire tags).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

from ..checks import ArticleFailures, require_columns
from .coordination import _coordinated
from .credits import _credit_rows, _dateline_credits
from .cues import _sentences
from .registry import (KINDS, MEDIA_KINDS, SOURCES_CSV, _Registry, _compile, _own_outlet, _own_word, _resolve,
                       load_registry)
from .name_kinds import _LEGAL_FORMS, _name_head
from .source_kinds import (_ORG_WORDS, _described_kind, _expanded, _kind_from_name, _station_kind, _unshouted,
                           _without_preposition, _without_titled_person)
from .source_mentions import (
    _acronym_officers,
    _officer_bodies,
    _backref_mentions,
    _governor_banks,
    _overlaps,
    _possessive_bodies,
    _own_mentions,
    _registry_mentions,
    _speaking_orgs,
    _unknown_mentions,
)

__all__ = ["KINDS", "MEDIA_KINDS", "SOURCES_CSV", "load_registry", "cited_sources", "citation_graph", "media_reliance"]

_ARTICLE_COLUMNS = ("doc_id", "outlet", "text")
_LINE_COLUMNS = ("doc_id", "line_no", "text")
_SOURCE_COLUMNS = ["doc_id", "outlet", "paragraph", "line_no", "source", "kind", "cue", "evidence"]


def _paragraph_citations(text: str, registry: _Registry, context: str = "", offset: int = 0,
                         own: _Registry | None = None) -> list[dict]:
    """Citations in one paragraph: source, kind, cue, evidence (the sentence).

    ``context`` is the text of the whole article with curly apostrophes made straight
    (the paragraph alone when empty) and ``offset`` where the paragraph starts in it;
    ``own`` the names of the article's own outlet (:func:`.registry._own_outlet`).
    """
    rows = []
    context = context or text.replace("’", "'")
    for a, b in _sentences(text):
        sentence = text[a:b].replace("’", "'")  # same length: spans stay valid
        mine = _own_mentions(sentence, own, []) if own else []  # "PREMIUM TIMES", not "The Times"
        known = mine + [row for row in _registry_mentions(sentence, registry, context)
                        + _dateline_credits(sentence, registry, own)
                        if not _overlaps(row["span"], [m["span"] for m in mine])]
        unknown = _unknown_mentions(sentence, [row["span"] for row in known], context)
        unknown += _speaking_orgs(sentence, [row["span"] for row in known + unknown], context, offset + a)
        unknown += _acronym_officers(sentence, [row["span"] for row in known + unknown], context, registry)
        unknown += _officer_bodies(sentence, [row["span"] for row in known + unknown], context, registry)
        unknown += _possessive_bodies(sentence, [row["span"] for row in known + unknown], context)
        unknown += _governor_banks(sentence, [row["span"] for row in known + unknown], context[:offset + a], registry)
        unknown += _backref_mentions(sentence, [row["span"] for row in known + unknown], context, offset + a,
                                     registry)
        unknown += _coordinated(sentence, known + unknown, registry)
        for row in unknown:
            row["kind"] = _station_kind(row["source"], row["kind"], row["cue"])
            own_outlet = _own_word(own, row["source"]) if row["kind"] == "news outlet" else None
            row.update(dict(zip(("source", "kind"), own_outlet or ())))
        for row in sorted(known + unknown, key=lambda r: r["span"]):
            for source, kind in _reported(row["source"], row["kind"], registry, context, row.get("title", False)):
                rows.append({"source": _canonical_or_as_written(source, registry, sentence, text[a:b], text),
                             "kind": kind, "cue": row["cue"],
                             "evidence": text[a:b].strip(), "offset": a + row["span"][0]})
    return rows


def _two_bodies(first: str, second: str) -> bool:
    """Whether the two halves of a name joined by "and" are two bodies' names: each of two words or more, with the
    same organisation word as head ("Royal Bank of Canada and Toronto-Dominion Bank"; not "Ministry of Health and
    Social Services")."""
    heads = {_name_head(first.split()), _name_head(second.split())}
    return len(first.split()) > 1 and len(second.split()) > 1 and len(heads) == 1 and heads <= _ORG_WORDS


def _reported(source: str, kind: str, registry: _Registry, context: str,
              title: bool = False) -> list[tuple[str, str]]:
    """The (source, kind) pairs one mention reports: an acronym under its full name, a registry name found by
    another rule under the registry's ("The Bank of England held rates"), a titled person's name less the person
    (none at all for "Police Chief X said"), two companies or two bodies of one head joined by "and" apart ("Japan
    Airlines Co. and All Nippon Airways Co.", :func:`_two_bodies`), each kind from how the article describes the name
    when nothing else gives it; a ``title`` keeps
    its "The" ("The Lancet Oncology")."""
    source, kind = _expanded(_unshouted(source, context), kind, context)
    source = _without_preposition(source)  # "Under Department of …" spelled out from "DHSC"
    if kind not in MEDIA_KINDS and not title and source[:4] in ("The ", "THE "):  # "THE Meteorological Service …"
        source = source[4:]
    hit = _resolve(registry, source)
    if hit and kind in ("unknown", hit[1], _kind_from_name(source)):  # "the Bank of México (Banxico)" found by its
        source, kind = hit  # shape, "Federal Deposit Insurance Corp." typed by its "Corp.": the registry's name
    trimmed = source if kind == "image credit" or _resolve(registry, source) else _without_titled_person(source)
    if not trimmed:
        return []
    if trimmed != source:
        source, kind = _resolve(registry, trimmed) or (trimmed, _kind_from_name(trimmed))
    first, _, second = source.partition(" and ")
    names = [first, second] if second and (first.split()[-1].rstrip(".,") in _LEGAL_FORMS or _two_bodies(
        first, second)) else [source]
    own = [_kind_from_name(name) if name != source else kind for name in names]  # each half's kind, else the pair's
    return [(name, _described_kind(name, k if k != "unknown" else kind, context)) for name, k in zip(names, own)]


def _canonical_or_as_written(source: str, registry: _Registry, sentence: str, original: str, paragraph: str) -> str:
    """A registry's canonical name as the registry writes it ("Moody's" in a text that writes "Moody’s"), any
    other name as the text writes it (:func:`_as_written`)."""
    hit = _resolve(registry, source)
    return source if hit and hit[0] == source else _as_written(source, sentence, original, paragraph)


def _as_written(source: str, sentence: str, original: str, paragraph: str = "") -> str:
    """A source name found in ``sentence`` (the ``original`` sentence with curly apostrophes made
    straight) with its apostrophes as the original writes them ("Lakeshore Children’s Hospital"); a name
    from elsewhere in the article (an acronym's full name) takes the curly apostrophe its ``paragraph`` uses."""
    at = sentence.find(source) if "'" in source else -1
    if at >= 0:
        return original[at:at + len(source)]
    return source.replace("'", "’") if "'" in source and "’" in paragraph else source


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


def _citation_rows(units, registry: _Registry, failures: ArticleFailures) -> list[dict]:
    """Citations of each unit; the units of one document share its joined text as context; a unit the
    rules fail on is left out and kept in ``failures``."""
    units = list(units)
    contexts: dict = {}
    for doc_id, _, _, _, text in units:
        contexts.setdefault(doc_id, []).append(text)
    joined = {doc_id: "\n\n".join(texts).replace("’", "'") for doc_id, texts in contexts.items()}
    rows, offsets = [], dict.fromkeys(joined, 0)
    for doc_id, outlet, paragraph, line_no, text in units:
        own = _own_outlet(str(outlet), registry) if isinstance(outlet, str) else None
        for row in failures.run(doc_id, _paragraph_citations, text, registry, joined[doc_id], offsets[doc_id], own):
            rows.append({"doc_id": doc_id, "outlet": outlet, "paragraph": paragraph, "line_no": line_no, **row})
        offsets[doc_id] += len(text) + 2
    return rows


def _line_units(lines: pd.DataFrame, articles: pd.DataFrame):
    require_columns(lines, _LINE_COLUMNS, name="lines")
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
        Repeated identical page lines count once. ``attrs["failed_articles"]``
        maps the doc_id of any article the rules failed on to the error.

    Warns
    -----
    RuntimeWarning
        When the rules fail on a paragraph or line of an article: it is left out,
        the article is named in the warning and in ``attrs["failed_articles"]``,
        and everything else comes through.
    """
    require_columns(articles, _ARTICLE_COLUMNS, name="articles")
    _warn_missing_text(articles)
    compiled = _compile(str(registry) if registry is not None else None)
    body = [(d, o, p, pd.NA, t) for d, o, p, t in _body_units(articles)]
    page = body if lines is None else list(_line_units(lines, articles))
    captions = [] if lines is None or "label" not in lines.columns else [
        unit for unit, label in zip(page, _line_labels(lines, articles)) if label in _CITING_LINE_LABELS]
    failures = ArticleFailures("cited_sources")
    rows = _citation_rows(body + captions, compiled, failures) + _credit_rows(page, compiled, failures)
    return failures.report(_tidy_sources(pd.DataFrame(rows, columns=[*_SOURCE_COLUMNS, "offset"]), articles))


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
    require_columns(sources, ("doc_id", "outlet", "source", "kind"), name="sources")
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
    require_columns(sources, ("doc_id", "outlet", "paragraph", "source", "kind"), name="sources")
    require_columns(articles, ("outlet", "n_paragraphs"), name="articles")
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
