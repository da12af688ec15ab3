"""`policies tick`: the one idempotent job cron or a systemd timer runs, and `policies notify`.

One tick: note what was published or took effect since the previous tick (so the site is rebuilt only
then), plan a notice for each major or rights-reducing version, fan it out to its audience, and dispatch
what is pending. Every step is keyed by unique constraints and delivery states, so a second tick on the
same day finds nothing to do and sends nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import asdict, dataclass, field
from datetime import date

from notifier.config.settings import Settings
from notifier.delivery.channels.base import Channel
from notifier.delivery.dispatch import DispatchResult, dispatch, pending_count
from notifier.delivery.emails import EmailTemplates
from notifier.delivery.model import DeliveryState
from notifier.delivery.plan import fan_out, notifiable_versions, plan_notices
from notifier.delivery.store import Engine, planning, reports
from notifier.publishing.check import require_intact
from notifier.publishing.repository import PolicyRepository

log = logging.getLogger(__name__)
# progress(label, total) -> context manager yielding an `advance(n)` callable; tqdm in the CLI, silent in tests.
Progress = Callable[[str, int | None], AbstractContextManager[Callable[[int], None]]]


def no_progress(_label: str, _total: int | None) -> AbstractContextManager[Callable[[int], None]]:
    return nullcontext(lambda _n: None)


@dataclass
class NotifyResult:
    as_of: str
    notices: list[str] = field(default_factory=list)
    late: list[str] = field(default_factory=list)  # announced after taking effect: a human should look
    planned: int = 0
    sent: int = 0
    failed: int = 0
    retry: int = 0
    pending: int = 0
    unconfirmed: int = 0  # in flight or outcome unknown: settled by provider events, never resent blindly
    requests: int = 0
    stopped: str | None = None


@dataclass
class TickResult(NotifyResult):
    published: list[str] = field(default_factory=list)
    took_effect: list[str] = field(default_factory=list)
    first_tick: bool = False
    on_site: list[str] = field(default_factory=list)  # every version published as of this tick

    def summary(self) -> dict[str, object]:
        """What the tick did, as recorded in the store and printed by `policies tick --json`."""
        return asdict(self) | {"site_changed": self.site_changed}

    @property
    def site_changed(self) -> bool:
        """Rebuild the site: a version was published or took effect since the previous tick (or none ran yet)."""
        return self.first_tick or bool(self.published or self.took_effect)


def notify(
    engine: Engine,
    repository: PolicyRepository,
    settings: Settings,
    channel: Channel,
    as_of: date,
    progress: Progress = no_progress,
    result: NotifyResult | None = None,
) -> NotifyResult:
    require_intact(repository)  # never tell anyone of a version from a ledger that was rewritten
    result = result or NotifyResult(as_of=as_of.isoformat())
    EmailTemplates(repository.root).check(repository.config.languages)
    versions = list(notifiable_versions(repository.ledger, repository.config, as_of))
    for notice in plan_notices(engine, settings, versions, as_of):
        key = f"{notice.version.policy}/{notice.version.version}"
        result.notices.append(key)
        if notice.late:
            result.late.append(key)
        spec = settings.audience(notice.version.policy)
        if notice.fanned_out or spec is None:
            continue
        with progress(f"fan-out {key}", None) as advance:
            result.planned += fan_out(engine, notice, spec, repository.config, as_of, advance)
    if due := pending_count(engine):
        with progress("dispatch", due) as advance:
            sent: DispatchResult = dispatch(engine, repository, settings, channel, advance)
        result.sent, result.failed, result.retry = sent.sent, sent.failed, sent.retry
        result.requests, result.stopped = sent.requests, sent.stopped
    planning.close_settled_notices(engine)
    counts = reports.unsettled_counts(engine)
    result.pending = counts.get(DeliveryState.PENDING, 0)
    result.unconfirmed = counts.get(DeliveryState.SENDING, 0) + counts.get(DeliveryState.UNKNOWN, 0)
    return result


def _on_site_at(repository: PolicyRepository, as_of: date, summary: dict[str, object] | None) -> set[str]:
    """The versions the previous tick's site showed: its record lists them, so a version released later the
    same day is still new to the next tick. Ticks recorded before the list existed are read by their date."""
    listed = (summary or {}).get("on_site")
    if isinstance(listed, list):
        return {str(key) for key in listed}
    return {version.key for version in repository.ledger.all() if version.published_at <= as_of}


def tick(
    engine: Engine,
    repository: PolicyRepository,
    settings: Settings,
    channel: Channel,
    as_of: date,
    progress: Progress = no_progress,
) -> TickResult:
    tick_id, previous = reports.start_tick(engine, as_of)
    result = TickResult(as_of=as_of.isoformat(), first_tick=previous is None)
    seen = _on_site_at(repository, previous.as_of, previous.result) if previous is not None else set()
    for version in repository.ledger.all():
        if version.published_at <= as_of:
            result.on_site.append(version.key)
            if version.key not in seen:
                result.published.append(version.key)
        if version.effective_at <= as_of and (previous is None or version.effective_at > previous.as_of):
            result.took_effect.append(version.key)
    notify(engine, repository, settings, channel, as_of, progress, result)
    summary = result.summary()
    reports.finish_tick(engine, tick_id, summary)
    log.info("tick done", extra={"fields": {k: v for k, v in summary.items() if not isinstance(v, list)}})
    return result
