"""The line chat: the prompt_toolkit session fed through a pipe, and `bot repl` with stdin piped.

Answers come from the real (still changing) knowledge base, so the tests assert on what any
engine keeps: a canonical question is answered with its citations, France is declined.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("prompt_toolkit")

from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot import paths
from bot.models import Conversation
from bot.render import answer_text
from bot.repl import Chat, completer, run_repl

ROOT = Path(__file__).resolve().parent.parent
UNANSWERABLE = "What is the capital of France?"
ENTER, CTRL_C, CTRL_D, UP, TAB = "\r", "\x03", "\x04", "\x1b[A", "\t"


@pytest.fixture(scope="module")
def answered(answered_turn):
    """A canonical question the engine answers with citations, and that answer as text."""
    question, answer = answered_turn
    return question, answer_text(answer)
    pytest.skip("no canonical question is answered with citations")


def chat(engine, keys: str, history: bool = False) -> int:
    """Run the interactive REPL on typed keys; the answers go to stdout (captured by capsys)."""
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        return run_repl(engine, history=history, input=pipe, output=DummyOutput())


# -- the prompt session --------------------------------------------------------------------------


def test_answers_with_citations_then_goodbye(engine, answered, capsys):
    question, expected = answered
    assert chat(engine, question + ENTER + CTRL_D) == 0
    out = capsys.readouterr().out
    assert expected in out
    assert "  [1] " in out
    assert out.rstrip().endswith("Goodbye!")


def test_declines_unanswerable(engine, capsys):
    chat(engine, UNANSWERABLE + ENTER + CTRL_D)
    out = capsys.readouterr().out
    assert answer_text(engine.answer(UNANSWERABLE, Conversation())) in out


def test_ctrl_c_cancels_the_line_and_continues(engine, answered, capsys):
    question, expected = answered
    assert chat(engine, "half a quest" + CTRL_C + question + ENTER + "/quit" + ENTER) == 0
    out = capsys.readouterr().out
    assert out.count(expected) == 1
    assert "Goodbye!" in out


def test_commands(engine, capsys):
    chat(engine, "/help" + ENTER + "/sources" + ENTER + "/reset" + ENTER + "/nope" + ENTER + "/quit" + ENTER)
    out = capsys.readouterr().out
    assert "/sources" in out and "/reset" in out and "Ctrl+D" in out
    for sentence in engine.kb.sources[0].sentences:
        assert f"{sentence.id}  " in out
    assert "New conversation" in out
    assert "Unknown command /nope" in out


def test_reset_starts_a_new_conversation(engine, answered):
    lines: list[str] = []
    session = Chat(engine, lines.append)
    session.handle(answered[0])
    assert session.conversation.turns
    session.handle("/reset")
    assert not session.conversation.turns


def test_history_persists_between_sessions(engine, answered, capsys):
    question, expected = answered
    chat(engine, question + ENTER + CTRL_D, history=True)
    saved = paths.user_dir() / "history"
    assert question in saved.read_text(encoding="utf-8")
    capsys.readouterr()
    chat(engine, UP + ENTER + CTRL_D, history=True)
    assert expected in capsys.readouterr().out


def test_no_history_writes_nothing(engine, answered):
    chat(engine, answered[0] + ENTER + CTRL_D, history=False)
    assert not (paths.user_dir() / "history").exists()


def test_unwritable_history_warns_and_carries_on(engine, answered, tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("BOT_USER_DIR", str(blocker))
    assert chat(engine, answered[0] + ENTER + CTRL_D, history=True) == 0
    captured = capsys.readouterr()
    assert "history is off" in captured.err
    assert answered[1] in captured.out


def test_tab_completes_a_question(engine, capsys):
    """Two Tabs open the menu and take its first entry: the question whose prefix was typed."""
    question = engine.questions()[0]
    chat(engine, question[:-1] + TAB + TAB + ENTER + CTRL_D)
    assert answer_text(engine.answer(question, Conversation())) in capsys.readouterr().out


def test_completion_ranks_questions_and_names(engine):
    """The whole line is matched fuzzily against questions; the word being typed against names."""
    complete = completer(engine)
    question = engine.questions()[0]
    found = [c.text for c in complete.get_completions(Document(question[:8]), CompleteEvent())]
    assert found[0] == question
    name = max(engine.entity_names(), key=len)
    typed = "Tell me about " + name[:4]
    found = [c.text for c in complete.get_completions(Document(typed), CompleteEvent())]
    assert name in found


def test_markup_and_escapes_echoed_literally(engine, capsys):
    chat(engine, "/[bold]x[/]" + ENTER + "/[/" + ENTER + CTRL_D)
    out = capsys.readouterr().out
    assert "Unknown command /[bold]x[/];" in out
    assert "Unknown command /[/;" in out


# -- stdin is not a terminal ----------------------------------------------------------------------


def repl(data: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "bot", "repl", *args],
        input=data,
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )


def test_piped_questions_print_only_answers(engine, answered):
    question, expected = answered
    decline = answer_text(engine.answer(UNANSWERABLE, Conversation()))
    result = repl(f"{question}\n\n   \n{UNANSWERABLE}\n".encode())
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == f"{expected}\n\n{decline}\n"
    assert result.stderr == b""


def test_piped_questions_are_one_conversation(engine):
    questions = engine.questions()[:3]
    conversation = Conversation()
    expected = "\n\n".join(answer_text(engine.answer(q, conversation)) for q in questions) + "\n"
    result = repl("\n".join(questions).encode())
    assert result.stdout.decode() == expected


def test_piped_invalid_utf8_reports_line_and_exits_2(answered):
    result = repl(answered[0].encode() + b"\nbad \xff\xfe line\n")
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "<stdin>:2: not valid UTF-8" in err
    assert "Traceback" not in err
    assert answered[1] in result.stdout.decode()


def test_piped_escape_sequences_never_reach_the_terminal():
    result = repl(b"/\x1b[2J\x1b[31mred\n[bold]x[/] \x1b[2J?\n")
    assert result.returncode == 0
    out = result.stdout.decode()
    assert "\x1b" not in out
    assert "Unknown command /\\x1b[2J\\x1b[31mred;" in out


def test_front_ends_are_not_imported_by_the_library():
    code = (
        "import sys, bot, bot.engine, bot.cli, bot.render; "
        "print(sorted(m for m in ('textual', 'prompt_toolkit') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


def test_quit_without_the_slash_leaves_the_piped_chat():
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "repl"],
        input=b"what is alipay\nquit\nwhat is mogujie\n",
        capture_output=True,
        timeout=60,
    )
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "payment" in out and "Pinterest" not in out


def test_wrap_breaks_at_words_and_indents_quotes():
    from bot.repl import wrap

    text = 'An answer that is long enough to need wrapping here.\n  [1] "A quoted sentence that also wraps" (s:p1.s1)'
    lines = wrap(text, 30).splitlines()
    assert all(len(line) <= 29 for line in lines)
    assert " ".join(w for line in lines for w in line.split()) == " ".join(text.split())
    assert lines[-1].startswith("      ")  # a quote's continuation sits under the quote
