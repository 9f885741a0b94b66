"""The question box: completion from the known questions and a history for the session."""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.suggester import SuggestFromList
from textual.widgets import Input


class QuestionInput(Input):
    """An input that completes known questions as you type and recalls earlier ones with Up/Down."""

    BINDINGS = [
        Binding("up", "history(-1)", "Previous question", show=False),
        Binding("down", "history(1)", "Next question", show=False),
        Binding("tab", "complete", "Complete", show=False),
    ]

    def __init__(self, questions: Iterable[str], **kwargs) -> None:
        super().__init__(
            placeholder="Ask about the story…",
            suggester=SuggestFromList(list(questions), case_sensitive=False),
            **kwargs,
        )
        self.history: list[str] = []
        self._position: int | None = None
        self._draft = ""

    def remember(self, question: str) -> None:
        """Add a question to the session history (not twice in a row)."""
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
