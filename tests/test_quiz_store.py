"""The results database: schema version, answers committed one by one, clear errors, nothing lost."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import threading
import time

import pytest

from bot.errors import BotError, InputError
from bot.quiz import QuizSession, generate_quiz, open_store
from bot.quiz.store import SCHEMA_VERSION, default_path


def count_answers(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT COUNT(*) FROM answer").fetchone()[0]


def answer_all(session: QuizSession, right: bool = True) -> None:
    while not session.done:
        item = session.current
        session.answer(item.answer if right else "zzz")


def test_default_path_is_in_the_user_dir(tmp_path):
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


def test_report_hardest_first_with_claims(tmp_path, kb):
    quiz = generate_quiz(kb, seed=1, questions=3, types=["short"])
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
            store = open_store(db, lock_wait=0.2)
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


def test_concurrent_starts_on_a_new_database(tmp_path, quiz):
    """Eight programs starting a quiz on a database that does not exist yet all succeed."""
    db = tmp_path / "new.db"
    quiz_file = tmp_path / "quiz.json"
    quiz_file.write_text(quiz.model_dump_json(), encoding="utf-8")
    script = (
        "import sys; from bot.quiz import Quiz, open_store; "
        "quiz = Quiz.model_validate_json(open(sys.argv[1]).read()); "
        "store = open_store(sys.argv[2]); store.start(quiz, sys.argv[3]); store.close(); print('ok')"
    )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(quiz_file), str(db), f"s{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(8)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * 8, [err for _, err in results]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM attempt").fetchone()[0] == 8
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def hold_lock(db, seconds: float) -> threading.Thread:
    """Another program holding the write lock for a while."""
    started = threading.Event()

    def hold() -> None:
        conn = sqlite3.connect(db, isolation_level=None)
        conn.execute("BEGIN EXCLUSIVE")
        started.set()
        time.sleep(seconds)
        conn.execute("ROLLBACK")
        conn.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait()
    return thread


def test_a_writer_holding_the_lock_for_a_second_is_waited_for(tmp_path, quiz):
    db = tmp_path / "q.db"
    store = open_store(db, lock_wait=10)
    session = QuizSession(quiz, "ann", store)
    holder = hold_lock(db, 1.0)
    session.answer(quiz.items[0].answer)
    holder.join()
    assert session.unsaved == [] and session.notice == "" and count_answers(db) == 1
    store.close()


def test_a_writer_holding_the_lock_too_long_loses_nothing(tmp_path, quiz):
    db = tmp_path / "q.db"
    store = open_store(db, lock_wait=0.3)
    session = QuizSession(quiz, "ann", store)
    holder = hold_lock(db, 1.5)
    session.answer(quiz.items[0].answer)
    assert [r.number for r in session.unsaved] == [1]
    assert "Not saved yet" in session.notice and "locked" in session.notice and "kept" in session.notice
    holder.join()
    session.answer("zzz")
    assert session.unsaved == [] and "Saved what was waiting (2" in session.take_notice()
    assert count_answers(db) == 2
    store.close()


def test_tampered_rows_are_reported_and_skipped(tmp_path, quiz):
    db = tmp_path / "q.db"
    with open_store(db) as store:
        session = QuizSession(quiz, "ann", store)
        session.answer("zzz")
        session.answer("zzz")
    with sqlite3.connect(db) as conn:
        first = conn.execute("SELECT MIN(id) FROM answer").fetchone()[0]
        conn.execute("UPDATE answer SET item = '{\"id\": 5}' WHERE id = ?", (first,))
    with open_store(db) as store:
        report = store.report()
        assert report.students[0].answered == 1
        assert (
            len(report.problems) == 1
            and f"answer {first}: the stored question is not valid" in report.problems[0]
        )
        missed = store.missed("ann")
        assert [i.id for i in missed] == [quiz.items[1].id] and len(store.problems) == 1


def test_an_unfinished_attempt_counts_against_the_whole_quiz(tmp_path, quiz):
    with open_store(tmp_path / "q.db") as store:
        QuizSession(quiz, "ann", store).answer(quiz.items[0].answer)
        report = store.report()
    ann = report.students[0]
    assert (ann.right, ann.missing, ann.unfinished, ann.percent) == (
        1,
        len(quiz.items) - 1,
        1,
        round(100 / len(quiz.items), 1),
    )
    assert all(a.unfinished for a in report.answers)
    assert sum(q.missing for q in report.questions) == len(quiz.items) - 1


def test_student_names_meet_in_any_case(tmp_path, quiz):
    with open_store(tmp_path / "q.db") as store:
        QuizSession(quiz, "Ann", store).answer("zzz")
        QuizSession(quiz, " ann ", store).answer("zzz")
        report = store.report("ANN")
        assert [(s.student, s.attempts) for s in report.students] == [("Ann", 2)]
        assert len(store.missed("aNN")) == 1


def test_teacher_decisions_count_and_show(tmp_path, quiz):
    with open_store(tmp_path / "q.db") as store:
        session = QuizSession(quiz, "ann", store)
        session.answer("zzz")
        session.answer(quiz.items[1].answer)
        ids = [a.answer_id for a in store.report().answers]
        changes = store.decide([ids[0]], "right", note="fair enough")
        assert [(c.before, c.after) for c in changes] == [("wrong", "right")]
        store.decide([ids[1]], "wrong")
        report = store.report()
        assert [(a.status, a.graded, a.override) for a in report.answers] == [
            ("right", "wrong", "right"),
            ("wrong", "right", "wrong"),
        ]
        assert report.students[0].overridden == 2 and report.students[0].right == 1
        assert store.missed("ann") == [quiz.items[1]]
        store.decide([ids[1]], None)
        assert store.report().answers[1].status == "right"
        with pytest.raises(InputError, match="no answer with id 999"):
            store.decide([999], "right")


def test_pending_lists_near_misses_and_claims(tmp_path):
    from bot.quiz import Quiz, QuizItem

    item = QuizItem(id="x-sa", kind="short", prompt="Who?", answer="Mogujie", record="x")
    quiz = Quiz(id="quiz-x", title="x", seed=1, items=[item, item.model_copy(update={"id": "y-sa"})])
    with open_store(tmp_path / "q.db") as store:
        session = QuizSession(quiz, "ann", store)
        session.answer("Mugajie")
        session.claim()
        session.answer("Mogujei")
        pending = store.pending()
        assert [(a.given, a.claimed) for a in pending] == [("Mugajie", True)]
        store.decide([pending[0].answer_id], "right")
        assert store.pending() == [] and len(store.pending(everything=True)) == 1


def test_a_paper_class_is_stored_and_regraded_in_place(tmp_path, quiz):
    from bot.quiz import grade_sheet
    from bot.quiz.models import AnswerRow

    rows = [AnswerRow(student="Bob", question="1", answer=quiz.items[0].answer, line=2)]
    with open_store(tmp_path / "q.db") as store:
        QuizSession(quiz, "ann", store).answer("zzz")
        assert store.record_sheet(quiz, grade_sheet(quiz, rows)) == 1
        bob = next(a for a in store.report().answers if a.student == "Bob")
        store.decide([bob.answer_id], "wrong")
        assert store.record_sheet(quiz, grade_sheet(quiz, rows)) == 1
        report = store.report()
        assert [(s.student, s.attempts) for s in report.students] == [("ann", 1), ("Bob", 1)]
        bob = next(a for a in report.answers if a.student == "Bob")
        assert bob.override == "wrong"
        bob_summary = next(s for s in report.students if s.student == "Bob")
        assert bob_summary.unfinished == 0 and bob_summary.missing == len(quiz.items) - 1


def test_regrade_uses_the_current_grader(tmp_path, quiz):
    with open_store(tmp_path / "q.db") as store:
        QuizSession(quiz, "ann", store).answer("zzz")
    with sqlite3.connect(tmp_path / "q.db") as conn:
        conn.execute("UPDATE answer SET verdict = 'right'")
    with open_store(tmp_path / "q.db") as store:
        changes = store.regrade()
        assert [(c.before, c.after) for c in changes] == [("right", "wrong")]
        assert store.regrade() == []


def test_a_version_1_database_is_upgraded(tmp_path, quiz):
    from bot.quiz.store import _MIGRATIONS

    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:
        for step in _MIGRATIONS[1]:
            conn.execute(step)
        conn.execute("INSERT INTO quiz VALUES ('quiz-old', 'Old', 1, ?)", (quiz.model_dump_json(),))
        conn.execute(
            "INSERT INTO attempt (quiz_id, student, questions, started) VALUES ('quiz-old', ' Ann ', 6, 'x')"
        )
        conn.execute("PRAGMA user_version = 1")
    with open_store(db, readonly=True) as store:
        assert store.report("ann").students[0].attempts == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_racing_starts_on_new_databases(tmp_path, quiz):
    """Eight threads released at once onto a new database, five times: every start succeeds."""
    for round_ in range(5):
        db = tmp_path / f"new{round_}.db"
        barrier = threading.Barrier(8)
        errors: list[BaseException] = []

        def start(n: int, db=db, barrier=barrier, errors=errors) -> None:
            try:
                barrier.wait()
                store = open_store(db)
                store.start(quiz, f"s{n}")
                store.close()
            except BaseException as exc:  # collected for the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=start, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT COUNT(*) FROM attempt").fetchone()[0] == 8
