"""The HTML report in headless Chromium: numbers match the JSON report, the filter works.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and the ``selenium`` pip
package; skipped when any is missing.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from freshcheck.atomic import write_atomic
from freshcheck.model import ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.html_report import render_html
from freshcheck.report.json_report import render_json

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.browser


@pytest.fixture()
def browser(tmp_path: Path) -> Iterator[Any]:
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("Chromium and chromedriver are not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    service_module = pytest.importorskip("selenium.webdriver.chrome.service")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1300,1000",
        f"--user-data-dir={tmp_path / 'profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=service_module.Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_report_in_a_browser(browser: Any, result: ScanResult, tmp_path: Path) -> None:
    by = pytest.importorskip("selenium.webdriver.common.by").By
    keys = pytest.importorskip("selenium.webdriver.common.keys").Keys
    select_module = pytest.importorskip("selenium.webdriver.support.select")
    page = tmp_path / "report.html"
    write_atomic(page, render_html(result, ReportOptions()))
    summary = json.loads(render_json(result, ReportOptions()))["summary"]
    browser.get(page.as_uri())

    def card(metric: str) -> int:
        element = browser.find_element(by.CSS_SELECTOR, f'[data-metric="{metric}"] .value')
        return int(element.text)

    assert card("files") == summary["files"]
    assert card("overdue") == summary["by_status"]["overdue"]
    assert card("due-soon") == summary["by_status"]["due-soon"]
    assert card("unreadable") == summary["by_status"]["error"]
    assert card("findings") == summary["findings"]

    def visible_rows() -> list[str]:
        rows = browser.find_elements(by.CSS_SELECTOR, "#files tbody tr")
        return [row.find_element(by.TAG_NAME, "code").text for row in rows if row.is_displayed()]

    assert len(visible_rows()) == summary["files"]
    browser.find_element(by.ID, "filter").send_keys("decks/")
    assert visible_rows() == ["decks/broken.pptx", "decks/intro.pptx", "decks/q3-pitch.pptx"]
    assert browser.find_element(by.ID, "visible-count").text == "3"
    status = select_module.Select(browser.find_element(by.ID, "status-filter"))
    status.select_by_value("overdue")
    assert visible_rows() == ["decks/q3-pitch.pptx"]
    browser.find_element(by.ID, "filter").send_keys(keys.BACKSPACE * 6)
    assert visible_rows() == ["decks/q3-pitch.pptx", "notes/call-script.txt"]
    status.select_by_value("")
    assert len(visible_rows()) == summary["files"]

    # Sorting by the Findings column puts the file with the most findings last.
    browser.find_element(by.XPATH, "//table[@id='files']//th[text()='Findings']").click()
    assert visible_rows()[-1] == "decks/q3-pitch.pptx"

    # Escaped document text shows as text; no script from a document ran.
    assert browser.execute_script("return document.scripts.length") == 1
    faq_xpath = "//details[summary/code[text()='web/faq.html']]"
    faq = browser.find_element(by.XPATH, faq_xpath).get_attribute("textContent")
    assert "</script><script>alert(document.cookie)</script> guaranteed results" in faq
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
