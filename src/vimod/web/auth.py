"""Console authentication: signed-cookie sessions, roles and CSRF.

Other routers use these FastAPI dependencies::

    from vimod.web.auth import require_admin, require_user, csrf_token, verify_csrf

    @router.get("/reports")
    def reports(request: Request, user: User = Depends(require_admin)): ...

- ``require_user``: the logged-in, active ``User`` row; anonymous visitors are redirected
  (303) to ``/login?next=<path>``.
- ``require_admin``: like ``require_user``; a moderator gets 403.
- ``csrf_token(request)``: the per-session token to put in every form as ``csrf_token``.
- ``verify_csrf(request, token)``: raises 403 unless ``token`` matches the session's token.

The session itself (a signed, HttpOnly, SameSite=Lax cookie) is added by ``vimod.web.mount``
through Starlette's ``SessionMiddleware``.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import HTTPException, Request

from vimod.context import context
from vimod.store.db import read_transaction
from vimod.store.models import User
from vimod.store.users import get_active_user

SESSION_USER_KEY = "uid"
SESSION_CSRF_KEY = "csrf"
CSRF_FIELD = "csrf_token"


class ConsoleHTTPError(HTTPException):
    """An HTTP error raised by a console page. ``mount`` renders it as an HTML page; without
    ``mount`` FastAPI's default handler still answers with the right status."""


def _session(request: Request) -> dict[str, Any]:
    # request.session asserts when SessionMiddleware is missing; treat that as "no session"
    # only for reading, so a misconfigured app fails closed (anonymous), not open.
    session: dict[str, Any] = request.scope["session"] if "session" in request.scope else {}
    return session


def current_user(request: Request) -> User | None:
    """The logged-in active user, or None. Cached on ``request.state`` for the request."""
    if hasattr(request.state, "console_user"):
        cached: User | None = request.state.console_user
        return cached
    user = None
    uid = _session(request).get(SESSION_USER_KEY)
    if isinstance(uid, int):
        with read_transaction(context(request).sessionmaker) as session:
            user = get_active_user(session, uid)
    request.state.console_user = user
    return user


def require_user(request: Request) -> User:
    """FastAPI dependency: the logged-in user; anonymous -> 303 to /login?next=..."""
    user = current_user(request)
    if user is None:
        target = request.url.path
        if request.url.query:
            target += "?" + request.url.query
        if request.method != "GET":
            # A form posted after the session expired: come back to the page it was on (a
            # POST-only URL would answer 405); its draft is kept by the browser.
            target = _page_of(request)
        raise ConsoleHTTPError(
            status_code=303,
            detail="login required",
            headers={"Location": "/login?next=" + quote(target, safe="")},
        )
    return user


def _page_of(request: Request) -> str:
    """The same-site page a form was posted from (its Referer), else the form's page: the
    URL without its last segment (``/items/5/review`` -> ``/items/5``)."""
    referer = urlsplit(request.headers.get("referer", ""))
    if referer.netloc == request.url.netloc and referer.path.startswith("/"):
        return referer.path + (f"?{referer.query}" if referer.query else "")
    parent = request.url.path.rsplit("/", 1)[0]
    return parent if parent.startswith("/items/") or parent.startswith("/appeals/") else "/queue"


def require_admin(request: Request) -> User:
    """FastAPI dependency: the logged-in admin; anonymous -> /login, moderator -> 403."""
    user = require_user(request)
    if user.role != "admin":
        raise ConsoleHTTPError(status_code=403, detail="admin only")
    return user


def csrf_token(request: Request) -> str:
    """The session's CSRF token (created on first use). Put it in every form."""
    session = _session(request)
    token = session.get(SESSION_CSRF_KEY)
    if not isinstance(token, str) or len(token) < 32:
        token = secrets.token_urlsafe(32)
        if "session" in request.scope:
            session[SESSION_CSRF_KEY] = token
    return token


def verify_csrf(request: Request, token: str | None) -> None:
    """Raise 403 unless ``token`` equals the session's CSRF token."""
    expected = _session(request).get(SESSION_CSRF_KEY)
    if (
        not isinstance(expected, str)
        or not isinstance(token, str)
        or not hmac.compare_digest(expected.encode(), token.encode())
    ):
        raise ConsoleHTTPError(status_code=403, detail="CSRF token missing or wrong")


def login_session(request: Request, user: User) -> None:
    """Start a fresh session for ``user`` (new CSRF token: no fixation across login)."""
    session = request.session
    session.clear()
    session[SESSION_USER_KEY] = user.id
    session[SESSION_CSRF_KEY] = secrets.token_urlsafe(32)
    request.state.console_user = user


def logout_session(request: Request) -> None:
    request.session.clear()
    request.state.console_user = None


__all__ = [
    "CSRF_FIELD",
    "ConsoleHTTPError",
    "csrf_token",
    "current_user",
    "login_session",
    "logout_session",
    "require_admin",
    "require_user",
    "verify_csrf",
]
