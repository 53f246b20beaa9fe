"""``POST /v1/moderate`` as a function: the automated-decision act (``vimod.acts.moderate``)
with its outcomes shaped as the JSON the route answers (``schemas.ModerateResult``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vimod import acts
from vimod.api import _present
from vimod.policy import Policy
from vimod.store.db import SessionFactory
from vimod.store.moderation import NewItem
from vimod.store.writer import GroupWriter


def moderate(
    factory: SessionFactory, writer: GroupWriter, platform_id: int,
    items: Sequence[NewItem], *, policy: Policy, detector: Any, actor: str,
) -> list[dict[str, Any]]:
    """One JSON-ready dict per item, shaped like ``schemas.ModerateResult``. Raises
    ``Conflict`` for a known id with new text."""
    return [_present.outcome_dict(o) for o in acts.moderate(
        factory, writer, platform_id, items, policy=policy, detector=detector, actor=actor)]
