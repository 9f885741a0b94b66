"""Pure functions from answers to text: plain text, JSON, JSON Lines, CSV and Markdown, whole or streamed.

All text the user or the knowledge base supplied goes through `bot.safety`: a question cannot move the
terminal's cursor, forge a heading or an "A:" line, or put a formula in a spreadsheet; JSON escapes every
control character. Each format is a `Format` (head, one piece per answer, tail), so `bot ask --file` can write
and flush each answer as it is made and still produce exactly what rendering the whole list produces.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from .answers import Answer
from .safety import csv_cell, markdown, one_line

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters json.dumps leaves raw that a terminal or a JavaScript reader may act on: DEL, C1 controls (C0
ones are always escaped), line/paragraph separators and bidirectional overrides."""


def to_json(value: Any, indent: int | None = None) -> str:
    """JSON with non-ASCII text kept readable but every control character escaped (`\\u0085`).

    The characters escaped can only occur inside JSON strings, where `\\uXXXX` means the same character, so
    the output parses back to exactly `value`.
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def answer_record(answer: Answer) -> dict:
    """The machine-readable form of one answer (one JSON Lines object)."""
    return {
        "question": answer.question,
        "status": answer.status,
        "answer": answer.answer,
        "confidence": round(answer.confidence, 3),
        "citations": [
            {
                "source": c.source,
                "paragraph": c.paragraph,
                "sentence": c.sentence,
                "start": c.start,
                "end": c.end,
                "quote": c.quote,
                "span": c.span,
            }
            for c in answer.citations
        ],
        "record": answer.record,
        "says": str(answer.says) if answer.says else None,
        "source_tag": answer.source_tag,
        "suggestions": answer.suggestions,
        "resolved": answer.resolved,
    }


def answer_text(answer: Answer) -> str:
    """An answer for a person to read: the answer, numbered citations, then suggestions.

    Every piece is folded onto its own line, so nothing in a question or answer can forge a citation line.
    """
    lines = [one_line(answer.answer)]
    tag = f" — {answer.source_tag}" if answer.source_tag else ""
    for n, c in enumerate(answer.citations, start=1):
        lines.append(f'  [{n}] "{one_line(c.quote)}" ({one_line(c.sentence)}){tag}')
    if answer.suggestions:
        head = "Did you mean:" if answer.status == "clarify" else "You could ask:"
        lines.append(head)
        lines.extend(f"  - {one_line(s)}" for s in answer.suggestions)
    return "\n".join(lines)


@dataclass(frozen=True)
class Format:
    """One output format in three parts, so answers can be written one at a time as they are made."""

    head: Callable[[], str]
    """Written before the first answer."""
    item: Callable[[int, Answer], str]
    """The n-th answer (counted from 1)."""
    tail: Callable[[int], str]
    """Written after the last of `count` answers, also when a run is interrupted."""

    def render(self, answers: list[Answer]) -> str:
        """All the answers at once: the same text as writing them one by one."""
        return (
            self.head() + "".join(self.item(n, a) for n, a in enumerate(answers, 1)) + self.tail(len(answers))
        )


def _nothing(*_: object) -> str:
    return ""


def _text_item(n: int, answer: Answer) -> str:
    return ("\n" if n > 1 else "") + f"Q: {one_line(answer.question)}\n{answer_text(answer)}\n"


def _json_item(n: int, answer: Answer) -> str:
    body = to_json(answer_record(answer), indent=2).replace("\n", "\n  ")
    return ("  " if n == 1 else ",\n  ") + body


CSV_FIELDS = [
    "question",
    "status",
    "answer",
    "confidence",
    "record",
    "says",
    "citations",
    "quotes",
    "suggestions",
]


def _csv_line(row: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow([csv_cell(cell) for cell in row])
    return out.getvalue()


def _csv_item(_: int, a: Answer) -> str:
    """One row per question; citations and quotes joined with ' | '; every cell formula-safe."""
    return _csv_line(
        [
            a.question,
            a.status,
            a.answer,
            f"{a.confidence:.3f}",
            a.record or "",
            a.source_tag,
            " | ".join(c.sentence for c in a.citations),
            " | ".join(c.quote for c in a.citations),
            " | ".join(a.suggestions),
        ]
    )


_LABELS = {"answered": "", "unknown": "*Not in the story.* ", "clarify": "*Needs clarifying.* "}
_BLOCK_START = re.compile(r"^(?:(?P<mark>[-=])|\d+(?=\.))")
"""What `safety.markdown` leaves that still means something at the start of a line: a list item, a rule or
a setext underline (`-`, `=`), a numbered item (`1.`)."""


def _paragraph(text: str) -> str:
    """Escaped one-line Markdown that is safe also at the start of a line."""
    escaped = markdown(text)
    return _BLOCK_START.sub(lambda m: "\\" + m.group() if m.group("mark") else m.group() + "\\", escaped)


def _markdown_head(title: str) -> Callable[[], str]:
    return lambda: f"# {markdown(title)}\n"


def _markdown_item(n: int, a: Answer) -> str:
    """A question as a numbered heading, its answer and quoted sentences: all escaped and on one line each."""
    parts = [f"## {n}. {markdown(a.question)}\n", f"{_LABELS[a.status]}{_paragraph(a.answer)}\n"]
    tag = f" *({markdown(a.source_tag)})*" if a.source_tag else ""
    parts.extend(
        f"> {markdown(c.quote)} — `{one_line(c.sentence).replace('`', chr(39))}`{tag}\n" for c in a.citations
    )

    if a.suggestions:
        parts.append("Related: " + "; ".join(markdown(s) for s in a.suggestions) + "\n")
    return "".join("\n" + part for part in parts)


FORMATS: dict[str, Format] = {
    "text": Format(head=lambda: "", item=_text_item, tail=_nothing),
    "json": Format(head=lambda: "[\n", item=_json_item, tail=lambda count: "\n]\n" if count else "]\n"),
    "jsonl": Format(head=lambda: "", item=lambda _, a: to_json(answer_record(a)) + "\n", tail=_nothing),
    "csv": Format(head=lambda: _csv_line(CSV_FIELDS), item=_csv_item, tail=_nothing),
    "markdown": Format(head=_markdown_head("Questions and answers"), item=_markdown_item, tail=_nothing),
}
"""`bot ask --format` choices. JSON streams as `[`, each object as it is made, then `]`."""


def render_text(answers: list[Answer]) -> str:
    """Several answers as a readable transcript."""
    return FORMATS["text"].render(answers)


def render_json(answers: list[Answer]) -> str:
    return FORMATS["json"].render(answers)


def render_jsonl(answers: list[Answer]) -> str:
    return FORMATS["jsonl"].render(answers)


def render_csv(answers: list[Answer]) -> str:
    return FORMATS["csv"].render(answers)


def render_markdown(answers: list[Answer], title: str = "Questions and answers") -> str:
    """A printable report: each question, its answer and the quoted sentences."""
    return Format(head=_markdown_head(title), item=_markdown_item, tail=_nothing).render(answers)


RENDERERS = {name: fmt.render for name, fmt in FORMATS.items()}


class AnswerWriter:
    """Writes answers to a stream in one format as they are made, flushing each, so an interrupted run keeps
    every answer given so far; `close` ends the format (JSON's `]`) and must run also on Ctrl+C."""

    def __init__(self, fmt: str, out: TextIO) -> None:
        self.format = FORMATS[fmt]
        self.out = out
        self.count = 0

    def write(self, answer: Answer) -> None:
        self.count += 1
        self.out.write((self.format.head() if self.count == 1 else "") + self.format.item(self.count, answer))
        self.out.flush()

    def close(self) -> None:
        if self.count:
            self.out.write(self.format.tail(self.count))
            self.out.flush()
