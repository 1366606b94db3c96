"""Where the direct quotations are in a piece of text: quote-mark pairing.

Shared by :mod:`analysis.sourcing.quotes` (who says what) and the tone
analysis (score narration apart from quoted speech).

The rules, in order:

1. Every quote-like character is a candidate mark: straight ``"`` and ``'``,
   curly ``“ ” ‘ ’``, low ``„ ‚``, guillemets ``« » ‹ ›``.
2. Each candidate gets a *role* from its neighbours: ``open`` (after the start,
   a space, a bracket or a dash), ``close`` (before the end, a space or
   punctuation), ``either`` (glued between words or after punctuation, as in
   ``lines.'No one`` or ``tied up'demoralised``; decided by whether a quote of
   that family is open), or ``apostrophe``.  A single mark is an apostrophe in
   contractions and possessives (``don't``, ``they’ve``, ``Ukraine's``),
   elisions (``'90s``, ``rock 'n' roll``, ``'em``, a class year ``Jo Lee ’27``) and names (``O'Brien``,
   ``Fepulea'i``: a glottal stop before a one- or two-letter lower-case ending; ``Ng'ang'a``),
   and the possessive of an abbreviation (``B.C.'s``).
3. Marks are paired with a stack, so a single quote can sit inside a double
   one.  A mark glued between two letters pairs only when the next mark of its
   family can pair with it (``tied up'demoralised and exhausted'``); else it is a
   glottal stop (``NUKU'ALOFA``, ``Ha'apai``).  A plural possessive (``soldiers'
   homes``) inside an open single quote closes it only if no later mark could
   close it.
4. A quote left open runs to the end of its paragraph (a blank line) or of the
   text; its ``close_mark`` is ``''``.

Not handled: quotation dashes (``— Yes, he said``), block quotes without
marks, and apostrophes used as quote marks in the *middle* of a word pair
that is not a contraction (``Ma'arib``) are read as glued marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from itertools import islice

__all__ = ["QuoteSpan", "quote_spans", "split_quoted", "quoted_mask"]

#: Quote-mark families: a span opened by one member may be closed by any member.
_FAMILY = {
    '"': "double", "“": "double", "”": "double", "„": "double", "‟": "double",
    "'": "single", "‘": "single", "’": "single", "‚": "single", "‛": "single",
    "«": "guillemet", "»": "guillemet",
    "‹": "single_guillemet", "›": "single_guillemet",
}
#: Marks whose direction is fixed by their shape (close marks are handled by context).
_ALWAYS_OPEN = set("“„‟‘‚‛«‹")
_ALWAYS_CLOSE = set("»›")
#: Characters after which a mark opens a quote.
_OPEN_CONTEXT = set("([{—–-/\u2010\u2011\u2012") | set("\"“”„«‹'‘")
#: Characters before which a mark closes a quote.
_CLOSE_CONTEXT = set(".,;:!?)]}—–-…/\u2010\u2011\u2012") | set("\"“”»›")
#: Letters after a word-internal apostrophe that make a contraction or possessive
#: (it's, don't, they've, we're, we'll, he'd, I'm), not a glued quote mark.
CONTRACTION_SUFFIXES = frozenset({"s", "t", "ve", "re", "ll", "d", "m"})
#: Words beginning with an apostrophe: elisions, not quotations (Dutch ``van 't Hek``, ``'s-Hertogenbosch``).
ELISIONS = frozenset({"em", "n", "til", "cause", "tis", "twas", "bout", "cos", "coz", "t", "s"})
#: Whole words with an internal apostrophe that are not covered by the rules above.
APOSTROPHE_WORDS = frozenset({"ma'am", "ne'er", "e'er", "o'er", "y'all"})
#: Lower-case words that may follow a closing mark in running prose; after
#: ``s'`` they mean the mark closes a quote rather than marking a plural possessive.
CLOSER_FOLLOWERS = frozenset(
    "a an and as at but by for from he her him his in into is it its of on or she "
    "than that the their them then they this to was were when where which while who "
    "with said says told added warned wrote claimed according against over under about "
    "after before during since until like across through towards toward among between "
    "within without upon onto off out up down are be been being has have had will would "
    "can could should may might must do does did not also now still just too again so "
    "because if though although whether there here we you i".split()
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_WORD_AFTER = re.compile(r"[^\W_]+")
#: Decades written with an elided century ('90s).
_ELISION_YEAR = re.compile(r"\d\ds\b")
#: A bare two-digit year ('22) is read as an elision only after one of these words.
_SHORT_YEAR = re.compile(r"\d\d\b(?![.,]?\d)")
YEAR_CONTEXT = frozenset(
    "in the of since from by until till to class summer spring autumn fall winter election "
    "season mid early late before after during".split()
)


@dataclass(frozen=True)
class QuoteSpan:
    """One quotation: ``text[start:end]`` is the quoted content, without its marks.

    Attributes
    ----------
    start, end : int
        Offsets of the content inside the marks.
    open_mark : str
        The opening mark as written.
    close_mark : str
        The closing mark as written; ``''`` when the quote is never closed
        (then ``end`` is the end of the paragraph or text, trailing spaces excluded).
    depth : int
        0 for an outermost quote, 1 for a quote inside another, and so on.
    """

    start: int
    end: int
    open_mark: str
    close_mark: str
    depth: int = 0

    @property
    def is_closed(self) -> bool:
        """Whether a closing mark was found."""
        return self.close_mark != ""


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _word_before(text: str, i: int) -> str:
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i]


def _word_after(text: str, i: int) -> str:
    match = _WORD_AFTER.match(text, i)
    return match.group(0) if match else ""


def _single_role(text: str, i: int) -> str:
    """Role of a straight or right-curly single mark at ``text[i]``."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    opens = prev == "" or prev.isspace() or prev in _OPEN_CONTEXT
    closes = nxt == "" or nxt.isspace() or nxt in _CLOSE_CONTEXT
    if opens and closes:
        # A lone mark between spaces is stray; before punctuation ('...it's) it opens.
        return "apostrophe" if nxt == "" or nxt.isspace() else "open"
    if opens:
        return "apostrophe" if _is_elision(text, i + 1) else "open"
    if closes:
        return "possessive" if prev in "sS" and _looks_possessive(text, i + 1) else "close"
    if prev.isdigit() and nxt.isdigit():
        return "apostrophe"  # feet or minutes: 6'2"
    if prev == "." and _word_after(text, i + 1) == "s":
        return "apostrophe"  # possessive of an abbreviation: B.C.'s, the U.S.'s
    if _is_word_char(prev) and _is_word_char(nxt):
        if text[i] == "’" and prev.isalpha() and nxt.isalpha():
            return "apostrophe"  # a curly closing mark inside a word is typeset as an apostrophe: nor’wester
        return "apostrophe" if _is_contraction(text, i) else "either"
    return "either"


