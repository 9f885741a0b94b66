"""The help screen: what the chat does and every key, from the one table in `bot.keys`."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keys import keys_for

ABOUT = (
    "Ask questions about the story in your own words. Every answer quotes the sentences it "
    "comes from: the markers [1], [2] point to the quotes beneath the answer and to the "
    "highlighted sentences in the source pane; the tag beside a quote says who says so "
    "(the article itself, someone's claim, a report or a rumour). When the story doesn't say, "
    "the bot says so. Click an answer, or a numbered suggestion, to select it."
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
                for row in keys_for("chat"):
                    yield Static(Content.styled(row.keys, "bold $accent"), classes="help-key")
                    yield Static(Content(row.does), classes="help-text")

    def on_click(self, event: events.Click) -> None:
        """A click outside the help box closes it."""
        if event.widget is self:
            self.dismiss()
