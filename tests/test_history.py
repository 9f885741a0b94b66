"""The question history both chats share: prompt_toolkit's file format, bounded reading, and files that
cannot be used turning history off with one warning."""

from __future__ import annotations

import os

from bot.history import MAX_READ, QuestionHistory, parse


def test_parse_reads_prompt_toolkits_format_oldest_first():
    text = "\n# 2024-01-01 10:00:00\n+first\n\n# 2024-01-01 10:01:00\n+two\n+lines\n"
    assert parse(text) == ["first", "two\nlines"]


def test_add_writes_what_prompt_toolkit_reads(tmp_path):
    from prompt_toolkit.history import FileHistory

    path = tmp_path / "history"
    history = QuestionHistory(path, print)
    history.add("When was Mogujie founded?")
    history.add("a\nb")
    assert list(FileHistory(str(path)).load_history_strings()) == ["a\nb", "When was Mogujie founded?"]
    assert QuestionHistory(path, print).entries == ["When was Mogujie founded?", "a\nb"]


def test_a_huge_file_is_read_from_its_last_mebibyte(tmp_path):
    """Start-up stays fast: only whole entries from the tail are kept."""
    path = tmp_path / "history"
    entry = "\n# t\n+" + "x" * 1000 + "\n"
    path.write_text(entry * (2 * MAX_READ // len(entry)) + "\n# t\n+the last question\n", encoding="utf-8")
    entries = QuestionHistory(path, print).entries
    assert entries[-1] == "the last question"
    assert all(e == "x" * 1000 for e in entries[:-1])
    assert len(entries) < MAX_READ // 1000 + 2


def test_a_missing_file_is_an_empty_history_created_on_first_question(tmp_path):
    path = tmp_path / "new" / "history"
    warnings: list[str] = []
    history = QuestionHistory(path, warnings.append)
    assert history.entries == [] and history.enabled
    history.add("q")
    assert parse(path.read_text(encoding="utf-8")) == ["q"] and warnings == []


def test_a_fifo_is_refused_without_blocking_and_warned_about_once(tmp_path):
    path = tmp_path / "history"
    os.mkfifo(path)
    warnings: list[str] = []
    history = QuestionHistory(path, warnings.append)
    history.add("one")
    history.add("two")
    assert warnings == [f"bot: question history is off: cannot read {path}: not a regular file"]
    assert history.entries == ["one", "two"] and not history.enabled


def test_writing_that_fails_later_turns_history_off_with_one_warning(tmp_path):
    path = tmp_path / "history"
    warnings: list[str] = []
    history = QuestionHistory(path, warnings.append)
    history.add("one")
    path.unlink()
    path.mkdir()
    history.add("two")
    history.add("three")
    assert warnings == [f"bot: question history is off: cannot write {path}: Is a directory"]
    assert history.entries == ["one", "two", "three"]


def test_no_path_means_memory_only():
    history = QuestionHistory(None, print)
    history.add("q")
    assert history.entries == ["q"] and not history.enabled
