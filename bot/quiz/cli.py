"""The `bot quiz` subcommands: each parses, calls the quiz library, renders. Nothing more."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from .. import paths
from ..errors import InputError
from ..safety import one_line, terminal
from .options import ITEM_KINDS, MAX_SEED, ItemKind

if TYPE_CHECKING:
    from .models import Quiz, Report
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
_MAX_QUESTIONS = 1000


def _types(text: str) -> list[ItemKind]:
    kinds: list[ItemKind] = []
    for word in text.replace(" ", ",").split(","):
        if not word:
            continue
        kind = _KIND_NAMES.get(word.lower())
        if kind is None:
            raise argparse.ArgumentTypeError(
                f"unknown question type {_shown(word)!r} (choose from {', '.join(ITEM_KINDS)})"
            )
        if kind not in kinds:
            kinds.append(kind)
    if not kinds:
        raise argparse.ArgumentTypeError("name at least one question type")
    return kinds


def _shown(text: str, width: int = 40) -> str:
    """User input quoted back in a message: one safe line, cut short (a seed may be a million digits)."""
    text = one_line(text)
    return text if len(text) <= width else text[: width - 3] + "..."


def _whole(text: str, low: int, high: int, what: str) -> int:
    if not re.fullmatch(r"\s*\+?[0-9]{1,20}\s*", text):
        raise argparse.ArgumentTypeError(
            f"{what} must be a whole number from {low} to {high}, not {_shown(text)!r}"
        )
    value = int(text)
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"{what} must be a whole number from {low} to {high}")
    return value


def _positive(text: str) -> int:
    return _whole(text, 1, _MAX_QUESTIONS, "the number of questions")


def _seed(text: str) -> int:
    return _whole(text, 0, MAX_SEED, "the seed")


def _answer_ids(text: str) -> list[int]:
    ids = []
    for part in text.replace(",", " ").split():
        ids.append(_whole(part, 1, MAX_SEED, "an answer id"))
    if not ids:
        raise argparse.ArgumentTypeError("give at least one answer id")
    return ids


def _suppressed(parser: argparse.ArgumentParser, before: int) -> None:
    """Options repeated on a subcommand must not reset what was given before the subcommand name."""
    for action in parser._actions[before:]:
        if action.option_strings:
            action.default = argparse.SUPPRESS


def _generation(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seed", type=_seed, help=f"make the same quiz again (0 to {MAX_SEED}; default: a fresh seed, shown)"
    )
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


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="PATH", help="results database (default: the user data folder's quiz.db)"
    )


def _taking(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--student", metavar="NAME", help="whose answers these are (default: student)")
    _db(parser)


def add_quiz_parser(
    sub: argparse._SubParsersAction, data_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Register `bot quiz` and its subcommands on the main parser."""
    quiz = sub.add_parser(
        "quiz",
        help="classroom quizzes: take, export, grade, review, report",
        description="Take a quiz generated from the story. On a terminal you are prompted; from a pipe, one "
        "answer is read per line (A-D or the option's text; t/f/true/false/yes/no). Each answer is "
        "saved as it is given; Ctrl+C stops (exit 130) and keeps what was answered.",
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
        help="write a quiz as a printable handout (HTML, Markdown), JSON or GIFT (Moodle)",
        description="Write a quiz to hand out (HTML, print-ready for A4 and Letter; Markdown), for "
        "`bot quiz run`/`grade` (JSON) or for Moodle (GIFT). The same seed and options give byte-identical "
        "files.",
    )
    start = len(export._actions)
    data_options(export)
    _generation(export)
    _suppressed(export, start)
    export.add_argument("--format", choices=("markdown", "html", "json", "gift"), default="markdown")
    export.add_argument(
        "--answer-key",
        action="store_true",
        help="HTML and Markdown: add the answer key (HTML: on its own page); GIFT: the cited sentence as "
        "feedback",
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output (- is standard output)",
    )
    export.set_defaults(func=_cmd_export)

    grade = qsub.add_parser(
        "grade",
        help="grade a class's answers (CSV) against a quiz file",
        description="Grade ANSWERS.csv (columns student, question, answer, comma- or semicolon-separated; "
        "question = 3, Q3, #3 or the question's id). Shows every answer with its verdict and the expected "
        "one; near misses are listed for review. Exit 1 when rows were skipped.",
    )
    grade.add_argument("quiz_file", metavar="QUIZ.json")
    grade.add_argument("answers", metavar="ANSWERS.csv")
    grade.add_argument("--format", choices=("table", "csv", "json", "gradebook"), default="table")
    grade.add_argument(
        "--db", metavar="PATH", help="also store the class in this results database (for report and review)"
    )
    grade.set_defaults(func=_cmd_grade)

    review = qsub.add_parser(
        "review",
        help="accept or reject near misses and claims, override grades, regrade",
        description="Without options, list the answers waiting for a decision (claims and near misses) "
        "with their ids. --accept and --reject set the grade of any stored answer (reports show it as the "
        "teacher's); --clear removes the decision; --regrade grades every stored answer again.",
    )
    start = len(review._actions)
    _taking(review)
    _suppressed(review, start)
    review.add_argument(
        "--accept",
        type=_answer_ids,
        action="extend",
        metavar="ID",
        default=[],
        help="count these answers right",
    )
    review.add_argument(
        "--reject",
        type=_answer_ids,
        action="extend",
        metavar="ID",
        default=[],
        help="count these answers wrong",
    )
    review.add_argument(
        "--clear", type=_answer_ids, action="extend", metavar="ID", default=[], help="undo a decision"
    )
    review.add_argument("--note", default="", help="a note kept with the decision")
    review.add_argument("--all", action="store_true", help="list decided answers too")
    review.add_argument("--regrade", action="store_true", help="grade every stored answer again")
    review.add_argument("--format", choices=("text", "json"), default="text")
    review.set_defaults(func=_cmd_review)

    report = qsub.add_parser(
        "report",
        help="summarise stored results per student and per question",
        description="Per-student scores (an unfinished attempt counts against the whole quiz), per-question "
        "statistics (hardest first), near misses and claims. --format gradebook: one row per student for "
        "one quiz (--quiz), ready for a spreadsheet or an LMS.",
    )
    start = len(report._actions)
    _taking(report)
    _suppressed(report, start)
    report.add_argument("--quiz", metavar="ID", help="only this quiz (its id, as in the quiz file)")
    report.add_argument("--answers", action="store_true", help="text: list every answer too")
    report.add_argument("--format", choices=("text", "csv", "json", "gradebook"), default="text")
    report.set_defaults(func=_cmd_report)

    check = qsub.add_parser(
        "check",
        help="check every item the generator could write against the item-writing rules",
        description="For curators: every candidate item that breaks an item-writing rule, with the rule "
        "(such items are never put in a quiz). Exit 0 when the knowledge loads.",
    )
    start = len(check._actions)
    data_options(check)
    _suppressed(check, start)
    check.add_argument("--json", action="store_true", help="print the flaws as JSON")
    check.set_defaults(func=_cmd_check)


