"""Fixtures of the console tests: the real app (``vimod.api.app.create_app``) on a temporary
SQLite file with a fake detector, a TestClient, and a logged-in helper."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.web.factories import PASSWORD, make_platform, make_user
from vimod.api.app import create_app
from vimod.api.config import Settings

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class StubDetector:
    """Everything is clean; console tests seed items through the store, not the detector."""

    version = "stub-1"

    def predict(self, texts: list[str]) -> list[dict]:
        return [
            {"label": "CLEAN", "scores": {"CLEAN": 0.98, "OFFENSIVE": 0.01, "HATE": 0.01},
             "spam": 0.0, "spans": [], "model": self.version}
            for _ in texts
        ]


def build_app(db_path: Path) -> FastAPI:
    settings = Settings(db_url=f"sqlite:///{db_path}", secret_key="s" * 40)
    return create_app(settings, detector=StubDetector(), webhooks=False)


@pytest.fixture
def app(tmp_path: Path) -> Iterator[FastAPI]:
    application = build_app(tmp_path / "console.sqlite")
    yield application
    application.state.engine.dispose()


@pytest.fixture
def factory(app: FastAPI) -> sessionmaker[Session]:
    return app.state.sessionmaker


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, follow_redirects=False) as c:
        yield c


@pytest.fixture
def seeded(factory: sessionmaker[Session]) -> dict[str, int]:
    """Two moderators, one admin and one platform."""
    with factory() as s, s.begin():
        platform = make_platform(s, "diễn-đàn")
        ids = {
            "platform": platform.id,
            "lan": make_user(s, "lan").id,
            "minh": make_user(s, "minh").id,
            "admin": make_user(s, "quantri", role="admin").id,
        }
    return ids


def csrf_of(html: str) -> str:
    found = _CSRF.search(html)
    assert found, "no csrf_token in the page"
    return found.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    page = client.get("/login")
    token = csrf_of(page.text)
    r = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": token, "next": "/queue"},
    )
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/queue").text)


@pytest.fixture
def login_as(client: TestClient) -> Callable[[str], str]:
    return lambda username: login(client, username)
