"""Quiz results in SQLite: this module alone owns the schema, its version and its migrations.

Every answer is committed as it is given, so an interrupted quiz keeps what was answered. Writes take the
database lock for as short a time as they can and wait a bounded time for someone else's; schema creation
and upgrades happen inside one transaction, so any number of quizzes may start on a new database at once.
"""

from __future__ import annotations

import sqlite3
import stat
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from .. import paths
from ..errors import BotError, InputError
from .grade import Tally, answer_line, grade_answer, student_key
from .models import AnswerLine, Grade, ItemResult, Override, Quiz, QuizItem, Report

SCHEMA_VERSION = 2
LOCK_WAIT = 10.0
"""Seconds a write waits for another program's lock before the answer is kept in memory instead."""
Step = str | Callable[[sqlite3.Connection], None]


def _fill_student_keys(conn: sqlite3.Connection) -> None:
    """Version 2: every attempt's student name as it is matched (trimmed, any case; Python's casefold,
    which SQLite's lower() cannot do beyond ASCII)."""
    rows = conn.execute("SELECT id, student FROM attempt").fetchall()
    conn.executemany(
        "UPDATE attempt SET student_key = ? WHERE id = ?", [(student_key(n), i) for i, n in rows]
    )


_MIGRATIONS: dict[int, list[Step]] = {
    1: [
        """CREATE TABLE IF NOT EXISTS quiz (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            seed INTEGER NOT NULL,
            body TEXT NOT NULL               -- the quiz as JSON, so a result can always be shown again
        )""",
        """CREATE TABLE IF NOT EXISTS attempt (
            id INTEGER PRIMARY KEY,
            quiz_id TEXT NOT NULL REFERENCES quiz(id),
            student TEXT NOT NULL,
            questions INTEGER NOT NULL,
            started TEXT NOT NULL,
            finished TEXT                    -- NULL while under way or when interrupted
        )""",
        """CREATE TABLE IF NOT EXISTS answer (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempt(id),
            number INTEGER NOT NULL,
            item_id TEXT NOT NULL,
            record TEXT NOT NULL,
            kind TEXT NOT NULL,
            given TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('right', 'wrong', 'unsure')),
            valid INTEGER NOT NULL,
            item TEXT NOT NULL,              -- the question as JSON, for --retry-missed and reports
            answered TEXT NOT NULL,
            UNIQUE (attempt_id, number)
        )""",
        "CREATE INDEX IF NOT EXISTS answer_item ON answer (item_id)",
        """CREATE TABLE IF NOT EXISTS claim (
            answer_id INTEGER PRIMARY KEY REFERENCES answer(id),
            claimed TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""",
    ],
    2: [
        "ALTER TABLE attempt ADD COLUMN source TEXT NOT NULL DEFAULT 'terminal'",  # terminal, chat, paper
        "ALTER TABLE attempt ADD COLUMN student_key TEXT NOT NULL DEFAULT ''",  # trimmed, any case
        lambda conn: _fill_student_keys(conn),
        "CREATE INDEX IF NOT EXISTS attempt_student ON attempt (student_key)",
        """CREATE TABLE IF NOT EXISTS override (
            answer_id INTEGER PRIMARY KEY REFERENCES answer(id),
            verdict TEXT NOT NULL CHECK (verdict IN ('right', 'wrong')),
            note TEXT NOT NULL DEFAULT '',
            decided TEXT NOT NULL
        )""",
    ],
}
"""Version -> the steps (SQL, or Python for what SQL cannot do) that bring a database from the version
before it. Append; never change what a shipped step does."""
_TABLES = {"quiz", "attempt", "answer", "claim", "override"}


class StoreBusy(BotError):
    """Another program held the database lock longer than the bounded wait; nothing was written."""


def default_path() -> Path:
    """Where results live unless --db says otherwise."""
    return paths.user_dir() / "quiz.db"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _message(path: Path, exc: sqlite3.Error) -> BotError:
    """A user-facing error for a database problem; the file is left as it was."""
    text = str(exc)
    if "not a database" in text or "malformed" in text:
        return InputError(f"{path}: not a quiz database (the file is not SQLite or is damaged)")
    if "locked" in text or "busy" in text:
        return StoreBusy(f"{path}: the database is locked by another program; try again when it is done")
    if "readonly" in text or "read-only" in text:
        return BotError(
            f"{path}: the database is read-only; nothing was saved (choose another file with --db)"
        )
    if "unable to open" in text:
        return BotError(f"{path}: cannot open the database (check the folder exists and is writable)")
    return BotError(f"{path}: database error: {text}")


