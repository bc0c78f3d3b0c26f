"""The digit masking of logs and server texts: personal numbers are masked, a server's
address (a URL's host and port, an IPv4 address and port) is not personal and stays readable."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kiosk import logging_setup
from kiosk.redaction import mask_digit_runs


@pytest.mark.parametrize(
    "text",
    [
        "demo: reference management server on http://127.0.0.1:54321",
        "sending to https://shelter.example.city.lg.jp:8443/api",
        "vpcd at 127.0.0.1:35963",
        "server [::1]: http://[::1]:40123/v1",
    ],
)
def test_a_server_address_is_not_masked(text: str) -> None:
    assert mask_digit_runs(text) == text


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("phone 090-1234-5678", "1234"),
        ("phone 09012345678", "09012345678"),
        ("phone +81 90 1234 5678", "5678"),
        ("tel:09012345678", "09012345678"),
        ("電話 ０９０１２３４５６７８", "０９０１２３４５６７８"),
        ("https://city.example.jp/people?phone=09012345678", "09012345678"),
        ("https://city.example.jp/people/09012345678", "09012345678"),
        ("tel://09012345678", "09012345678"),
        ("https://user:1234@city.example.jp/", "1234"),
        ("born 1980.02.17 at 127.0.0.1:5432", "1980"),
    ],
)
def test_a_phone_number_is_still_masked(text: str, phone: str) -> None:
    assert phone not in mask_digit_runs(text)


def test_the_log_keeps_the_demo_servers_address(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        tail = logging_setup.configure(tmp_path)
        url = "http://127.0.0.1:54321"
        logging.getLogger("kiosk.ui.services").info("server on %s, phone %s", url, "09012345678")
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
    line = tail.lines()[-1]
    assert url in line
    assert "09012345678" not in line
