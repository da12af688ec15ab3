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


class PoliciesGroup(click.Group):
    """Turns a PolicyError anywhere in a command into its problem lines and exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except PolicyError as error:
            for problem in error.problems:
                click.echo(str(problem), err=True)
            ctx.exit(EXIT_PROBLEMS)
