"""Classroom quizzes: generated to item-writing guidelines, graded fairly, exported, results kept.

Usable from a notebook::

    from bot import load_knowledge
    from bot.quiz import generate_quiz, grade_answer, export
    quiz = generate_quiz(load_knowledge(), seed=7, questions=5)
    grade_answer(quiz.items[0], "Alibba").verdict
    open("quiz.html", "w").write(export(quiz, "html", answer_key=True))
"""

from .export import export
from .generate import generate_quiz, quiz_maker, retry_quiz
from .grade import grade_answer, grade_sheet, match_answer
from .models import Grade, Quiz, QuizItem, Report, Score
from .readers import load_answers, load_quiz, parse_answers, parse_quiz
from .rules import check_quiz
from .store import QuizStore, open_store
from .take import QuizSession, run_quiz

__all__ = [
    "Grade",
    "Quiz",
    "QuizItem",
    "QuizSession",
    "QuizStore",
    "Report",
    "Score",
    "check_quiz",
    "export",
    "generate_quiz",
    "grade_answer",
    "grade_sheet",
    "load_answers",
    "load_quiz",
    "match_answer",
    "open_store",
    "parse_answers",
    "parse_quiz",
    "quiz_maker",
    "retry_quiz",
    "run_quiz",
]
