"""Start a chat, paint its first screen headless, and quit: `chat` is newsbot's, `bare` a bare Textual app
showing the same text. benchmarks/run.py times the two as whole processes, side by side."""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Static

TEXT = "Loading the story…"
"""What the chat's first screen says while the story loads in a worker (bot/tui/app.py)."""


class Bare(App[int]):
    """The baseline: a Textual app that paints the same words and nothing else."""

    def compose(self) -> ComposeResult:
        yield Static(TEXT, markup=False)

    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)


def chat_app() -> App[int]:
    """The real chat, as `bot chat` builds it, quitting once its first screen is painted."""
    from pathlib import Path

    from bot.tui import app

    class FirstScreen(app.ChatApp):
        CSS_PATH = str(Path(app.__file__).with_name("chat.tcss"))  # relative paths follow the subclass

        def on_mount(self) -> None:  # Textual runs ChatApp.on_mount too, first: it is a message handler
            self.call_after_refresh(self.exit)

    def load():  # the chat loads the story after its first paint; quitting first cancels it
        from bot import load_engine

        return load_engine()

    return FirstScreen(load, history=False)


def main() -> int:
    app = chat_app() if sys.argv[1:] == ["chat"] else Bare()
    app.run(headless=True, size=(80, 24))
    return 0


if __name__ == "__main__":
    sys.exit(main())
