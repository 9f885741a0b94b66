"""Docs that cannot rot: the Quick start, CI and the command list agree with the code."""

from __future__ import annotations

import re
from pathlib import Path

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_lines() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [
        line for block in re.findall(r"```\n(.*?)```", section, re.S) for line in block.strip().splitlines()
    ]


def test_quick_start_has_exactly_two_command_lines():
    lines = quick_start_lines()
    assert len(lines) == 2
    assert lines[0].endswith("bot chat") and "pip install" in lines[0]
    assert lines[1].endswith("pytest") and "'.[test]'" in lines[1]


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert quick_start_lines()[1] in ci


def test_every_command_has_help_and_is_in_the_readme():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, command in sub.choices.items():
        assert command.format_help()
        assert f"bot {name}" in README, name
        assert (
            any(a.dest == name for a in sub._choices_actions)
            and next(a for a in sub._choices_actions if a.dest == name).help
        )


def test_knowledge_guide_exists_and_names_the_check_command():
    guide = (ROOT / "knowledge" / "README.md").read_text(encoding="utf-8")
    assert "bot check" in guide and "[[qa]]" in guide and "[[fact]]" in guide
