"""Tests for analysis.metadata: dates, URLs and bylines in page text; the outlet registry.

Expected values are read off the example strings by hand.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import metadata


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 12:08 15 Mar 2022 GMT", "2022-03-15 12:08"),
        ("20220302", "2022-03-02"),
        ("2022-03-15T09:30Z", "2022-03-15 09:30"),
        ("March 3, 2022", "2022-03-03"),
        ("Thu 3 Mar 2022 10.05 GMT", "2022-03-03 10:05"),
        ("Last modified on Thu 3 Mar 2022 18.45 GMT", "2022-03-03 18:45"),
        ("Updated 7:45 PM EST, Thu March 3, 2022", "2022-03-03 19:45"),
        ("Monday 14 March 2022 08:27 GMT", "2022-03-14 08:27"),
        ("Published On 10 Sep 2022", "2022-09-10"),
        ("Published On 3 Mar 20223 Mar 2022", "2022-03-03"),  # date printed twice, glued
        ("March 3, 20225:01 AM ET", "2022-03-03 05:01"),  # year glued to the time
        ("Thursday 3 March 2022 18:43, UK", "2022-03-03 18:43"),  # one place word allowed
        ("Date 03.03.2022", "2022-03-03"),  # dotted: day first; "03.03" is no time
        ("3 March 2022 • 6:00pm", "2022-03-03 18:00"),
        ("Updated March 4, 2022 at 8:01 p.m. EST|Published March 3, 2022 at 6:15 a.m. EST", "2022-03-03 06:15"),
        ("Posted Thu 3 Mar 2022 at 7:41am, updated Thu 3 Mar 2022 at 10:20am", "2022-03-03 07:41"),
        ("Updated on: March 3, 2022 / 10:01 AM EST / CBS News", "2022-03-03 10:01"),
        ("Posted on March 5, 2022 by Karen Whitfield", "2022-03-05"),
        ("Published - January 09, 2023 07:15 pm IST", "2023-01-09 19:15"),
        ("Tue, June 6, 2023 at 9:30 AM UTC · 4 min read", "2023-06-06 09:30"),  # reading time beside the date
        # rounds 21-22: an edition in brackets, "This content was published on", a published stamp with only a
        # time on a line its update dates, a reading time before the stamp
        ("June 12, 2025 (Mainichi Japan)", "2025-06-12"),
        ("This content was published on June 13, 2025 - 09:00", "2025-06-13 09:00"),
        ("Updated June 12 2025 - 4:48pm, first published 11:30am", "2025-06-12 11:30"),
        ("3 min read Last Updated : Oct 25 2025 | 12:14 AM IST", "2025-10-25 00:14"),
    ],
)
def test_date_lines(line, expected):
    assert metadata.find_date(line) == pd.Timestamp(expected)
    assert metadata.is_date_line(line)


@pytest.mark.parametrize("line", [
    "In a video posted early this morning, March 3, Zelenskyy told Russian forces to leave Ukraine.",
    "The talks on March 3, 2022 ended without agreement between the two delegations.",
    "Ukraine says Russia has lost 5,840 soldiers",
    "2022-02-30",  # impossible date
    "Officials said on March 3, 2022",  # two words besides the date: a sentence
    "News | Sport | Weather",
    "He paid 3/4 of the bill on 3/3/22",
])
def test_not_date_lines(line):
    assert not metadata.is_date_line(line)


def test_date_lines_without_a_readable_date():
    # a time stamp with no date, and a slashed date (day/month order unknown)
    for line in ("Updated 6:31 p.m. ET", "On 3/3/22 at 10:05 AM EST"):
        assert metadata.is_date_line(line)
        assert metadata.find_date(line) is None


def test_live_blog_entry_times_are_date_lines():
    # a bare time with a zone or am/pm stamps a live-blog entry; a bare "4:05" is a running time
    for line in ("14.07 BST", "08:30 EDT", "6.15pm", "Updated at 13.02 GMT"):
        assert metadata.is_date_line(line) and metadata.find_date(line) is None
    for line in ("4:05", "12.30", "14.07 and counting"):
        assert not metadata.is_date_line(line)


def test_published_date_prefers_the_publication_stamp():
    header, first = "Fri 12 May 2023 18.20 BST", "First published on Thu 11 May 2023 22.40 BST"
    assert metadata.published_date([header, first]) == pd.Timestamp("2023-05-11 22:40")
    updated, published = "Updated - June 02, 2021 09:00 am IST", "Published - June 01, 2021 10:30 pm IST"
    assert metadata.published_date([updated, published]) == pd.Timestamp("2021-06-01 22:30")
    plain, later = "April 2, 2020 at 8:00 AM EDT", "Updated on April 2, 2020 at 11:45 AM EDT"
    assert metadata.published_date([plain, later]) == pd.Timestamp("2020-04-02 08:00")
    assert metadata.published_date(["Updated 4 May 2020"]) == pd.Timestamp("2020-05-04")  # nothing better


def test_published_date_from_the_page_address():
    url = "https://www.example.com/2021/11/30/world/europe/harbour-closes/index.html"
    assert metadata.date_in_url(url) == pd.Timestamp("2021-11-30")
    assert metadata.published_date(["3 hours ago"], url) == pd.Timestamp("2021-11-30")  # no dated line
    assert metadata.published_date(["Published 2 Dec 2021"], url) == pd.Timestamp("2021-12-02")  # the page wins
    assert metadata.date_in_url("https://example.com/news/article-20211130") is None
    assert metadata.date_in_url("https://example.com/2021/13/45/x") is None  # impossible day
    assert metadata.date_in_url(None) is None


def test_relative_dates():
    assert metadata.is_relative_date_line("12 hours ago")
    assert metadata.is_relative_date_line("Updated 3 years ago")
    assert metadata.is_relative_date_line("7h ago") and metadata.is_relative_date_line("20 mins ago")
    assert not metadata.is_relative_date_line("He arrived 12 hours ago")
    # a list item stamped with one
    assert metadata.starts_with_relative_date("2h ago Council votes to close the library")
    assert not metadata.starts_with_relative_date("2h ago")
    assert not metadata.starts_with_relative_date("Council votes 2h ago")


def test_short_stamps_of_comments_and_portals():
    for line in ("Jan 12", "12 January", "3h", "2 hrs", "5 hours ago"):
        assert metadata.is_short_date_line(line), line
    for line in ("January 2024", "Route 9", "Jan 12 2024 and more"):
        assert not metadata.is_short_date_line(line), line
    # a portal's "• 3h • 4 min read" is a date line, though it gives no day
    assert metadata.is_date_line("• 3h • 4 min read") and metadata.find_date("• 3h • 4 min read") is None
    assert not metadata.is_date_line("3h")


def test_author_named_on_a_date_line():
    assert metadata.dateline_author("Ines Varga / PTI / Updated: Jan 12, 2024, 09:10 IST") == "Ines Varga"
    assert metadata.dateline_author("Posted on March 5, 2022 by Karen Whitfield") == "Karen Whitfield"
    assert metadata.dateline_author("Updated: Jan 12, 2024 | 09:10 IST") is None
    assert metadata.dateline_author("The Irish Times | Jan 12, 2024") is None  # an outlet of the registry


def test_urls():
    url = "https://www.dailymail.co.uk/news/article-10570529/Russian-soldier-breaks-tears-surrenders.html"
    assert metadata.is_url_line(url) and metadata.find_url(url) == url
    assert metadata.is_url_line("URL: https://example.com/a")
    assert metadata.is_url_line("URL:https://example.com/a")
    assert metadata.is_url_line("Permalink https://p.dw.com/p/47vcV")
    assert not metadata.is_url_line(f"Read it at {url}")
    assert metadata.find_url("see www.bbc.co.uk/news.") == "https://www.bbc.co.uk/news"
    assert metadata.domain_of("https://www.unilad.com/news/x") == "unilad.com"
    assert metadata.domain_of("") is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe and John Smith, Reuters", "Jane Doe and John Smith"),
        ("By Tim Lister, Olga Voitovych and Jack Guy, CNN", "Tim Lister and Olga Voitovych and Jack Guy"),
        ("BY JANE DOE | 3 March 2022", "JANE DOE"),
        ("By the time they arrived, it was over", None),
        ("By Europe correspondent Isabella Higgins and wires", "Isabella Higgins"),
        ("By Roland Oliphant, Senior Foreign Correspondent and Joe Barnes", "Roland Oliphant and Joe Barnes"),
        ("Byline", None),
        ("By Zoë Okonkwo and Łukasz Nowak", "Zoë Okonkwo and Łukasz Nowak"),  # accented names
        # an agency credit: its reporters and writers, not its editors
        ("(Reporting by Ana Souza in Lisbon and Piet de Vries; Editing by Mark Lyle)", "Ana Souza and Piet de Vries"),
        ("Additional reporting by Kim Ross; Writing by Lee Park; Editing by Ann Poe", "Kim Ross and Lee Park"),
        ("(Editing by Mark Lyle)", None),
        ("Story by Ines Varga", "Ines Varga"),  # a portal's byline
        ("By Ana Ruiz and Tom Hale, KXLT News 4", "Ana Ruiz and Tom Hale"),  # the station is no person
        # rounds 21-22: a registry outlet after the names is no author; a translation's credit names the writers
        ("By TESSA MORALES and DEVIN OAKES, Associated Press", "TESSA MORALES and DEVIN OAKES"),
        ("By Associated Press", None),
        ("(Japanese original by Haruka Sato and Ryo Fujimoto, Akita Bureau)", "Haruka Sato and Ryo Fujimoto"),
    ],
)
def test_byline_name(line, expected):
    assert metadata.byline_name(line) == expected


def test_bare_name_lines():
    assert metadata.is_name_line("Emily Brown")
    assert not metadata.is_name_line("Submit Your Content")  # menu words are not names
    assert not metadata.is_name_line("Minister Resigns Over Leaked Messages")  # five words
    assert not metadata.is_name_line("Gift Article") and not metadata.is_name_line("What Happens Next")
    assert metadata.names_in_line("Shaun Walker in Kyiv and Julian Borger in Washington") == [
        "Shaun Walker", "Julian Borger"]
    assert metadata.names_in_line("Russia, Ukraine") is None
    # notes in brackets and job titles are not names
    assert metadata.names_in_line("Ruth Amos (morning) and Dev Patil (afternoon)") == ["Ruth Amos", "Dev Patil"]
    assert metadata.names_in_line("Ruth Amos, Education Correspondent") == ["Ruth Amos"]
    assert metadata.names_in_line("Staff Reporter") is None and metadata.names_in_line("Ad Feedback") is None
    assert metadata.names_in_line("Now Playing") is None  # a video player's label


def test_role_lines_name_no_one():
    for line in ("Staff Reporter", "Our Special Correspondent", "Legal Correspondent"):
        assert metadata.is_role_line(line)
    for line in ("Ruth Amos", "Special Offers", "Mumbai", "staff reporter"):
        assert not metadata.is_role_line(line)


def test_registry_is_well_formed():
    registry = metadata.load_outlets()
    assert list(registry.columns) == ["outlet", "domains", "publisher_group", "country"]
    assert registry["outlet"].is_unique
    domains = [d for cell in registry["domains"] for d in cell.split(";")]
    assert len(domains) == len(set(domains)), "a domain is listed for two outlets"
    assert all(d == d.strip().lower() and "/" not in d and "." in d for d in domains)
    for outlet in ("UNILAD", "Daily Mail", "NewsCubic", "HNGN"):  # the bundled corpus
        assert outlet in set(registry["outlet"])


def test_registry_lookups():
    assert metadata.outlet_for_url("https://www.dailymail.co.uk/news/x.html") == ("Daily Mail", "DMG Media")
    assert metadata.outlet_for_url("https://edition.cnn.com/2022/03/03/x") == ("CNN", "Warner Bros. Discovery")
    assert metadata.outlet_for_url("https://newscubic.co.in/?p=91132") == ("NewsCubic", "")
    assert metadata.outlet_for_url("https://notdailymail.co.uk/x") is None  # not a sub-domain
    assert metadata.outlet_for_url("https://example.org/x") is None
    assert metadata.outlet_for_name("unilad") == ("UNILAD", "LADbible Group")


def test_registry_can_be_extended(tmp_path):
    extra = tmp_path / "outlets.csv"
    extra.write_text("# mine\noutlet,domains,publisher_group,country\nKyiv Post,kyivpost.com,,UA\n", encoding="utf-8")
    registry = metadata.load_outlets(extra)
    assert metadata.outlet_for_url("https://www.kyivpost.com/post/1", registry=registry) == ("Kyiv Post", "")
    extra.write_text("outlet,domain\nX,x.com\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"missing column\(s\) \['domains', 'publisher_group'\]"):
        metadata.load_outlets(extra)


@pytest.mark.parametrize(("line", "expected"), [
    # a slashed date is read when a number above 12 shows which is the day
    ("Published on 14/03/2024 - 11:42 GMT+1", "2024-03-14 11:42"),
    ("Updated 03/14/2024", "2024-03-14"),
    ("21/01/24", "2024-01-21"),
    # French, German and Spanish month names
    ("14 mars 2024", "2024-03-14"),
    ("14. März 2024, 17:32 Uhr", "2024-03-14 17:32"),
    ("5 de diciembre de 2023", "2023-12-05"),
])
def test_day_first_and_foreign_dates(line, expected):
    assert metadata.is_date_line(line)
    assert metadata.find_date(line) == pd.Timestamp(expected)


def test_updated_and_first_published_on_one_line():
    line = "Updated March 4, 2024 — 9.05am, first published March 3, 2024 — 6.00pm"
    assert metadata.is_date_line(line)
    assert metadata.published_date([line]) == pd.Timestamp("2024-03-03 18:00")


def test_role_line_in_sentence_case():
    assert metadata.is_role_line("Staff writer") and metadata.is_role_line("Senior reporter")
    assert not metadata.is_role_line("staff writer") and not metadata.is_role_line("Kaito Yamashiro")


def test_byline_and_relative_date_on_one_line():
    # "By Jane Doe • 3 hours ago": a date line naming its author; no day to read
    line = "By Jo Parry • 3 hours ago"
    assert metadata.is_date_line(line) and metadata.find_date(line) is None
    assert metadata.dateline_author(line) == "Jo Parry"
    # a teaser's relative stamp with its section names no author: no date line
    assert not metadata.is_date_line("3 hours ago • Politics • Europe")


def test_stamp_of_name_outlet_posted_and_short_updated_date():
    line = "Karen Whitfield · CBC News · Posted: Apr 16, 2024 4:00 AM CDT | Last Updated: April 16"
    assert metadata.is_date_line(line)
    assert metadata.find_date(line) == pd.Timestamp("2024-04-16 04:00")
    assert metadata.dateline_author(line) == "Karen Whitfield"


def test_widget_labels_are_no_names():
    for line in ("Social Sharing", "LOADING ERROR LOADING", "Print Article"):
        assert metadata.names_in_line(line) is None, line


@pytest.mark.filterwarnings("ignore:.*no outlet")
def test_author_from_the_date_line_when_no_byline_names_anyone(tmp_path):
    import analysis

    page = "\n\n".join([
        "Harbour Street to close to cars on Sundays",
        "Jo Parry · Harbour News · Posted: Apr 16, 2024 4:00 AM | Last Updated: April 16",
        "Harbour Street will close to cars every Sunday from June, the city council decided on Tuesday night.",
        "The trial will run for six months, and shops on the street will be asked how it affected their trade.",
        "With files from Sam Ortiz"])
    (tmp_path / "harbour.txt").write_text(page, encoding="utf-8")
    article = analysis.load_corpus(tmp_path, cache=False).iloc[0]
    assert article["author"] == "Jo Parry"
    assert article["published"] == pd.Timestamp("2024-04-16 04:00")


def test_post_footer_signed_with_a_time_names_the_author():
    # a blog's post footer: a time stamp with the author, no day to read
    line = "Posted by Jo Parry at 19:42"
    assert metadata.is_date_line(line) and metadata.find_date(line) is None
    assert metadata.dateline_author(line) == "Jo Parry"
    # a sentence naming a photographer and a day is no stamp
    assert not metadata.is_date_line("Photo taken by Jo Parry on March 5, 2022")


def test_note_on_the_first_publication_is_a_published_stamp():
    note = "This story was originally published March 13, 2024 5:00 AM."
    assert metadata.is_date_line(note)
    # the first publication beats the "Updated" stamp under the byline
    assert metadata.published_date(["Updated March 14, 2024 6:05 AM", note]) == pd.Timestamp("2024-03-13 05:00")
    assert not metadata.is_date_line("This article was originally published on The Conversation.")


def test_byline_with_an_oxford_comma():
    assert metadata.byline_name("By Jo Parry, Sam Ortiz, and Lee Chan") == "Jo Parry and Sam Ortiz and Lee Chan"
    assert metadata.byline_name("By Jo Parry, Sam Ortiz, & Lee Chan") == "Jo Parry and Sam Ortiz and Lee Chan"


def test_live_blog_entry_stamps_are_date_lines_without_a_year():
    for line in ("Mar 5, 9:40 PM GMT", "5 March, 9.40pm", "March 5 at 9:40 a.m. ET"):
        assert metadata.is_date_line(line), line
        assert metadata.find_date(line) is None, line  # no year to read
    # a time needs a zone or am/pm; a sentence with a day is no stamp
    for line in ("Mar 5, 9:40", "Ferries resumed on Mar 5 at 9:40 PM GMT"):
        assert not metadata.is_date_line(line), line


def test_date_glued_to_an_updated_stamp():
    line = "March 5, 20249:40 PM GMTUpdated 2 hours ago"
    assert metadata.is_date_line(line)
    assert metadata.find_date(line) == pd.Timestamp("2024-03-05 21:40")


def test_published_is_the_first_entry_when_the_page_shows_only_updated():
    lines = ["Last Updated: March 6, 2024, 8:02 AM GMT", "Mar 6, 8:02 AM GMT", "Mar 5, 9:40 PM GMT",
             "Mar 5, 10:15 AM GMT"]
    assert metadata.published_date(lines) == pd.Timestamp("2024-03-05 10:15")
    # entries across the new year belong to the year before
    assert metadata.published_date(["Updated January 1, 2024 7:00 AM", "Dec 31, 11:05 PM ET"]) == \
        pd.Timestamp("2023-12-31 23:05")
    # a plain or "Published" date wins over the entries
    assert metadata.published_date(["March 6, 2024", "Mar 5, 9:40 PM GMT"]) == pd.Timestamp("2024-03-06")
    # entries on the day of the update only: the update's day
    assert metadata.published_date(["Updated March 6, 2024 8:02 AM", "Mar 6, 7:00 AM GMT"]) == \
        pd.Timestamp("2024-03-06 08:02")


def test_stamp_with_a_section_label_and_a_time():
    # a time as well as the day: two other words (a section label glued on) are allowed
    line = "Local News 09:14 May 2, 2024"
    assert metadata.is_date_line(line)
    assert metadata.find_date(line) == pd.Timestamp("2024-05-02 09:14")
    # without a time, one; a sentence with a day and a time has more
    assert not metadata.is_date_line("Local News May 2, 2024")
    assert not metadata.is_date_line("The ferry left at 09:14 on May 2, 2024")


def test_byline_and_date_after_a_spaced_dash_is_a_date_line():
    line = "by Jo Parry and Sam Ortiz - 05/14/24 9:14 AM ET"
    assert metadata.is_date_line(line)
    assert metadata.find_date(line) == pd.Timestamp("2024-05-14 09:14")
    assert metadata.dateline_author(line) == "Jo Parry and Sam Ortiz"
    # a "By …" line with no date after the dash is no date line
    assert not metadata.is_date_line("By Jo Parry - Harbour Times")


def test_stamp_with_a_link_to_its_change_log():
    assert metadata.is_date_line("Last updated 3 May 2024 — See all updates")
    assert not metadata.is_date_line("Ferry timetable from 3 May 2024 — See all routes and fares")


def test_relative_stamp_of_two_ages_and_a_last_update():
    assert metadata.is_relative_date_line("Last update: 3 hours 12 mins ago")
    assert metadata.is_relative_date_line("2 days, 4 hours ago")
    assert not metadata.is_relative_date_line("Last update: the ferry left 3 hours ago")


def test_names_with_a_place_and_its_country():
    assert metadata.names_in_line("Jo Parry in Harbour Point, Wales and Sam Ortiz in Cardiff") == \
        ["Jo Parry", "Sam Ortiz"]
    # a second name after a place is a name, not the place's country
    assert metadata.names_in_line("Jo Parry in Cardiff, Sam Ortiz") == ["Jo Parry", "Sam Ortiz"]
    # without a place first, a lone word is no name
    assert metadata.names_in_line("Jo Parry, Wales and Sam Ortiz") is None


def test_font_size_widget_is_no_name():
    assert not metadata.is_name_line("Change Size")
    assert not metadata.is_name_line("Font Size")
    assert metadata.is_name_line("Jo Parry")


def test_name_with_its_outlet_in_brackets():
    assert metadata.names_in_line("Jo Parry (The Harbour Times)") == ["Jo Parry"]
    assert metadata.names_in_line("Jo Parry (AFP) and Sam Ortiz") == ["Jo Parry", "Sam Ortiz"]
    assert metadata.names_in_line("Jo Parry (The Harbour Times) said on Monday") is None


def test_place_and_date_split_by_a_bullet():
    line = "Harbour Point, North Wales ● Thu, May 2, 2024"
    assert metadata.is_date_line(line)
    assert metadata.find_date(line) == pd.Timestamp("2024-05-02")
    # a sentence before the bullet is no place
    assert not metadata.is_date_line("The ferry sails from Harbour Point ● Thu, May 2, 2024")


def test_date_glued_to_an_icon_and_the_reading_time():
    line = "Thu., May 2, 2024clock3 min. read"
    assert metadata.is_date_line(line)
    assert metadata.find_date(line) == pd.Timestamp("2024-05-02")
    assert metadata.is_date_line("May 2, 2024 3 min. read")


def test_updated_stamp_in_sentence_form():
    assert metadata.is_relative_date_line("Article was updated 3 hrs ago")
    assert metadata.is_relative_date_line("This story was updated 20 minutes ago")
    assert not metadata.is_relative_date_line("The timetable was updated 3 hrs ago")


def test_byline_naming_an_organisation_by_its_initials():
    # an aggregator's account for the outlet it republishes names no person
    assert metadata.byline_name("By HRT BN") is None
    assert metadata.byline_organisation("By HRT BN") == "HRT BN"
    assert metadata.names_in_line("By HRT BN") is None
    # a person's name in capitals has a vowel in every word
    assert metadata.byline_name("By JOE LEE") == "JOE LEE"
    assert metadata.byline_organisation("By JOE LEE") is None
    assert metadata.byline_name("By Jo Parry and HRT BN") == "Jo Parry"


def test_short_stamp_with_a_time_on_a_comment():
    assert metadata.is_short_date_line("2 May, 18:04")
    assert metadata.is_short_date_line("May 2, 6:04 pm")
    assert not metadata.is_short_date_line("2 May, the ferry sailed")


def test_dotted_date_and_a_print_issue_s_week():
    # an abbreviated month glued to a dotted day and year
    assert metadata.find_date("Jun.4.2024 at 9:30AM") == pd.Timestamp("2024-06-04 09:30")
    # a weekly's issue runs over a week: its first day is the issue's
    assert metadata.find_date("JUNE 7-13, 2024") == pd.Timestamp("2024-06-07")


def test_print_page_running_head_is_a_date_line():
    assert metadata.is_date_line("22 THE HARBOUR TIMES JUNE 7-13, 2024")
    assert metadata.is_date_line("JUNE 7-13, 2024 THE HARBOUR TIMES 23")
    assert metadata.find_date("22 THE HARBOUR TIMES JUNE 7-13, 2024") == pd.Timestamp("2024-06-07")
    # a headline in capitals that mentions a day is no running head
    assert not metadata.is_date_line("3 HURT AS FERRY HITS PIER ON JUNE 7, 2024 DURING STORM")


def test_byline_after_a_station_name_or_labelled_writer():
    assert metadata.byline_name("WHRB | By Jo Parry") == "Jo Parry"
    assert metadata.byline_name("WRITER: Jo Parry") == "Jo Parry"


def test_bare_names_split_by_a_pipe():
    assert metadata.names_in_line("Jo Parry | Lee Chan") == ["Jo Parry", "Lee Chan"]
    assert metadata.names_in_line("Jo Parry | Opinion") is None


def test_newspaper_masthead_is_no_name():
    assert metadata.names_in_line("Harbour Post") is None
    assert metadata.names_in_line("Lagos Herald") is None
    assert metadata.names_in_line("Jo Parry") == ["Jo Parry"]


def test_site_home_address_is_not_an_article_address():
    assert metadata.is_home_address("www.harbourtimes.co.ke")
    assert metadata.is_home_address("https://harbourtimes.com/")
    assert not metadata.is_home_address("https://harbourtimes.com/news/harbour-street-closes-2024")
    assert not metadata.is_home_address("https://harbourtimes.com/?p=123")


def test_relative_stamp_with_about():
    assert metadata.is_relative_date_line("Updated about 5 hours ago")
    assert metadata.is_relative_date_line("about an hour ago")


def test_hyphenated_particle_and_a_month_after_the_name():
    assert metadata.byline_name("By Omar el-Haddad / Staff Reporter") == "Omar el-Haddad"
    assert metadata.byline_name("By Sara al-Amiri") == "Sara al-Amiri"
    assert metadata.dateline_author("By Jo Parry   June 3, 2024 | 07:15 am ET") == "Jo Parry"


def test_dashed_day_month_year():
    assert metadata.find_date("21-06-2024 18:20") == pd.Timestamp("2024-06-21 18:20")
    assert metadata.is_date_line("21-06-2024 18:20")
    assert metadata.find_date("03-06-2024") is None  # day and month cannot be told apart


def test_think_tank_roles_are_role_lines():
    assert metadata.is_role_line("Senior fellow")
    assert metadata.is_role_line("Policy analyst")


def test_agency_writers_in_a_byline():
    assert metadata.byline_name("by Harbour writers Ann Marr, Tom Reed") == "Ann Marr and Tom Reed"


def test_name_and_stamp_split_by_a_dash():
    assert metadata.dateline_author("Jo Parry — Friday, 7 June 2024, 10:15") == "Jo Parry"


def test_slashed_date_beside_a_24_hour_time_is_day_first():
    assert metadata.find_date("Posted: 04/06/2024 - 17:05") == pd.Timestamp("2024-06-04 17:05")
    assert metadata.find_date("Posted: 04/06/2024 - 5:05 pm") is None  # a 12-hour clock: order unknown
    assert metadata.find_date("04/06/2024 09:05") is None  # no hour above 12 shows the clock


def test_text_by_credit_names_the_author():
    assert metadata.byline_name("Text by: Ann Marr") == "Ann Marr"


def test_byline_and_stamp_word_on_one_line():
    line = "By Ann Marr and Tom Reed Updated: Mar 4, 2024 10:20 AM"
    assert metadata.is_date_line(line)
    assert metadata.dateline_author(line) == "Ann Marr and Tom Reed"
    assert metadata.find_date(line) == pd.Timestamp("2024-03-04 10:20")


def test_bureaus_after_a_pipe_and_a_foreign_newsroom_name_no_one():
    assert metadata.names_in_line("Rhea Bhandari & Kunal Sethi | New Delhi/Mumbai") == ["Rhea Bhandari", "Kunal Sethi"]
    assert metadata.is_role_line("Redazione ANSA") and not metadata.is_role_line("Rhea Bhandari")

