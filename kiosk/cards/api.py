"""What the rest of the kiosk sees of the card layer: types, errors and protocols.

The flow and the UI depend only on this module; the PC/SC reader, the in-process virtual
reader and the test fakes all implement :class:`CardReaderService`.

Secrets (the 4-digit PIN, 照合番号B) travel as :class:`Secret`, which never shows its digits
in ``repr``/``str`` and is wiped by the card layer right after the VERIFY.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Protocol

from kiosk.domain import BasicInfo, CardType
from kiosk.errors import KioskError

#: Today's date, injected (the kiosk's clock): birth dates after it are refused.
Today = Callable[[], date]

# ---------------------------------------------------------------------------------------------
# Secrets


class SecretKind(StrEnum):
    """Which secret opens the basic facts.

    ``PIN`` is the My Number card's 4-digit 券面事項入力補助用暗証番号, or PIN1 of a licence.
    ``CODE_B`` is the My Number card's 14-digit 照合番号B (the PIN-free path).
    照合番号A does not exist here on purpose: the kiosk never uses it.
    """

    PIN = "pin"
    CODE_B = "code_b"


class Secret:
    """Digits held only in memory for one VERIFY. Never printed, logged or pickled."""

    __slots__ = ("_digits",)

    def __init__(self, digits: str) -> None:
        if not digits.isascii() or not digits.isdigit():
            raise ValueError("a secret is made of ASCII digits only")
        self._digits = bytearray(digits.encode("ascii"))

    def __repr__(self) -> str:
        return "Secret(<hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("secrets cannot be pickled")

    def __len__(self) -> int:
        return len(self._digits)

    def as_bytes(self) -> bytes:
        """The ASCII digits as an immutable copy that cannot be wiped.

        Kept for callers outside the card layer; prefer :meth:`exposed`.
        """
        return bytes(self._digits)

    @contextmanager
    def exposed(self) -> Iterator[bytearray]:
        """A bytearray copy of the ASCII digits, overwritten with zeros when the block ends.

        ``with secret.exposed() as digits: apdu = verify_sfi(sfi, digits)``. Do not resize
        ``digits`` (that would free the buffer unwiped) and do not keep it past the block.
        """
        if not self._digits:
            raise ValueError("the secret was wiped")
        copy = bytearray(self._digits)
        try:
            yield copy
        finally:
            copy[:] = bytes(len(copy))

    def wipe(self) -> None:
        """Overwrite the digits; the secret is unusable afterwards."""
        for i in range(len(self._digits)):
            self._digits[i] = 0
        self._digits = bytearray()

    @property
    def wiped(self) -> bool:
        return not self._digits


# ---------------------------------------------------------------------------------------------
# Status and results


@dataclass(frozen=True)
class SecretStatus:
    kind: SecretKind
    #: Tries left as reported by the card; None if the card did not report a number.
    tries_left: int | None
    locked: bool
    #: The kiosk will not send a VERIFY for this secret (it would be the last try, or the
    #: threshold for 照合番号B is reached). The person must see staff.
    refused: bool


@dataclass(frozen=True)
class CardStatus:
    card_type: CardType
    secrets: tuple[SecretStatus, ...]
    #: Licence only: whether the holder set a PIN (False means the card takes the default).
    pin_set: bool | None = None

    def secret(self, kind: SecretKind) -> SecretStatus | None:
        return next((s for s in self.secrets if s.kind == kind), None)


class CardPhoto:
    """The face photo read from the card (visual AP, DF27: JPEG 2000, greyscale), held only
    in memory for the face match. Never printed, logged, pickled or written anywhere; decode
    it in memory (:func:`kiosk.face.matcher.decode_card_photo`) and :meth:`wipe` it once
    the match is decided."""

    __slots__ = ("_data",)

    def __init__(self, jpeg2000: bytes | bytearray) -> None:
        self._data = bytearray(jpeg2000)

    def __repr__(self) -> str:
        return "CardPhoto(<hidden>)"

    __str__ = __repr__

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("card photos cannot be pickled")

    def __len__(self) -> int:
        return len(self._data)

    @property
    def jpeg2000(self) -> bytes:
        """The encoded photo (a copy); ValueError once wiped."""
        if not self._data:
            raise ValueError("the card photo was wiped")
        return bytes(self._data)

    def wipe(self) -> None:
        self._data[:] = bytes(len(self._data))
        self._data = bytearray()


@dataclass(frozen=True)
class ReadResult:
    info: BasicInfo
    #: Command APDUs the card received during this read (retry-counter check, GET RESPONSE
    #: and ``6Cxx`` resends included), counted at the lowest transmit layer.
    apdu_count: int
    #: Command APDUs the card received on this connection up to the end of this read: the
    #: identifying SELECT(s), any ``status()`` and earlier reads included.
    connection_apdu_count: int = 0
    #: ``read_with_photo`` only: the card's face photo, or None with ``photo_error`` saying
    #: why it could not be had (the facts above stand either way).
    photo: CardPhoto | None = field(default=None, repr=False)
    photo_error: CardError | None = None


@dataclass(frozen=True)
class ReaderInfo:
    name: str
    card_present: bool


# ---------------------------------------------------------------------------------------------
# Errors: every one is a known condition with a stable code (the CLI's JSON "code").


class CardError(KioskError):
    code = "card_error"
    tries_left: int | None = None


class NoReaderError(CardError):
    code = "no_reader"
    needs_staff = True


class NoCardError(CardError):
    code = "no_card"


class CardRemovedError(CardError):
    code = "card_removed"


class UnsupportedCardError(CardError):
    code = "unsupported_card"


class WrongSecretError(CardError):
    code = "wrong_secret"

    def __init__(self, tries_left: int | None, message: str | None = None) -> None:
        super().__init__(message or f"wrong secret, {tries_left} tries left")
        self.tries_left = tries_left


class CardLockedError(CardError):
    code = "locked"
    needs_staff = True
    tries_left = 0


class LastTryRefusedError(CardError):
    """The kiosk refused to VERIFY because it could lock the card."""

    code = "refused_last_try"
    needs_staff = True

    def __init__(self, tries_left: int | None, message: str | None = None) -> None:
        super().__init__(message or "refused: this try could lock the card")
        self.tries_left = tries_left


class DefaultPinRefusedError(LastTryRefusedError):
    """A driver's licence without a PIN: the kiosk will not send the default PIN ``****``
    (turned off in settings, or it already failed once on this card). See staff."""

    code = "refused_default_pin"


class BadCardDataError(CardError):
    """The card answered something malformed or impossible (while still on the reader)."""

    code = "bad_card_data"
    needs_staff = True


class CardTimeoutError(CardError):
    """The card did not answer within the read's deadline. Nothing is retried; the card is
    reset as soon as it answers or is taken away. The person places the card again."""

    code = "card_timeout"


class TriesUnreadableError(CardError):
    """The card did not report its retry counter (``63Cx``) for this secret, so the kiosk
    cannot know a VERIFY is safe: nothing was sent, the card is unchanged, see staff."""

    code = "tries_unreadable"
    needs_staff = True


class ForbiddenAccessError(CardError):
    """Raised below the reading code when anything tries to touch 個人番号 or 照合番号A.

    This is a bug in the caller, never a user condition; it exists so no code path can
    read the 12-digit number.
    """

    code = "forbidden_access"
    needs_staff = True


# ---------------------------------------------------------------------------------------------
# Protocols


class CardSession(Protocol):
    """One card on one reader, identified by SELECT of its application."""

    @property
    def card_type(self) -> CardType: ...

    def status(self) -> CardStatus:
        """Tries left per secret. Consumes no try."""

    def read_basic_info(self, kind: SecretKind, secret: Secret) -> ReadResult:
        """Check the counter, VERIFY once (never retried), read and decode the basic facts.

        Wipes ``secret`` whatever happens. Raises a :class:`CardError`.
        """

    def close(self) -> None:
        """Disconnect and reset the card so its verified state is dropped (deferred until a
        command stuck past its deadline returns). Never blocks on the card."""


class PhotoCardSession(CardSession, Protocol):
    """A My Number card session that can also read the face photo (照合番号B only)."""

    def read_with_photo(self, secret: Secret) -> ReadResult:
        """:meth:`CardSession.read_basic_info` with 照合番号B, then the face photo from the
        visual AP with the same 照合番号B (at most one VERIFY per application, each after
        its own counter). A photo that cannot be had is ``photo_error``, not an exception."""

    def read_photo(self, secret: Secret) -> tuple[CardPhoto | None, CardError | None]:
        """PIN then face: after the facts were read (the PIN), the face photo opened with
        照合番号B (the photo's application takes no PIN); the problem as the second element."""


class CardReaderService(Protocol):
    def readers(self) -> list[ReaderInfo]: ...

    def open(self, reader: str | None = None) -> CardSession:
        """Connect to the card on ``reader`` (default: the first with a card) and identify it."""


class CardEventKind(StrEnum):
    READER_ATTACHED = "reader_attached"
    READER_DETACHED = "reader_detached"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"


@dataclass(frozen=True)
class CardEvent:
    kind: CardEventKind
    reader: str


#: Called on the monitor's own thread; the UI re-emits it as a Qt signal.
CardEventListener = Callable[[CardEvent], None]


class CardMonitor(Protocol):
    def start(self, listener: CardEventListener) -> None: ...

    def stop(self) -> None: ...

    def readers(self) -> list[ReaderInfo]:
        """The current snapshot (empty list: no reader connected)."""


# ---------------------------------------------------------------------------------------------
# Input errors (added with the card layer): raised before anything is sent to the card.


class InvalidCodeBInputError(KioskError):
    """照合番号B parts that cannot be right (no such date, expiry year absurd, code not 4 digits).

    Raised by :func:`kiosk.cards.code_b.build_code_b` before any VERIFY, so no try is spent.
    """

    code = "invalid_code_b"


class InvalidSecretError(CardError):
    """A secret of the wrong shape for this card (PIN not 4 digits, 照合番号B not 14, or a
    secret kind the card does not have). Refused before any VERIFY: no try is spent."""

    code = "invalid_secret"
