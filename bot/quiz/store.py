"""Quiz results in SQLite: this module alone owns the schema, its version and its migrations.

Every answer is committed as it is given, so an interrupted quiz keeps what was answered.
"""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from .. import paths
from ..errors import BotError, InputError
from .grade import summarise
from .models import Grade, ItemResult, Quiz, QuizItem, Report

SCHEMA_VERSION = 1
_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE quiz (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        seed INTEGER NOT NULL,
        body TEXT NOT NULL               -- the quiz as JSON, so a result can always be shown again
    );
    CREATE TABLE attempt (
        id INTEGER PRIMARY KEY,
        quiz_id TEXT NOT NULL REFERENCES quiz(id),
        student TEXT NOT NULL,
        questions INTEGER NOT NULL,
        started TEXT NOT NULL,
        finished TEXT                    -- NULL while under way or when interrupted
    );
    CREATE TABLE answer (
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
    );
    CREATE INDEX answer_item ON answer (item_id);
    CREATE TABLE claim (
        answer_id INTEGER PRIMARY KEY REFERENCES answer(id),
        claimed TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    """,
}
"""Version -> SQL that brings a database from the version before it. Append; never edit a shipped one."""
_TABLES = {"quiz", "attempt", "answer", "claim"}


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
        return BotError(f"{path}: the database is locked by another program; try again when it is done")
    if "readonly" in text or "read-only" in text:
        return BotError(
            f"{path}: the database is read-only; nothing was saved (choose another file with --db)"
        )
    if "unable to open" in text:
        return BotError(f"{path}: cannot open the database (check the folder exists and is writable)")
    return BotError(f"{path}: database error: {text}")


class QuizStore:
    """An open results database. Use `open_store()`; every method raises BotError, never sqlite3 errors."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    # -- lifecycle -------------------------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> QuizStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            with suppress(sqlite3.Error):
                self.conn.rollback()
            raise _message(self.path, exc) from None

    def _migrate(self, write: bool = True) -> bool:
        """Bring the schema up to date; read-only, only check it. False for a blank read-only database."""
        with self._errors():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise BotError(
                    f"{self.path}: made by a newer version of bot (schema {version}, this one "
                    f"knows {SCHEMA_VERSION}); upgrade bot or choose another file with --db"
                )
            if version == 0:
                tables = {
                    r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                if tables and not tables <= _TABLES:
                    raise InputError(
                        f"{self.path}: not a quiz database (it holds other tables: "
                        f"{', '.join(sorted(tables - _TABLES))})"
                    )
                if not tables and not write:
                    return False
            if version == SCHEMA_VERSION:
                return True
            if not write:
                raise BotError(
                    f"{self.path}: the database needs upgrading (schema {version}); "
                    "take or retry a quiz with it once, or choose another file with --db"
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                self.conn.executescript(
                    f"BEGIN IMMEDIATE;\n{_MIGRATIONS[target]}\nPRAGMA user_version = {target};\nCOMMIT;"
                )
        return True

    # -- writing ---------------------------------------------------------------------------------------

    def start(self, quiz: Quiz, student: str) -> int:
        """Record that a student starts a quiz; returns the attempt id."""
        with self._errors():
            self.conn.execute(
                "INSERT OR IGNORE INTO quiz (id, title, seed, body) VALUES (?, ?, ?, ?)",
                (quiz.id, quiz.title, quiz.seed, quiz.model_dump_json()),
            )
            cur = self.conn.execute(
                "INSERT INTO attempt (quiz_id, student, questions, started) VALUES (?, ?, ?, ?)",
                (quiz.id, student, len(quiz.items), _now()),
            )
            self.conn.commit()
            return int(cur.lastrowid or 0)

    def record(self, attempt: int, result: ItemResult) -> int:
        """Store one graded answer and commit it at once; returns the answer id."""
        item, grade = result.item, result.grade
        with self._errors():
            cur = self.conn.execute(
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
            self.conn.commit()
            return int(cur.lastrowid or 0)

    def claim(self, answer: int, note: str = "") -> None:
        """Keep a student's claim that a near miss is right, for the teacher; the score does not change."""
        with self._errors():
            self.conn.execute(
                "INSERT OR REPLACE INTO claim (answer_id, claimed, note) VALUES (?, ?, ?)",
                (answer, _now(), note),
            )
            self.conn.commit()

    def finish(self, attempt: int) -> None:
        """Mark an attempt as completed (an interrupted one keeps finished = NULL)."""
        with self._errors():
            self.conn.execute("UPDATE attempt SET finished = ? WHERE id = ?", (_now(), attempt))
            self.conn.commit()

    # -- reading ---------------------------------------------------------------------------------------

    def missed(self, student: str) -> list[QuizItem]:
        """The questions whose latest answer by this student was not right, oldest first."""
        with self._errors():
            rows = self.conn.execute(
                """SELECT a.item, a.verdict FROM answer a JOIN attempt t ON t.id = a.attempt_id
                   WHERE t.student = ? ORDER BY a.answered, a.id""",
                (student,),
            ).fetchall()
        latest: dict[str, tuple[str, str]] = {}
        for body, verdict in rows:
            item = QuizItem.model_validate_json(body)
            latest.pop(item.id, None)
            latest[item.id] = (body, verdict)
        return [QuizItem.model_validate_json(body) for body, verdict in latest.values() if verdict != "right"]

    def students(self) -> list[str]:
        with self._errors():
            return [r[0] for r in self.conn.execute("SELECT DISTINCT student FROM attempt ORDER BY student")]

    def report(self, student: str | None = None) -> Report:
        """Per-student and per-question summaries (hardest first), with every claim."""
        query = """SELECT t.student, a.number, a.item, a.given, a.verdict, a.valid, c.answer_id IS NOT NULL,
                          c.claimed, t.id
                   FROM answer a JOIN attempt t ON t.id = a.attempt_id LEFT JOIN claim c ON c.answer_id = a.id
                   WHERE (? IS NULL OR t.student = ?) ORDER BY t.student, a.answered, a.id"""
        with self._errors():
            rows = self.conn.execute(query, (student, student)).fetchall()
            attempts = self.conn.execute(
                "SELECT student, COUNT(*) FROM attempt WHERE (? IS NULL OR student = ?) GROUP BY student",
                (student, student),
            ).fetchall()
        results = []
        for who, number, body, given, verdict, valid, claimed, _when, _attempt in rows:
            item = QuizItem.model_validate_json(body)
            grade = Grade(verdict=verdict, given=given, expected=item.expected(), valid=bool(valid))
            results.append((who, ItemResult(number=number, item=item, grade=grade, claimed=bool(claimed))))
        report = summarise(results)
        counts = dict(attempts)
        for s in report.students:
            s.attempts = counts.get(s.student, 0)
        return report


def open_store(path: str | Path | None = None, readonly: bool = False) -> QuizStore | None:
    """Open (creating and migrating as needed) the results database.

    With `readonly`, a missing file gives None instead of being created, and nothing is written.
    A file without write permission is opened read-only even for root, so it is never changed.
    """
    where = Path(path).expanduser() if path else default_path()
    if where.is_dir():
        raise InputError(f"{where}: is a folder, not a database file")
    if readonly and not where.exists():
        return None
    protected = where.exists() and not where.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    try:
        if not readonly and not where.exists():
            where.parent.mkdir(parents=True, exist_ok=True)
        mode = "ro" if readonly or protected else "rwc"
        conn = sqlite3.connect(f"{where.resolve().as_uri()}?mode={mode}", uri=True, timeout=2.0)
    except OSError as exc:
        raise BotError(f"{where}: cannot create the database folder: {exc.strerror}") from None
    except sqlite3.Error as exc:
        raise _message(where, exc) from None
    store = QuizStore(conn, where)
    try:
        usable = store._migrate(write=not readonly)
    except BotError:
        conn.close()
        raise
    if not usable:
        conn.close()
        return None
    return store
