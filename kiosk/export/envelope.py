"""The encrypted export file: a small versioned header, then AES-256-GCM.

Layout (all integers unsigned, docs/export.md has the table)::

    magic    8 bytes   b"SKEXPORT"
    version  1 byte    1
    content  1 byte    1 = management-API batch JSON, 2 = PFIF 1.4 XML, 3 = roster CSV
    kdf      1 byte    1 = scrypt
    log2_n   1 byte    scrypt cost N = 2**log2_n (17 when written by the kiosk)
    r        1 byte    scrypt block size (8)
    p        1 byte    scrypt parallelism (1)
    salt    16 bytes   random per file
    nonce   12 bytes   random per file
    ciphertext || 16-byte GCM tag

The key is scrypt(passphrase, salt) -> 32 bytes; the whole header is the associated data,
so a header that was changed (other KDF parameters, other content type) fails to decrypt
instead of being misread. The passphrase is NFC-normalised UTF-8, so the same characters
typed on two machines give the same key.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kiosk.errors import KioskError

MAGIC = b"SKEXPORT"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
SALT_BYTES = 16
NONCE_BYTES = 12
MIN_PASSPHRASE_CHARS = 12
_HEADER = struct.Struct(f">{len(MAGIC)}sBBBBBB{SALT_BYTES}s{NONCE_BYTES}s")
HEADER_BYTES = _HEADER.size
# What a reader accepts from a header: enough to open any file the kiosk writes, bounded so
# a forged header cannot make the reader allocate gigabytes (scrypt needs 128 * N * r bytes).
_LOG2_N_RANGE = range(10, 21)
_R_RANGE = range(1, 17)
_P_RANGE = range(1, 5)
_MAX_SCRYPT_MEMORY = 256 * 1024 * 1024


class ContentType(IntEnum):
    BATCH_JSON = 1
    PFIF_XML = 2
    #: The 避難者名簿 roster, CSV in UTF-8 with a BOM (kiosk.export.roster).
    ROSTER_CSV = 3


@dataclass(frozen=True)
class KdfParams:
    log2_n: int = 17
    r: int = 8
    p: int = 1

    def acceptable(self) -> bool:
        return (
            self.log2_n in _LOG2_N_RANGE
            and self.r in _R_RANGE
            and self.p in _P_RANGE
            and 128 * 2**self.log2_n * self.r <= _MAX_SCRYPT_MEMORY
        )


#: What the kiosk writes: scrypt N=2**17, r=8, p=1 (about 0.6 s and 128 MiB on the CI machine).
DEFAULT_KDF = KdfParams()


class ExportError(KioskError):
    code = "export_error"
    needs_staff = True


class WeakPassphraseError(ExportError):
    code = "export_passphrase_too_short"


class ExportDecryptError(ExportError):
    """Wrong passphrase, or the file was damaged or changed (GCM cannot tell which)."""

    code = "export_decrypt_failed"


class ExportFormatError(ExportError):
    """Not an export file, or one from a newer version."""

    code = "export_bad_format"


def check_passphrase(passphrase: str) -> str:
    """The normalised passphrase; raises WeakPassphraseError when it is too short."""
    normalised = unicodedata.normalize("NFC", passphrase)
    if len(normalised) < MIN_PASSPHRASE_CHARS:
        raise WeakPassphraseError(
            f"the passphrase must be at least {MIN_PASSPHRASE_CHARS} characters long"
        )
    return normalised


def _derive_key(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    scrypt = Scrypt(salt=salt, length=32, n=2**kdf.log2_n, r=kdf.r, p=kdf.p)
    return scrypt.derive(check_passphrase(passphrase).encode("utf-8"))


def encrypt(
    plaintext: bytes, passphrase: str, content: ContentType, *, kdf: KdfParams = DEFAULT_KDF
) -> bytes:
    """The whole file: header, then the AES-256-GCM ciphertext of ``plaintext``."""
    check_passphrase(passphrase)
    if not kdf.acceptable():
        raise ValueError("scrypt parameters outside the range readers accept")
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header = _HEADER.pack(
        MAGIC, FORMAT_VERSION, int(content), KDF_SCRYPT, kdf.log2_n, kdf.r, kdf.p, salt, nonce
    )
    key = _derive_key(passphrase, salt, kdf)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


@dataclass(frozen=True)
class Header:
    version: int
    content: ContentType
    kdf: KdfParams
    salt: bytes
    nonce: bytes


def read_header(data: bytes) -> Header:
    if len(data) < HEADER_BYTES + 16 or not data.startswith(MAGIC):
        raise ExportFormatError("this is not a shelter kiosk export file (or it is truncated)")
    _magic, version, content, kdf_id, log2_n, r, p, salt, nonce = _HEADER.unpack_from(data)
    if version != FORMAT_VERSION:
        raise ExportFormatError(
            f"export file format version {version} is not supported (this reader: {FORMAT_VERSION})"
        )
    if kdf_id != KDF_SCRYPT:
        raise ExportFormatError(f"unknown key derivation {kdf_id} in the export file")
    kdf = KdfParams(log2_n, r, p)
    if not kdf.acceptable():
        raise ExportFormatError("the export file's scrypt parameters are out of range")
    try:
        content_type = ContentType(content)
    except ValueError as exc:
        raise ExportFormatError(f"unknown content type {content} in the export file") from exc
    return Header(version, content_type, kdf, salt, nonce)


def decrypt(data: bytes, passphrase: str) -> tuple[ContentType, bytes]:
    """``(content type, plaintext)``; ExportDecryptError for a wrong passphrase or damage."""
    header = read_header(data)
    key = _derive_key(passphrase, header.salt, header.kdf)
    try:
        plaintext = AESGCM(key).decrypt(header.nonce, data[HEADER_BYTES:], data[:HEADER_BYTES])
    except InvalidTag as exc:
        raise ExportDecryptError(
            "the export file could not be decrypted: wrong passphrase, or the file is damaged"
        ) from exc
    return header.content, plaintext
