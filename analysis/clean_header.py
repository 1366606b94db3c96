"""Steps of :mod:`analysis.clean` on the page's header and its people.

The headline and a browser-tab title (step 2), provider and logo lines,
bylines, their role lines, author bios and author cards, reader comments
(step 3) and the standfirst (step 4). Internal to :mod:`analysis.clean`.
"""

from __future__ import annotations

import re
from collections import Counter

from . import metadata
from .clean_phrases import (
    _ANY_QUOTE_MARK, _BANNER, _BIO, _COMMENTER, _CREDIT_LINE, _HANDLE, _OWN_SITE_SUFFIX, _PREDICATE_LINE, _PROVIDED_BY,
    _QUOTED_LINE, _REPORTING_FROM, _SITE_PREFIX, _SITE_SUFFIX, _SUMMARY_LABEL, _VERSION_TAG, reader_cues,
)
from .clean_features import (
    AUTHOR_BIO_MAX_WORDS, CAPTION_MIN_WORDS, DECK_MAX_LINES, DUMP_TITLE_MAX_WORDS, HEADER_WINDOW,
    HEADLINE_USUAL_MIN_WORDS, MENU_MAX_WORDS, SITE_NAME_MAX_WORDS, STANDFIRST_LONG_MAX_WORDS, STANDFIRST_MAX_WORDS,
    SUBHEADING_MAX_WORDS, TITLE_MAX_WORDS, TITLE_MIN_WORDS, _SPLIT_STATEMENT, _body_start, _by_names, _byline_authors,
    _ends_sentence, _first_sentence, _header_close, _in_header_block, _is_headline, _is_phrased, _is_sentence_like,
    _is_title_case, _n_words, _Page, _signs_entry, _uses_blank_lines,
)


#: Reason of a paragraph describing the author (see :func:`_mark_bios`).
_AUTHOR_BIO = "author bio"
#: The word opening a byline ("By", "Words by"), cut to compare the byline with a copy without it.
_BY_PREFIX = re.compile(r"^(?:(?:words|written|reported|story|article) )?by\s*:?\s+", re.I)
#: What a "By …" line names when it names no person or role: the news agencies or the staff.
_NO_PERSON_BYLINES = {"agencies", "news agencies", "wires", "staff", "staff reporter"}


def _slug_words(url: str | None) -> set[str]:
    """Words of a URL's path ('/news/ukraine-zelenskyy-delivers-speech-20220303')."""
    if not url:
        return set()
    path = re.sub(r"^[a-z]+://[^/]+", "", url.lower())
    return {w for w in re.findall(r"[a-z]{3,}", path) if w not in ("html", "htm", "php", "news", "article", "articles")}


def _title_score(page: _Page, i: int, keys: list[str], slug: set[str], repeated: set[str]) -> int:
    """How headline-like candidate ``i`` is: repeated on the page (+3), sharing most
    words with the URL (+2), a browser-tab title naming the site that the page shows
    on a line of its own (+2: see :func:`_is_own_tab_title`), followed within
    HEADER_WINDOW lines (share buttons and other furniture not counted, up to twice as
    many lines in all) by a date or byline (+1); a ticker banner ("Weather Alert: …",
    -1) loses to any other candidate."""
    score = 3 * (keys[i] in repeated) - bool(_BANNER.match(page.text[i])) + 2 * _is_own_tab_title(page, i, keys)
    words = set(re.findall(r"[a-z]{3,}", keys[i]))
    if slug and words and len(words & slug) >= 0.5 * min(len(words), len(slug)):
        score += 2
    span = slice(i + 1, i + 1 + 2 * HEADER_WINDOW)  # furniture is skipped, but only so far
    below = [t for t, lab in zip(page.text[span], page.labels[span]) if lab != "boilerplate"][:HEADER_WINDOW]
    if any(metadata.is_date_line(t) or metadata.is_relative_date_line(t) or metadata.byline_name(t)
           or metadata.names_in_line(t) for t in below):
        score += 1
    return score


def _is_own_tab_title(page: _Page, i: int, keys: list[str]) -> bool:
    """True when line ``i`` is a browser-tab title and the page's only copy of its
    headline: '<headline> | <Site>', the site's name (up to SITE_NAME_MAX_WORDS words)
    also a line of its own (the masthead or footer), the headline alone on no line."""
    own = _OWN_SITE_SUFFIX.match(page.text[i])
    return (bool(own) and own["sep"] == "|" and _n_words(own["site"]) <= SITE_NAME_MAX_WORDS
            and own["site"].casefold() in keys and own["head"].casefold() not in keys)


