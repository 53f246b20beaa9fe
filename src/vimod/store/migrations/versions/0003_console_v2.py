"""Console v2: one queue row per item (pending tasks by item), team notes, item context.

Revision ID: 0003_console_v2
Revises: 0002
Create Date: 2026-12-03 07:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_console_v2"
down_revision = "0002"
branch_labels = None
depends_on = None

_PENDING = sa.text("status != 'done'")


def upgrade() -> None:
    op.create_table(
        "item_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["author_id"], ["users.id"]),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"]),
        sa.ForeignKeyConstraint(["platform_id"], ["platforms.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_item_notes_item_id"), "item_notes", ["item_id"], unique=False)
    op.create_index("ix_tasks_pending_item", "review_tasks", ["item_id", "id"], unique=False,
                    sqlite_where=_PENDING, postgresql_where=_PENDING)


def downgrade() -> None:
    op.drop_index(op.f("ix_item_notes_item_id"), table_name="item_notes")
    op.drop_table("item_notes")
    op.drop_index("ix_tasks_pending_item", table_name="review_tasks")
