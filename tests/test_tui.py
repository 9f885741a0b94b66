"""The full-screen chat driven with real key presses through Textual's Pilot.

Nearly every test runs over the fake engine (tests/fakes.py), so it can assert exact text; two run over
the real engine and assert only what any engine keeps (a canonical question is answered with its
citations, a question about France is not).
"""

from __future__ import annotations

import asyncio
import functools
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip("textual")

import fakes
from fakes import CLAIM, CLARIFY, FOUNDED, LONG, MARKUP, MARKUP_ANSWER, MARKUP_SUGGESTIONS, UNANSWERABLE
from textual import events
from textual.screen import Screen
from textual.widgets import Button, Input, OptionList, Static

from bot import keys, paths
from bot.errors import KnowledgeError
from bot.history import QuestionHistory
from bot.safety import terminal
from bot.transcript import markdown_transcript
from bot.tui.app import HELP_HINT, ChatApp, make_app
from bot.tui.conversation import AnswerMessage, ConversationView, QuestionMessage, Suggestion
from bot.tui.dialogs import ConfirmNew, HistorySearch, SaveTranscript
from bot.tui.help import HelpScreen
from bot.tui.question_input import QuestionInput
from bot.tui.source_pane import SourcePane, SourceParagraph

ROOT = Path(__file__).resolve().parent.parent
TRICKY = ["[bold]hi[/]", "[/", "[0]", "[[x]]", "x [red on blue]y", "\x1b[2J clear"]


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


def _asked(app: ChatApp) -> list[str]:
    return [m.question for m in app.query(QuestionMessage)]


