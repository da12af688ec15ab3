"""notices: closed once every delivery is final, so that an idle tick on PostgreSQL reads only open ones

Revision ID: 0008
Revises: 0007

Since 0007 no index of deliveries on PostgreSQL names the state (leases and outcomes are heap-only updates),
so "is anything pending, in flight, unknown?" read the whole table: 0.9 s per idle tick at a million sent
deliveries. A notice whose deliveries are all sent or failed never has one change state again, unless a new
delivery of it is inserted; `closed_at` marks such a notice, and those questions read the deliveries of the
open notices only, through the queue index (which leads with the notice).

A closed notice never hides a delivery that may still change:
- any statement inserting deliveries reopens their notices (a trigger, after the statement, once per
  statement; when no notice is closed the query finds none to look at);
- the store closes a notice in a transaction that first takes the deliveries' advisory lock of 0006 in
  exclusive mode (or gives up if it is taken), then checks its deliveries with a fresh snapshot. An insert
  takes that lock in shared mode after writing, before the reopening, and holds it until it commits. So
  either the insert committed before the check, which sees its rows and leaves the notice open; or the
  insert's trigger waits for the closer to commit, and its reopening (a fresh snapshot too) sees the
  notice closed and reopens it.

SQLite keeps its partial indexes on the state, which answer those questions without reading sent rows: it
has the column (one schema) but never closes a notice.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_REOPEN = """
CREATE FUNCTION deliveries_reopen_notices() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared('deliveries'::regclass::oid::int, 6);
    UPDATE notices t SET closed_at = NULL
    WHERE t.closed_at IS NOT NULL AND EXISTS (SELECT FROM new_deliveries n WHERE n.notice_id = t.id);
    RETURN NULL;
END $$;

CREATE TRIGGER deliveries_reopen_notices AFTER INSERT ON deliveries
    REFERENCING NEW TABLE AS new_deliveries FOR EACH STATEMENT EXECUTE FUNCTION deliveries_reopen_notices();
"""


def upgrade() -> None:
    op.add_column("notices", sa.Column("closed_at", sa.DateTime(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_REOPEN)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER deliveries_reopen_notices ON deliveries")
        op.execute("DROP FUNCTION deliveries_reopen_notices()")
    with op.batch_alter_table("notices") as batch:
        batch.drop_column("closed_at")
