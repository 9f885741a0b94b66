"""What the command line does to its terminal and process, kept out of the subcommands: a progress line,
Ctrl+C deferred while an answer is written, output streams that never raise UnicodeEncodeError, warnings on
one safe line."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import BinaryIO

from .safety import one_line


class Progress:
    """A progress line on a terminal's stderr while a question file is answered: how many, and how much of
    the file is read (when it is a file)."""

    EVERY = 10

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        try:
            self.size = os.fstat(stream.fileno()).st_size if stream.seekable() else 0
        except (OSError, ValueError):
            self.size = 0
        self.shown = False

    def show(self, count: int, force: bool = False) -> None:
        if count % self.EVERY and not force:
            return
        width = 30
        if self.size:
            share = min(1.0, self.stream.tell() / self.size)
            filled = int(width * share)
            bar = f"[{'#' * filled}{'.' * (width - filled)}] {share:4.0%} "
        else:
            bar = ""
        sys.stderr.write(f"\r{bar}{count} answered")
        sys.stderr.flush()
        self.shown = True

    def done(self, count: int) -> None:
        if self.shown or count >= self.EVERY:
            self.show(count, force=True)
            sys.stderr.write("\n")
            sys.stderr.flush()


@contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Ctrl+C waits until the block is done (an answer made and written whole), then interrupts."""
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield  # Ctrl+C is ignored or handled by someone else: leave it so
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def warn(message: str) -> None:
    """A warning or error on stderr: `bot: ` and the message on one line, control characters made visible."""
    print(f"bot: {one_line(message)}", file=sys.stderr)


def tolerant_output() -> None:
    """Anything the streams cannot encode (a file name that is not UTF-8) is written as a backslash escape
    instead of raising UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with suppress(ValueError, OSError):
                reconfigure(errors="backslashreplace")


def silence_stdout() -> None:
    """After the reader of our output went away: send the rest to /dev/null, so the interpreter's final flush
    does not complain."""
    with suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
