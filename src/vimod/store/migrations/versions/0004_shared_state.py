"""Shared state for several API workers and replicas: rate-limit buckets, console login
failures, and backfill checkpoints (``vimod.store.shared``).

Revision ID: 0004_shared_state
Revises: 0003_console_v2
Create Date: 2026-12-03 07:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_shared_state"
down_revision = "0003_console_v2"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_buckets",
        sa.Column("bucket", sa.String(length=200), nullable=False),
        sa.Column("tat", sa.Float(), nullable=False),
        sa.Column("allowed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("bucket"),
    )
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_login_failures_user_time", "login_failures",
                    ["username", "failed_at"], unique=False)
    op.create_table(
        "backfill_checkpoints",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("last_item_id", sa.Integer(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )


def downgrade() -> None:
    op.drop_table("backfill_checkpoints")
    op.drop_index("ix_login_failures_user_time", table_name="login_failures")
    op.drop_table("login_failures")
    op.drop_table("rate_buckets")
