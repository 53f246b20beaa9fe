"""Console v2 end to end in Debian's Chromium (Playwright; no browser is downloaded): a
30-item spam wave cleared in one act, an item decided from the queue in three keystrokes,
two moderators at once (the claim shows up live on the other's queue, the other's form is
locked), a lapsed claim taken over, a session that expires while typing (the draft comes
back after logging in again), styled error pages, and the phone layout.

The flows and the action counter are those of ``bench/bench_console_keys.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select, update

from tests.utils.skips import skip_or_fail
from tests.web.conftest import build_app
from vimod.store.models import Decision, ReviewTask

pytestmark = [pytest.mark.browser, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]


def _bench() -> ModuleType:
    path = REPO / "bench" / "bench_console_keys.py"
    spec = importlib.util.spec_from_file_location("bench_console_keys", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


bench = _bench()


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    if not Path(bench.CHROMIUM).exists():
        skip_or_fail(f"{bench.CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright  # noqa: F401
    except ImportError:  # pragma: no cover
        skip_or_fail("the playwright package is not installed")
    app = build_app(tmp_path_factory.mktemp("e2e-v2") / "console.sqlite")
    ids = bench.seed(app.state.sessionmaker, 14)
    with bench.serve(app) as base:
        yield {"app": app, "base": base, "ids": ids}
    app.state.engine.dispose()


@pytest.fixture(scope="module")
def browser(live: dict[str, Any]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=bench.CHROMIUM, args=bench.ARGS, headless=True)
        yield b
        b.close()


def _page(browser: Any, live: dict[str, Any], width: int = 1280, height: int = 800) -> Any:
    context = browser.new_context(base_url=live["base"], locale="vi-VN",
                                  viewport={"width": width, "height": height})
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def _shot(page: Any, name: str) -> None:
    """With VIMOD_SCREENSHOTS=1, save the screen to docs/screenshots/ (as test_e2e_browser)."""
    import os

    if os.environ.get("VIMOD_SCREENSHOTS") == "1":
        page.screenshot(path=str(REPO / "docs" / "screenshots" / f"{name}.png"))


def _human(live: dict[str, Any], item_ids: list[int]) -> int:
    with live["app"].state.sessionmaker() as s:
        return int(s.scalar(select(func.count(func.distinct(Decision.item_id))).where(
            ~Decision.automated, Decision.item_id.in_(item_ids))) or 0)


def test_a_30_item_spam_wave_takes_at_most_5_actions(browser: Any, live: dict[str, Any]) -> None:
    page = _page(browser, live)
    bench.login(page, "hoa")
    page.goto("/queue")
    row = page.locator("tr[data-row]", has=page.locator('input[name="cluster"][data-count="30"]'))
    assert "×30 gần giống nhau" in row.inner_text()
    _shot(page, "queue-wave")
    counter, _ = bench.clear_wave(page)
    assert counter.actions <= 5, counter.log
    assert "Đã quyết định 30 nội dung." in page.locator(".flash").first.inner_text()
    assert _human(live, live["ids"]["wave"]) == 30
    with live["app"].state.sessionmaker() as s:
        cats = set(s.scalars(select(Decision.category).where(
            ~Decision.automated, Decision.item_id.in_(live["ids"]["wave"]))))
    assert cats == {"scam"}
    page.context.close()


def test_an_item_from_the_queue_takes_3_keystrokes_then_next_opens(
    browser: Any, live: dict[str, Any],
) -> None:
    page = _page(browser, live)
    bench.login(page, "lan")
    before = _human(live, live["ids"]["ordinary"])
    keys, _ = bench.decide_from_queue(page, 3)
    assert keys[0] <= 3 and all(k <= 2 for k in keys[1:]), keys
    assert _human(live, live["ids"]["ordinary"]) == before + 3
    assert "/items/" in page.url and "Bạn đang xử lý" in page.content()  # the next one, claimed
    page.context.close()


def test_two_moderators_lapsed_claim_and_live_queue(browser: Any, live: dict[str, Any]) -> None:
    lan, minh = _page(browser, live), _page(browser, live)
    bench.login(lan, "lan")
    bench.login(minh, "minh")
    minh.goto("/queue")
    first = minh.locator("tr[data-row]", has=minh.locator("[data-claim]", has_text="Chưa ai nhận")
                         ).first
    item_id = int(first.get_attribute("data-item"))
    assert "Chưa ai nhận" in first.locator("[data-claim]").inner_text()
    lan.goto(f"/items/{item_id}?claim=1")
    assert "Bạn đang xử lý" in lan.content()
    # minh's queue learns about lan's claim without a reload (polled every 10 s).
    minh.wait_for_function(
        "id => document.querySelector(`tr[data-item='${id}'] [data-claim]`)"
        ".textContent.includes('lan')", arg=str(item_id), timeout=15_000)
    minh.goto(f"/items/{item_id}")
    assert minh.locator("#submit-next").is_disabled()
    assert minh.locator("input[data-canned='1']").is_disabled()
    assert "lan đang xử lý nội dung này" in minh.locator("#locked").inner_text()
    # The claim lapses: minh sees it as lapsed and takes the item.
    with live["app"].state.sessionmaker() as s, s.begin():
        s.execute(update(ReviewTask).where(ReviewTask.item_id == item_id)
                  .values(claimed_at=datetime.now(UTC) - timedelta(minutes=31)))
    minh.goto("/queue")
    assert "Quyền nhận của lan đã hết hạn" in minh.locator(
        f"tr[data-item='{item_id}']").inner_text()
    minh.goto(f"/items/{item_id}")
    assert "bạn có thể nhận" in minh.locator("#lapsed").inner_text()
    minh.keyboard.press("c")
    minh.locator(".work-side .badge.mine").wait_for()
    assert minh.locator("#submit-next").is_enabled()
    lan.context.close()
    minh.context.close()


def test_an_expired_session_keeps_the_draft(browser: Any, live: dict[str, Any]) -> None:
    page = _page(browser, live)
    bench.login(page, "lan")
    page.goto("/queue")
    item_id = int(page.locator("tr[data-row]").first.get_attribute("data-item"))
    page.goto(f"/items/{item_id}?claim=1")
    page.locator('input[name="verdict"][value="escalate"]').check()
    page.locator("#reason").fill("Cần trưởng nhóm xem: có thể là lời đe dọa thật")
    page.context.clear_cookies()  # the session expires while the moderator types
    page.locator("#submit-next").click()
    page.wait_for_url("**/login*")
    assert '{"detail"' not in page.content()  # never a raw JSON page
    page.get_by_label("Tên đăng nhập").fill("lan")
    page.get_by_label("Mật khẩu").fill(bench.PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"**/items/{item_id}*")
    assert page.locator("#reason").input_value() == "Cần trưởng nhóm xem: có thể là lời đe dọa thật"
    assert page.locator('input[name="verdict"][value="escalate"]').is_checked()
    assert page.locator("#draft-note").is_visible()
    page.context.close()


def test_error_pages_are_styled_and_vietnamese(browser: Any, live: dict[str, Any]) -> None:
    page = _page(browser, live)
    bench.login(page, "lan")
    for url in ("/items/khong-co", "/khong/co/trang/nay"):
        response = page.goto(url)
        assert response is not None and response.status == 404
        assert page.locator("h1").inner_text() == "Lỗi 404"
        assert "Không tìm thấy trang này." in page.content()
    page.goto("/lookup?q=b-001")
    assert "/items/" in page.url and "b-001" in page.content()
    page.context.close()


def test_phone_layout_fits_390px(browser: Any, live: dict[str, Any]) -> None:
    page = _page(browser, live, width=390, height=844)
    bench.login(page, "lan")
    page.goto("/queue")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    _shot(page, "queue-phone")
    page.locator("tr[data-row] a[data-open]").first.click()
    page.wait_for_url("**/items/*")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.context.close()
