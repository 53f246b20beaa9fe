"""The names every stage shares, defined once.

A leaf module: it imports nothing from vimod, so ``detect``, ``policy``, ``store``, ``api``,
``web`` and ``report`` can all depend on it without cycles. These names are an interface
(API fields, policy files, stored rows, reports): add to them, never rename.
"""

from __future__ import annotations

#: The ViHSD-compatible summary label of a detection.
LABELS: tuple[str, ...] = ("CLEAN", "OFFENSIVE", "HATE")

#: vimod's moderation taxonomy: one probability per category in ``Detection.categories``.
#: Politics is never a category: criticism of governments, parties, officials, police or
#: policy is not a harm (insults stay insults, under ``insult``).
CATEGORIES: tuple[str, ...] = (
    "identity_attack",  # attacks, dehumanisation, negative generalisations about a protected group
    "insult",  # attacks on a person or a non-protected group (officials included)
    "profanity",  # vulgar words aimed at no one
    "threat",  # intent or incitement to harm someone
    "sexual",  # sexual harassment or explicit sexual content
    "self_harm",  # suicidal intent or encouragement
    "spam",  # unsolicited promotion: ads, phone/Zalo/link solicitation, copy-paste waves
    "scam",  # fake loans, gambling, "việc nhẹ lương cao", selling accounts/SIMs, phishing
    "personal_data",  # phone, national ID, bank-account numbers, home addresses of private people
)

#: The identity types an ``identity_attack`` can target (``Detection.targets``).
TARGETS: tuple[str, ...] = (
    "region",
    "ethnicity",
    "nationality",
    "religion",
    "gender",
    "sexuality",
    "disability",
)

#: What a policy may do to a piece of content. Never to a person: no bans, strikes or fines.
ACTIONS: tuple[str, ...] = ("allow", "label", "review", "remove")

#: What a person may choose when deciding: a human decision is final, so never ``review``.
FINAL_ACTIONS: tuple[str, ...] = tuple(a for a in ACTIONS if a != "review")

#: Why an item was put in front of a person (``review_tasks.source``).
SOURCES: tuple[str, ...] = ("automated", "user_report", "authority_request", "appeal")

#: A moderator's verdict on an item's pending review tasks.
VERDICTS: tuple[str, ...] = ("uphold", "overturn", "escalate")

#: Roles of console accounts.
ROLES: tuple[str, ...] = ("admin", "moderator")

# Actor ids: who did an act, as the audit log (``audit_log.actor``) and policy history
# (``policy_versions.activated_by``) spell it.

#: The service itself (e.g. recording the start-up policy).
SYSTEM_ACTOR = "system"
#: Someone at the command line on the server.
CLI_ACTOR = "cli"


def user_actor(username: str) -> str:
    """The actor id of a console account."""
    return f"user:{username}"


def api_actor(platform_id: int) -> str:
    """The actor id of a platform calling the API with one of its keys."""
    return f"api:{platform_id}"
