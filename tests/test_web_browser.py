"""End to end, as an analyst would: headless Chromium (Debian's, driven by Playwright) on a real server over
the ingested corpora and the seed report. Skipped, saying why, without ../shared or /usr/bin/chromium."""
from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import SEED, SHARED, need_shared

from podium.ingest import ingest
from podium.store import open_store
from podium.web.server import running

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
RODONG = SHARED / "corpus" / "rodong-2021-2022.jsonl.gz"
SEED_DATE = "2021-04-08"
SEED_ID = "wpk-cell-secretaries-2021"  # the file name: what `podium ingest FILE --date D` gives it


@pytest.fixture(scope="module")
def corpora(corpus_store, tmp_path_factory) -> Path:
    """The session's KCNA store, copied, with the Rodong Sinmun corpus and the seed report added."""
    db = tmp_path_factory.mktemp("corpora") / "podium.db"
    shutil.copy(corpus_store[0], db)
    engine = open_store(db)
    ingest(engine, [need_shared(RODONG), need_shared(SEED / "wpk-cell-secretaries-2021.txt")], date=SEED_DATE)
    engine.dispose()
    return db


@pytest.fixture(scope="module")
def site(corpora):
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: .ci/install-chromium installs Debian's chromium")
    hosts = set()
    with running(corpora) as base, playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        tab = browser.new_page()
        tab.on("request", lambda request: hosts.add(urlsplit(request.url).hostname))
        yield base, tab
        browser.close()
    assert hosts == {"127.0.0.1"}, f"the pages asked other hosts: {hosts}"


def test_search_leads_to_choe_ryong_hae_and_his_april_2012_posts_with_sources(site):
    base, tab = site
    tab.goto(base + "/")
    tab.keyboard.press("/")  # the search box, from anywhere
    tab.keyboard.type("Choe Ryong Hae")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/search?q=Choe+Ryong+Hae")
    tab.get_by_role("link", name="Choe Ryong Hae", exact=True).first.click()
    tab.wait_for_url("**/people/choe-ryong-hae")
    assert tab.locator("h1").inner_text() == "Choe Ryong Hae"
    april = {}
    for row in tab.locator("table.posts tbody tr").all():
        cells = row.locator("td")
        if cells.nth(1).inner_text().endswith("Apr 2012"):
            april[cells.nth(0).inner_text()] = row.locator("td.evidence a.src").first.get_attribute("href")
    assert "director of the General Political Bureau of the Korean People's Army" in april
    assert any("Presidium of the Political Bureau" in post for post in april)
    assert all(href.startswith("/reports/kcna-201204") for href in april.values())
    tab.goto(base + april["director of the General Political Bureau of the Korean People's Army"])
    assert tab.locator(".report-text a.mark.person", has_text="Choe Ryong Hae").count() >= 1


def test_the_april_2012_party_conference_lists_those_elected_in_protocol_order(site):
    base, tab = site
    tab.goto(base + "/events?name=Conference+of+the+Workers&kind=conference")
    tab.get_by_role("row").filter(has_text="2012").filter(has_text="11 Apr 2012").get_by_role("link").first.click()
    assert tab.locator("h1").inner_text() == "4th Conference of the Workers' Party of Korea"
    rows = tab.locator("table.roster tbody tr")
    elected = [row.locator("td").nth(1).inner_text() for row in rows.all()
               if "elected" in row.locator("td").nth(2).inner_text()]
    politburo = ["Kim Jong Gak", "Jang Song Thaek", "Pak To Chun", "Hyon Chol Hae", "Kim Won Hong", "Ri Myong Su"]
    assert [name for name in elected if name in politburo] == politburo  # the order the report names them in
    assert elected[0] == "Choe Ryong Hae" and "Kim Jong Un" in elected
    first = rows.first.locator("td").nth(3).inner_text()
    assert "member of the Presidium of the Political Bureau" in first


def test_the_seed_report_highlights_jo_yong_won_and_the_conference_of_cell_secretaries(site):
    base, tab = site
    tab.goto(f"{base}/reports/{SEED_ID}")
    text = tab.locator(".report-text")
    # the event's evidence is where the text names it (GUIDELINES v3: a meeting named twice is named as the text
    # names it), not the headline
    assert "Sixth Conference of Cell Secretaries of the Workers’ Party of Korea" in \
        text.locator(".mark.event").all_inner_texts()
    person = text.locator("a.mark.person", has_text="Jo Yong Won").first
    assert person.evaluate("node => getComputedStyle(node).backgroundColor") != "rgba(0, 0, 0, 0)"
    person.click()
    assert tab.locator("h1").inner_text() == "Jo Yong Won"
    tab.go_back()
    tab.get_by_role("link", name="Raw text").click()
    assert "Jo Yong Won" in tab.locator("body").inner_text()


def test_keyboard_and_sorting_work(site):
    base, tab = site
    tab.goto(base + "/people")
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent") == "Skip to content"
    reports = tab.locator("table.sortable tbody tr td:nth-child(2)")
    before = [int(value) for value in reports.all_inner_texts()]
    tab.get_by_role("button", name="Reports").click()  # ascending
    after = [int(value) for value in reports.all_inner_texts()]
    assert before == sorted(before, reverse=True) and after == sorted(before)


def test_companions_by_role_filter_without_javascript(site):
    """Those accompanying Kim Jong Un on his 2012 field guidance, asked through the person page's form in a
    browser with scripts off: the form alone makes the request."""
    base, tab = site
    quiet = tab.context.browser.new_context(java_script_enabled=False)
    page = quiet.new_page()
    page.goto(base + "/people/kim-jong-un")
    form = page.locator("form[action='#by-role']")
    form.locator("select[name=role]").select_option("guided")
    form.locator("input[name=since]").fill("2012-01-01")
    form.locator("input[name=until]").fill("2012-12-31")
    form.get_by_role("button", name="Show").click()
    page.wait_for_load_state()
    assert "role=guided" in page.url and "since=2012-01-01" in page.url
    present = page.locator(".role-group", has=page.locator("h4", has_text="Present"))
    names = present.locator("tbody tr td:first-child").all_inner_texts()
    assert names[:2] == ["Jang Song Thaek", "Choe Ryong Hae"]
    quiet.close()
