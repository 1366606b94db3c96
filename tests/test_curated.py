"""Curated metadata: reading metadata.csv and combining page and curated values."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.curated import check_coverage, read_metadata, resolve_field
from analysis.loadreport import CorpusWarning, LoadReport


def _report():
    return LoadReport(entries=[])


def test_precise_page_time_beats_a_curated_day_and_agreement_is_recorded():
    report = _report()
    page, curated = pd.Timestamp("2022-03-15 12:08"), pd.Timestamp("2022-03-15")
    assert resolve_field("published", page, curated, "a", report) == (page, "text+metadata")
    assert resolve_field("url", "https://www.x.com/a/", "http://x.com/a", "a", report) == \
        ("http://x.com/a", "text+metadata")
    assert report.entries == []


def test_disagreement_keeps_the_curated_value_and_warns_naming_both():
    report = _report()
    with pytest.warns(CorpusWarning, match="Jane Roe"):
        value = resolve_field("author", "Jane Roe", "John Doe", "a", report)
    assert value == ("John Doe", "metadata")
    (entry,) = report.entries
    assert entry["issue"] == "metadata_conflict" and "John Doe" in entry["message"] and entry["file"] == "a.txt"


@pytest.mark.parametrize(("found", "curated", "expected"), [
    (None, None, (None, "missing")), ("T", None, ("T", "text")), (None, "C", ("C", "metadata"))])
def test_one_side_missing(found, curated, expected):
    assert resolve_field("title", found, curated, "a", _report()) == expected


def test_coverage_names_rows_without_files_and_files_without_rows(tmp_path):
    csv = tmp_path / "metadata.csv"
    csv.write_text("doc_id,outlet\nkept,A\norphan,B\n", encoding="utf-8")
    report = _report()
    meta = read_metadata(csv, report)
    assert list(meta.index) == ["kept", "orphan"] and list(meta["line"]) == [2, 3]
    with pytest.warns(CorpusWarning):
        check_coverage(meta, {"kept", "new"}, csv, report)
    issues = {(e["issue"], e["doc_id"]) for e in report.entries if e["doc_id"]}
    assert any(e["issue"] == "metadata_missing_columns" and "url" in e["message"] for e in report.entries)
    assert issues == {("metadata_without_file", "orphan"), ("file_without_metadata", "new")}
