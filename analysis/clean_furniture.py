"""Steps of :mod:`analysis.clean` on furniture set among the article's lines.

Related-story links and lists (a label over headlines, dates and teasers; a
label and a headline on one line), sign-up boxes and media players (step 1),
short lines and stray sentences among furniture, lines speaking to the reader
or for the site (step 7b, 7d) and lists of caption-shaped links (step 7c).
Internal to :mod:`analysis.clean`.
"""

from __future__ import annotations

from . import metadata
from .clean_phrases import (
    _ADDRESSES_READER, _CLOSING_LINK, _INLINE_LINK, _LINK_LABEL, _PLAYER_TIME, _RUNNING_TIME, _SALUTATION,
    _SIGNUP_CONTROL, reader_cues,
)
from .segment import sentence_spans
from .clean_features import (
    ARTICLE_LABELS, CAPTION_NEIGHBOUR_MAX_WORDS, LINK_MAX_WORDS, _LONE_DESCRIPTION, READER_NOTE_MIN_CUES,
    _SHORT_UNSURE, SIGNUP_BOX_MAX_LINES, SIGNUP_PROMPT_MAX_WORDS, SUBHEADING_MAX_WORDS, _block, _ends_sentence,
    _is_headline, _is_link_text, _is_lone_sentence, _is_phrased, _is_sentence_like, _is_title_case, _n_words, _Page,
    _uses_blank_lines,
)


def _is_over_credit(page: _Page, i: int) -> bool:
    """True when the next line, with no blank line between, is a caption or photo credit."""
    return i + 1 < len(page.text) and page.adjacent(i, i + 1) and page.labels[i + 1] == "caption"


def _mark_linked_headlines(page: _Page) -> None:
    """Step 1c: headlines right under a 'Related article' / 'Read more' label are its links.

    The list runs over the adjacent lines (no blank line between) that are
    headline-shaped and not yet labelled; headlines ending in a full stop too
    when in title case or, in blank-line layout, where the list is one block
    ("I spent $4,000 in Japan. Here's where it went."). An item may carry its
    date and, under the date, a teaser sentence. A label and a headline on one
    line ("READ: …", "Read more: …") is a link as well.
    """
    blank_layout = _uses_blank_lines(page)
    for i in range(len(page.text)):
        if page.free(i) and _is_inline_link(page.text[i]):
            page.set(i, "boilerplate", "related-story link: a link label, a colon and a headline")
        if _is_closing_link(page.text[i]):
            _mark_closed_link(page, i)
            continue
        if not _LINK_LABEL.match(page.text[i]):
            continue
        if page.free(i):
            page.set(i, "boilerplate", "related-story label")
        j = i + 1
        while j < len(page.text) and page.adjacent(j - 1, j) and _continues_link_list(page, j, i, blank_layout):
            page.set(j, "boilerplate", "item of a related-story list: its headline, date or teaser")
            j += 1


def _is_closing_link(text: str) -> bool:
    """True for a link label pointing on with an arrow ('Read More »', 'Related →')."""
    closing = _CLOSING_LINK.match(text)
    return bool(closing) and bool(_LINK_LABEL.match(closing["label"]))


def _mark_closed_link(page: _Page, label: int) -> None:
    """A link label pointing on with an arrow ('Read More »') closes its link: it and the
    headline-shaped line right above it (no blank line between) are furniture."""
    if page.free(label):
        page.set(label, "boilerplate", "related-story label closing its link ('Read More »')")
    head = label - 1
    if (head >= 0 and page.adjacent(head, label) and page.free(head) and _is_link_text(page.text[head])
            and _n_words(page.text[head]) <= LINK_MAX_WORDS):
        page.set(head, "boilerplate", f"headline of a related-story link over {page.text[label]!r}")


def _continues_link_list(page: _Page, j: int, label: int, blank_layout: bool) -> bool:
    """True when line ``j``, under the related-story label on line ``label`` or an item
    of its list, is an item's headline, its date (under the headline) or its teaser
    sentence (under the date), or an item's text right over its date (a channel's
    later post: 'Power is back in most homes.' / '12 Mar, 17:10'); an item's headline
    that a phrase rule took ('Ukraine war latest: …') runs the list on."""
    text = page.text[j]
    if page.labels[j] == "dateline" or page.free(j) and metadata.is_short_date_line(text):
        return j > label + 1
    if _is_phrased(page, j) and page.labels[j] == "boilerplate":
        return _is_link_text(text)
    if not page.free(j) or _is_over_credit(page, j):
        return False
    short = _n_words(text) <= LINK_MAX_WORDS
    below = page.text[j + 1] if j + 1 < len(page.text) and page.adjacent(j, j + 1) else ""
    dated_below = metadata.is_date_line(below) or metadata.is_short_date_line(below)
    return _is_link_text(text) or short and (blank_layout or _is_title_case(text) or dated_below
                                             or j > label + 1 and metadata.is_date_line(page.text[j - 1]))


