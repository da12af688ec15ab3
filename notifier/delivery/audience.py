"""Who must be emailed about a version: the rule, which the store turns into a query (never a list in memory).

Each policy names its audience in policies.yml (notifier.audiences):
- active_accounts: open accounts active within N days of the tick's date. The others are not emailed;
  they see the pop-up on their next visit (T3: email for account holders, pop-up until acknowledged).
- stored_consent: open accounts with a recorded choice for this policy (the cookie banner's consent).
- all_accounts: every open account.
Users who already accepted this very version are not told about it again. A user without a locale is
written to in the site's default language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from notifier.config.settings import AudienceSpec
from notifier.delivery.users import as_of_datetime


@dataclass(frozen=True)
class Audience:
    """The audience of one version on one day, in the terms the store queries by."""

    kind: str  # active_accounts | stored_consent | all_accounts
    policy: str
    version: str
    default_locale: str
    active_since: datetime | None = None  # active_accounts only: last_active_at at or after this time


def audience(spec: AudienceSpec, policy: str, version: str, as_of: date, default_locale: str) -> Audience:
    since = None
    if spec.kind == "active_accounts":
        since = as_of_datetime(as_of - timedelta(days=spec.active_within_days))
    return Audience(spec.kind, policy, version, default_locale, since)


def audience_name(spec: AudienceSpec | None) -> str:
    """How a notice records its audience: `active_accounts:365d`, `stored_consent`, or `popup_only`."""
    if spec is None:
        return "popup_only"
    return f"{spec.kind}:{spec.active_within_days}d" if spec.kind == "active_accounts" else spec.kind
