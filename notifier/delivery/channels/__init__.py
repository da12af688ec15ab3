"""Email channels behind one interface (base.Channel); `make_channel` picks the configured one."""

from __future__ import annotations

from notifier.config.settings import Settings
from notifier.delivery.channels.base import Channel


def make_channel(settings: Settings) -> Channel:
    if settings.email_channel == "sendgrid":
        from notifier.delivery.channels.sendgrid import SendGridChannel

        return SendGridChannel(
            settings.sendgrid_api_key or "",
            settings.sendgrid_api_host,
            timeout=settings.request_timeout,
            rate=settings.rate_limit,
        )
    if settings.email_channel == "smtp":
        from notifier.delivery.channels.smtp import SmtpChannel

        return SmtpChannel(settings.smtp_url or "", timeout=settings.request_timeout)
    from notifier.delivery.channels.file import FileChannel

    return FileChannel(settings.outbox)
