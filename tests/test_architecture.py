"""The layout keeps its promises (ARCHITECTURE.md): one store, and functions a reader takes in at once.

These are the rules a newcomer would break without noticing: SQL written outside the store, or a function
that grows step by step past what fits on a screen.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "notifier"
STORE = PACKAGE / "delivery" / "store"
MIGRATIONS = STORE / "migrations"
LONGEST_FUNCTION = 60


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if MIGRATIONS not in p.parents)


def _imported_roots(tree: ast.AST) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_only_the_store_speaks_sql() -> None:
    """A change to how deliveries are stored goes in delivery/store/ and nowhere else."""
    outside = [
        str(path.relative_to(PACKAGE.parent))
        for path in _modules()
        if STORE not in path.parents and "sqlalchemy" in _imported_roots(ast.parse(path.read_text()))
    ]
    assert outside == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_no_function_is_longer_than_a_screen(path: Path) -> None:
    tree = ast.parse(path.read_text())
    too_long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION
    ]
    assert too_long == []
