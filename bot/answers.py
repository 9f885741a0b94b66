"""Plain data on the answer path: answers, citations, sentences, attribution and the conversation.

Frozen dataclasses, not pydantic models, so answering a question (and starting `bot ask` from the compiled
engine cache) imports no validation library; the knowledge files are validated once, in `bot/models.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

QuestionType = Literal["who", "when", "where", "how_many", "how_much", "why", "how", "what", "yesno"]
"""What kind of answer a question asks for; a record declares the kind it answers."""

Status = Literal["answered", "unknown", "clarify"]
"""answered: the story settles it; unknown: understood, but the story doesn't say; clarify: not sure what
was meant, so the answer asks back ("Did you mean ...?")."""

AttributionKind = Literal["article", "claim", "rumour", "report"]
"""Who says a thing: the article in its own voice, a named party's claim, a rumour, a named outlet's report."""

AnswerKind = Literal["answer", "check", "comparison", "sourcing", "overview", "locate", "decline", "chat"]
"""How an answer was made: a curated answer, a yes/no check of a claim, a computed comparison, who says so,
an overview from the timeline, or no answer."""

Intent = Literal["question", "greeting", "help", "thanks", "farewell", "empty", "self"]
_KINDS = ("article", "claim", "rumour", "report")


@dataclass(frozen=True)
class Attribution:
    """Who says a fact: written `article`, `rumour`, `claim:ENTITY`, `report:ENTITY` (or `rumour:ENTITY`)."""

    kind: AttributionKind
    by: str | None = None
    """The entity id of the claiming party or reporting outlet."""

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"unknown kind {self.kind!r}: use one of {', '.join(_KINDS)}")
        if self.kind in ("claim", "report") and not self.by:
            raise ValueError(f"a {self.kind} needs the party: write '{self.kind}:ENTITY'")
        if self.kind == "article" and self.by:
            raise ValueError("'article' takes no party")

    @classmethod
    def parse(cls, text: str) -> Attribution:
        """From the written form: "claim:mogujie" -> Attribution("claim", "mogujie")."""
        kind, _, by = text.strip().partition(":")
        return cls(kind.strip(), by.strip() or None)  # type: ignore[arg-type]

    def __str__(self) -> str:
        return f"{self.kind}:{self.by}" if self.by else self.kind

    @property
    def settled(self) -> bool:
        """True when the article states it in its own voice, not as someone's claim, a rumour or a report."""
        return self.kind == "article"


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with offsets into the original text."""

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


@dataclass(frozen=True)
class Citation:
    """A cited sentence of an article, with the curator's exact words inside it."""

    source: str
    """The story (article) id."""
    paragraph: int
    sentence: str
    """The sentence id."""
    start: int
    """Character offsets of the whole sentence in the article's original text."""
    end: int
    quote: str
    """The whole sentence, normalised for display: answers cite sentences, not fragments."""
    span_start: int
    """Character offsets of the curator's quoted words in the article's original text (inside the sentence)."""
    span_end: int
    span: str
    """The curator's quoted words, normalised for display (what to highlight)."""


@dataclass
class Answer:
    """What the engine says to one question."""

    question: str
    status: Status
    answer: str
    confidence: float
    """0 to 1: how well the question matched what answered it."""
    citations: list[Citation] = field(default_factory=list)
    record: str | None = None
    suggestions: list[str] = field(default_factory=list)
    """Other questions the knowledge base can answer: "did you mean" or related follow-ups."""
    intent: Intent = "question"
    resolved: str = ""
    """The question as the engine read it, after follow-up resolution."""
    kind: AnswerKind = "answer"
    says: Attribution | None = None
    """Who says what the answer reports; None when nothing is reported (a decline)."""
    says_name: str = ""
    """The attributing party's display name ("Mogujie"), so front ends need not look it up."""
    story: str = ""
    """The story (article) the answer comes from; empty when it comes from none."""

    @property
    def source_tag(self) -> str:
        """A short who-says-so tag for front ends: "article", "claim: Mogujie", "rumour", "report: QQ Tech"."""
        if self.says is None:
            return ""
        return f"{self.says.kind}: {self.says_name}" if self.says_name else self.says.kind


@dataclass
class Turn:
    """One question and what the engine made of it, kept so a follow-up is read against it unanalysed."""

    question: str
    resolved: str
    """The question after pronouns and ellipsis were filled in from earlier turns."""
    entities: list[str] = field(default_factory=list)
    """What the question was about (the entities it named, else the answering record's subject)."""
    answer_entities: list[str] = field(default_factory=list)
    """Entities the answer named that the question did not ("WeChat Payment"): a pronoun may mean them."""
    named: list[str] = field(default_factory=list)
    """Every entity the answer's own words name, in order ("Mogujie and Meilishuo launched ..."): what "they"
    after it most likely means."""
    record: str | None = None
    status: Status = "unknown"
    kind: AnswerKind = "answer"
    story: str = ""
    """The story the turn was answered from: a follow-up stays in it."""
    sentences: tuple[str, ...] = ()
    """The sentence ids the answer cited: "and then?" asks what the story tells after them."""
    query: Any = field(default=None, repr=False, compare=False)
    """The engine's analysis of the resolved question (`bot.query.Query`), so nothing is read twice."""


@dataclass
class Conversation:
    """The turns so far; the caller owns it and passes it to every `answer` call."""

    turns: list[Turn] = field(default_factory=list)
    story: str | None = None
    """The story the conversation is about, when the user chose one (None: any story in the library)."""

    def reset(self) -> None:
        """Forget earlier turns, so follow-ups start afresh."""
        self.turns.clear()

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None
