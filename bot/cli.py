"""The `bot` command: each subcommand parses, calls the library, renders. Nothing more."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .errors import BotError, KnowledgeError


def _data_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--knowledge", metavar="DIR", help="knowledge folder (default: $BOT_KNOWLEDGE or the shipped one)")
    parser.add_argument("--seeds", metavar="DIR", help="articles folder (default: $BOT_SEEDS or the shipped one)")


def _cmd_check(args: argparse.Namespace) -> int:
    from .knowledge import load_knowledge

    report: dict = {"ok": False, "errors": [], "counts": {}, "coverage": {}, "uncovered": []}
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
    total = len(kb.sentences)
    report.update(
        ok=not uncovered,
        counts={"sources": len(kb.sources), "sentences": total, "entities": len(kb.entities),
                "qa": len(kb.qa), "facts": len(kb.facts), "synonyms": len(kb.synonyms)},
        coverage={"covered": total - len(uncovered), "total": total},
        uncovered=uncovered,
    )
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        c = report["counts"]
        print(f"sources {c['sources']}  sentences {c['sentences']}  entities {c['entities']}  "
              f"qa {c['qa']}  facts {c['facts']}  synonym groups {c['synonyms']}")
        print(f"coverage {total - len(uncovered)}/{total} sentences cited")
        for sid in uncovered:
            print(f"uncovered {sid}: {kb.sentences[sid].text}")
        print("ok" if not uncovered else "incomplete: some sentences are not cited by any record")
    return 0 if not uncovered else 2


def _cmd_chat(args: argparse.Namespace) -> int:
    from .engine import load_engine

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
    parser = argparse.ArgumentParser(prog="bot", description="Ask questions about a news story; get cited answers.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="validate the knowledge base and show sentence coverage")
    _data_options(check)
    check.add_argument("--json", action="store_true", help="print the report as one JSON object")
    check.set_defaults(func=_cmd_check)

    chat = sub.add_parser("chat", help="the full-screen chat (Textual)")
    _data_options(chat)
    chat.set_defaults(func=_cmd_chat)

    repl = sub.add_parser("repl", help="the line-mode chat (prompt_toolkit); reads stdin when it is not a terminal")
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
