"""The one interface front ends (chat, line chat, CLI, tests' fake engine) use to talk to an engine.

Front ends never reach into the knowledge base: what they show comes from these calls and the models they
return, so a fake engine implementing this protocol can stand in for the real one in every test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .answers import Answer, Conversation, Sentence


@dataclass(frozen=True)
class Story:
    """One article as front ends show it: its id and title, and its sentences for the source pane."""

    id: str
    title: str
    author: str
    year: int | None
    sentences: tuple[Sentence, ...]

    def paragraphs(self) -> list[list[Sentence]]:
        """Sentences grouped by paragraph, in order."""
        groups: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            groups.setdefault(sentence.paragraph, []).append(sentence)
        return [groups[k] for k in sorted(groups)]


@runtime_checkable
class AnswerEngine(Protocol):
    """What a front end may ask of an engine."""

    def answer(
        self, question: str, conversation: Conversation | None = None, *, threshold: float | None = None
    ) -> Answer:
        """Answer one question (recording the turn in `conversation`); `threshold` overrides the decline bar."""
        ...

    def questions(self) -> list[str]:
        """Every canonical question, for completion and suggestions."""
        ...

    def entity_names(self) -> list[str]:
        """Every entity's display name, for completion."""
        ...

    def featured_questions(self, n: int = 3) -> list[str]:
        """A few starter questions for a welcome screen."""
        ...

    def stories(self) -> list[Story]:
        """The articles the engine answers from, with their sentences, for the source pane and /sources."""
        ...
