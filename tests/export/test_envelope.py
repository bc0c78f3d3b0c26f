"""The encrypted file format: header as documented, AES-256-GCM, scrypt, typed failures."""

from __future__ import annotations

import struct
import unicodedata

import pytest

from kiosk.export.envelope import (
    DEFAULT_KDF,
    HEADER_BYTES,
    MAGIC,
    ContentType,
    ExportDecryptError,
    ExportFormatError,
    KdfParams,
    WeakPassphraseError,
    decrypt,
    encrypt,
    read_header,
)
from tests.export.helpers import FAST_KDF, PASSPHRASE

PLAINTEXT = "試験\u3000太郎 <&> {}".encode()


def test_round_trip_and_documented_header() -> None:
    data = encrypt(PLAINTEXT, PASSPHRASE, ContentType.BATCH_JSON, kdf=FAST_KDF)
    assert data[:8] == MAGIC == b"SKEXPORT"
    assert data[8:14] == bytes([1, 1, 1, FAST_KDF.log2_n, FAST_KDF.r, FAST_KDF.p])
    assert HEADER_BYTES == 42
    assert len(data) == HEADER_BYTES + len(PLAINTEXT) + 16
    assert PLAINTEXT not in data
    assert decrypt(data, PASSPHRASE) == (ContentType.BATCH_JSON, PLAINTEXT)


def test_default_kdf_is_scrypt_2_17() -> None:
    assert KdfParams(log2_n=17, r=8, p=1) == DEFAULT_KDF


def test_fresh_salt_and_nonce_every_time() -> None:
    one = encrypt(PLAINTEXT, PASSPHRASE, ContentType.PFIF_XML, kdf=FAST_KDF)
    two = encrypt(PLAINTEXT, PASSPHRASE, ContentType.PFIF_XML, kdf=FAST_KDF)
    assert read_header(one).salt != read_header(two).salt
    assert read_header(one).nonce != read_header(two).nonce
    assert one[HEADER_BYTES:] != two[HEADER_BYTES:]


def test_wrong_passphrase_is_a_typed_error() -> None:
    data = encrypt(PLAINTEXT, PASSPHRASE, ContentType.BATCH_JSON, kdf=FAST_KDF)
    with pytest.raises(ExportDecryptError) as caught:
        decrypt(data, PASSPHRASE + "!")
    assert caught.value.code == "export_decrypt_failed"


@pytest.mark.parametrize("position", [9, 20, 40, HEADER_BYTES, -1])
def test_any_changed_byte_fails_to_decrypt(position: int) -> None:
    """The header is authenticated too: a relabelled content type is not misread."""
    data = bytearray(encrypt(PLAINTEXT, PASSPHRASE, ContentType.BATCH_JSON, kdf=FAST_KDF))
    data[position] ^= 0x01
    with pytest.raises((ExportDecryptError, ExportFormatError)):
        decrypt(bytes(data), PASSPHRASE)


def test_not_an_export_or_truncated_is_a_format_error() -> None:
    data = encrypt(PLAINTEXT, PASSPHRASE, ContentType.BATCH_JSON, kdf=FAST_KDF)
    for broken in (b"", b"PK\x03\x04" + data[4:], data[:HEADER_BYTES]):
        with pytest.raises(ExportFormatError):
            decrypt(broken, PASSPHRASE)


def test_newer_version_and_forged_kdf_parameters_are_refused_before_any_work() -> None:
    data = bytearray(encrypt(PLAINTEXT, PASSPHRASE, ContentType.BATCH_JSON, kdf=FAST_KDF))
    newer = bytearray(data)
    newer[8] = 2
    with pytest.raises(ExportFormatError, match="version 2"):
        decrypt(bytes(newer), PASSPHRASE)
    greedy = bytearray(data)
    greedy[11:14] = struct.pack(">BBB", 20, 16, 1)  # 2 GiB of scrypt memory
    with pytest.raises(ExportFormatError, match="out of range"):
        decrypt(bytes(greedy), PASSPHRASE)


@pytest.mark.parametrize("short", ["", "short", "elevenchars"])
def test_short_passphrases_are_refused(short: str) -> None:
    with pytest.raises(WeakPassphraseError):
        encrypt(PLAINTEXT, short, ContentType.BATCH_JSON, kdf=FAST_KDF)


def test_passphrase_is_normalised_so_any_keyboard_opens_the_file() -> None:
    composed = "避難所のパスフレーズです"  # 12 characters, パ and ズ precomposed
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    data = encrypt(PLAINTEXT, composed, ContentType.BATCH_JSON, kdf=FAST_KDF)
    assert decrypt(data, decomposed)[1] == PLAINTEXT
