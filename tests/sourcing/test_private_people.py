"""analysis.sourcing.private_people: evidence that a named speaker is a private person."""

from __future__ import annotations

import pytest

from analysis.sourcing.private_people import is_private_person


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("Shazia Begum", "said mum-of-three Shazia Begum, 34.", True),
    ("Shazia Begum", "\"It is awful,\" said Shazia Begum, 34, from Small Heath.", True),
    ("Thandi Mahlangu", "Gogo Thandi Mahlangu (67) told Daily Sun the thugs kicked down the door.", True),
    ("Chea Sophal", "At the hospital, 34-year-old Chea Sophal sat beside her son's bed.", True),
    ("Dale Pruitt", "said Dale Pruitt, who lives on a farm outside Mount Vernon.", True),
    ("Salote Vakacegu", "asked Salote Vakacegu, who sells dalo and cassava.", True),
    ("Park Eun-young", "Park Eun-young, whose younger brother died in the collapse, told the court.", True),
    ("Jess O'Brien", "Nightcliff mum-of-three Jess O'Brien said the signs were a joke.", True),
    ("Moussa", "a Niamey resident who gave his name only as Moussa said: \"We want them to go.\"", True),
    ("Tunde", "A motorcyclist, who simply identified himself as Tunde, lamented.", True),
    ("Ollie Watkins", "Ollie Watkins, who scored the winner from the spot, told Sky Sports it was calm.", True),
    ("Dale Pruitt", "said Dale Pruitt, the county's emergency manager.", False),
    ("Dale Pruitt", "said Dale Pruitt, who heads the county's emergency office.", False),
    ("Ann Lee", "Ann Lee, 2024's top scorer, said the team was ready.", False),
    ("Ann Lee", "", False),
])
def test_private_person_evidence_by_hand(name, text, expected):
    assert is_private_person(name, text) is expected
