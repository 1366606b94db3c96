"""Quote resolution: who speaks each quote (rules 2, 4 and 5 of the overview in :mod:`.quotes`).

:func:`_attribute` attributes a quote by the verb that cues it (:mod:`.quote_cues`), else by a colon,
else by the quote before it or the previous paragraph (:func:`_inherit`), else by its sentence's subject
(:func:`_by_subject`). The speaker of a cue is the mention :func:`_speaker_mention` picks: the nearest one
before a finite verb, the one after "said X" or "according to X", the subject for an ``-ing`` verb.
:func:`_resolve` takes pronouns and "one"/"another" back to their antecedents, a definite description
("the minister", "the company") to the person or body named with its role (:func:`_role_holder`,
:func:`_antecedent`) and a bare body descriptor to the body named with that word (:func:`_body_named_by`),
looking back at most :data:`PRONOUN_LOOKBACK_PARAGRAPHS` paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .quote_cues import (
    CUE_SPAN_MAX_GAP_WORDS,
    _Attribution,
    _Paragraph,
    _Verb,
    _cue_text,
    _cue_verb,
    _head_lo,
    _is_abbreviation,
    _open_at,
)
from .speaker_lexicon import _BE_FORMS, _DETERMINERS, _Lexicon, _POSSESSIVE_PRONOUNS, _PREPOSITIONS
from .speaker_mentions import _INDEFINITES, _Mention, _NAME_INTRODUCED, _NOT_NAME_WORDS, _previous_word, _words_before
from .name_kinds import _org_type
from .speakers import _n_words

__all__ = ["AFTER_VERB_MAX_WORDS", "PRONOUN_LOOKBACK_PARAGRAPHS"]


#: Words allowed between a verb and the speaker named after it ("said Mr X", "according to X").
AFTER_VERB_MAX_WORDS = 6


#: How many previous paragraphs a pronoun or a cue-less quote may look back to.
PRONOUN_LOOKBACK_PARAGRAPHS = 2


_PERSON_KINDS = frozenset({"name", "descriptor"})


_SUBJECT_KINDS = frozenset({"name", "body", "descriptor", "body descriptor", "pronoun", "indefinite"})


# --------------------------------------------------------------------------- attribution


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


#: A preposition opening a sentence before a person and a comma, with up to four words describing them: the frame
#: names whom the sentence is about ("For Natarajan-Okafor, that is cold comfort. '…,' she says", "For Apia taxi
#: driver Faleolo Tuimavave, the rise means …").
_FRONTED_FRAME = re.compile(r"\s*(?:For|To|Like|Unlike)\s+(?:[\w\-'’]+\s+){0,4}$")


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
#: resident of X village, where the packet was found, said" / "X, the union which represents …, said".
#: ``(?<!\s)`` starts a match only at the head of a run of spaces: the narration
#: blanks quotes to spaces, and retrying ``\s*`` inside a long run is quadratic.
_RELATIVE_CLAUSE = re.compile(r"(?<!\s)(?:\s*,\s*(?:who|which|whose|where)|\s+(?:who|which))\b[^,;:]*,\s*(?:\w+ly\s+)?$")


#: A short bracket right after a name: a party and state, an age, an acronym ("Rep. X (R-TX), a …").
_BRACKET_OPENING = re.compile(r"^\s*\([^()]{1,20}\)")
#: The body a name is "of", "at" or "from" before its appositive ("Prof. X of Kyoto University, a planetary …").
_AFFILIATION_OPENING = re.compile(r"^\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s*){1,6}(?=,)")


#: "in" right before a document ("In a post on X, …", "in its statement"), which puts the document in a phrase.
_IN_BEFORE = re.compile(r"\b[Ii]n\s+(?:(?:a|an|the|its|his|her|their)\s+)?$")


def _nearest_before(par: _Paragraph, lo: int, verb: _Verb) -> _Mention | None:
    """Nearest mention before a finite verb, skipping an appositive or ``who`` clause and a document in a
    phrase ("In a post on X, the force said": the post is no subject)."""
    found = [m for m in _candidates(par, lo, verb.start, kinds=_SUBJECT_KINDS | {"document"})
             if m.kind != "document" or not _IN_BEFORE.search(par.narration, max(0, m.start - 12), m.start)]
    if not found:
        return None
    nearest = found[-1]
    clause = _RELATIVE_CLAUSE.search(par.narration, found[0].end, verb.start)
    introduced = _NAME_INTRODUCED.search(par.narration, max(0, nearest.start - 40), nearest.start)
    if clause is not None and not introduced:  # "X, who spoke on condition of anonymity to discuss …, said"
        before = [m for m in found if m.end <= clause.start()]
        heads = [m for m in before if not _after_preposition(par, m)]  # "a nurse at the X Hospital, who …"
        head = (heads or before or [nearest])[-1]
        return _appositive_holder(par, before, head) or head  # "X, a Caucus member who voted …, said"
    affiliated = _person_before_affiliation(par, found)
    if affiliated is not None:  # "X, an economist and former adviser at the Y Association, said": X
        return (_appositive_holder(par, found, affiliated) if affiliated.kind == "descriptor" else None) or affiliated
    if par.narration[nearest.end:verb.start].strip().endswith(",") and len(found) > 1:
        return _appositive_holder(par, found, nearest) or nearest
    return nearest


def _appositive_holder(par: _Paragraph, found: list[_Mention], nearest: _Mention) -> _Mention | None:
    """The name an appositive holding ``nearest`` describes: the last earlier name, body or pronoun followed
    by a comma (a short bracket or its body aside: "X (R-TX), a … member", "X of Kyoto University, a planetary
    scientist who …") and not itself in a phrase ("X, a professor at Y University, said" → X), or None."""
    in_phrase = _after_preposition(par, nearest)
    for earlier in reversed([m for m in found if m.end <= nearest.start]):
        between = _AFFILIATION_OPENING.sub("", _BRACKET_OPENING.sub("", par.narration[earlier.end:nearest.start]))
        if ((between.strip().startswith(",") or (in_phrase and "," not in between))
                and earlier.kind in ("name", "body", "pronoun") and not _after_preposition(par, earlier)):
            return earlier
    return None


#: What joins a person to the body they work for: "X from the Y School said", "X at Y said", "a doctor
#: at a London hospital told", "X of Strathmore University's Centre for … said".
_AFFILIATION = re.compile(r"(?i:from|at|of|with)(?:\s+(?i:the|an?))?(?:\s+[A-Z][\w\-]*(?:['’]s)?)*")
#: The same before a body's description, whose modifiers are in lower case ("Kim Jae-hoon of the ruling party").
_AFFILIATION_DESCRIBED = re.compile(r"(?i:from|at|of|with)\s+(?i:the|an?)(?:\s+[a-z][\w\-]*){0,2}")


#: What joins a description to the person it works for: "an aide to Italian Prime Minister X said",
#: "a lawyer for X said" (capitalised modifiers of the title may stand between).
_WORKS_FOR = re.compile(r"(?:to|for)(?:\s+(?:the|[A-Z][\w\-]*))*")


#: What joins a description to the place it lives or works in: "a resident of", "a mother in", "a worker who
#: commutes daily from".
_PLACE_AFTER_DESCRIPTION = re.compile(r"(?:(?:who|that)\s+(?:[a-z]+\s+){0,4})?(?:of|in|from|near)(?:\s+the)?")


def _person_before_affiliation(par: _Paragraph, found: list[_Mention]) -> _Mention | None:
    """The person when the nearest mention is only their employer: "Associate Professor Lim
    Wei Ming from the NUS School of Public Health said" → Lim Wei Ming; or the one they work
    for: "an aide to Prime Minister Giorgia Meloni said" → aide, but not a capitalised title
    before its portfolio: "Minister for Health Áine Ní Bhraonáin said" → the minister herself; or
    the place a described person lives in: "a resident of Smorrall Lane wrote" → resident."""
    if len(found) < 2 or found[-2].kind not in ("name", "descriptor"):
        return None
    between = par.narration[found[-2].end:found[-1].start].strip()
    if found[-1].kind in ("body", "body descriptor") and _AFFILIATION.fullmatch(between) or (
            found[-1].kind == "body descriptor" and _AFFILIATION_DESCRIBED.fullmatch(between)):
        return found[-2]
    if found[-2].kind == "descriptor" and found[-1].kind == "name" and _PLACE_AFTER_DESCRIPTION.fullmatch(between):
        return found[-2]  # "One resident of Smorrall Lane wrote", "an office worker who commutes from Thu Duc told"
    titled = par.narration[found[-2].start:found[-2].end].split()[-1][:1].isupper()
    spoken_for = found[-2].head == "official" and between.startswith("for the ")  # a body or portfolio, no employer
    if (found[-2].kind == "descriptor" and found[-1].kind == "name" and not titled and not spoken_for
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
        person = next((m for m in found[1:] if m.kind == "name"), None) if found[0].kind != "name" else None
        if (person and _ROLE_GAP.fullmatch(par.narration, found[0].end, person.start)
                and not _PLACE_AFTER_DESCRIPTION.fullmatch(par.narration[found[0].end:person.start].strip())):
            return person  # "said Federation of Kenya Employers (FKE) executive director Daniel Kiprono"
        return found[0]
    return None


#: Between a body (or a description) and the person who holds a role there: its acronym, then the role in lower
#: case ("… Employers (FKE) executive director ").
_ROLE_GAP = re.compile(r"(?:\s*\([A-Za-z]{2,8}\))?(?:\s+[a-z][\w\-]*){1,4}\s+")


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


#: "quoted"/"cited" before the person a medium relays, and "as" right before the participle ("IRNA quoted X, managing
#: director of …, as saying").
_RELAYING = re.compile(r"\b(?:quoted|cited)\s")
_AS_BEFORE = re.compile(r"\bas\s+$")


def _relayed_speaker(par: _Paragraph, verb: _Verb) -> _Mention | None:
    """The object of "quoted … as saying" in the verb's sentence ("The agency quoted X as saying": X), or None."""
    start = par.sentence_start(verb.start)
    if not _AS_BEFORE.search(par.narration, max(start, verb.start - 12), verb.start):
        return None
    relaying = None
    for relaying in _RELAYING.finditer(par.narration, start, verb.start):
        pass
    found = _candidates(par, relaying.end(), verb.start) if relaying else []
    return found[0] if found else None


def _speaker_mention(par: _Paragraph, verb: _Verb, lo: int, lex: _Lexicon) -> _Mention | None:
    """Who the verb attributes to; ``lo`` is where the narration of this side starts. A verb after
    "and" or "but" shares the subject of its sentence ("The NUG said …, and urged young people to …")."""
    hi = par.sentence_end(verb.end)
    if verb.form == "according to":
        return _first_after(par, verb, hi, lex)
    if lex.verbs.table[verb.form][2]:  # participle: the subject of the sentence
        relayed = _relayed_speaker(par, verb)
        if relayed is not None:
            return relayed
        return (_with_subject(par, verb) or _subject(par, lo, verb.start) or _subject(par, par.sentence_start(verb.start), verb.start)
                or _nearest_before(par, lo, verb))
    if _previous_word(par.narration, verb.start) in ("and", "but"):  # "X said … that …, and urged": X
        subject = _subject(par, par.sentence_start(verb.start), verb.start)
        owned = subject is not None and _previous_word(par.narration, subject.start).lower() in _POSSESSIVE_PRONOUNS
        if subject is not None and subject.kind in ("name", "body", "pronoun") and not owned:  # not "TV" in "TV star X", "His Kotoko counterpart, X,"
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


def _earlier_mentions(article: _Article, par: _Paragraph, m: _Mention, *, whole: bool = False):
    """(paragraph, its mentions before ``m``) for ``m``'s paragraph and the previous
    :data:`PRONOUN_LOOKBACK_PARAGRAPHS` paragraphs (all of them when ``whole``), nearest first."""
    yield par, [o for o in par.mentions if o.end <= m.start]
    for previous in reversed(article.paragraphs if whole else article.paragraphs[-PRONOUN_LOOKBACK_PARAGRAPHS:]):
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
    its role word ("Defence Minister X", "X, Prefect of …", "copper company Codelco"), or None (round 22).
    Further back, a body is found when it is the only one the story named with that word (a story keeps
    calling its company "the company", round 37)."""
    role = _role_word(article.lex, m)
    forms = article.lex.synonyms.get(role, frozenset()) | {role}
    kind = "body" if m.kind == "body descriptor" else "name"
    for previous, before in _earlier_mentions(article, par, m):
        found = [o for o in before if o.kind == kind and _holds_role(_role_text(previous, o), forms)]
        if found:
            return found[-1]
    if kind == "body":
        holders = {o.speaker: o for previous, before in _earlier_mentions(article, par, m, whole=True)
                   for o in before if o.kind == kind and _holds_role(_role_text(previous, o), forms)}
        return next(iter(holders.values())) if len(holders) == 1 else None
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
        if m.kind == "body descriptor":  # "When Meridian Cloud broke ground on its first …, the company promised"
            wanted_here = lambda other, p=previous: wanted(other) or _owns_its(p, other)  # noqa: E731
        else:
            wanted_here = wanted
        found = [o for o in before if wanted_here(o) and not _is_possessive(previous, o)
                 and (not _after_preposition(previous, o) or _same_head(m, o))]  # "according to a police officer"
        if m.kind == "body descriptor":  # "the group" → a body of its type when there is one
            found = [o for o in found if _same_type(m, o)] or found
        subjects = [o for o in found if _is_subject(previous, o)]
        if subjects or found:
            return (subjects or found)[-1]
    return None


#: "its" after a name in its sentence, before any personal pronoun: the name is a body's.
_ITS_BEFORE_PERSON = re.compile(r"(?:(?!\b(?:he|she|his|her|him|they|their)\b)[^.!?])*?\bits\b", re.IGNORECASE)


def _owns_its(par: _Paragraph, other: _Mention) -> bool:
    """Whether a name of unknown type is followed in its sentence by "its" before any personal pronoun ("Helsington
    Foods … told staff that its Kendal site …", "When Meridian Cloud broke ground on its first data center"): a body
    a later "the company" refers back to."""
    return (other.kind == "name" and other.speaker_type == "unknown"
            and _ITS_BEFORE_PERSON.match(par.narration, other.end, par.sentence_end(other.end)) is not None)


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
    names with that role word or a synonym of it, in their title or an apposition ("Energy minister says …" →
    "Energy and Minerals Minister Grant Okafor-Lindqvist"; "Governor says …" → "Governor Thabo
    Mahlangu-Venter"; "Dons boss says …" → "manager X"), or None."""
    role = _role_word(article.lex, m)
    forms = article.lex.synonyms.get(role, frozenset()) | {role}
    for par in article.body:
        for other in par.mentions:
            if other.kind == "name" and _holds_role(_role_text(par, other), forms):
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
    if m.kind in ("document", "body descriptor") and m.speaker in _ISSUED_DOCUMENTS:
        return _issuer(article, par, n_quotes) or (m.speaker, m.speaker_type, m.kind)
    if m.kind not in ("pronoun", "indefinite"):
        return m.speaker, m.speaker_type, m.kind
    pronoun = m.speaker
    found = _in_paragraph(par, m.start, pronoun, n_quotes) or _in_previous(article, pronoun)
    return found or ("", "unknown", "")


#: Documents a person or body issues, whose words are the issuer's ("the statement added"); not a post or a claim
#: that a fact check quotes as such.
_ISSUED_DOCUMENTS = frozenset({"statement", "letter", "notice", "release", "press release", "filing", "memo"})


def _issuer(article: _Article, par: _Paragraph, n_quotes: int) -> tuple[str, str, str] | None:
    """Who issued the statement a quote is attributed to: the last named person or body quoted before it in this
    paragraph or the previous ones ("…,' ASP X said in a statement. … '…,' the statement added"), or None."""
    previous = reversed(article.paragraphs[-PRONOUN_LOOKBACK_PARAGRAPHS:])
    earlier = [par.speakers[:n_quotes]] + [p.speakers for p in previous]
    for speakers in earlier:
        for speaker in reversed(speakers):
            if speaker[0] and speaker[2] in ("name", "body"):
                return speaker
    return None


#: A capitalised name no rule took, opening its clause right before a reporting verb ("Stagecoach West said"):
#: two to four capitalised words or an acronym, after the sentence's start, a comma, "and"/"but" or "The".
_BARE_SUBJECT = re.compile(r"(?:^|[.;:,]\s+|\b(?:and|but|while)\s+|\bThe\s+)"
                           r"(?P<name>(?:[A-Z][\w&'’\-]*\s+){1,3}[A-Z][\w&'’\-]*|[A-Z]{2,6})\s+$")


def _bare_subject(par: _Paragraph, verb: _Verb) -> _Mention | None:
    """The unrecognised name right before a verb that no mention covers, as the speaker (:data:`_BARE_SUBJECT`;
    typed by its organisation words), or None; never a run opening with a word that starts no name ("Monday",
    "After")."""
    start = par.sentence_start(verb.start)
    found = _BARE_SUBJECT.search(par.narration, start, verb.start)
    if found is None or any(m.start < found.end("name") and found.start("name") < m.end for m in par.mentions):
        return None
    words = found.group("name").split()
    if words[0] in _NOT_NAME_WORDS:
        return None
    return _Mention(found.start("name"), found.end("name"), found.group("name"), _org_type(words) or "unknown",
                    "body", 1)


#: A definite description right before a reporting verb ("the weather service said", "In a post, the city said",
#: "'…,' the chief said"; the sentence's opening quote marks aside).
_DEFINITE_SUBJECT = re.compile(r"(?:^\W*|[.;:,]\s+|\b(?:and|but)\s+)[Tt]he\s+(?P<words>(?:[a-z]+\s+){0,2}[a-z]+)\s+$")
#: Words of a body's name that a description's head stands for ("the force": a police force).
_BODY_HEAD_FORMS = {"force": ("Police", "Constabulary", "Force", "Garda")}


def _definite_referent(article: _Article, par: _Paragraph, verb: _Verb) -> _Mention | None:
    """What a definite description no mention covers stands for (:data:`_DEFINITE_SUBJECT`): the last body named
    before it whose name holds its head word ("the weather service said" after the National Weather Service), else
    the last person named before it with a title ending in that word ("the chief said" after "Fire Chief X"), or
    None."""
    start = par.sentence_start(verb.start)
    found = _DEFINITE_SUBJECT.search(par.narration[start:verb.start])
    if found is None or any(m.start < verb.start and start + found.start("words") < m.end for m in par.mentions):
        return None
    head = found.group("words").split()[-1]
    forms = _BODY_HEAD_FORMS.get(head, (head.title(),))
    probe = _Mention(start + found.start(), verb.start, head, "unknown", "body descriptor", 3)
    earlier = list(_earlier_mentions(article, par, probe))
    for _, before in earlier:
        named = [o for o in before if o.kind == "body" and any(form in o.speaker.split() for form in forms)]
        if named:
            return named[-1]
    for _, before in earlier:
        titled = [o for o in before if o.kind == "name" and o.role and o.role.split()[-1] == head]
        if titled:
            return titled[-1]
    return None


def _by_verb(article: _Article, par: _Paragraph, k: int, found: tuple[_Verb, int]):
    verb, lo = found
    lex = article.lex
    m = _speaker_mention(par, verb, lo, lex)
    if m is None and not lex.verbs.table[verb.form][2]:
        m = _bare_subject(par, verb) or _definite_referent(article, par, verb)
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


def _attribute(article: _Article, par: _Paragraph, k: int, is_scare: bool) -> tuple[_Attribution, str]:
    found = _cue_verb(par, k)
    if found is not None:
        return _by_verb(article, par, k, found)
    attribution = _by_colon(article, par, k) or _inherit(article, par, k)
    if attribution[0].how == "none" and not is_scare:
        return _by_subject(article, par, k) or attribution
    return attribution