def _dump_title(page: _Page) -> list[int]:
    """A dump's first line when a date or URL line follows it (its title, however long)."""
    first = next((i for i in range(len(page.text)) if page.free(i)), None)
    if (first is None or first + 1 >= len(page.text) or _n_words(page.text[first]) > DUMP_TITLE_MAX_WORDS
            or metadata.byline_name(page.text[first])):  # a "By …" line is never the headline
        return []
    return [first] if page.labels[first + 1] in ("dateline", "url") else []


def _block_title(page: _Page, stop: int) -> list[int]:
    """The first line of headline length in the header block over the page's first date
    line above the body (see :func:`_header_close`), however it ends ('I moved to
    Lisbon 5 years ago. Here are 6 things that still surprise me.')."""
    close = next((i for i in range(stop) if page.labels[i] == "dateline"), None)
    top = close
    while (top is not None and top > 0 and _in_header_block(page, top - 1, top)
           and page.labels[top - 1] in (None, "boilerplate")):
        top -= 1
    first = next((i for i in range(top or 0, close or 0) if page.free(i)
                  and TITLE_MIN_WORDS <= _n_words(page.text[i]) <= TITLE_MAX_WORDS), None)
    return [] if first is None or _header_close(page, first) != close else [first]


def _phrase_title(page: _Page) -> list[int]:
    """The headline a phrase rule took for furniture or a caption ('Photos: …', '… live
    updates: …'): a headline-shaped line right over the page's first "By …" line, or
    over a deck right over it (at most DECK_MAX_LINES lines between, unlabelled or
    taken by a phrase rule too: a live blog's deck repeating its name)."""
    by = next((i for i, text in enumerate(page.text) if metadata.byline_name(text)), None)
    if by is None:
        return []
    for i in range(by - 1, max(by - 2 - DECK_MAX_LINES, -1), -1):
        if (_is_phrased(page, i) and _is_headline(page.text[i])
                and all(page.free(j) or _is_phrased(page, j) for j in range(i + 1, by))):
            return [i]
    return []


def _release_blog_name(page: _Page) -> None:
    """A live blog's name opening its headline ('<Topic> live updates: …'), which a phrase
    rule took for a link's label, and repeated at the start of full sentences (the deck,
    the first paragraph) marks them as the blog's own text, not links: they are left
    for the later steps."""
    head = page.text[page.title]
    if ": " not in head:
        return
    name = head[:head.index(": ") + 1]
    for i, text in enumerate(page.text):
        if i != page.title and _is_phrased(page, i) and text.startswith(name) and _is_sentence_like(text):
            page.unset(i)


def _mark_issuers(page: _Page) -> None:
    """Step 1g: the label over a release's issuer ('News provided by', 'From:') is
    furniture, and the issuer right under it ('Department of Transport and Jane Doe
    MP') a ``byline``: neither is the headline."""
    for i, text in enumerate(page.text[:-1]):
        if page.free(i) and _PROVIDED_BY.match(text):
            page.set(i, "boilerplate", "label over the issuer of a press release ('News provided by', 'From:')")
            if page.adjacent(i, i + 1) and page.free(i + 1):
                page.set(i + 1, "byline", f"issuer named under {text!r}")


def _mark_split_statements(page: _Page) -> None:
    """Step 1h: a statement set over three lines, a name, its predicate opening in lower
    case and ending in a colon, and the quoted words ('Jane Doe' / 'stated on March 4,
    2024 in a video:' / '“Our roads are the worst in the state.”': a fact-check's claim
    card) is one sentence of the article (``body``): the name is no byline, the
    predicate no headline."""
    for i in range(len(page.text) - 2):
        lines = range(i, i + 3)
        if (all(page.free(j) for j in lines) and page.adjacent(i, i + 1) and page.adjacent(i + 1, i + 2)
                and metadata.is_name_line(page.text[i]) and _PREDICATE_LINE.match(page.text[i + 1])
                and _ANY_QUOTE_MARK.match(page.text[i + 2])):
            for j in lines:
                page.set(j, "body", _SPLIT_STATEMENT)


