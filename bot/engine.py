"""The answer engine: question in, curated cited answer or honest decline out (stub, being built)."""

from __future__ import annotations

from functools import lru_cache

from .knowledge import KnowledgeBase, load_knowledge
from .models import Answer, Conversation, Turn


class Engine:
    """Answers questions about the loaded articles; all preprocessing happens once, here."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def questions(self) -> list[str]:
        """Every canonical question, for completion and suggestions."""
        return [r.question for r in self.kb.qa]

    def entity_names(self) -> list[str]:
        """Every entity's canonical name, for completion."""
        return [e.name for e in self.kb.entities.values()]

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer one question; record the turn in `conversation` when one is given."""
        for rec in self.kb.qa:
            if rec.question.lower() == question.strip().lower():
                ans = Answer(question=question, status="answered", answer=rec.answer, confidence=1.0,
                             citations=rec.citations, record=rec.id, resolved=question)
                break
        else:
            ans = Answer(question=question, status="unknown", answer="The story doesn't say.",
                         confidence=0.0, resolved=question)
        if conversation is not None:
            conversation.turns.append(Turn(question=question, resolved=ans.resolved, record=ans.record,
                                           status=ans.status))
        return ans


@lru_cache(maxsize=4)
def load_engine(knowledge: str | None = None, seeds: str | None = None) -> Engine:
    """The engine over a knowledge base, built once per folder pair."""
    return Engine(load_knowledge(knowledge, seeds))


def answer(question: str, conversation: Conversation | None = None) -> Answer:
    """Answer with the default knowledge base; the notebook-friendly entry point."""
    return load_engine().answer(question, conversation)
