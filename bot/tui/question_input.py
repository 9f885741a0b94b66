"""The question box: completion from the known questions, the shared history, and safe pasting."""

from __future__ import annotations

import re
from collections.abc import Iterable

from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.suggester import SuggestFromList
from textual.widgets import Input

from ..keys import bindings_for
from .dialogs import HistorySearch

_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, bracketed-paste markers
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: titles, hyperlinks
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"  # DCS, SOS, PM, APC strings
    r"|\x1b[ -/]*[0-~]?"  # any other escape
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # lone control characters
)
"""Terminal escape sequences and control characters, which pasted text must not carry into a question."""


def clean_paste(text: str) -> list[str]:
    """Pasted text as the questions it holds: escapes stripped, one question per non-blank line."""
    text = _ESCAPES.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return [line.strip() for line in text.split("\n") if line.strip()]


class QuestionInput(Input):
    """An input that completes known questions as you type and recalls earlier ones with Up/Down.

    A paste is cleaned of escape sequences; a paste of several lines asks each line in turn.
    """

    BINDINGS = [Binding(key, action, row.does, show=False) for key, action, row in bindings_for("box")]

    class Asked(Message):
        """Questions to ask in turn, from a paste of several lines or the history search."""

        def __init__(self, questions: list[str]) -> None:
            super().__init__()
            self.questions = questions

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder="Loading the story…", **kwargs)
        self.history: list[str] = []
        self._position: int | None = None
        self._draft = ""

    def set_questions(self, questions: Iterable[str]) -> None:
        """Complete from these questions, now that the engine has them."""
        self.suggester = SuggestFromList(list(questions), case_sensitive=False)
        self.placeholder = "Ask about the story…"

    def remember(self, question: str) -> None:
        """Add a question to the history (not twice in a row)."""
        if question and (not self.history or self.history[-1] != question):
            self.history.append(question)
        self._position = None

    def action_history(self, step: int) -> None:
        if not self.history:
            return
        if self._position is None:
            if step > 0:
                return
            self._draft = self.value
            position = len(self.history) - 1
        else:
            position = self._position + step
        if position < 0:
            return
        if position >= len(self.history):
            self._position = None
            self.value = self._draft
        else:
            self._position = position
            self.value = self.history[position]
        self.cursor_position = len(self.value)

    def action_complete(self) -> None:
        """Accept the grey completion if there is one; otherwise move focus on as Tab usually does."""
        if self._suggestion and self.cursor_at_end and len(self._suggestion) > len(self.value):
            self.value = self._suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()

    def action_search_history(self) -> None:
        """Search earlier questions: Enter asks the one picked, Tab puts it in the box to edit."""

        def picked(result: tuple[str, str] | None) -> None:
            if result is None:
                return
            how, question = result
            if how == "ask":
                self.post_message(self.Asked([question]))
            else:
                self.value = question
                self.cursor_position = len(question)
            self.focus()

        self.app.push_screen(HistorySearch(self.history, self.value), picked)

    def action_quit_if_empty(self) -> None:
        """Ctrl+D: end of input quits, as at a shell prompt; with text in the box it deletes forward."""
        if self.value:
            self.action_delete_right()
        else:
            self.app.exit()

    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()  # Input's own handler would insert the first line again
        self._paste(event.text)

    def action_paste(self) -> None:
        self._paste(self.app.clipboard)

    def _paste(self, text: str) -> None:
        """Insert one pasted line at the cursor; several lines are asked one after the other."""
        start, end = sorted(self.selection)
        lines = clean_paste(text)
        if len(lines) <= 1:
            self.replace(lines[0] if lines else "", start, end)
            return
        before, after = self.value[:start], self.value[end:]
        lines[0] = before + lines[0]
        lines[-1] += after
        self.value = ""
        self.post_message(self.Asked([line.strip() for line in lines if line.strip()]))
