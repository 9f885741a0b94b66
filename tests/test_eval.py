"""The engine on our own held-out cases, through the same evaluation `bot eval` runs: targets must hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.evaluate import calibration, evaluate, load_cases, summary

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def heldout():
    return load_cases(HERE / "heldout" / "cases.jsonl")


def test_heldout_cases_meet_the_targets(engine, heldout):
    stats = summary(evaluate(engine, heldout))
    assert stats["cases"] >= 150
    assert stats["accuracy"] >= 0.95, stats
    assert stats["declined"] >= 0.90, stats
    assert stats["wrong"] <= 0.02, stats


def test_blind_sample_like_cases_meet_the_targets(engine):
    """tests/blind2 was written blind to the knowledge base, in the public sample's style and mix."""
    stats = summary(evaluate(engine, load_cases(HERE / "blind2" / "cases.jsonl")))
    assert stats["accuracy"] >= 0.95 and stats["declined"] >= 0.90 and stats["wrong"] <= 0.02, stats


def test_fourth_blind_set_does_not_regress(engine):
    """tests/blind3 (sample style, written blind) scored 0.871 before it prompted fixes; it now guards them."""
    stats = summary(evaluate(engine, load_cases(HERE / "blind3" / "cases.jsonl")))
    assert stats["accuracy"] >= 0.93 and stats["declined"] >= 0.95 and stats["wrong"] <= 0.02, stats


def test_blind_hard_cases_do_not_regress(engine):
    """tests/blind holds long, indirect and slangy questions; below target, so guarded against regressions."""
    stats = summary(evaluate(engine, load_cases(HERE / "blind" / "cases.jsonl")))
    assert stats["accuracy"] >= 0.85 and stats["declined"] >= 0.90 and stats["wrong"] <= 0.04, stats


def test_heldout_csv_cases_meet_the_targets(engine):
    stats = summary(evaluate(engine, load_cases(HERE / "heldout" / "cases.csv")))
    assert stats["accuracy"] >= 0.95 and stats["wrong"] <= 0.02, stats


def test_every_kind_is_represented(heldout):
    kinds = {c.kind for c in heldout}
    assert kinds == {"answerable", "followup", "unanswerable", "offtopic"}


def test_calibration_is_monotone_in_the_threshold(engine, heldout):
    rows = calibration(engine, heldout)
    declined = [r["declined"] for r in rows]
    assert declined == sorted(declined)
    assert all(r["right"] + r["wrong"] + r["declined"] == len(heldout) for r in rows)
