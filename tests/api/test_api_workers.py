"""`vimod serve --workers 2` on one PostgreSQL, as real processes on loopback: a revoked
key is refused by every worker within 1 s, an activated policy is used by every worker
within 2 s, the rate limit holds across workers, and killing one worker (SIGKILL) loses no
acknowledged decision."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.utils.skips import skip_or_fail
from vimod.policy import Policy
from vimod.store.db import make_sessionmaker, read_transaction, transaction
from vimod.store.migrate import init_db
from vimod.store.models import Decision
from vimod.store.platforms import create_api_key, create_platform, revoke_api_key
from vimod.store.policies import record_policy
from vimod.store.testing import temporary_pg_database

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

TESTS = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _children(pid: int) -> list[int]:
    """Worker processes of a uvicorn supervisor (its children that run a spawned worker)."""
    out = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmd = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid and "multiprocessing.spawn" in cmd and "resource_tracker" not in cmd:
            out.append(int(entry.name))
    return out


class Server:
    def __init__(self, db_url: str, tmp: Path, **env: str) -> None:
        self.port = _free_port()
        self.log = tmp / f"server-{self.port}.log"
        full_env = {**os.environ, "PYTHONPATH": str(TESTS),
                    "VIMOD_DETECTOR_FACTORY": "api.fakes:FakeDetector",
                    "VIMOD_WEBHOOK_INTERVAL_S": "3600", "VIMOD_CONSOLE": "0",
                    "VIMOD_SECRET_KEY": "w" * 40, **env}
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "vimod", "serve", "--port", str(self.port), "--db",
                 db_url, "--workers", "2", "--log-level", "warning"],
                env=full_env, stdout=out, stderr=subprocess.STDOUT, cwd=tmp)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"server exited: {self.log.read_text(errors='replace')[-2000:]}")
            if len(self.workers()) == 2:
                try:
                    if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
            time.sleep(0.1)
        self.stop()
        pytest.fail("server did not start two workers within 90 s")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def workers(self) -> list[int]:
        return _children(self.proc.pid)

    def post(self, key: str, body: dict[str, Any]) -> httpx.Response:
        # A new connection each time, so requests spread over both workers.
        return httpx.post(self.url + "/v1/moderate", json=body, timeout=10,
                          headers={"Authorization": f"Bearer {key}"})

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    url = os.environ.get("VIMOD_TEST_PG_URL")
    if not url:
        skip_or_fail("VIMOD_TEST_PG_URL is not set (PostgreSQL tests)")
    assert url
    with temporary_pg_database(url) as db_url:
        init_db(db_url).dispose()
        yield db_url


def _keys(db_url: str, name: str, n: int) -> tuple[list[str], list[int]]:
    engine = init_db(db_url)
    with transaction(make_sessionmaker(engine)) as s:
        platform, first = create_platform(s, name)
        rows = [create_api_key(s, platform.id) for _ in range(n - 1)]
    engine.dispose()
    keys = [first] + [k for _, k in rows]
    return keys, [r.id for r, _ in rows]


_n = 0


def _item(text: str = "bình luận") -> dict[str, str]:
    global _n
    _n += 1
    return {"id": f"w-{os.getpid()}-{_n}", "text": f"{text} {_n}"}


def test_revocation_and_policy_reach_every_worker(pg_url: str, tmp_path: Path) -> None:
    keys, key_ids = _keys(pg_url, "forum-workers", 2)
    server = Server(pg_url, tmp_path, VIMOD_RATE_PER_S="0")
    try:
        assert len(server.workers()) == 2
        # Both workers verify and cache the second key (their cache would trust it 30 s).
        assert all(server.post(keys[1], _item()).status_code == 200 for _ in range(20))
        engine = init_db(pg_url)
        factory = make_sessionmaker(engine)
        with transaction(factory) as s:
            revoke_api_key(s, key_ids[0])
        revoked_at = time.monotonic()
        time.sleep(1.0)
        codes = [server.post(keys[1], _item()).status_code for _ in range(20)]
        assert codes == [401] * 20, codes
        assert time.monotonic() - revoked_at < 5  # the requests themselves were quick

        base = Policy.load()
        newer = Policy.from_dict({**base.to_dict(), "version": "workers-test-2"})
        with transaction(factory) as s:   # as `vimod policy activate` does
            record_policy(s, newer, actor="cli")
        time.sleep(2.0)
        versions = {server.post(keys[0], _item()).json()["policy_version"] for _ in range(20)}
        assert versions == {"workers-test-2"}
        engine.dispose()
    finally:
        server.stop()


def test_the_rate_limit_holds_across_workers(pg_url: str, tmp_path: Path) -> None:
    keys, _ = _keys(pg_url, "forum-limits", 1)
    # A burst of 12 and then one request per 1000 s: per-worker buckets would let 24 in.
    server = Server(pg_url, tmp_path, VIMOD_RATE_PER_S="0.001", VIMOD_RATE_BURST="12")
    try:
        codes: list[int] = []
        lock = threading.Lock()

        def client() -> None:
            for _ in range(8):
                code = server.post(keys[0], _item()).status_code
                with lock:
                    codes.append(code)

        threads = [threading.Thread(target=client) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert len(codes) == 32
        assert codes.count(200) == 12 and codes.count(429) == 20, codes
    finally:
        server.stop()


def test_killing_a_worker_loses_no_acknowledged_decision(pg_url: str, tmp_path: Path) -> None:
    keys, _ = _keys(pg_url, "forum-kill", 1)
    server = Server(pg_url, tmp_path, VIMOD_RATE_PER_S="0")
    acked: dict[str, tuple[str, str]] = {}  # item id -> (decision id, action)
    lock = threading.Lock()
    stop = threading.Event()

    def load(n: int) -> None:
        i = 0
        with httpx.Client(base_url=server.url, timeout=5,
                          headers={"Authorization": f"Bearer {keys[0]}"}) as c:
            while not stop.is_set() and i < 2000:  # bounded
                i += 1
                body = {"id": f"k{n}-{i}", "text": "đồ ngu" if i % 3 == 0 else f"bài {i}"}
                try:
                    r = c.post("/v1/moderate", json=body)
                except httpx.HTTPError:
                    continue  # the killed worker's connection: not acknowledged
                if r.status_code == 200:
                    with lock:
                        acked[body["id"]] = (r.json()["decision_id"], r.json()["action"])

    try:
        threads = [threading.Thread(target=load, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        deadline = time.monotonic() + 30
        while len(acked) < 100 and time.monotonic() < deadline:
            time.sleep(0.05)
        victim = server.workers()[0]
        os.kill(victim, signal.SIGKILL)  # mid-load
        before_kill = len(acked)
        time.sleep(2.0)                  # the other worker keeps answering
        stop.set()
        for t in threads:
            t.join(15)
        assert before_kill >= 50, server.log.read_text(errors="replace")[-2000:]
        assert len(acked) > before_kill
    finally:
        server.stop()
    engine = init_db(pg_url)
    with read_transaction(make_sessionmaker(engine)) as s:
        stored = {d.public_id: d.action for d in s.query(Decision).all()}
    engine.dispose()
    lost = [(i, d) for i, (d, a) in acked.items() if stored.get(d) != a]
    assert lost == [], f"{len(lost)} acknowledged decisions lost: {lost[:5]}"
