"""Screenshots of the workbench's pages, taken by headless Chromium (Debian's), into bench/screenshots/ (not
committed): look at them before calling a page done.

    .venv/bin/python bench/screenshots.py --db podium.db

The store should hold both corpora and the seed report (`make demo`, then `podium ingest` of the rodong corpus
and of ../shared/seed/wpk-cell-secretaries-2021.txt --date 2021-04-08).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from podium.web.server import running

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
PAGES = {
    "home": "/",
    "search": "/search?q=Choe+Ryong+Hae",
    "person": "/people/choe-ryong-hae",
    "person-companions": "/people/kim-jong-un?role=guided&since=2012-01-01&until=2012-12-31#by-role",
    "event": "/events/conference-workers-party-korea-4",
    "report-seed": "/reports/wpk-cell-secretaries-2021",
    "body": "/bodies/wpk-cc-politburo?on=2012-05-01",
    "bodies": "/bodies",
    "changes": "/changes?since=2012-04-01&until=2012-04-30&significance=stated",
    "holders": "/holders?post=member%40wpk-cc-politburo-presidium&on=2012-05-01",
    "people": "/people",
    "events": "/events",
    "reports": "/reports?q=%22Party+Conference%22",
    "not-found": "/people/no-such-person",
}
OUT = Path(__file__).parent / "screenshots"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="podium.db")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--full-page", action="store_true", help="The whole page, not the first screen.")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    with running(args.db) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": args.width, "height": 900})
        for name, path in PAGES.items():
            tab.goto(base + path)
            tab.screenshot(path=str(OUT / f"{name}.png"), full_page=args.full_page)
            print(f"{OUT / name}.png  {path}")
        browser.close()


if __name__ == "__main__":
    main()
