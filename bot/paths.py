"""Where the article, the knowledge base and the user's data live, each with an override; and the one helper
that turns a path a user typed (an option or an environment variable) into a usable one or a clear message.

Every path the user gives goes through `user_path` (directly or through `existing_file`/`existing_folder`),
so `~nosuchuser/...`, a folder without search permission, a symlink loop or a 300-character name gives
`bot: PATH: what is wrong` instead of a `RuntimeError` or `OSError` traceback. Files are opened for reading
with `open_regular`, which refuses FIFOs, devices and folders instead of hanging on them.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import InputError

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    """Data shipped inside the wheel (bot/_data/NAME), else the checkout's top-level folder."""
    inside = _PACKAGE / "_data" / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def _where(raw: str, origin: str | None) -> str:
    return f"{raw} (from {origin})" if origin else raw


def _expand(raw: str, origin: str | None) -> str:
    """`~` and `~user` expanded; an unknown user or a missing home folder is an error, not a RuntimeError."""
    if not raw.startswith("~"):
        return raw
    expanded = os.path.expanduser(raw)
    if expanded.startswith("~"):
        user = raw[1:].split(os.sep, 1)[0]
        why = f"no user named {user!r}" if user else "the home folder is not known ($HOME is not set)"
        raise InputError(f"{_where(raw, origin)}: {why}")
    return expanded


def _os_problem(path: str, exc: OSError) -> str:
    """What an OSError from reaching `path` means, in words; names the folder that cannot be searched."""
    if exc.errno == errno.ENAMETOOLONG:
        longest = max(Path(path).parts, key=lambda part: len(os.fsencode(part)), default=path)
        return f"a name in the path is too long ({len(os.fsencode(longest))} bytes; most systems allow 255)"
    if exc.errno == errno.ELOOP:
        return "too many levels of symbolic links (a symlink loop?)"
    if exc.errno == errno.EACCES:
        full = Path(path).absolute()
        for step in [*reversed(full.parents), full]:
            try:
                os.stat(step)
            except PermissionError:
                return f"permission denied: the folder {step.parent} cannot be searched"
            except OSError:
                break
        return "permission denied"
    if exc.errno == errno.ENOTDIR:
        return "a part of the path is a file, not a folder"
    if exc.errno == errno.ENOENT:
        return "no such file or folder"
    return exc.strerror or str(exc)


def user_path(raw: str | os.PathLike[str], *, origin: str | None = None) -> Path:
    """A path the user gave (option or environment variable), `~` expanded, that need not exist yet.

    Raises InputError (`PATH: what is wrong`) when it can never be used: an unknown `~user`, a name too long,
    a symlink loop, a folder on the way that cannot be searched. `origin` (e.g. "$BOT_USER_DIR") is named in
    the message. Use it for files the bot will create, such as the quiz's `--db`.
    """
    text = _expand(os.fspath(raw), origin)
    try:
        os.stat(text)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise InputError(f"{_where(os.fspath(raw), origin)}: {_os_problem(text, exc)}") from None
    except ValueError:
        raise InputError(f"{_where(os.fspath(raw), origin)}: contains a NUL character") from None
    return Path(text)


def existing_folder(raw: str | os.PathLike[str], *, origin: str | None = None) -> Path:
    """A folder the user named, which must exist: otherwise InputError saying why."""
    path = user_path(raw, origin=origin)
    if not path.exists():
        raise InputError(f"{_where(os.fspath(raw), origin)}: no such folder")
    if not path.is_dir():
        raise InputError(f"{_where(os.fspath(raw), origin)}: not a folder")
    return path


def existing_file(raw: str | os.PathLike[str], *, origin: str | None = None) -> Path:
    """A regular file the user named, which must exist: otherwise InputError saying why (a folder, a FIFO or
    a device such as /dev/zero is refused, since reading it would hang or never end)."""
    path = user_path(raw, origin=origin)
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise InputError(
            f"{_where(os.fspath(raw), origin)}: cannot read: {_os_problem(str(path), exc)}"
        ) from None
    problem = _not_regular(mode)
    if problem:
        raise InputError(f"{_where(os.fspath(raw), origin)}: {problem}")
    return path


def _not_regular(mode: int) -> str:
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    return "is not a regular file"


def open_regular(path: str | os.PathLike[str], *, pipe_hint: str = "") -> BinaryIO:
    """Open a regular file for reading in binary; InputError (`PATH: cannot read: why`) for anything else.

    The file is opened without blocking and checked after opening, so a FIFO or a device is refused without
    waiting for a writer and without a race between checking and opening. `pipe_hint` is added to the
    message for a FIFO (e.g. how to read a pipe instead).
    """
    name = os.fspath(path)
    try:
        fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {_os_problem(name, exc)}") from None
    except ValueError:
        raise InputError(f"{name}: cannot read: the name contains a NUL character") from None
    try:
        mode = os.fstat(fd).st_mode
        problem = _not_regular(mode)
        if problem:
            hint = f" ({pipe_hint})" if pipe_hint and stat.S_ISFIFO(mode) else ""
            raise InputError(f"{name}: cannot read: {problem}{hint}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file (see `open_regular`); InputError saying why it cannot be read."""
    with open_regular(path) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(f"{os.fspath(path)}: cannot read: {_os_problem(os.fspath(path), exc)}") from None


def _chosen(override: str | os.PathLike[str] | None, variable: str) -> tuple[str | None, str | None]:
    """The user's choice and where it came from: the option, else the environment variable."""
    if override:
        return os.fspath(override), None
    value = os.environ.get(variable)
    return (value, f"${variable}") if value else (None, None)


def knowledge_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The knowledge folder: the option, then $BOT_KNOWLEDGE, then the shipped one."""
    chosen, origin = _chosen(override, "BOT_KNOWLEDGE")
    return existing_folder(chosen, origin=origin) if chosen else _shipped("knowledge")


def seeds_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The seeds folder: the option, then $BOT_SEEDS, then the shipped one."""
    chosen, origin = _chosen(override, "BOT_SEEDS")
    return existing_folder(chosen, origin=origin) if chosen else _shipped("seeds")


def user_dir() -> Path:
    """The user's data folder (history, quiz results): $BOT_USER_DIR, else the XDG data home.

    A relative $XDG_DATA_HOME is ignored, as the XDG specification says.
    """
    chosen = os.environ.get("BOT_USER_DIR")
    if chosen:
        return user_path(chosen, origin="$BOT_USER_DIR")
    xdg = os.environ.get("XDG_DATA_HOME")
    if xdg:
        base = user_path(xdg, origin="$XDG_DATA_HOME")
        if base.is_absolute():
            return base / "newsbot"
    return user_path("~/.local/share/newsbot")


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file renamed into place, so a reader never sees half a file;
    for caches, so failing to write is no error (the next run builds again)."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return
