"""The Textual quiz screen, driven in a tiny host app: answering, feedback, claims, the score, Escape."""

from __future__ import annotations

import sqlite3

from textual.app import App
from textual.widgets import Button, Input, OptionList, Static

from bot.quiz import Quiz, QuizItem, Score
from bot.tui.quiz_screen import QuizScreen


class Host(App[None]):
    """Pushes one quiz screen and remembers what it was dismissed with."""

    def __init__(self, screen: QuizScreen) -> None:
        super().__init__()
        self.quiz_screen = screen
        self.result: Score | str | None = "not dismissed"

    def on_mount(self) -> None:
        self.push_screen(self.quiz_screen, callback=self._done)

    def _done(self, score: Score | None) -> None:
        self.result = score


def text_of(screen: QuizScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def small_quiz() -> Quiz:
    items = [
        QuizItem(
            id="a-mc",
            kind="choice",
            prompt="When was [b]Mogujie[/b] founded?",
            options=["2012", "2011", "2013", "2010"],
            answer="2011",
            record="a",
            cited="Founded in 2011.",
        ),
        QuizItem(
            id="b-sa",
            kind="short",
            prompt="Who runs Alipay?",
            answer="Mogujie",
            record="b",
            cited="A cited sentence.",
        ),
        QuizItem(
            id="c-tf",
            kind="truefalse",
            prompt="Mogujie was founded in 2012.",
            answer="false",
            record="c",
            explanation="Mogujie was founded in 2011.",
        ),
    ]
    return Quiz(id="quiz-small", title="Small quiz", seed=1, items=items)


async def _take(quiz_kb, db) -> tuple[Host, QuizScreen]:
    screen = QuizScreen(quiz_kb, student="ann", db=db, quiz=small_quiz())
    app = Host(screen)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert "Question 1 of 3" in text_of(screen, "#quiz-progress")
        assert "[b]Mogujie[/b]" in text_of(screen, "#quiz-question")
        options = screen.query_one("#quiz-options", OptionList)
        assert options.option_count == 4 and screen.query_one("#quiz-answer", Input).display is False
        await pilot.press("down", "enter")
        await pilot.pause()
        feedback = text_of(screen, "#quiz-feedback")
        assert "Right!" in feedback and "Founded in 2011." in feedback
        assert "Question 2 of 3" in text_of(screen, "#quiz-progress")
        assert screen.query_one("#quiz-answer", Input).display and not options.display
        await pilot.press(*"Mugajie", "enter")
        await pilot.pause()
        assert "Near miss" in text_of(screen, "#quiz-feedback")
        claim = screen.query_one("#quiz-claim", Button)
        assert not claim.has_class("hidden")
        await pilot.click("#quiz-claim")
        await pilot.pause()
        assert claim.has_class("hidden")
        assert screen.session.results[-1].claimed
        assert "True or false?" in text_of(screen, "#quiz-question")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "In fact: Mogujie was founded in 2011." in text_of(screen, "#quiz-feedback")
        assert "Score: 2 of 3 right" in text_of(screen, "#quiz-score")
        await pilot.press("escape")
        await pilot.pause()
    return app, screen


def test_screen_end_to_end(quiz_kb, tmp_path):
    import asyncio

    db = tmp_path / "q.db"
    app, _ = asyncio.run(_take(quiz_kb, db))
    assert isinstance(app.result, Score) and app.result.right == 2 and app.result.claimed == 1
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT number, verdict FROM answer ORDER BY number").fetchall()
        claims = conn.execute("SELECT COUNT(*) FROM claim").fetchone()[0]
    assert rows == [(1, "right"), (2, "unsure"), (3, "right")] and claims == 1


def test_screen_generates_from_the_knowledge_base(quiz_kb, tmp_path):
    import asyncio

    async def go() -> str:
        screen = QuizScreen(quiz_kb, db=tmp_path / "q.db", seed=3)
        app = Host(screen)
        async with app.run_test() as pilot:
            await pilot.pause()
            progress = text_of(screen, "#quiz-progress")
            await pilot.press("escape")
            await pilot.pause()
        assert app.result is not None and app.result.total == 10
        return progress

    assert "Question 1 of 10" in asyncio.run(go())


def test_screen_with_a_broken_database_still_runs(quiz_kb, tmp_path):
    import asyncio

    db = tmp_path / "junk.db"
    db.write_text("not a database\n" * 30)

    async def go() -> str:
        screen = QuizScreen(quiz_kb, db=db, quiz=small_quiz())
        async with Host(screen).run_test() as pilot:
            await pilot.pause()
            return text_of(screen, "#quiz-progress")

    assert "Results will not be saved" in asyncio.run(go())
    assert db.read_text() == "not a database\n" * 30
