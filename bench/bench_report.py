"""Time the transparency report over 1,000,000 decisions on SQLite.

    nice .venv/bin/python bench/bench_report.py            # seeds a temp file, prints timings
    nice .venv/bin/python bench/bench_report.py --decisions 100000 --keep /tmp/r.sqlite

Seeds one platform with a quarter (2026-01-01 .. 2026-03-31) of history through Core
``executemany`` in 100,000-row transactions: 82% of the decisions are automated (one per item),
16% come from human review of a review task (automated hold, user report or authority request)
and 2% from reversed appeals. Then times ``build_report`` over the whole quarter (weekly series)
and over one month (daily series), each ``--repeat`` times, and prints the best and the median.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from vimod.report import build_report
from vimod.store.db import make_engine, make_sessionmaker
from vimod.store.models import (
    Appeal,
    AuthorityRequest,
    Base,
    Decision,
    Item,
    Platform,
    Review,
    ReviewTask,
    User,
    UserReport,
)

CHUNK = 100_000
START = datetime(2026, 1, 1, tzinfo=UTC)
SECONDS = 90 * 86400
RULES = [
    ("default_allow", "none", "allow", 0.70),
    ("offensive_label", "offensive", "label", 0.12),
    ("hate_remove", "hate", "remove", 0.08),
    ("spam_review", "spam", "review", 0.06),
    ("spam_remove", "spam", "remove", 0.04),
]
SURFACES = ["comment"] * 8 + ["username", "marketplace_listing"]
AUTHORITIES = ["Bộ Thông tin và Truyền thông", "Công an tỉnh Quảng Ninh", "Bộ Công Thương"]
BASES = ["Nghị định 72/2013/NĐ-CP, Điều 5", "Luật An ninh mạng 2018, Điều 16"]


def _chunks(rows, size=CHUNK):  # type: ignore[no-untyped-def]
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def seed(url: str, n_decisions: int, seed_value: int = 7) -> dict[str, float]:
    """Seed the history. Rows get ids in time order, as the append-only service writes them."""
    rng = random.Random(seed_value)
    engine = make_engine(url)
    Base.metadata.create_all(engine)
    n_reviewed = n_decisions * 16 // 100
    n_appeal_decisions = n_decisions * 2 // 100
    n_items = n_decisions - n_reviewed - n_appeal_decisions
    weights = [r[3] for r in RULES]
    t0 = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(insert(Platform.__table__), [{"name": "bench", "public_reports": True}])
        conn.execute(
            insert(User.__table__),
            [{"username": f"mod{i}", "password_hash": "x", "role": "moderator"} for i in (1, 2)],
        )
    item_time = [
        START + timedelta(seconds=s) for s in sorted(rng.randrange(SECONDS) for _ in range(n_items))
    ]
    item_rule = rng.choices(range(len(RULES)), weights, k=n_items)
    items = [
        {
            "id": i + 1,
            "platform_id": 1,
            "external_id": f"e{i + 1}",
            "text": "t",
            "author_id": f"a{i % 5000}",
            "surface": rng.choice(SURFACES),
            "received_at": item_time[i],
            "label": "CLEAN",
            "detection": {},
        }
        for i in range(n_items)
    ]
    decisions = [
        _decision(i + 1, None, item_time[i], "automated", rule=RULES[item_rule[i]])
        for i in range(n_items)
    ]
    # Human review of a random sample of items: task -> review -> decision.
    tasks, reviews, reports, requests, appeals = [], [], [], [], []
    for item in rng.sample(range(1, n_items + 1), n_reviewed):
        created = item_time[item - 1] + timedelta(minutes=rng.randrange(1, 600))
        resolved = created + timedelta(seconds=rng.randrange(60, 3 * 86400))
        roll = rng.random()
        source = "automated" if roll < 0.6 else "user_report" if roll < 0.97 else "authority"
        task = {
            "platform_id": 1,
            "item_id": item,
            "source": source,
            "status": "done",
            "created_at": created,
            "resolved_at": resolved,
            "user_report": None,
            "authority_request": None,
        }
        if source == "user_report":
            task["user_report"] = {
                "platform_id": 1,
                "item_id": item,
                "created_at": created,
                "reason": rng.choice(["hate", "insult", "spam"]),
            }
            reports.append(task["user_report"])
        elif source == "authority":
            task["source"] = "authority_request"
            task["authority_request"] = {
                "platform_id": 1,
                "item_id": item,
                "authority": rng.choice(AUTHORITIES),
                "legal_basis": rng.choice(BASES),
                "created_at": created,
                "decided_at": resolved,
                "outcome": rng.choice(["actioned", "declined", "pending"]),
            }
            requests.append(task["authority_request"])
        tasks.append(task)
        rule, category, action, _ = RULES[item_rule[item - 1]]
        overturn = rng.random() < 0.2
        if overturn:
            action, rule = ("remove" if action == "allow" else "allow"), "moderator"
        decision = _decision(
            item, None, resolved, "review", rule=(rule, category, action), reviewer=1
        )
        decisions.append(decision)
        reviews.append(
            {
                "platform_id": 1,
                "task": task,
                "item_id": item,
                "reviewer_id": 1,
                "verdict": "overturn" if overturn else "uphold",
                "reason": "r",
                "decision": decision,
                "created_at": resolved,
            }
        )
    # Appeals against automated removals/labels; half reversed (each adds a decision).
    candidates = [i for i in range(1, n_items + 1) if RULES[item_rule[i - 1]][2] != "allow"]
    for k, item in enumerate(rng.sample(candidates, 2 * n_appeal_decisions)):
        filed = item_time[item - 1] + timedelta(hours=rng.randrange(1, 48))
        decided = filed + timedelta(seconds=rng.randrange(600, 5 * 86400))
        reversed_ = k < n_appeal_decisions
        appeals.append(
            {
                "platform_id": 1,
                "decision_id": item,
                "item_id": item,
                "statement": "s",
                "status": "reversed" if reversed_ else "upheld",
                "decided_by": 2,
                "decided_at": decided,
                "created_at": filed,
            }
        )
        if reversed_:
            decisions.append(
                _decision(
                    item, None, decided, "appeal", rule=("moderator", "none", "allow"), reviewer=2
                )
            )
    # Ids in time order (automated decision i keeps id i only until this sort: remember them).
    automated_ids = {id(d): d["item_id"] for d in decisions[:n_items]}
    for rows in (decisions, tasks, reviews, reports, requests, appeals):
        rows.sort(key=lambda r: r["created_at"])
        for i, row in enumerate(rows, start=1):
            row["id"] = i
    by_item = {automated_ids[id(d)]: d["id"] for d in decisions if id(d) in automated_ids}
    for a in appeals:
        a["public_id"] = f"apl_{a['id']}"
        a["decision_id"] = by_item[a["decision_id"]]
    for d in decisions:
        d["public_id"] = f"dec_{d['id']}"
    for t in tasks:
        t["user_report_id"] = t.pop("user_report")["id"] if t["user_report"] else None
        ar = t.pop("authority_request")
        t["authority_request_id"] = ar["id"] if ar else None
    for r in reviews:
        r["task_id"] = r.pop("task")["id"]
        r["decision_id"] = r.pop("decision")["id"]
    for table, rows in (
        (Item, items),
        (Decision, decisions),
        (UserReport, reports),
        (AuthorityRequest, requests),
        (ReviewTask, tasks),
        (Review, reviews),
        (Appeal, appeals),
    ):
        for batch in _chunks(rows):
            with engine.begin() as conn:
                conn.execute(insert(table.__table__), batch)
    engine.dispose()
    return {
        "items": n_items,
        "decisions": len(decisions),
        "tasks": len(tasks),
        "appeals": len(appeals),
        "user_reports": len(reports),
        "authority_requests": len(requests),
        "seed_seconds": round(time.perf_counter() - t0, 1),
    }


def _decision(item, _unused, when, origin, *, rule, reviewer=None):  # type: ignore[no-untyped-def]
    name, category, action = rule[0], rule[1], rule[2]
    return {
        "platform_id": 1,
        "item_id": item,
        "action": action,
        "rule": name,
        "category": category,
        "reason_vi": "lý do",
        "reason_en": "reason",
        "policy_version": "b1",
        "model_version": "m1",
        "scores": {},
        "spans": [],
        "automated": origin == "automated",
        "origin": origin,
        "reviewer_id": reviewer,
        "supersedes_id": None,
        "created_at": when,
    }


def time_report(url: str, since: date, until: date, repeat: int) -> list[float]:
    engine = make_engine(url)
    factory = make_sessionmaker(engine)
    times = []
    for _ in range(repeat):
        with factory() as s:
            t0 = time.perf_counter()
            report = build_report(s, since=since, until=until, platform="bench")
            times.append(time.perf_counter() - t0)
    engine.dispose()
    print(
        f"  {since}..{until}: {report.decisions.total:,} decisions, "
        f"{len(report.series.buckets)} {report.period.granularity} buckets"
    )
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--decisions", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="SQLite file to create (default: a temp file)")
    args = ap.parse_args()
    tmp = None
    if args.keep:
        path = args.keep
    else:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "bench.sqlite"
    url = f"sqlite:///{path}"
    if not path.exists():
        print(f"seeding {args.decisions:,} decisions into {path} ...")
        print("  ", seed(url, args.decisions))
    for since, until in (
        (date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 2, 1), date(2026, 2, 28)),
    ):
        times = time_report(url, since, until, args.repeat)
        print(
            f"  build_report: best {min(times):.2f} s, median {statistics.median(times):.2f} s "
            f"over {len(times)} runs"
        )
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
