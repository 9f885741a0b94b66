"""The `bot` command: each subcommand parses, calls the library, renders. Nothing more."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence

from . import BotError, InputError, KnowledgeError
from .console import Progress, interrupts_deferred, silence_stdout, tolerant_output, warn


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("must be between 1 and 64")
    return value


def _data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--knowledge", metavar="DIR", help="knowledge folder (default: $BOT_KNOWLEDGE or the shipped one)"
    )
    parser.add_argument(
        "--seeds", metavar="DIR", help="articles folder (default: $BOT_SEEDS or the shipped one)"
    )
    parser.add_argument(
        "--story",
        metavar="ID",
        help="one story of the library (default: every story; quizzes need one if there are several)",
    )


def _cmd_check(args: argparse.Namespace) -> int:
    from . import check_knowledge

    report = check_knowledge(args.knowledge, args.seeds, args.story)
    if args.json:
        print(report.to_json())
    else:
        print(report.to_text(), file=sys.stderr if report.errors else sys.stdout)
    return 0 if report.ok else 2


def _cmd_ask(args: argparse.Namespace) -> int:
    """One question, a file or stdin, in any output format: it stays one function because every source and
    format shares the same writer, interrupt handling and exit codes (all in `AnswerWriter` and `bot.inputs`)."""
    from . import (
        Answer,
        AnswerWriter,
        Conversation,
        QuestionLine,
        load_engine,
        open_question_file,
        read_questions,
    )

    if args.question == "-" and args.file is None:
        args.question, args.file = None, "-"
    if (args.question is None) == (args.file is None):
        raise InputError("give one QUESTION or --file FILE (- for stdin: `bot ask -` or `--file -`)")
    if args.question is not None and not args.question.strip():
        raise InputError("the question is empty")
    stream = None
    if args.file is not None:
        stream = sys.stdin.buffer if args.file == "-" else open_question_file(args.file)
    engine = load_engine(args.knowledge, args.seeds, args.story)
    conversation = Conversation() if args.conversation or args.file is None else None
    writer = AnswerWriter(args.format, sys.stdout)
    declined = problems = 0
    label = "<stdin>" if args.file == "-" else args.file
    lines = read_questions(stream, label) if stream is not None else [QuestionLine(1, question=args.question)]
    progress = Progress(stream) if stream is not None and sys.stderr.isatty() else None
    interrupted = False

    def questions() -> Iterator[str]:
        nonlocal problems
        for line in lines:
            if line.problem:
                problems += 1
                warn(line.problem)
            else:
                yield line.question

    if args.jobs > 1 and conversation is None:
        from . import answer_in_parallel

        answers: Iterator[Answer] = answer_in_parallel(
            questions(), args.jobs, args.knowledge, args.seeds, args.story, args.threshold
        )
    else:
        answers = (engine.answer(q, conversation, threshold=args.threshold) for q in questions())
    try:
        for answer in answers:
            with interrupts_deferred():
                writer.write(answer)
            declined += answer.status != "answered"
            if progress:
                progress.show(writer.count)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        writer.close()
        if progress:
            progress.done(writer.count)
        if stream is not None and stream is not sys.stdin.buffer:
            stream.close()
    if interrupted:
        warn(f"interrupted: {writer.count} answer(s) written, the rest not read")
        return 130
    if stream is not None and not writer.count and not problems:
        warn(f"{label}: no questions found (one question per line; # starts a comment)")
        return 2
    if problems:
        return 2
    return 1 if declined else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from . import load_engine, load_eval_cases, run_eval

    cases = load_eval_cases(args.cases)
    report = run_eval(load_engine(args.knowledge, args.seeds, args.story), cases, threshold=args.threshold)
    print(report.to_json() if args.format == "json" else report.to_text())
    return 1 if report.failures else 0


def _cmd_chat(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError(
            "bot chat needs a terminal; use `bot repl` (reads questions from a pipe) or `bot ask`"
        )
    student = " ".join((args.student or "").split())
    if args.student is not None and not student:
        raise InputError("--student must not be empty")

    def load():  # run by the chat in a worker after its first paint
        from . import load_engine

        return load_engine(args.knowledge, args.seeds, args.story)

    def quiz_screen():  # F4: the quiz package is imported when a quiz is asked for
        from .quiz import quiz_maker
        from .tui.quiz_screen import QuizScreen

        return QuizScreen(
            make_quiz=quiz_maker(args.knowledge, args.seeds, story=args.story), student=student or "student"
        )

    from .tui.app import run_chat  # textual is imported only here: it costs ~100 ms at start-up

    return run_chat(load, student=student, quiz_screen=quiz_screen, history=not args.no_history)


def _cmd_new_story(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import knowledge_dir, new_story, seeds_dir

    knowledge, seeds = knowledge_dir(args.knowledge), seeds_dir(args.seeds)
    if "_data" in (knowledge.parts + seeds.parts):
        raise InputError(
            "the shipped knowledge and seeds are read-only: pass --knowledge DIR and --seeds DIR"
        )
    made = new_story(Path(args.article), args.id, knowledge, seeds, title=args.title, author=args.author,
                     year=args.year)  # fmt: skip
    print(f"article   {made.article}")
    print(f"manifest  {made.manifest} (entry {args.id!r} added)")
    print(
        f"drafts    {made.folder}/entities.toml ({made.names} names to check), records.toml ({made.sentences} sentences)"
    )
    print(f"next: fill in the drafts, then run `bot check --story {args.id}` until it says ok")
    return 0


def _cmd_repl(args: argparse.Namespace) -> int:
    from . import load_engine

    engine = load_engine(args.knowledge, args.seeds, args.story)
    from .repl import run_repl  # prompt_toolkit is imported only by the line chat

    return run_repl(engine, history=not args.no_history)


class _Version(argparse.Action):
    """`--version`: looks the version up only when asked, so other commands start no slower."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("newsbot")
        except PackageNotFoundError:
            number = "(not installed)"
        print(f"bot {number}")
        parser.exit()


