"""One reader for the reviewed YAML files: policies.yml, the cookie data and the release records.

Each file is declared as fields with a type, a default and a rule (in the spirit of MkDocs Material's
declared options); reading reports every value that does not fit as one problem naming the file, the line
and the field, and what to write instead, so an editor fixes everything in one pass and never sees a
traceback. The data and the lines come from the one node tree PyYAML composes, after anchors, aliases and
impossible dates have been refused.

Why not pydantic: its errors locate a value by path, not by line, and speak its own words ("Input should be
a valid integer"); the lines would still need this node tree, and every message would need rewording.
"""

from __future__ import annotations

import difflib
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import yaml

from notifier.dates import ImpossibleDay, read_day
from notifier.problems import PolicyError, Problem

NO_ALIASES = "YAML anchors and aliases (&name, *name) are not allowed here; write every value out"
_YAML_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AliasRefused(yaml.MarkedYAMLError):
    """An anchor or alias: a few bytes of them can stand for gigabytes once expanded, so none is read."""


class DayRefused(yaml.MarkedYAMLError):
    """An unquoted date no calendar has (2023-02-29): YAML would stop on it without saying where."""


def _refuse_expansions_and_impossible_days(text: str) -> None:
    """Scan the events before anything is built, so a tiny file cannot expand into a huge one."""
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        mark: Any = event.start_mark
        if getattr(event, "anchor", None) is not None:
            raise AliasRefused(problem=NO_ALIASES, problem_mark=mark)
        if isinstance(event, yaml.ScalarEvent) and event.implicit[0] and _YAML_DAY.match(event.value):
            try:
                read_day(event.value)
            except ImpossibleDay as error:
                raise DayRefused(problem=str(error), problem_mark=mark) from None


def load_yaml(text: str) -> tuple[Any, yaml.Node | None]:
    """The data of a reviewed YAML file and its node tree (for line numbers), refusing anchors and aliases."""
    _refuse_expansions_and_impossible_days(text)
    loader = yaml.SafeLoader(text)  # one more pass builds the node tree, and the data from that same tree
    try:
        node: yaml.Node | None = loader.get_single_node()
        return (loader.construct_document(node) if node is not None else None), node
    finally:
        loader.dispose()


def yaml_problem(exc: yaml.YAMLError, relative: str, advice: str = "") -> Problem:
    """A YAML error as one problem at its file and line."""
    mark = getattr(exc, "problem_mark", None)
    where = f"{relative}:{mark.line + 1}" if mark else relative
    if isinstance(exc, AliasRefused | DayRefused):
        return Problem(where, str(exc.problem))
    return Problem(where, f"not valid YAML ({getattr(exc, 'problem', exc)}){advice}")


def read_document(content: str | bytes, relative: str, advice: str = "") -> Entry:
    """A whole file as an entry, or one PolicyError naming its line when it is not UTF-8 or not YAML."""
    try:
        text = content.decode("utf-8") if isinstance(content, bytes) else content
        data, node = load_yaml(text)
    except UnicodeDecodeError as exc:
        raise PolicyError(Problem(relative, "is not UTF-8 text")) from exc
    except yaml.YAMLError as exc:
        raise PolicyError(yaml_problem(exc, relative, advice)) from exc
    return Entry(relative, data, node)


Key = str | int


