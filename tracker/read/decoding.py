"""Bytes to text: byte-order marks, a legacy-encoding fallback, and refusing binaries.

Articles arrive as UTF-8 (with or without a BOM), UTF-16 or UTF-32 with a BOM, or in a
legacy encoding. Bytes that are not UTF-8 are decoded with the charset a web page or XML
file declares (`<meta charset>`, `<?xml encoding>`), else with the legacy encoding
charset-normalizer finds when it is clearly better than Windows-1252, else as
Windows-1252; the warning says which. Files that are not text at all (PDF, Word, images, archives, UTF-16 without its
byte-order mark, data that is mostly control characters) are recognised by their first
bytes and refused with a reason a user can act on. A few stray NUL bytes do not make a
file binary: they are the damage of the line, row or article that holds them, and the
readers in `tracker.read.documents` say so there.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import regex as re
from charset_normalizer import from_bytes

# How many leading bytes are looked at to tell text from binary.
SNIFF_BYTES: int = 8192

# Byte-order marks, longest first: UTF-32-LE's BOM begins with UTF-16-LE's.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Encodings whose text is full of NUL bytes.
WIDE_ENCODINGS: frozenset[str] = frozenset({"utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})

# First bytes of formats people save articles in that are not plain text, with the name
# the user knows them by. The reason says what to do instead.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP archive: .docx, .xlsx, .odt or .zip"),
    (b"PK\x05\x06", "ZIP archive: .docx, .xlsx, .odt or .zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office file: .doc or .xls"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "program"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
    (b"ARROW1", "Arrow file"),
)

# Text formats we cannot read as articles; the user can save them as plain text.
UNSUPPORTED_TEXT: tuple[tuple[bytes, str], ...] = ((b"{\\rtf", "RTF document"),)

# Control characters (Unicode category Cc) that plain text does not hold: all but tab,
# line feed, vertical tab, form feed, carriage return, the separators 1C-1E and NEL.
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")

# The same control characters as bytes, for a file's first bytes before they are decoded:
# only the ASCII ones, since bytes 80-9F are part of UTF-8 and Windows-1252 letters.
CONTROL_BYTES: bytes = bytes([*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F])

# Share of control characters above which decoded "text" is taken for binary data (and,
# counted in bytes, a file's first bytes when they are not UTF-8). One control character
# alone never is: a stray NUL in a short article is damage, not a binary file.
MAX_CONTROL_SHARE: float = 0.02

# Share of control bytes above which a file's first bytes are binary even when they are
# valid UTF-8 (an archive of text files, NUL padding). Below it, UTF-8 feeds are judged
# line by line, so that a few damaged lines cost only themselves.
MOSTLY_CONTROL_SHARE: float = 0.25

# UTF-16 or UTF-32 text without a byte-order mark is looked for only when NUL bytes are at
# least this share of the first bytes, and at least this many: fewer are stray damage.
WIDE_NUL_SHARE: float = 0.05
WIDE_MIN_NULS: int = 4

# A charset declared in the head of a web page or an XML file: <meta charset="...">,
# <meta http-equiv="Content-Type" content="text/html; charset=...">, <?xml encoding="..."?>.
DECLARED_CHARSET = (
    re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*(?P<name>[A-Za-z0-9._:-]+)""", re.IGNORECASE),
    re.compile(rb"""<\?xml\b[^>]*?\bencoding\s*=\s*["'](?P<name>[A-Za-z0-9._:-]+)""", re.IGNORECASE),
)

# Labels web pages give for an encoding whose superset browsers decode them with (the
# WHATWG Encoding Standard): a page "in ISO-8859-1" is read as Windows-1252, so that its
# curly quotes (bytes 0x91-0x94) are quotes and not control characters.
BROWSER_SUPERSETS: dict[str, str] = {
    "iso8859_1": "cp1252", "ascii": "cp1252", "iso8859_9": "cp1254", "iso8859_11": "cp874", "tis_620": "cp874",
}

# Encodings charset-normalizer chooses among for undeclared bytes that are not UTF-8: the
# one-byte code pages news sites have used. Multi-byte ones are left out: a stray pair of
# Windows-1252 quotes is a valid Shift JIS character.
LEGACY_ENCODINGS: tuple[str, ...] = (
    "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "koi8_r",
)
FALLBACK = "cp1252"

