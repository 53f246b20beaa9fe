"""Console routes: thin handlers that check the session, the role and the CSRF token, run
one act (``vimod.acts``) in a transaction or read one view (``vimod.store.queue`` /
``vimod.store.views``), and render a template."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.responses import Response

from vimod import acts
from vimod.context import context
from vimod.errors import InvalidInput, NotFound, PolicyError, VimodError, http_status
from vimod.messages import LANGS
from vimod.policy import Policy, dry_run
from vimod.store import clusters, platforms, policies, users, views
from vimod.store.db import Session, SessionFactory, read_transaction, transaction
from vimod.store.models import User
from vimod.store.queue import (
    AGES,
    CLAIMS,
    QUEUE_SOURCES,
    SORTS,
    QueueQuery,
    appeals_page,
    queue_facets,
    queue_page,
)
from vimod.vocab import CATEGORIES, FINAL_ACTIONS, ROLES, user_actor
from vimod.web.auth import (
    ConsoleHTTPError,
    current_user,
    login_session,
    logout_session,
    require_admin,
    require_user,
    verify_csrf,
)
from vimod.web.i18n import error_text, translator
from vimod.web.reasons import canned_reasons, get_reason, ordered_for
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


def _queue_query(params: Any, user: User, **overrides: Any) -> QueueQuery:
    values: dict[str, Any] = {
        "source": params.get("source") or None,
        "label": params.get("label") or None,
        "surface": params.get("surface") or None,
        "age": params.get("age") or None,
        "category": params.get("category") or None,
        "rule": params.get("rule") or None,
        "report_reason": params.get("report_reason") or None,
        "claim": params.get("claim") or None,
        "sort": params.get("sort") or "severity",
        "page": _int_param(params.get("page")),
        "user_id": user.id,
    }
    values.update(overrides)
    return QueueQuery(**values)


#: Items clustered per queue view at most (the rest on the next views).
CLUSTER_BATCH = 500


@router.get("/queue")
def queue(request: Request, user: User = Depends(require_user)) -> Response:
    query = _queue_query(request.query_params, user)
    error = None
    # Items that entered the queue since the last view join their clusters of near-duplicates
    # (derived data, a few items per view in steady state).
    with read_transaction(_factory(request)) as session:
        stale = clusters.any_unclustered(session)
    if stale:
        with transaction(_factory(request)) as session:
            acts.assign_clusters(session, limit=CLUSTER_BATCH)
    with read_transaction(_factory(request)) as session:
        try:
            page = queue_page(session, query)
        except InvalidInput as exc:
            error = str(exc)
            query = QueueQuery(user_id=user.id)
            page = queue_page(session, query)
        facets = _facets(request, session)
    base = query.filters()
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
            "claims": CLAIMS,
            "reasons": [r for r in canned_reasons() if r.action != "allow"]
            + [r for r in canned_reasons() if r.action == "allow"],
            "page_params": base,
            # Carried to the item page, so "submit & next" stays in this filter and sort.
            "queue_qs": urlencode(base),
            "error": error,
        },
        status_code=400 if error else 200,
    )


@router.get("/queue/poll")
def queue_poll(request: Request, user: User = Depends(require_user)) -> Response:
    """What the open queue page needs to stay live: the total, and who holds each row's item
    (an item no longer listed has been decided). Polled by console.js."""
    query = _queue_query(request.query_params, user)
    t = _t(request)
    with read_transaction(_factory(request)) as session:
        try:
            page = queue_page(session, query)
        except InvalidInput as exc:
            raise ConsoleHTTPError(status_code=400, detail=str(exc)) from exc
    claims: dict[str, str] = {}
    for row in page.rows:
        if row.claimed_by and row.lapsed:
            claims[str(row.item_id)] = t("claim_lapsed", name=row.claimed_by)
        elif row.claimed_by == user.username:
            claims[str(row.item_id)] = t("claimed_by_you")
        elif row.claimed_by:
            claims[str(row.item_id)] = f"{t('claimed_by')} {row.claimed_by}"
        else:
            claims[str(row.item_id)] = t("status_open")
    return JSONResponse({"total": page.total, "claims": claims},
                        headers={"Cache-Control": "no-store"})


# --------------------------------------------------------------------------- item


def _queue_from(request: Request, user: User) -> tuple[QueueQuery, str]:
    """The queue filter the moderator came from (carried in the item page's URL and forms),
    and its query string."""
    query = _queue_query(request.query_params, user, page=1)
    try:
        query.validate()
    except InvalidInput:
        query = QueueQuery(user_id=user.id)
    return query, urlencode(query.filters())


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
    categories = {k: float(v) for k, v in (detection.get("categories") or {}).items()}
    claim_state, holder_name = view.claim_state(user.id, datetime.now(UTC))
    _, queue_qs = _queue_from(request, user)
    return render(
        request,
        "item.html",
        {
            "nav": "queue",
            "view": view,
            "segments": highlight(view.item.text, spans),
            "detection": detection,
            "categories": sorted(categories.items(), key=lambda kv: -kv[1]),
            "holder": view.claimed_by,
            "claim_state": claim_state,
            "holder_name": holder_name,
            "uphold_action": acts.upheld_action(view.current),
            "final_actions": FINAL_ACTIONS,
            "reasons": ordered_for(categories)[:9],
            "all_categories": CATEGORIES,
            "error": error,
            "form": defaultdict(str, form or {}),
            "queue_qs": queue_qs,
        },
        status_code=status_code,
    )


def _resolve_item(request: Request, ref: str) -> int:
    """An item by vimod's id (digits) or by the platform's own id."""
    if ref.isdigit():
        return int(ref)
    with read_transaction(_factory(request)) as session:
        found = views.items_by_external_id(session, ref)
    if not found:
        raise ConsoleHTTPError(status_code=404, detail=f"item {ref} does not exist")
    return found[0]


@router.get("/items/{ref}")
def item_page(request: Request, ref: str, user: User = Depends(require_user)) -> Response:
    item_id = _resolve_item(request, ref)
    if not ref.isdigit():
        return _redirect(f"/items/{item_id}")
    if request.query_params.get("claim") == "1":
        # Opening an item from the queue claims it (unless someone else holds it): the
        # claim is what tells the other moderators to take the next one.
        try:
            with transaction(_factory(request)) as session:
                acts.claim_item(session, item_id, user)
        except VimodError:
            pass
    return _item_page(request, item_id, user)


@router.get("/lookup")
def lookup(request: Request, q: str = "", user: User = Depends(require_user)) -> Response:
    """Open an item by vimod's id or the platform's id (the header's box)."""
    q = q.strip()[:200]
    if not q:
        return _redirect("/queue")
    return _redirect(f"/items/{_resolve_item(request, q.lstrip('#'))}")


def _act(
    request: Request,
    fn: Callable[[Session], object],
    *,
    ok: str,
    done: str | Callable[[], str],
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
            return again(error=error_text(exc, request_lang(request)),
                         status_code=http_status(exc, form=True), form=form)
        return _redirect(done if isinstance(done, str) else "/queue")
    flash(request, _t(request)(ok))
    return _redirect(done if isinstance(done, str) else done())


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


def _verdict_args(verdict: str, action: str, canned: str, reason: str,
                  current_action: Callable[[], Any]) -> dict[str, Any]:
    """What the form means: a canned reason gives the category, the wording in both
    languages and (without an explicit verdict) the verdict; free text is added to it."""
    extra = reason.strip()
    if not canned:
        return {"verdict": verdict, "action": action or None, "reason": reason}
    chosen = get_reason(canned)
    if not verdict:
        verdict, overturn_to = acts.verdict_for(current_action(), chosen.action)
        action = overturn_to or ""
    elif verdict == "overturn" and not action:
        action = chosen.action
    wording = {lang: f"{chosen.text(lang)} {extra}".strip() for lang in LANGS}
    return {"verdict": verdict, "action": action or None, "reason": wording["vi"],
            "category": chosen.category, "wording": wording}


def _next_url(request: Request, user: User, item_id: int) -> str:
    query, qs = _queue_from(request, user)
    with read_transaction(_factory(request)) as session:
        nxt = views.next_item(session, query, user.id, after_item=item_id)
    if nxt is None:
        return "/queue" + (f"?{qs}" if qs else "")
    return f"/items/{nxt}?claim=1" + (f"&{qs}" if qs else "") + f"&done={item_id}"


@router.post("/items/{item_id}/review")
def item_review(
    request: Request,
    item_id: int,
    verdict: str = Form(""),
    action: str = Form(""),
    reason: str = Form(""),
    canned: str = Form(""),
    csrf_token: str = Form(""),
    user: User = Depends(require_user),
) -> Response:
    verify_csrf(request, csrf_token)

    def run(session: Session) -> object:
        args = _verdict_args(verdict, action, canned, reason,
                             lambda: views.current_decision(session, item_id))
        return acts.review_item(session, item_id, user, **args)

    return _act(
        request,
        run,
        ok="escalated_done" if verdict == "escalate" else "decided",
        done=lambda: _next_url(request, user, item_id),
        again=partial(_item_page, request, item_id, user),
        form={"verdict": verdict, "action": action, "reason": reason, "canned": canned},
    )


@router.post("/items/bulk")
def items_bulk(
    request: Request,
    item_ids: list[int] = Form(default_factory=list),
    cluster: list[int] = Form(default_factory=list),
    canned: str = Form(""),
    reason: str = Form(""),
    csrf_token: str = Form(""),
    user: User = Depends(require_user),
) -> Response:
    """Decide a selection or a cluster in one act (one decision per item)."""
    verify_csrf(request, csrf_token)
    _, qs = _queue_from(request, user)
    back = "/queue" + (f"?{qs}" if qs else "")
    try:
        chosen = get_reason(canned)
        wording = {lang: f"{chosen.text(lang)} {reason.strip()}".strip() for lang in LANGS}
        with transaction(_factory(request)) as session:
            # A ticked cluster row stands for every pending item of that cluster.
            for members in clusters.pending_items_of(session, cluster).values():
                item_ids = [*item_ids, *members]
            done = acts.review_items(session, item_ids, user, action=chosen.action,
                                     reason=wording["vi"], category=chosen.category,
                                     wording=wording)
    except VimodError as exc:
        flash(request, error_text(exc, request_lang(request)), "error")
        return _redirect(back)
    flash(request, _t(request)("bulk_done", n=len(done)))
    return _redirect(back)


@router.post("/items/{item_id}/notes")
def item_note(
    request: Request,
    item_id: int,
    text: str = Form(""),
    csrf_token: str = Form(""),
    user: User = Depends(require_user),
) -> Response:
    verify_csrf(request, csrf_token)
    return _act(request, lambda s: acts.add_note(s, item_id, user, text), ok="note_added",
                done=f"/items/{item_id}", again=partial(_item_page, request, item_id, user),
                form={"note": text})


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
            "categories": sorted(
                ((k, float(v)) for k, v in
                 ((view.item.item.detection or {}).get("categories") or {}).items()),
                key=lambda kv: -kv[1]),
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


AUDIT_FIELDS = ("q", "actor", "action", "item_id", "decision_id", "since", "until")


def _day(value: str | None, *, end: bool = False) -> datetime | None:
    """A YYYY-MM-DD day as the UTC instant it starts (``end``: the one after it ends)."""
    if not value:
        return None
    try:
        day = datetime.strptime(value[:10], "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError as exc:
        raise InvalidInput(f"{value!r} is not a date (YYYY-MM-DD)") from exc
    return day + timedelta(days=1) if end else day


def _audit_filter(request: Request) -> tuple[views.AuditFilter, dict[str, str]]:
    raw = {k: (request.query_params.get(k) or "")[:200] for k in AUDIT_FIELDS}
    f = views.AuditFilter(q=raw["q"], actor=raw["actor"], action=raw["action"],
                          item_id=raw["item_id"], decision_id=raw["decision_id"],
                          since=_day(raw["since"]), until=_day(raw["until"], end=True))
    return f, {k: v for k, v in raw.items() if v}


@router.get("/audit")
def audit_log(request: Request, user: User = Depends(require_admin)) -> Response:
    error = None
    try:
        filters, params = _audit_filter(request)
    except InvalidInput as exc:
        error, filters, params = error_text(exc, request_lang(request)), views.AuditFilter(), {}
    with read_transaction(_factory(request)) as session:
        page = views.search_audit(session, filters=filters,
                                  page=_int_param(request.query_params.get("page")))
    return render(
        request,
        "audit.html",
        {"nav": "audit", "page": page, "q": params.get("q", ""), "f": params,
         "page_params": params, "csv_qs": urlencode(params), "error": error},
        status_code=400 if error else 200,
    )


@router.get("/audit.csv")
def audit_csv(request: Request, user: User = Depends(require_admin)) -> Response:
    """The filtered audit log as CSV (UTF-8 with BOM, so spreadsheets read Vietnamese)."""
    import csv
    import io
    import json

    try:
        filters, _ = _audit_filter(request)
    except InvalidInput as exc:
        raise ConsoleHTTPError(status_code=400, detail=str(exc)) from exc
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(["id", "created_at", "actor", "action", "object_type", "object_id",
                     "platform_id", "before", "after"])
    with read_transaction(_factory(request)) as session:
        for a in views.audit_rows(session, filters):
            writer.writerow([a.id, a.created_at.isoformat(), a.actor, a.action, a.object_type,
                             a.object_id, a.platform_id or "",
                             json.dumps(a.before, ensure_ascii=False) if a.before else "",
                             json.dumps(a.after, ensure_ascii=False) if a.after else ""])
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="vimod-audit.csv"'})


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


@router.post("/admin/api-keys/{key_id}/revoke")
def api_key_revoke(
    request: Request,
    key_id: int,
    csrf_token: str = Form(""),
    user: User = Depends(require_admin),
) -> Response:
    verify_csrf(request, csrf_token)
    try:
        with transaction(_factory(request)) as session:
            acts.revoke_api_key(session, key_id, actor=user_actor(user.username))
    except VimodError as exc:
        return _accounts_page(request, error=error_text(exc, request_lang(request)),
                              status_code=http_status(exc, form=True))
    # This process trusts no cached verification of it any more (other workers: docs).
    cache = getattr(context(request), "auth_cache", None)
    if cache is not None and hasattr(cache, "clear"):
        cache.clear()
    flash(request, _t(request)("api_key_revoked"))
    return _redirect("/admin/accounts")
