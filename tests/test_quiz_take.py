"""The quiz loop: a terminal asks again after a slip; a pipe counts every line; stopping early is clear."""

from __future__ import annotations

import sqlite3

import pytest

from bot.quiz import QuizSession, generate_quiz, run_quiz


def feed(lines):
    queue = list(lines)
    return lambda _prompt: queue.pop(0) if queue else None


def test_terminal_asks_again_after_an_empty_or_invalid_answer(kb):
    quiz = generate_quiz(kb, seed=3, questions=3, types=["choice"])
    item = quiz.items[0]
    right = "ABCD"[item.options.index(item.answer)]
    out: list[str] = []
    session = QuizSession(quiz, "ann")
    run_quiz(session, feed(["", "Z", right]), out.append, interactive=True)
    assert session.results[0].grade.verdict == "right"
    assert sum("Please try again" in line for line in out) == 2


def test_pipe_counts_an_invalid_answer_wrong_and_reports_what_was_not_reached(kb):
    quiz = generate_quiz(kb, seed=3, questions=3, types=["choice"])
    out: list[str] = []
    session = QuizSession(quiz, "ann")
    score = run_quiz(session, feed(["Z"]), out.append, interactive=False)
    assert session.results[0].grade.verdict == "wrong" and not session.results[0].grade.valid
    assert score.answered == 1
    assert "2 not reached" in out[-1]


def test_the_piped_echo_shows_escapes_literally(kb):
    quiz = generate_quiz(kb, seed=3, questions=2, types=["short"])
    out: list[str] = []
    run_quiz(QuizSession(quiz, "ann"), feed(["\x1b[2J\x1b]0;owned\x07 hi\nthere", "x"]), out.append)
    echoed = [line for line in out if line.startswith("> ")]
    assert echoed[0] == "> \\x1b[2J\\x1b]0;owned\\x07 hi there"
    assert not any("\x1b" in line for line in out)


def test_a_title_with_escapes_is_shown_literally(kb):
    quiz = generate_quiz(kb, seed=3, questions=1).model_copy(update={"title": "Quiz\x1b[31m red\nfake"})
    out: list[str] = []
    run_quiz(QuizSession(quiz, "ann"), feed([]), out.append)
    assert out[0].startswith("Quiz\\x1b[31m red fake (1 question")


def test_ctrl_c_shows_the_score_then_stops(kb):
    quiz = generate_quiz(kb, seed=3, questions=3, types=["truefalse", "short"])
    answers = iter([quiz.items[0].letter() if quiz.items[0].kind == "choice" else quiz.items[0].answer])

    def read(_prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise KeyboardInterrupt from None

    out: list[str] = []
    session = QuizSession(quiz, "ann")
    with pytest.raises(KeyboardInterrupt):
        run_quiz(session, read, out.append, interactive=True)
    assert len(session.results) == 1
    assert "Stopped after 1 of 3 questions" in "\n".join(out)


def test_answers_the_database_never_took_are_shown_for_the_teacher(tmp_path, kb):
    from bot.quiz import open_store

    quiz = generate_quiz(kb, seed=3, questions=2, types=["short"])
    store = open_store(tmp_path / "q.db", lock_wait=0.1)
    session = QuizSession(quiz, "ann", store)
    holder = sqlite3.connect(tmp_path / "q.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        out: list[str] = []
        run_quiz(session, feed(["=cmd|' /C calc'!A0", "second"]), out.append)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        store.close()
    text = "\n".join(out)
    assert "2 answer(s) could not be saved" in text
    assert 'student,question,answer\n"ann","1","\'=cmd|\' /C calc\'!A0"\n"ann","2","second"' in text
