"""The Textual quiz screen in a tiny host app: built from factories (no knowledge base), slow work in a
worker thread, A-D and T/F keys, F1 for the keys, feedback, claims, the score, Escape."""

from __future__ import annotations

import asyncio
import sqlite3
import threading

from textual.app import App
from textual.widgets import Button, Input, OptionList, Static

from bot.quiz import Quiz, QuizItem, Score, open_store, quiz_maker
from bot.tui.quiz_screen import QuizKeysScreen, QuizScreen


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


def footer_of(screen: QuizScreen) -> str:
    """What the footer shows: the descriptions of the enabled bindings it displays."""
    return " ".join(
        b.binding.description for b in screen.active_bindings.values() if b.binding.show and b.enabled
    )


async def settle(pilot) -> None:
    """Let workers finish and their results reach the screen."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _take(db) -> tuple[Host, QuizScreen, list[str]]:
    threads: list[str] = []

    def make() -> Quiz:
        threads.append(threading.current_thread().name)
        return small_quiz()

    screen = QuizScreen(make_quiz=make, open_store=lambda: open_store(db), student="ann")
    app = Host(screen)
    footers = []
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        assert "Question 1 of 3" in text_of(screen, "#quiz-progress")
        assert "[b]Mogujie[/b]" in text_of(screen, "#quiz-question")
        options = screen.query_one("#quiz-options", OptionList)
        assert options.option_count == 4 and screen.query_one("#quiz-answer", Input).display is False
        footers.append(footer_of(screen))
        await pilot.press("b")
        await settle(pilot)
        feedback = text_of(screen, "#quiz-feedback")
        assert "Right!" in feedback and "Founded in 2011." in feedback
        assert "Question 2 of 3" in text_of(screen, "#quiz-progress")
        assert screen.query_one("#quiz-answer", Input).display and not options.display
        await pilot.press(*"Mugajie", "enter")
        await settle(pilot)
        assert "Near miss" in text_of(screen, "#quiz-feedback")
        claim = screen.query_one("#quiz-claim", Button)
        assert not claim.has_class("hidden")
        await pilot.press("f2")
        await settle(pilot)
        assert claim.has_class("hidden") and screen.session.results[-1].claimed
        assert "True or false?" in text_of(screen, "#quiz-question")
        footers.append(footer_of(screen))
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, QuizKeysScreen)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("f")
        await settle(pilot)
        assert "In fact: Mogujie was founded in 2011." in text_of(screen, "#quiz-feedback")
        assert "Score: 2 of 3 right" in text_of(screen, "#quiz-score")
        await pilot.press("escape")
        await settle(pilot)
    return app, screen, threads + footers


def test_screen_end_to_end(tmp_path):
    db = tmp_path / "q.db"
    app, _, seen = asyncio.run(_take(db))
    threads, footers = seen[:1], seen[1:]
    assert threads and threads[0] != threading.main_thread().name
    assert "Answer" in footers[0] and "True" not in footers[0]
    assert "True" in footers[1] and "False" in footers[1] and "Answer" not in footers[1]
    assert all("Quiz keys" in f and "Leave" in f for f in footers)
    assert isinstance(app.result, Score) and app.result.right == 2 and app.result.claimed == 1
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT number, verdict FROM answer ORDER BY number").fetchall()
        claims = conn.execute("SELECT COUNT(*) FROM claim").fetchone()[0]
        source = conn.execute("SELECT source, student FROM attempt").fetchone()
    assert rows == [(1, "right"), (2, "unsure"), (3, "right")] and claims == 1 and source == ("chat", "ann")


def test_letters_are_typed_in_a_short_answer_box(tmp_path):
    quiz = small_quiz().model_copy(update={"items": small_quiz().items[1:2]})

    async def go() -> str:
        screen = QuizScreen(quiz=quiz, open_store=lambda: None)
        async with Host(screen).run_test() as pilot:
            await settle(pilot)
            await pilot.press("a", "b", "t", "f")
            return screen.query_one("#quiz-answer", Input).value

    assert asyncio.run(go()) == "abtf"


def test_screen_generates_from_a_factory(tmp_path):
    async def go() -> tuple[str, Host]:
        screen = QuizScreen(make_quiz=quiz_maker(seed=3), open_store=lambda: open_store(tmp_path / "q.db"))
        app = Host(screen)
        async with app.run_test() as pilot:
            await settle(pilot)
            progress = text_of(screen, "#quiz-progress")
            await pilot.press("escape")
            await settle(pilot)
        return progress, app

    progress, app = asyncio.run(go())
    assert "Question 1 of 10" in progress
    assert isinstance(app.result, Score) and app.result.total == 10


def test_screen_with_a_broken_database_still_runs(tmp_path):
    db = tmp_path / "junk.db"
    db.write_text("not a database\n" * 30)

    async def go() -> str:
        screen = QuizScreen(quiz=small_quiz(), open_store=lambda: open_store(db))
        async with Host(screen).run_test() as pilot:
            await settle(pilot)
            return text_of(screen, "#quiz-progress")

    assert "Results will not be saved" in asyncio.run(go())
    assert db.read_text() == "not a database\n" * 30


def test_no_quiz_is_said_so(tmp_path):
    from bot.errors import InputError

    def fail() -> Quiz:
        raise InputError("the knowledge base has no material")

    async def go() -> str:
        screen = QuizScreen(make_quiz=fail, open_store=lambda: None)
        async with Host(screen).run_test() as pilot:
            await settle(pilot)
            return text_of(screen, "#quiz-score")

    assert "No quiz: the knowledge base has no material" in asyncio.run(go())


def test_the_chats_f4_quiz_records_under_the_student(engine, tmp_path, monkeypatch):
    """`bot chat --student zoe`: the chat's quiz (F4) records zoe's answers."""
    from bot.quiz.store import default_path
    from bot.tui.app import make_app

    app = make_app(
        engine,
        student="zoe",
        quiz_screen=lambda: QuizScreen(make_quiz=quiz_maker(seed=2, questions=2), student="zoe"),
    )

    async def go() -> None:
        async with app.run_test() as pilot:
            await pilot.press("f4")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, QuizScreen)
            for _ in range(2):
                item = screen.session.current
                if item.kind == "short":
                    await pilot.press(*"zzz", "enter")
                else:
                    await pilot.press("a" if item.kind == "choice" else "t")
                await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)

    asyncio.run(go())
    with sqlite3.connect(default_path()) as conn:
        assert conn.execute("SELECT student, source FROM attempt").fetchall() == [("zoe", "chat")]
        assert conn.execute("SELECT COUNT(*) FROM answer").fetchone()[0] == 2


def test_bot_chat_takes_a_student_name(monkeypatch):
    import sys

    from bot.cli import main
    from bot.tui import app as tui_app

    seen = {}

    def fake_run_chat(engine, *, student, quiz_screen, history):
        seen.update(student=student, quiz_screen=quiz_screen)
        return 0

    monkeypatch.setattr(tui_app, "run_chat", fake_run_chat)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["chat", "--student", "  Zoe  Li "]) == 0
    assert seen["student"] == "Zoe Li"
    screen = seen["quiz_screen"]()
    assert isinstance(screen, QuizScreen) and screen.student == "Zoe Li"
