"""The full-screen chat: the app owns the engine and the conversation; widgets only post messages.

The app talks to the engine only through `bot.interface.AnswerEngine`. It paints first and loads the
engine in a worker afterwards, so nothing here imports the engine, pydantic or the knowledge base at
start-up: models are imported for type checking only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, Static
from textual.worker import get_current_worker

from .. import BotError, one_line, user_dir
from ..history import QuestionHistory
from ..keys import bindings_for, keys_for
from ..transcript import chat_text, default_name, markdown_transcript
from .conversation import AnswerMessage, ConversationView
from .dialogs import ConfirmNew, SaveTranscript
from .help import HelpScreen
from .question_input import QuestionInput
from .source_pane import SourcePane

if TYPE_CHECKING:
    from textual import events

    from .. import Answer, AnswerEngine, Conversation

NARROW = 70
"""Below this many columns the source pane starts hidden, and F2 shows it in place of the chat."""

HELP_HINT = "Keys: F1 lists them all · Ctrl+S saves this conversation · Ctrl+Q quits."
"""Added under the engine's help reply: the engine's words name no key, the chat's do."""

_APP_ACTIONS = {action.split("(")[0] for _, action, _ in bindings_for("app")} - {"quit"}
"""Actions of the chat screen; off (and out of the footer) while a quiz, the help or a dialog is on top."""


def _app_bindings() -> list[BindingType]:
    """The app's keys from the one table; each row's first key goes in the footer when it has a label."""
    shown: set[str] = set()
    bindings: list[BindingType] = []
    for key, action, row in bindings_for("app"):
        footer = bool(row.footer) and row.keys not in shown
        shown.add(row.keys)
        bindings.append(Binding(key, action, row.footer or row.does, show=footer, priority=row.priority))
    return bindings