def _mark_title(page: _Page, url: str | None = None) -> None:
    """Step 2: the most headline-like line before the body; on ties a line of
    HEADLINE_USUAL_MIN_WORDS or more words, then the earliest. The title's text
    drops a wire story's version tag ("(LEAD) …", "UPDATE 2-…")."""
    stop = _body_start(page)
    candidates = [i for i in range(stop) if page.free(i) and _is_headline(page.text[i])
                  and not metadata.byline_name(page.text[i])] or _dump_title(page) or _block_title(page, stop) \
        or _phrase_title(page)
    if not candidates:
        return
    keys = [t.casefold() for t in page.text]
    slug = _slug_words(url or next((t for t, lab in zip(page.text, page.labels) if lab == "url"), None))
    repeated = {k for k, n in Counter(keys).items() if n > 1}
    scores = [_title_score(page, i, keys, slug, repeated) for i in candidates]
    usual = [_n_words(page.text[i]) >= HEADLINE_USUAL_MIN_WORDS for i in candidates]
    page.title = candidates[max(range(len(candidates)), key=lambda k: (scores[k], usual[k], -k))]
    if _is_phrased(page, page.title):
        _release_blog_name(page)
    for i, key in enumerate(keys):
        if key == keys[page.title] and page.labels[i] in (None, "caption", "boilerplate"):
            page.set(i, *_headline_copy(page, i, stop))
    _mark_tab_title(page)
    _join_quote_over_title(page)
    for i in (i for i, label in enumerate(page.labels) if label == "title"):
        page.clean[i] = _VERSION_TAG.sub("", page.clean[i])  # a wire's "(LEAD) …" is no part of the headline


def _join_quote_over_title(page: _Page) -> None:
    """A headline set in two parts, a quotation over the descriptive title, one line each
    ("'We will not leave'" / "Villagers refuse to move as the reservoir rises"): a line wholly
    in quotation marks right over a line of headline shape opening in a capital, one of them the
    headline, are both ``title``; the first holds the whole headline's text, the second none."""
    i = page.title
    pair = next(((top, top + 1) for top in (i, i - 1) if 0 <= top < len(page.text) - 1
                 and page.adjacent(top, top + 1) and _QUOTED_LINE.match(page.text[top])
                 and _is_headline(page.text[top]) and _is_headline(page.text[top + 1])
                 and page.text[top + 1][:1].isupper() and not _QUOTED_LINE.match(page.text[top + 1])
                 and (page.free(top) or top == i) and (page.free(top + 1) or top + 1 == i)), None)
    if pair is None:
        return
    top, bottom = pair
    page.set(top if top != i else bottom, "title", "a part of the headline: a quotation over the title")
    page.clean[top] = f"{page.text[top]} {page.text[bottom]}"
    page.clean[bottom] = ""


def _mark_header_dates(page: _Page) -> None:
    """A plain date line above the headline, set among the site's furniture ("Saturday, May 17,
    2025" over the menu, a print view's "Printed on: …" under the page's address), is the day the
    site prints in its header, not the article's, when a date line follows the headline:
    boilerplate."""
    if page.title is None or "dateline" not in page.labels[page.title + 1:]:
        return
    for i in range(page.title):
        text = page.text[i]
        furniture = [j for j in (i - 1, i + 1) if 0 <= j < len(page.text) and page.adjacent(min(i, j), max(i, j))
                     and page.labels[j] in ("boilerplate", "url")]
        if (page.labels[i] == "dateline" and furniture and metadata.find_date(text) is not None
                and metadata.stamp_rank(text) == 1):
            page.set(i, "boilerplate", "a date in the site's header, above the headline (today's date)")


def _headline_copy(page: _Page, i: int, stop: int) -> tuple[str, str]:
    """Label and reason of line ``i`` holding the headline's text: the headline, a repeat
    of it (``title``), or, past the start of the body ``stop``, a second page's header
    (an article saved page after page) repeating it (``duplicate``)."""
    if i == page.title:
        return "title", "the headline"
    if i > stop:
        return "duplicate", "repeat of the headline below the start of the body (a later page's header)"
    return "title", "repeat of the headline"


