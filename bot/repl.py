"""The line-mode chat (`bot repl`): a prompt_toolkit session at a terminal, a readable transcript when piped.

Laid out like pgcli: the one `PromptSession` is built in `build_session()`; key bindings, the
toolbar, the style and the completer each come from a small function of their own. It talks to the
engine only through `bot.interface.AnswerEngine`.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.filters import completion_is_selected
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.history import History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.output import Output
from prompt_toolkit.styles import Style

from . import Conversation, one_line, terminal
from .completion import completions
from .history import QuestionHistory
from .keys import keys_for, plain
from .transcript import chat_text, default_name, markdown_transcript, write_text

if TYPE_CHECKING:
    from . import Answer, AnswerEngine

PROMPT = "> "

HELP_HINT = "Type /help for commands and keys."
"""Added under the engine's help reply: the engine's words name no key, the chat's do."""

Echo = Callable[[str], None]


def help_text(stories: int = 1) -> str:
    """What /help prints: how to ask, then every key and command from the one table."""
    return (
        "Ask a question about the story in your own words; answers quote the article, and the tag\n"
        "beside each quote says who says so (the article, a claim, a report or a rumour).\n"
        'Follow-up questions ("and the other one?", "why?") build on earlier ones.\n\n'
        + plain("line", stories)
    )


# -- the session's parts ---------------------------------------------------------------------------


class LineHistory(History):
    """prompt_toolkit's view of the shared question history (newest first, as it wants)."""

    def __init__(self, questions: QuestionHistory) -> None:
        super().__init__()
        self.questions = questions

    def load_history_strings(self) -> Iterable[str]:
        return list(reversed(self.questions.entries))

    def store_string(self, string: str) -> None:
        self.questions.add(string)


class QuestionCompleter(Completer):
    """Tab completes the slash commands, whole questions that fit the line, and names for the word typed."""

    def __init__(self, engine: AnswerEngine) -> None:
        self.questions = engine.questions()
        self.names = engine.entity_names()
        stories = len(engine.stories())
        self.commands = [
            (k.keys.split()[0], k.does) for k in keys_for("line", stories) if k.keys.startswith("/")
        ]

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterator[Completion]:
        before = document.text_before_cursor
        if before.lstrip().startswith("/"):
            typed = before.lstrip().casefold()
            for command, does in self.commands:
                if command.startswith(typed):
                    yield Completion(command, -len(before), display_meta=does)
            return
        for match in completions(before, self.questions, self.names):
            yield Completion(match.text, -match.replaces, display_meta=match.kind)


def key_bindings() -> KeyBindings:
    """Tab opens the completion menu or moves through it, and Enter accepts a highlighted completion
    instead of sending the line (both as in pgcli)."""
    kb = KeyBindings()

    @kb.add("tab")
    def _tab(event: KeyPressEvent) -> None:
        buffer = event.app.current_buffer
        if buffer.complete_state:
            buffer.complete_next()
        else:
            buffer.start_completion(select_first=False)

    @kb.add("s-tab")
    def _shift_tab(event: KeyPressEvent) -> None:
        buffer = event.app.current_buffer
        if buffer.complete_state:
            buffer.complete_previous()

    @kb.add("enter", filter=completion_is_selected)
    def _accept(event: KeyPressEvent) -> None:
        event.current_buffer.complete_state = None

    return kb


def toolbar() -> StyleAndTextTuples:
    """Key hints along the bottom, from the one table; plain tuples, so nothing is read as markup."""
    parts: StyleAndTextTuples = []
    for row in keys_for("line"):
        if row.footer:
            alternatives = row.keys.split(" / ")
            key = "".join(alternatives) if all(len(a) == 1 for a in alternatives) else alternatives[0]
            parts += [("class:bottom-toolbar.key", f" {key} "), ("class:bottom-toolbar", f"{row.footer} ")]
    return parts


def style() -> Style:
    return Style.from_dict(
        {
            "prompt": "bold ansicyan",
            "bottom-toolbar": "noreverse bg:#303030 #d0d0d0",
            "bottom-toolbar.key": "noreverse bg:#303030 bold #ffaf00",
            "auto-suggestion": "#808080",
        }
    )


def build_session(
    engine: AnswerEngine,
    history: History,
    input: Input | None = None,
    output: Output | None = None,
) -> PromptSession[str]:
    """The one prompt session of the line chat."""
    return PromptSession(
        message=[("class:prompt", PROMPT)],
        history=history,
        auto_suggest=AutoSuggestFromHistory(),
        completer=QuestionCompleter(engine),
        complete_while_typing=False,
        key_bindings=key_bindings(),
        bottom_toolbar=toolbar,
        style=style(),
        input=input,
        output=output,
    )


