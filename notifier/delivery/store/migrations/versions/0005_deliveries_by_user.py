"""deliveries on PostgreSQL: one index fewer, and no statistics on the state

Revision ID: 0005
Revises: 0004

On PostgreSQL every change of a delivery's state writes a new version of its row and a new entry in every
index of the table (the state is in the partial indexes' predicates, so no update is a heap-only one): a
release of a million users writes each index three million times (fan-out, lease, outcome). The unique
(notice, user, channel) constraint becomes (user, notice, channel), which also finds a user's deliveries (their
proof, the cascade when a user is deleted), so the separate index on user_id goes.

SQLite keeps both: it cannot change a table constraint without rebuilding the table, and rebuilding deliveries
under enforced foreign keys would delete the deliveries' events by cascade; its updates do not pay per index
the way PostgreSQL's do.

No statistics on deliveries.status: they are never true for long. Gathered after a fan-out (or by autovacuum
during a dispatch) they say every row is pending, and the planner then finds the next pending rows of a queue
by walking the primary key from the queue's start, through every delivery ever sent (a dispatcher's pass
from the start costs 0.3 s at 300,000 sent rows, several per run). Without them the planner takes a state to be
rare, as the partial indexes on pending and in-flight rows assume. ANALYZE leaves the column's existing
statistics in place, which on an upgraded database are usually those of a table of sent rows: the same plans.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_constraint("uq_delivery", "deliveries", type_="unique")
    op.create_unique_constraint("uq_delivery", "deliveries", ["user_id", "notice_id", "channel"])
    op.drop_index("ix_deliveries_user", table_name="deliveries")
    op.execute("ALTER TABLE deliveries ALTER COLUMN status SET STATISTICS 0")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE deliveries ALTER COLUMN status SET STATISTICS -1")
    op.create_index("ix_deliveries_user", "deliveries", ["user_id"])
    op.drop_constraint("uq_delivery", "deliveries", type_="unique")
    op.create_unique_constraint("uq_delivery", "deliveries", ["notice_id", "user_id", "channel"])