@dataclass(frozen=True)
class Change:
    """One stored answer whose grade changed (a teacher's decision or a regrade)."""

    answer_id: int
    student: str
    number: int
    given: str
    before: str
    after: str


class QuizStore:
    """An open results database. Use `open_store()`; every method raises BotError, never sqlite3 errors.

    One store may be used from several threads (the chat saves answers off its UI thread), one at a time.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, lock_wait: float = LOCK_WAIT) -> None:
        self.conn = conn
        self.path = path
        self.lock_wait = lock_wait
        self.problems: list[str] = []
        """Stored rows the last read could not use (edited by hand, damaged), each as `path: what`."""
        self._lock = threading.RLock()

    # -- lifecycle -------------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> QuizStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        with self._lock:
            try:
                yield
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    with suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise _message(self.path, exc) from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; waits up to `lock_wait` seconds for another program's lock."""
        with self._errors():
            deadline = time.monotonic() + self.lock_wait
            pause = 0.02
            while True:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) and "busy" not in str(exc):
                        raise
                    if time.monotonic() >= deadline:
                        raise
                    time.sleep(min(pause, max(0.0, deadline - time.monotonic())))
                    pause = min(pause * 2, 0.5)
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
                raise

    def _version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def _tables(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    def _check(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise BotError(
                f"{self.path}: made by a newer version of bot (schema {version}, this one "
                f"knows {SCHEMA_VERSION}); upgrade bot or choose another file with --db"
            )
        if version == 0:
            tables = self._tables()
            if tables and not tables <= _TABLES:
                raise InputError(
                    f"{self.path}: not a quiz database (it holds other tables: "
                    f"{', '.join(sorted(tables - _TABLES))})"
                )

    def _migrate(self, write: bool = True, create: bool = True) -> bool:
        """Bring the schema up to date in one transaction; without `write`, only check it.

        False for a blank database that is not to be created. The version is read again once the write
        lock is held, so two programs creating one new database at once both succeed.
        """
        with self._errors():
            version = self._version()
            self._check(version)
            if version == SCHEMA_VERSION:
                return True
            if version == 0 and not create and not self._tables():
                return False
            if not write:
                raise BotError(
                    f"{self.path}: the database needs upgrading (schema {version}); "
                    "take or retry a quiz with it once, or choose another file with --db"
                )
        with self._write() as conn:
            version = self._version()
            self._check(version)
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for step in _MIGRATIONS[target]:
                    if callable(step):
                        step(conn)
                    else:
                        conn.execute(step)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return True

    # -- writing ---------------------------------------------------------------------------------------

    def _save_quiz(self, conn: sqlite3.Connection, quiz: Quiz) -> None:
        conn.execute(
            "INSERT OR IGNORE INTO quiz (id, title, seed, body) VALUES (?, ?, ?, ?)",
            (quiz.id, quiz.title, quiz.seed, quiz.model_dump_json()),
        )

    def start(self, quiz: Quiz, student: str, source: str = "terminal") -> int:
        """Record that a student starts a quiz; returns the attempt id."""
        with self._write() as conn:
            self._save_quiz(conn, quiz)
            cur = conn.execute(
                "INSERT INTO attempt (quiz_id, student, student_key, questions, started, source)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (quiz.id, student, student_key(student), len(quiz.items), _now(), source),
            )
            return int(cur.lastrowid or 0)

    def record(self, attempt: int, result: ItemResult, finished: bool = False) -> int:
        """Store one graded answer and commit it at once (marking the attempt finished with its last
        answer); returns the answer id."""
        with self._write() as conn:
            answer = self._insert_answer(conn, attempt, result)
            if result.claimed:
                conn.execute(
                    "INSERT OR REPLACE INTO claim (answer_id, claimed, note) VALUES (?, ?, '')",
                    (answer, _now()),
                )
            if finished:
                conn.execute("UPDATE attempt SET finished = ? WHERE id = ?", (_now(), attempt))
            return answer

    def _insert_answer(self, conn: sqlite3.Connection, attempt: int, result: ItemResult) -> int:
        item, grade = result.item, result.grade
        cur = conn.execute(
            "INSERT INTO answer (attempt_id, number, item_id, record, kind, given, verdict, valid, item, answered)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                attempt,
                result.number,
                item.id,
                item.record,
                item.kind,
                grade.given,
                grade.verdict,
                int(grade.valid),
                item.model_dump_json(),
                _now(),
            ),
        )
        return int(cur.lastrowid or 0)

    def claim(self, answer: int, note: str = "") -> None:
        """Keep a student's claim that a near miss is right, for the teacher; the score does not change."""
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO claim (answer_id, claimed, note) VALUES (?, ?, ?)",
                (answer, _now(), note),
            )

    def finish(self, attempt: int) -> None:
        """Mark an attempt as completed (an interrupted one keeps finished = NULL)."""
        with self._write() as conn:
            conn.execute("UPDATE attempt SET finished = ? WHERE id = ?", (_now(), attempt))

    def record_sheet(self, quiz: Quiz, report: Report, source: str = "paper") -> int:
        """Store a graded paper class: one finished attempt per student, blanks included.

        Grading the same class again replaces its earlier paper attempts of this quiz; a teacher's decision
        on an answer that did not change is kept. Returns the number of attempts stored.
        """
        by_student: dict[str, list[AnswerLine]] = {}
        names: dict[str, str] = {}
        for student in report.students:
            names[student_key(student.student)] = student.student
            by_student.setdefault(student_key(student.student), [])
        for line in report.answers:
            by_student.setdefault(student_key(line.student), []).append(line)
        now = _now()
        with self._write() as conn:
            self._save_quiz(conn, quiz)
            kept: dict[tuple[str, int, str], tuple[str, str, str]] = {}
            for key, number, given, verdict, note, decided in conn.execute(
                """SELECT t.student_key, a.number, a.given, o.verdict, o.note, o.decided
                   FROM override o JOIN answer a ON a.id = o.answer_id JOIN attempt t ON t.id = a.attempt_id
                   WHERE t.quiz_id = ? AND t.source = ?""",
                (quiz.id, source),
            ):
                if key in by_student:
                    kept[(key, number, given)] = (verdict, note, decided)
            old = [
                attempt
                for attempt, key in conn.execute(
                    "SELECT id, student_key FROM attempt WHERE quiz_id = ? AND source = ?", (quiz.id, source)
                )
                if key in by_student
            ]
            for chunk in range(0, len(old), 500):
                ids = old[chunk : chunk + 500]
                marks = ",".join("?" * len(ids))
                answers = f"SELECT id FROM answer WHERE attempt_id IN ({marks})"
                conn.execute(f"DELETE FROM override WHERE answer_id IN ({answers})", ids)
                conn.execute(f"DELETE FROM claim WHERE answer_id IN ({answers})", ids)
                conn.execute(f"DELETE FROM answer WHERE attempt_id IN ({marks})", ids)
                conn.execute(f"DELETE FROM attempt WHERE id IN ({marks})", ids)
            for key, lines in by_student.items():
                cur = conn.execute(
                    "INSERT INTO attempt (quiz_id, student, student_key, questions, started, finished, source)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (quiz.id, names.get(key, key), key, len(quiz.items), now, now, source),
                )
                attempt = int(cur.lastrowid or 0)
                for line in lines:
                    item = quiz.items[line.number - 1]
                    grade = Grade(
                        verdict=line.graded or "wrong",
                        given=line.given,
                        expected=line.expected,
                        note=line.note,
                    )
                    answer = self._insert_answer(
                        conn, attempt, ItemResult(number=line.number, item=item, grade=grade)
                    )
                    decision = kept.get((key, line.number, line.given))
                    if decision is not None:
                        conn.execute(
                            "INSERT INTO override (answer_id, verdict, note, decided) VALUES (?, ?, ?, ?)",
                            (answer, *decision),
                        )
        return len(by_student)

    def decide(self, answers: Iterable[int], verdict: Override | None, note: str = "") -> list[Change]:
        """Set (or with None, clear) the teacher's grade of stored answers; every id must exist."""
        wanted = list(dict.fromkeys(answers))
        with self._write() as conn:
            rows = {
                r[0]: r
                for r in conn.execute(
                    f"""SELECT a.id, t.student, a.number, a.given, a.verdict, o.verdict
                        FROM answer a JOIN attempt t ON t.id = a.attempt_id
                        LEFT JOIN override o ON o.answer_id = a.id
                        WHERE a.id IN ({",".join("?" * len(wanted))})""",
                    wanted,
                )
            }
            unknown = [str(a) for a in wanted if a not in rows]
            if unknown:
                raise InputError(
                    f"{self.path}: no answer with id {', '.join(unknown)} "
                    "(`bot quiz review` lists the answers to decide, with their ids)"
                )
            changes = []
            for answer in wanted:
                _, student, number, given, graded, before = rows[answer]
                if verdict is None:
                    conn.execute("DELETE FROM override WHERE answer_id = ?", (answer,))
                else:
                    conn.execute(
                        "INSERT OR REPLACE INTO override (answer_id, verdict, note, decided) VALUES (?, ?, ?, ?)",
                        (answer, verdict, note, _now()),
                    )
                changes.append(Change(answer, student, number, given, before or graded, verdict or graded))
        return changes

    def regrade(self) -> list[Change]:
        """Grade every stored answer again with this version's grader; teachers' decisions stay as they are."""
        changes: list[Change] = []
        self.problems = []
        with self._write() as conn:
            rows = conn.execute(
                """SELECT a.id, t.student, a.number, a.given, a.verdict, a.item
                   FROM answer a JOIN attempt t ON t.id = a.attempt_id ORDER BY a.id"""
            ).fetchall()
            for answer, student, number, given, verdict, body in rows:
                item = self._item(body, f"answer {answer}")
                if item is None:
                    continue
                grade = grade_answer(item, given)
                if grade.verdict != verdict:
                    conn.execute(
                        "UPDATE answer SET verdict = ?, valid = ? WHERE id = ?",
                        (grade.verdict, int(grade.valid), answer),
                    )
                    changes.append(Change(answer, student, number, given, verdict, grade.verdict))
        return changes

    # -- reading ---------------------------------------------------------------------------------------

    def _item(self, body: str, where: str) -> QuizItem | None:
        """A stored question, or None (and a problem noted) when the stored JSON is not a valid question."""
        try:
            return QuizItem.model_validate_json(body)
        except (ValidationError, ValueError, RecursionError) as exc:
            first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else type(exc).__name__
            self.problems.append(f"{self.path}: {where}: the stored question is not valid ({first}); skipped")
            return None

    def _quiz(self, body: str, where: str) -> Quiz | None:
        try:
            return Quiz.model_validate_json(body)
        except (ValidationError, ValueError, RecursionError) as exc:
            first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else type(exc).__name__
            self.problems.append(f"{self.path}: {where}: the stored quiz is not valid ({first}); skipped")
            return None

    def missed(self, student: str) -> list[QuizItem]:
        """The questions whose latest answer by this student does not count as right, oldest first.

        A teacher's decision counts over the grader's; unreadable stored questions are skipped and noted in
        `problems`.
        """
        self.problems = []
        with self._errors():
            rows = self.conn.execute(
                """SELECT a.id, a.item, a.verdict, o.verdict FROM answer a
                   JOIN attempt t ON t.id = a.attempt_id LEFT JOIN override o ON o.answer_id = a.id
                   WHERE t.student_key = ? ORDER BY a.answered, a.id""",
                (student_key(student),),
            ).fetchall()
        latest: dict[str, tuple[QuizItem, str]] = {}
        for answer, body, verdict, override in rows:
            item = self._item(body, f"answer {answer}")
            if item is None:
                continue
            latest.pop(item.id, None)
            latest[item.id] = (item, override or verdict)
        return [item for item, counted in latest.values() if counted != "right"]

    def students(self) -> list[str]:
        with self._errors():
            return [r[0] for r in self.conn.execute("SELECT DISTINCT student FROM attempt ORDER BY student")]

    def quizzes(self) -> list[tuple[str, str, int]]:
        """(id, title, attempts) of every stored quiz, most recently taken first."""
        with self._errors():
            return self.conn.execute(
                """SELECT q.id, q.title, COUNT(t.id) FROM quiz q LEFT JOIN attempt t ON t.quiz_id = q.id
                   GROUP BY q.id ORDER BY MAX(t.id) DESC"""
            ).fetchall()

    def quiz(self, quiz_id: str) -> Quiz | None:
        with self._errors():
            row = self.conn.execute("SELECT body FROM quiz WHERE id = ?", (quiz_id,)).fetchone()
        return self._quiz(row[0], f"quiz {quiz_id}") if row else None

    def report(self, student: str | None = None, quiz: str | None = None, latest: bool = False) -> Report:
        """Every answer, per-student and per-question summaries (hardest first), and every claim.

        An unfinished attempt counts against the whole quiz: its unanswered questions are missing. With
        `quiz`, only that quiz's attempts; with `latest`, only each student's latest attempt.
        """
        key = student_key(student) if student is not None else None
        self.problems = []
        with self._errors():
            attempts = self.conn.execute(
                """SELECT t.id, t.quiz_id, t.student, t.student_key, t.questions, t.finished IS NULL, q.body
                   FROM attempt t JOIN quiz q ON q.id = t.quiz_id
                   WHERE (? IS NULL OR t.student_key = ?) AND (? IS NULL OR t.quiz_id = ?)
                   ORDER BY t.id""",
                (key, key, quiz, quiz),
            ).fetchall()
            if latest:
                last = {(a[3], a[1]): a for a in attempts}
                attempts = [a for a in attempts if last[(a[3], a[1])] is a]
            chosen = {a[0] for a in attempts}
            rows = self.conn.execute(
                """SELECT a.id, a.attempt_id, a.number, a.item, a.given, a.verdict, a.valid,
                          c.answer_id IS NOT NULL, o.verdict
                   FROM answer a JOIN attempt t ON t.id = a.attempt_id
                   LEFT JOIN claim c ON c.answer_id = a.id LEFT JOIN override o ON o.answer_id = a.id
                   WHERE (? IS NULL OR t.student_key = ?) AND (? IS NULL OR t.quiz_id = ?)
                   ORDER BY a.attempt_id, a.number, a.id""",
                (key, key, quiz, quiz),
            ).fetchall()
        info = {a[0]: a for a in attempts}
        tally = Tally()
        answered: dict[int, set[int]] = {}
        for answer, attempt, number, body, given, verdict, valid, claimed, override in rows:
            if attempt not in chosen:
                continue
            answered.setdefault(attempt, set()).add(number)
            item = self._item(body, f"answer {answer}")
            if item is None:
                continue
            _, quiz_id, name, _, _, unfinished, _ = info[attempt]
            grade = Grade(verdict=verdict, given=given, expected=item.expected(), valid=bool(valid))
            line = answer_line(
                name,
                number,
                item,
                grade,
                override=override,
                claimed=bool(claimed),
                answer_id=answer,
                attempt=attempt,
                quiz=quiz_id,
                unfinished=bool(unfinished),
            )
            tally.add(line, item, numbered=quiz is not None)
        bodies: dict[str, Quiz | None] = {}
        for attempt, quiz_id, name, _, questions, unfinished, body in attempts:
            summary = tally.student(name)
            summary.attempts += 1
            summary.unfinished += bool(unfinished)
            done = answered.get(attempt, set())
            summary.missing += max(0, questions - len(done))
            if questions > len(done):
                if quiz_id not in bodies:
                    bodies[quiz_id] = self._quiz(body, f"quiz {quiz_id}")
                whole = bodies[quiz_id]
                for number, item in enumerate(whole.items if whole else [], start=1):
                    if number not in done:
                        tally.question(item, number if quiz is not None else None).missing += 1
        return tally.report(hardest_first=quiz is None, problems=list(self.problems))

    def pending(self, student: str | None = None, everything: bool = False) -> list[AnswerLine]:
        """Answers for the teacher to decide: claims and near misses not yet decided (all, with
        `everything`: decided ones and overrides too)."""
        report = self.report(student)
        return [
            a
            for a in report.answers
            if (a.claimed or a.graded == "unsure" or (everything and a.override is not None))
            and (everything or a.override is None)
        ]


