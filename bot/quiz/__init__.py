"""Classroom quizzes: generated from the knowledge base, graded fairly, exported, results kept.

Usable from a notebook::

    from bot import load_knowledge
    from bot.quiz import generate_quiz, grade_answer, to_markdown
    quiz = generate_quiz(load_knowledge(), seed=7, questions=5)
    grade_answer(quiz.items[0], "Alibba").verdict
"""

from .export import export, gift_escape, to_gift, to_json, to_markdown
from .files import load_answers, load_quiz, parse_answers, parse_quiz
from .generate import generate_quiz, resolve_topic, retry_quiz
from .grade import grade_answer, grade_sheet, match_answer, summarise
from .models import AnswerRow, Grade, ItemResult, Quiz, QuizItem, QuizOptions, Report, Score
from .numbers import parse_number, split_numbers
from .store import QuizStore, open_store
from .take import QuizSession, line_reader, run_quiz

__all__ = [
    "AnswerRow",
    "Grade",
    "ItemResult",
    "Quiz",
    "QuizItem",
    "QuizOptions",
    "QuizSession",
    "QuizStore",
    "Report",
    "Score",
    "export",
    "generate_quiz",
    "gift_escape",
    "grade_answer",
    "grade_sheet",
    "line_reader",
    "load_answers",
    "load_quiz",
    "match_answer",
    "open_store",
    "parse_answers",
    "parse_number",
    "parse_quiz",
    "resolve_topic",
    "retry_quiz",
    "run_quiz",
    "split_numbers",
    "summarise",
    "to_gift",
    "to_json",
    "to_markdown",
]
