"""A real browser (Debian's Chromium, driven by Selenium) registers on the phone page.

The browser trusts nothing by itself: the test alone passes --ignore-certificate-errors
for the server's self-signed certificate (docs/webreg.md: what a real phone shows instead).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain import RegistrationType, Sex, SituationFlag
from tests.fixtures.browser import chromium, needs_chromium, wait

from .helpers import Kiosk

pytestmark = [pytest.mark.slow, needs_chromium]


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    with chromium(tmp_path / "chromium-profile") as driver:
        yield driver


def _wait(driver: object) -> Any:
    return wait(driver)


def test_a_person_registers_with_a_real_browser(kiosk: Kiosk, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.select import Select

    assert isinstance(browser, WebDriver)
    driver = browser
    driver.get(kiosk.server.registration_url())
    # The browser's Accept-Language (--lang=ja) chose Japanese; the shelter is shown.
    assert driver.find_element(By.TAG_NAME, "h1").text.startswith("避難所の受付")
    assert driver.find_element(By.ID, "shelter-name").text == "第一小学校 体育館"
    # The language picker works without JavaScript: Easy Japanese, then Japanese again.
    Select(driver.find_element(By.ID, "lang")).select_by_value("ja_easy")
    driver.find_element(By.CSS_SELECTOR, "form.lang button").click()
    _wait(driver).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "h1 ruby"))
    )
    Select(driver.find_element(By.ID, "lang")).select_by_value("ja")
    driver.find_element(By.CSS_SELECTOR, "form.lang button").click()
    _wait(driver).until(
        lambda d: (
            d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja"
            and not d.find_elements(By.CSS_SELECTOR, "h1 ruby")
        )
    )
    # The calendar is the browser's own date picker.
    assert driver.find_element(By.ID, "birth_date").get_attribute("type") == "date"

    driver.find_element(By.ID, "name").send_keys("試験　花子")
    driver.find_element(By.ID, "reading").send_keys("しけん はなこ")
    driver.find_element(By.CSS_SELECTOR, "input[name=sex][value=female]").click()
    # Born 昭和59年5月6日, given in the Japanese calendar.
    Select(driver.find_element(By.ID, "era")).select_by_value("showa")
    driver.find_element(By.ID, "era_year").send_keys("59")
    driver.find_element(By.ID, "era_month").send_keys("5")
    driver.find_element(By.ID, "era_day").send_keys("6")
    driver.find_element(By.ID, "address").send_keys("熊本県荒尾市試験町1-2-3")
    driver.find_element(By.ID, "phone").send_keys("090-0000-0000")
    driver.find_element(By.CSS_SELECTOR, "input[name=flag][value=with_pet]").click()
    driver.find_element(By.ID, "message").send_keys("犬がいます")
    driver.find_element(By.ID, "consent").click()
    driver.find_element(By.ID, "submit").click()

    _wait(driver).until(lambda d: d.find_element(By.TAG_NAME, "h1").text == "登録しました")
    page = driver.page_source
    for typed in ("試験", "しけん", "荒尾", "090", "犬"):
        assert typed not in page

    ids = kiosk.store.event_ids()
    assert len(ids) == 1
    event = kiosk.store.get_event(ids[0])
    assert event is not None and event.person is not None
    assert event.registration_type is RegistrationType.QR
    assert event.person.name == "試験　花子"
    assert event.person.birth_date is not None
    assert event.person.birth_date.isoformat() == "1984-05-06"
    assert event.person.sex is Sex.FEMALE
    assert event.situation == {SituationFlag.WITH_PET}
    assert kiosk.store.counts()["pending"] == 1

    # Reloading the "registered" page records nothing more (it is a GET after a 303).
    driver.refresh()
    assert driver.find_element(By.TAG_NAME, "h1").text == "登録しました"
    assert kiosk.store.event_ids() == ids


def test_errors_in_a_real_browser_keep_what_was_typed(kiosk: Kiosk, browser: object) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.remote.webdriver import WebDriver

    assert isinstance(browser, WebDriver)
    driver = browser
    driver.get(kiosk.server.registration_url() + "?lang=en")
    driver.find_element(By.ID, "name").send_keys("Test Person")
    driver.find_element(By.ID, "address").send_keys("1-2-3 Test Town")
    driver.find_element(By.ID, "phone").send_keys("not a number")
    driver.find_element(By.ID, "message").send_keys("a note")
    driver.find_element(By.ID, "consent").click()
    # No birth date (the server requires one: the browser cannot, as the Japanese-calendar
    # fields are the other way to give it) and a bad phone number: two errors come back.
    driver.find_element(By.ID, "submit").click()
    summary = _wait(driver).until(lambda d: d.find_element(By.ID, "errors"))
    assert "Please correct the items marked below" in summary.text
    assert "Use digits, spaces, + and - only." in driver.page_source
    assert "This is required." in driver.find_element(By.ID, "birth").text
    assert driver.find_element(By.ID, "name").get_attribute("value") == "Test Person"
    assert driver.find_element(By.ID, "address").get_attribute("value") == "1-2-3 Test Town"
    assert driver.find_element(By.ID, "message").get_attribute("value") == "a note"
    assert driver.find_element(By.ID, "consent").is_selected()
    assert driver.find_element(By.ID, "phone").get_attribute("aria-invalid") == "true"
    assert kiosk.store.event_ids() == []