def _notes(app: ChatApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _ask(pilot, text: str) -> None:
    """Put a question in the box and press Enter."""
    box = pilot.app.query_one(QuestionInput)
    box.focus()
    box.value = text
    await pilot.press("enter")
    await pilot.pause()


async def _type(pilot, text: str) -> None:
    """Type a question key by key and press Enter."""
    pilot.app.query_one(QuestionInput).focus()
    await pilot.press(*text, "enter")
    await pilot.pause()


# -- start-up ------------------------------------------------------------------------------------------


@synchronous
async def test_starts_with_a_numbered_welcome_and_the_box_focused(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        assert isinstance(app.focused, QuestionInput)
        (welcome,) = _answers(app)
        assert welcome.has_class("-chat")
        assert [_plain(s) for s in welcome.suggestions] == [
            f"{n}. {q}" for n, q in enumerate(fake.featured_questions(), start=1)
        ]
        assert app.sub_title == fakes.TITLE
        assert app.query_one(QuestionInput).cursor_blink is False, "headless runs must not blink"


@synchronous
async def test_paints_before_the_engine_loads_and_answers_what_was_typed_meanwhile(fake):
    """The loader runs in a worker after the first paint; a question asked before it finishes waits."""
    release = threading.Event()
    loaded_on: list[str] = []

    def load():
        loaded_on.append(threading.current_thread().name)
        release.wait(10)
        return fake

    async with make_app(load).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        assert isinstance(app.focused, QuestionInput)
        assert _plain(app.query_one("#loading", Static)) == "Loading the story…"
        assert app.engine is None and not _answers(app)
        await _ask(pilot, FOUNDED)
        assert _notes(app) == ["Still loading the story: your question is answered in a moment."]
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.engine is fake
        assert not app.query("#loading")
        welcome, answer = _answers(app)
        assert welcome.has_class("-chat") and answer.answer.question == FOUNDED
        assert loaded_on and loaded_on[0] != threading.main_thread().name


@synchronous
async def test_a_knowledge_base_that_fails_to_load_ends_the_app_with_its_message():
    def load():
        raise KnowledgeError(["knowledge/qa.toml:3: bad record"])

    async with make_app(load).run_test(size=(80, 24)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert pilot.app.return_code == 2
        assert pilot.app.load_error is not None and pilot.app.load_error.problems == [
            "knowledge/qa.toml:3: bad record"
        ]


def test_starting_the_chat_imports_no_engine_and_no_pydantic():
    """What the first paint waits for: Textual and the chat's own modules, never the engine."""
    code = "import sys, bot.tui.app; print(sorted(m for m in ('bot.engine', 'pydantic', 'bot.knowledge') if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


def test_front_ends_never_reach_into_the_knowledge_base():
    """Only `bot.interface` is between the chats and the engine (the quiz screen is another helper's)."""
    files = [p for p in (ROOT / "bot" / "tui").glob("*.py") if p.name != "quiz_screen.py"]
    for path in [*files, ROOT / "bot" / "repl.py"]:
        text = path.read_text(encoding="utf-8")
        for forbidden in (".kb", "knowledge import", "engine import", "from ..engine", "from .engine"):
            assert forbidden not in text, f"{path.name}: {forbidden}"


# -- asking ----------------------------------------------------------------------------------------------


@synchronous
async def test_an_answer_shows_its_quote_its_sentence_and_who_says_so(fake):
    async with make_app(fake).run_test(size=(120, 40)) as pilot:
        await _type(pilot, CLAIM)
        app = pilot.app
        assert _asked(app) == [CLAIM]
        answer = _answers(app)[-1]
        assert answer.has_class("-answered") and answer.border_title == "Answer"
        assert _plain(answer.query_one(".answer-text")) == "Acme claims it has 85 stores in the desert. [1]"
        (citation,) = [_plain(c) for c in answer.query(".citation")]
        assert citation == "[1] “Acme claims it has 85 stores in the desert.”\n    claim: Acme · acme:p2.s1"
        lit = [p for p in app.query(SourceParagraph) if p.has_class("-cited")]
        assert [sid for p in lit for sid in p.cited] == ["acme:p2.s1"]
        assert app.selected is answer and app.query_one(QuestionInput).value == ""
        assert fake.asked == [CLAIM]


@pytest.mark.parametrize(
    ("question", "tag"),
    [(FOUNDED, "article"), (fakes.REPORT, "report: The Daily Bugle"), (fakes.RUMOUR, "rumour")],
)
@synchronous
async def test_every_kind_of_source_gets_its_tag(fake, question, tag):
    async with make_app(fake).run_test(size=(120, 40)) as pilot:
        await _ask(pilot, question)
        citation = _plain(_answers(pilot.app)[-1].query(".citation").first())
        assert citation.split("\n")[1].strip().startswith(f"{tag} · acme:")


@synchronous
async def test_real_engine_answers_with_citations_and_declines_france(engine, answered_turn):
    question, expected = answered_turn
    async with make_app(engine).run_test(size=(120, 40)) as pilot:
        await _ask(pilot, question)
        answer = _answers(pilot.app)[-1]
        assert answer.answer.status == "answered"
        assert len(answer.query(".citation")) == len(expected.citations)
        lit = {sid for p in pilot.app.query(SourceParagraph) if p.has_class("-cited") for sid in p.cited}
        assert lit == {c.sentence for c in expected.citations}
        await _ask(pilot, UNANSWERABLE)
        assert _answers(pilot.app)[-1].answer.status == "unknown"


@synchronous
async def test_declined_and_asked_back_answers_look_different(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, UNANSWERABLE)
        declined = _answers(pilot.app)[-1]
        assert declined.has_class("-unknown") and declined.border_title == "Not in the story"
        assert not declined.query(".citation")
        assert not any(p.has_class("-cited") for p in pilot.app.query(SourceParagraph))
        await _ask(pilot, CLARIFY)
        asked_back = _answers(pilot.app)[-1]
        assert asked_back.has_class("-clarify") and asked_back.border_title == "Which did you mean?"
        assert _plain(asked_back.query_one(".suggestions-title")) == "Did you mean:"


@synchronous
async def test_the_engines_help_reply_gets_the_chats_key_hint(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, "help")
        assert _plain(_answers(pilot.app)[-1].query_one(".footnote")) == HELP_HINT
        await _ask(pilot, FOUNDED)
        assert not _answers(pilot.app)[-1].query(".footnote")


@synchronous
async def test_suggestions_are_numbered_and_a_digit_asks_one(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await _ask(pilot, FOUNDED)
        answer = _answers(app)[-1]
        assert [_plain(s) for s in answer.suggestions] == [f"1. {CLAIM}", "2. What does the store sell?"]
        await pilot.press("shift+tab")
        assert app.focused is answer
        await pilot.press("2")
        await pilot.pause()
        assert _asked(app)[-1] == "What does the store sell?"
        assert isinstance(app.focused, QuestionInput)


@synchronous
async def test_suggestion_chosen_with_arrows_and_enter(fake):
    """Shift+Tab reaches the latest answer; Down moves the cursor; Enter asks."""
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.press("shift+tab")
        assert isinstance(app.focused, AnswerMessage)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert _asked(app) == [fake.featured_questions()[1]]


@synchronous
async def test_suggestion_clicked_asks_it(fake):
    async with make_app(fake).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = pilot.app.query(Suggestion).first()
        await pilot.click(first)
        await pilot.pause()
        assert _asked(pilot.app) == [first.question]


@synchronous
async def test_clicking_an_answer_selects_it_and_its_sources(fake):
    async with make_app(fake).run_test(size=(120, 40)) as pilot:
        app = pilot.app
        await _ask(pilot, CLAIM)
        await _ask(pilot, UNANSWERABLE)
        assert not any(p.has_class("-cited") for p in app.query(SourceParagraph))
        earlier = _answers(app)[1]
        earlier.scroll_visible(animate=False)
        await pilot.pause()
        await pilot.click(earlier, offset=(2, 1))
        await pilot.pause()
        assert app.selected is earlier and app.focused is earlier
        lit = {sid for p in app.query(SourceParagraph) if p.has_class("-cited") for sid in p.cited}
        assert lit == {"acme:p2.s1"}


@synchronous
async def test_an_exchange_taller_than_the_view_starts_at_its_top(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        view = app.query_one(ConversationView)
        await _ask(pilot, FOUNDED)
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y, "a short exchange: scrolled to the end"
        await _ask(pilot, LONG)
        await pilot.pause()
        question = app.query(QuestionMessage).last()
        assert view.scroll_y == question.virtual_region_with_margin.y
        assert view.scroll_y < view.max_scroll_y, "the quotes and suggestions are below, to scroll to"
        assert question.region.y <= view.region.y + 1, "the question shows at the top of the view"


# -- leaving, starting afresh ------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["quit", "exit", "bye", "Bye!"])
@synchronous
async def test_quit_words_quit(fake, word):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, word)
        assert pilot.app.return_code == 0
        assert _asked(pilot.app) == [], "no exchange is shown for a farewell"


@synchronous
async def test_ctrl_d_quits_on_an_empty_box_and_deletes_forward_otherwise(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        box = pilot.app.query_one(QuestionInput)
        await pilot.press(*"abc", "home", "ctrl+d")
        assert box.value == "bc" and pilot.app.return_code is None
        await pilot.press("ctrl+d", "ctrl+d")
        assert box.value == "" and pilot.app.return_code is None
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert pilot.app.return_code == 0


@synchronous
async def test_new_conversation_asks_first_when_there_is_something_to_lose(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmNew), "nothing asked yet: nothing to confirm"
        await _ask(pilot, FOUNDED)
        old = app.conversation
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmNew)
        await pilot.press("n")
        await pilot.pause()
        assert app.conversation is old and _asked(app) == [FOUNDED]
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.conversation is not old and not app.conversation.turns
        assert _asked(app) == [] and len(_answers(app)) == 1 and _answers(app)[0].has_class("-chat")
        assert app.exchanges == []
        assert isinstance(app.focused, QuestionInput)


# -- transcript, screenshot ----------------------------------------------------------------------------


@synchronous
async def test_ctrl_s_saves_the_transcript_as_markdown_and_says_where(fake, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with make_app(fake, student="ana").run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.press("ctrl+s")
        assert _notes(app) == ["Nothing to save yet: ask a question first."]
        await _ask(pilot, CLAIM)
        await _ask(pilot, MARKUP)
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, SaveTranscript)
        suggested = Path(dialog.query_one(Input).value)
        assert suggested.parent == tmp_path and suggested.suffix == ".md"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SaveTranscript)
        text = suggested.read_text(encoding="utf-8")
        assert (
            text.split("\n", 3)[3]
            == markdown_transcript(app.exchanges, about="x", student="ana").split("\n", 3)[3]
        )
        assert "> \\[1\\] Acme claims it has 85 stores in the desert. — `acme:p2.s1` *(claim: Acme)*" in text
        assert "Asked by ana on " in text
        assert _notes(app)[-1] == f"Saved the conversation to {suggested}"


@synchronous
async def test_save_dialog_asks_before_replacing_and_reports_what_cannot_be_written(fake, tmp_path):
    existing = tmp_path / "old.md"
    existing.write_text("keep me", encoding="utf-8")
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await _ask(pilot, FOUNDED)
        await pilot.press("ctrl+s")
        await pilot.pause()
        box = app.screen.query_one(Input)
        problem = app.screen.query_one("#save-problem", Static)
        box.value = str(tmp_path / "no-such-folder" / "x.md")
        await pilot.press("enter")
        await pilot.pause()
        assert _plain(problem).startswith(f"Cannot save to {tmp_path / 'no-such-folder' / 'x.md'}: ")
        box.value = str(existing)
        await pilot.press("enter")
        await pilot.pause()
        assert _plain(problem) == f"{existing} exists: press Enter again to replace it."
        assert existing.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SaveTranscript)
        assert existing.read_text(encoding="utf-8").startswith(
            "# Questions about “Acme opens its first store”"
        )


@synchronous
async def test_screenshot_goes_to_the_current_folder_and_says_where(fake, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        commands = {c.title: c for c in pilot.app.get_system_commands(pilot.app.screen)}
        assert list(commands).count("Screenshot") == 1
        pilot.app.action_save_screenshot()
        await pilot.pause()
        (saved,) = tmp_path.glob("newsbot-screen-*.svg")
        assert "<svg" in saved.read_text(encoding="utf-8")
        assert _notes(pilot.app) == [f"Saved a screenshot to {saved}"]


@synchronous
async def test_screenshot_falls_back_to_the_user_folder(fake, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(Path, "cwd", classmethod(lambda cls: blocker / "here"))
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        pilot.app.action_save_screenshot()
        await pilot.pause()
        (saved,) = (paths.user_dir() / "screenshots").glob("*.svg")
        assert _notes(pilot.app) == [f"Saved a screenshot to {saved}"]


# -- the question box ----------------------------------------------------------------------------------


@synchronous
async def test_history_is_kept_between_runs_and_walked_with_up_and_down(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, FOUNDED)
        await _ask(pilot, UNANSWERABLE)
    assert QuestionHistory(paths.user_dir() / "history", print).entries == [FOUNDED, UNANSWERABLE]
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        box = pilot.app.query_one(QuestionInput)
        await pilot.press(*"draft")
        await pilot.press("up")
        assert box.value == UNANSWERABLE
        await pilot.press("up", "up")
        assert box.value == FOUNDED
        await pilot.press("down", "down")
        assert box.value == "draft"


@synchronous
async def test_no_history_reads_and_writes_nothing(fake):
    async with make_app(fake, history=False).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, FOUNDED)
    assert not (paths.user_dir() / "history").exists()


@synchronous
async def test_ctrl_r_searches_history_enter_asks_tab_edits(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        for question in (FOUNDED, CLAIM, UNANSWERABLE):
            await _ask(pilot, question)
        await pilot.press("ctrl+r")
        await pilot.pause()
        search = app.screen
        assert isinstance(search, HistorySearch)
        await pilot.press(*"acme ")
        await pilot.pause()
        found = search.query_one(OptionList)
        assert [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)] == [
            CLAIM,
            FOUNDED,
        ]
        await pilot.press("down", "enter")
        await pilot.pause()
        assert _asked(app)[-1] == FOUNDED
        await pilot.press("ctrl+r", *"capital", "tab")
        await pilot.pause()
        assert app.query_one(QuestionInput).value == UNANSWERABLE
        assert _asked(app)[-1] == FOUNDED, "Tab only puts the question in the box"


@synchronous
async def test_unusable_history_warns_once_and_the_chat_goes_on(fake, tmp_path, monkeypatch):
    import os

    folder = tmp_path / "user"
    folder.mkdir()
    os.mkfifo(folder / "history")
    monkeypatch.setenv("BOT_USER_DIR", str(folder))
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, FOUNDED)
        await _ask(pilot, CLAIM)
        notes = [n for n in _notes(pilot.app) if "history" in n]
        assert notes == [
            f"bot: question history is off: cannot read {folder / 'history'}: not a regular file"
        ]
        assert _asked(pilot.app) == [FOUNDED, CLAIM]


@synchronous
async def test_typing_completes_known_questions(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        box = pilot.app.query_one(QuestionInput)
        await pilot.press(*"how many")
        await pilot.pause()
        await pilot.press("tab")
        assert box.value == CLAIM, "the completion is the known question as written"
        await pilot.press("enter")
        await pilot.pause()
        assert fake.asked == [box.history[-1]]


@synchronous
async def test_a_paste_of_several_lines_asks_each_in_order(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        box = app.query_one(QuestionInput)
        await pilot.press(*"  ")
        box.post_message(events.Paste(f"{FOUNDED}\r\n\n{CLAIM}\r{UNANSWERABLE}\n"))
        await pilot.pause()
        assert _asked(app) == [FOUNDED, CLAIM, UNANSWERABLE]
        assert [a.answer.question for a in _answers(app)[1:]] == [FOUNDED, CLAIM, UNANSWERABLE]
        assert box.value == ""


@synchronous
async def test_a_paste_of_one_line_goes_into_the_box_at_the_cursor(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        box = pilot.app.query_one(QuestionInput)
        await pilot.press(*"When ?", "left")
        box.post_message(events.Paste("did Acme open\n"))
        await pilot.pause()
        assert box.value == "When did Acme open?"
        assert _asked(pilot.app) == []


@synchronous
async def test_a_paste_loses_its_escape_sequences(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        box = pilot.app.query_one(QuestionInput)
        box.post_message(
            events.Paste("\x1b[31mWhen did\x1b[0m Acme\x1b]0;title\x07 open\x07 its\x00 first store?")
        )
        await pilot.pause()
        assert box.value == "When did Acme open its first store?"
        box.post_message(
            events.Paste("\x1b[1mWhat did\x1b[0m the memo read?\n\x1b[2JWhat does the store sell?")
        )
        await pilot.pause()
        assert _asked(pilot.app) == [
            "When did Acme open its first store?What did the memo read?",
            "What does the store sell?",
        ]


@pytest.mark.parametrize("text", TRICKY)
@synchronous
async def test_typed_markup_and_escapes_are_shown_literally(fake, text):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, text)
        shown = _plain(pilot.app.query(QuestionMessage).last().query_one(".question"))
        assert shown == text.replace("\x1b", "\\x1b")


@synchronous
async def test_an_answer_full_of_markup_is_shown_literally(fake):
    async with make_app(fake).run_test(size=(120, 40)) as pilot:
        await _ask(pilot, MARKUP)
        answer = _answers(pilot.app)[-1]
        assert _plain(answer.query_one(".answer-text")) == terminal(MARKUP_ANSWER) + " [1]"
        assert [_plain(s) for s in answer.suggestions] == [
            f"{n}. {terminal(s)}" for n, s in enumerate(MARKUP_SUGGESTIONS, start=1)
        ]
        assert _plain(answer.query_one(".citation")).endswith("claim: [i]The memo[/i] · acme:p3.s1")
        paragraph = next(p for p in pilot.app.query(SourceParagraph) if p.has_class("-cited"))
        assert "A memo read [bold]urgent[/] and [red]final[/]." in _plain(paragraph)


# -- panes, keys, palette --------------------------------------------------------------------------------


@synchronous
async def test_source_pane_toggles(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        pane = pilot.app.query_one(SourcePane)
        assert pane.display
        await pilot.press("f2")
        assert not pane.display
        await pilot.press("f2")
        assert pane.display


@synchronous
async def test_on_a_narrow_screen_the_source_starts_hidden_and_f2_shows_it_instead_of_the_chat(fake):
    async with make_app(fake).run_test(size=(50, 24)) as pilot:
        app = pilot.app
        pane, chat = app.query_one(SourcePane), app.query_one("#chat")
        assert not pane.display and chat.display
        await pilot.press("f2")
        await pilot.pause()
        assert pane.display and pane.region.width == 50 and chat.region.width == 0
        await pilot.press("escape")
        await pilot.pause()
        assert not pane.display and isinstance(app.focused, QuestionInput)
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert pane.display and chat.region.width > 0, "wide again: the source is back beside the chat"


@synchronous
async def test_help_screen_lists_every_key_of_the_table(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        shown = [_plain(s) for s in app.screen.query(".help-key")]
        texts = [_plain(s) for s in app.screen.query(".help-text")]
        rows = keys.keys_for("chat")
        assert shown == [k.keys for k in rows] and texts == [k.does for k in rows]
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("question_mark")
        assert app.query_one(QuestionInput).value == "?", "in the box, ? is just a character"
        await pilot.press("shift+tab", "question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert not isinstance(app.screen, HelpScreen)


@synchronous
async def test_copy_answer_copies_quotes_and_tags(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.press("f3")
        assert app.clipboard == "" and _notes(app) == ["No answer to copy yet: ask a question first."]
        await _ask(pilot, CLAIM)
        await pilot.press("f3")
        assert app.clipboard == (
            f"Q: {CLAIM}\nAcme claims it has 85 stores in the desert.\n"
            '  [1] "Acme claims it has 85 stores in the desert." (acme:p2.s1) — claim: Acme\n'
        )


class _QuizStandIn(Screen):
    """What the CLI's factory would build; the chat only pushes it."""


@synchronous
async def test_f4_opens_the_screen_the_quiz_factory_makes(fake):
    made: list[_QuizStandIn] = []

    def factory() -> Screen:
        made.append(_QuizStandIn())
        return made[-1]

    async with make_app(fake, quiz_screen=factory).run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert made and pilot.app.screen is made[0]


@synchronous
async def test_f4_without_a_quiz_or_with_a_failing_one_says_so(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert _notes(pilot.app) == ["Quizzes are not available"]
        assert isinstance(pilot.app.focused, QuestionInput)

    def broken() -> Screen:
        raise KnowledgeError(["quiz.db: locked"])

    async with make_app(fake, quiz_screen=broken).run_test(size=(80, 24)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert _notes(pilot.app) == ["Quizzes are not available: quiz.db: locked"]


@synchronous
async def test_command_palette_lists_and_runs_actions(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {
            "Help",
            "New conversation",
            "Toggle source",
            "Copy answer",
            "Save transcript",
            "Quiz",
        } <= titles
        assert {"Screenshot", "Quit"} <= titles
        await _ask(pilot, FOUNDED)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Save transcript")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveTranscript)


@synchronous
async def test_layout_survives_resize(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, LONG)
        for size in [(120, 40), (40, 12), (50, 24), (80, 24)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            box = pilot.app.query_one(QuestionInput)
            assert box.region.bottom <= size[1] - 1, "the question box stays above the footer"
            assert box.region.width > 0


@synchronous
async def test_confirm_dialog_buttons(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await _ask(pilot, FOUNDED)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.click("#cancel")
        await pilot.pause()
        assert _asked(pilot.app) == [FOUNDED]
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert [b.label.plain for b in pilot.app.screen.query(Button)] == ["New conversation", "Keep it"]
        await pilot.click("#confirm")
        await pilot.pause()
        assert _asked(pilot.app) == []


@synchronous
async def test_the_palette_switches_the_story_answers_come_from():
    """With several stories the palette offers each; choosing one narrows the conversation to it."""
    engine = fakes.FakeEngine(story_count=2)
    async with make_app(engine).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Story: every story" in titles and "Story: Acme opens its first store (2)" in titles
        (command,) = [c for c in app.get_system_commands(app.screen) if c.title.endswith("store (2)")]
        command.callback()
        assert app.conversation.story == "acme2" and app.sub_title == "Acme opens its first store (2)"
        (every,) = [c for c in app.get_system_commands(app.screen) if c.title == "Story: every story"]
        every.callback()
        assert app.conversation.story is None and app.sub_title == "2 stories"


@synchronous
async def test_one_story_offers_no_story_commands(fake):
    async with make_app(fake).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not [
            c for c in pilot.app.get_system_commands(pilot.app.screen) if c.title.startswith("Story:")
        ]
