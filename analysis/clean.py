"""Label every line of a scraped news page: article text or page furniture.

:func:`label_lines` gives each non-empty line one of :data:`LABELS`. The rules
look at the *shape* of a line and its place on the page, never at a particular
site:

1. **Known furniture** — phrases in ``analysis/data/boilerplate.txt`` (adverts,
   prompts, share buttons, "Read also:", "Topics:", photo credits); lines that
   are a single web address (``url``), a date ("Published 12:08 15 Mar 2022
   GMT", a live blog's "21.58 GMT" or "Feb 22, 9:40 PM EST") or a place line
   ("KYIV, Ukraine (CNN) —") (``dateline``; so is a stamp's word alone over its date:
   "Published" / "14 March 2024" or "Publishing date"; a plain date above the headline among
   the site's furniture, when a date line follows the headline, is the site's header date:
   ``boilerplate``); bulleted or indented list items and runs of three or more
   adjacent very short lines (menus; a relative date such as "5 hours ago", or
   a name over a "Follow" button, is no menu item, and short lines under a
   sentence ending in a colon, "The crossings in the plan include:", are its
   list's items) are ``boilerplate``, and so are a media player at rest (its
   clock "00:00" on a line of its own) and the labels in its block ("Only have
   a minute? Listen instead"), and a video's running time alone on a line
   ("01:12"), the one sentence right above it being the video's ``caption``
   (also led by a play icon, "▶️ 0:47", or under furniture: a content warning);
   bulleted points under a short "Key points:" line, and the full-sentence
   items of a bulleted list holding a long sentence, are ``body``; an agency
   sign-off ("ab/wmr (AP, Reuters)"), a reporter's sign-off under a live blog's
   entry ("-ABC News' Jane Doe") and a press release's "SOURCE <Company>"
   are ``byline``; a line addressing the reader right over a sign-up box's field
   or button ("Email address", "Subscribe"), or a block of up to three lines
   set off over it whose first line does (a heading a phrase rule took, "Sign
   up for <Site>", counts as that line), is its prompt (``boilerplate``), and so
   are the control and the fine print speaking to the reader right under it; a
   short unpunctuated line over a bulleted list of full sentences ("Key
   takeaways") is its ``subheading``; rows of a table flattened with tabs between
   the cells ("Tallinn<tab>1.2%", two or more such rows) are no menu: ``body``;
   a lone short line led by a dash between two paragraphs (or under an embedded
   post's credit) is a crosshead ("- Ministry condemns attack": ``subheading``).
2. **Title** — among the lines before the body (the first full sentence with
   another one close below it, no menu between: a lone sentence up top is a
   banner), the most headline-shaped line (4–50 words, no closing full stop,
   no "By …" line):
   repeated on the page, sharing words with the URL, or followed by a byline
   or date (share buttons skipped); a ticker banner ("Weather Alert: …") loses
   to any other line; on ties a line of usual headline length, then the
   earliest. With no such line, a headline-shaped line that a phrase rule took
   for furniture or a caption ("Photos: …", "… live updates: …") right over the
   first "By …" line, or over a deck over it (a phrase rule may have taken the
   deck too); full sentences opening with the live blog's name the headline
   opens with ("<Topic> live updates: …": its deck, its first paragraph) are
   then no links. In a dataset dump, the first line above a date or URL
   line (never a "By …" line). A browser-tab title "<headline> | <Site>" whose
   site the page shows on a line of its own outscores a deck under the missing
   headline; a wire story's version tag ("(LEAD) …", "UPDATE 2-…") is cut from
   the title's text. A sentence above the first headline-shaped line speaking for
   the site with two kinds of reader cue ("… is a nonprofit newsroom … our …")
   is a site note, not the body's start. A ticker banner "Breaking: …" / "Just in: …" loses
   like "… Alert: …". Later copies of the title are labelled ``title`` too (below the
   body's start, a later page's header of an article saved page after page, ``duplicate``;
   past the end of the article, where a copy is a link in a list, ``boilerplate``), but a browser-tab
   title above it ("<headline> - The Site") is the ``title`` (its text the
   headline alone) and the headline a ``duplicate``; a tab title that is the
   only headline loses the site's name when a pipe sets it off ("… | Euronews")
   or it names an outlet of the registry; a tab title with the site's name
   before the headline ("<Site> | <headline>"), the site shown on a line of its
   own, is the ``title`` too, and the headline further down, where the header
   ends, a ``duplicate``. A statement set over three lines — a name, its
   predicate opening in lower case and ending in a colon, the quote (a
   fact-check's claim card) — is ``body``, no byline or headline. A bare agency name right
   above the headline is a logo (``boilerplate``), right under it and above the
   date the provider (``byline``). A headline right under a "Related article" /
   "Read more" / "Related links" / "More from …" / "More on …" / "More in …" / "Latest news" /
   "Don't Miss..." label, and the headline list running on under it (also past
   an item a phrase rule took), are links (``boilerplate``), with an
   item's date and the teaser sentence under the date, or an item's text over
   its date (a channel's later posts: "Power is back." / "12 Mar, 17:10"), as are list items stamped
   with a relative time ("3h ago Rail services suspended"), and a label and a
   headline on one line ("READ: …", or with no colon after a label of two
   words: "Read more Why the tram is late"), and a headline right over a label
   closing it with an arrow ("Read More »"); in blank-line layout or in title case the
   list's headlines may end in full stops. Lines in capitals after the title are promos. Two or
   more full sentences in one block over the page's first date line are the
   headline and its deck, not the body (a blank line above a "By …" line does
   not end the block): the block's first line of headline length is the title
   however it ends.
3. **Byline** — "By Jane Doe", "(Reporting by …)", or a line of bare names
   ("Jane Doe in Kyiv and John Roe", "Jane Doe (now) and John Roe (earlier)";
   stacked, each name over a role line, it names all of them, the first name
   line's text holding every name; "By <initials>" ("By HRT BN") names an
   organisation, no person)
   that the page repeats outside its menus or shows just under the title
   (before the second full sentence), or a role naming no one there ("Special
   Correspondent", "Staff writer"), "X contributed to this report", agency and
   translator credits ("with AFP", "Additional sources • AFP", "Translated
   from the German by …", "With reports from …", "With files from …", "With
   reporting by …"), a
   site's sign-off ("– Rappler.com"), "The Post's Jane Doe contributed.", the
   issuer under a release's "News provided by" or "From:" (read before the
   headline is chosen), the "By …" byline repeated without its "By" (a foot byline);
   a "By" on a line of its own and the name under it are one
   byline, and a name line ending in a comma ("Jane Doe," over "Staff Writer")
   is no menu item; an author of the "By …" line named alone (a live blog
   entry's sign-off over its share buttons) is a byline, and heads an author
   card only with a role line or a bio under it; the reporter's e-mail address
   alone right under a paragraph signs it off (``byline``); a
   short role line right under it ("BBC News", "Reporting from Kyiv") or a
   title-case affiliation ("Associate Professor of …, University of …")
   belongs to it; a name over a role line ("Jane Doe" / "Senior Reporter") is
   no menu item. A paragraph that starts with the author's name or surname and
   describes them ("Doe is …"), or a sentence opening on their full name ("Jane
   Doe receives funding from …"), is an author bio (``boilerplate``). Past the
   second full sentence, a byline repeating an author that a byline higher up
   names ("Written by Jane Doe", "Jane Doe" over a bio) heads an author card:
   it, its role lines and a short bio under them are ``boilerplate``. After the first
   paragraph, a name line or a reader's handle over a date line ("Pat Roe" or
   "CanalCyclist" / "Feb 3", "2h ago") and the text under both, or over its
   text over the date ("Pat R." / "Stay strong." / "12 Mar, 12:31"), are a reader
   comment (``boilerplate``), also when the name closes a run of short lines
   taken for a menu (the previous comment's "Reply" and like count).
4. **Standfirst** — the first line under the title (buttons skipped) when it
   has no closing full stop, or when a byline/date line (then up to 100 words)
   or (blank-line layout) the lead picture follows it (not in a dump's "title,
   date, URL" header);
   with the unpunctuated summary points right under it when the byline or
   date follows them (full sentences too in a block closed by the date line).
   The points of a summary box between the headline and the body ("Summary"
   over its points) are standfirst, and a line of it speaking to the reader
   or about the page (an "AI generated" disclaimer) furniture.
5. **End of article** — after an end marker ("Topics:", "Related Topics",
   "Most read", "©", "End of Article", "About the author", a comment section's
   "Discussion about this post", "Responses (23)" or "2 comments:", a press
   release's "About <Company>", "Media Contact" and forward-looking-statements
   disclaimer, a
   paywall's "Subscribe now to read the full story" or "The rest is for
   subscribers only") that
   follows some body text, every line but a byline, a URL or the page's only
   date line is ``boilerplate`` (a copy of the headline there is a link). A
   picture's copyright credit ("© Kyodo": no year, no "All rights reserved")
   with full paragraphs under it, or closing a block of two lines under a
   caption-shaped line, is a ``caption`` and ends nothing.
6. **Captions** — a credit line's neighbours in the same block (no blank line
   between) that are short and hold words (a ticker "VARUNA.NS" or a figure
   "-2.14%" ends the block; in a block of at most four lines the same in any
   layout: a chart's title, subtitle, "Source: …" and "Chart: …" credit), the
   line announced by "Image caption," and, on a
   page without blank lines, the short line right above a bare credit (up to
   two or three sentences when the two lines are a block of their own, then in
   any layout); a one-sentence line with its source in brackets glued
   on ("… on Wednesday. (City Council)") is a caption; a
   name alone in brackets ("(Jane Doe)") or a name and an e-mail address
   naming no author ("Jane Doe jdoe@example.com") is a credit, and a line
   ending in a name and an organisation after its last sentence ("… (Jane
   Doe / The Post)", "…. JANE DOE / AGENCY") a caption; the first unlabelled
   block under the header's date, when it is one sentence over a bare name
   ("The court in Perm." / "Jane Doe"), is the lead picture's caption and
   credit, not a deck and byline (also with a deck and a byline between the
   headline and the date); in the
   body, a single sentence of six or more words with no closing punctuation
   reads as a picture description (unless it stops on "and", "the", …: a
   paragraph cut off by a paywall), as do "Above: …" tails, which are cut from
   the body line that carries them. An embedded post's credit line ("— Jane
   Doe (@janedoe) March 3, 2022") is a caption, but the post's text is kept as
   body (its "pic.twitter.com/…" link cut). A short line ending in an author's
   name after a full stop ("… in Belém. Jane Doe") is a caption and its credit.
7. **Subheadings** — short title-case lines without closing punctuation, or
   short questions without quotation marks (an apostrophe in "What's" is
   none) or wholly in them ("'Who pays?'"), or short lines wholly in quotation marks ("'We just want answers'": a
   quoted head, not a pull quote, though a later paragraph holds the quote),
   with body text above them and right under them. A short
   unpunctuated line kept as body for want of a better label is
   ``boilerplate`` when the lines on both sides of it are, or the other lines
   of its block (some furniture, the rest such short lines: a promo's points);
   unpunctuated lines right under a body line ending in a colon ("The plant
   includes:") are the items of its list (``body``);
   two lines taken as captions for their shape alone in one block (blank-line
   layout, or any layout past the article's last paragraph: a promo) are linked
   headlines or furniture (but items of a list whose bullets were lost, ``body``, when none
   opens on a capital and one on a lower-case letter) (``boilerplate``; a picture has one caption), and so is one in a
   block with a menu (a footer's address); past the article's last paragraph,
   one with a date right above or under it is a teaser's headline, and the
   date under it the teaser's (``boilerplate``). A live blog's entry head, a
   short unpunctuated line right under its time stamp and over its text, is a
   ``subheading`` (also when a phrase rule took it for furniture: "Watch: …"),
   a relative time ("2h ago") over an entry's head and text on a page with
   other entry times is the entry's ``dateline``, a short line ending in a colon
   over the first entry's time stamp ("Here's the latest:") the blog's lead-in
   (``boilerplate``), and a key-points head ("What to know") over body text a
   ``subheading``.
   Short numbered lines
   over body text are a listicle's heads (``subheading``) when the page numbers
   two of them in sequence; an interview turn ("Mehta: So it is a decision?",
   "Q. When will it end?") is no question subheading. Two or more lines citing
   a source and its date ("Email exchange with Jane Doe, spokesperson, March
   6, 2024") are the story's list of sources (``body``), the short line over
   them its head (``subheading``). Lines that speak to the reader or for the site
   (:func:`analysis.clean_phrases.reader_cues`: "you", "we", "this story",
   "please", an e-mail address) are furniture where no article text is around
   them: with two or more kinds of cue past the article's last paragraph (with a
   subheading over them), with one between two lines of furniture or in a
   block of furniture (also on a line taken for a subheading or caption by its
   shape: "Watch the EFL on Sky Sports" over a subscription offer), or with two
   on such a line anywhere ("Join our WhatsApp community HERE"); a block whose
   lines each carry two kinds, over furniture ("Do you work …? We want to hear
   from you." / "Share Your Story"), is a call-out; a block opening on "Dear
   readers," over its buttons is a letter from the site, and short lines about
   the page in a block of furniture ("Yes this page is useful") a feedback
   widget. A lone full
   sentence with no article text above it, between two lines of furniture, is
   a stray notice.
8. **Duplicates** — a body line that repeats an earlier body line, nearly
   (similarity >= :data:`NEAR_DUPLICATE_RATIO`, lines of six or more words)
   or as a part of it; a pull
   quote: a caption-shaped line repeating a body line, a line in quotation
   marks whose sentences a paragraph quotes split by the attribution, or a body
   line without closing punctuation that a later, longer one repeats in full;
   the attribution under a pull quote ("— Jane Doe, resident") goes with it.

Everything else is ``body``. When in doubt the rules keep a line as body, and
every label carries a ``reason``.

Hard-wrapped pages (terminal or e-mail dumps wrapped at 60–100 columns, a PDF
edition's columns) are unwrapped first: a near-full line and the line under it
are one paragraph (only when many such next lines start in lower case, as
wrapped prose does), and so are a short line and a line under it opening in
lower case (a headline broken over lines) and a drop cap and its word ("T" /
"HE price …"); a line in capitals (a running head: "14 THE DAILY POST MARCH
15-21, 2025" is a ``dateline``), a quotation or a short unpunctuated line (a
crosshead) under a full sentence, and a line set wider than the columns (a
caption, "… PHOTO | JANE DOE | AGENCY") break the paragraph;
on any page, a line of names broken off after "and" or a comma and the names
under it are one byline.

What it does not handle: non-English boilerplate; captions that end with a full
stop and sit in the body with no credit next to them (video captions); promo
or mission-statement sentences of a site that no phrase rule knows and no
sign-up box follows; a pull quote ending in a full stop set before the
paragraph it repeats; a first paragraph that a lone sentence-shaped deck
cannot be told from; a subheading right under a related-stories list in the
body (taken as one more linked headline); a title-case subheading "About …"
(taken for a press release's company profile, which ends the article); a
byline split over lines with each author's outlet between the names ("by" /
"Jane Doe" / ", The Post, and" / "John Roe" / ", The Times") names only the first
author in the metadata; a place line of bare capitalised words between a bare-name
byline and the date ("Jane Doe" / "Porto Velho" / "Oct.3.2024") is taken for a second
byline; on a PDF page, an advert and a box of other stories ("IN BRIEF") set after
the article are kept as body.
Measured on hand-labelled blind pages in ``tests/data/corpus_blind*`` (see
its README).

Modules: this one holds the public API and runs the steps in order;
:mod:`analysis.clean_phrases` the phrase rules (``boilerplate.txt`` and the
wording patterns), :mod:`analysis.clean_features` the page under labelling
and the line-shape tests, :mod:`analysis.clean_header` the steps on the
header and the page's people (2–4), :mod:`analysis.clean_body` those on
furniture and the body (1, 5–8), :mod:`analysis.clean_furniture` those on
links, sign-up boxes, media players and notes to the reader set among the
article's lines.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import paths
from .clean_phrases import (
    Rules, _compile_rules,
)
from .clean_features import (
    _Page, _read_page,
)
from .clean_header import (
    _author_names, _mark_author_cards, _mark_bios, _mark_comments, _mark_header_dates, _mark_issuers,
    _mark_provider_lines,
    _mark_split_statements, _mark_standfirst, _mark_summary_box, _mark_title,
)
from .clean_body import (
    _cut_appended_caption, _mark_bullet_lists, _mark_caption_blocks, _mark_duplicates, _mark_end,
    _mark_header_picture, _mark_known, _mark_menus, _mark_relative_dates, _shape_label, _mark_credited_captions,
    _mark_numbered_heads, _mark_phrased_entry_heads, _mark_source_lists,
)
from .clean_furniture import (
    _mark_fragment_lists, _mark_headline_lists, _mark_linked_headlines, _mark_media_players, _mark_reader_notes,
    _mark_signup_prompts, _mark_site_notes_on_top, _mark_trailing_links, _mark_unsure_between_furniture,
    _mark_video_captions,
)
from .clean_body import NEAR_DUPLICATE_RATIO
from .clean_features import ARTICLE_LABELS
from .clean_features import _INVISIBLE  # noqa: F401  (the loader's test of an empty line)

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
BOILERPLATE_TXT = paths.PACKAGE_DATA_DIR / "boilerplate.txt"


def load_rules(path: str | Path | None = None) -> Rules:
    """Read and compile the phrase rules (see the header of ``boilerplate.txt``).

    Compiled rules are cached until the file changes. Raises ValueError naming
    the line of a malformed rule.
    """
    path = Path(path or BOILERPLATE_TXT)
    return _compile_rules(str(path), (path.stat().st_mtime_ns, path.stat().st_size))


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
        lines — what enters the article text; the first name line of a byline
        stacked over lines holds all its names, the quotation over the title of a
        headline in two parts the whole headline, the title line under it none), ``raw`` (the line as saved) and
        ``reason`` (why it got its label). On a hard-wrapped page the first
        line of a paragraph holds the whole paragraph's ``text`` and its other
        lines carry the same label with empty ``text``.
    """
    page = _read_page(raw_text)
    rules = rules or load_rules()
    _mark_known(page, rules)
    _mark_bullet_lists(page)
    _mark_menus(page)
    _mark_media_players(page)
    _mark_video_captions(page)
    _mark_signup_prompts(page)
    _mark_site_notes_on_top(page)
    _mark_issuers(page)
    _mark_split_statements(page)
    _mark_title(page, url)
    _mark_header_dates(page)
    _mark_provider_lines(page)
    _mark_linked_headlines(page)
    _mark_header_picture(page)
    names = _author_names(page)
    _mark_bios(page, names)
    _mark_author_cards(page)
    _mark_comments(page, names)
    _mark_credited_captions(page, names)
    _mark_caption_blocks(page)
    _mark_summary_box(page)
    _mark_standfirst(page)
    _mark_relative_dates(page)
    _mark_end(page)
    for i in range(len(page.text)):
        if page.free(i):
            note = _cut_appended_caption(page, i)
            page.set(i, *_shape_label(page, i))
            page.reasons[i] += note if page.labels[i] == "body" else ""
            page.clean[i] = page.clean[i] if page.labels[i] == "body" else page.text[i]
    _mark_source_lists(page)
    _mark_fragment_lists(page)
    _mark_headline_lists(page)
    _mark_unsure_between_furniture(page)
    _mark_trailing_links(page)
    _mark_numbered_heads(page)
    _mark_phrased_entry_heads(page)
    _mark_reader_notes(page)
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