class ChatApp(App[int]):
    """Ask questions about the story; answers quote the article, which the source pane shows."""

    CSS_PATH = "chat.tcss"
    TITLE = "newsbot"
    BINDINGS = _app_bindings()

    def __init__(
        self,
        engine: AnswerEngine | Callable[[], AnswerEngine],
        *,
        student: str = "",
        quiz_screen: Callable[[], Screen] | None = None,
        history: bool = True,
        cursor_blink: bool | None = None,
    ) -> None:
        super().__init__()
        self._loader: Callable[[], AnswerEngine] | None = None
        self._given: AnswerEngine | None = None
        if hasattr(engine, "answer"):
            self._given = engine  # type: ignore[assignment]
        else:
            self._loader = engine
        self.engine: AnswerEngine | None = None
        self.load_error: BotError | None = None
        self.student = student
        self.quiz_screen = quiz_screen
        self.conversation: Conversation | None = None
        self.exchanges: list[Answer] = []
        self.selected: AnswerMessage | None = None
        self._warnings: list[str] = []
        self.history = (
            QuestionHistory.in_user_dir(self._warn) if history else QuestionHistory(None, self._warn)
        )
        self._pending: list[str] = []
        self._narrow: bool | None = None
        self._cursor_blink = cursor_blink

    # -- layout ----------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="chat"):
                yield ConversationView(id="conversation")
                yield QuestionInput(id="question")
            yield SourcePane(id="source")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one(QuestionInput)
        box.cursor_blink = (not self.is_headless) if self._cursor_blink is None else self._cursor_blink
        box.history = list(self.history.entries)
        box.focus()
        for text in self._warnings:
            self.notify(text, severity="warning", markup=False, timeout=8)
        self._warnings = []
        self._fit_width(self.size.width)
        if self._given is not None:
            self._engine_ready(self._given)
        else:
            self.query_one(ConversationView).mount(Static("Loading the story…", id="loading", markup=False))
            self.call_after_refresh(self._load)

    @work(thread=True, exclusive=True, exit_on_error=True)
    def _load(self) -> None:
        """Load the engine off the UI thread, after the first paint."""
        assert self._loader is not None
        worker = get_current_worker()
        try:
            engine = self._loader()
        except BotError as exc:
            self.load_error = exc
            if not worker.is_cancelled:
                self.call_from_thread(self.exit, return_code=2)
            return
        if not worker.is_cancelled:  # the reader quit while the story loaded
            self.call_from_thread(self._engine_ready, engine)

    def _engine_ready(self, engine: AnswerEngine) -> None:
        from .. import Conversation  # loaded by now: the engine needs it

        self.engine = engine
        self.conversation = Conversation()
        stories = engine.stories()
        if stories:
            self.sub_title = one_line(stories[0].title) if len(stories) == 1 else f"{len(stories)} stories"
        self.query("#loading").remove()
        self.query_one(QuestionInput).set_questions(engine.questions())
        self.query_one(SourcePane).show_stories(stories)
        self._welcome()
        pending, self._pending = self._pending, []
        for question in pending:
            self.ask(question)

    def _choose_story(self, story: str, title: str) -> None:
        """Answer from one story only (palette: "Story: ..."); follow-ups start afresh."""
        if self.conversation is None:
            return
        self.conversation.reset()
        self.conversation.story = story
        self.sub_title = one_line(title)
        self.notify(f"Answering from “{one_line(title)}” now.")

    def _every_story(self) -> None:
        """Answer each question from the story it names (palette: "Story: every story")."""
        if self.conversation is None:
            return
        self.conversation.story = None
        self.sub_title = f"{len(self.engine.stories()) if self.engine else 0} stories"
        self.notify("Answering from every story: each question goes to the story it names.")

    def _welcome(self) -> None:
        from .. import Answer

        assert self.engine is not None
        titles = [one_line(s.title) for s in self.engine.stories()]
        about = f"“{titles[0]}”" if len(titles) == 1 else "the stories"
        greeting = Answer(
            question="",
            status="unknown",
            intent="greeting",
            confidence=0.0,
            answer=(
                f"Hello! Ask me anything about {about}. I answer from the article and quote the "
                "sentences each answer comes from. Press F1 for help."
            ),
            suggestions=self.engine.featured_questions(),
        )
        self.query_one(ConversationView).add_answer(greeting)

    def on_resize(self, event: events.Resize) -> None:
        self._fit_width(event.size.width)

    def _fit_width(self, width: int) -> None:
        """Crossing the narrow width puts the source pane back to that width's default."""
        narrow = width < NARROW
        if narrow != self._narrow and self.is_running and self.query("#source"):
            self._narrow = narrow
            self._show_source(not narrow)

    def _show_source(self, shown: bool) -> None:
        pane = self.query_one(SourcePane)
        pane.display = shown
        only = bool(self._narrow) and shown
        self.query_one("#main").set_class(only, "-source-only")
        if only:
            pane.focus()
        elif not shown and self.focused is pane:
            self.query_one(QuestionInput).focus()
        if shown and self.selected is not None:
            pane.show_citations(self.selected.answer.citations)

    # -- asking ----------------------------------------------------------------------------------------

    def ask(self, text: str) -> Answer | None:
        """Ask the engine one question as a turn of the conversation and show the answer."""
        question = text.strip()
        if not question:
            return None
        if self.engine is None:
            if not self._pending:
                self.notify("Still loading the story: your question is answered in a moment.")
            self._pending.append(question)
            return None
        answer = self.engine.answer(question, self.conversation)
        self.history.add(question)
        self.query_one(QuestionInput).remember(question)
        if answer.intent == "farewell":
            self.exit(0)
            return answer
        view = self.query_one(ConversationView)
        footnote = HELP_HINT if answer.intent == "help" else ""
        self.exchanges.append(answer)
        self.select(view.add_exchange(question, answer, footnote))
        return answer

    def select(self, message: AnswerMessage) -> None:
        """Make one answer the selected one: its citations show in the source pane."""
        if self.selected is not None and self.selected is not message:
            self.selected.remove_class("-selected")
        self.selected = message
        message.add_class("-selected")
        self.query_one(SourcePane).show_citations(message.answer.citations)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.input.clear()
        self.ask(event.value)

    def on_question_input_asked(self, event: QuestionInput.Asked) -> None:
        for question in event.questions:
            self.ask(question)

    def on_answer_message_selected(self, event: AnswerMessage.Selected) -> None:
        self.select(event.message)

    def on_answer_message_suggestion_chosen(self, event: AnswerMessage.SuggestionChosen) -> None:
        self.ask(event.question)
        self.query_one(QuestionInput).focus()

    def _warn(self, text: str) -> None:
        if self.is_running:
            self.notify(text, severity="warning", markup=False, timeout=8)
        else:
            self._warnings.append(text)

    # -- actions ---------------------------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_source(self) -> None:
        self._show_source(not self.query_one(SourcePane).display)

    def action_copy_answer(self) -> None:
        message = self.selected
        if message is None or not message.answer.question:
            self.notify("No answer to copy yet: ask a question first.", severity="warning")
            return
        self.copy_to_clipboard(f"Q: {one_line(message.answer.question)}\n{chat_text(message.answer)}\n")
        self.notify("Answer copied to the clipboard.")

    def action_save_transcript(self) -> None:
        if not self.exchanges:
            self.notify("Nothing to save yet: ask a question first.", severity="warning")
            return
        stories = self.engine.stories() if self.engine else []
        about = f"“{stories[0].title}”" if len(stories) == 1 else "the stories"
        text = markdown_transcript(self.exchanges, about=about, student=self.student)

        def saved(path: Path | None) -> None:
            if path is not None:
                self.notify(f"Saved the conversation to {path}", title="Saved", markup=False, timeout=10)

        self.push_screen(SaveTranscript(_save_folder() / default_name(), text), saved)

    def action_save_screenshot(self) -> None:
        """Save an SVG of the screen in the current folder (else the user data folder) and say where."""
        name = default_name().replace("-chat-", "-screen-").replace(".md", ".svg")
        svg = self.export_screenshot()
        for place in (Path.cwd, lambda: user_dir() / "screenshots"):
            try:
                folder = place()
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / name
                path.write_text(svg, encoding="utf-8")
            except OSError:
                continue
            self.notify(
                f"Saved a screenshot to {path.resolve()}", title="Screenshot", markup=False, timeout=10
            )
            return
        self.notify("Could not save the screenshot here or in the user data folder.", severity="error")

    def action_new_conversation(self) -> None:
        if not self.exchanges:
            self._start_afresh()
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self._start_afresh()
            self.query_one(QuestionInput).focus()

        self.push_screen(ConfirmNew(len(self.exchanges)), confirmed)

    def _start_afresh(self) -> None:
        if self.engine is None:
            return
        from .. import Conversation

        self.conversation = Conversation()
        self.exchanges = []
        self.selected = None
        self.query_one(ConversationView).clear()
        self.query_one(SourcePane).show_citations([])
        self._welcome()
        self.query_one(QuestionInput).focus()
        self.notify("New conversation: follow-up questions start afresh.")

    def action_quiz(self) -> None:
        if self.quiz_screen is None:
            self.notify("Quizzes are not available", severity="warning", markup=False)
            return
        try:
            screen = self.quiz_screen()
        except (BotError, ImportError) as exc:
            self.notify(f"Quizzes are not available: {exc}", severity="warning", markup=False)
            return
        self.push_screen(screen)

    def action_focus_question(self) -> None:
        if self.query_one("#main").has_class("-source-only"):
            self._show_source(False)
        self.query_one(QuestionInput).focus()

    def action_scroll_conversation(self, pages: int) -> None:
        view = self.query_one(ConversationView)
        if pages < 0:
            view.scroll_page_up()
        else:
            view.scroll_page_down()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action not in _APP_ACTIONS or self.screen is self.default_screen

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            if command.title != "Screenshot":
                yield command
        yield SystemCommand(
            "Screenshot",
            "Save an SVG picture of the screen in the current folder",
            lambda: self.set_timer(0.1, self.action_save_screenshot),
        )
        if screen is not self.default_screen:
            return
        stories = self.engine.stories() if self.engine else []
        if len(stories) > 1:
            yield SystemCommand(
                "Story: every story", "Answer each question from the story it names", self._every_story
            )
            for story in stories:
                yield SystemCommand(
                    f"Story: {one_line(story.title)}",
                    f"Answer from this story only ({story.id})",
                    partial(self._choose_story, story.id, story.title),
                )
        for row in keys_for("chat"):
            if row.command:
                action = getattr(self, f"action_{row.bind[0][1]}")
                yield SystemCommand(row.command, f"{row.does[0].upper()}{row.does[1:]} ({row.keys})", action)


