"""Quote cues: paragraphs prepared for attribution, and the verb that cues each quote.

Rule 1 of the rules in the docstring of :mod:`.quotes` (the overview, with the round notes), the
narration that rule 2 reads, and scare quotes. :func:`_prepared` readies an article's paragraphs
(:class:`_Paragraph`): the quotes blanked out of the narration, and a leading section label, heading
line or dateline too (:func:`_blank_heading`); sentence starts (:func:`_sentence_starts`, never after
:data:`ABBREVIATIONS`); the attribution verbs in the narration that are cues (:func:`_is_cue_verb`: no
noun, passive, phrasal verb, relaying passive or participle after what was published). :func:`_cue_verb`
picks the verb that cues a quote, the last before it in its sentence, else one that tags it after
(:func:`_tail_verbs`), and :func:`_cue_text` the phrase as written; :func:`_is_scare` and
:func:`_is_name_quote` tell labels from speech. Who the speaker is, :mod:`.quote_resolution` decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..quotespans import QuoteSpan, quote_spans
from .speaker_lexicon import _BE_FORMS, _DETERMINERS, _Lexicon, _MODIFIER_STOP, _POSSESSIVE_PRONOUNS, _Token, _WORD, _tokens
from .speaker_mentions import (
    _ArticleNames,
    _GLUED_INITIAL,
    _Mention,
    _NAME_PARTICLES,
    _article_acronyms,
    _base_mentions,
    _previous_word,
    _select,
)
from .speakers import _article_surnames, _attach_roles, _bank_governors, _its_roles, _mentions, _n_words, _short_bodies

__all__ = [
    "ABBREVIATIONS",
    "SCARE_QUOTE_MAX_WORDS",
    "ADJACENT_CUE_WORDS",
    "TAIL_CUE_MAX_WORDS",
    "CUE_SPAN_MAX_GAP_WORDS",
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


#: Words allowed between speaker and verb for the cue to include the speaker
#: ("Ukrainian President Volodymyr Zelensky last night claimed").
CUE_SPAN_MAX_GAP_WORDS = 4


#: Words before a verb form that make it a noun or adjective ("the claim", "his reported surrender").
_NOUN_VERB_GUARD = (_DETERMINERS - {"one", "another", "that"}) | _POSSESSIVE_PRONOUNS


_SENTENCE_END = re.compile(r"[.!?]+(?=\s|[A-Z‘“'\"«])")


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


@dataclass(frozen=True)
class _Attribution:
    speaker: str = ""
    speaker_type: str = "unknown"
    verb: str = ""
    is_loaded: bool = False
    cue: str = ""
    how: str = "none"  # cue | pronoun | colon | previous quote | previous paragraph | sentence subject | none


def _blank_quotes(text: str, spans: list[QuoteSpan]) -> str:
    chars = list(text)
    for span in spans:
        chars[span.start:span.end] = " " * (span.end - span.start)
    return "".join(chars)


#: Words whose full stop does not end a sentence ("Lt. Col. Yuriy Ignat", "Dr. Boiko").
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st lt col gen maj capt sgt cpl pte adm brig cmdr gov sen rep rev jr sr "
    "no vs etc approx dept est fig inc ltd co corp u.s u.k e.g i.e ald insp supt det cllr ma md mohd muhd".split()
)


def _is_abbreviation(word: str, lex: _Lexicon | None = None) -> bool:
    """A lower-case word whose full stop ends no sentence: :data:`ABBREVIATIONS`, a single letter, or a
    title the alias table writes with a full stop ("coun" for "Coun.")."""
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or (lex is not None and word in lex.abbreviations)


#: A capitalised word right before a full stop glued to the next capital: one name ("Nation.Cymru").
_GLUED_NAME_PART = re.compile(r"(?<![\w.])[A-Z][a-z]+$")


def _sentence_starts(text: str, narration: str, spans: list[QuoteSpan], lex: _Lexicon | None = None,
                     verbs: list[_Verb] = ()) -> list[int]:
    """Sentence starts: end punctuation in narration, or a quote that ends a sentence; not a question or
    exclamation its tag follows ("'Who signed this?' Senator X asked": :func:`_tagged_after`)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(narration)
            if not _is_abbreviation(_previous_word(narration, m.start()), lex)
            and not (narration[m.end():m.end() + 1].isupper()  # "Ch.Nomin-Erdene", "Nation.Cymru", not "Mr Li. The"
                     and (_GLUED_INITIAL.search(narration, max(0, m.start() - 2), m.end())
                          or _GLUED_NAME_PART.search(narration, max(0, m.start() - 30), m.start())))]
    for span in spans:
        after = span.end + len(span.close_mark)
        last = text[span.start:span.end].rstrip()[-1:]
        if (span.is_closed and last and last in ".!?" and re.match(r"\s+[A-Z‘“'\"]", text[after:])
                and not (last in "!?" and _tagged_after(narration, after, verbs))):
            ends.append(after)
    starts = {0}
    for end in ends:
        while end < len(text) and text[end].isspace():
            end += 1
        starts.add(end)
    return sorted(starts)


