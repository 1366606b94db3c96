"""Line features and page layout for :mod:`analysis.clean`.

The page under labelling (:class:`_Page`: its non-empty lines, hard-wrapped
paragraphs joined, and their labels so far), the thresholds of line shapes
(headline, sentence, menu item, caption, subheading lengths) and the shape
tests the labelling steps share: word counts, closing punctuation, title
case, blank-line layout, where the body starts. Internal to
:mod:`analysis.clean`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import metadata

#: Headlines run from 4 words (shorter lines are menu items) to about 50 (Daily
#: Mail headlines reach 40+).
TITLE_MIN_WORDS, TITLE_MAX_WORDS = 4, 50
#: A site's name after the headline in a browser-tab title has at most this many words.
SITE_NAME_MAX_WORDS = 5
#: Most headlines have at least this many words; headline-shaped page furniture
#: above them (slogans, "Keyboard shortcuts for audio player") is often shorter.
HEADLINE_USUAL_MIN_WORDS = 6
#: A dump's first line above a date/URL line is its title up to this length.
DUMP_TITLE_MAX_WORDS = 80
#: A deck between the headline and the byline runs over at most this many lines.
DECK_MAX_LINES = 2
#: A standfirst is one or two sentences; longer lines are body paragraphs.
STANDFIRST_MAX_WORDS = 60
#: ... or up to this many (three sentences) when the byline or date line follows it.
STANDFIRST_LONG_MAX_WORDS = 100
#: A full sentence opening the body has at least this many words.
BODY_MIN_WORDS = 10
#: Menus: at least this many adjacent lines of at most MENU_MAX_WORDS words.
MENU_MIN_RUN, MENU_MAX_WORDS = 3, 4
#: Lines next to a credit (no blank line between) up to this length are caption text:
#: agency captions run to two sentences (NPR, AP: 20-30 words); a body paragraph
#: in the same block as a credit line is rare in blank-line layout.
CAPTION_NEIGHBOUR_MAX_WORDS = 30
#: A caption line this short is a bare credit ("(AP)", "Credit...Jane Doe/Agency");
#: in a page without blank lines the short line right above it is the caption.
CREDIT_ONLY_MAX_WORDS = 8
#: An unpunctuated single sentence of this many words or more reads as a caption.
CAPTION_MIN_WORDS = 6
#: The prompt of a sign-up box ("Get a free daily digest … with <Site>.") is a sentence or two.
SIGNUP_PROMPT_MAX_WORDS = 30
#: A sign-up box set off as a block of its own holds at most this many lines over its control.
SIGNUP_BOX_MAX_LINES = 3
#: The bio on an author card under the article runs to a sentence or two.
AUTHOR_BIO_MAX_WORDS = 40
#: Subheadings are short; up to this many words.
SUBHEADING_MAX_WORDS = 14
#: Question subheadings ("What has Russia said?") are at most this long.
QUESTION_SUBHEADING_MAX_WORDS = 8
#: Share of capitalised words that makes a line title case.
TITLE_CASE_SHARE = 0.6
#: A page uses blank-line layout when at least this share of lines has a blank after it.
BLANK_LAYOUT_SHARE = 0.3
#: Lines that a page under its title may still hold before the body (bylines, dates).
HEADER_WINDOW = 4
#: The body starts at a full sentence followed by another within this many
#: non-empty lines (a byline, a date, an advert and a two-line caption may sit
#: between the first paragraphs); a sentence alone above the article, with a
#: menu or header below it, is page furniture.
BODY_RUN_WINDOW = 6
#: A related-story link (a headline under a link label, or after it on one line) has at most this many words.
LINK_MAX_WORDS = 25
#: A body line past the article's last paragraph with at least this many kinds of
#: reader cue (see :func:`analysis.clean_phrases.reader_cues`) is the site's note.
READER_NOTE_MIN_CUES = 2
#: Labels whose lines make up an article's clean text.
ARTICLE_LABELS = ("body", "subheading")
#: A header block (headline, deck or summary points, byline) over the page's date
#: line holds at most this many lines above the date.
HEADER_BLOCK_MAX_LINES = 6
#: Hard-wrapped pages: at least WRAP_MIN_LINES lines, wrapped at no more than
#: WRAP_MAX_WIDTH columns (mail and terminal dumps wrap at 60–80); a line at
#: least WRAP_FILL of the width long was wrapped, not ended.
WRAP_MIN_LINES, WRAP_MAX_WIDTH, WRAP_FILL = 8, 100, 0.75
#: A line more than this many times the wrap width is set across the columns (a PDF
#: edition's picture caption), not part of the wrapped paragraph around it.
WRAP_WIDE = 1.25
#: ... and at least this share of the lines after a wrap start in lower case (in
#: wrapped English prose about 3 in 4 do; on a page of short unwrapped lines
#: almost none, as each line starts a headline, item or paragraph).
WRAP_LOWER_SHARE = 0.4
#: Zero-width and byte-order characters that scrapers leave around lines.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
#: A word of letters (hyphens and apostrophes inside, a comma or full stop after).
_WORD_TOKEN = re.compile(r"[(\"“‘']?[^\W\d_]+(?:['’-][^\W\d_]+)*[.,;:!?)\"”’']*")
#: A byline's "By" on a line of its own, the name on the next ("By" / "Jane Doe").
_BARE_BY = re.compile(r"^(?:(?:words|written|story|article) )?by\s*:?$", re.I)
_BULLET = re.compile(r"^[•·▪●◦‣∙*–-]\s+")
_CLOSERS = "'\"’”)]»"
#: Quotation marks that open a quote.
_OPENING_QUOTES = "\"“‘«„"
_SMALL_WORDS = set("a an the and or but nor of in on at to for by with from as vs via is are".split())
#: Shouted lines (all capitals, at least this many letters) after the headline are
#: promotional links ("RUSSIA-UKRAINE LIVE UPDATES") or author names over a bio;
#: shorter ones ("UK", "NATO") may be body text.
SHOUTED_MIN_LETTERS = 8


@dataclass
class _Page:
    """Working state of one page: non-empty lines and their labels so far."""

    line_no: list[int]
    raw: list[str]
    text: list[str]
    blank_after: list[bool]
    members: list[list[int]] = field(default_factory=list)  # raw line numbers of each (wrapped) line
    labels: list[str | None] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    clean: list[str] = field(default_factory=list)
    title: int | None = None
    end: int | None = None

    def __post_init__(self) -> None:
        self.labels = [None] * len(self.text)
        self.reasons = [""] * len(self.text)
        self.clean = list(self.text)
        self.members = self.members or [[n] for n in self.line_no]

    def adjacent(self, i: int, j: int) -> bool:
        """True when line ``j`` starts on the raw line right after line ``i`` ends (no blank between)."""
        return self.line_no[j] == self.members[i][-1] + 1

    def set(self, i: int, label: str, reason: str) -> None:
        self.labels[i], self.reasons[i] = label, reason

    def free(self, i: int) -> bool:
        return self.labels[i] is None

    def unset(self, i: int) -> None:
        """Leave line ``i`` unlabelled again, for the later steps."""
        self.labels[i], self.reasons[i] = None, ""


def _is_entry_stamp(page: _Page, i: int) -> bool:
    """True when line ``i`` is a live blog's entry time: a date line with no year to read
    ('Feb 22, 9:40 PM EST', '21.58 GMT')."""
    return 0 <= i < len(page.text) and page.labels[i] == "dateline" and metadata.find_date(page.text[i]) is None


def _signs_entry(page: _Page, i: int) -> bool:
    """True when line ``i`` is a live blog entry's byline: right under the entry's head,
    itself right under the entry's time stamp ('10:55 pm' / head / 'By Jane Doe')."""
    return i >= 2 and page.adjacent(i - 2, i - 1) and page.adjacent(i - 1, i) and _is_entry_stamp(page, i - 2)


