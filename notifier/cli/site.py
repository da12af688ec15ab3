"""The site's commands: build and serve (the same build as `mkdocs build` / `mkdocs serve` at the root)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import click

from notifier.cli.common import DATE


@click.command()
@click.option("--as-of", type=DATE, help="The day the site shows (default: today in Europe/Paris).")
@click.option("--site-dir", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: site/).")
def build(as_of: date | None, site_dir: Path | None) -> None:
    """Build the site from the release ledger and git, in every language.

    \b
    Never reads the unreleased texts in docs/. Exit 1 when a check fails (e.g. a cookie over 13 months).
    """
    from notifier.config.project import find_root
    from notifier.site.build import build_site

    target = build_site(find_root(), site_dir=site_dir, as_of=as_of)
    click.echo(f"site built in {target}")


@click.command()
@click.option("--as-of", type=DATE, help="The day the site shows (default: today).")
@click.option("--draft", is_flag=True, help="Preview the unreleased working texts, marked DRAFT on every page.")
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
def serve(as_of: date | None, draft: bool, dev_addr: str) -> None:
    """Serve the site locally and rebuild it when the ledger, the data or the working texts change."""
    from mkdocs.commands.serve import serve as mkdocs_serve

    from notifier.config.project import find_root
    from notifier.site.build import require_plugin

    require_plugin()

    if as_of:
        os.environ["POLICIES_AS_OF"] = as_of.isoformat()
    if draft:
        os.environ["POLICIES_DRAFT"] = "1"
    click.echo(f"serving the site on http://{dev_addr}/ (Ctrl+C to stop); it rebuilds when the texts change")
    mkdocs_serve(config_file=str(find_root() / "mkdocs.yml"), dev_addr=dev_addr)