#: Words a name and title may take between a quote and its tag verb ("'Why?' Senate President Rosa Vega asked").
TAG_NAME_MAX_WORDS = 6


def _tagged_after(narration: str, after: int, verbs: list[_Verb]) -> bool:
    """Whether a reporting verb follows a quote's end within :data:`TAG_NAME_MAX_WORDS` words, in the same
    stretch of narration ("'Who signed this?' Senator Risa Villanueva-Cruz asked")."""
    return any(after <= v.start and _n_words(narration[after:v.start]) <= TAG_NAME_MAX_WORDS
               and not _SENTENCE_END.search(narration, after, v.start) for v in verbs)


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


#: Words after a past form that make it a verb after a contracted "has" ("she's said that", "it's claimed the").
_VERB_OBJECTS = _MODIFIER_STOP | frozenset({"it", "so", "to", "this", "these", "those"})


def _attributive(previous: str, verb: _Verb, following: re.Match | None) -> bool:
    """A past form between a possessive and the lower-case noun it describes: an adjective ("the board's stated
    reason", "the group's claimed victory"), no cue."""
    return (previous.endswith(("'s", "’s")) and verb.form.endswith("ed") and following is not None
            and following.group().islower() and following.group() not in _VERB_OBJECTS)


def _is_cue_verb(narration: str, verb: _Verb, lex: _Lexicon) -> bool:
    """Reject nouns (the claim), words of names ("United States"), passives (is said to, were told, cited by),
    phrasal uses (called for) and participles after what was published ("a statement posted on X", "a statement read on
    state television")."""
    previous = _previous_word(narration, verb.start)
    participle = lex.verbs.table[verb.form][2]
    if previous in _NOUN_VERB_GUARD or (previous in _BE_FORMS and not participle):
        return False
    if narration[verb.start].isupper() and previous and not narration[verb.start + 1:verb.start + 2].isupper():
        return False  # capitalised inside a sentence, a name's word: "the … West African States said"
    if (previous in _PUBLISHED_NOUNS and (verb.form.endswith("ed") or verb.form == "read")
            and _PUBLISHED_WHERE.match(narration, verb.end) and not _IN_PART.match(narration, verb.end)):
        return False
    if verb.form in ("read", "reads") and previous not in _READ_SUBJECTS:
        return False
    following = _WORD.match(narration, verb.end + 1) if verb.end < len(narration) else None
    if _attributive(previous, verb, following):
        return False
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


#: "(ret.)" after a rank ("Gen. (ret.) Hernando Salcedo"): no part of the name, nor a stop before it.
_RETIRED = re.compile(r"\((?i:ret|retd|rtd)\.?\)")


def _blank_retired(narration: str) -> str:
    """The narration with "(ret.)" and its like (:data:`_RETIRED`) made spaces."""
    return _RETIRED.sub(lambda m: " " * len(m.group()), narration) if "(" in narration else narration


