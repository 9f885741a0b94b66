"""The quiz as a Textual screen: progress, question, options or an answer box, feedback, the score."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from ..errors import BotError
from ..knowledge import KnowledgeBase
from ..quiz.export import prompt_line
from ..quiz.generate import generate_quiz
from ..quiz.models import ITEM_KINDS, LETTERS, ItemKind, ItemResult, Quiz, Score
from ..quiz.render import feedback_text, progress_text, score_text
from ..quiz.store import QuizStore, open_store
from ..quiz.take import QuizSession


class QuizScreen(Screen[Score | None]):
    """One student takes one quiz; every answer is stored as it is given. Escape leaves with the score."""

    BINDINGS = [Binding("escape", "leave", "Leave the quiz")]
    DEFAULT_CSS = """
    QuizScreen { layout: vertical; }
    QuizScreen #quiz-body { height: 1fr; padding: 0 1; }
    QuizScreen #quiz-progress { color: $text-muted; margin-bottom: 1; }
    QuizScreen #quiz-question { text-style: bold; margin-bottom: 1; }
    QuizScreen #quiz-options { height: auto; max-height: 8; margin-bottom: 1; }
    QuizScreen #quiz-feedback { margin-top: 1; padding: 0 1; border-left: thick $primary; }
    QuizScreen #quiz-feedback.right { border-left: thick $success; }
    QuizScreen #quiz-feedback.wrong { border-left: thick $error; }
    QuizScreen #quiz-feedback.unsure { border-left: thick $warning; }
    QuizScreen #quiz-claim { margin-top: 1; }
    QuizScreen #quiz-score { margin-top: 1; text-style: bold; }
    QuizScreen .hidden { display: none; }
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        student: str = "student",
        db: Path | None = None,
        seed: int | None = None,
        questions: int = 10,
        types: Sequence[ItemKind] = ITEM_KINDS,
        topic: str | None = None,
        quiz: Quiz | None = None,
    ) -> None:
        super().__init__()
        self.kb = kb
        self.student = student
        self.db = db
        self.seed = seed
        self.questions = questions
        self.types = tuple(types)
        self.topic = topic
        self.quiz = quiz
        self.session: QuizSession | None = None
        self.store: QuizStore | None = None
        self.notice = ""
        """A problem to show (quiz could not be made, results not saved)."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="quiz-body"):
            yield Static(id="quiz-progress", markup=False)
            yield Static(id="quiz-question", markup=False)
            yield OptionList(id="quiz-options", markup=False)
            yield Input(placeholder="Type your answer, then Enter", id="quiz-answer")
            yield Static(id="quiz-feedback", markup=False, classes="hidden")
            yield Button("Claim it is right (for the teacher)", id="quiz-claim", classes="hidden")
            yield Static(id="quiz-score", markup=False, classes="hidden")
        yield Footer()

    def on_mount(self) -> None:
        try:
            if self.quiz is None:
                self.quiz = generate_quiz(
                    self.kb, seed=self.seed, questions=self.questions, types=self.types, topic=self.topic
                )
        except BotError as exc:
            self._finish(f"No quiz: {exc}")
            return
        try:
            self.store = open_store(self.db)
            self.session = QuizSession(self.quiz, self.student, self.store)
        except BotError as exc:
            if self.store is not None:
                self.store.close()
            self.store = None
            self.notice = f"Results will not be saved: {exc}"
            self.session = QuizSession(self.quiz, self.student, None)
        self._show_question()

    # -- showing -----------------------------------------------------------------------------------------

    def _show_question(self) -> None:
        session = self.session
        assert session is not None
        item = session.current
        if item is None:
            self._finish(score_text(session.score()))
            return
        self.query_one("#quiz-progress", Static).update(
            Content(
                f"{session.quiz.title} · {progress_text(session.number, session.total)} · "
                f"{session.score().right} right so far" + (f"\n{self.notice}" if self.notice else "")
            )
        )
        self.query_one("#quiz-question", Static).update(Content(prompt_line(item)))
        options = self.query_one("#quiz-options", OptionList)
        answer_box = self.query_one("#quiz-answer", Input)
        options.clear_options()
        if item.kind == "short":
            options.add_class("hidden")
            answer_box.remove_class("hidden")
            answer_box.value = ""
            answer_box.focus()
        else:
            labels = (
                [f"{LETTERS[i]}. {opt}" for i, opt in enumerate(item.options)]
                if item.kind == "choice"
                else ["True", "False"]
            )
            options.add_options([Option(Content(label)) for label in labels])
            options.highlighted = 0
            options.remove_class("hidden")
            answer_box.add_class("hidden")
            options.focus()

    def _show_feedback(self, result: ItemResult) -> None:
        feedback = self.query_one("#quiz-feedback", Static)
        heading = f"Question {result.number}: {prompt_line(result.item)}\n"
        feedback.update(Content(heading + feedback_text(result)))
        feedback.set_classes(result.grade.verdict)
        self.query_one("#quiz-claim", Button).set_class(
            result.grade.verdict != "unsure" or result.claimed, "hidden"
        )

    def _finish(self, text: str) -> None:
        self.query_one("#quiz-options", OptionList).add_class("hidden")
        self.query_one("#quiz-answer", Input).add_class("hidden")
        self.query_one("#quiz-question", Static).update(Content(""))
        if self.session is not None:
            self.query_one("#quiz-progress", Static).update(
                Content(f"{self.session.quiz.title} · finished" + (f"\n{self.notice}" if self.notice else ""))
            )
        score = self.query_one("#quiz-score", Static)
        score.update(Content(f"{text}\nPress Escape to leave."))
        score.remove_class("hidden")

    # -- answering ---------------------------------------------------------------------------------------

    def _answer(self, text: str) -> None:
        if self.session is None or self.session.done:
            return
        try:
            result = self.session.answer(text)
        except BotError as exc:
            self.notice = f"Could not save the answer: {exc}"
            self.session.store = None
            result = self.session.answer(text)
        self._show_feedback(result)
        self._show_question()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.notify("Type an answer first (Escape leaves the quiz).", severity="warning", markup=False)
            return
        self._answer(event.value)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        session = self.session
        if session is None or session.current is None:
            return
        if session.current.kind == "choice":
            self._answer(LETTERS[event.option_index])
        else:
            self._answer("true" if event.option_index == 0 else "false")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id != "quiz-claim" or self.session is None:
            return
        event.stop()
        try:
            result = self.session.claim()
        except BotError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self._show_feedback(result)
        self.notify("Claim kept for your teacher; it does not change your score.", markup=False)

    def action_leave(self) -> None:
        score = self.session.score() if self.session else None
        if self.store is not None:
            self.store.close()
            self.store = None
        self.dismiss(score)
