"""Console and public pages of the transparency report (the report itself is computed and
rendered by ``vimod.report``).

- ``GET /reports`` (admins): the report inside the console's layout, with a period form and
  download links; ``?format=html|json|csv`` downloads the self-contained file instead.
- ``GET /public/reports/{platform}``: the same report for one platform, read-only and without
  login, only when that platform has ``public_reports`` switched on (404 otherwise, so the page
  does not even reveal which platforms exist). The report holds aggregates only: no author ids,
  no item texts, no moderator names.

``vimod.web.mount`` includes ``router``.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from markupsafe import Markup

from vimod.context import context
from vimod.errors import VimodError, http_status
from vimod.report import Report, build_report
from vimod.report.render import (
    MEDIA_TYPES,
    render_csv,
    render_fragment,
    render_html,
    render_json,
)
from vimod.store.db import read_transaction
from vimod.store.models import User
from vimod.store.platforms import platform_names, publishes_reports
from vimod.web.auth import require_admin
from vimod.web.templating import CSP, render

router = APIRouter(tags=["reports"])

DEFAULT_DAYS = 30
# The public page needs no login, so each visit must not cost a full report: reports are
# cached per (platform, period, granularity) for a few minutes, and periods are bounded.
PUBLIC_CACHE_SECONDS = 300
PUBLIC_CACHE_SIZE = 64
PUBLIC_MAX_DAYS = 3 * 366
# The standalone report needs nothing from anywhere: no scripts, no fonts, no images but
# inline ones. Only its own period form may submit (to this origin).
REPORT_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)


def _period(since: date | None, until: date | None) -> tuple[date, date]:
    end = until or datetime.now(UTC).date()
    start = since or end - timedelta(days=DEFAULT_DAYS - 1)
    return start, end


def _build(request: Request, since: date, until: date, platform: str | None,
           gran: str | None) -> Report:
    try:
        with read_transaction(context(request).sessionmaker) as session:
            return build_report(
                session, since=since, until=until, platform=platform, granularity=gran or None
            )
    except VimodError as exc:
        raise HTTPException(status_code=http_status(exc, form=True), detail=str(exc)) from None


def _cached_public(request: Request, since: date, until: date, platform: str,
                   gran: str | None) -> Report:
    cache = context(request).public_report_cache
    key = (platform, since, until, gran or None)
    now = time.monotonic()
    hit = cache.get(key)
    if hit is not None and now - hit[0] < PUBLIC_CACHE_SECONDS:
        cached: Report = hit[1]
        return cached
    report = _build(request, since, until, platform, gran)
    if len(cache) >= PUBLIC_CACHE_SIZE:
        cache.pop(min(cache, key=lambda k: cache[k][0]))
    cache[key] = (now, report)
    return report


def _download(report: Report, fmt: str, name: str) -> Response:
    body = {"html": render_html, "json": render_json, "csv": render_csv}[fmt](report)
    return Response(
        body,
        media_type=MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="{name}.{fmt}"',
            "Content-Security-Policy": REPORT_CSP,
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
        },
    )


def _filename(report: Report) -> str:
    who = report.platform or "all"
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in who)
    return f"vimod-report-{safe}-{report.period.since.date()}-{report.period.last_day}"


def _links(path: str, params: dict[str, Any]) -> dict[str, str]:
    kept = {k: v for k, v in params.items() if v}
    return {fmt: f"{path}?{urlencode({**kept, 'format': fmt})}" for fmt in ("html", "json", "csv")}


@router.get("/reports", response_class=HTMLResponse, include_in_schema=False)
def reports_page(
    request: Request,
    since: date | None = Query(None, description="First day (UTC), default 30 days ago."),
    until: date | None = Query(None, description="Last day, included (UTC), default today."),
    platform: str | None = Query(None, description="One platform's name; default all."),
    granularity: str | None = Query(None, description="day or week; default by length."),
    fmt: str | None = Query(None, alias="format", pattern="^(html|json|csv)$"),
    user: User = Depends(require_admin),
) -> Response:
    """The transparency report in the console (admins only)."""
    start, end = _period(since, until)
    report = _build(request, start, end, platform or None, granularity)
    if fmt:
        return _download(report, fmt, _filename(report))
    with read_transaction(context(request).sessionmaker) as session:
        platforms = platform_names(session)
    params = {
        "since": start.isoformat(),
        "until": end.isoformat(),
        "platform": platform or "",
        "granularity": granularity or "",
    }
    controls = {
        **params,
        "action": "/reports",
        "platforms": platforms,
        "downloads": _links("/reports", params),
    }
    # The fragment comes from vimod.report's own autoescaping templates: markup, not text.
    fragment = Markup(render_fragment(report, controls=controls))
    csp = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    return render(
        request, "report_console.html", {"report_html": fragment, "nav": "reports"}, csp=csp
    )


@router.get("/public/reports/{platform_name}", response_class=HTMLResponse, include_in_schema=False)
def public_report(
    request: Request,
    platform_name: str,
    since: date | None = Query(None),
    until: date | None = Query(None),
    granularity: str | None = Query(None),
    fmt: str | None = Query(None, alias="format", pattern="^(html|json|csv)$"),
) -> Response:
    """A platform's published report: public, read-only, aggregates only."""
    with read_transaction(context(request).sessionmaker) as session:
        published = publishes_reports(session, platform_name)
    if not published:
        raise HTTPException(status_code=404, detail="no published report")
    start, end = _period(since, until)
    if (end - start).days >= PUBLIC_MAX_DAYS:
        raise HTTPException(status_code=400, detail=f"period longer than {PUBLIC_MAX_DAYS} days")
    report = _cached_public(request, start, end, platform_name, granularity)
    if fmt:
        return _download(report, fmt, _filename(report))
    path = f"/public/reports/{quote(platform_name, safe='')}"
    params = {"since": start.isoformat(), "until": end.isoformat(), "granularity": granularity}
    controls = {
        **params,
        "granularity": granularity or "",
        "action": path,
        "downloads": _links(path, params),
    }
    html = render_html(report, controls=controls, public=True)
    return HTMLResponse(
        html,
        headers={
            "Content-Security-Policy": REPORT_CSP,
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
        },
    )
