"""Dry runs over plain items (the database path is tested in tests/store)."""

from __future__ import annotations

import json

from vimod.policy import Policy, dry_run

from .test_policy_engine import MINIMAL, det


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
