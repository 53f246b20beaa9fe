"""The HTML report in a real headless Chromium (Debian's /usr/bin/chromium via Playwright; no
browser is ever downloaded): it renders, draws its three charts, makes no request beyond its
own file, and (with VIMOD_SCREENSHOTS=1) refreshes docs/screenshots/report.png."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.report.factories import History
from tests.utils.skips import skip_or_fail
from vimod.report import build_report
from vimod.report.render import render_html

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "report.png"

pytestmark = pytest.mark.browser


def test_html_report_renders_offline_in_chromium(
    factory: sessionmaker[Session], history: History, tmp_path: Path
) -> None:
    if factory.kw["bind"].dialect.name != "sqlite":
        pytest.skip("rendering does not depend on the database; done once, on SQLite")
    if not os.access(CHROMIUM, os.X_OK):
        skip_or_fail(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("the playwright package is not installed")
    with factory() as s:
        report = build_report(s, since=date(2026, 3, 2), until=date(2026, 3, 8), platform="forum")
    # Like the console's browser tests: the README's screenshot is refreshed only on request
    # (VIMOD_SCREENSHOTS=1), so a test run never rewrites tracked files.
    shot = DOCS_SCREENSHOT if os.environ.get("VIMOD_SCREENSHOTS") == "1" else tmp_path / "r.png"
    page_file = tmp_path / "report.html"
    page_file.write_text(render_html(report), encoding="utf-8")

    requests: list[str] = []
    failed: list[str] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.on("requestfailed", lambda r: failed.append(r.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(page_file.as_uri(), wait_until="networkidle")
            assert page.title().startswith("Báo cáo minh bạch")
            assert "Transparency report" in page.inner_text("h1")
            boxes = [svg.bounding_box() for svg in page.query_selector_all("figure svg")]
            assert len(boxes) == 3
            assert all(b is not None and b["width"] > 200 and b["height"] > 80 for b in boxes)
            # The authority-request table is there, with its pending row.
            assert "Bộ Thông tin và Truyền thông" in page.inner_text("#s-authority ~ *, body")
            shot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert requests == [page_file.as_uri()], requests
    assert failed == [] and errors == []
    assert shot.stat().st_size > 20_000
