"""Jinja2 environment and ``render`` for console pages (the report page in the console
included: it embeds the fragment ``vimod.report.render`` makes).

Autoescape is on for every template; user text is never marked safe. Highlighting detector
spans is done by splitting the text into (segment, marked) pairs that the template escapes.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import Response

from vimod.web.auth import csrf_token, current_user
from vimod.web.i18n import DEFAULT_LANG, LANG_COOKIE, LANGS, translator

WEB_DIR = Path(__file__).parent
TEMPLATES_DIR = WEB_DIR / "templates"
STATIC_DIR = WEB_DIR / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES_DIR)),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
# Audit before/after as readable JSON: Vietnamese stays Vietnamese (tojson would \u-escape
# it), and the result is a plain str, so autoescape still applies.
_env.filters["json_text"] = lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True)
# A value of an audited change as a person reads it: text as is, anything else as JSON.
_env.filters["readable"] = lambda v: v if isinstance(v, str) else json.dumps(
    v, ensure_ascii=False, sort_keys=True)
templates = Jinja2Templates(env=_env)


def request_lang(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or DEFAULT_LANG
    return lang if lang in LANGS else DEFAULT_LANG


# Times from the store are aware UTC (vimod.store.models.UTCDateTime).


def _relative(url: Any) -> str:
    return url.path + ("?" + url.query if url.query else "")


def _fmt_dt(dt: datetime | None) -> str:
    return dt.strftime("%Y-%m-%d %H:%M UTC") if dt else "—"


def _ago(t: Any, dt: datetime | None) -> str:
    if dt is None:
        return "—"
    seconds = max(0, int((datetime.now(UTC) - dt).total_seconds()))
    if seconds < 60:
        return t("just_now")
    if seconds < 3600:
        return t("minutes", n=seconds // 60)
    if seconds < 86400:
        return t("hours", n=seconds // 3600)
    return t("days", n=seconds // 86400)


def highlight(text: str, spans: list[Any] | None) -> list[tuple[str, bool]]:
    """Split ``text`` into (segment, is_marked) pairs from detector spans (merged, clipped)."""
    ranges: list[tuple[int, int]] = []
    for span in spans or []:
        try:
            start, end = int(span["start"]), int(span["end"])
        except (KeyError, TypeError, ValueError):
            continue
        start, end = max(0, start), min(len(text), end)
        if start < end:
            ranges.append((start, end))
    ranges.sort()
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end in merged:
        if pos < start:
            out.append((text[pos:start], False))
        out.append((text[start:end], True))
        pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def flash(request: Request, message: str, kind: str = "ok") -> None:
    """Show ``message`` on the next rendered page (kept in the signed session)."""
    if "session" in request.scope:
        request.session.setdefault("flash", []).append([kind, message])


def render(
    request: Request,
    name: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    csp: str | None = None,
) -> Response:
    """Render a console template with the common context: ``t`` (translate), ``lang``,
    ``user``, ``csrf_token``, ``lang_url``, ``fmt_dt``, ``ago``, ``flashes``, ``nav``.

    Responses carry a strict Content-Security-Policy (``CSP``); a page that needs inline
    styles (a report with its own ``<style>``) passes its own ``csp``."""
    lang = request_lang(request)
    t = translator(lang)
    flashes = request.session.pop("flash", []) if "session" in request.scope else []
    ctx: dict[str, Any] = {
        "t": t,
        "lang": lang,
        "user": current_user(request),
        "csrf_token": csrf_token(request),
        # Relative (path and query only): never built from the request's Host header.
        "lang_url": lambda code: _relative(request.url.include_query_params(lang=code)),
        "fmt_dt": _fmt_dt,
        "ago": lambda dt: _ago(t, dt),
        "flashes": flashes,
        "nav": "",
        "error": None,
    }
    ctx.update(context or {})
    response = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    response.headers.setdefault("Cache-Control", "no-store")
    # Everything the console loads is its own: no inline script or style, no framing.
    response.headers.setdefault("Content-Security-Policy", csp or CSP)
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(
            LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax", httponly=True
        )
    return response

