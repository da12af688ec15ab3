"""deliveries on PostgreSQL: their user and notice checked once per statement, not once per row

Revision ID: 0006
Revises: 0005

A delivery must never name a user or a notice that does not exist, and deleting a user deletes their deliveries:
the proof of what each user was told is the product's reason to exist. Foreign keys said so, but PostgreSQL 15
checks them one row at a time, with a row lock (FOR KEY SHARE, a write to the users row) for each: at a million
users they were more than half of a fan-out (9.5 s with them, 3.8 s without). Here, on PostgreSQL only, triggers
give the same guarantees once per statement:

- inserting deliveries: one anti-join of the statement's new rows (a transition table) against users and
  notices; a row that names a missing one fails the statement with foreign_key_violation, as the key did;
- changing a delivery's user or notice is refused (nothing in the notifier does it);
- deleting users deletes their deliveries in one statement (what ON DELETE CASCADE did); deleting a notice
  that has deliveries, or changing the id of a user or notice that has some, is refused (NO ACTION); TRUNCATE
  of users or notices is refused while deliveries exist.

Why no dangling delivery can commit when a user is deleted during a fan-out (the race the keys' row locks
prevented): both sides take the same transaction-level advisory lock (keyed by the deliveries table's oid, so
each schema has its own) after writing and before reading the other side: a statement inserting deliveries in
shared mode (the fan-out's two connections do not wait for each other), a statement deleting users or notices
or changing their ids in exclusive mode. Each side then reads the other with a fresh snapshot (READ COMMITTED
takes one per statement, also inside the trigger functions) and holds the lock until it commits. So either
the fan-out's check ran after the deleter committed, and saw the user missing (the insert fails); or the
deleter's statement ran after the fan-out committed, and saw its deliveries (it deletes them, or refuses to
delete the notice). The lock is taken after the write, so the deleter does not wait for a fan-out that
started before it unless it must; a deleter waits for fan-outs in progress, and they for it, at most the
length of one transaction. Under REPEATABLE READ a transaction keeps its first snapshot and would not see the
other side's commit, so the triggers refuse to run there (SERIALIZABLE is safe: its conflict detection aborts
one of the two). tests/notify/test_delivery_references.py plays the race on two connections.

SQLite keeps its foreign keys (enforced: the store turns PRAGMA foreign_keys on for every connection).
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SNAPSHOT_PER_STATEMENT = """
    IF current_setting('transaction_isolation') = 'repeatable read' THEN
        RAISE EXCEPTION 'deliveries'' references are checked per statement: use READ COMMITTED or SERIALIZABLE'
            USING ERRCODE = 'feature_not_supported';
    END IF;
"""

_FUNCTIONS = f"""
CREATE FUNCTION deliveries_check_references() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    missing_user text;
    missing_notice bigint;
BEGIN
    {_SNAPSHOT_PER_STATEMENT}
    PERFORM pg_advisory_xact_lock_shared('deliveries'::regclass::oid::int, 6);
    -- No LIMIT: it would steer the planner to one index probe per row (2.7 s at a million) from a hash anti-join
    -- (1 s); INTO stops at the first row anyway. The notices: a handful, checked once each.
    SELECT n.user_id INTO missing_user FROM new_deliveries n
    WHERE NOT EXISTS (SELECT FROM users u WHERE u.id = n.user_id);
    IF FOUND THEN
        RAISE EXCEPTION 'a delivery names user %, who does not exist', quote_literal(missing_user)
            USING ERRCODE = 'foreign_key_violation', TABLE = 'deliveries';
    END IF;
    SELECT n.notice_id INTO missing_notice FROM (SELECT DISTINCT notice_id FROM new_deliveries) n
    WHERE NOT EXISTS (SELECT FROM notices t WHERE t.id = n.notice_id);
    IF FOUND THEN
        RAISE EXCEPTION 'a delivery names notice %, which does not exist', missing_notice
            USING ERRCODE = 'foreign_key_violation', TABLE = 'deliveries';
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION deliveries_keep_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'delivery % keeps its user and notice', OLD.id
        USING ERRCODE = 'foreign_key_violation', TABLE = 'deliveries';
END $$;

CREATE FUNCTION deliveries_follow_users() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    {_SNAPSHOT_PER_STATEMENT}
    PERFORM pg_advisory_xact_lock('deliveries'::regclass::oid::int, 6);
    DELETE FROM deliveries d USING gone_users g WHERE d.user_id = g.id;
    RETURN NULL;
