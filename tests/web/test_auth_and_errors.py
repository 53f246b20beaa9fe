"""Console sessions, roles and CSRF (vimod.web.auth) and how console errors are shown
(vimod.web.errors): HTML pages, and a redirect to the login form for anonymous visitors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from starlette.requests import Request

from vimod.web.auth import ConsoleHTTPError, csrf_token, verify_csrf


def _request(session: dict[str, Any] | None) -> Request:
    scope: dict[str, Any] = {"type": "http", "headers": [], "path": "/", "query_string": b""}
    if session is not None:
        scope["session"] = session
    return Request(scope)


def test_csrf_token_is_made_once_per_session_and_verified() -> None:
    session: dict[str, Any] = {}
    request = _request(session)
    token = csrf_token(request)
    assert len(token) >= 32 and csrf_token(request) == token == session["csrf"]
    verify_csrf(request, token)
    for wrong in (None, "", token[:-1] + "x"):
        with pytest.raises(ConsoleHTTPError) as err:
            verify_csrf(request, wrong)
        assert err.value.status_code == 403


def test_without_a_session_nothing_verifies() -> None:
    request = _request(None)
    with pytest.raises(ConsoleHTTPError):
        verify_csrf(request, csrf_token(request))


def test_anonymous_visitors_are_sent_to_login_with_their_target(client: TestClient) -> None:
    r = client.get("/appeals?status=decided", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/login?next=%2Fappeals%3Fstatus%3Ddecided"


def test_console_errors_are_html_pages(
    client: TestClient, seeded: dict[str, int], login_as: Callable[[str], str]
) -> None:
    login_as("lan")
    missing = client.get("/items/999999")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert "999999" in missing.text
    forbidden = client.get("/audit")  # admins only
    assert forbidden.status_code == 403 and "<html" in forbidden.text