def _student(args: argparse.Namespace) -> str:
    name = " ".join((getattr(args, "student", None) or "student").split())
    if not name:
        raise InputError("--student must not be empty")
    return name


def _warn(lines: list[str]) -> None:
    for line in lines:
        print(f"bot: {terminal(line)}", file=sys.stderr)


def _take(quiz: Quiz, args: argparse.Namespace, store: QuizStore) -> int:
    from .take import QuizSession, line_reader, run_quiz

    try:
        session = QuizSession(quiz, _student(args), store)
        interactive = sys.stdin.isatty()
        if interactive:
            from .terminal import terminal_reader  # prompt_toolkit only when prompting at a terminal

            read = terminal_reader(session)
        else:
            read = line_reader(sys.stdin)

        def write(text: str) -> None:
            print(text, flush=True)

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
            missed = store.missed(student)
            _warn(store.problems)
            quiz = retry_quiz(missed, seed=args.seed, questions=args.questions, student=student)
        else:
            from ..knowledge import load_knowledge

            kb = load_knowledge(args.knowledge, args.seeds, getattr(args, "story", None))
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
    from .readers import load_quiz
    from .store import open_store

    quiz = load_quiz(args.file)
    store = open_store(getattr(args, "db", None))
    assert store is not None
    return _take(quiz, args, store)


def _cmd_export(args: argparse.Namespace) -> int:
    from ..knowledge import load_knowledge
    from .formats import export
    from .generate import generate_quiz

    kb = load_knowledge(
        getattr(args, "knowledge", None), getattr(args, "seeds", None), getattr(args, "story", None)
    )
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
    if args.output and args.output != "-":
        try:
            paths.user_path(args.output).write_text(text, encoding="utf-8", newline="\n")
        except OSError as exc:
            raise InputError(f"{args.output}: cannot write: {exc.strerror}") from None
        print(
            f"wrote {terminal(args.output)} ({quiz.id}, seed {quiz.seed}, {len(quiz.items)} questions)",
            file=sys.stderr,
        )
    else:
        sys.stdout.write(text)
    return 0


def _render(report: Report, fmt: str, title: str, quiz: Quiz | None, answers: bool = True) -> str:
    from .render import REPORTS, gradebook_csv, report_text

    if fmt == "gradebook":
        assert quiz is not None
        return gradebook_csv(quiz, report)
    if fmt in ("text", "table"):
        return report_text(report, title, answers=answers)
    return REPORTS[fmt](report)


def _cmd_grade(args: argparse.Namespace) -> int:
    from .grade import grade_sheet
    from .readers import load_answers, load_quiz

    quiz = load_quiz(args.quiz_file)
    report = grade_sheet(quiz, load_answers(args.answers), source=args.answers)
    if args.db:
        from .store import open_store

        with open_store(args.db) as store:  # type: ignore[union-attr]
            stored = store.record_sheet(quiz, report)
        print(f"bot: stored {stored} students' answers in {terminal(args.db)}", file=sys.stderr)
    title = f"{quiz.title} ({quiz.id}): {args.answers}"
    sys.stdout.write(_render(report, args.format, title, quiz))
    if args.format != "table":
        _warn([f"skipped {p}" for p in report.problems])
    return 1 if report.problems else 0


