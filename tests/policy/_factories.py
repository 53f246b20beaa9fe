"""Hand-built detections and a minimal policy for the policy tests (no model needed)."""

from __future__ import annotations

from typing import Any

from vimod.vocab import CATEGORIES


def det(label: str = "CLEAN", hate: float = 0.01, off: float = 0.02, spam: float = 0.01,
        spans: list | None = None, **categories: float) -> dict[str, Any]:
    """A detection dict WITHOUT categories (as older models wrote them)."""
    assert not categories, "use cdet() for a detection with categories"
    return {"label": label, "scores": {"CLEAN": 1 - hate - off, "OFFENSIVE": off, "HATE": hate},
            "spam": spam, "spans": spans or [], "model": "m-1"}


def cdet(label: str = "CLEAN", *, targets: list[str] | None = None, spam_score: float = 0.01,
         hate: float = 0.01, off: float = 0.02, spans: list | None = None,
         **categories: float) -> dict[str, Any]:
    """A detection dict in the v2 contract: every category present (0.01 unless given).

    ``spam_score`` is ``Detection.spam`` (surface-aware); ``spam=`` is the category."""
    unknown = set(categories) - set(CATEGORIES)
    assert not unknown, unknown
    return {
        "label": label,
        "scores": {"CLEAN": 1 - hate - off, "OFFENSIVE": off, "HATE": hate},
        "spam": spam_score, "spans": spans or [], "model": "m-2",
        "categories": {c: categories.get(c, 0.01) for c in CATEGORIES},
        "targets": list(targets or []),
    }


MINIMAL = """
version = "t-1"
[[rules]]
name = "hate"
action = "remove"
category = "hate"
reason_vi = "gỡ"
reason_en = "removed"
when = { score_at_least = { HATE = 0.9 } }
[default]
action = "allow"
category = "none"
reason_vi = "ổn"
reason_en = "fine"
"""


def one_rule(when: str, *, action: str = "review", category: str = "threat",
             name: str = "r") -> str:
    """A policy text with one rule (``when`` is the TOML inline table's inside)."""
    return f"""
version = "t-2"
[[rules]]
name = "{name}"
action = "{action}"
category = "{category}"
reason_vi = "giữ lại"
reason_en = "held"
when = {{ {when} }}
[default]
action = "allow"
category = "none"
reason_vi = "ổn"
reason_en = "fine"
"""
