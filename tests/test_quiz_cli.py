"""`bot quiz` as a teacher and a class use it: export, take through a pipe, grade a CSV, report; bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.quiz import Quiz, QuizItem, load_quiz

BOT = [sys.executable, "-m", "bot"]


def start_quiz(quiz_file: Path, db: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [*BOT, "quiz", "run", str(quiz_file), "--student", "dan", "--db", str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(__file__).parent.parent,
    )


def answer_two(proc: subprocess.Popen) -> str:
    """Answer two questions and wait until the third is asked."""
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
    assert "Question 3 of 6" in seen, seen
    return seen


@pytest.fixture
def run(monkeypatch, capsys):
    """Run `bot ARGS` in-process with the shipped knowledge base and the given stdin (a pipe, not a
    terminal)."""

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

    def test_bad_type_is_a_usage_error(self, run, capsys):
        with pytest.raises(SystemExit) as exc:
            run("quiz", "export", "--types", "essay")
        assert exc.value.code == 2
        assert capsys.readouterr().err.endswith(
            "bot quiz export: error: argument --types: unknown question type 'essay' "
            "(choose from short, choice, truefalse)\n"
        )

    @pytest.mark.parametrize("topic", ["Amazon", "zzzzqqq"])
    def test_unknown_topic_lists_the_storys_names(self, run, topic):
        code, out, err = run("quiz", "export", "--topic", topic)
        assert code == 2 and out == ""
        assert err.startswith(f"bot: unknown topic '{topic}'; the story's names are: Alibaba, ")

    @pytest.mark.parametrize("seed", ["9" * 1_000_000, str(2**80), "-1", "²"])
    def test_seeds_are_bounded(self, run, seed, capsys):
        with pytest.raises(SystemExit) as exc:
            run("quiz", "export", "--seed", seed)
        err = capsys.readouterr().err
        assert exc.value.code == 2 and "the seed must be a whole number from 0 to 9223372036854775807" in err
        assert len(err) < 600 and "Traceback" not in err

    def test_html_handout(self, run, tmp_path):
        path = tmp_path / "quiz.html"
        code, _, err = run(
            "quiz", "export", "--seed", "3", "--format", "html", "--answer-key", "-o", str(path)
        )
        page = path.read_text(encoding="utf-8")
        assert code == 0 and f"wrote {path}" in err
        assert page.startswith("<!DOCTYPE html>") and "Answer key" in page and "Name:" in page


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

    def test_answers_are_echoed_literally(self, run, quiz_file, tmp_path):
        code, out, _ = run("quiz", "run", str(quiz_file), "--db", str(tmp_path / "r.db"), stdin="\x1b[2Jt\n")
        assert code == 0 and "> \\x1b[2Jt" in out and "\x1b" not in out

    def test_a_quiz_files_title_is_shown_literally(self, run, quiz_file, tmp_path):
        data = json.loads(quiz_file.read_text())
        data["title"] = "Evil\x1b]0;pwned\x07 quiz"
        evil = tmp_path / "evil.json"
        evil.write_text(json.dumps(data))
        code, out, _ = run("quiz", "run", str(evil), "--db", str(tmp_path / "r.db"), stdin="")
        assert code == 0 and out.startswith("Evil\\x1b]0;pwned\\x07 quiz (6 questions")

    def test_ctrl_c_exits_130_and_keeps_the_answers(self, quiz_file, tmp_path):
        """A real process interrupted after two answers: exit 130, a short notice, both answers stored."""
        db = tmp_path / "r.db"
        proc = start_quiz(quiz_file, db)
        try:
            answer_two(proc)
            proc.send_signal(signal.SIGINT)
            out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 130, err
        assert "Stopped after 2 of 6 questions; your answers so far are saved." in out
        assert "Traceback" not in err
        assert [(r[0], r[1]) for r in db_rows(db)] == [("dan", 1), ("dan", 2)]

    def test_killed_after_two_answers(self, quiz_file, tmp_path):
        """A real process, killed mid-quiz: the two answers given are in the database."""
        db = tmp_path / "r.db"
        proc = start_quiz(quiz_file, db)
        try:
            answer_two(proc)
            proc.kill()
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
        assert [(r[0], r[1], r[2]) for r in db_rows(db)] == [("dan", 1, "t"), ("dan", 2, "A")]

    def test_quiz_imports_neither_textual_nor_prompt_toolkit(self, quiz_file, tmp_path):
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


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = False) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    return path


def class_rows(quiz_file: Path) -> list[list[str]]:
    quiz = load_quiz(quiz_file)
    rows = [["student", "question", "answer"]]
    for n, item in enumerate(quiz.items, start=1):
        rows.append(["ann", str(n), item.answer])
        rows.append(["bob", item.id, "zzz"])
    rows.append(["Cy ", "Q1", quiz.items[0].answer])
    rows.append(["cy", "#2", ""])
    return rows


class TestGrade:
    def test_table_shows_every_answer_with_its_verdict(self, run, quiz_file, tmp_path):
        sheet = write_csv(tmp_path / "answers.csv", class_rows(quiz_file))
        code, out, _ = run("quiz", "grade", str(quiz_file), str(sheet))
        assert code == 0
        students = {
            ln.split()[0]: ln.split()
            for ln in out.split("Questions")[0].splitlines()
            if ln[:3] in ("ann", "bob", "Cy ")
        }
        assert students["ann"][-1] == "100%" and students["bob"][-1] == "0%" and students["Cy"][-1] == "16.7%"
        answers = out.split("Answers (")[1]
        quiz = load_quiz(quiz_file)
        first = next(ln for ln in answers.splitlines() if ln.startswith("bob ") and " 1 " in ln)
        assert "zzz" in first and "wrong" in first and quiz.items[0].expected()[:20] in first
        assert re.search(r"^Cy\s+2\s+\(blank\)\s+blank", answers, re.M)

    def test_json_and_csv(self, run, quiz_file, tmp_path):
        sheet = write_csv(tmp_path / "answers.csv", class_rows(quiz_file))
        code, out, _ = run("quiz", "grade", str(quiz_file), str(sheet), "--format", "json")
        report = json.loads(out)
        assert code == 0
        scores = {s["student"]: (s["right"], s["blank"], s["missing"]) for s in report["students"]}
        assert scores == {"ann": (6, 0, 0), "bob": (0, 0, 0), "Cy": (1, 1, 4)}
        assert {a["status"] for a in report["answers"]} == {"right", "wrong", "blank"}
        code, out, _ = run("quiz", "grade", str(quiz_file), str(sheet), "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["section"] for r in rows} == {"student", "question", "answer"}
        assert len([r for r in rows if r["section"] == "answer"]) == 14

    def test_gradebook(self, run, quiz_file, tmp_path):
        sheet = write_csv(tmp_path / "answers.csv", class_rows(quiz_file))
        code, out, _ = run("quiz", "grade", str(quiz_file), str(sheet), "--format", "gradebook")
        rows = list(csv.reader(io.StringIO(out)))
        assert code == 0
        assert rows[0] == [
            "student",
            "Q1",
            "Q2",
            "Q3",
            "Q4",
            "Q5",
            "Q6",
            "total",
            "out of",
            "percent",
            "status",
            "teacher grades",
        ]
        by_name = {r[0]: r for r in rows[1:]}
        assert by_name["ann"][1:10] == ["1"] * 6 + ["6", "6", "100.0"]
        assert by_name["Cy"][1:10] == ["1", "", "", "", "", "", "1", "6", "16.7"]

    def test_semicolons_and_a_byte_order_mark(self, run, quiz_file, tmp_path):
        sheet = write_csv(tmp_path / "answers.csv", class_rows(quiz_file), delimiter=";", bom=True)
        code, out, _ = run("quiz", "grade", str(quiz_file), str(sheet), "--format", "json")
        assert code == 0 and len(json.loads(out)["students"]) == 3

    def test_skipped_rows_are_listed_and_exit_1(self, run, quiz_file, tmp_path):
        rows = [*class_rows(quiz_file), ["ann", "99", "x"], ["ann", "²", "x"]]
        sheet = write_csv(tmp_path / "answers.csv", rows)
        code, out, err = run("quiz", "grade", str(quiz_file), str(sheet))
        assert code == 1 and "Traceback" not in err
        assert f"{sheet}:16: unknown question '99'" in out and f"{sheet}:17: unknown question '²'" in out
        code, _, err = run("quiz", "grade", str(quiz_file), str(sheet), "--format", "json")
        assert code == 1 and "bot: skipped" in err and "'99'" in err

    def test_a_stray_quote_is_an_error_with_its_line(self, run, quiz_file, tmp_path):
        sheet = tmp_path / "answers.csv"
        sheet.write_text('student,question,answer\nann,1,yes\nbob,2,"no\ncy,3,x\ndan,4,y\n', encoding="utf-8")
        code, out, err = run("quiz", "grade", str(quiz_file), str(sheet))
        assert code == 2 and out == ""
        assert err.startswith(f"bot: {sheet}:3: a quoted field opened on this line is never closed")

    def test_names_and_headers_are_shown_safely(self, run, quiz_file, tmp_path):
        sheet = write_csv(
            tmp_path / "answers.csv",
            [
                ["student", "question", "answer"],
                ["\x1b[31mEve", "1", "x"],
                ['=HYPERLINK("http://x")', "1", "@SUM(A1)"],
                ["eve", "1", "x"],
            ],
        )
        code, out, _ = run("quiz", "grade", str(quiz_file), str(sheet))
        assert code == 0 and "\x1b" not in out and "\\x1b[31mEve" in out
        code, out, _ = run("quiz", "grade", str(quiz_file), str(sheet), "--format", "csv")
        assert "\x1b" not in out
        cells = [c for row in csv.reader(io.StringIO(out)) for c in row]
        assert '\'=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells
        assert not any(
            c.startswith(("=", "+", "@")) or (c.startswith("-") and not c[1:].replace(".", "").isdigit())
            for c in cells
        )
        code, out, _ = run("quiz", "grade", str(quiz_file), str(sheet), "--format", "gradebook")
        assert "'=HYPERLINK" in out and "\x1b" not in out
        bad_header = tmp_path / "bad.csv"
        bad_header.write_text("\x1b[2Jname,question\nann,1\n", encoding="utf-8")
        code, _, err = run("quiz", "grade", str(quiz_file), str(bad_header))
        assert code == 2 and "\x1b" not in err and "\\x1b[2jname" in err

    def test_a_paper_class_goes_into_the_results_database(self, run, quiz_file, tmp_path):
        db = tmp_path / "r.db"
        run("quiz", "run", str(quiz_file), "--student", "zoe", "--db", str(db), stdin="t\n")
        sheet = write_csv(tmp_path / "answers.csv", class_rows(quiz_file))
        code, _, err = run("quiz", "grade", str(quiz_file), str(sheet), "--db", str(db))
        assert code == 0 and "stored 3 students' answers" in err
        code, out, _ = run("quiz", "report", "--db", str(db), "--format", "json")
        students = {s["student"]: (s["answered"], s["unfinished"]) for s in json.loads(out)["students"]}
        assert students == {"ann": (6, 0), "bob": (6, 0), "Cy": (1, 0), "zoe": (1, 1)}
        run("quiz", "grade", str(quiz_file), str(sheet), "--db", str(db))
        code, out, _ = run("quiz", "report", "--db", str(db), "--format", "json")
        assert len(json.loads(out)["students"]) == 4 and all(
            s["attempts"] == 1 for s in json.loads(out)["students"]
        )

    def test_missing_column(self, run, quiz_file, tmp_path):
        sheet = write_csv(tmp_path / "a.csv", [["student", "question"], ["ann", "1"]])
        code, _, err = run("quiz", "grade", str(quiz_file), str(sheet))
        assert code == 2 and err.startswith(f"bot: {sheet}:1: missing column(s) answer")

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

    @pytest.mark.parametrize(
        ("body", "message"),
        [
            ('{"seed": ' + "9" * 5000 + "}", "invalid quiz file"),
            ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ],
    )
    def test_hostile_quiz_files(self, run, tmp_path, body, message):
        bad = tmp_path / "bad.json"
        bad.write_text(body)
        code, _, err = run("quiz", "run", str(bad))
        assert code == 2 and message in err and len(err) < 500

    def test_a_seed_too_big_for_the_database_in_a_quiz_file(self, run, quiz_file, tmp_path):
        data = json.loads(quiz_file.read_text())
        data["seed"] = 2**80
        bad = tmp_path / "bad.json"
        bad.write_text(json.dumps(data))
        code, _, err = run("quiz", "run", str(bad))
        assert code == 2 and f"{bad}:" in err and "seed" in err

    def test_not_a_regular_file(self, run, quiz_file):
        code, _, err = run("quiz", "grade", str(quiz_file), "/dev/zero")
        assert code == 2 and "not a regular file" in err

    def test_missing_files(self, run, tmp_path):
        code, _, err = run("quiz", "grade", str(tmp_path / "no.json"), str(tmp_path / "no.csv"))
        assert code == 2 and "no such file" in err


class TestReview:
    def test_accept_a_near_miss_and_report_it_as_the_teachers(self, run, tmp_path):
        quiz = Quiz(
            id="quiz-r",
            title="R",
            seed=1,
            items=[QuizItem(id="x-sa", kind="short", prompt="Who?", answer="Mogujie", record="x")],
        )
        quiz_file = tmp_path / "r.json"
        quiz_file.write_text(quiz.model_dump_json())
        db = tmp_path / "r.db"
        run("quiz", "run", str(quiz_file), "--student", "ann", "--db", str(db), stdin="Mugajie\n")
        code, out, _ = run("quiz", "review", "--db", str(db))
        assert code == 0 and "1 answer(s) to review" in out and "Mugajie" in out and "near miss" in out
        answer = int(re.search(r"^(\d+)\s+ann", out, re.M).group(1))
        code, out, _ = run("quiz", "review", "--db", str(db), "--accept", str(answer), "--note", "fair")
        assert code == 0 and f"answer {answer} (ann, question 1, 'Mugajie'): unsure -> right" in out
        code, out, _ = run("quiz", "review", "--db", str(db))
        assert "Nothing to review" in out
        code, out, _ = run("quiz", "report", "--db", str(db), "--student", "ann")
        assert "right (teacher; graded near miss)" in out and "100%" in out
        code, _, err = run("quiz", "review", "--db", str(db), "--reject", "999")
        assert code == 2 and "no answer with id 999" in err
        code, out, _ = run("quiz", "review", "--db", str(db), "--regrade")
        assert code == 0 and "0 changed" in out

    def test_review_of_a_missing_database(self, run, tmp_path):
        code, _, err = run("quiz", "review", "--db", str(tmp_path / "none.db"))
        assert code == 2 and "no such results database" in err and not (tmp_path / "none.db").exists()


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
        code, out, _ = run("quiz", "report", "--db", str(db), "--format", "json", "--student", "BOB ")
        report = json.loads(out)
        bob = report["students"][0]
        assert (bob["student"], bob["answered"], bob["missing"], bob["unfinished"]) == ("bob", 2, 4, 1)
        code, out, _ = run("quiz", "report", "--db", str(db), "--format", "csv")
        assert out.startswith("section,number,key")

    def test_an_abandoned_attempt_is_not_100_percent(self, run, quiz_file, tmp_path):
        db = tmp_path / "r.db"
        first = load_quiz(quiz_file).items[0]
        right = first.letter() if first.kind == "choice" else first.answer
        run("quiz", "run", str(quiz_file), "--student", "ann", "--db", str(db), stdin=right + "\n")
        code, out, _ = run("quiz", "report", "--db", str(db))
        assert code == 0
        row = next(ln for ln in out.splitlines() if ln.startswith("ann"))
        assert row.split()[-1] == "16.7%" and " 1 " in row
        assert "unfinished" in out.splitlines()[3]

    def test_gradebook_from_the_database(self, run, quiz_file, tmp_path):
        db = tmp_path / "r.db"
        run("quiz", "run", str(quiz_file), "--student", "ann", "--db", str(db), stdin="zzz\n")
        code, out, _ = run("quiz", "report", "--db", str(db), "--format", "gradebook")
        rows = list(csv.reader(io.StringIO(out)))
        assert code == 0 and rows[1][0] == "ann" and rows[1][-3:] == ["0.0", "unfinished", "0"]

    def test_tampered_rows_are_reported_and_the_rest_shown(self, run, quiz_file, tmp_path):
        db = tmp_path / "r.db"
        run("quiz", "run", str(quiz_file), "--student", "ann", "--db", str(db), stdin="zzz\nzzz\n")
        with sqlite3.connect(db) as conn:
            conn.execute("UPDATE answer SET item = 'not json' WHERE number = 1")
        code, out, _ = run("quiz", "report", "--db", str(db))
        assert code == 0 and "Skipped" in out and "answer 1: the stored question is not valid" in out
        code, out, err = run("quiz", "--retry-missed", "--student", "ann", "--db", str(db), stdin="")
        assert code == 0 and "Question 1 of 1" in out and "the stored question is not valid" in err

    def test_student_title_is_shown_literally(self, run, tmp_path, quiz_file):
        db = tmp_path / "r.db"
        run("quiz", "run", str(quiz_file), "--student", "ann", "--db", str(db), stdin="zzz\n")
        code, out, _ = run("quiz", "report", "--db", str(db), "--student", "\x1b]0;x\x07ann")
        assert code == 0 and "\x1b" not in out and "\\x1b]0;x\\x07ann" in out

    def test_empty(self, run):
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


def test_check_lists_flawed_candidates_with_their_rule(run, planted_dir):
    code, out, _ = run("quiz", "check", "--knowledge", str(planted_dir))
    assert code == 0
    assert "f-beijing-in-china-tf (truefalse): Beijing is a city in China. -> true" in out
    assert "  story: geography a student may know without the story" in out
    assert re.search(r"^\d+ candidate items, \d+ pass every rule, \d+ break one or more", out, re.M)
    code, out, _ = run("quiz", "check", "--json", "--knowledge", str(planted_dir))
    flawed = {f["item"]: f["flaws"][0]["rule"] for f in json.loads(out)["flawed"]}
    assert flawed["f-taobao-marketplace-tf"] == "circular"


def test_report_csv_and_json_are_safe(run, quiz_file, tmp_path):
    db = tmp_path / "r.db"
    run("quiz", "run", str(quiz_file), "--student", "=cmd|' /C calc'!A0", "--db", str(db), stdin="-2+3\n")
    run("quiz", "run", str(quiz_file), "--student", "nel\x9bson", "--db", str(db), stdin="zzz\n")
    code, out, _ = run("quiz", "report", "--db", str(db), "--format", "csv", "--answers")
    cells = [c for row in csv.reader(io.StringIO(out)) for c in row]
    assert code == 0 and "'=cmd|' /C calc'!A0" in cells and "'-2+3" in cells and "\x9b" not in out
    code, out, _ = run("quiz", "report", "--db", str(db), "--format", "json")
    assert code == 0 and "\x9b" not in out and "nel\\u009bson" in out
    assert {s["student"] for s in json.loads(out)["students"]} == {"=cmd|' /C calc'!A0", "nel\x9bson"}


@pytest.mark.parametrize("command", [("quiz", "report"), ("quiz", "review"), ("quiz", "--questions", "1")])
def test_an_unknown_user_in_db_is_a_message(run, command):
    code, out, err = run(*command, "--db", "~nosuchuser/quiz.db", stdin="")
    assert "Question" not in out
    assert code == 2 and "~nosuchuser/quiz.db: no user named 'nosuchuser'" in err and "Traceback" not in err


def test_export_to_dash_writes_standard_output(run, tmp_path, monkeypatch):
    """`-o -` means standard output, as in most command-line tools, not a file named '-'."""
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("quiz", "export", "--seed", "3", "--questions", "2", "--format", "gift", "-o", "-")
    assert code == 0 and out.startswith("// Quiz:")
    assert not (tmp_path / "-").exists()
