"""The kiosk's widgets keep Qt's own methods: no screen attribute or method shadows a
QWidget / QMainWindow method of the same name (mypy's [override] / [method-assign] on
kiosk/ui). Qt and Qt-based tools (grab, accessibility, tests) call these by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import Kiosk

pytestmark = pytest.mark.gui


def _all_screens(kiosk: Kiosk) -> list[QWidget]:
    window = kiosk.window
    return [*window.screens.values(), *window.staff_screens, window.overlay, window]


def test_every_screen_still_renders_into_a_pixmap(make_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = make_kiosk()
    kiosk.window.overlay.setGeometry(kiosk.window.central.rect())  # hidden, full size
    for widget in _all_screens(kiosk):
        pixmap = QPixmap(widget.size())
        pixmap.fill(Qt.GlobalColor.magenta)
        widget.render(pixmap)  # QWidget.render(QPaintDevice): paints the widget
        assert pixmap.toImage().pixelColor(5, 5) != Qt.GlobalColor.magenta, type(widget).__name__


def test_staff_screens_keep_close_and_actions(make_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = make_kiosk()
    window: Any = kiosk.window
    for screen in window.staff_screens:
        assert screen.actions() == [], type(screen).__name__  # QWidget.actions(): no QActions
    menu = window.staff_menu
    menu.show()
    assert menu.close() is True  # QWidget.close(): hides the widget
    assert not menu.isVisible()


def test_main_window_keeps_corner(make_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = make_kiosk()
    area = kiosk.window.corner(Qt.Corner.TopLeftCorner)  # QMainWindow.corner(): a dock area
    assert area in (Qt.DockWidgetArea.TopDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea)


def _is_qt_method(qt_class: type, name: str) -> bool:
    """A method of the Qt class (its signals, which PySide binds per object, are not)."""
    member = getattr(qt_class, name, None)
    return callable(member) and not isinstance(member, Signal)


def _qt_base(cls: type) -> type:
    return next(base for base in cls.__mro__ if base.__module__.startswith("PySide6."))


def test_no_attribute_of_a_kiosk_widget_hides_a_qt_method(make_kiosk: Callable[..., Kiosk]) -> None:
    kiosk = make_kiosk()
    app = kiosk.app
    objects: list[QObject] = [app, app.window, *app.window.findChildren(QObject)]
    hidden = {
        f"{type(obj).__name__}.{name}"
        for obj in objects
        if not type(obj).__module__.startswith("PySide6.")
        for name in vars(obj)
        if _is_qt_method(_qt_base(type(obj)), name)
    }
    assert not hidden