def _is_inline_link(text: str) -> bool:
    """True for a related-story link on one line: a link label ('READ', 'Read more',
    'Related'), a colon and a headline ('READ: [EXPLAINER] What happens next?'); or a
    label of two words or more and a capitalised headline with no colon between
    ('Read more Subscribers only Why the tram is late')."""
    match = _INLINE_LINK.match(text)
    if match and match["bare"]:  # no colon: the headline must read as one ('Read more Why the …')
        return _is_link_text(match["head"]) and _n_words(match["head"]) <= LINK_MAX_WORDS
    return bool(match) and bool(_LINK_LABEL.match(match["label"])) and _n_words(match["link"]) <= LINK_MAX_WORDS


def _mark_signup_prompts(page: _Page) -> None:
    """Step 1d: the prompt of a sign-up box, over its field or button ("Email address",
    "Subscribe", "Register now"), no blank line between.

    In blank-line layout, a line addressing the reader right over the control; on
    any page, a block of up to SIGNUP_BOX_MAX_LINES lines over the control (a blank
    line or furniture above it) whose first line addresses the reader ("The Middle
    East in your inbox" / "Start the day with our briefing. Sign up for free.").
    """
    blank_layout = _uses_blank_lines(page)
    for control in range(1, len(page.text)):
        if not (_SIGNUP_CONTROL.match(page.text[control]) and page.adjacent(control - 1, control)):
            continue
        top = control - 1
        while top > 0 and page.adjacent(top - 1, top) and page.free(top - 1) and control - top < SIGNUP_BOX_MAX_LINES:
            top -= 1
        whole = top == 0 or not page.adjacent(top - 1, top) or not page.free(top - 1)
        boxes = [range(top, control)] * whole + [range(control - 1, control)] * blank_layout
        box = next((box for box in boxes if _is_signup_prompt(page, box)), range(0))
        for i in box:
            page.set(i, "boilerplate", f"sign-up prompt over {page.text[control]!r}")
        if box:
            _mark_signup_control(page, control)


def _mark_signup_control(page: _Page, control: int) -> None:
    """The field or button ``control`` of a sign-up box ('Sign Me Up') and its fine print
    right under it, a line speaking to the reader ('You may occasionally receive
    promotional content from …'), are furniture."""
    if page.free(control):
        page.set(control, "boilerplate", "field or button of a sign-up box")
    below = control + 1
    if (below < len(page.text) and page.adjacent(control, below) and page.free(below)
            and _n_words(page.text[below]) <= SIGNUP_PROMPT_MAX_WORDS and reader_cues(page.text[below])):
        page.set(below, "boilerplate", f"fine print of the sign-up box under {page.text[control]!r}")


def _is_signup_prompt(page: _Page, box: range) -> bool:
    """True when the unlabelled lines ``box``, none too long, open on a line addressing the
    reader, or right under a heading that does and that a phrase rule took for furniture
    ('Sign up for The Post' / 'Free local news every Thursday. No spam.'), or open on the
    box's own heading, a short line ending in no punctuation, over one that does ('News
    Alerts' / 'Stay on top of the headlines with daily email updates.')."""
    headed = len(box) > 1 and _is_box_heading(page.text[box[0]])
    openers = [box[0], *(box[1:2] if headed else ()), *_signup_heading(page, box)]
    return (all(page.free(i) and _n_words(page.text[i]) <= SIGNUP_PROMPT_MAX_WORDS for i in box)
            and any(_ADDRESSES_READER.search(page.text[i]) or reader_cues(page.text[i]) for i in openers))


def _is_box_heading(text: str) -> bool:
    """True for a box's heading: a short line (up to SUBHEADING_MAX_WORDS words) ending in no punctuation."""
    return _n_words(text) <= SUBHEADING_MAX_WORDS and not _ends_sentence(text) and not text.endswith((",", ":"))


