"""Decode the bytes of a text file, and repair what no table can hold.

:func:`decode_bytes` turns the bytes of one article file into text and says
how, in this order:

1. a byte-order mark decides: UTF-32, UTF-8 (``"utf-8-sig"``), UTF-16;
2. UTF-16 without a byte-order mark is recognised by its zero bytes (ASCII
   text in UTF-16 has a zero in every other byte) and decoded, with a note;
3. a file with NUL or other control bytes in more than
   :data:`BINARY_CONTROL_SHARE` of its bytes is not text (``text`` is None);
4. UTF-8 (``"utf-8"``);
5. UTF-8 holding encoded surrogates (``b"\\xed\\xa0\\x80"``, written by Java
   and old MySQL): pairs are joined into their character, lone ones become
   U+FFFD, with a note;
6. UTF-8 with a few broken bytes among more well-formed non-ASCII
   characters (a page glued from two sources): broken bytes become U+FFFD,
   with a note;
7. a legacy single-byte encoding (:func:`legacy_encoding`): Windows-1252
   when the bytes are valid cp1252 and the result reads like Western European
   text, else charset-normalizer's best guess whose reading has no symbol
   glued to a word, with a note;
8. otherwise the file is undecodable (``text`` is None).

Whatever the encoding, :func:`repair_text` then removes NUL characters and
replaces lone surrogates with U+FFFD — neither can be stored in an Arrow
string column (pandas' default string dtype, Parquet) — and says how many.

**cp1252 and Latin-1.** Latin-1 (ISO 8859-1) and cp1252 agree on every byte
except 0x80-0x9F, which Latin-1 maps to invisible C1 control codes and cp1252
to curly quotes, dashes and the euro sign. Real text holds no C1 controls, so
a file that decodes as cp1252 is read as cp1252 (Latin-1 text comes out the
same) and reported as ``"cp1252"``. Short files defeat statistical detectors
(charset-normalizer reads a line of French in cp1252 as cp1250 and turns "à"
into "ŕ"), so cp1252 is tried first; it is refused when the result has a
symbol inside a word ("Wa³êsa": Polish in cp1250) or when more than
:data:`MAX_NON_ASCII_LETTER_SHARE` of its letters are non-ASCII (Cyrillic or
Greek in a single-byte encoding).

Not handled: Czech or Slovak text in cp1250 whose bytes also read as
plausible cp1252 letters ("è" for "č") is read as cp1252; East Asian
multi-byte encodings are left to charset-normalizer's guess; UTF-16 without
a byte-order mark is recognised only when it is mostly Latin script.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "BINARY_CONTROL_SHARE",
    "MAX_NON_ASCII_LETTER_SHARE",
    "UTF16_ZERO_SHARE",
    "Note",
    "Decoded",
    "decode_bytes",
    "display_name",
    "is_mostly_utf8",
    "legacy_encoding",
    "repair_text",
]

#: Share of control bytes (NUL included) above which a file is taken as binary, not text.
BINARY_CONTROL_SHARE = 0.05
#: A cp1252 reading with more non-ASCII letters than this share is not Western European text
#: (French, German or Spanish news text stays well below 10%; Cyrillic read as cp1252 is near 100%).
MAX_NON_ASCII_LETTER_SHARE = 0.3
#: UTF-16 without a byte-order mark: at least this share of its 2-byte units have a zero high byte
#: (about 1 for Latin-script text; a binary file rarely has zeros on one side only).
UTF16_ZERO_SHARE = 0.4
#: Bytes that do not occur in text files (C0 controls except tab, newline, form feed, return).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Unicode categories of symbols, digits other than 0-9 and other punctuation: not glued to a word's end.
_ODD_CATEGORIES = {"No", "So", "Sk", "Sm", "Sc", "Po", "Cc", "Co", "Cn"}
#: Symbols that do follow letters in Western text: middle dot (Catalan "l·l"), ellipsis, daggers, per
#: mille, a menu's bullet ("Sport•News"), trade marks ("Brand™").
_AFTER_LETTER_OK = set("·…†‡‰•™®©")
_FIX_ENCODING = "re-save the file as UTF-8"
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")
_NOT_ASCII_LETTERS = bytes(b for b in range(128) if not chr(b).isalpha())
_NON_ASCII_AFTER_LETTER = re.compile(r"(?<=[^\W\d_])[^\x00-\x7f]")


@dataclass(frozen=True)
class Note:
    """Something done to the text while decoding it, for the load report."""

    severity: str
    issue: str
    message: str
    action: str


@dataclass(frozen=True)
class Decoded:
    """The text of a file (None when it is not text), the encoding used and what was done."""

    text: str | None
    encoding: str
    notes: tuple[Note, ...] = ()


def repair_text(text: str) -> tuple[str, list[Note]]:
    """Remove NUL characters and replace lone surrogates with U+FFFD.

    A surrogate pair (a character beyond U+FFFF split in two, as JSON's
    ``"\\ud83d\\ude00"`` escapes can leave it) is joined into its character
    first. Returns the text and one :class:`Note` per kind of repair (none
    when nothing was changed).
    """
    notes = []
    if "\x00" in text:
        notes.append(Note("warning", "nul_removed", f"{text.count(chr(0))} NUL character(s) "
                          f"(first at character {text.index(chr(0))})", "removed; the rest of the text kept"))
        text = text.replace("\x00", "")
    if _SURROGATE.search(text):
        before = text.count("\ufffd")
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        lone = text.count("\ufffd") - before
        notes.append(Note("warning", "surrogates_replaced", f"{lone} lone surrogate code point(s) (invalid "
                          "Unicode)", "replaced with U+FFFD; re-export the source as UTF-8") if lone else
                     Note("info", "surrogate_pairs_joined", "characters split into surrogate pairs",
                          "joined into their characters"))
    return text, notes


def display_name(name: str) -> str:
    """``name`` (a file name or message) as storable text; unchanged when it holds no surrogate.

    On Linux a file name that is not UTF-8 reaches Python with its bad bytes
    as surrogate escapes (``b"caf\\xe9.txt"`` -> ``"caf\\udce9.txt"``), which no
    Arrow string can hold; they are shown as ``\\xe9`` (other lone surrogates
    as ``\\ud800``), so the name still points the reader at the file.
    """
    return _SURROGATE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if "\udc80" <= m.group() <= "\udcff"
                          else f"\\u{ord(m.group()):04x}", name)


def _bom(data: bytes) -> str | None:
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when the zero bytes say so and the bytes decode; else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    units = len(data) // 2
    zero_odd, zero_even = data[1::2].count(0) / units, data[0::2].count(0) / units
    codec = "utf-16-le" if zero_odd >= UTF16_ZERO_SHARE > zero_even else (
        "utf-16-be" if zero_even >= UTF16_ZERO_SHARE > zero_odd else None)
    try:
        text = data.decode(codec) if codec else None
    except UnicodeDecodeError:
        return None
    # a binary file with zeros on one side: its "text" is control characters
    return codec if text is not None and not _is_binary(text.encode("utf-8", "surrogatepass")) else None


def _is_binary(data: bytes) -> bool:
    control = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return control > BINARY_CONTROL_SHARE * len(data)


def _plausible_cp1252(text: str) -> bool:
    """True when ``text`` (a cp1252 reading) reads like Western European text."""
    non_ascii = _ASCII_RUN.sub("", text)
    foreign = sum(c.isalpha() for c in non_ascii)
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    if foreign > MAX_NON_ASCII_LETTER_SHARE * (foreign + ascii_letters):
        return False
    return not _has_odd_symbols(text)


def _has_odd_symbols(text: str) -> bool:
    """True when a letter is directly followed by a symbol, a digit other than 0-9 or stray punctuation."""
    return any(_odd_after_letter(m.group()) for m in _NON_ASCII_AFTER_LETTER.finditer(text))


def _odd_after_letter(char: str) -> bool:
    """A character that does not follow a letter in Western text ("³" in "Wa³êsa", "¹" in "s¹")."""
    return char not in _AFTER_LETTER_OK and unicodedata.category(char) in _ODD_CATEGORIES


def legacy_encoding(data: bytes) -> str | None:
    """The single-byte (or other non-UTF) encoding of ``data``: cp1252 when plausible, else detected.

    Returns None when neither cp1252 nor charset-normalizer finds an encoding.
    See the module docstring for how cp1252 is judged.
    """
    try:
        if _plausible_cp1252(data.decode("cp1252")):
            return "cp1252"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    # the detector's ranking, but skipping readings with symbols glued to words (cp1252 for Polish)
    plausible = [m for m in matches if not _has_odd_symbols(str(m))]
    return (plausible or matches)[0].encoding if matches else None


def _from_bom(data: bytes, codec: str) -> Decoded:
    """Decode by the byte-order mark; malformed sequences become U+FFFD (noted)."""
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        text = data.decode(codec, "replace")
        return Decoded(text, codec, (Note("warning", "bad_bytes", f"starts with a {codec} byte-order mark but "
                                          f"byte {exc.start} is not {codec} ({exc.reason})",
                                          "malformed sequences replaced with U+FFFD; " + _FIX_ENCODING),))


def is_mostly_utf8(data: bytes) -> bool:
    """True when ``data`` holds at least as many well-formed non-ASCII UTF-8 characters as malformed sequences.

    Text in a legacy encoding has almost no byte sequences that happen to be
    well-formed UTF-8, so its accented letters all count as malformed; a UTF-8
    page with a few broken bytes has many more good characters than bad.
    """
    text = data.decode("utf-8", "replace")
    n_bad = text.count("\ufffd") - data.count("\ufffd".encode())
    n_good = len(_ASCII_RUN.sub("", text)) - text.count("\ufffd")
    return n_good >= n_bad


def _broken_utf8(data: bytes, error: UnicodeDecodeError) -> Decoded | None:
    """UTF-8 with encoded surrogates or a few broken bytes (see steps 5 and 6); None when not UTF-8."""
    try:
        return Decoded(data.decode("utf-8", "surrogatepass"), "utf-8")  # repair_text notes the surrogates
    except UnicodeDecodeError:
        pass
    if not is_mostly_utf8(data):
        return None
    text = data.decode("utf-8", "replace")
    n_bad = text.count("\ufffd") - data.count("\ufffd".encode())
    return Decoded(text, "utf-8", (Note("warning", "bad_utf8_bytes", f"{n_bad} malformed UTF-8 sequence(s), the "
                                        f"first at byte {error.start} ({error.reason})", "replaced with U+FFFD; "
                                        "check the text there and " + _FIX_ENCODING),))


def _decode(data: bytes) -> Decoded:
    """Steps 1-8 of the module docstring, before :func:`repair_text`."""
    codec = _bom(data)
    if codec:
        return _from_bom(data, codec)
    codec = _utf16_without_bom(data)
    if codec:
        return Decoded(data.decode(codec), codec, (Note("warning", "utf16_without_bom", f"UTF-16 without a "
                                                        f"byte-order mark; decoded as {codec}",
                                                        "check the text; " + _FIX_ENCODING),))
    if _is_binary(data):
        return Decoded(None, "", (Note("warning", "binary_file", "looks like a binary file, not text (NUL or "
                                       "control bytes)", "skipped; remove it or save the article as plain text"),))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        error = exc
    broken = _broken_utf8(data, error)
    if broken is not None:
        return broken
    codec = legacy_encoding(data)
    if codec is None:
        return Decoded(None, "", (Note("warning", "undecodable", f"not UTF-8 ({error.reason} at byte {error.start}) "
                                       "and no other encoding fits", "skipped; " + _FIX_ENCODING),))
    why = " (Windows Western European; Latin-1 text reads the same)" if codec == "cp1252" else ""
    return Decoded(data.decode(codec), codec, (Note("warning", "decoded_fallback", f"not UTF-8 (byte "
                                                    f"{error.start}); decoded as {codec}{why}", "check the text for "
                                                    "wrong characters and " + _FIX_ENCODING),))


def decode_bytes(data: bytes) -> Decoded:
    """Decode the bytes of one text file; see the module docstring for the order of attempts.

    Returns
    -------
    Decoded
        ``text`` (None when the bytes are not text or fit no encoding),
        ``encoding`` (the Python codec used: "utf-8", "utf-8-sig" (UTF-8 with
        a byte-order mark), "utf-16", "utf-16-le", "utf-32", "cp1252", … ; ""
        when not decoded) and ``notes``: what was decided or repaired, for the
        load report.
    """
    decoded = _decode(data)
    if decoded.text is None:
        return decoded
    text, notes = repair_text(decoded.text)
    return Decoded(text, decoded.encoding, (*decoded.notes, *notes))
