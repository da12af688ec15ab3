"""deliveries: one index fewer on PostgreSQL

Revision ID: 0005
Revises: 0003

On PostgreSQL every change of a delivery's state writes a new version of its row and a new entry in every
index of the table (the state is in the partial indexes' predicates, so no update is a heap-only one): a
release of a million users writes each index three million times (fan-out, lease, outcome). The unique
(notice, user, channel) constraint becomes (user, notice, channel), which also finds a user's deliveries (their
proof, the cascade when a user is deleted), so the separate index on user_id goes.

SQLite keeps both: it cannot change a table constraint without rebuilding the table, and rebuilding deliveries
under enforced foreign keys would delete the deliveries' events by cascade; its updates do not pay per index
the way PostgreSQL's do.
"""

from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_constraint("uq_delivery", "deliveries", type_="unique")
    op.create_unique_constraint("uq_delivery", "deliveries", ["user_id", "notice_id", "channel"])
    op.drop_index("ix_deliveries_user", table_name="deliveries")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index("ix_deliveries_user", "deliveries", ["user_id"])
    op.drop_constraint("uq_delivery", "deliveries", type_="unique")
    op.create_unique_constraint("uq_delivery", "deliveries", ["notice_id", "user_id", "channel"])