def _save_folder() -> Path:
    """Where a transcript goes unless the reader says otherwise: here, else the user data folder."""
    here = Path.cwd()
    if os.access(here, os.W_OK):
        return here
    try:
        return user_dir()
    except BotError:
        return here


def make_app(
    engine: AnswerEngine | Callable[[], AnswerEngine],
    *,
    student: str = "",
    quiz_screen: Callable[[], Screen] | None = None,
    history: bool = True,
    cursor_blink: bool | None = None,
) -> ChatApp:
    """The chat app over an engine, or over a function that loads one after the first paint; used by
    `bot chat` and by the tests.

    `student` names who asks in saved transcripts. `quiz_screen` makes the screen F4 opens (the CLI builds it; without it F4 says quizzes are not
    available). `cursor_blink=None` blinks except when headless, so snapshots are stable.
    """
    return ChatApp(
        engine, student=student, quiz_screen=quiz_screen, history=history, cursor_blink=cursor_blink
    )


def run_chat(
    engine: AnswerEngine | Callable[[], AnswerEngine],
    *,
    student: str = "",
    quiz_screen: Callable[[], Screen] | None = None,
    history: bool = True,
) -> int:
    """Run the chat in the terminal until the reader quits; the exit code. A knowledge base that fails
    to load is raised here, after the screen is restored, so the CLI reports it as usual."""
    app = make_app(engine, student=student, quiz_screen=quiz_screen, history=history)
    app.run()
    if app.load_error is not None:
        raise app.load_error
    return app.return_code or 0