def _mark_tab_title(page: _Page) -> None:
    """A browser-tab title ('<headline> - The Site') is the page's title, its text the
    headline without the site's name.

    Above the headline, it is the ``title`` and the headline under it a
    ``duplicate``. When the tab title is the only headline on the page, the site's
    name is cut when a pipe sets it off ('… | Euronews') or it names an outlet of
    the registry.
    """
    if _mark_site_prefix(page):
        return
    head = page.text[page.title]
    own = _OWN_SITE_SUFFIX.match(head)
    if (own and _n_words(own["site"]) <= SITE_NAME_MAX_WORDS
            and (own["sep"] == "|" or metadata.outlet_for_name(own["site"]) is not None)):
        page.clean[page.title] = own["head"]
        page.reasons[page.title] = "the headline, in a browser-tab title with the site's name"
        return
    for j in range(page.title):
        text = page.text[j]
        site = _SITE_SUFFIX.match(text[len(head):]) if text[:len(head)].casefold() == head.casefold() else None
        if site and _n_words(site.group(1)) <= SITE_NAME_MAX_WORDS and page.labels[j] in (None, "boilerplate"):
            page.set(j, "title", "browser-tab title: the headline and the site's name")
            page.clean[j] = text[:len(head)]
            page.set(page.title, "duplicate", f"the headline, repeating the tab title on line {page.line_no[j]}")
            return


def _mark_site_prefix(page: _Page) -> bool:
    """A browser-tab title with the site's name before the headline ('The Site | <headline>'),
    the site's name also a line of its own (the masthead): its text is the headline, and
    the first later line of the headline alone is the page's headline (where the header
    ends) and a ``duplicate``. True when the title is one."""
    tab = page.title
    prefix = _SITE_PREFIX.match(page.text[tab])
    keys = {t.casefold() for t in page.text}
    if not prefix or _n_words(prefix["site"]) > SITE_NAME_MAX_WORDS or prefix["site"].casefold() not in keys:
        return False
    page.clean[tab] = prefix["head"]
    page.reasons[tab] = "the headline, in a browser-tab title with the site's name before it"
    head = next((j for j in range(tab + 1, len(page.text))
                 if page.text[j].casefold() == prefix["head"].casefold() and page.labels[j] in (None, "body")), None)
    if head is not None:
        page.title = head
        page.set(head, "duplicate", f"the headline, repeating the tab title on line {page.line_no[tab]}")
    return True


def _mark_provider_lines(page: _Page) -> None:
    """Step 2b: a bare agency or outlet name touching the headline is no photo credit:
    right above it, starting its block, it is a logo (``boilerplate``); right under
    it, with a date or byline next, it names the provider (``byline``: 'Reuters')."""
    if page.title is None:
        return
    t = page.title

    def bare_credit(i: int) -> bool:
        return 0 <= i < len(page.text) and page.labels[i] == "caption" and _n_words(page.text[i]) <= 3

    above, below = t - 1, t + 1
    if bare_credit(above) and page.adjacent(above, t) and (above == 0 or not page.adjacent(above - 1, above)):
        page.set(above, "boilerplate", "agency or outlet name right above the headline (a logo)")
    if (bare_credit(below) and page.adjacent(t, below) and below + 1 < len(page.text)
            and page.labels[below + 1] in ("dateline", "byline")):
        page.set(below, "byline", "agency or outlet name under the headline, above its date (the provider)")


