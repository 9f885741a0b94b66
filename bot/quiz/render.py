"""Quiz text for people and programs, as pure functions: questions, feedback, scores, reports."""

from __future__ import annotations

import csv
import io
import json
import re

from .export import prompt_line
from .models import LETTERS, ItemResult, QuizItem, Report, Score

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_VERDICT = {"right": "Right!", "wrong": "Wrong.", "unsure": "Near miss: close, but not quite."}


def safe(text: str) -> str:
    """Text with control characters (ANSI escapes included) made visible, so nothing moves the cursor."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def progress_text(number: int, total: int) -> str:
    return f"Question {number} of {total}"


def question_text(item: QuizItem, number: int, total: int) -> str:
    """A question as shown in a terminal: progress, prompt, options and how to answer."""
    lines = [progress_text(number, total), safe(prompt_line(item))]
    if item.kind == "choice":
        lines.extend(f"  {LETTERS[i]}. {safe(opt)}" for i, opt in enumerate(item.options))
        lines.append("(answer with a letter A-D or the option's text)")
    elif item.kind == "truefalse":
        lines.append("(answer true or false)")
    return "\n".join(lines)


def feedback_text(result: ItemResult) -> str:
    """What a student learns after answering: the verdict, the expected answer and the cited sentence."""
    grade, item = result.grade, result.item
    if not grade.valid:
        lines = [f"Not a valid answer ({grade.note}); counted wrong."]
    else:
        lines = [_VERDICT[grade.verdict]]
        if grade.note and grade.verdict != "unsure":
            lines[0] += f" ({safe(grade.note)})"
    exact = grade.given.strip().casefold() == item.answer.casefold()
    if grade.verdict != "right" or item.kind != "short" or not exact:
        lines.append(f"Expected: {safe(grade.expected)}")
    if item.kind == "truefalse" and item.answer == "false" and item.explanation:
        lines.append(f"In fact: {safe(item.explanation)}")
    if item.cited:
        lines.append(f'Source: "{safe(item.cited)}"')
    return "\n".join(lines)


def score_text(score: Score, stopped: bool = False) -> str:
    """The final line(s) of a sitting."""
    extras = []
    if score.unsure:
        extras.append(f"{score.unsure} near miss{'es' if score.unsure != 1 else ''}")
    if score.claimed:
        extras.append(f"{score.claimed} claimed for your teacher to check")
    line = f"Score: {score.right} of {score.total} right ({score.percent:g}%)"
    if extras:
        line += "; " + ", ".join(extras)
    if stopped:
        missing = score.total - score.answered
        line = (
            f"Stopped after {score.answered} of {score.total} questions; your answers so far are saved.\n"
            f"{line} ({missing} not reached, counted as not right)"
        )
    return line


def _table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    lines = [fmt.format(*headers).rstrip(), fmt.format(*("-" * w for w in widths))]
    lines.extend(fmt.format(*r).rstrip() for r in rows)
    return "\n".join(lines)


def _clip(text: str, width: int = 50) -> str:
    text = safe(" ".join(text.split()))
    return text if len(text) <= width else text[: width - 1] + "…"


def _columns(
    headers: list[str], rows: list[list[str]], optional: set[str]
) -> tuple[list[str], list[list[str]]]:
    """Drop optional columns that say nothing (all zero or empty)."""
    keep = [
        i for i, h in enumerate(headers) if h not in optional or any(r[i] not in ("0", "", "-") for r in rows)
    ]
    return [headers[i] for i in keep], [[r[i] for i in keep] for r in rows]


def report_text(report: Report, title: str = "Quiz results") -> str:
    """Per-student and per-question tables, claims, then any rows that were skipped."""
    if not report.students and not report.problems:
        return f"{title}: no answers yet.\n"
    out = [title, "", "Students"]
    out.append(
        _table(
            *_columns(
                ["student", "answered", "right", "wrong", "near miss", "claims", "missing", "score"],
                [
                    [
                        safe(s.student),
                        str(s.answered),
                        str(s.right),
                        str(s.wrong),
                        str(s.unsure),
                        str(s.claims),
                        str(s.missing),
                        f"{s.percent:g}%",
                    ]
                    for s in report.students
                ],
                {"claims", "missing"},
            )
        )
    )
    out += [
        "",
        "Questions" if report.questions and report.questions[0].number else "Questions, hardest first",
    ]
    out.append(
        _table(
            *_columns(
                [
                    "#",
                    "question",
                    "kind",
                    "answered",
                    "right",
                    "wrong",
                    "near miss",
                    "claims",
                    "missing",
                    "right %",
                ],
                [
                    [
                        str(q.number) if q.number else "-",
                        _clip(f"{q.id}: {q.prompt}"),
                        q.kind,
                        str(q.answered),
                        str(q.right),
                        str(q.wrong),
                        str(q.unsure),
                        str(q.claims),
                        str(q.missing),
                        f"{q.percent:g}%",
                    ]
                    for q in report.questions
                ],
                {"#", "claims", "missing"},
            )
        )
    )
    if report.claims:
        out += ["", "Claims (near misses the student says are right; not counted)"]
        out.append(
            _table(
                ["student", "question", "answer given", "expected"],
                [
                    [safe(c.student), c.question, _clip(c.given, 30), _clip(c.expected, 30)]
                    for c in report.claims
                ],
            )
        )
    if report.problems:
        out += ["", "Skipped"]
        out.extend(safe(p) for p in report.problems)
    return "\n".join(out) + "\n"


CSV_COLUMNS = [
    "section",
    "number",
    "key",
    "text",
    "answered",
    "right",
    "wrong",
    "unsure",
    "claims",
    "missing",
    "percent",
    "given",
    "expected",
]


def report_csv(report: Report) -> str:
    """One table: a `section` column says whether a row is a student, a question or a claim."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in report.students:
        writer.writerow(
            [
                "student",
                "",
                s.student,
                "",
                s.answered,
                s.right,
                s.wrong,
                s.unsure,
                s.claims,
                s.missing,
                s.percent,
                "",
                "",
            ]
        )
    for q in report.questions:
        writer.writerow(
            [
                "question",
                q.number or "",
                q.id,
                q.prompt,
                q.answered,
                q.right,
                q.wrong,
                q.unsure,
                q.claims,
                q.missing,
                q.percent,
                "",
                q.expected,
            ]
        )
    for c in report.claims:
        writer.writerow(["claim", "", c.student, c.question, "", "", "", "", "", "", "", c.given, c.expected])
    return buf.getvalue()


def report_json(report: Report) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


REPORTS = {"text": report_text, "table": report_text, "csv": report_csv, "json": report_json}