def _is_elision(text: str, i: int) -> bool:
    word = _word_after(text, i).lower()
    after = text[i + len(word)] if i + len(word) < len(text) else ""
    if word in ELISIONS and not after.isalpha():
        return True
    if _SHORT_YEAR.match(text, i):  # '22 after "in", "the", "since" ...; ’27 (a class year) in any place
        before = re.findall(r"[^\W\d_]+", text[max(0, i - 20):i - 1])
        return text[i - 1] == "’" or (bool(before) and before[-1].lower() in YEAR_CONTEXT)
    return bool(_ELISION_YEAR.match(text, i))


def _is_contraction(text: str, i: int) -> bool:
    before, after = _word_before(text, i), _word_after(text, i + 1)
    if f"{before}'{after}".lower() in APOSTROPHE_WORDS:
        return True
    if after.lower() in CONTRACTION_SUFFIXES:
        return True
    # Fepulea'i, Hawai'i, Savai'i: a glottal stop before a short lower-case ending
    # (a quote glued to a word does not open on a one- or two-letter fragment).
    if len(after) <= 2 and after.islower() and len(before) >= 2:
        return True
    # Ng'ang'a: a word with a second apostrophe between letters is a name, not a glued quote.
    end = i + 1 + len(after)
    if after and text[end:end + 1] in ("'", "’") and _is_word_char(text[end + 1:end + 2]):
        return True
    # O'Brien, d'Artagnan, l'Humanité: a one-letter prefix.
    return len(before) == 1


def _looks_possessive(text: str, i: int) -> bool:
    """After ``s'``: a space then a lower-case word that is not a prose connective."""
    if i >= len(text) or text[i] not in " \u00a0":
        return False
    word = _word_after(text, i + 1)
    return bool(word) and word[0].islower() and word.lower() not in CLOSER_FOLLOWERS


_INCHES = re.compile(r"\d+'\d{1,2}$")