def open_store(
    path: str | Path | None = None, readonly: bool = False, lock_wait: float = LOCK_WAIT
) -> QuizStore | None:
    """Open (creating and migrating as needed) the results database.

    With `readonly`, a missing or blank file gives None instead of being created, and nothing is written
    but an upgrade of an older schema. A file without write permission is opened read-only even for root,
    so it is never changed.
    """
    where = paths.user_path(path) if path else default_path()
    if where.is_dir():
        raise InputError(f"{where}: is a folder, not a database file")
    if readonly and not where.exists():
        return None
    protected = where.exists() and not where.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    try:
        if not readonly and not where.exists():
            where.parent.mkdir(parents=True, exist_ok=True)
        mode = "ro" if protected else "rw" if readonly else "rwc"
        conn = sqlite3.connect(
            f"{where.resolve().as_uri()}?mode={mode}",
            uri=True,
            timeout=min(lock_wait, 1.0),
            isolation_level=None,
            check_same_thread=False,
        )
    except OSError as exc:
        raise BotError(f"{where}: cannot create the database folder: {exc.strerror}") from None
    except sqlite3.Error as exc:
        raise _message(where, exc) from None
    store = QuizStore(conn, where, lock_wait)
    try:
        usable = store._migrate(write=not protected, create=not readonly)
    except BotError:
        conn.close()
        raise
    if not usable:
        conn.close()
        return None
    return store
