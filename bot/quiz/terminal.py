"""Answers typed at a terminal with prompt_toolkit; imported only when a quiz is taken on a TTY."""

from __future__ import annotations

from prompt_toolkit import PromptSession
from prompt_toolkit.formatted_text import FormattedText

from .take import QuizSession, Reader


def terminal_reader(session: QuizSession) -> Reader:
    """A reader whose prompts show the progress and score so far in the bottom toolbar.

    Ctrl+C and Ctrl+D raise as usual; the quiz loop takes either as "stop here".
    """
    prompt: PromptSession[str] = PromptSession()

    def toolbar() -> FormattedText:
        score = session.score()
        where = min(session.number, session.total)
        return FormattedText(
            [
                (
                    "",
                    f" Question {where} of {session.total} · {score.right} right so far · "
                    "Ctrl+D to stop (answers are saved)",
                )
            ]
        )

    def read(text: str) -> str | None:
        return prompt.prompt(text, bottom_toolbar=toolbar)

    return read