@dataclass(frozen=True)
class Entry:
    """A value read from a YAML file and the node it came from, so every message about it names its line.

    A field's line is that of its key (a block mapping's value starts on the line below); a missing field
    has the line of the nearest enclosing one.
    """

    file: str
    value: Any
    node: yaml.Node | None = None
    path: tuple[Key, ...] = ()
    key_node: yaml.Node | None = None

    @property
    def line(self) -> int | None:
        marked = self.key_node or self.node
        return marked.start_mark.line + 1 if marked is not None else None

    @property
    def name(self) -> str:
        """The field as an editor would look for it: `notifier.from.email`, `cookies[2].provider`."""
        text = ""
        for key in self.path:
            text += f"[{key}]" if isinstance(key, int) else (f".{key}" if text else key)
        return text

    def where(self, named: bool = True) -> str:
        place = f"{self.file}:{self.line}" if self.line else self.file
        return f"{place} ({self.name})" if named and self.path else place

    def problem(self, message: str, named: bool = True) -> Problem:
        return Problem(self.where(named), message)

    def reported(self, problems: list[Problem]) -> bool:
        """Whether this field already has a problem: a rule between fields then says nothing more about it."""
        return any(problem.where == self.where() for problem in problems)

    def child(self, key: Key) -> Entry:
        value: Any = None
        key_node = node = None
        if isinstance(key, int):
            if isinstance(self.value, list) and 0 <= key < len(self.value):
                value = self.value[key]
            if isinstance(self.node, yaml.SequenceNode) and 0 <= key < len(self.node.value):
                node = self.node.value[key]
        else:
            if isinstance(self.value, dict):
                value = self.value.get(key)
            if isinstance(self.node, yaml.MappingNode):
                key_node, node = next(((k, v) for k, v in self.node.value if k.value == key), (None, None))
        if node is None:  # not written: the enclosing field's line
            return Entry(self.file, value, self.node, (*self.path, key), self.key_node)
        return Entry(self.file, value, node, (*self.path, key), key_node)

    def items(self) -> list[tuple[str, Entry]]:
        """The key and entry of each field of a mapping (none for anything else)."""
        return [(str(key), self.child(key)) for key in self.value] if isinstance(self.value, dict) else []

    def elements(self) -> list[Entry]:
        return [self.child(index) for index in range(len(self.value))] if isinstance(self.value, list) else []


class Unfit(ValueError):
    """A value that does not fit its declaration; the message says what to write instead."""


INVALID: Any = object()  # what a kind reads from a value that does not fit (its problem is already reported)


def _shape(value: Any) -> str:
    return {list: "a list", dict: "a mapping", type(None): "empty"}.get(type(value), f"'{value}'")


