"""HTML rendering of console errors (403, 404, ...) and the login redirect."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from vimod.web.auth import ConsoleHTTPError


async def console_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ConsoleHTTPError)
    if exc.status_code in (301, 302, 303, 307, 308):
        location = (exc.headers or {}).get("Location", "/login")
        return RedirectResponse(location, status_code=exc.status_code)
    from vimod.web.templating import render

    kind = "csrf" if exc.status_code == 403 and "CSRF" in str(exc.detail) else ""
    return render(
        request,
        "error.html",
        {"status": exc.status_code, "detail": str(exc.detail), "kind": kind},
        status_code=exc.status_code,
    )
