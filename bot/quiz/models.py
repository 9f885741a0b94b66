"""Pydantic models of quizzes and their results: what a quiz file holds and what grading returns."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

from ..models import Citation, ValueKind
from .options import ITEM_KINDS, MAX_SEED, ItemKind

Verdict = Literal["right", "wrong", "unsure"]
"""`unsure` is a near miss: close to an accepted answer but below the bar; a student may claim it."""
Override = Literal["right", "wrong"]
"""A teacher's decision on one answer, which counts instead of the grader's verdict."""
Status = Literal["right", "wrong", "unsure", "blank"]
"""How one answer of a report counts: a verdict (or the teacher's override), or `blank` for an empty answer."""
LETTERS = "ABCD"
_QUESTION_REF = re.compile(r"^(?:q|#|no\.?|question)?\s*#?\s*([0-9]{1,9})\.?$", re.IGNORECASE)
"""A question named by number: "3", "Q3", "#3", "q 3", "Question 3" (ASCII digits only: "²" is not 2)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QuizItem(_Strict):
    """One question of a quiz, self-contained: a quiz file can be taken and graded without the knowledge base."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    """Stable id: the record id and the question kind, e.g. `mogujie-founded-mc`."""
    kind: ItemKind
    prompt: str = Field(min_length=1)
    options: list[str] = []
    """The four options of a multiple-choice question, in the order shown."""
    answer: str = Field(min_length=1)
    """The expected answer: the short answer, the right option's text, or `true`/`false`."""
    accept: list[str] = []
    """Other answers a grader accepts for a short-answer question."""
    reject: list[str] = []
    """Wrong look-alikes (other names of the same kind in the story): never given credit."""
    answer_kind: ValueKind = "text"
    tests: Literal["fact", "source"] = "fact"
    """What the item tests: the fact itself, or who says it (a claim, a rumour, a report)."""
    record: str
    """The id of the QA or fact record the question comes from."""
    entities: list[str] = []
    explanation: str = ""
    """What the record says, shown after the answer so the quiz teaches."""
    synonyms: list[list[str]] = []
    """Synonym groups from the knowledge's language file that grading applies to this answer, each
    canonical word first ("retailer", "merchants", ...): a quiz file grades the same without the knowledge."""
    citations: list[Citation] = []
    cited: str = ""
    """The cited sentence(s) of the article, as shown to students."""

    @model_validator(mode="after")
    def _consistent(self) -> QuizItem:
        if self.kind == "choice":
            if len(self.options) != len(LETTERS):
                raise ValueError(f"a multiple-choice question needs {len(LETTERS)} options")
            if self.answer not in self.options:
                raise ValueError("the answer must be one of the options")
            if len(set(self.options)) != len(self.options):
                raise ValueError("options must differ")
        elif self.options:
            raise ValueError(f"a {self.kind} question has no options")
        if self.kind == "truefalse" and self.answer not in ("true", "false"):
            raise ValueError("a true/false answer is 'true' or 'false'")
        return self

    def letter(self) -> str:
        """The letter of the right option of a multiple-choice question."""
        return LETTERS[self.options.index(self.answer)]

    def expected(self) -> str:
        """The expected answer as shown to a student."""
        if self.kind == "choice":
            return f"{self.letter()}. {self.answer}"
        if self.kind == "truefalse":
            return self.answer.capitalize()
        return self.answer


class QuizOptions(_Strict):
    """How a quiz was asked for; with the seed, enough to generate it again."""

    questions: int = Field(default=10, ge=1)
    types: list[ItemKind] = list(ITEM_KINDS)
    topic: str | None = None
    """The entity id the quiz is limited to."""


class Quiz(_Strict):
    """A reproducible quiz: the same seed, options and knowledge give the same quiz, byte for byte."""

    id: str
    title: str
    seed: int = Field(ge=0, le=MAX_SEED)
    options: QuizOptions = QuizOptions()
    items: list[QuizItem] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Quiz:
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"duplicate question id {item.id!r}")
            seen.add(item.id)
        return self

    def find(self, ref: str) -> tuple[int, QuizItem] | None:
        """The (number, item) for a question number 1..N ("3", "Q3", "#3") or a question id; None when
        there is none."""
        ref = ref.strip()
        numbered = _QUESTION_REF.match(ref)
        if numbered:
            n = int(numbered.group(1))
            return (n, self.items[n - 1]) if 1 <= n <= len(self.items) else None
        for n, item in enumerate(self.items, start=1):
            if item.id == ref:
                return n, item
        return None


