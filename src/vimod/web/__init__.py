"""vimod.web: the review console (server-rendered Jinja2, Vietnamese first).

``mount(app)`` adds the console to the FastAPI app built by ``vimod.api.app.create_app``:
the signed-cookie session middleware, the console routes, the transparency report pages
(``vimod.web.reports``: every HTML page of vimod is served from here), ``/static`` and an
HTML renderer for console errors. It reads the app's context (``vimod.context``).

The session cookie is signed with the settings' ``secret_key`` (else
``$VIMOD_SECRET_KEY``); it is marked Secure (HTTPS only) when ``$VIMOD_COOKIE_SECURE=1`` or
``settings.env == "production"``.
"""

from __future__ import annotations

import logging
import os
import secrets
from typing import Any

log = logging.getLogger(__name__)

SESSION_COOKIE = "vimod_session"
SESSION_MAX_AGE = 12 * 3600  # one working day


def _setting(app: Any, name: str, env: str) -> str | None:
    settings = getattr(app.state, "settings", None)
    value = getattr(settings, name, None) if settings is not None else None
    if value is None or value == "":
        value = os.environ.get(env)
    return None if value is None else str(value)


def mount(app: Any) -> None:
    """Add the console's middleware, routes and static files to ``app``."""
    from fastapi.staticfiles import StaticFiles
    from starlette.middleware.sessions import SessionMiddleware

    from vimod.web.errors import install as install_error_pages
    from vimod.web.reports import router as reports_router
    from vimod.web.routes import router
    from vimod.web.templating import STATIC_DIR

    secret = _setting(app, "secret_key", "VIMOD_SECRET_KEY")
    if not secret:
        # Sessions then last until the process restarts; say so once, loudly.
        log.warning("no session secret configured (VIMOD_SECRET_KEY): using a random one")
        secret = secrets.token_urlsafe(48)
    secure_env = os.environ.get("VIMOD_COOKIE_SECURE", "").lower()
    if secure_env in ("0", "1", "true", "false", "yes", "no"):
        secure = secure_env in ("1", "true", "yes")
    else:
        secure = _setting(app, "env", "VIMOD_ENV") == "production"
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=secure,
    )
    install_error_pages(app)
    app.include_router(router)
    app.include_router(reports_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")


__all__ = ["mount"]
