"""Exceptions whose messages are fit to show a user as they are."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError


class BotError(Exception):
    """An error with a message meant for the user; the CLI prints it and exits 2."""


class KnowledgeError(BotError):
    """The article or knowledge files are invalid; `problems` holds every `path:record: what` line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class InputError(BotError):
    """A question file, quiz file or answers file could not be read."""


def validation_lines(path: object, record: str, exc: ValidationError) -> list[str]:
    """One `path:record: field: what is wrong` line per pydantic error, for knowledge files and the manifest."""
    lines = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        lines.append(f"{path}:{record}: {loc + ': ' if loc else ''}{msg}")
    return lines


def parse_problem(path: object, exc: RecursionError | ValueError) -> str:
    """The message for what a TOML or JSON parser cannot survive: nesting deeper than its recursion limit,
    or an integer longer than Python converts (4,300 digits)."""
    if isinstance(exc, RecursionError):
        return f"{path}: nested too deeply (arrays or tables inside each other hundreds of levels deep)"
    return f"{path}: a number has too many digits to read (more than 4,300)"