def _closest(word: str, choices: Sequence[str]) -> str:
    """' (did you mean 'x'?)' for a near miss, as the variables check says it; empty when nothing is close."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _refused(entry: Entry, hint: str, problems: list[Problem]) -> Any:
    """Report a value of the wrong shape (a list where a mapping belongs…) and read nothing from it."""
    problems.append(entry.problem(f"must be {hint}, not {_shape(entry.value)}"))
    return INVALID


class Kind(ABC):
    """The type of a declared field: reads a YAML entry into a Python value, reporting what does not fit."""

    @abstractmethod
    def read(self, entry: Entry, problems: list[Problem]) -> Any:
        """The value, or INVALID once its problems are in `problems`."""


class Scalar(Kind):
    """A kind read from the value alone, so its message comes from one place: the `Unfit` it raises."""

    def read(self, entry: Entry, problems: list[Problem]) -> Any:
        try:
            return self.convert(entry.value)
        except Unfit as unfit:
            problems.append(entry.problem(str(unfit)))
            return INVALID

    @abstractmethod
    def convert(self, value: Any) -> Any:
        """The Python value, or `Unfit` saying what to write instead."""


@dataclass(frozen=True)
class Text(Scalar):
    """Text (a number or a date is read as it is written); `hint` says what the text is, for the message."""

    hint: str = "text"

    def convert(self, value: Any) -> str:
        if isinstance(value, list | dict) or value is None:
            raise Unfit(f"must be {self.hint}, not {_shape(value)}")
        return value.isoformat() if isinstance(value, date) else str(value)


@dataclass(frozen=True)
class Whole(Scalar):
    """A whole number from `low` to `high` (YAML's true and false are not numbers)."""

    low: int
    high: int

    def convert(self, value: Any) -> int:
        if not isinstance(value, int) or isinstance(value, bool) or not self.low <= value <= self.high:
            raise Unfit(f"must be a whole number from {self.low} to {self.high}, not {_shape(value)}")
        return value


@dataclass(frozen=True)
class Flag(Scalar):
    def convert(self, value: Any) -> bool:
        if not isinstance(value, bool):
            raise Unfit(f"must be true or false, not {_shape(value)}")
        return value


@dataclass(frozen=True)
class Day(Scalar):
    """A calendar day written YYYY-MM-DD; an impossible one says so ("30 February 2026 does not exist").

    `label` starts each message with the field's name, for files whose messages name their fields.
    """

    label: str = ""

    def convert(self, value: Any) -> date:
        if isinstance(value, date):
            return value
        try:
            return read_day(str(value))
        except ImpossibleDay as error:
            raise Unfit(f"{self.label}: {error}" if self.label else str(error)) from None
        except ValueError:
            raise Unfit(f"{self.label} must be a date written YYYY-MM-DD, not '{value}'".strip()) from None


@dataclass(frozen=True)
class Choice(Scalar):
    """One of a few words; a near miss is named."""

    choices: tuple[str, ...]

    def convert(self, value: Any) -> str:
        if value not in self.choices:
            raise Unfit(f"{_shape(value)} is not one of {', '.join(self.choices)}{_closest(str(value), self.choices)}")
        return str(value)


@dataclass(frozen=True)
class ListOf(Kind):
    """A list whose every item is read by `item`; the items that do not fit are reported and left out."""

    item: Kind
    hint: str = "a list"

    def read(self, entry: Entry, problems: list[Problem]) -> Any:
        if not isinstance(entry.value, list):
            return _refused(entry, self.hint, problems)
        return [value for _, value in self.pairs(entry, problems)]

    def pairs(self, entry: Entry, problems: list[Problem]) -> list[tuple[Entry, Any]]:
        """Each item that fits, with its entry (for messages about it); an absent list has none."""
        if entry.value is not None and not isinstance(entry.value, list):
            _refused(entry, self.hint, problems)
        read = ((element, self.item.read(element, problems)) for element in entry.elements())
        return [(element, value) for element, value in read if value is not INVALID]


@dataclass(frozen=True)
class MappingOf(Kind):
    """A mapping of names to values read by `item` (per language, per policy)."""

    item: Kind
    hint: str = "a mapping"

    def read(self, entry: Entry, problems: list[Problem]) -> Any:
        if not isinstance(entry.value, dict):
            return _refused(entry, self.hint, problems)
        values = ((key, self.item.read(child, problems)) for key, child in entry.items())
        return {key: value for key, value in values if value is not INVALID}


class Unchecked(Scalar):
    """A value read and checked by the part of the tool that owns it (a block of policies.yml, a list)."""

    def convert(self, value: Any) -> Any:
        return value


@dataclass(frozen=True)
class Field:
    """One declared field: its kind, its default when absent, whether it must be written, and (`message`,
    formatted with the `value`) the file's own words for a value that does not fit.

    `read_absent` reads an absent field as empty rather than taking the default: a block then fills in its
    own defaults and says what is missing inside it.
    """

    kind: Kind
    default: Any = None
    required: bool = False
    message: str | None = None
    read_absent: bool = False


@dataclass(frozen=True)
class Block(Kind):
    """A mapping of declared fields: an unknown field (with the closest known one), a missing required one
    and every value that does not fit are each reported; the fields that fit are read all the same.

    `check` adds the rules between fields once they are read (it receives the values and the entry).
    """

    fields: Mapping[str, Field]
    hint: str = "a mapping"
    check: Callable[[dict[str, Any], Entry, list[Problem]], None] | None = None

    def read(self, entry: Entry, problems: list[Problem]) -> Any:
        if entry.value is None:
            entry = Entry(entry.file, {}, entry.node, entry.path, entry.key_node)
        if not isinstance(entry.value, dict):
            return _refused(entry, self.hint, problems)
        self._unknown_and_missing(entry, problems)
        values = {name: self._field(entry.child(name), spec, problems) for name, spec in self.fields.items()}
        if self.check is not None:
            self.check(values, entry, problems)
        return values

    def _unknown_and_missing(self, entry: Entry, problems: list[Problem]) -> None:
        known = tuple(self.fields)
        for key, child in entry.items():
            if key not in self.fields:
                problems.append(
                    child.problem(f"unknown field '{key}'{_closest(key, known)}; allowed: {', '.join(known)}")
                )
        for name, spec in self.fields.items():
            if spec.required and name not in entry.value:
                problems.append(entry.problem(f"required field '{name}' is missing"))

    @staticmethod
    def _field(entry: Entry, spec: Field, problems: list[Problem]) -> Any:
        if entry.value is None and not spec.read_absent:
            return spec.default
        found: list[Problem] = []
        value = spec.kind.read(entry, found)
        if found and spec.message is not None:
            found = [entry.problem(spec.message.format(value=entry.value))]
        problems.extend(found)
        return spec.default if value is INVALID else value
