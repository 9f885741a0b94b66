"""What the chats print, copy and save: exact text, Markdown that nothing typed can reshape, safe writes."""

from __future__ import annotations

import datetime
import os

import pytest
from fakes import CLAIM, CLARIFY, MARKUP, UNANSWERABLE, FakeEngine

from bot.transcript import chat_text, default_name, markdown_transcript, write_text

NOW = datetime.datetime(2024, 5, 1, 9, 30)


def test_markdown_transcript_in_full():
    fake = FakeEngine()
    answers = [fake.answer(q) for q in (CLAIM, UNANSWERABLE, CLARIFY)]
    assert markdown_transcript(answers, about="“Acme”", student="ana", now=NOW) == (
        "# Questions about “Acme”\n\n"
        "Asked by ana on 2024-05-01 09:30, answered by newsbot from the article.\n\n"
        "## 1. How many stores does Acme claim?\n\n"
        "Acme claims it has 85 stores in the desert. \\[1\\]\n\n"
        "> \\[1\\] Acme claims it has 85 stores in the desert. — `acme:p2.s1` *(claim: Acme)*\n\n"
        "## 2. What is the capital of France?\n\n"
        "*Not in the story.* The story doesn't say. It does say when Acme opened its first store.\n\n"
        "You could ask:\n\n"
        "1. When did Acme open its first store?\n\n"
        "## 3. What about the store?\n\n"
        "*Which did you mean?* I'm not sure what you mean. Did you mean one of these?\n\n"
        "Did you mean:\n\n"
        "1. When did Acme open its first store?\n"
        "2. What does the store sell?\n"
    )


def test_nothing_typed_can_forge_markdown_structure():
    fake = FakeEngine()
    hostile = "x\n# Fake heading\n---\n> fake quote\n[link](http://evil) `code` *em*"
    text = markdown_transcript(
        [fake.answer(hostile), fake.answer(MARKUP)], about="s\n## x", student="a\n# b", now=NOW
    )
    lines = text.splitlines()
    assert [line for line in lines if line.startswith("#")] == [
        "# Questions about s \\#\\# x",
        "## 1. x \\# Fake heading --- \\> fake quote \\[link\\]\\(http://evil\\) \\`code\\` \\*em\\*",
        "## 2. What did the memo read?",
    ]
    assert not any(line.startswith(("---", "> fake")) for line in lines)
    assert "\x1b" not in text


def test_chat_text_numbers_suggestions_and_shows_escapes():
    answer = FakeEngine().answer(MARKUP)
    assert chat_text(answer).splitlines()[-4:] == [
        "You could ask:",
        "  1. [red]Not red[/]?",
        "  2. What about [[x]] and [0]?",
        "  3. [b]Bold?[/b] \\x1b[2J",
    ]


def test_default_name_sorts_by_time():
    assert default_name(NOW) == "newsbot-chat-20240501-093000.md"


def test_write_text_refuses_what_is_not_a_regular_file(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(OSError, match="is not a regular file"):
        write_text(tmp_path / "fifo", "x")
    assert write_text(tmp_path / "t.md", "text") == (tmp_path / "t.md").resolve()
    assert (tmp_path / "t.md").read_text(encoding="utf-8") == "text"
