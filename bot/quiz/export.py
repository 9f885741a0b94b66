"""Quizzes as text, as pure functions: printable Markdown, the JSON quiz file, and GIFT for Moodle."""

from __future__ import annotations

import re

from .models import LETTERS, Quiz, QuizItem

FORMATS = ("markdown", "json", "gift")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_GIFT_SPECIAL = re.compile(r"([\\~=#{}:])")


def _plain(text: str) -> str:
    """One line of text with control characters removed."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _md(text: str) -> str:
    """Markdown-escaped, so a question cannot inject formatting."""
    return re.sub(r"([\\`*_{}\[\]()#+!|<>])", r"\\\1", _plain(text))


def prompt_line(item: QuizItem) -> str:
    """The question as a student reads it."""
    if item.kind == "truefalse":
        return f"True or false? {item.prompt}"
    return item.prompt


def to_json(quiz: Quiz) -> str:
    """The quiz file read by `bot quiz run` and `bot quiz grade`: stable, no timestamps."""
    return quiz.model_dump_json(indent=2) + "\n"


def to_markdown(quiz: Quiz, answer_key: bool = False) -> str:
    """A printable quiz; with `answer_key`, a separate answer key section after the questions."""
    out = [
        f"# {_md(quiz.title)}",
        "",
        f"Quiz `{quiz.id}` · seed {quiz.seed} · {len(quiz.items)} questions",
        "",
        "Name: ______________________",
        "",
    ]
    for n, item in enumerate(quiz.items, start=1):
        out.append(f"## Question {n}")
        out.append("")
        out.append(_md(prompt_line(item)))
        out.append("")
        if item.kind == "choice":
            out.extend(f"- **{LETTERS[i]}.** {_md(opt)}" for i, opt in enumerate(item.options))
            out.append("")
        elif item.kind == "truefalse":
            out.append("- [ ] True")
            out.append("- [ ] False")
            out.append("")
        else:
            out.append("Answer: ______________________")
            out.append("")
    if answer_key:
        out.append("## Answer key")
        out.append("")
        for n, item in enumerate(quiz.items, start=1):
            line = f"{n}. **{_md(item.expected())}**"
            if item.kind == "short" and item.accept:
                line += " (also accepted: " + "; ".join(_md(a) for a in item.accept) + ")"
            out.append(line)
            if item.cited:
                out.append(f"   > {_md(item.cited)}")
        out.append("")
    return "\n".join(out)


def gift_escape(text: str) -> str:
    """Text safe inside GIFT: the special characters ~ = # { } : (and backslash) escaped with a backslash."""
    return _GIFT_SPECIAL.sub(r"\\\1", _plain(text))


def to_gift(quiz: Quiz, feedback: bool = False) -> str:
    """The quiz in Moodle's GIFT format; with `feedback`, the cited sentence as general feedback."""
    out = [f"// {_plain(quiz.title)} ({quiz.id}, seed {quiz.seed})", ""]
    for item in quiz.items:
        e = gift_escape
        if item.kind == "choice":
            body = " ".join(("=" if opt == item.answer else "~") + e(opt) for opt in item.options)
        elif item.kind == "truefalse":
            body = "TRUE" if item.answer == "true" else "FALSE"
        else:
            body = " ".join("=" + e(a) for a in dict.fromkeys([item.answer, *item.accept]))
        if feedback and item.cited:
            body += f" ####{e(item.cited)}"
        out.append(f"::{e(item.id)}::{e(item.prompt)} {{{body}}}")
        out.append("")
    return "\n".join(out)


def export(quiz: Quiz, fmt: str, answer_key: bool = False) -> str:
    """The quiz in one of FORMATS; `answer_key` adds the key (Markdown) or feedback (GIFT)."""
    if fmt == "json":
        return to_json(quiz)
    if fmt == "gift":
        return to_gift(quiz, feedback=answer_key)
    if fmt == "markdown":
        return to_markdown(quiz, answer_key=answer_key)
    raise ValueError(f"unknown format {fmt!r}")
