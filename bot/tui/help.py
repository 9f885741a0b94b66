"""The help screen: what the chat does and every key."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = [
    ("Enter", "ask the question in the box"),
    ("Tab / →", "complete the grey suggestion in the box"),
    ("↑ / ↓", "earlier questions (in the box); choose a suggestion (on an answer)"),
    ("Shift+Tab", "move to the latest answer; its citations show in the source"),
    ("1–9", "on an answer: ask that suggestion"),
    ("Escape", "back to the question box"),
    ("F1 or ?", "this help"),
    ("F2", "show or hide the source article"),
    ("F3", "copy the selected answer"),
    ("F4", "start a quiz"),
    ("Ctrl+N", "new conversation: follow-ups start afresh"),
    ("Ctrl+P", "command palette: every action by name"),
    ("Ctrl+Q", "quit"),
]

ABOUT = (
    "Ask questions about the story in your own words. Every answer quotes the sentences it "
    "comes from: the markers [1], [2] point to the quotes beneath the answer and to the "
    "highlighted sentences in the source pane. When the story doesn't say, the bot says so. "
    "Click an answer, or a suggested question, to select it."
)


class HelpScreen(ModalScreen[None]):
    """Keys and a short explanation; any of Escape, F1, ? or q closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close help"),
        Binding("f1,question_mark,q", "dismiss", "Close help", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Help"
            body.border_subtitle = "Escape closes"
            yield Static(Content(ABOUT), classes="help-about")
            with Grid(classes="help-keys"):
                for key, text in KEYS:
                    yield Static(Content.styled(key, "bold $accent"), classes="help-key")
                    yield Static(Content(text), classes="help-text")

    def on_click(self, event: events.Click) -> None:
        """A click outside the help box closes it."""
        if event.widget is self:
            self.dismiss()
