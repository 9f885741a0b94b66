"""Pure functions from answers to text: plain text, JSON, JSON Lines, CSV and Markdown."""

from __future__ import annotations

import csv
import io
import json
import re

from .models import Answer

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Text with control characters (ANSI escapes included) made visible, so nothing moves the cursor."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


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
    """An answer for a person to read: the answer, numbered citations, then suggestions."""
    lines = [safe(answer.answer)]
    tag = f" — {answer.source_tag}" if answer.source_tag else ""
    for n, c in enumerate(answer.citations, start=1):
        lines.append(f'  [{n}] "{safe(c.quote)}" ({c.sentence}){tag}')
    if answer.suggestions:
        head = "Did you mean:" if answer.status == "clarify" else "You could ask:"
        lines.append(head)
        lines.extend(f"  - {safe(s)}" for s in answer.suggestions)
    return "\n".join(lines)


def render_text(answers: list[Answer]) -> str:
    """Several answers as a readable transcript."""
    blocks = [f"Q: {safe(a.question)}\n{answer_text(a)}" for a in answers]
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def render_jsonl(answers: list[Answer]) -> str:
    return "".join(json.dumps(answer_record(a), ensure_ascii=False) + "\n" for a in answers)


def render_json(answers: list[Answer]) -> str:
    return json.dumps([answer_record(a) for a in answers], ensure_ascii=False, indent=2) + "\n"


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


def render_csv(answers: list[Answer]) -> str:
    """One row per question; citations and quotes joined with ' | '."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for a in answers:
        writer.writerow(
            {
                "question": safe(a.question),
                "status": a.status,
                "answer": a.answer,
                "confidence": f"{a.confidence:.3f}",
                "record": a.record or "",
                "says": a.source_tag,
                "citations": " | ".join(c.sentence for c in a.citations),
                "quotes": " | ".join(c.quote for c in a.citations),
                "suggestions": " | ".join(a.suggestions),
            }
        )
    return out.getvalue()


def _md(text: str) -> str:
    """Markdown-escape text so a question cannot inject formatting."""
    return re.sub(r"([\\`*_{}\[\]()#+!|<>])", r"\\\1", safe(text))


def render_markdown(answers: list[Answer], title: str = "Questions and answers") -> str:
    """A printable report: each question, its answer and the quoted sentences."""
    parts = [f"# {_md(title)}\n"]
    for n, a in enumerate(answers, start=1):
        parts.append(f"## {n}. {_md(a.question)}\n")
        label = {"answered": "", "unknown": "*Not in the story.* ", "clarify": "*Needs clarifying.* "}[
            a.status
        ]
        parts.append(f"{label}{_md(a.answer)}\n")
        tag = f" *({_md(a.source_tag)})*" if a.source_tag else ""
        for c in a.citations:
            parts.append(f"> {_md(c.quote)} — `{c.sentence}`{tag}\n")

        if a.suggestions:
            parts.append("Related: " + "; ".join(_md(s) for s in a.suggestions) + "\n")
    return "\n".join(parts)


RENDERERS = {
    "text": render_text,
    "json": render_json,
    "jsonl": render_jsonl,
    "csv": render_csv,
    "markdown": render_markdown,
}
