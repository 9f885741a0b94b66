"""The quiz loop: a terminal asks again after a slip; a pipe counts every line; stopping early is clear."""

from __future__ import annotations

from bot.quiz import QuizSession, generate_quiz, run_quiz


def feed(lines):
    queue = list(lines)
    return lambda _prompt: queue.pop(0) if queue else None


def test_terminal_asks_again_after_an_empty_or_invalid_answer(quiz_kb):
    quiz = generate_quiz(quiz_kb, seed=3, questions=3, types=["choice"])
    item = quiz.items[0]
    right = "ABCD"[item.options.index(item.answer)]
    out: list[str] = []
    session = QuizSession(quiz, "ann")
    run_quiz(session, feed(["", "Z", right]), out.append, interactive=True)
    assert session.results[0].grade.verdict == "right"
    assert sum("Please try again" in line for line in out) == 2


def test_pipe_counts_an_invalid_answer_wrong_and_reports_what_was_not_reached(quiz_kb):
    quiz = generate_quiz(quiz_kb, seed=3, questions=3, types=["choice"])
    out: list[str] = []
    session = QuizSession(quiz, "ann")
    score = run_quiz(session, feed(["Z"]), out.append, interactive=False)
    assert session.results[0].grade.verdict == "wrong" and not session.results[0].grade.valid
    assert score.answered == 1
    assert "2 not reached" in out[-1]
