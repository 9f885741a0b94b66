"""Every speed figure in one table, each beside its baseline measured in the same run.

    python benchmarks/run.py            # the full run (a few minutes; the 1000-story library is built once)
    python benchmarks/run.py --quick    # the smoke version CI runs (small library, fewer repetitions)
    python benchmarks/run.py --json     # the same figures as JSON

Whole-process figures alternate the command and its baseline (A B A B ...) and report the median of the
pairwise ratios, so a machine that speeds up or slows down mid-run does not bias them. In-process figures
empty every cache before each question, so nothing is timed twice. docs/performance.md records the method
and the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
BOT = str(Path(sys.executable).with_name("bot"))
PY = sys.executable


def questions_of(path: Path) -> list[str]:
    """Every question (and follow-up turn) of a case file."""
    out: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            out.extend(case.get("turns") or [case["q"]])
    return out


def varied_questions() -> list[str]:
    """A few hundred varied questions: every development and blind set's."""
    out: list[str] = []
    for path in sorted((ROOT / "tests").glob("*/cases.jsonl")):
        out.extend(questions_of(path))
    return list(dict.fromkeys(out))


def with_typos(questions: list[str], count: int, seed: int = 7) -> list[str]:
    """`count` distinct questions: the given ones with letters dropped, doubled or swapped at random."""
    rng = random.Random(seed)
    out: set[str] = set()
    while len(out) < count:
        q = list(rng.choice(questions))
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(q) - 1)
            op = rng.random()
            if op < 0.34:
                del q[i]
            elif op < 0.67:
                q.insert(i, q[i])
            else:
                q[i], q[i + 1] = q[i + 1], q[i]
        out.add("".join(q))
    return sorted(out)


def timed(
    argv: list[str], env: dict[str, str] | None = None, stdin: bytes | None = None
) -> tuple[float, int]:
    """Wall seconds and peak resident KiB of one run of a command."""
    start = time.perf_counter()
    proc = subprocess.run(argv, input=stdin, capture_output=True, env=env)
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{argv[:3]} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def paired(a: list[str], b: list[str], runs: int, env: dict[str, str] | None = None, prepare=None) -> dict:
    """A and B in turn `runs` times (after one warm-up each): medians, spreads and the pairwise ratio."""
    timed(a, env)
    timed(b, env)
    ta, tb = [], []
    for _ in range(runs):
        if prepare:
            prepare()
        ta.append(timed(a, env)[0])
        if prepare:
            prepare()
        tb.append(timed(b, env)[0])
    ratios = [x / y for x, y in zip(ta, tb, strict=True)]
    return {"median_s": statistics.median(ta), "spread_s": [min(ta), max(ta)], "baseline_s": statistics.median(tb),
            "ratio": statistics.median(ratios)}  # fmt: skip


def compiled_bytecode() -> None:
    """Write the package's bytecode as `pip install .` does, so whole-process figures time the product as
    installed even where PYTHONDONTWRITEBYTECODE is set (the baseline's packages always have theirs)."""
    import compileall

    import bot

    compileall.compile_dir(str(Path(bot.__file__).parent), quiet=1)


