"""Time the engine per question on the held-out cases: `python benchmarks/bench_engine.py`."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from bot.engine import load_engine
from bot.models import Conversation


def main() -> int:
    cases_path = Path(__file__).resolve().parent.parent / "tests" / "dev" / "cases.jsonl"
    questions = []
    for line in cases_path.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        questions.extend(case.get("turns") or [case["q"]])
    t0 = time.perf_counter()
    engine = load_engine()
    build = time.perf_counter() - t0
    timings = []
    for _ in range(20):
        for q in questions:
            engine.clear_caches()  # every question as if never seen: no cached analysis or typo fixes

            start = time.perf_counter()
            engine.answer(q, Conversation())
            timings.append(time.perf_counter() - start)
    timings.sort()
    cold = Conversation()
    t1 = time.perf_counter()
    for q in questions:
        engine.answer(q, cold)
    print(f"load+index: {build * 1000:.1f} ms; questions: {len(questions)}; runs: {len(timings)}")
    print(
        f"per question: mean {statistics.mean(timings) * 1e6:.0f} us, median {timings[len(timings) // 2] * 1e6:.0f} us, "
        f"p95 {timings[int(len(timings) * 0.95)] * 1e6:.0f} us, max {timings[-1] * 1e6:.0f} us"
    )
    print(f"one pass as a conversation: {(time.perf_counter() - t1) * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
