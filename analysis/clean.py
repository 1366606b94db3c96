"""Label every line of a scraped news page: article text or page furniture.

:func:`label_lines` gives each non-empty line one of :data:`LABELS`. The rules
look at the *shape* of a line and its place on the page, never at a particular
site:

1. **Known furniture** — phrases in ``analysis/data/boilerplate.txt`` (adverts,
   prompts, share buttons, "Read also:", "Topics:", photo credits); lines that
   are a single web address (``url``), a date ("Published 12:08 15 Mar 2022
   GMT", a live blog's "21.58 GMT") or a place line ("KYIV, Ukraine (CNN) —")
   (``dateline``); bulleted or indented list items and runs of three or more
   adjacent very short lines (menus; a relative date such as "5 hours ago", or
   a name over a "Follow" button, is no menu item) are ``boilerplate``;
   bulleted points under a short "Key points:" line, and the full-sentence
   items of a bulleted list holding a long sentence, are ``body``; an agency
   sign-off ("ab/wmr (AP, Reuters)") and a press release's "SOURCE <Company>"
   are ``byline``; a line addressing the reader right over a sign-up box's field
   or button ("Email address", "Subscribe") is its prompt (``boilerplate``).
2. **Title** — among the lines before the body (the first full sentence with
   another one close below it, no menu between: a lone sentence up top is a
   banner), the most headline-shaped line (4–50 words, no closing full stop,
   no "By …" line):
   repeated on the page, sharing words with the URL, or followed by a byline
   or date (share buttons skipped); a ticker banner ("Weather Alert: …") loses
   to any other line; on ties a line of usual headline length, then the
   earliest. In a dataset dump, the first line above a date or URL
   line. Later copies of the title are labelled ``title`` too, but a browser-tab
   title above it ("<headline> - The Site") is the ``title`` (its text the
   headline alone) and the headline a ``duplicate``; a tab title that is the
   only headline loses the site's name when a pipe sets it off ("… | Euronews")
   or it names an outlet of the registry. A bare agency name right
   above the headline is a logo (``boilerplate``), right under it and above the
   date the provider (``byline``). A headline right under a "Related article" /
   "Read more" / "Related links" / "More from …" label, and the headline list
   running on under it, are links (``boilerplate``), as are list items stamped
   with a relative time ("3h ago Rail services suspended"). Lines in capitals
   after the title are promos.
3. **Byline** — "By Jane Doe", "(Reporting by …)", or a line of bare names
   ("Jane Doe in Kyiv and John Roe", "Jane Doe (now) and John Roe (earlier)")
   that the page repeats outside its menus or shows just under the title
   (before the second full sentence), or a role naming no one there ("Special
   Correspondent", "Staff writer"), "X contributed to this report", agency and
   translator credits ("with AFP", "Additional sources • AFP", "Translated
   from the German by …"), the issuer under a release's "News provided by"; a
   short role line right under it ("BBC News", "Reporting from Kyiv") belongs
   to it. A paragraph that starts with the author's name or surname and
   describes them ("Doe is …") is an author bio (``boilerplate``). Past the
   second full sentence, a byline repeating an author that a byline higher up
   names ("Written by Jane Doe", "Jane Doe" over a bio) heads an author card:
   it, its role lines and a short bio under them are ``boilerplate``. After the first
   paragraph, a name line over a date line ("Pat Roe" / "Feb 3", "2h ago")
   and the text under both are a reader comment (``boilerplate``).
4. **Standfirst** — the first line under the title (buttons skipped) when it
   has no closing full stop, or when a byline/date line or (blank-line layout)
   the lead picture follows it (not in a dump's "title, date, URL" header);
   with the unpunctuated summary points right under it when the byline or
   date follows them.
5. **End of article** — after an end marker ("Topics:", "Related Topics",
   "Most read", "©", "End of Article", "About the author", a comment section's
   "Discussion about this post" or "Responses (23)", a press release's "About
   <Company>", "Media Contact" and forward-looking-statements disclaimer, a
   paywall's "Subscribe now to read the full story") that
   follows some body text, every line but a byline, a URL or the page's only
   date line is ``boilerplate``.
6. **Captions** — a credit line's neighbours in the same block (no blank line
   between) that are short and hold words (a ticker "VARUNA.NS" or a figure
   "-2.14%" ends the block), the line announced by "Image caption," and, on a
   page without blank lines, the short line right above a bare credit; in the
   body, a single sentence of six or more words with no closing punctuation
   reads as a picture description (unless it stops on "and", "the", …: a
   paragraph cut off by a paywall), as do "Above: …" tails, which are cut from
   the body line that carries them. An embedded post's credit line ("— Jane
   Doe (@janedoe) March 3, 2022") is a caption, but the post's text is kept as
   body (its "pic.twitter.com/…" link cut).
7. **Subheadings** — short title-case lines without closing punctuation, or
   short questions without quotation marks, with body text above them and
   right under them. A short unpunctuated line kept as body for want of a
   better label is ``boilerplate`` when the lines on both sides of it are;
   unpunctuated lines right under a body line ending in a colon ("The plant
   includes:") are the items of its list (``body``);
   two lines taken as captions for their shape alone in one block are linked
   headlines (``boilerplate``; a picture has one caption).
8. **Duplicates** — a body line that repeats an earlier body line, nearly
   (similarity >= :data:`NEAR_DUPLICATE_RATIO`) or as a part of it; a pull
   quote: a caption-shaped line repeating a body line, or a body line without
   closing punctuation that a later, longer one repeats in full.

Everything else is ``body``. When in doubt the rules keep a line as body, and
every label carries a ``reason``.

Hard-wrapped pages (terminal or e-mail dumps wrapped at 60–100 columns) are
unwrapped first: a near-full line and the line under it are one paragraph
(only when many such next lines start in lower case, as wrapped prose does).

What it does not handle: non-English boilerplate; captions that end with a full
stop and sit in the body with no credit next to them (video captions); promo
or mission-statement sentences of a site that no phrase rule knows and no
sign-up box follows; a pull quote ending in a full stop set before the
paragraph it repeats; a first paragraph that a lone sentence-shaped deck
cannot be told from; a subheading right under a related-stories list in the
body (taken as one more linked headline); a title-case subheading "About …"
(taken for a press release's company profile, which ends the article).
Measured on hand-labelled blind pages in ``tests/data/corpus_blind*`` (see
its README).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz

from . import metadata, paths
from .segment import sentence_spans

__all__ = [
    "LABELS",
    "ARTICLE_LABELS",
    "BOILERPLATE_TXT",
    "NEAR_DUPLICATE_RATIO",
    "load_rules",
    "label_lines",
    "label_counts",
]

#: Every label a line can get.
LABELS = ("title", "standfirst", "byline", "dateline", "url", "body", "subheading",
          "caption", "boilerplate", "duplicate")
#: Labels whose lines make up an article's clean text.
ARTICLE_LABELS = ("body", "subheading")
BOILERPLATE_TXT = paths.PACKAGE_DATA_DIR / "boilerplate.txt"

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
#: A standfirst is one or two sentences; longer lines are body paragraphs.
STANDFIRST_MAX_WORDS = 60
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
#: The bio on an author card under the article runs to a sentence or two.
AUTHOR_BIO_MAX_WORDS = 40
#: Subheadings are short; up to this many words.
SUBHEADING_MAX_WORDS = 14
#: Question subheadings ("What has Russia said?") are at most this long.
QUESTION_SUBHEADING_MAX_WORDS = 8
#: Share of capitalised words that makes a line title case.
TITLE_CASE_SHARE = 0.6
#: rapidfuzz ratio (0–100, on lower-cased words) at or above which a later body
#: line nearly repeats an earlier one: re-worded repeats in dataset dumps score
#: 80–95, distinct paragraphs of one article below 60.
NEAR_DUPLICATE_RATIO = 80
#: partial ratio above which a shorter later line is contained in an earlier one;
#: only for lines of CONTAINED_MIN_WORDS or more, as short phrases ("he said.")
#: occur inside many paragraphs by chance.
CONTAINED_RATIO, CONTAINED_MIN_WORDS = 95, 6
#: A page uses blank-line layout when at least this share of lines has a blank after it.
BLANK_LAYOUT_SHARE = 0.3
#: Lines that a page under its title may still hold before the body (bylines, dates).
HEADER_WINDOW = 4
#: The body starts at a full sentence followed by another within this many
#: non-empty lines (a byline, a date, an advert and a two-line caption may sit
#: between the first paragraphs); a sentence alone above the article, with a
#: menu or header below it, is page furniture.
BODY_RUN_WINDOW = 6

#: Agency credits are looked for in the last this many characters of a line.
AGENCY_TAIL_CHARS = 80
#: Hard-wrapped pages: at least WRAP_MIN_LINES lines, wrapped at no more than
#: WRAP_MAX_WIDTH columns (mail and terminal dumps wrap at 60–80); a line at
#: least WRAP_FILL of the width long was wrapped, not ended.
WRAP_MIN_LINES, WRAP_MAX_WIDTH, WRAP_FILL = 8, 100, 0.75
#: ... and at least this share of the lines after a wrap start in lower case (in
#: wrapped English prose about 3 in 4 do; on a page of short unwrapped lines
#: almost none, as each line starts a headline, item or paragraph).
WRAP_LOWER_SHARE = 0.4
#: Zero-width and byte-order characters that scrapers leave around lines.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_PLACE_LINE = re.compile(r"^[A-Z][\w.,'’()\s-]{1,60}\s[—–-]{1,2}$")
#: What follows the headline in a browser-tab title: a separator and the site's name (" - The Hindu").
_SITE_SUFFIX = re.compile(r"^\s+[-–—|:·•]\s+([^.!?:|]+)$")
#: A headline line ending in the site's name ("<headline> | Euronews"): the last separator and the name.
_OWN_SITE_SUFFIX = re.compile(r"^(?P<head>.*\S)\s+(?P<sep>[-–—|·•])\s+(?P<site>[^.!?:|]+)$")
#: The label over the company issuing a press release ("News provided by").
_PROVIDED_BY = re.compile(r"^(?:news |content |story )?(?:provided|distributed|issued) by\s*:?$", re.I)
#: A button to follow the author, next to their name ("Follow", "+ Follow").
_FOLLOW_BUTTON = re.compile(r"^\W*follow\W*$", re.I)
#: Labels of related-story links; the headline on the next line is part of the link.
_LINK_LABEL = re.compile(
    r"^(related( \w+){0,2}|read (more|also|next)|also read|see also|"
    r"more on this( story)?|recommended|watch|listen|more from( \w+){1,4}|trending( now| stories| on( \w+){1,3})?|"
    r"most (read|popular|viewed)|popular (from|in|on)( \w+){1,3}|go deeper|"
    r"editors['’]? picks?|recent posts|top stories|more stories|you (may|might) also like)\s*[:\-–—]?$", re.I)
#: A ticker banner over the headline ("Weather Alert: Dense fog advisory until 10 AM").
#: ("Heat warning: …" opens many headlines; "… Alert:" is a ticker's label.)
_BANNER = re.compile(r"^(?:[\w'’-]+\s+){0,3}alerts?\s*:\s+\S", re.I)
#: The field or button of a sign-up box ("Email address", "Subscribe", "Type your email…").
_SIGNUP_CONTROL = re.compile(
    r"^(?:subscribe|sign up|sign me up|join now|(?:your )?e-?mail address|(?:enter |type )?your e-?mail(?: address)?)"
    r"(?:\W*|\s+(?:now|for free))$", re.I)
#: A sign-up prompt speaks to the reader: "you"/"your", or an imperative first word.
_ADDRESSES_READER = re.compile(
    r"\b(?:you|your)\b|^(?:get|sign|join|subscribe|receive|stay|never|don['’]t|want|enter)\b", re.I)
#: A word of letters (hyphens and apostrophes inside, a comma or full stop after).
_WORD_TOKEN = re.compile(r"[(\"“‘']?[^\W\d_]+(?:['’-][^\W\d_]+)*[.,;:!?)\"”’']*")
#: The account of an embedded social-media post, in its credit line ("(@janedoe)").
_POST_HANDLE = re.compile(r"\(@\w{1,30}\)")
_BULLET = re.compile(r"^[•·▪●◦‣∙*–-]\s+")
_CLOSERS = "'\"’”)]»"
_SMALL_WORDS = set("a an the and or but nor of in on at to for by with from as vs via is are".split())
_APPENDED_CAPTION = re.compile(
    r"(?<=[.!?'’\"”])\s*(?:Above|Below|Pictured|Left|Right|Top|Inset|Main picture)"
    r"(?:\s*\([^)]{1,30}\))?\s*:\s+[^.!?]{3,200}$"
)
#: The picture link closing the text of an embedded post.
_POST_PICTURE_LINK = re.compile(r"\s+pic\.twitter\.com/\w+$")
_CREDIT_LINE = re.compile(
    r"^\(?(?:reporting|writing|additional reporting|editing) by\b.{0,200}\)?$"
    r"|^.{0,200}\bcontributed (?:reporting|research|to this (?:report|story|article))\b.{0,120}$"
    # news agencies credited for part of the text ("with AFP", "Additional sources • AFP")
    r"|^(?:with|additional (?:sources|reporting)(?:\s*(?:by\b|[•·|:–—-]))?)\s+(?:(?:the )?(?:agencies|wires|"
    r"AFP|AP|Reuters|dpa|EFE|ANSA|Xinhua|Kyodo|AAP|PA|Associated Press|Agence France-Presse)(?:,\s*|\s+and\s+)?)+$"
    # a translator is credited, not an author ("Translated from the German by …")
    r"|^translated (?:from (?:the )?\w+ )?by\s+\S.{0,80}$", re.I)
#: The sign-off of agency-based reports: editors' lower-case initials and the agencies.
_SIGN_OFF = re.compile(r"^[a-z]{2,4}(?:(?:/[a-z]{2,4})+\s*(?:\([A-Za-z,;/ .-]{2,60}\))?|\s*\([A-Za-z,;/ .-]{2,60}\))$"
                       # a press release's issuer under its text ("SOURCE Harbor Labs, Inc.")
                       r"|^(?-i:SOURCE\s+[A-Z][^\n]{1,80})$"
                       r"|^(?i:[a-z]{2,8}\s*(?:/|with|and)\s*(?:wires|agencies))$")
#: A line under a byline saying where the author reported from ("Reporting from Kyiv, Ukraine").
_REPORTING_FROM = re.compile(r"^(?:reporting|reported|writing) from\b[^.!?]{0,60}$", re.I)
#: Shouted lines (all capitals, at least this many letters) after the headline are
#: promotional links ("RUSSIA-UKRAINE LIVE UPDATES") or author names over a bio;
#: shorter ones ("UK", "NATO") may be body text.
SHOUTED_MIN_LETTERS = 8
_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+(?:is|was|has been|joined|covers|writes)\b.{0,120}"
    r"\b(?:reporter|journalist|editor|correspondent|writer|lead|producer|contributor|columnist|"
    r"presenter|freelance|graduat)",
)


@dataclass(frozen=True)
class Rules:
    """Compiled phrase rules from ``boilerplate.txt``.

    Each kind's rules are joined into one anchored alternation (rules starting
    with ``^``, tried at the start of the line only) and one floating one;
    agency names are matched against the end of the line only.
    """

    boilerplate: tuple[re.Pattern, ...]
    end: tuple[re.Pattern, ...]
    caption: tuple[re.Pattern, ...]
    agency: re.Pattern | None

    def matches(self, kind: str, text: str) -> bool:
        """True when a rule of ``kind`` matches the stripped line ``text``."""
        if kind == "agency":
            if self.agency is None:
                return False
            # Agency credits sit at the end of a line: test the tail only. The NUL
            # keeps "^" from matching inside a long line.
            tail = text if len(text) <= AGENCY_TAIL_CHARS else "\x00" + text[-AGENCY_TAIL_CHARS:]
            return bool(self.agency.search(tail))
        return any(p.search(text) for p in getattr(self, kind))


def _read_rule_lines(path: Path) -> dict[str, list[str]]:
    """Read ``<kind><TAB><regex>`` lines; ValueError names the line of a bad rule."""
    kinds: dict[str, list[str]] = {k: [] for k in ("boilerplate", "end", "caption", "agency")}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, _, pattern = line.partition("\t")
        if kind not in kinds or not pattern:
            raise ValueError(f"{path}:{n}: expected '<kind><TAB><regex>' with kind in {sorted(kinds)}; got {line!r}")
        try:
            re.compile(pattern, re.I)
        except re.error as exc:
            raise ValueError(f"{path}:{n}: bad regular expression {pattern!r}: {exc}") from exc
        kinds[kind].append(pattern)
    return kinds


def _join(patterns: list[str]) -> tuple[re.Pattern, ...]:
    """One anchored and one floating alternation for a list of rules."""
    anchored = [p[1:] for p in patterns if p.startswith("^")]
    floating = [p for p in patterns if not p.startswith("^")]
    joined = []
    if anchored:
        joined.append(re.compile("^(?:" + "|".join(f"(?:{p})" for p in anchored) + ")", re.I))
    if floating:
        joined.append(re.compile("|".join(f"(?:{p})" for p in floating), re.I))
    return tuple(joined)


def load_rules(path: str | Path | None = None) -> Rules:
    """Read and compile the phrase rules (see the header of ``boilerplate.txt``).

    Compiled rules are cached until the file changes. Raises ValueError naming
    the line of a malformed rule.
    """
    path = Path(path or BOILERPLATE_TXT)
    return _compile_rules(str(path), (path.stat().st_mtime_ns, path.stat().st_size))


@lru_cache(maxsize=4)
def _compile_rules(path: str, version: tuple[int, int]) -> Rules:
    """Compile the rules of ``path``; ``version`` (mtime, size) keys the cache to the file."""
    kinds = _read_rule_lines(Path(path))
    names = "|".join(f"(?:{p})" for p in kinds["agency"])
    # a line that is only the name, ends in "(Name)", or ends in a sentence then the name
    agency = re.compile(rf"(?:^(?:{names})$|\((?:{names})\)$|(?<=[.!?)”’\"'])\s+(?:{names})$"
                        rf"|[\[(][^\[\]()]{{0,60}}\b(?:{names})\b[^\[\]()]{{0,20}}[\])]$)", re.I) if names else None
    return Rules(boilerplate=_join(kinds["boilerplate"]), end=_join(kinds["end"]),
                 caption=_join(kinds["caption"]), agency=agency)


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
    line right under it are one paragraph, joined with a space.
    """
    lines = raw_text.splitlines()
    width = _wrap_width(lines)
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if not line.strip().strip(_INVISIBLE):
            continue
        if (width and groups and groups[-1][-1] == i - 1 and len(lines[i - 1].rstrip()) >= WRAP_FILL * width
                and not _BULLET.match(line.strip())):
            groups[-1].append(i)
        else:
            groups.append([i])
    strip = lambda i: lines[i].strip().strip(_INVISIBLE).strip()  # noqa: E731
    return _Page(
        line_no=[g[0] + 1 for g in groups],
        raw=["\n".join(lines[i] for i in g) for g in groups],
        text=[" ".join(strip(i) for i in g) for g in groups],
        blank_after=[g[-1] + 1 < len(lines) and not lines[g[-1] + 1].strip().strip(_INVISIBLE) for g in groups],
        members=[[i + 1 for i in g] for g in groups],
    )


