"""The public API (`bot.__all__`) resolves every name, and loads nothing heavy until a name is used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import bot

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", bot.__all__)
def test_every_public_name_resolves(name):
    assert getattr(bot, name) is not None
    assert name in dir(bot)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        bot.nope  # noqa: B018


def test_importing_bot_loads_no_engine_until_asked():
    code = (
        "import sys, bot; before = sorted(m for m in ('bot.engine', 'pydantic') if m in sys.modules); "
        "bot.load_engine; print(before, 'bot.engine' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "[] True"


FRONT_ENDS = [ROOT / "bot" / "cli.py", ROOT / "bot" / "repl.py", *sorted((ROOT / "bot" / "tui").glob("*.py"))]
FRONT_END_HELPERS = {"bot.completion", "bot.console", "bot.history", "bot.keys", "bot.transcript"}
"""Modules that exist only for the front ends (completion, the CLI's console, the chats' history, key table
and transcripts): front ends share them directly. Everything else they use comes from `bot` or `bot.quiz`."""


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(absolute module, names) for every import of the bot package in a file."""
    import ast

    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            found.append((module, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
    return [(module, names) for module, names in found if module.split(".")[0] == "bot"]


@pytest.mark.parametrize("path", FRONT_ENDS, ids=lambda p: str(p.relative_to(ROOT)))
def test_front_ends_use_the_library_only_through_the_public_api(path):
    import bot.quiz

    for module, names in _imports(path):
        if module == "bot":
            assert set(names) <= set(bot.__all__), (module, names)
        elif module == "bot.quiz":
            assert set(names) <= set(bot.quiz.__all__), (module, names)
        else:
            assert module in FRONT_END_HELPERS or module.startswith(
                ("bot.tui.", "bot.repl", "bot.quiz.cli")
            ), f"{path.name} imports {module}: use bot's or bot.quiz's public names"


def test_the_import_check_sees_a_reach_into_the_library(tmp_path):
    path = ROOT / "bot" / "tui" / "app.py"
    assert ("bot", ["BotError", "one_line", "user_dir"]) in _imports(path)
    assert ("bot.keys", ["bindings_for", "keys_for"]) in _imports(path)


@pytest.mark.parametrize("name", __import__("bot.quiz").quiz.__all__)
def test_every_public_quiz_name_resolves(name):
    import bot.quiz

    assert getattr(bot.quiz, name) is not None


def test_the_quiz_export_function_is_not_shadowed_by_a_module():
    """`bot.quiz.export` is the function even after every quiz module has been imported."""
    code = (
        "import bot.quiz, bot.quiz.take, bot.quiz.render, bot.quiz.formats, bot.quiz.cli; "
        "print(callable(bot.quiz.export), type(bot.quiz.export).__name__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "True function"


def test_the_bot_parser_loads_no_quiz_module_nor_pydantic():
    """`bot chat` paints after `build_parser()`: the quiz subcommands are described without loading the quiz
    models, the generator or pydantic (about 150 ms)."""
    code = (
        "import sys; from bot.cli import build_parser; build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith('bot.quiz')), 'pydantic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == "['bot.quiz', 'bot.quiz.cli', 'bot.quiz.options'] False"


def test_a_warm_ask_of_story_words_reads_no_english_word_list(tmp_path):
    """The English frequency list (a file read and unpacked) is for words the story never uses: a warm `bot ask` of
    story words must not read it, or every start pays for it."""
    code = (
        "import sys; from bot import spelling; calls = []; orig = spelling.EnglishWords.shipped.__func__; "
        "spelling.EnglishWords.shipped = classmethod(lambda cls: (calls.append(1), orig(cls))[1]); "
        "from bot import load_engine; lib = load_engine(); "
        "lib.engine(lib.stories()[0].id).answer('When was Mogujie founded?'); print(len(calls))"
    )
    env = {**os.environ, "BOT_CACHE_DIR": str(tmp_path)}
    run = [sys.executable, "-c", code]
    subprocess.run(run, capture_output=True, text=True, cwd=ROOT, check=True, env=env)  # builds the cache
    result = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, check=True, env=env)
    assert result.stdout.strip() == "0"
