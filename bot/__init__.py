"""A question-answering bot for teaching with a news story: cited answers, honest declines, quizzes.

The names below are loaded on first use, so `import bot` (and with it the `bot` command's start-up) costs
nothing until a name is used, and a Ctrl+C during start-up is caught by the entry point.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .answers import Answer, Citation, Conversation, Sentence
    from .engine import Engine, answer, load_engine
    from .errors import BotError, InputError, KnowledgeError
    from .knowledge import KnowledgeBase, load_knowledge
    from .models import Entity, FactRecord, QARecord

_HOME = {
    "Engine": "engine",
    "answer": "engine",
    "load_engine": "engine",
    "BotError": "errors",
    "InputError": "errors",
    "KnowledgeError": "errors",
    "KnowledgeBase": "knowledge",
    "load_knowledge": "knowledge",
    "Answer": "answers",
    "Citation": "answers",
    "Conversation": "answers",
    "Entity": "models",
    "FactRecord": "models",
    "QARecord": "models",
    "Sentence": "answers",
}
"""Each public name and the module that defines it."""

__all__ = [
    "Answer",
    "BotError",
    "Citation",
    "Conversation",
    "Engine",
    "Entity",
    "FactRecord",
    "InputError",
    "KnowledgeBase",
    "KnowledgeError",
    "QARecord",
    "Sentence",
    "answer",
    "load_engine",
    "load_knowledge",
]


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'bot' has no attribute {name!r}")
    value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value
