"""Metadata found in the text of a page, and the outlet registry.

- :func:`find_date` / :func:`is_date_line`: publication dates as pages print
  them ("Published 12:08 15 Mar 2022 GMT", "20220302", "2022-03-15T09:30Z",
  "March 3, 2022", "Thu 3 Mar 2022 10.05 GMT", "03.03.2022" (dotted: day
  first), "3 March 2022 • 6:00pm", "Updated … | Published …" (the published
  stamp wins), glued copies "3 Mar 20223 Mar 2022" / "March 3, 20225:01 AM",
  "Published - March 04, 2022 11:48 pm IST", "14.03.2024, 17.32 Uhr", French,
  German and Spanish months "14 mars 2024", "14. März 2024", "14 de marzo de
  2024", "Updated … , first published …", "This story was originally published
  March 13, 2024 5:00 AM.", a section label glued to the time and day "Local
  News 09:14 May 2, 2024", a place before a bullet "Lviv, Western Ukraine ●
  Thu, March 3, 2022", a clock icon's alt text and the reading time glued on
  "Thu., March 3, 2022timer4 min. read", dots for spaces "Oct.3.2024 at 4:00PM", a
  print issue's week "MARCH 15-21, 2025" (its first day), a PDF page's running head
  "14 THE DAILY POST MARCH 15-21, 2025"). A slashed date is read when a
  number above 12 shows the order ("14/03/2024" day first, "03/14/2024" month
  first; with dashes too, "21-06-2024"); "Updated: 3/3/2022" is a date *line* but no date is read from it —
  its day/month order is ambiguous; so are a live blog's entry times ("21.58 GMT", "9.41am": a bare time with
  a zone or am/pm; "Feb 22, 9:40 PM EST": a day with no year) and a reading time beside the date ("… · 2 min
  read"); a stamp word glued to the zone is split off ("9:47 PM GMTUpdated 3 hours ago").
- :func:`published_date`: the page's publication day from its date lines — a
  "Published"/"First published" stamp beats a plain date, which beats an
  "Updated" one (with only "Updated" stamps, a live blog's earliest entry
  stamp on an earlier day, "Feb 22, 9:40 PM EST", dated in the update's year,
  wins); with no dated line, the date in the page address (``/2023/06/14/``,
  :func:`date_in_url`).
- :func:`find_url` / :func:`is_url_line`: a line that is a single web address
  (:func:`is_home_address`: a site's home address, no path, is not an article's).
- :func:`byline_name`: the author named by a byline ("By Jane Doe", "Words by
  Jane Doe", "Story by Jane Doe", "WRITER: Jane Doe", "By Europe correspondent
  Jane Doe", a station's name before it "WKXX | By Jane Doe"; job
  titles and outlets after a comma are dropped: "By Jane Doe, WKXX News 9";
  a comma before the last "and" is allowed: "By Jane Doe, John Roe, and Ann Poe";
  a bare "Jane Doe, Political Correspondent" is *not* read), or the
  reporters and writers of an agency credit ("(Reporting by Jane Doe in Kyiv;
  Editing by John Roe)": editors are not authors). Names may carry accents
  ("Paula Ríos") and a hyphenated particle ("Sara al-Amiri"); a month before a day ends the name.
  :func:`names_in_line` reads a line of bare names, dropping
  notes and outlets in brackets ("Jane Doe (now) and John Roe (earlier)", "Jane
  Doe (The Post)"), names split by a pipe ("Jane Doe | John Roe"); a newspaper's
  masthead ("Harbour Post", "The Daily Herald") is no name;
  :func:`is_role_line` tells a byline that names no one ("Special
  Correspondent", "Staff writer"); :func:`dateline_author` the author on a
  date line ("Posted on … by Jane Doe", "Posted by Jane Doe at 19:42", "Jane
  Doe / PTI / Updated: …", "Jane Doe · CBC News · Posted: Apr 16, 2024 … |
  Last Updated: April 16": an "Updated" part may give a day without the
  year). Widget labels ("Social Sharing", "Print", "Change Size") are no names, nor
  is an organisation's initials ("By RFE RL": :func:`byline_organisation`).
- :func:`is_relative_date_line` / :func:`is_short_date_line`: stamps with no
  day to read ("5 hours ago", "Article was updated 2 hrs ago"; "2d", "Feb 3" on
  reader comments; a portal's "• 2d • 3 min read" is a date line).
- :func:`load_outlets` / :func:`outlet_for_url`: the registry of outlets in
  ``analysis/data/outlets.csv`` (name, domains, publisher group), which users
  extend by adding rows.

Times are read as printed; time-zone names (GMT, BST, ET, …) are dropped, so a
``published`` value is the page's local clock time, tz-naive.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from . import paths
from .checks import read_data_table

__all__ = [
    "OUTLETS_CSV",
    "DATE_LINE_MAX_OTHER_WORDS",
    "STAMP_MAX_OTHER_WORDS",
    "find_date",
    "is_date_line",
    "is_relative_date_line",
    "is_short_date_line",
    "starts_with_relative_date",
    "published_date",
    "stamp_rank",
    "date_in_url",
    "find_url",
    "is_url_line",
    "is_home_address",
    "byline_name",
    "byline_organisation",
    "dateline_author",
    "is_name_line",
    "is_role_line",
    "names_in_line",
    "load_outlets",
    "outlet_for_url",
    "outlet_for_name",
    "domain_of",
]

#: The outlet registry: outlet, domains (";"-separated), publisher_group, country.
OUTLETS_CSV = paths.PACKAGE_DATA_DIR / "outlets.csv"

#: Month names and abbreviations: English, then French, German and Spanish
#: ("14 mars 2024", "14. März 2024", "14 de marzo de 2024").
_MONTHS = {
    m: i
    for i, names in enumerate(
        [("jan", "january", "janvier", "januar", "enero"), ("feb", "february", "février", "fevrier", "februar",
                                                            "febrero"),
         ("mar", "march", "mars", "märz", "marzo"), ("apr", "april", "avril", "abril"),
         ("may", "mai", "mayo"), ("jun", "june", "juin", "juni", "junio"), ("jul", "july", "juillet", "juli", "julio"),
         ("aug", "august", "août", "aout", "agosto"), ("sep", "sept", "september", "septembre", "septiembre"),
         ("oct", "october", "octobre", "oktober", "octubre"), ("nov", "november", "novembre", "noviembre"),
         ("dec", "december", "décembre", "decembre", "dezember", "diciembre")],
        start=1,
    )
    for m in names
}
#: English month names by number, to write a date out.
_MONTH_NAMES = ("January February March April May June July August September October November "
                "December").split()
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_TIME = r"(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?"
_DATE_PATTERNS = [
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:[T ]" + _TIME + r")?", re.I),
    re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d\d)(?P<mon>[01]\d)(?P<day>[0-3]\d)(?![\d-])"),
    # dotted day.month.year ("03.03.2022") is the European order; slashed dates are ambiguous, not read
    re.compile(r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.])"),
    # "3 March 2022", "3rd March, 2022", "14. März 2024", "14 de marzo de 2024"
    re.compile(r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?\s+(?:de\s+)?" + _MONTH
               + r",?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b", re.I),
    # "March 3, 2022", a print issue's week "MARCH 15-21, 2025" (its first day), "Oct.3.2024" (dots for spaces)
    re.compile(r"\b" + _MONTH + r"(?:\s+|(?<=\.))(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:[-–][0-3]?\d)?"
               r"(?:,?\s+|\.)(?P<year>(?:19|20)\d\d)\b", re.I),
]
_TIME_RE = re.compile(r"(?<![\d:])" + _TIME + r"(?![\d:])", re.I)
#: Words allowed on a date line besides the date itself.
_DATE_LINE_WORDS = set(
    """published updated last modified posted first on at date time gmt bst utc cet cest est edt et pt
    pst pdt ist aest aedt am pm a m p t z uhr um de monday tuesday wednesday thursday friday saturday sunday mon tue
    tues wed thu thurs fri sat sun and by of the""".split()
)
#: A date line may carry at most this many words that are neither date words nor
#: the date: a place or edition tag ("Thursday 3 March 2022 18:43, UK",
#: "Kyiv, 3 March 2022"); two or more read as a sentence that mentions a date.
DATE_LINE_MAX_OTHER_WORDS = 1
#: ... or this many, all capitalised, when the line prints a time as well as the day:
#: a stamp with a section label glued on ("Local News 09:14 May 2, 2024"); a sentence
#: mentioning a day and a time has more words, or words in lower case.
STAMP_MAX_OTHER_WORDS = 2
#: A print page's running head ("14 THE DAILY POST MARCH 15-21, 2025", "MARCH 15-21, 2025 THE DAILY
#: POST 19"): the page number at one end, the paper's name and the issue's date in capitals, with
#: at most this many words besides the date.
RUNNING_HEAD_MAX_OTHER_WORDS = 4
_PAGE_NUMBER_END = re.compile(r"^\d{1,3}\s+(?P<head>\D.*)$|^(?P<head2>.*\D)\s+\d{1,3}$")
#: "Updated 6:31 p.m. ET": a time with no date, announced as the page's time stamp.
_TIME_ONLY = re.compile(
    r"^(?:published|updated|posted|last updated|last modified)\s*:?\s*(?:on\s+|at\s+)?"
    r"(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4})?$",
    re.I,
)
#: Time zones a page prints after a time.
_ZONE = r"(?:GMT|BST|UTC|CET|CEST|EET|EEST|MSK|EST|EDT|ET|CST|CDT|CT|PST|PDT|PT|IST|JST|AEST|AEDT|SAST|WAT|EAT)"
#: "21.58 GMT", "9.41am": a live blog's entry time, alone on its line. A zone or
#: am/pm is needed: a bare "3:12" is a running time.
_BARE_TIME = re.compile(
    rf"^(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?\s*(?-i:{_ZONE})?|(?-i:{_ZONE}))$", re.I)
#: "2 min read" beside a date ("Sat, March 5, 2022 at 4:12 PM UTC · 2 min read").
_READING_TIME = re.compile(r"^\s*\d{1,3}\s*(?:min|mins|minute|minutes)\.?\s+read\s*$", re.I)
#: A reading time glued to the end of a date line, with or without a space or the alt
#: text of a clock icon before it ("Thu., March 3, 2022timer4 min. read").
#: A reading time before a stamp word ("3 min read Last Updated : Oct 25 2025 | 12:14 AM IST").
_LEADING_READING_TIME = re.compile(
    r"^(\s*\d{1,3}\s*(?:min|mins|minute|minutes)\.?\s+read)\s+(?=(?:last\s+|first\s+)?(?:updated|published|posted)\b)",
    re.I)
_GLUED_READING_TIME = re.compile(r"(?<=[A-Za-z\d])\s*\d{1,3}\s*(?:min|mins|minute|minutes)\.?\s+read\s*$", re.I)
#: A year glued to the next copy of the date ("3 Mar 20223 Mar 2022": a page
#: printing its date twice, as text and as a tooltip), to the time ("March 3, 20225:01 AM ET")
#: or to an icon's alt text in lower case ("March 3, 2022timer").
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=[0-3]?\d\s+" + _MONTH + r"|[01]?\d:[0-5]\d|(?-i:[a-z]))", re.I)
#: A stamp word glued to the time zone or time before it ("9:47 PM GMTUpdated 3 hours ago").
_GLUED_STAMP_WORD = re.compile(r"(?<=[A-Za-z0-9])(?-i:(?=(?:Updated|Published|Posted)\b))")
#: A live blog's entry stamp: a day with no year and a time with a zone or am/pm
#: ("Feb 23, 7:14 AM EST", "22 February, 9.40pm").
_ENTRY_STAMP = re.compile(
    rf"^(?:{_MONTH}\s+(?P<day>[0-3]?\d)|(?P<day2>[0-3]?\d)\s+{_MONTH.replace('?P<month>', '?P<month2>')}),?\s+"
    rf"(?:at\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?\s*(?-i:{_ZONE})?|(?-i:{_ZONE}))$", re.I)
#: "14/03/2024", "3/3/22", "16-05-2025" (dashes: a four-digit year): a date line; a date is read only
#: when a number above 12 tells the day from the month ("14/03/2024" day first, "03/14/2024" month first).
_SLASHED_DATE = re.compile(
    r"(?<![\d/-])(?P<first>[0-3]?\d)(?P<sep>[/-])(?P<second>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d\d|(?<=/)\d\d)(?![\d/-])")
#: Separator between the parts of a time stamp line ("Updated … | Published …",
#: "3 March 2022 • 6:00pm", "March 3, 2022 / 10:01 AM EST / CBS News"); besides
#: dates, a part may be a bare time, a name of up to two words (the outlet) or a
#: place ("Lviv, Western Ukraine ● Thu, March 3, 2022").
_STAMP_SEPARATOR = re.compile(
    r"\s*[|•·●]\s*|\s+/\s+"
    r"|,\s*(?=(?:updated|last updated|last modified|published|first published|posted)\b)", re.I)
#: A time stamp's parts as :func:`dateline_author` reads them: also split by a spaced dash ("Jane Doe —
#: Wednesday, 4 June 2025, 09:27").
_SIGNED_STAMP_SEPARATOR = re.compile(rf"{_STAMP_SEPARATOR.pattern}|\s+[–—]\s+", re.I)
#: An age: "12 hours", "3h", "5 hrs", "2d".
_AGE = r"(?:(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?|\d+\s?[smhd])"
#: "12 hours ago", "3h ago", "5 hrs ago", "3 hours 12 mins ago", "about 5 hours ago".
_AGO = rf"(?:(?:about|around|over|almost|nearly)\s+)?{_AGE}(?:,?\s+{_AGE})?\s+ago"
#: A short stamp with no year: a bare age ("2d", "5 hrs") or a day ("Feb 3", "3 February"),
#: the time after a comma ("12 Mar, 12:31").
_ANY_MONTH = _MONTH.replace("?P<month>", "?:")
_SHORT_DATE = re.compile(rf"^(?:{_AGE}|(?:{_ANY_MONTH}\s+[0-3]?\d|[0-3]?\d\s+{_ANY_MONTH})"
                         rf"(?:,\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)?)$", re.I)
#: The word announcing a stamp ("Last Updated: April 16"): cut before reading a short date.
_STAMP_WORD = re.compile(r"^\s*(?:(?:last|first)\s+)?(?:updated|published|posted|modified)\s*:?\s*", re.I)
#: An "Updated" stamp in sentence form ("Article was updated 2 hrs ago").
_STAMP_SENTENCE = r"(?:(?:this\s+)?(?:article|story|post|page)\s+(?:was\s+|has\s+been\s+)?)?"
_RELATIVE = re.compile(rf"^(?:{_STAMP_SENTENCE}(?:last\s+)?(?:published|updated?|posted)\s*:?\s*)?{_AGO}$", re.I)
#: "3h ago Rail services suspended": a time-stamped item of a list (key events, related stories).
_RELATIVE_LEAD = re.compile(rf"^{_AGO}\b\W*\w", re.I)
#: A date in a page address: "/2023/06/14/", "/2023-06-14/".
_URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-](?P<mon>[01]?\d)[/-](?P<day>[0-3]?\d)(?=/|-|$)")
#: How a date line announces its stamp: "published" (rank 0) beats a plain date (1),
#: which beats "updated" (2).
_STAMP_RANK = (
    (re.compile(r"\b(?:published|posted)\b", re.I), 0),
    (re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited)\b", re.I), 2),
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']+", re.I)
#: Capital letters of names, accented ones included ("Ángel", "Łukasz").
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
#: The words announcing a time stamp, never a name's ("By Jane Doe Published: Jun 20, 2025").
_STAMP_WORDS = r"(?:Published|Updated|Posted|Modified)"
#: A word of a name: capitalised ("Ríos", "O'Neil"), an initial ("J."), or a lower-case particle, alone ("van")
#: or hyphenated to the next part ("al-Sulaiti"); a month before a day is no name word ("Jane Doe May 21, 2025"),
#: nor is a stamp word.
_NAME_WORD = (rf"(?:(?!(?i:{_ANY_MONTH})\s+[0-3]?\d\b|{_STAMP_WORDS}\b)[{_UPPER}](?:[^\W\d_]|['’\-])+|[{_UPPER}]\.|"
              rf"(?:de|van|von|der|al|el|bin|da|di|le|la)(?:-[{_UPPER}](?:[^\W\d_]|['’\-])+|\b))")
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
#: A place of capitalised words in a time stamp, a comma before its region ("Lviv, Western Ukraine").
_PLACE = re.compile(rf"{_NAME_WORD}(?:,?\s+{_NAME_WORD}){{1,3}}")
#: The author signing a time stamp, cut before the stamp is read: "Posted by Jane Doe at
#: 19:42" (a blog's post footer), "Posted on March 5, 2022 by Jane Doe".
_STAMP_SIGNATURE = re.compile(rf"(?<=\S)\s+(?i:by)\s+{_NAME}(?=\s+(?i:at|on)\s|\s*$)")
#: A "By …" byline and a time stamp after a spaced dash ("by Jane Doe - 03/14/24 6:00 AM ET") or a
#: space before its stamp word ("By Jane Doe and John Roe Published: Jun 20, 2025 09:48 PM").
_SIGNED_STAMP = re.compile(rf"^(?P<by>(?i:by)\s+\S.*?)(?:\s+[–—-]\s+|\s+(?={_STAMP_WORDS}\b))(?P<stamp>\S.*)$")
#: A link to a stamp's change log after it ("Last updated 15 March 2024 — See all updates").
_HISTORY_LINK = re.compile(r"\s*[—–|-]?\s*\b(?:see|show|view) all (?:updates|changes|versions|revisions)$", re.I)
#: A note on the first publication under the article ("This story was originally
#: published March 13, 2024 5:00 AM."): read as a "Published" stamp.
_PUBLISHED_NOTE = re.compile(
    r"^this (?:story|article|post|report|content) (?:was )?(?:originally |first )?(?:published|posted)\b"
    r"(?:\s+on\b)?", re.I)
#: An edition or outlet in brackets after a stamp ("June 12, 2025 (Mainichi Japan)"): no word of the stamp.
_EDITION_NOTE = re.compile(r"\s*\((?:[A-Z][\w.&'’-]*\s*){1,3}\)\s*$")
#: A role between "By" and the name ("By Europe correspondent Jane Doe", "by Agency writers Jane Doe, John Roe").
_BYLINE_ROLE = r"(?:(?i:[a-z]+(?:\s+[a-z]+){0,2}\s+(?:correspondent|editor|reporter|writer|analyst)s?)\s+)?"
_BYLINE = re.compile(
    rf"^(?i:by|words by|text by|written by|reported by|story by|article by|author|reporter|writer)\s*:?\s+{_BYLINE_ROLE}"
    rf"(?P<name>{_NAME}(?:\s*(?:,\s*(?:and|&)|,|and|&)\s*{_NAME})*)"
)
#: Words of a job title printed after a name in a byline ("Jane Doe, Senior Foreign Correspondent").
_ROLE_WORDS = set(
    """correspondent correspondents editor reporter writer staff contributor analyst producer columnist
    chief bureau senior political foreign defence defense security""".split()
)
#: Capitalised words that occur in menus and buttons, never in a person's name.
_NOT_NAME_WORDS = set(
    """the your our us my and of for to more news home about contact submit content sign log subscribe
    menu search share follow latest video videos live sport sports world politics business opinion
    weather tech read watch listen topics terms privacy cookies advertise jobs community features
    shop store gift article articles app podcast podcasts newsletter newsletters donate comments
    what why how when where who which next happens feedback now playing social sharing print email save
    bookmark copy link audio loading error size font by""".split()
)
#: Words of a newspaper's name ("Harbour Post", "The Daily Herald"): a masthead on a line of its own is no
#: person's name.
_MASTHEAD_WORDS = set("post times herald tribune gazette journal chronicle daily".split())
#: An organisation's initials in a byline ("RFE RL"): words of one to three capitals, one of
#: them with no vowel; a person's name in capitals ("JOE LEE", "WU PEI-LING") has vowels in each word.
_INITIALS = re.compile(r"^(?=.*\b[B-DF-HJ-NP-TV-XZ]{1,3}\b)[A-Z]{1,3}(?:\s+[A-Z]{1,3})+$")
#: Jobs that end a byline naming a role, not a person ("Special Correspondent", "Our Staff Reporter").
_JOB_NOUNS = set("correspondent correspondents editor reporter reporters writer staff contributor columnist "
                 "analyst fellow bureau desk".split())
#: A newsroom named in another language before the outlet's name ("Redazione ANSA", "Redaktion Spiegel").
_NEWSROOMS = frozenset("redazione redaktion rédaction redacción redação".split())
#: The parts of an agency credit that name authors ("Reporting by", "Writing by"), not editors; a
#: translation's credit to the original's writers ("(Japanese original by Jane Doe and John Roe, Akita Bureau)").
_CREDIT_AUTHORS = re.compile(
    r"^(?:additional\s+)?(?:reporting|writing|reported|written|(?:[a-z]+\s+)?original)\s+by\s+(?P<names>.+)$", re.I)
#: Where a reporter in a bare byline writes from ("Jane Doe in Kyiv").
_PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*$")
#: A short note in brackets after a name in a byline ("(now)", "(earlier)"), or the
#: outlet the author writes for ("Jane Doe (The Post)", "Jane Doe (AFP)").
_NAME_NOTE = re.compile(r"\s*\((?-i:[a-z][a-z ]{0,20}|(?:[A-Z][\w.&'’-]*\s*){1,4})\)")


def _to_timestamp(match: re.Match, text: str) -> pd.Timestamp | None:
    """Build a timestamp from a date match plus a time printed on the same line."""
    parts = match.groupdict()
    if parts.get("first"):  # a slashed date: only when its order is plain
        order = _slashed_day_month(match, text)
        if order is None:
            return None
        year = parts["year"] if len(parts["year"]) == 4 else "20" + parts["year"]  # "14/03/24"
        parts.update(day=order[0], mon=order[1], year=year)
    month = int(parts["mon"]) if parts.get("mon") else _MONTHS[parts["month"].lower().rstrip(".")]
    hour = minute = 0
    # look for a time outside the date itself ("03.03.2022" holds no time)
    time = match if parts.get("hour") else _TIME_RE.search(f"{text[:match.start()]} {text[match.end():]}")
    if time is not None and time.group("hour"):
        hour, minute = int(time.group("hour")), int(time.group("minute"))
        ampm = (time.group("ampm") or "").lower()
        hour = hour % 12 + 12 if ampm.startswith("p") else (hour % 12 if ampm.startswith("a") else hour)
    try:
        return pd.Timestamp(year=int(parts["year"]), month=month, day=int(parts["day"]), hour=hour, minute=minute)
    except ValueError:
        return None


def _slashed_day_month(match: re.Match, text: str) -> tuple[str, str] | None:
    """(day, month) of a slashed date when a number above 12 shows the order, else None.

    With both numbers at most 12, a time on a 24-hour clock beside the date ("02/07/2025 -
    15:48") reads it day first: pages printing month first (US) print a 12-hour time.
    """
    first, second = match["first"], match["second"]
    if int(first) > 12 >= int(second):
        return first, second
    if int(second) > 12 >= int(first):
        return second, first
    return (first, second) if _is_24_hour(f"{text[:match.start()]} {text[match.end():]}") else None


def _is_24_hour(text: str) -> bool:
    """True when ``text`` prints a time on a 24-hour clock: an hour above 12, no am/pm."""
    time = _TIME_RE.search(text)
    return bool(time and int(time["hour"]) > 12 and not time["ampm"])


def find_date(text: str) -> pd.Timestamp | None:
    """Return the first publication-style date (with its time if printed) in ``text``.

    Returns None when no date is found or the date is impossible (2022-02-30).
    """
    text = _unglue(text)
    stamps = _STAMP_SEPARATOR.split(text)
    published = [p for p in stamps if re.match(r"\s*(?:published|posted|first published)\b", p, re.I)]
    if len(stamps) > 1 and published:
        found, time = _first_date(published[0]), _TIME_RE.search(published[0])
        if found is None and time:  # "Updated June 12 2025 - 4:48pm, first published 11:30am": the line's day
            day = _first_date(text)
            return None if day is None else _first_date(f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year} "
                                                         f"{time.group()}")
        return found
    return _first_date(text)


def _first_date(text: str) -> pd.Timestamp | None:
    """The first date (with its time if printed) in ``text``, by the date patterns."""
    best = None
    for pattern in (*_DATE_PATTERNS, _SLASHED_DATE):
        match = pattern.search(text)
        if pattern is _SLASHED_DATE and match and _slashed_day_month(match, text) is None:
            continue  # "3/3/22": day and month cannot be told apart
        if match and (best is None or match.start() < best.start()):
            best = match
    return _to_timestamp(best, text) if best else None


def is_date_line(line: str, *, max_words: int = 12) -> bool:
    """True when ``line`` is a date line: a date plus date words (Published, GMT …), or a
    "By …" byline and a date after a spaced dash ("by Jane Doe - 03/14/24 6:00 AM ET").

    Besides the date words, up to :data:`DATE_LINE_MAX_OTHER_WORDS` other words
    (a place or edition tag) are allowed, and the author signing the stamp (a
    blog's "Posted on March 5, 2022 by Jane Doe", "Posted by Jane Doe at 19:42");
    a note "This story was originally published March 13, 2024." is a
    "Published" stamp. "Updated 6:31 p.m. ET", "Posted by Jane Doe at 19:42" and
    a live blog's "21.58 GMT" (time stamps with no date) are date lines too,
    though :func:`find_date` reads no date in them.
    """
    line = _as_stamp(_unglue(line.strip()))
    if _is_running_head(line):
        return True
    if _TIME_ONLY.match(line) or _BARE_TIME.match(line) or _ENTRY_STAMP.match(line):
        return True
    signed = _SIGNED_STAMP.match(line)
    if signed and byline_name(signed["by"]) and is_date_line(signed["stamp"], max_words=max_words):
        return True  # "by Jane Doe and John Roe - 03/14/24 6:00 AM ET"
    stamps = [p for p in _STAMP_SEPARATOR.split(line) if p.strip()]
    if len(stamps) > 1:  # "Updated … EST|Published March 4, 2022 …", "3 March 2022 • 6:00pm"
        # "• 2d • 3 min read": a bare age counts as the stamp's date part; "By Jane Doe • 3 hours
        # ago": a relative date does next to a byline (on a teaser, "3h ago • Politics", it dates a link)
        signed = any(byline_name(p) for p in stamps)
        dated = [is_date_line(p, max_words=max_words) or bool(_SHORT_DATE.match(_STAMP_WORD.sub("", p).strip()))
                 or (signed and is_relative_date_line(p)) for p in stamps]
        rest = [p for p, d in zip(stamps, dated) if not d]
        return any(dated) and all(_is_time_or_name(p) for p in rest)
    slashed = _SLASHED_DATE.search(line)
    if not line or len(line.split()) > max_words or (find_date(line) is None and not slashed):
        return False
    rest = _SLASHED_DATE.sub(" ", line) if slashed else line
    for pattern in _DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    timed = bool(_TIME_RE.search(rest))
    others = [w for w in re.findall(r"[A-Za-z]+", _TIME_RE.sub(" ", rest)) if w.lower() not in _DATE_LINE_WORDS]
    label = timed and all(w[0].isupper() for w in others)  # "All News 17:26 March 14, 2024"
    return len(others) <= (STAMP_MAX_OTHER_WORDS if label else DATE_LINE_MAX_OTHER_WORDS)


def _is_running_head(line: str) -> bool:
    """True for a print page's running head in capitals: the page number at one end, the
    paper's name and the issue's date ("14 THE DAILY POST MARCH 15-21, 2025"), as a PDF
    edition's text shows it."""
    match = _PAGE_NUMBER_END.match(line)
    head = match and (match["head"] or match["head2"])
    if not head or not head.isupper() or find_date(head) is None:
        return False
    for pattern in _DATE_PATTERNS:
        head = pattern.sub(" ", head)
    return len(re.findall(r"[A-Za-z]+", head)) <= RUNNING_HEAD_MAX_OTHER_WORDS


def _unglue(text: str) -> str:
    """Split what a scraper glued together in a time stamp: a year and the time or the
    date's second copy ("March 3, 20225:01 AM"), a zone and a stamp word ("9:47 PM
    GMTUpdated 3 hours ago" -> "… GMT | Updated 3 hours ago"), a date and the reading
    time ("March 3, 2022timer4 min. read" -> "March 3, 2022 timer | 4 min. read")."""
    text = _GLUED_READING_TIME.sub(lambda match: f" | {match.group().strip()}", text)
    text = _LEADING_READING_TIME.sub(r"\1 | ", text)
    return _GLUED_STAMP_WORD.sub(" | ", _GLUED_YEAR.sub(r"\1 ", text))


def _as_stamp(line: str) -> str:
    """A date line read as a plain stamp: without the author signing it ("Posted by Jane
    Doe at 19:42" -> "Posted at 19:42"), a link to its change log ("Last updated 15
    March 2024 — See all updates") or an edition in brackets ("June 12, 2025 (Mainichi
    Japan)"), a note on the first publication as a "Published" stamp ("This story was
    originally published March 13, 2024", "This content was published on June 13, 2025")."""
    line = _EDITION_NOTE.sub("", _HISTORY_LINK.sub("", line))
    return _PUBLISHED_NOTE.sub("Published", _STAMP_SIGNATURE.sub("", line))


def _is_time_or_name(part: str) -> bool:
    """A part of a time stamp line that is a time ("10:01 AM EST"), a reading time
    ("2 min read"), a name of up to two words, a place of capitalised words ("Lviv,
    Western Ukraine"), a "By <Name>" byline or a relative update stamp ("Updated 3
    hours ago")."""
    words = re.findall(r"[A-Za-z]+", _TIME_RE.sub(" ", part))
    has_time = bool(_TIME_RE.search(part))
    return ((has_time and all(w.lower() in _DATE_LINE_WORDS for w in words)) or len(part.split()) <= 2
            or bool(_PLACE.fullmatch(part.strip()))
            or bool(_READING_TIME.match(part)) or byline_name(part) is not None
            or (is_relative_date_line(part) and stamp_rank(part) == 2))


def is_relative_date_line(line: str) -> bool:
    """True for '12 hours ago', 'Updated 3 days ago', '3h ago'."""
    return bool(_RELATIVE.match(line.strip()))


def is_short_date_line(line: str) -> bool:
    """True for a stamp with no year: a relative date ('3h ago'), a bare age ('2d',
    '5 hrs') or a day ('Feb 3', '3 February', '12 Mar, 12:31'), as printed on reader comments."""
    return is_relative_date_line(line) or bool(_SHORT_DATE.match(line.strip()))


def starts_with_relative_date(line: str) -> bool:
    """True when a relative date opens a longer line: '3h ago Rail services suspended'
    (a time-stamped item of a key-events or related-stories list)."""
    return bool(_RELATIVE_LEAD.match(line.strip())) and not is_relative_date_line(line)


def date_in_url(url: str | None) -> pd.Timestamp | None:
    """The day in a page address ('https://example.com/2023/06/14/us/story'), or None."""
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    try:
        return pd.Timestamp(year=int(match["year"]), month=int(match["mon"]), day=int(match["day"]))
    except ValueError:
        return None


def stamp_rank(line: str) -> int:
    """0 for a 'Published …' stamp, 2 for an 'Updated …' one, 1 for a plain date."""
    return next((rank for pattern, rank in _STAMP_RANK if pattern.search(line)), 1)


def published_date(date_lines: list[str], url: str | None = None) -> pd.Timestamp | None:
    """The publication date of a page from its date lines, else from its address.

    Parameters
    ----------
    date_lines : list of str
        The page's date lines, in page order.
    url : str, optional
        The page's address, read (:func:`date_in_url`) when no line gives a date.

    Returns
    -------
    Timestamp or None
        The date of the first line announcing publication ("Published …",
        "First published on …", "Posted …"); else of the first plain date
        line; else of the first "Updated …" line, or of a live blog's earliest
        entry stamp ("Feb 22, 9:40 PM EST") when that is on an earlier day;
        else the address's day.
    """
    dated = [(stamp_rank(line), n, date) for n, line in enumerate(date_lines)
             if (date := find_date(line)) is not None]
    if dated and min(dated)[0] == 2:  # only "Updated" stamps: a live blog's first entry is older
        return _first_entry_day(date_lines, min(dated)[2]) or min(dated)[2]
    return min(dated)[2] if dated else date_in_url(url)


def _first_entry_day(date_lines: list[str], updated: pd.Timestamp) -> pd.Timestamp | None:
    """The time of a live blog's earliest entry stamp ("Feb 22, 9:40 PM EST", no year),
    dated in the year of the page's ``updated`` stamp (the year before when that
    would put it after the update); None when no entry stamp is on an earlier day."""
    stamps = []
    for line in date_lines:
        match = _ENTRY_STAMP.match(_unglue(line.strip()))
        if not match:
            continue
        month = _MONTHS[(match["month"] or match["month2"]).lower().rstrip(".")]
        day = int(match["day"] or match["day2"])
        year = updated.year - ((month, day) > (updated.month, updated.day))
        stamp = find_date(f"{day} {_MONTH_NAMES[month - 1]} {year} {_TIME_RE.search(line).group()}")
        if stamp is not None:
            stamps.append(stamp)
    earlier = [t for t in stamps if t.normalize() < updated.normalize()]
    return min(earlier) if earlier else None


def find_url(text: str) -> str | None:
    """Return the first web address in ``text`` (trailing punctuation removed)."""
    match = _URL.search(text)
    if not match:
        return None
    url = match.group().rstrip(".,;:)]")
    return url if url.lower().startswith("http") else "https://" + url


def is_url_line(line: str) -> bool:
    """True when the whole line is one web address (optionally labelled 'URL:' / 'Source:')."""
    prefix = r"^(?:url|link|source|canonical|permalink|short link|short url)(?:\s*:\s*|\s+)"
    line = re.sub(prefix, "", line.strip(), flags=re.I)
    match = _URL.fullmatch(line.rstrip("/").rstrip()) or _URL.fullmatch(line)
    return bool(match)


def is_home_address(line: str) -> bool:
    """True when the line is a web address with no path or query (a site's home address,
    'www.example.co.ke' in a page's footer), which is not the article's."""
    if not is_url_line(line):
        return False
    address = urlparse(find_url(line))
    return not address.path.strip("/") and not address.query


def byline_name(line: str) -> str | None:
    """Return the name(s) of a 'By …' byline, or None.

    A trailing role or place after a comma is kept only if it looks like a name, and an
    outlet of the registry is no person ("By Jane Doe and John Roe, Associated Press").
    """
    credited = _credited_authors(line)
    if credited:
        return credited
    # "By Jane Doe | Staff" reads its first part; "WKXX | By Jane Doe" (a station's name before it) the "By …" part
    parts = re.split(r"\s+[|•·–—-]\s+", line.strip())
    match = next((found for part in parts if (found := _BYLINE.match(part))), None)
    if not match:
        return None
    name = re.sub(r"\s*,\s*(?:and\s+|&\s*)?|\s*&\s*", " and ", match.group("name"))  # "A, B, and C"
    people = [p.strip() for p in re.split(r"\s+and\s+", name)]
    # "Jane Doe, Senior Foreign Correspondent and John Roe": the role is no person, nor
    # is the outlet in "By Jane Doe and John Roe, WKRB News 9"
    people = [p for p in people if p and not (_ROLE_WORDS | _NOT_NAME_WORDS) & set(p.lower().split())
              and not _INITIALS.match(p) and outlet_for_name(re.sub(r"^the\s+", "", p, flags=re.I)) is None]
    return " and ".join(people) or None


def byline_organisation(line: str) -> str | None:
    """The organisation a 'By …' byline names by its initials ('By RFE RL' -> 'RFE RL'), or None.

    Such a byline (an aggregator's account for the outlet it republishes) names
    no person: :func:`byline_name` gives None for it.
    """
    match = _BYLINE.match(line.strip())
    return match["name"] if match and _INITIALS.match(match["name"]) else None


def dateline_author(line: str) -> str | None:
    """The author a date line names, or None.

    A blog's "Posted on March 5, 2022 by Jane Doe" names its author at the end;
    a stamp of parts split by " / ", "|", "•" or a spaced dash ("Jane Doe / TNN / Updated: Mar 6,
    2024", "Jane Doe — Wednesday, 4 June 2025, 09:27") in a part that is a person's name (an
    agency's initials are no name, nor is an outlet of the registry: "Kyiv Independent | March 3,
    2022").
    """
    match = re.search(r"\bby\s+(\S.*)$", line, flags=re.IGNORECASE)
    if match:
        return byline_name(f"By {match.group(1)}")
    stamps = _SIGNED_STAMP_SEPARATOR.split(line.strip())
    names = [" and ".join(found) for part in stamps
             if len(stamps) > 1 and (found := names_in_line(part)) and outlet_for_name(part) is None]
    return names[0] if names else None


def _credited_authors(line: str) -> str | None:
    """Reporters and writers of an agency credit, joined by ' and ' (None if it names none).

    "(Reporting by Jane Doe in Kyiv and John Roe; Editing by Ann Poe)" gives
    "Jane Doe and John Roe": the parts naming editors are skipped.
    """
    parts = re.split(r"\s*;\s*", line.strip().strip("()[]. "))
    names = [name for part in parts if (match := _CREDIT_AUTHORS.match(part))
             for name in names_in_line(match["names"]) or []]
    return " and ".join(names) or None


def is_name_line(line: str) -> bool:
    """True when the whole line is a person's name (2–4 capitalised words, no other punctuation).

    Menu words ("Submit Your Content") and job titles ("Special Correspondent") are no names.
    """
    line = line.strip()
    if not re.fullmatch(_NAME, line):
        return False
    return not any(word.lower() in _NOT_NAME_WORDS | _ROLE_WORDS | _MASTHEAD_WORDS for word in line.split())


def is_role_line(line: str) -> bool:
    """True for a byline naming a role and no person: 'Special Correspondent', 'Our Staff Reporter',
    'Staff writer'.

    The line is 2–4 words of letters, the first capitalised, the last a job
    (correspondent, reporter, editor, staff, …), or a newsroom in another language before
    the outlet's name ('Redazione ANSA').
    """
    words = line.strip().split()
    return (2 <= len(words) <= 4 and words[0][:1].isupper() and all(w.isalpha() for w in words)
            and (words[-1].lower() in _JOB_NOUNS or words[0].lower() in _NEWSROOMS))


#: The bureaus the authors write from after a pipe, split by slashes ("| New Delhi/Mumbai").
_BUREAUS_AFTER = re.compile(r"\s+\|\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:\s*/\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)+$")


def names_in_line(line: str) -> list[str] | None:
    """Return the names of a bare byline such as 'Shaun Walker in Kyiv and Julian Borger'.

    The line must consist only of person names, each optionally followed by
    'in <Place>' (a one-word country after a comma: 'in Amizmiz, Morocco') or a
    short note in brackets ('(now)'), joined by 'and', '&', commas or a pipe ('Jane Doe | John Roe'); job
    titles among them ('Jane Doe, Political Correspondent') are dropped. None otherwise, or when no name is left.
    """
    line = _BUREAUS_AFTER.sub("", line.strip())  # "Jane Doe & John Roe | New Delhi/Mumbai"
    parts = re.split(r"\s*(?:,|&|\band\b|\s\|\s)\s*", _NAME_NOTE.sub("", line))
    names = []
    placed = False
    for part in (p for p in parts if p):
        if placed and re.fullmatch(r"[A-Z][\w'’-]+", part):
            continue  # the country after a place ("Jane Doe in Amizmiz, Morocco and …")
        name = _PLACE_TAIL.sub("", part)
        placed = name != part
        if is_role_line(name):  # "Jane Doe, Political Correspondent"
            continue
        if not is_name_line(name):
            return None
        names.append(name)
    return names or None


def domain_of(url: str | None) -> str | None:
    """Return the lower-case host of ``url`` without a leading 'www.' (None if not a URL)."""
    if not isinstance(url, str) or not url.strip():
        return None
    host = urlparse(url if "://" in url else "https://" + url).hostname
    return host[4:] if host and host.startswith("www.") else host


@lru_cache(maxsize=4)
def _read_outlets(path: str, version: tuple[int, int]) -> pd.DataFrame:
    """Read the registry; ``version`` (mtime, size) makes an edited file be read again."""
    return read_data_table(path, ["outlet", "domains", "publisher_group"])


def load_outlets(path: str | Path | None = None) -> pd.DataFrame:
    """Return the outlet registry.

    Returns
    -------
    DataFrame
        Columns ``outlet``, ``domains`` (";"-separated hosts), ``publisher_group``
        ("" when independent or unknown), ``country``; one row per outlet.
    """
    path = Path(path or OUTLETS_CSV)
    return _read_outlets(str(path), (path.stat().st_mtime_ns, path.stat().st_size)).copy()


def outlet_for_url(url: str | None, *, registry: pd.DataFrame | None = None) -> tuple[str, str] | None:
    """Return ``(outlet, publisher_group)`` for the registry domain matching ``url``'s host.

    A host matches a domain when it equals it or is a sub-domain of it
    (``edition.cnn.com`` matches ``cnn.com``). Returns None if no row matches.
    """
    host = domain_of(url)
    if host is None:
        return None
    registry = load_outlets() if registry is None else registry
    for outlet, domains, group in zip(registry["outlet"], registry["domains"], registry["publisher_group"]):
        for domain in (d.strip().lower() for d in domains.split(";") if d.strip()):
            if host == domain or host.endswith("." + domain):
                return outlet, group
    return None


def outlet_for_name(name: str, *, registry: pd.DataFrame | None = None) -> tuple[str, str] | None:
    """Return ``(outlet, publisher_group)`` for a registry outlet named ``name`` (case-insensitive)."""
    registry = load_outlets() if registry is None else registry
    hits = registry[registry["outlet"].str.lower() == str(name).strip().lower()]
    if hits.empty:
        return None
    return hits["outlet"].iloc[0], hits["publisher_group"].iloc[0]