class _CommandList(argparse.HelpFormatter):
    """`bot --help` with room for the longest command name ("new-story") beside its summary."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=28)
        self._action_max_length = 14


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="bot",
        description="Ask questions about a news story; get cited answers.",
        formatter_class=_CommandList,
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    start = sub.add_parser("new-story", help="add an article and scaffold its knowledge for curation")
    start.add_argument("article", help="the article as a UTF-8 text file")
    start.add_argument("--id", required=True, help="the story's id: lowercase letters, digits and hyphens")
    start.add_argument("--title", help="the title (default: the first sentence)")
    start.add_argument("--author", help="the author (default: unknown)")
    start.add_argument("--year", type=int, help="the year of publication")
    _data_options(start)
    start.set_defaults(func=_cmd_new_story)

    check = sub.add_parser("check", help="validate the knowledge base and show sentence coverage")
    _data_options(check)
    check.add_argument("--json", action="store_true", help="print the report as one JSON object")
    check.set_defaults(func=_cmd_check)

    ask = sub.add_parser("ask", help="answer one question, or a file of questions, with citations")
    ask.add_argument("question", nargs="?", help="the question (quote it)")
    ask.add_argument("--file", "-f", metavar="FILE", help="one question per line; - reads stdin")
    ask.add_argument("--format", choices=["text", "json", "jsonl", "csv", "markdown"], default="text")
    ask.add_argument("--conversation", action="store_true", help="answer the lines as turns of one chat")
    ask.add_argument("--threshold", type=_threshold, help="decline below this confidence (default: settings)")
    ask.add_argument(
        "--jobs", "-j", type=_jobs, default=1, metavar="N",
        help="answer a file on N processes (not with --conversation; answers keep the file's order)",
    )  # fmt: skip
    _data_options(ask)
    ask.set_defaults(func=_cmd_ask)

    ev = sub.add_parser("eval", help="batch-test the knowledge base on question cases (JSONL or CSV)")
    ev.add_argument("cases", help="cases: JSONL as in shared/eval, or CSV with question,expected")
    ev.add_argument("--format", choices=["text", "json"], default="text")
    ev.add_argument("--threshold", type=_threshold, help="decline below this confidence (default: settings)")
    _data_options(ev)
    ev.set_defaults(func=_cmd_eval)

    chat = sub.add_parser("chat", help="the full-screen chat (Textual)")
    _data_options(chat)
    chat.add_argument(
        "--student",
        metavar="NAME",
        help="your name: quiz answers (F4) are recorded under it, transcripts name it",
    )
    chat.add_argument("--no-history", action="store_true", help="do not read or write the question history")
    chat.set_defaults(func=_cmd_chat)

    repl = sub.add_parser(
        "repl", help="the line-mode chat (prompt_toolkit); reads stdin when it is not a terminal"
    )
    _data_options(repl)
    repl.add_argument("--no-history", action="store_true", help="do not read or write the history file")
    repl.set_defaults(func=_cmd_repl)

    from .quiz.cli import add_quiz_parser

    add_quiz_parser(sub, _data_options)
    return parser


_PATH_ARGUMENTS = frozenset({"file", "knowledge", "seeds", "cases", "db", "quiz_file", "answers", "output"})
"""Options naming files: kept byte for byte (a file name need not be UTF-8), shown escaped in messages."""


def _text_arguments(args: argparse.Namespace) -> None:
    """Replace bytes that are not valid UTF-8 in every text argument, and say so (paths are left alone)."""
    from . import command_line_text

    for name, value in vars(args).items():
        if isinstance(value, str) and name not in _PATH_ARGUMENTS:
            text, changed = command_line_text(value)
            if changed:
                setattr(args, name, text)
                warn(
                    f"the {name.replace('_', '-')} argument is not valid UTF-8; bad bytes replaced by \ufffd: {text}"
                )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run one subcommand and return its exit code; Ctrl+C anywhere exits 130 quietly."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print("bot: interrupted", file=sys.stderr)
        return 130


def _main(argv: Sequence[str] | None) -> int:
    tolerant_output()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        if argv is None and sys.stdin.isatty() and sys.stdout.isatty():
            args = parser.parse_args(["chat"])
        else:
            args = parser.parse_args(["repl"])
    try:
        _text_arguments(args)
        return args.func(args)
    except KnowledgeError as exc:
        for line in exc.problems:
            warn(line)
        return 2
    except BotError as exc:
        warn(str(exc))
        return 2
    except BrokenPipeError:
        silence_stdout()
        return 0
