"""vimod backfill --ray and vimod batch-ray on a real local Ray cluster: a head and one
worker node on loopback, one CPU each (no dashboard, no usage stats). Checks exact equality
with single-process scoring, and resumption after the driver of an --apply job is killed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from tests.api.fakes import FakeDetector
from tests.jobs.test_backfill import TEXTS, store_items, stricter_policy, url_of
from vimod.cli import app as cli
from vimod.jobs import backfill
from vimod.jobs.backfill import plan_chunks
from vimod.store.backfill import Filters
from vimod.store.db import read_transaction
from vimod.store.models import BackfillCheckpoint, Decision

# Before Ray is imported (it reads this once): every node and the driver on 127.0.0.1.
# Ray otherwise swaps a loopback address for the machine's outward IP, where this
# loopback-only cluster does not listen.
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
ray = pytest.importorskip("ray")

ROOT = Path(__file__).resolve().parents[2]
# Ray warns about its own deprecated settings on import of Ray Data.
pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::DeprecationWarning"),
              pytest.mark.filterwarnings("ignore::FutureWarning")]


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from ray.cluster_utils import Cluster

    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    # Workers import the tests' fake detector.
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    c = Cluster(initialize_head=True, head_node_args={
        "num_cpus": 1, "include_dashboard": False, "node_ip_address": "127.0.0.1"})
    try:
        c.add_node(num_cpus=1, node_ip_address="127.0.0.1")
        c.wait_for_nodes()
        yield c.address
    finally:
        if ray.is_initialized():
            ray.shutdown()
        c.shutdown()


@pytest.fixture
def fresh_driver(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("VIMOD_DETECTOR_FACTORY", "tests.api.fakes:FakeDetector")
    yield
    if ray.is_initialized():
        ray.shutdown()


@pytest.fixture
def policy_file(tmp_path: Path) -> Path:
    path = tmp_path / "stricter.toml"
    path.write_text(stricter_policy().text, encoding="utf-8")
    return path


def test_backfill_on_ray_equals_the_local_run(
        cluster: str, fresh_driver: None, sqlite_engine: Engine, policy_file: Path) -> None:
    from tests.store.fixtures import clean_tables
    from vimod.jobs.ray_jobs import backfill_on_ray
    from vimod.store.db import make_sessionmaker

    clean_tables(sqlite_engine)
    factory = make_sessionmaker(sqlite_engine)
    store_items(factory, n_rounds=3)
    url = url_of(sqlite_engine)
    local = backfill(url, policy_path=str(policy_file), workers=1, chunk_size=4)
    on_ray = backfill_on_ray(cluster, url, policy_path=str(policy_file), chunk_size=4,
                             concurrency=2)
    assert on_ray.to_dict() == local.to_dict() and on_ray.changed > 0
    applied = backfill_on_ray(cluster, url, policy_path=str(policy_file), chunk_size=4,
                              concurrency=2, apply=True, run="ray-1")
    assert applied.applied == local.changed
    after = backfill(url, policy_path=str(policy_file), workers=1, chunk_size=4)
    assert after.changed == 0  # the record now says what the local run said it would


class SlowDetector(FakeDetector):
    """The fake detector, slowed down so a job can be killed half-way."""

    def predict(self, texts: list[str]) -> list:  # type: ignore[type-arg]
        time.sleep(1.0)
        return super().predict(texts)


def _checkpoints(factory: sessionmaker[Session]) -> int:
    with read_transaction(factory) as s:
        return int(s.scalar(select(func.count()).select_from(BackfillCheckpoint)) or 0)


def test_a_killed_ray_apply_job_resumes_without_duplicates(
        cluster: str, fresh_driver: None, sqlite_engine: Engine, policy_file: Path,
        tmp_path: Path) -> None:
    from tests.store.fixtures import clean_tables
    from vimod.jobs.ray_jobs import backfill_on_ray
    from vimod.store.db import make_sessionmaker

    clean_tables(sqlite_engine)
    factory = make_sessionmaker(sqlite_engine)
    store_items(factory, n_rounds=4)  # 32 items, 16 chunks of 2
    url = url_of(sqlite_engine)
    expected = backfill(url, policy_path=str(policy_file), workers=1, chunk_size=2)
    env = {**os.environ, "VIMOD_DETECTOR_FACTORY": "tests.jobs.test_ray_jobs:SlowDetector",
           "PYTHONPATH": str(ROOT)}
    log = tmp_path / "driver.log"
    with log.open("wb") as out:
        driver = subprocess.Popen(
            [sys.executable, "-m", "vimod", "backfill", "--db", url, "--policy",
             str(policy_file), "--apply", "--run", "killed", "--chunk", "2", "--ray", cluster,
             "--ray-workers", "2"], env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while _checkpoints(factory) < 3:
            assert driver.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, log.read_text(errors="replace")[-3000:]
            time.sleep(0.2)
        driver.send_signal(signal.SIGKILL)  # the job dies with its driver
        driver.wait(30)
    finally:
        if driver.poll() is None:
            driver.kill()
    done_before = _checkpoints(factory)
    total_chunks = len(plan_chunks(factory, Filters(), 2))
    assert 3 <= done_before < total_chunks
    time.sleep(2.0)  # the killed job's actors go away with it
    resumed = backfill_on_ray(cluster, url, policy_path=str(policy_file), chunk_size=2,
                              concurrency=2, apply=True, run="killed")
    assert resumed.chunks == total_chunks and _checkpoints(factory) == total_chunks
    assert resumed.applied == resumed.changed == expected.changed
    with read_transaction(factory) as s:
        per_item = s.execute(select(Decision.item_id, func.count())
                             .where(Decision.policy_version == "backfill-test-1")
                             .group_by(Decision.item_id)).all()
    assert len(per_item) == expected.changed and all(n == 1 for _, n in per_item)


def _write_inputs(tmp: Path) -> dict[str, Path]:
    rows = [{"id": f"r{n}", "text": f"{TEXTS[n % len(TEXTS)]} số {n}"} for n in range(300)]
    rows[7]["text"] = "Bài viết hay quá, cảm ơn bạn! 😀"
    jsonl = tmp / "in.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                     encoding="utf-8")
    import csv

    csv_path = tmp / "in.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["id", "text"])
        w.writeheader()
        w.writerows(rows)
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq_path = tmp / "in.parquet"
    pq.write_table(pa.table({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows]}),
                   pq_path, row_group_size=64)
    return {"jsonl": jsonl, "csv": csv_path, "parquet": pq_path}


def test_batch_on_ray_equals_the_single_process_command(
        cluster: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIMOD_DETECTOR_FACTORY", raising=False)  # the shipped model
    inputs = _write_inputs(tmp_path)
    single = tmp_path / "single.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(inputs["jsonl"]), "-o", str(single)])
    assert result.exit_code == 0, result.output
    expected = single.read_text(encoding="utf-8").splitlines()
    assert len(expected) == 300
    try:
        for fmt in ("jsonl", "csv", "parquet"):
            out = tmp_path / f"ray-{fmt}.jsonl"
            r = CliRunner().invoke(cli, ["batch-ray", str(inputs[fmt]), "-o", str(out),
                                         "--ray", cluster, "--chunk", "50"])
            assert r.exit_code == 0, r.output
            assert out.read_text(encoding="utf-8").splitlines() == expected, fmt
        import pyarrow.parquet as pq

        out_pq = tmp_path / "ray.parquet"
        r = CliRunner().invoke(cli, ["batch-ray", str(inputs["jsonl"]), "-o", str(out_pq),
                                     "--ray", cluster])
        assert r.exit_code == 0, r.output
        table = pq.read_table(out_pq)
        assert table.column("result").to_pylist() == expected
    finally:
        if ray.is_initialized():
            ray.shutdown()
