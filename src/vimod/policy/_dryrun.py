"""Dry run: replay a policy over stored items and report what would change.

The replay uses each item's STORED detection (no re-scoring), so it shows the effect of the
policy alone. "From" is the item's current action (its latest decision, automated or
human); items whose current decision was made by a person are counted apart, because a new
policy would never overwrite a human decision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from vimod.policy._policy import SEVERITY, Policy, _get


@dataclass
class DryRunReport:
    """Counts of what ``new_policy`` would do to the replayed items."""

    policy_version: str
    total: int = 0
    changed: int = 0
    stricter: int = 0
    looser: int = 0
    #: items whose current decision is a human one: never overwritten, counted here
    human_decided: int = 0
    #: (from_action, to_action) -> count, only for changed items
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (new_rule, from_action, to_action) -> count, only for changed items
    by_rule: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    #: (new_category, from_action, to_action) -> count, only for changed items
    by_category: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    #: new action -> count over all automated items
    actions_after: Counter[str] = field(default_factory=Counter)
    #: new rule -> count over all automated items (which rules would fire, and how often)
    rules_after: Counter[str] = field(default_factory=Counter)
    #: (new_category, new_action) -> count over all automated items
    categories_after: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: up to ``max_examples`` changed items: {item_id, surface, from, to, rule, category}
    examples: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "policy_version": self.policy_version,
            "total": self.total,
            "changed": self.changed,
            "stricter": self.stricter,
            "looser": self.looser,
            "human_decided": self.human_decided,
            "transitions": [
                {"from": a, "to": b, "count": n} for (a, b), n in self.transitions.most_common()
            ],
            "by_rule": [
                {"rule": r, "from": a, "to": b, "count": n}
                for (r, a, b), n in self.by_rule.most_common()
            ],
            "by_category": [
                {"category": c, "from": a, "to": b, "count": n}
                for (c, a, b), n in self.by_category.most_common()
            ],
            "actions_after": dict(self.actions_after),
            "rules_after": dict(self.rules_after.most_common()),
            "categories_after": [
                {"category": c, "action": a, "count": n}
                for (c, a), n in self.categories_after.most_common()
            ],
            "examples": list(self.examples),
        }

    def format_text(self) -> str:
        lines = [
            f"Dry run of policy {self.policy_version}: {self.total} items replayed, "
            f"{self.changed} would change ({self.stricter} stricter, {self.looser} looser); "
            f"{self.human_decided} decided by a person are left as they are.",
        ]
        if self.by_rule:
            lines.append("rule                      from     -> to        items")
            for (rule, a, b), n in self.by_rule.most_common():
                lines.append(f"{rule:<25} {a:<8} -> {b:<8} {n:>7}")
        if self.by_category:
            lines.append("category                  from     -> to        items")
            for (cat, a, b), n in self.by_category.most_common():
                lines.append(f"{cat:<25} {a:<8} -> {b:<8} {n:>7}")
        if self.categories_after:
            lines.append("after: category           action            items")
            for (cat, a), n in sorted(self.categories_after.items()):
                lines.append(f"{cat:<25} {a:<17} {n:>7}")
        return "\n".join(lines)


def dry_run(
    source: Any,
    new_policy: Policy,
    *,
    current_policy: Policy | None = None,
    platform_id: int | None = None,
    max_examples: int = 20,
) -> DryRunReport:
    """Replay ``new_policy`` over stored items and count what would change.

    ``source`` is either a SQLAlchemy ``Session`` (all stored items, or those of
    ``platform_id``, each with its stored detection and current decision) or an iterable of
    items: mappings/objects with ``detection`` (dict), optional ``surface``, optional
    ``action`` (the current action) and optional ``automated`` (default True), optional
    ``id``. With ``current_policy`` the "from" action is what that policy decides instead of
    the stored action (compare two policy files without a database).
    """
    from vimod.store.db import Session

    if isinstance(source, Session):
        from vimod.store.policies import iter_replay_items

        items: Iterable[Any] = iter_replay_items(source, platform_id=platform_id)
    else:
        items = source
    report = DryRunReport(policy_version=new_policy.version)
    for item in items:
        detection = _get(item, "detection")
        if detection is None:
            continue
        report.total += 1
        automated = _get(item, "automated", True)
        if automated is False:
            report.human_decided += 1
            continue
        new = new_policy.decide(item, detection)
        if current_policy is not None:
            old_action = current_policy.decide(item, detection).action
        else:
            old_action = _get(item, "action") or "allow"
        report.actions_after[new.action] += 1
        report.rules_after[new.rule] += 1
        report.categories_after[(new.category, new.action)] += 1
        if new.action == old_action:
            continue
        report.changed += 1
        if SEVERITY[new.action] > SEVERITY.get(old_action, 0):
            report.stricter += 1
        else:
            report.looser += 1
        report.transitions[(old_action, new.action)] += 1
        report.by_rule[(new.rule, old_action, new.action)] += 1
        report.by_category[(new.category, old_action, new.action)] += 1
        if len(report.examples) < max_examples:
            report.examples.append({
                "item_id": _get(item, "id"),
                "surface": _get(item, "surface") or "comment",
                "from": old_action,
                "to": new.action,
                "rule": new.rule,
                "category": new.category,
            })
    return report
