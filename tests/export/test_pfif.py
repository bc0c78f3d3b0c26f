"""PFIF 1.4 safety information: structure, statuses, escaping, idempotent ids, refusal."""

from __future__ import annotations

import dataclasses
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import settings as settings_module
from kiosk.domain import RegistrationType, Sex
from kiosk.export.envelope import ContentType, decrypt
from kiosk.export.pfif import (
    ID_NAMESPACE,
    PFIF_NS,
    PfifDomainError,
    PfifOptions,
    build_pfif,
)
from kiosk.records import Event, EventKind
from tests.export.helpers import PASSPHRASE, open_test_store, run_outbox
from tests.store.factories import SHELTER, check_in, check_out, person, shelter_notice

NS = {"pfif": PFIF_NS}
DOMAIN = "kiosk.arao.example.jp"
SHELTER_NAME = "荒尾第一小学校体育館"
OPTIONS = PfifOptions(DOMAIN, {SHELTER: SHELTER_NAME})
# PFIF 1.4's element order (an XSD sequence) for the fields this exporter writes.
PERSON_ORDER = [
    "person_record_id",
    "entry_date",
    "expiry_date",
    "author_name",
    "source_name",
    "source_date",
    "full_name",
    "given_name",
    "family_name",
    "sex",
    "note",
]
NOTE_ORDER = [
    "note_record_id",
    "person_record_id",
    "entry_date",
    "author_name",
    "source_date",
    "author_made_contact",
    "status",
    "last_known_location",
    "text",
]


def proxy_check_in(n: int) -> Event:
    return dataclasses.replace(
        check_in(n), registration_type=RegistrationType.STAFF_PROXY, card_type=None
    )


def local(element: ET.Element) -> str:
    return element.tag.split("}", 1)[1]


def text(element: ET.Element, name: str) -> str:
    found = element.find(f"pfif:{name}", NS)
    assert found is not None, name
    return found.text or ""


def parse(xml: bytes) -> ET.Element:
    root = ET.fromstring(xml)
    assert root.tag == f"{{{PFIF_NS}}}pfif"
    return root


def assert_in_pfif_order(element: ET.Element, order: list[str]) -> None:
    tags = [local(child) for child in element]
    assert all(tag in order for tag in tags), tags
    assert tags == sorted(tags, key=order.index)


def test_self_and_proxy_check_ins_map_to_the_field_notes_rules() -> None:
    own, proxy = check_in(1), proxy_check_in(2)
    document = build_pfif([own, proxy], OPTIONS)
    root = parse(document.xml)
    people = root.findall("pfif:person", NS)
    assert (document.persons, document.notes, len(people)) == (2, 2, 2)
    for event, element in zip((own, proxy), people, strict=True):
        assert event.person is not None
        assert_in_pfif_order(element, PERSON_ORDER)
        person_id = text(element, "person_record_id")
        assert person_id == f"{DOMAIN}/{uuid.uuid5(ID_NAMESPACE, 'person:' + event.event_id)}"
        assert event.event_id not in document.xml.decode()
        assert text(element, "source_date") == event.occurred_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        assert text(element, "full_name") == event.person.name
        assert text(element, "family_name") + "\u3000" + text(element, "given_name") == (
            event.person.name
        )
        assert text(element, "sex") == "male"
        expiry = datetime.strptime(text(element, "expiry_date"), "%Y-%m-%dT%H:%M:%SZ")
        assert expiry.replace(tzinfo=UTC) - event.occurred_at == timedelta(days=30)
        notes = element.findall("pfif:note", NS)
        assert len(notes) == 1
        assert_in_pfif_order(notes[0], NOTE_ORDER)
        assert text(notes[0], "person_record_id") == person_id
        assert text(notes[0], "note_record_id").startswith(DOMAIN + "/")
        assert text(notes[0], "last_known_location") == SHELTER_NAME
        assert text(notes[0], "text")
        assert text(notes[0], "source_date") == text(element, "source_date")
    own_note, proxy_note = (p.find("pfif:note", NS) for p in people)
    assert own_note is not None and proxy_note is not None
    assert text(own_note, "status") == "is_note_author"
    assert text(own_note, "author_made_contact") == "true"
    assert own.person is not None and text(own_note, "author_name") == own.person.name
    assert text(proxy_note, "status") == "believed_alive"
    assert text(proxy_note, "author_made_contact") == "false"
    assert SHELTER_NAME in text(proxy_note, "author_name")


def test_only_what_a_people_finder_needs_is_published() -> None:
    event = check_in(3)
    xml = build_pfif([event], OPTIONS).xml.decode()
    assert event.person is not None and event.person.birth_date is not None
    for secret in (
        event.person.address,
        event.person.phone,
        event.person.birth_date.isoformat(),
        "with_pet",
    ):
        assert secret not in xml


