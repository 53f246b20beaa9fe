"""The typed application context: declared defaults, and a bare app's state adopted."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from starlette.requests import Request

from vimod.context import AppContext, context


def test_console_caches_are_declared_up_front() -> None:
    ctx = AppContext({"policy": "p"})
    assert ctx.policy == "p"
    assert ctx.shared_state is None and ctx.public_report_cache == {}
    assert ctx.console_facets is None and ctx.webhook_sender is None


def test_context_adopts_a_bare_apps_state_in_place() -> None:
    app = FastAPI()
    app.state.sessionmaker = "factory"
    seen: list[AppContext] = []

    @app.get("/")
    def read(request: Request) -> dict[str, str]:
        ctx = context(request)
        seen.append(ctx)
        return {"factory": ctx.sessionmaker}

    with TestClient(app) as client:
        assert client.get("/").json() == {"factory": "factory"}
        client.get("/")
    assert isinstance(app.state, AppContext) and seen[0] is seen[1] is app.state
    assert app.state.public_report_cache == {}


def test_create_app_installs_a_context(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from vimod.api.app import create_app
    from vimod.api.config import Settings

    class Clean:
        version = "clean-1"

        def predict(self, texts: list[str]) -> list[dict[str, object]]:
            return [{"label": "CLEAN", "scores": {"CLEAN": 1.0, "OFFENSIVE": 0.0, "HATE": 0.0},
                     "spam": 0.0, "spans": [], "model": "clean-1"} for _ in texts]

    settings = Settings(db_url=f"sqlite:///{tmp_path / 'c.sqlite'}")
    app = create_app(settings, detector=Clean(), webhooks=False)
    try:
        assert isinstance(app.state, AppContext)
        assert app.state.detector.version == "clean-1" and app.state.policy.version
    finally:
        app.state.engine.dispose()
