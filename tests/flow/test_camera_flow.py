"""The camera path of CheckInFlow, path by path (issue 11): the card face read by the camera,
the face match, and every way back to the PIN, the typed number or staff."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.cards.api import (
    CardPhoto,
    CardRemovedError,
    ReadResult,
    Secret,
    SecretKind,
    WrongSecretError,
)
from kiosk.errors import KioskError
from kiosk.face.outcome import FaceMatchResult, FaceOutcome
from kiosk.flow.contract import (
    Calendar,
    CameraGuidance,
    CardFaceProblem,
    CardFaceResult,
    ClearPersonalData,
    CodeBInput,
    LookUpOpenCheckIn,
    MatchFace,
    NoticeCode,
    QueryCardStatus,
    ReadCard,
    ReadCardFace,
    SaveEvent,
    Step,
)
from kiosk.flow.machine import FlowConfig
from kiosk.flow.transitions import Input
from kiosk.records import FaceCheck
from kiosk.settings import CameraMode, Settings

from .helpers import (
    SAMPLE_INFO,
    Driver,
    assert_nobody_held,
    documented,
    licence_status,
    make_driver,
    mynumber_status,
    read_ok,
)

READING = CodeBInput(date(1980, 2, 17), 2035, "2285")
AGREED = CardFaceResult(code_b=READING, calendar=Calendar.JAPANESE)


class CameraFaultError(KioskError):
    code = "camera_unavailable"


def photo() -> CardPhoto:
    return CardPhoto(b"\x00\x00\x00\x0cjP  fake jpeg 2000")


def read_with_photo(card_photo: CardPhoto | None = None) -> ReadResult:
    return ReadResult(info=SAMPLE_INFO, apdu_count=12, photo=card_photo)


def camera_driver(mode: CameraMode = CameraMode.CARD_FACE_AND_FACE, **config: object) -> Driver:
    return make_driver(camera_mode=mode, **config)


def to_camera(d: Driver, status: object = None) -> None:
    """Place a My Number card and agree: the camera step with its ReadCardFace."""
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(status or mynumber_status(), token=d.last(QueryCardStatus).token))  # type: ignore[arg-type]
    d.touch(d.flow.agree())


def card_face(d: Driver, result: CardFaceResult | KioskError = AGREED) -> None:
    d(d.flow.card_face_result(result, token=d.last(ReadCardFace).token))


def read(d: Driver, result: object) -> None:
    d(d.flow.read_result(result, token=d.last(ReadCard).token))  # type: ignore[arg-type]


def face(d: Driver, result: FaceMatchResult | KioskError) -> None:
    d(d.flow.face_result(result, token=d.last(MatchFace).token))


def look_up(d: Driver) -> None:
    d(d.flow.open_check_in_result(None, token=d.last(LookUpOpenCheckIn).token))


def test_the_camera_off_is_the_flow_of_before() -> None:
    d = make_driver()
    to_camera(d)
    view = d.flow.view
    assert view.step == Step.ENTER_PIN and not view.camera_offered
    assert d.all(ReadCardFace) == [] and d.flow.use_camera() == []


def test_the_settings_choose_the_mode() -> None:
    settings = Settings()
    settings.camera.mode = CameraMode.CARD_FACE.value
    assert FlowConfig.from_settings(settings, "v").camera_mode == CameraMode.CARD_FACE
    settings.camera.mode = "no such mode"
    assert FlowConfig.from_settings(settings, "v").camera_mode == CameraMode.OFF
    assert [p.key for p in settings.problems()] == ["camera.mode"]


def test_card_face_mode_reads_the_number_off_the_card_with_one_verify_and_two_touches() -> None:
    d = camera_driver(CameraMode.CARD_FACE)
    to_camera(d)
    view = d.flow.view
    assert view.step == Step.CAMERA_CARD and view.guidance == CameraGuidance.HOLD_CARD
    assert d.prompts()[-1] == "prompt.camera_card"
    d(d.flow.camera_guidance(CameraGuidance.HOLD_CARD_STILL, token=d.last(ReadCardFace).token))
    assert d.flow.view.guidance == CameraGuidance.HOLD_CARD_STILL
    card_face(d)
    reads = d.all(ReadCard)
    assert len(reads) == 1 and reads[0].kind == SecretKind.CODE_B and not reads[0].with_photo
    assert d.flow.view.step == Step.READING and d.flow.view.guidance is None
    read(d, read_ok())
    look_up(d)
    view = d.flow.view
    # No era screen on the camera path: the birth date as printed on the card.
    assert view.step == Step.CONFIRM and view.calendar == Calendar.JAPANESE
    d.touch(d.flow.confirm())
    assert d.last(SaveEvent).event.face_check == FaceCheck.NOT_USED
    assert d.touches == 2


def test_the_face_path_is_two_touches_no_typing_and_records_only_the_outcome() -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d)
    (read_card,) = d.all(ReadCard)
    assert read_card.kind == SecretKind.CODE_B and read_card.with_photo
    card_photo = photo()
    read(d, read_with_photo(card_photo))
    view = d.flow.view
    assert view.step == Step.FACE_CHECK and view.guidance == CameraGuidance.LOOK_AT_CAMERA
    assert view.info is None  # nothing of the person on the face screen
    match = d.last(MatchFace)
    assert match.photo is card_photo and "jP" not in repr(match) and "photo" not in repr(view)
    d(d.flow.camera_guidance(CameraGuidance.ONE_PERSON, token=match.token))
    assert d.flow.view.guidance == CameraGuidance.ONE_PERSON
    face(d, FaceMatchResult(FaceOutcome.MATCH, 0.4))
    assert len(card_photo) == 0  # wiped as soon as the decision was made
    look_up(d)
    view = d.flow.view
    assert view.step == Step.CONFIRM and view.face_check == FaceCheck.MATCHED
    assert view.info == SAMPLE_INFO
    d.touch(d.flow.confirm())
    event = d.last(SaveEvent).event
    assert event.face_check == FaceCheck.MATCHED
    assert d.touches == 2
    assert len(d.all(ReadCard)) == 1


@pytest.mark.parametrize(
    "problem",
    [CardFaceProblem.LOW_CONFIDENCE, CardFaceProblem.DISAGREE, CardFaceProblem.UNREADABLE],
)
def test_an_unsure_reading_is_pre_filled_for_checking_and_sends_nothing(
    problem: CardFaceProblem,
) -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d, CardFaceResult(problem=problem, prefill=READING))
    view = d.flow.view
    assert view.step == Step.ENTER_CODE_B
    assert view.code_b_prefill == READING and view.camera_problem == problem
    assert d.all(ReadCard) == []
    assert "2285" not in repr(view)
    # The person checks it and submits: one read, with the face check after it.
    d.touch(d.flow.submit_code_b(READING))
    (read_card,) = d.all(ReadCard)
    assert read_card.kind == SecretKind.CODE_B and read_card.with_photo
    assert d.flow.view.code_b_prefill is None


def test_an_impossible_agreed_reading_is_not_sent_either() -> None:
    d = camera_driver()
    to_camera(d)
    impossible = CodeBInput(date(1980, 2, 17), 1999, "2285")
    card_face(d, CardFaceResult(code_b=impossible))
    view = d.flow.view
    assert view.step == Step.ENTER_CODE_B and view.camera_problem == CardFaceProblem.IMPLAUSIBLE
    assert view.code_b_prefill == impossible and d.all(ReadCard) == []


@pytest.mark.parametrize(
    "failure",
    [CardFaceResult(problem=CardFaceProblem.CAMERA_UNAVAILABLE), CameraFaultError()],
    ids=["problem", "error"],
)
def test_a_camera_gone_falls_back_to_the_pin_and_the_number_with_a_notice(
    failure: CardFaceResult | KioskError,
) -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d, failure)
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.CAMERA_UNAVAILABLE
    assert view.offer_pin and view.offer_code_b and view.offer_call_staff
    assert d.all(ReadCard) == []
    assert documented(Step.CAMERA_CARD, Input.CARD_FACE_RESULT, Step.NOTICE, view.notice)
    d.touch(d.flow.choose_method(SecretKind.PIN))
    assert d.flow.view.step == Step.ENTER_PIN
    # The camera is not offered again until the host says it is back.
    assert not d.flow.view.camera_offered
    d(d.flow.camera_available(True))
    d.touch(d.flow.back())
    d.touch(d.flow.choose_method(SecretKind.PIN))
    assert d.flow.view.camera_offered


def test_the_camera_unplugged_at_start_is_not_offered() -> None:
    d = camera_driver()
    d(d.flow.camera_available(False))
    to_camera(d)
    assert d.flow.view.step == Step.ENTER_PIN and d.all(ReadCardFace) == []


def test_a_face_that_does_not_match_drops_the_facts_and_offers_the_pin() -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d)
    card_photo = photo()
    read(d, read_with_photo(card_photo))
    face(d, FaceMatchResult(FaceOutcome.NO_MATCH, 0.8))
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == NoticeCode.FACE_NOT_MATCHED
    assert view.offer_pin and view.offer_call_staff and not view.offer_face_again
    assert view.info is None and len(card_photo) == 0
    # The PIN: the card session was closed after the read, so the status comes first.
    d.touch(d.flow.choose_method(SecretKind.PIN))
    assert d.flow.view.step == Step.READING
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    assert d.flow.view.step == Step.ENTER_PIN
    d(d.flow.submit_pin(Secret("1234")))
    assert d.last(ReadCard).kind == SecretKind.PIN and not d.last(ReadCard).with_photo
    read(d, read_ok())
    look_up(d)
    d.touch(d.flow.confirm())
    assert d.last(SaveEvent).event.face_check == FaceCheck.NOT_MATCHED


def test_no_face_seen_may_be_tried_again_without_touching_the_card() -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d)
    card_photo = photo()
    read(d, read_with_photo(card_photo))
    face(d, FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME))
    view = d.flow.view
    assert view.notice == NoticeCode.FACE_NOT_SEEN and view.offer_face_again and view.offer_pin
    assert view.info is None and len(card_photo) > 0
    reads = len(d.all(ReadCard))
    d.touch(d.flow.try_face_again())
    assert d.flow.view.step == Step.FACE_CHECK
    assert d.last(MatchFace).photo is card_photo and len(d.all(MatchFace)) == 2
    face(d, FaceMatchResult(FaceOutcome.MATCH, 0.4))
    assert len(d.all(ReadCard)) == reads and len(card_photo) == 0
    look_up(d)
    assert d.flow.view.step == Step.CONFIRM and d.flow.view.face_check == FaceCheck.MATCHED


@pytest.mark.parametrize(
    ("outcome", "notice"),
    [
        (FaceOutcome.SPOOF_SUSPECTED, NoticeCode.FACE_SPOOF_SUSPECTED),
        (FaceOutcome.NO_FACE_ON_CARD, NoticeCode.FACE_CHECK_UNAVAILABLE),
        (FaceOutcome.UNAVAILABLE, NoticeCode.FACE_CHECK_UNAVAILABLE),
        (FaceOutcome.SEVERAL_FACES_IN_FRAME, NoticeCode.FACE_NOT_SEEN),
    ],
)
def test_every_other_face_outcome_is_a_notice_with_a_way_on(
    outcome: FaceOutcome, notice: NoticeCode
) -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d)
    read(d, read_with_photo(photo()))
    face(d, FaceMatchResult(outcome))
    view = d.flow.view
    assert view.step == Step.NOTICE and view.notice == notice
    assert view.offer_pin and view.offer_call_staff
    assert documented(Step.FACE_CHECK, Input.FACE_RESULT, Step.NOTICE, notice)
    assert d.all(SaveEvent) == []


def test_the_face_camera_gone_is_the_camera_notice() -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d)
    read(d, read_with_photo(photo()))
    face(d, CameraFaultError())
    view = d.flow.view
    assert view.notice == NoticeCode.CAMERA_UNAVAILABLE and view.offer_pin


def test_a_photo_that_could_not_be_read_is_no_face_check() -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d)
    read(d, ReadResult(info=SAMPLE_INFO, apdu_count=9, photo_error=CardRemovedError()))
    view = d.flow.view
    assert view.notice == NoticeCode.FACE_CHECK_UNAVAILABLE and view.offer_pin
    assert view.info is None and d.all(MatchFace) == []


def test_the_person_may_leave_the_camera_for_the_pin_or_the_number() -> None:
    d = camera_driver()
    to_camera(d)
    stale = d.last(ReadCardFace)
    d.touch(d.flow.choose_method(SecretKind.PIN))
    assert d.flow.view.step == Step.ENTER_PIN
    # The camera's late answer is stale: nothing happens.
    assert d.flow.card_face_result(AGREED, token=stale.token) == []
    assert d.flow.view.step == Step.ENTER_PIN and d.all(ReadCard) == []
    # "Use the camera" is offered on the keypad and starts it again.
    assert d.flow.view.camera_offered
    d.touch(d.flow.use_camera())
    assert d.flow.view.step == Step.CAMERA_CARD and len(d.all(ReadCardFace)) == 2
    d.touch(d.flow.choose_method(SecretKind.CODE_B))
    assert d.flow.view.step == Step.ENTER_CODE_B and d.flow.view.code_b_prefill is None


def test_staff_and_cancel_from_the_camera_steps_drop_everything() -> None:
    d = camera_driver()
    to_camera(d)
    d.touch(d.flow.ask_staff())
    assert d.flow.view.notice == NoticeCode.ASKED_FOR_STAFF
    assert_nobody_held(d.flow)
    d = camera_driver()
    to_camera(d)
    card_face(d)
    card_photo = photo()
    read(d, read_with_photo(card_photo))
    stale = d.last(MatchFace)
    effects = d.touch(d.flow.cancel())
    assert d.flow.view.step == Step.IDLE and ClearPersonalData() in effects
    assert len(card_photo) == 0
    assert_nobody_held(d.flow)
    assert d.flow.face_result(FaceMatchResult(FaceOutcome.MATCH), token=stale.token) == []


def test_a_card_held_up_to_the_camera_is_read_after_it_is_placed_again() -> None:
    d = camera_driver(CameraMode.CARD_FACE)
    to_camera(d)
    assert d(d.flow.card_removed()) == []  # held up to the one camera: not a cancel
    assert d.flow.view.step == Step.CAMERA_CARD
    card_face(d)
    assert d.flow.view.guidance == CameraGuidance.PLACE_CARD_ON_READER
    assert d.all(ReadCard) == []
    d(d.flow.card_inserted())
    # A new session: the status (tries left) again, then the one VERIFY.
    assert d.flow.view.step == Step.READING and len(d.all(QueryCardStatus)) == 2
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    (read_card,) = d.all(ReadCard)
    assert read_card.kind == SecretKind.CODE_B


def test_a_card_placed_again_whose_number_may_not_be_tried_is_refused() -> None:
    d = camera_driver(CameraMode.CARD_FACE)
    to_camera(d)
    d(d.flow.card_removed())
    d(d.flow.card_inserted())
    card_face(d)
    d(
        d.flow.card_status_result(
            mynumber_status(code_b=2, code_b_refused=True), token=d.last(QueryCardStatus).token
        )
    )
    assert d.flow.view.step == Step.NOTICE and d.all(ReadCard) == []


def test_licences_get_no_camera() -> None:
    d = camera_driver()
    to_camera(d, licence_status())
    assert d.flow.view.step == Step.ENTER_PIN and not d.flow.view.camera_offered
    assert d.all(ReadCardFace) == []


def test_a_refused_number_keeps_the_pin_path() -> None:
    d = camera_driver()
    to_camera(d, mynumber_status(code_b=2, code_b_refused=True))
    assert d.flow.view.step == Step.ENTER_PIN and d.all(ReadCardFace) == []


def test_pin_then_face_reads_the_photo_with_the_card_face_reading() -> None:
    d = camera_driver(CameraMode.PIN_THEN_FACE)
    to_camera(d)
    assert d.flow.view.step == Step.CAMERA_CARD
    card_face(d)
    assert d.flow.view.step == Step.ENTER_PIN and d.all(ReadCard) == []
    d(d.flow.submit_pin(Secret("1234")))
    (read_card,) = d.all(ReadCard)
    assert read_card.kind == SecretKind.PIN and read_card.photo_secret is not None
    read(d, read_with_photo(photo()))
    assert d.flow.view.step == Step.FACE_CHECK
    face(d, FaceMatchResult(FaceOutcome.MATCH, 0.4))
    look_up(d)
    d.touch(d.flow.confirm())
    assert d.last(SaveEvent).event.face_check == FaceCheck.MATCHED


def pin_typed_after_the_card_face() -> Driver:
    """PIN then face: the camera read the card face, the PIN is typed (ReadCard pending)."""
    d = camera_driver(CameraMode.PIN_THEN_FACE)
    to_camera(d)
    card_face(d)
    d(d.flow.submit_pin(Secret("1234")))
    return d


def test_pin_then_face_without_a_photo_keeps_the_pin() -> None:
    d = pin_typed_after_the_card_face()
    read(d, ReadResult(info=SAMPLE_INFO, apdu_count=9, photo_error=CardRemovedError()))
    look_up(d)
    assert d.flow.view.step == Step.CONFIRM
    d.touch(d.flow.confirm())
    assert d.last(SaveEvent).event.face_check == FaceCheck.NOT_USED


def test_pin_then_face_no_match_sends_to_staff_and_drops_everything() -> None:
    d = pin_typed_after_the_card_face()
    read(d, read_with_photo(photo()))
    face(d, FaceMatchResult(FaceOutcome.NO_MATCH, 0.9))
    assert d.flow.view.notice == NoticeCode.FACE_NOT_MATCHED and not d.flow.view.offer_pin
    assert_nobody_held(d.flow)


def test_a_camera_that_never_answers_times_out_to_the_typed_screen() -> None:
    d = camera_driver(camera_timeout_s=20)
    to_camera(d)
    d.clock.advance(19)
    assert d(d.flow.tick()) == []
    d.clock.advance(1)
    d(d.flow.tick())
    view = d.flow.view
    assert view.step == Step.ENTER_CODE_B and view.camera_problem == CardFaceProblem.UNREADABLE
    assert d.all(ReadCard) == []
    assert d.flow.card_face_result(AGREED, token=d.last(ReadCardFace).token) == []


def test_a_face_check_that_never_answers_times_out_to_try_again() -> None:
    d = camera_driver(camera_timeout_s=20)
    to_camera(d)
    card_face(d)
    read(d, read_with_photo(photo()))
    d.clock.advance(20)
    d(d.flow.tick())
    assert d.flow.view.notice == NoticeCode.FACE_NOT_SEEN and d.flow.view.offer_face_again


def test_the_wrong_pin_notice_offers_the_camera() -> None:
    d = camera_driver(CameraMode.CARD_FACE)
    to_camera(d)
    d.touch(d.flow.choose_method(SecretKind.PIN))
    d(d.flow.submit_pin(Secret("0000")))
    read(d, WrongSecretError(2))
    view = d.flow.view
    assert view.notice == NoticeCode.WRONG_SECRET and view.camera_offered
    d.touch(d.flow.use_camera())
    assert d.flow.view.step == Step.CAMERA_CARD


def test_guidance_is_ignored_when_stale_or_off_the_camera_steps() -> None:
    d = camera_driver()
    to_camera(d)
    token = d.last(ReadCardFace).token
    assert d.flow.camera_guidance(CameraGuidance.CHECKING, token=token + 1) == []
    assert d.flow.view.guidance == CameraGuidance.HOLD_CARD
    d.touch(d.flow.choose_method(SecretKind.PIN))
    assert d.flow.camera_guidance(CameraGuidance.CHECKING, token=token) == []
    assert d.flow.view.guidance is None


def test_a_card_held_up_and_typed_is_read_once_it_is_placed_again() -> None:
    d = camera_driver(CameraMode.CARD_FACE)
    to_camera(d)
    d(d.flow.card_removed())  # held up to the one camera
    card_face(d, CardFaceResult(problem=CardFaceProblem.LOW_CONFIDENCE, prefill=READING))
    assert d.flow.view.step == Step.ENTER_CODE_B
    d.touch(d.flow.submit_code_b(READING))
    view = d.flow.view
    assert view.step == Step.CAMERA_CARD and view.guidance == CameraGuidance.PLACE_CARD_ON_READER
    assert len(d.all(QueryCardStatus)) == 1 and d.all(ReadCard) == []
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    (read_card,) = d.all(ReadCard)
    assert read_card.kind == SecretKind.CODE_B


def test_the_pin_chosen_while_the_card_is_held_up_waits_for_the_card() -> None:
    d = camera_driver(CameraMode.CARD_FACE)
    to_camera(d)
    d(d.flow.card_removed())
    d.touch(d.flow.choose_method(SecretKind.PIN))
    view = d.flow.view
    assert view.step == Step.CAMERA_CARD and view.guidance == CameraGuidance.PLACE_CARD_ON_READER
    assert len(d.all(QueryCardStatus)) == 1  # nothing sent to an absent card
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    assert d.flow.view.step == Step.ENTER_PIN
    d(d.flow.submit_pin(Secret("1234")))
    assert d.last(ReadCard).kind == SecretKind.PIN


def test_back_to_the_method_screen_after_the_card_was_held_up_reads_the_status_again() -> None:
    d = camera_driver(CameraMode.CARD_FACE)
    to_camera(d)
    d(d.flow.card_removed())
    d(d.flow.card_inserted())
    card_face(d, CardFaceResult(problem=CardFaceProblem.UNREADABLE))
    assert d.flow.view.step == Step.ENTER_CODE_B
    d.touch(d.flow.back())
    d.touch(d.flow.choose_method(SecretKind.PIN))
    assert d.flow.view.step == Step.READING and len(d.all(QueryCardStatus)) == 2


@pytest.mark.parametrize("mode", [m for m in CameraMode if m != CameraMode.OFF])
def test_the_consent_screen_knows_the_camera_will_be_used(mode: CameraMode) -> None:
    d = camera_driver(mode)
    d(d.flow.card_inserted())
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    assert d.flow.view.step == Step.CONSENT and d.flow.view.camera_use == mode
    for status in (licence_status(), mynumber_status(code_b=2, code_b_refused=True)):
        other = camera_driver(mode)
        other(other.flow.card_inserted())
        token = other.last(QueryCardStatus).token
        other(other.flow.card_status_result(status, token=token))
        assert other.flow.view.camera_use is None
    off = make_driver()
    off(off.flow.card_inserted())
    off(off.flow.card_status_result(mynumber_status(), token=off.last(QueryCardStatus).token))
    assert off.flow.view.camera_use is None


def test_the_pin_after_no_face_seen_drops_the_photo_and_the_facts_first() -> None:
    d = camera_driver()
    to_camera(d)
    card_face(d)
    card_photo = photo()
    read(d, read_with_photo(card_photo))
    face(d, FaceMatchResult(FaceOutcome.NO_FACE_IN_FRAME))
    assert len(card_photo) > 0  # kept for "try again"
    d.touch(d.flow.choose_method(SecretKind.PIN))
    assert len(card_photo) == 0 and d.flow.view.step == Step.READING
    d(d.flow.card_status_result(mynumber_status(), token=d.last(QueryCardStatus).token))
    assert d.flow.view.step == Step.ENTER_PIN
    assert d.flow.try_face_again() == []


def test_with_a_card_camera_of_its_own_a_pulled_card_cancels_the_camera_steps() -> None:
    d = camera_driver(card_held_up=False)
    to_camera(d)
    d(d.flow.card_removed())
    assert d.flow.view.notice == NoticeCode.CARD_REMOVED
    assert_nobody_held(d.flow)
    d = camera_driver(card_held_up=False)
    to_camera(d)
    card_face(d)
    card_photo = photo()
    read(d, read_with_photo(card_photo))
    d(d.flow.card_removed())
    assert d.flow.view.notice == NoticeCode.CARD_REMOVED and len(card_photo) == 0
    assert_nobody_held(d.flow)


def test_the_camera_roles_in_the_settings_say_whether_the_card_is_held_up() -> None:
    settings = Settings()
    assert FlowConfig.from_settings(settings, "v").card_held_up
    settings.camera.face_camera = "1"
    assert not FlowConfig.from_settings(settings, "v").card_held_up
