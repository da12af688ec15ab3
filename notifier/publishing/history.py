"""Git as the archive of released texts: blobs are written at release and read back by id ever after.

This is the only module that speaks to git, so the rest of the tool sees a small interface: store a text,
read it back, tell what a file looked like when first committed, list uncommitted changes, commit.
"""

from __future__ import annotations

import hashlib
import io
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import git
from gitdb import IStream  # type: ignore[import-untyped]
from gitdb.exc import BadName, BadObject  # type: ignore[import-untyped]

from notifier.problems import PolicyError, Problem
from notifier.publishing.ledger import ReleasedText


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class GitHistory:
    def __init__(self, root: Path):
        self.root = root
        self._first_commits: dict[str, tuple[str, bytes]] = {}
        try:
            self.repo = git.Repo(root)
        except (git.InvalidGitRepositoryError, git.NoSuchPathError) as exc:
            raise PolicyError(
                Problem(str(root), "is not a git repository; releases are recorded in git (run `git init`)")
            ) from exc

    @property
    def shallow(self) -> bool:
        return (Path(self.repo.git_dir) / "shallow").exists()

    def store_blob(self, data: bytes) -> str:
        """Write `data` to git's object store (like `git hash-object -w`) and return its blob id."""
        stored: bytes = self.repo.odb.store(IStream(git.Blob.type, len(data), io.BytesIO(data))).hexsha
        return stored.decode()

    def read_blob(self, blob_id: str) -> bytes | None:
        try:
            content: bytes = self.repo.odb.stream(bytes.fromhex(blob_id)).read()
            return content
        except (BadObject, BadName, ValueError):
            return None

    def first_committed(self, path: str) -> tuple[str, bytes] | None:
        """The commit that first added `path`, and the file's content in it; None when never committed.

        Kept once found: a file's first commit never changes, and the integrity checks ask for it more than once.
        """
        if path not in self._first_commits and (found := self._first_commit(path)) is not None:
            self._first_commits[path] = found
        return self._first_commits.get(path)

    def _first_commit(self, path: str) -> tuple[str, bytes] | None:
        try:
            shas = self.repo.git.log("--diff-filter=A", "--format=%H", "--", path).split()
        except git.GitCommandError:
            return None
        if not shas:
            return None
        content = self.file_in_commit(shas[-1], path)
        return (self.repo.commit(shas[-1]).hexsha, content) if content is not None else None

    def file_in_commit(self, commit: str, path: str) -> bytes | None:
        """`path` as `commit` holds it; None when it had no such file."""
        try:
            content: bytes = (self.repo.commit(commit).tree / path).data_stream.read()
            return content
        except (KeyError, BadName, ValueError):  # no such file, or no such commit (a repository without one)
            return None

    def commit_day(self, commit: str) -> date:
        """The calendar day of `commit` on its committer's clock (git keeps each commit's UTC offset)."""
        return self.repo.commit(commit).committed_datetime.date()

    def next_commit_time(self) -> datetime:
        """When git would date a commit made now: its clock, or GIT_COMMITTER_DATE when the caller sets one."""
        try:
            *_, seconds, offset = self.repo.git.var("GIT_COMMITTER_IDENT").split()
        except git.GitCommandError as exc:
            raise PolicyError(
                Problem("git", "git cannot sign a commit here: set `git config user.name` and `user.email`")
            ) from exc
        sign = -1 if offset.startswith("-") else 1
        zone = timezone(sign * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
        return datetime.fromtimestamp(int(seconds), tz=zone)

    def descendants(self, commit: str) -> set[str]:
        """`commit` and every commit of HEAD's history made on top of it."""
        return {commit, *self.repo.git.rev_list("--ancestry-path", f"{commit}..HEAD").split()}

    def added_files(self, folder: str) -> dict[str, str]:
        """Every file ever added under `folder` in the history of HEAD, with the commit that first added it."""
        try:
            out = self.repo.git.log(
                "--no-renames", "--diff-filter=A", "--name-only", "--format=commit %H", "--", folder
            )
        except git.GitCommandError:  # no commit yet
            return {}
        added: dict[str, str] = {}
        commit = ""
        for line in out.splitlines():
            if line.startswith("commit "):
                commit = line.removeprefix("commit ")
            elif line:
                added[line] = commit  # git log lists newest first: the last seen is the first added
        return added

    def uncommitted_paths(self) -> list[str]:
        """Every path with a change git would show in `git status`: staged, unstaged or untracked."""
        out = self.repo.git.status("--porcelain", "-z", "--untracked-files=all")
        paths: list[str] = []
        entries = iter(out.split("\0"))
        for entry in entries:
            if not entry:
                continue
            status, path = entry[:2], entry[3:]
            paths.append(path)
            if "R" in status or "C" in status:
                next(entries, None)
        return paths

    def commit(self, paths: list[str], message: str) -> str:
        """Commit exactly `paths`, whatever else is staged, so a release commit holds ledger and texts only."""
        self.repo.git.add("--", *paths)
        self.repo.git.commit("-m", message, "--only", "--", *paths)
        return self.repo.head.commit.hexsha


def released_bytes(history: GitHistory, released: ReleasedText, where: str) -> bytes:
    """A released file's exact bytes, read from git by blob id and proven by the recorded sha256."""
    data = history.read_blob(released.blob)
    if data is None:
        hint = (
            "this clone is shallow: run `git fetch --unshallow` (in CI, clone with fetch-depth: 0)"
            if history.shallow
            else "fetch the full history (`git fetch --all`); the release commit is missing from this repository"
        )
        raise PolicyError(Problem(where, f"released text {released.blob[:12]} is not in git: {hint}"))
    if sha256(data) != released.sha256:
        raise PolicyError(
            Problem(
                where,
                f"the text in git does not match the recorded sha256 {released.sha256[:12]}…: the record was "
                "edited after release; restore it with `git checkout` from its release commit",
            )
        )
    return data