def _prepare(number: int, text: str, lex: _Lexicon) -> _Paragraph:
    """Quotes, narration and candidate mentions; verbs and sentences only where there are quotes."""
    spans = [s for s in quote_spans(text) if _WORD.search(text[s.start:s.end])]
    narration = _blank_retired(_blank_heading(_blank_quotes(text, spans)))
    tokens = _tokens(narration)
    verbs = [_Verb(*found) for found in lex.verbs.find(narration, tokens)] if spans else []
    verbs = [verb for verb in verbs if _is_cue_verb(narration, verb, lex)]
    starts = _sentence_starts(text, narration, spans, lex, verbs) if spans else [0]
    return _Paragraph(number, text, spans, narration, tokens, _base_mentions(narration, tokens, lex),
                      verbs, starts)


def _is_descriptive(text: str) -> bool:
    """Whether an alias as written describes a person rather than names them ("the president", "Ukraine's
    president"): a word of it opens in lower case, a name's particle aside ("bin", "de")."""
    return any(w[:1].islower() and w not in _NAME_PARTICLES for w in text.split())


def _without_unnamed_aliases(paragraphs: list[_Paragraph], lex: _Lexicon) -> list[_Paragraph]:
    """The paragraphs less the descriptive aliases of people from the alias table whom the article never names
    ("the president" is Zelensky only in an article naming Zelensky, not in one on a students' union president)."""
    people = {row[0] for row in lex.names.values() if row[2] == "person"}
    aliases = [(p, m) for p in paragraphs for m in p.mentions if m.priority == 0 and m.speaker in people]
    named = {m.speaker for p, m in aliases if not _is_descriptive(p.narration[m.start:m.end])}
    for par in paragraphs:
        par.mentions = [m for m in par.mentions if not (m.priority == 0 and m.speaker in people - named
                                                        and _is_descriptive(par.narration[m.start:m.end]))]
    return paragraphs


def _prepared(pieces: list[tuple[int, str]], lex: _Lexicon) -> list[_Paragraph]:
    """All paragraphs of one article, with surnames of people named in full resolved."""
    paragraphs = _without_unnamed_aliases([_prepare(number, text, lex) for number, text in pieces], lex)
    selected = [_select(p.mentions, p.narration) for p in paragraphs]
    acronyms = _article_acronyms([(p.narration, m) for p, m in zip(paragraphs, selected)])
    settled = _short_bodies([_attach_roles(p.narration, m, lex, acronyms) for p, m in zip(paragraphs, selected)])
    surnames = _article_surnames(settled, lex)
    names, built = None, None
    for i, (par, mentions) in enumerate(zip(paragraphs, settled)):
        latest = _article_surnames(settled[i::-1], lex) if surnames else {}
        here = {**surnames, **{k: v for k, v in latest.items() if k in surnames and v[0] != surnames[k][0]}}
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


# --------------------------------------------------------------------------- cues of a quote


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


#: What names a thing right before its quoted name: a code name, call sign, nickname, handle or
#: "so-called" term is a label, never speech ("an exercise code-named 'Strait Storm-7.'", "a sniper
#: with the call sign 'Owl'", "who goes by the handle 'dataghost,'", "so-called 'zombie' firms").
_NAMED_BEFORE = re.compile(r"(?i:\bcode[\s-]?named|\bcall[\s-]?sign|\bnicknamed|\bknown\s+as|\bso[\s-]called"
                           r"|\bgo(?:es)?\s+by\s+the\s+(?:handle|name|moniker|alias))\s*$")


def _is_name_quote(par: _Paragraph, k: int) -> bool:
    """True for a quote that is a thing's name (:data:`_NAMED_BEFORE`): a scare quote with no speaker."""
    open_at = _open_at(par.spans[k])
    return _NAMED_BEFORE.search(par.narration[par.sentence_start(open_at):open_at]) is not None


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