def _mark_known(page: _Page, rules: Rules) -> None:
    """Step 1: phrase rules, URLs, dates and indented list items (bulleted lists: :func:`_mark_bullet_lists`)."""
    body_indent = _usual_indent(page)
    for i, text in enumerate(page.text):
        if metadata.is_url_line(text):
            page.set(i, "url", "the line is a web address")
        elif metadata.is_date_line(text):
            page.set(i, "dateline", "the line is a date")
        elif _SIGN_OFF.match(text):
            page.set(i, "byline", "sign-off: editors' initials and agencies ('ab/wmr (AP, Reuters)') or a release's "
                                  "'SOURCE <Company>'")
        elif _PLACE_LINE.match(text):
            page.set(i, "dateline", "place line of a dateline ('KYIV, Ukraine (CNN) —')")
        elif rules.matches("end", text):
            page.set(i, "boilerplate", "end-of-article marker (boilerplate.txt)")
            page.end = i if page.end is None else page.end
        elif rules.matches("boilerplate", text):
            page.set(i, "boilerplate", "known boilerplate phrase (boilerplate.txt)")
        elif rules.matches("caption", text) or rules.matches("agency", text):
            page.set(i, "caption", "caption or photo-credit phrase (boilerplate.txt)")
        elif _BULLET.match(text):
            continue  # see _mark_bullet_lists
        elif _indent(page.raw[i]) > body_indent:
            page.set(i, "boilerplate", "indented list item (page furniture)")


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
    gone within four minutes.'). Items that phrase rules labelled keep their label.
    """
    body_indent = _usual_indent(page)
    for run in _bullet_runs(page):
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
        for i in run:
            if (page.reasons[i].startswith("bulleted list item") and _ends_sentence(page.text[i])
                    and _n_words(page.text[i]) > MENU_MAX_WORDS):
                page.set(i, "body", "point in a bulleted list of full sentences")


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _usual_indent(page: _Page) -> int:
    """Indentation of the page's full sentences (its article text)."""
    indents = sorted(_indent(r) for r, t in zip(page.raw, page.text) if _is_sentence_like(t))
    return indents[len(indents) // 2] if indents else 0


def _mark_menus(page: _Page) -> None:
    """Step 1b: runs of adjacent very short unpunctuated lines are menus."""
    # one-word items may end in a full stop ("U.S."); header lines (dates, "By Jane Doe") are no menu items
    short = [_n_words(t) <= MENU_MAX_WORDS and (not _ends_sentence(t) or _n_words(t) == 1)
             and page.labels[i] not in ("dateline", "url") and not metadata.byline_name(t)
             and not metadata.is_relative_date_line(t) and not _is_followed_name(page, i)
             for i, t in enumerate(page.text)]
    adjacent = [page.adjacent(i, i + 1) for i in range(len(page.text) - 1)] + [False]
    run: list[int] = []
    for i in range(len(page.text)):
        if short[i]:
            run.append(i)
        if not short[i] or not adjacent[i]:
            if len(run) >= MENU_MIN_RUN:
                for j in run:
                    if page.labels[j] in (None, "caption"):
                        page.set(j, "boilerplate", f"menu: {len(run)} adjacent short lines")
            run = []


def _is_followed_name(page: _Page, i: int) -> bool:
    """True when line ``i`` is a name with a 'Follow' button under it (separator lines
    such as '·' between): the author's byline in a blog's header, not a menu item."""
    j = i + 1
    while j < len(page.text) and page.adjacent(j - 1, j) and not _has_words(page.text[j]):
        j += 1
    return (j < len(page.text) and page.adjacent(j - 1, j) and bool(_FOLLOW_BUTTON.match(page.text[j]))
            and bool(metadata.names_in_line(page.text[i])))


def _is_link_text(text: str) -> bool:
    """A headline-shaped line: a question or no closing punctuation, at most a headline long."""
    return not _ends_sentence(text.rstrip("?")) and _n_words(text) <= TITLE_MAX_WORDS


def _is_over_credit(page: _Page, i: int) -> bool:
    """True when the next line, with no blank line between, is a caption or photo credit."""
    return i + 1 < len(page.text) and page.adjacent(i, i + 1) and page.labels[i + 1] == "caption"


def _mark_linked_headlines(page: _Page) -> None:
    """Step 1c: headlines right under a 'Related article' / 'Read more' label are its links.

    The list runs over the adjacent lines (no blank line between) that are
    headline-shaped and not yet labelled.
    """
    for i in range(len(page.text) - 1):
        if not _LINK_LABEL.match(page.text[i]):
            continue
        j = i + 1
        while (j < len(page.text) and page.adjacent(j - 1, j) and page.free(j) and _is_link_text(page.text[j])
               and not _is_over_credit(page, j)):
            page.set(j, "boilerplate", "linked headline under a related-story label")
            j += 1


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
    """
    sentences = [i for i in range(len(page.text)) if page.free(i) and _is_sentence_like(page.text[i])]
    for i, nxt in zip(sentences, sentences[1:]):
        if _same_run(page, i, nxt):
            return i
    return sentences[0] if sentences else len(page.text)


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


def _slug_words(url: str | None) -> set[str]:
    """Words of a URL's path ('/news/ukraine-zelenskyy-delivers-speech-20220303')."""
    if not url:
        return set()
    path = re.sub(r"^[a-z]+://[^/]+", "", url.lower())
    return {w for w in re.findall(r"[a-z]{3,}", path) if w not in ("html", "htm", "php", "news", "article", "articles")}


def _title_score(page: _Page, i: int, keys: list[str], slug: set[str], repeated: set[str]) -> int:
    """How headline-like candidate ``i`` is: repeated on the page (+3), sharing most
    words with the URL (+2), followed within HEADER_WINDOW lines (share buttons and
    other furniture not counted, up to twice as many lines in all) by a date or byline (+1);
    a ticker banner ("Weather Alert: …", -1) loses to any other candidate."""
    score = 3 * (keys[i] in repeated) - bool(_BANNER.match(page.text[i]))
    words = set(re.findall(r"[a-z]{3,}", keys[i]))
    if slug and words and len(words & slug) >= 0.5 * min(len(words), len(slug)):
        score += 2
    span = slice(i + 1, i + 1 + 2 * HEADER_WINDOW)  # furniture is skipped, but only so far
    below = [t for t, lab in zip(page.text[span], page.labels[span]) if lab != "boilerplate"][:HEADER_WINDOW]
    if any(metadata.is_date_line(t) or metadata.is_relative_date_line(t) or metadata.byline_name(t)
           or metadata.names_in_line(t) for t in below):
        score += 1
    return score


def _dump_title(page: _Page) -> list[int]:
    """A dump's first line when a date or URL line follows it (its title, however long)."""
    first = next((i for i in range(len(page.text)) if page.free(i)), None)
    if first is None or first + 1 >= len(page.text) or _n_words(page.text[first]) > DUMP_TITLE_MAX_WORDS:
        return []
    return [first] if page.labels[first + 1] in ("dateline", "url") else []


def _mark_title(page: _Page, url: str | None = None) -> None:
    """Step 2: the most headline-like line before the body; on ties a line of
    HEADLINE_USUAL_MIN_WORDS or more words, then the earliest."""
    stop = _body_start(page)
    candidates = [i for i in range(stop) if page.free(i) and _is_headline(page.text[i])
                  and not metadata.byline_name(page.text[i])] or _dump_title(page)
    if not candidates:
        return
    keys = [t.casefold() for t in page.text]
    slug = _slug_words(url or next((t for t, lab in zip(page.text, page.labels) if lab == "url"), None))
    repeated = {k for k, n in Counter(keys).items() if n > 1}
    scores = [_title_score(page, i, keys, slug, repeated) for i in candidates]
    usual = [_n_words(page.text[i]) >= HEADLINE_USUAL_MIN_WORDS for i in candidates]
    page.title = candidates[max(range(len(candidates)), key=lambda k: (scores[k], usual[k], -k))]
    for i, key in enumerate(keys):
        if key == keys[page.title] and page.labels[i] in (None, "caption", "boilerplate"):
            page.set(i, "title", "the headline" if i == page.title else "repeat of the headline")
    _mark_tab_title(page)


def _mark_tab_title(page: _Page) -> None:
    """A browser-tab title ('<headline> - The Site') is the page's title, its text the
    headline without the site's name.

    Above the headline, it is the ``title`` and the headline under it a
    ``duplicate``. When the tab title is the only headline on the page, the site's
    name is cut when a pipe sets it off ('… | Euronews') or it names an outlet of
    the registry.
    """
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
    stop = _first_sentence(page, _first_sentence(page, start) + 1)
    window = [i for i in range(start, stop) if page.free(i)][:HEADER_WINDOW]
    keys = [t.casefold() for t in page.text]
    # a name the page repeats outside its menus ("Axios Denver" in the menu is the site's)
    repeated = {k for k, n in Counter(k for k, lab in zip(keys, page.labels) if lab != "boilerplate").items()
                if n > 1}
    for i, text in enumerate(page.text):
        if not page.free(i):
            continue
        found = [metadata.byline_name(text)] if metadata.byline_name(text) else None
        if found:
            page.set(i, "byline", "'By …' line")
        elif _CREDIT_LINE.match(text):
            page.set(i, "byline", "reporting/editing, agency or translation credit")
        elif _PROVIDED_BY.match(text):
            page.set(i, "boilerplate", "label over the issuer of a press release ('News provided by')")
            if i + 1 < len(page.text) and page.adjacent(i, i + 1) and page.free(i + 1):
                page.set(i + 1, "byline", f"issuer named under {text!r}")
        elif (bare := metadata.names_in_line(text)) and (keys[i] in repeated or i in window):
            found = bare
            page.set(i, "byline", "names on their own line, repeated or under the headline")
        elif metadata.is_role_line(text) and i in window:
            page.set(i, "byline", "byline naming a role, no person ('Special Correspondent'), under the headline")
        names += [n for n in found or [] if n not in names]
    _mark_byline_roles(page)
    return names


def _mark_byline_roles(page: _Page) -> None:
    """A short unpunctuated line right under a byline ('BBC News', 'Political editor',
    'Reporting from Kyiv, Ukraine') belongs to it."""
    for i in range(1, len(page.text)):
        text = page.text[i]
        is_role = (_n_words(text) <= MENU_MAX_WORDS and not _ends_sentence(text)) or _REPORTING_FROM.match(text)
        if page.adjacent(i - 1, i) and page.labels[i - 1] == "byline" and page.free(i) and is_role:
            page.set(i, "byline", "role or organisation under a byline")


def _mark_bios(page: _Page, names: list[str]) -> None:
    """Step 3b: paragraphs describing the author are bios (boilerplate)."""
    people = [p for n in names for p in n.split(" and ")]
    # a bio names the author in full or by surname ("Karmanau is a writer for …")
    starts = tuple({form.casefold() for p in people for form in (p, p.split()[-1])})
    for i, text in enumerate(page.text):
        if not page.free(i):
            continue
        about_author = bool(starts) and text.casefold().startswith(starts) and re.match(
            r"^[\w\s.'’-]+?\s+(is|was|has|joined|covers|writes|first)\b", text)
        if about_author or _BIO.match(text):
            page.set(i, "boilerplate", "author bio")


def _byline_people(text: str) -> set[str]:
    """The people a byline line names ('By Jane Doe and John Roe', 'Jane Doe')."""
    named = metadata.byline_name(text)
    return set(named.split(" and ")) if named else set(metadata.names_in_line(text) or [])


def _mark_author_cards(page: _Page) -> None:
    """Step 3c: past the second full sentence (the first may be a deck), a byline naming
    only authors that a byline higher up names ('Written by Jane Doe', or 'Jane Doe'
    over a bio; not a '(Reporting by …)' credit) heads an author card: it, the role
    lines right under it ('2.1K Followers', 'Writer for …') and the short bio under
    them are boilerplate."""
    start = _first_sentence(page, _first_sentence(page) + 1)
    named: set[str] = set()
    for i in [i for i, label in enumerate(page.labels) if label == "byline"]:
        people = _byline_people(page.text[i])
        if i > start and people and people <= named and not _CREDIT_LINE.match(page.text[i]):
            page.set(i, "boilerplate", "author card: a byline repeating the author named higher up")
            j = i + 1
            while j < len(page.text) and page.adjacent(j - 1, j) and page.labels[j] == "byline":
                page.set(j, "boilerplate", "author card: the author's role")
                j += 1
            if (j < len(page.text) and page.adjacent(j - 1, j) and page.free(j)
                    and _n_words(page.text[j]) <= AUTHOR_BIO_MAX_WORDS):
                page.set(j, "boilerplate", "author card: the author's bio")
        named |= people


def _is_comment_stamp(page: _Page, i: int) -> bool:
    """True when line ``i`` dates a reader comment: a stamp with no year ("Feb 3",
    "2h ago"), or a full date when the page has shown its own date higher up."""
    text = page.text[i]
    return page.labels[i] in (None, "dateline") and (
        metadata.is_short_date_line(text)
        or (metadata.is_date_line(text) and "dateline" in page.labels[:i - 1]))


def _mark_comments(page: _Page, names: list[str]) -> None:
    """Step 3c: reader comments after the article, a name line with a date line under it
    ("Tom Roe" / "Feb 3" or "2 hours ago") and the comment's text under both, are
    furniture; the page's authors aside (a byline and date at the foot of the article)."""
    for i in range(_first_sentence(page), len(page.text) - 1):
        people = metadata.names_in_line(page.text[i])
        if (page.free(i) and people and not set(people) & set(names) and page.adjacent(i, i + 1)
                and _is_comment_stamp(page, i + 1)):
            page.set(i, "boilerplate", "reader comment: the commenter's name over a date")
            page.set(i + 1, "boilerplate", "reader comment: its date")
            if i + 2 < len(page.text) and page.adjacent(i + 1, i + 2) and page.free(i + 2):
                page.set(i + 2, "boilerplate", "reader comment: its text, under the name and date")


def _mark_signup_prompts(page: _Page) -> None:
    """Step 1d (blank-line layout): a line addressing the reader right over a sign-up
    box's field or button ("Email address", "Subscribe"), no blank line between, is
    the box's prompt."""
    if not _uses_blank_lines(page):
        return
    for i in range(len(page.text) - 1):
        if (page.free(i) and page.adjacent(i, i + 1) and _SIGNUP_CONTROL.match(page.text[i + 1])
                and _n_words(page.text[i]) <= SIGNUP_PROMPT_MAX_WORDS and _ADDRESSES_READER.search(page.text[i])):
            page.set(i, "boilerplate", f"sign-up prompt over {page.text[i + 1]!r}")


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
    if not 2 <= _n_words(text) <= STANDFIRST_MAX_WORDS:
        return
    nxt = next((j for j in range(i + 1, len(page.text)) if page.labels[j] != "caption"), None)
    byline_next = nxt is not None and page.labels[nxt] in ("byline", "dateline")
    # deck, then the lead picture, then the article: the picture ends the header
    # (blank-line layout only: in a dense page a caption may follow the first paragraph as well)
    pictured = (i + 1 < len(page.text) and page.labels[i + 1] == "caption" and _n_words(text) >= CAPTION_MIN_WORDS
                and _uses_blank_lines(page))
    header_next = byline_next or pictured
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
    date line follows them."""
    run: list[int] = []
    j = i + 1
    while (j < len(page.text) and page.adjacent(j - 1, j) and page.free(j) and not _ends_sentence(page.text[j])
           and CAPTION_MIN_WORDS <= _n_words(page.text[j]) <= STANDFIRST_MAX_WORDS):
        run.append(j)
        j += 1
    if run and j < len(page.text) and page.labels[j] in ("byline", "dateline"):
        for k in run:
            page.set(k, "standfirst", "summary point under the standfirst, above the byline or date")


def _mark_relative_dates(page: _Page) -> None:
    """'2 hours ago' is the page's date above the article, a teaser's date below it;
    a line opening with one ('3h ago Rail services suspended') is a time-stamped
    list item (key events, related stories)."""
    start = _first_sentence(page)
    for i, text in enumerate(page.text):
        if not page.free(i):
            continue
        if metadata.is_relative_date_line(text):
            if i < start:
                page.set(i, "dateline", "relative date above the article")
            else:
                page.set(i, "boilerplate", "relative date of a related story")
        elif metadata.starts_with_relative_date(text) and not _ends_sentence(text):
            page.set(i, "boilerplate", "time-stamped list item ('3h ago …': key event or related story)")


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
    keep = {"byline", "url", "title", "boilerplate"}
    keep |= {"dateline"} if "dateline" not in page.labels[:page.end] else set()
    for i in range(page.end + 1, len(page.text)):
        if page.labels[i] not in keep:
            page.set(i, "boilerplate", "after the end-of-article marker")


def _uses_blank_lines(page: _Page) -> bool:
    """True when paragraphs are separated by blank lines (so adjacency means 'same block')."""
    return sum(page.blank_after) >= BLANK_LAYOUT_SHARE * max(len(page.text) - 1, 1)


def _mark_caption_blocks(page: _Page) -> None:
    """Step 6a: the line a caption label announces, and (in blank-line layout)
    short lines in the same block as a credit line, are caption text.

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
        if not blank_layout:
            _mark_line_over_credit(page, i)
        for step in (-1, 1) if blank_layout else ():
            j = i + step
            while 0 <= j < len(page.text) and page.adjacent(min(j, j - step), max(j, j - step)):
                if (not page.free(j) or _n_words(page.text[j]) > CAPTION_NEIGHBOUR_MAX_WORDS
                        or not _has_words(page.text[j])):
                    break
                page.set(j, "caption", "short line in the same block as a photo credit")
                j += step


def _has_words(text: str) -> bool:
    """True when ``text`` holds a word of letters: a ticker ('VARUNA.NS') or a figure
    ('-2.14%') next to a photo credit is page furniture, not caption text."""
    return any(_WORD_TOKEN.fullmatch(token) for token in text.split())


def _mark_line_over_credit(page: _Page, i: int) -> None:
    """Dense layout: a short line right above a credit-only line ("(AP)", "Credit...Jane Doe") is its caption."""
    above = i - 1
    if (above >= 0 and _n_words(page.text[i]) <= CREDIT_ONLY_MAX_WORDS and not page.text[i].endswith((",", ":"))
            and page.free(above) and page.adjacent(above, i)
            and _n_words(page.text[above]) <= CAPTION_NEIGHBOUR_MAX_WORDS):
        page.set(above, "caption", "short line right above a photo credit")


#: Reason of a line taken as a picture caption for its shape alone (see step 7c).
_LONE_DESCRIPTION = "one unpunctuated descriptive sentence (reads as a picture caption)"
#: Reason of a short unpunctuated line kept as body for want of a better label (see step 7b).
_SHORT_UNSURE = "short line without punctuation (kept: unsure)"


#: Reason of an unbulleted item of a list that a body line ending in a colon announces.
_LIST_ITEM = "item of the list announced by the body line above ('… include:')"


def _continues_announced_list(page: _Page, i: int) -> bool:
    """True when line ``i`` sits right under (no blank line between) a body line ending
    in a colon ('Key features of the plant include:') or under an item of its list."""
    above = i - 1
    return (above >= 0 and page.adjacent(above, i) and page.labels[above] == "body"
            and (page.clean[above].endswith(":") or page.reasons[above] == _LIST_ITEM))


def _shape_label(page: _Page, i: int) -> tuple[str, str]:
    """Step 6b/7: label an unlabelled line by its shape and the line after it."""
    text = page.clean[i]
    n = _n_words(text)
    if page.title is not None and i < page.title:
        if _is_sentence_like(text) and not _is_lone_sentence(page, i):
            return "body", "full sentence above the headline (kept: unsure)"
        return "boilerplate", "above the headline (page header)"
    if text.isupper() and sum(c.isalpha() for c in text) >= SHOUTED_MIN_LETTERS and not _ends_sentence(text):
        return "boilerplate", "line in capitals after the headline (promotional link or name label)"
    if _continues_announced_list(page, i):
        return "body", _LIST_ITEM
    # a subheading opens a later section: body text above it, and body text right under it
    nxt = i + 1 if i + 1 < len(page.text) and page.labels[i + 1] in (None, "body") else None
    followed = nxt is not None and _is_sentence_like(page.text[nxt]) and "body" in page.labels[:i]
    if (text.endswith("?") and n <= QUESTION_SUBHEADING_MAX_WORDS and followed
            and not re.search(r"['\"‘’“”]", text)):
        return "subheading", "short question introducing body text (no quotation marks)"
    if _ends_sentence(text):
        return "body", "sentence-final punctuation"
    if n <= SUBHEADING_MAX_WORDS and followed and (_is_title_case(text) or n <= 6):
        return "subheading", "short unpunctuated line introducing body text"
    if n < 4:
        return "boilerplate", "short fragment without punctuation"
    if n < CAPTION_MIN_WORDS:
        return "body", _SHORT_UNSURE
    if text.split()[-1] in _SMALL_WORDS:
        return "body", "paragraph cut off mid-sentence (ends in 'and', 'the', …: a paywall or truncated page)"
    if len(sentence_spans(text)) == 1:
        return "caption", _LONE_DESCRIPTION
    return "body", "several sentences without a closing full stop (kept: unsure)"


def _mark_unsure_between_furniture(page: _Page) -> None:
    """Step 7b: a short unpunctuated line kept as body only for want of a better label
    ('Show only the key updates') is furniture when the lines on both sides of it are."""
    for i in range(1, len(page.text) - 1):
        if (page.reasons[i] == _SHORT_UNSURE and page.labels[i - 1] == "boilerplate"
                and page.labels[i + 1] == "boilerplate"):
            page.set(i, "boilerplate", "short unpunctuated line between two lines of page furniture")


def _mark_headline_lists(page: _Page) -> None:
    """Step 7c (blank-line layout): lines taken as captions for their shape alone that
    stand in one block with another such line are a list of linked headlines, not
    captions: a picture has one caption."""
    if not _uses_blank_lines(page):
        return
    shaped = [page.reasons[i] == _LONE_DESCRIPTION for i in range(len(page.text))]
    for i in range(len(page.text)):
        in_list = any(0 <= j < len(page.text) and shaped[j] and page.adjacent(min(i, j), max(i, j))
                      for j in (i - 1, i + 1))
        if shaped[i] and in_list:
            page.set(i, "boilerplate", "list of linked headlines (unpunctuated lines in one block)")


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
        if ratio:
            return f"ratio {ratio:.0f}"
    if (len(current) <= len(earlier) and len(words) >= CONTAINED_MIN_WORDS
            and len(words & earlier_words) >= 0.8 * len(words)
            and fuzz.partial_ratio(current, earlier, score_cutoff=CONTAINED_RATIO)):
        return "contained in it"
    return None


def _mark_duplicates(page: _Page) -> None:
    """Step 8: body lines that repeat, nearly repeat or are contained in an earlier body
    line; and pull quotes: a line taken as a caption for its shape alone that repeats
    a body line, or an earlier body line without closing punctuation contained in a
    later, longer one (display text set before the paragraph it quotes)."""
    seen: list[tuple[int, str, set[str]]] = []
    for i, label in enumerate(page.labels):
        display = page.reasons[i] == _LONE_DESCRIPTION
        if label != "body" and not display:
            continue
        current = _normal(page.clean[i])
        words = set(current.split())
        repeated = next(((j, how) for j, earlier, earlier_words in seen
                         if page.labels[j] == "body" and (how := _repeats(current, words, earlier, earlier_words))),
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


def label_lines(raw_text: str, *, rules: Rules | None = None, url: str | None = None) -> pd.DataFrame:
    """Label every non-empty line of one page.

    Parameters
    ----------
    raw_text : str
        The decoded text of the page, as saved.
    rules : Rules, optional
        Phrase rules; default: :func:`load_rules` on ``boilerplate.txt``.
    url : str, optional
        The page's address if known (e.g. from curated metadata); its words
        help pick the headline.

    Returns
    -------
    DataFrame
        One row per non-empty line, in file order, with ``line_no`` (1-based,
        counting empty lines too), ``label`` (one of :data:`LABELS`), ``text``
        (the line stripped, with an appended "Above: …" caption cut from body
        lines — what enters the article text), ``raw`` (the line as saved) and
        ``reason`` (why it got its label). On a hard-wrapped page the first
        line of a paragraph holds the whole paragraph's ``text`` and its other
        lines carry the same label with empty ``text``.
    """
    page = _read_page(raw_text)
    rules = rules or load_rules()
    _mark_known(page, rules)
    _mark_bullet_lists(page)
    _mark_menus(page)
    _mark_signup_prompts(page)
    _mark_title(page, url)
    _mark_provider_lines(page)
    _mark_linked_headlines(page)
    names = _author_names(page)
    _mark_bios(page, names)
    _mark_author_cards(page)
    _mark_comments(page, names)
    _mark_caption_blocks(page)
    _mark_standfirst(page)
    _mark_relative_dates(page)
    _mark_end(page)
    for i in range(len(page.text)):
        if page.free(i):
            note = _cut_appended_caption(page, i)
            page.set(i, *_shape_label(page, i))
            page.reasons[i] += note if page.labels[i] == "body" else ""
            page.clean[i] = page.clean[i] if page.labels[i] == "body" else page.text[i]
    _mark_unsure_between_furniture(page)
    _mark_headline_lists(page)
    _mark_duplicates(page)
    return _as_frame(page)


def _as_frame(page: _Page) -> pd.DataFrame:
    """One row per raw line; the later lines of a hard-wrapped paragraph carry its label, no text."""
    rows = []
    for members, label, text, raw, reason in zip(page.members, page.labels, page.clean, page.raw, page.reasons):
        raws = raw.split("\n")
        rows.append((members[0], label, text, raws[0], reason))
        rows += [(n, label, "", r, f"continues line {members[0]} (hard-wrapped paragraph)")
                 for n, r in zip(members[1:], raws[1:])]
    columns = list(zip(*rows)) if rows else [[]] * 5
    return pd.DataFrame({
        "line_no": pd.Series(columns[0], dtype="int64"),
        "label": pd.Series(columns[1], dtype="string"),
        "text": pd.Series(columns[2], dtype="string"),
        "raw": pd.Series(columns[3], dtype="string"),
        "reason": pd.Series(columns[4], dtype="string"),
    })


def label_counts(lines: pd.DataFrame) -> pd.DataFrame:
    """Count the lines and words of each label per document.

    Parameters
    ----------
    lines : DataFrame
        The cleaning audit of :func:`analysis.load_lines`; needs ``doc_id``,
        ``label`` and ``raw``.

    Returns
    -------
    DataFrame
        Long form, one row per document × label (every label of :data:`LABELS`,
        zero counts included): ``doc_id``, ``label`` (categorical in
        :data:`LABELS` order), ``n_lines``, ``n_words`` (white-space tokens of
        the raw lines); sorted by doc_id then label.
    """
    missing = [c for c in ("doc_id", "label", "raw") if c not in lines.columns]
    if missing:
        raise ValueError(f"label_counts(): missing column(s) {missing}; present: {list(lines.columns)}. "
                         "Pass the frame returned by analysis.load_lines.")
    frame = pd.DataFrame({
        "doc_id": lines["doc_id"].astype(str),
        "label": pd.Categorical(lines["label"].astype(str), categories=list(LABELS)),
        "n_words": lines["raw"].astype(str).str.split().str.len(),
    })
    grid = pd.MultiIndex.from_product([sorted(frame["doc_id"].unique()), list(LABELS)], names=["doc_id", "label"])
    counts = frame.groupby(["doc_id", "label"], observed=False).agg(
        n_lines=("n_words", "size"), n_words=("n_words", "sum"))
    counts = counts.reindex(grid, fill_value=0).reset_index()
    counts["label"] = pd.Categorical(counts["label"], categories=list(LABELS))
    return counts.astype({"n_lines": "int64", "n_words": "int64"})
