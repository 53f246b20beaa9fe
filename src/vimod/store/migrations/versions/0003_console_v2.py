"""Console v2: one queue row per item and per cluster of near-duplicates (MinHash bands),
team notes.

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
    op.add_column("review_tasks", sa.Column("cluster_id", sa.Integer(), nullable=True))
    op.create_index("ix_tasks_pending_cluster", "review_tasks", ["cluster_id", "id"],
                    unique=False, sqlite_where=_PENDING, postgresql_where=_PENDING)
    op.create_table(
        "item_bands",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("band", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_item_bands_band", "item_bands", ["band", "item_id"], unique=False)
    op.create_index(op.f("ix_item_bands_item_id"), "item_bands", ["item_id"], unique=False)
    op.create_index("ix_tasks_pending_item", "review_tasks", ["item_id", "id"], unique=False,
                    sqlite_where=_PENDING, postgresql_where=_PENDING)


def downgrade() -> None:
    op.drop_index(op.f("ix_item_notes_item_id"), table_name="item_notes")
    op.drop_table("item_notes")
    op.drop_index("ix_tasks_pending_item", table_name="review_tasks")
    op.drop_index(op.f("ix_item_bands_item_id"), table_name="item_bands")
    op.drop_index("ix_item_bands_band", table_name="item_bands")
    op.drop_table("item_bands")
    op.drop_index("ix_tasks_pending_cluster", table_name="review_tasks")
    with op.batch_alter_table("review_tasks") as batch:
        batch.drop_column("cluster_id")
