"""Proof for an auditor: the consent log, cookie scans, per-user proof and per-version evidence."""
