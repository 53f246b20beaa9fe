"""Dry runs over plain items (the database path is tested in tests/store)."""

from __future__ import annotations

import json

from vimod.policy import Policy, dry_run

from ._factories import MINIMAL, det


def _items() -> list[dict]:
    return [
        {"id": "a", "surface": "comment", "detection": det("HATE", hate=0.95), "action": "remove"},
        {"id": "b", "surface": "comment", "detection": det("HATE", hate=0.7), "action": "review"},
        {"id": "c", "surface": "comment", "detection": det(), "action": "allow"},
        {"id": "d", "surface": "comment", "detection": det("HATE", hate=0.7), "action": "allow",
         "automated": False},
    ]


def test_dry_run_counts_changes_per_rule() -> None:
    stricter = Policy.from_toml(MINIMAL.replace("HATE = 0.9", "HATE = 0.6"))
    report = dry_run(_items(), stricter)
    assert report.total == 4
    assert report.human_decided == 1
    assert report.changed == 1 and report.stricter == 1 and report.looser == 0
    assert report.transitions == {("review", "remove"): 1}
    assert report.by_rule == {("hate", "review", "remove"): 1}
    assert report.examples[0]["item_id"] == "b"
    json.dumps(report.to_dict())
    assert "hate" in report.format_text()


def test_dry_run_between_two_policies_without_stored_actions() -> None:
    items = [{"detection": det("HATE", hate=0.7)}, {"detection": det()}]
    report = dry_run(items, Policy.from_toml(MINIMAL), current_policy=Policy.load())
    assert report.transitions == {("review", "allow"): 1}
    assert report.looser == 1


def test_dry_run_same_policy_changes_nothing() -> None:
    p = Policy.load()
    items = [{"detection": d, "action": p.decide({}, d).action}
             for d in (det("HATE", hate=0.95), det(), det("OFFENSIVE", off=0.9, hate=0.0))]
    report = dry_run(items, p)
    assert report.total == 3 and report.changed == 0


def test_dry_run_reports_per_rule_and_per_category() -> None:
    from ._factories import cdet
    from .test_default_policy import IDENTITY_MID

    items = [
        {"id": "a", "detection": cdet(identity_attack=0.97, targets=["region"]),
         "action": "allow"},
        {"id": "b", "detection": cdet(identity_attack=IDENTITY_MID), "action": "allow"},
        {"id": "c", "detection": cdet(scam=0.97), "action": "remove"},
        {"id": "d", "detection": cdet(self_harm=0.95), "action": "remove"},
        {"id": "e", "detection": cdet(profanity=0.95), "action": "label"},
        {"id": "f", "detection": cdet(), "action": "allow"},
    ]
    report = dry_run(items, Policy.load())
    assert report.total == 6 and report.changed == 4
    assert report.by_category == {
        ("identity_attack", "allow", "remove"): 1,
        ("identity_attack", "allow", "review"): 1,
        ("self_harm", "remove", "review"): 1,
        ("profanity", "label", "allow"): 1,
    }
    assert report.categories_after == {
        ("identity_attack", "remove"): 1, ("identity_attack", "review"): 1,
        ("scam", "remove"): 1, ("self_harm", "review"): 1, ("profanity", "allow"): 1,
        ("none", "allow"): 1,
    }
    assert report.rules_after["default"] == 1 and report.rules_after["scam-high"] == 1
    out = report.to_dict()
    assert {"category": "self_harm", "from": "remove", "to": "review", "count": 1} \
        in out["by_category"]
    assert {"category": "scam", "action": "remove", "count": 1} in out["categories_after"]
    assert {e["item_id"]: e["category"] for e in out["examples"]}["d"] == "self_harm"
    text = report.format_text()
    assert "category" in text and "self_harm" in text and "identity_attack" in text
    json.dumps(out)
