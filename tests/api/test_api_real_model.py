"""A few end-to-end requests through the real shipped model (no fake detector)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.utils.skips import skip_or_fail
from vimod.api.app import create_app
from vimod.api.config import Settings
from vimod.store.db import transaction
from vimod.store.platforms import create_platform


@pytest.fixture(scope="module")
def real_client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    from vimod.detect import Detector
    from vimod.errors import ModelError

    try:
        detector = Detector.load()
    except ModelError as e:
        skip_or_fail(f"the shipped model is not available: {e}")
    db: Path = tmp_path_factory.mktemp("real") / "real.sqlite"
    app = create_app(Settings(db_url=f"sqlite:///{db}", secret_key="r" * 40, rate_per_s=0),
                     detector=detector, webhooks=False)
    with transaction(app.state.sessionmaker) as s:
        _, key = create_platform(s, "real")
    return TestClient(app, headers={"Authorization": f"Bearer {key}"})


def test_real_model_moderates_a_batch(real_client: TestClient) -> None:
    texts = ["Cảm ơn bạn đã chia sẻ bài viết rất hữu ích",
             "Đảng nên lắng nghe ý kiến phản biện của nhân dân",
             "mày ngu như chó, cút đi"]
    r = real_client.post("/v1/moderate", json={"items": [
        {"id": f"r{i}", "text": t} for i, t in enumerate(texts)]})
    assert r.status_code == 200, r.text
    res = r.json()["results"]
    assert {x["action"] for x in res} <= {"allow", "label", "review", "remove"}
    # Civic speech is never acted on.
    assert res[1]["action"] == "allow" and res[0]["action"] == "allow"
    assert res[2]["detection"]["label"] in {"OFFENSIVE", "HATE"}
    assert all(x["model_version"] for x in res)


def test_real_model_health_names_the_model(real_client: TestClient) -> None:
    body = real_client.get("/healthz").json()
    assert body["status"] == "ok" and body["model_version"] not in ("", "unknown")