def _n_words(text: str) -> int:
    return len(text.split())


def _ends_sentence(text: str) -> bool:
    """True when ``text`` ends in sentence punctuation (closing quotes/brackets aside)."""
    stripped = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(stripped) and stripped[-1] in ".!?…:;"


def _is_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def _is_sentence_like(text: str) -> bool:
    return _n_words(text) >= BODY_MIN_WORDS and _ends_sentence(text)


def _wrap_width(lines: list[str]) -> int | None:
    """The column at which a hard-wrapped page was wrapped, or None if it is not wrapped.

    A page is hard-wrapped when its lines are short (90th percentile at most
    WRAP_MAX_WIDTH characters) and most of its near-full lines stop mid-sentence
    with text on the very next line.
    """
    filled = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(filled) < WRAP_MIN_LINES:
        return None
    width = filled[int(0.9 * (len(filled) - 1))]
    if width > WRAP_MAX_WIDTH:
        return None
    full = [i for i, line in enumerate(lines[:-1]) if len(line.rstrip()) >= WRAP_FILL * width]
    running_on = [i for i in full if lines[i + 1].strip() and not _ends_sentence(lines[i])]
    # a wrap falls between any two words, so the next line often starts in lower case;
    # lines of a page that only looks narrow (headline over deck, menus) start in capitals
    lower = [i for i in running_on if lines[i + 1].strip()[:1].islower()]
    if not full or len(running_on) < 0.5 * len(full) or len(lower) < WRAP_LOWER_SHARE * len(running_on):
        return None
    return width


