"""Time the console's queue page with 100,000 items waiting, on SQLite, through the real app.

    nice .venv/bin/python bench/bench_queue.py                 # seeds a temp file, prints timings
    nice .venv/bin/python bench/bench_queue.py --items 20000 --requests 30

Seeds one platform with ``--items`` items (3% of them in spam waves of 30 near-duplicates,
clustered by ``vimod.acts.assign_clusters`` as the console does, timed), each with its
automated decision and an open review
task (70% automated holds, 25% user reports, 5% authority requests; labels, surfaces and ages
spread out), plus ``--appeals`` pending appeals, through Core ``executemany``. Then builds the
app with ``vimod.api.app.create_app`` (migrations, session middleware, the console), logs in
as a moderator through the login form, and requests each queue URL ``--requests`` times with
Starlette's TestClient (in-process: no network, but the full ASGI stack, the session cookie,
the database queries and the template rendering). Prints median and p95 per URL, in ms.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from vimod.store.db import make_engine, make_sessionmaker
from vimod.store.migrate import upgrade
from vimod.store.models import Decision, Item, Platform, ReviewTask
from vimod.store.users import create_user

URLS = [
    "/queue",                                  # most severe first, page 1
    "/queue?sort=oldest",                      # oldest first
    "/queue?source=user_report",               # one source
    "/queue?label=HATE&surface=comment",       # filters that join items
    "/queue?age=older7d&sort=oldest",          # age filter
    "/queue?page=200",                         # a deep page (OFFSET 9,950)
    "/queue?claim=unclaimed",                  # console v2 filters
    "/queue?category=hate&sort=oldest",        # joins the current decision
    "/appeals",                                # the appeals queue
]
PASSWORD = "bench-password-1"
#: Words the seeded texts are drawn from (each text is its own draw, so the queue is mostly
#: single items), and ``WAVE_SHARE`` of the items come in spam waves of ``WAVE_SIZE``
#: near-duplicates (the same text with one number changed), clustered like real ones.
WORDS = ("bọn người mày tao nó này kia đi về ở làm gì sao vậy thế được không có là của cho "
         "với mua bán giá rẻ hàng đẹp xấu tốt ngu dốt hay dở bóng đá phim ảnh nhà xe tiền "
         "việc học trường lớp bạn anh chị em ông bà cô chú quán ăn uống ngon chán mệt vui "
         "buồn nhanh chậm sớm muộn hôm nay mai qua tuần tháng năm đường phố chợ sông núi "
         "biển trời mưa nắng gió lạnh nóng điện nước mạng máy tính điện thoại").split()
WAVE_SIZE = 30
WAVE_SHARE = 0.03
TEXTS = [
    "Bọn mọi rợ này cút hết về rừng đi",
    "Đồ ngu, mày biết gì mà nói",
    "Mua ngay giá rẻ, inbox zalo để được giảm thêm",
    "Câm mồm đi, không ai hỏi ý kiến mày",
    "Nhóm người đó toàn lừa đảo, gặp là phải đuổi đi",
]


def seed(url: str, n_items: int, n_appeals: int, seed_value: int = 7) -> None:
    rng = random.Random(seed_value)
    engine = make_engine(url)
    upgrade(engine)
    factory = make_sessionmaker(engine)
    now = datetime.now(UTC)
    with factory() as s, s.begin():
        platform = Platform(name="bench")
        s.add(platform)
        s.flush()
        pid = platform.id
        create_user(s, "bench", PASSWORD, role="moderator", actor="bench")
    batch = 10_000
    for start in range(0, n_items, batch):
        stop = min(n_items, start + batch)
        items, decisions, tasks = [], [], []
        for i in range(start + 1, stop + 1):
            label = rng.choices(["HATE", "OFFENSIVE", "CLEAN"], [0.4, 0.4, 0.2])[0]
            hate = rng.random() if label == "HATE" else rng.random() * 0.2
            received = now - timedelta(minutes=rng.randint(0, 30 * 24 * 60))
            scores = {"CLEAN": round(max(0.0, 1 - hate - 0.1), 4), "OFFENSIVE": 0.1,
                      "HATE": round(hate, 4)}
            if rng.random() < WAVE_SHARE:
                wave = rng.randrange(max(1, int(n_items * WAVE_SHARE / WAVE_SIZE)))
                text = f"{TEXTS[wave % len(TEXTS)]} lô {wave} giá {rng.randint(1, 99)}k"
            else:
                text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
            items.append({
                "id": i, "platform_id": pid, "external_id": f"b-{i}", "text": text,
                "author_id": f"u-{rng.randint(1, 20_000)}",
                "surface": rng.choices(["comment", "username", "marketplace"], [0.8, 0.1, 0.1])[0],
                "received_at": received, "label": label, "current_decision_id": i,
                "detection": {"label": label, "scores": scores, "spam": 0.0,
                              "spans": [{"start": 0, "end": 3, "text": text[:3]}],
                              "model": "bench"},
            })
            decisions.append({
                "id": i, "public_id": f"dec_b{i}", "platform_id": pid, "item_id": i,
                "action": "review", "rule": "hate-medium", "category": "hate",
                "reason_vi": "Có thể thù ghét", "reason_en": "May be hateful",
                "policy_version": "bench-1", "model_version": "bench", "scores": scores,
                "spans": [], "automated": True, "origin": "automated", "created_at": received,
            })
            source = rng.choices(["automated", "user_report", "authority_request"],
                                 [0.70, 0.25, 0.05])[0]
            tasks.append({
                "platform_id": pid, "item_id": i, "source": source, "status": "open",
                "severity": 1.0 if source == "authority_request" else round(hate, 4),
                "created_at": received,
            })
        with engine.begin() as conn:
            conn.execute(insert(Item), items)
            conn.execute(insert(Decision), decisions)
            conn.execute(insert(ReviewTask), tasks)
    if n_appeals:
        from vimod.acts import create_appeal

        with factory() as s, s.begin():
            decs = list(s.scalars(select(Decision.public_id).limit(n_appeals)))
            for public_id in decs:
                create_appeal(s, pid, public_id, statement="Tôi không đồng ý", actor="bench")
    # Near-duplicate clusters, as the console computes them after ingest.
    from vimod.acts import assign_clusters

    t0 = time.perf_counter()
    done = 0
    with factory() as s, s.begin():
        while batch_done := assign_clusters(s, limit=5000):
            done += batch_done
    print(f"clustered {done:,} queued items in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    engine.dispose()


class _Detector:
    def predict(self, texts: list[str]) -> list[dict[str, Any]]:  # never called here
        raise AssertionError("the benchmark does not moderate")


def measure(url: str, requests: int) -> dict[str, tuple[float, float]]:
    from fastapi.testclient import TestClient

    from vimod.api.app import create_app
    from vimod.api.config import Settings

    app = create_app(Settings(db_url=url, secret_key="b" * 40), detector=_Detector(),
                     webhooks=False)
    out = {}
    with TestClient(app, follow_redirects=False) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text)
        assert token
        r = client.post("/login", data={"username": "bench", "password": PASSWORD,
                                        "csrf_token": token.group(1)})
        assert r.status_code == 303, r.status_code
        for path in URLS:
            assert client.get(path).status_code == 200, path  # warm-up, checks it renders
            times = []
            for _ in range(requests):
                t0 = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                assert r.status_code == 200
            times.sort()
            p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
            out[path] = (statistics.median(times), p95)
    app.state.engine.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--appeals", type=int, default=200)
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--keep", type=Path, help="keep the SQLite file here (re-used if present)")
    args = ap.parse_args(argv)
    tmp = None
    if args.keep:
        path = args.keep
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "queue.sqlite"
    url = f"sqlite:///{path}"
    if not path.exists():
        t0 = time.perf_counter()
        seed(url, args.items, args.appeals)
        print(f"seeded {args.items:,} items + tasks, {args.appeals} appeals "
              f"in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    results = measure(url, args.requests)
    print(f"queue page timings, {args.items:,} open tasks, SQLite, {args.requests} requests each")
    print(f"{'URL':<38} {'median ms':>10} {'p95 ms':>8}")
    for path_, (med, p95) in results.items():
        print(f"{path_:<38} {med:>10.1f} {p95:>8.1f}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
