"""The speaker and attribution-verb tables that :mod:`analysis.sourcing.speakers` reads.

Mentions themselves are tested through :func:`analysis.sourcing.quotes.quotes` in
``test_quotes.py`` (hand-written attribution cases and the labelled sets).
"""

import pytest

from analysis.sourcing.speakers import SPEAKER_TYPES, load_attribution_verbs, load_speakers


def _descriptor_types() -> dict[str, str]:
    table = load_speakers()
    return {alias.strip().lower(): row.speaker_type for row in table.itertuples() if row.kind == "descriptor"
            for alias in [row.canonical, *row.aliases.split("|")] if alias.strip()}


def test_role_nouns_give_the_documented_types():
    # read off the header of analysis/data/speakers.csv: executives speak for their organisation,
    # police and courts are government, a commander is a soldier
    types = _descriptor_types()
    assert set(types.values()) <= set(SPEAKER_TYPES)
    expected = {"chief executive": "organisation", "ceo": "organisation", "sheriff": "military or government body",
                "spokesperson": "military or government body", "commander": "soldier", "infantryman": "soldier",
                "epidemiologist": "expert", "nurse": "civilian", "secretary": "politician"}
    assert {word: types.get(word) for word in expected} == expected


def test_bad_speaker_type_rejected(tmp_path):
    path = tmp_path / "speakers.csv"
    path.write_text("canonical,aliases,kind,speaker_type\nX,,person,wizard\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown speaker_type.*wizard"):
        load_speakers(path)


def test_verb_file_columns():
    verbs = load_attribution_verbs()
    assert {"said", "claimed", "according to"} <= set(verbs["verb"])
    assert verbs.set_index("form").loc[["said", "claimed", "admitted", "told"], "is_loaded"].tolist() == [
        False, True, True, False]


def test_no_alias_points_to_two_entries():
    table = load_speakers()
    seen = {}
    clashes = []
    for row in table.itertuples():
        group = "name" if row.kind in ("person", "body") else row.kind
        for alias in [row.canonical] + [a for a in row.aliases.split("|") if a]:
            key = (group, alias if alias[:1].isupper() else alias.lower())
            if key in seen and seen[key] != row.canonical:
                clashes.append((alias, seen[key], row.canonical))
            seen[key] = row.canonical
    assert not clashes


def test_every_verb_form_once():
    forms = load_attribution_verbs()["form"]
    assert not forms.duplicated().any(), forms[forms.duplicated()].tolist()
