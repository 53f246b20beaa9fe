"""vimod.acts: one function per change to the moderation record.

An act checks its rules, appends what it means (decisions, reviews, reports, appeals, audit
rows, webhook events) through ``vimod.store`` in the caller's transaction, and words what a
person will read from ``vimod.messages``. The API, the console and the CLI call these; none
of them decides anything on its own.

- ``moderation``: the automated decision (``moderate``), user reports, authority requests,
  appeals;
- ``review``: claims, a moderator's verdict on an item, the decision on an appeal;
- ``admin``: logins, accounts, API keys, policy activation, report publishing.
"""

from __future__ import annotations

from vimod.acts.admin import (
    activate_policy,
    create_account,
    create_api_key,
    log_in,
    login_throttled,
    note_login_failure,
    publish_report,
    revoke_api_key,
    set_account_active,
)
from vimod.acts.clusters import assign_clusters
from vimod.acts.moderation import (
    Decided,
    Outcome,
    Replayed,
    create_appeal,
    create_authority_request,
    create_report,
    moderate,
)
from vimod.acts.review import (
    add_note,
    check_category,
    claim_appeal,
    claim_item,
    decide_appeal,
    may_decide_appeal,
    release_appeal,
    release_item,
    review_item,
    review_items,
    upheld_action,
    verdict_for,
)

__all__ = [
    "Decided",
    "Outcome",
    "Replayed",
    "activate_policy",
    "assign_clusters",
    "claim_appeal",
    "claim_item",
    "create_account",
    "create_api_key",
    "create_appeal",
    "create_authority_request",
    "create_report",
    "decide_appeal",
    "log_in",
    "login_throttled",
    "may_decide_appeal",
    "moderate",
    "note_login_failure",
    "publish_report",
    "release_appeal",
    "release_item",
    "add_note",
    "check_category",
    "review_item",
    "revoke_api_key",
    "review_items",
    "verdict_for",
    "set_account_active",
    "upheld_action",
]
