"""What the chats print, copy and save: answers as text with numbered suggestions and who-says-so tags,
and a whole conversation as Markdown with its citations. Pure functions, plus one careful file writer."""

from __future__ import annotations

import datetime
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .safety import markdown, one_line, terminal

if TYPE_CHECKING:
    from .answers import Answer

NOT_SAID = "Not in the story."
ASK_BACK = "Which did you mean?"


def suggestions_head(answer: Answer) -> str:
    return "Did you mean:" if answer.status == "clarify" else "You could ask:"


def chat_text(answer: Answer) -> str:
    """One answer for the line chat and the clipboard: as `bot ask` prints it (each quote with its sentence
    id and who says so), but with the suggestions numbered, since typing the number asks one."""
    lines = [terminal(answer.answer)]
    tag = f" — {terminal(answer.source_tag)}" if answer.source_tag else ""
    for n, cite in enumerate(answer.citations, start=1):
        lines.append(f'  [{n}] "{terminal(cite.quote)}" ({terminal(cite.sentence)}){tag}')
    if answer.source_tag and not answer.citations:
        lines.append(f"  Who says so: {terminal(answer.source_tag)}")
    if answer.suggestions:
        lines.append(suggestions_head(answer))
        lines.extend(f"  {n}. {terminal(s)}" for n, s in enumerate(answer.suggestions, start=1))
    return "\n".join(lines)


def markdown_transcript(
    answers: Sequence[Answer], *, about: str, student: str = "", now: datetime.datetime | None = None
) -> str:
    """A conversation as a Markdown document: each question, its answer, and the quoted sentences with
    their ids and who says so. Every piece of text is escaped, so nothing typed can forge structure."""
    when = (now or datetime.datetime.now()).strftime("%Y-%m-%d %H:%M")
    by = f" by {markdown(student)}" if student else ""
    parts = [
        f"# Questions about {markdown(about)}\n",
        f"Asked{by} on {when}, answered by newsbot from the article.\n",
    ]
    for n, answer in enumerate(answers, start=1):
        parts.append(f"## {n}. {markdown(answer.question)}\n")
        label = {"answered": "", "unknown": f"*{NOT_SAID}* ", "clarify": f"*{ASK_BACK}* "}[answer.status]
        markers = "".join(f" \\[{k}\\]" for k in range(1, len(answer.citations) + 1))
        parts.append(f"{label}{markdown(answer.answer)}{markers}\n")
        for k, cite in enumerate(answer.citations, start=1):
            tag = f" *({markdown(answer.source_tag)})*" if answer.source_tag else ""
            parts.append(
                f"> \\[{k}\\] {markdown(cite.quote)} — `{one_line(cite.sentence).replace('`', '')}`{tag}\n"
            )
        if answer.source_tag and not answer.citations:
            parts.append(f"Who says so: {markdown(answer.source_tag)}\n")
        if answer.suggestions:
            parts.append(suggestions_head(answer) + "\n")
            parts.append("".join(f"{k}. {markdown(s)}\n" for k, s in enumerate(answer.suggestions, start=1)))
    return "\n".join(parts)


def default_name(now: datetime.datetime | None = None) -> str:
    """A file name for a transcript that sorts by time and never needs quoting."""
    return (now or datetime.datetime.now()).strftime("newsbot-chat-%Y%m%d-%H%M%S.md")


def write_text(path: Path, text: str) -> Path:
    """Write a file the reader named and return its absolute path; refuses a target that exists but is
    not a regular file (a FIFO would hang, a device would swallow it). Raises OSError with a reason."""
    target = path.expanduser()
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise OSError(f"{target} is not a regular file")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NONBLOCK, 0o644)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    return target.resolve()
