"""`bot eval`'s report, built and rendered by the library: failures, calibration table, scores."""

from __future__ import annotations

import json
import re

from bot import run_eval
from bot.evaluate import Case

CASES = [
    Case(id="right", kind="answerable", q="When was Mogujie founded?", expect=[["2011"]]),
    Case(id="nope", kind="unanswerable", q="Who is the CEO of Alipay?"),
    Case(id="bad\x1b[2J", kind="answerable", q="What is\nMogujie?", expect=[["zzz"]]),
]


def test_the_text_report_shows_failures_the_table_and_the_scores(engine):
    report = run_eval(engine, CASES)
    assert [r.verdict for r in report.results] == ["correct", "declined-ok", "wrong"]
    assert [r.case.id for r in report.failures] == ["bad\x1b[2J"]
    lines = report.to_text().splitlines()
    assert lines[0] == "bad\\x1b[2J wrong            'What is Mogujie?'"
    assert re.fullmatch(r" {8} -> answered \[[a-z0-9-]+ [01]\.\d\d\] .*Mogujie.*", lines[1]), lines[1]
    assert lines[2:5] == [
        "",
        f"calibration over 3 cases (threshold in use: {engine.threshold})",
        "threshold  right  wrong  declined",
    ]
    table = lines[5:-2]
    assert len(table) == len(report.calibration) == 12
    assert [line.endswith("  <- in use") for line in table].count(True) == 1
    assert lines[-2:] == ["", "accuracy=0.500  unanswerable correctly declined=1.000  wrong=0.333"]


def test_the_json_report_names_the_declined_share(engine):
    report = json.loads(run_eval(engine, CASES).to_json())
    assert list(report) == ["summary", "threshold", "calibration", "failures"]
    summary = report["summary"]
    assert (summary["accuracy"], summary["unanswerable_declined"], summary["declined"], summary["wrong"]) == (
        0.5,
        1.0,
        1.0,
        0.333,
    )
    [failure] = report["failures"]
    assert failure["id"] == "bad\x1b[2J" and failure["questions"] == ["What is\nMogujie?"]
    assert failure["verdict"] == "wrong" and failure["status"] == "answered"
    assert all(row["right"] + row["wrong"] + row["declined"] == 3 for row in report["calibration"])


def test_a_threshold_applies_to_this_run_only(engine):
    """A question about Alibaba's earnings comes close to an answer (the engine's best guess scores below the
    bar): declined at the threshold in use, answered with no threshold at all."""
    before = engine.threshold
    revenue = [Case(id="revenue", kind="unanswerable", q="What did Alibaba earn last year?")]
    report = run_eval(engine, revenue, threshold=0.0)
    assert report.threshold == 0.0 and engine.threshold == before
    assert [r.verdict for r in report.results] == ["answered-wrongly"]
    assert [r.verdict for r in run_eval(engine, revenue).results] == ["declined-ok"]
