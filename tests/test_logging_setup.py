from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk import logging_setup
from kiosk.redaction import mask_digit_runs


@pytest.fixture
def clean_root_logger():
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def test_digit_runs_never_reach_the_file_or_the_tail(tmp_path: Path, clean_root_logger) -> None:
    tail = logging_setup.configure(tmp_path)
    logging.getLogger("kiosk.test").warning("verify failed for code %s", "55021720351234")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "55021720351234" not in text
    assert "##############" in text
    assert not any("55021720351234" in line for line in tail.lines())
    assert any("verify failed" in line for line in tail.lines())


def test_short_numbers_stay_readable(tmp_path: Path, clean_root_logger) -> None:
    tail = logging_setup.configure(tmp_path)
    logging.getLogger("kiosk.test").info("sent %d records, %d left", 200, 12)
    assert any("sent 200 records, 12 left" in line for line in tail.lines())


def test_tracebacks_are_masked_too(tmp_path: Path, clean_root_logger) -> None:
    tail = logging_setup.configure(tmp_path)
    try:
        raise ValueError("bad value 55021720352285")
    except ValueError:
        logging.getLogger("kiosk.test").exception("decoding failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (tmp_path / "kiosk.log").read_text(encoding="utf-8")
    assert "decoding failed" in text
    assert "ValueError" in text
    assert "55021720352285" not in text
    assert not any("55021720352285" in line for line in tail.lines())


def test_full_width_digit_runs_are_masked() -> None:
    assert mask_digit_runs("電話 ０９０１２３４５６７８") == "電話 ###########"
