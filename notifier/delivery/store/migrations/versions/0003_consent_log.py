"""consent log

Revision ID: 0003
Revises: 0002

- consent_records: one row per cookie choice made in the banner (legal-rules.md B9), appended and never
  updated; only the retention purge deletes rows. No IP address and no account id: a random consent id kept
  in the visitor's choice cookie, and optionally a pseudonymous reference the storefront adds. The browser
  gives each act its own record_id (unique), so a request resent after a lost answer is stored once.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_records",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("consent_id", sa.String(length=64), nullable=False),
        sa.Column("act", sa.String(length=16), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("config_hash", sa.String(length=64), nullable=False),
        sa.Column("cookie_policy_version", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("user_ref", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("record_id", name="uq_consent_record"),
    )
    op.create_index("ix_consent_records_consent_id", "consent_records", ["consent_id"])
    op.create_index("ix_consent_records_received_at", "consent_records", ["received_at"])


def downgrade() -> None:
    op.drop_index("ix_consent_records_received_at", table_name="consent_records")
    op.drop_index("ix_consent_records_consent_id", table_name="consent_records")
    op.drop_table("consent_records")
