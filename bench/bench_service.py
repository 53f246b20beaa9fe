"""Load benchmark of the HTTP service on loopback (bounded in count and time).

Starts ``vimod serve`` (``--workers`` uvicorn workers) as a subprocess on a fresh SQLite
file or a fresh PostgreSQL database, creates a platform, then drives it at a fixed
concurrency: first single-item requests, then 100-item batches. Prints p50/p99 latency,
requests/s, items/s and errors, and writes them as JSON.

    nice .venv/bin/python bench/bench_service.py --db sqlite --seconds 20
    VIMOD_TEST_PG_URL=postgresql://... .venv/bin/python bench/bench_service.py --db postgresql

Load client (``--client``): ``wrk`` (Debian's ``wrk``, a C event loop; a generated Lua script
gives every request a new item id) when it is installed, else the built-in asyncio httpx
client. The client runs on the same machine (and cores) as the server, so a cheap client
matters: httpx spends about as much CPU per request as the server does. With wrk a phase
runs for ``--seconds``; with httpx it stops after ``--requests`` / ``--batches`` or
``--max-seconds``. Texts are ViHSD dev comments when the corpora are present
(../shared/data), else a fixed list of sentences. Every item id is new, so every request
runs the detector and writes to the database.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]

FALLBACK_TEXTS = [
    "Cảm ơn bạn đã chia sẻ, bài viết rất hữu ích",
    "Sản phẩm dùng tốt, giao hàng nhanh, sẽ ủng hộ tiếp",
    "mày ngu như bò vậy",
    "Đảng nên lắng nghe ý kiến phản biện của nhân dân",
    "Inbox mình để nhận mã giảm giá 50% nhé, số lượng có hạn",
    "Trận này đội nhà đá quá tệ, hlv nên từ chức",
    "Hôm nay trời Hà Nội đẹp quá mọi người ơi",
    "bọn này toàn lũ ăn hại, cút hết đi",
]


def load_texts(limit: int = 2000) -> tuple[list[str], str]:
    try:
        from vimod.corpora import find_data_dir

        data = find_data_dir()
    except Exception:  # noqa: BLE001 - the bench must run without corpora
        data = None
    if data is not None:
        path = Path(data) / "vihsd" / "dev.csv"
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as f:
                texts = [row["free_text"] for row in csv.DictReader(f)
                         if row.get("free_text", "").strip()]
            return texts[:limit], f"ViHSD dev ({min(limit, len(texts))} comments)"
    return FALLBACK_TEXTS, "built-in sentences"


def free_port() -> int:
    """A free port below Linux's ephemeral range (32768-60999), so that no other process's
    outgoing connection or ``bind(0)`` test server takes it between our check and our
    server's bind."""
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(20000, 32000)
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    sys.exit("no free port found")


@contextmanager
def database(kind: str, workdir: Path):  # type: ignore[no-untyped-def]
    if kind == "sqlite":
        yield f"sqlite:///{workdir / 'bench.sqlite'}"
        return
    url = os.environ.get("VIMOD_BENCH_PG_URL") or os.environ.get("VIMOD_TEST_PG_URL")
    if not url:
        sys.exit("set VIMOD_BENCH_PG_URL (or VIMOD_TEST_PG_URL) for --db postgresql")
    from vimod.store.testing import temporary_pg_database

    with temporary_pg_database(url) as db_url:
        yield db_url


def start_server(db_url: str, port: int, log: Path, fake: bool,
                 model: str | None = None, workers: int = 1,
                 rate_per_s: float = 0) -> subprocess.Popen[bytes]:
    # rate_per_s > 0 keeps the rate limiter in the path (on PostgreSQL: one shared upsert
    # per request) with a limit too high to refuse anything.
    env = {**os.environ, "VIMOD_RATE_PER_S": str(rate_per_s), "VIMOD_RATE_BURST": "1000000",
           "VIMOD_WEBHOOK_INTERVAL_S": "3600", "VIMOD_CONSOLE": "0"}
    if model:
        env["VIMOD_MODEL"] = model
    if fake:
        env["PYTHONPATH"] = str(ROOT / "tests")
        env["VIMOD_DETECTOR_FACTORY"] = "api.fakes:FakeDetector"
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "vimod", "serve", "--port", str(port), "--db", db_url,
             "--log-level", "warning", "--workers", str(workers)],
            env=env, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit("server exited:\n" + log.read_text(errors="replace")[-3000:])
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    sys.exit("server did not start")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children (uvicorn workers), from Linux
    /proc, to report CPU per item: a figure that depends less on how busy the shared
    machine is than throughput does."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


