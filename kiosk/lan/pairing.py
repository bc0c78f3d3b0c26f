"""Pairing: the shelter code staff enter on each terminal, and the keys derived from it.

The code (``XXXX-XXXX-XXXX``, 12 symbols of a 30-letter alphabet without look-alikes: about
59 bits) is stretched with scrypt (salt: the shelter id, so the same code at two shelters
gives unrelated keys) into two keys: the **authentication key** (HMAC-SHA256 on every
request and answer between terminals) and the **shelter-wide key** (AES-256-GCM on every
body that crosses the LAN). The code itself is never stored: only the derived keys, inside
the record store, encrypted under the store key (:meth:`kiosk.store.RecordStore.seal_secret`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.errors import KioskError

#: No 0/O, 1/I/L, 2/Z, 5/S, 8/B: what staff read aloud or copy by hand must not be misread.
ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_SYMBOLS = 12
_SCRYPT_N = 2**15
_SALT_PREFIX = b"shelter-kiosk lan pairing v1\x00"
#: The meta name under which the store keeps the derived keys (sealed with the store key).
SECRET_NAME = "lan.keys"  # noqa: S105 (a name, not a secret)


class InvalidShelterCodeError(KioskError):
    """The shelter code typed is not a code this kiosk makes (wrong length or letters)."""

    code = "lan_code_invalid"


def generate_code() -> str:
    """A new shelter code for the first terminal; staff type it on the others."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_SYMBOLS))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_SYMBOLS, 4))


def normalize_code(typed: str) -> str:
    """The code as typed (full-width letters, lower case, spaces and hyphens allowed)."""
    text = unicodedata.normalize("NFKC", typed).upper()
    text = "".join(ch for ch in text if ch not in " -\u30fc\u2010\u2212\t")
    if len(text) != CODE_SYMBOLS or any(ch not in ALPHABET for ch in text):
        raise InvalidShelterCodeError("the shelter code is 12 letters and digits")
    return text


@dataclass(frozen=True)
class ShelterKeys:
    """The two keys every paired terminal of one shelter holds (never the code)."""

    auth_key: bytes
    data_key: bytes

    def __repr__(self) -> str:
        return "ShelterKeys(<redacted>)"

    @property
    def key_id(self) -> str:
        """A public tag of these keys (announced by discovery): terminals paired with the
        same code recognise each other; it reveals nothing about the keys."""
        return hmac.new(self.auth_key, b"key id", hashlib.sha256).hexdigest()[:12]

    def to_bytes(self) -> bytes:
        return self.auth_key + self.data_key

    @classmethod
    def from_bytes(cls, data: bytes) -> ShelterKeys:
        if len(data) != 64:
            raise ValueError("shelter keys are 64 bytes")
        return cls(auth_key=data[:32], data_key=data[32:])


def derive_keys(code: str, shelter_id: str) -> ShelterKeys:
    """scrypt(code, salt = shelter id) then HKDF into the two keys (about 0.1 s, 32 MiB)."""
    if not shelter_id:
        raise InvalidShelterCodeError("pairing needs the shelter id to be set first")
    stretched = Scrypt(
        salt=_SALT_PREFIX + shelter_id.encode("utf-8"), length=32, n=_SCRYPT_N, r=8, p=1
    ).derive(normalize_code(code).encode("ascii"))

    def sub(info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(stretched)

    return ShelterKeys(
        auth_key=sub(b"shelter-kiosk lan authentication v1"),
        data_key=sub(b"shelter-kiosk lan shelter-wide encryption v1"),
    )
