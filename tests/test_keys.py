"""One table of keys and commands: every binding comes from it, and the README shows it as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import keys

ROOT = Path(__file__).resolve().parent.parent


def test_readme_shows_the_table_as_generated():
    """Regenerate with `python -m bot.keys` and paste it into the README's "Keys" section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert keys.markdown() in readme


def test_every_full_screen_binding_names_an_action_that_exists():
    pytest.importorskip("textual")
    from bot.tui.app import ChatApp
    from bot.tui.conversation import AnswerMessage
    from bot.tui.question_input import QuestionInput

    owners = {"app": ChatApp, "box": QuestionInput, "answer": AnswerMessage}
    for scope, owner in owners.items():
        rows = keys.bindings_for(scope)  # type: ignore[arg-type]
        assert rows, scope
        for key, action, _ in rows:
            assert callable(getattr(owner, f"action_{action.split('(')[0]}", None)), (scope, key, action)


def test_bindings_are_generated_from_the_table():
    pytest.importorskip("textual")
    from bot.tui.app import ChatApp
    from bot.tui.conversation import AnswerMessage
    from bot.tui.question_input import QuestionInput

    for owner, scope in ((ChatApp, "app"), (QuestionInput, "box"), (AnswerMessage, "answer")):
        bound = {(b.key, b.action) for b in owner.BINDINGS}  # type: ignore[union-attr]
        assert bound == {(key, action) for key, action, _ in keys.bindings_for(scope)}  # type: ignore[arg-type]


def test_line_chat_bindings_are_listed():
    """Keys the line chat binds itself (beyond prompt_toolkit's Emacs keys) each have a row."""
    pytest.importorskip("prompt_toolkit")
    from bot.repl import key_bindings

    listed = {key for row in keys.keys_for("line") for key, _ in row.bind}
    bound = {
        "-".join(k.value if hasattr(k, "value") else str(k) for k in b.keys) for b in key_bindings().bindings
    }
    aliases = {"c-i": "tab", "s-tab": "s-tab", "c-m": "enter"}
    assert {aliases.get(k, k) for k in bound} <= listed


def test_story_command_appears_once_there_are_several_stories():
    assert "/story" not in keys.plain("line", stories=1)
    assert "/story" in keys.plain("line", stories=2)
    assert "/story" in keys.markdown(), "the README lists it, saying when it appears"


def test_palette_commands_name_their_keys():
    rows = [row for row in keys.KEYS if row.command]
    assert {row.command for row in rows} >= {"Help", "New conversation", "Save transcript", "Toggle source"}
    assert all(row.bind and row.scope == "app" for row in rows)
