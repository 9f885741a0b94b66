"""The line chat in a real pseudo-terminal (pexpect), as a person uses it: completion, history, the pager.

Most runs are over the fake engine (`python tests/fakes.py repl`) so the expected text is exact; one runs
the real `bot repl`. On failure the whole terminal log is printed (pgcli's habit).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from fakes import CLAIM, FOUNDED, LONG  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


class Terminal:
    """One spawned chat; `log` holds everything it printed."""

    def __init__(self, args: list[str], env: dict[str, str], rows: int = 24, cols: int = 80) -> None:
        self.log = io.StringIO()
        self.child = pexpect.spawn(
            sys.executable,
            args,
            cwd=str(ROOT),
            env=env,
            dimensions=(rows, cols),
            encoding="utf-8",
            timeout=20,
        )
        self.child.logfile_read = self.log

    def expect(self, text: str) -> None:
        self.child.expect_exact(text)

    def send(self, keys: str) -> None:
        self.child.send(keys)

    def prompt(self) -> None:
        """Wait for the next prompt: keys sent before it would reach a terminal not yet in raw mode."""
        self.child.expect_exact("> ")

    def quit(self) -> int:
        """Ctrl+D at a prompt already waited for."""
        self.child.sendcontrol("d")
        self.child.expect_exact("Goodbye!")
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("PAGER", "LESS")}
    return {
        **clean,
        "TERM": "xterm",
        "BOT_USER_DIR": str(tmp_path / "user"),
        "PYTHONIOENCODING": "utf-8",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # pexpect does not answer prompt_toolkit's cursor-position query
    }


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    """Terminals started by a test; their logs are printed, which pytest shows when the test fails."""
    started: list[Terminal] = []
    yield started
    for term in started:
        if term.child.isalive():
            term.child.terminate(force=True)
        print(f"---- terminal log ----\n{term.log.getvalue()}")


def fake_chat(terminals: list[Terminal], env: dict[str, str], rows: int = 24) -> Terminal:
    term = Terminal(["tests/fakes.py", "repl"], env, rows=rows)
    terminals.append(term)
    term.expect("Ctrl+D quits.")
    term.expect("> ")
    return term


def test_tab_completes_what_fits_and_enter_accepts_before_it_asks(terminals, env):
    term = fake_chat(terminals, env)
    term.send("How many st\t")
    term.expect(CLAIM)
    term.expect("question")
    term.send("\t")
    term.send("\r")
    with pytest.raises(pexpect.TIMEOUT):
        term.child.expect_exact("85 stores in the desert", timeout=1)
    term.send("\r")
    term.expect("Acme claims it has 85 stores in the desert.")
    term.expect("(acme:p2.s1) — claim: Acme")
    term.prompt()
    assert term.quit() == 0


def test_history_is_kept_between_sessions_and_searched_with_ctrl_r(terminals, env):
    first = fake_chat(terminals, env)
    first.send(FOUNDED + "\r")
    first.expect("Acme opened its first store yesterday.")
    first.send(CLAIM + "\r")
    first.expect("85 stores in the desert.")
    first.prompt()
    assert first.quit() == 0
    second = fake_chat(terminals, env)
    second.send("\x1b[A\x1b[A")
    second.expect(FOUNDED)
    second.send("\r")
    second.expect("Acme opened its first store yesterday.")
    second.send("\x12stores")
    second.expect("(reverse-i-search)`stores': How many ")
    second.send("\r")  # ends the search with the question on the line, as in pgcli
    second.expect("How many stores does Acme")
    second.send("\r")
    second.expect("Acme claims it has 85 stores in the desert.")
    second.prompt()
    assert second.quit() == 0
    saved = (Path(env["BOT_USER_DIR"]) / "history").read_text(encoding="utf-8")
    assert [line for line in saved.splitlines() if line.startswith("+")] == [
        f"+{q}" for q in (FOUNDED, CLAIM, FOUNDED, CLAIM)
    ]


@pytest.mark.skipif(shutil.which("less") is None, reason="the default pager, less, is not installed")
def test_an_answer_taller_than_the_screen_goes_through_the_pager(terminals, env):
    env["LESS"] = "-PsPAGER-MORE"  # less's prompt, so the test can see it is paging
    term = fake_chat(terminals, env, rows=12)
    term.send(LONG + "\r")
    term.expect("Part 1 of a long answer")
    term.expect("PAGER-MORE")
    assert "acme:p3.s2" not in term.log.getvalue(), "the rest waits below, in the pager"
    term.send("q")
    term.prompt()
    term.send(FOUNDED + "\r")
    term.expect("Acme opened its first store yesterday.")
    term.prompt()
    assert "PAGER-MORE" not in term.log.getvalue().rsplit("yesterday.", 1)[1], "a short answer is not paged"
    assert term.quit() == 0


def test_no_pager_when_pager_is_empty(terminals, env):
    env["PAGER"] = ""
    term = fake_chat(terminals, env, rows=12)
    term.send(LONG + "\r")
    term.expect("acme:p3.s2")
    term.prompt()
    assert term.quit() == 0


def test_the_real_bot_repl_answers_in_a_terminal(terminals, env, answered_turn):
    question, answer = answered_turn
    term = Terminal(["-m", "bot", "repl"], env)
    terminals.append(term)
    term.expect("Ctrl+D quits.")
    term.send(question + "\r")
    term.expect(f"({answer.citations[0].sentence}")
    term.send("/help\r")
    term.expect("/save FILE")
    term.prompt()
    assert term.quit() == 0
