"""The pydantic models of the knowledge files: validated once, at load, with `path:record: what` messages.

What crosses into the answer path (answers, citations, sentences, turns) is plain data in `bot/answers.py`,
re-exported here, so answering never needs pydantic.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from .answers import (
    Answer,
    AnswerKind,
    Attribution,
    AttributionKind,
    Citation,
    Conversation,
    QuestionType,
    Sentence,
    Status,
    Turn,
)

__all__ = [
    "Answer",
    "AnswerKind",
    "Attribution",
    "AttributionKind",
    "Citation",
    "ContrastSet",
    "Conversation",
    "Entity",
    "EntityKind",
    "Event",
    "FactRecord",
    "QARecord",
    "QuestionType",
    "Sentence",
    "SourceEntry",
    "Status",
    "SynonymGroup",
    "Turn",
    "ValueKind",
]

EntityKind = Literal["company", "product", "person", "place", "program", "site", "organisation", "outlet"]
ValueKind = Literal[
    "year", "date", "count", "percent", "money", "company", "product", "person", "place", "program", "site",
    "thing", "text", "duration", "boolean",
]  # fmt: skip
"""The kind of a short answer or fact object; quiz distractors are drawn from the same kind."""


def _attribution(value: Any) -> Any:
    """`says = "claim:mogujie"` in a knowledge file, read as an Attribution (errors as validation errors)."""
    if isinstance(value, str):
        return Attribution.parse(value)
    if isinstance(value, dict):
        return Attribution(**value)
    return value


Says = Annotated[Attribution | None, BeforeValidator(_attribution)]
"""Who says a record: `article`, `claim:ENTITY`, `rumour` or `report:ENTITY`."""


class _Strict(BaseModel):
    """Base for knowledge records: a typo in a field name fails loudly."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Entity(_Strict):
    """A named thing in the story, with the names people may type for it."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    kind: EntityKind
    aliases: list[str] = []
    """Other names and common misspellings; matched case-insensitively."""
    description: str = ""

    def names(self) -> list[str]:
        """The canonical name first, then every alias."""
        return [self.name, *self.aliases]


class QARecord(_Strict):
    """A curated question with its answer and the article spans that back it."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    story: str | None = None
    """The story (manifest id) the record belongs to; by default its folder's, or the only story."""
    question: str = Field(min_length=3)
    alternatives: list[str] = Field(min_length=3)
    """Other phrasings that differ in wording, not just punctuation."""
    answer: str = Field(min_length=1)
    """One or two sentences for a reader."""
    asks: QuestionType
    """The kind of question this record answers."""
    short_answer: str | None = None
    """A quiz-ready answer of a few words, where one exists."""
    short_kind: ValueKind | None = None
    accept: list[str] = []
    """Other short answers a grader should accept."""
    cite: list[str] = Field(min_length=1)
    """Verbatim quotes of the article; resolved at load time."""
    entities: list[str] = []
    related: list[str] = []
    says: Says = None
    """Who says it (`article`, `claim:mogujie`, `rumour`, `report:qq-tech`); `bot check` lists records without."""
    unit: str | None = None
    """What a numeric short answer counts ("stores", "accounts"): a figure is only compared with its own kind."""
    time: str | None = None
    """When the answer holds, where the story ties it to a moment ("about five months after launch")."""
    summary: bool = False
    """This record sums the whole story up: "what is the main point?" questions go to it directly."""
    not_in_story: bool = False
    """The story does not answer this question; `answer` says so and what the story does say instead."""
    citations: list[Citation] = []
    """Filled in by the loader from `cite`."""

    @field_validator("answer", "question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @model_validator(mode="after")
    def _short_needs_kind(self) -> QARecord:
        if self.short_answer and not self.short_kind:
            raise ValueError("short_answer needs a short_kind")
        return self

    def phrasings(self) -> list[str]:
        """The canonical question then every alternative."""
        return [self.question, *self.alternatives]


class FactRecord(_Strict):
    """A subject-relation-object statement from the article, for quizzes and entity look-ups."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    story: str | None = None
    """The story (manifest id) the record belongs to; by default its folder's, or the only story."""
    subject: str
    """An entity id."""
    relation: str = Field(min_length=2)
    object: str = Field(min_length=1)
    object_kind: ValueKind
    statement: str = Field(min_length=5)
    """The fact as a plain sentence, used for true/false questions."""
    time: str | None = None
    says: Says = None
    """Who says it: `article`, `claim:ENTITY`, `rumour` or `report:ENTITY`."""
    unit: str | None = None
    """What a numeric object counts ("stores", "users"): distractors and swaps keep to one unit."""
    cite: str = Field(min_length=2)
    citations: list[Citation] = []

    @property
    def qualifier(self) -> Literal["stated", "claimed", "rumoured", "reported"]:
        """The attribution as an adjective, for quiz wording."""
        kind = self.says.kind if self.says else "article"
        return {"article": "stated", "claim": "claimed", "rumour": "rumoured", "report": "reported"}[kind]  # type: ignore[return-value]


class Event(_Strict):
    """One dated happening in the story, for timeline and "what happened in 2013?" answers."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    story: str | None = None
    """The story (manifest id) the record belongs to; by default its folder's, or the only story."""
    when: str = Field(min_length=2)
    """As the story puts it: "2011", "late 2013", "one year ago", "yesterday"."""
    year: int | None = None
    """The calendar year, where the story gives or implies one; events without a year are ordered by `order`."""
    order: int
    """Position on the story's timeline, earliest first."""
    text: str = Field(min_length=5)
    """What happened, as a sentence for a reader."""
    entities: list[str] = Field(min_length=1)
    says: Says = None
    cite: list[str] = Field(min_length=1)
    citations: list[Citation] = []


class SynonymGroup(_Strict):
    """Words a question may use for one idea; all are read as `canonical`."""

    canonical: str
    words: list[str] = Field(min_length=1)
    gloss: str | None = Field(default=None, min_length=3)
    """What the words mean, in plain general English, for "what does 'X' mean?" (no fact of any one story)."""


class ContrastSet(_Strict):
    """Words of one dimension (daily, monthly...): a question naming one is not answered by a record that
    names another of them but not it."""

    words: list[str] = Field(min_length=2)


class SourceEntry(_Strict):
    """One `[[source]]` block of `seeds/manifest.toml`: an article and where its story text ends."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    """Lowercase letters, digits and hyphens: it starts every sentence id (`ID:pP.sS`)."""
    title: str = Field(min_length=1)
    author: str = Field(min_length=1)
    year: int | None = Field(default=None, ge=1, le=9999)
    file: str = Field(min_length=1)
    """The article's file name, relative to the seeds folder."""
    body_ends_before: str | None = Field(default=None, min_length=1)
    """The first line of page furniture after the story; it and all after it are not story text."""