# Characters that must read differently from Windows-1252 before charset-normalizer's
# choice is taken: in an English text with one "Zoë" its guesses are noise.
MIN_DIFFERING_CHARACTERS: int = 3

# Line breaks to turn into "\n": Windows "\r\n" and old Mac "\r".
LINE_BREAK = re.compile(r"\r\n?")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with what the reader had to do to get it."""

    text: str
    encoding: str  # the codec that decoded it
    warning: str | None  # set when the bytes were not plain UTF-8


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `head` announces, if any."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    return None


def binary_kind(head: bytes) -> str | None:
    """Why a whole file is not text, judged from `head` (its first bytes), or None.

    Binary: a known format's first bytes (PDF, ZIP, images...); UTF-16 or UTF-32 text
    without a byte-order mark (NULs in every other byte); control bytes over a quarter
    of the head, or over MAX_CONTROL_SHARE of a head that is not UTF-8 (random or
    compressed data). A few NUL bytes in UTF-8 text are not enough: the reader of each
    format decides what they cost (a JSONL line, a CSV row, or a warning on an article).
    """
    for magic, name in MAGIC:
        if head.startswith(magic):
            return f"binary file ({name})"
    if bom_encoding(head) in WIDE_ENCODINGS:
        return None
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    binary = controls > 1 and (
        controls > MOSTLY_CONTROL_SHARE * len(head)
        or (controls > MAX_CONTROL_SHARE * len(head) and not _is_utf8(head))
    )
    nuls = head.count(b"\x00")
    # Many NULs, or a head already binary with some (UTF-16 Chinese has few): UTF-16?
    if (nuls >= WIDE_MIN_NULS and nuls >= WIDE_NUL_SHARE * len(head)) or (binary and nuls > 1):
        if _wide_without_bom(head):
            return "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)"
    return "binary file (mostly control characters)" if binary else None


def _wide_without_bom(head: bytes) -> bool:
    """True when `head` reads as clean UTF-16 or UTF-32 text, though it has no BOM."""
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        unit = 4 if encoding.startswith("utf-32") else 2
        try:
            # not final: the head may end in the middle of a character
            text = codecs.getincrementaldecoder(encoding)().decode(head[: len(head) - len(head) % unit], final=False)
        except UnicodeDecodeError:
            continue
        if text and "\x00" not in text and not looks_binary(text):
            return True
    return False


def _is_utf8(head: bytes) -> bool:
    """True when `head` is valid UTF-8, but for a character cut off at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def mask_nuls(text: str) -> tuple[str, str | None]:
    """The text with its NUL characters shown as U+FFFD, and a warning that says so.

    For an article that passed `binary_kind` and `looks_binary`: its NULs are damage
    (a stray byte, a file padded after a crash), not reason enough to lose the article.
    """
    count = text.count("\x00")
    if not count:
        return text, None
    what = "a NUL character" if count == 1 else f"{count} NUL characters"
    first = text.index("\x00") + 1
    return text.replace("\x00", "\ufffd"), f"{what} (damaged file?) shown as U+FFFD, the first at character {first}"


def unsupported_kind(head: bytes) -> str | None:
    """Why `head` is a text format we do not read (RTF), or None."""
    stripped = head.lstrip()
    for magic, name in UNSUPPORTED_TEXT:
        if stripped.startswith(magic):
            return f"{name}: save it as plain text (.txt)"
    return None


