"""The pydantic models that cross module borders: source text, knowledge records, answers."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

QuestionType = Literal["who", "when", "where", "how_many", "how_much", "why", "how", "what", "yesno"]
"""What kind of answer a question asks for; a record declares the kind it answers."""

EntityKind = Literal["company", "product", "person", "place", "program", "site", "organisation", "outlet"]
ValueKind = Literal[
    "year",
    "date",
    "count",
    "percent",
    "money",
    "company",
    "product",
    "person",
    "place",
    "program",
    "site",
    "thing",
    "text",
    "duration",
    "boolean",
]
"""The kind of a short answer or fact object; quiz distractors are drawn from the same kind."""

Status = Literal["answered", "unknown", "clarify"]
"""answered: the story settles it; unknown: understood, but the story doesn't say; clarify: not sure what
was meant, so the answer asks back ("Did you mean ...?")."""

AttributionKind = Literal["article", "claim", "rumour", "report"]
"""Who says a thing: the article in its own voice, a named party's claim, a rumour, a named outlet's report."""

AnswerKind = Literal["answer", "check", "comparison", "sourcing", "overview", "decline", "chat"]
"""How an answer was made: a curated answer, a yes/no check of a claim, a computed comparison, who says so,
an overview from the timeline, or no answer."""


class Attribution(BaseModel):
    """Who says a fact: written `article`, `rumour`, `claim:ENTITY`, `report:ENTITY` (or `rumour:ENTITY`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: AttributionKind
    by: str | None = None
    """The entity id of the claiming party or reporting outlet."""

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        if isinstance(value, str):
            kind, _, by = value.strip().partition(":")
            return {"kind": kind.strip(), "by": by.strip() or None}
        return value

    @model_validator(mode="after")
    def _party(self) -> Attribution:
        if self.kind in ("claim", "report") and not self.by:
            raise ValueError(f"a {self.kind} needs the party: write '{self.kind}:ENTITY'")
        if self.kind == "article" and self.by:
            raise ValueError("'article' takes no party")
        return self

    def __str__(self) -> str:
        return f"{self.kind}:{self.by}" if self.by else self.kind

    @property
    def settled(self) -> bool:
        """True when the article states it in its own voice, not as someone's claim, a rumour or a report."""
        return self.kind == "article"


class _Strict(BaseModel):
    """Base for knowledge records: a typo in a field name fails loudly."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Sentence(BaseModel):
    """One sentence of an article, with offsets into the original text."""

    model_config = ConfigDict(frozen=True)

    id: str
    """Stable id, `SOURCE:pP.sS`, counted from 1."""
    source: str
    paragraph: int
    index: int
    start: int
    """Character offset of the first character in the original text."""
    end: int
    byte_start: int
    """Byte offset in the original UTF-8 file."""
    byte_end: int
    raw: str
    """The sentence exactly as in the file (`text[start:end]`)."""
    text: str
    """The sentence normalised for display (straight quotes, plain spaces)."""


class Citation(BaseModel):
    """A cited sentence of an article, with the curator's exact words inside it."""

    model_config = ConfigDict(frozen=True)

    source: str
    paragraph: int
    sentence: str
    """The sentence id."""
    start: int
    """Character offsets of the whole sentence in the original text."""
    end: int
    quote: str
    """The whole sentence, normalised for display: answers cite sentences, not fragments."""
    span_start: int
    """Character offsets of the curator's quoted words, within the sentence."""
    span_end: int
    span: str
    """The curator's quoted words, normalised for display (what to highlight)."""


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
    says: Attribution | None = None
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
    subject: str
    """An entity id."""
    relation: str = Field(min_length=2)
    object: str = Field(min_length=1)
    object_kind: ValueKind
    statement: str = Field(min_length=5)
    """The fact as a plain sentence, used for true/false questions."""
    time: str | None = None
    says: Attribution | None = None
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
    when: str = Field(min_length=2)
    """As the story puts it: "2011", "late 2013", "one year ago", "yesterday"."""
    year: int | None = None
    """The calendar year, where the story gives or implies one; events without a year are ordered by `order`."""
    order: int
    """Position on the story's timeline, earliest first."""
    text: str = Field(min_length=5)
    """What happened, as a sentence for a reader."""
    entities: list[str] = Field(min_length=1)
    says: Attribution | None = None
    cite: list[str] = Field(min_length=1)
    citations: list[Citation] = []


class SynonymGroup(_Strict):
    """Words a question may use for one idea; all are read as `canonical`."""

    canonical: str
    words: list[str] = Field(min_length=1)


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


class Turn(BaseModel):
    """One question and what the engine made of it, kept so a follow-up is read against it unanalysed."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    question: str
    resolved: str
    """The question after pronouns and ellipsis were filled in from earlier turns."""
    entities: list[str] = []
    """What the question was about (the entities it named, else the answering record's subject)."""
    answer_entities: list[str] = []
    """Entities the answer named that the question did not ("WeChat Payment"): a pronoun may mean them."""
    record: str | None = None
    status: Status = "unknown"
    kind: AnswerKind = "answer"
    query: Any = Field(default=None, exclude=True, repr=False)
    """The engine's analysis of the resolved question (`bot.query.Query`), so nothing is read twice."""


class Conversation(BaseModel):
    """The turns so far; the caller owns it and passes it to every `answer` call."""

    turns: list[Turn] = []

    def reset(self) -> None:
        """Forget earlier turns, so follow-ups start afresh."""
        self.turns.clear()

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None


class Answer(BaseModel):
    """What the engine says to one question."""

    question: str
    status: Status
    answer: str
    confidence: float = Field(ge=0.0, le=1.0)
    citations: list[Citation] = []
    record: str | None = None
    suggestions: list[str] = []
    """Other questions the knowledge base can answer: "did you mean" or related follow-ups."""
    intent: Literal["question", "greeting", "help", "thanks", "farewell", "empty"] = "question"
    resolved: str = ""
    """The question as the engine read it, after follow-up resolution."""
    kind: AnswerKind = "answer"
    says: Attribution | None = None
    """Who says what the answer reports; None when nothing is reported (a decline)."""
    says_name: str = ""
    """The attributing party's display name ("Mogujie"), so front ends need not look it up."""

    @property
    def source_tag(self) -> str:
        """A short who-says-so tag for front ends: "article", "claim: Mogujie", "rumour", "report: QQ Tech"."""
        if self.says is None:
            return ""
        return f"{self.says.kind}: {self.says_name}" if self.says_name else self.says.kind
