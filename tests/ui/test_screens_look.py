"""The look of the evacuee screens (issue 10): the keypads (point 5), focus and the chosen
"tell staff" toggles (point 12), the larger-text choice (point 7)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.flow.contract import Step
from kiosk.text.phone import acceptable, is_phone_number
from kiosk.ui import theme
from kiosk.ui.gallery import Gallery
from kiosk.ui.widgets import BigButton, Keypad
from tests.ui.helpers import Kiosk, check_in_with_pin, holder_person

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def gallery(qapp: Any) -> Iterator[Gallery]:
    gallery = Gallery(1280, 800)
    gallery.set_language("ja")
    yield gallery
    theme.reset_text_size()
    gallery.languages.clear()
    gallery.window.close()


def visible_keys(keypad: Keypad) -> list[QWidget]:
    return [w for w in keypad.findChildren(BigButton) if w.isVisible()]


# -- point 5: keypads ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page", "name"), [("confirm_phone", "phone_keypad"), ("enter_pin", "pin_keypad")]
)
def test_keypad_has_twelve_keys_of_one_size(gallery: Gallery, page: str, name: str) -> None:
    gallery.show(page)
    keypad = gallery.window.stack.currentWidget().findChild(Keypad, name)
    keys = visible_keys(keypad)
    assert len(keys) == 12  # no empty cell
    sizes = {(key.width(), key.height()) for key in keys}
    widths = [w for w, _h in sizes]
    heights = [h for _w, h in sizes]
    assert max(widths) - min(widths) <= 2 and max(heights) - min(heights) <= 2, sizes
    assert min(heights) >= gallery.metrics.touch_px


def test_phone_keypad_has_clear_zero_and_delete_at_the_bottom(gallery: Gallery) -> None:
    gallery.show("confirm_phone")
    screen: Any = gallery.window.stack.currentWidget()
    keypad = screen.phone_keypad
    bottom = sorted(
        (key for key in visible_keys(keypad) if key.y() == keypad.digit_buttons["0"].y()),
        key=lambda key: key.x(),
    )
    assert [key.objectName() for key in bottom] == ["key_clear", "key_0", "key_delete"]
    keypad.clear_button.click()
    assert screen.phone_display.text() == "—"
    assert screen.phone_done.isEnabled()  # no number is a fine answer


@pytest.mark.parametrize(
    ("number", "ok"),
    [
        ("0312345678", True),  # Tokyo landline, 10 digits
        ("09012345678", True),  # mobile, 11 digits
        ("0120123456", True),  # free dial, 10 digits
        ("090123", False),  # 6 digits (was accepted)
        ("031234567", False),  # 9 digits
        ("090123456789", False),  # 12 digits
        ("9012345678", False),  # no leading 0
        ("0012345678", False),  # 00: international prefix
        ("０３１２３４５６７８", False),  # full-width digits
    ],
)
def test_phone_number_rule(number: str, ok: bool) -> None:
    assert is_phone_number(number) is ok
    assert acceptable(number) is ok
    assert acceptable("")


def test_phone_page_waits_for_a_whole_number(make_kiosk: Any) -> None:
    kiosk: Kiosk = make_kiosk()
    check_in_with_pin(kiosk)
    kiosk.click("phone")
    done = kiosk.widget("phone_done")
    for digit in "090000":
        kiosk.click(f"key_{digit}", count=False)
    assert not done.isEnabled()  # a 6-digit fragment is not accepted
    assert kiosk.widget("phone_rule").isVisible()
    kiosk.click("key_clear", count=False)
    assert done.isEnabled()
    for digit in "0312345678":
        kiosk.click(f"key_{digit}", count=False)
    kiosk.click("phone_done")
    kiosk.click("correct")
    kiosk.wait_step(Step.DONE)
    record = kiosk.store.open_check_in(holder_person(), "S-0001")
    assert record is not None
    assert kiosk.store.get_event(record.event_id).person.phone == "0312345678"


# -- point 12: focus and the chosen toggles ------------------------------------------------


def has_colour(image: QImage, colour: str, tolerance: int = 24) -> bool:
    want = QColor(colour)
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            got = image.pixelColor(x, y)
            if (
                abs(got.red() - want.red()) <= tolerance
                and abs(got.green() - want.green()) <= tolerance
                and abs(got.blue() - want.blue()) <= tolerance
            ):
                return True
    return False


def focus_ring_anywhere(kiosk: Kiosk) -> bool:
    return has_colour(kiosk.window.grab().toImage(), theme.FOCUS)


def test_consent_starts_with_focus_on_agree(make_kiosk: Any) -> None:
    kiosk: Kiosk = make_kiosk()
    kiosk.window.activateWindow()
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    assert QApplication.focusWidget() is kiosk.widget("agree")
    assert not focus_ring_anywhere(kiosk)  # focus, but no ring for a touch user


def test_tapped_button_keeps_no_ring_and_no_focus_after_a_reset(make_kiosk: Any) -> None:
    kiosk: Kiosk = make_kiosk()
    kiosk.window.activateWindow()
    kiosk.click("check_out")
    assert not focus_ring_anywhere(kiosk)
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.click("cancel")
    kiosk.wait_step(Step.IDLE)
    focus = QApplication.focusWidget()
    assert not isinstance(focus, BigButton), focus.objectName() if focus else None
    assert not focus_ring_anywhere(kiosk)


def test_keyboard_users_see_the_ring(make_kiosk: Any) -> None:
    kiosk: Kiosk = make_kiosk()
    kiosk.window.activateWindow()
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    kiosk.qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert isinstance(focus, BigButton)
    assert focus.ring_shown()
    assert focus_ring_anywhere(kiosk)


def test_chosen_toggles_show_a_tick_and_are_not_the_main_button(gallery: Gallery) -> None:
    gallery.show("confirm_situations_chosen")
    screen: Any = gallery.window.stack.currentWidget()
    buttons = list(screen.situation_buttons.values())
    chosen, not_chosen = buttons[0], buttons[-1]
    assert chosen.isChecked() and not not_chosen.isChecked()
    assert chosen.tick_label.icon_name() == "tick_on"
    assert not_chosen.tick_label.icon_name() == "tick_off"

    def fill(button: QWidget) -> QColor:
        # Right of the words: the button's own background.
        return button.grab().toImage().pixelColor(button.width() - 16, button.height() // 2)

    main = fill(screen.correct)
    assert fill(chosen) != main
    assert fill(chosen) != fill(not_chosen)
    # Dark words on a light background: still readable, unlike white on the main blue.
    assert fill(chosen).lightness() > 200


# -- point 7: the larger-text choice ---------------------------------------------------------


def test_larger_text_for_one_person_only(make_kiosk: Any) -> None:
    kiosk: Kiosk = make_kiosk()
    hint = kiosk.window.screen_for(Step.IDLE).hint
    normal = hint.fontInfo().pixelSize()
    kiosk.click("larger_text")
    assert theme.larger_text()
    assert hint.fontInfo().pixelSize() >= round(normal * theme.LARGER_TEXT) - 1
    kiosk.insert("jpki_test_card")
    kiosk.wait_step(Step.CONSENT)
    title = kiosk.window.screen_for(Step.CONSENT).title
    assert title.fontInfo().pixelSize() >= round(theme.TITLE_PX * theme.LARGER_TITLES) - 1
    kiosk.click("cancel")
    kiosk.wait_step(Step.IDLE)  # the person is gone: the next one starts at normal sizes
    assert not theme.larger_text()
    assert hint.fontInfo().pixelSize() == normal
    assert not kiosk.widget("larger_text").isChecked()


@pytest.mark.parametrize("language", ["en", "ja", "vi", "pt_BR", "ja_easy"])
def test_confirm_fits_without_scrolling_and_scrolls_with_larger_text(
    gallery: Gallery, language: str
) -> None:
    """The facts and extras scroll only when they must (the layout test's clipping check
    does not look inside scroll areas); the answers are always on screen."""
    gallery.set_language(language)
    try:
        for page in ("confirm", "confirm_licence", "confirm_larger_text"):
            gallery.show(page)
            screen: Any = gallery.window.stack.currentWidget()
            if not page.endswith("larger_text"):
                assert screen.body_scroll.verticalScrollBar().maximum() == 0, page
            window_rect = gallery.window.rect()
            for button in (screen.correct, screen.not_correct):
                where = button.mapTo(gallery.window, button.rect().bottomRight())
                assert button.isVisible() and window_rect.contains(where), page
    finally:
        gallery.set_language("ja")
