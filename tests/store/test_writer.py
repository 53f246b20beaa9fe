"""Group commit: jobs of concurrent callers share one transaction; a failing job rolls back
only its own savepoint."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from vimod.store.models import Platform
from vimod.store.writer import GroupWriter


def test_a_lone_job_commits_and_returns_its_value(factory: sessionmaker[Session]) -> None:
    writer = GroupWriter(factory)

    def job(s: Session) -> int:
        p = Platform(name="một")
        s.add(p)
        s.flush()
        return p.id

    pid = writer.submit(job)
    with factory() as s:
        assert s.get(Platform, pid) is not None
    assert writer.jobs == 1 and writer.groups == 1


def test_a_failing_job_raises_in_its_caller_only(factory: sessionmaker[Session]) -> None:
    writer = GroupWriter(factory)
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        def job(s: Session) -> None:
            if i == 3:
                s.add(Platform(name="trùng"))
                s.add(Platform(name="trùng"))  # unique name: this job fails
            else:
                s.add(Platform(name=f"p{i}"))
            s.flush()

        barrier.wait()
        try:
            writer.submit(job)
        except Exception as e:  # noqa: BLE001 - collected for the assertion
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(errors) == 1
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(Platform)) == 7


def test_a_job_that_waits_too_long_in_the_queue_times_out_and_never_runs(
    factory: sessionmaker[Session],
) -> None:
    writer = GroupWriter(factory)
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def slow(s: Session) -> None:
        started.set()
        release.wait(10)

    leader = threading.Thread(target=writer.submit, args=(slow,))
    leader.start()
    assert started.wait(10)
    with pytest.raises(TimeoutError):
        writer.submit(lambda s: ran.append("late"), timeout=0.05)
    release.set()
    leader.join()
    writer.submit(lambda s: None)  # the writer is free again; the late job stays cancelled
    assert ran == []
