"""Safety information (安否情報) as PFIF 1.4 XML, for people-finder systems.

One ``person`` per check-in that still holds personal data (training records never), with
one ``note`` for the check-in and one for each check-out that closes it. The rules are in
docs/export.md; in short:

- ``person_record_id`` / ``note_record_id`` are ``domain/uuid5(...)`` of the record's event
  id, so exporting the same records again gives the same ids (and, with the same options,
  the same bytes): a people finder updates instead of duplicating. Event ids themselves are
  not published.
- A check-in by the person (card, QR) is a note with ``status=is_note_author`` and
  ``author_made_contact=true``; a staff proxy registration is ``believed_alive`` (someone
  else reported the person). ``last_known_location`` is the shelter's name.
- Published per person: the name (and its family/given split when the card separates them)
  and sex. Never the address, birth date, phone, message to staff or the situation flags
  (health data): a people finder is public, and these are not needed to say "safe at X".
- ``expiry_date`` = check-in time + ``expiry_days``; identical names are never merged.

The XML is built with ``xml.etree``, which escapes text; characters XML cannot carry at all
(control characters from a damaged card read) are replaced with U+FFFD.
"""

from __future__ import annotations

import logging
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.domain import IDEOGRAPHIC_SPACE, RegistrationType, Sex
from kiosk.errors import KioskError, StorageError
from kiosk.export.envelope import (
    DEFAULT_KDF,
    ContentType,
    KdfParams,
    check_passphrase,
    encrypt,
)
from kiosk.export.files import write_export_file
from kiosk.records import Event, EventKind
from kiosk.store.store import RecordStore

log = logging.getLogger(__name__)

PFIF_NS = "http://zesty.ca/pfif/1.4"
#: Fixed namespace for the derived ids: changing it would change every published id.
ID_NAMESPACE = uuid.UUID("5f0c9a52-8c1e-4d7b-9a36-2b8f4a3c1e70")
DEFAULT_EXPIRY_DAYS = 30
STATUS_SELF = "is_note_author"
STATUS_PROXY = "believed_alive"

_DOMAIN_RE = re.compile(
    r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$"
)
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class PfifDomainError(KioskError):
    code = "pfif_bad_domain"
    needs_staff = True


@dataclass(frozen=True)
class PfifOptions:
    #: The record-id domain, e.g. ``kiosk.city.example.jp`` (the repository that owns them).
    domain: str
    #: Shelter names by shelter id; an unknown id is shown as the id itself.
    shelter_names: dict[str, str]
    expiry_days: int = DEFAULT_EXPIRY_DAYS

    def shelter_name(self, shelter_id: str) -> str:
        return self.shelter_names.get(shelter_id) or shelter_id


@dataclass(frozen=True)
class PfifDocument:
    xml: bytes
    persons: int
    notes: int


def check_domain(domain: str) -> str:
    if not _DOMAIN_RE.match(domain) or len(domain) > 253:
        raise PfifDomainError(
            "the PFIF domain must be a host name such as kiosk.city.example.jp (no slash)"
        )
    return domain.lower()


def person_record_id(domain: str, check_in_event_id: str) -> str:
    return f"{domain}/{uuid.uuid5(ID_NAMESPACE, 'person:' + check_in_event_id)}"


def note_record_id(domain: str, event_id: str) -> str:
    return f"{domain}/{uuid.uuid5(ID_NAMESPACE, 'note:' + event_id)}"


