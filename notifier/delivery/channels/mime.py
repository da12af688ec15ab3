"""Build the MIME email for one recipient; shared by the file and smtp channels so both send the same bytes.

Start-up refuses settings that could break a header; this layer checks every header value again, because
a value can also come from elsewhere (an address in the store, a template): such a message is refused with
UnsafeHeader, and the channel dead-letters that one delivery with the reason instead of sending it.
"""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate

from notifier.config.project import unsafe_characters
from notifier.delivery.channels.base import Batch, Recipient

UNBUILDABLE = "message not sent: it cannot be built safely"


class UnsafeHeader(ValueError):
    """A header value with a line break or another control character: it would inject or break a header."""


def _refuse_unsafe(headers: dict[str, tuple[str, ...]]) -> None:
    for name, parts in headers.items():
        for part in parts:
            if bad := unsafe_characters(part):
                raise UnsafeHeader(f"the {name} header would contain {bad}")


def build(batch: Batch, recipient: Recipient) -> EmailMessage:
    message = batch.message.personalise(recipient.values)
    _refuse_unsafe(
        {
            "Subject": (message.subject,),
            "From": (batch.sender_name, batch.sender_email),
            "To": (recipient.email,),
            "Reply-To": (batch.reply_to or "",),
            "X-Policy-Notice": batch.notices,
        }
    )
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = Address(batch.sender_name, addr_spec=batch.sender_email)
    mail["To"] = recipient.email
    if batch.reply_to:
        mail["Reply-To"] = batch.reply_to
    mail["Date"] = formatdate(localtime=False, usegmt=True)
    # The same id every time this delivery is built: if an SMTP message whose answer was lost is sent again
    # (see README, crash safety), mail systems that recognise duplicates by Message-ID can show it once.
    domain = batch.sender_email.rpartition("@")[2]
    mail["Message-ID"] = f"<notice-{batch.notice_id}.delivery-{recipient.delivery_id}@{domain}>"
    # Proof and tracing: which notice, delivery and exact message (sha256 before personal links) this is.
    mail["X-Policy-Notice"] = ", ".join(batch.notices)
    mail["X-Policy-Delivery"] = str(recipient.delivery_id)
    mail["X-Policy-Message-SHA256"] = batch.message.sha256
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(message.text)
    mail.add_alternative(message.html, subtype="html")
    mail["Content-Language"] = message.locale  # after the body: set_content drops Content-* headers
    return mail
