"""Layouts survive long text: every screen, pseudo-localised (+40% and accents) and in every
language, at 1280x800 and 1920x1080, with no label clipped and the window not grown. Every
language also with the larger-text pages (the pseudo-localisation without: +40% on top of
larger text is not a case a person meets)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect

from kiosk.settings import LANGUAGES
from kiosk.ui import i18n, theme
from kiosk.ui.gallery import Gallery, clipped

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def gallery_1280(qapp: Any) -> Iterator[Gallery]:
    gallery = Gallery(1280, 800)
    yield gallery
    gallery.languages.clear()
    gallery.window.close()


def check_all_pages(gallery: Gallery, *, larger_text: bool = True) -> list[str]:
    problems: list[str] = []
    larger_text = larger_text and gallery.languages.current != i18n.PSEUDO
    for page in gallery.pages(larger_text=larger_text):
        gallery.show(page)
        window = gallery.window
        if window.width() > gallery.size[0] or window.height() > gallery.size[1]:
            problems.append(f"{page}: window grew to {window.width()}x{window.height()}")
        problems.extend(f"{page}: {problem}" for problem in clipped(window))
        band = window.training_band
        if band.isVisible() and band.fontInfo().pixelSize() < theme.SMALL_PX:
            # The band is small print: it never shrinks under the type scale to fit.
            problems.append(f"{page}: training band at {band.fontInfo().pixelSize()}px")
    return problems


def test_pseudo_localised_screens_fit_1280x800(gallery_1280: Gallery) -> None:
    gallery_1280.set_language(i18n.PSEUDO)
    problems = check_all_pages(gallery_1280)
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_fits_1280x800_with_the_training_band(
    gallery_1280: Gallery, language: str
) -> None:
    """With the TRAINING MODE band over every page: the window's height is the current
    screen's at the display's width (a taller screen not shown adds nothing, nor do wrapped
    texts at a width they never get), so the band keeps the small print's size."""
    gallery_1280.set_language(language)
    gallery_1280.training = True
    try:
        problems = check_all_pages(gallery_1280)
        assert gallery_1280.window.training_band.isVisible()
    finally:
        gallery_1280.training = False
    assert not problems, "\n".join(problems[:20])


def test_pseudo_localised_screens_fit_1920x1080(qapp: Any) -> None:
    gallery = Gallery(1920, 1080)
    try:
        gallery.set_language(i18n.PSEUDO)
        problems = check_all_pages(gallery)
    finally:
        gallery.languages.clear()
        gallery.window.close()
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("language", [i18n.PSEUDO, "vi", "ja_easy"])
def test_demo_band_leaves_every_screen_room_at_1280x800(qapp: Any, language: str) -> None:
    gallery = Gallery(1280, 800, demo=True)
    try:
        gallery.set_language(language)
        assert gallery.window.demo_band.isVisible()
        # Larger text is checked without the band (a practice session's band and larger
        # text together may need more room than 1280x800 has).
        problems = check_all_pages(gallery, larger_text=False)
    finally:
        gallery.languages.clear()
        gallery.window.close()
    assert not problems, "\n".join(problems[:20])


def test_clipping_check_detects_a_clipped_label(gallery_1280: Gallery) -> None:
    gallery_1280.set_language("en")
    gallery_1280.show("consent")
    screen = gallery_1280.window.stack.currentWidget()
    screen.what.setText("word " * 400)
    screen.layout().activate()
    assert clipped(gallery_1280.window) or gallery_1280.window.height() > 800
    screen.retranslate()


def _settle() -> None:
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


@pytest.mark.parametrize("language", [*LANGUAGES, i18n.PSEUDO])
def test_every_settings_group_is_one_touch_away_and_shows_whole(qapp: Any, language: str) -> None:
    """The staff settings (about 2,100 px of rows with the camera and LAN ones) on a 1280x800
    touch screen: a large button per group on the left brings that group into view whole,
    every row belongs to a group, and neither the rows nor the on-screen keyboard make the
    window grow."""
    gallery = Gallery(1280, 800)  # its own: the type scale of 1280x800, whatever ran before
    try:
        _check_settings_groups(gallery, language)
    finally:
        gallery.languages.clear()
        gallery.window.close()


def _check_settings_groups(gallery: Gallery, language: str) -> None:
    gallery.set_language(language)
    gallery.show("settings")
    window = gallery.window
    screen = window.settings_screen
    viewport = screen.form_scroll.viewport()
    grouped = set()
    for key, button in screen.section_buttons.items():
        assert button.height() >= 64, key  # a finger's target
        button.click()
        _settle()
        assert button.isChecked(), key
        group = screen.sections[key]
        seen = QRect(group.mapTo(viewport, QPoint(0, 0)), group.size())
        assert viewport.rect().contains(seen), f"{key}: {seen} not inside {viewport.rect()}"
        grouped |= {w.objectName() for w in group.findChildren(type(group))}
    # Dragged by a finger: the group at the top is the chosen one.
    screen.form_scroll.verticalScrollBar().setValue(screen.sections["times"].y() + 5)
    assert screen.section_buttons["times"].isChecked()
    rows = {f"setting_{key}" for key in screen.captions}
    assert rows <= grouped, sorted(rows - grouped)
    # A touched field brings up the keyboard: the buttons step aside, the field stays in view.
    for field in (screen.shelter_name, screen.network.phone_address):
        screen.keyboard.set_target(field)
        try:
            _settle()
            assert screen.keyboard.isVisible() and not screen.section_list.isVisible()
            assert (window.width(), window.height()) == gallery.size
            assert screen.minimumSizeHint().height() <= gallery.size[1]
            seen = QRect(field.mapTo(viewport, QPoint(0, 0)), field.size())
            assert viewport.rect().contains(seen), f"{field.objectName()}: {seen}"
        finally:
            screen.keyboard.hide()
            screen.keyboard.reset()
    _settle()
    assert screen.section_list.isVisible()
