"""deliveries on PostgreSQL: leases and outcomes as heap-only updates

Revision ID: 0007
Revises: 0006

PostgreSQL writes a changed row as a new version. When no indexed column changes and the page has room, the
new version stays on the page and no index hears of it (a heap-only, HOT, update); otherwise every index of
the table gets a new entry. A column in a partial index's predicate counts as indexed: the state in the
queue and in-flight indexes made every lease and every outcome write an entry in each index (three then
two). Measured on this machine, 1,000-row batches on 200,000 deliveries: lease 75-81 ms and outcome 24-27 ms
per batch with the partial indexes and full pages, 13.5-13.7 ms and 8-10 ms without them and with pages
written 45% full (all but a handful of updates heap-only). Keeping a partial index on `sent_at IS NULL`
instead made only the lease heap-only, and the outcomes' new versions, placed elsewhere, took the room the
leases needed (lease 51-118 ms): every index must leave the changing columns alone.

So, on PostgreSQL only:
- the queue index holds every delivery of a notice and language in id order, whatever its state; a lease
  reads the state in the row. A dispatcher walks its queue forward from the last id it leased, so it reads
  each row about once; its last pass from the queue's start reads the whole queue (about 0.1 s per 100,000
  rows), once per worker and queue;
- no in-flight index: expiring leases and reconciling unknown outcomes, once per dispatch, read the table;
- the table's pages are written 45% full (new pages only; a database that has one keeps its older pages as
  they are), so that a row's lease and outcome fit next to it; pruning reclaims the versions no one reads.

SQLite updates rows in place and keeps its partial indexes.
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_deliveries_inflight", table_name="deliveries")
    op.drop_index("ix_deliveries_queue", table_name="deliveries")
    op.create_index("ix_deliveries_queue", "deliveries", ["notice_id", "locale", "id"])
    op.execute("ALTER TABLE deliveries SET (fillfactor = 45)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE deliveries RESET (fillfactor)")
    op.drop_index("ix_deliveries_queue", table_name="deliveries")
    op.create_index(
        "ix_deliveries_queue", "deliveries", ["notice_id", "locale", "id"], postgresql_where="status = 'pending'"
    )
    op.create_index(
        "ix_deliveries_inflight",
        "deliveries",
        ["status", "leased_at"],
        postgresql_where="status IN ('sending', 'unknown')",
    )
