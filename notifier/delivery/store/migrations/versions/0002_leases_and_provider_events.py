"""leases, unknown outcomes and provider events

Revision ID: 0002
Revises: 0001

- deliveries.lease_token: which dispatcher holds a `sending` row, so an answer recorded after its lease was
  taken over changes nothing;
- deliveries.next_attempt_at: a retried delivery waits out its backoff instead of being re-leased at once;
- deliveries.provider_status: the latest webhook event (processed, delivered, deferred, bounce, dropped);
- ix_deliveries_inflight: the few rows in `sending` or `unknown`, found without scanning a million sent ones;
- delivery_events.provider_event_id: SendGrid's sg_event_id, unique, so a retried webhook is recorded once.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lease_token", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("next_attempt_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("provider_status", sa.String(length=16), nullable=True))
        batch_op.create_index(
            "ix_deliveries_inflight",
            ["status", "leased_at"],
            unique=False,
            sqlite_where=sa.text("status IN ('sending', 'unknown')"),
            postgresql_where=sa.text("status IN ('sending', 'unknown')"),
        )
    with op.batch_alter_table("delivery_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("provider_event_id", sa.String(length=128), nullable=True))
        batch_op.create_index("ix_delivery_events_provider_event_id", ["provider_event_id"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("delivery_events", schema=None) as batch_op:
        batch_op.drop_index("ix_delivery_events_provider_event_id")
        batch_op.drop_column("provider_event_id")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_inflight")
        batch_op.drop_column("provider_status")
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("lease_token")
