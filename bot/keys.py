"""Every key and command of both chats, in one table.

The full-screen chat's bindings, its help screen and its command palette, the line chat's `/help` and
toolbar, and the README's key tables are all generated from `KEYS` (the README is tested against
`markdown()`), so a key cannot work without being listed, nor be listed without working.
Plain data: importing this costs nothing and pulls in neither Textual nor prompt_toolkit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Chat = Literal["chat", "line"]
"""`chat` is the full-screen chat (`bot chat`), `line` the line chat (`bot repl`)."""

Scope = Literal["app", "box", "answer", "none"]
"""Where a full-screen binding lives: the app, the question box, a focused answer; `none` for keys a
widget handles itself (Enter in the box) and for the line chat."""


@dataclass(frozen=True)
class Key:
    """One row of help: the keys as a reader types them, and what they do."""

    chat: Chat
    keys: str
    """As shown to a reader: "Ctrl+N", "↑ / ↓", "/save FILE"."""
    does: str
    bind: tuple[tuple[str, str], ...] = ()
    """(key, action) pairs the full-screen chat binds, in Textual's names; in the line chat, the
    prompt_toolkit keys its own bindings add (tested against `repl.key_bindings()`)."""
    scope: Scope = "none"
    footer: str = ""
    """A short label for the footer or toolbar; empty keeps the key out of it."""
    command: str = ""
    """A command-palette title; empty keeps the action out of the palette."""
    priority: bool = False
    """Bound with priority: works even while a widget that would take the key has focus."""
    min_stories: int = 1
    """Listed only when the engine has at least this many stories (`/story`)."""


def _digits(action: str) -> tuple[tuple[str, str], ...]:
    return tuple((str(n), f"{action}({n})") for n in range(1, 10))


KEYS: tuple[Key, ...] = (
    # -- the full-screen chat ------------------------------------------------------------------------
    Key("chat", "Enter", "ask the question in the box; a pasted block of lines asks each line in turn"),
    Key("chat", "Tab / →", "in the box: accept the grey completion", (("tab", "complete"),), "box"),
    Key(
        "chat",
        "↑ / ↓",
        "in the box: earlier questions, kept between runs (shared with the line chat)",
        (("up", "history(-1)"), ("down", "history(1)")),
        "box",
    ),
    Key("chat", "Ctrl+R", "in the box: search earlier questions", (("ctrl+r", "search_history"),), "box"),
    Key("chat", "Ctrl+D", "in the box: quit when the box is empty", (("ctrl+d", "quit_if_empty"),), "box"),
    Key("chat", "Shift+Tab", "move to the latest answer; its citations show in the source"),
    Key(
        "chat",
        "↑ / ↓",
        "on an answer: move between its numbered suggestions",
        (("up", "move(-1)"), ("down", "move(1)")),
        "answer",
    ),
    Key("chat", "Enter", "on an answer: ask the highlighted suggestion", (("enter", "choose"),), "answer"),
    Key("chat", "1–9", "on an answer: ask that numbered suggestion", _digits("choose"), "answer"),
    Key("chat", "Escape", "back to the question box", (("escape", "focus_question"),), "app"),
    Key(
        "chat",
        "PageUp / PageDown",
        "scroll the conversation",
        (("pageup", "scroll_conversation(-1)"), ("pagedown", "scroll_conversation(1)")),
        "app",
    ),
    Key(
        "chat",
        "F1 or ?",
        "help: every key, and how the chat works (? when not typing in the box)",
        (("f1", "help"), ("question_mark", "help")),
        "app",
        footer="Help",
        command="Help",
    ),
    Key(
        "chat",
        "F2",
        "show or hide the source article (hidden at first on narrow screens)",
        (("f2", "toggle_source"),),
        "app",
        footer="Source",
        command="Toggle source",
    ),
    Key(
        "chat",
        "F3",
        "copy the selected answer with its quotes",
        (("f3", "copy_answer"),),
        "app",
        footer="Copy",
        command="Copy answer",
    ),
    Key("chat", "F4", "take a quiz on the story", (("f4", "quiz"),), "app", footer="Quiz", command="Quiz"),
    Key(
        "chat",
        "Ctrl+S",
        "save the conversation as Markdown, with its citations",
        (("ctrl+s", "save_transcript"),),
        "app",
        footer="Save",
        command="Save transcript",
    ),
    Key(
        "chat",
        "Ctrl+N",
        "new conversation, after asking: follow-ups start afresh",
        (("ctrl+n", "new_conversation"),),
        "app",
        footer="New",
        command="New conversation",
    ),
    Key("chat", "Ctrl+P", "command palette: every action by name, and Screenshot"),
    Key("chat", "Ctrl+Q", "quit", (("ctrl+q", "quit"),), "app", footer="Quit", priority=True),
    Key("chat", "quit, exit, bye", "typed as a question: quit"),
    # -- the line chat -------------------------------------------------------------------------------
    Key("line", "Enter", "ask; with a completion highlighted, accept it first", (("enter", ""),)),
    Key(
        "line",
        "Tab / Shift+Tab",
        "complete a question or a name; move through the menu",
        (("tab", ""), ("s-tab", "")),
        footer="complete",
    ),
    Key("line", "→", "accept the grey suggestion from history"),
    Key("line", "↑ / ↓", "earlier questions, kept between runs", footer="history"),
    Key("line", "Ctrl+R", "search earlier questions", footer="search"),
    Key("line", "Ctrl+C", "clear the line"),
    Key("line", "Ctrl+D", "quit", footer="quit"),
    Key("line", "1–9", "typed alone: ask that numbered suggestion of the last answer"),
    Key("line", "/help", "every command and key", footer="commands"),
    Key("line", "/sources", "the article's sentences with their ids"),
    Key("line", "/story", "the stories the bot answers from (listed once there are several)", min_stories=2),
    Key("line", "/save FILE", "save the conversation as Markdown, with its citations"),
    Key("line", "/reset", "start a new conversation: follow-ups start afresh"),
    Key("line", "/quit", "leave (also quit, exit, bye and Ctrl+D)"),
)


def keys_for(chat: Chat, stories: int = 1) -> list[Key]:
    """The rows of one chat, in order, leaving out those that need more stories than there are."""
    return [k for k in KEYS if k.chat == chat and stories >= k.min_stories]


def bindings_for(scope: Scope) -> list[tuple[str, str, Key]]:
    """(key, action, row) for every full-screen binding of one scope."""
    return [(key, action, k) for k in KEYS if k.chat == "chat" and k.scope == scope for key, action in k.bind]


def commands(chat: Chat = "line") -> list[str]:
    """The line chat's slash commands, as typed ("/save")."""
    return [k.keys.split()[0] for k in KEYS if k.chat == chat and k.keys.startswith("/")]


def plain(chat: Chat, stories: int = 1) -> str:
    """The rows as aligned plain text, for the line chat's /help."""
    rows = keys_for(chat, stories)
    width = max(len(k.keys) for k in rows)
    return "\n".join(f"  {k.keys.ljust(width)}  {k.does}" for k in rows)


def markdown() -> str:
    """Both chats' keys as Markdown tables, exactly as the README shows them."""
    parts = []
    for chat, title in (("chat", "`bot chat`"), ("line", "`bot repl`")):
        lines = [f"| {title} | what it does |", "|---|---|"]
        lines += [f"| {k.keys} | {k.does} |" for k in KEYS if k.chat == chat]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