def _signup_heading(page: _Page, box: range) -> list[int]:
    """The heading of a sign-up box over its unlabelled lines ``box``, if any: the line of
    furniture right above them (no blank line between) while the box holds at most
    SIGNUP_BOX_MAX_LINES lines with it."""
    above = box[0] - 1
    return [above] if (above >= 0 and page.adjacent(above, box[0]) and page.labels[above] == "boilerplate"
                       and len(box) < SIGNUP_BOX_MAX_LINES) else []


def _mark_media_players(page: _Page) -> None:
    """Step 1e: an audio or video player at rest shows its clock at zero on a line of its
    own ('00:00', '0:00 / 03:41'); the lines of its block (no blank line between) up to
    SIGNUP_BOX_MAX_LINES away that are no full sentences ('Only have a minute? Listen
    instead', '04:12', 'Powered by Trinity Audio') are its controls and labels."""
    for i in (i for i, text in enumerate(page.text) if _PLAYER_TIME.match(text)):
        if page.free(i):
            page.set(i, "boilerplate", "a media player's clock")
        for step in (-1, 1):
            j = i + step
            while (0 <= j < len(page.text) and abs(j - i) <= SIGNUP_BOX_MAX_LINES
                   and page.adjacent(min(j, j - step), max(j, j - step))
                   and page.labels[j] in (None, "boilerplate") and not _is_sentence_like(page.text[j])):
                if page.free(j):
                    page.set(j, "boilerplate", f"control or label of the media player at {page.text[i]!r}")
                j += step


def _mark_video_captions(page: _Page) -> None:
    """Step 1e: a video's running time on a line of its own ('01:12', '▶️ 0:47') is
    furniture when the single sentence right above it (no blank line between, up to
    CAPTION_NEIGHBOUR_MAX_WORDS words) is the video's caption, or when a play icon
    leads it, or furniture (a content warning) or a line ending in no punctuation (the
    video's title, a 'Play' button) sits right above it."""
    for i in range(1, len(page.text)):
        above = i - 1
        if not (_RUNNING_TIME.match(page.text[i]) and page.free(i) and page.adjacent(above, i)):
            continue
        text = page.text[above]
        if (page.free(above) and _ends_sentence(text) and _n_words(text) <= CAPTION_NEIGHBOUR_MAX_WORDS
                and len(sentence_spans(text)) == 1):
            page.set(above, "caption", f"description of the video running {page.text[i]!r} under it")
            page.set(i, "boilerplate", "a video's running time")
        elif page.labels[above] == "boilerplate" or not page.text[i][0].isdigit() or not _ends_sentence(text):
            page.set(i, "boilerplate", "a video's running time, under furniture, a title or a button, or led by "
                                       "a play icon")


def _mark_site_notes_on_top(page: _Page) -> None:
    """Step 1f: a sentence above the page's first headline-shaped line that speaks for
    the site with READER_NOTE_MIN_CUES or more kinds of cue ('The Post is a nonprofit
    newsroom. Sign up to get our stories by e-mail.') is a site note, not the body's start."""
    for i in range(len(page.text)):
        if page.free(i) and _is_headline(page.text[i]):
            return
        if page.free(i) and _ends_sentence(page.text[i]) and len(reader_cues(page.text[i])) >= READER_NOTE_MIN_CUES:
            page.set(i, "boilerplate", "note speaking for the site above the headline")


def _among_furniture(page: _Page, i: int) -> bool:
    """True when the lines on both sides of line ``i`` are furniture, or its block (the
    lines with no blank line between) holds other lines, all of them furniture or short
    lines kept as body for want of a better label (a promo's points), some furniture."""
    if 0 < i < len(page.text) - 1 and page.labels[i - 1] == page.labels[i + 1] == "boilerplate":
        return True
    others = [j for j in _block(page, i) if j != i]
    furniture = [j for j in others if page.labels[j] == "boilerplate"]
    return bool(furniture) and all(j in furniture or page.reasons[j] == _SHORT_UNSURE for j in others)


def _mark_unsure_between_furniture(page: _Page) -> None:
    """Step 7b: a short unpunctuated line kept as body only for want of a better label
    ('Show only the key updates') is furniture when the lines on both sides of it are,
    or the other lines of its block ('+ additional share options added' under share
    buttons); so is a lone full sentence with no article text above it between two
    lines of furniture (a stray notice: see :func:`analysis.clean_features._body_start`)."""
    first_text = next((i for i, label in enumerate(page.labels) if label in ARTICLE_LABELS), None)
    for i in range(1, len(page.text) - 1):
        stray = i == first_text and page.labels[i] == "body" and _is_lone_sentence(page, i)
        if ((page.reasons[i] == _SHORT_UNSURE and _among_furniture(page, i))
                or (stray and page.labels[i - 1] == page.labels[i + 1] == "boilerplate")):
            page.set(i, "boilerplate", "short line or stray sentence among page furniture")


