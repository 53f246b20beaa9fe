"""Shared state in the database (vimod.store.shared), on SQLite and PostgreSQL: GCRA rate
buckets, the revocation mark, the active policy head, login failures, checkpoints."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from vimod.policy import Policy
from vimod.store import shared
from vimod.store.db import transaction
from vimod.store.models import utcnow
from vimod.store.platforms import create_platform, revoke_api_key
from vimod.store.policies import record_policy


def test_bucket_allows_the_burst_then_refills_at_the_rate(engine: Engine) -> None:
    take = lambda now: shared.take_token(engine, "key:1", rate_per_s=2, burst=3, now=now)  # noqa: E731
    t0 = 1_000_000.0
    assert [take(t0) for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = take(t0)
    assert wait == pytest.approx(0.5)           # one token every 1/2 s
    assert take(t0 + 0.25) == pytest.approx(0.25)  # a refused take costs nothing
    assert take(t0 + 0.5) == 0.0
    assert take(t0 + 0.5) > 0
    # a long pause refills up to the burst only: three tokens, then a wait
    assert [take(t0 + 10) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert take(t0 + 10) == pytest.approx(0.5)


def test_bucket_refills_to_burst_not_beyond(engine: Engine) -> None:
    t = 5_000.0
    results = [shared.take_token(engine, "key:9", rate_per_s=1, burst=2, now=t + 100)
               for _ in range(4)]
    assert [r == 0.0 for r in results] == [True, True, False, False]


def test_buckets_are_independent(engine: Engine) -> None:
    assert shared.take_token(engine, "key:a", rate_per_s=1, burst=1, now=10.0) == 0.0
    assert shared.take_token(engine, "key:a", rate_per_s=1, burst=1, now=10.0) > 0
    assert shared.take_token(engine, "key:b", rate_per_s=1, burst=1, now=10.0) == 0.0


def test_concurrent_takes_never_exceed_the_burst(engine: Engine) -> None:
    # Eight threads race for ten tokens at one instant: exactly ten succeed.
    allowed: list[bool] = []
    lock = threading.Lock()

    def racer() -> None:
        for _ in range(5):
            ok = shared.take_token(engine, "key:race", rate_per_s=0.001, burst=10,
                                   now=50.0) == 0.0
            with lock:
                allowed.append(ok)

    threads = [threading.Thread(target=racer) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(allowed) == 40 and sum(allowed) == 10


def test_revocation_mark_changes_when_a_key_is_revoked(
        engine: Engine, factory: sessionmaker[Session]) -> None:
    with transaction(factory) as s:
        platform, _ = create_platform(s, "p")
        from vimod.store.platforms import create_api_key
        row, _ = create_api_key(s, platform.id)
        key_id = row.id
    before = shared.revocation_mark(engine)
    assert shared.revocation_mark(engine) == before
    with transaction(factory) as s:
        revoke_api_key(s, key_id)
    after = shared.revocation_mark(engine)
    assert after != before and after[0] == before[0] + 1


def test_active_policy_head_follows_activations(
        engine: Engine, factory: sessionmaker[Session]) -> None:
    assert shared.active_policy_head(engine) is None
    base = Policy.load()
    other = Policy.from_dict({**base.to_dict(), "version": "scale-test-2"})
    with transaction(factory) as s:
        record_policy(s, base, actor="cli")
    assert shared.active_policy_head(engine) == base.version
    with transaction(factory) as s:
        record_policy(s, other, actor="cli")
    assert shared.active_policy_head(engine) == "scale-test-2"
    with transaction(factory) as s:  # re-activating the older version moves it to the top
        record_policy(s, base, actor="cli")
    assert shared.active_policy_head(engine) == base.version


def test_login_failures_count_in_a_window_and_old_rows_are_dropped(
        factory: sessionmaker[Session]) -> None:
    now = utcnow()
    with transaction(factory) as s:
        shared.record_login_failure(s, "alice", now=now - timedelta(hours=2))
        shared.record_login_failure(s, "alice", now=now - timedelta(minutes=1))
        shared.record_login_failure(s, "bob", now=now)
    with transaction(factory) as s:
        assert shared.recent_login_failures(s, "alice", now - timedelta(minutes=15)) == 1
        assert shared.recent_login_failures(s, "alice", now - timedelta(hours=3)) == 2
        shared.record_login_failure(s, "alice", now=now,
                                    forget_before=now - timedelta(minutes=15))
    with transaction(factory) as s:
        assert shared.recent_login_failures(s, "alice", now - timedelta(hours=3)) == 2
        assert shared.recent_login_failures(s, "bob", now - timedelta(hours=3)) == 1


def test_checkpoints_round_trip(factory: sessionmaker[Session]) -> None:
    with transaction(factory) as s:
        assert shared.load_checkpoint(s, "run") is None
        shared.save_checkpoint(s, "run", 10, {"seen": 10})
    with transaction(factory) as s:
        shared.save_checkpoint(s, "run", 25, {"seen": 25})
    with transaction(factory) as s:
        assert shared.load_checkpoint(s, "run") == (25, {"seen": 25})
        shared.drop_checkpoint(s, "run")
    with transaction(factory) as s:
        assert shared.load_checkpoint(s, "run") is None
