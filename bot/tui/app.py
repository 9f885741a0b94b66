"""The full-screen chat: the app owns the engine and the conversation; widgets only post messages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Input

from ..answers import Answer, Conversation
from ..engine import Engine
from ..render import answer_text, safe
from .conversation import AnswerMessage, ConversationView
from .help import HelpScreen
from .question_input import QuestionInput
from .source import SourcePane

if TYPE_CHECKING:
    from ..quiz.models import Quiz

_CHAT_ACTIONS = {
    "help",
    "toggle_source",
    "copy_answer",
    "quiz",
    "new_conversation",
    "focus_question",
    "scroll_conversation",
}
"""Actions of the chat screen; off (and out of the footer) while a quiz or the help is on top."""


class ChatApp(App[int]):
    """Ask questions about the story; answers quote the article, which the source pane shows."""

    CSS_PATH = "chat.tcss"
    TITLE = "newsbot"
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("f2", "toggle_source", "Source"),
        Binding("f3", "copy_answer", "Copy"),
        Binding("f4", "quiz", "Quiz"),
        Binding("ctrl+n", "new_conversation", "New", tooltip="Start a new conversation"),
        Binding("escape", "focus_question", "Question box", show=False),
        Binding("pageup", "scroll_conversation(-1)", show=False),
        Binding("pagedown", "scroll_conversation(1)", show=False),
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        engine: Engine,
        *,
        student: str = "student",
        cursor_blink: bool | None = None,
        make_quiz: Callable[[], Quiz] | None = None,
    ) -> None:
        super().__init__()
        self.engine = engine
        self.student = student
        self.make_quiz = make_quiz
        """Makes a quiz for F4 (`bot.quiz.quiz_maker(...)`); None: from the shipped knowledge."""
        self.conversation = Conversation()
        self.selected: AnswerMessage | None = None
        self._cursor_blink = cursor_blink
        sources = engine.kb.sources
        if sources:
            self.sub_title = safe(sources[0].title)

    # -- layout ----------------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="chat"):
                yield ConversationView(id="conversation")
                yield QuestionInput(self.engine.questions(), id="question")
            yield SourcePane(self.engine.kb.sources, id="source")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one(QuestionInput)
        box.cursor_blink = (not self.is_headless) if self._cursor_blink is None else self._cursor_blink
        box.focus()
        self._welcome()

    def _welcome(self) -> None:
        titles = [safe(s.title) for s in self.engine.kb.sources]
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

    # -- asking ----------------------------------------------------------------------------------------

    def ask(self, text: str) -> Answer | None:
        """Ask the engine one question as a turn of the conversation and show the answer."""
        question = text.strip()
        if not question:
            return None
        answer = self.engine.answer(question, self.conversation)
        view = self.query_one(ConversationView)
        view.add_question(question)
        self.select(view.add_answer(answer))
        self.query_one(QuestionInput).remember(question)
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

    def on_answer_message_selected(self, event: AnswerMessage.Selected) -> None:
        self.select(event.message)

    def on_answer_message_suggestion_chosen(self, event: AnswerMessage.SuggestionChosen) -> None:
        self.ask(event.question)
        self.query_one(QuestionInput).focus()

    # -- actions ---------------------------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_source(self) -> None:
        pane = self.query_one(SourcePane)
        pane.display = not pane.display
        if pane.display and self.selected is not None:
            pane.show_citations(self.selected.answer.citations)

    def action_copy_answer(self) -> None:
        message = self.selected
        if message is None or not message.answer.question:
            self.notify("No answer to copy yet: ask a question first.", severity="warning")
            return
        self.copy_to_clipboard(f"Q: {message.answer.question}\n{answer_text(message.answer)}\n")
        self.notify("Answer copied to the clipboard.")

    def action_new_conversation(self) -> None:
        self.conversation = Conversation()
        self.selected = None
        self.query_one(ConversationView).clear()
        self.query_one(SourcePane).show_citations([])
        self._welcome()
        self.query_one(QuestionInput).focus()
        self.notify("New conversation: follow-up questions start afresh.")

    def action_quiz(self) -> None:
        try:
            from .quiz_screen import QuizScreen  # written separately; the chat works without it
        except ImportError as exc:
            missing = isinstance(exc, ModuleNotFoundError) and exc.name == f"{__package__}.quiz_screen"
            detail = "" if missing else f": {exc}"
            self.notify(f"Quizzes are not available{detail}", severity="warning", markup=False)
            return
        self.push_screen(QuizScreen(make_quiz=self.make_quiz, student=self.student))

    def action_focus_question(self) -> None:
        self.query_one(QuestionInput).focus()

    def action_scroll_conversation(self, pages: int) -> None:
        view = self.query_one(ConversationView)
        if pages < 0:
            view.scroll_page_up()
        else:
            view.scroll_page_down()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return action not in _CHAT_ACTIONS or self.screen is self.default_screen

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if screen is not self.default_screen:
            return
        yield SystemCommand("Help", "Keys and how the chat works (F1)", self.action_help)
        yield SystemCommand("New conversation", "Forget earlier turns (Ctrl+N)", self.action_new_conversation)
        yield SystemCommand("Toggle source", "Show or hide the article (F2)", self.action_toggle_source)
        yield SystemCommand(
            "Copy answer", "Copy the selected answer with its quotes (F3)", self.action_copy_answer
        )
        yield SystemCommand("Quiz", "Test yourself on the story (F4)", self.action_quiz)


def make_app(
    engine: Engine,
    *,
    student: str = "student",
    cursor_blink: bool | None = None,
    make_quiz: Callable[[], Quiz] | None = None,
) -> ChatApp:
    """The chat app over one engine; used by `bot chat` and by the tests.

    `cursor_blink=None` blinks except when headless, so snapshots are stable. `make_quiz` makes F4's quiz.
    """
    return ChatApp(engine, student=student, cursor_blink=cursor_blink, make_quiz=make_quiz)


def run_chat(engine: Engine, *, student: str = "student", make_quiz: Callable[[], Quiz] | None = None) -> int:
    """Run the chat in the terminal until the reader quits; the exit code. Quiz answers are recorded
    under `student`."""
    app = make_app(engine, student=student, make_quiz=make_quiz)
    app.run()
    return app.return_code or 0