def _mark_reader_notes(page: _Page) -> None:
    """Step 7d: lines speaking to the reader or for the site (see
    :func:`analysis.clean_phrases.reader_cues`) where no article text is around them.

    Past the article's last paragraph, body lines with two or more kinds of cue
    ('Kia ora, our journalism is free … please support us', 'We pay for your
    stories! … Email us') are furniture, counted back from the page's end until a
    body line with fewer, and so is a subheading over them ('Support HuffPost'). A
    body line with any cue between two lines of furniture ('How does this make
    you feel?'), or in a block of furniture, is furniture too, and so is a line
    taken for a subheading or caption by its shape there ('Watch the EFL on Sky
    Sports' over a subscription offer) or, anywhere, with two kinds ('Join our
    WhatsApp community HERE'). So are the lines of a call-out to readers (see
    :func:`_in_call_out`). A quoted speaker's "you" or an essay's last
    paragraph addressing the reader carries one cue and stays.
    """
    for i in reversed(range(len(page.text))):
        heads_furniture = page.labels[i] == "subheading" and page.labels[i + 1:i + 2] == ["boilerplate"]
        if (page.labels[i] in ARTICLE_LABELS and len(reader_cues(page.clean[i])) < READER_NOTE_MIN_CUES
                and not heads_furniture):
            break
        if page.labels[i] in ARTICLE_LABELS:
            page.set(i, "boilerplate", "speaks to the reader or for the site, past the article's last paragraph")
    for i in range(len(page.text)):
        shaped = page.labels[i] == "subheading" or page.reasons[i] == _LONE_DESCRIPTION
        cues = len(reader_cues(page.clean[i])) if shaped or page.labels[i] == "body" else 0
        if (shaped and cues >= READER_NOTE_MIN_CUES) or (cues and (_among_furniture(page, i) or _in_widget(page, i))):
            page.set(i, "boilerplate", "speaks to the reader or for the site, among furniture or as a promo line")
    for i in range(len(page.text)):
        if _in_call_out(page, i):
            page.set(i, "boilerplate", "speaks to the reader and for the site in a block over a button (a call-out)")
        elif page.labels[i] != "boilerplate" and _in_letter_to_readers(page, i):
            page.set(i, "boilerplate", "letter from the site: a block opening on 'Dear readers,' over its buttons")


def _in_widget(page: _Page, i: int) -> bool:
    """True when line ``i`` stands in a block of furniture and short lines speaking to the
    reader or about the page, a survey's or feedback widget's buttons ('Is this page
    useful?' / 'Yes this page is useful' / 'Report a problem with this page')."""
    block = _block(page, i)
    return any(page.labels[j] == "boilerplate" for j in block) and all(
        page.labels[j] == "boilerplate" or _n_words(page.text[j]) <= SUBHEADING_MAX_WORDS
        and not _ends_sentence(page.text[j]) and reader_cues(page.clean[j]) for j in block)


def _speaks_for_site(page: _Page, i: int) -> bool:
    """True when article-text line ``i`` carries READER_NOTE_MIN_CUES or more kinds of reader cue."""
    return page.labels[i] in ARTICLE_LABELS and len(reader_cues(page.clean[i])) >= READER_NOTE_MIN_CUES


def _in_call_out(page: _Page, i: int) -> bool:
    """True when line ``i`` belongs to a call-out to readers: a block (no blank line
    between) of lines that each speak to the reader or for the site with two kinds of
    cue, over furniture ('Do you work at the plant? We want to hear from you.' / 'We
    are investigating …, and we need your help.' / 'Share Your Story')."""
    block = _block(page, i)
    furniture = [j for j in block if page.labels[j] == "boilerplate"]
    return (_speaks_for_site(page, i) and bool(furniture) and furniture[-1] == block[-1]
            and all(page.labels[j] == "boilerplate" or _speaks_for_site(page, j) for j in block))


