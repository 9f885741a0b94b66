"""SVG snapshots of every screen of the chat, at 80x24 and 120x40 (and 50 columns for the narrow layout),
reviewed like code: each name says what the picture must show; look at it before committing it.

They run over the fake engine (tests/fakes.py), so no change to the real engine or knowledge base moves
them. After a change to the chat, look at the report and regenerate with

    pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("textual")

from fakes import CLAIM, CLARIFY, FOUNDED, LONG, MARKUP, UNANSWERABLE, FakeEngine
from textual.worker import get_current_worker

import bot.tui.app
from bot.tui.app import make_app
from bot.tui.question_input import QuestionInput


def ask(*questions: str, then: tuple[str, ...] = ()):
    """A run_before that puts each question in the box and presses Enter, then presses `then`."""

    async def run_before(pilot) -> None:
        for question in questions:
            pilot.app.query_one(QuestionInput).value = question
            await pilot.press("enter")
            await pilot.pause()
        if then:
            await pilot.press(*then)
        await pilot.pause()

    return run_before


@pytest.fixture
def fixed_save_path(monkeypatch):
    """The save dialog proposes a file in the current folder, named by the time: fix both."""
    monkeypatch.setattr(bot.tui.app, "_save_folder", lambda: Path("/home/ana/notes"))
    monkeypatch.setattr(bot.tui.app, "default_name", lambda: "newsbot-chat-20240501-093000.md")


def loading() -> FakeEngine:
    """An engine loader still at work when the screen is taken: the first screen, before the story is
    loaded. It finishes when the app cancels its worker on exit, so the test does not wait for it."""
    worker = get_current_worker()
    while not worker.is_cancelled:
        time.sleep(0.02)
    return FakeEngine()


class Screens:
    """Every screen, at the size the subclass sets."""

    SIZE: tuple[int, int]

    def snap(self, snap_compare, app=None, **kwargs) -> bool:
        return snap_compare(app or make_app(FakeEngine()), terminal_size=self.SIZE, **kwargs)

    def test_loading_shows_the_box_at_once(self, snap_compare):
        assert self.snap(snap_compare, make_app(loading))

    def test_welcome_with_numbered_suggestions(self, snap_compare):
        assert self.snap(snap_compare)

    def test_answered_with_claim_tag_and_source_highlighted(self, snap_compare):
        assert self.snap(snap_compare, run_before=ask(CLAIM))

    def test_declined(self, snap_compare):
        assert self.snap(snap_compare, run_before=ask(UNANSWERABLE))

    def test_asked_back(self, snap_compare):
        assert self.snap(snap_compare, run_before=ask(CLARIFY))

    def test_markup_shown_literally(self, snap_compare):
        """Question, answer, quote, tag and suggestions full of [markup] and escapes: all shown as typed."""
        question = "Is [bold]x[/] bold? [/ [0] [[x]] \x1b[2J — " + MARKUP
        assert self.snap(snap_compare, run_before=ask(question, MARKUP))

    def test_answer_focused_with_suggestion_cursor(self, snap_compare):
        assert self.snap(snap_compare, run_before=ask(FOUNDED, then=("shift+tab", "down")))

    def test_long_exchange_starts_at_its_top(self, snap_compare):
        assert self.snap(snap_compare, run_before=ask(FOUNDED, LONG))

    def test_source_hidden(self, snap_compare):
        assert self.snap(snap_compare, run_before=ask(CLAIM, then=("f2",)))

    def test_help_lists_every_key(self, snap_compare):
        assert self.snap(snap_compare, press=["f1"])

    def test_new_conversation_asks_first(self, snap_compare):
        assert self.snap(snap_compare, run_before=ask(FOUNDED, CLAIM, then=("ctrl+n",)))

    def test_save_transcript_dialog(self, snap_compare, fixed_save_path):
        assert self.snap(snap_compare, run_before=ask(FOUNDED, then=("ctrl+s",)))

    def test_history_search(self, snap_compare):
        assert self.snap(snap_compare, run_before=ask(FOUNDED, CLAIM, UNANSWERABLE, then=("ctrl+r", *"acme")))


class TestChat80x24(Screens):
    SIZE = (80, 24)


class TestChat120x40(Screens):
    SIZE = (120, 40)


class TestChatNarrow50:
    SIZE = (50, 24)

    def test_source_hidden_by_default(self, snap_compare):
        assert snap_compare(make_app(FakeEngine()), terminal_size=self.SIZE, run_before=ask(CLAIM))

    def test_f2_shows_the_source_instead_of_the_chat(self, snap_compare):
        assert snap_compare(
            make_app(FakeEngine()), terminal_size=self.SIZE, run_before=ask(CLAIM, then=("f2",))
        )
