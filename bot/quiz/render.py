"""Quiz text for people and programs, as pure functions: questions, feedback, scores, reports, gradebooks.

Text a student, a teacher or a file supplied (names, answers, titles) goes through `bot.safety`: escaped
for a terminal, formula-safe in a CSV cell, with C1 controls escaped in JSON.
"""

from __future__ import annotations

import csv
import io

from ..render import to_json
from ..safety import csv_cell, one_line, terminal
from .formats import prompt_line
from .models import LETTERS, AnswerLine, ItemResult, Quiz, QuizItem, Report, Score

_VERDICT = {"right": "Right!", "wrong": "Wrong.", "unsure": "Near miss: close, but not quite."}
_STATUS = {"right": "right", "wrong": "wrong", "unsure": "near miss", "blank": "blank"}


def progress_text(number: int, total: int) -> str:
    return f"Question {number} of {total}"


def question_text(item: QuizItem, number: int, total: int) -> str:
    """A question as shown in a terminal: progress, prompt, options and how to answer."""
    lines = [progress_text(number, total), one_line(prompt_line(item))]
    if item.kind == "choice":
        lines.extend(f"  {LETTERS[i]}. {one_line(opt)}" for i, opt in enumerate(item.options))
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
            lines[0] += f" ({one_line(grade.note)})"
    exact = grade.given.strip().casefold() == item.answer.casefold()
    if grade.verdict != "right" or item.kind != "short" or not exact:
        lines.append(f"Expected: {one_line(grade.expected)}")
    if item.kind == "truefalse" and item.answer == "false" and item.explanation:
        lines.append(f"In fact: {one_line(item.explanation)}")
    if item.cited:
        lines.append(f'Source: "{one_line(item.cited)}"')
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
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _columns(
    headers: list[str], rows: list[list[str]], optional: set[str]
) -> tuple[list[str], list[list[str]]]:
    """Drop optional columns that say nothing (all zero or empty)."""
    keep = [
        i for i, h in enumerate(headers) if h not in optional or any(r[i] not in ("0", "", "-") for r in rows)
    ]
    return [headers[i] for i in keep], [[r[i] for i in keep] for r in rows]


def status_text(line: AnswerLine) -> str:
    """How an answer counts, in words; a teacher's decision is shown as such."""
    if line.override is not None:
        graded = _STATUS[line.graded] if line.graded else "blank"
        return f"{line.override} (teacher; graded {graded})"
    text = _STATUS[line.status]
    return text + (", claimed" if line.claimed else "")


def answers_table(answers: list[AnswerLine], ids: bool = False) -> str:
    """Every answer: who, which question, what was given, how it counts, what was expected."""
    headers = ["student", "#", "answer given", "verdict", "expected"]
    if ids:
        headers.insert(0, "id")
    rows = []
    for a in answers:
        row = [
            _clip(a.student, 24),
            str(a.number),
            _clip(a.given, 30) if a.given.strip() else "(blank)",
            status_text(a) + (" [unfinished]" if a.unfinished else ""),
            _clip(a.expected, 30),
        ]
        if ids:
            row.insert(0, str(a.answer_id or ""))
        rows.append(row)
    return _table(headers, rows)


def report_text(report: Report, title: str = "Quiz results", answers: bool = True) -> str:
    """Per-student and per-question tables, every answer, near misses, claims, then rows skipped."""
    if not report.students and not report.problems:
        return f"{one_line(title)}: no answers yet.\n"
    out = [one_line(title), "", "Students"]
    out.append(
        _table(
            *_columns(
                [
                    "student",
                    "answered",
                    "right",
                    "wrong",
                    "near miss",
                    "blank",
                    "claims",
                    "teacher",
                    "missing",
                    "unfinished",
                    "score",
                ],
                [
                    [
                        _clip(s.student, 30),
                        str(s.answered),
                        str(s.right),
                        str(s.wrong),
                        str(s.unsure),
                        str(s.blank),
                        str(s.claims),
                        str(s.overridden),
                        str(s.missing),
                        str(s.unfinished),
                        f"{s.percent:g}%",
                    ]
                    for s in report.students
                ],
                {"blank", "claims", "teacher", "missing", "unfinished"},
            )
        )
    )
    numbered = bool(report.questions) and report.questions[0].number is not None
    out += ["", "Questions" if numbered else "Questions, hardest first"]
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
                    "blank",
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
                        str(q.blank),
                        str(q.claims),
                        str(q.missing),
                        f"{q.percent:g}%",
                    ]
                    for q in report.questions
                ],
                {"#", "blank", "claims", "missing"},
            )
        )
    )
    if answers and report.answers:
        out += ["", "Answers (verdict as counted; 'teacher' marks a grade the teacher set)"]
        out.append(answers_table(report.answers))
    misses = report.near_misses()
    if misses:
        out += ["", "Near misses for the teacher to review (not counted right unless accepted)"]
        out.append(answers_table(misses, ids=any(a.answer_id for a in misses)))
    if report.claims:
        out += ["", "Claims (near misses the student says are right)"]
        out.append(
            _table(
                ["student", "question", "answer given", "expected", "decided"],
                [
                    [
                        _clip(c.student, 24),
                        c.question,
                        _clip(c.given, 30),
                        _clip(c.expected, 30),
                        c.decided or "-",
                    ]
                    for c in report.claims
                ],
            )
        )
    if report.problems:
        out += ["", "Skipped"]
        out.extend(terminal(p) for p in report.problems)
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
    "verdict",
    "blank",
    "overridden",
    "unfinished",
    "answer_id",
]


