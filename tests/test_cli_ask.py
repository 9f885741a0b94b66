"""`bot ask` and `bot eval` through the real entry point: formats parsed back, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import DECLINE_THRESHOLD

ANSWERABLE = "When was Mogujie founded?"
UNANSWERABLE = "Who is the CEO of Alipay?"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, timeout=60)


@pytest.fixture()
def qfile(tmp_path: Path) -> Path:
    path = tmp_path / "q.txt"
    path.write_text(f"# a comment\n{ANSWERABLE}\n\n{UNANSWERABLE}\n", encoding="utf-8")
    return path


def test_single_question_text_shows_answer_and_citation(capsys):
    assert main(["ask", ANSWERABLE]) == 0
    out = capsys.readouterr().out
    assert "2011" in out and "[1]" in out and "alipay-mogujie:p2.s1" in out


def test_unanswered_question_exits_1(capsys):
    assert main(["ask", UNANSWERABLE]) == 1
    assert "doesn't say" in capsys.readouterr().out


def test_jsonl_has_the_fields_the_scorer_reads(qfile, capsys):
    assert main(["ask", "--file", str(qfile), "--format", "jsonl"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["question"] for r in rows] == [ANSWERABLE, UNANSWERABLE]
    first = rows[0]
    assert first["status"] == "answered" and "2011" in first["answer"]
    assert set(first) >= {"question", "status", "answer", "confidence", "citations", "record", "suggestions"}
    assert set(first["citations"][0]) >= {"source", "paragraph", "sentence", "quote"}
    assert 0 <= first["confidence"] <= 1
    assert rows[1]["status"] == "unknown" and rows[1]["citations"] == []


def test_json_csv_and_markdown_parse_back(qfile, capsys):
    main(["ask", "--file", str(qfile), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert len(data) == 2 and data[0]["citations"]
    main(["ask", "--file", str(qfile), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["status"] for r in rows] == ["answered", "unknown"]
    assert "alipay-mogujie:p2.s1" in rows[0]["citations"] and "2011" in rows[0]["quotes"]
    main(["ask", "--file", str(qfile), "--format", "markdown"])
    md = capsys.readouterr().out
    assert md.startswith("# ") and "## 1. When was Mogujie founded?" in md
    assert "> Founded in 2011" in md and "*Not in the story.*" in md


def test_stdin_and_conversation_follow_up():
    proc = run(
        "ask",
        "--file",
        "-",
        "--conversation",
        "--format",
        "jsonl",
        stdin=b"What is Mogujie?\nWhen was it founded?\n",
    )
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert proc.returncode == 0, proc.stderr
    assert "2011" in rows[1]["answer"]


def test_without_conversation_lines_are_independent():
    proc = run("ask", "--file", "-", "--format", "jsonl", stdin=b"What is Mogujie?\nWhen was it founded?\n")
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [row["status"] for row in rows] == ["answered", "clarify"]
    assert "2011" not in rows[1]["answer"] and rows[1]["suggestions"] == ["When was Mogujie founded?"]


def test_invalid_utf8_line_is_reported_and_others_answered():
    proc = run("ask", "--file", "-", "--format", "jsonl", stdin=ANSWERABLE.encode() + b"\n\xff\xfe bad\n")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "<stdin>:2: not valid UTF-8" in err and "Traceback" not in err
    assert len(proc.stdout.decode().splitlines()) == 1


def test_empty_file_and_missing_file_are_clear_errors(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n# only a comment\n")
    proc = run("ask", "--file", str(empty))
    assert proc.returncode == 2 and b"no questions found" in proc.stderr
    proc = run("ask", "--file", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and b"cannot read" in proc.stderr and b"Traceback" not in proc.stderr


def test_usage_errors_exit_2_and_say_what_is_wrong():
    proc = run("ask")
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr == b"bot: give one QUESTION or --file FILE (- for stdin: `bot ask -` or `--file -`)\n"
    proc = run("ask", "--format", "xml", "hi")
    assert (proc.returncode, proc.stdout) == (2, b"")
    assert proc.stderr.decode().endswith(
        "bot ask: error: argument --format: invalid choice: 'xml' "
        "(choose from 'text', 'json', 'jsonl', 'csv', 'markdown')\n"
    )


def test_huge_and_control_character_lines_do_not_crash(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(("word " * 13_000).encode() + b"\n\x1b[2J[bold]hi[/] \x07\n[/\n")
    proc = run("ask", "--file", str(path), "--format", "text")
    assert proc.returncode == 1
    out = proc.stdout.decode()
    assert "\x1b" not in out and "\x07" not in out and "[bold]hi[/]" in out


def test_ask_does_not_import_ui_libraries():
    code = (
        "import sys; from bot.cli import main; code = main(['ask', 'What is Alipay?']); "
        "print('exit', code, [m for m in sys.modules if m.split('.')[0] in ('textual', 'prompt_toolkit')])"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert proc.stdout.decode().startswith("Q: What is Alipay?\n"), proc.stderr.decode()
    assert proc.stdout.decode().splitlines()[-1] == "exit 0 []"


def test_eval_reports_summary_and_calibration(tmp_path, capsys):
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps(
            {
                "id": "a",
                "kind": "answerable",
                "q": ANSWERABLE,
                "expect": [["2011"]],
                "evidence": ["Founded in 2011, Mogujie started"],
            }
        )
        + "\n"
        + json.dumps({"id": "b", "kind": "unanswerable", "q": UNANSWERABLE})
        + "\n",
        encoding="utf-8",
    )
    assert main(["eval", str(cases), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["summary"]["accuracy"] == 1.0 and report["summary"]["unanswerable_declined"] == 1.0
    assert report["failures"] == []
    assert report["calibration"] and set(report["calibration"][0]) == {
        "threshold",
        "right",
        "wrong",
        "declined",
    }
    assert main(["eval", str(cases)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == [
        "",
        f"calibration over 2 cases (threshold in use: {DECLINE_THRESHOLD})",
        "threshold  right  wrong  declined",
    ]
    assert out[-1] == "accuracy=1.000  unanswerable correctly declined=1.000  wrong=0.000"


def test_eval_reads_csv_cases(tmp_path, capsys):
    cases = tmp_path / "cases.csv"
    cases.write_text(f"question,expected\n{ANSWERABLE},2011\n{UNANSWERABLE},UNKNOWN\n", encoding="utf-8")
    assert main(["eval", str(cases), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)["summary"]
    assert (summary["cases"], summary["accuracy"], summary["unanswerable_declined"]) == (2, 1.0, 1.0)
    cases.write_text(f"question,expected\n{ANSWERABLE},2012\n", encoding="utf-8")
    assert main(["eval", str(cases), "--format", "json"]) == 1
    [failure] = json.loads(capsys.readouterr().out)["failures"]
    assert (failure["id"], failure["verdict"], failure["questions"]) == ("row2", "wrong", [ANSWERABLE])


def test_eval_malformed_cases_give_line_numbers(tmp_path, capsys):
    cases = tmp_path / "bad.jsonl"
    cases.write_text('{"id": "a", "kind": "answerable", "q": "x"}\n{not json\n', encoding="utf-8")
    assert main(["eval", str(cases)]) == 2
    assert "bad.jsonl:2: not valid JSON" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [["check"], ["eval", "tests/dev/cases.csv"], ["quiz", "export", "--seed", "1", "--format", "gift"]],
)
def test_non_ui_commands_do_not_import_ui_libraries(argv, tmp_path):
    code = (
        "import sys, io, contextlib; from bot.cli import main\n"
        f"with contextlib.redirect_stdout(io.StringIO()): code = main({argv!r})\n"
        "print('exit', code, [m for m in sys.modules if m.split('.')[0] in ('textual', 'prompt_toolkit')])"
    )
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        timeout=120,
        cwd=root,
        env={**os.environ, "BOT_USER_DIR": str(tmp_path)},
    )
    assert proc.stdout.decode() == "exit 0 []\n", proc.stderr.decode()


def test_progress_bar_goes_to_a_terminal_stderr_only(tmp_path, monkeypatch, capsys):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    path = tmp_path / "many.txt"
    path.write_text("\n".join([ANSWERABLE] * 25) + "\n", encoding="utf-8")
    fake = Terminal()
    monkeypatch.setattr(sys, "stderr", fake)
    assert main(["ask", "--file", str(path), "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    progress = fake.getvalue()
    assert "\r[" in progress and "100% 25 answered\n" in progress and "10 answered" in progress
    assert len(out.splitlines()) == 25 and " answered" not in out


def test_empty_question_and_bad_threshold_are_usage_errors():
    assert (run("ask", "").returncode, run("ask", "").stderr) == (2, b"bot: the question is empty\n")
    for bad in ("5", "nan", "-0.1"):
        proc = run("ask", "--threshold", bad, "x")
        assert (proc.returncode, proc.stdout) == (2, b"")
        assert proc.stderr.endswith(b"bot ask: error: argument --threshold: must be between 0 and 1\n")
    proc = run("ask", "--threshold", "high", "x")
    assert proc.stderr.endswith(b"bot ask: error: argument --threshold: not a number: 'high'\n")


def test_chat_without_a_terminal_says_so_instead_of_spinning():
    proc = run("chat", stdin=b"")
    assert proc.returncode == 2 and b"needs a terminal" in proc.stderr


def test_csv_shows_control_characters_escaped(capsys):
    main(["ask", "--format", "csv", "\x1b[31mwhat is alipay"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\n[31mwhat is alipay," in out
