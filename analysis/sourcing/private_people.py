"""Private people: the evidence an article gives that a named speaker speaks for no body.

A resident, a shopper, a player or a bereaved relative is often introduced by what no role word
says: an age ("Shazia Begum, 34,", "Gogo Thandi Mahlangu (67)", "34-year-old Chea Sophal"), a life
("Dale Pruitt, who lives on a farm outside Mount Vernon", "Salote Vakacegu, who sells dalo", "Ollie
Watkins, who scored the winner"), a family ("Park Eun-young, whose younger brother died",
"mum-of-three Shazia Begum") or a name given for the story only ("a resident who gave his name only
as Moussa"). :func:`is_private_person` reads that evidence; :mod:`.quotes` types such a speaker a
civilian when no role typed them.
"""

from __future__ import annotations

import re

__all__ = ["is_private_person"]

_AGE_AFTER = r",\s+\d{1,3}(?:[,.;]|$)|\s+\(\d{1,3}\)|,\s+an?\s+\d{1,3}-year-old\b"
#: Where a person is from, between the name and the life: "Sarah Bexley, from Weymouth, whose son …", "Jahmal
#: Christopher of Frederiksted, who flies a drone".
_FROM_PLACE = r"(?:,?\s+(?:from|of)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?"
_LIFE_AFTER = (
    rf"{_FROM_PLACE},\s+(?:an?\s+[\w\-]+(?:\s+[\w\-]+){{0,3}}\s+)?who\s+(?:lives|lived|has\s+lived|sells|sold|runs"
    r"|has\s+run|drives|has\s+driven|works\s+as|worked\s+as|has\s+worked|travelled|traveled|had\s+travelled"
    r"|grew\s+up|owns|owned|has\s+owned|keeps|kept|rents|has\s+rented|farms|has\s+farmed|flies|fishes|commutes"
    r"|scored|finished|missed|captained|plays\s+for|played\s+for)\b"
    rf"|{_FROM_PLACE},\s+whose\s+(?:[\w\-]+\s+){{0,2}}(?:son|daughter|brother|sister|mother|father|husband|wife|child"
    r"|children|baby|home|house|family|parents|partner|kids|grandson|granddaughter)s?\b"
)
_FAMILY_BEFORE = r"(?i:mum|mom|mother|father|dad|grandmother|grandfather|grandma|grandad)-of-\w+\s+"
_AGE_BEFORE = r"\b\d{1,3}-year-old\s+(?:[a-z][\w\-]*\s+){0,3}"
_GIVEN_NAME_BEFORE = (
    r"(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|identified\s+(?:himself|herself|themselves)"
    r"\s+(?:only\s+)?as|asked\s+to\s+be\s+(?:identified|named)\s+(?:only\s+)?as|wanted\s+to\s+be\s+known\s+(?:only\s+)?as"
    r"|known\s+only\s+as)\s+"
)


def is_private_person(name: str, text: str) -> bool:
    """Whether ``text`` (an article) introduces the person ``name`` by an age, a life, a family or a name
    given for the story only (see the module docstring).

    Examples
    --------
    >>> is_private_person("Dale Pruitt", "said Dale Pruitt, who lives on a farm outside Mount Vernon.")
    True
    >>> is_private_person("Dale Pruitt", "said Dale Pruitt, the county's emergency manager.")
    False
    """
    if not name or not text:
        return False
    written = re.escape(name)
    return re.search(rf"(?<![\w\-]){written}(?:{_AGE_AFTER}|{_LIFE_AFTER})"
                     rf"|(?:{_FAMILY_BEFORE}|{_AGE_BEFORE}|{_GIVEN_NAME_BEFORE}){written}(?![\w\-])", text) is not None