def _author_names(page: _Page) -> list[str]:
    """Names given by 'By …' lines and by bare name lines the page repeats or shows under the title.

    A role with no name under the title ("Staff Reporter") is a byline too, naming no one.
    """
    names: list[str] = []
    start = page.title + 1 if page.title is not None else 0
    # the header under the title: up to HEADER_WINDOW unlabelled lines, none past the
    # second full sentence (the first may be a deck; the second is article text)
    # (or, in a header block closed by the date line, down to that line)
    stop = _first_sentence(page, _first_sentence(page, start) + 1)
    close = _header_close(page, start)
    stop = stop if close is None else max(stop, close + 1)
    window = [i for i in range(start, stop) if page.free(i)][:HEADER_WINDOW]
    keys = [t.casefold() for t in page.text]
    # a name the page repeats outside its menus ("Axios Denver" in the menu is the site's) and
    # its article text (the subject of a statement set over lines)
    repeated = {k for k, n in Counter(k for k, lab in zip(keys, page.labels) if lab not in ("boilerplate", "body"))
                .items() if n > 1}
    # the byline repeated without its "By" (a foot byline: "By Jane Doe (Paris)" / "Jane Doe (Paris)")
    unprefixed = {_BY_PREFIX.sub("", t).casefold() for t in page.text
                  if _BY_PREFIX.match(t) and metadata.byline_name(t)}
    # ... or one of its authors alone (signing off a live blog's entry, or heading an author card)
    by_people = _byline_authors(page)
    for i, text in enumerate(page.text):
        if not page.free(i):
            continue
        found = [metadata.byline_name(text)] if metadata.byline_name(text) else None
        if found:
            page.set(i, "byline", "'By …' line")
        elif metadata.byline_organisation(text):
            page.set(i, "byline", "'By …' line naming an organisation by its initials ('By RFE RL'), no person")
        elif _CREDIT_LINE.match(text):
            page.set(i, "byline", "reporting/editing, agency or translation credit")
        elif (bare := metadata.names_in_line(text)) and (keys[i] in repeated or i in window
                                                         or set(bare) <= by_people):
            found = bare
            page.set(i, "byline", "names on their own line, repeated, under the headline or of the 'By …' line")
        elif keys[i] in unprefixed:
            page.set(i, "byline", "a 'By …' byline of the page, repeated without its 'By'")
        elif _is_by_role(text):
            page.set(i, "byline", "'By …' line naming a role or the agencies, no person ('By Staff', 'By Agencies')")
        elif metadata.is_role_line(text) and i in window:
            page.set(i, "byline", "byline naming a role, no person ('Special Correspondent'), under the headline")
        names += [n for n in found or [] if n not in names]
    _mark_byline_roles(page)
    _join_stacked_names(page)
    return names


def _join_stacked_names(page: _Page) -> None:
    """A byline stacked over lines, each author's name over a role line ('Jane Doe' /
    'Kyiv Correspondent' / 'John Roe' / 'Defence Editor'), names all its authors: the
    text of its first name line holds every name ('Jane Doe and John Roe'), as a
    hard-wrapped paragraph's first line holds the paragraph. A name right over an
    outlet ('Jane Doe' / 'BIRN Skopje') names one author."""
    for top in range(len(page.text)):
        if page.labels[top] != "byline" or (top > 0 and page.adjacent(top - 1, top)
                                            and page.labels[top - 1] == "byline"):
            continue  # not the first line of a byline block
        stop = top + 1
        while stop < len(page.text) and page.adjacent(stop - 1, stop) and page.labels[stop] == "byline":
            stop += 1
        named = [j for j in range(top, stop - 1)
                 if metadata.names_in_line(page.text[j]) and metadata.is_role_line(page.text[j + 1])]
        if len(named) >= 2:
            page.clean[named[0]] = " and ".join(name for j in named for name in metadata.names_in_line(page.text[j]))


def _is_by_role(text: str) -> bool:
    """True for a "By …" line naming a role or the news agencies, no person ('By Staff', 'By Post
    Staff', 'By Agencies', 'By wires')."""
    match = _BY_PREFIX.match(text)
    rest = text[match.end():].strip() if match else ""
    return bool(rest) and (metadata.is_role_line(rest) or rest.lower() in _NO_PERSON_BYLINES)


def _mark_byline_roles(page: _Page) -> None:
    """A short unpunctuated line right under a byline ('BBC News', 'Political editor',
    'Reporting from Kyiv, Ukraine'), or a longer one in title case (an affiliation:
    'Associate Professor of Engineering, University of Leeds'), belongs to it."""
    for i in range(1, len(page.text)):
        text = page.text[i]
        short = _n_words(text) <= MENU_MAX_WORDS or _n_words(text) <= SUBHEADING_MAX_WORDS and _is_title_case(text)
        is_role = (short and not _ends_sentence(text)) or _REPORTING_FROM.match(text)
        if page.adjacent(i - 1, i) and page.labels[i - 1] == "byline" and page.free(i) and is_role:
            page.set(i, "byline", "role or organisation under a byline")


