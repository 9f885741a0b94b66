"""The results database: schema version, answers committed one by one, clear errors, nothing lost."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from bot.errors import BotError, InputError
from bot.quiz import QuizSession, generate_quiz, open_store
from bot.quiz.store import SCHEMA_VERSION, default_path


@pytest.fixture
def quiz(quiz_kb):
    return generate_quiz(quiz_kb, seed=5, questions=6)


def count_answers(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM answer").fetchone()[0]


def answer_all(session: QuizSession, right: bool = True) -> None:
    while not session.done:
        item = session.current
        session.answer(item.answer if right else "zzz")


def test_default_path_is_in_the_user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BOT_USER_DIR", str(tmp_path / "user"))
    assert default_path() == tmp_path / "user" / "quiz.db"
    store = open_store()
    store.close()
    assert (tmp_path / "user" / "quiz.db").is_file()


def test_schema_version(tmp_path):
    db = tmp_path / "q.db"
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_empty_file_is_migrated(tmp_path):
    db = tmp_path / "q.db"
    db.write_bytes(b"")
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_each_answer_is_committed_as_it_is_given(tmp_path, quiz):
    db = tmp_path / "q.db"
    store = open_store(db)
    session = QuizSession(quiz, "ann", store)
    for n in range(1, 4):
        session.answer(session.current.answer)
        assert count_answers(db) == n
    store.close()


def test_missed_uses_the_latest_answer(tmp_path, quiz):
    db = tmp_path / "q.db"
    with open_store(db) as store:
        session = QuizSession(quiz, "ann", store)
        session.answer("zzz")
        session.answer(quiz.items[1].answer)
        session.answer("zzz")
        assert [i.id for i in store.missed("ann")] == [quiz.items[0].id, quiz.items[2].id]
        again = QuizSession(quiz, "ann", store)
        again.answer(quiz.items[0].answer)
        assert [i.id for i in store.missed("ann")] == [quiz.items[2].id]
        assert store.missed("bob") == []


def test_report_hardest_first_with_claims(tmp_path, quiz_kb):
    quiz = generate_quiz(quiz_kb, seed=1, questions=3, types=["short"])
    with open_store(tmp_path / "q.db") as store:
        for student, right in (("ann", True), ("bob", False), ("cy", True)):
            session = QuizSession(quiz, student, store)
            session.answer("zzz" if not right else quiz.items[0].answer)
            session.answer(quiz.items[1].answer)
            session.answer("zzz")
        report = store.report()
    assert [s.student for s in report.students] == ["ann", "bob", "cy"]
    assert report.questions[0].id == quiz.items[2].id and report.questions[0].percent == 0
    assert report.questions[-1].id == quiz.items[1].id and report.questions[-1].percent == 100
    assert all(s.attempts == 1 for s in report.students)


def test_claims_are_kept_not_counted(tmp_path):
    from bot.quiz import Quiz, QuizItem

    item = QuizItem(id="x-sa", kind="short", prompt="Who?", answer="Mogujie", record="x")
    quiz = Quiz(id="quiz-x", title="x", seed=1, items=[item, item.model_copy(update={"id": "y-sa"})])
    with open_store(tmp_path / "q.db") as store:
        session = QuizSession(quiz, "ann", store)
        assert session.answer("Mugajie").grade.verdict == "unsure"
        session.claim()
        with pytest.raises(BotError):
            session.answer("Mogujie") and session.claim()
        report = store.report("ann")
    assert session.score().right == 1 and session.score().claimed == 1
    assert report.students[0].right == 1 and report.students[0].claims == 1
    assert report.claims[0].given == "Mugajie" and report.claims[0].expected == "Mogujie"


def test_not_a_database(tmp_path):
    db = tmp_path / "q.db"
    db.write_bytes(b"this is not sqlite at all, just some text\n" * 50)
    before = db.read_bytes()
    with pytest.raises(InputError, match="not a quiz database"):
        open_store(db)
    with pytest.raises(InputError, match="not a quiz database"):
        open_store(db, readonly=True)
    assert db.read_bytes() == before


def test_someone_elses_database(tmp_path):
    db = tmp_path / "q.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    with pytest.raises(InputError, match="other tables: invoices"):
        open_store(db)


def test_newer_schema(tmp_path):
    db = tmp_path / "q.db"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(BotError, match="newer version"):
        open_store(db)


def test_read_only_database_loses_nothing(tmp_path, quiz):
    db = tmp_path / "q.db"
    with open_store(db) as store:
        session = QuizSession(quiz, "ann", store)
        session.answer(quiz.items[0].answer)
        session.answer("zzz")
    os.chmod(db, stat.S_IRUSR | stat.S_IRGRP)
    try:
        store = open_store(db)
        with pytest.raises(BotError, match="read-only"):
            QuizSession(quiz, "bob", store)
        store.close()
        with open_store(db, readonly=True) as reader:
            report = reader.report()
        assert [(s.student, s.answered) for s in report.students] == [("ann", 2)]
    finally:
        os.chmod(db, stat.S_IRUSR | stat.S_IWUSR)
    assert count_answers(db) == 2


def test_locked_database(tmp_path, quiz):
    db = tmp_path / "q.db"
    with open_store(db) as store:
        QuizSession(quiz, "ann", store).answer(quiz.items[0].answer)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(BotError, match="locked"):
            store = open_store(db)
            store.conn.execute("PRAGMA busy_timeout = 50")
            QuizSession(quiz, "bob", store)
    finally:
        holder.rollback()
        holder.close()
    assert count_answers(db) == 1


def test_report_of_a_missing_database_creates_nothing(tmp_path):
    assert open_store(tmp_path / "none.db", readonly=True) is None
    assert not (tmp_path / "none.db").exists()


def test_a_folder_is_not_a_database(tmp_path):
    with pytest.raises(InputError, match="folder"):
        open_store(tmp_path)
