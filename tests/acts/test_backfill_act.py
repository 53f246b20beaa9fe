"""vimod.acts.backfill: a backfill never replaces a person's decision; its webhook body."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vimod.acts.backfill import decision_changed_payload, redecide
from vimod.policy import Policy
from vimod.store.backfill import Applied, Redecision, StoredItem


def _item(automated: bool) -> StoredItem:
    return StoredItem(id=1, platform_id=1, external_id="c1", text="đồ ngu", surface="comment",
                      author_id=None, created_at=None, decision_id=7,
                      decision_public_id="dec_old", action="allow", rule="default",
                      category="none", automated=automated)


def test_a_persons_decision_is_never_replaced() -> None:
    det = {"label": "OFFENSIVE", "scores": {"CLEAN": 0.1, "OFFENSIVE": 0.8, "HATE": 0.1},
           "spam": 0.0, "spans": [], "model": "m"}
    decision = Policy.load().decide({"surface": "comment"}, det)
    with pytest.raises(ValueError, match="person"):
        redecide(None, [Redecision(_item(False), det, decision)], actor="cli")  # type: ignore[arg-type]


def test_the_webhook_names_the_new_and_the_previous_decision() -> None:
    det = {"label": "CLEAN", "scores": {"CLEAN": 1.0, "OFFENSIVE": 0.0, "HATE": 0.0},
           "spam": 0.0, "spans": [], "model": "m"}
    decision = Policy.load().decide({"surface": "comment"}, det)
    when = datetime(2026, 12, 3, tzinfo=UTC)
    body = decision_changed_payload(Applied(_item(True), decision, "dec_new", when))
    assert body["decision_id"] == "dec_new" and body["previous_decision_id"] == "dec_old"
    assert body["previous_action"] == "allow" and body["automated"] is True
    assert body["origin"] == "automated" and body["created_at"] == when.isoformat()