def _open_existing(db: str | None) -> QuizStore | None:
    from .store import open_store

    if db and not paths.user_path(db).exists():
        raise InputError(f"{db}: no such results database (give the --db used when the quiz was taken)")
    return open_store(db, readonly=True)


def _cmd_report(args: argparse.Namespace) -> int:
    from .models import Report

    student = getattr(args, "student", None)
    store = _open_existing(getattr(args, "db", None))
    quiz = None
    if store is None:
        report = Report()
    else:
        with store:
            quiz_id = args.quiz
            if args.format == "gradebook" and quiz_id is None:
                quizzes = store.quizzes()
                if len(quizzes) != 1:
                    listed = "; ".join(f"{q} ({one_line(t)}, {n} attempts)" for q, t, n in quizzes) or "none"
                    raise InputError(
                        f"a gradebook is for one quiz: give --quiz ID (stored quizzes: {listed})"
                    )
                quiz_id = quizzes[0][0]
            if quiz_id is not None:
                quiz = store.quiz(quiz_id)
                if quiz is None:
                    raise InputError(f"no quiz {_shown(quiz_id)!r} in the results database")
            report = store.report(student, quiz=quiz_id, latest=args.format == "gradebook")
    if args.format == "gradebook" and quiz is None:
        raise InputError("no results yet: nothing to put in a gradebook")
    title = f"Quiz results for {student}" if student else "Quiz results"
    if quiz is not None:
        title += f": {quiz.title} ({quiz.id})"
    sys.stdout.write(_render(report, args.format, title, quiz, answers=bool(args.answers or student)))
    if args.format not in ("text",):
        _warn([f"skipped {p}" for p in report.problems])
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    from .render import json_text, pending_text, status_text
    from .store import open_store

    db = getattr(args, "db", None)
    if db and not paths.user_path(db).exists():
        raise InputError(f"{db}: no such results database (give the --db used when the quiz was taken)")
    store = open_store(db)
    assert store is not None
    decided = [(args.accept, "right"), (args.reject, "wrong"), (args.clear, None)]
    both = set(args.accept) & set(args.reject)
    if both:
        store.close()
        raise InputError(f"answer {', '.join(map(str, sorted(both)))} is both accepted and rejected")
    with store:
        changes = []
        for ids, verdict in decided:
            if ids:
                changes.extend(store.decide(ids, verdict, args.note))  # type: ignore[arg-type]
        for change in changes:
            print(
                f"answer {change.answer_id} ({terminal(one_line(change.student))}, question {change.number}, "
                f"{_shown(change.given)!r}): {change.before} -> {change.after}"
            )
        if args.regrade:
            regraded = store.regrade()
            for change in regraded:
                print(
                    f"regraded answer {change.answer_id} ({terminal(one_line(change.student))}, question "
                    f"{change.number}, {_shown(change.given)!r}): {change.before} -> {change.after}"
                )
            print(f"regraded every stored answer: {len(regraded)} changed")
        if changes or args.regrade:
            _warn(store.problems)
            return 0
        pending = store.pending(getattr(args, "student", None), everything=args.all)
        _warn(store.problems)
    if args.format == "json":
        sys.stdout.write(
            json_text([dict(line.model_dump(mode="json"), shown=status_text(line)) for line in pending])
        )
    else:
        sys.stdout.write(pending_text(pending))
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    import json

    from ..knowledge import load_knowledge
    from .generate import candidates
    from .material import Material
    from .rules import RULES, check_item

    kb = load_knowledge(
        getattr(args, "knowledge", None), getattr(args, "seeds", None), getattr(args, "story", None)
    )
    material = Material.of(kb)
    pool = candidates(kb, material)
    flawed = [(item, check_item(item, material)) for item in pool]
    flawed = [(item, flaws) for item, flaws in flawed if flaws]
    if args.json:
        print(
            json.dumps(
                {
                    "candidates": len(pool),
                    "flawed": [
                        {
                            "item": item.id,
                            "record": item.record,
                            "prompt": item.prompt,
                            "answer": item.answer,
                            "flaws": [
                                {"rule": f.rule, "guideline": RULES[f.rule], "message": f.message}
                                for f in flaws
                            ],
                        }
                        for item, flaws in flawed
                    ],
                },
                indent=2,
                ensure_ascii=True,
            )
        )
        return 0
    for item, flaws in flawed:
        print(
            f"{item.id} ({item.kind}): {terminal(one_line(item.prompt))} -> {terminal(one_line(item.answer))}"
        )
        for f in flaws:
            print(f"  {f.rule}: {terminal(f.message)}  [{RULES[f.rule]}]")
    print(
        f"{len(pool)} candidate items, {len(pool) - len(flawed)} pass every rule, "
        f"{len(flawed)} break one or more (never put in a quiz)"
    )
    return 0