async def drive(base: str, key: str, *, texts: list[str], batch: int, total: int,
                concurrency: int, max_seconds: float, tag: str) -> dict[str, Any]:
    lat: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    rng = random.Random(7)
    stop_at = time.monotonic() + max_seconds

    async def one(client: httpx.AsyncClient, n: int) -> None:
        items = [{"id": f"{tag}-{n}-{j}", "text": rng.choice(texts)} for j in range(batch)]
        body = items[0] if batch == 1 else {"items": items}
        t0 = time.perf_counter()
        try:
            r = await client.post("/v1/moderate", json=body)
            code = str(r.status_code)
        except httpx.HTTPError as e:
            code = type(e).__name__
        lat.append(time.perf_counter() - t0)
        if code != "200":
            errors[code] = errors.get(code, 0) + 1

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal sent
        while sent < total and time.monotonic() < stop_at:
            sent += 1
            await one(client, sent)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers={"Authorization": f"Bearer {key}"},
                                 timeout=30, limits=limits) as client:
        # Warm-up (not measured): first requests pay for imports and caches.
        for i in range(5):
            await client.post("/v1/moderate", json={"id": f"{tag}-warm-{i}", "text": texts[0]})
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        wall = time.perf_counter() - t0
    lat.sort()
    n = len(lat)

    def pct(p: float) -> float:
        return round(1000 * lat[min(n - 1, int(p * n))], 1) if n else float("nan")

    return {
        "mode": f"{batch}-item" if batch > 1 else "single-item", "client": "httpx",
        "requests": n, "items": n * batch, "concurrency": concurrency,
        "seconds": round(wall, 2),
        "requests_per_s": round(n / wall, 1), "items_per_s": round(n * batch / wall, 1),
        "p50_ms": pct(0.50), "p99_ms": pct(0.99), "max_ms": pct(1.0),
        "mean_ms": round(1000 * statistics.fmean(lat), 1) if n else None,
        "errors": errors,
    }


WRK_LUA = r"""
-- generated by bench/bench_service.py: every request gets a new item id
local texts = {%(texts)s}
local batch = %(batch)d
local tag = "%(tag)s"
local n = 0
local tid = 0
local counter = 0
local threads = {}
bad = ""
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
  table.insert(threads, thread)
end
function response(status, headers, body)
  if status ~= 200 and #bad < 2000 then
    bad = bad .. "BAD " .. status .. " " .. string.sub(body, 1, 200) .. "\n"
  end
end
function init(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer %(key)s"
end
function request()
  n = n + 1
  local parts = {}
  for j = 1, batch do
    local t = texts[((n * 7919 + j * 104729) %% #texts) + 1]
    parts[j] = string.format('{"id":"%%s-%%d-%%d-%%d","text":%%s}', tag, tid, n, j, t)
  end
  local body
  if batch == 1 then body = parts[1]
  else body = '{"items":[' .. table.concat(parts, ",") .. ']}' end
  return wrk.format(nil, "/v1/moderate", nil, body)
end
function done(summary, latency, requests)
  for _, t in ipairs(threads) do io.write(t:get("bad") or "") end
  io.write(string.format("VIMOD_RESULT %%d %%d %%d %%d %%d %%d %%d %%.1f %%.1f %%.1f %%.1f\n",
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    latency.mean / 1000))
end
"""


