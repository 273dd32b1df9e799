"""A certificate's verification code: the issuing node's Ed25519 signature over the certificate's
canonical text, written in Crockford base32 (digits and capitals, no I, L, O or U) so that it
survives being printed, scanned, read over the phone and typed.

Why a signature and not a shorter keyed hash: anyone holding the issuing node's public key (every
node that has imported its packages pins it) can check the code offline, and nobody but the
issuer can make one. A keyed hash would need a secret shared with every checker, and any checker
could then forge certificates. The price is length: 64 bytes are 103 base32 digits, printed in
groups of five; the QR code carries them together with the certificate number.

Nobody types 103 characters, so the certificate also prints a short check code of 16 characters
(`short_code`, "ABCD-EFGH-JKMN-PQRS", 19 with its dashes): 80 bits of a hash of the signature. It
cannot be checked from the issuer's public key alone; it is checked against the register
(db/certificate_check.py): the certificate with that number must be there, its stored signature
must hash to the typed code, and that signature must verify against the issuer's pinned key. A
forger would have to guess 80 bits.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from db.messages import Message

CODE_SCHEME = "SK1"
SIGNATURE_BYTES = 64
CODE_DIGITS = 103  # ceil(512 / 5): the first digit carries only 2 bits (0..3)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
# Letters people and scanners confuse with digits, read the way Crockford's base32 says.
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
# Crockford's digits for the RFC 4648 base32 ones: encode_signature works in C.
_FROM_RFC4648 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET.encode("ascii"))
_PAD_BITS = -(CODE_DIGITS * 5) % 40  # base32 encodes whole groups of 40 bits
_NUMBER_THEN_CODE = re.compile(r"^(?P<number>.*?-\d{4}-\d{5,})(?:[^0-9A-Z]+(?P<code>.*))?$")


class CodeError(ValueError):
    """Text that is not a certificate number followed by its verification code."""


@dataclass(frozen=True)
class SignedFields:
    """What the signature vouches for: change any of these and the code no longer matches."""

    number: str
    initiative_id: str
    recipients: tuple[str, ...]
    level: str
    decision_no: str
    decision_date: dt.date | None
    issued_on: dt.date
    issuer_node_id: str

    def canonical_text(self) -> str:
        parts = (
            CODE_SCHEME,
            self.number,
            self.initiative_id,
            ";".join(self.recipients),
            self.level,
            self.decision_no,
            self.decision_date.isoformat() if self.decision_date else "",
            self.issued_on.isoformat(),
            self.issuer_node_id,
        )
        return unicodedata.normalize("NFC", "|".join(parts))


def sign_fields(private_key: bytes | Ed25519PrivateKey, fields: SignedFields) -> str:
    """The verification code of a certificate with these fields, signed with the node's key
    (its bytes, or the key once loaded when signing many: loading costs more than signing)."""
    key = (
        private_key
        if isinstance(private_key, Ed25519PrivateKey)
        else Ed25519PrivateKey.from_private_bytes(private_key)
    )
    return encode_signature(key.sign(fields.canonical_text().encode("utf-8")))


def code_matches(public_key: bytes, fields: SignedFields, code: str) -> bool:
    """True if `code` is the signature, by the holder of `public_key`, of exactly these fields."""
    try:
        signature = decode_code(code)
        key = Ed25519PublicKey.from_public_bytes(public_key)
        key.verify(signature, fields.canonical_text().encode("utf-8"))
    except (CodeError, InvalidSignature, ValueError):
        return False
    return True


def encode_signature(signature: bytes) -> str:
    """The signature as one big-endian number in CODE_DIGITS digits of 5 bits, most significant
    first: base32 of the number shifted left to a whole 40-bit group, the padding digit dropped."""
    value = int.from_bytes(signature, "big") << _PAD_BITS
    padded = value.to_bytes((CODE_DIGITS * 5 + _PAD_BITS) // 8, "big")
    return base64.b32encode(padded).translate(_FROM_RFC4648)[:CODE_DIGITS].decode("ascii")


def decode_code(code: str) -> bytes:
    """The signature a typed or scanned code stands for; spaces, dashes and case do not matter."""
    digits = re.sub(r"[^0-9A-Z]", "", code.upper()).translate(_LOOKALIKES)
    if len(digits) != CODE_DIGITS or any(ch not in _VALUE for ch in digits):
        raise CodeError(Message("code.length", digits=CODE_DIGITS, got=len(digits)))
    value = 0
    for ch in digits:
        value = value * 32 + _VALUE[ch]
    if value >= 1 << (8 * SIGNATURE_BYTES):
        raise CodeError(Message("code.invalid"))
    return value.to_bytes(SIGNATURE_BYTES, "big")


SHORT_DIGITS = 16
_SHORT_CONTEXT = b"SK1-short|"
_NUMBER_THEN_SHORT = re.compile(
    r"^(?P<number>.*?-\d{4}-\d{5,})[^0-9A-Z]+(?P<code>(?:[0-9A-Z][^0-9A-Z]*){16})$"
)


def short_code(code: str) -> str:
    """The 16-character check code printed for people to type (see the module's docstring)."""
    digest = hashlib.sha256(_SHORT_CONTEXT + decode_code(code)).digest()
    value = int.from_bytes(digest[:10], "big")
    digits = []
    for _ in range(SHORT_DIGITS):
        value, digit = divmod(value, 32)
        digits.append(ALPHABET[digit])
    return "".join(reversed(digits))


def short_grouped(short: str) -> str:
    """ABCD-EFGH-JKMN-PQRS: groups of four, as printed."""
    return "-".join(short[i : i + 4] for i in range(0, len(short), 4))


def typed_code_length(text: str) -> int:
    """How many code characters follow the certificate number in `text` (0: none or no number)."""
    cleaned = unicodedata.normalize("NFC", text).strip().upper()
    if cleaned.startswith(CODE_SCHEME + ":"):
        return 0  # a scanned QR payload
    match = _NUMBER_THEN_CODE.match(cleaned)
    return len(re.sub(r"[^0-9A-Z]", "", match.group("code") or "")) if match else 0


def parse_short(text: str) -> tuple[str, str] | None:
    """(number, short code) from a typed 'NUMBER ABCD-EFGH-JKMN-PQRS', or None if the text is
    not of that form (a QR payload or a full code is read by `parse_presented`)."""
    cleaned = unicodedata.normalize("NFC", text).strip().upper()
    match = _NUMBER_THEN_SHORT.match(cleaned)
    if match is None:
        return None
    code = re.sub(r"[^0-9A-Z]", "", match.group("code")).translate(_LOOKALIKES)
    if any(ch not in _VALUE for ch in code):
        return None
    return match.group("number").strip(), code


def grouped(code: str, size: int = 5) -> str:
    """The code as a person reads it: groups of five separated by spaces."""
    return " ".join(code[i : i + size] for i in range(0, len(code), size))


def qr_payload(number: str, code: str) -> str:
    """What the QR code holds: only QR 'alphanumeric' characters, so the symbol stays small."""
    return f"{CODE_SCHEME}:{number}:{code}"


def parse_presented(text: str) -> tuple[str, str]:
    """(number, code) from a scanned QR payload or from a typed 'NUMBER CODE' (any separators)."""
    cleaned = unicodedata.normalize("NFC", text).strip().upper()
    if cleaned.startswith(CODE_SCHEME + ":"):
        cleaned = cleaned[len(CODE_SCHEME) + 1 :]
    match = _NUMBER_THEN_CODE.match(cleaned)
    if match is None or not match.group("code"):
        raise CodeError(Message("code.unreadable"))
    code = match.group("code")
    decode_code(code)
    return match.group("number").strip(), re.sub(r"[^0-9A-Z]", "", code).translate(_LOOKALIKES)
