"""`bot eval`'s report: the cases that failed, the calibration table and the scores, as text and as JSON.

The judging and the calibration are `bot.evaluate`'s; this module runs them once and renders the result, so
the command only parses, calls and prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .evaluate import Case, Result, calibration, evaluate, summary
from .render import to_json
from .safety import one_line

if TYPE_CHECKING:
    from .library import Library

PASSED = ("correct", "declined-ok")
"""The verdicts that are not failures."""


@dataclass(frozen=True)
class EvalReport:
    """Every case's result, the scores over them, and the calibration table at candidate thresholds."""

    results: list[Result]
    summary: dict[str, float | int]
    """`bot.evaluate.summary`'s scores, plus `unanswerable_declined` (the same figure as `declined`, named
    for what it counts: the share of unanswerable and off-topic cases declined)."""
    threshold: float
    """The decline threshold the answers were given with."""
    calibration: list[dict]

    @property
    def failures(self) -> list[Result]:
        """The cases answered wrongly, without a good citation, or declined when the story answers them."""
        return [r for r in self.results if r.verdict not in PASSED]

    def to_json(self) -> str:
        """Scores, threshold, calibration and each failure with the answer given, as one JSON object."""
        return to_json(
            {
                "summary": self.summary,
                "threshold": self.threshold,
                "calibration": self.calibration,
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
                    for r in self.failures
                ],
            },
            indent=2,
        )

    def to_text(self) -> str:
        """Each failure on two lines, the calibration table (the threshold in use marked), then the scores.
        Case ids, questions and answers are shown on one line each, escapes visible."""
        lines: list[str] = []
        for r in self.failures:
            asked = one_line(" / ".join(r.case.questions()))
            got = f"[{one_line(r.answer.record or '-')} {r.answer.confidence:.2f}]"
            lines.append(f"{one_line(r.case.id):8} {r.verdict:16} '{asked}'")
            lines.append(f"{'':8} -> {r.answer.status} {got} {one_line(r.answer.answer)[:120]}")
        lines += ["", f"calibration over {len(self.results)} cases (threshold in use: {self.threshold})"]
        lines.append("threshold  right  wrong  declined")
        for row in self.calibration:
            mark = "  <- in use" if abs(row["threshold"] - self.threshold) < 1e-9 else ""
            lines.append(
                f"{row['threshold']:9.2f}  {row['right']:5d}  {row['wrong']:5d}  {row['declined']:8d}{mark}"
            )
        s = self.summary
        lines += [
            "",
            f"accuracy={s['accuracy']:.3f}  unanswerable correctly declined={s['unanswerable_declined']:.3f}  "
            f"wrong={s['wrong']:.3f}",
        ]
        return "\n".join(lines)


def run_eval(engine: Library, cases: list[Case], threshold: float | None = None) -> EvalReport:
    """Answer and judge every case at `threshold` when given (else the engine's own, which is left as it
    is), and calibrate."""
    results = evaluate(engine, cases, threshold)
    scores = summary(results)
    return EvalReport(
        results=results,
        summary={**scores, "unanswerable_declined": scores["declined"]},
        threshold=engine.threshold if threshold is None else threshold,
        calibration=calibration(engine, cases),
    )