def _csv(rows: list[list[object]]) -> str:
    """Rows as CSV, every text cell formula-safe and free of control characters."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for row in rows:
        writer.writerow([csv_cell(c) if isinstance(c, str) else c for c in row])
    return buf.getvalue()


def report_csv(report: Report) -> str:
    """One table: a `section` column says whether a row is a student, a question, an answer or a claim."""
    rows: list[list[object]] = [list(CSV_COLUMNS)]
    for s in report.students:
        rows.append(
            [
                "student", "", s.student, "", s.answered, s.right, s.wrong, s.unsure, s.claims, s.missing,
                s.percent, "", "", "", s.blank, s.overridden, s.unfinished, "",
            ]
        )  # fmt: skip
    for q in report.questions:
        rows.append(
            [
                "question", q.number or "", q.id, q.prompt, q.answered, q.right, q.wrong, q.unsure, q.claims,
                q.missing, q.percent, "", q.expected, "", q.blank, q.overridden, "", "",
            ]
        )  # fmt: skip
    for a in report.answers:
        rows.append(
            [
                "answer", a.number, a.student, a.question, "", "", "", "", int(a.claimed), "", "", a.given,
                a.expected, status_text(a), "", int(a.override is not None), int(a.unfinished),
                a.answer_id or "",
            ]
        )  # fmt: skip
    for c in report.claims:
        rows.append(
            ["claim", "", c.student, c.question, "", "", "", "", "", "", "", c.given, c.expected, c.decided or "",
             "", "", "", c.answer_id or ""]
        )  # fmt: skip
    return _csv(rows)


def json_text(data: object) -> str:
    """JSON for programs, indented, with controls escaped (`bot.render.to_json`), ending in a newline."""
    return to_json(data, indent=2) + "\n"


def report_json(report: Report) -> str:
    return json_text(report.model_dump(mode="json"))


def gradebook_csv(quiz: Quiz, report: Report) -> str:
    """One row per student, one column per question (1 right, 0 not, empty when not answered), then the
    total, the points possible and the percentage: ready for a spreadsheet or an LMS grade import."""
    numbers = range(1, len(quiz.items) + 1)
    marks: dict[str, dict[int, AnswerLine]] = {}
    for line in report.answers:
        marks.setdefault(line.student.casefold(), {})[line.number] = line
    rows: list[list[object]] = [
        ["student", *(f"Q{n}" for n in numbers), "total", "out of", "percent", "status", "teacher grades"]
    ]
    for s in report.students:
        given = marks.get(s.student.casefold(), {})
        cells: list[object] = []
        for n in numbers:
            mark = given.get(n)
            cells.append("" if mark is None or mark.status == "blank" else int(mark.status == "right"))
        rows.append(
            [
                s.student,
                *cells,
                s.right,
                len(quiz.items),
                s.percent,
                "unfinished" if s.unfinished else "finished",
                s.overridden,
            ]
        )
    return _csv(rows)


def pending_text(lines: list[AnswerLine]) -> str:
    """Answers waiting for the teacher, with the ids `bot quiz review --accept/--reject` take."""
    if not lines:
        return "Nothing to review: no claims or near misses waiting.\n"
    out = [
        f"{len(lines)} answer(s) to review. Accept with `bot quiz review --accept ID ...`, "
        "reject with `--reject ID ...`.",
        "",
        _table(
            ["id", "student", "quiz", "#", "answer given", "verdict", "expected"],
            [
                [
                    str(a.answer_id or ""),
                    _clip(a.student, 24),
                    a.quiz,
                    str(a.number),
                    _clip(a.given, 30),
                    status_text(a),
                    _clip(a.expected, 30),
                ]
                for a in lines
            ],
        ),
    ]
    return "\n".join(out) + "\n"


REPORTS = {"text": report_text, "table": report_text, "csv": report_csv, "json": report_json}
