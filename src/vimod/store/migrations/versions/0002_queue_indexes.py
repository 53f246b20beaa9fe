"""Indexes for the review console's queue: pending tasks by severity and by age (partial,
``status != 'done'``), and items by label and surface (queue filters).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_PENDING = sa.text("status != 'done'")


def upgrade() -> None:
    op.create_index("ix_items_label_surface", "items", ["label", "surface"], unique=False)
    op.create_index("ix_tasks_pending_severity", "review_tasks", ["severity", "id"], unique=False,
                    sqlite_where=_PENDING, postgresql_where=_PENDING)
    op.create_index("ix_tasks_pending_created", "review_tasks", ["created_at", "id"],
                    unique=False, sqlite_where=_PENDING, postgresql_where=_PENDING)


def downgrade() -> None:
    op.drop_index("ix_tasks_pending_created", table_name="review_tasks")
    op.drop_index("ix_tasks_pending_severity", table_name="review_tasks")
    op.drop_index("ix_items_label_surface", table_name="items")
