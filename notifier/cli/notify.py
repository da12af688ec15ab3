"""The operator's commands: users import, notify, tick, dispatch, status, api, proof (names are a contract)."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from notifier.cli.common import DATE, EXIT_PROBLEMS
from notifier.publishing.repository import PolicyRepository
from notifier.publishing.schedule import today

EXIT_UNREADABLE = 2
SHOWN_ON_TERMINAL = 20  # more would scroll the summary away; the report file has them all

if TYPE_CHECKING:
    from notifier.config.settings import Settings
    from notifier.delivery.store import Engine
    from notifier.delivery.tick import NotifyResult


def _open(signs_links: bool = False) -> tuple[PolicyRepository, Settings, Engine]:
    from notifier import logs
    from notifier.config import settings
    from notifier.delivery import store

    logs.configure(os.environ.get("POLICIES_LOG_LEVEL", "INFO"))
    repository = PolicyRepository.open()
    config = settings.load(repository.config)
    if signs_links:  # no key: stop before anything is planned, rather than halfway through a dispatch
        config.check_signing_key()
    return repository, config, store.open_engine(config.database_url)


@contextmanager
def _bar(label: str, total: int | None) -> Iterator[Callable[[int], None]]:
    """A tqdm bar on a terminal; nothing under cron (no TTY), where the logs and summary say it all."""
    from tqdm import tqdm

    with tqdm(total=total, desc=label, unit=" rows", file=sys.stderr, disable=None, mininterval=0.5) as bar:

        def advance(rows: int) -> None:
            bar.update(rows)

        yield advance


@click.group()
def users() -> None:
    """The people to notify, imported from the storefront."""


@users.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_(file: Path) -> None:
    """Import users from FILE (.csv or .jsonl, UTF-8): user_id, email, locale, [last_active_at, accepted_privacy,
    accepted_cookies, status]. Bad rows are listed with their line numbers; the others are imported. Beyond
    the first 20, every rejected line is written to a report file under var/import-reports/, named at the end.

    \b
    Exit codes: 0 every row imported, 1 some rows rejected (the rest imported), 2 unreadable file.
    """
    from notifier.delivery.users import UnreadableFile, import_users

    repository, _settings, engine = _open()
    name = re.sub(r"[^\w.-]", "_", file.stem)[:60]
    listing = repository.root / "var" / "import-reports" / f"{name}-{datetime.now(UTC):%Y%m%dT%H%M%SZ}.txt"
    listing.parent.mkdir(parents=True, exist_ok=True)
    try:
        with listing.open("w", encoding="utf-8") as out, _bar("import", None) as advance:
            report = import_users(
                engine,
                file,
                repository.config,
                repository.ledger,
                advance,
                lambda bad: print(bad.problem(str(file)), file=out),
            )
    except UnreadableFile as error:
        listing.unlink()
        for problem in error.problems:
            click.echo(str(problem), err=True)
        sys.exit(EXIT_UNREADABLE)
    for bad in report.bad[:SHOWN_ON_TERMINAL]:
        click.echo(str(bad.problem(str(file))), err=True)
    if report.bad_count > SHOWN_ON_TERMINAL:
        where = listing.relative_to(repository.root)
        more = report.bad_count - SHOWN_ON_TERMINAL
        click.echo(f"… and {more} more rejected rows: every rejected line is listed in {where}", err=True)
    else:
        listing.unlink()
    click.echo(
        f"imported {report.imported} users ({report.acceptances} recorded acceptances) from {report.read} rows; "
        f"{report.bad_count} rejected"
    )
    if report.bad_count:
        sys.exit(EXIT_PROBLEMS)


@click.command("notify")
@click.option("--dry-run", is_flag=True, help="Show who would be told of what, and a sample email per language.")
@click.option("--as-of", type=DATE, help="The day to plan for (default: today in the site's time zone).")
def notify_command(dry_run: bool, as_of: date | None) -> None:
    """Plan, fan out and send notices of major and rights-reducing versions (with --dry-run: only show)."""
    repository, settings, engine = _open(signs_links=True)
    on = as_of or today(repository.config.timezone)
    if dry_run:
        from notifier.delivery.preview import dry_run as preview

        click.echo(preview(engine, repository, settings, on))
        return
    from notifier.delivery.channels import make_channel
    from notifier.delivery.tick import notify

    channel = make_channel(settings)
    try:
        result = notify(engine, repository, settings, channel, on, _bar)
    finally:
        channel.close()
    _summary(result)


@click.command("tick")
@click.option("--as-of", type=DATE, help="The day to act for (default: today in the site's time zone).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (for scripts and CI).")
@click.option(
    "--site-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Where the site is rebuilt when a version was published or took effect (default: site/).",
)
def tick_command(as_of: date | None, as_json: bool, site_dir: Path | None) -> None:
    """The scheduled job: plan notices, fan out, dispatch what is due, rebuild the site when a version was
    published or took effect. Idempotent: never sends twice.

    \b
    Exit codes: 0 done, 1 some deliveries failed or the channel stopped (the rest are kept for the next tick).
    """
    from notifier.delivery.channels import make_channel
    from notifier.delivery.tick import tick

    repository, settings, engine = _open(signs_links=True)
    on = as_of or today(repository.config.timezone)
    channel = make_channel(settings)
    try:
        result = tick(engine, repository, settings, channel, on, _bar)
    finally:
        channel.close()
    if as_json:
        click.echo(json.dumps(result.summary(), indent=2))
    else:
        if result.published or result.took_effect:
            click.echo(
                f"published since last tick: {', '.join(result.published) or 'none'}; "
                f"took effect: {', '.join(result.took_effect) or 'none'}"
            )
        _summary(result)
    if result.site_changed:
        from notifier.site.build import build_site

        target = build_site(repository.root, site_dir=site_dir, as_of=on)
        click.echo(f"site rebuilt in {target}", err=as_json)
    if result.failed or result.stopped:
        sys.exit(EXIT_PROBLEMS)


def _summary(r: NotifyResult) -> None:
    click.echo(f"as of {r.as_of}: notices {', '.join(r.notices) or 'none'}")
    for key in r.late:
        click.echo(f"warning: {key} already took effect; its notice is late (T1, T3)", err=True)
    click.echo(
        f"planned {r.planned}, sent {r.sent}, failed {r.failed}, pending {r.pending}"
        + (f", unconfirmed {r.unconfirmed}" if r.unconfirmed else "")
        + f" ({r.requests} requests)"
    )
    if r.stopped:
        click.echo(f"dispatch stopped: {r.stopped}", err=True)


@click.command("dispatch")
@click.option(
    "--workers", type=click.IntRange(1, 64), help="Batches in flight at once (default POLICIES_DISPATCH_WORKERS, 4)."
)
def dispatch_command(workers: int | None) -> None:
    """Send what is pending, nothing else (no planning, no fan-out). Safe to run in several processes on
    several machines sharing one PostgreSQL: each batch is leased, so no delivery is sent twice.

    \b
    Exit codes: 0 done, 1 some deliveries failed or the channel stopped (the rest stay pending).
    """
    from notifier.delivery.channels import make_channel
    from notifier.delivery.dispatch import dispatch, pending_count

    repository, settings, engine = _open(signs_links=True)
    channel = make_channel(settings)
    try:
        with _bar("dispatch", pending_count(engine)) as advance:
            result = dispatch(engine, repository, settings, channel, advance, workers)
    finally:
        channel.close()
    r = result.reconciled
    click.echo(
        f"sent {result.sent}, failed {result.failed}, retry later {result.retry}, unknown {result.unknown} "
        f"({result.requests} requests); reconciled: {r.expired} expired leases, {r.confirmed} confirmed by events, "
        f"{r.resent} resent after silence"
    )
    if result.stopped:
        click.echo(f"dispatch stopped: {result.stopped}", err=True)
    if result.failed or result.stopped:
        sys.exit(EXIT_PROBLEMS)


@click.command("keys")
@click.option("--demo", is_flag=True, help="Write a local signing key to var/secret.key (a demo on a laptop only).")
def keys_command(demo: bool) -> None:
    """The key that signs the links in emails: print a new one for POLICIES_SECRET_KEY, or make a demo one.

    Loading the settings never writes a key: a deployment that forgot POLICIES_SECRET_KEY stops with a
    message instead of signing links with a key that dies with var/.
    """
    import secrets

    from notifier.config.settings import DEV_SECRET_FILE, write_demo_secret

    if not demo:
        click.echo(f"POLICIES_SECRET_KEY={secrets.token_urlsafe(48)}")
        return
    made = write_demo_secret(PolicyRepository.open().root)
    state = "written" if made else "already there, kept"
    click.echo(f"{DEV_SECRET_FILE}: {state} (demo only: set POLICIES_SECRET_KEY in production)")


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def status_command(as_json: bool) -> None:
    """Deliveries per state, and what is waiting: retries, expired leases, unknown outcomes, bounces."""
    from notifier.delivery.status import format_status, status

    _repository, settings, engine = _open()
    report = status(engine, settings)
    click.echo(json.dumps(report, indent=2) if as_json else format_status(report))


@click.command("api")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
def api_command(host: str, port: int) -> None:
    """Serve the HTTP API: pending notices, acknowledgements, acceptances (OpenAPI at /openapi.json)."""
    import uvicorn

    from notifier.delivery.http.api import create_app

    repository, settings, engine = _open(signs_links=True)
    # uvicorn's access log writes paths and queries (user ids, tokens); notifier.delivery.http.api logs route templates.
    app = create_app(repository, settings, engine)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)


@click.command("proof")
@click.argument("user_id")
@click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")
def proof_command(user_id: str, as_json: bool) -> None:
    """Print the record kept for USER_ID: acceptances, notices sent, events, acknowledgements (T4, T5)."""
    from notifier.audit.proof import format_proof, user_proof

    _repository, _settings, engine = _open()
    record = user_proof(engine, user_id)
    click.echo(json.dumps(record, indent=2, default=str) if as_json else format_proof(record))
    if not record["found"]:
        sys.exit(EXIT_PROBLEMS)
