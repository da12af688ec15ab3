"""The command line as editors and operators meet it (issue 11, point 13): `policies serve` says where it
serves, `policies diff` marks changes with more than colour, and every command's help shows an example."""

from __future__ import annotations

import os
import re
import select
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from notifier.cli import cli

REPO = Path(__file__).resolve().parents[2]


def test_diff_in_colour_still_marks_insertions_and_deletions(released) -> None:
    """Colour-blind readers and pasted output see [-deleted-] and {+inserted+} whether or not it is coloured."""
    released.edit("docs/en/privacy.md", "within one month", "within two weeks")
    result = released.runner.invoke(
        cli, ["diff", "privacy", "--lang", "en", "--color"], env={"POLICIES_ROOT": str(released.root)}, color=True
    )
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.output)
    assert "\x1b[31m" in result.output and "\x1b[32m" in result.output
    assert "within [-one month-]{+two weeks+}." in plain.replace("\n", " ")


def test_serve_prints_the_address_it_serves_on() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "notifier", "serve", "--dev-addr", f"127.0.0.1:{port}", "--as-of", "2026-11-25"],
        env=os.environ | {"POLICIES_ROOT": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        ready, _, _ = select.select([process.stdout], [], [], 60)  # the line comes before the first build
        first_line = process.stdout.readline() if ready else ""
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert f"http://127.0.0.1:{port}/" in first_line, first_line


def _commands() -> list[tuple[str, ...]]:
    names = []
    for name, command in cli.commands.items():
        subcommands = getattr(command, "commands", None)
        names.extend([(name, sub) for sub in subcommands] if subcommands else [(name,)])
    return names


@pytest.mark.parametrize("command", _commands(), ids=" ".join)
def test_every_command_help_shows_an_example(command: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    examples = result.output.split("Example", 1)
    assert len(examples) == 2, result.output
    assert f"policies {' '.join(command)}" in examples[1], result.output


def test_check_catches_a_markdown_line_break_written_as_a_trailing_backslash(released) -> None:
    """Issue 11, point 7: `Place de Fontenoy\\` shows its backslash in many renderers; check says how to break."""
    released.edit(
        "docs/en/privacy.md", "Your name and email address.", "Your name\\\nand email address.\\\\\nAnd more."
    )
    result = released.policies("check")
    assert (
        "docs/en/privacy.md:7: warning: the line ends with '\\', a line break some Markdown tools print as a "
        "backslash; end it with <br> instead" in result.output
    ), result.output
    assert "privacy.md:8" not in result.output  # an escaped backslash (\\) is a character, not a break


def test_an_address_written_with_backslash_breaks_is_one_warning(tmp_path) -> None:
    from notifier.publishing.lint import lint

    text = "# T\n\n## A {#a}\n\nCNIL\\\n3 Place de Fontenoy\\\nParis\n"
    (warning,) = [p for p in lint(text, "docs/fr/privacy.md", set()) if "backslash" in p.message]
    assert str(warning).startswith("docs/fr/privacy.md:5-6: warning: these lines end with '\\'")
