"""The `bot quiz` subcommands: each parses, calls the quiz library, renders. Nothing more."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from .models import ITEM_KINDS, ItemKind

if TYPE_CHECKING:
    from .models import Quiz
    from .store import QuizStore

_KIND_NAMES: dict[str, ItemKind] = {
    "short": "short",
    "sa": "short",
    "text": "short",
    "choice": "choice",
    "mc": "choice",
    "multiple": "choice",
    "truefalse": "truefalse",
    "tf": "truefalse",
    "true-false": "truefalse",
    "true/false": "truefalse",
}
_DEFAULT_QUESTIONS = 10


def _types(text: str) -> list[ItemKind]:
    kinds: list[ItemKind] = []
    for word in text.replace(" ", ",").split(","):
        if not word:
            continue
        kind = _KIND_NAMES.get(word.lower())
        if kind is None:
            raise argparse.ArgumentTypeError(
                f"unknown question type {word!r} (choose from {', '.join(ITEM_KINDS)})"
            )
        if kind not in kinds:
            kinds.append(kind)
    if not kinds:
        raise argparse.ArgumentTypeError("name at least one question type")
    return kinds


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _suppressed(parser: argparse.ArgumentParser, before: int) -> None:
    """Options repeated on a subcommand must not reset what was given before the subcommand name."""
    for action in parser._actions[before:]:
        if action.option_strings:
            action.default = argparse.SUPPRESS


def _generation(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seed", type=int, help="make the same quiz again (default: a fresh seed, shown)")
    parser.add_argument(
        "--questions",
        type=_positive,
        metavar="N",
        help=f"how many questions (default {_DEFAULT_QUESTIONS}; --retry-missed: all)",
    )
    parser.add_argument(
        "--types",
        type=_types,
        metavar="TYPES",
        help="comma-separated question types: short,choice,truefalse (default: all)",
    )
    parser.add_argument(
        "--topic", metavar="ENTITY", help="only questions about this entity (id or name, typos ok)"
    )


def _taking(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--student", metavar="NAME", help="whose answers these are (default: student)")
    parser.add_argument(
        "--db", metavar="PATH", help="results database (default: the user data folder's quiz.db)"
    )


def add_quiz_parser(
    sub: argparse._SubParsersAction, data_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register `bot quiz` and its subcommands on the main parser."""
    quiz = sub.add_parser(
        "quiz",
        help="classroom quizzes: take, export, grade, report",
        description="Take a quiz generated from the story. On a terminal you are prompted; from a pipe, one "
        "answer is read per line (A-D or the option's text; t/f/true/false/yes/no). Each answer is "
        "saved as it is given.",
    )
    data_options(quiz)
    _generation(quiz)
    _taking(quiz)
    quiz.add_argument(
        "--retry-missed", action="store_true", help="a quiz of the questions this student got wrong before"
    )
    quiz.set_defaults(func=_cmd_take)
    qsub = quiz.add_subparsers(dest="quiz_command", metavar="SUBCOMMAND")

    run = qsub.add_parser(
        "run", help="take an exported quiz file", description="Take a quiz from a JSON quiz file."
    )
    run.add_argument("file", metavar="QUIZ.json")
    start = len(run._actions)
    _taking(run)
    _suppressed(run, start)
    run.set_defaults(func=_cmd_run)

    export = qsub.add_parser(
        "export",
        help="write a quiz as Markdown, JSON or GIFT (Moodle)",
        description="Write a quiz for printing (Markdown), for `bot quiz run`/`grade` (JSON) or for Moodle (GIFT). "
        "The same seed and options give byte-identical files.",
    )
    start = len(export._actions)
    data_options(export)
    _generation(export)
    _suppressed(export, start)
    export.add_argument("--format", choices=("markdown", "json", "gift"), default="markdown")
    export.add_argument(
        "--answer-key",
        action="store_true",
        help="Markdown: add the answer key section; GIFT: add the cited sentence as feedback",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    export.set_defaults(func=_cmd_export)

    grade = qsub.add_parser(
        "grade",
        help="grade a class's answers (CSV) against a quiz file",
        description="Grade ANSWERS.csv (columns student, question, answer; question = number 1..N or id).",
    )
    grade.add_argument("quiz_file", metavar="QUIZ.json")
    grade.add_argument("answers", metavar="ANSWERS.csv")
    grade.add_argument("--format", choices=("table", "csv", "json"), default="table")
    grade.set_defaults(func=_cmd_grade)

    report = qsub.add_parser(
        "report",
        help="summarise stored results per student and per question",
        description="Per-student scores, per-question statistics (hardest first) and claims.",
    )
    start = len(report._actions)
    _taking(report)
    _suppressed(report, start)
    report.add_argument("--format", choices=("text", "csv", "json"), default="text")
    report.set_defaults(func=_cmd_report)


def _student(args: argparse.Namespace) -> str:
    name = (getattr(args, "student", None) or "student").strip()
    if not name:
        raise InputError("--student must not be empty")
    return name


def _take(quiz: Quiz, args: argparse.Namespace, store: QuizStore) -> int:
    from .take import QuizSession, line_reader, run_quiz

    session = QuizSession(quiz, _student(args), store)
    interactive = sys.stdin.isatty()
    if interactive:
        from .terminal import terminal_reader  # prompt_toolkit only when prompting at a terminal

        read = terminal_reader(session)
    else:
        read = line_reader(sys.stdin)

    def write(text: str) -> None:
        print(text, flush=True)

    try:
        run_quiz(session, read, write, interactive=interactive)
    finally:
        store.close()
    return 0


def _cmd_take(args: argparse.Namespace) -> int:
    from .generate import generate_quiz, retry_quiz
    from .store import open_store

    store = open_store(args.db)
    assert store is not None
    try:
        if args.retry_missed:
            student = _student(args)
            quiz = retry_quiz(
                store.missed(student), seed=args.seed, questions=args.questions, student=student
            )
        else:
            from ..knowledge import load_knowledge

            kb = load_knowledge(args.knowledge, args.seeds)
            quiz = generate_quiz(
                kb,
                seed=args.seed,
                questions=args.questions or _DEFAULT_QUESTIONS,
                types=args.types or ITEM_KINDS,
                topic=args.topic,
            )
    except BaseException:
        store.close()
        raise
    return _take(quiz, args, store)


def _cmd_run(args: argparse.Namespace) -> int:
    from .files import load_quiz
    from .store import open_store

    quiz = load_quiz(args.file)
    store = open_store(getattr(args, "db", None))
    assert store is not None
    return _take(quiz, args, store)


def _cmd_export(args: argparse.Namespace) -> int:
    from ..knowledge import load_knowledge
    from .export import export
    from .generate import generate_quiz

    kb = load_knowledge(getattr(args, "knowledge", None), getattr(args, "seeds", None))
    wanted = getattr(args, "questions", None) or _DEFAULT_QUESTIONS
    quiz = generate_quiz(
        kb,
        seed=getattr(args, "seed", None),
        questions=wanted,
        types=getattr(args, "types", None) or ITEM_KINDS,
        topic=getattr(args, "topic", None),
    )
    text = export(quiz, args.format, answer_key=args.answer_key)
    if len(quiz.items) < wanted:
        print(f"bot: only {len(quiz.items)} questions could be made (asked for {wanted})", file=sys.stderr)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8", newline="\n")
        except OSError as exc:
            raise InputError(f"{args.output}: cannot write: {exc.strerror}") from None
        print(
            f"wrote {args.output} ({quiz.id}, seed {quiz.seed}, {len(quiz.items)} questions)", file=sys.stderr
        )
    else:
        sys.stdout.write(text)
    return 0


def _cmd_grade(args: argparse.Namespace) -> int:
    from .files import load_answers, load_quiz
    from .grade import grade_sheet
    from .render import REPORTS

    quiz = load_quiz(args.quiz_file)
    report = grade_sheet(quiz, load_answers(args.answers), source=args.answers)
    if args.format == "table":
        sys.stdout.write(REPORTS["text"](report, f"{quiz.title} ({quiz.id}): {args.answers}"))
    else:
        sys.stdout.write(REPORTS[args.format](report))
        for line in report.problems:
            print(f"bot: skipped {line}", file=sys.stderr)
    return 0


def _cmd_report(args: argparse.Namespace) -> int:
    from .models import Report
    from .render import REPORTS
    from .store import open_store

    db = getattr(args, "db", None)
    if db and not Path(db).expanduser().exists():
        raise InputError(f"{db}: no such results database (give the --db used when the quiz was taken)")
    store = open_store(db, readonly=True)
    if store is None:
        report = Report()
    else:
        with store:
            report = store.report(getattr(args, "student", None))
    if args.format == "text":
        title = f"Quiz results for {args.student}" if getattr(args, "student", None) else "Quiz results"
        sys.stdout.write(REPORTS["text"](report, title))
    else:
        sys.stdout.write(REPORTS[args.format](report))
    return 0
