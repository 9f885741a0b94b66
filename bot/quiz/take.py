"""Taking a quiz: one sitting graded and stored answer by answer; the loop reads and writes through callables."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TextIO

from ..errors import BotError
from ..safety import csv_cell, one_line
from .grade import grade_answer, read_truth
from .models import ItemResult, Quiz, QuizItem, Score
from .render import feedback_text, question_text, score_text
from .store import QuizStore

Reader = Callable[[str], str | None]
"""Given a prompt, the next answer; None (or EOFError) when there is no more input. KeyboardInterrupt
stops the quiz and is raised again once the score is shown."""
Writer = Callable[[str], None]


class QuizSession:
    """One student taking one quiz: each answer is graded, then committed before the next question.

    When the database cannot take an answer (locked by another program past the bounded wait, or gone),
    the answer is kept in memory, `notice` says so, and it is saved with the next answer or at the end.
    """

    def __init__(
        self, quiz: Quiz, student: str = "student", store: QuizStore | None = None, source: str = "terminal"
    ) -> None:
        self.quiz = quiz
        self.student = student
        self.store = store
        self.source = source
        self.results: list[ItemResult] = []
        self.notice = ""
        """What the student should know about saving (answers kept in memory, then saved); shown once."""
        self._ids: dict[int, int] = {}
        """Answer id in the database by index in `results`, for those saved."""
        self._claims: set[int] = set()
        """Indexes of claimed results whose claim is not saved yet."""
        self._lock = threading.Lock()
        """Guards `results`, `_ids` and `_claims` (held briefly)."""
        self._saving = threading.Lock()
        """One save at a time (held while the database is written)."""
        self._behind = False
        self.attempt = store.start(quiz, student, source) if store else None

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

    @property
    def unsaved(self) -> list[ItemResult]:
        """Answers given but not yet in the database (none without a database)."""
        if self.store is None:
            return []
        return [r for i, r in enumerate(self.results) if i not in self._ids]

    def grade(self, text: str) -> ItemResult:
        """Grade the answer to the current question, without saving it (see `save`)."""
        item = self.current
        if item is None:
            raise BotError("the quiz is over; there is no question to answer")
        result = ItemResult(number=self.number, item=item, grade=grade_answer(item, text))
        with self._lock:
            self.results.append(result)
        return result

    def answer(self, text: str) -> ItemResult:
        """Grade the answer to the current question and store it at once."""
        result = self.grade(text)
        self.save()
        return result

    def save(self) -> bool:
        """Write every answer and claim not yet saved; False (with `notice` set) when some are kept in
        memory for later. One save runs at a time; grading goes on meanwhile (the chat saves in a worker)."""
        with self._saving:
            store, attempt = self.store, self.attempt
            if store is None or attempt is None:
                return True
            with self._lock:
                todo = [(i, r) for i, r in enumerate(self.results) if i not in self._ids]
                claims = sorted(self._claims)
            waiting = len(todo) + len(claims)
            try:
                for index, result in todo:
                    answer = store.record(attempt, result, finished=index == self.total - 1)
                    with self._lock:
                        self._ids[index] = answer
                        if self.results[index].claimed and not result.claimed:
                            self._claims.add(index)
                for index in claims:
                    store.claim(self._ids[index])
                    with self._lock:
                        self._claims.discard(index)
            except BotError as exc:
                kept = len(self.unsaved) + len(self._claims)
                self._behind = True
                self.notice = (
                    f"Not saved yet: {exc}. Your {kept} unsaved answer{'s are' if kept != 1 else ' is'} "
                    "kept and will be saved with your next answer."
                )
                return False
            if self._behind:
                self._behind = False
                self.notice = (
                    f"Saved what was waiting ({waiting} answer{'s' if waiting != 1 else ''} or claims)."
                )
            return True

    def take_notice(self) -> str:
        """The saving notice, once."""
        notice, self.notice = self.notice, ""
        return notice

    def claim(self) -> ItemResult:
        """Claim the last answer, a near miss, as right: kept for the teacher, the score does not change.

        The claim is written by the next `save` (which `run_quiz` calls at once)."""
        if not self.results or self.results[-1].grade.verdict != "unsure":
            raise BotError("only a near miss can be claimed")
        index = len(self.results) - 1
        result = self.results[-1].model_copy(update={"claimed": True})
        with self._lock:
            self.results[-1] = result
            if self.store is not None and index in self._ids:
                self._claims.add(index)
        return result

    def score(self) -> Score:
        return Score.of(self.results, self.total)


def line_reader(stream: TextIO) -> Reader:
    """Answers one per line from a stream (a pipe or a file); None at the end of the input."""

    def read(_prompt: str) -> str | None:
        line = stream.readline()
        return line.rstrip("\r\n") if line else None

    return read


def unsaved_csv(session: QuizSession) -> str:
    """Answers the database never took, as an answers CSV a teacher can give to `bot quiz grade`."""
    lines = ["student,question,answer"]
    for result in session.unsaved:
        cells = [session.student, str(result.number), result.grade.given]
        lines.append(",".join('"' + csv_cell(c).replace('"', '""') + '"' for c in cells))
    return "\n".join(lines)


def run_quiz(session: QuizSession, read: Reader, write: Writer, interactive: bool = False) -> Score:
    """Ask every question, give feedback after each, and end with the score.

    Running out of input (or Ctrl+D) stops cleanly: what was answered is already stored. Ctrl+C stops the
    same way, then raises KeyboardInterrupt so the command exits 130. When `interactive`, an empty or
    invalid answer is asked again. Otherwise each answer is echoed (on one line, made safe) so the
    transcript reads well, an invalid one counts wrong, and near misses are not offered for claiming
    (every input line is an answer).
    """
    quiz = session.quiz
    count = f"{session.total} question{'s' if session.total != 1 else ''}"
    write(f"{one_line(quiz.title)} ({count}, seed {quiz.seed})")
    stopped = interrupted = False
    try:
        stopped = _ask_all(session, read, write, interactive)
    except KeyboardInterrupt:
        stopped, interrupted = not session.done, True
    if not session.save():
        write("")
        write(session.take_notice().split(". Your")[0] + ".")
        write(
            f"{len(session.unsaved)} answer(s) could not be saved. Here they are, for your teacher "
            "(`bot quiz grade` reads them):"
        )
        write(unsaved_csv(session))
    elif session.notice:
        write(session.take_notice())
    write("")
    score = session.score()
    write(score_text(score, stopped=stopped))
    if interrupted:
        raise KeyboardInterrupt
    return score


def _ask_all(session: QuizSession, read: Reader, write: Writer, interactive: bool) -> bool:
    """The question loop of `run_quiz`; True when the input ran out before the last question."""
    while not session.done:
        item = session.current
        assert item is not None
        write("")
        write(question_text(item, session.number, session.total))
        try:
            text = read("> ")
        except EOFError:
            text = None
        if text is None:
            return True
        if not interactive:
            write(f"> {one_line(text)}")
        elif not text.strip() or not grade_answer(item, text).valid:
            # At a terminal a slip of the keyboard is asked again; from a pipe every line is an answer.
            why = "no answer given" if not text.strip() else grade_answer(item, text).note
            write(f"Please try again ({why}).")
            continue
        result = session.answer(text)
        write(feedback_text(result))
        if session.notice:
            write(session.take_notice())
        if result.grade.verdict == "unsure" and interactive:
            try:
                reply = read("Claim it as right, for your teacher to check? [y/N] ")
            except EOFError:
                reply = None
            if reply and read_truth(reply):
                session.claim()
                session.save()
                write("Claim kept for your teacher; it does not change your score.")
    return False
