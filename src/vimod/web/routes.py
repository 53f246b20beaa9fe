"""Console routes: thin handlers that check the session, the role and the CSRF token, run
one act (``vimod.acts``) in a transaction or read one view (``vimod.store.queue`` /
``vimod.store.views``), and render a template."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from starlette.responses import Response

from vimod import acts
from vimod.context import context
from vimod.errors import InvalidInput, NotFound, PolicyError, VimodError, http_status
from vimod.policy import Policy, dry_run
from vimod.store import platforms, policies, users, views
from vimod.store.db import Session, SessionFactory, read_transaction, transaction
from vimod.store.models import User
from vimod.store.queue import (
    AGES,
    QUEUE_SOURCES,
    SORTS,
    QueueQuery,
    appeals_page,
    queue_facets,
    queue_page,
)
from vimod.vocab import FINAL_ACTIONS, ROLES, user_actor
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


def _factory(request: Request) -> SessionFactory:
    return context(request).sessionmaker


def _t(request: Request) -> Callable[..., str]:
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


def _throttled(request: Request, username: str) -> bool:
    """The login throttle (``acts.login_throttled``; shared by every worker)."""
    with transaction(_factory(request)) as session:
        return acts.login_throttled(session, username)


def _note_failure(request: Request, username: str) -> None:
    with transaction(_factory(request)) as session:
        acts.note_login_failure(session, username)


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
        user = acts.log_in(session, username, password)
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
    ctx = context(request)
    cached = ctx.console_facets
    now = time.monotonic()
    if cached is None or now - cached[0] > FACETS_TTL_S:
        cached = (now, queue_facets(session))
        ctx.console_facets = cached
    return cached[1]


@router.get("/queue")
def queue(request: Request, user: User = Depends(require_user)) -> Response:
    p = request.query_params
    query = QueueQuery(
        source=p.get("source") or None,
        label=p.get("label") or None,
        surface=p.get("surface") or None,
        age=p.get("age") or None,
        sort=p.get("sort") or "severity",
        page=_int_param(p.get("page")),
    )
    error = None
    with read_transaction(_factory(request)) as session:
        try:
            page = queue_page(session, query)
        except InvalidInput as exc:
            error = str(exc)
            query = QueueQuery()
            page = queue_page(session, query)
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
            "sources": QUEUE_SOURCES,
            "ages": list(AGES),
            "sorts": SORTS,
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
    with read_transaction(_factory(request)) as session:
        try:
            view = views.item_view(session, item_id)
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
            "uphold_action": acts.upheld_action(view.current),
            "final_actions": FINAL_ACTIONS,
            "error": error,
            "form": defaultdict(str, form or {}),
            "task_id": request.query_params.get("task"),
        },
        status_code=status_code,
    )


@router.get("/items/{item_id}")
def item_page(request: Request, item_id: int, user: User = Depends(require_user)) -> Response:
    return _item_page(request, item_id, user)


def _act(
    request: Request,
    fn: Callable[[Session], object],
    *,
    ok: str,
    done: str,
    again: Callable[..., Response] | None = None,
    form: dict[str, Any] | None = None,
) -> Response:
    """Run the act ``fn(session)`` in one transaction. Done: flash ``ok`` and go to ``done``.
    Refused (a ``VimodError``): show the page again with the error and what was typed
    (``again(error=..., status_code=..., form=...)``), or without ``again`` just go on."""
    try:
        with transaction(_factory(request)) as session:
            fn(session)
    except VimodError as exc:
        if again is not None:
            return again(error=str(exc), status_code=http_status(exc, form=True), form=form)
        return _redirect(done)
    flash(request, _t(request)(ok))
    return _redirect(done)


@router.post("/items/{item_id}/claim")
def item_claim(
    request: Request, item_id: int, csrf_token: str = Form(""), user: User = Depends(require_user)
) -> Response:
    verify_csrf(request, csrf_token)
    return _act(request, lambda s: acts.claim_item(s, item_id, user), ok="claimed_done",
                done=f"/items/{item_id}", again=partial(_item_page, request, item_id, user))


@router.post("/items/{item_id}/release")
def item_release(
    request: Request, item_id: int, csrf_token: str = Form(""), user: User = Depends(require_user)
) -> Response:
    verify_csrf(request, csrf_token)
    return _act(request, lambda s: acts.release_item(s, item_id, user), ok="released_done",
                done="/queue")


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
    return _act(
        request,
        lambda s: acts.review_item(s, item_id, user, verdict=verdict, reason=reason,
                                   action=action or None),
        ok="escalated_done" if verdict == "escalate" else "decided",
        done="/queue",
        again=partial(_item_page, request, item_id, user),
        form={"verdict": verdict, "action": action, "reason": reason},
    )


# --------------------------------------------------------------------------- appeals


@router.get("/appeals")
def appeals(request: Request, user: User = Depends(require_user)) -> Response:
    status = request.query_params.get("status") or "pending"
    if status not in ("pending", "decided"):
        status = "pending"
    with read_transaction(_factory(request)) as session:
        number = _int_param(request.query_params.get("page"))
        page = appeals_page(session, status=status, page=number)
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
    with read_transaction(_factory(request)) as session:
        try:
            view = views.appeal_view(session, appeal_id)
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
            "final_actions": FINAL_ACTIONS,
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
    return _act(request, lambda s: acts.claim_appeal(s, appeal_id, user), ok="claimed_done",
                done=f"/appeals/{appeal_id}", again=partial(_appeal_page, request, appeal_id, user))


@router.post("/appeals/{appeal_id}/release")
def appeal_release(
    request: Request,
    appeal_id: int,
    csrf_token: str = Form(""),
    user: User = Depends(require_user),
) -> Response:
    verify_csrf(request, csrf_token)
    return _act(request, lambda s: acts.release_appeal(s, appeal_id, user), ok="released_done",
                done="/appeals")


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
    return _act(
        request,
        lambda s: acts.decide_appeal(s, appeal_id, user, outcome=outcome, reason=reason,
                                     action=action or None),
        ok="appeal_decided",
        done="/appeals",
        again=partial(_appeal_page, request, appeal_id, user),
        form={"outcome": outcome, "action": action, "reason": reason},
    )


# --------------------------------------------------------------------------- audit (admin)


@router.get("/audit")
def audit_log(request: Request, user: User = Depends(require_admin)) -> Response:
    q = (request.query_params.get("q") or "")[:200]
    with read_transaction(_factory(request)) as session:
        page = views.search_audit(session, q=q,
                                  page=_int_param(request.query_params.get("page")))
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
    policy = context(request).policy
    with read_transaction(_factory(request)) as session:
        history = policies.policy_history(session)
    return render(
        request,
        "policy.html",
        {
            "nav": "policy",
            "policy": policy,
            "history": history,
            "draft": draft if draft is not None else (policy.text or ""),
            "report": report,
            "error": error,
        },
        status_code=status_code,
    )


@router.get("/policy")
def policy_page(request: Request, user: User = Depends(require_admin)) -> Response:
    return _policy_page(request)


def _parse_policy(text: str) -> Policy:
    return Policy.from_toml(text, source="edited policy")


@router.post("/policy/dry-run")
def policy_dry_run(
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
    with read_transaction(_factory(request)) as session:
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
    ctx = context(request)
    try:
        with transaction(_factory(request)) as session:
            acts.activate_policy(session, new_policy, active_version=ctx.policy.version,
                                 actor=user_actor(user.username))
    except VimodError as exc:
        return _policy_page(request, draft=text, error=str(exc),
                            status_code=http_status(exc, form=True))
    # Swap only after the commit: the stored history never lags the live policy.
    ctx.policy = new_policy
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
    with read_transaction(_factory(request)) as session:
        accounts = users.list_users(session)
        platform_rows, keys = platforms.list_platforms_and_keys(session)
    return render(
        request,
        "accounts.html",
        {
            "nav": "accounts",
            "accounts": accounts,
            "platforms": platform_rows,
            "keys": keys,
            "can_create_keys": True,
            "new_key": new_key,
            "error": error,
            "form": defaultdict(str, form or {}),
            "roles": tuple(reversed(ROLES)),  # moderator first: the usual choice
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
            acts.create_account(session, user, username, password, role=role)
    except VimodError as exc:
        return _accounts_page(
            request,
            error=str(exc),
            status_code=http_status(exc, form=True),
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
    try:
        with transaction(_factory(request)) as session:
            acts.set_account_active(session, user, user_id, active == "1")
    except VimodError as exc:
        return _accounts_page(request, error=str(exc), status_code=http_status(exc, form=True))
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
    try:
        with transaction(_factory(request)) as session:
            key = acts.create_api_key(session, user, platform_id, name)
    except VimodError as exc:
        return _accounts_page(request, error=str(exc), status_code=http_status(exc, form=True))
    # Shown once, in this response only; never stored in the session or a redirect.
    return _accounts_page(request, new_key=key)
