"""Classroom quizzes: generated to item-writing guidelines, graded fairly, exported, results kept.

Usable from a notebook::

    from bot import load_knowledge
    from bot.quiz import generate_quiz, grade_answer, export
    quiz = generate_quiz(load_knowledge(), seed=7, questions=5)
    grade_answer(quiz.items[0], "Alibba").verdict
    open("quiz.html", "w").write(export(quiz, "html", answer_key=True))

The names below are loaded on first use, as `bot`'s are: the `bot` command builds its `quiz` subcommands
from `bot.quiz.cli` at every start, and must not pay for pydantic and the generator (~150 ms) until a quiz
is asked for. The chat's quiz screen takes what it shows (the prompt line, feedback, progress and score
texts) from here too.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .formats import export, prompt_line
    from .generate import generate_quiz, quiz_maker, retry_quiz
    from .grade import grade_answer, grade_sheet, match_answer
    from .models import LETTERS, Grade, ItemResult, Quiz, QuizItem, Report, Score
    from .readers import load_answers, load_quiz, parse_answers, parse_quiz
    from .render import feedback_text, progress_text, score_text
    from .rules import check_quiz
    from .store import QuizStore, open_store
    from .take import QuizSession, run_quiz, unsaved_csv

_HOME = {
    "export": "formats",
    "prompt_line": "formats",
    "generate_quiz": "generate",
    "quiz_maker": "generate",
    "retry_quiz": "generate",
    "grade_answer": "grade",
    "grade_sheet": "grade",
    "match_answer": "grade",
    "LETTERS": "models",
    "Grade": "models",
    "ItemResult": "models",
    "Quiz": "models",
    "QuizItem": "models",
    "Report": "models",
    "Score": "models",
    "load_answers": "readers",
    "load_quiz": "readers",
    "parse_answers": "readers",
    "parse_quiz": "readers",
    "feedback_text": "render",
    "progress_text": "render",
    "score_text": "render",
    "check_quiz": "rules",
    "QuizStore": "store",
    "open_store": "store",
    "QuizSession": "take",
    "run_quiz": "take",
    "unsaved_csv": "take",
}
"""Each public name and the module of the quiz package that defines it."""

__all__ = [
    "LETTERS",
    "Grade",
    "ItemResult",
    "Quiz",
    "QuizItem",
    "QuizSession",
    "QuizStore",
    "Report",
    "Score",
    "check_quiz",
    "export",
    "feedback_text",
    "generate_quiz",
    "grade_answer",
    "grade_sheet",
    "load_answers",
    "load_quiz",
    "match_answer",
    "open_store",
    "parse_answers",
    "parse_quiz",
    "progress_text",
    "prompt_line",
    "quiz_maker",
    "retry_quiz",
    "run_quiz",
    "score_text",
    "unsaved_csv",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'bot.quiz' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value
