"""Phrase rules of :mod:`analysis.clean`: what a line says, not where it stands.

The rules read from ``analysis/data/boilerplate.txt`` (:class:`Rules`, compiled
by :func:`analysis.clean.load_rules`) and the patterns of lines whose wording
marks them: place lines of datelines, tab-title suffixes, related-link labels,
ticker banners, sign-up controls, credits and sign-offs, author bios, and
the cues of a line speaking to the reader or for the outlet
(:func:`reader_cues`). Internal to :mod:`analysis.clean`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: Agency credits are looked for in the last this many characters of a line.
AGENCY_TAIL_CHARS = 80
_PLACE_LINE = re.compile(r"^[A-Z][\w.,'’()\s-]{1,60}\s[—–-]{1,2}$")
#: What follows the headline in a browser-tab title: a separator and the site's name (" - The Hindu").
_SITE_SUFFIX = re.compile(r"^\s+[-–—|:·•]\s+([^.!?:|]+)$")
#: A headline line ending in the site's name ("<headline> | Euronews"): the last separator and the name.
_OWN_SITE_SUFFIX = re.compile(r"^(?P<head>.*\S)\s+(?P<sep>[-–—|·•])\s+(?P<site>[^.!?:|]+)$")
#: A browser-tab title with the site's name before the headline ("Euronews | <headline>").
_SITE_PREFIX = re.compile(r"^(?P<site>[^.!?:|]+?)\s+\|\s+(?P<head>\S.*)$")
#: The predicate of a statement whose subject, a name, is the line above ("stated on March 4, 2024 in a
#: video:", "said on Tuesday:"): a line opening on a word in lower case and ending in a colon.
_PREDICATE_LINE = re.compile(r"^(?-i:[a-z]+)\s.*:$")
#: A wire story's version tag opening its headline ("(LEAD) …", "(2nd LD) …", "UPDATE 2-…"), in capitals.
_VERSION_TAG = re.compile(
    r"^(?:\((?:LEAD|URGENT|UPDATE(?: \d+)?|\d+(?:st|nd|rd|th) LD|CORRECTED|REFILE|WRAPUP(?: \d+)?)"
    r"(?:,[^()]{1,20})?\)\s*|(?:UPDATE \d+|REFILE|CORRECTED|WRAPUP \d+)\s*-\s*)(?=\S)")
#: The source line of a chart or table ("Source: Clarkson Research", "Sources: ONS; Eurostat").
_SOURCE_LINE = re.compile(r"^(?:data )?sources?\s*:\s*\S[^.!?]{0,60}$", re.I)
#: The date closing a cited source ("Email exchange with Jane Doe, spokesperson, March 6, 2024", "…, accessed
#: March 8, 2024"): the part after the last comma but for a year's.
_CITED_DATE = re.compile(
    r",\s+(?:(?:accessed|retrieved|published|updated|posted)\s+)?(?P<date>[^,]+(?:,\s*\d{4})?)\.?$", re.I)
#: The label over the company issuing a press release ("News provided by") or the body
#: issuing a government's ("From:").
_PROVIDED_BY = re.compile(r"^(?:(?:news |content |story )?(?:provided|distributed|issued) by\s*:?|from\s*:)$", re.I)
#: A time stamp's word alone on a line, over the date ("Published" / "14 March 2024", "Publishing date").
_STAMP_LABEL = re.compile(r"^(?:(?:last|first)\s+)?(?:updated|published|posted|modified)\s*:?$"
                          r"|^(?:date\s+(?:of\s+)?)?(?:publishing|publication|published)(?:\s+date)?\s*:?$", re.I)
#: A button to follow the author, next to their name ("Follow", "+ Follow").
_FOLLOW_BUTTON = re.compile(r"^\W*follow\W*$", re.I)
#: Labels of related-story links; the headline on the next line is part of the link.
_LINK_LABEL = re.compile(
    r"^(related( \w+){0,2}|read|read (more|also|next)( \w+){0,3}|also (read|see)|see also|"
    r"more (on|from|in)( (\w+|&)){1,4}|recommended|watch|listen|trending( now| stories| on( \w+){1,3})?|"
    r"most (read|popular|viewed|liked|saved|shared|emailed|commented)|popular (from|in|on)( \w+){1,3}|go deeper|"
    r"(sponsored|promoted|partner) (stories|content|links)|"
    r"editors['’]? picks?|recent posts|top stories|more stories|you (may|might) also like|more to read|"
    r"don['’]t miss|"
    r"(what )?(our )?(subscribers|readers|people) are reading( now)?|"
    r"latest (news|stories|headlines|articles|videos)( from( \w+){1,4})?)"
    r"\s*(?:[:\-–—]|\.{2,3}|…)?$", re.I)
#: A salutation to the site's readers opening a letter from the site ("Dear readers,").
_SALUTATION = re.compile(r"^dear (?:readers|users|visitors|subscribers|supporters|friends)\b.{0,40}$", re.I)
#: A link label pointing on with an arrow ("Read More »", "Read more →"): it closes the
#: link whose headline is right above it.
_CLOSING_LINK = re.compile(r"^(?P<label>\S.{1,40}?)\s*[»›→]+$")
#: A ticker banner over the headline ("Weather Alert: Dense fog advisory until 10 AM", "Breaking: …",
#: "Breaking News: …", "Just in: …"). ("Heat warning: …" opens many headlines; "… Alert:" is a ticker's label.)
_BANNER = re.compile(r"^(?:(?:[\w'’-]+\s+){0,3}alerts?|breaking(?:\s+news)?|just\s+in)\s*:\s+\S", re.I)
#: The field or button of a sign-up box ("Email address", "Subscribe", "Type your email…").
_SIGNUP_CONTROL = re.compile(
    r"^(?:subscribe|sign up|sign me up|join now|register|(?:your )?e-?mail(?: address)?"
    r"|(?:enter |type )?your e-?mail(?: address)?)"
    r"(?:\W*|\s+(?:now|for free))$", re.I)
#: A sign-up prompt speaks to the reader: "you"/"your", or an imperative first word.
_ADDRESSES_READER = re.compile(
    r"\b(?:you|your)\b|^(?:get|sign|join|subscribe|receive|stay|never|don['’]t|want|enter)\b", re.I)
#: The account of an embedded social-media post, in its credit line ("(@janedoe)").
_POST_HANDLE = re.compile(r"\(@\w{1,30}\)")
_APPENDED_CAPTION = re.compile(
    r"(?<=[.!?'’\"”])\s*(?:Above|Below|Pictured|Left|Right|Top|Inset|Main picture)"
    r"(?:\s*\([^)]{1,30}\))?\s*:\s+[^.!?]{3,200}$"
)
#: The picture link closing the text of an embedded post.
_POST_PICTURE_LINK = re.compile(r"\s+pic\.twitter\.com/\w+$")
_CREDIT_LINE = re.compile(
    r"^\(?(?:reporting|writing|additional reporting|editing) by\b.{0,200}\)?$"
    r"|^.{0,200}\bcontributed (?:reporting|research|to this (?:report|story|article))\b.{0,120}$"
    # ... or a colleague's name and a bare "contributed." ("The Post's Jane Doe contributed.")
    r"|^.{0,60}?(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+contributed\.?$"
    # news agencies credited for part of the text ("with AFP", "Additional sources • AFP")
    r"|^(?:with|additional (?:sources|reporting)(?:\s*(?:by\b|[•·|:–—-]))?)\s+(?:(?:the )?(?:agencies|wires|"
    r"AFP|AP|Reuters|dpa|EFE|ANSA|Xinhua|Kyodo|AAP|PA|Associated Press|Agence France-Presse)(?:,\s*|\s+and\s+)?)+$"
    # a translator is credited, not an author ("Translated from the German by …")
    r"|^translated (?:from (?:the )?\w+ )?by\s+\S.{0,80}$"
    # ... or a translator, editor or video maker under a label ("Translation: Jane Doe", "Editing: John Roe and
    # Ann Poe", "Video by: Jane Doe")
    r"|^(?:translation|editing|proofreading|video by)\s*:\s*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    r"(?:\s*(?:,|\band\b|&)\s*(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))*$"
    # a colleague credited for part of the reporting ("With reports from Paolo Lagman", "With files from …",
    # "With reporting by the Service, Reuters, and AFP")
    r"|^with (?:additional )?(?:reports?|files) from\s+\S.{0,80}$"
    r"|^with (?:additional )?reporting (?:by|from)\s+\S.{0,120}$"
    # an editor credited under the text, maybe with the desk's initials ("Edited by Nerys Avery/ts")
    r"|^edited by\s+(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:/[a-z]{1,4})?$", re.I)
#: The sign-off of agency-based reports: editors' lower-case initials and the agencies.
_SIGN_OFF = re.compile(r"^[a-z]{2,4}(?:(?:/[a-z]{2,4})+\s*(?:\([A-Za-z,;/ .-]{2,60}\))?|\s*\([A-Za-z,;/ .-]{2,60}\))$"
                       # a press release's issuer under its text ("SOURCE Harbor Labs, Inc.")
                       r"|^(?-i:SOURCE\s+[A-Z][^\n]{1,80})$"
                       r"|^(?i:[a-z]{2,8}\s*(?:/|with|and)\s*(?:wires|agencies))$"
                       # the site's name signing off the text ("– Rappler.com")
                       r"|^[–—-]\s*(?i:[a-z][\w-]{1,30}\.(?:com|net|org|news|co\.[a-z]{2}|[a-z]{2}))$"
                       # the paper and the agency in capitals, split by a slash ("— TIMES/AFP")
                       r"|^[–—-]\s*[A-Z]{2,12}(?:/[A-Z]{2,12})+$"
                       # an outlet's service or desk signing off a live blog's entry ("— RFE/RL's Georgian
                       # Service", "– Reuters' Moscow bureau")
                       r"|^[–—-]\s*[A-Z][\w/.&]*(?:\s+[A-Z][\w/.&]*){0,3}['’]s?"
                       r"\s+(?:[A-Z][\w-]*\s+){0,2}(?i:service|desk|bureau|newsroom)$")
#: A reporter's sign-off under a live blog's entry or a paragraph: a dash, then the
#: name, with the outlet's name in the possessive before it ("-ABC News' Jane Doe",
#: "— Jane Doe"); the name is checked by :func:`analysis.metadata.names_in_line`.
_NAMED_SIGN_OFF = re.compile(
    r"^[–—-]\s*(?:[A-Z][\w.&]*(?:\s+[A-Z][\w.&]*){0,3}['’]s?\s+)?(?P<name>[A-Z][^\d()@]{2,60})$")
#: A line under a byline saying where the author reported from ("Reporting from Kyiv, Ukraine").
_REPORTING_FROM = re.compile(r"^(?:reporting|reported|writing) from\b[^.!?]{0,60}$", re.I)
_BIO = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+(?:is|was|has been|joined|covers|writes)\b.{0,120}"
    r"\b(?:reporter|journalist|editor|correspondent|writer|lead|producer|contributor|columnist|"
    r"presenter|freelance|graduat)",
)

#: A related-story link on one line: a link label, a colon, the headline ("READ: …", "Read more: …"),
#: or a label of two words or more and the capitalised headline without a colon
#: ("Read more Subscribers only In Marseille, …").
_INLINE_LINK = re.compile(r"^(?P<label>[^:]{2,40}):\s+(?P<link>\S.*)$"
                          r"|^(?P<bare>(?i:read more|read also|also read|see also"
                          r"|related (?:stories|articles|coverage)))"
                          r"\s+(?P<head>(?-i:[A-Z]).*)$")
#: The label of a summary box above the article ("Summary", "In brief", "At a glance").
_SUMMARY_LABEL = re.compile(r"^(?:(?:ai|article|story) )?(?:summary|in brief|at a glance|tl;?dr|the gist)\s*:?$", re.I)
#: The head of a box of key points at the top of the article ("What to know", "Key takeaways").
_KEY_POINTS_LABEL = re.compile(
    r"^(?:what (?:to|you need to|we) know(?: so far| now)?|key (?:points|takeaways|facts))\s*:?$", re.I)
#: A turn of an interview: the speaker's name and a colon opening the line ("Mehta: …", "Lina Mehta: …"),
#: or a Q&A's label of a question or an answer ("Q. …", "Question. …", "A: …").
_SPEAKER_TURN = re.compile(r"^(?:(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}):|(?:Q|A|Question|Answer)[.:])\s+\S")
#: A numbered head of a listicle ("1. Nobody eats dinner before 8 p.m.", "2) The paperwork …").
_NUMBERED_HEAD = re.compile(r"^(?P<number>\d{1,2})[.)]\s+\S")
#: Quotation marks: a line quoting someone speaks for them, not for the site.
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
#: The attribution of a quote: a dash and the speaker's name ("— Jane Doe, resident", "– Jane Doe").
_QUOTE_CREDIT = re.compile(r"^[—–―-]\s*(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z])")
#: A line wholly in quotation marks ("'We just want answers'"): a head quoting the article.
_QUOTED_LINE = re.compile(r"^[\"“‘'].*\w.*[\"”’']$")
#: Double or single quotation marks; an apostrophe inside a word ("What's next?") is none.
_ANY_QUOTE_MARK = re.compile(r"[\"“”„«»]|(?<!\w)['‘’]|['‘’](?!\w)")
#: A reader's handle as the name over a comment: one word of letters with a capital
#: inside it or with digits or an underscore ("CanalCyclist", "jo_parry88").
_HANDLE = re.compile(r"^@?(?=[A-Za-z]\w*(?:[a-z][A-Z]|\d|_))[A-Za-z][\w.-]{2,29}$")
#: A commenter's name as a comment section prints it: a first name and an initial ("Pat R", "Pat R."), a
#: lower-case particle before the surname allowed ("Piet vd Berg"); checked only over a comment's date.
_COMMENTER = re.compile(
    r"^[A-Z][^\W\d_]+(?:\s+(?:van|vd|v/d|von|de|da|di|du|le|la|al|el|bin|der|den|ter))?\s+[A-Z](?:[^\W\d_]+|\.)?$")
#: A photo credit of a name alone in brackets under the caption ("(Rachel Hale)").
_BRACKETED = re.compile(r"^\((?P<inner>[^()]{3,60})\)$")
#: A photo credit of the photographer and the agencies split by slashes ("Jane Doe / Harbour Post / Pixel /
#: AFP"): a name (checked by :func:`analysis.metadata.is_name_line`), then one to four parts of one to three
#: capitalised words.
_SLASHED_CREDIT = re.compile(r"^(?P<name>[^/]{3,40}?)(?:\s+/\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}){1,4}$")
#: A photo credit of the photographer's name and e-mail address ("Jane Doe jdoe@example.com").
_EMAIL_CREDIT = re.compile(r"^(?P<name>.{3,60}?)\s+\S+@[\w-]+(?:\.[\w-]+)+$")
#: An e-mail address alone on a line ("jdoe@example.com").
_EMAIL_ONLY = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
#: The clock of a media player at rest, on a line of its own ("00:00", "0:00 / 03:41").
_PLAYER_TIME = re.compile(r"^0?0:00(?::00)?(?:\s*/\s*\d{1,2}:[0-5]\d(?::[0-5]\d)?)?$")
#: A video's running time on a line of its own ("01:12", "1:02:33"), a play icon may lead it ("▶️ 0:47").
_RUNNING_TIME = re.compile(r"^(?:[▶►⏵]\ufe0f?\s*)?\d{1,2}:[0-5]\d(?::[0-5]\d)?$")
#: What makes a line speak to the reader or for the outlet, by kind (see :func:`reader_cues`).
_READER_CUES = {
    "reader": re.compile(r"\b(?:you|your|yours)\b", re.I),
    # "Our correspondent in Hyderabad adds: …" opens a report from the paper's staff, not a note to the reader
    "outlet": re.compile(r"\b(?:we|us)\b|\bour\b(?!\s+(?:own\s+)?(?:staff\s+)?(?:correspondents?|reporters?)\b)",
                         re.I),
    "about the page": re.compile(
        r"\b(?:this|the full) (?:story|article|post|page|piece|report|conversation|interview|newsletter|site|summary|"
        r"content)\b|\brepublish(?:ing)?\b|\bearlier version\b|\bjournalism\b|\bsubscri(?:be|bing|ption)\b"
        r"|\bnewsletters?\b|\bapp\b|\bsign(?:ing)? up\b|\bdownload\b", re.I),
    "request": re.compile(r"^(?:please|download|subscribe|support|sign up|follow|share|click|tap|get|join|stay|"
                          r"watch|listen|stream|discover|enjoy|thanks?|thank you)\b|\bplease\b", re.I),
    "contact": re.compile(r"\S@\w[\w-]*\.\w|\bwhatsapp\b|\b(?:e-?mail|contact) us\b", re.I),
}


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



def reader_cues(text: str) -> set[str]:
    """The kinds of cue by which ``text`` speaks to the reader or for the site.

    Parameters
    ----------
    text : str
        One stripped line.

    Returns
    -------
    set of str
        Among "reader" (you, your), "outlet" (we, our, us), "about the page"
        ("this story", "this content", "an earlier version", republishing,
        subscribing, newsletters, apps),
        "request" ("Please …", "Download …", "Thanks for …") and "contact" (an
        e-mail address, "email us"). Empty for a line with quotation marks: a
        quoted speaker's "you" and "we" are theirs, not the site's.
    """
    if _QUOTE_MARK.search(text):
        return set()
    return {kind for kind, pattern in _READER_CUES.items() if pattern.search(text)}
