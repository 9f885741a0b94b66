"""The full-screen chat driven with real key presses through Textual's Pilot.

The knowledge base and the engine change under these tests, so they assert on structure and on
behaviour any engine keeps: a canonical question is answered, a question about France is not.
"""

from __future__ import annotations

import asyncio
import functools
import sys

import pytest

pytest.importorskip("textual")

from bot.tui.app import ChatApp, make_app
from bot.tui.conversation import AnswerMessage, ConversationView, QuestionMessage, Suggestion
from bot.tui.help import HelpScreen
from bot.tui.question_input import QuestionInput
from bot.tui.source import SourcePane, SourceParagraph

UNANSWERABLE = "What is the capital of France?"
TRICKY = ["[bold]hi[/]", "[/", "[0]", "[[x]]", "x [red on blue]y", "\x1b[2J clear"]


@pytest.fixture(scope="module")
def answered(answered_turn):
    """A canonical question the engine answers with citations, asked as a conversation's first turn."""
    return answered_turn
    pytest.skip("no canonical question is answered with citations")


def synchronous(test):
    """Run an async test with asyncio.run (the project does not depend on a pytest asyncio plugin)."""

    @functools.wraps(test)
    def run(*args, **kwargs):
        asyncio.run(test(*args, **kwargs))

    return run


def _plain(widget) -> str:
    return str(widget.render())


def _answers(app: ChatApp) -> list[AnswerMessage]:
    return app.query_one(ConversationView).answers


async def _ask(pilot, text: str) -> None:
    """Type a question into the box key by key and press Enter."""
    box = pilot.app.query_one(QuestionInput)
    box.focus()
    await pilot.press(*text)
    await pilot.press("enter")
    await pilot.pause()


@synchronous
async def test_starts_with_a_welcome_and_the_box_focused(engine):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        assert isinstance(app.focused, QuestionInput)
        (welcome,) = _answers(app)
        assert welcome.has_class("-chat")
        assert [s.question for s in welcome.suggestions] == engine.featured_questions()
        assert app.query_one(QuestionInput).cursor_blink is False, "headless runs must not blink"


@synchronous
async def test_asking_shows_question_answer_citations_and_highlights_source(engine, answered):
    question, expected = answered
    async with make_app(engine).run_test(size=(120, 40)) as pilot:
        await _ask(pilot, question)
        app = pilot.app
        asked = app.query(QuestionMessage).last()
        assert asked.question == question
        answer = _answers(app)[-1]
        assert answer.answer.status == "answered"
        assert answer.has_class("-answered") and answer.border_title == "Answer"
        text = _plain(answer.query_one(".answer-text"))
        assert text.endswith("".join(f" [{n}]" for n in range(1, len(expected.citations) + 1)))
        citations = [_plain(c) for c in answer.query(".citation")]
        assert len(citations) == len(expected.citations)
        for n, (shown, cite) in enumerate(zip(citations, expected.citations, strict=True), start=1):
            assert shown.startswith(f"[{n}] ")
            assert cite.sentence in shown
        cited = {c.sentence for c in expected.citations}
        lit = [p for p in app.query(SourceParagraph) if p.has_class("-cited")]
        assert {sid for p in lit for sid in p.cited} == cited
        assert app.selected is answer
        assert app.conversation.turns and app.conversation.turns[-1].question == question
        assert app.query_one(QuestionInput).value == ""


@synchronous
async def test_declined_answer_looks_different(engine):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, UNANSWERABLE)
        answer = _answers(pilot.app)[-1]
        assert answer.answer.status == "unknown"
        assert answer.has_class("-unknown") and not answer.has_class("-answered")
        assert answer.border_title == "Not in the story"
        assert not list(answer.query(".citation"))
        assert not any(p.has_class("-cited") for p in pilot.app.query(SourceParagraph))


@synchronous
async def test_suggestion_chosen_with_keys_asks_it(engine):
    """Shift+Tab reaches the latest answer; Down moves the cursor; Enter asks; a digit asks directly."""
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.press("shift+tab")
        assert isinstance(app.focused, AnswerMessage)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.query(QuestionMessage).last().question == engine.featured_questions()[1]
        assert isinstance(app.focused, QuestionInput)
        welcome = _answers(app)[0]
        welcome.focus()
        await pilot.press("3")
        await pilot.pause()
        assert app.query(QuestionMessage).last().question == engine.featured_questions()[2]


