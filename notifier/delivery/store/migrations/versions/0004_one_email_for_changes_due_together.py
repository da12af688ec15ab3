"""one email for changes due together

Revision ID: 0004
Revises: 0003

When several versions are due for the same user at once (the privacy and the cookie policy released the
same day), the user gets one email that tells them all (issue 11, point 8), and each notice keeps its own
delivery row, so the proof stays per version:
- deliveries.bundle: on the delivery that carries the email (the one of the first notice), the ids of every
  notice the email tells, e.g. "3,5"; null for an email of one notice;
- deliveries.joined_to: on the other deliveries, the id of the delivery whose email tells them; they are never
  leased themselves and take its outcome (sent, failed, the provider's id and status) when it has one;
- messages.bundle: the notices a stored message tells, when it tells several.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bundle", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("joined_to", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True))
        batch_op.create_index(
            "ix_deliveries_joined",
            ["joined_to"],
            unique=False,
            sqlite_where=sa.text("joined_to IS NOT NULL"),
            postgresql_where=sa.text("joined_to IS NOT NULL"),
        )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bundle", sa.String(length=255), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("bundle")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_joined")
        batch_op.drop_column("joined_to")
        batch_op.drop_column("bundle")
