"""The quiz as a Textual screen: progress, question, options or an answer box, feedback, the score.

The screen never touches the knowledge base: it is given a factory that makes a quiz and one that opens
the results database, and calls both in a worker thread, so the interface stays live while they run.
Answers are graded at once and saved in a worker too (a database locked by another program is waited for,
then the answer is kept and saved later).
"""

from __future__ import annotations

from collections.abc import Callable

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from .. import BotError, one_line
from ..quiz import (
    LETTERS,
    ItemResult,
    Quiz,
    QuizItem,
    QuizSession,
    QuizStore,
    Score,
    feedback_text,
    progress_text,
    prompt_line,
    score_text,
    unsaved_csv,
)

QuizMaker = Callable[[], Quiz]
"""Makes the quiz to take (called once, in a worker thread); raises BotError when it cannot."""
StoreOpener = Callable[[], QuizStore | None]
"""Opens the results database (called once, in a worker thread); None or BotError: results not saved."""

KEYS = [
    ("A B C D", "answer a multiple-choice question"),
    ("T or F", "answer a true/false question"),
    ("↑ ↓ Enter", "choose an option"),
    ("Enter", "send a short answer typed in the box"),
    ("F2", "claim a near miss is right, for the teacher to check"),
    ("F1", "these keys"),
    ("Escape", "leave the quiz (answers given are saved)"),
]