def test_check_outs_become_notes_and_other_records_are_left_out() -> None:
    arrived = check_in(4)
    left = check_out(arrived)
    drill = dataclasses.replace(check_in(5), training=True)
    notice = shelter_notice(EventKind.SHELTER_OPEN)
    root = parse(build_pfif([notice, arrived, drill, left], OPTIONS).xml)
    people = root.findall("pfif:person", NS)
    assert len(people) == 1
    notes = people[0].findall("pfif:note", NS)
    assert len(notes) == 2
    assert "Checked out" in text(notes[1], "text")
    assert text(notes[0], "note_record_id") != text(notes[1], "note_record_id")


def test_names_are_escaped_and_unencodable_characters_replaced() -> None:
    odd = dataclasses.replace(person(6), name="<b>&\"'\u3000太郎\x01〓", sex=Sex.NOT_APPLICABLE)
    root = parse(build_pfif([check_in(6, who=odd)], OPTIONS).xml)
    element = root.find("pfif:person", NS)
    assert element is not None
    assert text(element, "full_name") == "<b>&\"'\u3000太郎\ufffd〓"
    assert element.find("pfif:sex", NS) is None


@pytest.mark.parametrize("domain", ["", "has/slash", "space here", "-lead.example"])
def test_a_bad_domain_is_refused(domain: str) -> None:
    with pytest.raises(PfifDomainError):
        build_pfif([check_in(1)], PfifOptions(domain, {}))


def _configure_shelter(home: Path) -> None:
    config = settings_module.load()
    config.shelter.shelter_id = SHELTER
    config.shelter.name = SHELTER_NAME
    settings_module.save(config)


def test_cli_exports_are_idempotent_and_skip_purged_people(
    kiosk_home: Path, tmp_path: Path
) -> None:
    _configure_shelter(kiosk_home)
    with open_test_store() as store:
        events = [check_in(i) for i in range(3)] + [proxy_check_in(3)]
        store.record_many(events)
    first, second = tmp_path / "a.xml", tmp_path / "b.xml"
    for out in (first, second):
        result = run_outbox(
            kiosk_home, "pfif", "--out", str(out), "--domain", DOMAIN, "--plaintext-i-understand"
        )
        assert result.returncode == 0, result.stderr
        assert "wrote 4 person record(s) and 4 note(s)" in result.stdout
        assert "PLAINTEXT" in result.stdout
    assert first.read_bytes() == second.read_bytes()
    root = parse(first.read_bytes())
    assert {text(p, "person_record_id") for p in root.findall("pfif:person", NS)} == {
        f"{DOMAIN}/{uuid.uuid5(ID_NAMESPACE, 'person:' + e.event_id)}" for e in events
    }
    assert SHELTER_NAME.encode() in first.read_bytes()

    with open_test_store() as store:
        store.record(shelter_notice(EventKind.SHELTER_CLOSE))
        store.mark_sent(store.event_ids())
        store.purge_personal_data(delay_hours=0)
        assert [(e.kind, e.records) for e in store.export_log()] == [("pfif", 4), ("pfif", 4)]
    after = run_outbox(
        kiosk_home, "pfif", "--out", str(first), "--domain", DOMAIN, "--plaintext-i-understand"
    )
    assert "wrote 0 person record(s)" in after.stdout
    assert parse(first.read_bytes()).findall("pfif:person", NS) == []


def test_cli_encrypts_with_a_passphrase_and_refuses_plaintext_by_default(
    kiosk_home: Path, tmp_path: Path
) -> None:
    with open_test_store() as store:
        store.record(check_in(1))
    refused = run_outbox(kiosk_home, "pfif", "--out", str(tmp_path / "p.xml"), "--domain", DOMAIN)
    assert refused.returncode == 2
    assert "export_plaintext_refused" in refused.stderr
    assert not (tmp_path / "p.xml").exists()

    out = tmp_path / "people.pfif"
    result = run_outbox(
        kiosk_home,
        "pfif",
        "--out",
        str(out),
        "--domain",
        DOMAIN,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    assert "(encrypted)" in result.stdout
    content, xml = decrypt(out.read_bytes(), PASSPHRASE)
    assert content is ContentType.PFIF_XML
    assert len(parse(xml).findall("pfif:person", NS)) == 1

    bad = run_outbox(
        kiosk_home, "pfif", "--out", str(out), "--domain", "a/b", "--plaintext-i-understand"
    )
    assert bad.returncode == 2 and "pfif_bad_domain" in bad.stderr