# -- what the chat does ----------------------------------------------------------------------------


class Chat:
    """One conversation with the engine, and the slash commands; writes through `echo`."""

    def __init__(self, engine: AnswerEngine, echo: Echo) -> None:
        self.engine = engine
        self.echo = echo
        self.conversation = Conversation()
        self.exchanges: list[Answer] = []
        self.declined = 0
        """Questions not answered: the story doesn't say, or the bot asked back."""

    def handle(self, line: str) -> bool:
        """Answer a question or run a command; False when the reader asked to quit."""
        text = line.strip()
        if not text:
            return True
        if text.startswith("/"):
            return self.command(text)
        last = self.exchanges[-1] if self.exchanges else None
        if text.isdigit() and last is not None and 1 <= int(text) <= len(last.suggestions):
            text = last.suggestions[int(text) - 1]
            self.echo("→ " + one_line(text))
        answer = self.engine.answer(text, self.conversation)
        if answer.intent == "farewell":
            return False  # "quit", "exit", "bye" typed without the slash
        if answer.intent == "question":
            self.exchanges.append(answer)
            self.declined += answer.status != "answered"
        hint = f"\n{HELP_HINT}" if answer.intent == "help" else ""
        self.echo(chat_text(answer) + hint)
        return True

    def command(self, text: str) -> bool:
        typed, _, rest = text.partition(" ")
        name = typed.lower()
        if name in ("/quit", "/exit", "/q"):
            return False
        if name in ("/help", "/?"):
            self.echo(help_text(len(self.engine.stories())))
        elif name == "/sources":
            self.echo(sources_text(self.engine))
        elif name == "/story":
            self.echo(self.choose_story(rest.strip()))
        elif name == "/save":
            self.save(rest.strip())
        elif name == "/reset":
            self.conversation = Conversation()
            self.exchanges = []
            self.echo("New conversation: follow-up questions start afresh.")
        else:
            self.echo(f"Unknown command {terminal(typed)}; type /help for the list.")
        return True

    def choose_story(self, choice: str) -> str:
        """/story: list the stories; /story N or ID: answer from that one; /story all: from every story."""
        stories = self.engine.stories()
        if not choice:
            return (
                stories_text(self.engine, self.conversation.story)
                + "\n/story N or ID answers from one; /story all from every story."
            )
        if choice.lower() == "all":
            self.conversation.story = None
            return "Answering from every story: each question goes to the story it names."
        picked = next((s for n, s in enumerate(stories, 1) if choice in (str(n), s.id)), None)
        if picked is None:
            return f"No story {terminal(choice)}; /story lists them."
        self.conversation.story = picked.id
        self.conversation.reset()
        return f"Answering from “{one_line(picked.title)}” now (follow-ups start afresh)."

    def save(self, name: str) -> None:
        """/save FILE: the conversation so far as Markdown with its citations; says where it went."""
        if not self.exchanges:
            self.echo("Nothing to save yet: ask a question first.")
            return
        stories = self.engine.stories()
        about = f"“{stories[0].title}”" if len(stories) == 1 else "the stories"
        path = Path(name or default_name())
        try:
            if path.expanduser().is_dir():
                path = path / default_name()
            saved = write_text(path, markdown_transcript(self.exchanges, about=about))
        except OSError as exc:
            self.echo(f"Cannot save to {terminal(str(path))}: {terminal(exc.strerror or str(exc))}")
            return
        self.echo(f"Saved the conversation to {terminal(str(saved))}")


def sources_text(engine: AnswerEngine) -> str:
    """Every article's sentences, one a line, each with its id."""
    blocks = []
    for story in engine.stories():
        lines = [terminal(f"{story.title} ({story.author}, {story.year})")]
        lines += [f"  {s.id}  {terminal(s.text)}" for s in story.sentences]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def stories_text(engine: AnswerEngine, current: str | None = None) -> str:
    """The stories answered from, numbered, with their bylines; the current one marked."""
    return "\n".join(
        f"{'*' if s.id == current else ' '} {n}. {one_line(s.title)} ({one_line(s.author)}, {s.year}) "
        f"[{s.id}]: {len(s.sentences)} sentences"
        for n, s in enumerate(engine.stories(), start=1)
    )


def _stdout(text: str) -> None:
    print(text, flush=True)