def _read_page(raw_text: str) -> _Page:
    """Split raw text into the non-empty lines of a page, keeping 1-based line numbers.

    On a hard-wrapped page (see :func:`_wrap_width`) a near-full line and the
    line right under it are one paragraph, joined with a space; so, on any
    page, are a bare "By" and the name right under it, and a line of names ending
    in "and" or a comma and the names right under it (a byline split over lines).
    """
    lines = raw_text.splitlines()
    width = _wrap_width(lines)
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if not line.strip().strip(_INVISIBLE):
            continue
        after_line = bool(groups) and groups[-1][-1] == i - 1
        wrapped = width and _wraps_onto(lines[i - 1].strip(), line.strip(), width)
        above = " ".join(lines[k].strip() for k in groups[-1]) if after_line else ""
        if after_line and (wrapped or _BARE_BY.match(lines[i - 1].strip()) or _continues_byline(above, line.strip())):
            groups[-1].append(i)
        else:
            groups.append([i])
    strip = lambda i: lines[i].strip().strip(_INVISIBLE).strip()  # noqa: E731
    return _Page(
        line_no=[g[0] + 1 for g in groups],
        raw=["\n".join(lines[i] for i in g) for g in groups],
        text=[_join_wrapped([strip(i) for i in g]) for g in groups],
        blank_after=[g[-1] + 1 < len(lines) and not lines[g[-1] + 1].strip().strip(_INVISIBLE) for g in groups],
        members=[[i + 1 for i in g] for g in groups],
    )


def _wraps_onto(above: str, line: str, width: int) -> bool:
    """True when, on a page hard-wrapped at ``width`` columns, ``line`` carries on the line
    ``above`` it: that line fills at least WRAP_FILL of the width, or ``line`` opens in
    lower case under a line ending in no sentence punctuation (a headline broken over
    short lines: 'Harbour workers' / 'count cost of strike'), or ``above`` is a drop cap
    (a capital alone on its line over the rest of the word: 'T' / 'HE price of …').

    A bulleted ``line`` starts an item; a line ``above`` in capitals (a print page's
    running head or section head) is no wrapped prose; a line under a full sentence
    starts anew when it opens a quotation (a new paragraph, or a pull quote set among
    the lines) or is a short capitalised line ending in no punctuation (a crosshead); a
    line more than WRAP_WIDE times the width is set across the columns (a caption), and
    runs on only into a line as wide or into its short last line.
    """
    if _is_drop_cap(above):
        return line[:1].isupper()
    if len(above) > WRAP_WIDE * width:
        return not _BULLET.match(line) and (len(line) > WRAP_WIDE * width or len(line) < WRAP_FILL * width)
    closed = _ends_sentence(above)
    crosshead = len(line) < WRAP_FILL * width and line[:1].isupper() and not _ends_sentence(line)
    if (_BULLET.match(line) or above.isupper() or len(line) > WRAP_WIDE * width
            or closed and (line[:1] in _OPENING_QUOTES or crosshead)):
        return False
    return len(above) >= WRAP_FILL * width or (line[:1].islower() and not closed)


def _is_drop_cap(text: str) -> bool:
    """True for a drop cap: a single capital letter alone on its line."""
    return len(text) == 1 and text.isupper()


