"""`bot quiz` as a teacher and a class use it: export, take through a pipe, grade a CSV, report; bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.quiz import load_quiz

BOT = [sys.executable, "-m", "bot"]


@pytest.fixture
def run(quiz_dirs, monkeypatch, capsys):
    """Run `bot ARGS` in-process with the test knowledge base and the given stdin (a pipe, not a terminal)."""
    knowledge, seeds = quiz_dirs
    monkeypatch.setenv("BOT_KNOWLEDGE", str(knowledge))
    monkeypatch.setenv("BOT_SEEDS", str(seeds))

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def quiz_file(run, tmp_path) -> Path:
    path = tmp_path / "quiz.json"
    code, _, err = run(
        "quiz", "export", "--seed", "5", "--questions", "6", "--format", "json", "-o", str(path)
    )
    assert code == 0, err
    return path


def db_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT t.student, a.number, a.given, a.verdict FROM answer a "
            "JOIN attempt t ON t.id = a.attempt_id ORDER BY a.id"
        ).fetchall()


def right_answers(path: Path) -> list[str]:
    return [item.answer for item in load_quiz(path).items]


class TestExport:
    @pytest.mark.parametrize("fmt", ["markdown", "json", "gift"])
    def test_same_seed_byte_identical(self, run, tmp_path, fmt):
        a, b = tmp_path / "a", tmp_path / "b"
        for path in (a, b):
            code, _, _ = run(
                "quiz", "export", "--seed", "3", "--format", fmt, "--answer-key", "-o", str(path)
            )
            assert code == 0
        assert a.read_bytes() == b.read_bytes()
        code, out, _ = run("quiz", "export", "--seed", "3", "--format", fmt, "--answer-key")
        assert out.encode() == a.read_bytes()

    def test_options_before_or_after_the_subcommand(self, run):
        _, first, _ = run("quiz", "--seed", "4", "--questions", "3", "export", "--format", "json")
        _, second, _ = run("quiz", "export", "--seed", "4", "--questions", "3", "--format", "json")
        assert first == second and len(json.loads(first)["items"]) == 3

    def test_types_and_topic(self, run):
        _, out, _ = run(
            "quiz", "export", "--seed", "1", "--types", "tf", "--topic", "Meilishou", "--format", "json"
        )
        quiz = json.loads(out)
        assert {i["kind"] for i in quiz["items"]} == {"truefalse"}
        assert all("meilishuo" in i["entities"] for i in quiz["items"])

    def test_bad_type_is_a_usage_error(self, run):
        with pytest.raises(SystemExit) as exc:
            run("quiz", "export", "--types", "essay")
        assert exc.value.code == 2

    def test_unknown_topic(self, run):
        code, _, err = run("quiz", "export", "--topic", "Amazon")
        assert code == 2 and err.startswith("bot: unknown topic 'Amazon'")


class TestTakingThroughAPipe:
    def test_answers_scored_and_stored(self, run, quiz_file, tmp_path):
        db = tmp_path / "r.db"
        answers = right_answers(quiz_file)
        quiz = load_quiz(quiz_file)
        lines = []
        for item, answer in zip(quiz.items, answers, strict=True):
            lines.append(item.letter() if item.kind == "choice" else answer)
        code, out, err = run(
            "quiz", "run", str(quiz_file), "--student", "ann", "--db", str(db), stdin="\n".join(lines) + "\n"
        )
        assert code == 0, err
        assert "Question 1 of 6" in out and "Question 6 of 6" in out
        assert out.rstrip().endswith("Score: 6 of 6 right (100%)")
        assert [r[3] for r in db_rows(db)] == ["right"] * 6

    def test_invalid_answer_reported_and_counted_wrong(self, run, quiz_file, tmp_path):
        db = tmp_path / "r.db"
        quiz = load_quiz(quiz_file)
        lines = ["maybe" if item.kind != "short" else "zzz" for item in quiz.items]
        code, out, _ = run("quiz", "run", str(quiz_file), "--db", str(db), stdin="\n".join(lines) + "\n")
        assert code == 0
        assert "Not a valid answer" in out
        assert "Score: 0 of 6 right" in out
        assert len(db_rows(db)) == 6

    def test_running_out_of_input_keeps_what_was_answered(self, run, quiz_file, tmp_path):
        db = tmp_path / "r.db"
        first_two = [
            item.answer if item.kind != "choice" else item.letter() for item in load_quiz(quiz_file).items[:2]
        ]
        code, out, _ = run(
            "quiz",
            "run",
            str(quiz_file),
            "--student",
            "bob",
            "--db",
            str(db),
            stdin="\n".join(first_two) + "\n",
        )
        assert code == 0
        assert "Stopped after 2 of 6 questions" in out and "Score: 2 of 6 right" in out
        assert [(r[0], r[1], r[3]) for r in db_rows(db)] == [("bob", 1, "right"), ("bob", 2, "right")]

    def test_generated_quiz_and_retry_missed(self, run, tmp_path):
        db = tmp_path / "r.db"
        code, out, _ = run(
            "quiz",
            "--seed",
            "2",
            "--questions",
            "4",
            "--student",
            "cy",
            "--db",
            str(db),
            stdin="zzz\nzzz\nzzz\nzzz\n",
        )
        assert code == 0 and "Score: 0 of 4 right" in out
        missed = {r[1] for r in db_rows(db)}
        assert len(missed) == 4
        code, out, _ = run(
            "quiz", "--retry-missed", "--student", "cy", "--seed", "1", "--db", str(db), stdin=""
        )
        assert code == 0 and "Retry" in out and "Question 1 of 4" in out
        code, _, err = run("quiz", "--retry-missed", "--student", "nobody", "--db", str(db))
        assert code == 2 and "no missed questions" in err

    def test_killed_after_two_answers(self, quiz_file, tmp_path, quiz_dirs):
        """A real process, killed mid-quiz: the two answers given are in the database."""
        db = tmp_path / "r.db"
        knowledge, seeds = quiz_dirs
        env = {
            **os.environ,
            "BOT_KNOWLEDGE": str(knowledge),
            "BOT_SEEDS": str(seeds),
            "PYTHONUNBUFFERED": "1",
        }
        proc = subprocess.Popen(
            [*BOT, "quiz", "run", str(quiz_file), "--student", "dan", "--db", str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=Path(__file__).parent.parent,
        )
        try:
            for answer in ("t", "A"):
                proc.stdin.write(answer + "\n")
                proc.stdin.flush()
            deadline = time.monotonic() + 30
            seen = ""
            while "Question 3 of 6" not in seen and time.monotonic() < deadline:
                line = proc.stdout.readline()
                if not line:
                    break
                seen += line
            assert "Question 3 of 6" in seen, seen + proc.stderr.read()
            proc.kill()
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.stdout.close()
            proc.stderr.close()
            proc.stdin.close()
        assert [(r[0], r[1], r[2]) for r in db_rows(db)] == [("dan", 1, "t"), ("dan", 2, "A")]

    def test_quiz_imports_neither_textual_nor_prompt_toolkit(self, quiz_file, tmp_path, quiz_dirs):
        code = (
            "import sys; from bot.cli import main; "
            f"main(['quiz', 'run', {str(quiz_file)!r}, '--db', {str(tmp_path / 'r.db')!r}]); "
            "print('LOADED', 'textual' in sys.modules, 'prompt_toolkit' in sys.modules)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            input="t\n",
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent.parent,
            timeout=60,
        ).stdout
        assert "LOADED False False" in out


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


class TestGrade:
    def class_sheet(self, quiz_file: Path, tmp_path: Path) -> Path:
        quiz = load_quiz(quiz_file)
        rows = [["student", "question", "answer"]]
        for n, item in enumerate(quiz.items, start=1):
            rows.append(["ann", str(n), item.answer])
            rows.append(["bob", item.id, "zzz"])
        rows.append(["cy", "1", quiz.items[0].answer])
        rows.append(["cy", "2", "nonsense"])
        rows.append(["cy", "99", "x"])
        return write_csv(tmp_path / "answers.csv", rows)

    def test_table(self, run, quiz_file, tmp_path):
        code, out, _ = run("quiz", "grade", str(quiz_file), str(self.class_sheet(quiz_file, tmp_path)))
        assert code == 0
        lines = {
            ln.split()[0]: ln.split()
            for ln in out.splitlines()
            if ln.split()[:1] in (["ann"], ["bob"], ["cy"])
        }
        assert lines["ann"][-1] == "100%" and lines["bob"][-1] == "0%" and lines["cy"][-1] == "16.7%"
        assert "answers.csv:" in out and "unknown question '99'" in out

    def test_json(self, run, quiz_file, tmp_path):
        code, out, err = run(
            "quiz", "grade", str(quiz_file), str(self.class_sheet(quiz_file, tmp_path)), "--format", "json"
        )
        assert code == 0
        report = json.loads(out)
        scores = {s["student"]: (s["right"], s["missing"]) for s in report["students"]}
        assert scores == {"ann": (6, 0), "bob": (0, 0), "cy": (1, 4)}
        assert [q["number"] for q in report["questions"]] == [1, 2, 3, 4, 5, 6]
        assert report["questions"][0]["right"] == 2 and report["questions"][0]["percent"] == pytest.approx(
            66.7
        )
        assert len(report["problems"]) == 1 and "unknown question '99'" in err

    def test_csv(self, run, quiz_file, tmp_path):
        code, out, _ = run(
            "quiz", "grade", str(quiz_file), str(self.class_sheet(quiz_file, tmp_path)), "--format", "csv"
        )
        assert code == 0
        rows = list(csv.DictReader(io.StringIO(out)))
        students = {r["key"]: r for r in rows if r["section"] == "student"}
        assert students["ann"]["right"] == "6" and students["cy"]["missing"] == "4"
        assert len([r for r in rows if r["section"] == "question"]) == 6

    def test_missing_column(self, run, quiz_file, tmp_path):
        sheet = write_csv(tmp_path / "a.csv", [["student", "question"], ["ann", "1"]])
        code, _, err = run("quiz", "grade", str(quiz_file), str(sheet))
        assert code == 2 and err.startswith(f"bot: {sheet}:1: missing column(s) answer")
        assert "Traceback" not in err

    def test_ragged_row(self, run, quiz_file, tmp_path):
        sheet = tmp_path / "a.csv"
        sheet.write_text("student,question,answer\nann,1,yes\nbob,2\n", encoding="utf-8")
        code, _, err = run("quiz", "grade", str(quiz_file), str(sheet))
        assert code == 2 and f"{sheet}:3: expected 3 fields" in err

    def test_malformed_quiz_file(self, run, quiz_file, tmp_path):
        broken = tmp_path / "broken.json"
        text = quiz_file.read_text().splitlines()
        text[4] = text[4] + ","
        broken.write_text("\n".join(text))
        sheet = write_csv(tmp_path / "a.csv", [["student", "question", "answer"]])
        code, _, err = run("quiz", "grade", str(broken), str(sheet))
        assert code == 2 and err.startswith(f"bot: {broken}:") and "invalid JSON" in err
        code, _, err = run("quiz", "run", str(broken))
        assert code == 2 and "invalid JSON" in err

    def test_missing_files(self, run, tmp_path):
        code, _, err = run("quiz", "grade", str(tmp_path / "no.json"), str(tmp_path / "no.csv"))
        assert code == 2 and "no such file" in err


class TestReport:
    def test_report_after_a_class(self, run, quiz_file, tmp_path):
        db = tmp_path / "r.db"
        answers = [
            item.answer if item.kind != "choice" else item.letter() for item in load_quiz(quiz_file).items
        ]
        run(
            "quiz",
            "run",
            str(quiz_file),
            "--student",
            "ann",
            "--db",
            str(db),
            stdin="\n".join(answers) + "\n",
        )
        run("quiz", "run", str(quiz_file), "--student", "bob", "--db", str(db), stdin="zzz\nzzz\n")
        code, out, _ = run("quiz", "report", "--db", str(db))
        assert code == 0 and "ann" in out and "bob" in out and "hardest first" in out
        code, out, _ = run("quiz", "report", "--db", str(db), "--format", "json", "--student", "bob")
        report = json.loads(out)
        assert [s["student"] for s in report["students"]] == ["bob"] and report["students"][0][
            "answered"
        ] == 2
        assert report["questions"][0]["percent"] == 0
        code, out, _ = run("quiz", "report", "--db", str(db), "--format", "csv")
        assert out.startswith("section,number,key")

    def test_empty(self, run, tmp_path):
        code, out, _ = run("quiz", "report")
        assert code == 0 and "no answers yet" in out

    def test_a_mistyped_db_path_is_an_error_not_an_empty_class(self, run, tmp_path):
        code, _, err = run("quiz", "report", "--db", str(tmp_path / "none.db"))
        assert code == 2 and "no such results database" in err
        assert not (tmp_path / "none.db").exists()

    def test_not_a_database(self, run, tmp_path, quiz_file):
        db = tmp_path / "junk.db"
        db.write_text("hello, I am a text file\n" * 40)
        for args in (("quiz", "report", "--db", str(db)), ("quiz", "run", str(quiz_file), "--db", str(db))):
            code, _, err = run(*args, stdin="t\n")
            assert code == 2 and err.startswith(f"bot: {db}: not a quiz database")
        assert db.read_text() == "hello, I am a text file\n" * 40

    def test_read_only_database(self, run, tmp_path, quiz_file):
        db = tmp_path / "r.db"
        run("quiz", "run", str(quiz_file), "--student", "ann", "--db", str(db), stdin="t\nA\n")
        os.chmod(db, 0o444)
        try:
            code, out, err = run(
                "quiz", "run", str(quiz_file), "--student", "bob", "--db", str(db), stdin="t\n"
            )
            assert code == 2 and "read-only" in err and "Question 1" not in out
            code, out, _ = run("quiz", "report", "--db", str(db))
            assert code == 0 and "ann" in out
        finally:
            os.chmod(db, 0o644)
        assert [r[0] for r in db_rows(db)] == ["ann", "ann"]
