"""A question-answering bot for teaching with a news story: cited answers, honest declines, quizzes."""

from .engine import Engine, answer, load_engine
from .errors import BotError, InputError, KnowledgeError
from .knowledge import KnowledgeBase, load_knowledge
from .models import Answer, Citation, Conversation, Entity, FactRecord, QARecord, Sentence

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