def engine_per_question(questions: list[str]) -> dict:
    """In-process: each question answered with every cache emptied, against one raw rapidfuzz extractOne
    over all the story's phrasings for the same question."""
    from rapidfuzz import fuzz, process

    from bot.answers import Conversation
    from bot.engine import load_engine
    from bot.knowledge import load_knowledge

    library = load_engine()
    engine = library.engine(library.stories()[0].id)
    phrasings = [p for r in load_knowledge().qa for p in r.phrasings()]
    ours, theirs = [], []
    for _ in range(3):
        for q in questions:
            engine.clear_caches()
            t = time.perf_counter()
            engine.answer(q, Conversation())
            ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            process.extractOne(q, phrasings, scorer=fuzz.token_set_ratio, processor=None)
            theirs.append(time.perf_counter() - t)
    ours.sort()
    theirs.sort()
    p50, p99 = ours[len(ours) // 2], ours[int(len(ours) * 0.99)]
    base = theirs[len(theirs) // 2]
    return {"p50_ms": p50 * 1e3, "p99_ms": p99 * 1e3, "baseline_ms": base * 1e3, "ratio": p50 / base,
            "questions": len(questions)}  # fmt: skip


def batch(count: int, env: dict[str, str]) -> dict:
    """`bot ask --file` on `count` distinct questions, one process, end to end."""
    qs = with_typos(varied_questions(), count)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(qs) + "\n")
    try:
        timed([BOT, "ask", "--file", fh.name, "--format", "jsonl"], env)  # warm the cache
        runs = [timed([BOT, "ask", "--file", fh.name, "--format", "jsonl"], env)[0] for _ in range(3)]
    finally:
        os.unlink(fh.name)
    wall = statistics.median(runs)
    return {
        "questions": count,
        "median_s": wall,
        "spread_s": [min(runs), max(runs)],
        "per_second": count / wall,
    }


def library_figures(size: int, cache: Path, work: Path) -> dict:
    """A generated library of `size` stories: warm load time, per-question p95, peak memory, and accuracy on
    renamed development questions against the single story (and answers citing another story)."""
    from library import make_library

    knowledge, seeds = make_library(size, work / f"lib{size}")
    env = {**os.environ, "BOT_CACHE_DIR": str(cache)}
    code = f"""
import json, sys, time, resource
sys.path.insert(0, {str(HERE)!r})
from library import rename, renaming
t = time.perf_counter()
from bot.engine import load_engine
from bot.evaluate import load_cases, judge, run_case
lib = load_engine({str(knowledge)!r}, {str(seeds)!r})
load = time.perf_counter() - t
cases = load_cases({str(ROOT / "tests/dev/cases.jsonl")!r})
times, right, right1, wrong_story, n = [], 0, 0, 0, 0
for k, case in enumerate(cases):
    copy = 1 + (k * 7919) % {size}
    names = renaming(copy)
    if all(rename(x, names) == x for x in case.questions()):
        continue  # names nothing: in a library it is asked back (which story?), not a renamed question
    moved = case.model_copy(update=dict(q=rename(case.q, names) if case.q else None,
        turns=[rename(x, names) for x in case.turns] if case.turns else None,
        expect=[[rename(a, names) for a in g] for g in case.expect], evidence=[rename(e, names) for e in case.evidence]))
    t = time.perf_counter()
    ans = run_case(lib, moved)
    times.append(time.perf_counter() - t)
    right += judge(moved, ans) in ("correct", "declined-ok")
    right1 += judge(moved, run_case(lib.engine("alipay-mogujie-%04d" % copy), moved)) in ("correct", "declined-ok")
    wrong_story += any(c.source != "alipay-mogujie-%04d" % copy for c in ans.citations)
    n += 1
times.sort()
print(json.dumps(dict(load_s=load, p95_ms=times[int(len(times) * 0.95)] * 1e3, p50_ms=times[len(times) // 2] * 1e3,
    accuracy=right / n, single=right1 / n, wrong_story=wrong_story, questions=n,
    rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)))
"""
    build = subprocess.run([PY, "-c", code], capture_output=True, text=True, env=env)  # builds the cache
    if build.returncode:
        raise SystemExit(build.stderr[-2000:])
    warm = subprocess.run([PY, "-c", code], capture_output=True, text=True, env=env)
    if warm.returncode:
        raise SystemExit(warm.stderr[-2000:])
    out = json.loads(warm.stdout.strip().splitlines()[-1])
    out["stories"] = size
    out["cold_load_s"] = json.loads(build.stdout.strip().splitlines()[-1])["load_s"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="the smoke version: small library, few repetitions")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    runs = 3 if args.quick else 9
    compiled_bytecode()
    rows: list[tuple[str, str, str, str, str]] = []
    figures: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        cache = work / "cache"
        env = {**os.environ, "BOT_CACHE_DIR": str(cache)}
        bare = [PY, "-c", "from pydantic import BaseModel; import rapidfuzz"]
        ask = [BOT, "ask", "When was Mogujie founded?"]
        figures["cold_start_warm_cache"] = f = paired(ask, bare, runs, env)
        rows.append(("bot ask, warm cache", f"{f['median_s']*1e3:.0f} ms", f"{f['baseline_s']*1e3:.0f} ms (bare pydantic+rapidfuzz import)",
                     f"{f['ratio']:.2f}x", f"{f['spread_s'][0]*1e3:.0f}-{f['spread_s'][1]*1e3:.0f} ms"))  # fmt: skip
        empty = work / "empty"
        nocache = {**os.environ, "BOT_CACHE_DIR": "/dev/null/no-cache"}

        def clear() -> None:
            import shutil

            shutil.rmtree(empty, ignore_errors=True)

        miss_env = {**os.environ, "BOT_CACHE_DIR": str(empty)}
        ta, tb, ratios = [], [], []
        for _ in range(runs):
            clear()
            a = timed(ask, miss_env)[0]
            b = timed(ask, nocache)[0]
            ta.append(a)
            tb.append(b)
            ratios.append(a / b)
        figures["cold_start_cache_miss"] = f = {"median_s": statistics.median(ta), "baseline_s": statistics.median(tb),
                                                "ratio": statistics.median(ratios), "spread_s": [min(ta), max(ta)]}  # fmt: skip
        rows.append(("bot ask, cache miss (builds and writes)", f"{f['median_s']*1e3:.0f} ms",
                     f"{f['baseline_s']*1e3:.0f} ms (no cache at all)", f"{f['ratio']:.2f}x",
                     f"{f['spread_s'][0]*1e3:.0f}-{f['spread_s'][1]*1e3:.0f} ms"))  # fmt: skip
        screen = [PY, str(HERE / "first_screen.py")]
        figures["chat_first_screen"] = f = paired([*screen, "chat"], [*screen, "bare"], runs, env)
        rows.append(("bot chat, first screen (headless, 80x24)", f"{f['median_s']*1e3:.0f} ms",
                     f"{f['baseline_s']*1e3:.0f} ms (bare Textual app, same text)", f"{f['ratio']:.2f}x",
                     f"{f['spread_s'][0]*1e3:.0f}-{f['spread_s'][1]*1e3:.0f} ms"))  # fmt: skip
        os.environ["BOT_CACHE_DIR"] = str(cache)
        qs = varied_questions()
        figures["engine_per_question"] = f = engine_per_question(qs[:200] if args.quick else qs)
        rows.append((f"engine per question ({f['questions']} questions, caches emptied)",
                     f"p50 {f['p50_ms']:.3f} ms, p99 {f['p99_ms']:.3f} ms",
                     f"{f['baseline_ms']:.3f} ms (one extractOne over all phrasings)", f"{f['ratio']:.2f}x", ""))  # fmt: skip
        figures["batch"] = f = batch(1000 if args.quick else 10_000, env)
        rows.append((f"bot ask --file, {f['questions']} distinct questions", f"{f['per_second']:.0f} questions/s",
                     "10000 questions/s (target)", f"{f['per_second'] / 10_000:.2f}x",
                     f"{f['spread_s'][0]:.2f}-{f['spread_s'][1]:.2f} s"))  # fmt: skip
        for size in (10,) if args.quick else (10, 100, 1000):
            figures[f"library_{size}"] = f = library_figures(size, work / f"cache{size}", work)
            rows.append((f"library of {size} stories", f"load {f['load_s']:.2f} s (cold {f['cold_load_s']:.1f} s), "
                         f"p95 {f['p95_ms']:.1f} ms, {f['rss_mb']:.0f} MB",
                         f"accuracy {f['accuracy']:.3f} vs {f['single']:.3f} from the story alone ({f['questions']} renamed questions)",
                         f"{f['wrong_story']} wrong-story answers", ""))  # fmt: skip
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    widths = [
        max(len(r[i]) for r in [("figure", "value", "baseline", "ratio", "spread"), *rows]) for i in range(5)
    ]
    for row in [("figure", "value", "baseline", "ratio", "spread"), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
