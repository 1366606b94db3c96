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


def test_relative_dates():
    assert metadata.is_relative_date_line("12 hours ago")
    assert metadata.is_relative_date_line("Updated 3 years ago")
    assert not metadata.is_relative_date_line("He arrived 12 hours ago")


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