class Grade(BaseModel):
    """How one answer was graded."""

    verdict: Verdict
    given: str
    expected: str
    """The expected answer as shown to the student."""
    matched: str | None = None
    """The accepted answer the given one matched, when it matched one."""
    valid: bool = True
    """False when the answer was not a valid choice (not A-D, not true/false): counted wrong."""
    note: str = ""

    @property
    def right(self) -> bool:
        return self.verdict == "right"


class ItemResult(BaseModel):
    """One answered question of a sitting: the grade and what the student should learn from it."""

    number: int
    item: QuizItem
    grade: Grade
    claimed: bool = False
    """A near miss the student claims is right: kept for the teacher, not counted."""


class Score(BaseModel):
    """The tally of one sitting: near misses and claims are shown but not counted as right."""

    right: int = 0
    wrong: int = 0
    unsure: int = 0
    claimed: int = 0
    total: int = 0
    """Questions in the quiz, answered or not."""

    @classmethod
    def of(cls, results: list[ItemResult], total: int) -> Score:
        verdicts = [r.grade.verdict for r in results]
        return cls(
            right=verdicts.count("right"),
            wrong=verdicts.count("wrong"),
            unsure=verdicts.count("unsure"),
            claimed=sum(r.claimed for r in results),
            total=total,
        )

    @property
    def answered(self) -> int:
        return self.right + self.wrong + self.unsure

    @property
    def percent(self) -> float:
        return round(100.0 * self.right / self.total, 1) if self.total else 0.0


class _Tally(BaseModel):
    """Counts of answers by how they count; `blank` and `missing` are questions asked but not answered."""

    answered: int = 0
    right: int = 0
    wrong: int = 0
    unsure: int = 0
    blank: int = 0
    """Answers left empty on a paper sheet."""
    claims: int = 0
    overridden: int = 0
    """Answers whose grade the teacher set (counted as the teacher decided)."""
    missing: int = 0
    """Questions of the quiz not answered at all (left out of a sheet, or not reached in an attempt)."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def percent(self) -> float:
        asked = self.answered + self.blank + self.missing
        return round(100.0 * self.right / asked, 1) if asked else 0.0

    def count(self, status: Status) -> None:
        """Add one answer that counts as `status`."""
        if status == "blank":
            self.blank += 1
            return
        self.answered += 1
        setattr(self, status, getattr(self, status) + 1)


class StudentSummary(_Tally):
    """One student's tally over the answers considered."""

    student: str
    attempts: int = 0
    unfinished: int = 0
    """Attempts stopped before the last question; their unanswered questions count as missing."""


class QuestionSummary(_Tally):
    """How a class did on one question."""

    id: str
    number: int | None = None
    """The question's number in the quiz (grading one quiz); None across quizzes."""
    kind: ItemKind
    prompt: str
    expected: str


class Claim(BaseModel):
    """A near miss a student claims is right, waiting for the teacher."""

    student: str
    question: str
    prompt: str
    given: str
    expected: str
    answer_id: int | None = None
    decided: Override | None = None
    """The teacher's decision, once made."""


class AnswerRow(BaseModel):
    """One line of an answers CSV: who answered which question (number or id) with what."""

    student: str
    question: str
    answer: str
    line: int


class AnswerLine(BaseModel):
    """One graded answer as a teacher reviews it: what was given, how it counts, and what was expected."""

    student: str
    number: int
    question: str
    """The question's id."""
    prompt: str
    given: str
    status: Status
    """How it counts: the teacher's override when there is one, else the grader's verdict."""
    graded: Verdict | None = None
    """The grader's own verdict (None for a blank answer)."""
    override: Override | None = None
    expected: str
    note: str = ""
    claimed: bool = False
    answer_id: int | None = None
    """The answer's id in the results database, for `bot quiz review --accept/--reject`."""
    attempt: int | None = None
    quiz: str = ""
    unfinished: bool = False
    """The attempt this answer belongs to was stopped before the end."""


class Report(BaseModel):
    """Per-student and per-question summaries, every answer, claims, and rows that could not be graded."""

    students: list[StudentSummary] = []
    questions: list[QuestionSummary] = []
    answers: list[AnswerLine] = []
    claims: list[Claim] = []
    problems: list[str] = []
    """Rows skipped (unknown question, duplicate answer, unreadable stored row), each as `where: what`."""

    def near_misses(self) -> list[AnswerLine]:
        """Answers the grader found close but not right, that no teacher has decided yet."""
        return [a for a in self.answers if a.graded == "unsure" and a.override is None]
