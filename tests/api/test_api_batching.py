"""The detector micro-batcher merges concurrent calls and keeps results in order."""

from __future__ import annotations

import threading
import time

from tests.api.fakes import FakeDetector
from vimod.api.batching import BatchingDetector


class SlowFake(FakeDetector):
    def predict(self, texts: list[str]):  # type: ignore[no-untyped-def]
        time.sleep(0.05)
        if any("boom" in t for t in texts):
            raise ValueError("boom")
        return super().predict(texts)


def test_concurrent_calls_share_model_calls_and_keep_order() -> None:
    inner = SlowFake()
    batcher = BatchingDetector(inner)
    results: dict[int, list] = {}

    def call(i: int) -> None:
        with batcher.expect():
            results[i] = batcher.predict([f"văn bản {i}", "đồ ngu" if i % 2 else "chào"])

    threads = [threading.Thread(target=call, args=(i,)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    batcher.close()
    assert sorted(results) == list(range(10))
    for i, res in results.items():
        assert len(res) == 2
        assert res[1].label == ("OFFENSIVE" if i % 2 else "CLEAN")
    assert inner.calls < 10  # merged
    assert batcher.version == "fake-1"


def test_a_failing_text_only_fails_its_own_request() -> None:
    batcher = BatchingDetector(SlowFake())
    out: dict[str, object] = {}

    def call(text: str) -> None:
        try:
            out[text] = batcher.predict([text])[0].label
        except ValueError as e:
            out[text] = e

    threads = [threading.Thread(target=call, args=(t,)) for t in ("boom", "chào", "đồ ngu")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    batcher.close()
    assert isinstance(out["boom"], ValueError)
    assert out["chào"] == "CLEAN" and out["đồ ngu"] == "OFFENSIVE"
    assert batcher.predict([]) == []


def test_http_requests_are_announced_and_struck_off(client, app) -> None:  # type: ignore[no-untyped-def]
    assert client.post("/v1/moderate", json={"id": "a", "text": "chào"}).status_code == 200
    assert client.post("/v1/moderate", json={"id": "b", "text": ""}).status_code == 422
    assert client.post("/v1/moderate", json={"id": "a", "text": "chào"}).json()["replayed"]
    assert app.state.batcher._expected == 0
