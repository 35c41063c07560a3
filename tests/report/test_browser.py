"""The HTML report in headless Chromium: numbers match the JSON report, the filter works.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and the ``selenium`` pip
package; skipped when any is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
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
from freshcheck.scan.runner import ScanOptions
from freshcheck.scan.runner import scan_paths as scan

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


LONG_OWNER = "partner-enablement-emea-and-apac-programs@example-corporation.com"
LAYOUT_POLICY = f"""version: 1
freshness:
  default_cadence: 6m
  cadence:
    - match: "decks/**"
      every: 3m
      owner: "{LONG_OWNER}"
    - match: "playbooks/**"
      every: 1y
      owner: "Sales Enablement <sales-enablement@example.com>"
messaging:
  messages:
    - id: onboarding-time
      current: "Acme cuts new-hire onboarding time by 45%."
  terms:
    - retired: ["Insights Pro"]
      use: "Acme Analytics"
compliance:
  banned:
    - phrase: "guaranteed results"
  disclaimers:
    - when: "ROI"
      require: "Results may vary"
"""
PAGE = (
    "# {title}\n\nAcme cuts new-hire onboarding time by 30% in every region.\n\n"
    "Insights Pro dashboards come with guaranteed results and a great ROI.\n"
)


def wide_library(root: Path) -> Path:
    """A library with long folder, file and owner names, and drift in most files."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "freshcheck.yaml").write_text(LAYOUT_POLICY)
    folders = [
        "decks/partner_enablement_programme_2026/emea_and_apac_regional_launches",
        "playbooks/competitive_displacement_and_objection_handling",
        "wiki",
    ]
    stamp = dt.datetime(2026, 2, 1).timestamp()
    for number in range(24):
        folder = root / folders[number % 3]
        folder.mkdir(parents=True, exist_ok=True)
        name = f"Partner_Programme_Launch_Briefing_Final_Approved_Version_{number:02d}.md"
        page = folder / name
        page.write_text(PAGE.format(title=name) if number % 4 else f"# {name}\n")
        os.utime(page, (stamp, stamp))
    return root


def scanned_page(root: Path, tmp_path: Path, options: ReportOptions) -> Path:
    result = scan([root], ScanOptions(as_of=dt.date(2026, 11, 23), cwd=root, jobs=1))
    page = tmp_path / "wide.html"
    write_atomic(page, render_html(result, options))
    return page


@pytest.mark.parametrize("width", [1280, 1920])
def test_the_page_fits_the_window_and_every_label_is_reachable(
    browser: Any, tmp_path: Path, width: int
) -> None:
    by = pytest.importorskip("selenium.webdriver.common.by").By
    root = wide_library(tmp_path / "library")
    page = scanned_page(root, tmp_path, ReportOptions(root_paths=(str(root),)))
    browser.set_window_size(width, 1000)
    browser.get(page.as_uri())
    inner = browser.execute_script("return window.innerWidth")
    assert inner >= width - 20
    assert browser.execute_script("return document.documentElement.scrollWidth") <= inner
    header = browser.find_element(by.XPATH, "//table[@id='files']//th[text()='Findings']")
    assert header.rect["x"] + header.rect["width"] <= inner

    # Every chart label and owner is whole on the page, or whole in its title.
    cut = browser.execute_script(
        "return Array.from(document.querySelectorAll('.bar-label, td.cut'))"
        ".filter(e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)"
        ".filter(e => e.getAttribute('title') !== e.textContent.trim())"
        ".map(e => e.textContent)"
    )
    assert cut == []
    owners = browser.find_elements(by.CSS_SELECTOR, "td.owner")
    assert any(owner.get_attribute("title") == LONG_OWNER for owner in owners)

    # The heading names the library, not ".".
    assert browser.find_element(by.CSS_SELECTOR, "header code").text == "library"


def test_colours_say_one_thing_each_and_details_start_folded(browser: Any, tmp_path: Path) -> None:
    by = pytest.importorskip("selenium.webdriver.common.by").By
    root = wide_library(tmp_path / "library")
    page = scanned_page(root, tmp_path, ReportOptions())
    browser.set_window_size(1280, 1000)
    browser.get(page.as_uri())
    looks = browser.execute_script(
        "const out = {};"
        "for (const c of ['b-overdue', 'b-error', 'b-due-soon', 'b-fresh',"
        "                 'badge sev sev-error', 'badge sev sev-warning', 'badge sev sev-info']) {"
        "  const e = document.createElement('span'); e.className = 'badge ' + c;"
        "  document.body.appendChild(e); const s = getComputedStyle(e);"
        "  out[c] = [s.backgroundColor, s.color, s.borderTopColor].join(' ');"
        "}"
        "return out;"
    )
    assert len(set(looks.values())) == len(looks), looks
    details = browser.find_elements(by.CSS_SELECTOR, "details.file")
    assert details and not any(d.get_attribute("open") for d in details)

    # The headline counts what the JSON report counts, and its links open the file's details.
    result = scan([root], ScanOptions(as_of=dt.date(2026, 11, 23), cwd=root, jobs=1))
    by_rule = json.loads(render_json(result, ReportOptions()))["summary"]["by_rule"]
    for rule in ("messaging/outdated-claim", "messaging/retired-term", "compliance/banned-phrase"):
        card = browser.find_element(by.CSS_SELECTOR, f'[data-rule="{rule}"] .value')
        assert int(card.text) == by_rule[rule] > 0
    link = browser.find_element(by.CSS_SELECTOR, ".start a")
    target = link.get_attribute("href").split("#")[1]
    link.click()
    assert browser.find_element(by.ID, target).get_attribute("open") is not None
    mark = browser.find_element(by.CSS_SELECTOR, f"#{target} .excerpt mark")
    assert mark.text in {"30%", "Insights Pro", "guaranteed results", "ROI"}
    browser.find_element(by.ID, "expand-all").click()
    assert all(d.get_attribute("open") for d in details)
    shot = tmp_path / "wide.png"
    assert browser.save_screenshot(str(shot))


def test_group_by_makes_sections_of_the_details(browser: Any, tmp_path: Path) -> None:
    by = pytest.importorskip("selenium.webdriver.common.by").By
    root = wide_library(tmp_path / "library")
    page = scanned_page(root, tmp_path, ReportOptions(group_by="owner"))
    browser.get(page.as_uri())
    titles = [h.text for h in browser.find_elements(by.CSS_SELECTOR, "h3.group")]
    assert [title.rsplit(" (", 1)[0] for title in titles] == [
        f"Owner: {LONG_OWNER}",
        "Owner: Sales Enablement <sales-enablement@example.com>",
        "Owner: (no owner)",
    ]
