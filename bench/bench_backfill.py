"""Backfill throughput: N synthetic items re-scored with the shipped model and re-decided
with the shipped policy (dry run), on one process, on every local core, and as a Ray Data
job with 1 and 2 scoring actors on a local two-node cluster (head + one worker, one CPU
each, loopback).

    nice .venv/bin/python bench/bench_backfill.py --items 1000000 --db sqlite
    nice .venv/bin/python bench/bench_backfill.py --items 50000 --modes single,local,ray1,ray2

The items are synthetic (templates of ordinary and abusive Vietnamese phrases with numbers;
no corpus text) and stored through vimod.store.moderation.record_automated with a constant
detection, so that the backfill has something to change. Results: bench/results/backfill.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Before Ray is imported: the local two-node cluster and the driver on 127.0.0.1 only.
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"

_PHRASES = ["bài viết hay quá", "cảm ơn bạn nhiều", "đồ ngu", "sản phẩm tốt, giao nhanh",
            "mua ngay giá rẻ inbox", "thằng này óc chó", "hôm nay trời đẹp", "ý kiến của bạn sai",
            "chính phủ cần minh bạch hơn", "đm mày", "quán này ngon", "về quê mà sống"]


def seed(db_url: str, n: int, batch: int = 5000) -> None:
    from vimod.policy import Policy
    from vimod.store.db import make_sessionmaker, transaction
    from vimod.store.migrate import init_db
    from vimod.store.moderation import Automated, NewItem, record_automated
    from vimod.store.platforms import create_platform

    engine = init_db(db_url)
    factory = make_sessionmaker(engine)
    policy = Policy.load()
    det = {"label": "CLEAN", "scores": {"CLEAN": 1.0, "OFFENSIVE": 0.0, "HATE": 0.0},
           "spam": 0.0, "spans": [], "model": "seed"}
    decision = policy.decide({"surface": "comment"}, det)
    rng = random.Random(13)
    with transaction(factory) as s:
        pid = create_platform(s, "bench")[0].id
    for start in range(0, n, batch):
        entries = [Automated(NewItem(f"b{i}", f"{rng.choice(_PHRASES)} {rng.choice(_PHRASES)} "
                                                f"{i}"), det, decision)
                   for i in range(start, min(n, start + batch))]
        with transaction(factory) as s:
            record_automated(s, pid, entries, actor="cli")
    engine.dispose()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--modes", default="single,local,ray1,ray2")
    ap.add_argument("--chunk", type=int, default=5000)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "backfill.json")
    args = ap.parse_args()
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    # Every node and the driver on 127.0.0.1: Ray otherwise swaps a loopback address for
    # the machine's outward IP, where this loopback-only cluster does not listen.
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    tmp = Path(tempfile.mkdtemp(prefix="vimod-bf-"))
    if args.db == "postgresql":
        from vimod.store.testing import temporary_pg_database

        ctx = temporary_pg_database(os.environ["VIMOD_TEST_PG_URL"])
        db_url = ctx.__enter__()
    else:
        db_url = f"sqlite:///{tmp / 'bf.sqlite'}"
    t = time.perf_counter()
    seed(db_url, args.items)
    print(f"seeded {args.items} items in {time.perf_counter() - t:.1f} s", file=sys.stderr)

    from vimod.jobs import backfill
    results: dict[str, object] = {"items": args.items, "db": args.db, "chunk": args.chunk,
                                  "cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}
    modes = args.modes.split(",")
    for mode in [m for m in modes if m in ("single", "local")]:
        t = time.perf_counter()
        r = backfill(db_url, workers=1 if mode == "single" else None, chunk_size=args.chunk)
        dt = time.perf_counter() - t
        results[mode] = {"seconds": round(dt, 2), "items_per_s": round(r.total / dt, 1),
                         "changed": r.changed}
        print(mode, results[mode], file=sys.stderr)
    ray_modes = [m for m in modes if m.startswith("ray")]
    if ray_modes:
        import ray
        from ray.cluster_utils import Cluster

        from vimod.jobs.ray_jobs import backfill_on_ray

        c = Cluster(initialize_head=True, head_node_args={
            "num_cpus": 1, "include_dashboard": False, "node_ip_address": "127.0.0.1"})
        c.add_node(num_cpus=1, node_ip_address="127.0.0.1")
        c.wait_for_nodes()
        try:
            for mode in ray_modes:
                t = time.perf_counter()
                r = backfill_on_ray(c.address, db_url, chunk_size=args.chunk,
                                    concurrency=int(mode[3:]))
                dt = time.perf_counter() - t
                results[mode] = {"seconds": round(dt, 2), "items_per_s": round(r.total / dt, 1),
                                 "changed": r.changed}
                print(mode, results[mode], file=sys.stderr)
        finally:
            ray.shutdown()
            c.shutdown()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
