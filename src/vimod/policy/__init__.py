"""vimod.policy: turn a detection into a decision on the content, with reasons.

>>> from vimod.policy import Policy
>>> policy = Policy.load()
>>> policy.decide({"surface": "comment"}, {"label": "HATE", "spam": 0.0, "spans": [],
...     "scores": {"CLEAN": 0.02, "OFFENSIVE": 0.03, "HATE": 0.95}, "model": "m",
...     "categories": {"identity_attack": 0.96}, "targets": ["region"]}).action
'remove'

``ACTIONS``, ``CATEGORIES``, ``LABELS`` and ``TARGETS`` are re-exported from
``vimod.vocab`` (one definition); ``DECISION_CATEGORIES`` adds "none".
"""

from __future__ import annotations

from vimod.policy._dryrun import DryRunReport, dry_run
from vimod.policy._policy import (
    DECISION_CATEGORIES,
    DEFAULT_POLICY_PATH,
    LEGACY_CATEGORIES,
    SELF_HARM_SUPPORT_EN,
    SELF_HARM_SUPPORT_VI,
    Condition,
    Decision,
    Policy,
    Rule,
)
from vimod.vocab import ACTIONS, CATEGORIES, LABELS, TARGETS

__all__ = [
    "ACTIONS",
    "CATEGORIES",
    "Condition",
    "DECISION_CATEGORIES",
    "DEFAULT_POLICY_PATH",
    "Decision",
    "DryRunReport",
    "LABELS",
    "LEGACY_CATEGORIES",
    "Policy",
    "Rule",
    "SELF_HARM_SUPPORT_EN",
    "SELF_HARM_SUPPORT_VI",
    "TARGETS",
    "dry_run",
]