def _mark_bios(page: _Page, names: list[str]) -> None:
    """Step 3b: paragraphs describing the author are bios (boilerplate)."""
    people = [p for n in names for p in n.split(" and ")]
    # a bio names the author in full or by surname ("Karmanau is a writer for …"); a
    # sentence opening on the author's full name is about them ("Jane Doe receives funding from …")
    starts = tuple({form.casefold() for p in people for form in (p, p.split()[-1])})
    in_full = re.compile("|".join(rf"{re.escape(p)}\s+(?-i:[a-z])" for p in people), re.I) if people else None
    for i, text in enumerate(page.text):
        if not page.free(i):
            continue
        about_author = bool(starts) and text.casefold().startswith(starts) and re.match(
            r"^[\w\s.'’-]+?\s+(is|was|has|joined|covers|writes|first)\b", text)
        if about_author or (in_full and in_full.match(text) and _ends_sentence(text)) or _BIO.match(text):
            page.set(i, "boilerplate", _AUTHOR_BIO)


def _byline_people(text: str) -> set[str]:
    """The people a byline line names ('By Jane Doe and John Roe', 'Jane Doe'), or the
    organisation it names by its initials ('By RFE RL')."""
    named = _by_names(text)
    return set(named.split(" and ")) if named else set(metadata.names_in_line(text) or [])


def _mark_author_cards(page: _Page) -> None:
    """Step 3c: past the second full sentence (the first may be a deck), a byline naming
    only authors that a byline higher up names ('Written by Jane Doe', or 'Jane Doe'
    over a bio; not a '(Reporting by …)' credit) heads an author card: it, the role
    lines right under it ('2.1K Followers', 'Writer for …') and the short bio under
    them are boilerplate. A repeated name with neither under it (over share buttons
    at the foot of a live blog's entry) signs the entry off and stays a byline, as does one right under
    an entry's head (see :func:`_signs_entry`)."""
    start = _first_sentence(page, _first_sentence(page) + 1)
    named: set[str] = set()
    for i in [i for i, label in enumerate(page.labels) if label == "byline"]:
        people = _byline_people(page.text[i])
        if (i > start and people and people <= named and not _CREDIT_LINE.match(page.text[i])
                and not _signs_entry(page, i)):
            roles = range(i + 1, next((j for j in range(i + 1, len(page.text))
                                       if not (page.adjacent(j - 1, j) and page.labels[j] == "byline")),
                                      len(page.text)))
            bio = roles.stop
            has_bio = (bio < len(page.text) and page.adjacent(bio - 1, bio)
                       and (page.free(bio) and _n_words(page.text[bio]) <= AUTHOR_BIO_MAX_WORDS
                            or page.reasons[bio] == _AUTHOR_BIO))
            card = [i, *roles, *[bio] * (has_bio and page.free(bio))] if roles or has_bio else []
            for j in card:
                page.set(j, "boilerplate", "author card: a byline repeating the author named higher up, "
                                           "its role lines and bio")
        named |= people


def _is_comment_stamp(page: _Page, i: int) -> bool:
    """True when line ``i`` dates a reader comment: a stamp with no year ("Feb 3",
    "2h ago"), or a full date when the page has shown its own date higher up."""
    text = page.text[i]
    return page.labels[i] in (None, "dateline") and (
        metadata.is_short_date_line(text)
        or (metadata.is_date_line(text) and "dateline" in page.labels[:i - 1]))


def _mark_comments(page: _Page, names: list[str]) -> None:
    """Step 3c: reader comments after the article, a name line, a reader's handle or a first
    name and an initial ("Pat R", "Piet vd Berg") with a
    date line under it ("Tom Roe" or "CanalCyclist" / "Feb 3" or "2 hours ago") and the
    comment's text under both, or the text between the name and the date ("Tom Roe" /
    "Stay strong." / "12 Mar, 12:31"), are furniture; the page's authors aside (a byline
    and date at the foot of the article). The name may close a run of short lines taken
    for a menu (the previous comment's "Reply" and like count over it)."""
    for i in range(_first_sentence(page), len(page.text) - 1):
        shaped = _HANDLE.match(page.text[i]) or _COMMENTER.match(page.text[i])
        people = metadata.names_in_line(page.text[i]) or ([page.text[i]] if shaped else None)
        unlabelled = page.free(i) or page.reasons[i].startswith("menu")
        if not (unlabelled and people and not set(people) & set(names) and page.adjacent(i, i + 1)):
            continue
        if _is_comment_stamp(page, i + 1):
            stamp, text = i + 1, i + 2
        elif (i + 2 < len(page.text) and page.free(i + 1) and page.adjacent(i + 1, i + 2)
              and _is_comment_stamp(page, i + 2)):
            text, stamp = i + 1, i + 2
        else:
            continue
        page.set(i, "boilerplate", "reader comment: the commenter's name over a date")
        page.set(stamp, "boilerplate", "reader comment: its date")
        if text < len(page.text) and page.adjacent(text - 1, text) and page.free(text):
            page.set(text, "boilerplate", "reader comment: its text, under the name")


