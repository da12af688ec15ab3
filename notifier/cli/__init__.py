"""The `policies` command: what legal editors and operators type. Each area keeps its commands in its own module."""

from __future__ import annotations

import sys

import click

from notifier.cli import analysis, audit, editor, notify, site
from notifier.cli.common import PoliciesGroup, add_examples


@click.group(cls=PoliciesGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="policies-notifier")
def cli() -> None:
    """Publish legal policies from git and tell people when they change.

    \b
    Exit codes: 0 done, 1 problems found or action refused, 2 bad command line or unreadable input.
    """


for command in (
    editor.check,
    editor.diff,
    editor.release,
    editor.timeline,
    analysis.classify_command,
    analysis.eval_command,
    notify.keys_command,
    notify.users,
    notify.notify_command,
    notify.tick_command,
    notify.dispatch_command,
    notify.status_command,
    notify.api_command,
    notify.proof_command,
    site.build,
    site.serve,
    audit.consents,
    audit.cookies,
    audit.evidence_command,
):
    add_examples(command)
    cli.add_command(command)


def main() -> None:
    try:
        cli.main(prog_name="policies")
    except KeyboardInterrupt:
        sys.exit(130)
