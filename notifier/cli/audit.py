"""The auditor's commands: consents (export, purge), cookies scan, evidence (names are a contract)."""

from __future__ import annotations

import sys
import time
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import click

from notifier.cli.common import DATE, EXIT_PROBLEMS
from notifier.cli.notify import _open
from notifier.publishing.repository import PolicyRepository
from notifier.publishing.schedule import today


@click.group()
def consents() -> None:
    """The consent log: every cookie choice made in the banner (B9)."""


@consents.command("export")
@click.option("--from", "start", type=DATE, required=True, help="First day (UTC) of records received.")
@click.option("--to", "end", type=DATE, required=True, help="Last day (UTC) of records received, included.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
def export_command(start: date, end: date, fmt: str) -> None:
    """Print the records received from --from to --to (both days included), oldest first."""
    from notifier.audit.consents import export, format_export

    if end < start:
        raise click.BadParameter("must not be before --from", param_hint="--to")
    _repository, _settings, engine = _open()
    rows = export(engine, datetime.combine(start, clock()), datetime.combine(end + timedelta(days=1), clock()))
    for chunk in format_export(rows, fmt):
        click.echo(chunk, nl=False)


@consents.command("purge")
def purge_command() -> None:
    """Delete the records older than consent.retention_days (policies.yml; default five years). Run it daily."""
    from notifier.audit.consents import purge, retention_days

    repository, _settings, engine = _open()
    days = retention_days(repository.config)
    click.echo(f"deleted {purge(engine, days)} consent records received more than {days} days ago")


@click.group()
def cookies() -> None:
    """What pages really store, compared with the cookie data of the version in force."""


@cookies.command("scan")
@click.argument("urls", nargs=-1, required=True)
@click.option("--json", "json_file", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
def scan_command(urls: tuple[str, ...], json_file: Path | None) -> None:
    """Open each URL in Chromium before any choice, after "reject all" and after "accept all", and list every
    cookie, storage item or third-party host that breaks the declared cookie data: one line per finding.

    \b
    Exit codes: 0 clean, 1 findings, 2 bad command line.
    """
    from notifier.audit.scanner import cookie_inventory, format_findings, scan, write_report

    repository = PolicyRepository.open()
    on = today(repository.config.timezone)
    report = scan(list(urls), cookie_inventory(repository, on), time.time())
    click.echo(format_findings(report))
    if json_file is not None:
        write_report(report, json_file, on)
    if not report["clean"]:
        sys.exit(EXIT_PROBLEMS)


@click.command("evidence")
@click.argument("policy")
@click.argument("version")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True, help="A new or empty folder.")
@click.option("--user", "user_id", help="Add this user's record (as `policies proof` shows it).")
def evidence_command(policy: str, version: str, out: Path, user_id: str | None) -> None:
    """Write the evidence of one released version into OUT: texts from git with their sha256, the release
    commit, the redline, the notice per language, counts of deliveries, acknowledgements, acceptances and
    consents, a summary in every language (index.html), evidence.json and SHA256SUMS.
    """
    from notifier.audit.evidence import MANIFEST, write_bundle

    repository, _settings, engine = _open()
    write_bundle(repository, engine, policy, version, out, user_id)
    for line in (out / MANIFEST).read_text(encoding="utf-8").splitlines():
        click.echo(line)
    click.echo(f"evidence for {policy} {version} written to {out}")
