"""The line chat: the prompt_toolkit session fed through a pipe, the piped transcript, and `bot repl`.

The fake engine (tests/fakes.py) gives exact transcripts; the real engine runs through the real entry
point and is asserted only on what any engine keeps. The chat in a real terminal is in test_repl_pty.py.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("prompt_toolkit")

import fakes
from fakes import CLAIM, CLARIFY, FOUNDED, MARKUP, UNANSWERABLE, FakeEngine
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot import keys, paths
from bot.models import Conversation
from bot.repl import Chat, QuestionCompleter, help_text, page, pager_command, piped, run_repl, wrap
from bot.transcript import chat_text

ROOT = Path(__file__).resolve().parent.parent
ENTER, CTRL_C, CTRL_D, UP, TAB = "\r", "\x03", "\x04", "\x1b[A", "\t"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


def chat(engine, keys_typed: str, history: bool = False) -> int:
    """Run the interactive line chat on typed keys; what it prints goes to stdout (captured by capsys)."""
    with create_pipe_input() as pipe:
        pipe.send_text(keys_typed)
        return run_repl(engine, history=history, input=pipe, output=DummyOutput())


def transcript(engine, text: bytes) -> tuple[str, list[str], int]:
    """The piped line chat on these bytes: (what it printed, its warnings, its exit code)."""
    out: list[str] = []
    warnings: list[str] = []
    code = piped(engine, io.BytesIO(text), echo=out.append, warn=warnings.append)
    return "".join(line + "\n" for line in out), warnings, code


# -- piped: a transcript -----------------------------------------------------------------------------


def test_golden_transcript_of_the_piped_line_chat(fake):
    """Each question after the prompt, then its answer, the quotes with who says so, numbered
    suggestions; a digit asks a suggestion; `quit` ends it."""
    out, warnings, code = transcript(
        fake,
        f"{FOUNDED}\n2\n\n{CLAIM}\r\n{UNANSWERABLE}\n/story\nquit\n{CLAIM}\n".encode(),
    )
    assert out == (
        "> When did Acme open its first store?\n"
        "Acme opened its first store yesterday.\n"
        '  [1] "Acme, a maker of rockets for coyotes, opened its first store yesterday." (acme:p1.s1) — article\n'
        "You could ask:\n"
        "  1. How many stores does Acme claim?\n"
        "  2. What does the store sell?\n"
        "\n"
        "> 2\n"
        "→ What does the store sell?\n"
        "The store sells anvils.\n"
        '  [1] "The store sells anvils." (acme:p1.s2) — article\n'
        "\n"
        "> How many stores does Acme claim?\n"
        "Acme claims it has 85 stores in the desert.\n"
        '  [1] "Acme claims it has 85 stores in the desert." (acme:p2.s1) — claim: Acme\n'
        "\n"
        "> What is the capital of France?\n"
        "The story doesn't say. It does say when Acme opened its first store.\n"
        "You could ask:\n"
        "  1. When did Acme open its first store?\n"
        "\n"
        "> /story\n"
        "  1. Acme opens its first store (A. Writer, 2014) [acme]: 6 sentences\n"
        "/story N or ID answers from one; /story all from every story.\n"
        "\n"
        "> quit\n"
    )
    assert warnings == []
    assert code == 1, "one question was declined"
    assert fake.asked == [FOUNDED, "What does the store sell?", CLAIM, UNANSWERABLE, "quit"]


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ([FOUNDED, CLAIM], 0),
        ([FOUNDED, "hello", "/help", CLAIM], 0),
        ([FOUNDED, UNANSWERABLE], 1),
        ([CLARIFY], 1),
        (["hello"], 0),
    ],
)
def test_piped_exit_codes_are_bot_asks(fake, lines, code):
    """0 when every question was answered, 1 when one was declined or asked back; chat and commands
    are not questions."""
    assert transcript(fake, "\n".join(lines).encode())[2] == code


def test_piped_invalid_utf8_is_reported_with_its_line_and_exits_2(fake):
    out, warnings, code = transcript(fake, FOUNDED.encode() + b"\nbad \xff\xfe line\n" + CLAIM.encode())
    assert code == 2
    assert warnings == ["bot: <stdin>:2: not valid UTF-8 (byte 5 of the line); line skipped"]
    assert out.count("> ") == 2 and "85 stores" in out


def test_piped_markup_and_escapes_are_shown_literally(fake):
    out, _, _ = transcript(fake, f"{MARKUP}\n/\x1b[2J\x1b[31mred\n".encode())
    assert "\x1b" not in out
    assert "Shown as typed: [bold]x[/] is not bold," in out
    assert "\\x1b[31mthis\\x1b[0m is not red." in out
    assert "(acme:p3.s1) — claim: [i]The memo[/i]" in out
    assert "  3. [b]Bold?[/b] \\x1b[2J" in out
    assert "> /\\x1b[2J\\x1b[31mred\nUnknown command /\\x1b[2J\\x1b[31mred; type /help for the list.\n" in out


def test_piped_question_with_a_carriage_return_cannot_forge_a_line(fake):
    out, _, _ = transcript(fake, b"What is\rAcme?\n")
    assert out.startswith("> What is\\x0dAcme?\n")


# -- the prompt session ------------------------------------------------------------------------------


def test_answers_with_citations_then_goodbye(fake, capsys):
    assert chat(fake, CLAIM + ENTER + CTRL_D) == 0
    out = capsys.readouterr().out
    assert out == (
        "Ask me about “Acme opens its first store”. Type /help for commands and keys; Ctrl+D quits.\n"
        f"{chat_text(fake.answer(CLAIM))}\n\nGoodbye!\n"
    )


def test_ctrl_c_cancels_the_line_and_continues(fake, capsys):
    assert chat(fake, "half a quest" + CTRL_C + FOUNDED + ENTER + "/quit" + ENTER) == 0
    assert fake.asked == [FOUNDED]
    assert capsys.readouterr().out.rstrip().endswith("Goodbye!")


@pytest.mark.parametrize("word", ["quit", "exit", "bye"])
def test_quit_words_leave(fake, word, capsys):
    assert chat(fake, word + ENTER + FOUNDED + ENTER) == 0
    assert fake.asked == [word]
    assert capsys.readouterr().out.rstrip().endswith("Goodbye!")


def test_a_paste_of_several_lines_asks_each_in_order(fake, capsys):
    chat(fake, PASTE_START + f"{FOUNDED}\n\n{CLAIM}\r\n{UNANSWERABLE}" + PASTE_END + ENTER + CTRL_D)
    assert fake.asked == [FOUNDED, CLAIM, UNANSWERABLE]
    out = capsys.readouterr().out
    shown = [out.index(f"> {q}\n") for q in (FOUNDED, CLAIM, UNANSWERABLE)]
    assert shown == sorted(shown), "each pasted question is shown, in order, before its answer"
    assert out.index("Acme opened its first store yesterday.") < shown[1]


def test_help_lists_every_key_and_command_of_the_table(fake, capsys):
    chat(fake, "/help" + ENTER + CTRL_D)
    out = capsys.readouterr().out
    rows = {
        line.split("  ", 2)[1]: line.split("  ", 2)[2].strip() for line in keys.plain("line").splitlines()
    }
    assert rows == {row.keys: row.does for row in keys.keys_for("line")}
    assert "Ctrl+R" in out and "/save FILE" in out
    assert "/story" not in out, "one story: /story is not offered"
    assert out.count(help_text()) == 1


def test_story_command_is_offered_once_there_are_several_stories(capsys):
    engine = FakeEngine(story_count=2)
    chat(engine, "/help" + ENTER + "/story" + ENTER + CTRL_D)
    out = capsys.readouterr().out
    assert "/story" in out
    assert "  1. Acme opens its first store (A. Writer, 2014) [acme]: 6 sentences\n" in out
    assert "  2. Acme opens its first store (2) (A. Writer, 2014) [acme2]: 0 sentences\n" in out


def test_story_command_switches_the_story_the_questions_go_to(capsys):
    engine = FakeEngine(story_count=2)
    chat(
        engine, "/story 2" + ENTER + "/story" + ENTER + "/story nine" + ENTER + "/story all" + ENTER + CTRL_D
    )
    out = capsys.readouterr().out
    assert "Answering from “Acme opens its first store (2)” now" in out
    assert "* 2. Acme opens its first store (2)" in out
    assert "No story nine; /story lists them." in out
    assert "Answering from every story" in out


def test_sources_reset_and_unknown_commands(fake, capsys):
    chat(fake, "/sources" + ENTER + FOUNDED + ENTER + "/reset" + ENTER + "/nope x" + ENTER + CTRL_D)
    out = capsys.readouterr().out
    for sentence in fakes.SENTENCES:
        assert f"  {sentence.id}  {sentence.text}\n" in out
    assert "New conversation: follow-up questions start afresh." in out
    assert "Unknown command /nope; type /help for the list." in out


def test_reset_starts_a_new_conversation(fake):
    session = Chat(fake, [].append)
    session.handle(FOUNDED)
    assert session.conversation.turns and session.exchanges
    session.handle("/reset")
    assert not session.conversation.turns and not session.exchanges


def test_the_engines_help_reply_gets_the_line_chats_key_hint(fake):
    lines: list[str] = []
    Chat(fake, lines.append).handle("help")
    assert lines == ["Ask a question about the story in your own words.\nType /help for commands and keys."]


def test_a_digit_asks_that_suggestion_of_the_last_answer_only_when_there_is_one(fake):
    lines: list[str] = []
    session = Chat(fake, lines.append)
    session.handle("1")
    session.handle(FOUNDED)
    session.handle("2")
    session.handle("1")
    assert fake.asked == ["1", FOUNDED, "What does the store sell?", "1"], (
        "the last answer has no suggestion 1"
    )
    assert lines[2] == "→ What does the store sell?"


def test_save_writes_the_transcript_and_says_where(fake, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines: list[str] = []
    session = Chat(fake, lines.append)
    session.handle("/save notes.md")
    assert lines[-1] == "Nothing to save yet: ask a question first."
    session.handle(CLAIM)
    session.handle("/save notes.md")
    assert lines[-1] == f"Saved the conversation to {tmp_path / 'notes.md'}"
    text = (tmp_path / "notes.md").read_text(encoding="utf-8")
    assert text.startswith("# Questions about “Acme opens its first store”\n")
    assert "## 1. How many stores does Acme claim?\n" in text
    assert "> \\[1\\] Acme claims it has 85 stores in the desert. — `acme:p2.s1` *(claim: Acme)*\n" in text
    session.handle("/save")
    (default,) = tmp_path.glob("newsbot-chat-*.md")
    assert lines[-1] == f"Saved the conversation to {default}"


def test_save_reports_a_path_it_cannot_write(fake, tmp_path):
    lines: list[str] = []
    session = Chat(fake, lines.append)
    session.handle(FOUNDED)
    session.handle(f"/save {tmp_path}/missing/notes.md")
    assert lines[-1] == f"Cannot save to {tmp_path}/missing/notes.md: No such file or directory"
    os.mkfifo(tmp_path / "fifo")
    session.handle(f"/save {tmp_path}/fifo")
    assert lines[-1] == f"Cannot save to {tmp_path}/fifo: {tmp_path}/fifo is not a regular file"


# -- history ---------------------------------------------------------------------------------------------


def test_history_persists_between_sessions(fake, capsys):
    chat(fake, FOUNDED + ENTER + CTRL_D, history=True)
    assert "+" + FOUNDED in (paths.user_dir() / "history").read_text(encoding="utf-8")
    capsys.readouterr()
    chat(fake, UP + ENTER + CTRL_D, history=True)
    assert fake.asked == [FOUNDED, FOUNDED]


def test_no_history_writes_nothing(fake):
    chat(fake, FOUNDED + ENTER + CTRL_D, history=False)
    assert not (paths.user_dir() / "history").exists()


def test_a_folder_in_the_way_warns_and_carries_on(fake, tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("BOT_USER_DIR", str(blocker))
    assert chat(fake, FOUNDED + ENTER + CLAIM + ENTER + CTRL_D, history=True) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"bot: question history is off: cannot read {blocker / 'history'}: Not a directory"
    ]
    assert fake.asked == [FOUNDED, CLAIM]


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_a_history_that_is_not_a_file_warns_once_and_never_hangs(fake, kind, capsys):
    """A FIFO would block the open, /dev/zero would be read forever: both are refused unopened."""
    path = paths.user_dir() / "history"
    path.parent.mkdir(parents=True, exist_ok=True)
    {"fifo": lambda: os.mkfifo(path), "device": lambda: path.symlink_to("/dev/zero"), "folder": path.mkdir}[
        kind
    ]()
    assert chat(fake, FOUNDED + ENTER + CLAIM + ENTER + CTRL_D, history=True) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"bot: question history is off: cannot read {path}: ")
    assert fake.asked == [FOUNDED, CLAIM]


@pytest.mark.parametrize("swap", ["read-only", "fifo", "device"])
def test_a_history_that_becomes_unusable_mid_session_warns_once(fake, swap, monkeypatch, capsys):
    """No traceback, no "Press ENTER to continue" after each question: one warning, then no history."""
    import bot.history

    path = paths.user_dir() / "history"
    opened = bot.history.os.open

    def after_first_question(file, flags, mode=0o777):
        if fake.asked and flags & os.O_WRONLY and not getattr(after_first_question, "done", False):
            after_first_question.done = True  # type: ignore[attr-defined]
            if swap == "read-only":  # root ignores file modes, so the refusal is simulated
                raise PermissionError(13, "Permission denied")
            path.unlink()
            os.mkfifo(path) if swap == "fifo" else path.symlink_to("/dev/zero")
        return opened(file, flags, mode)

    monkeypatch.setattr(bot.history.os, "open", after_first_question)
    keys_typed = FOUNDED + ENTER + CLAIM + ENTER + UNANSWERABLE + ENTER + CTRL_D
    assert chat(fake, keys_typed, history=True) == 0
    captured = capsys.readouterr()
    assert len(captured.err.splitlines()) == 1, captured.err
    assert captured.err.startswith(f"bot: question history is off: cannot write {path}: ")
    assert "Traceback" not in captured.out + captured.err and "Press ENTER" not in captured.out + captured.err
    assert fake.asked == [FOUNDED, CLAIM, UNANSWERABLE]


# -- completion --------------------------------------------------------------------------------------------


def _completions(engine, typed: str) -> list[tuple[str, int]]:
    found = QuestionCompleter(engine).get_completions(
        Document(typed), CompleteEvent(completion_requested=True)
    )
    return [(c.text, c.start_position) for c in found]


def test_completer_offers_questions_that_fit_and_names_for_the_word():
    engine = FakeEngine()
    assert _completions(engine, "How many st") == [(CLAIM, -11)]
    assert _completions(engine, "tell me about ac") == [("Acme", -2)]
    assert _completions(engine, "road") == [("Roadrunner", -4), ("Was the roadrunner a customer?", -4)]
    assert _completions(engine, "bugle") == [("The Daily Bugle", -5)]
    assert _completions(engine, "/s") == [("/sources", -2), ("/save", -2)]
    assert _completions(FakeEngine(story_count=2), "/st") == [("/story", -3)]


# -- output ---------------------------------------------------------------------------------------------


def test_wrap_breaks_at_words_and_indents_quotes():
    text = 'An answer that is long enough to need wrapping here.\n  [1] "A quoted sentence that also wraps" (s:p1.s1)'
    lines = wrap(text, 30).splitlines()
    assert all(len(line) <= 29 for line in lines)
    assert " ".join(w for line in lines for w in line.split()) == " ".join(text.split())
    assert lines[-1].startswith("      ")  # a quote's continuation sits under the quote


def test_pager_command_follows_pager(monkeypatch):
    monkeypatch.delenv("PAGER", raising=False)
    assert pager_command() == ["less", "-R", "-X", "-F"]
    monkeypatch.setenv("PAGER", "more -d")
    assert pager_command() == ["more", "-d"]
    monkeypatch.setenv("PAGER", "")
    assert pager_command() is None


def test_page_sends_the_text_to_the_pager_and_reports_a_missing_one(tmp_path):
    seen = tmp_path / "paged.txt"
    assert page("line 1\nline 2\n", ["sh", "-c", f"cat > {seen}"]) is True
    assert seen.read_text() == "line 1\nline 2\n"
    assert page("x", ["no-such-pager-anywhere"]) is False


# -- `bot repl` itself, over the real engine -------------------------------------------------------------


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


def test_piped_bot_repl_echoes_each_question_and_exits_like_bot_ask(engine, answered_turn):
    question, answer = answered_turn
    decline = chat_text(engine.answer(UNANSWERABLE, Conversation()))
    result = repl(f"{question}\n\n   \n{UNANSWERABLE}\n".encode())
    assert result.stdout.decode() == f"> {question}\n{chat_text(answer)}\n\n> {UNANSWERABLE}\n{decline}\n"
    assert result.returncode == 1, "France is declined"
    assert result.stderr == b""
    assert repl(f"{question}\n".encode()).returncode == 0


def test_piped_questions_are_one_conversation(engine):
    questions = engine.questions()[:3]
    conversation = Conversation()
    expected = "\n".join(f"> {q}\n{chat_text(engine.answer(q, conversation))}\n" for q in questions)
    result = repl("\n".join(questions).encode())
    assert result.stdout.decode() == expected


def test_piped_invalid_utf8_exits_2_without_a_traceback(answered_turn):
    result = repl(answered_turn[0].encode() + b"\nbad \xff\xfe line\n")
    assert result.returncode == 2
    assert result.stderr.decode() == "bot: <stdin>:2: not valid UTF-8 (byte 5 of the line); line skipped\n"
    assert chat_text(answered_turn[1]) in result.stdout.decode()


def test_piped_escape_sequences_never_reach_the_terminal():
    result = repl(b"/\x1b[2J\x1b[31mred\n[bold]x[/] \x1b[2J?\n")
    out = result.stdout.decode()
    assert "\x1b" not in out
    assert "Unknown command /\\x1b[2J\\x1b[31mred;" in out
    assert "> [bold]x[/] \\x1b[2J?\n" in out


def test_quit_without_the_slash_leaves_the_piped_chat(engine):
    result = repl(b"what is alipay\nquit\nwhat is mogujie\n")
    assert result.stdout.decode().endswith("> quit\n")
    assert "> what is mogujie" not in result.stdout.decode()


def test_front_ends_are_not_imported_by_the_library():
    code = (
        "import sys, bot, bot.engine, bot.cli, bot.render; "
        "print(sorted(m for m in ('textual', 'prompt_toolkit') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--version"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    from importlib.metadata import version

    assert (result.returncode, result.stdout, result.stderr) == (0, f"bot {version('newsbot')}\n", "")


def test_an_unusable_user_folder_setting_turns_history_off_and_the_chat_goes_on(fake, monkeypatch, capsys):
    monkeypatch.setenv("BOT_USER_DIR", "~nosuchuser-for-newsbot/data")
    assert chat(fake, FOUNDED + ENTER + CTRL_D, history=True) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("bot: question history is off: ~nosuchuser-for-newsbot/data")
    assert fake.asked == [FOUNDED]