def _stderr(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def welcome(engine: AnswerEngine) -> str:
    titles = ", ".join(f"“{one_line(s.title)}”" for s in engine.stories())
    return f"Ask me about {titles}. Type /help for commands and keys; Ctrl+D quits."


def interactive(
    engine: AnswerEngine,
    history: bool = True,
    input: Input | None = None,
    output: Output | None = None,
    echo: Echo = _stdout,
) -> int:
    """The prompt loop: Ctrl+C clears the line and carries on, Ctrl+D says goodbye. A paste of several
    lines asks each line in turn, each shown before its answer."""
    warnings: list[str] = []
    store: History = (
        LineHistory(QuestionHistory.in_user_dir(warnings.append)) if history else InMemoryHistory()
    )
    session = build_session(engine, store, input, output)
    chat = Chat(engine, echo)
    echo(welcome(engine))
    while True:
        _flush(warnings)
        try:
            text = session.prompt()
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        _flush(warnings)
        lines = [line for line in text.splitlines() if line.strip()]
        going = True
        for line in lines:
            if len(lines) > 1:
                echo(PROMPT + one_line(line))
            going = chat.handle(line)
            if not going:
                break
            echo("")
        if not going:
            break
    echo("Goodbye!")
    return 0


def _flush(warnings: list[str]) -> None:
    """Warnings gathered while the prompt was drawn are printed between prompts, never over it."""
    for text in warnings:
        _stderr(text)
    warnings.clear()


def piped(engine: AnswerEngine, stream: BinaryIO, echo: Echo = _stdout, warn: Echo = _stderr) -> int:
    """Questions from a pipe, one a line, as one conversation: a transcript of each question (after the
    prompt) and its answer. Exit codes as `bot ask`: 0 when every question was answered, 1 when some
    were declined or asked back, 2 when a line was not UTF-8 (reported with its number and skipped).
    """
    chat = Chat(engine, echo)
    first, bad = True, False
    for number, raw in enumerate(_lines(stream), start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            warn(f"bot: <stdin>:{number}: not valid UTF-8 (byte {exc.start + 1} of the line); line skipped")
            bad = True
            continue
        if not line.strip():
            continue
        if not first:
            echo("")
        first = False
        echo(PROMPT + one_line(line))
        if not chat.handle(line):
            break
    return 2 if bad else 1 if chat.declined else 0


def _lines(stream: BinaryIO) -> Iterable[bytes]:
    for raw in stream:
        yield raw.rstrip(b"\r\n")


def run_repl(
    engine: AnswerEngine, history: bool = True, input: Input | None = None, output: Output | None = None
) -> int:
    """`bot repl`: the prompt at a terminal (or on the given input/output), else questions from stdin."""
    if input is None and not sys.stdin.isatty():
        return piped(engine, sys.stdin.buffer)
    echo = paging() if output is None and sys.stdout.isatty() else _stdout
    return interactive(engine, history, input, output, echo=echo)


# -- long output -----------------------------------------------------------------------------------


def wrap(text: str, width: int) -> str:
    """Text wrapped at word boundaries to the terminal width; continuation lines indented under their line."""
    out: list[str] = []
    for line in text.splitlines() or [""]:
        indent = len(line) - len(line.lstrip())
        pieces = textwrap.wrap(
            line.strip(),
            max(20, width - 1),
            initial_indent=" " * indent,
            subsequent_indent=" " * (indent + 4 if indent else 0),
            break_long_words=False,
            break_on_hyphens=False,
        )
        out.extend(pieces or [""])
    return "\n".join(out)


def pager_command() -> list[str] | None:
    """$PAGER, else `less` (quit at the end, keep the text on screen, as pgcli); None when PAGER is empty."""
    chosen = os.environ.get("PAGER")
    if chosen is None:
        return ["less", "-R", "-X", "-F"]
    return shlex.split(chosen) or None


def page(text: str, command: list[str]) -> bool:
    """Show text through a pager; False when the pager cannot be started."""
    try:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE)
    except OSError:
        return False
    assert proc.stdin is not None
    try:
        with proc.stdin:
            proc.stdin.write(text.encode(sys.stdout.encoding or "utf-8", errors="replace"))
    except (BrokenPipeError, KeyboardInterrupt):
        pass
    while True:
        try:
            proc.wait()
            return True
        except KeyboardInterrupt:
            continue


def paging() -> Echo:
    """An echo for a terminal: wraps at words, and sends anything taller than the screen to the pager."""

    def show(text: str) -> None:
        size = shutil.get_terminal_size()
        wrapped = wrap(text, size.columns)
        command = pager_command()
        if command and wrapped.count("\n") + 1 >= size.lines - 1 and page(wrapped + "\n", command):
            return
        _stdout(wrapped)

    return show
