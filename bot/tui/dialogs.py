"""The chat's small dialogs: confirm a new conversation, save the transcript, search earlier questions."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..transcript import write_text
from .literal import literal


class _Dialog(ModalScreen):
    """A box in the middle of the screen; Escape or a click outside it cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_click(self, event: events.Click) -> None:
        if event.widget is self:
            self.dismiss(None)


class ConfirmNew(_Dialog):
    """Ask before forgetting a conversation: Enter or y starts afresh, Escape or n keeps it."""

    BINDINGS = [Binding("y", "confirm", "New conversation"), Binding("n", "cancel", "Keep it")]

    def __init__(self, exchanges: int) -> None:
        super().__init__(classes="dialog")
        self.exchanges = exchanges

    def compose(self) -> ComposeResult:
        plural = "" if self.exchanges == 1 else "s"
        with Vertical(classes="dialog-body") as body:
            body.border_title = "New conversation?"
            yield Static(
                f"This clears {self.exchanges} question{plural} and answer{plural} from the screen, "
                "and follow-up questions start afresh. Ctrl+S saves them first.",
                markup=False,
            )
            with Horizontal(classes="dialog-buttons"):
                yield Button("New conversation", id="confirm", variant="warning")
                yield Button("Keep it", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#confirm", Button).focus()

    def action_confirm(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm")


class SaveTranscript(_Dialog):
    """Ask where to save the transcript, write it there, and come back with the full path.

    A file that exists is replaced only after a second Enter; a path that cannot be written says
    why and stays open to be corrected.
    """

    def __init__(self, suggested: Path, text: str) -> None:
        super().__init__(classes="dialog")
        self.suggested = suggested
        self.text = text
        self._replace: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-body") as body:
            body.border_title = "Save the conversation as Markdown"
            body.border_subtitle = "Enter saves · Escape cancels"
            yield Static("File:", markup=False)
            yield Input(str(self.suggested), id="save-path", select_on_focus=False)
            yield Static("", id="save-problem", markup=False)

    @on(Input.Submitted)
    def _save(self, event: Input.Submitted) -> None:
        event.stop()
        problem = self.query_one("#save-problem", Static)
        typed = event.value.strip()
        if not typed:
            problem.update("Type a file name.")
            return
        path = Path(typed).expanduser()
        if path.is_dir():
            path = path / self.suggested.name
        if path.exists() and self._replace != path:
            self._replace = path
            problem.update(literal(f"{path} exists: press Enter again to replace it."))
            return
        try:
            self.dismiss(write_text(path, self.text))
        except OSError as exc:
            problem.update(literal(f"Cannot save to {path}: {exc.strerror or exc}"))


class HistorySearch(_Dialog):
    """Earlier questions that contain every word typed, newest first.

    Enter asks the highlighted one, Tab puts it in the question box to edit, Escape cancels.
    """

    BINDINGS = [
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("tab", "edit", "Edit", show=False),
    ]

    def __init__(self, history: Sequence[str], typed: str = "") -> None:
        super().__init__(classes="dialog")
        self.history = list(dict.fromkeys(reversed(history)))
        self.typed = typed

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-body") as body:
            body.border_title = "Search earlier questions"
            body.border_subtitle = "Enter asks · Tab edits · Escape cancels"
            yield Input(self.typed, placeholder="Words in the question…", id="history-query")
            yield OptionList(id="history-found")

    def on_mount(self) -> None:
        self._fill(self.typed)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def matches(self, typed: str) -> list[str]:
        words = typed.casefold().split()
        return [q for q in self.history if all(w in q.casefold() for w in words)]

    def _fill(self, typed: str) -> None:
        found = self.query_one(OptionList)
        found.clear_options()
        matches = self.matches(typed)
        if matches:
            found.add_options(Option(literal(q), id=str(n)) for n, q in enumerate(matches))
            found.highlighted = 0
        else:
            found.add_option(
                Option(Content.styled("No earlier question matches.", "$text-muted"), disabled=True)
            )

    def _chosen(self) -> str | None:
        found = self.query_one(OptionList)
        if found.highlighted is None:
            return None
        option = found.get_option_at_index(found.highlighted)
        return (
            None
            if option.disabled or option.id is None
            else self.matches(self.query_one(Input).value)[int(option.id)]
        )

    def action_move(self, step: int) -> None:
        found = self.query_one(OptionList)
        if step > 0:
            found.action_cursor_down()
        else:
            found.action_cursor_up()

    def action_edit(self) -> None:
        question = self._chosen()
        if question is not None:
            self.dismiss(("edit", question))

    @on(Input.Submitted)
    def _ask(self, event: Input.Submitted) -> None:
        event.stop()
        question = self._chosen()
        if question is not None:
            self.dismiss(("ask", question))

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        question = self._chosen()
        if question is not None:
            self.dismiss(("ask", question))
