"""Exceptions whose messages are fit to show a user as they are."""

from __future__ import annotations


class BotError(Exception):
    """An error with a message meant for the user; the CLI prints it and exits 2."""


class KnowledgeError(BotError):
    """The article or knowledge files are invalid; `problems` holds every `path:record: what` line."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


class InputError(BotError):
    """A question file, quiz file or answers file could not be read."""
