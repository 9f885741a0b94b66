"""The line-mode chat (`bot repl`): a prompt_toolkit session at a terminal, plain lines when piped.

Laid out like pgcli: the one `PromptSession` is built in `build_session()`; key bindings, the
toolbar, the style and the completer each come from a small function of their own.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Callable, Iterable
from typing import BinaryIO

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.completion import Completer, FuzzyCompleter, WordCompleter, merge_completers
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.output import Output
from prompt_toolkit.styles import Style

from . import paths
from .answers import Conversation
from .engine import Engine
from .render import answer_text, safe

PROMPT = "> "

HELP = """\
Ask a question about the story in your own words; answers quote the article.
Follow-up questions ("and Meilishuo?", "why did it do that?") build on earlier ones.

Commands:
  /help     this help
  /sources  the article's sentences with their ids
  /reset    start a new conversation: follow-ups start afresh
  /quit     leave (Ctrl+D does too)

Keys:
  Tab       complete a question or a name        →  accept the grey suggestion
  ↑ / ↓     earlier questions                    Ctrl+C  clear the line
  Ctrl+D    quit"""

Echo = Callable[[str], None]


# -- the session's parts ---------------------------------------------------------------------------


def history_file(enabled: bool, warn: Echo) -> History:
    """The persistent history in the user folder; in memory (with a warning) when it can't be written."""
    if not enabled:
        return InMemoryHistory()
    path = paths.user_dir() / "history"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("ab"):
            pass
    except OSError as exc:
        warn(f"bot: history is off: cannot write {path}: {exc.strerror or exc}")
        return InMemoryHistory()
    return FileHistory(str(path))


def completer(engine: Engine) -> Completer:
    """Fuzzy completion of whole known questions, and of entity names for the word being typed."""
    questions = FuzzyCompleter(
        WordCompleter(
            engine.questions(),
            ignore_case=True,
            sentence=True,
            meta_dict=dict.fromkeys(engine.questions(), "question"),
        ),
        pattern=r"^.*",
    )
    names = FuzzyCompleter(
        WordCompleter(
            engine.entity_names(),
            ignore_case=True,
            WORD=True,
            meta_dict=dict.fromkeys(engine.entity_names(), "name"),
        ),
        WORD=True,
    )
    return merge_completers([questions, names], deduplicate=True)


def key_bindings() -> KeyBindings:
    """Tab opens the completion menu or moves through it, as in pgcli."""
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

    return kb


def toolbar() -> StyleAndTextTuples:
    """Key hints along the bottom; plain tuples, so nothing is read as markup."""
    hints = [
        ("Tab", "complete"),
        ("→", "accept"),
        ("↑↓", "history"),
        ("Ctrl+C", "clear"),
        ("Ctrl+D", "quit"),
        ("/help", "commands"),
    ]
    parts: StyleAndTextTuples = []
    for key, what in hints:
        parts += [("class:bottom-toolbar.key", f" {key} "), ("class:bottom-toolbar", f"{what} ")]
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
    engine: Engine,
    history: bool = True,
    input: Input | None = None,
    output: Output | None = None,
    warn: Echo | None = None,
) -> PromptSession[str]:
    """The one prompt session of the line chat."""
    return PromptSession(
        message=[("class:prompt", PROMPT)],
        history=history_file(history, warn or _stderr),
        auto_suggest=AutoSuggestFromHistory(),
        completer=completer(engine),
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

    def __init__(self, engine: Engine, echo: Echo) -> None:
        self.engine = engine
        self.echo = echo
        self.conversation = Conversation()

    def handle(self, line: str) -> bool:
        """Answer a question or run a command; False when the reader asked to quit."""
        text = line.strip()
        if not text:
            return True
        if text.startswith("/"):
            return self.command(text)
        answer = self.engine.answer(text, self.conversation)
        if answer.intent == "farewell":
            return False  # "quit", "exit", "bye" typed without the slash
        self.echo(answer_text(answer))
        return True

    def command(self, text: str) -> bool:
        typed = text.split()[0]
        name = typed.lower()
        if name in ("/quit", "/exit", "/q"):
            return False
        if name in ("/help", "/?"):
            self.echo(HELP)
        elif name == "/sources":
            self.echo(sources_text(self.engine))
        elif name == "/reset":
            self.conversation = Conversation()
            self.echo("New conversation: follow-up questions start afresh.")
        else:
            self.echo(f"Unknown command {safe(typed)}; type /help for the list.")
        return True


def sources_text(engine: Engine) -> str:
    """Every article's sentences, one a line, each with its id."""
    blocks = []
    for source in engine.kb.sources:
        lines = [safe(f"{source.title} ({source.author}, {source.year})")]
        lines += [f"  {s.id}  {safe(s.text)}" for s in source.sentences]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _stdout(text: str) -> None:
    print(text, flush=True)


def _stderr(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def interactive(
    engine: Engine,
    history: bool = True,
    input: Input | None = None,
    output: Output | None = None,
    echo: Echo = _stdout,
) -> int:
    """The prompt loop: Ctrl+C clears the line and carries on, Ctrl+D says goodbye."""
    session = build_session(engine, history, input, output)
    chat = Chat(engine, echo)
    titles = ", ".join(f"“{safe(s.title)}”" for s in engine.kb.sources)
    echo(f"Ask me about {titles}. Type /help for commands; Ctrl+D quits.")
    while True:
        try:
            line = session.prompt()
        except KeyboardInterrupt:
            continue
        except EOFError:
            break
        if not line.strip():
            continue
        if not chat.handle(line):
            break
        echo("")
    echo("Goodbye!")
    return 0


def piped(engine: Engine, stream: BinaryIO, echo: Echo = _stdout, warn: Echo = _stderr) -> int:
    """Questions from a pipe, one a line, as one conversation; only the answers are printed.

    A line that is not UTF-8 is reported with its number and skipped; the exit code is then 2.
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
        if not chat.handle(line):
            break
    return 2 if bad else 0


def _lines(stream: BinaryIO) -> Iterable[bytes]:
    for raw in stream:
        yield raw.rstrip(b"\r\n")


def run_repl(
    engine: Engine, history: bool = True, input: Input | None = None, output: Output | None = None
) -> int:
    """`bot repl`: the prompt at a terminal (or on the given input/output), else questions from stdin."""
    if input is None and not sys.stdin.isatty():
        return piped(engine, sys.stdin.buffer)
    echo = wrapping(shutil.get_terminal_size().columns) if output is None else _stdout
    return interactive(engine, history, input, output, echo=echo)


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


def wrapping(width: int) -> Echo:
    """An echo that wraps what it prints, so a terminal never breaks a word in two."""
    return lambda text: _stdout(wrap(text, width))
