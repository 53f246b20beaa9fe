"""Drive the review console in Debian's Chromium like a moderator and count what it costs:
actions (keystrokes, clicks, choices in a list) and seconds.

    nice .venv/bin/python bench/bench_console_keys.py            # prints a table
    nice .venv/bin/python bench/bench_console_keys.py --items 20

Seeds a temporary SQLite database through the store (ordinary held items with realistic
Vietnamese texts, plus a 30-comment loan-scam wave with variants: other amounts and phone
numbers, no diacritics), runs the real app under uvicorn on 127.0.0.1, logs in through the
form and then:

- **spam wave**: from the queue, tick the wave's row, choose the canned reason "scam",
  submit (one decision per item is checked in the database afterwards);
- **ordinary items**: from the queue, ``Enter`` (opens and claims the first row), ``1``
  (the first canned reason, the likeliest category first), ``Enter`` (submit & next); the
  next items are decided from where "submit & next" lands (``1``, ``Enter``).

Only the moderator's own inputs are counted, never page loads. ``tests/web/
test_e2e_console_v2.py`` runs the same flows and checks the bounds of issue #12 (a wave in
≤ 5 actions, an item from the queue in ≤ 3 keystrokes).
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "bench-password-12"
WAVE = [
    "Vay tiền nhanh {n} triệu không cần thế chấp, giải ngân trong 5 phút, liên hệ zalo 09{p}",
    "Vay tien nhanh {n} trieu khong can the chap, giai ngan trong 5 phut, lien he zalo 09{p}",
    "VAY TIỀN NHANH {n} TRIỆU không cần thế chấp!!! giải ngân trong 5 phút, liên hệ zalo 09{p}",
]
ORDINARY = [
    "Bọn mọi rợ này cút hết về rừng đi, đừng ở đây làm bẩn khu phố",
    "Thằng đó đáng bị đánh cho chết, loại người như nó",
    "Nhóm người đó toàn lừa đảo, gặp là phải đuổi đi",
    "Dân vùng đó toàn một lũ ăn bám, đừng cho chúng nó vào làm",
    "Loại đàn bà như mày thì chỉ biết ở nhà mà đẻ thôi",
    "Bọn bắc kỳ chó này ra đường là thấy ghét",
    "Tụi nam kỳ lười biếng, chỉ biết ăn chơi",
    "Người dân tộc thì biết gì mà đòi học đại học",
    "Mấy đứa theo đạo đó toàn cuồng tín, nên đuổi hết khỏi xóm",
    "Con gái học kỹ thuật làm gì, về lấy chồng cho xong",
    "Thằng què đó đi xin việc làm gì cho mất thời gian người ta",
    "Dân tỉnh lẻ lên thành phố chỉ tổ làm kẹt xe với ăn cắp",
    "Bọn pê đê này đừng có xuất hiện trước mặt tao",
    "Lũ người nước đó sang đây chỉ để buôn lậu thôi",
    "Cả họ nhà nó toàn lũ lừa đảo, đừng có tin",
    "Tao mà gặp thằng admin này ngoài đường thì nó biết tay",
]


@dataclass
class Counter:
    """What the moderator did: every keystroke, click and list choice is one action."""

    actions: int = 0
    log: list[str] = field(default_factory=list)

    def press(self, page: Any, key: str) -> None:
        self.actions += 1
        self.log.append(f"key {key}")
        page.keyboard.press(key)

    def click(self, locator: Any, what: str) -> None:
        self.actions += 1
        self.log.append(f"click {what}")
        locator.click()

    def choose(self, locator: Any, value: str) -> None:
        self.actions += 1
        self.log.append(f"choose {value}")
        locator.select_option(value)


def seed(factory: Any, n_items: int, wave: int = 30) -> dict[str, Any]:
    """Moderators, ordinary held items (HATE identity attacks) and a loan-scam wave."""
    from vimod.store.models import Decision, Item, Platform, ReviewTask
    from vimod.store.moderation import new_public_id
    from vimod.store.users import create_user

    now = datetime.now(UTC)
    with factory() as s, s.begin():
        platform = Platform(name="diễn-đàn-xe")
        s.add(platform)
        s.flush()
        for name in ("lan", "minh", "hoa"):
            create_user(s, name, PASSWORD, role="moderator", actor="bench")
        ids: dict[str, list[int]] = {"ordinary": [], "wave": []}
        if n_items > len(ORDINARY):
            raise ValueError(f"at most {len(ORDINARY)} ordinary items (distinct texts)")
        rows = [("ordinary", ORDINARY[i], 0.9 - i * 0.001, "HATE") for i in range(n_items)]
        rows += [("wave", WAVE[i % len(WAVE)].format(n=10 + i, p=12345600 + i), 0.3, "CLEAN")
                 for i in range(wave)]
        for i, (kind, text, severity, label) in enumerate(rows):
            hate = 0.9 if label == "HATE" else 0.02
            cats = ({"identity_attack": 0.85, "insult": 0.3} if label == "HATE"
                    else {"scam": 0.8, "spam": 0.6})
            detection = {"label": label, "model": "bench",
                         "scores": {"CLEAN": round(1 - hate - 0.05, 3), "OFFENSIVE": 0.05,
                                    "HATE": hate},
                         "spam": 0.7 if kind == "wave" else 0.0, "spans": [],
                         "categories": cats}
            item = Item(platform_id=platform.id, external_id=f"b-{i:03d}", text=text,
                        author_id=f"u-{i}", received_at=now - timedelta(minutes=i),
                        label=label, detection=detection)
            s.add(item)
            s.flush()
            d = Decision(public_id=new_public_id("dec"), platform_id=platform.id,
                         item_id=item.id, action="review",
                         rule="scam_review" if kind == "wave" else "hate_review",
                         category="scam" if kind == "wave" else "identity_attack",
                         reason_vi="Có thể vi phạm.", reason_en="May violate.",
                         policy_version="bench-1", model_version="bench",
                         scores=detection["scores"], spans=[], automated=True,
                         origin="automated", created_at=item.received_at)
            s.add(d)
            s.flush()
            item.current_decision_id = d.id
            s.add(ReviewTask(platform_id=platform.id, item_id=item.id, source="automated",
                             severity=severity, created_at=item.received_at))
            ids[kind].append(item.id)
    return ids


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(app: Any) -> Iterator[str]:
    """The app under uvicorn on 127.0.0.1; yields its base URL."""
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def login(page: Any, username: str) -> None:
    page.goto("/login")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/queue")


def clear_wave(page: Any) -> tuple[Counter, float]:
    """From the queue: tick the wave's row, choose "scam", submit."""
    page.goto("/queue")
    c = Counter()
    t0 = time.perf_counter()
    c.click(page.locator('input[name="cluster"][data-count="30"]'), "the wave's row")
    c.choose(page.locator("#bulk-canned"), "scam")
    c.click(page.locator("#bulk-submit"), "decide the selected items")
    page.wait_for_url("**/queue*")
    page.locator(".flash").first.wait_for()
    return c, time.perf_counter() - t0


