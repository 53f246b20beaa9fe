"""A decision acknowledged to the client survives ``kill -9`` of the server.

Starts ``vimod serve`` on a SQLite file as a subprocess, sends requests from several
threads, kills the server with SIGKILL while requests are in flight, restarts it and checks
that every decision that got a 200 is there, unchanged."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from vimod.store.db import make_sessionmaker, transaction
from vimod.store.migrate import init_db
from vimod.store.platforms import create_platform

TESTS = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(db_url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(TESTS),
           "VIMOD_DETECTOR_FACTORY": "api.fakes:FakeDetector",
           "VIMOD_RATE_PER_S": "0", "VIMOD_WEBHOOK_INTERVAL_S": "3600",
           "VIMOD_CONSOLE": "0"}
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "vimod", "serve", "--port", str(port), "--db", db_url,
             "--log-level", "warning"],
            env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail("server did not start within 60 s")


@pytest.mark.slow
def test_acknowledged_decisions_survive_kill_9(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'durable.sqlite'}"
    engine = init_db(db_url)
    with transaction(make_sessionmaker(engine)) as s:
        _, key = create_platform(s, "durable")
    engine.dispose()
    port = _free_port()
    log = tmp_path / "server.log"
    proc = _start(db_url, port, log)

    acked: dict[str, tuple[str, str]] = {}  # item id -> (decision id, action)
    lock = threading.Lock()
    stop = threading.Event()

    def worker(n: int) -> None:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=5,
                          headers={"Authorization": f"Bearer {key}"}) as c:
            i = 0
            while not stop.is_set():
                i += 1
                item = {"id": f"w{n}-{i}", "text": "đồ ngu" if i % 3 == 0 else f"bình luận {i}"}
                if i % 5 == 0:  # batches too
                    body: dict = {"items": [item, {"id": f"w{n}-{i}b", "text": "bọn mọi"}]}
                else:
                    body = item
                try:
                    r = c.post("/v1/moderate", json=body)
                except httpx.HTTPError:
                    continue
                if r.status_code == 200:
                    results = r.json().get("results", [r.json()])
                    with lock:
                        for res in results:
                            acked[res["id"]] = (res["decision_id"], res["action"])

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 30
    while len(acked) < 150 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # mid-load: the workers are still sending
    proc.wait(10)
    stop.set()
    for t in threads:
        t.join(10)
    assert len(acked) >= 50, log.read_text(errors="replace")[-2000:]

    proc = _start(db_url, port, log)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10,
                          headers={"Authorization": f"Bearer {key}"}) as c:
            lost = []
            for item_id, (decision_id, action) in acked.items():
                r = c.get(f"/v1/decisions/{decision_id}")
                if r.status_code != 200 or r.json()["action"] != action \
                        or r.json()["item_id"] != item_id:
                    lost.append((item_id, decision_id, r.status_code))
            assert lost == [], f"{len(lost)} acknowledged decisions lost: {lost[:5]}"
            # Re-sending an acknowledged item replays its decision instead of deciding anew.
            some_id, (some_dec, _) = next(iter(acked.items()))
            text = "đồ ngu" if int(some_id.split("-")[1].rstrip("b")) % 3 == 0 else None
            if text and not some_id.endswith("b"):
                r = c.post("/v1/moderate", json={"id": some_id, "text": text})
                assert r.json()["decision_id"] == some_dec
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
