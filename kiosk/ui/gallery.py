"""Every screen with sample data, for screenshots and layout tests.

The gallery drives the real MainWindow with hand-made FlowViews (a fictional holder, never
real data) and a no-op input, so each screen can be shown in any language and size without
a card. :func:`clipped` reports labels whose text does not fit the space they were given.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from kiosk.cards.api import CardStatus, SecretKind, SecretStatus
from kiosk.clock import FakeClock
from kiosk.domain import BasicInfo, CardType, RegistrationType, Sex, SituationFlag
from kiosk.export.roster import household_numbers
from kiosk.flow.contract import (
    Action,
    Calendar,
    CameraGuidance,
    CardFaceProblem,
    CodeBInput,
    FlowView,
    NoticeCode,
    Step,
)
from kiosk.flow.shelter import ShelterState
from kiosk.lan.sender import PeerStatus
from kiosk.records import Event, EventKind, Person
from kiosk.registration import OpenEntry
from kiosk.roster import Roster as RosterModel
from kiosk.roster import build
from kiosk.settings import CameraMode, Settings, SettingsLoadReport
from kiosk.staff import LoginMode
from kiosk.store import DeadRecord, QuarantineReason, SalvageReport, StoreCondition
from kiosk.sync.status import SyncProblem, SyncStatus
from kiosk.ui import i18n, theme
from kiosk.ui.bridges import StoreState
from kiosk.ui.camera_screens import CameraScreen
from kiosk.ui.controllers.roster import RosterController
from kiosk.ui.controllers.shelter import CLOSED_MENU_MESSAGE
from kiosk.ui.i18n import Context
from kiosk.ui.screens import ConfirmScreen, ConsentScreen, IdleScreen, NoFlowInput
from kiosk.ui.staff_registration import RegistrationScreen
from kiosk.ui.window import MainWindow
from kiosk.webreg.form import FieldError
from kiosk.webreg.qr import qr_image

SAMPLE_INFO = BasicInfo(
    card_type=CardType.MYNUMBER,
    name="見本\u3000花子",
    address="東京都千代田区霞が関一丁目2番3号 サンプルハイツ霞が関 201号室",
    birth_date=date(1980, 2, 17),
    sex=Sex.FEMALE,
)
SAMPLE_STATUS = CardStatus(
    CardType.MYNUMBER,
    (
        SecretStatus(SecretKind.PIN, 3, locked=False, refused=False),
        SecretStatus(SecretKind.CODE_B, 10, locked=False, refused=False),
    ),
)
SHELTER = "市立第一小学校 体育館"
#: The roster's texts (kiosk.ui.staff_roster's context).
Roster = Context("Roster")


def sample_views() -> Iterator[tuple[str, FlowView]]:
    """(name, view) for every step, with the variants that change the layout."""
    base = FlowView(shelter_name=SHELTER, card_status=SAMPLE_STATUS, card_type=CardType.MYNUMBER)
    yield "idle", dataclasses.replace(base, step=Step.IDLE)
    yield "idle_check_out", dataclasses.replace(base, step=Step.IDLE, action=Action.CHECK_OUT)
    yield "no_card_help", dataclasses.replace(base, step=Step.NO_CARD_HELP)
    yield "consent", dataclasses.replace(base, step=Step.CONSENT)
    yield "choose_method", dataclasses.replace(base, step=Step.CHOOSE_METHOD)
    yield (
        "enter_pin",
        dataclasses.replace(base, step=Step.ENTER_PIN, tries_left=3, code_b_available=True),
    )
    yield (
        "enter_pin_warning",
        dataclasses.replace(
            base, step=Step.ENTER_PIN, tries_left=2, warn_few_tries=True, code_b_available=True
        ),
    )
    yield "enter_code_b", dataclasses.replace(base, step=Step.ENTER_CODE_B, tries_left=10)
    yield (
        "enter_code_b_invalid",
        dataclasses.replace(
            base, step=Step.ENTER_CODE_B, tries_left=10, notice=NoticeCode.INVALID_CODE_B
        ),
    )
    yield "reading", dataclasses.replace(base, step=Step.READING)
    yield "saving", dataclasses.replace(base, step=Step.SAVING)
    yield "era_choice", dataclasses.replace(base, step=Step.ERA_CHOICE, info=SAMPLE_INFO)
    yield (
        "confirm",
        dataclasses.replace(base, step=Step.CONFIRM, info=SAMPLE_INFO, calendar=Calendar.JAPANESE),
    )
    licence = dataclasses.replace(SAMPLE_INFO, card_type=CardType.DRIVER_LICENSE, sex=None)
    yield (
        "confirm_licence",
        dataclasses.replace(base, step=Step.CONFIRM, info=licence, calendar=Calendar.WESTERN),
    )
    yield "checkout_offer", dataclasses.replace(base, step=Step.CHECKOUT_OFFER)
    yield (
        "done_check_in",
        dataclasses.replace(base, step=Step.DONE, recorded_action=Action.CHECK_IN),
    )
    yield (
        "done_check_out",
        dataclasses.replace(base, step=Step.DONE, recorded_action=Action.CHECK_OUT),
    )
    yield from camera_views(base)
    for code in NoticeCode:
        notice = dataclasses.replace(base, step=Step.NOTICE, notice=code)
        if code == NoticeCode.WRONG_SECRET:
            notice = dataclasses.replace(notice, tries_left=2)
        if code in (NoticeCode.REFUSED_LAST_TRY, NoticeCode.LOCKED):
            notice = dataclasses.replace(notice, offer_code_b=True)
        if code == NoticeCode.NOT_CHECKED_IN:
            notice = dataclasses.replace(notice, offer_check_in=True)
        if code in CAMERA_NOTICE_OFFERS:
            notice = CAMERA_NOTICE_OFFERS[code].on(notice)
        yield f"notice_{code.value}", notice
    yield "out_of_service", dataclasses.replace(base, step=Step.OUT_OF_SERVICE)
    yield (
        "more_time",
        dataclasses.replace(
            base,
            step=Step.CONFIRM,
            info=SAMPLE_INFO,
            calendar=Calendar.JAPANESE,
            asking_more_time=True,
            countdown_s=17,
        ),
    )


@dataclasses.dataclass(frozen=True)
class _Offers:
    pin: bool = True
    code_b: bool = False
    staff: bool = True
    face_again: bool = False

    def on(self, view: FlowView) -> FlowView:
        return dataclasses.replace(
            view,
            offer_pin=self.pin,
            offer_code_b=self.code_b,
            offer_call_staff=self.staff,
            offer_face_again=self.face_again,
        )


#: The buttons each camera notice offers (as the machine sets them: docs/camera.md).
CAMERA_NOTICE_OFFERS: dict[NoticeCode, _Offers] = {
    NoticeCode.CAMERA_UNAVAILABLE: _Offers(code_b=True, staff=False),
    NoticeCode.FACE_NOT_MATCHED: _Offers(),
    NoticeCode.FACE_NOT_SEEN: _Offers(face_again=True),
    NoticeCode.FACE_SPOOF_SUSPECTED: _Offers(),
    NoticeCode.FACE_CHECK_UNAVAILABLE: _Offers(),
}


def camera_views(base: FlowView) -> Iterator[tuple[str, FlowView]]:
    """The camera path's screens (issue 11): each guidance, the offers, the typed screen
    pre-filled with a reading (the fictional sample's)."""
    card = dataclasses.replace(base, step=Step.CAMERA_CARD)
    yield "camera_card", dataclasses.replace(card, guidance=CameraGuidance.HOLD_CARD)
    yield "camera_card_still", dataclasses.replace(card, guidance=CameraGuidance.HOLD_CARD_STILL)
    yield (
        "camera_card_place_again",
        dataclasses.replace(card, guidance=CameraGuidance.PLACE_CARD_ON_READER),
    )
    face = dataclasses.replace(base, step=Step.FACE_CHECK, offer_pin=True)
    for guidance in (
        CameraGuidance.LOOK_AT_CAMERA,
        CameraGuidance.COME_CLOSER,
        CameraGuidance.ONE_PERSON,
        CameraGuidance.CHECKING,
    ):
        yield f"face_check_{guidance.value}", dataclasses.replace(face, guidance=guidance)
    yield (
        "choose_method_camera",
        dataclasses.replace(base, step=Step.CHOOSE_METHOD, camera_offered=True),
    )
    yield (
        "enter_pin_camera",
        dataclasses.replace(
            base, step=Step.ENTER_PIN, tries_left=3, code_b_available=True, camera_offered=True
        ),
    )
    yield (
        "enter_code_b_prefilled",
        dataclasses.replace(
            base,
            step=Step.ENTER_CODE_B,
            tries_left=10,
            code_b_prefill=CodeBInput(SAMPLE_INFO.birth_date, 2035, "2285"),
            camera_problem=CardFaceProblem.DISAGREE,
        ),
    )


def _confirm_screen(window: MainWindow) -> ConfirmScreen:
    screen = window.screens[ConfirmScreen]
    assert isinstance(screen, ConfirmScreen)
    return screen


def _phone_page(digits: str) -> Callable[[MainWindow], None]:
    """The confirmation's phone keypad with ``digits`` typed (a fictional number)."""

    def show(window: MainWindow) -> None:
        screen = _confirm_screen(window)
        screen.phone_button.click()
        for digit in digits:
            screen.phone_keypad.digit.emit(digit)

    return show


def _camera_setup(
    window: MainWindow, mode: CameraMode = CameraMode.OFF, *, held_up: bool = False
) -> None:
    """The settings' camera mode on the consent screen, and whether the card is held up to
    the one camera (the defaults: off, on the reader)."""
    for screen in window.screens.values():
        if isinstance(screen, ConsentScreen):
            screen.set_camera_mode(mode)
        elif isinstance(screen, CameraScreen):
            screen.set_card_held_up(held_up)


def _situations_chosen(window: MainWindow) -> None:
    for button in list(_confirm_screen(window).situation_buttons.values())[:2]:
        button.setChecked(True)


#: Sub-pages of a step: (the step's sample view, what is touched on it).
SUB_PAGES: dict[str, tuple[str, Callable[[MainWindow], None]]] = {
    "confirm_phone": ("confirm", _phone_page("09000000000")),
    "confirm_phone_too_short": ("confirm", _phone_page("090000")),
    "confirm_situations_chosen": ("confirm", _situations_chosen),
    # A card left on the reader after a notice: "please take your card" (docs/ui.md).
    "idle_take_card": ("idle", lambda window: window.ask_to_take_card(True)),
    # The phone registration runs: its QR code and line on the idle screen.
    "idle_phone": ("idle", lambda window: _idle(window).set_phone_qr(SAMPLE_QR)),
    # The camera path on: the consent names its use; one camera: the card is held up to it.
    "consent_camera": (
        "consent",
        lambda window: _camera_setup(window, CameraMode.CARD_FACE_AND_FACE),
    ),
    "camera_card_held_up": ("camera_card", lambda window: _camera_setup(window, held_up=True)),
}

#: The login's words by the shelter's lifecycle (staff_login: never opened here).
SHELTER_STATES = {
    "staff_login_open": ShelterState.OPEN,
    "staff_login_closed": ShelterState.CLOSED,
}

#: Pages shown again with "larger text" on (the idle screen's choice).
LARGER_TEXT_PAGES = (
    "idle",
    "consent",
    "enter_pin",
    "confirm",
    "notice_wrong_secret",
    "done_check_in",
)
LARGER = "_larger_text"


STAFF_PAGES = (
    "staff_create",
    "staff_login",
    "staff_login_open",
    "staff_login_closed",
    "staff_unlock",
    "staff_menu",
    "staff_menu_problem",
    "staff_menu_recovered",
    "staff_menu_shelter_closed",
    "settings",
    "closing",
    "lan",
    "confirm_close",
    "confirm_purge",
    "confirm_quit",
    "roster",
    "roster_training",
    "roster_question",
    *(
        "registration",
        "registration_form",
        "registration_form_errors",
        "registration_form_keyboard",
        "registration_correct",
        "registration_reading",
        "registration_search",
        "registration_confirm",
    ),
)


#: A record database repaired at start-up: 7 records lost, one on hold for each reason.
SAMPLE_STORE_STATE = StoreState(
    StoreCondition.RECOVERED,
    SalvageReport(
        at="2026-09-01T00:30:00+00:00",
        moved_to="kiosk.sqlite3.damaged-20260901T003000Z",
        salvaged=393,
        lost=7,
        lost_ids=["0b7f3c2e-5d41-4a8e-9c6b-2f1e8d7a6b5" + str(n) for n in range(7)],
    ),
    tuple(
        DeadRecord(f"5e2d9a10-7c3b-4f6e-8a1d-9b0c2e4f6a8{n}", "check_in", "", 1, "", reason)
        for n, reason in enumerate(QuarantineReason)
    ),
)


#: A QR code as long as the phone page's (an address, the port, a 43-character token).
SAMPLE_QR: bytes = qr_image("https://192.168.100.200:8443/r/" + "x" * 43).png


def _idle(window: MainWindow) -> IdleScreen:
    idle = window.screens[IdleScreen]
    assert isinstance(idle, IdleScreen)
    return idle


def _lan_sample(window: MainWindow) -> None:
    """The LAN page at its fullest: a code shown, both parts' problems, three peers."""
    window.lan_screen.set_state(
        enabled=True,
        paired=True,
        problems=[
            ("lan_unavailable", "port_in_use"),
            ("phone_registration_unavailable", "address_not_here"),
        ],
        statuses=[
            PeerStatus("terminal-B", "192.168.100.21:8766", True, 0),
            PeerStatus("terminal-C", "192.168.100.22:8766", False, 1234, "clock_skew", -185.0),
            PeerStatus("terminal-D", None, False, 12, "unauthenticated"),
        ],
        fingerprint=":".join(["AB"] * 32),
    )
    window.lan_screen.code.setText("ACDE-FGHJ-KMNP")
    window.lan_screen.code.show()


#: The roster's sample: fictional people (every name 見本, "sample"), four households.
_SAMPLE_PEOPLE = (
    ("見本\u3000一郎", "みほん いちろう", date(1948, 5, 3), Sex.MALE, 0, ()),
    ("見本\u3000花子", "みほん はなこ", date(1952, 11, 20), Sex.FEMALE, 0, ("needs_assistance",)),
    ("見本\u3000陽菜", "みほん ひな", date(2019, 4, 1), Sex.FEMALE, 1, ()),
    ("見本\u3000大翔", "みほん ひろと", date(1986, 7, 9), Sex.MALE, 1, ("injured",)),
    ("見本\u3000美咲", "みほん みさき", date(1990, 2, 14), Sex.FEMALE, 1, ("pregnant",)),
    ("見本\u3000和子", "", date(1937, 1, 30), Sex.FEMALE, 2, ("needs_medical_care",)),
    ("見本\u3000蓮", "みほん れん", date(2008, 9, 12), Sex.MALE, 3, ("with_pet",)),
    ("見本\u3000結衣", "みほん ゆい", date(1975, 3, 3), Sex.FEMALE, 3, ()),
    ("見本\u3000悠真", "みほん ゆうま", None, None, 4, ()),
    ("見本\u3000ジョアン", "みほん じょあん", date(1995, 6, 30), Sex.MALE, 5, ()),
    ("見本\u3000茂", "みほん しげる", date(1941, 8, 15), Sex.MALE, 6, ()),
    ("見本\u3000さくら", "みほん さくら", date(2015, 12, 24), Sex.FEMALE, 6, ()),
)
_SAMPLE_OPENED = datetime(2026, 9, 1, 0, 0, tzinfo=UTC)


def sample_roster(*, training: bool = False) -> RosterModel:
    """A roster of fictional people: two of them left again, a capacity of 120."""
    return build(
        sample_events(training=training), training=training, capacity=120, today=date(2026, 9, 1)
    )


def sample_events(*, training: bool = False) -> list[Event]:
    """The sample roster's records: a check-in per person, two check-outs."""
    events: list[Event] = []
    for n, (name, reading, born, sex, home, needs) in enumerate(_SAMPLE_PEOPLE):
        person = Person(
            name=name,
            address=f"見本県見本市見本町{home + 1}丁目{home + 2}番{home + 3}号",
            birth_date=born,
            sex=sex,
            reading=reading,
        )
        check_in = Event(
            kind=EventKind.CHECK_IN,
            shelter_id="S-0001",
            terminal_id=f"T-000{1 + n % 3}",
            occurred_at=_SAMPLE_OPENED + timedelta(minutes=17 * n),
            utc_offset_minutes=540,
            registration_type=RegistrationType.MYNUMBER_CARD,
            person=person,
            situation=frozenset(SituationFlag(flag) for flag in needs),
            training=training,
        )
        events.append(check_in)
        if n in (4, 9):
            events.append(
                dataclasses.replace(
                    check_in,
                    kind=EventKind.CHECK_OUT,
                    occurred_at=check_in.occurred_at + timedelta(hours=5),
                    refers_to=check_in.event_id,
                    event_id=f"out-{n}",
                )
            )
    return events


#: Staff's registration texts (kiosk.ui.staff_registration's context).
Registration = Context("Registration")


def sample_open_entries() -> list[OpenEntry]:
    """The forced check-out's search results: the sample roster's people inside."""
    events = sample_events()
    check_ins = {event.event_id: event for event in events}
    return [
        OpenEntry(check_ins[stay.check_in_id], stay.person, stay.situation)
        for stay in build(events, today=date(2026, 9, 1)).inside
    ]


def _registration_sample(screen: RegistrationScreen, name: str) -> None:
    """A registration page with fictional people (見本): the choice with its last message,
    the form for a household's second member (with its errors, or the keyboard up), a
    correction, the search while reading and with results, the check-out's question."""
    entries = sample_open_entries()
    screen.forget()
    if name == "registration":
        screen.show_home(Registration.tr("%n people registered.", "", 3))
    elif name.startswith("registration_form"):
        screen.show_form("register", 2, ["見本\u3000花子", "見本\u3000一郎"])
        form = screen.form
        form.name.setText("見本\u3000陽菜")
        form.reading.setText("みほん ひな")
        form.address.setText("見本県見本市見本町1丁目2番3号 見本ハイツ 101号室")
        form.calendar.set_value("reiwa")
        form.year.setText("1")
        form.month.setText("4")
        form.day.setText("1")
        for box in list(form.flags.values())[:3]:
            box.setChecked(True)
        if name == "registration_form_errors":
            form.month.setText("13")
            form.show_errors(
                {"birth_date": FieldError("err_date"), "phone": FieldError("err_phone")}
            )
            screen.show_form_error(
                Registration.tr("Please check the marked fields: nothing was saved.")
            )
        elif name == "registration_form_keyboard":
            screen.keyboard.set_target(form.phone)
    elif name == "registration_correct":
        screen.form.load(entries[0].person, entries[0].situation)
        screen.show_form("correct")
    elif name == "registration_reading":
        screen.show_search("checkout")
        screen.show_reading()
    elif name == "registration_search":
        screen.show_search("checkout")
        screen.show_results(entries, unreadable=1)
    elif name == "registration_confirm":
        screen.show_confirm(entries[0])


class _NoStaffActions:
    def __getattr__(self, name: str) -> Callable[..., None]:
        return lambda *args, **kwargs: None


class Gallery:
    """A MainWindow fed with sample views; :meth:`show` puts one page on screen."""

    def __init__(self, width: int, height: int, *, demo: bool = False) -> None:
        """``demo``: with the DEMO band above every screen, as in demo mode."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.app = app
        # Every gallery starts at the type scale's sizes, whatever a page left before it.
        theme.reset_text_size()
        self.metrics = theme.apply(app, height, "ja")
        self.languages = i18n.LanguageSwitcher(app)
        self.window = MainWindow(
            NoFlowInput(FakeClock()),
            _NoStaffActions(),
            height,
            demo=demo,
        )
        self.window.allow_close = True
        self.window.resize(width, height)
        self.window.show()
        self.size = (width, height)
        #: The TRAINING MODE band over every page (else only on roster_training).
        self.training = False
        idle = self.window.screens[IdleScreen]
        assert isinstance(idle, IdleScreen)
        idle.set_status(SyncStatus(reachable=False, pending=3, dead=1), reader_missing=False)
        settings = Settings()
        settings.shelter.name = SHELTER
        settings.shelter.shelter_id = "S-0001"
        settings.api.url = "https://shelter.example.city.lg.jp/api"
        self.window.settings_screen.load(settings)
        self._staff_status(problem=False)
        self.window.closing.set_waiting(3)
        # The roster screen, as the composition root builds it (no store: sample data only;
        # like the app's, the controller outlives the window).
        self.roster = RosterController(
            self.window,
            None,
            settings=lambda: settings,
            save_settings=lambda _new: None,
            clock=FakeClock(),
            show_menu=lambda: None,
            usb_folder=lambda: "/media/staff/SHELTER-USB",
            metrics_height=height,
        )
        # The registration screen, as its controller adds it (sample data only, no store).
        self.registration = RegistrationScreen(lambda: self.languages.current, height)
        self.registration.setObjectName("screen_RegistrationScreen")
        self.window.stack.addWidget(self.registration)
        self.window.staff_screens.append(self.registration)

    def _roster_sample(self, name: str) -> None:
        """The roster with sample people: ``roster_training`` in training mode (the mode
        line, the purge's message, the window's TRAINING MODE band), ``roster_question`` asking
        about the purge."""
        training = name == "roster_training"
        controller, screen = self.roster, self.roster.screen
        self.window.show_staff(screen)
        screen.set_training(training)
        sample = sample_roster(training=training)
        screen.show_counts(sample.counts)
        screen.show_stays(sample.stays, household_numbers(sample.stays))
        screen.passphrase.setText("x" * 16)
        screen.passphrase_again.setText("x" * 16)
        if training:
            deleted = Roster.tr("%n training records deleted.", "", 12)
            waiting = Roster.tr(
                "%n training records wait for the server: delete again once they are sent.",
                "",
                3,
            )
            screen.message.setText(f"{deleted} {waiting}")
        else:
            screen.message.setText(
                Roster.tr("Saved {file}: {count} people, encrypted.").format(
                    file="meibo-S-0001-20260901-1530.skx", count=len(sample.stays)
                )
            )
        if name == "roster_question":
            controller.ask_purge()

    def _staff_status(self, *, problem: bool, recovered: bool = False) -> None:
        """The staff menu's status: all well, or a damaged settings file, no shelter id and
        a quarantined record (the longest texts, with a record id); ``recovered``: a repaired
        record database's report and records on hold."""
        menu = self.window.staff_menu
        last = datetime(2026, 9, 1, 0, 30, tzinfo=UTC)
        menu.set_store_state(SAMPLE_STORE_STATE if recovered else StoreState())
        if not problem:
            menu.set_settings_state(None, None)
            status = SyncStatus(reachable=True, pending=3, dead=1, last_success_at=last)
        else:
            report = SettingsLoadReport(
                path=Path("/var/lib/shelter-kiosk/settings.toml"),
                moved_aside_to=Path("/var/lib/shelter-kiosk/settings.broken-20260901-093000.toml"),
                unreadable_lines=(7, 12),
                reset_keys=("ui.idle_timeout_s",),
            )
            menu.set_settings_state(report, Settings().recording_blocked_reason())
            status = SyncStatus(
                reachable=True,
                pending=3,
                dead=1,
                last_success_at=last,
                problem=SyncProblem.CONFLICT_QUARANTINED,
                http_status=409,
                server_code="conflict",
                problem_event_id="0b7f3c2e-5d41-4a8e-9c6b-2f1e8d7a6b54",
            )
        menu.set_status(
            status, "connected, no card", ["2026-09-01 09:30:00 INFO kiosk.sync sent 12 records"]
        )

    def set_language(self, code: str) -> None:
        self.languages.switch(code)
        theme.apply_font(self.app, "en" if code == i18n.PSEUDO else code)
        self.window.retranslate()

    def pages(self, *, larger_text: bool = True) -> list[str]:
        """Every page; ``larger_text``: with some pages again in the larger-text mode."""
        pages = [name for name, _view in sample_views()] + list(SUB_PAGES) + list(STAFF_PAGES)
        if larger_text:
            pages += [name + LARGER for name in LARGER_TEXT_PAGES]
        return pages

    def show(self, name: str) -> None:
        window = self.window
        larger = name.endswith(LARGER)
        name = name.removesuffix(LARGER)
        views = dict(sample_views())
        base, touch = SUB_PAGES.get(name, (name, None))
        window.ask_to_take_card(False)
        _idle(window).set_phone_qr(None)
        _camera_setup(window)
        # The TRAINING MODE band: over every page when ``training``, else on roster_training.
        window.set_training(self.training or name == "roster_training")
        window.staff_login.set_shelter_state(SHELTER_STATES.get(name, ShelterState.NOT_OPENED))
        if base in views:
            window.staff_mode = False
            # Coming from another step, as in the flow: the screen starts afresh.
            window.show_view(dataclasses.replace(views["reading"], language=""))
            view = dataclasses.replace(views[base], language=self.languages.current)
            window.show_view(view)
            if touch is not None:
                touch(window)
        else:
            login = window.staff_login
            if name.startswith("staff_menu"):
                self._staff_status(
                    problem=name == "staff_menu_problem",
                    recovered=name == "staff_menu_recovered",
                )
                # Opened while a paired terminal's close notice has closed the shelter.
                closed = name == "staff_menu_shelter_closed"
                window.staff_menu.set_message(
                    QCoreApplication.translate("Staff", CLOSED_MENU_MESSAGE) if closed else ""
                )
                window.show_staff(window.staff_menu)
            elif name.startswith("staff_"):
                modes = {"staff_create": LoginMode.CREATE, "staff_unlock": LoginMode.UNLOCK}
                login.set_mode(modes.get(name, LoginMode.LOGIN), "staff01")
                window.show_staff(login)
            elif name == "settings":
                window.show_staff(window.settings_screen)
            elif name == "closing":
                window.show_staff(window.closing)
            elif name == "lan":
                window.show_staff(window.lan_screen)
                _lan_sample(window)
            elif name.startswith("roster"):
                self._roster_sample(name)
            elif name.startswith("registration"):
                window.show_staff(self.registration)
                _registration_sample(self.registration, name)
            elif name.startswith("confirm_"):
                window.confirm.ask(name.removeprefix("confirm_"))
                window.show_staff(window.confirm)
        # After the views (the idle screen coming up sets the normal sizes back): the idle
        # screen's own button, as a person would.
        idle = window.screens[IdleScreen]
        assert isinstance(idle, IdleScreen)
        idle.larger_text.setChecked(larger)
        window.resize(*self.size)
        if window.overlay.isVisible():
            window.overlay.setGeometry(window.central.rect())
        # Settle nested layouts now (the live app lets its event loop do this): a few rounds
        # of the pending layout requests, since each round can invalidate an outer layout.
        for _ in range(4):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # Again once settled (the training band fits the room the settled screen leaves).
        window.resize(*self.size)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def clipped(window: QWidget) -> list[str]:
    """Labels on screen whose text needs more room than they got, or that fall outside the
    window (the window itself grown past its size counts too). Empty when all fits."""
    problems: list[str] = []
    bounds = QRect(QPoint(0, 0), window.size())
    for widget in window.findChildren(QLabel):
        if not widget.isVisible() or not widget.text() or (widget.pixmap() and not widget.text()):
            continue
        if _inside_scroll_area(widget):
            continue
        rect = widget.contentsRect()
        where = widget.mapTo(window, QPoint(0, 0))
        top_left = QRect(where, widget.size())
        name = _describe(widget)
        if not bounds.contains(top_left):
            problems.append(f"{name}: outside the window")
            continue
        metrics = QFontMetrics(widget.font())
        if widget.wordWrap():
            needed = widget.heightForWidth(rect.width())
            if needed > rect.height() + 1:
                problems.append(f"{name}: needs {needed}px height, has {rect.height()}")
            # Latin words cannot be broken; CJK text wraps between any two characters.
            words = [w for w in widget.text().split() if all(ord(c) < 0x2E80 for c in w)]
            longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            if longest > rect.width() + 1:
                problems.append(f"{name}: a word is wider ({longest}px) than {rect.width()}px")
        else:
            # The text drawn (QLabel's own: without furigana marks, joiners are zero width).
            drawn = QLabel.text(widget)
            needed_w = max(metrics.horizontalAdvance(line) for line in drawn.split("\n"))
            if needed_w > rect.width() + 1 or metrics.height() > rect.height() + 1:
                problems.append(
                    f"{name}: needs {needed_w}x{metrics.height()}px, "
                    f"has {rect.width()}x{rect.height()}"
                )
    return problems


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _describe(widget: QWidget) -> str:
    names: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))