def _mark_standfirst(page: _Page) -> None:
    """Step 4: the first line under the title, if it reads as a deck rather than body."""
    if page.title is None:
        return
    # buttons ("Get short URL": under four words, no full stop) may sit above the deck
    after = [i for i in range(page.title + 1, len(page.text))
             if page.free(i) and (_n_words(page.text[i]) >= 4 or _ends_sentence(page.text[i]))]
    if not after:
        return
    i = after[0]
    text = page.text[i]
    between = {page.labels[j] for j in range(page.title + 1, i)} - {"title", "caption", "boilerplate", None}
    if between and not between <= {"byline", "dateline"}:
        return  # a dump's "title, date, URL" header has no standfirst
    # a caption or furniture (a release's "From:" label) may stand between the deck and the byline or date
    nxt = next((j for j in range(i + 1, len(page.text)) if page.labels[j] not in ("caption", "boilerplate")), None)
    byline_next = nxt is not None and page.labels[nxt] in ("byline", "dateline")
    # a deck of several sentences (up to STANDFIRST_LONG_MAX_WORDS) when the byline or date follows it
    if not 2 <= _n_words(text) <= (STANDFIRST_LONG_MAX_WORDS if byline_next else STANDFIRST_MAX_WORDS):
        return
    # deck, then the lead picture, then the article: the picture ends the header
    # (blank-line layout only: in a dense page a caption may follow the first paragraph as well)
    pictured = (i + 1 < len(page.text) and page.labels[i + 1] == "caption" and _n_words(text) >= CAPTION_MIN_WORDS
                and _uses_blank_lines(page))
    header_next = byline_next or pictured or _header_close(page, i) is not None
    if _ends_sentence(text) and not header_next:
        return
    if _n_words(text) < CAPTION_MIN_WORDS and not header_next:
        return
    reason = "first line under the headline, followed by the byline, date or lead picture" if header_next else \
        "first line under the headline, without a closing full stop"
    page.set(i, "standfirst", reason)
    _mark_deck_points(page, i)


def _mark_deck_points(page: _Page, i: int) -> None:
    """A deck of several summary points: the unpunctuated lines right under the
    standfirst ``i`` (no blank line between) are standfirst too when a byline or
    date line follows them; in a header block closed by the date line (see
    :func:`_header_close`), full sentences too."""
    run: list[int] = []
    j = i + 1
    closed = _header_close(page, i) is not None
    while (j < len(page.text) and page.adjacent(j - 1, j) and page.free(j)
           and (closed or not _ends_sentence(page.text[j]))
           and CAPTION_MIN_WORDS <= _n_words(page.text[j]) <= STANDFIRST_MAX_WORDS):
        run.append(j)
        j += 1
    if run and j < len(page.text) and page.labels[j] in ("byline", "dateline"):
        for k in run:
            page.set(k, "standfirst", "summary point under the standfirst, above the byline or date")


def _mark_summary_box(page: _Page) -> None:
    """Step 4b: a summary box between the headline and the body, a label ('Summary',
    'In brief') over a block of points (no blank line between), gives standfirst
    points; a line of the box speaking to the reader or about the page ('This is AI
    generated summarization … refer to the full article') is its disclaimer.

    Only above the body: no unlabelled full sentence between the headline and the label.
    """
    if page.title is None:
        return
    for i in range(page.title + 1, _first_sentence(page, page.title + 1)):
        if not _SUMMARY_LABEL.match(page.text[i]):
            continue
        page.set(i, "boilerplate", "label of a summary box")
        j = i + 1
        while j < len(page.text) and page.adjacent(j - 1, j) and page.free(j):
            if reader_cues(page.text[j]):
                page.set(j, "boilerplate", f"disclaimer of the summary box under {page.text[i]!r}")
            elif CAPTION_MIN_WORDS <= _n_words(page.text[j]) <= STANDFIRST_MAX_WORDS:
                page.set(j, "standfirst", f"point of the summary box under {page.text[i]!r}")
            j += 1
        return
