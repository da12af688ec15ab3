"""What every `policies` command shares: the group, exit codes and the DATE parameter.

Exit codes, the same for every command:
  0  done (check: no problem found)
  1  problems found or the action was refused; one line per problem on standard error
  2  the command line or an input file could not be read
"""

from __future__ import annotations

from datetime import date

import click

from notifier.dates import read_day
from notifier.problems import PolicyError

EXIT_PROBLEMS = 1  # click itself exits 2 on a bad command line


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return read_day(str(value))
        except ValueError as error:
            self.fail(str(error), param, ctx)


DATE = DateParam()

# One worked example per command, shown at the end of its --help: people copy an example before they read
# the options.
EXAMPLES: dict[str, tuple[str, ...]] = {
    "check": ("policies check", "policies check --markdown > summary.md"),
    "diff": ("policies diff privacy --lang fr", "policies diff privacy --from 2023-02-01 --to 2026-11-21 --no-color"),
    "release": ('policies release privacy --summary "en=We keep orders 10 years." --summary "fr=Nous gardons…"',),
    "timeline": ("policies timeline privacy --as-of 2026-12-25",),
    "classify": ("policies classify old.md new.md --lang fr --policy privacy --format json",),
    "eval": ("policies eval --corpus ../shared/corpus",),
    "keys": ("policies keys --demo",),
    "users import": ("policies users import examples/users.csv",),
    "notify": ("policies notify --dry-run --as-of 2026-11-25",),
    "tick": ("policies tick", "policies tick --as-of 2026-11-25 --json"),
    "dispatch": ("policies dispatch --workers 4",),
    "status": ("policies status --json",),
    "api": ("policies api --host 127.0.0.1 --port 8080",),
    "proof": ("policies proof u-0001 --json",),
    "build": ("policies build --as-of 2026-11-25 --site-dir site/",),
    "serve": ("policies serve --draft", "policies serve --as-of 2026-12-25 --dev-addr 127.0.0.1:8001"),
    "consents export": ("policies consents export --from 2026-11-01 --to 2026-11-30 --format jsonl > consents.jsonl",),
    "consents purge": ("policies consents purge",),
    "cookies scan": ("policies cookies scan https://www.24sevres.com/ --json scan.json",),
    "evidence": ("policies evidence privacy 2026-11-21 --out evidence/privacy-2026-11-21 --user u-0001",),
}


def add_examples(command: click.Command, path: str = "") -> None:
    """Put the examples of `command` (and of a group's subcommands) at the end of its --help."""
    name = f"{path} {command.name}".strip()
    for sub in getattr(command, "commands", {}).values():
        add_examples(sub, name)
    examples = EXAMPLES.get(name)
    if examples:
        label = "Example" if len(examples) == 1 else "Examples"
        command.epilog = "\b\n" + f"{label}:\n" + "\n".join(f"  {line}" for line in examples)


class PoliciesGroup(click.Group):
    """Turns a PolicyError anywhere in a command into its problem lines and exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except PolicyError as error:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            ctx.exit(EXIT_PROBLEMS)
