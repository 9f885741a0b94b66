"""A question-answering bot for teaching with a news story: cited answers, honest declines, quizzes.

This is the public API: the CLI and the front ends (`bot/cli.py`, `bot/repl.py`, `bot/tui/`) import the
library only through these names. They are loaded on first use, so `import bot` (and with it the `bot`
command's start-up) costs nothing until a name is used, and a Ctrl+C during start-up is caught by the entry
point.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answers import Answer, Citation, Conversation, Sentence
    from .batch import answer_in_parallel
    from .check_report import CheckReport, check_knowledge
    from .engine import Engine, answer, load_engine
    from .errors import BotError, InputError, KnowledgeError
    from .eval_report import EvalReport, run_eval
    from .inputs import QuestionLine, command_line_text, load_eval_cases, open_question_file, read_questions
    from .interface import AnswerEngine, Story
    from .knowledge import KnowledgeBase, load_knowledge
    from .models import Entity, FactRecord, QARecord
    from .paths import knowledge_dir, seeds_dir, user_dir
    from .render import AnswerWriter
    from .safety import one_line, terminal
    from .scaffold import new_story

_HOME = {
    "Answer": "answers",
    "Citation": "answers",
    "Conversation": "answers",
    "Sentence": "answers",
    "answer_in_parallel": "batch",
    "CheckReport": "check_report",
    "check_knowledge": "check_report",
    "Engine": "engine",
    "answer": "engine",
    "load_engine": "engine",
    "BotError": "errors",
    "InputError": "errors",
    "KnowledgeError": "errors",
    "EvalReport": "eval_report",
    "run_eval": "eval_report",
    "QuestionLine": "inputs",
    "command_line_text": "inputs",
    "load_eval_cases": "inputs",
    "open_question_file": "inputs",
    "read_questions": "inputs",
    "AnswerEngine": "interface",
    "Story": "interface",
    "KnowledgeBase": "knowledge",
    "load_knowledge": "knowledge",
    "Entity": "models",
    "FactRecord": "models",
    "QARecord": "models",
    "knowledge_dir": "paths",
    "seeds_dir": "paths",
    "user_dir": "paths",
    "AnswerWriter": "render",
    "one_line": "safety",
    "terminal": "safety",
    "new_story": "scaffold",
}
"""Each public name and the module that defines it."""

__all__ = [
    "Answer",
    "AnswerEngine",
    "AnswerWriter",
    "BotError",
    "CheckReport",
    "Citation",
    "Conversation",
    "Engine",
    "Entity",
    "EvalReport",
    "FactRecord",
    "InputError",
    "KnowledgeBase",
    "KnowledgeError",
    "QARecord",
    "QuestionLine",
    "Sentence",
    "Story",
    "answer",
    "answer_in_parallel",
    "check_knowledge",
    "command_line_text",
    "knowledge_dir",
    "load_engine",
    "load_eval_cases",
    "load_knowledge",
    "new_story",
    "one_line",
    "open_question_file",
    "read_questions",
    "run_eval",
    "seeds_dir",
    "terminal",
    "user_dir",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'bot' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value