@synchronous
async def test_suggestion_clicked_asks_it(engine):
    async with make_app(engine).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = pilot.app.query(Suggestion).first()
        await pilot.click(first)
        await pilot.pause()
        assert pilot.app.query(QuestionMessage).last().question == first.question


@synchronous
async def test_clicking_an_answer_selects_it_and_its_sources(engine, answered):
    question, expected = answered
    async with make_app(engine).run_test(size=(120, 40)) as pilot:
        app = pilot.app
        await _ask(pilot, question)
        await _ask(pilot, UNANSWERABLE)
        assert not any(p.has_class("-cited") for p in app.query(SourceParagraph))
        earlier = _answers(app)[1]
        earlier.scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click(earlier, offset=(2, 1))
        await pilot.pause()
        assert app.selected is earlier and app.focused is earlier
        lit = {sid for p in app.query(SourceParagraph) if p.has_class("-cited") for sid in p.cited}
        assert lit == {c.sentence for c in expected.citations}


@synchronous
async def test_source_pane_toggles(engine):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        pane = pilot.app.query_one(SourcePane)
        assert pane.display
        await pilot.press("f2")
        assert not pane.display
        await pilot.press("f2")
        assert pane.display


@synchronous
async def test_help_screen_opens_with_f1_and_question_mark(engine):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert app.query_one(QuestionInput).value == "?", "in the box, ? is just a character"
        await pilot.press("shift+tab", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert not isinstance(app.screen, HelpScreen)


@synchronous
async def test_new_conversation_resets_turns_and_view(engine, answered):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await _ask(pilot, answered[0])
        assert app.conversation.turns
        old = app.conversation
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.conversation is not old and not app.conversation.turns
        assert not list(app.query(QuestionMessage))
        assert len(_answers(app)) == 1 and _answers(app)[0].has_class("-chat")
        assert isinstance(app.focused, QuestionInput)


@synchronous
async def test_history_up_and_down(engine, answered):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        box = pilot.app.query_one(QuestionInput)
        await _ask(pilot, answered[0])
        await _ask(pilot, UNANSWERABLE)
        await pilot.press(*"draft")
        await pilot.press("up")
        assert box.value == UNANSWERABLE
        await pilot.press("up")
        assert box.value == answered[0]
        await pilot.press("up")
        assert box.value == answered[0]
        await pilot.press("down", "down")
        assert box.value == "draft"


@synchronous
async def test_typing_completes_known_questions(engine):
    question = engine.questions()[0]
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        box = pilot.app.query_one(QuestionInput)
        await pilot.press(*question[:5].lower())
        await pilot.pause()
        await pilot.press("tab")
        assert box.value.lower() == question.lower()
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.conversation.turns[-1].question.lower() == question.lower()


@synchronous
async def test_copy_answer(engine, answered):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.press("f3")
        assert app.clipboard == ""
        await _ask(pilot, answered[0])
        await pilot.press("f3")
        assert app.clipboard.startswith(f"Q: {answered[0]}\n")
        assert answered[1].citations[0].sentence in app.clipboard


@synchronous
async def test_quiz_missing_module_notifies(engine, monkeypatch):
    monkeypatch.setitem(sys.modules, "bot.tui.quiz_screen", None)
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        messages = [n.message for n in pilot.app._notifications]
        assert messages == ["Quizzes are not available"]
        assert isinstance(pilot.app.focused, QuestionInput)


@synchronous
async def test_command_palette_lists_and_runs_actions(engine, answered):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Help", "New conversation", "Toggle source", "Copy answer", "Quiz", "Quit"} <= titles
        await _ask(pilot, answered[0])
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"New conversation")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert not app.conversation.turns


@pytest.mark.parametrize("text", TRICKY)
@synchronous
async def test_markup_and_escapes_shown_literally(engine, text):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        box = pilot.app.query_one(QuestionInput)
        box.value = text
        await pilot.press("enter")
        await pilot.pause()
        shown = _plain(pilot.app.query(QuestionMessage).last().query_one(".question"))
        assert shown == text.replace("\x1b", "\\x1b")
        assert "\x1b" not in shown


@synchronous
async def test_layout_survives_resize(engine, answered):
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, answered[0])
        for size in [(120, 40), (40, 12), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            box = pilot.app.query_one(QuestionInput)
            assert box.region.bottom <= size[1] - 1, "the question box stays above the footer"
            assert box.region.width > 0
