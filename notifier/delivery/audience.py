"""Who must be emailed about a version: a SQL query per audience kind, never a list in memory.

Each policy names its audience in policies.yml (notifier.audiences):
- active_accounts: open accounts active within N days of the tick's date. The others are not emailed;
  they see the pop-up on their next visit (T3: email for account holders, pop-up until acknowledged).
- stored_consent: open accounts with a recorded choice for this policy (the cookie banner's consent).
- all_accounts: every open account.
Users who already accepted this very version are not told about it again. A user without a locale is
written to in the site's default language.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, exists, func, literal

from notifier.config.settings import AudienceSpec
from notifier.delivery import store
from notifier.delivery.users import as_of_datetime


def audience_conditions(spec: AudienceSpec, policy: str, version: str, as_of: date) -> list[ColumnElement[bool]]:
    users, acceptances = store.users, store.acceptances
    conditions: list[ColumnElement[bool]] = [users.c.status == "active"]
    if spec.kind == "active_accounts":
        since = as_of_datetime(as_of - timedelta(days=spec.active_within_days))
        conditions.append(users.c.last_active_at >= since)
    elif spec.kind == "stored_consent":
        conditions.append(exists().where(acceptances.c.user_id == users.c.id, acceptances.c.policy == policy))
    already = exists().where(
        acceptances.c.user_id == users.c.id, acceptances.c.policy == policy, acceptances.c.version == version
    )
    conditions.append(~already)
    return conditions


def locale_column(default_language: str) -> ColumnElement[str]:
    return func.coalesce(store.users.c.locale, literal(default_language))
