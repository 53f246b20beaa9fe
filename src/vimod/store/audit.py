"""The append-only audit log. This module only ever INSERTs; there is deliberately no
update or delete function, and ``tests/store/test_store_audit.py`` checks none exists."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from vimod.errors import PermissionDenied
from vimod.store.models import AuditLog


def record(
    session: Session,
    *,
    actor: str,
    action: str,
    object_type: str,
    object_id: str | int,
    platform_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditLog:
    """Add one audit row in the caller's transaction (so the act and its record commit together)."""
    row = AuditLog(
        platform_id=platform_id,
        actor=actor,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        before=before,
        after=after,
    )
    session.add(row)
    return row


class AuditLogIsAppendOnly(PermissionDenied):
    """Raised when code tries to change or delete an audit row through the ORM."""


@event.listens_for(Session, "before_flush")
def _refuse_audit_changes(session: Session, _ctx: object, _instances: object) -> None:
    # A second line of defence behind "there is no function for it": even code that loads
    # an AuditLog row and edits it cannot flush the change.
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditLog) and (obj in session.deleted or session.is_modified(obj)):
            raise AuditLogIsAppendOnly(
                f"audit_log row {obj.id} cannot be changed or deleted (append-only)"
            )

