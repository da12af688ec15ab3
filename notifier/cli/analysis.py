"""`policies classify` and `policies eval`: the classifier's command-line contract and its evaluation.

`policies classify OLD.md NEW.md --format json` is called by tools outside this repository: it prints one JSON
object {"class", "reconsent", "review", "reasons": [{"rule", "section", "old", "new"}]} and exits 0; unreadable
input exits 2 with one line.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from notifier.analysis.classify import Classification, classify
from notifier.config.project import Role


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else "not UTF-8 text"
        click.echo(f"policies classify: cannot read {path}: {reason}", err=True)
        sys.exit(2)


def report(result: Classification) -> str:
    """The readable report: the decision first, then one line per reason."""
    lines = [f"class: {result.change_class}"]
    if result.reconsent:
        lines.append("reconsent: yes (ask cookie consent again)")
    if result.review:
        lines.append("review: yes (a person must check this decision)")
    for reason in result.reasons:
        section = f" [{reason.section}]" if reason.section else ""
        lines.append(f'- {reason.rule}{section}: "{reason.old}" -> "{reason.new}"')
    if not result.reasons:
        lines.append("no change of meaning found")
    return "\n".join(lines)


@click.command("classify")
@click.argument("old", metavar="OLD.md")
@click.argument("new", metavar="NEW.md")
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True)
@click.option("--policy", type=click.Choice([role.value for role in Role]), default=None, help="The policy's role.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text", show_default=True)
def classify_command(old: str, new: str, lang: str, policy: str | None, output: str) -> None:
    """Classify the change from OLD.md to NEW.md: editorial, minor, major or rights_reducing, with reasons."""
    result = classify(_read(old), _read(new), lang=lang, policy=policy)
    click.echo(result.to_json() if output == "json" else report(result))


@click.command("eval")
@click.option(
    "--corpus",
    type=click.Path(dir_okay=True, file_okay=True),
    default=None,
    help="changes.jsonl or its folder (default: <repo>/../shared/corpus, or $POLICIES_SHARED_DIR/corpus)",
)
@click.option("--development-only", is_flag=True, help="Only the development services (while developing rules).")
def eval_command(corpus: str | None, development_only: bool) -> None:
    """Measure the classifier on the labelled corpus (whole, held-out services) and every blind set, per language."""
    from notifier.analysis.evaluation import evaluate_all, format_all, load_corpus, resolve_corpus

    path = resolve_corpus(corpus)
    if path is None:
        click.echo("policies eval: no corpus found (set POLICIES_SHARED_DIR or pass --corpus)", err=True)
        sys.exit(2)
    click.echo(format_all(evaluate_all(load_corpus(path), development_only)))
