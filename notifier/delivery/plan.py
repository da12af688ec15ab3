"""Planning: which versions need a notice, one notice row each, and the fan-out to their audience.

The store does the fan-out in SQL (notifier/delivery/store/planning.py), so the users never pass through
Python; the unique (notice, user, channel) constraint makes it idempotent and resumable after a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from notifier.config.project import Config
from notifier.config.settings import AudienceSpec, Settings
from notifier.delivery.audience import audience, audience_name
from notifier.delivery.store import Engine, planning
from notifier.publishing.ledger import Ledger, PolicyVersion

log = logging.getLogger(__name__)


def notifiable_versions(ledger: Ledger, config: Config, as_of: date) -> Iterator[PolicyVersion]:
    """Major and rights-reducing versions published by `as_of` that are in force or upcoming.

    A superseded version is never announced (its successor is); a version already in force but never
    announced still is, late, because a late notice is better than none (the summary says it was late).
    """
    for policy in config.policies:
        current: set[str] = set()
        for lang in config.languages:
            state = ledger.timeline(policy, lang, as_of)
            current.update(v.version for v in (state.in_force, *state.upcoming) if v is not None)
        for version in ledger.versions(policy):
            if version.change_class.must_notify and version.version in current:
                yield version


@dataclass(frozen=True)
class PlannedNotice:
    id: int
    version: PolicyVersion
    audience: str
    fanned_out: bool
    late: bool


def plan_notices(engine: Engine, settings: Settings, versions: list[PolicyVersion], as_of: date) -> list[PlannedNotice]:
    """Create the notice row of each version (once) and return them all with their fan-out state."""
    stored = planning.record_notices(engine, [(v, audience_name(settings.audience(v.policy))) for v in versions])
    return [
        PlannedNotice(row.id, version, row.audience, row.fanned_out, late=version.effective_at <= as_of)
        for version, row in zip(versions, stored, strict=True)
    ]


def fan_out(
    engine: Engine,
    notice: PlannedNotice,
    spec: AudienceSpec,
    config: Config,
    as_of: date,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Insert one pending email delivery per audience member; returns how many were created now."""
    version = notice.version
    members = audience(spec, version.policy, version.version, as_of, config.default_language)
    hashes = {lang: text.sha256 for lang, text in version.texts.items()}
    created = planning.fan_out(engine, notice.id, members, hashes, progress)
    log.info(
        "fan-out done", extra={"fields": {"policy": version.policy, "version": version.version, "created": created}}
    )
    return created
