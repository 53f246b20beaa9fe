"""Bad input gets a clear 4xx with a message, never a 5xx, and nothing is stored half-way."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from tests.api.test_api_moderate import count
from vimod.store.models import AuditLog, Decision, Item

OK = {"id": "ok-1", "text": "Bài viết hay"}


def raw(client: TestClient, body: bytes, ctype: str = "application/json") -> tuple[int, dict]:
    r = client.post("/v1/moderate", content=body, headers={"Content-Type": ctype})
    return r.status_code, r.json()


@pytest.mark.parametrize(
    "body",
    [
        {"id": "1"},
        {"text": "x"},
        {"id": "1", "text": ""},
        {"id": "1", "text": "   \n\t "},
        {"id": "1", "text": "x" * 20_001},
        {"id": "1", "text": 42},
        {"id": 1, "text": "x"},
        {"id": "1", "text": ["x"]},
        {"id": "1", "text": None},
        {"id": "1", "text": "x", "extra": True},
        {"id": "1", "text": "x", "author": "u1"},
        {"id": "1", "text": "a\x00b"},
        {"id": "bad\nid", "text": "x"},
        {"id": "", "text": "x"},
        {"id": "i" * 201, "text": "x"},
        {"id": "1", "text": "x", "surface": "Not A Surface"},
        {"id": "1", "text": "x", "created_at": "yesterday"},
        {"items": []},
        {"items": [OK] * 2},
        {"items": [{"id": f"i{i}", "text": "x"} for i in range(101)]},
        {"items": [OK, {"id": "2", "text": ""}]},
        {"items": "nope"},
        [OK],
        "just a string",
        None,
    ],
    ids=["no-text", "no-id", "empty-text", "blank-text", "text-20001", "text-int", "id-int",
         "text-list", "text-null", "unknown-field", "author-not-author_id", "nul-char",
         "control-char-id", "empty-id", "long-id", "bad-surface", "bad-date", "empty-batch",
         "duplicate-ids", "batch-101", "one-bad-in-batch", "items-string", "top-level-list",
         "top-level-string", "null"],
)
def test_bad_moderate_body_is_422_and_stores_nothing(client: TestClient, engine: Engine,
                                                     body: object) -> None:
    status, payload = raw(client, json.dumps(body).encode())
    assert status == 422, payload
    assert isinstance(payload["detail"], list) and payload["detail"][0]["msg"]
    assert count(engine, Item) == 0 and count(engine, Decision) == 0
    assert count(engine, AuditLog, AuditLog.action == "decision.created") == 0


def test_exactly_20000_chars_and_100_items_are_accepted(client: TestClient) -> None:
    assert client.post("/v1/moderate", json={"id": "big", "text": "a" * 20_000}).status_code \
        == 200
    items = [{"id": f"n{i}", "text": "chào"} for i in range(100)]
    assert len(client.post("/v1/moderate", json={"items": items}).json()["results"]) == 100


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b'{"id": "1", "text": "\\ud800"}', 422),            # lone surrogate escape
        (b'{"id": "1", "text": "\\udc00abc\\ud83d"}', 422),
        (b'{"id": "1", "text": "caf\xe9"}', 400),             # latin-1 byte, not UTF-8
        (b'\xff\xfe{\x00}', 400),
        (b'{"id": "1", "text": "x"', 422),                    # truncated JSON
        (b'{"id": "1", "text": "x",}', 422),                  # trailing comma
        (b"{'id': '1'}", 422),
        (b"", 422),
        (b"NaN", 422),
    ],
    ids=["lone-surrogate", "surrogates", "invalid-utf8", "bom-garbage", "truncated",
         "trailing-comma", "single-quotes", "empty-body", "nan"],
)
def test_malformed_bodies_get_a_clear_4xx(client: TestClient, engine: Engine, body: bytes,
                                          status: int) -> None:
    code, payload = raw(client, body)
    assert code == status, payload
    assert payload["detail"]
    assert count(engine, Item) == 0


def test_control_characters_in_text_are_kept(client: TestClient) -> None:
    r = client.post("/v1/moderate", json={"id": "cc", "text": "dòng 1\r\ndòng\t2\x07"})
    assert r.status_code == 200


def test_wrong_content_type_is_4xx(client: TestClient) -> None:
    code, _ = raw(client, json.dumps(OK).encode(), ctype="text/plain")
    assert 400 <= code < 500


def test_oversized_body_is_413(client: TestClient, engine: Engine) -> None:
    big = b'{"id": "1", "text": "' + b"x" * (17 * 1024 * 1024) + b'"}'
    code, payload = raw(client, big)
    assert code == 413 and "too large" in payload["detail"]
    assert count(engine, Item) == 0


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/reports", {"item_id": "x"}),
        ("/v1/reports", {"item_id": "x", "reason": ""}),
        ("/v1/reports", {"item_id": "x", "reason": "spam", "severity": 5}),
        ("/v1/authority-requests", {"item_id": "x", "authority": "A", "legal_basis": "B"}),
        ("/v1/authority-requests", {"item_id": "x", "authority": "A", "legal_basis": "B",
                                    "deadline": "soon"}),
        ("/v1/appeals", {"decision_id": "dec_1"}),
        ("/v1/appeals", {"decision_id": "dec 1", "statement": "x"}),
        ("/v1/appeals", {"decision_id": "dec_1", "statement": "x" * 5001}),
    ],
    ids=["report-no-reason", "report-empty-reason", "report-unknown-field",
         "authority-no-deadline", "authority-bad-deadline", "appeal-no-statement",
         "appeal-bad-id", "appeal-long-statement"],
)
def test_bad_case_bodies_are_422(client: TestClient, path: str, body: dict) -> None:
    r = client.post(path, json=body)
    assert r.status_code == 422, r.text
