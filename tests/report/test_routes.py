"""/reports (admins, in the console) and /public/reports/{platform} (published platforms only)."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from tests.report.factories import History
from vimod.store.models import User
from vimod.web.reports import router

PERIOD = {"since": "2026-03-02", "until": "2026-03-08"}


def _app(factory: sessionmaker[Session], role: str | None) -> FastAPI:
    """The report router on a bare app; ``role`` logs a user in the way vimod.web.auth reads it
    (request.state.console_user), so the real ``require_admin`` decides."""
    app = FastAPI()
    app.state.sessionmaker = factory
    app.include_router(router)

    @app.middleware("http")
    async def _login(request: Request, call_next):  # type: ignore[no-untyped-def]
        if role is not None:
            request.state.console_user = User(id=1, username="quan.tri", role=role, active=True)
        return await call_next(request)

    return app


@pytest.fixture
def admin(factory: sessionmaker[Session], history: History) -> TestClient:
    return TestClient(_app(factory, "admin"))


def test_reports_page_shows_report_to_admin(admin: TestClient, history: History) -> None:
    r = admin.get("/reports", params={**PERIOD, "platform": "forum"})
    assert r.status_code == 200
    assert "Báo cáo minh bạch" in r.text and "<svg" in r.text
    assert "style-src 'self' 'unsafe-inline'" in r.headers["content-security-policy"]
    # download links keep the chosen period and platform
    assert (
        "/reports?since=2026-03-02&amp;until=2026-03-08&amp;platform=forum&amp;format=csv" in r.text
    )
    for private in [*history.texts, *history.authors, *history.reviewers]:
        assert private not in r.text


def test_reports_download_json_as_attachment(admin: TestClient) -> None:
    r = admin.get("/reports", params={**PERIOD, "platform": "forum", "format": "json"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert "attachment" in r.headers["content-disposition"]
    assert json.loads(r.text)["decisions"]["total"] == 23


def test_reports_bad_period_is_400_unknown_platform_404(admin: TestClient) -> None:
    assert (
        admin.get("/reports", params={"since": "2026-03-08", "until": "2026-03-01"}).status_code
        == 400
    )
    assert admin.get("/reports", params={**PERIOD, "platform": "nope"}).status_code == 404
    assert admin.get("/reports", params={**PERIOD, "format": "pdf"}).status_code == 422


def test_reports_redirects_anonymous_to_login(factory: sessionmaker[Session]) -> None:
    r = TestClient(_app(factory, None)).get("/reports", follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login?next=")


def test_reports_forbidden_to_moderator(factory: sessionmaker[Session]) -> None:
    r = TestClient(_app(factory, "moderator")).get("/reports", params=PERIOD)
    assert r.status_code == 403
    assert "Báo cáo minh bạch" not in r.text


def test_public_report_for_published_platform_without_personal_data(
    factory: sessionmaker[Session], history: History
) -> None:
    client = TestClient(_app(factory, None))
    r = client.get("/public/reports/forum", params=PERIOD)
    assert r.status_code == 200
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "Trang công khai" in r.text
    for private in [*history.texts, *history.authors, *history.reviewers, "ext-1"]:
        assert private not in r.text
    csv_text = client.get("/public/reports/forum", params={**PERIOD, "format": "csv"}).text
    assert "items,received,,14" in csv_text.splitlines()
    for private in [*history.texts, *history.authors, *history.reviewers]:
        assert private not in csv_text


def test_public_report_404_unless_platform_publishes(
    factory: sessionmaker[Session], history: History
) -> None:
    client = TestClient(_app(factory, None))
    assert client.get("/public/reports/market", params=PERIOD).status_code == 404
    assert client.get("/public/reports/no-such-platform").status_code == 404


def test_public_report_rejects_unbounded_period(
    factory: sessionmaker[Session], history: History
) -> None:
    client = TestClient(_app(factory, None))
    r = client.get("/public/reports/forum", params={"since": "2000-01-01", "until": "2026-03-08"})
    assert r.status_code == 400
