"""Build the MIME email for one recipient; shared by the file and smtp channels so both send the same bytes."""

from __future__ import annotations

from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from notifier.channels.base import Batch, Recipient


def build(batch: Batch, recipient: Recipient) -> EmailMessage:
    message = batch.message.personalise(recipient.values)
    mail = EmailMessage()
    mail["Subject"] = message.subject
    mail["From"] = Address(batch.sender_name, addr_spec=batch.sender_email)
    mail["To"] = recipient.email
    if batch.reply_to:
        mail["Reply-To"] = batch.reply_to
    mail["Date"] = formatdate(localtime=False, usegmt=True)
    mail["Message-ID"] = make_msgid(
        idstring=f"notice-{batch.notice_id}-{recipient.delivery_id}", domain=batch.sender_email.rpartition("@")[2]
    )
    # Proof and tracing: which notice, delivery and exact message (sha256 before personal links) this is.
    mail["X-Policy-Notice"] = f"{batch.policy}/{batch.version}"
    mail["X-Policy-Delivery"] = str(recipient.delivery_id)
    mail["X-Policy-Message-SHA256"] = batch.message.sha256
    mail["Auto-Submitted"] = "auto-generated"
    mail.set_content(message.text)
    mail.add_alternative(message.html, subtype="html")
    mail["Content-Language"] = message.locale  # after the body: set_content drops Content-* headers
    return mail
