"""Batch testing for curators: run question cases through the engine, judge them, calibrate the threshold."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from .answers import Answer, Conversation
from .errors import InputError
from .interface import AnswerEngine

Kind = Literal["answerable", "followup", "unanswerable", "offtopic"]
Verdict = Literal["correct", "uncited", "wrong", "missed", "declined-ok", "answered-wrongly"]


class Case(BaseModel):
    """One question case in the JSONL format of shared/eval (or a row of the simple CSV)."""

    model_config = ConfigDict(extra="ignore")

    id: str
    kind: Kind
    q: str | None = None
    turns: list[str] | None = None
    expect: list[list[str]] = []
    evidence: list[str] = []
    record: str | None = None
    """With the CSV format, an expected record id instead of answer text."""

    def questions(self) -> list[str]:
        return self.turns if self.turns else [self.q or ""]


class Result(BaseModel):
    case: Case
    answer: Answer
    verdict: Verdict


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def _overlaps(quote: str, evidence: str) -> bool:
    a, b = _norm(quote), _norm(evidence)
    if not a or not b:
        return False
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= min(25, len(a), len(b)) or m.size >= 0.8 * min(len(a), len(b))


def _decode(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    lines = data.split(b"\n")
    out = []
    for n, line in enumerate(lines, start=1):
        try:
            out.append(line.decode("utf-8").rstrip("\r"))
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}:{n}: not valid UTF-8 (byte {exc.start + 1} of the line)") from None
    return out


def load_cases(path: str | Path) -> list[Case]:
    """Cases from JSONL (shared/eval format) or CSV (question, expected: answer text, record id or UNKNOWN)."""
    path = Path(path)
    lines = _decode(path)
    cases: list[Case] = []
    if path.suffix.lower() == ".csv":
        reader = csv.reader(io.StringIO("\n".join(lines)))
        header = [h.strip().lower() for h in next(reader, [])]
        if header[:2] != ["question", "expected"]:
            raise InputError(f"{path}:1: expected a header 'question,expected'")
        for n, row in enumerate(reader, start=2):
            if not row or not any(cell.strip() for cell in row):
                continue
            if len(row) < 2:
                raise InputError(f"{path}:{n}: expected two columns, question and expected")
            question, expected = row[0].strip(), row[1].strip()
            if expected.upper() == "UNKNOWN":
                cases.append(Case(id=f"row{n}", kind="unanswerable", q=question))
            elif re.fullmatch(r"[a-z0-9][a-z0-9-]*", expected) and "-" in expected:
                # looks like a record id, but may be answer text ("transaction-based"): either satisfies it
                cases.append(
                    Case(id=f"row{n}", kind="answerable", q=question, record=expected, expect=[[expected]])
                )
            else:
                cases.append(Case(id=f"row{n}", kind="answerable", q=question, expect=[[expected]]))
        return cases
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            case = Case.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not valid JSON: {exc.msg}") from None
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InputError(f"{path}:{n}: {where}: {first['msg']}") from None
        if not case.q and not case.turns:
            raise InputError(f"{path}:{n}: a case needs 'q' or 'turns'")
        cases.append(case)
    if not cases:
        raise InputError(f"{path}: no cases found")
    return cases


def judge(case: Case, answer: Answer) -> Verdict:
    """The same verdicts as shared/eval/score.py, plus record-id expectations from CSV cases."""
    answered = answer.status == "answered"
    if case.kind in ("unanswerable", "offtopic"):
        return "answered-wrongly" if answered else "declined-ok"
    if not answered:
        return "missed"
    if case.record and answer.record == case.record:
        return "correct"
    if case.record and not case.expect:
        return "wrong"
    text = _norm(answer.answer)
    content_ok = all(any(_norm(alt) in text for alt in group) for group in case.expect)
    cite_ok = not case.evidence or any(_overlaps(c.quote, e) for c in answer.citations for e in case.evidence)
    if content_ok and cite_ok:
        return "correct"
    return "uncited" if content_ok else "wrong"


def run_case(engine: AnswerEngine, case: Case, threshold: float | None = None) -> Answer:
    """The engine's answer to a case; follow-ups are asked as successive turns of one conversation."""
    conversation = Conversation()
    answer = None
    for question in case.questions():
        answer = engine.answer(question, conversation, threshold=threshold)
    assert answer is not None
    return answer


def evaluate(engine: AnswerEngine, cases: list[Case], threshold: float | None = None) -> list[Result]:
    return [Result(case=c, answer=(a := run_case(engine, c, threshold)), verdict=judge(c, a)) for c in cases]


def summary(results: list[Result]) -> dict[str, float | int]:
    """accuracy over answerable cases, declined over unanswerable ones, wrong over all: as score.py."""
    pos = [r for r in results if r.case.kind in ("answerable", "followup")]
    neg = [r for r in results if r.case.kind in ("unanswerable", "offtopic")]
    wrong = sum(r.verdict in ("wrong", "answered-wrongly") for r in results)
    return {
        "cases": len(results),
        "accuracy": round(sum(r.verdict == "correct" for r in pos) / max(1, len(pos)), 3),
        "declined": round(sum(r.verdict == "declined-ok" for r in neg) / max(1, len(neg)), 3),
        "wrong": round(wrong / max(1, len(results)), 3),
        "missed": sum(r.verdict == "missed" for r in pos),
        "uncited": sum(r.verdict == "uncited" for r in pos),
    }


def calibration(engine: AnswerEngine, cases: list[Case], thresholds: list[float] | None = None) -> list[dict]:
    """For each candidate threshold: how many answers would be right, wrong and declined."""
    scored = [(c, a, judge(c, a)) for c in cases for a in [run_case(engine, c, threshold=0.0)]]
    rows = []
    for t in thresholds or [round(0.30 + 0.05 * i, 2) for i in range(12)]:
        right = wrong = declined = 0
        for case, ans, verdict in scored:
            answered = ans.status == "answered" and ans.confidence >= t
            if case.kind in ("unanswerable", "offtopic"):
                wrong += answered
                declined += not answered
            elif not answered:
                declined += 1
            elif verdict == "correct":
                right += 1
            else:
                wrong += 1
        rows.append({"threshold": t, "right": right, "wrong": wrong, "declined": declined})
    return rows