def _double_role(text: str, i: int) -> str:
    if text[i] == '"' and _INCHES.search(text, max(0, i - 6), i):
        return "apostrophe"  # inches: 5'9"
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    opens = prev == "" or prev.isspace() or prev in _OPEN_CONTEXT
    closes = nxt == "" or nxt.isspace() or nxt in _CLOSE_CONTEXT
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _inside_word(text: str, i: int) -> bool:
    """A mark between two letters: an ʻokina written as ‘ ("Tu‘ipulotu", "Ha‘apai"), never a quote's opening."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _role(text: str, i: int) -> str:
    mark = text[i]
    if mark in _ALWAYS_OPEN:
        if mark == "‘" and (_is_elision(text, i + 1) or _inside_word(text, i)):
            return "apostrophe"
        return "open"
    if mark in _ALWAYS_CLOSE:
        return "close"
    if mark == "”":
        role = _double_role(text, i)
        return "open" if role == "open" else "close"
    if _FAMILY[mark] == "single":
        return _single_role(text, i)
    return _double_role(text, i)


def _candidates(text: str) -> list[tuple[int, str, str]]:
    """(offset, family, role) of every mark that is not an apostrophe."""
    found = []
    for i, ch in enumerate(text):
        if ch in _FAMILY:
            role = _role(text, i)
            if role != "apostrophe":
                found.append((i, _FAMILY[ch], role))
    return found


def _content_end(text: str, limit: int) -> int:
    end = limit
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _pair(text: str, marks: list[tuple[int, str, str]], limit: int) -> list[QuoteSpan]:
    """Pair the marks of one paragraph ``text[..limit]`` with a stack."""
    spans: list[QuoteSpan] = []
    stack: list[tuple[int, str]] = []  # (offset of opening mark, family)
    open_count: Counter[str] = Counter()  # families on the stack, kept in step (no rescans)
    next_closes = _next_mark_closes(text, marks)
    for n, (i, family, role) in enumerate(marks):
        if role == "either" and _inside_word(text, i) and next_closes[n] != (open_count[family] == 0):
            continue  # "NUKU'ALOFA", "Ha'apai": a glottal stop, unless a mark after it pairs with it as a quote's
        if open_count[family] and role in ("close", "either", "possessive"):
            if role == "possessive" and _later_closer(marks, n + 1, family):
                continue
            while stack[-1][1] != family:  # an inner quote never closed: drop it
                open_count[stack.pop()[1]] -= 1
            start, _ = stack.pop()
            open_count[family] -= 1
            spans.append(QuoteSpan(start + 1, i, text[start], text[i], len(stack)))
        elif role in ("open", "either"):
            stack.append((i, family))
            open_count[family] += 1
    for depth, (start, _) in enumerate(stack):
        end = max(start + 1, _content_end(text, limit))
        spans.append(QuoteSpan(start + 1, end, text[start], "", depth))
    return spans


def _next_mark_closes(text: str, marks: list[tuple[int, str, str]]) -> list[bool]:
    """For each mark, whether the next mark of its family can close a quote: it does not open one and is not
    glued between two letters itself (two glottal stops make no quote: "NUKU'ALOFA … Ha'apai")."""
    closes, following = [False] * len(marks), {}
    for n in range(len(marks) - 1, -1, -1):
        i, family, role = marks[n]
        closes[n] = following.get(family, False)
        following[family] = role != "open" and not (role == "either" and _inside_word(text, i))
    return closes


def _later_closer(marks: list[tuple[int, str, str]], first: int, family: str) -> bool:
    """Whether the next mark of ``family`` from ``marks[first]`` on can only close: then ``s'`` was a possessive.

    If the next mark opens (``'heroes' today and 'patriots'``), the ``s'`` closed the quote.
    """
    following = next((role for _, fam, role in islice(marks, first, None) if fam == family), None)
    return following in ("close", "possessive")


def quote_spans(text: str, *, include_nested: bool = False) -> list[QuoteSpan]:
    """Find the direct quotations in ``text``.

    Parameters
    ----------
    text : str
        A paragraph, or several separated by blank lines (a quote never runs
        across a blank line: an unclosed quote ends at the paragraph's end).
    include_nested : bool, default False
        Also return quotes inside other quotes (``depth`` > 0).

    Returns
    -------
    list of QuoteSpan
        Sorted by ``start``; outermost spans never overlap.
    """
    if not isinstance(text, str):
        raise TypeError(f"quote_spans expects a str, got {type(text).__name__}")
    spans: list[QuoteSpan] = []
    marks = _candidates(text)
    offsets = [c[0] for c in marks]
    pos = 0
    for limit in [m.start() for m in _PARAGRAPH_BREAK.finditer(text)] + [len(text)]:
        # marks are in text order: cut this paragraph's out by bisection, not a rescan
        spans.extend(_pair(text, marks[bisect_left(offsets, pos):bisect_left(offsets, limit)], limit))
        match = _PARAGRAPH_BREAK.match(text, limit)
        pos = match.end() if match else limit
    spans = [s for s in spans if include_nested or s.depth == 0]
    return sorted(spans, key=lambda s: (s.start, -s.end))


def split_quoted(text: str) -> list[tuple[str, bool]]:
    """Cut ``text`` into consecutive ``(segment, is_quoted)`` pieces.

    The quote marks themselves belong to the unquoted pieces; nested quotes
    are part of their outer quote.  ``"".join(s for s, _ in pieces) == text``.
    Empty pieces are left out.
    """
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for span in quote_spans(text):
        pieces.append((text[pos:span.start], False))
        pieces.append((text[span.start:span.end], True))
        pos = span.end
    pieces.append((text[pos:], False))
    return [(segment, quoted) for segment, quoted in pieces if segment]


def quoted_mask(text: str) -> list[bool]:
    """One flag per character of ``text``: True inside a quotation (marks excluded)."""
    mask = [False] * len(text)
    for span in quote_spans(text):
        mask[span.start:span.end] = [True] * (span.end - span.start)
    return mask
