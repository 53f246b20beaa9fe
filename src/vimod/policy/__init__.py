"""vimod.policy: turn a detection into a decision on the content, with reasons.

>>> from vimod.policy import Policy
>>> policy = Policy.load()
>>> policy.decide({"surface": "comment"}, {"label": "HATE", "spam": 0.0, "spans": [],
...     "scores": {"CLEAN": 0.02, "OFFENSIVE": 0.03, "HATE": 0.95}, "model": "m"}).action
'remove'
"""

from __future__ import annotations

from vimod.policy._dryrun import DryRunReport, dry_run
from vimod.policy._policy import (
    ACTIONS,
    CATEGORIES,
    DEFAULT_POLICY_PATH,
    Condition,
    Decision,
    Policy,
    Rule,
)

__all__ = [
    "ACTIONS",
    "CATEGORIES",
    "Condition",
    "DEFAULT_POLICY_PATH",
    "Decision",
    "DryRunReport",
    "Policy",
    "Rule",
    "dry_run",
]
