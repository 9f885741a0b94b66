"""The `bot quiz` subcommands (being built)."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def add_quiz_parser(sub: argparse._SubParsersAction, data_options: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `bot quiz` and its subcommands on the main parser."""
    quiz = sub.add_parser("quiz", help="classroom quizzes: take, export, grade, report")
    data_options(quiz)
    quiz.set_defaults(func=lambda args: 2)
