"""End-to-end tests in a real headless Chromium (Debian's /usr/bin/chromium, driven by
Playwright; no browser is ever downloaded). The real app (``create_app``) runs under uvicorn
on 127.0.0.1 with a temporary SQLite database.

Covers: login, working the queue (filters, keyboard, claim), deciding an item, an appeal
filed through the HTTP API and decided by a second moderator (the first one refused), the
role checks, and CSRF rejection. With ``VIMOD_SCREENSHOTS=1`` the main screens are saved to
docs/screenshots/ (otherwise to a temporary folder, so CI does not rewrite tracked files).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from tests.utils.skips import skip_or_fail
from tests.web.conftest import build_app
from tests.web.factories import PASSWORD, make_user, seed_demo
from vimod.store.models import Appeal, Decision, Item, WebhookEvent

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright  # noqa: F401
    except ImportError:  # pragma: no cover
        skip_or_fail("the playwright package is not installed")
    import uvicorn

    from vimod.store.platforms import create_platform

    app = build_app(tmp_path_factory.mktemp("e2e") / "console.sqlite")
    with app.state.sessionmaker() as s, s.begin():
        platform, key = create_platform(s, "diễn-đàn-xe", actor="test")
        item_ids = seed_demo(s, platform)
        for name, role in (("lan", "moderator"), ("minh", "moderator"), ("quantri", "admin")):
            make_user(s, name, role)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    shots = Path(os.environ["VIMOD_SCREENSHOTS_DIR"]) if os.environ.get("VIMOD_SCREENSHOTS_DIR") \
        else (REPO / "docs" / "screenshots" if os.environ.get("VIMOD_SCREENSHOTS") == "1"
              else tmp_path_factory.mktemp("shots"))
    shots.mkdir(parents=True, exist_ok=True)
    try:
        yield {"app": app, "base": f"http://127.0.0.1:{port}", "key": key, "items": item_ids,
               "shots": shots}
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.engine.dispose()


@pytest.fixture(scope="module")
def browser(live: dict[str, Any]) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _page(browser: Any, live: dict[str, Any]) -> Any:
    context = browser.new_context(base_url=live["base"], viewport={"width": 1280, "height": 800},
                                  locale="vi-VN")
    page = context.new_page()
    page.set_default_timeout(10_000)
    return page


def _login(page: Any, username: str, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/queue")


def _shot(page: Any, live: dict[str, Any], name: str, full: bool = False) -> None:
    path = live["shots"] / f"{name}.png"
    page.screenshot(path=str(path), full_page=full)
    try:  # a 128-colour palette keeps the committed PNGs small and the text crisp
        from PIL import Image
    except ImportError:  # pragma: no cover
        return
    with Image.open(path) as img:
        small = img.convert("RGB").quantize(colors=128, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def _db(live: dict[str, Any]) -> Any:
    return live["app"].state.sessionmaker()


def test_login_and_work_the_queue(browser: Any, live: dict[str, Any]) -> None:
    page = _page(browser, live)
    page.goto("/queue")
    assert page.url.endswith("/login?next=%2Fqueue")
    _shot(page, live, "login")
    page.get_by_label("Tên đăng nhập").fill("lan")
    page.get_by_label("Mật khẩu").fill("sai-mật-khẩu")
    page.get_by_role("button", name="Đăng nhập").click()
    assert "không đúng" in page.locator("[role=alert]").inner_text()
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/queue")
    assert page.locator("html").get_attribute("lang") == "vi"
    rows = page.locator("tr[data-row]")
    assert rows.count() == 10
    # most severe first: the authority request (1.0), then the hateful comment (0.93)
    assert "Chính quyền" in rows.nth(0).inner_text()
    assert "mọi rợ" in rows.nth(1).inner_text()
    _shot(page, live, "queue")
    page.get_by_label("Nguồn").select_option("user_report")
    page.get_by_role("button", name="Lọc").click()
    assert page.locator("tr[data-row]").count() == 3
    page.get_by_label("Sắp xếp").select_option("oldest")
    page.get_by_role("button", name="Lọc").click()
    assert "Bài viết hay quá" in page.locator("tr[data-row]").nth(0).inner_text()
    page.context.close()


def test_claim_and_decide_an_item_with_the_keyboard(browser: Any, live: dict[str, Any]) -> None:
    page = _page(browser, live)
    _login(page, "lan")
    page.keyboard.press("j")
    page.keyboard.press("j")  # second row: the hateful comment
    page.keyboard.press("Enter")
    page.wait_for_url("**/items/*")
    item_id = int(page.url.split("/items/")[1].split("?")[0])
    assert page.locator("blockquote.itemtext mark").first.inner_text() == "mọi rợ"
    page.keyboard.press("c")  # claim
    page.wait_for_selector("text=Bạn đang xử lý")
    _shot(page, live, "item", full=True)

    other = _page(browser, live)  # a second moderator sees the claim
    _login(other, "minh")
    other.goto(f"/items/{item_id}")
    assert "lan đang xử lý" in other.locator("main").inner_text()
    other.context.close()

    page.keyboard.press("o")  # overturn: focus moves to the action select
    assert page.locator("input[value=overturn]").is_checked()
    page.get_by_label("Hành động mới (khi thay đổi)").select_option("remove")
    page.locator("#reason").fill("Lời lẽ miệt thị theo sắc tộc")
    page.get_by_role("button", name="Gửi và sang mục tiếp theo").click()
    page.wait_for_url(f"**/items/*done={item_id}")  # submit & next: the next item opens
    assert "Đã ghi quyết định" in page.locator("[role=status]").first.inner_text()
    with _db(live) as s:
        item = s.get(Item, item_id)
        dec = s.get(Decision, item.current_decision_id)
        assert (dec.action, dec.automated, dec.origin) == ("remove", False, "review")
    page.context.close()


def test_appeal_filed_by_api_is_decided_by_a_second_moderator(
    browser: Any, live: dict[str, Any]
) -> None:
    # lan decides an item, the author appeals that decision through the API
    page = _page(browser, live)
    _login(page, "lan")
    item_id = live["items"][4]
    page.goto(f"/items/{item_id}")
    page.get_by_label("Giữ nguyên → gỡ bỏ").check()
    page.locator("#reason").fill("Kêu gọi bạo lực")
    page.get_by_role("button", name="Gửi và sang mục tiếp theo").click()
    page.wait_for_url(f"**/items/*done={item_id}")
    with _db(live) as s:
        dec = s.get(Decision, s.get(Item, item_id).current_decision_id)
        public_id = dec.public_id
    r = httpx.post(f"{live['base']}/v1/appeals",
                   headers={"Authorization": f"Bearer {live['key']}"},
                   json={"decision_id": public_id,
                         "statement": "Tôi chỉ kể lại lời người khác để phản đối bạo lực."})
    assert r.status_code == 201, r.text
    with _db(live) as s:
        appeal_id = s.scalar(select(Appeal.id).where(Appeal.public_id == r.json()["appeal_id"]))

    # lan made the decision: the console tells her and refuses her verdict
    page.goto(f"/appeals/{appeal_id}")
    assert "một kiểm duyệt viên khác phải xử lý" in page.locator("main").inner_text()
    page.get_by_label("Chấp nhận kháng nghị").check()
    page.get_by_label("Lý do", exact=True).fill("Tự xét lại")
    page.get_by_role("button", name="Gửi quyết định").click()
    assert "người kiểm duyệt khác" in page.locator("[role=alert]").inner_text()
    page.context.close()

    # minh decides it
    page = _page(browser, live)
    _login(page, "minh")
    page.goto("/appeals")
    assert page.locator("tr[data-row]").count() == 1
    _shot(page, live, "appeals")
    page.locator("tr[data-row] a[data-open]").first.click()
    page.wait_for_url(f"**/appeals/{appeal_id}")
    page.get_by_role("button", name="Nhận xử lý").click()
    page.wait_for_selector("text=Bạn đang xử lý")
    page.get_by_label("Chấp nhận kháng nghị").check()
    page.get_by_label("Hành động mới (khi thay đổi)").select_option("allow")
    page.get_by_label("Lý do", exact=True).fill("Trích dẫn để phản đối, không cổ xúy bạo lực")
    _shot(page, live, "appeal", full=True)
    page.get_by_role("button", name="Gửi quyết định").click()
    page.wait_for_url("**/appeals")
    assert "Đã quyết định kháng nghị" in page.locator("[role=status]").first.inner_text()
    with _db(live) as s:
        appeal = s.get(Appeal, appeal_id)
        assert appeal.status == "reversed"
        event = s.scalar(select(WebhookEvent).where(WebhookEvent.event_type == "appeal.decided"))
        assert event.payload["appeal_reason"] == "Trích dẫn để phản đối, không cổ xúy bạo lực"
    page.context.close()


def test_moderator_cannot_reach_admin_pages_but_admin_can(
    browser: Any, live: dict[str, Any]
) -> None:
    page = _page(browser, live)
    _login(page, "lan")
    assert page.get_by_role("link", name="Nhật ký").count() == 0
    for path in ("/audit", "/policy", "/admin/accounts"):
        response = page.goto(path)
        assert response.status == 403, path
        assert "không có quyền" in page.locator("main").inner_text()
    page.context.close()

    page = _page(browser, live)
    _login(page, "quantri")
    page.get_by_role("link", name="Nhật ký").click()
    page.get_by_label("Tìm kiếm").fill("review")
    page.get_by_role("button", name="Tìm kiếm").click()
    assert page.locator("table.grid tbody tr").count() >= 2
    _shot(page, live, "audit")
    page.get_by_role("link", name="Chính sách").click()
    page.get_by_role("button", name="Chạy thử").click()
    page.wait_for_selector("#dry-run-result")
    _shot(page, live, "policy")
    page.goto("/queue?lang=en")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Review queue").count() == 1
    page.context.close()


def test_forms_without_the_right_csrf_token_are_refused(
    browser: Any, live: dict[str, Any]
) -> None:
    page = _page(browser, live)
    _login(page, "lan")
    item_id = live["items"][7]
    status = page.evaluate(
        """async (id) => (await fetch(`/items/${id}/claim`, {method: "POST",
             headers: {"Content-Type": "application/x-www-form-urlencoded"}, body: ""})).status""",
        item_id,
    )
    assert status == 403
    page.goto(f"/items/{item_id}")
    page.evaluate(
        """() => document.querySelectorAll('input[name=csrf_token]')
             .forEach(e => e.value = 'forged')"""
    )
    page.get_by_role("button", name="Nhận xử lý").click()
    page.wait_for_load_state()
    assert "Biểu mẫu đã hết hạn" in page.locator("main").inner_text()
    with _db(live) as s:
        from vimod.store.models import ReviewTask

        task = s.scalar(select(ReviewTask).where(ReviewTask.item_id == item_id))
        assert task.status == "open"
    page.context.close()
