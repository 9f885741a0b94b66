"""Taking a quiz: one sitting graded and stored answer by answer; the loop reads and writes through callables."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..errors import BotError
from .grade import grade_answer, read_truth
from .models import ItemResult, Quiz, QuizItem, Score
from .render import feedback_text, question_text, score_text
from .store import QuizStore

Reader = Callable[[str], str | None]
"""Given a prompt, the next answer; None (or EOFError/KeyboardInterrupt) when there is no more input."""
Writer = Callable[[str], None]


class QuizSession:
    """One student taking one quiz: each answer is graded, then committed before the next question."""

    def __init__(self, quiz: Quiz, student: str = "student", store: QuizStore | None = None) -> None:
        self.quiz = quiz
        self.student = student
        self.store = store
        self.results: list[ItemResult] = []
        self._answer_ids: list[int] = []
        self.attempt = store.start(quiz, student) if store else None

    @property
    def total(self) -> int:
        return len(self.quiz.items)

    @property
    def number(self) -> int:
        """The 1-based number of the question being asked (total + 1 when done)."""
        return len(self.results) + 1

    @property
    def current(self) -> QuizItem | None:
        return self.quiz.items[len(self.results)] if not self.done else None

    @property
    def done(self) -> bool:
        return len(self.results) >= self.total

    def answer(self, text: str) -> ItemResult:
        """Grade the answer to the current question and store it at once."""
        item = self.current
        if item is None:
            raise BotError("the quiz is over; there is no question to answer")
        result = ItemResult(number=self.number, item=item, grade=grade_answer(item, text))
        if self.store is not None and self.attempt is not None:
            self._answer_ids.append(self.store.record(self.attempt, result))
            if len(self.results) + 1 == self.total:
                self.store.finish(self.attempt)
        self.results.append(result)
        return result

    def claim(self) -> ItemResult:
        """Claim the last answer, a near miss, as right: kept for the teacher, the score does not change."""
        if not self.results or self.results[-1].grade.verdict != "unsure":
            raise BotError("only a near miss can be claimed")
        result = self.results[-1].model_copy(update={"claimed": True})
        if self.store is not None and self._answer_ids:
            self.store.claim(self._answer_ids[-1])
        self.results[-1] = result
        return result

    def score(self) -> Score:
        return Score.of(self.results, self.total)


def line_reader(stream: TextIO) -> Reader:
    """Answers one per line from a stream (a pipe or a file); None at the end of the input."""

    def read(_prompt: str) -> str | None:
        line = stream.readline()
        return line.rstrip("\r\n") if line else None

    return read


def run_quiz(session: QuizSession, read: Reader, write: Writer, interactive: bool = False) -> Score:
    """Ask every question, give feedback after each, and end with the score.

    Running out of input (or Ctrl+C / Ctrl+D) stops cleanly: what was answered is already stored.
    When `interactive`, an empty or invalid answer is asked again. Otherwise each answer is echoed so the
    transcript reads well, an invalid one counts wrong, and near misses are not offered for claiming
    (every input line is an answer).
    """
    quiz = session.quiz
    count = f"{session.total} question{'s' if session.total != 1 else ''}"
    write(f"{quiz.title} ({count}, seed {quiz.seed})")
    stopped = False
    while not session.done:
        item = session.current
        assert item is not None
        write("")
        write(question_text(item, session.number, session.total))
        try:
            text = read("> ")
        except (EOFError, KeyboardInterrupt):
            text = None
        if text is None:
            stopped = True
            break
        if not interactive:
            write(f"> {text}")
        elif not text.strip() or not grade_answer(item, text).valid:
            # At a terminal a slip of the keyboard is asked again; from a pipe every line is an answer.
            why = "no answer given" if not text.strip() else grade_answer(item, text).note
            write(f"Please try again ({why}).")
            continue
        result = session.answer(text)
        write(feedback_text(result))
        if result.grade.verdict == "unsure" and interactive:
            try:
                reply = read("Claim it as right, for your teacher to check? [y/N] ")
            except (EOFError, KeyboardInterrupt):
                reply = None
            if reply and read_truth(reply):
                session.claim()
                write("Claim kept for your teacher; it does not change your score.")
    write("")
    score = session.score()
    write(score_text(score, stopped=stopped))
    return score
