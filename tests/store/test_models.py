"""The UTC column type: every time read back is aware UTC, on SQLite as on PostgreSQL, and an
aware time in another zone is stored as the same instant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy.orm import Session, sessionmaker

from vimod.store.models import Platform

HANOI = timezone(timedelta(hours=7))


def test_times_come_back_aware_utc_and_the_same_instant(factory: sessionmaker[Session]) -> None:
    with factory() as s, s.begin():
        utc = Platform(name="utc", created_at=datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
        hanoi = Platform(name="hanoi", created_at=datetime(2026, 3, 1, 19, 0, tzinfo=HANOI))
        s.add_all([utc, hanoi])
        s.flush()
        ids = utc.id, hanoi.id
    with factory() as s:
        for pid in ids:
            p = s.get(Platform, pid)
            assert p is not None
            assert p.created_at.tzinfo is not None and p.created_at.utcoffset() == timedelta(0)
            assert p.created_at == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
