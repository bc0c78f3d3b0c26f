"""Fake devices for the flow and host tests: a card session and reader, a recorder, a speaker
(pure logic only; the suite's real-part tests use pcscd, SQLite files and espeak-ng)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.cards.api import (
    CardStatus,
    NoReaderError,
    ReaderInfo,
    ReadResult,
    Secret,
    SecretKind,
    WrongSecretError,
)
from kiosk.domain import CardType
from kiosk.errors import StorageError
from kiosk.records import Event, EventKind, OpenCheckIn, Person

from .helpers import SAMPLE_INFO

READER = "Fake Reader 0"


@dataclass
class FakeSession:
    status_: CardStatus
    pin: str = "1234"
    tries: int = 3
    closed: bool = False
    secrets_seen: list[Secret] = field(default_factory=list)

    @property
    def card_type(self) -> CardType:
        return self.status_.card_type

    def status(self) -> CardStatus:
        return self.status_

    def read_basic_info(self, kind: SecretKind, secret: Secret) -> ReadResult:
        self.secrets_seen.append(secret)
        try:
            if secret.as_bytes().decode() != self.pin:
                self.tries -= 1
                raise WrongSecretError(self.tries)
            return ReadResult(SAMPLE_INFO, apdu_count=7)
        finally:
            secret.wipe()

    def close(self) -> None:
        self.closed = True


@dataclass
class FakeCards:
    session: FakeSession | None = None
    opened: list[FakeSession] = field(default_factory=list)
    connected: bool = True

    def readers(self) -> list[ReaderInfo]:
        return [ReaderInfo(READER, self.session is not None)] if self.connected else []

    def open(self, reader: str | None = None) -> FakeSession:
        if not self.connected:
            raise NoReaderError()
        assert self.session is not None
        self.opened.append(self.session)
        return self.session


@dataclass
class ListRecorder:
    events: list[Event] = field(default_factory=list)
    fail: bool = False

    def record(self, event: Event) -> None:
        if self.fail:
            raise StorageError("disk full")
        self.events.append(event)

    def open_check_in(self, person: Person, shelter_id: str) -> OpenCheckIn | None:
        closed = {e.refers_to for e in self.events if e.kind == EventKind.CHECK_OUT}
        for event in reversed(self.events):
            if (
                event.kind == EventKind.CHECK_IN
                and event.person is not None
                and event.person.name == person.name
                and event.event_id not in closed
            ):
                return OpenCheckIn(event.event_id, event.occurred_at)
        return None


@dataclass
class RecordingSpeaker:
    said: list[tuple[str, str]] = field(default_factory=list)
    stops: int = 0

    def speak(self, text: str, language: str) -> None:
        self.said.append((text, language))

    def stop(self) -> None:
        self.stops += 1

    def close(self) -> None:
        pass

    def has_voice(self, language: str) -> bool:
        return True