def _in_letter_to_readers(page: _Page, i: int) -> bool:
    """True when line ``i`` belongs to a letter from the site, an appeal: a block (no blank
    line between) with a salutation to the readers among its first two lines ('A message
    from The Post:' / 'Dear readers,') and a button at its foot ('Remind me later')."""
    block = _block(page, i)
    return (len(block) > 2 and any(_SALUTATION.match(page.text[j]) for j in block[:2])
            and page.labels[block[-1]] == "boilerplate")


def _last_paragraph(page: _Page) -> int:
    """Index of the article's last paragraph: its last body line that is a full sentence (-1 if none)."""
    return max((i for i, label in enumerate(page.labels) if label == "body" and _is_sentence_like(page.clean[i])),
               default=-1)


def _mark_trailing_links(page: _Page) -> None:
    """Step 7c: past the article's last line of text, a line taken as a caption for its
    shape alone with a date right above or under it (no blank line between: '2 hours
    ago', 'March 15, 2024') is a teaser's linked headline, and a date line under it the
    teaser's date when the page shows a date higher up."""
    last = max((i for i, label in enumerate(page.labels) if label in ARTICLE_LABELS), default=len(page.text))
    for i in range(last + 1, len(page.text)):
        dated = [j for j in (i - 1, i + 1) if 0 <= j < len(page.text) and page.adjacent(min(i, j), max(i, j))
                 and (metadata.is_date_line(page.text[j]) or metadata.is_relative_date_line(page.text[j]))]
        if page.reasons[i] != _LONE_DESCRIPTION or not dated:
            continue
        page.set(i, "boilerplate", "linked headline of a teaser past the article's last paragraph (dated)")
        below = i + 1
        if below in dated and page.labels[below] == "dateline" and "dateline" in page.labels[:i]:
            page.set(below, "boilerplate", "date of a teaser past the article's last paragraph")


def _mark_fragment_lists(page: _Page) -> None:
    """Step 7c: lines taken as captions for their shape alone, two or more in one block,
    none opening on a capital and one on a lower-case letter ('12 stations to become
    step-free' / 'works to begin in summer 2024'), are the items of a list whose
    bullets the scraper lost (``body``): captions and headlines open on a capital."""
    shaped = [i for i in range(len(page.text)) if page.reasons[i] == _LONE_DESCRIPTION]
    for i in shaped:
        run = [j for j in _block(page, i) if j in shaped]
        firsts = [page.text[j][0] for j in run]
        if len(run) >= 2 and not any(c.isupper() for c in firsts) and any(c.islower() for c in firsts):
            page.set(i, "body", "item of a list without bullets (fragments not opening on a capital)")


def _mark_headline_lists(page: _Page) -> None:
    """Step 7c: lines taken as captions for their shape alone that stand in one block
    with another such line (blank-line layout, or any layout past the article's last
    paragraph: a promo's lines) or with a menu item (any layout: a footer's address over
    its links) are links or furniture, not captions: a picture has one caption. So are
    such lines and copies of the headline set each over or under a bare time, another
    such line past the time (a news feed: '10:41' / headline / '10:18' / headline)."""
    blank_layout = _uses_blank_lines(page)
    last = _last_paragraph(page)
    shaped = [page.reasons[i] == _LONE_DESCRIPTION for i in range(len(page.text))]
    items = [shaped[i] or page.labels[i] == "duplicate" for i in range(len(page.text))]
    for i in (i for i in range(len(page.text)) if shaped[i]):
        in_list = any(0 <= j < len(page.text) and page.adjacent(min(i, j), max(i, j))
                      and (shaped[j] and (blank_layout or i > last) or page.reasons[j].startswith("menu"))
                      for j in (i - 1, i + 1))
        if in_list:
            page.set(i, "boilerplate", "list of links (an unpunctuated line in one block with another or a menu)")
        for item in _timed_items(page, i, items):
            page.set(item, "boilerplate", "item of a news feed (headlines between bare times)")


def _timed_items(page: _Page, i: int, items: list[bool]) -> list[int]:
    """Line ``i``, taken as a caption for its shape, and the line two lines away past a
    bare time right over or under it ('10:18'), when ``items`` marks that line as one such
    too or a copy of the headline: two items of a news feed. Empty when there is none."""
    for step in (-1, 1):
        time, other = i + step, i + 2 * step
        if (0 <= other < len(page.text)
                and all(page.adjacent(min(a, b), max(a, b)) for a, b in ((i, time), (time, other)))
                and _RUNNING_TIME.match(page.text[time])
                and items[other]):
            return [i, other]
    return []
