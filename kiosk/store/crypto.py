"""Encryption of the personal part of a record (AES-256-GCM) and the person fingerprint.

Two sub-keys are derived from the one stored key (HKDF-SHA256), so the key that encrypts is
never the key that fingerprints. Each record gets a fresh 96-bit nonce; the event id is the
associated data, so an encrypted blob copied onto another row fails to decrypt instead of
silently attaching one person's data to another record.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.domain import normalize_for_search

_BLOB_VERSION = b"\x01"
_NONCE_BYTES = 12


class DecryptionError(Exception):
    """A blob did not authenticate: wrong key, wrong row or damaged bytes."""


def _derive(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)


class RecordCipher:
    def __init__(self, master_key: bytes) -> None:
        self._aead = AESGCM(_derive(master_key, b"shelter-kiosk record encryption v1"))
        self._fingerprint_key = _derive(master_key, b"shelter-kiosk person fingerprint v1")
        self.key_check = hmac.new(
            _derive(master_key, b"shelter-kiosk key check v1"), b"key-check", hashlib.sha256
        ).hexdigest()[:32]

    def encrypt(self, plaintext: bytes, event_id: str) -> bytes:
        nonce = os.urandom(_NONCE_BYTES)
        return _BLOB_VERSION + nonce + self._aead.encrypt(nonce, plaintext, event_id.encode())

    def decrypt(self, blob: bytes, event_id: str) -> bytes:
        if len(blob) < 1 + _NONCE_BYTES + 16 or blob[:1] != _BLOB_VERSION:
            raise DecryptionError("unknown blob format")
        nonce = blob[1 : 1 + _NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[1 + _NONCE_BYTES :], event_id.encode())
        except InvalidTag as exc:
            raise DecryptionError("record did not authenticate") from exc

    def person_fingerprint(self, name: str, birth_date: date | None) -> str:
        """Keyed hash of the normalised name and birth date: equal people, equal prints.

        Without the key it cannot be reversed by trying every name and birthday.
        """
        text = normalize_for_search(name) + "\x1f" + (birth_date.isoformat() if birth_date else "")
        return hmac.new(self._fingerprint_key, text.encode("utf-8"), hashlib.sha256).hexdigest()
