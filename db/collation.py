"""Vietnamese alphabetical order without Qt (db/ never imports it; desktop/collation.py is the
window's, with ICU): "Đào tạo" and "Điện" come with D, before "Xây lắp"; "Tài chính" before
"Thăm dò"; "Ăn uống" after "An toàn"; "Ứng dụng" between U and V. Letters first (a ă â b c d đ
e ê … o ô ơ … u ư …), then the tones (none, grave, hook, tilde, acute, dot below) only where the
letters are equal; case folded; numbers in numeric order ("Giai đoạn 2" before "Giai đoạn 10").

`sort_key` gives that order as bytes whose plain byte order is the order, so a database sorts
and indexes it as it is (SQLite's BLOB and PostgreSQL's bytea both compare bytes):
`initiatives.title_key` and `author_key` (migration 0018), `people.name_key` (0019)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

# The marks that make a new letter (ă â ê ô ơ ư) and the tone marks, as NFD writes them.
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# The alphabet in order: a letter's byte is 0x90 + its place, after every digit and sign
# (a letter mark's number after its letter: "a1" is ă, "o3" is ơ; "d9" is đ).
_ALPHABET = [
    "a", "a1", "a2", "b", "c", "d", "d9", "e", "e2", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "o2", "o3", "p", "q", "r", "s", "t", "u", "u3", "v", "w", "x", "y", "z",
]  # fmt: skip
_LETTER_BYTES = {letter: 0x90 + place for place, letter in enumerate(_ALPHABET)}
_LETTER_BYTES[chr(0x111)] = _LETTER_BYTES.pop("d9")  # đ, which Unicode does not decompose
_NUMBER = 0x80  # then the digits' count and the digits: a longer number is a bigger one
_TONE_PART = b"\x01"  # below every byte of the letters' part: a shorter text sorts first
_PIECES = re.compile(r"([0-9]+)|([^\W\d_]+)|(.)", re.S)


@lru_cache(maxsize=4096)  # names come again and again; titles seldom (1 MiB at most)
def sort_key(text: str) -> bytes:
    """`text` as bytes in Vietnamese order: the letters (each with its letter mark), spaces and
    signs, numbers by value; then, after a 0x01, the tone of each word. Stored as a sort column.
    Vietnamese and ASCII text is keyed by two str.translate tables (10-15 us CPU a title of the
    demo at load 11, where the character-by-character way below took 67-90 us); a text with any
    other character goes that way (the same key: tests/test_sort_key.py)."""
    halves = _halves(text)
    if halves is None:  # a character the tables do not hold: each one looked at
        return _sort_key_of_each(text)
    letters, tones = halves
    return letters + _TONE_PART + tones.rstrip(b"\x00")


def _halves(text: str) -> tuple[bytes, bytes] | None:
    """The letters' part of `text`'s key and each word's tone (not yet stripped of the trailing
    toneless ones), by the tables; None for a text with a character they do not hold."""
    folded = text.casefold()
    letter_table, tone_table = _tables()
    try:
        letters = folded.translate(letter_table).encode("latin-1")
    except UnicodeEncodeError:
        return None
    letters = _DIGITS.sub(_number, letters)
    words = folded.translate(tone_table).split()
    return letters, bytes(int((word.strip("0") or "0")[0]) for word in words)


def sort_key_of_pieces(pieces: Sequence[str]) -> bytes:
    """sort_key("".join(pieces)), put together from each piece's halves (cached), for texts
    joined from the same pieces again and again (the demo's titles). Where no letter or digit
    touches another across two pieces, each piece's letters, numbers and words are its own, so
    the halves join; otherwise the joined text is keyed whole (tests/test_demo_sort_keys.py)."""
    letters, tones, last = [], [], " "
    for piece in pieces:
        if not piece:
            continue
        halves = _piece_halves(piece)
        if halves is None or (last.isalnum() and piece[0].isalnum()):
            return sort_key("".join(pieces))
        letters.append(halves[0])
        tones.append(halves[1])
        last = piece[-1]
    return b"".join(letters) + _TONE_PART + b"".join(tones).rstrip(b"\x00")


@lru_cache(maxsize=8192)
def _piece_halves(piece: str) -> tuple[bytes, bytes] | None:
    return _halves(piece)


def _number(found: re.Match) -> bytes:
    digits = found.group().lstrip(b"0") or b"0"
    return bytes((_NUMBER, 0x02 + min(len(digits), 250))) + digits


_DIGITS = re.compile(rb"[0-9]+")


def _sort_key_of_each(text: str) -> bytes:
    letters = bytearray()
    tones = bytearray()
    for number, word, other in _PIECES.findall(unicodedata.normalize("NFC", text.casefold())):
        if number:
            digits = number.lstrip("0") or "0"
            letters += bytes((_NUMBER, 0x02 + min(len(digits), 250))) + digits.encode()
        elif word:
            tones.append(_word_letters(word, letters))
        else:
            letters += _sign(other)
    return bytes(letters) + _TONE_PART + bytes(tones).rstrip(b"\x00")


def _word_letters(word: str, out: bytearray) -> int:
    """Append the word's letters; its tone (0 none … 5 dot below; the first if several)."""
    tone = 0
    for char in word:
        base = unicodedata.normalize("NFD", char)
        for mark in base[1:]:
            tone = tone or _TONES.get(mark, 0)
        marks = "".join(str(_LETTER_MARKS[m]) for m in base[1:] if m in _LETTER_MARKS)
        found = _LETTER_BYTES.get(base[0] + marks[:1]) or _LETTER_BYTES.get(base[0])
        out += bytes((found,)) if found else _sign(base[0])
    return tone


def _sign(char: str) -> bytes:
    """A space or sign before every digit and letter (ASCII ones in their own order); a letter
    of another alphabet after the Vietnamese ones, by code point (its UTF-8 bytes)."""
    if char.isspace() or char < " ":
        return b" "
    if char.isascii():
        return char.encode()
    if char.isalpha():
        return char.encode()  # 0xC2 and above: after every Vietnamese letter
    return b"\x7f"


@cache  # made at the first key, not at import (13 ms: the window's start imports this)
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """For each character of the Latin alphabets (a Vietnamese text's): its letters' part
    (latin-1 characters standing for the key's bytes) and its tone (a digit; a space for what
    is not a letter, where a word ends). U+FFFF, which no key holds, sends a text the slow way."""
    letters, tones = {}, {}
    for code in [*range(0x250), *range(0x1E00, 0x1F00)]:
        char = chr(code)
        tones[code] = " "
        if "0" <= char <= "9":
            letters[code] = char
        elif char.isalpha():
            out = bytearray()
            tone = _word_letters(char, out)
            ours = len(out) == 1 and out[0] >= 0x90 and not unicodedata.combining(char)
            letters[code] = out.decode("latin-1") if ours else "\uffff"
            tones[code] = str(tone)
        elif char.isalnum() or len(_sign(char)) != 1:
            letters[code] = "\uffff"
        else:
            letters[code] = _sign(char).decode("latin-1")
    return letters, tones


vietnamese_key = sort_key  # the name Python's sorted() callers know it by


def initiative_keys(title: str | None, author_names: Sequence[str] = ()) -> tuple[bytes, bytes]:
    """An initiative's stored sort keys: its title's and its first author's name's (b"" for none:
    first on either engine, where NULL comes first on SQLite and last on PostgreSQL)."""
    return sort_key(title or ""), sort_key(author_names[0]) if author_names else b""


_SHIFT_TONES = bytes(min(byte + 2, 255) for byte in range(256))  # tones 0-5 become 2-7


def person_key(name: str | None, born: dt.date | str | None) -> bytes:
    """A person's stored sort key (`people.name_key`, migration 0019): the name's `sort_key` as
    written (spaces collapsed), then the birth date (unknown first), as bytes whose byte order is
    that order (a date as a record's ISO text too). The name's tones are moved up by 2 and end with a 0x00, so a name whose tones are
    a prefix of another's comes first whatever the dates (tone bytes may be 0x00 themselves)."""
    date = (born if isinstance(born, str) else born.isoformat() if born else "").encode()
    return _name_part(name or "") + date


@lru_cache(maxsize=16384)  # a register's names repeat: 150,000 people, some 20,000 names
def _name_part(name: str) -> bytes:
    letters, _part, tones = sort_key(" ".join(name.split())).partition(_TONE_PART)
    return letters + _TONE_PART + tones.translate(_SHIFT_TONES) + b"\x00"


def person_order(person_id: str, name: str | None, born: dt.date | None) -> tuple:
    """A person's place in a list of people: by name in Vietnamese order as written (family name
    first: «Bùi», «Dương», «Đặng», «Đỗ», «Uông», «Ứng»; spaces collapsed), then birth date
    (unknown first), then id: `person_key` and the id, as the database orders `name_key, id`,
    so the order is the same on SQLite and PostgreSQL and in the window's table, which sorts
    without loading SQLAlchemy."""
    return (person_key(name, born), person_id)
