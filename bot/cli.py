"""The `bot` command: each subcommand parses, calls the library, renders. Nothing more."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .errors import BotError, InputError, KnowledgeError


def _threshold(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--knowledge", metavar="DIR", help="knowledge folder (default: $BOT_KNOWLEDGE or the shipped one)"
    )
    parser.add_argument(
        "--seeds", metavar="DIR", help="articles folder (default: $BOT_SEEDS or the shipped one)"
    )


def _cmd_check(args: argparse.Namespace) -> int:
    from .knowledge import load_knowledge

    report: dict = {
        "ok": False,
        "errors": [],
        "counts": {},
        "coverage": {},
        "uncovered": [],
        "unattributed": [],
    }
    try:
        kb = load_knowledge(args.knowledge, args.seeds)
    except KnowledgeError as exc:
        report["errors"] = exc.problems
        if args.json:
            print(json.dumps(report, indent=2))
        else:
            for line in exc.problems:
                print(line, file=sys.stderr)
            print(f"{len(exc.problems)} problem(s) found", file=sys.stderr)
        return 2
    uncovered = kb.uncovered()
    unattributed = kb.unattributed()
    total = len(kb.sentences)
    report.update(
        ok=not uncovered and not unattributed,
        counts={
            "sources": len(kb.sources),
            "sentences": total,
            "entities": len(kb.entities),
            "qa": len(kb.qa),
            "facts": len(kb.facts),
            "events": len(kb.events),
            "synonyms": len(kb.synonyms),
        },
        coverage={"covered": total - len(uncovered), "total": total},
        uncovered=uncovered,
        unattributed=unattributed,
    )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        c = report["counts"]
        print(
            f"sources {c['sources']}  sentences {c['sentences']}  entities {c['entities']}  "
            f"qa {c['qa']}  facts {c['facts']}  events {c['events']}  synonym groups {c['synonyms']}"
        )
        print(f"coverage {total - len(uncovered)}/{total} sentences cited")
        for sid in uncovered:
            print(f"uncovered {sid}: {kb.sentences[sid].text}")
        for rid in unattributed:
            print(f"unattributed {rid}: no `says` (article, claim:ENTITY, rumour or report:ENTITY)")
        if report["ok"]:
            print("ok")
        else:
            print(
                "incomplete: "
                + "; ".join(
                    what
                    for what, bad in (
                        ("some sentences are not cited by any record", uncovered),
                        ("some records do not say who says them", unattributed),
                    )
                    if bad
                )
            )
    return 0 if report["ok"] else 2


def _read_questions(name: str) -> tuple[list[str], list[str]]:
    """Questions from a file or stdin ('-'): blank lines and # comments skipped; bad lines reported."""
    from pathlib import Path

    label = "<stdin>" if name == "-" else name
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except OSError as exc:
        raise InputError(f"{label}: cannot read: {exc.strerror}") from None
    questions, problems = [], []
    for n, raw in enumerate(data.split(b"\n"), start=1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError as exc:
            problems.append(f"{label}:{n}: not valid UTF-8 (byte {exc.start + 1} of the line); line skipped")
            continue
        if line and not line.startswith("#"):
            questions.append(line)
    if not questions and not problems:
        problems.append(f"{label}: no questions found (one question per line; # starts a comment)")
    return questions, problems


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(1, total)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _cmd_ask(args: argparse.Namespace) -> int:
    from .engine import load_engine
    from .models import Conversation
    from .render import RENDERERS

    if (args.question is None) == (args.file is None):
        raise InputError("give one QUESTION or --file FILE (use --file - for stdin)")
    if args.question is not None and not args.question.strip():
        raise InputError("the question is empty")
    problems: list[str] = []
    if args.file is not None:
        questions, problems = _read_questions(args.file)
    else:
        questions = [args.question]
    engine = load_engine(args.knowledge, args.seeds)
    if args.threshold is not None:
        engine = type(engine)(engine.kb, threshold=args.threshold)
    conversation = Conversation() if args.conversation or args.file is None else None
    show_progress = sys.stderr.isatty() and len(questions) > 20
    answers = []
    for n, question in enumerate(questions, start=1):
        answers.append(engine.answer(question, conversation if args.conversation else None))
        if show_progress and (n % 10 == 0 or n == len(questions)):
            _progress(n, len(questions))
    if answers:
        sys.stdout.write(RENDERERS[args.format](answers))
    for line in problems:
        print(f"bot: {line}", file=sys.stderr)
    if problems:
        return 2
    return 0 if all(a.status == "answered" for a in answers) else 1


def _cmd_eval(args: argparse.Namespace) -> int:
    from .engine import load_engine
    from .evaluate import calibration, evaluate, load_cases, summary

    cases = load_cases(args.cases)
    engine = load_engine(args.knowledge, args.seeds)
    if args.threshold is not None:
        engine = type(engine)(engine.kb, threshold=args.threshold)
    results = evaluate(engine, cases)
    stats = summary(results)
    table = calibration(engine, cases)
    failures = [r for r in results if r.verdict not in ("correct", "declined-ok")]
    if args.format == "json":
        print(
            json.dumps(
                {
                    "summary": stats,
                    "threshold": engine.threshold,
                    "calibration": table,
                    "failures": [
                        {
                            "id": r.case.id,
                            "kind": r.case.kind,
                            "questions": r.case.questions(),
                            "verdict": r.verdict,
                            "status": r.answer.status,
                            "answer": r.answer.answer,
                            "record": r.answer.record,
                            "confidence": r.answer.confidence,
                        }
                        for r in failures
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        from .render import safe

        for r in failures:
            q = " / ".join(r.case.questions())
            print(
                f"{r.case.id:8} {r.verdict:16} {safe(q)!r}\n{'':8} -> {r.answer.status} "
                f"[{r.answer.record or '-'} {r.answer.confidence:.2f}] {safe(r.answer.answer)[:120]}"
            )
        print(f"\ncalibration (threshold in use: {engine.threshold})")
        print("threshold  right  wrong  declined")
        for row in table:
            mark = "  <- in use" if abs(row["threshold"] - engine.threshold) < 1e-9 else ""
            print(
                f"{row['threshold']:9.2f}  {row['right']:5d}  {row['wrong']:5d}  {row['declined']:8d}{mark}"
            )
        print(
            f"\naccuracy={stats['accuracy']:.3f} declined={stats['declined']:.3f} wrong={stats['wrong']:.3f} "
            f"cases={stats['cases']}"
        )
    return 0 if not failures else 1


def _cmd_chat(args: argparse.Namespace) -> int:
    from .engine import load_engine

    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise InputError(
            "bot chat needs a terminal; use `bot repl` (reads questions from a pipe) or `bot ask`"
        )

    engine = load_engine(args.knowledge, args.seeds)
    from .tui.app import run_chat  # textual is imported only here: it costs ~100 ms at start-up

    return run_chat(engine)


def _cmd_repl(args: argparse.Namespace) -> int:
    from .engine import load_engine

    engine = load_engine(args.knowledge, args.seeds)
    from .repl import run_repl  # prompt_toolkit is imported only by the line chat

    return run_repl(engine, history=not args.no_history)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="bot", description="Ask questions about a news story; get cited answers."
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

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


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: run one subcommand and return its exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        if argv is None and sys.stdin.isatty() and sys.stdout.isatty():
            args = parser.parse_args(["chat"])
        else:
            args = parser.parse_args(["repl"])
    try:
        return args.func(args)
    except BotError as exc:
        print(f"bot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
