"""Any SMTP server: SMTP_URL is smtp://[user:password@]host[:port][?starttls=true] or smtps://… (TLS).

One connection per batch, one message per recipient (each carries its own signed links). A refused
recipient fails alone; a 4xx answer or a dropped connection leaves the rest of the batch for a retry, and the
message on the wire when the connection dropped is "unknown" (the server may have accepted it).
"""

from __future__ import annotations

import smtplib
import ssl
from urllib.parse import parse_qs, unquote, urlsplit

from notifier.channels.base import Batch, BatchResult, ChannelError
from notifier.channels.mime import build


class SmtpChannel:
    name = "smtp"
    max_batch = 1000

    def __init__(self, url: str, timeout: float = 30.0):
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ChannelError("SMTP_URL must look like smtp://user:password@host:587?starttls=true")
        self.tls = parts.scheme == "smtps"
        self.starttls = parse_qs(parts.query).get("starttls", ["false"])[0].lower() in ("1", "true", "yes")
        self.host = parts.hostname
        self.port = parts.port or (465 if self.tls else 25)
        self.user = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.timeout = timeout

    def _connect(self) -> smtplib.SMTP:
        context = ssl.create_default_context()
        try:
            if self.tls:
                client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
                if self.starttls:
                    client.starttls(context=context)
            if self.user:
                client.login(self.user, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise ChannelError(f"SMTP login refused by {self.host}: {exc.smtp_code}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise ChannelError(f"cannot reach SMTP server {self.host}:{self.port}: {exc}") from exc
        return client

    def send(self, batch: Batch, deadline: float | None = None) -> BatchResult:
        result = BatchResult(requests=1)
        client = self._connect()
        try:
            for index, recipient in enumerate(batch.recipients):
                mail = build(batch, recipient)
                try:
                    client.send_message(mail, from_addr=batch.sender_email, to_addrs=[recipient.email])
                    result.sent[recipient.delivery_id] = mail["Message-ID"]
                except smtplib.SMTPRecipientsRefused as exc:
                    code, reason = next(iter(exc.recipients.values()))
                    target = result.retry if 400 <= code < 500 else result.failed
                    target[recipient.delivery_id] = f"smtp {code}: {reason.decode(errors='replace')}"
                except smtplib.SMTPResponseException as exc:
                    target = result.retry if 400 <= exc.smtp_code < 500 else result.failed
                    target[recipient.delivery_id] = f"smtp {exc.smtp_code}: {exc.smtp_error!r}"
                except (OSError, smtplib.SMTPServerDisconnected) as exc:
                    # The message being sent may have been accepted before the line dropped: unknown, not resent.
                    result.unknown[recipient.delivery_id] = f"smtp connection lost during the message: {exc}"
                    for rest in batch.recipients[index + 1 :]:
                        result.retry[rest.delivery_id] = f"smtp connection lost: {exc}"
                    return result
        finally:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                client.close()
        return result

    def close(self) -> None:
        return None
