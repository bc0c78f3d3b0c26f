"""Encryption of the personal part of a record (AES-256-GCM) and the person fingerprint.

Sub-keys are derived from the one stored key (HKDF-SHA256), so the key that encrypts is
never the key that fingerprints or seals. Each record gets a fresh 96-bit nonce. The
associated data is a canonical encoding of every field the record keeps in the clear (blob
format 2), so an encrypted blob copied onto another row, or a row whose kind, shelter, times
or ``refers_to`` were changed, fails to decrypt instead of being silently accepted. Rows
without personal data carry a *seal* (HMAC-SHA256 over the same encoding) for the same check.
Format 1 (the event id alone as associated data) is only read to migrate old databases.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Sequence
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.domain import normalize_for_search

_BLOB_V1 = b"\x01"  # associated data: the event id (read only, to migrate)
_BLOB_VERSION = b"\x02"  # associated data: canonical encoding of every clear field
_NONCE_BYTES = 12
_CANONICAL_TAG = "shelter-kiosk event v2"


class DecryptionError(Exception):
    """A blob did not authenticate: wrong key, wrong row or damaged bytes."""


class TamperedRecordError(DecryptionError):
    """The clear fields of a row do not match its seal: changed or damaged."""


def canonical_clear(values: Sequence[str | int | float | None]) -> bytes:
    """One unambiguous byte string for a row's clear fields (as stored: text, int, NULL)."""
    return json.dumps([_CANONICAL_TAG, *values], ensure_ascii=False, separators=(",", ":")).encode(
        "utf-8"
    )


def _derive(master: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)


class RecordCipher:
    def __init__(self, master_key: bytes) -> None:
        self._aead = AESGCM(_derive(master_key, b"shelter-kiosk record encryption v1"))
        self._fingerprint_key = _derive(master_key, b"shelter-kiosk person fingerprint v1")
        self._seal_key = _derive(master_key, b"shelter-kiosk record seal v2")
        self.key_check = hmac.new(
            _derive(master_key, b"shelter-kiosk key check v1"), b"key-check", hashlib.sha256
        ).hexdigest()[:32]

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        """Blob format 2; ``aad`` is the row's :func:`canonical_clear` encoding."""
        nonce = os.urandom(_NONCE_BYTES)
        return _BLOB_VERSION + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, blob: bytes, aad: bytes) -> bytes:
        return self._open(blob, _BLOB_VERSION, aad)

    def decrypt_v1(self, blob: bytes, event_id: str) -> bytes:
        """A blob of the previous format (bound to the event id only): migration only."""
        return self._open(blob, _BLOB_V1, event_id.encode())

    def _open(self, blob: bytes, version: bytes, aad: bytes) -> bytes:
        if len(blob) < 1 + _NONCE_BYTES + 16 or blob[:1] != version:
            raise DecryptionError("unknown blob format")
        nonce = blob[1 : 1 + _NONCE_BYTES]
        try:
            return self._aead.decrypt(nonce, blob[1 + _NONCE_BYTES :], aad)
        except InvalidTag as exc:
            raise DecryptionError("record did not authenticate") from exc

    def seal(self, clear: bytes) -> str:
        """HMAC-SHA256 (seal key) over a row's canonical clear fields, hex."""
        return hmac.new(self._seal_key, clear, hashlib.sha256).hexdigest()

    def check_seal(self, clear: bytes, seal: str | None) -> None:
        if seal is None or not hmac.compare_digest(self.seal(clear), str(seal)):
            raise TamperedRecordError("the record's clear fields do not match its seal")

    def person_fingerprint(self, name: str, birth_date: date | None) -> str:
        """Keyed hash of the normalised name and birth date: equal people, equal prints.

        Without the key it cannot be reversed by trying every name and birthday.
        """
        text = normalize_for_search(name) + "\x1f" + (birth_date.isoformat() if birth_date else "")
        return hmac.new(self._fingerprint_key, text.encode("utf-8"), hashlib.sha256).hexdigest()