def drive_wrk(base: str, key: str, *, texts: list[str], batch: int, seconds: float,
              concurrency: int, tag: str, workdir: Path) -> dict[str, Any]:
    """One phase with wrk (one client thread, ``concurrency`` connections, closed loop)."""
    lua_texts = ",".join("[==[" + json.dumps(t) + "]==]" for t in texts)
    script = workdir / f"wrk-{tag}.lua"
    script.write_text(WRK_LUA % {"texts": lua_texts, "batch": batch, "tag": tag, "key": key},
                      encoding="utf-8")
    # Warm-up (not measured): first requests pay for imports and caches. They must succeed:
    # a failure here means the port answers but not with our server and database.
    for i in range(5):
        r = httpx.post(f"{base}/v1/moderate", json={"id": f"{tag}-warm-{i}", "text": texts[0]},
                       headers={"Authorization": f"Bearer {key}"}, timeout=30)
        if r.status_code != 200:
            sys.exit(f"warm-up request answered {r.status_code}: {r.text[:300]}")
    out = subprocess.run(
        ["wrk", "-t1", f"-c{concurrency}", f"-d{max(1, round(seconds))}s", "--timeout", "30s",
         "-s", str(script), base], capture_output=True, text=True, timeout=seconds + 120)
    m = re.search(r"VIMOD_RESULT (.*)", out.stdout)
    if m is None:
        sys.exit(f"wrk failed:\n{out.stdout}\n{out.stderr}")
    bad = [line for line in out.stdout.splitlines() if line.startswith("BAD ")]
    if bad:
        print("non-2xx answers (first ones):\n" + "\n".join(bad[:10]), file=sys.stderr)
    (n, dur_us, e_conn, e_read, e_write, e_status, e_timeout,
     p50, p99, mx, mean) = (float(x) for x in m.group(1).split())
    wall = dur_us / 1e6
    errors = {k: int(v) for k, v in (("connect", e_conn), ("read", e_read), ("write", e_write),
                                     ("non-2xx", e_status), ("timeout", e_timeout)) if v}
    return {
        "mode": f"{batch}-item" if batch > 1 else "single-item", "client": "wrk",
        "requests": int(n), "items": int(n) * batch, "concurrency": concurrency,
        "seconds": round(wall, 2),
        "requests_per_s": round(n / wall, 1), "items_per_s": round(n * batch / wall, 1),
        "p50_ms": round(p50, 1), "p99_ms": round(p99, 1), "max_ms": round(mx, 1),
        "mean_ms": round(mean, 1), "errors": errors,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    ap.add_argument("--requests", type=int, default=3000, help="single-item requests")
    ap.add_argument("--batches", type=int, default=60, help="100-item batch requests")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--batch-concurrency", type=int, default=2)
    ap.add_argument("--max-seconds", type=float, default=60, help="per phase (httpx client)")
    ap.add_argument("--seconds", type=float, default=20, help="per phase (wrk client)")
    ap.add_argument("--client", choices=["auto", "wrk", "httpx"], default="auto",
                    help="load client (auto: wrk when installed, else httpx)")
    ap.add_argument("--py-spy", type=Path, metavar="SVG",
                    help="record py-spy samples of the server during the single-item phase "
                         "(flame graph; collapsed stacks when the name ends in .txt)")
    ap.add_argument("--fake-detector", action="store_true",
                    help="keyword stand-in instead of the shipped model (service overhead only)")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    ap.add_argument("--rate-per-s", type=float, default=0,
                    help="keep the rate limiter on with this (unreachable) limit; 0: off")
    ap.add_argument("--model", help="model directory (default: the shipped model)")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args()

    texts, source = load_texts()
    client = args.client
    if client == "auto":
        client = "wrk" if shutil.which("wrk") else "httpx"
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp, database(args.db, Path(tmp)) as db_url:
        from vimod.store.db import make_sessionmaker, transaction
        from vimod.store.migrate import init_db
        from vimod.store.platforms import create_platform

        engine = init_db(db_url)
        with transaction(make_sessionmaker(engine)) as s:
            _, key = create_platform(s, "bench")
        engine.dispose()
        port = free_port()
        log = Path(tmp) / "server.log"
        proc = start_server(db_url, port, log, args.fake_detector, args.model, args.workers,
                            args.rate_per_s)
        try:
            base = f"http://127.0.0.1:{port}"
            model = httpx.get(f"{base}/healthz").json()["model_version"]
            results = []
            for batch, total, conc, tag in ((1, args.requests, args.concurrency, "s"),
                                            (100, args.batches, args.batch_concurrency, "b")):
                spy = None
                if args.py_spy and batch == 1:
                    spy = subprocess.Popen(
                        [shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy"),
                         "record", "-o", str(args.py_spy), "--pid", str(proc.pid),
                         "--subprocesses", "--nonblocking", "--format",
                         "raw" if args.py_spy.suffix == ".txt" else "flamegraph"],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                cpu0 = cpu_seconds(proc.pid)
                if client == "wrk":
                    r = drive_wrk(base, key, texts=texts, batch=batch, seconds=args.seconds,
                                  concurrency=conc, tag=tag, workdir=Path(tmp))
                else:
                    r = asyncio.run(drive(base, key, texts=texts, batch=batch, total=total,
                                          concurrency=conc, max_seconds=args.max_seconds,
                                          tag=tag))
                r["server_cpu_ms_per_item"] = round(
                    1000 * (cpu_seconds(proc.pid) - cpu0) / max(1, r["items"]), 2)
                r["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
                if proc.poll() is not None:
                    sys.exit("server exited during the run:\n"
                             + log.read_text(errors="replace")[-3000:])
                if r["errors"]:
                    print("server log (tail):\n" + log.read_text(errors="replace")[-3000:],
                          file=sys.stderr)
                results.append(r)
                if spy is not None:
                    spy.send_signal(signal.SIGINT)
                    spy.wait(60)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
    report = {"db": args.db, "model": model, "workers": args.workers, "texts": source,
              "client": client, "fake_detector": args.fake_detector,
              "cpus": os.cpu_count(), "load_avg_before": load_before, "results": results}
    args.out.mkdir(parents=True, exist_ok=True)
    name = (f"service-{args.db}" + ("-fake" if args.fake_detector else "")
            + (f"-{client}" if client != "wrk" else "")
            + (f"-w{args.workers}" if args.workers > 1 else ""))
    (args.out / f"{name}.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"db={args.db} workers={args.workers} client={client} model={model} "
          f"texts={source} cpus={os.cpu_count()}")
    print(f"load average before: {[round(x, 2) for x in report['load_avg_before']]}, after "
          f"each phase: {[r['load_avg_after'] for r in results]}")
    print("| mode | requests | items/s | req/s | p50 ms | p99 ms | errors | server CPU ms/item |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['mode']} | {r['requests']} | {r['items_per_s']} | {r['requests_per_s']} "
              f"| {r['p50_ms']} | {r['p99_ms']} | {sum(r['errors'].values())} "
              f"| {r['server_cpu_ms_per_item']} |")


if __name__ == "__main__":
    main()
