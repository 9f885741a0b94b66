"""Answering a file of questions on several cores: each worker loads the (cached) engine once and answers
chunks of lines; answers come back in the file's order, so output is the same as with one process."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from .answers import Answer

CHUNK = 128
"""Questions per task: large enough that handing work out costs little, small enough to stream."""

_ENGINE: object = None
_THRESHOLD: float | None = None


def _start(knowledge: str | None, seeds: str | None, story: str | None, threshold: float | None) -> None:
    """A worker's start: load the engine once (from the cache the parent has just warmed)."""
    global _ENGINE, _THRESHOLD
    from .engine import load_engine

    _ENGINE, _THRESHOLD = load_engine(knowledge, seeds, story), threshold


def _answer_chunk(questions: list[str]) -> list[Answer]:
    engine = _ENGINE
    assert engine is not None
    return [engine.answer(q, threshold=_THRESHOLD) for q in questions]  # type: ignore[attr-defined]


def _chunks(questions: Iterable[str]) -> Iterator[list[str]]:
    it = iter(questions)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def answer_in_parallel(
    questions: Iterable[str],
    jobs: int,
    knowledge: str | None,
    seeds: str | None,
    story: str | None,
    threshold: float | None,
) -> Iterator[Answer]:
    """Answers to `questions`, in order, from `jobs` worker processes; the input is read as it is needed."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_start, initargs=(knowledge, seeds, story, threshold)) as pool:
        for answers in pool.imap(_answer_chunk, _chunks(questions)):
            yield from answers