def decide_from_queue(page: Any, n: int) -> tuple[list[int], list[float]]:
    """Decide ``n`` items: the first from the queue (Enter, 1, Enter), the others from where
    "submit & next" lands (1, Enter). Returns keystrokes and seconds per item."""
    page.goto("/queue")
    keys, secs = [], []
    for i in range(n):
        c = Counter()
        t0 = time.perf_counter()
        if i == 0:
            c.press(page, "Enter")
            page.wait_for_url("**/items/*")
        before = page.url
        c.press(page, "1")
        c.press(page, "Enter")
        page.wait_for_function("u => location.href !== u", arg=before)
        page.wait_for_load_state()
        keys.append(c.actions)
        secs.append(time.perf_counter() - t0)
    return keys, secs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=12, help="ordinary items to decide (≤ 14)")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright
    from sqlalchemy import func, select

    from vimod.api.app import create_app
    from vimod.api.config import Settings
    from vimod.store.models import Decision

    class _Detector:
        version = "bench"

        def predict(self, texts: list[str]) -> list[dict[str, Any]]:
            raise AssertionError("the benchmark does not moderate")

    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(db_url=f"sqlite:///{Path(tmp) / 'keys.sqlite'}",
                                  secret_key="k" * 40), detector=_Detector(), webhooks=False)
        ids = seed(app.state.sessionmaker, args.items + 2)
        with serve(app) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(base_url=base, viewport={"width": 1280, "height": 800},
                                    locale="vi-VN")
            page.set_default_timeout(15_000)
            login(page, "lan")
            wave, wave_s = clear_wave(page)
            keys, secs = decide_from_queue(page, args.items)
            browser.close()
        with app.state.sessionmaker() as s:
            decided_wave = s.scalar(select(func.count(func.distinct(Decision.item_id))).where(
                ~Decision.automated, Decision.item_id.in_(ids["wave"])))
        app.state.engine.dispose()
    print(f"console keystroke benchmark, Chromium {CHROMIUM}, SQLite")
    print(f"{'flow':<44} {'actions':>8} {'seconds':>8}")
    print(f"{'30-comment spam wave (tick, reason, submit)':<44} {wave.actions:>8} "
          f"{wave_s:>8.2f}   ({decided_wave} items decided)")
    print(f"{'first item from the queue (Enter, 1, Enter)':<44} {keys[0]:>8} {secs[0]:>8.2f}")
    if len(keys) > 1:
        print(f"{'each next item, median (1, Enter)':<44} {statistics.median(keys[1:]):>8} "
              f"{statistics.median(secs[1:]):>8.2f}")
    return 0 if decided_wave == len(ids["wave"]) else 1


if __name__ == "__main__":
    sys.exit(main())
