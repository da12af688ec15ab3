"""A policy as a sequence of sections.

Versions and languages are compared section by section, so the section, not the file or the line, is the
unit the checks, the diff, the classifier and the site work on. Section ids (`## 3. Sharing {#sharing}`)
are shared by every language and every version; policies written elsewhere have none, and the alignment
falls back on headings then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PREAMBLE_ID = "preamble"

_ATX = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*$")
_ATTR_ID = re.compile(r"\s*\{\s*#(?P<id>[^\s}]+)[^}]*\}\s*$")
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
_SETEXT = re.compile(r"^(?P<mark>=+|-+)[ \t]*$")
FENCE = re.compile(r"^\s*(```|~~~)")  # fenced code: never headings, never prose
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])[.)]?\s+")


@dataclass(frozen=True)
class Section:
    """One heading and the text under it, down to the next heading of the same or a higher level."""

    id: str | None
    title: str
    level: int
    body: str
    line: int

    @property
    def key(self) -> str:
        """The id when the editor gave one; otherwise a slug of the heading without its numbering."""
        return self.id or slugify(_NUMBERING.sub("", self.title))

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}".strip() if self.level else self.body


@dataclass(frozen=True)
class Document:
    title: str | None
    sections: list[Section] = field(default_factory=list)

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)

    @property
    def keys(self) -> list[str]:
        return [s.key for s in self.sections]


def slugify(text: str) -> str:
    text = re.sub(r"[^\w\s-]", "", text.lower(), flags=re.UNICODE)
    return re.sub(r"[\s_-]+", "-", text).strip("-")


def _heading(line: str, next_line: str | None) -> tuple[int, str] | None:
    if m := _ATX.match(line):
        return len(m["hashes"]), _CLOSING_HASHES.sub("", m["text"])
    is_text = line.strip() and not line.startswith((" ", "\t", "-", "*", "|", ">"))
    if next_line is not None and is_text and (m := _SETEXT.match(next_line)):
        return (1 if m["mark"].startswith("=") else 2), line.strip()
    return None


@dataclass
class _OpenSection:
    id: str | None
    title: str
    level: int
    line: int
    body: list[str] = field(default_factory=list)

    def close(self) -> Section | None:
        body = "\n".join(self.body).strip("\n")
        if self.level == 0 and not body.strip():
            return None
        return Section(self.id, self.title, self.level, body, self.line)


def parse(markdown: str, depth: int = 2) -> Document:
    """Split Markdown at its headings of level `depth` or higher; deeper headings stay in their section's body.

    The first level-1 heading is the document's title; text before the first section is the preamble.
    Fenced code is never taken for a heading.
    """
    lines = markdown.splitlines()
    title: str | None = None
    sections: list[Section] = []
    current = _OpenSection(id=PREAMBLE_ID, title="", level=0, line=1)
    in_fence = False
    skip_underline = False
    for index, line in enumerate(lines):
        number = index + 1
        if skip_underline:
            skip_underline = False
            continue
        if FENCE.match(line):
            in_fence = not in_fence
        heading = None if in_fence else _heading(line, lines[index + 1] if index + 1 < len(lines) else None)
        if heading is not None:
            level, text = heading
            skip_underline = not _ATX.match(line)
            is_title = level == 1 and title is None and not sections and not "".join(current.body).strip()
            if is_title:
                title = _split_id(text)[0]
                continue
            if level <= depth:
                if closed := current.close():
                    sections.append(closed)
                heading_text, section_id = _split_id(text)
                current = _OpenSection(section_id, heading_text, level, number)
                continue
        if not current.body and not line.strip():
            continue
        current.body.append(line)
    if closed := current.close():
        sections.append(closed)
    return Document(title=title, sections=sections)


def _split_id(heading: str) -> tuple[str, str | None]:
    if m := _ATTR_ID.search(heading):
        return heading[: m.start()].strip(), m["id"]
    return heading.strip(), None
