"""The one Settings object of the service, read from the environment (and CLI flags).

| variable                | default                          |
|-------------------------|----------------------------------|
| VIMOD_ENV               | development (or production)      |
| VIMOD_DB                | sqlite:///vimod.sqlite (cwd)     |
| VIMOD_POLICY            | the shipped default policy       |
| VIMOD_SECRET_KEY        | dev: generated, kept next to db  |
| VIMOD_RATE_PER_S        | 50 requests/s per API key        |
| VIMOD_RATE_BURST        | 200 requests                     |
| VIMOD_WEBHOOK_INTERVAL_S| 2 seconds between outbox sweeps  |
| VIMOD_CONSOLE           | 1 (0: API only, no console)      |
| VIMOD_MODEL             | the shipped model directory      |
| VIMOD_SHARED_LIMITS     | auto: in the database on PostgreSQL, in memory on SQLite |
| VIMOD_SHARED_POLL_S     | 0.5 s between polls of revocations and the active policy |

In production (``VIMOD_ENV=production``) a missing ``VIMOD_SECRET_KEY`` is an error: a
console session secret must never be generated on the fly there.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from vimod.errors import InvalidInput
from vimod.store.db import resolve_url


@dataclass(frozen=True)
class Settings:
    env: str = "development"
    db_url: str = field(default_factory=resolve_url)
    policy_path: str | None = None
    model_path: str | None = None
    #: "module:callable" returning a detector, instead of loading the shipped model
    #: (VIMOD_DETECTOR_FACTORY; for tests and experiments).
    detector_factory: str | None = None
    secret_key: str | None = None
    rate_per_s: float = 50.0
    rate_burst: float = 200.0
    # 100 items x 20,000 chars as \uXXXX escapes is 12 MB of JSON: the largest valid body.
    max_body_bytes: int = 16 * 1024 * 1024
    webhook_interval_s: float = 2.0
    webhook_timeout_s: float = 10.0
    #: mount the review console (VIMOD_CONSOLE=0 serves the API alone)
    console: bool = True
    #: rate limits kept in the database, shared by every worker (None: on PostgreSQL only;
    #: SQLite serves one process, whose memory is enough)
    shared_limits: bool | None = None
    #: how often each worker polls key revocations and the active policy (seconds)
    shared_poll_s: float = 0.5

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        s = cls(
            env=env.get("VIMOD_ENV", "development"),
            db_url=resolve_url(env.get("VIMOD_DB")),
            policy_path=env.get("VIMOD_POLICY") or None,
            model_path=env.get("VIMOD_MODEL") or None,
            detector_factory=env.get("VIMOD_DETECTOR_FACTORY") or None,
            secret_key=env.get("VIMOD_SECRET_KEY") or None,
            rate_per_s=float(env.get("VIMOD_RATE_PER_S", 50.0)),
            rate_burst=float(env.get("VIMOD_RATE_BURST", 200.0)),
            webhook_interval_s=float(env.get("VIMOD_WEBHOOK_INTERVAL_S", 2.0)),
            console=env.get("VIMOD_CONSOLE", "1").strip().lower() not in ("0", "false", "no"),
            shared_limits=_tristate(env.get("VIMOD_SHARED_LIMITS", "auto")),
            shared_poll_s=float(env.get("VIMOD_SHARED_POLL_S", 0.5)),
        )
        clean = {k: v for k, v in overrides.items() if v is not None}
        if "db_url" in clean:
            clean["db_url"] = resolve_url(str(clean["db_url"]))
        return replace(s, **clean)  # type: ignore[arg-type]

    @property
    def limits_in_database(self) -> bool:
        if self.shared_limits is not None:
            return self.shared_limits
        return self.db_url.startswith("postgresql")

    def with_secret(self) -> Settings:
        """Settings with a session secret: the configured one, or (development only) one
        generated once and kept in a file next to the SQLite database (mode 0600)."""
        if self.secret_key:
            if self.env == "production" and len(self.secret_key) < 32:
                raise InvalidInput("VIMOD_SECRET_KEY must be at least 32 characters")
            return self
        if self.env == "production":
            raise InvalidInput("VIMOD_SECRET_KEY must be set when VIMOD_ENV=production")
        path = secret_file_for(self.db_url)
        if path is None:  # in-memory database: an ephemeral secret is all that makes sense
            return replace(self, secret_key=secrets.token_urlsafe(32))
        if path.exists():
            key = path.read_text(encoding="utf-8").strip()
        else:
            key = secrets.token_urlsafe(32)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(key + "\n")
        return replace(self, secret_key=key)


def _tristate(value: str) -> bool | None:
    value = value.strip().lower()
    if value in ("", "auto"):
        return None
    return value not in ("0", "false", "no", "off")


def secret_file_for(db_url: str) -> Path | None:
    """``vimod.sqlite`` -> ``vimod.sqlite.secret``; PostgreSQL -> ``.vimod-secret`` in cwd."""
    if db_url.startswith("sqlite"):
        path = db_url.split(":///", 1)[1] if ":///" in db_url else ""
        if not path or path == ":memory:" or "mode=memory" in path:
            return None
        return Path(path.split("?", 1)[0] + ".secret")
    return Path(".vimod-secret")
