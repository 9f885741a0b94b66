"""Docs that cannot rot: the Quick start, CI and the command list agree with the code."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bot.cli import build_parser, main

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


def test_ci_runs_the_lint_step_before_the_tests_and_the_readme_names_it():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\nscripts/lint " in ci and ci.index("\nscripts/lint ") < ci.index(quick_start_lines()[1])
    lint = ROOT / "scripts" / "lint"
    assert os.access(lint, os.X_OK)
    steps = [
        line.split(" || ")[0] for line in lint.read_text(encoding="utf-8").splitlines() if " || " in line
    ]
    assert steps == ['"$bin/ruff" format --check .', '"$bin/ruff" check .', '"$bin/mypy"']
    assert "`scripts/lint`" in README


def commands(
    parser: argparse.ArgumentParser | None = None, prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    """Every command and subcommand of `bot`, as argument tuples: ("ask",), ("quiz",), ("quiz", "export")..."""
    parser = parser or build_parser()
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found.extend(commands(sub, (*prefix, name)))
    return found


def test_the_command_list_includes_subcommands():
    assert {("ask",), ("check",), ("eval",), ("chat",), ("repl",), ("quiz",), ("quiz", "export")} <= set(
        commands()
    )


@pytest.mark.parametrize("command", commands(), ids=" ".join)
def test_every_command_has_a_help_that_runs_and_is_in_the_readme(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    out = capsys.readouterr().out
    assert done.value.code == 0
    assert out.startswith(f"usage: bot {' '.join(command)} ") and "--help" in out
    assert re.search(rf"\bbot {' '.join(command)}\b", README), f"bot {' '.join(command)} is not in README.md"


@pytest.mark.parametrize("command", [c for c in commands() if len(c) == 1], ids=" ".join)
def test_every_command_has_a_one_line_summary_in_bot_help(command, capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = {
        line.split()[0]: line for line in capsys.readouterr().out.splitlines() if line.startswith("    ")
    }
    assert command[0] in listed and len(listed[command[0]].split()) > 2


@pytest.mark.slow
def test_quick_start_installs_a_working_bot_in_a_fresh_venv(tmp_path):
    """The README's test line, up to the test run, in a fresh copy of the checkout (pip's cache makes it a
    matter of a minute or two); then the installed `bot` answers. Runs by default, so CI runs it."""
    install, run_tests = quick_start_lines()[1].rsplit(" && ", 1)
    assert run_tests == ".venv/bin/pytest"
    checkout = tmp_path / "checkout"
    shutil.copytree(
        ROOT,
        checkout,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "__pycache__", ".*_cache", ".hypothesis", "*.egg-info", "build", "dist"
        ),
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    setup = subprocess.run(
        install, shell=True, cwd=checkout, env=env, capture_output=True, text=True, timeout=600
    )
    assert setup.returncode == 0, setup.stderr[-3000:]
    bot = checkout / ".venv" / "bin" / "bot"
    helped = subprocess.run(
        [bot, "--help"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert helped.returncode == 0 and helped.stdout.startswith("usage: bot ")
    asked = subprocess.run(
        [bot, "ask", "When was Mogujie founded?"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (asked.returncode, asked.stderr) == (0, "")
    assert asked.stdout.startswith("Q: When was Mogujie founded?\nMogujie was founded in 2011.\n")


def test_knowledge_guide_exists_and_names_the_check_command():
    guide = (ROOT / "knowledge" / "README.md").read_text(encoding="utf-8")
    assert "bot check" in guide and "[[qa]]" in guide and "[[fact]]" in guide
