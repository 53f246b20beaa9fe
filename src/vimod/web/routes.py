"""Console routes: thin handlers that check the session, the role and the CSRF token, call
``vimod.store.review`` / ``vimod.store.users`` in one transaction, and render a template."""

from __future__ import annotations

import time
from collections import defaultdict
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session, sessionmaker
from starlette.responses import Response

from vimod.errors import Conflict, InvalidInput, NotFound, PolicyError, VimodError
from vimod.store import review as rv
from vimod.store import users as us
from vimod.store.db import transaction
from vimod.store.models import User
from vimod.web.auth import (
    ConsoleHTTPError,
    current_user,
    login_session,
    logout_session,
    require_admin,
    require_user,
    verify_csrf,
)
from vimod.web.i18n import translator
from vimod.web.templating import flash, highlight, render, request_lang

router = APIRouter(include_in_schema=False)


def _factory(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessionmaker


def _t(request: Request):  # type: ignore[no-untyped-def]
    return translator(request_lang(request))


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _safe_next(target: str | None) -> str:
    """Only same-site relative paths (no scheme, no host, no //evil.example)."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return "/queue"
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or "\\" in target:
        return "/queue"
    return target


def _error_status(exc: VimodError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, Conflict):
        return 409
    return 400


def _int_param(value: str | None, default: int = 1) -> int:
    try:
        return max(1, int(value)) if value else default
    except ValueError:
        return default


# --------------------------------------------------------------------------- login


@router.get("/")
def home() -> Response:
    return _redirect("/queue")


@router.get("/login")
def login_page(request: Request, next: str = "/queue") -> Response:
    if current_user(request) is not None:
        return _redirect(_safe_next(next))
    return render(request, "login.html", {"next": _safe_next(next), "username": ""})


LOGIN_WINDOW_S = 15 * 60
LOGIN_MAX_FAILURES = 5


def _failures(request: Request) -> dict[str, list[float]]:
    state = request.app.state
    if not hasattr(state, "console_login_failures"):
        state.console_login_failures = {}
    return state.console_login_failures


def _throttled(request: Request, username: str) -> bool:
    """Five wrong passwords for one account within 15 minutes lock its form logins for the
    rest of the window (per process; slows guessing without a lockout an attacker can renew
    forever)."""
    now = time.monotonic()
    key = username.strip().lower()
    recent = [t for t in _failures(request).get(key, []) if now - t < LOGIN_WINDOW_S]
    _failures(request)[key] = recent
    return len(recent) >= LOGIN_MAX_FAILURES


def _note_failure(request: Request, username: str) -> None:
    failures = _failures(request)
    if len(failures) > 10_000:  # bound memory under a spray of random names
        failures.clear()
    failures.setdefault(username.strip().lower(), []).append(time.monotonic())


@router.post("/login")
def login(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    next: str = Form("/queue"),
    csrf_token: str = Form(""),
) -> Response:
    verify_csrf(request, csrf_token)
    if _throttled(request, username):
        return render(
            request,
            "login.html",
            {"next": _safe_next(next), "username": username,
             "error": _t(request)("login_throttled")},
            status_code=429,
        )
    with transaction(_factory(request)) as session:
        user = us.authenticate(session, username, password)
        if user is not None:
            rv.audit.record(
                session,
                actor=f"user:{user.username}",
                action="user.login",
                object_type="user",
                object_id=user.id,
            )
    if user is None:
        _note_failure(request, username)
        return render(
            request,
            "login.html",
            {"next": _safe_next(next), "username": username, "error": _t(request)("login_failed")},
            status_code=401,
        )
    login_session(request, user)
    return _redirect(_safe_next(next))


@router.post("/logout")
def logout(request: Request, csrf_token: str = Form("")) -> Response:
    verify_csrf(request, csrf_token)
    logout_session(request)
    flash(request, _t(request)("logged_out"))
    return _redirect("/login")


# --------------------------------------------------------------------------- queue

FACETS_TTL_S = 300.0


def _facets(request: Request, session: Session) -> dict[str, list[str]]:
    """Filter choices, cached per process: a DISTINCT over every item on each page view
    would cost more than the queue query itself."""
    cached = getattr(request.app.state, "console_facets", None)
    now = time.monotonic()
    if cached is None or now - cached[0] > FACETS_TTL_S:
        cached = (now, rv.queue_facets(session))
        request.app.state.console_facets = cached
    return cached[1]


@router.get("/queue")
def queue(request: Request, user: User = Depends(require_user)) -> Response:
    p = request.query_params
    query = rv.QueueQuery(
        source=p.get("source") or None,
        label=p.get("label") or None,
        surface=p.get("surface") or None,
        age=p.get("age") or None,
        sort=p.get("sort") or "severity",
        page=_int_param(p.get("page")),
    )
    error = None
    with _factory(request)() as session:
        try:
            page = rv.queue_page(session, query)
        except InvalidInput as exc:
            error = str(exc)
            query = rv.QueueQuery()
            page = rv.queue_page(session, query)
        facets = _facets(request, session)
    filters = {k: v for k, v in vars(query).items() if k in ("source", "label", "surface", "age")}
    base = {k: v for k, v in filters.items() if v}
    if query.sort != "severity":
        base["sort"] = query.sort
    return render(
        request,
        "queue.html",
        {
            "nav": "queue",
            "page": page,
            "query": query,
            "facets": facets,
            "sources": rv.QUEUE_SOURCES,
            "ages": list(rv.AGES),
            "sorts": rv.SORTS,
            "page_params": base,
            "error": error,
        },
        status_code=400 if error else 200,
    )


# --------------------------------------------------------------------------- item


def _item_page(
    request: Request,
    item_id: int,
    user: User,
    *,
    error: str | None = None,
    status_code: int = 200,
    form: dict[str, Any] | None = None,
) -> Response:
    with _factory(request)() as session:
        try:
            view = rv.item_view(session, item_id)
        except NotFound as exc:
            raise ConsoleHTTPError(status_code=404, detail=str(exc)) from exc
    detection = view.item.detection or {}
    spans = (view.current.spans if view.current else None) or detection.get("spans") or []
    return render(
        request,
        "item.html",
        {
            "nav": "queue",
            "view": view,
            "segments": highlight(view.item.text, spans),
            "detection": detection,
            "holder": view.claimed_by,
            "uphold_action": rv.upheld_action(view.current),
            "final_actions": rv.FINAL_ACTIONS,
            "error": error,
            "form": defaultdict(str, form or {}),
            "task_id": request.query_params.get("task"),
        },
        status_code=status_code,
    )


@router.get("/items/{item_id}")
def item_page(request: Request, item_id: int, user: User = Depends(require_user)) -> Response:
    return _item_page(request, item_id, user)


def _act(request: Request, fn: Any, *, ok: str) -> str | None:
    """Run ``fn(session)`` in a transaction; flash ``ok`` or return the error message."""
    try:
        with transaction(_factory(request)) as session:
            fn(session)
    except VimodError as exc:
        request.state.act_status = _error_status(exc)
        return str(exc)
    flash(request, _t(request)(ok))
    return None


@router.post("/items/{item_id}/claim")
def item_claim(
    request: Request, item_id: int, csrf_token: str = Form(""), user: User = Depends(require_user)
) -> Response:
    verify_csrf(request, csrf_token)
    err = _act(request, lambda s: rv.claim_item(s, item_id, user), ok="claimed_done")
    if err:
        return _item_page(request, item_id, user, error=err, status_code=request.state.act_status)
    return _redirect(f"/items/{item_id}")


@router.post("/items/{item_id}/release")
def item_release(
    request: Request, item_id: int, csrf_token: str = Form(""), user: User = Depends(require_user)
) -> Response:
    verify_csrf(request, csrf_token)
    _act(request, lambda s: rv.release_item(s, item_id, user), ok="released_done")
    return _redirect("/queue")


@router.post("/items/{item_id}/review")
def item_review(
    request: Request,
    item_id: int,
    verdict: str = Form(""),
    action: str = Form(""),
    reason: str = Form(""),
    csrf_token: str = Form(""),
    user: User = Depends(require_user),
) -> Response:
    verify_csrf(request, csrf_token)
    err = _act(
        request,
        lambda s: rv.review_item(
            s, item_id, user, verdict=verdict, reason=reason, action=action or None
        ),
        ok="escalated_done" if verdict == "escalate" else "decided",
    )
    if err:
        form = {"verdict": verdict, "action": action, "reason": reason}
        return _item_page(
            request, item_id, user, error=err, status_code=request.state.act_status, form=form
        )
    return _redirect("/queue")


# --------------------------------------------------------------------------- appeals


@router.get("/appeals")
def appeals(request: Request, user: User = Depends(require_user)) -> Response:
    status = request.query_params.get("status") or "pending"
    if status not in ("pending", "decided"):
        status = "pending"
    with _factory(request)() as session:
        number = _int_param(request.query_params.get("page"))
        page = rv.appeals_page(session, status=status, page=number)
    return render(
        request,
        "appeals.html",
        {"nav": "appeals", "page": page, "status": status, "page_params": {"status": status}},
    )


def _appeal_page(
    request: Request,
    appeal_id: int,
    user: User,
    *,
    error: str | None = None,
    status_code: int = 200,
    form: dict[str, Any] | None = None,
) -> Response:
    with _factory(request)() as session:
        try:
            view = rv.appeal_view(session, appeal_id)
        except NotFound as exc:
            raise ConsoleHTTPError(status_code=404, detail=str(exc)) from exc
    spans = view.appealed.spans or (view.item.item.detection or {}).get("spans") or []
    return render(
        request,
        "appeal.html",
        {
            "nav": "appeals",
            "av": view,
            "view": view.item,
            "segments": highlight(view.item.item.text, spans),
            "detection": view.item.item.detection or {},
            "not_you": user.id in view.excluded_user_ids,
            "final_actions": rv.FINAL_ACTIONS,
            "error": error,
            "form": defaultdict(str, form or {}),
        },
        status_code=status_code,
    )


@router.get("/appeals/{appeal_id}")
def appeal_page(request: Request, appeal_id: int, user: User = Depends(require_user)) -> Response:
    return _appeal_page(request, appeal_id, user)


@router.post("/appeals/{appeal_id}/claim")
def appeal_claim(
    request: Request,
    appeal_id: int,
    csrf_token: str = Form(""),
    user: User = Depends(require_user),
) -> Response:
    verify_csrf(request, csrf_token)
    err = _act(request, lambda s: rv.claim_appeal(s, appeal_id, user), ok="claimed_done")
    if err:
        return _appeal_page(
            request, appeal_id, user, error=err, status_code=request.state.act_status
        )
    return _redirect(f"/appeals/{appeal_id}")


@router.post("/appeals/{appeal_id}/release")
def appeal_release(
    request: Request,
    appeal_id: int,
    csrf_token: str = Form(""),
    user: User = Depends(require_user),
) -> Response:
    verify_csrf(request, csrf_token)
    _act(request, lambda s: rv.release_appeal(s, appeal_id, user), ok="released_done")
    return _redirect("/appeals")


@router.post("/appeals/{appeal_id}/decide")
def appeal_decide(
    request: Request,
    appeal_id: int,
    outcome: str = Form(""),
    action: str = Form(""),
    reason: str = Form(""),
    csrf_token: str = Form(""),
    user: User = Depends(require_user),
) -> Response:
    verify_csrf(request, csrf_token)
    err = _act(
        request,
        lambda s: rv.decide_appeal(
            s, appeal_id, user, outcome=outcome, reason=reason, action=action or None
        ),
        ok="appeal_decided",
    )
    if err:
        form = {"outcome": outcome, "action": action, "reason": reason}
        return _appeal_page(
            request, appeal_id, user, error=err, status_code=request.state.act_status, form=form
        )
    return _redirect("/appeals")


# --------------------------------------------------------------------------- audit (admin)


@router.get("/audit")
def audit_log(request: Request, user: User = Depends(require_admin)) -> Response:
    q = (request.query_params.get("q") or "")[:200]
    with _factory(request)() as session:
        page = rv.search_audit(session, q=q, page=_int_param(request.query_params.get("page")))
    return render(
        request,
        "audit.html",
        {"nav": "audit", "page": page, "q": q, "page_params": {"q": q} if q else {}},
    )


# --------------------------------------------------------------------------- policy (admin)


def _policy_page(
    request: Request,
    *,
    draft: str | None = None,
    report: Any = None,
    error: str | None = None,
    status_code: int = 200,
) -> Response:
    policy = getattr(request.app.state, "policy", None)
    with _factory(request)() as session:
        history = rv.policy_history(session)
    return render(
        request,
        "policy.html",
        {
            "nav": "policy",
            "policy": policy,
            "history": history,
            "draft": draft if draft is not None else (getattr(policy, "text", "") or ""),
            "report": report,
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/policy")
def policy_page(request: Request, user: User = Depends(require_admin)) -> Response:
    return _policy_page(request)


def _parse_policy(text: str) -> Any:
    from vimod.policy import Policy

    return Policy.from_toml(text, source="edited policy")


@router.post("/policy/dry-run")
def policy_dry_run(
    request: Request,
    text: str = Form(""),
    csrf_token: str = Form(""),
    user: User = Depends(require_admin),
) -> Response:
    verify_csrf(request, csrf_token)
    from vimod.policy import dry_run

    try:
        new_policy = _parse_policy(text)
    except PolicyError as exc:
        return _policy_page(request, draft=text, error=str(exc), status_code=400)
    with _factory(request)() as session:
        report = dry_run(session, new_policy, max_examples=20)
    return _policy_page(request, draft=text, report=report)


@router.post("/policy/activate")
def policy_activate(
    request: Request,
    text: str = Form(""),
    csrf_token: str = Form(""),
    user: User = Depends(require_admin),
) -> Response:
    verify_csrf(request, csrf_token)
    try:
        new_policy = _parse_policy(text)
    except PolicyError as exc:
        return _policy_page(request, draft=text, error=str(exc), status_code=400)
    current = getattr(request.app.state, "policy", None)
    previous = getattr(current, "version", None)
    try:
        if previous == new_policy.version:
            raise Conflict(f"version {previous!r} is already active: give the new policy a new one")
        from vimod.store.policies import record_policy

        with transaction(_factory(request)) as session:
            record_policy(session, new_policy, actor=f"user:{user.username}")
    except VimodError as exc:
        return _policy_page(request, draft=text, error=str(exc), status_code=_error_status(exc))
    # Swap only after the commit: the stored history never lags the live policy.
    request.app.state.policy = new_policy
    flash(request, _t(request)("policy_activated", version=new_policy.version))
    return _redirect("/policy")


# --------------------------------------------------------------------------- accounts (admin)


def _accounts_page(
    request: Request,
    *,
    error: str | None = None,
    new_key: str | None = None,
    status_code: int = 200,
    form: dict[str, Any] | None = None,
) -> Response:
    from vimod.web import apikeys

    with _factory(request)() as session:
        accounts = us.list_users(session)
        platforms, keys = apikeys.list_platforms_and_keys(session)
    return render(
        request,
        "accounts.html",
        {
            "nav": "accounts",
            "accounts": accounts,
            "platforms": platforms,
            "keys": keys,
            "can_create_keys": apikeys.available(),
            "new_key": new_key,
            "error": error,
            "form": defaultdict(str, form or {}),
            "roles": ("moderator", "admin"),
        },
        status_code=status_code,
    )


@router.get("/admin/accounts")
def accounts(request: Request, user: User = Depends(require_admin)) -> Response:
    return _accounts_page(request)


@router.post("/admin/accounts")
def accounts_create(
    request: Request,
    username: str = Form(""),
    password: str = Form(""),
    role: str = Form("moderator"),
    csrf_token: str = Form(""),
    user: User = Depends(require_admin),
) -> Response:
    verify_csrf(request, csrf_token)
    try:
        with transaction(_factory(request)) as session:
            us.create_user(session, username, password, role=role, actor=f"user:{user.username}")
    except VimodError as exc:
        return _accounts_page(
            request,
            error=str(exc),
            status_code=_error_status(exc),
            form={"username": username, "role": role},
        )
    flash(request, _t(request)("account_created", name=username.strip()))
    return _redirect("/admin/accounts")


@router.post("/admin/accounts/{user_id}/active")
def accounts_set_active(
    request: Request,
    user_id: int,
    active: str = Form(""),
    csrf_token: str = Form(""),
    user: User = Depends(require_admin),
) -> Response:
    verify_csrf(request, csrf_token)
    if user_id == user.id:
        return _accounts_page(request, error="you cannot deactivate yourself", status_code=400)
    try:
        with transaction(_factory(request)) as session:
            us.set_active(session, user_id, active == "1", actor=f"user:{user.username}")
    except VimodError as exc:
        return _accounts_page(request, error=str(exc), status_code=_error_status(exc))
    return _redirect("/admin/accounts")


@router.post("/admin/api-keys")
def api_key_create(
    request: Request,
    platform_id: int = Form(0),
    name: str = Form("default"),
    csrf_token: str = Form(""),
    user: User = Depends(require_admin),
) -> Response:
    verify_csrf(request, csrf_token)
    from vimod.web import apikeys

    try:
        with transaction(_factory(request)) as session:
            key = apikeys.create(session, platform_id, name.strip() or "default", user)
    except VimodError as exc:
        return _accounts_page(request, error=str(exc), status_code=_error_status(exc))
    # Shown once, in this response only; never stored in the session or a redirect.
    return _accounts_page(request, new_key=key)