def decode(data: bytes) -> Decoded:
    """Decode bytes that passed `binary_kind`: BOM first, then UTF-8, then cp1252.

    Never raises: cp1252 leaves five byte values undefined, and those few are read as
    Latin-1 so that no byte is lost.
    """
    encoding = bom_encoding(data[:4])
    if encoding is not None:
        bom_length = next(len(b) for b, e in BOMS if e == encoding)
        try:
            text = data[bom_length:].decode(encoding)
            warning = None  # a byte-order mark leaves no doubt
        except UnicodeDecodeError as error:
            text = data[bom_length:].decode(encoding, errors="replace")
            warning = f"invalid {encoding.upper()} at byte {error.start + bom_length}; bad bytes shown as U+FFFD"
        return Decoded(normalise_newlines(text), encoding, warning)
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8", None)
    except UnicodeDecodeError as error:
        position = error.start
    declared, label = declared_charset(data[:SNIFF_BYTES])
    note = None
    if declared is not None:
        try:
            text = data.decode(declared)
        except UnicodeDecodeError:
            note = f"the charset it declares ({label}) does not fit its bytes"
        else:
            how = f"decoded as {encoding_name(declared)}, the charset it declares"
            if encoding_name(declared).casefold() != label.casefold():
                how = f"decoded as {encoding_name(declared)}, as browsers read the {label} it declares"
            return Decoded(normalise_newlines(text), declared, f"not valid UTF-8 (byte {position}); {how}")
    elif label is not None:
        note = f"it declares {label}, which " + ("its bytes are not" if label.casefold().startswith("utf") else "is unknown")
    encoding = detected_encoding(data)
    how = f"decoded as {encoding_name(encoding)}"
    if encoding != FALLBACK:
        how += " (detected by charset-normalizer)"
    text = data.decode(encoding, errors="latin1_fallback" if encoding == FALLBACK else "replace")
    return Decoded(normalise_newlines(text), encoding, "; ".join(filter(None, (f"not valid UTF-8 (byte {position})", note, how))))


def declared_charset(head: bytes) -> tuple[str | None, str | None]:
    """The Python codec for the charset `head` declares, and the label it declares it by.
    (None, label) when that label cannot decode bytes that are not UTF-8 (an unknown name,
    or UTF-8, UTF-16 or UTF-32, which the bytes contradict); (None, None) when none is declared."""
    for pattern in DECLARED_CHARSET:
        if m := pattern.search(head):
            label = m["name"].decode("ascii")
            try:
                codec = codecs.lookup(label).name.replace("-", "_")
            except LookupError:
                return None, label
            if codec.startswith(("utf_8", "utf_16", "utf_32")):
                return None, label
            return BROWSER_SUPERSETS.get(codec, codec), label
    return None, None


def detected_encoding(data: bytes) -> str:
    """The legacy encoding of bytes that are not UTF-8: charset-normalizer's choice among
    LEGACY_ENCODINGS when it reads them better than Windows-1252 does (less noise, or as
    little and more like a language) in at least MIN_DIFFERING_CHARACTERS characters,
    else Windows-1252. A short English text reads the same in most of them, and then
    stays Windows-1252 as it always was."""
    matches = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS))
    best = matches.best()
    if best is None or FALLBACK in best.could_be_from_charset:
        return FALLBACK
    fallback = next((m for m in matches if FALLBACK in m.could_be_from_charset), None)
    if fallback is not None and (fallback.chaos, -fallback.coherence) <= (best.chaos, -best.coherence):
        return FALLBACK
    ours, theirs = data.decode(FALLBACK, errors="latin1_fallback"), data.decode(best.encoding, errors="replace")
    if len(ours) != len(theirs) or sum(a != b for a, b in zip(ours, theirs)) < MIN_DIFFERING_CHARACTERS:
        return FALLBACK
    return best.encoding


def encoding_name(codec: str) -> str:
    """The name users know an encoding by: cp1254 -> Windows-1254, koi8_r -> KOI8-R."""
    if m := re.fullmatch(r"cp(12[5-9]\d|87\d)", codec):
        return f"Windows-{m[1]}"
    return codec.upper().replace("_", "-")


def decode_line(data: bytes) -> Decoded:
    """One line of a UTF-8 feed (JSONL, CSV): UTF-8, else cp1252 with a warning."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8", None)
    except UnicodeDecodeError:
        return Decoded(data.decode("cp1252", errors="latin1_fallback"), "cp1252", "not valid UTF-8; decoded as Windows-1252")


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line breaks as "\\n"; nothing else in the text changes."""
    return LINE_BREAK.sub("\n", text) if "\r" in text else text


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly control characters: binary data, not prose.

    Over MAX_CONTROL_SHARE of the first SNIFF_BYTES characters, and more than one.
    """
    sample = text[:SNIFF_BYTES]
    controls = len(CONTROL.findall(sample))
    return controls > 1 and controls > MAX_CONTROL_SHARE * len(sample)


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; Latin-1 maps every byte.
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("latin1_fallback", _latin1_fallback)
