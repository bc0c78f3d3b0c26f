"""Qt widgets never meet Python's cyclic garbage collector alive.

A widget tree that ends in a reference cycle (a lambda holding its owner, a controller and
its window) is freed by the collector at a random later allocation. PySide's wrappers of the
tree's layout items (made while a layout is installed) are then cleared in the collector's
order, not Qt's: a wrapper may delete a QWidgetItem its layout deletes too, and the process
dies with a segmentation fault "Garbage-collecting" (seen in the UI tests once in three runs
of four modules, always in a test far from the cause).

So: every widget has a Qt parent or is deleted by Qt (the keyboards' and keypads' unused keys
are children, not windows of their own), and the suite deletes the windows a test leaves
closed, and the kiosk app, right after the test (tests/fixtures/common.py,
tests/ui/conftest.py), before the collector can meet them.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.keyboard import TouchKeyboard
from kiosk.ui.widgets import Keypad
from tests.fixtures.common import delete_now

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def _windows() -> dict[int, QWidget]:
    """The application's top-level widgets by their C++ address."""
    return {shiboken6.getCppPointer(w)[0]: w for w in QApplication.topLevelWidgets()}


@pytest.mark.parametrize(
    "make",
    [
        TouchKeyboard,
        lambda: TouchKeyboard(hideable=True),
        lambda: Keypad(with_ok=True),
        lambda: Keypad(with_ok=False),
    ],
    ids=["keyboard", "keyboard-hideable", "keypad-ok", "keypad-clear"],
)
def test_keyboards_and_keypads_make_no_window_besides_themselves(
    qapp: Any, make: Callable[[], QWidget]
) -> None:
    """A key left out of the grid (Hide, OK or Clear) is still the widget's child: as a
    window of its own it outlived its widget, in a cycle only the collector frees."""
    before = _windows()
    widget = make()
    try:
        new = [w for address, w in _windows().items() if address not in before]
        assert [type(w).__name__ for w in new] == [type(widget).__name__]
        for key in widget.findChildren(QWidget):
            assert key.window() is widget
    finally:
        delete_now(widget)
    assert not shiboken6.isValid(widget)


# A test session of the kind that crashed: galleries shown and closed (not deleted), a kiosk
# shut down by its fixture, and the collector running at the start of each next test.
SESSION = """
import gc

import pytest

from kiosk.ui.gallery import Gallery


@pytest.fixture(autouse=True)
def collect_first():
    gc.collect()  # as an allocation in the next test may do


@pytest.mark.parametrize("language", ["pseudo", "ja_easy", "en", "ja"])
def test_a_gallery_closed_but_not_deleted(qapp, language):
    gallery = Gallery(1280, 800)
    gallery.set_language(language)
    for page in [p for p in gallery.pages() if p.startswith("roster")]:
        gallery.show(page)
    gallery.show("idle")
    gallery.languages.clear()
    gallery.window.close()


@pytest.mark.parametrize("run", range(3))
def test_a_kiosk(make_kiosk, run):
    kiosk = make_kiosk(staff=True)
    assert kiosk.window.isVisible()


def test_the_collector_meets_what_they_left(qapp):
    gc.collect()
"""


def test_windows_and_kiosks_left_by_tests_are_deleted_before_the_collector_meets_them(
    tmp_path: Path,
) -> None:
    """The suite's own teardown (its plugins, as tests/conftest.py loads them) on a session
    that crashed the process before: it ends and every test passes."""
    (tmp_path / "test_session.py").write_text(textwrap.dedent(SESSION), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        # glibc fills freed memory: a wrapper deleting a freed layout item then crashes for
        # sure (without it this session crashed the old teardown too, in every run here).
        "MALLOC_PERTURB_": "165",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-X",
            "faulthandler",
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            os.devnull,
            "--rootdir",
            str(tmp_path),
            "-p",
            "tests.fixtures.common",
            "-p",
            "tests.ui.conftest",
            "test_session.py",
        ],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    tail = "\n".join((done.stdout + done.stderr).splitlines()[-15:])
    assert done.returncode == 0, tail
    assert "8 passed" in done.stdout, tail
