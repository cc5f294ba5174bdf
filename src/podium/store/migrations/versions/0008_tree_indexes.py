"""Indexes for walking the tree of bodies: a body's children (`bodies.parent_id`) and a body's posts
(`posts.body_id`). Without them the web's bodies tree, a recursive walk, scanned every body at every step.

Revision ID: 0008_tree_indexes
Revises: 0007_time_life_signal
Create Date: 2026-11-29
"""
from alembic import op

revision = "0008_tree_indexes"
down_revision = "0007_time_life_signal"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_bodies_parent_id", "bodies", ["parent_id"])
    op.create_index("ix_posts_body_id", "posts", ["body_id"])


def downgrade() -> None:
    op.drop_index("ix_posts_body_id", "posts")
    op.drop_index("ix_bodies_parent_id", "bodies")
