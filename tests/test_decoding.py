"""Tests for analysis.decoding: which encoding a file is read in, and what is repaired.

Each case encodes a hand-written sentence with Python's own codecs, so the
expected text is the sentence itself; the expected encoding follows from the
rules in the module docstring.
"""

from __future__ import annotations

import codecs

import pytest

from analysis.decoding import decode_bytes, legacy_encoding, repair_text

#: Western European text with the characters cp1252 and Latin-1 disagree on (curly quotes, euro, em dash).
WESTERN = ("Caf\u00e9 owners reopen in the capital\n\nThe caf\u00e9 owners said they were \u201chappy\u201d "
           "to reopen \u2014 coffee costs \u20ac5 now.\n\nM\u00fcller of the Stra\u00dfe welcomed it.\n")
#: Latin-1 only (no byte in 0x80-0x9F when encoded).
LATIN1 = "Les \u00e9l\u00e8ves \u00e0 l'\u00e9cole; M\u00fcller aus der Stra\u00dfe; se\u00f1or ni\u00f1o.\n"
RUSSIAN = "Российские войска вошли в город утром, сообщили местные власти.\n"
POLISH = "Lech Wałęsa powiedział, że żołnierze są gotowi. Świętość i źródło.\n"
GREEK = "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία.\n"


@pytest.mark.parametrize("data, encoding", [
    (WESTERN.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + WESTERN.encode("utf-8"), "utf-8-sig"),
    (WESTERN.encode("utf-16"), "utf-16"),  # BOM + native order
    (codecs.BOM_UTF16_LE + WESTERN.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + WESTERN.encode("utf-16-be"), "utf-16"),
    (WESTERN.encode("utf-32"), "utf-32"),
])
def test_unicode_encodings_decode_exactly_without_notes(data, encoding):
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding, decoded.notes) == (WESTERN, encoding, ())


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected_and_noted(codec):
    decoded = decode_bytes(WESTERN.encode(codec))
    assert (decoded.text, decoded.encoding) == (WESTERN, codec)
    assert [n.issue for n in decoded.notes] == ["utf16_without_bom"]


def test_cp1252_bytes_0x80_to_0x9f_read_as_cp1252():
    data = WESTERN.encode("cp1252")
    assert {0x93, 0x94, 0x80, 0x97} <= set(data)  # “ ” € —
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == (WESTERN, "cp1252")
    assert [n.issue for n in decoded.notes] == ["decoded_fallback"]
    assert "cp1252" in decoded.notes[0].message and "Latin-1" in decoded.notes[0].message


def test_latin1_file_reads_the_same_as_cp1252():
    decoded = decode_bytes(LATIN1.encode("latin-1"))
    assert (decoded.text, decoded.encoding) == (LATIN1, "cp1252")


@pytest.mark.parametrize("text, codec", [(RUSSIAN, "cp1251"), (RUSSIAN, "koi8-r"), (POLISH, "cp1250"),
                                         (GREEK, "cp1253")])
def test_other_single_byte_encodings_are_not_read_as_cp1252(text, codec):
    decoded = decode_bytes(text.encode(codec))
    assert decoded.text == text
    assert decoded.encoding != "cp1252" and decoded.notes[0].issue == "decoded_fallback"


def test_legacy_encoding_refuses_symbols_glued_to_words():
    # Polish "ł" (0xB3 in cp1250) is "³" in cp1252: "Wa³êsa" is no Western word
    assert legacy_encoding(POLISH.encode("cp1250")) == "cp1250"
    assert legacy_encoding("na\u00efve r\u00e9sum\u00e9".encode("cp1252")) == "cp1252"
    assert legacy_encoding("Sport\u2022News, Brand\u2122 caf\u00e9".encode("cp1252")) == "cp1252"  # bullet, ™


def test_utf8_encoded_lone_surrogate_becomes_replacement_character():
    decoded = decode_bytes(b"Kyiv \xed\xa0\x80 said the mayor, caf\xc3\xa9.")
    assert decoded.text == "Kyiv \ufffd said the mayor, caf\u00e9."
    assert [n.issue for n in decoded.notes] == ["surrogates_replaced"]
    assert "1 lone surrogate" in decoded.notes[0].message


def test_utf8_encoded_surrogate_pair_is_joined():
    # CESU-8: U+1F600 written as the UTF-8 of its two surrogates
    decoded = decode_bytes(b"smile \xed\xa0\xbd\xed\xb8\x80 now")
    assert decoded.text == "smile \U0001F600 now"
    assert [n.issue for n in decoded.notes] == ["surrogate_pairs_joined"]


def test_a_few_broken_bytes_in_utf8_are_replaced_and_noted():
    data = "Zelensky said: “we are here” — in Kyiv.".encode() + b"\xff" + " Café.".encode()
    decoded = decode_bytes(data)
    assert decoded.text == "Zelensky said: “we are here” — in Kyiv.\ufffd Café."
    assert decoded.encoding == "utf-8"
    assert [n.issue for n in decoded.notes] == ["bad_utf8_bytes"]
    assert "at byte 45" in decoded.notes[0].message  # 39 characters, of which “ ” — are 3 bytes each


def test_broken_utf16_after_bom_is_replaced_and_noted():
    data = codecs.BOM_UTF16_LE + b"a\x00" + b"\x00\xd8" + b"b\x00"  # a, lone high surrogate, b
    decoded = decode_bytes(data)
    assert decoded.text == "a\ufffdb"
    assert [n.issue for n in decoded.notes] == ["bad_bytes"]


def test_binary_and_undecodable():
    assert decode_bytes(bytes(range(256)) * 4).text is None
    assert decode_bytes(bytes(range(256)) * 4).notes[0].issue == "binary_file"


def test_a_stray_nul_in_long_text_is_removed_and_noted():
    text = "The council met on Tuesday. " * 10
    decoded = decode_bytes(text.encode()[:50] + b"\x00" + text.encode()[50:])
    assert decoded.text == text
    assert [n.issue for n in decoded.notes] == ["nul_removed"]
    assert "first at character 50" in decoded.notes[0].message


def test_repair_text():
    assert repair_text("plain “text” é") == ("plain “text” é", [])
    text, notes = repair_text("a\x00b\ud800c\ud83d\ude00")
    assert text == "ab\ufffdc\U0001F600"
    assert [n.issue for n in notes] == ["nul_removed", "surrogates_replaced"]


def test_binary_with_zeros_on_one_side_is_not_utf16():
    small_integers = b"".join(i.to_bytes(2, "little") for i in range(1, 20)) * 10  # control codes as UTF-16
    assert decode_bytes(small_integers).text is None
