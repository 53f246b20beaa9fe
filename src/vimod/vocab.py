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