class QuizKeysScreen(ModalScreen[None]):
    """The quiz's keys; Escape, F1 or q closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("f1,q", "dismiss", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="quiz-keys-body") as body:
            body.border_title = "Quiz keys"
            body.border_subtitle = "Escape closes"
            with Grid(classes="quiz-keys"):
                for key, text in KEYS:
                    yield Static(Content.styled(key, "bold $accent"), classes="quiz-key")
                    yield Static(Content(text), classes="quiz-key-text")


class QuizScreen(Screen[Score | None]):
    """One student takes one quiz; every answer is stored as it is given. Escape leaves with the score."""

    CSS_PATH = "quiz_screen.tcss"
    BINDINGS = [
        Binding("escape", "leave", "Leave"),
        Binding("f1", "keys", "Quiz keys"),
        Binding("a", "choose(0)", "Answer", key_display="A-D"),
        Binding("b", "choose(1)", "Answer B", show=False),
        Binding("c", "choose(2)", "Answer C", show=False),
        Binding("d", "choose(3)", "Answer D", show=False),
        Binding("t", "truth(True)", "True", key_display="T"),
        Binding("f", "truth(False)", "False", key_display="F"),
        Binding("f2", "claim", "Claim it"),
    ]

    def __init__(
        self,
        make_quiz: QuizMaker | None = None,
        open_store: StoreOpener | None = None,
        *,
        student: str = "student",
        quiz: Quiz | None = None,
    ) -> None:
        super().__init__()
        if make_quiz is None and quiz is None:
            from ..quiz import quiz_maker

            make_quiz = quiz_maker()
        if open_store is None:
            from ..quiz import open_store as open_default

            open_store = open_default
        self.make_quiz = make_quiz
        self.open_store = open_store
        self.student = student
        self.quiz = quiz
        self.session: QuizSession | None = None
        self.store: QuizStore | None = None
        self.notice = ""
        """A problem to show (quiz could not be made, results not saved)."""
        self._leaving = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="quiz-body"):
            yield Static("Preparing the quiz…", id="quiz-progress", markup=False)
            yield Static(id="quiz-question", markup=False)
            yield OptionList(id="quiz-options", markup=False, classes="hidden")
            yield Input(placeholder="Type your answer, then Enter", id="quiz-answer", classes="hidden")
            yield Static(id="quiz-feedback", markup=False, classes="hidden")
            yield Button("Claim it is right (F2, for the teacher)", id="quiz-claim", classes="hidden")
            yield Static(id="quiz-score", markup=False, classes="hidden")
        yield Footer()

    def on_mount(self) -> None:
        self.prepare()

    # -- slow work, off the UI thread -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="quiz-prepare")
    def prepare(self) -> None:
        """Make the quiz and open the results database; then show the first question."""
        try:
            if self.quiz is not None:
                quiz = self.quiz
            else:
                assert self.make_quiz is not None
                quiz = self.make_quiz()
        except BotError as exc:
            self.app.call_from_thread(self._finish, f"No quiz: {exc}")
            return
        store: QuizStore | None = None
        notice = ""
        try:
            store = self.open_store()
            session = QuizSession(quiz, self.student, store, source="chat")
        except BotError as exc:
            if store is not None:
                store.close()
            store, notice = None, f"Results will not be saved: {exc}"
            session = QuizSession(quiz, self.student, None, source="chat")
        self.app.call_from_thread(self._ready, quiz, session, store, notice)

    @work(thread=True, group="quiz-save")
    def save(self) -> None:
        """Write the answers not yet saved (waiting a bounded time for a locked database)."""
        session = self.session
        if session is None:
            return
        session.save()
        notice = session.take_notice()
        if notice:
            self.app.call_from_thread(self.notify, notice, severity="warning", markup=False, timeout=8)

    @work(thread=True, exclusive=True, group="quiz-leave")
    def _leave(self) -> None:
        """Save what is waiting, close the database, and leave; answers that cannot be saved are shown
        as a class CSV before leaving, never dropped."""
        session, store = self.session, self.store
        if session is not None and session.unsaved and not session.save():
            text = (
                f"{len(session.unsaved)} answer(s) could not be saved ({one_line(session.take_notice())}).\n"
                "Copy them for your teacher (`bot quiz grade` reads them), then press Escape again:\n\n"
                + unsaved_csv(session)
            )
            self.app.call_from_thread(self._show_unsaved, text)
            return
        if store is not None:
            store.close()
            self.store = None
        score = session.score() if session else None
        self.app.call_from_thread(self.dismiss, score)

    # -- showing -----------------------------------------------------------------------------------------

    def _ready(self, quiz: Quiz, session: QuizSession, store: QuizStore | None, notice: str) -> None:
        self.quiz, self.session, self.store, self.notice = quiz, session, store, notice
        self._show_question()

    def _show_question(self) -> None:
        session = self.session
        assert session is not None
        item = session.current
        if item is None:
            self._finish(score_text(session.score()))
            return
        self.query_one("#quiz-progress", Static).update(
            Content(
                f"{one_line(session.quiz.title)} · {progress_text(session.number, session.total)} · "
                f"{session.score().right} right so far" + (f"\n{self.notice}" if self.notice else "")
            )
        )
        self.query_one("#quiz-question", Static).update(Content(one_line(prompt_line(item))))
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
                [f"{LETTERS[i]}. {one_line(opt)}" for i, opt in enumerate(item.options)]
                if item.kind == "choice"
                else ["T. True", "F. False"]
            )
            options.add_options([Option(Content(label)) for label in labels])
            options.highlighted = 0
            options.remove_class("hidden")
            answer_box.add_class("hidden")
            options.focus()
        self.refresh_bindings()

    def _show_feedback(self, result: ItemResult) -> None:
        feedback = self.query_one("#quiz-feedback", Static)
        heading = f"Question {result.number}: {one_line(prompt_line(result.item))}\n"
        feedback.update(Content(heading + feedback_text(result)))
        feedback.set_classes(result.grade.verdict)
        self.query_one("#quiz-claim", Button).set_class(not self._claimable(), "hidden")

    def _finish(self, text: str) -> None:
        self.query_one("#quiz-options", OptionList).add_class("hidden")
        self.query_one("#quiz-answer", Input).add_class("hidden")
        self.query_one("#quiz-question", Static).update(Content(""))
        progress = "No quiz"
        if self.session is not None:
            progress = f"{one_line(self.session.quiz.title)} · finished"
        self.query_one("#quiz-progress", Static).update(
            Content(progress + (f"\n{self.notice}" if self.notice else ""))
        )
        score = self.query_one("#quiz-score", Static)
        score.update(Content(f"{text}\nPress Escape to leave."))
        score.remove_class("hidden")
        self.refresh_bindings()

    def _show_unsaved(self, text: str) -> None:
        self._leaving = True
        score = self.query_one("#quiz-score", Static)
        score.update(Content(text))
        score.remove_class("hidden")

    # -- answering ---------------------------------------------------------------------------------------

    def _current(self) -> QuizItem | None:
        return self.session.current if self.session is not None else None

    def _claimable(self) -> bool:
        """Whether the last answer is a near miss not claimed yet."""
        if self.session is None or not self.session.results:
            return False
        last = self.session.results[-1]
        return last.grade.verdict == "unsure" and not last.claimed

    def _answer(self, text: str) -> None:
        session = self.session
        if session is None or session.done:
            return
        result = session.grade(text)
        self._show_feedback(result)
        self._show_question()
        self.save()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            self.notify("Type an answer first (Escape leaves the quiz).", severity="warning", markup=False)
            return
        self._answer(event.value)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        item = self._current()
        if item is None:
            return
        if item.kind == "choice":
            self._answer(LETTERS[event.option_index])
        else:
            self._answer("true" if event.option_index == 0 else "false")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "quiz-claim":
            event.stop()
            self.action_claim()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        item = self._current()
        if action == "choose":
            return item is not None and item.kind == "choice"
        if action == "truth":
            return item is not None and item.kind == "truefalse"
        if action == "claim":
            return self._claimable()
        return True

    def action_choose(self, index: int) -> None:
        item = self._current()
        if item is not None and item.kind == "choice" and index < len(item.options):
            self._answer(LETTERS[index])

    def action_truth(self, value: bool) -> None:
        item = self._current()
        if item is not None and item.kind == "truefalse":
            self._answer("true" if value else "false")

    def action_claim(self) -> None:
        if self.session is None or not self._claimable():
            return
        try:
            result = self.session.claim()
        except BotError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self._show_feedback(result)
        self.refresh_bindings()
        self.notify("Claim kept for your teacher; it does not change your score.", markup=False)
        self.save()

    def action_keys(self) -> None:
        self.app.push_screen(QuizKeysScreen())

    def action_leave(self) -> None:
        if self._leaving:
            if self.store is not None:
                self.store.close()
                self.store = None
            self.dismiss(self.session.score() if self.session else None)
            return
        self._leave()
