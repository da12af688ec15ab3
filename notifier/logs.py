"""Structured logs: one logfmt line per event on standard error (time, level, event, key=value fields).

Cron mails and journald keep them; `grep event=` or any logfmt parser turns them into figures. Modules log
with `extra={"fields": {...}}` so the fields stay machine-readable instead of being formatted into prose.
"""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime


def _value(value: object) -> str:
    text = str(value)
    if text == "" or any(c in text for c in ' ="'):
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


class LogfmtFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        line = " ".join(f"{k}={_value(v)}" for k, v in fields.items())
        if record.exc_info:
            line += " exception=" + _value(self.formatException(record.exc_info))
        return line


def configure(level: str = "INFO") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(LogfmtFormatter())
    root = logging.getLogger("notifier")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False