def pfif_time(moment: datetime) -> str:
    """PFIF's UTC form: ``yyyy-mm-ddThh:mm:ssZ``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _clean(text: str) -> str:
    return _XML_INVALID.sub("\ufffd", text)


def _add(parent: ET.Element, name: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{PFIF_NS}}}{name}")
    element.text = _clean(text)
    return element


def _is_proxy(event: Event) -> bool:
    return event.registration_type == RegistrationType.STAFF_PROXY


def _author(event: Event, shelter: str) -> str:
    if _is_proxy(event) or event.person is None:
        return f"{shelter} 職員 (shelter staff)"
    return event.person.name


def _note(
    parent: ET.Element,
    event: Event,
    person_id: str,
    options: PfifOptions,
    *,
    left: bool,
) -> None:
    shelter = options.shelter_name(event.shelter_id)
    note = ET.SubElement(parent, f"{{{PFIF_NS}}}note")
    when = pfif_time(event.occurred_at)
    _add(note, "note_record_id", note_record_id(options.domain, event.event_id))
    _add(note, "person_record_id", person_id)
    _add(note, "entry_date", when)
    _add(note, "author_name", _author(event, shelter))
    _add(note, "source_date", when)
    _add(note, "author_made_contact", "false" if _is_proxy(event) else "true")
    _add(note, "status", STATUS_PROXY if _is_proxy(event) else STATUS_SELF)
    _add(note, "last_known_location", shelter)
    if left:
        text = f"{shelter} を退所しました。/ Checked out of {shelter}."
    elif _is_proxy(event):
        text = f"{shelter} で職員が代理で受付しました。/ Registered at {shelter} by shelter staff."
    else:
        text = f"{shelter} に避難しています（本人が受付）。/ Checked in at {shelter} in person."
    _add(note, "text", text)


def _split_name(name: str) -> tuple[str, str] | None:
    if IDEOGRAPHIC_SPACE not in name:
        return None
    family, given = name.split(IDEOGRAPHIC_SPACE, 1)
    return (family, given) if family and given else None


def build_pfif(events: Sequence[Event], options: PfifOptions) -> PfifDocument:
    """The PFIF 1.4 document for these records (check-ins and check-outs; others ignored)."""
    domain = check_domain(options.domain)
    options = PfifOptions(domain, options.shelter_names, options.expiry_days)
    ET.register_namespace("pfif", PFIF_NS)
    root = ET.Element(f"{{{PFIF_NS}}}pfif")
    check_outs: dict[str, list[Event]] = {}
    for event in events:
        if event.kind is EventKind.CHECK_OUT and event.refers_to and not event.training:
            check_outs.setdefault(event.refers_to, []).append(event)
    persons = notes = 0
    for event in events:
        if event.kind is not EventKind.CHECK_IN or event.training or event.person is None:
            continue
        shelter = options.shelter_name(event.shelter_id)
        person_id = person_record_id(domain, event.event_id)
        when = pfif_time(event.occurred_at)
        person = ET.SubElement(root, f"{{{PFIF_NS}}}person")
        _add(person, "person_record_id", person_id)
        _add(person, "entry_date", when)
        _add(
            person,
            "expiry_date",
            pfif_time(event.occurred_at + timedelta(days=options.expiry_days)),
        )
        _add(person, "author_name", _author(event, shelter))
        _add(person, "source_name", f"{shelter} (避難所受付端末 / shelter kiosk)")
        _add(person, "source_date", when)
        _add(person, "full_name", event.person.name)
        split = _split_name(event.person.name)
        if split is not None:
            _add(person, "given_name", split[1])
            _add(person, "family_name", split[0])
        if event.person.sex in (Sex.MALE, Sex.FEMALE):
            _add(person, "sex", event.person.sex.value)
        _note(person, event, person_id, options, left=False)
        notes += 1
        for check_out in check_outs.get(event.event_id, []):
            _note(person, check_out, person_id, options, left=True)
            notes += 1
        persons += 1
    ET.indent(root)
    xml = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return PfifDocument(xml + b"\n", persons, notes)


LOG_KIND_PFIF = "pfif"


@dataclass(frozen=True)
class PfifExportResult:
    path: Path
    persons: int
    notes: int
    encrypted: bool
    undecryptable: list[str]
    logged: bool = True


def export_pfif(
    store: RecordStore,
    out: Path,
    options: PfifOptions,
    *,
    passphrase: str | None,
    plaintext_ok: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
) -> PfifExportResult:
    """Write the PFIF document to ``out``: encrypted with ``passphrase``; in plaintext only
    when ``plaintext_ok`` (it is personal data), atomically either way, and log it."""
    check_domain(options.domain)
    if passphrase is not None:
        check_passphrase(passphrase)
    elif not plaintext_ok:
        raise PlaintextRefusedError(
            "PFIF holds personal data: give a passphrase, or explicitly allow plaintext"
        )
    selection = store.personal_records([EventKind.CHECK_IN, EventKind.CHECK_OUT])
    document = build_pfif([r.event for r in selection.records], options)
    data = (
        encrypt(document.xml, passphrase, ContentType.PFIF_XML, kdf=kdf)
        if passphrase is not None
        else document.xml
    )
    write_export_file(out, data)
    logged = True
    try:
        store.log_export(kind=LOG_KIND_PFIF, records=document.persons, file_name=out.name)
    except StorageError:
        log.warning("the PFIF export was written but could not be noted in the record store")
        logged = False
    return PfifExportResult(
        out,
        document.persons,
        document.notes,
        passphrase is not None,
        selection.undecryptable,
        logged,
    )


class PlaintextRefusedError(KioskError):
    code = "export_plaintext_refused"
    needs_staff = True
