"""SVG snapshots of the chat's main screens, reviewed like code.

The answers come from the real knowledge base, which is still being curated: after a change to the
engine or the knowledge, look at the report and regenerate with

    pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

pytest.importorskip("textual")

from bot.engine import load_engine
from bot.models import Answer, Citation, Conversation
from bot.tui.app import make_app
from bot.tui.question_input import QuestionInput

UNANSWERABLE = "What is the capital of France?"
MARKUP_QUESTION = "Is [bold]x[/] bold? And [/ or [0] or [[x]] \x1b[2J"


class MarkupEngine:
    """The real engine's questions and article, but every answer is full of markup-like text."""

    def __init__(self, engine) -> None:
        self.kb = engine.kb
        self._engine = engine

    def questions(self) -> list[str]:
        return self._engine.questions()

    def entity_names(self) -> list[str]:
        return self._engine.entity_names()

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        sentence = self.kb.sources[0].sentences[0]
        cite = Citation(
            source=sentence.source,
            paragraph=sentence.paragraph,
            sentence=sentence.id,
            start=sentence.start,
            end=sentence.end,
            quote=sentence.text,
        )
        return Answer(
            question=question,
            status="answered",
            confidence=1.0,
            citations=[cite],
            answer="Shown as typed: [bold]x[/] is not bold, [/ is no error, [$accent]y[/] is plain.",
            suggestions=["[red]Not red[/]?", "What about [[x]] and [0]?"],
        )


@pytest.fixture(scope="module")
def engine():
    return load_engine()


@pytest.fixture(scope="module")
def answered_question(engine) -> str:
    for question in engine.questions():
        answer = engine.answer(question, Conversation())
        if answer.status == "answered" and answer.citations:
            return question
    pytest.skip("no canonical question is answered with citations")


def ask(*questions: str):
    """A run_before that types each question into the box and presses Enter."""

    async def run_before(pilot) -> None:
        for question in questions:
            pilot.app.query_one(QuestionInput).value = question
            await pilot.press("enter")
        await pilot.pause()

    return run_before


class TestChat80x24:
    SIZE = (80, 24)

    def test_welcome(self, snap_compare, engine):
        assert snap_compare(make_app(engine), terminal_size=self.SIZE)

    def test_answered_with_source_highlighted(self, snap_compare, engine, answered_question):
        assert snap_compare(make_app(engine), terminal_size=self.SIZE, run_before=ask(answered_question))

    def test_declined(self, snap_compare, engine):
        assert snap_compare(make_app(engine), terminal_size=self.SIZE, run_before=ask(UNANSWERABLE))

    def test_markup_shown_literally(self, snap_compare, engine):
        """Question, answer and suggestions full of [markup] and an escape: all shown as typed."""
        app = make_app(MarkupEngine(engine))
        assert snap_compare(app, terminal_size=self.SIZE, run_before=ask(MARKUP_QUESTION))

    def test_answer_focused_with_suggestion_cursor(self, snap_compare, engine):
        assert snap_compare(make_app(engine), terminal_size=self.SIZE, press=["shift+tab", "down"])

    def test_source_hidden(self, snap_compare, engine, answered_question):
        assert snap_compare(
            make_app(engine), terminal_size=self.SIZE, run_before=ask(answered_question), press=["f2"]
        )

    def test_help(self, snap_compare, engine):
        assert snap_compare(make_app(engine), terminal_size=self.SIZE, press=["f1"])


class TestChat120x40:
    SIZE = (120, 40)

    def test_conversation(self, snap_compare, engine, answered_question):
        run_before = ask(answered_question, UNANSWERABLE, answered_question)
        assert snap_compare(make_app(engine), terminal_size=self.SIZE, run_before=run_before)

    def test_markup_shown_literally(self, snap_compare, engine):
        app = make_app(MarkupEngine(engine))
        assert snap_compare(app, terminal_size=self.SIZE, run_before=ask(MARKUP_QUESTION))

    def test_help(self, snap_compare, engine):
        assert snap_compare(make_app(engine), terminal_size=self.SIZE, press=["f1"])
