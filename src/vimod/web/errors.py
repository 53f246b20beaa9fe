"""HTML rendering of console errors (403, 404, 405, ...) and the login redirect.

Every error a browser meets on a console page is a styled page in the reader's language:
the console's own errors (``ConsoleHTTPError``), unknown paths and methods (Starlette's
404/405) and malformed path or form values (FastAPI's validation errors). API clients keep
their JSON: a request that does not ask for HTML, or any ``/v1/`` path, goes to the handler
the API registered.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from vimod.web.auth import ConsoleHTTPError

Handler = Callable[[Request, Exception], Response | Awaitable[Response]]


def wants_html(request: Request) -> bool:
    """A browser on a console page (not an API client)."""
    if request.url.path.startswith("/v1/") or request.url.path == "/v1":
        return False
    return "text/html" in request.headers.get("accept", "")


def _page(request: Request, status: int, detail: str, kind: str = "") -> Response:
    from vimod.web.i18n import error_text
    from vimod.web.templating import render, request_lang

    shown = error_text(Exception(detail), request_lang(request)) if detail else ""
    return render(request, "error.html", {"status": status, "detail": shown, "kind": kind},
                  status_code=status)


async def console_error_handler(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ConsoleHTTPError)
    if exc.status_code in (301, 302, 303, 307, 308):
        location = (exc.headers or {}).get("Location", "/login")
        return RedirectResponse(location, status_code=exc.status_code)
    if not wants_html(request) and request.url.path.endswith("/poll"):
        from fastapi.responses import JSONResponse

        return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code)
    kind = "csrf" if exc.status_code == 403 and "CSRF" in str(exc.detail) else ""
    return _page(request, exc.status_code, str(exc.detail), kind)


def html_or(previous: Handler | None, *, validation: bool = False) -> Handler:
    """A handler that renders a styled page for browsers and defers to ``previous`` (the
    API's JSON handler) for everyone else."""

    async def handle(request: Request, exc: Exception) -> Response:
        if wants_html(request):
            if validation:
                assert isinstance(exc, RequestValidationError)
                in_path = any(e.get("loc", ("",))[0] == "path" for e in exc.errors())
                return _page(request, 404 if in_path else 400, "")
            assert isinstance(exc, StarletteHTTPException)
            return _page(request, exc.status_code, "")
        if previous is None:
            raise exc
        result = previous(request, exc)
        return await result if isinstance(result, Awaitable) else result

    return handle


def install(app: object) -> None:
    """Add the console's error pages to ``app`` (after the API's handlers)."""
    handlers = app.exception_handlers  # type: ignore[attr-defined]
    add = app.add_exception_handler  # type: ignore[attr-defined]
    add(ConsoleHTTPError, console_error_handler)
    add(StarletteHTTPException, html_or(handlers.get(StarletteHTTPException)))
    add(RequestValidationError,
        html_or(handlers.get(RequestValidationError), validation=True))


__all__ = ["console_error_handler", "html_or", "install", "wants_html"]
