"""The question history both chats share: one file in the user data folder, in prompt_toolkit's format.

A history that cannot be used (a read-only file, a folder in the way, a device or a FIFO where the file
should be, even one swapped in mid-session) turns itself off with one warning; the chat goes on.
Nothing here imports prompt_toolkit or Textual.
"""

from __future__ import annotations

import datetime
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from . import paths
from .errors import BotError

MAX_READ = 1 << 20
"""Only the last MiB of the file is read: start-up stays fast however long the history grows."""

Warn = Callable[[str], None]


def default_path() -> Path:
    """The history file both chats use."""
    return paths.user_dir() / "history"


class QuestionHistory:
    """Questions asked before, oldest first; `add` appends one to the file as it is asked."""

    @classmethod
    def in_user_dir(cls, warn: Warn) -> QuestionHistory:
        """The shared history file; in memory, with the warning, when the user data folder is unusable."""
        try:
            path = default_path()
        except BotError as exc:
            warn(f"bot: question history is off: {exc}")
            return cls(None, warn)
        return cls(path, warn)

    def __init__(self, path: Path | None, warn: Warn) -> None:
        self.path = path
        self.warn = warn
        self.entries: list[str] = []
        self._warned = False
        if path is not None:
            self.entries = self._read(path)

    @property
    def enabled(self) -> bool:
        """True while questions are still written to the file."""
        return self.path is not None

    def add(self, question: str) -> None:
        """Remember a question, in memory and (while history is on) in the file."""
        self.entries.append(question)
        if self.path is None:
            return
        record = f"\n# {datetime.datetime.now()}\n" + "".join(f"+{line}\n" for line in question.split("\n"))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = _open_regular(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            try:
                os.write(fd, record.encode("utf-8", errors="replace"))
            finally:
                os.close(fd)
        except OSError as exc:
            self._off(f"cannot write {self.path}: {_reason(exc)}")

    def _read(self, path: Path) -> list[str]:
        try:
            fd = _open_regular(path, os.O_RDONLY)
        except FileNotFoundError:
            return []
        except OSError as exc:
            self._off(f"cannot read {path}: {_reason(exc)}")
            return []
        try:
            size = os.fstat(fd).st_size
            if size > MAX_READ:
                os.lseek(fd, size - MAX_READ, os.SEEK_SET)
            data = os.read(fd, MAX_READ)
        except OSError as exc:
            self._off(f"cannot read {path}: {_reason(exc)}")
            return []
        finally:
            os.close(fd)
        if size > MAX_READ:
            data = data[data.find(b"\n#") + 1 :] if b"\n#" in data else b""
        return parse(data.decode("utf-8", errors="replace"))

    def _off(self, why: str) -> None:
        self.path = None
        if not self._warned:
            self._warned = True
            self.warn(f"bot: question history is off: {why}")


def parse(text: str) -> list[str]:
    """Entries of a history file, oldest first: `+` lines form an entry, anything else ends one."""
    entries: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("+"):
            lines.append(line[1:])
        elif lines:
            entries.append("\n".join(lines))
            lines = []
    if lines:
        entries.append("\n".join(lines))
    return entries


def _open_regular(path: Path, flags: int) -> int:
    """Open without blocking (a FIFO would hang) and refuse anything but a regular file."""
    fd = os.open(path, flags | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0), 0o600)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
