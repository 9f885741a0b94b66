"""Shared test fixtures, one of each: the user folder, the shipped story, the fake engine, the planted
knowledge base, and the hardening tests' `deny`."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent

# -- every test -------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _engine_cache(tmp_path_factory):
    """One engine cache for the whole run, never the user's own."""
    return tmp_path_factory.mktemp("engine-cache")


@pytest.fixture(autouse=True)
def _cache_dir(_engine_cache, monkeypatch):
    """Every test, and every `bot` it starts, builds and reads engines in that one cache."""
    monkeypatch.setenv("BOT_CACHE_DIR", str(_engine_cache))


@pytest.fixture(autouse=True)
def _user_dir(tmp_path, monkeypatch):
    """History, quiz results and any other user data go to this test's own folder, never the real home."""
    monkeypatch.setenv("BOT_USER_DIR", str(tmp_path / "user"))


# -- the shipped story ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def kb():
    """The shipped knowledge base (loaded once: tests must not change it)."""
    from bot import load_knowledge

    return load_knowledge()


@pytest.fixture(scope="session")
def engine():
    """The engine over the shipped knowledge base (`load_engine` builds it once per process)."""
    from bot import load_engine

    return load_engine()


@pytest.fixture(scope="session")
def answered_turn(engine):
    """The first canonical question the engine answers with citations, and its answer."""
    from bot import Conversation

    for question in engine.questions():
        answer = engine.answer(question, Conversation())
        if answer.status == "answered" and answer.citations:
            return question, answer
    raise AssertionError("no canonical question is answered with citations")


@pytest.fixture(scope="session")
def quiz(kb):
    """A quiz of nine items from the shipped knowledge (seed 11): every kind of item, some of each."""
    from bot.quiz import generate_quiz

    return generate_quiz(kb, seed=11, questions=9)


# -- the fake engine (tests/fakes.py) -------------------------------------------------------------------


@pytest.fixture
def fake():
    """A fresh fake engine: its made-up article and scripted answers give front-end tests exact text."""
    from fakes import FakeEngine

    return FakeEngine()


# -- a knowledge base with planted flaws (quiz rule tests) ----------------------------------------------


@pytest.fixture(scope="session")
def planted_dir() -> Path:
    """The planted knowledge base's folder (one file, tests/planted/knowledge.toml), for `--knowledge`."""
    return HERE / "planted"


@pytest.fixture(scope="session")
def planted_kb(planted_dir):
    """A small, fixed knowledge base of the shipped story, kept because the quiz rule tests need what the
    curated one must not have: two facts flawed on purpose (Beijing in China needs no story; Taobao in
    "Taobao and Tmall" answers itself), an entity the story never names (JD.com), and records whose ids
    and wording those tests pick exact items by. Everything else runs on the shipped knowledge (`kb`)."""
    from bot import load_knowledge
    from bot.paths import seeds_dir

    return load_knowledge(planted_dir, seeds_dir())


# -- hardening fixtures (tests/test_hostile_*.py) -------------------------------------------------------


@pytest.fixture
def deny(monkeypatch):
    """Take every permission away from a file or folder (`deny(path)`), as `chmod 000` does.

    Root ignores permissions, so when the tests run as root the same refusal is simulated: opening, listing
    or reaching anything inside the path raises PermissionError, while the path itself can still be
    stat'ed (as its parent folder allows). Permissions are restored afterwards so tmp_path can be removed.
    """
    import errno
    import os
    from pathlib import Path

    denied: list[Path] = []

    def inside(target: object, strictly: bool) -> bool:
        if isinstance(target, int):
            return False
        path = Path(os.path.abspath(os.fspath(target)))  # type: ignore[arg-type]
        return any(
            path != d and d in path.parents if strictly else path == d or d in path.parents for d in denied
        )

    def refuse(target: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", os.fspath(target))  # type: ignore[arg-type]

    if os.geteuid() == 0:
        real_stat, real_open, real_scandir = os.stat, os.open, os.scandir

        def stat(target, *args, **kwargs):
            if inside(target, strictly=True):
                refuse(target)
            return real_stat(target, *args, **kwargs)

        def open_(target, *args, **kwargs):
            if inside(target, strictly=False):
                refuse(target)
            return real_open(target, *args, **kwargs)

        def scandir(target=".", *args, **kwargs):
            if inside(target, strictly=False):
                refuse(target)
            return real_scandir(target, *args, **kwargs)

        monkeypatch.setattr(os, "stat", stat)
        monkeypatch.setattr(os, "open", open_)
        monkeypatch.setattr(os, "scandir", scandir)

    def take_away(path: Path) -> Path:
        denied.append(Path(os.path.abspath(path)))
        path.chmod(0)
        return path

    yield take_away
    for path in denied:
        path.chmod(0o700)
