"""The default channel: one .eml file per recipient under var/outbox/, so the whole job runs with no account.

Files are named by delivery id and written atomically, so a re-run can never make a second file for the
same delivery. Open them with any mail client to review exactly what users would receive.
"""

from __future__ import annotations

import os
from pathlib import Path

from notifier.delivery.channels.base import Batch, BatchResult
from notifier.delivery.channels.mime import UNBUILDABLE, build


class FileChannel:
    name = "file"
    max_batch = 1000

    def __init__(self, outbox: Path):
        self.outbox = outbox

    def send(self, batch: Batch, deadline: float | None = None) -> BatchResult:
        result = BatchResult(requests=1)
        folder = self.outbox / batch.policy / batch.version / batch.message.locale
        folder.mkdir(parents=True, exist_ok=True)
        for recipient in batch.recipients:
            try:
                mail = build(batch, recipient)
            except ValueError as exc:  # an unsafe header: this delivery is dead-lettered, the others written
                result.failed[recipient.delivery_id] = f"{UNBUILDABLE}: {exc}"
                continue
            path = folder / f"{recipient.delivery_id:09d}.eml"
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(bytes(mail))
            os.replace(tmp, path)
            result.sent[recipient.delivery_id] = str(path.relative_to(self.outbox))
        return result

    def close(self) -> None:
        return None
