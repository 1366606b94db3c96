"""Steps of :mod:`analysis.clean` on page furniture and the article's body.

Known phrases, dates and URLs, bulleted lists and menus (step 1), relative
dates, the end of the article (step 5), captions (step 6), labels from a
line's shape and numbered heads (step 7) and duplicates (step 8); links,
sign-up boxes and notes to the reader are in :mod:`analysis.clean_furniture`.
Internal to :mod:`analysis.clean`.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from . import metadata
from .segment import sentence_spans
from .clean_phrases import (
    _ANY_QUOTE_MARK, _APPENDED_CAPTION, _BRACKETED, _CITED_DATE, _EMAIL_CREDIT, _EMAIL_ONLY, _FOLLOW_BUTTON,
    _KEY_POINTS_LABEL, _LINK_LABEL, _NAMED_SIGN_OFF, _NUMBERED_HEAD, _PLACE_LINE, _POST_HANDLE, _POST_PICTURE_LINK,
    _QUOTE_CREDIT, _QUOTED_LINE, _SIGN_OFF, _SLASHED_CREDIT, _SOURCE_LINE, _STAMP_LABEL, _SPEAKER_TURN, Rules,
    reader_cues,
)
from .clean_features import (
    _BULLET, _CLOSERS, CAPTION_MIN_WORDS, CAPTION_NEIGHBOUR_MAX_WORDS, CREDIT_ONLY_MAX_WORDS, _LIST_ITEM,
    _LONE_DESCRIPTION,
    MENU_MAX_WORDS, MENU_MIN_RUN, QUESTION_SUBHEADING_MAX_WORDS, _SHORT_UNSURE, SHOUTED_MIN_LETTERS, _SMALL_WORDS,
    _SPLIT_STATEMENT,
    STANDFIRST_MAX_WORDS, SUBHEADING_MAX_WORDS, _block, _byline_authors, _ends_sentence, _first_sentence,
    _has_words, _indent, _is_entry_stamp, _is_lone_sentence, _is_phrased, _is_sentence_like, _is_table_row,
    _is_title_case, _n_words, _Page, _uses_blank_lines, _usual_indent,
)


#: rapidfuzz ratio (0–100, on lower-cased words) at or above which a later body
#: line nearly repeats an earlier one: re-worded repeats in dataset dumps score
#: 80–95, distinct paragraphs of one article below 60. Lines under
#: CONTAINED_MIN_WORDS words repeat only in full: short items of one list
#: ("19th Street", "21st Street") differ by a word or a number.
NEAR_DUPLICATE_RATIO = 80
#: partial ratio above which a shorter later line is contained in an earlier one;
#: only for lines of CONTAINED_MIN_WORDS or more, as short phrases ("he said.")
#: occur inside many paragraphs by chance.
CONTAINED_RATIO, CONTAINED_MIN_WORDS = 95, 6
#: A block of its own (blank lines around it) of at most this many short lines with a
#: credit among them is a figure in any layout: a chart's title, subtitle, source, credit.
FIGURE_MAX_LINES = 4
#: A "©" credit with this many full paragraphs right under its block credits a picture in
#: mid-article ('© Kyodo'); it does not end the article as the site's copyright notice does.
PARAGRAPHS_UNDER_CREDIT = 2
#: Unlabelled lines (a deck and a byline) that may stand between the headline and its date line.
HEADER_MAX_FREE_LINES = 3
#: A copyright credit naming a picture's owner: no year, no "All rights reserved".
_COPYRIGHT_CREDIT = re.compile(
    r"^(?:©|\(c\)|copyright\b)\s*(?!.*\b(?:rights|reserved|copyright)\b)[A-Z][^\d©]{1,60}$", re.I)


#: Reason of a line in capitals after the headline (see :func:`_shape_label`).
_SHOUTED = "line in capitals after the headline (promotional link or name label)"


def _mark_known(page: _Page, rules: Rules) -> None:
    """Step 1: phrase rules, URLs, dates (with a stamp's word alone over one: :func:`_mark_split_stamps`),
    picture credits and indented list items (bulleted lists: :func:`_mark_bullet_lists`)."""
    body_indent = _usual_indent(page)
    for i, text in enumerate(page.text):
        if metadata.is_home_address(text):
            page.set(i, "boilerplate", "the site's home address (no path: not the article's address)")
        elif metadata.is_url_line(text):
            page.set(i, "url", "the line is a web address")
        elif metadata.is_date_line(text):
            page.set(i, "dateline", "the line is a date")
        elif _SIGN_OFF.match(text):
            page.set(i, "byline", "sign-off: editors' initials and agencies ('ab/wmr (AP, Reuters)') or a release's "
                                  "'SOURCE <Company>'")
        elif (sign_off := _NAMED_SIGN_OFF.match(text)) and metadata.names_in_line(sign_off["name"]):
            page.set(i, "byline", "a reporter's sign-off: a dash and the name ('-ABC News' Jane Doe')")
        elif _PLACE_LINE.match(text) and not rules.matches("boilerplate", text):  # not "Share this -"
            page.set(i, "dateline", "place line of a dateline ('KYIV, Ukraine (CNN) —')")
        elif rules.matches("end", text) and _is_copyright_credit(page, i):
            page.set(i, "caption", "a copyright credit under a picture: its caption above it or paragraphs under it ('© Jane Doe')")
        elif rules.matches("end", text):
            page.set(i, "boilerplate", "end-of-article marker (boilerplate.txt)")
            page.end = i if page.end is None else page.end
        elif rules.matches("boilerplate", text):
            page.set(i, "boilerplate", "known boilerplate phrase (boilerplate.txt)")
        elif rules.matches("caption", text) or rules.matches("agency", text):
            page.set(i, "caption", "caption or photo-credit phrase (boilerplate.txt)")
        elif (bracketed := _BRACKETED.match(text)) and metadata.names_in_line(bracketed["inner"]):
            page.set(i, "caption", "a name alone in brackets (a photo credit: '(Jane Doe)')")
        elif (slashed := _SLASHED_CREDIT.match(text)) and metadata.is_name_line(slashed["name"]):
            page.set(i, "caption", "a photo credit: the photographer and agencies split by slashes")
        elif _BULLET.match(text):
            continue  # see _mark_bullet_lists
        elif _indent(page.raw[i]) > body_indent:
            page.set(i, "boilerplate", "indented list item (page furniture)")
    _mark_split_stamps(page)


def _mark_split_stamps(page: _Page) -> None:
    """A time stamp's word alone right over a date line ('Published' / '14 March 2024')
    is one stamp with it: a ``dateline``."""
    for i in range(len(page.text) - 1):
        if (page.free(i) and _STAMP_LABEL.match(page.text[i]) and page.adjacent(i, i + 1)
                and page.labels[i + 1] == "dateline"):
            page.set(i, "dateline", "a time stamp's word over its date ('Published' / '14 March 2024')")


def _is_copyright_credit(page: _Page, i: int) -> bool:
    """True when line ``i`` is a picture's copyright credit in mid-article, not the
    site's copyright notice: a "©" (or "Copyright") and a name of up to
    CREDIT_ONLY_MAX_WORDS words with no year and no "All rights reserved" ('© Kyodo',
    '(c) Jane Doe'), with full paragraphs under it (the first two lines of the next block)
    or closing a block of two lines under a caption-shaped line (see
    :func:`_is_caption_shaped`)."""
    text = page.text[i]
    if not _COPYRIGHT_CREDIT.match(text) or _n_words(text) > CREDIT_ONLY_MAX_WORDS:
        return False
    if _block(page, i) == range(i - 1, i + 1) and _is_caption_shaped(page.text[i - 1]):
        return True  # a block of its own: the caption over its credit
    below = _block(page, i).stop
    paragraphs = range(below, below + PARAGRAPHS_UNDER_CREDIT)
    return paragraphs.stop <= len(page.text) and all(_is_sentence_like(page.text[j]) for j in paragraphs)


def _is_caption_shaped(text: str) -> bool:
    """True when ``text`` reads as a picture's caption: one sentence of CAPTION_MIN_WORDS
    to CAPTION_NEIGHBOUR_MAX_WORDS words with no closing punctuation."""
    return (CAPTION_MIN_WORDS <= _n_words(text) <= CAPTION_NEIGHBOUR_MAX_WORDS and not _ends_sentence(text)
            and len(sentence_spans(text)) == 1)


def _bullet_runs(page: _Page) -> list[list[int]]:
    """The page's bulleted lists: runs of adjacent lines starting with a bullet."""
    runs: list[list[int]] = []
    for i, text in enumerate(page.text):
        if not _BULLET.match(text):
            continue
        if runs and runs[-1][-1] == i - 1 and page.adjacent(i - 1, i):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _announces_list(page: _Page, head: int) -> bool:
    """True when line ``head``, right over a bulleted list, announces it: a short
    unlabelled (or subheading) line ending in a colon ("Key points:"), no link label."""
    if head < 0 or not page.adjacent(head, head + 1):
        return False
    text = page.text[head]
    return (page.labels[head] in (None, "subheading") and text.endswith(":")
            and _n_words(text) <= QUESTION_SUBHEADING_MAX_WORDS and not _LINK_LABEL.match(text))


def _mark_bullet_lists(page: _Page) -> None:
    """Step 1a: bulleted lists are page furniture (menus, related links) unless they
    are article text.

    An item of CAPTION_MIN_WORDS or more words in a list announced by a short line
    ending in a colon ("Key points:", then its subheading) is ``body``; so is a
    full sentence of eight or more words (left unlabelled here) and, in a list
    holding one, every other item ending in a full stop ('• Standard vouchers were
    gone within four minutes.'); a short unpunctuated line over a list of full
    sentences ("Key takeaways") is its subheading. Items that phrase rules
    labelled keep their label.
    """
    body_indent = _usual_indent(page)
    for run in _bullet_runs(page):
        if _is_dashed_head(page, run):
            page.set(run[0], "subheading", "a short line led by a dash between two paragraphs (a crosshead, no list)")
            continue
        head = run[0] - 1
        for i in (i for i in run if page.free(i)):
            text = page.text[i]
            if _n_words(text) >= CAPTION_MIN_WORDS and _announces_list(page, head):
                page.set(head, "subheading", "announces a list of points")
                page.set(i, "body", f"item of the list under {page.text[head]!r}")
            elif not (_is_sentence_like(text) and _n_words(text) >= 8):
                page.set(i, "boilerplate", "bulleted list item (menu or related links)")
            elif _indent(page.raw[i]) > body_indent:
                page.set(i, "boilerplate", "indented list item (page furniture)")
        if not any(page.free(i) for i in run):
            continue
        _mark_list_heading(page, run)
        for i in run:
            if (page.reasons[i].startswith("bulleted list item") and _ends_sentence(page.text[i])
                    and _n_words(page.text[i]) > MENU_MAX_WORDS):
                page.set(i, "body", "point in a bulleted list of full sentences")


def _is_dashed_head(page: _Page, run: list[int]) -> bool:
    """True when the bulleted run ``run`` is one short unpunctuated line (up to
    SUBHEADING_MAX_WORDS words) between two full sentences, or under a caption (an
    embedded post's credit) and over a full sentence ('- Ministry condemns attack'):
    a crosshead an agency's house style sets off by a dash, not a list."""
    i = run[0]
    return (len(run) == 1 and 0 < i < len(page.text) - 1 and page.free(i) and not _ends_sentence(page.text[i])
            and _n_words(page.text[i]) <= SUBHEADING_MAX_WORDS
            and (page.labels[i - 1] == "caption" or page.free(i - 1) and _is_sentence_like(page.text[i - 1]))
            and page.free(i + 1) and _is_sentence_like(page.text[i + 1]))


def _mark_list_heading(page: _Page, run: list[int]) -> None:
    """A short unpunctuated line right over a bulleted list of two or more full
    sentences ("Key takeaways") heads it: a ``subheading``."""
    head = run[0] - 1
    text = page.text[head] if head >= 0 else ""
    if (len(run) >= 2 and page.free(head) and page.adjacent(head, run[0]) and not _ends_sentence(text)
            and _n_words(text) <= QUESTION_SUBHEADING_MAX_WORDS and not _LINK_LABEL.match(text)
            and all(page.free(i) and _is_sentence_like(page.text[i]) for i in run)):
        page.set(head, "subheading", "heads a bulleted list of full sentences")


def _mark_menus(page: _Page) -> None:
    """Step 1b: runs of adjacent very short unpunctuated lines are menus."""
    # one-word items may end in a full stop ("U.S."); header lines (dates, "By Jane Doe") are no menu
    # items, nor is a line running on into the next after a comma ("Jane Doe," over "Staff Writer"),
    # an author of the "By …" line signing off a live blog's entry over its share buttons
    # a row of a table ("Tallinn<tab>1.2%") or an author's name and role ("Jane Doe" / "Senior Reporter")
    authors = _byline_authors(page)
    short = [_n_words(t) <= MENU_MAX_WORDS and (not _ends_sentence(t) or _n_words(t) == 1) and not t.endswith(",")
             and page.labels[i] not in ("dateline", "url") and not metadata.byline_name(t)
             and not set(metadata.names_in_line(t) or [None]) <= authors
             and not metadata.is_relative_date_line(t) and not _is_followed_name(page, i)
             and not _is_table_row(page, i) and not _is_named_role(page, i)
             for i, t in enumerate(page.text)]
    adjacent = [page.adjacent(i, i + 1) for i in range(len(page.text) - 1)] + [False]
    run: list[int] = []
    for i in range(len(page.text)):
        if short[i]:
            run.append(i)
        if not short[i] or not adjacent[i]:
            if len(run) >= MENU_MIN_RUN and not _announces_items(page, run[0] - 1):
                for j in run:
                    if page.labels[j] in (None, "caption"):
                        page.set(j, "boilerplate", f"menu: {len(run)} adjacent short lines")
            run = []


def _announces_items(page: _Page, head: int) -> bool:
    """True when line ``head``, right over a run of short lines, announces them as the
    items of a list: an unlabelled line of CAPTION_MIN_WORDS or more words ending in a
    colon that does not speak to the reader ('The crossings in the plan include:', not
    'Share this article on social media:')."""
    return (head >= 0 and page.adjacent(head, head + 1) and page.free(head) and page.text[head].endswith(":")
            and _n_words(page.text[head]) >= CAPTION_MIN_WORDS and not reader_cues(page.text[head]))


def _is_named_role(page: _Page, i: int) -> bool:
    """True when line ``i`` is a name with a role line right under it ('Jane Doe' / 'Senior
    Reporter'), or that role line: a byline or an author card, not menu items."""
    return any(0 <= top and top + 1 < len(page.text) and page.adjacent(top, top + 1)
               and metadata.is_name_line(page.text[top]) and metadata.is_role_line(page.text[top + 1])
               for top in (i, i - 1))


def _is_followed_name(page: _Page, i: int) -> bool:
    """True when line ``i`` is a name with a 'Follow' button under it (separator lines
    such as '·' between): the author's byline in a blog's header, not a menu item."""
    j = i + 1
    while j < len(page.text) and page.adjacent(j - 1, j) and not _has_words(page.text[j]):
        j += 1
    return (j < len(page.text) and page.adjacent(j - 1, j) and bool(_FOLLOW_BUTTON.match(page.text[j]))
            and bool(metadata.names_in_line(page.text[i])))


def _mark_relative_dates(page: _Page) -> None:
    """'2 hours ago' is the page's date above the article, a teaser's date below it
    (but a live blog's entry time over the entry's head and text: see
    :func:`_is_relative_entry_stamp`); a line opening with one ('3h ago Rail
    services suspended') is a time-stamped list item (key events, related stories)."""
    start = _first_sentence(page)
    for i, text in enumerate(page.text):
        if not page.free(i):
            continue
        if metadata.is_relative_date_line(text):
            if i < start:
                page.set(i, "dateline", "relative date above the article")
            elif _is_relative_entry_stamp(page, i, start):
                page.set(i, "dateline", "a live blog's entry time ('2h ago'), over the entry's head and text")
            else:
                page.set(i, "boilerplate", "relative date of a related story")
        elif metadata.starts_with_relative_date(text) and not _ends_sentence(text):
            page.set(i, "boilerplate", "time-stamped list item ('3h ago …': key event or related story)")


def _is_relative_entry_stamp(page: _Page, i: int, start: int) -> bool:
    """True when the relative date on line ``i`` ('2h ago') times a live blog's entry:
    right over a short unpunctuated head and a full sentence (no blank line between),
    on a page with at least two date lines past the body's start ``start`` (the other
    entries' times)."""
    head, text = i + 1, i + 2
    return (text < len(page.text) and page.adjacent(i, head) and page.adjacent(head, text) and page.free(head)
            and not _ends_sentence(page.text[head]) and _n_words(page.text[head]) <= SUBHEADING_MAX_WORDS
            and _is_sentence_like(page.text[text])
            and sum(label == "dateline" for label in page.labels[start:]) >= 2)


def _mark_end(page: _Page) -> None:
    """Step 5: after an end-of-article marker that follows some body text, all is furniture."""
    markers = [i for i, r in enumerate(page.reasons) if r.startswith("end-of-article")]
    first_body = _first_sentence(page)
    markers = [i for i in markers if i > first_body]
    if not markers:
        page.end = None
        return
    page.end = markers[0]
    # a page's only date may sit in the footer ("Date 03.03.2022"): keep it
    keep = {"byline", "url", "boilerplate"}
    keep |= {"dateline"} if "dateline" not in page.labels[:page.end] else set()
    for i in range(page.end + 1, len(page.text)):
        if page.labels[i] == "title" and i != page.title:
            page.set(i, "boilerplate", "repeat of the headline past the end-of-article marker (a link to the article)")
        elif page.labels[i] not in keep and i != page.title:
            page.set(i, "boilerplate", "after the end-of-article marker")


def _mark_caption_blocks(page: _Page) -> None:
    """Step 6a: the line a caption label announces, and short lines in the same
    block as a credit line (in blank-line layout, or in a block of at most
    FIGURE_MAX_LINES lines: a chart's title, subtitle, source and credit), are
    caption text; so is a chart's "Source: …" line there (a phrase rule's
    furniture elsewhere).

    Not next to an embedded post's credit ("— Jane Doe (@janedoe) March 3, 2022"):
    the post's text is a quoted statement, kept as article text.
    """
    blank_layout = _uses_blank_lines(page)
    for i in [i for i, lab in enumerate(page.labels) if lab == "caption"]:
        if _POST_HANDLE.search(page.text[i]):
            continue  # an embedded post's credit: the post's text is a quoted statement, kept as article text
        nxt = i + 1
        if (_n_words(page.text[i]) <= 3 and page.text[i].rstrip().endswith((",", ":")) and nxt < len(page.text)
                and page.adjacent(i, nxt) and page.free(nxt)
                and _n_words(page.text[nxt]) <= STANDFIRST_MAX_WORDS):
            page.set(nxt, "caption", "text of the caption announced on the line above")
        if not blank_layout or _block(page, i) == range(i - 1, i + 1):
            _mark_line_over_credit(page, i)
        figure = len(_block(page, i)) <= FIGURE_MAX_LINES  # a block of its own: a chart's title, notes, credit
        for step in (-1, 1) if blank_layout or figure else ():
            j = i + step
            while 0 <= j < len(page.text) and page.adjacent(min(j, j - step), max(j, j - step)):
                if _SOURCE_LINE.match(page.text[j]) and page.labels[j] == "boilerplate":
                    page.set(j, "caption", "a chart's source line, in the same block as its credit")
                elif (not page.free(j) or _n_words(page.text[j]) > CAPTION_NEIGHBOUR_MAX_WORDS
                        or not _has_words(page.text[j])):
                    break
                else:
                    page.set(j, "caption", "short line in the same block as a photo credit")
                j += step


def _mark_header_picture(page: _Page) -> None:
    """Step 2c: the first unlabelled block under the headline's date line (with at most a
    deck and a byline, HEADER_MAX_FREE_LINES unlabelled lines, between the two), when it is two
    lines — one sentence ending in a full stop over a bare name of up to three words
    ('The district court in Perm.' / 'Jane Doe') — is the lead picture's caption and
    its credit, not a deck and a byline: the byline sits by the date, not under it."""
    if page.title is None:
        return
    date = next((i for i in range(page.title + 1, len(page.text)) if page.labels[i] == "dateline"), None)
    if date is None or sum(page.free(i) for i in range(page.title + 1, date)) > HEADER_MAX_FREE_LINES:
        return
    top = next((i for i in range(date + 1, len(page.text)) if page.free(i)), None)
    if top is None or _block(page, top) != range(top, top + 2):
        return
    caption, credit = page.text[top], page.text[top + 1]
    if (caption.endswith(".") and len(sentence_spans(caption)) == 1
            and _n_words(caption) <= CAPTION_NEIGHBOUR_MAX_WORDS and page.free(top + 1)
            and _n_words(credit) <= 3 and metadata.names_in_line(credit) and not metadata.byline_name(credit)):
        page.set(top, "caption", "caption of the lead picture, over its credit under the date line")
        page.set(top + 1, "caption", "credit of the lead picture: a name under its caption, under the date line")


def _mark_line_over_credit(page: _Page, i: int) -> None:
    """Dense layout: a short line right above a credit-only line ("(AP)", "Credit...Jane Doe")
    is its caption; up to STANDFIRST_MAX_WORDS (two or three sentences) when the two
    lines are a block of their own (blank lines above and below), in any layout."""
    above = i - 1
    if above < 0:
        return
    alone = _block(page, i) == range(above, i + 1)
    if (_n_words(page.text[i]) <= CREDIT_ONLY_MAX_WORDS and not page.text[i].endswith((",", ":"))
            and page.free(above) and page.adjacent(above, i)
            and _n_words(page.text[above]) <= (STANDFIRST_MAX_WORDS if alone else CAPTION_NEIGHBOUR_MAX_WORDS)):
        page.set(above, "caption", "line right above a photo credit")


def _continues_announced_list(page: _Page, i: int) -> bool:
    """True when line ``i`` sits right under (no blank line between) a body line ending
    in a colon ('Key features of the plant include:') or under an item of its list; a
    full paragraph under the colon ('Jane Doe said:' / her statement) is the list's
    only item: the lines under it are not."""
    above = i - 1
    return (above >= 0 and page.adjacent(above, i) and page.labels[above] == "body"
            and (page.clean[above].endswith(":")
                 or page.reasons[above] == _LIST_ITEM and not _is_sentence_like(page.clean[above])))


def _shape_label(page: _Page, i: int) -> tuple[str, str]:
    """Step 6b/7: label an unlabelled line by its shape and the line after it."""
    text = page.clean[i]
    n = _n_words(text)
    if page.title is not None and i < page.title:
        if _is_sentence_like(text) and not _is_lone_sentence(page, i):
            return "body", "full sentence above the headline (kept: unsure)"
        return "boilerplate", "above the headline (page header)"
    if text.isupper() and sum(c.isalpha() for c in text) >= SHOUTED_MIN_LETTERS and not _ends_sentence(text):
        return "boilerplate", _SHOUTED
    if _is_table_row(page, i):
        return "body", "row of a table in the article (cells split by tabs)"
    if _continues_announced_list(page, i):
        return "body", _LIST_ITEM
    # a subheading opens a later section: body text above it, and body text right under it
    nxt = i + 1 if i + 1 < len(page.text) and page.labels[i + 1] in (None, "body") else None
    followed = nxt is not None and _is_sentence_like(page.text[nxt]) and "body" in page.labels[:i]
    if (text.rstrip(_CLOSERS).endswith("?") and n <= QUESTION_SUBHEADING_MAX_WORDS and followed
            and (not _ANY_QUOTE_MARK.search(text) or _QUOTED_LINE.match(text)) and not _SPEAKER_TURN.match(text)):
        return "subheading", "short question introducing body text (no quotation marks, or wholly quoted)"
    if text.endswith(":") and n <= SUBHEADING_MAX_WORDS and _is_entry_stamp(page, i + 1):
        return "boilerplate", "lead-in over a live blog's entries ('Here's the latest:')"
    if _ends_sentence(text):
        return "body", "sentence-final punctuation"
    if n <= SUBHEADING_MAX_WORDS and followed and (_is_title_case(text) or n <= 6):
        return "subheading", "short unpunctuated line introducing body text"
    if n <= SUBHEADING_MAX_WORDS and followed and _QUOTED_LINE.match(text):
        return "subheading", "short quoted line without closing punctuation introducing body text (a quoted head)"
    if n <= SUBHEADING_MAX_WORDS and _under_entry_stamp(page, i) and _entry_text_below(page, i):
        return "subheading", "head of a live blog's entry: under its time stamp, over its text"
    if _KEY_POINTS_LABEL.match(text) and nxt is not None and _is_sentence_like(page.text[nxt]):
        return "subheading", "heads a box of key points over the article ('What to know')"
    if _EMAIL_ONLY.match(text) and i > 0 and page.adjacent(i - 1, i) and page.labels[i - 1] == "body":
        return "byline", "the reporter's e-mail address right under a paragraph (a sign-off)"
    if n < 4:
        return "boilerplate", "short fragment without punctuation"
    if n < CAPTION_MIN_WORDS:
        return "body", _SHORT_UNSURE
    if text.split()[-1] in _SMALL_WORDS:
        return "body", "paragraph cut off mid-sentence (ends in 'and', 'the', …: a paywall or truncated page)"
    if len(sentence_spans(text)) == 1:
        return "caption", _LONE_DESCRIPTION
    return "body", "several sentences without a closing full stop (kept: unsure)"


def _under_entry_stamp(page: _Page, i: int) -> bool:
    """True when line ``i`` sits right under (no blank line between) a date line past
    the first body text, or a time with no day to read ('10:55 pm'): a live blog's entry
    time ('Feb 22, 9:40 PM EST') over the entry's head (the first entry's too)."""
    return i > 0 and page.adjacent(i - 1, i) and page.labels[i - 1] == "dateline" and (
        "body" in page.labels[:i - 1] or _is_entry_stamp(page, i - 1))


def _entry_text_below(page: _Page, i: int) -> bool:
    """True when a sentence of text follows line ``i``, right under it or under the entry's
    "By …" line right under it (a live blog's entry head, its byline, its text)."""
    below = i + 1 + (i + 1 < len(page.text) and page.labels[i + 1] == "byline" and page.adjacent(i, i + 1))
    return (below < len(page.text) and page.adjacent(below - 1, below) and page.labels[below] in (None, "body")
            and _is_sentence_like(page.text[below]))


def _mark_phrased_entry_heads(page: _Page) -> None:
    """Step 7e: a live blog's entry head that a phrase rule took for furniture ('Watch:
    Drone footage shows …'): a short unpunctuated line right under an entry's time
    stamp (see :func:`_under_entry_stamp`) and over its text or video caption."""
    for i in range(len(page.text) - 1):
        text = page.text[i]
        if (_is_phrased(page, i) and _under_entry_stamp(page, i)
                and _n_words(text) <= SUBHEADING_MAX_WORDS and not _ends_sentence(text)
                and page.adjacent(i, i + 1) and page.labels[i + 1] in ("body", "caption")):
            page.set(i, "subheading", "head of a live blog's entry (under its time stamp), though a phrase rule "
                                      "reads it as furniture")


def _is_citation(text: str) -> bool:
    """True when ``text`` cites a source, its parts split by commas and closed by a date
    ('Email exchange with Jane Doe, spokesperson, March 6, 2024', '…, accessed March 8, 2024')."""
    cited = _CITED_DATE.search(text)
    return bool(cited) and metadata.find_date(cited["date"]) is not None and metadata.is_date_line(cited["date"])


def _mark_source_lists(page: _Page) -> None:
    """Step 7a: a list of the sources a story cites ('Our Sources' over lines of a source
    and its date): two or more adjacent lines of CAPTION_MIN_WORDS or more words, each a
    citation (see :func:`_is_citation`) labelled by its shape alone, under some body text,
    are ``body``, and a short unpunctuated line right over them heads them (``subheading``)."""
    for block in {_block(page, i) for i, label in enumerate(page.labels) if label in ("body", "caption")}:
        run = [i for i in block if page.labels[i] in ("body", "caption") and not page.reasons[i].endswith(".txt)")
               and _n_words(page.text[i]) >= CAPTION_MIN_WORDS and _is_citation(page.text[i])]
        if len(run) < 2 or run != list(range(run[0], run[-1] + 1)) or "body" not in page.labels[:block.start]:
            continue
        for i in run:
            page.set(i, "body", "a source the story cites: its name and date ('…, March 6, 2024')")
        head = run[0] - 1
        if (head in block and not _ends_sentence(page.text[head])
                and _n_words(page.text[head]) <= QUESTION_SUBHEADING_MAX_WORDS):
            page.set(head, "subheading", "heads the list of the sources the story cites")


def _mark_numbered_heads(page: _Page) -> None:
    """Step 7e: a listicle's numbered heads ('1. Nobody eats dinner before 8 p.m.'):
    short numbered body lines right over an unnumbered body line, when the page
    numbers at least two of them in sequence (1, 2 …), are subheadings."""
    heads = {}
    for i in range(len(page.text) - 1):
        match = _NUMBERED_HEAD.match(page.clean[i])
        if (match and page.labels[i] in ("body", "caption", "subheading")
                and _n_words(page.clean[i]) <= SUBHEADING_MAX_WORDS
                and page.labels[i + 1] == "body" and not _NUMBERED_HEAD.match(page.clean[i + 1])):
            heads[i] = int(match["number"])
    numbers = set(heads.values())
    for i, number in heads.items():
        if (number + 1 in numbers or number - 1 in numbers) and page.labels[i] != "subheading":
            page.set(i, "subheading", f"numbered head of a listicle ({number}.)")


def _mark_credited_captions(page: _Page, names: list[str]) -> None:
    """Step 6c: a short line of a sentence or two ending in an author's name after a
    full stop ('Pastéis de nata from a bakery in Belém. Rachel Okafor') is a caption
    with the photographer's credit glued on; a line of a name and an e-mail address
    naming no author ('Jane Doe jdoe@example.com') is a photographer's credit."""
    people = {p for n in names for p in n.split(" and ")}
    for i, text in enumerate(page.text):
        if not page.free(i) or _n_words(text) > CAPTION_NEIGHBOUR_MAX_WORDS:
            continue
        if any(text.endswith(f". {person}") for person in people):
            page.set(i, "caption", "caption ending in the credit of an author named on the page")
        elif _is_email_credit(text, people):
            page.set(i, "caption", "a photographer's name and e-mail address (a photo credit)")


def _is_email_credit(text: str, authors: set[str]) -> bool:
    """True when ``text`` is a person's name and an e-mail address ('Jane Doe
    jdoe@example.com') and the person is none of the page's ``authors``."""
    credit = _EMAIL_CREDIT.match(text)
    named = metadata.names_in_line(credit["name"]) if credit else None
    return bool(named) and not authors & set(named)


def _cut_appended_caption(page: _Page, i: int) -> str:
    """Cut an 'Above: …' caption or an embedded post's picture link ('pic.twitter.com/…')
    glued to the end of a paragraph; return a note ('' if none)."""
    for pattern in (_APPENDED_CAPTION, _POST_PICTURE_LINK):
        match = pattern.search(page.text[i])
        if match and match.start() > 0:
            page.clean[i] = page.text[i][: match.start()].rstrip()
            return f"; appended caption removed: {match.group().strip()!r}"
    return ""


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _repeats(current: str, words: set[str], earlier: str, earlier_words: set[str]) -> str | None:
    """How ``current`` repeats ``earlier`` ('ratio NN' / 'contained in it'), or None.

    Cheap length and shared-word bounds rule most pairs out before the fuzzy scores.
    """
    shorter, longer = sorted((len(current), len(earlier)))
    if 2 * shorter / max(shorter + longer, 1) * 100 >= NEAR_DUPLICATE_RATIO:
        ratio = fuzz.ratio(current, earlier, score_cutoff=NEAR_DUPLICATE_RATIO)
        if ratio == 100 or ratio and len(words) >= CONTAINED_MIN_WORDS:
            return f"ratio {ratio:.0f}"
    if (len(current) <= len(earlier) and len(words) >= CONTAINED_MIN_WORDS
            and len(words & earlier_words) >= 0.8 * len(words)
            and fuzz.partial_ratio(current, earlier, score_cutoff=CONTAINED_RATIO)):
        return "contained in it"
    return None


def _quoted_parts(text: str) -> list[str]:
    """The sentences, normalised, of a line of CONTAINED_MIN_WORDS or more words wholly in
    quotation marks (a pull quote); [] for any other line."""
    if not _QUOTED_LINE.match(text) or _n_words(text) < CONTAINED_MIN_WORDS:
        return []
    return [_normal(text[start:stop]) for start, stop in sentence_spans(text)]


def _quotes_in_parts(parts: list[str], earlier: str) -> str | None:
    """'quoted in it' when every sentence ``parts`` of a pull quote is in the line ``earlier``,
    the quote split there by its attribution ('“We lost.” she says. “The rest is water.”')."""
    if len(parts) < 2 or not all(fuzz.partial_ratio(part, earlier, score_cutoff=CONTAINED_RATIO) for part in parts):
        return None
    return "quoted in it, split by its attribution"


def _mark_duplicates(page: _Page) -> None:
    """Step 8: body lines that repeat, nearly repeat or are contained in an earlier body
    line (not a part of a statement set over lines); and pull quotes: a line taken as a
    caption for its shape alone that repeats a body line, or an earlier body line without
    closing punctuation contained in a later, longer one (display text set before the
    paragraph it quotes)."""
    seen: list[tuple[int, str, set[str]]] = []
    for i, label in enumerate(page.labels):
        display = page.reasons[i] == _LONE_DESCRIPTION
        if label != "body" and not display or page.reasons[i] == _SPLIT_STATEMENT:
            continue  # a line of a statement set over lines is a part of one sentence
        current = _normal(page.clean[i])
        words = set(current.split())
        parts = _quoted_parts(page.clean[i]) if label == "body" else []
        repeated = next(((j, how) for j, earlier, earlier_words in seen
                         if page.labels[j] == "body" and (how := _repeats(current, words, earlier, earlier_words)
                                                          or _quotes_in_parts(parts, earlier))),
                        None)
        if repeated:
            page.set(i, "duplicate", f"repeats line {page.line_no[repeated[0]]} ({repeated[1]})")
            continue
        if label == "body":
            quotes = [k for k, (j, earlier, earlier_words) in enumerate(seen) if not _ends_sentence(page.clean[j])
                      and _repeats(earlier, earlier_words, current, words) == "contained in it"]
            for k in reversed(quotes):
                j = seen.pop(k)[0]
                page.set(j, "duplicate", f"pull quote: line {page.line_no[i]} repeats it in full")
        seen.append((i, current, words))
    _mark_pull_quote_credits(page)


def _mark_pull_quote_credits(page: _Page) -> None:
    """The attribution right under a pull quote ('— Jane Doe, resident': a dash and a short
    line with a name; or a name and a role in capitals, 'JANE DOE, RESIDENT', as print sets
    it) belongs to it: a ``duplicate`` (the paragraph names the speaker)."""
    for i in range(1, len(page.text)):
        text = page.text[i]
        shaped = page.labels[i] in ("body", "subheading") or page.reasons[i] == _SHOUTED
        if (page.labels[i - 1] == "duplicate" and page.adjacent(i - 1, i) and shaped
                and (_QUOTE_CREDIT.match(text) or _is_shouted_credit(text)) and _n_words(text) <= SUBHEADING_MAX_WORDS):
            page.set(i, "duplicate", f"attribution of the pull quote on line {page.line_no[i - 1]}")


def _is_shouted_credit(text: str) -> bool:
    """True for a name and a role after a comma, in capitals ('JANE DOE, RESIDENT')."""
    name = text.split(",")[0]
    return text.isupper() and "," in text and metadata.is_name_line(name.title())