def _join_wrapped(parts: list[str]) -> str:
    """The text of a hard-wrapped paragraph's lines, joined with spaces; a drop cap is
    glued to the rest of its word ('T' / 'HE price' -> 'THE price')."""
    text = " ".join(parts)
    return text.replace(" ", "", 1) if len(parts) > 1 and _is_drop_cap(parts[0]) else text


def _continues_byline(above: str, line: str) -> bool:
    """True when ``line`` carries on a byline of bare names that ``above`` breaks off
    after "and" or a comma ('JANE DOE, Staff writer, and' / 'JOHN ROE and ANN POE,
    Correspondents'): both lines, and the two as one, are lines of names."""
    return (above.endswith((" and", ",")) and bool(metadata.names_in_line(above))
            and bool(metadata.names_in_line(line)) and bool(metadata.names_in_line(f"{above} {line}")))


def _by_names(text: str) -> str | None:
    """The names a "By …" line (or an agency credit) gives, joined by ' and ': its people,
    or an organisation's initials ('By RFE RL'); None for any other line."""
    return metadata.byline_name(text) or metadata.byline_organisation(text)


def _byline_authors(page: _Page) -> set[str]:
    """The people (or organisations) that the page's "By …" lines and agency credits name."""
    return {person for text in page.text if (named := _by_names(text)) for person in named.split(" and ")}


def _cells(text: str) -> int:
    """The number of cells on a line of a flattened table: parts split by tab characters."""
    return len([cell for cell in text.split("\t") if cell.strip()])


def _is_table_row(page: _Page, i: int) -> bool:
    """True when line ``i`` is a row of a table flattened to text: two or more cells split
    by tabs ('Tallinn\t1.2%'), with a row of as many cells right above or under it."""
    cells = _cells(page.text[i])
    return cells >= 2 and any(0 <= j < len(page.text) and page.adjacent(min(i, j), max(i, j))
                              and _cells(page.text[j]) == cells for j in (i - 1, i + 1))


