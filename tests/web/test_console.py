"""The console over HTTP (TestClient against the real app): sessions, roles, CSRF, screens,
review acts and appeals. The browser tests in test_e2e_browser.py drive the same flows in
Chromium."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.web.conftest import csrf_of
from tests.web.factories import make_item
from vimod.store.models import Appeal, Decision, Item, Platform, User

LoginAs = Callable[[str], str]


def _item(factory: sessionmaker[Session], seeded: dict[str, int], **kw) -> Item:  # type: ignore[no-untyped-def]
    with factory() as s, s.begin():
        platform = s.get(Platform, seeded["platform"])
        assert platform is not None
        item, _, _ = make_item(s, platform, **kw)
        return item


def test_anonymous_is_sent_to_login_with_next(client: TestClient) -> None:
    r = client.get("/queue?source=automated")
    assert r.status_code == 303
    assert r.headers["location"] == "/login?next=%2Fqueue%3Fsource%3Dautomated"


def test_session_cookie_flags(client: TestClient, seeded: dict[str, int]) -> None:
    page = client.get("/login")
    token = csrf_of(page.text)
    r = client.post("/login", data={"username": "lan", "password": "mật-khẩu-thử-nghiệm",
                                    "csrf_token": token})
    header = r.headers["set-cookie"].lower()
    assert "vimod_session=" in header and "httponly" in header and "samesite=lax" in header


def test_login_with_wrong_password_fails(client: TestClient, seeded: dict[str, int]) -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "lan", "password": "sai-mật-khẩu-rồi",
                                    "csrf_token": token})
    assert r.status_code == 401
    assert "không đúng" in r.text
    assert client.get("/queue").status_code == 303


def test_login_refuses_offsite_next(client: TestClient, seeded: dict[str, int]) -> None:
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "lan", "password": "mật-khẩu-thử-nghiệm",
                                    "csrf_token": token, "next": "//evil.example/x"})
    assert r.headers["location"] == "/queue"


@pytest.mark.parametrize("token", [None, "", "wrong-token"], ids=["missing", "empty", "wrong"])
def test_post_without_valid_csrf_is_refused(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs, token: str | None,
) -> None:
    item = _item(factory, seeded)
    login_as("lan")
    data = {"verdict": "uphold", "reason": "lý do"}
    if token is not None:
        data["csrf_token"] = token
    r = client.post(f"/items/{item.id}/review", data=data)
    assert r.status_code == 403
    with factory() as s:
        assert s.scalar(select(Decision).where(Decision.automated.is_(False))) is None


def test_login_form_needs_csrf(client: TestClient, seeded: dict[str, int]) -> None:
    client.get("/login")
    r = client.post("/login", data={"username": "lan", "password": "mật-khẩu-thử-nghiệm"})
    assert r.status_code == 403


@pytest.mark.parametrize("path", ["/audit", "/policy", "/admin/accounts"])
def test_moderator_cannot_reach_admin_pages(
    client: TestClient, seeded: dict[str, int], login_as: LoginAs, path: str
) -> None:
    login_as("lan")
    assert client.get(path).status_code == 403


@pytest.mark.parametrize("path", ["/audit", "/policy", "/admin/accounts", "/queue", "/appeals"])
def test_admin_reaches_every_page(
    client: TestClient, seeded: dict[str, int], login_as: LoginAs, path: str
) -> None:
    login_as("quantri")
    assert client.get(path).status_code == 200


def test_queue_lists_items_and_escapes_user_text(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    _item(factory, seeded, text="<script>alert(1)</script> bọn mọi")
    login_as("lan")
    r = client.get("/queue")
    assert r.status_code == 200
    assert "<script>alert(1)" not in r.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert client.get("/queue?source=user_report").text.count("data-row") == 0
    assert client.get("/queue?sort=bogus").status_code == 400


def test_item_page_marks_spans_and_escapes(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    item = _item(factory, seeded, text="<b>x</b> bọn mọi rợ")
    login_as("lan")
    r = client.get(f"/items/{item.id}")
    assert r.status_code == 200
    assert "&lt;b&gt;x&lt;/b&gt; bọn <mark>mọi</mark> rợ" in r.text
    assert "tác-giả-1" not in r.text  # no author id or profile on the page


def test_review_through_the_console_decides_item(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    item = _item(factory, seeded)
    token = login_as("lan")
    assert client.post(f"/items/{item.id}/claim", data={"csrf_token": token}).status_code == 303
    r = client.post(f"/items/{item.id}/review", data={
        "csrf_token": token, "verdict": "overturn", "action": "label", "reason": "châm biếm"})
    assert r.status_code == 303
    with factory() as s:
        it = s.get(Item, item.id)
        dec = s.get(Decision, it.current_decision_id)  # type: ignore[union-attr]
        assert dec is not None and (dec.action, dec.reviewer_id) == ("label", seeded["lan"])


def test_claimed_item_refused_to_other_moderator(
    client: TestClient, app: FastAPI, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    item = _item(factory, seeded)
    token = login_as("lan")
    client.post(f"/items/{item.id}/claim", data={"csrf_token": token})
    with TestClient(app, follow_redirects=False) as other:
        from tests.web.conftest import login

        token2 = login(other, "minh")
        r = other.post(f"/items/{item.id}/review",
                       data={"csrf_token": token2, "verdict": "uphold", "reason": "x"})
        assert r.status_code == 409
        assert "lan đang xử lý nội dung này." in r.text  # the refusal, in Vietnamese
        assert "fieldset disabled" in r.text  # and the form is shown disabled


def test_review_without_reason_rerenders_with_error(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    item = _item(factory, seeded)
    token = login_as("lan")
    r = client.post(f"/items/{item.id}/review",
                    data={"csrf_token": token, "verdict": "uphold", "reason": " "})
    assert r.status_code == 400 and "Cần có lý do" in r.text


def test_appeal_needs_a_second_moderator(
    client: TestClient, app: FastAPI, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    from vimod.acts import create_appeal

    item = _item(factory, seeded)
    token = login_as("lan")
    client.post(f"/items/{item.id}/review",
                data={"csrf_token": token, "verdict": "uphold", "reason": "thù ghét"})
    with factory() as s, s.begin():
        dec = s.get(Decision, s.get(Item, item.id).current_decision_id)  # type: ignore[union-attr]
        appeal, _ = create_appeal(s, seeded["platform"], dec.public_id,  # type: ignore[union-attr]
                                  statement="Tôi trích dẫn để phản bác", actor="api:1")
    page = client.get(f"/appeals/{appeal.id}")
    assert "Bạn đã ra quyết định bị kháng nghị" in page.text
    r = client.post(f"/appeals/{appeal.id}/decide",
                    data={"csrf_token": token, "outcome": "reverse", "action": "allow",
                          "reason": "tự xét lại"})
    assert r.status_code == 409
    from tests.web.conftest import login

    with TestClient(app, follow_redirects=False) as other:
        token2 = login(other, "minh")
        assert "Tôi trích dẫn để phản bác" in other.get("/appeals").text
        r = other.post(f"/appeals/{appeal.id}/decide",
                       data={"csrf_token": token2, "outcome": "reverse", "action": "allow",
                             "reason": "trích dẫn để phản bác"})
        assert r.status_code == 303
    with factory() as s:
        a = s.get(Appeal, appeal.id)
        assert a is not None and (a.status, a.decided_by) == ("reversed", seeded["minh"])


def test_language_switch_to_english_is_remembered(
    client: TestClient, seeded: dict[str, int], login_as: LoginAs
) -> None:
    login_as("lan")
    vi = client.get("/queue")
    assert '<html lang="vi">' in vi.text and "Hàng chờ kiểm duyệt" in vi.text
    en = client.get("/queue?lang=en")
    assert '<html lang="en">' in en.text and "Review queue" in en.text
    assert '<html lang="en">' in client.get("/appeals").text  # cookie keeps it


def test_admin_creates_account_and_api_key(
    client: TestClient, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    token = login_as("quantri")
    r = client.post("/admin/accounts", data={"csrf_token": token, "username": "hoa",
                                             "password": "mật-khẩu-của-hoa", "role": "moderator"})
    assert r.status_code == 303
    with factory() as s:
        assert s.scalar(select(User.role).where(User.username == "hoa")) == "moderator"
    r = client.post("/admin/api-keys", data={"csrf_token": token, "platform_id": seeded["platform"],
                                             "name": "máy chủ chính"})
    assert r.status_code == 200 and "vmk_" in r.text
    key = r.text.split('id="new-key">')[1].split("<")[0]
    assert key not in client.get("/admin/accounts").text  # shown once
    from vimod.store.platforms import authenticate

    with factory() as s:
        assert authenticate(s, key) is not None


def test_policy_dry_run_and_activation(
    client: TestClient, app: FastAPI, factory: sessionmaker[Session], seeded: dict[str, int],
    login_as: LoginAs,
) -> None:
    _item(factory, seeded, action="review")
    token = login_as("quantri")
    text = app.state.policy.text
    old_version = app.state.policy.version
    r = client.post("/policy/dry-run", data={"csrf_token": token, "text": text})
    assert r.status_code == 200 and 'id="dry-run-result"' in r.text
    bad = client.post("/policy/dry-run", data={"csrf_token": token, "text": "version = ["})
    assert bad.status_code == 400
    same = client.post("/policy/activate", data={"csrf_token": token, "text": text})
    assert same.status_code == 409 and app.state.policy.version == old_version
    new_text = text.replace(f'version = "{old_version}"', 'version = "console-test-2"', 1)
    assert new_text != text
    r = client.post("/policy/activate", data={"csrf_token": token, "text": new_text})
    assert r.status_code == 303
    assert app.state.policy.version == "console-test-2"
    page = client.get("/policy").text
    assert "console-test-2" in page and "user:quantri" in page
    assert "policy.activated" in client.get("/audit?q=policy").text


def test_logout_ends_the_session(
    client: TestClient, seeded: dict[str, int], login_as: LoginAs
) -> None:
    token = login_as("lan")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 303
    assert client.get("/queue").status_code == 303


def test_static_assets_are_served(client: TestClient) -> None:
    assert client.get("/static/console.css").status_code == 200
    assert client.get("/static/console.js").status_code == 200


def test_repeated_wrong_passwords_are_throttled(
    client: TestClient, seeded: dict[str, int]
) -> None:
    token = csrf_of(client.get("/login").text)
    for _ in range(5):
        r = client.post("/login", data={"username": "lan", "password": "đoán-mò-mật-khẩu",
                                        "csrf_token": token})
        assert r.status_code == 401
    r = client.post("/login", data={"username": "lan", "password": "mật-khẩu-thử-nghiệm",
                                    "csrf_token": token})
    assert r.status_code == 429


def test_console_pages_send_strict_security_headers(
    client: TestClient, seeded: dict[str, int]
) -> None:
    r = client.get("/login")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["cache-control"] == "no-store"