END $$;

CREATE FUNCTION deliveries_hold_notices() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    held bigint;
BEGIN
    {_SNAPSHOT_PER_STATEMENT}
    PERFORM pg_advisory_xact_lock('deliveries'::regclass::oid::int, 6);
    SELECT g.id INTO held FROM gone_notices g WHERE EXISTS (SELECT FROM deliveries d WHERE d.notice_id = g.id) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'notice % still has deliveries', held
            USING ERRCODE = 'foreign_key_violation', TABLE = 'notices';
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION deliveries_hold_ids() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    {_SNAPSHOT_PER_STATEMENT}
    PERFORM pg_advisory_xact_lock('deliveries'::regclass::oid::int, 6);
    IF TG_TABLE_NAME = 'users' THEN
        PERFORM FROM deliveries d WHERE d.user_id = OLD.id LIMIT 1;
    ELSE
        PERFORM FROM deliveries d WHERE d.notice_id = OLD.id LIMIT 1;
    END IF;
    IF FOUND THEN
        RAISE EXCEPTION '% % still has deliveries: its id cannot change', rtrim(TG_TABLE_NAME, 's'), OLD.id
            USING ERRCODE = 'foreign_key_violation', TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION deliveries_refuse_truncate() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT FROM deliveries) THEN
        RAISE EXCEPTION 'truncate deliveries before %', TG_TABLE_NAME USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
"""

_TRIGGERS = """
CREATE TRIGGER deliveries_check_references AFTER INSERT ON deliveries
    REFERENCING NEW TABLE AS new_deliveries FOR EACH STATEMENT EXECUTE FUNCTION deliveries_check_references();
CREATE TRIGGER deliveries_keep_references BEFORE UPDATE OF user_id, notice_id ON deliveries FOR EACH ROW
    WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.notice_id IS DISTINCT FROM NEW.notice_id)
    EXECUTE FUNCTION deliveries_keep_references();
CREATE TRIGGER deliveries_follow_users AFTER DELETE ON users
    REFERENCING OLD TABLE AS gone_users FOR EACH STATEMENT EXECUTE FUNCTION deliveries_follow_users();
CREATE TRIGGER deliveries_hold_notices AFTER DELETE ON notices
    REFERENCING OLD TABLE AS gone_notices FOR EACH STATEMENT EXECUTE FUNCTION deliveries_hold_notices();
CREATE TRIGGER deliveries_hold_user_ids AFTER UPDATE OF id ON users FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION deliveries_hold_ids();
CREATE TRIGGER deliveries_hold_notice_ids AFTER UPDATE OF id ON notices FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION deliveries_hold_ids();
CREATE TRIGGER deliveries_refuse_truncate_users BEFORE TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION deliveries_refuse_truncate();
CREATE TRIGGER deliveries_refuse_truncate_notices BEFORE TRUNCATE ON notices
    FOR EACH STATEMENT EXECUTE FUNCTION deliveries_refuse_truncate();
"""

_DROPPED = {
    "deliveries": ("deliveries_check_references", "deliveries_keep_references"),
    "users": ("deliveries_follow_users", "deliveries_hold_user_ids", "deliveries_refuse_truncate_users"),
    "notices": ("deliveries_hold_notices", "deliveries_hold_notice_ids", "deliveries_refuse_truncate_notices"),
}
_FUNCTION_NAMES = (
    "deliveries_check_references",
    "deliveries_keep_references",
    "deliveries_follow_users",
    "deliveries_hold_notices",
    "deliveries_hold_ids",
    "deliveries_refuse_truncate",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_constraint("deliveries_user_id_fkey", "deliveries", type_="foreignkey")
    op.drop_constraint("deliveries_notice_id_fkey", "deliveries", type_="foreignkey")
    op.execute(_FUNCTIONS)
    op.execute(_TRIGGERS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, triggers in _DROPPED.items():
        for trigger in triggers:
            op.execute(f"DROP TRIGGER {trigger} ON {table}")
    for function in _FUNCTION_NAMES:
        op.execute(f"DROP FUNCTION {function}()")
    op.create_foreign_key("deliveries_user_id_fkey", "deliveries", "users", ["user_id"], ["id"], ondelete="CASCADE")
    op.create_foreign_key("deliveries_notice_id_fkey", "deliveries", "notices", ["notice_id"], ["id"])