def _block(page: _Page, i: int) -> range:
    """The lines of line ``i``'s block: the run of lines around it with no blank line between."""
    top, bottom = i, i
    while top > 0 and page.adjacent(top - 1, top):
        top -= 1
    while bottom + 1 < len(page.text) and page.adjacent(bottom, bottom + 1):
        bottom += 1
    return range(top, bottom + 1)


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _usual_indent(page: _Page) -> int:
    """Indentation of the page's full sentences (its article text)."""
    indents = sorted(_indent(r) for r, t in zip(page.raw, page.text) if _is_sentence_like(t))
    return indents[len(indents) // 2] if indents else 0


def _is_link_text(text: str) -> bool:
    """A headline-shaped line: a question or no closing punctuation, at most a headline long."""
    return not _ends_sentence(text.rstrip("?")) and _n_words(text) <= TITLE_MAX_WORDS


def _first_sentence(page: _Page, start: int = 0) -> int:
    """Index of the first unlabelled full sentence at or after ``start`` (len if none)."""
    for i in range(start, len(page.text)):
        if page.free(i) and _is_sentence_like(page.text[i]):
            return i
    return len(page.text)


def _body_start(page: _Page) -> int:
    """Index of the first unlabelled full sentence that opens a run of article text (len if none).

    A full sentence with no other unlabelled one in the same run (see
    :func:`_same_run`) is a stray notice above the article (a consent banner, a
    site slogan), not the start of the body; if every sentence is alone, the
    first one counts.

    A run closed by the page's date line (see :func:`_header_close`) is the
    headline and deck: the body starts under the date.
    """
    sentences = [i for i in range(len(page.text)) if page.free(i) and _is_sentence_like(page.text[i])]
    for i, nxt in zip(sentences, sentences[1:]):
        if _same_run(page, i, nxt):
            close = _header_close(page, i)
            return i if close is None else _body_start_after(page, close)
    return sentences[0] if sentences else len(page.text)


def _body_start_after(page: _Page, close: int) -> int:
    """The body start below the header's date line ``close``: the first unlabelled full
    sentence under it that another one follows in the same run."""
    sentences = [i for i in range(close + 1, len(page.text)) if page.free(i) and _is_sentence_like(page.text[i])]
    return next((i for i, nxt in zip(sentences, sentences[1:]) if _same_run(page, i, nxt)), len(page.text))


def _header_close(page: _Page, i: int) -> int | None:
    """The date line closing a header block that line ``i`` opens, or None.

    The page's first date line, when it gives a day and sits in the same block as
    line ``i`` (no blank line between, but for one above a "By …" line: see
    :func:`_in_header_block`) with at most HEADER_BLOCK_MAX_LINES
    unlabelled lines of deck length between them, closes the page's header: a
    headline or summary sentences over a byline and date ("I moved to Lisbon …
    Here are 6 things …" / three summary points / "Rachel Okafor" / "Mar 12,
    2024"), not the body, when two or more full sentences stand above the date (a
    dump's one-line title over its date is no deck). A live blog's entry times
    come under its header date.
    """
    if "dateline" in page.labels[:i]:
        return None
    j = i
    while j + 1 < len(page.text) and _in_header_block(page, j, j + 1) and j - i <= HEADER_BLOCK_MAX_LINES:
        j += 1
        if page.labels[j] == "dateline":
            sentences = sum(page.labels[k] in (None, "standfirst") and _is_sentence_like(page.text[k])
                            for k in range(i, j))
            return j if sentences >= 2 and metadata.find_date(page.text[j]) is not None else None
        if page.labels[j] not in (None, "byline") or _n_words(page.text[j]) > STANDFIRST_MAX_WORDS:
            return None
    return None


def _in_header_block(page: _Page, i: int, j: int) -> bool:
    """True when line ``j`` continues the header block of line ``i`` right above it: no
    blank line between, or ``j`` a "By …" byline (set off from the deck by a blank line)."""
    return page.adjacent(i, j) or bool(metadata.byline_name(page.text[j]))


def _same_run(page: _Page, i: int, j: int) -> bool:
    """True when lines ``i`` and ``j`` are at most BODY_RUN_WINDOW lines apart with no menu between."""
    low, high = sorted((i, j))
    return high - low <= BODY_RUN_WINDOW and not any(page.reasons[k].startswith("menu") for k in range(low, high))


def _is_lone_sentence(page: _Page, i: int) -> bool:
    """True when no other full sentence (unlabelled or body) is in the same run as line ``i``."""
    near = range(max(i - BODY_RUN_WINDOW, 0), min(i + BODY_RUN_WINDOW + 1, len(page.text)))
    return not any(j != i and page.labels[j] in (None, "body") and _is_sentence_like(page.text[j])
                   and _same_run(page, i, j) for j in near)


def _is_headline(text: str) -> bool:
    n = _n_words(text)
    return (TITLE_MIN_WORDS <= n <= TITLE_MAX_WORDS and not text.rstrip(_CLOSERS).endswith(".")
            and not _BULLET.match(text))


def _uses_blank_lines(page: _Page) -> bool:
    """True when paragraphs are separated by blank lines (so adjacency means 'same block')."""
    return sum(page.blank_after) >= BLANK_LAYOUT_SHARE * max(len(page.text) - 1, 1)


def _is_phrased(page: _Page, i: int) -> bool:
    """True when a phrase rule of ``boilerplate.txt`` labelled line ``i`` (see step 1)."""
    return page.reasons[i].endswith("(boilerplate.txt)")


def _has_words(text: str) -> bool:
    """True when ``text`` holds a word of letters: a ticker ('VARUNA.NS') or a figure
    ('-2.14%') next to a photo credit is page furniture, not caption text."""
    return any(_WORD_TOKEN.fullmatch(token) for token in text.split())


#: Reason of a line taken as a picture caption for its shape alone (see step 7c).
_LONE_DESCRIPTION = "one unpunctuated descriptive sentence (reads as a picture caption)"
#: Reason of a short unpunctuated line kept as body for want of a better label (see step 7b).
_SHORT_UNSURE = "short line without punctuation (kept: unsure)"
#: Reason of an unbulleted item of a list that a body line ending in a colon announces.
_LIST_ITEM = "item of the list announced by the body line above ('… include:')"
#: Reason of the lines of a statement set over three lines (a name, its predicate and the quote): parts of
#: one sentence, no line of which repeats another on its own.
_SPLIT_STATEMENT = "a statement set over three lines: a name, its predicate and the quote"
